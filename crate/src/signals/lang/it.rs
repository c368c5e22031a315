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
    r("ha impiegato troppo tempo a rispondere", It, Timeout, Generic, "text_timeout", "chatgpt.com ha impiegato troppo tempo a rispondere."), // Chromium it SUMMARY_TIMED_OUT
    r("La connessione è stata reimpostata", It, Connection, Specific, "text_connection_reset", "La connessione è stata reimpostata."), // Chromium it SUMMARY_CONNECTION_RESET
    r("chiuso in modo imprevisto la connessione", It, Connection, Specific, "text_connection_reset", "chatgpt.com ha chiuso in modo imprevisto la connessione."), // Chromium it SUMMARY_CONNECTION_CLOSED
    r("non è attualmente raggiungibile", It, Connection, Specific, "text_unreachable", "chatgpt.com non è attualmente raggiungibile."), // Chromium it SUMMARY_CONNECTION_FAILED
    r("cambio di rete", It, Connection, Specific, "text_unable_to_connect", "È stato rilevato un cambio di rete."), // Chromium it SUMMARY_NETWORK_CHANGED
    r("La connessione è stata interrotta", It, Connection, Specific, "text_connection_reset", "La connessione è stata interrotta"), // Chromium it HEADING_CONNECTION_INTERRUPTED
    r("Connessione negata da", It, Connection, Specific, "text_connection_refused", "Connessione negata da chatgpt.com."), // Chromium it SUMMARY_CONNECTION_REFUSED
    r("Impossibile trovare l'indirizzo IP del server", It, Dns, Specific, "text_dns", "Impossibile trovare l'indirizzo IP del server di chatgpt.com."), // Chromium it SUMMARY_NAME_NOT_RESOLVED
    r("l'indirizzo DNS", It, Dns, Specific, "text_dns", "Impossibile trovare l'indirizzo DNS di chatgpt.com. Stiamo analizzando il problema."), // Chromium it SUMMARY_DNS_PROBE_RUNNING
    r("Nessuna connessione a internet", It, Offline, Specific, "text_no_internet", "Nessuna connessione a internet"), // Chromium it HEADING_INTERNET_DISCONNECTED
    r("Sei offline", It, Offline, Specific, "text_no_internet", "Sei offline"), // Chromium it HEADING_YOU_ARE_OFFLINE
    r("server proxy", It, Proxy, Specific, "text_proxy", "Si è verificato un problema con il server proxy oppure l'indirizzo non è corretto."), // Chromium it SUMMARY_PROXY_CONNECTION_FAILED
    r("bloccata da un'estensione", It, BlockedLocally, Specific, "text_blocked_by_extension", "Questa pagina è stata bloccata da un'estensione"), // Chromium it SUMMARY_BLOCKED_BY_EXTENSION
    r("La tua organizzazione non ti consente", It, BlockedLocally, Specific, "text_blocked_by_admin", "La tua organizzazione non ti consente di visualizzare questo sito"), // Chromium it SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("L'accesso a Internet è bloccato", It, BlockedLocally, Specific, "text_firewall", "L'accesso a Internet è bloccato"), // Chromium it HEADING_NETWORK_ACCESS_DENIED
    r("potrebbe avere bloccato la connessione", It, BlockedLocally, Specific, "text_firewall", "Il software antivirus o il firewall potrebbe avere bloccato la connessione."), // Chromium it SUMMARY_NETWORK_ACCESS_DENIED
    r("ti ha reindirizzato troppe volte", It, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com ti ha reindirizzato troppe volte."), // Chromium it SUMMARY_TOO_MANY_REDIRECTS
    r("La pagina non funziona", It, ServerError, Generic, "text_server_error", "La pagina non funziona"), // Chromium it HEADING_PAGE_NOT_WORKING
    r("non è in grado di gestire la richiesta", It, ServerError, Generic, "text_server_error", "chatgpt.com al momento non è in grado di gestire la richiesta."), // Chromium it SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("non ha inviato dati", It, Connection, Specific, "text_connection_reset", "chatgpt.com non ha inviato dati."), // Chromium it SUMMARY_EMPTY_RESPONSE
    r("fornire una connessione protetta", It, Tls, Specific, "text_not_private", "Il sito non può fornire una connessione protetta"), // Chromium it HEADING_INSECURE_CONNECTION
    r("La connessione non è privata", It, Tls, Specific, "text_not_private", "La connessione non è privata"), // Chromium it SSL_V2_HEADING
    r("L'orologio è avanti", It, Tls, Specific, "text_clock", "L'orologio è avanti"), // Chromium it CLOCK_ERROR_AHEAD_HEADING
    r("L'orologio è indietro", It, Tls, Specific, "text_clock", "L'orologio è indietro"), // Chromium it CLOCK_ERROR_BEHIND_HEADING
    r("Controlla la connessione a internet", It, Connection, Generic, "text_check_connection", "Controlla la connessione a internet"), // Chromium it SUGGESTION_CHECK_CONNECTION_HEADER
    r("si è verificato un errore", It, ServerError, Generic, "text_error_occurred", "Si è verificato un errore. Riprova."), // app wording
    r("qualcosa è andato storto", It, ServerError, Generic, "text_something_went_wrong", "Qualcosa è andato storto."), // app wording
    r("errore di rete", It, Connection, Generic, "text_network_error", "Errore di rete"), // app wording
    r("troppe richieste", It, RateLimited, Specific, "text_too_many_requests", "Troppe richieste in 1 ora. Riprova più tardi."), // app wording
    r("limite di utilizzo", It, RateLimited, Specific, "text_usage_limit", "Hai raggiunto il limite di utilizzo."), // app wording
    r("sessione è scaduta", It, Auth, Specific, "text_session_expired", "La sessione è scaduta. Accedi di nuovo."), // app wording
    r("troppo lungo", It, TooLarge, Specific, "text_too_long", "Il messaggio è troppo lungo."), // app wording
    r("sovraccaric", It, Overloaded, Specific, "text_overloaded", "Il server è sovraccarico."), // app wording
    r("essere umano", It, Blocked, Specific, "text_challenge", "Verifica di essere un essere umano"), // app wording
    r("in manutenzione", It, Outage, Specific, "text_maintenance", "Il servizio è in manutenzione."), // app wording
    r("errore interno del server", It, ServerError, Specific, "text_internal_server_error", "500 Errore interno del server"), // app wording
];
