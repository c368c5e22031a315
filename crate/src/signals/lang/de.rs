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
    r("ist momentan nicht erreichbar", De, Connection, Specific, "text_unreachable", "chatgpt.com ist momentan nicht erreichbar."), // Chromium de SUMMARY_CONNECTION_FAILED
    r("Eine Netzwerkänderung ist aufgetreten", De, Connection, Specific, "text_unable_to_connect", "Eine Netzwerkänderung ist aufgetreten."), // Chromium de SUMMARY_NETWORK_CHANGED
    r("Organisation lässt nicht zu", De, BlockedLocally, Specific, "text_blocked_by_admin", "Deine Organisation lässt nicht zu, dass du diese Website aufrufst"), // Chromium de SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Deine Internetverbindung ist gesperrt", De, BlockedLocally, Specific, "text_firewall", "Deine Internetverbindung ist gesperrt"), // Chromium de HEADING_NETWORK_ACCESS_DENIED
    r("Diese Seite funktioniert nicht", De, ServerError, Generic, "text_server_error", "Diese Seite funktioniert nicht"), // Chromium de HEADING_PAGE_NOT_WORKING
    r("kann diese Anfrage momentan nicht verarbeiten", De, ServerError, Generic, "text_server_error", "chatgpt.com kann diese Anfrage momentan nicht verarbeiten."), // Chromium de SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("hat keine Daten gesendet", De, Connection, Specific, "text_connection_reset", "chatgpt.com hat keine Daten gesendet."), // Chromium de SUMMARY_EMPTY_RESPONSE
    r("keine sichere Verbindung", De, Tls, Specific, "text_not_private", "Diese Website kann keine sichere Verbindung bereitstellen"), // Chromium de HEADING_INSECURE_CONNECTION
    r("überprüfe deine Internetverbindung", De, Connection, Generic, "text_check_connection", "Bitte überprüfe deine Internetverbindung."), // Chromium de SUGGESTION_CHECK_CONNECTION_HEADER
    r("schiefgelaufen", De, ServerError, Generic, "text_something_went_wrong", "Etwas ist schiefgelaufen."), // app wording
    r("hohe nachfrage", De, Overloaded, Specific, "text_high_demand", "Wir verzeichnen derzeit eine hohe Nachfrage."), // app wording
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/de-DE/error.json
    r("vorübergehend nicht bearbeiten", De, ServerError, Generic, "text_server_error", "Entschuldigung, der Server hat anscheinend einige Schwierigkeiten und kann Ihre Anfrage vorübergehend nicht bearbeiten. Bitte versuchen Sie es später erneut"), // lobehub/lobe-chat locales/de-DE/error.json response.500
    r("keinen service bereitstellen", De, ServerError, Generic, "text_server_error", "Entschuldigung, der Server scheint die Orientierung verloren zu haben und kann vorübergehend keinen Service bereitstellen. Bitte versuchen Sie es später erneut"), // lobehub/lobe-chat locales/de-DE/error.json response.502
    r("keine antwort vom upstream", De, Timeout, Specific, "text_gateway_timeout", "Entschuldigung, der Server hat keine Antwort vom Upstream-Server erhalten. Bitte versuchen Sie es später erneut"), // lobehub/lobe-chat locales/de-DE/error.json response.504
    r("verarbeitbare länge", De, TooLarge, Specific, "text_context_length", "Der aktuelle Anfrageinhalt überschreitet die von dem Modell verarbeitbare Länge. Bitte reduzieren Sie die Menge des Inhalts und versuchen Sie es erneut."), // lobehub/lobe-chat locales/de-DE/error.json response.ExceededContextWindow
    r("nicht angemeldet", De, Auth, Specific, "text_sign_in", "Entschuldigung, du bist derzeit nicht angemeldet. Bitte melde dich an oder registriere ein Konto, um fortzufahren."), // lobehub/lobe-chat locales/de-DE/error.json response.InvalidClerkUser
    r("melden sie sich an", De, Auth, Specific, "text_sign_in", "Bitte melden Sie sich an, um diese Funktion zu nutzen"), // lobehub/lobe-chat locales/de-DE/error.json loginRequired.title
    // LobeHub's current wording: lobehub/lobehub locales/de-DE/error.json
    r("momentan schwierigkeiten", De, ServerError, Generic, "text_server_error", "Entschuldigung, der Server hat momentan Schwierigkeiten. Bitte versuchen Sie es später erneut."), // lobehub/lobehub locales/de-DE/error.json response.500
    r("zu lange auf eine antwort", De, Timeout, Specific, "text_timeout", "Entschuldigung, der Server hat zu lange auf eine Antwort gewartet."), // lobehub/lobehub locales/de-DE/error.json response.524
    r("unerwartet unterbrochen", De, StreamInterrupted, Specific, "text_stream_interrupted", "Entschuldigung, Ihre Anfrage wurde unerwartet unterbrochen. Bitte überprüfen Sie Ihre Netzwerkverbindung."), // lobehub/lobehub locales/de-DE/error.json response.499
];
