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
    r("yanıt vermesi çok uzun sürdü", Tr, Timeout, Generic, "text_timeout", "chatgpt.com ana makinesinin yanıt vermesi çok uzun sürdü."), // Chromium tr SUMMARY_TIMED_OUT
    r("Bağlantı sıfırlandı", Tr, Connection, Specific, "text_connection_reset", "Bağlantı sıfırlandı."), // Chromium tr SUMMARY_CONNECTION_RESET
    r("bağlantıyı beklenmedik şekilde kapattı", Tr, Connection, Specific, "text_connection_reset", "chatgpt.com bağlantıyı beklenmedik şekilde kapattı."), // Chromium tr SUMMARY_CONNECTION_CLOSED
    r("ulaşılamıyor", Tr, Connection, Specific, "text_unreachable", "chatgpt.com ana makinesine şu anda ulaşılamıyor."), // Chromium tr SUMMARY_CONNECTION_FAILED
    r("Bir ağ değişikliği algılandı", Tr, Connection, Specific, "text_unable_to_connect", "Bir ağ değişikliği algılandı."), // Chromium tr SUMMARY_NETWORK_CHANGED
    r("Bağlantınız kesildi", Tr, Connection, Specific, "text_connection_reset", "Bağlantınız kesildi"), // Chromium tr HEADING_CONNECTION_INTERRUPTED
    r("bağlanmayı reddetti", Tr, Connection, Specific, "text_connection_refused", "chatgpt.com bağlanmayı reddetti."), // Chromium tr SUMMARY_CONNECTION_REFUSED
    r("sunucu IP adresi bulunamadı", Tr, Dns, Specific, "text_dns", "chatgpt.com ana makinesinin sunucu IP adresi bulunamadı."), // Chromium tr SUMMARY_NAME_NOT_RESOLVED
    r("DNS adresi bulunamadı", Tr, Dns, Specific, "text_dns", "chatgpt.com ana makinesinin DNS adresi bulunamadı. Sorun teşhis ediliyor."), // Chromium tr SUMMARY_DNS_PROBE_RUNNING
    r("İnternet bağlantısı yok", Tr, Offline, Specific, "text_no_internet", "İnternet bağlantısı yok"), // Chromium tr HEADING_INTERNET_DISCONNECTED
    r("İnternete bağlı değilsiniz", Tr, Offline, Specific, "text_no_internet", "İnternete bağlı değilsiniz"), // Chromium tr HEADING_YOU_ARE_OFFLINE
    r("Proxy sunucusunda bir sorun var", Tr, Proxy, Specific, "text_proxy", "Proxy sunucusunda bir sorun var veya adres yanlış."), // Chromium tr SUMMARY_PROXY_CONNECTION_FAILED
    r("Bu sayfa bir uzantı tarafından engellendi", Tr, BlockedLocally, Specific, "text_blocked_by_extension", "Bu sayfa bir uzantı tarafından engellendi"), // Chromium tr SUMMARY_BLOCKED_BY_EXTENSION
    r("Kuruluşunuz bu siteyi görüntülemenize izin vermiyor", Tr, BlockedLocally, Specific, "text_blocked_by_admin", "Kuruluşunuz bu siteyi görüntülemenize izin vermiyor"), // Chromium tr SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("İnternet erişiminiz engellendi", Tr, BlockedLocally, Specific, "text_firewall", "İnternet erişiminiz engellendi"), // Chromium tr HEADING_NETWORK_ACCESS_DENIED
    r("güvenlik duvarı veya virüsten korunma", Tr, BlockedLocally, Specific, "text_firewall", "Bağlantıyı güvenlik duvarı veya virüsten korunma yazılımı engellemiş olabilir."), // Chromium tr SUMMARY_NETWORK_ACCESS_DENIED
    r("sizi çok fazla kez yönlendirdi", Tr, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com sizi çok fazla kez yönlendirdi."), // Chromium tr SUMMARY_TOO_MANY_REDIRECTS
    r("Bu sayfa çalışmıyor", Tr, ServerError, Generic, "text_server_error", "Bu sayfa çalışmıyor"), // Chromium tr HEADING_PAGE_NOT_WORKING
    r("şu anda bu isteği işleme alamıyor", Tr, ServerError, Generic, "text_server_error", "chatgpt.com şu anda bu isteği işleme alamıyor."), // Chromium tr SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("hiç veri göndermedi", Tr, Connection, Specific, "text_connection_reset", "chatgpt.com hiç veri göndermedi."), // Chromium tr SUMMARY_EMPTY_RESPONSE
    r("Bu site güvenli bağlantı sağlayamıyor", Tr, Tls, Specific, "text_not_private", "Bu site güvenli bağlantı sağlayamıyor"), // Chromium tr HEADING_INSECURE_CONNECTION
    r("Bağlantınız gizli değil", Tr, Tls, Specific, "text_not_private", "Bağlantınız gizli değil"), // Chromium tr SSL_V2_HEADING
    r("Saatiniz ileri", Tr, Tls, Specific, "text_clock", "Saatiniz ileri"), // Chromium tr CLOCK_ERROR_AHEAD_HEADING
    r("Saatiniz geri", Tr, Tls, Specific, "text_clock", "Saatiniz geri"), // Chromium tr CLOCK_ERROR_BEHIND_HEADING
    r("İnternet bağlantınızı kontrol edin", Tr, Connection, Generic, "text_check_connection", "İnternet bağlantınızı kontrol edin"), // Chromium tr SUGGESTION_CHECK_CONNECTION_HEADER
    r("bir hata oluştu", Tr, ServerError, Generic, "text_error_occurred", "Bir hata oluştu. Lütfen tekrar deneyin."), // app wording
    r("bir şeyler ters gitti", Tr, ServerError, Generic, "text_something_went_wrong", "Bir şeyler ters gitti."), // app wording
    r("ağ hatası", Tr, Connection, Generic, "text_network_error", "Ağ hatası"), // app wording
    r("çok fazla istek", Tr, RateLimited, Specific, "text_too_many_requests", "Çok fazla istek. Lütfen daha sonra tekrar deneyin."), // app wording
    r("kullanım sınırı", Tr, RateLimited, Specific, "text_usage_limit", "Kullanım sınırına ulaştınız."), // app wording
    r("oturumunuzun süresi doldu", Tr, Auth, Specific, "text_session_expired", "Oturumunuzun süresi doldu. Lütfen tekrar giriş yapın."), // app wording
    r("çok uzun", Tr, TooLarge, Specific, "text_too_long", "Mesaj çok uzun."), // app wording
    r("aşırı yüklen", Tr, Overloaded, Specific, "text_overloaded", "Sunucu aşırı yüklendi."), // app wording
    r("insan olduğunuzu", Tr, Blocked, Specific, "text_challenge", "İnsan olduğunuzu doğrulayın"), // app wording
    r("bakımda", Tr, Outage, Specific, "text_maintenance", "Hizmet şu anda bakımda."), // app wording
    r("dahili sunucu hatası", Tr, ServerError, Specific, "text_internal_server_error", "500 Dahili Sunucu Hatası"), // app wording
    r("zaman aşımı", Tr, Timeout, Generic, "text_timeout", "İstek zaman aşımına uğradı."), // app wording
];
