//! Turkish: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Tr;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("ulaşılamıyor", Tr, Connection, Specific, "text_unreachable", "chatgpt.com ana makinesine şu anda ulaşılamıyor."), // Chromium tr SUMMARY_CONNECTION_FAILED
    r("Bir ağ değişikliği algılandı", Tr, Connection, Specific, "text_unable_to_connect", "Bir ağ değişikliği algılandı."), // Chromium tr SUMMARY_NETWORK_CHANGED
    r("Bu sayfa bir uzantı tarafından engellendi", Tr, BlockedLocally, Specific, "text_blocked_by_extension", "Bu sayfa bir uzantı tarafından engellendi"), // Chromium tr SUMMARY_BLOCKED_BY_EXTENSION
    r("Kuruluşunuz bu siteyi görüntülemenize izin vermiyor", Tr, BlockedLocally, Specific, "text_blocked_by_admin", "Kuruluşunuz bu siteyi görüntülemenize izin vermiyor"), // Chromium tr SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("İnternet erişiminiz engellendi", Tr, BlockedLocally, Specific, "text_firewall", "İnternet erişiminiz engellendi"), // Chromium tr HEADING_NETWORK_ACCESS_DENIED
    r("güvenlik duvarı veya virüsten korunma", Tr, BlockedLocally, Specific, "text_firewall", "Bağlantıyı güvenlik duvarı veya virüsten korunma yazılımı engellemiş olabilir."), // Chromium tr SUMMARY_NETWORK_ACCESS_DENIED
    r("Bu sayfa çalışmıyor", Tr, ServerError, Generic, "text_server_error", "Bu sayfa çalışmıyor"), // Chromium tr HEADING_PAGE_NOT_WORKING
    r("şu anda bu isteği işleme alamıyor", Tr, ServerError, Generic, "text_server_error", "chatgpt.com şu anda bu isteği işleme alamıyor."), // Chromium tr SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("hiç veri göndermedi", Tr, Connection, Specific, "text_connection_reset", "chatgpt.com hiç veri göndermedi."), // Chromium tr SUMMARY_EMPTY_RESPONSE
    r("Bu site güvenli bağlantı sağlayamıyor", Tr, Tls, Specific, "text_not_private", "Bu site güvenli bağlantı sağlayamıyor"), // Chromium tr HEADING_INSECURE_CONNECTION
    r("Bağlantınız gizli değil", Tr, Tls, Specific, "text_not_private", "Bağlantınız gizli değil"), // Chromium tr SSL_V2_HEADING
    r("İnternet bağlantınızı kontrol edin", Tr, Connection, Generic, "text_check_connection", "İnternet bağlantınızı kontrol edin"), // Chromium tr SUGGESTION_CHECK_CONNECTION_HEADER
    r("çok uzun", Tr, TooLarge, Specific, "text_too_long", "Mesaj çok uzun."), // app wording
    r("yanıt vermesi çok uzun sürdü", Tr, Timeout, Generic, "text_timeout", "chatgpt.com ana makinesinin yanıt vermesi çok uzun sürdü."), // Chromium tr SUMMARY_TIMED_OUT
];
