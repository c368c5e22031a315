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
    r("Виявлено зміну в мережі", Uk, Connection, Specific, "text_unable_to_connect", "Виявлено зміну в мережі."), // Chromium uk SUMMARY_NETWORK_CHANGED
    r("Розширення заблокувало цю сторінку", Uk, BlockedLocally, Specific, "text_blocked_by_extension", "Розширення заблокувало цю сторінку"), // Chromium uk SUMMARY_BLOCKED_BY_EXTENSION
    r("Ваша організація забороняє переглядати цей сайт", Uk, BlockedLocally, Specific, "text_blocked_by_admin", "Ваша організація забороняє переглядати цей сайт"), // Chromium uk SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Ваш доступ до Інтернету заблоковано", Uk, BlockedLocally, Specific, "text_firewall", "Ваш доступ до Інтернету заблоковано"), // Chromium uk HEADING_NETWORK_ACCESS_DENIED
    r("брандмауер або антивірусна програма", Uk, BlockedLocally, Specific, "text_firewall", "Можливо, брандмауер або антивірусна програма заблокували з’єднання."), // Chromium uk SUMMARY_NETWORK_ACCESS_DENIED
    r("Сторінка не працює", Uk, ServerError, Generic, "text_server_error", "Сторінка не працює"), // Chromium uk HEADING_PAGE_NOT_WORKING
    r("зараз не може обробити цей запит", Uk, ServerError, Generic, "text_server_error", "Хост chatgpt.com зараз не може обробити цей запит."), // Chromium uk SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("не надіслав дані", Uk, Connection, Specific, "text_connection_reset", "Хост chatgpt.com не надіслав дані."), // Chromium uk SUMMARY_EMPTY_RESPONSE
    r("З’єднання не конфіденційне", Uk, Tls, Specific, "text_not_private", "З’єднання не конфіденційне"), // Chromium uk SSL_V2_HEADING
    r("Перевірте з’єднання з Інтернетом", Uk, Connection, Generic, "text_check_connection", "Перевірте з’єднання з Інтернетом"), // Chromium uk SUGGESTION_CHECK_CONNECTION_HEADER
    r("технічне обслуговування", Uk, Outage, Specific, "text_maintenance", "Триває технічне обслуговування."), // app wording
];
