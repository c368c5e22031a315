//! Russian: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Ru;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("Не удается получить доступ к сайту", Ru, Connection, Specific, "text_unreachable", "Не удается получить доступ к сайту"), // Chromium ru HEADING_NOT_AVAILABLE
    r("подключились к другой сети", Ru, Connection, Specific, "text_unable_to_connect", "Похоже, вы подключились к другой сети."), // Chromium ru SUMMARY_NETWORK_CHANGED
    r("не позволяет установить соединение", Ru, Connection, Specific, "text_connection_refused", "Сайт chatgpt.com не позволяет установить соединение."), // Chromium ru SUMMARY_CONNECTION_REFUSED
    r("Эта страница была заблокирована расширением", Ru, BlockedLocally, Specific, "text_blocked_by_extension", "Эта страница была заблокирована расширением."), // Chromium ru SUMMARY_BLOCKED_BY_EXTENSION
    r("Ваша организация запрещает просматривать этот сайт", Ru, BlockedLocally, Specific, "text_blocked_by_admin", "Ваша организация запрещает просматривать этот сайт."), // Chromium ru SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Доступ в Интернет закрыт", Ru, BlockedLocally, Specific, "text_firewall", "Доступ в Интернет закрыт"), // Chromium ru HEADING_NETWORK_ACCESS_DENIED
    r("заблокировано брандмауэром", Ru, BlockedLocally, Specific, "text_firewall", "Возможно, подключение заблокировано брандмауэром или антивирусным ПО."), // Chromium ru SUMMARY_NETWORK_ACCESS_DENIED
    r("Страница недоступна", Ru, ServerError, Generic, "text_server_error", "Страница недоступна"), // Chromium ru HEADING_PAGE_NOT_WORKING
    r("пока не может обработать этот запрос", Ru, ServerError, Generic, "text_server_error", "Сайт chatgpt.com пока не может обработать этот запрос."), // Chromium ru SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("не отправил данных", Ru, Connection, Specific, "text_connection_reset", "Сайт chatgpt.com не отправил данных."), // Chromium ru SUMMARY_EMPTY_RESPONSE
    r("Подключение не защищено", Ru, Tls, Specific, "text_not_private", "Подключение не защищено"), // Chromium ru SSL_V2_HEADING
    r("Проверьте подключение к интернету", Ru, Connection, Generic, "text_check_connection", "Проверьте подключение к интернету."), // Chromium ru SUGGESTION_CHECK_CONNECTION_HEADER
    r("технические работы", Ru, Outage, Specific, "text_maintenance", "Ведутся технические работы."), // app wording
    r("не удается открыть эту страницу", Ru, Connection, Specific, "text_unreachable", "Не удается открыть эту страницу"), // app wording
    r("отказано в подключении", Ru, Connection, Specific, "text_connection_refused", "localhost отказано в подключении."), // app wording
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/ru-RU/error.json
    r("перегрузк", Ru, Overloaded, Specific, "text_overloaded", "К сожалению, сервер в настоящее время не может обработать ваш запрос, возможно, из-за перегрузки или технического обслуживания. Повторите попытку позже."), // lobehub/lobe-chat locales/ru-RU/error.json response.503
    r("не получил ответ", Ru, Timeout, Specific, "text_gateway_timeout", "К сожалению, сервер не получил ответа от вышестоящего сервера. Повторите попытку позже."), // lobehub/lobe-chat locales/ru-RU/error.json response.504; lobehub/lobehub ru-RU response.504 ("не получил ответ от")
    // The same messages as LobeHub words them now: lobehub/lobehub locales/ru-RU/error.json
    r("возникли трудности", Ru, ServerError, Generic, "text_server_error", "Извините, на сервере возникли трудности. Пожалуйста, попробуйте позже."), // lobehub/lobehub locales/ru-RU/error.json response.500
    r("сервер не дождался", Ru, Timeout, Specific, "text_timeout", "Извините, сервер не дождался ответа. Возможно, ответ был слишком медленным. Пожалуйста, попробуйте позже."), // lobehub/lobehub locales/ru-RU/error.json response.524
    r("войдите в систему", Ru, Auth, Specific, "text_sign_in", "Пожалуйста, войдите в систему, чтобы использовать эту функцию"), // lobehub/lobehub locales/ru-RU/error.json loginRequired.title
    r("неожиданно прерван", Ru, StreamInterrupted, Specific, "text_stream_interrupted", "Извините, ваш запрос был неожиданно прерван во время обработки сервером, возможно, из-за отмены операции или нестабильного соединения. Проверьте сеть и повторите попытку."), // lobehub/lobehub locales/ru-RU/error.json response.499
    r("Не удалось найти IP-адрес сервера", Ru, Dns, Specific, "text_dns", "Не удалось найти IP-адрес сервера chatgpt.com."), // Chromium ru SUMMARY_NAME_NOT_RESOLVED
    r("слишком велик", Ru, TooLarge, Specific, "text_too_large", "Извините, ваш запрос слишком велик, сервер не может его обработать"), // lobehub/lobe-chat locales/ru-RU/error.json response.413
];
