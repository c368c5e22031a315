//! Ukrainian: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Uk;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("Немає зв’язку із сайтом", Uk, Connection, Specific, "text_unreachable", "Немає зв’язку із сайтом"), // Chromium uk HEADING_NOT_AVAILABLE
    r("довго не відповідає", Uk, Timeout, Generic, "text_timeout", "Хост chatgpt.com довго не відповідає."), // Chromium uk SUMMARY_TIMED_OUT
    r("З’єднання було скинуто", Uk, Connection, Specific, "text_connection_reset", "З’єднання було скинуто."), // Chromium uk SUMMARY_CONNECTION_RESET
    r("неочікувано розірвав з’єднання", Uk, Connection, Specific, "text_connection_reset", "Хост chatgpt.com неочікувано розірвав з’єднання."), // Chromium uk SUMMARY_CONNECTION_CLOSED
    r("Виявлено зміну в мережі", Uk, Connection, Specific, "text_unable_to_connect", "Виявлено зміну в мережі."), // Chromium uk SUMMARY_NETWORK_CHANGED
    r("З’єднання розірвано", Uk, Connection, Specific, "text_connection_reset", "З’єднання розірвано"), // Chromium uk HEADING_CONNECTION_INTERRUPTED
    r("відхилив запит на з’єднання", Uk, Connection, Specific, "text_connection_refused", "Хост chatgpt.com відхилив запит на з’єднання."), // Chromium uk SUMMARY_CONNECTION_REFUSED
    r("IP-адресу сервера", Uk, Dns, Specific, "text_dns", "IP-адресу сервера chatgpt.com не знайдено."), // Chromium uk SUMMARY_NAME_NOT_RESOLVED
    r("адресу DNS", Uk, Dns, Specific, "text_dns", "Адресу DNS хосту chatgpt.com не знайдено. Діагностика проблеми."), // Chromium uk SUMMARY_DNS_PROBE_RUNNING
    r("Немає Інтернету", Uk, Offline, Specific, "text_no_internet", "Немає Інтернету"), // Chromium uk HEADING_INTERNET_DISCONNECTED
    r("Ви не в мережі", Uk, Offline, Specific, "text_no_internet", "Ви не в мережі"), // Chromium uk HEADING_YOU_ARE_OFFLINE
    r("проксі-сервер", Uk, Proxy, Specific, "text_proxy", "Помилка проксі-сервера або неправильна адреса."), // Chromium uk SUMMARY_PROXY_CONNECTION_FAILED
    r("Розширення заблокувало цю сторінку", Uk, BlockedLocally, Specific, "text_blocked_by_extension", "Розширення заблокувало цю сторінку"), // Chromium uk SUMMARY_BLOCKED_BY_EXTENSION
    r("Ваша організація забороняє переглядати цей сайт", Uk, BlockedLocally, Specific, "text_blocked_by_admin", "Ваша організація забороняє переглядати цей сайт"), // Chromium uk SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Ваш доступ до Інтернету заблоковано", Uk, BlockedLocally, Specific, "text_firewall", "Ваш доступ до Інтернету заблоковано"), // Chromium uk HEADING_NETWORK_ACCESS_DENIED
    r("брандмауер або антивірусна програма", Uk, BlockedLocally, Specific, "text_firewall", "Можливо, брандмауер або антивірусна програма заблокували з’єднання."), // Chromium uk SUMMARY_NETWORK_ACCESS_DENIED
    r("переспрямував вас забагато разів", Uk, StaleClient, Specific, "text_too_many_redirects", "Хост chatgpt.com переспрямував вас забагато разів."), // Chromium uk SUMMARY_TOO_MANY_REDIRECTS
    r("Сторінка не працює", Uk, ServerError, Generic, "text_server_error", "Сторінка не працює"), // Chromium uk HEADING_PAGE_NOT_WORKING
    r("зараз не може обробити цей запит", Uk, ServerError, Generic, "text_server_error", "Хост chatgpt.com зараз не може обробити цей запит."), // Chromium uk SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("не надіслав дані", Uk, Connection, Specific, "text_connection_reset", "Хост chatgpt.com не надіслав дані."), // Chromium uk SUMMARY_EMPTY_RESPONSE
    r("не може забезпечити захищене з’єднання", Uk, Tls, Specific, "text_not_private", "Цей сайт не може забезпечити захищене з’єднання"), // Chromium uk HEADING_INSECURE_CONNECTION
    r("З’єднання не конфіденційне", Uk, Tls, Specific, "text_not_private", "З’єднання не конфіденційне"), // Chromium uk SSL_V2_HEADING
    r("Ваш годинник спішить", Uk, Tls, Specific, "text_clock", "Ваш годинник спішить"), // Chromium uk CLOCK_ERROR_AHEAD_HEADING
    r("Ваш годинник відстає", Uk, Tls, Specific, "text_clock", "Ваш годинник відстає"), // Chromium uk CLOCK_ERROR_BEHIND_HEADING
    r("Перевірте з’єднання з Інтернетом", Uk, Connection, Generic, "text_check_connection", "Перевірте з’єднання з Інтернетом"), // Chromium uk SUGGESTION_CHECK_CONNECTION_HEADER
    r("щось пішло не так", Uk, ServerError, Generic, "text_something_went_wrong", "Щось пішло не так."), // app wording
    r("сталася помилка", Uk, ServerError, Generic, "text_error_occurred", "Сталася помилка. Спробуйте ще раз."), // app wording
    r("помилка мережі", Uk, Connection, Generic, "text_network_error", "Помилка мережі"), // app wording
    r("забагато запитів", Uk, RateLimited, Specific, "text_too_many_requests", "Забагато запитів. Спробуйте пізніше."), // app wording
    r("сеанс закінчився", Uk, Auth, Specific, "text_session_expired", "Ваш сеанс закінчився. Увійдіть знову."), // app wording
    r("занадто довг", Uk, TooLarge, Specific, "text_too_long", "Повідомлення занадто довге."), // app wording
    r("перевантажен", Uk, Overloaded, Specific, "text_overloaded", "Сервер перевантажено."), // app wording
    r("що ви людина", Uk, Blocked, Specific, "text_challenge", "Підтвердьте, що ви людина"), // app wording
    r("технічне обслуговування", Uk, Outage, Specific, "text_maintenance", "Триває технічне обслуговування."), // app wording
];
