//! Italian: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::It;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("Impossibile raggiungere il sito", It, Connection, Specific, "text_unreachable", "Impossibile raggiungere il sito"), // Chromium it HEADING_NOT_AVAILABLE
    r("non è attualmente raggiungibile", It, Connection, Specific, "text_unreachable", "chatgpt.com non è attualmente raggiungibile."), // Chromium it SUMMARY_CONNECTION_FAILED
    r("cambio di rete", It, Connection, Specific, "text_unable_to_connect", "È stato rilevato un cambio di rete."), // Chromium it SUMMARY_NETWORK_CHANGED
    r("La tua organizzazione non ti consente", It, BlockedLocally, Specific, "text_blocked_by_admin", "La tua organizzazione non ti consente di visualizzare questo sito"), // Chromium it SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("L'accesso a Internet è bloccato", It, BlockedLocally, Specific, "text_firewall", "L'accesso a Internet è bloccato"), // Chromium it HEADING_NETWORK_ACCESS_DENIED
    r("La pagina non funziona", It, ServerError, Generic, "text_server_error", "La pagina non funziona"), // Chromium it HEADING_PAGE_NOT_WORKING
    r("non è in grado di gestire la richiesta", It, ServerError, Generic, "text_server_error", "chatgpt.com al momento non è in grado di gestire la richiesta."), // Chromium it SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("non ha inviato dati", It, Connection, Specific, "text_connection_reset", "chatgpt.com non ha inviato dati."), // Chromium it SUMMARY_EMPTY_RESPONSE
    r("fornire una connessione protetta", It, Tls, Specific, "text_not_private", "Il sito non può fornire una connessione protetta"), // Chromium it HEADING_INSECURE_CONNECTION
    r("La connessione non è privata", It, Tls, Specific, "text_not_private", "La connessione non è privata"), // Chromium it SSL_V2_HEADING
    r("Controlla la connessione a internet", It, Connection, Generic, "text_check_connection", "Controlla la connessione a internet"), // Chromium it SUGGESTION_CHECK_CONNECTION_HEADER
];
