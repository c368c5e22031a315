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
    r("Соединение сброшено", Ru, Connection, Specific, "text_connection_reset", "Соединение сброшено."), // Chromium ru SUMMARY_CONNECTION_RESET
    r("неожиданно разорвал соединение", Ru, Connection, Specific, "text_connection_reset", "Сайт chatgpt.com неожиданно разорвал соединение."), // Chromium ru SUMMARY_CONNECTION_CLOSED
    r("подключились к другой сети", Ru, Connection, Specific, "text_unable_to_connect", "Похоже, вы подключились к другой сети."), // Chromium ru SUMMARY_NETWORK_CHANGED
    r("Соединение прервано", Ru, Connection, Specific, "text_connection_reset", "Соединение прервано"), // Chromium ru HEADING_CONNECTION_INTERRUPTED
    r("не позволяет установить соединение", Ru, Connection, Specific, "text_connection_refused", "Сайт chatgpt.com не позволяет установить соединение."), // Chromium ru SUMMARY_CONNECTION_REFUSED
    r("Не удалось найти IP-адрес сервера", Ru, Dns, Specific, "text_dns", "Не удалось найти IP-адрес сервера chatgpt.com."), // Chromium ru SUMMARY_NAME_NOT_RESOLVED
    r("Не удается найти DNS-адрес сайта", Ru, Dns, Specific, "text_dns", "Не удается найти DNS-адрес сайта chatgpt.com. Выполняется диагностика."), // Chromium ru SUMMARY_DNS_PROBE_RUNNING
    r("Нет подключения к интернету", Ru, Offline, Specific, "text_no_internet", "Нет подключения к интернету"), // Chromium ru HEADING_INTERNET_DISCONNECTED
    r("прокси-сервер", Ru, Proxy, Specific, "text_proxy", "На прокси-сервере возникла проблема или адрес указан неверно."), // Chromium ru SUMMARY_PROXY_CONNECTION_FAILED
    r("Эта страница была заблокирована расширением", Ru, BlockedLocally, Specific, "text_blocked_by_extension", "Эта страница была заблокирована расширением."), // Chromium ru SUMMARY_BLOCKED_BY_EXTENSION
    r("Ваша организация запрещает просматривать этот сайт", Ru, BlockedLocally, Specific, "text_blocked_by_admin", "Ваша организация запрещает просматривать этот сайт."), // Chromium ru SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Доступ в Интернет закрыт", Ru, BlockedLocally, Specific, "text_firewall", "Доступ в Интернет закрыт"), // Chromium ru HEADING_NETWORK_ACCESS_DENIED
    r("заблокировано брандмауэром", Ru, BlockedLocally, Specific, "text_firewall", "Возможно, подключение заблокировано брандмауэром или антивирусным ПО."), // Chromium ru SUMMARY_NETWORK_ACCESS_DENIED
    r("выполнил переадресацию слишком много раз", Ru, StaleClient, Specific, "text_too_many_redirects", "Сайт chatgpt.com выполнил переадресацию слишком много раз."), // Chromium ru SUMMARY_TOO_MANY_REDIRECTS
    r("Страница недоступна", Ru, ServerError, Generic, "text_server_error", "Страница недоступна"), // Chromium ru HEADING_PAGE_NOT_WORKING
    r("пока не может обработать этот запрос", Ru, ServerError, Generic, "text_server_error", "Сайт chatgpt.com пока не может обработать этот запрос."), // Chromium ru SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("не отправил данных", Ru, Connection, Specific, "text_connection_reset", "Сайт chatgpt.com не отправил данных."), // Chromium ru SUMMARY_EMPTY_RESPONSE
    r("не может обеспечить безопасное подключение", Ru, Tls, Specific, "text_not_private", "Этот сайт не может обеспечить безопасное подключение"), // Chromium ru HEADING_INSECURE_CONNECTION
    r("Подключение не защищено", Ru, Tls, Specific, "text_not_private", "Подключение не защищено"), // Chromium ru SSL_V2_HEADING
    r("Часы спешат", Ru, Tls, Specific, "text_clock", "Часы спешат"), // Chromium ru CLOCK_ERROR_AHEAD_HEADING
    r("Часы отстают", Ru, Tls, Specific, "text_clock", "Часы отстают"), // Chromium ru CLOCK_ERROR_BEHIND_HEADING
    r("Проверьте подключение к интернету", Ru, Connection, Generic, "text_check_connection", "Проверьте подключение к интернету."), // Chromium ru SUGGESTION_CHECK_CONNECTION_HEADER
    r("что-то пошло не так", Ru, ServerError, Generic, "text_something_went_wrong", "Что-то пошло не так. Если проблема не исчезнет, свяжитесь с нами."), // app wording
    r("произошла ошибка", Ru, ServerError, Generic, "text_error_occurred", "Произошла ошибка. Попробуйте еще раз."), // app wording
    r("ошибка сети", Ru, Connection, Generic, "text_network_error", "Ошибка сети"), // app wording
    r("сетевая ошибка", Ru, Connection, Generic, "text_network_error", "Сетевая ошибка"), // app wording
    r("слишком много запросов", Ru, RateLimited, Specific, "text_too_many_requests", "Слишком много запросов за 1 час. Повторите попытку позже."), // app wording
    r("достигнут лимит", Ru, RateLimited, Specific, "text_usage_limit", "Достигнут лимит сообщений."), // app wording
    r("лимит использования", Ru, RateLimited, Specific, "text_usage_limit", "Вы исчерпали лимит использования."), // app wording
    r("сеанс истек", Ru, Auth, Specific, "text_session_expired", "Ваш сеанс истек. Войдите снова."), // app wording
    r("сессия истекла", Ru, Auth, Specific, "text_session_expired", "Сессия истекла"), // app wording
    r("слишком длинн", Ru, TooLarge, Specific, "text_too_long", "Сообщение слишком длинное."), // app wording
    r("перегружен", Ru, Overloaded, Specific, "text_overloaded", "Сервер перегружен."), // app wording
    r("высокая нагрузка", Ru, Overloaded, Specific, "text_high_demand", "Сейчас высокая нагрузка, попробуйте позже."), // app wording
    r("что вы человек", Ru, Blocked, Specific, "text_challenge", "Подтвердите, что вы человек"), // app wording
    r("технические работы", Ru, Outage, Specific, "text_maintenance", "Ведутся технические работы."), // app wording
    r("внутренняя ошибка сервера", Ru, ServerError, Specific, "text_internal_server_error", "500 Внутренняя ошибка сервера"), // app wording
    r("время ожидания", Ru, Timeout, Generic, "text_timeout", "Истекло время ожидания запроса."), // app wording
    r("не удается открыть эту страницу", Ru, Connection, Specific, "text_unreachable", "Не удается открыть эту страницу"), // app wording
    r("отказано в подключении", Ru, Connection, Specific, "text_connection_refused", "localhost отказано в подключении."), // app wording
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/ru-RU/error.json
    r("слишком част", Ru, RateLimited, Specific, "text_too_many_requests", "Извините, ваш запрос слишком частый, и сервер немного устал. Повторите попытку позже."), // lobehub/lobe-chat locales/ru-RU/error.json response.429
    r("испытывает некоторые трудности", Ru, ServerError, Generic, "text_server_error", "К сожалению, сервер, похоже, испытывает некоторые трудности и временно не может выполнить ваш запрос. Повторите попытку позже."), // lobehub/lobe-chat locales/ru-RU/error.json response.500
    r("временно не может", Ru, ServerError, Generic, "text_server_error", "К сожалению, сервер, похоже, потерян и временно не может предоставлять услуги. Повторите попытку позже."), // lobehub/lobe-chat locales/ru-RU/error.json response.502
    r("перегрузк", Ru, Overloaded, Specific, "text_overloaded", "К сожалению, сервер в настоящее время не может обработать ваш запрос, возможно, из-за перегрузки или технического обслуживания. Повторите попытку позже."), // lobehub/lobe-chat locales/ru-RU/error.json response.503
    r("не получил ответ", Ru, Timeout, Specific, "text_gateway_timeout", "К сожалению, сервер не получил ответа от вышестоящего сервера. Повторите попытку позже."), // lobehub/lobe-chat locales/ru-RU/error.json response.504; lobehub/lobehub ru-RU response.504 ("не получил ответ от")
    r("слишком велик", Ru, TooLarge, Specific, "text_too_large", "Извините, ваш запрос слишком велик, сервер не может его обработать"), // lobehub/lobe-chat locales/ru-RU/error.json response.413
    r("недействительной аутентификации", Ru, Auth, Specific, "text_unauthorized", "Извините, сервер отклонил ваш запрос, возможно, из-за недостаточного количества разрешений или недействительной аутентификации."), // lobehub/lobe-chat locales/ru-RU/error.json response.401
    // The same messages as LobeHub words them now: lobehub/lobehub locales/ru-RU/error.json
    r("возникли трудности", Ru, ServerError, Generic, "text_server_error", "Извините, на сервере возникли трудности. Пожалуйста, попробуйте позже."), // lobehub/lobehub locales/ru-RU/error.json response.500
    r("временно недоступен", Ru, Overloaded, Generic, "text_service_unavailable", "Извините, сервер временно недоступен. Пожалуйста, попробуйте позже."), // lobehub/lobehub locales/ru-RU/error.json response.502
    r("сервер не дождался", Ru, Timeout, Specific, "text_timeout", "Извините, сервер не дождался ответа. Возможно, ответ был слишком медленным. Пожалуйста, попробуйте позже."), // lobehub/lobehub locales/ru-RU/error.json response.524
    r("превышает допустимую длину", Ru, TooLarge, Specific, "text_context_length", "Содержимое запроса превышает допустимую длину модели. Уменьшите объём и повторите попытку."), // lobehub/lobehub locales/ru-RU/error.json response.ExceededContextWindow
    r("войдите в систему", Ru, Auth, Specific, "text_sign_in", "Пожалуйста, войдите в систему, чтобы использовать эту функцию"), // lobehub/lobehub locales/ru-RU/error.json loginRequired.title
    r("неожиданно прерван", Ru, StreamInterrupted, Specific, "text_stream_interrupted", "Извините, ваш запрос был неожиданно прерван во время обработки сервером, возможно, из-за отмены операции или нестабильного соединения. Проверьте сеть и повторите попытку."), // lobehub/lobehub locales/ru-RU/error.json response.499
];
