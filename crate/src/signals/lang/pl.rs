//! Polish: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Pl;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("potrzebował zbyt wiele czasu na odpowiedź", Pl, Timeout, Generic, "text_timeout", "Serwer chatgpt.com potrzebował zbyt wiele czasu na odpowiedź."), // Chromium pl SUMMARY_TIMED_OUT
    r("nieoczekiwanie zakończył połączenie", Pl, Connection, Specific, "text_connection_reset", "Serwer chatgpt.com nieoczekiwanie zakończył połączenie."), // Chromium pl SUMMARY_CONNECTION_CLOSED
    r("nieosiągalna", Pl, Connection, Specific, "text_unreachable", "Strona chatgpt.com jest obecnie nieosiągalna."), // Chromium pl SUMMARY_CONNECTION_FAILED
    r("Wykryto zmianę sieci", Pl, Connection, Specific, "text_unable_to_connect", "Wykryto zmianę sieci."), // Chromium pl SUMMARY_NETWORK_CHANGED
    r("Ta strona została zablokowana przez rozszerzenie", Pl, BlockedLocally, Specific, "text_blocked_by_extension", "Ta strona została zablokowana przez rozszerzenie"), // Chromium pl SUMMARY_BLOCKED_BY_EXTENSION
    r("Twoja organizacja nie zezwala na wyświetlanie", Pl, BlockedLocally, Specific, "text_blocked_by_admin", "Twoja organizacja nie zezwala na wyświetlanie tej witryny"), // Chromium pl SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Masz zablokowany dostęp do internetu", Pl, BlockedLocally, Specific, "text_firewall", "Masz zablokowany dostęp do internetu"), // Chromium pl HEADING_NETWORK_ACCESS_DENIED
    r("przez zaporę sieciową", Pl, BlockedLocally, Specific, "text_firewall", "Połączenie mogło zostać zablokowane przez zaporę sieciową lub program antywirusowy."), // Chromium pl SUMMARY_NETWORK_ACCESS_DENIED
    r("Ta strona nie działa", Pl, ServerError, Generic, "text_server_error", "Ta strona nie działa"), // Chromium pl HEADING_PAGE_NOT_WORKING
    r("nie wysłał żadnych danych", Pl, Connection, Specific, "text_connection_reset", "Serwer chatgpt.com nie wysłał żadnych danych."), // Chromium pl SUMMARY_EMPTY_RESPONSE
    r("Ta witryna nie umożliwia bezpiecznego połączenia", Pl, Tls, Specific, "text_not_private", "Ta witryna nie umożliwia bezpiecznego połączenia"), // Chromium pl HEADING_INSECURE_CONNECTION
    r("Połączenie nie jest prywatne", Pl, Tls, Specific, "text_not_private", "Połączenie nie jest prywatne"), // Chromium pl SSL_V2_HEADING
    r("Sprawdź połączenie z internetem", Pl, Connection, Generic, "text_check_connection", "Sprawdź połączenie z internetem"), // Chromium pl SUGGESTION_CHECK_CONNECTION_HEADER
    r("przerwa techniczna", Pl, Outage, Specific, "text_maintenance", "Trwa przerwa techniczna."), // app wording
    r("przekroczono limit czasu", Pl, Timeout, Generic, "text_timeout", "Przekroczono limit czasu żądania."), // app wording
];
