//! German: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::De;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("Die Website ist nicht erreichbar", De, Connection, Specific, "text_unreachable", "Die Website ist nicht erreichbar"), // Chromium de HEADING_NOT_AVAILABLE
    r("hat zu lange gedauert", De, Timeout, Generic, "text_timeout", "Die Antwort von chatgpt.com hat zu lange gedauert."), // Chromium de SUMMARY_TIMED_OUT
    r("Verbindung wurde zurückgesetzt", De, Connection, Specific, "text_connection_reset", "Verbindung wurde zurückgesetzt."), // Chromium de SUMMARY_CONNECTION_RESET
    r("hat die Verbindung unerwartet geschlossen", De, Connection, Specific, "text_connection_reset", "chatgpt.com hat die Verbindung unerwartet geschlossen."), // Chromium de SUMMARY_CONNECTION_CLOSED
    r("ist momentan nicht erreichbar", De, Connection, Specific, "text_unreachable", "chatgpt.com ist momentan nicht erreichbar."), // Chromium de SUMMARY_CONNECTION_FAILED
    r("Eine Netzwerkänderung ist aufgetreten", De, Connection, Specific, "text_unable_to_connect", "Eine Netzwerkänderung ist aufgetreten."), // Chromium de SUMMARY_NETWORK_CHANGED
    r("Die Verbindung wurde unterbrochen", De, Connection, Specific, "text_connection_reset", "Die Verbindung wurde unterbrochen"), // Chromium de HEADING_CONNECTION_INTERRUPTED
    r("hat die Verbindung abgelehnt", De, Connection, Specific, "text_connection_refused", "chatgpt.com hat die Verbindung abgelehnt."), // Chromium de SUMMARY_CONNECTION_REFUSED
    r("Server-IP-Adresse", De, Dns, Specific, "text_dns", "Die Server-IP-Adresse von chatgpt.com wurde nicht gefunden."), // Chromium de SUMMARY_NAME_NOT_RESOLVED
    r("DNS-Adresse von", De, Dns, Specific, "text_dns", "Die DNS-Adresse von chatgpt.com wurde nicht gefunden. Eine Problemdiagnose wird durchgeführt."), // Chromium de SUMMARY_DNS_PROBE_RUNNING
    r("Kein Internet", De, Offline, Specific, "text_no_internet", "Kein Internet"), // Chromium de HEADING_INTERNET_DISCONNECTED
    r("Du bist offline", De, Offline, Specific, "text_no_internet", "Du bist offline"), // Chromium de HEADING_YOU_ARE_OFFLINE
    r("mit dem Proxyserver", De, Proxy, Specific, "text_proxy", "Mit dem Proxyserver ist ein Problem aufgetreten oder die Adresse ist falsch."), // Chromium de SUMMARY_PROXY_CONNECTION_FAILED
    r("von einer Erweiterung blockiert", De, BlockedLocally, Specific, "text_blocked_by_extension", "Diese Seite wurde von einer Erweiterung blockiert"), // Chromium de SUMMARY_BLOCKED_BY_EXTENSION
    r("Organisation lässt nicht zu", De, BlockedLocally, Specific, "text_blocked_by_admin", "Deine Organisation lässt nicht zu, dass du diese Website aufrufst"), // Chromium de SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Deine Internetverbindung ist gesperrt", De, BlockedLocally, Specific, "text_firewall", "Deine Internetverbindung ist gesperrt"), // Chromium de HEADING_NETWORK_ACCESS_DENIED
    r("Firewall oder Antivirensoftware", De, BlockedLocally, Specific, "text_firewall", "Möglicherweise wurde die Verbindung von einer Firewall oder Antivirensoftware blockiert."), // Chromium de SUMMARY_NETWORK_ACCESS_DENIED
    r("hat dich zu oft weitergeleitet", De, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com hat dich zu oft weitergeleitet."), // Chromium de SUMMARY_TOO_MANY_REDIRECTS
    r("Diese Seite funktioniert nicht", De, ServerError, Generic, "text_server_error", "Diese Seite funktioniert nicht"), // Chromium de HEADING_PAGE_NOT_WORKING
    r("kann diese Anfrage momentan nicht verarbeiten", De, ServerError, Generic, "text_server_error", "chatgpt.com kann diese Anfrage momentan nicht verarbeiten."), // Chromium de SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("hat keine Daten gesendet", De, Connection, Specific, "text_connection_reset", "chatgpt.com hat keine Daten gesendet."), // Chromium de SUMMARY_EMPTY_RESPONSE
    r("keine sichere Verbindung", De, Tls, Specific, "text_not_private", "Diese Website kann keine sichere Verbindung bereitstellen"), // Chromium de HEADING_INSECURE_CONNECTION
    r("Deine Uhr geht vor", De, Tls, Specific, "text_clock", "Deine Uhr geht vor"), // Chromium de CLOCK_ERROR_AHEAD_HEADING
    r("Deine Uhr geht nach", De, Tls, Specific, "text_clock", "Deine Uhr geht nach"), // Chromium de CLOCK_ERROR_BEHIND_HEADING
    r("überprüfe deine Internetverbindung", De, Connection, Generic, "text_check_connection", "Bitte überprüfe deine Internetverbindung."), // Chromium de SUGGESTION_CHECK_CONNECTION_HEADER
    r("schiefgelaufen", De, ServerError, Generic, "text_something_went_wrong", "Etwas ist schiefgelaufen."), // app wording
    r("schiefgegangen", De, ServerError, Generic, "text_something_went_wrong", "Da ist etwas schiefgegangen."), // app wording
    r("fehler ist aufgetreten", De, ServerError, Generic, "text_error_occurred", "Ein Fehler ist aufgetreten. Bitte versuche es erneut."), // app wording
    r("netzwerkfehler", De, Connection, Generic, "text_network_error", "Netzwerkfehler"), // app wording
    r("zu viele anfragen", De, RateLimited, Specific, "text_too_many_requests", "Zu viele Anfragen in 1 Stunde. Versuche es später erneut."), // app wording
    r("nutzungslimit", De, RateLimited, Specific, "text_usage_limit", "Du hast dein Nutzungslimit erreicht."), // app wording
    r("limit erreicht", De, RateLimited, Specific, "text_usage_limit", "Limit erreicht"), // app wording
    r("sitzung ist abgelaufen", De, Auth, Specific, "text_session_expired", "Deine Sitzung ist abgelaufen. Bitte melde dich erneut an."), // app wording
    r("sitzung abgelaufen", De, Auth, Specific, "text_session_expired", "Sitzung abgelaufen"), // app wording
    r("zu lang", De, TooLarge, Specific, "text_too_long", "Die Nachricht ist zu lang."), // app wording
    r("hohe nachfrage", De, Overloaded, Specific, "text_high_demand", "Wir verzeichnen derzeit eine hohe Nachfrage."), // app wording
    r("überlastet", De, Overloaded, Specific, "text_overloaded", "Der Server ist überlastet."), // app wording
    r("mensch sind", De, Blocked, Specific, "text_challenge", "Bestätigen Sie, dass Sie ein Mensch sind"), // app wording
    r("wartungsarbeiten", De, Outage, Specific, "text_maintenance", "Wegen Wartungsarbeiten nicht verfügbar."), // app wording
    r("interner serverfehler", De, ServerError, Specific, "text_internal_server_error", "500 Interner Serverfehler"), // app wording
    r("zeitüberschreitung", De, Timeout, Generic, "text_timeout", "Zeitüberschreitung der Anfrage"), // app wording
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/de-DE/error.json
    r("zu häufig", De, RateLimited, Specific, "text_too_many_requests", "Entschuldigung, Ihre Anfrage ist zu häufig. Der Server ist etwas überlastet. Bitte versuchen Sie es später erneut"), // lobehub/lobe-chat locales/de-DE/error.json response.429
    r("vorübergehend nicht bearbeiten", De, ServerError, Generic, "text_server_error", "Entschuldigung, der Server hat anscheinend einige Schwierigkeiten und kann Ihre Anfrage vorübergehend nicht bearbeiten. Bitte versuchen Sie es später erneut"), // lobehub/lobe-chat locales/de-DE/error.json response.500
    r("keinen service bereitstellen", De, ServerError, Generic, "text_server_error", "Entschuldigung, der Server scheint die Orientierung verloren zu haben und kann vorübergehend keinen Service bereitstellen. Bitte versuchen Sie es später erneut"), // lobehub/lobe-chat locales/de-DE/error.json response.502
    r("keine antwort vom upstream", De, Timeout, Specific, "text_gateway_timeout", "Entschuldigung, der Server hat keine Antwort vom Upstream-Server erhalten. Bitte versuchen Sie es später erneut"), // lobehub/lobe-chat locales/de-DE/error.json response.504
    r("zu groß", De, TooLarge, Specific, "text_too_large", "Entschuldigung, Ihre Anfragedaten sind zu groß und können vom Server nicht verarbeitet werden"), // lobehub/lobe-chat locales/de-DE/error.json response.413
    r("gültiger authentifizierung", De, Auth, Specific, "text_unauthorized", "Entschuldigung, der Server hat Ihre Anfrage abgelehnt. Möglicherweise aufgrund unzureichender Berechtigungen oder fehlender gültiger Authentifizierung"), // lobehub/lobe-chat locales/de-DE/error.json response.401
    r("verarbeitbare länge", De, TooLarge, Specific, "text_context_length", "Der aktuelle Anfrageinhalt überschreitet die von dem Modell verarbeitbare Länge. Bitte reduzieren Sie die Menge des Inhalts und versuchen Sie es erneut."), // lobehub/lobe-chat locales/de-DE/error.json response.ExceededContextWindow
    r("nicht angemeldet", De, Auth, Specific, "text_sign_in", "Entschuldigung, du bist derzeit nicht angemeldet. Bitte melde dich an oder registriere ein Konto, um fortzufahren."), // lobehub/lobe-chat locales/de-DE/error.json response.InvalidClerkUser
    r("melden sie sich an", De, Auth, Specific, "text_sign_in", "Bitte melden Sie sich an, um diese Funktion zu nutzen"), // lobehub/lobe-chat locales/de-DE/error.json loginRequired.title
    // LobeHub's current wording: lobehub/lobehub locales/de-DE/error.json
    r("momentan schwierigkeiten", De, ServerError, Generic, "text_server_error", "Entschuldigung, der Server hat momentan Schwierigkeiten. Bitte versuchen Sie es später erneut."), // lobehub/lobehub locales/de-DE/error.json response.500
    r("vorübergehend nicht erreichbar", De, Overloaded, Generic, "text_service_unavailable", "Entschuldigung, der Server ist vorübergehend nicht erreichbar."), // lobehub/lobehub locales/de-DE/error.json response.502
    r("zu lange auf eine antwort", De, Timeout, Specific, "text_timeout", "Entschuldigung, der Server hat zu lange auf eine Antwort gewartet."), // lobehub/lobehub locales/de-DE/error.json response.524
    r("kontextfenster", De, TooLarge, Specific, "text_context_length", "Das Gespräch hat das Kontextfensterlimit überschritten. Sie können den Kontext komprimieren, um den Verlauf zu verkürzen und weiter zu chatten."), // lobehub/lobehub locales/de-DE/error.json exceededContext.desc
    r("stark ausgelastet", De, Overloaded, Specific, "text_high_demand", "Der Modelldienst ist derzeit stark ausgelastet. Bitte versuchen Sie es später erneut."), // lobehub/lobehub locales/de-DE/error.json response.QuotaLimitReachedCloud
    r("unerwartet unterbrochen", De, StreamInterrupted, Specific, "text_stream_interrupted", "Entschuldigung, Ihre Anfrage wurde unerwartet unterbrochen. Bitte überprüfen Sie Ihre Netzwerkverbindung."), // lobehub/lobehub locales/de-DE/error.json response.499
    r("zertifikatsproblem", De, Tls, Specific, "text_certificate", "Eine sichere Verbindung zum Server konnte aufgrund eines Zertifikatsproblems nicht hergestellt werden. Bitte überprüfen Sie Ihre Systemuhr oder ob ein Proxy/Firewall die Verbindung abfängt."), // lobehub/lobehub locales/de-DE/error.json response.RemoteServerCertInvalid
];
