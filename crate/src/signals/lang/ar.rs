//! Arabic: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Ar;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("لا يمكن الوصول إلى الموقع الإلكتروني", Ar, Connection, Specific, "text_unreachable", "لا يمكن الوصول إلى الموقع الإلكتروني هذا"), // Chromium ar HEADING_NOT_AVAILABLE
    r("وقتًا أطول مما يجب للاستجابة", Ar, Timeout, Generic, "text_timeout", "استغرق chatgpt.com وقتًا أطول مما يجب للاستجابة."), // Chromium ar SUMMARY_TIMED_OUT
    r("تمت إعادة ضبط الاتصال", Ar, Connection, Specific, "text_connection_reset", "تمت إعادة ضبط الاتصال."), // Chromium ar SUMMARY_CONNECTION_RESET
    r("الاتصال على نحو غير متوقع", Ar, Connection, Specific, "text_connection_reset", "أغلق chatgpt.com الاتصال على نحو غير متوقع."), // Chromium ar SUMMARY_CONNECTION_CLOSED
    r("يتعذر الوصول إلى", Ar, Connection, Specific, "text_unreachable", "يتعذر الوصول إلى chatgpt.com حاليًا."), // Chromium ar SUMMARY_CONNECTION_FAILED
    r("تم اكتشاف حدوث تغيير في الشبكة", Ar, Connection, Specific, "text_unable_to_connect", "تم اكتشاف حدوث تغيير في الشبكة."), // Chromium ar SUMMARY_NETWORK_CHANGED
    r("تم قطع اتصالك", Ar, Connection, Specific, "text_connection_reset", "تم قطع اتصالك"), // Chromium ar HEADING_CONNECTION_INTERRUPTED
    r("تعذّر العثور على عنوان IP لخادم", Ar, Dns, Specific, "text_dns", "‏تعذّر العثور على عنوان IP لخادم chatgpt.com."), // Chromium ar SUMMARY_NAME_NOT_RESOLVED
    r("عنوان نظام أسماء النطاقات", Ar, Dns, Specific, "text_dns", "‏تعذر العثور على عنوان نظام أسماء النطاقات (DNS)‏ لـ chatgpt.com. جارٍ تشخيص المشكلة."), // Chromium ar SUMMARY_DNS_PROBE_RUNNING
    r("لا يتوفّر اتصال بالإنترنت", Ar, Offline, Specific, "text_no_internet", "لا يتوفّر اتصال بالإنترنت"), // Chromium ar HEADING_INTERNET_DISCONNECTED
    r("الخادم الوكيل", Ar, Proxy, Specific, "text_proxy", "هناك خطأ ما في الخادم الوكيل، أو العنوان غير صحيح."), // Chromium ar SUMMARY_PROXY_CONNECTION_FAILED
    r("تم حظر هذه الصفحة بواسطة إحدى", Ar, BlockedLocally, Specific, "text_blocked_by_extension", "تم حظر هذه الصفحة بواسطة إحدى الإضافات."), // Chromium ar SUMMARY_BLOCKED_BY_EXTENSION
    r("لا تسمح لك مؤسستك بعرض هذا", Ar, BlockedLocally, Specific, "text_blocked_by_admin", "لا تسمح لك مؤسستك بعرض هذا الموقع الإلكتروني."), // Chromium ar SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("تم حظر دخولك إلى الإنترنت", Ar, BlockedLocally, Specific, "text_firewall", "تم حظر دخولك إلى الإنترنت"), // Chromium ar HEADING_NETWORK_ACCESS_DENIED
    r("ربما حظر جدار الحماية أو برامج", Ar, BlockedLocally, Specific, "text_firewall", "ربما حظر جدار الحماية أو برامج مكافحة الفيروسات الاتصال."), // Chromium ar SUMMARY_NETWORK_ACCESS_DENIED
    r("توجيهك مرات كثيرة جدًا", Ar, StaleClient, Specific, "text_too_many_redirects", "أعاد chatgpt.com توجيهك مرات كثيرة جدًا."), // Chromium ar SUMMARY_TOO_MANY_REDIRECTS
    r("يتعذّر على هذه الصفحة العمل", Ar, ServerError, Generic, "text_server_error", "يتعذّر على هذه الصفحة العمل"), // Chromium ar HEADING_PAGE_NOT_WORKING
    r("معالجة هذا الطلب حاليًا", Ar, ServerError, Generic, "text_server_error", "يتعذر على chatgpt.com معالجة هذا الطلب حاليًا."), // Chromium ar SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("لم يرسل", Ar, Connection, Specific, "text_connection_reset", "لم يرسل chatgpt.com أي بيانات."), // Chromium ar SUMMARY_EMPTY_RESPONSE
    r("لا يمكن لهذا الموقع الإلكتروني توفير", Ar, Tls, Specific, "text_not_private", "لا يمكن لهذا الموقع الإلكتروني توفير اتصال آمن"), // Chromium ar HEADING_INSECURE_CONNECTION
    r("اتّصالك غير خاصّ", Ar, Tls, Specific, "text_not_private", "اتّصالك غير خاصّ"), // Chromium ar SSL_V2_HEADING
    r("توقيت ساعتك متقدم عن الوقت الحالي", Ar, Tls, Specific, "text_clock", "توقيت ساعتك متقدم عن الوقت الحالي"), // Chromium ar CLOCK_ERROR_AHEAD_HEADING
    r("توقيت ساعتك متأخر عن الوقت الحالي", Ar, Tls, Specific, "text_clock", "توقيت ساعتك متأخر عن الوقت الحالي"), // Chromium ar CLOCK_ERROR_BEHIND_HEADING
    r("التحقق من اتصالك بالإنترنت", Ar, Connection, Generic, "text_check_connection", "التحقق من اتصالك بالإنترنت"), // Chromium ar SUGGESTION_CHECK_CONNECTION_HEADER
    r("حدث خطأ", Ar, ServerError, Generic, "text_error_occurred", "حدث خطأ ما. يُرجى المحاولة مرة أخرى."), // app wording
    r("خطأ في الشبكة", Ar, Connection, Generic, "text_network_error", "خطأ في الشبكة"), // app wording
    r("طلبات كثيرة", Ar, RateLimited, Specific, "text_too_many_requests", "طلبات كثيرة جدًا. حاول مرة أخرى لاحقًا."), // app wording
    r("انتهت صلاحية الجلسة", Ar, Auth, Specific, "text_session_expired", "انتهت صلاحية الجلسة. يُرجى تسجيل الدخول مرة أخرى."), // app wording
    r("طويلة جدًا", Ar, TooLarge, Specific, "text_too_long", "الرسالة طويلة جدًا."), // app wording
    r("الخادم مشغول", Ar, Overloaded, Specific, "text_server_busy", "الخادم مشغول حاليًا."), // app wording
    r("أنك إنسان", Ar, Blocked, Specific, "text_challenge", "تحقق من أنك إنسان"), // app wording
    r("قيد الصيانة", Ar, Outage, Specific, "text_maintenance", "الخدمة قيد الصيانة."), // app wording
    r("انتهت المهلة", Ar, Timeout, Generic, "text_timeout", "انتهت المهلة أثناء انتظار الرد."), // app wording
];
