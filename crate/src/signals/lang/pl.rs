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
    r("Połączenie zostało zresetowane", Pl, Connection, Specific, "text_connection_reset", "Połączenie zostało zresetowane."), // Chromium pl SUMMARY_CONNECTION_RESET
    r("nieoczekiwanie zakończył połączenie", Pl, Connection, Specific, "text_connection_reset", "Serwer chatgpt.com nieoczekiwanie zakończył połączenie."), // Chromium pl SUMMARY_CONNECTION_CLOSED
    r("nieosiągalna", Pl, Connection, Specific, "text_unreachable", "Strona chatgpt.com jest obecnie nieosiągalna."), // Chromium pl SUMMARY_CONNECTION_FAILED
    r("Wykryto zmianę sieci", Pl, Connection, Specific, "text_unable_to_connect", "Wykryto zmianę sieci."), // Chromium pl SUMMARY_NETWORK_CHANGED
    r("Połączenie zostało przerwane", Pl, Connection, Specific, "text_connection_reset", "Połączenie zostało przerwane"), // Chromium pl HEADING_CONNECTION_INTERRUPTED
    r("odrzucił połączenie", Pl, Connection, Specific, "text_connection_refused", "Serwer chatgpt.com odrzucił połączenie."), // Chromium pl SUMMARY_CONNECTION_REFUSED
    r("Nie udało się znaleźć adresu IP", Pl, Dns, Specific, "text_dns", "Nie udało się znaleźć adresu IP serwera ze stroną chatgpt.com."), // Chromium pl SUMMARY_NAME_NOT_RESOLVED
    r("adresu DNS", Pl, Dns, Specific, "text_dns", "Nie znaleziono adresu DNS serwera chatgpt.com. Diagnozujemy problem."), // Chromium pl SUMMARY_DNS_PROBE_RUNNING
    r("Brak internetu", Pl, Offline, Specific, "text_no_internet", "Brak internetu"), // Chromium pl HEADING_INTERNET_DISCONNECTED
    r("Jesteś offline", Pl, Offline, Specific, "text_no_internet", "Jesteś offline"), // Chromium pl HEADING_YOU_ARE_OFFLINE
    r("Serwer proxy działa nieprawidłowo", Pl, Proxy, Specific, "text_proxy", "Serwer proxy działa nieprawidłowo albo adres jest błędny."), // Chromium pl SUMMARY_PROXY_CONNECTION_FAILED
    r("Ta strona została zablokowana przez rozszerzenie", Pl, BlockedLocally, Specific, "text_blocked_by_extension", "Ta strona została zablokowana przez rozszerzenie"), // Chromium pl SUMMARY_BLOCKED_BY_EXTENSION
    r("Twoja organizacja nie zezwala na wyświetlanie", Pl, BlockedLocally, Specific, "text_blocked_by_admin", "Twoja organizacja nie zezwala na wyświetlanie tej witryny"), // Chromium pl SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Masz zablokowany dostęp do internetu", Pl, BlockedLocally, Specific, "text_firewall", "Masz zablokowany dostęp do internetu"), // Chromium pl HEADING_NETWORK_ACCESS_DENIED
    r("przez zaporę sieciową", Pl, BlockedLocally, Specific, "text_firewall", "Połączenie mogło zostać zablokowane przez zaporę sieciową lub program antywirusowy."), // Chromium pl SUMMARY_NETWORK_ACCESS_DENIED
    r("spowodowała zbyt wiele przekierowań", Pl, StaleClient, Specific, "text_too_many_redirects", "Strona chatgpt.com spowodowała zbyt wiele przekierowań."), // Chromium pl SUMMARY_TOO_MANY_REDIRECTS
    r("Ta strona nie działa", Pl, ServerError, Generic, "text_server_error", "Ta strona nie działa"), // Chromium pl HEADING_PAGE_NOT_WORKING
    r("nie może teraz obsłużyć tego żądania", Pl, ServerError, Generic, "text_server_error", "Serwer chatgpt.com nie może teraz obsłużyć tego żądania."), // Chromium pl SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("nie wysłał żadnych danych", Pl, Connection, Specific, "text_connection_reset", "Serwer chatgpt.com nie wysłał żadnych danych."), // Chromium pl SUMMARY_EMPTY_RESPONSE
    r("Ta witryna nie umożliwia bezpiecznego połączenia", Pl, Tls, Specific, "text_not_private", "Ta witryna nie umożliwia bezpiecznego połączenia"), // Chromium pl HEADING_INSECURE_CONNECTION
    r("Połączenie nie jest prywatne", Pl, Tls, Specific, "text_not_private", "Połączenie nie jest prywatne"), // Chromium pl SSL_V2_HEADING
    r("Twój zegar się śpieszy", Pl, Tls, Specific, "text_clock", "Twój zegar się śpieszy"), // Chromium pl CLOCK_ERROR_AHEAD_HEADING
    r("Twój zegar się spóźnia", Pl, Tls, Specific, "text_clock", "Twój zegar się spóźnia"), // Chromium pl CLOCK_ERROR_BEHIND_HEADING
    r("Sprawdź połączenie z internetem", Pl, Connection, Generic, "text_check_connection", "Sprawdź połączenie z internetem"), // Chromium pl SUGGESTION_CHECK_CONNECTION_HEADER
    r("coś poszło nie tak", Pl, ServerError, Generic, "text_something_went_wrong", "Coś poszło nie tak."), // app wording
    r("wystąpił błąd", Pl, ServerError, Generic, "text_error_occurred", "Wystąpił błąd. Spróbuj ponownie."), // app wording
    r("błąd sieci", Pl, Connection, Generic, "text_network_error", "Błąd sieci"), // app wording
    r("zbyt wiele żądań", Pl, RateLimited, Specific, "text_too_many_requests", "Zbyt wiele żądań. Spróbuj ponownie później."), // app wording
    r("limit użycia", Pl, RateLimited, Specific, "text_usage_limit", "Osiągnięto limit użycia."), // app wording
    r("sesja wygasła", Pl, Auth, Specific, "text_session_expired", "Sesja wygasła. Zaloguj się ponownie."), // app wording
    r("zbyt długa", Pl, TooLarge, Specific, "text_too_long", "Wiadomość jest zbyt długa."), // app wording
    r("przeciążon", Pl, Overloaded, Specific, "text_overloaded", "Serwer jest przeciążony."), // app wording
    r("jesteś człowiekiem", Pl, Blocked, Specific, "text_challenge", "Potwierdź, że jesteś człowiekiem"), // app wording
    r("przerwa techniczna", Pl, Outage, Specific, "text_maintenance", "Trwa przerwa techniczna."), // app wording
    r("wewnętrzny błąd serwera", Pl, ServerError, Specific, "text_internal_server_error", "500 Wewnętrzny błąd serwera"), // app wording
    r("przekroczono limit czasu", Pl, Timeout, Generic, "text_timeout", "Przekroczono limit czasu żądania."), // app wording
];
