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
    r("يتعذر الوصول إلى", Ar, Connection, Specific, "text_unreachable", "يتعذر الوصول إلى chatgpt.com حاليًا."), // Chromium ar SUMMARY_CONNECTION_FAILED
    r("تم اكتشاف حدوث تغيير في الشبكة", Ar, Connection, Specific, "text_unable_to_connect", "تم اكتشاف حدوث تغيير في الشبكة."), // Chromium ar SUMMARY_NETWORK_CHANGED
    r("تم حظر هذه الصفحة بواسطة إحدى", Ar, BlockedLocally, Specific, "text_blocked_by_extension", "تم حظر هذه الصفحة بواسطة إحدى الإضافات."), // Chromium ar SUMMARY_BLOCKED_BY_EXTENSION
    r("لا تسمح لك مؤسستك بعرض هذا", Ar, BlockedLocally, Specific, "text_blocked_by_admin", "لا تسمح لك مؤسستك بعرض هذا الموقع الإلكتروني."), // Chromium ar SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("تم حظر دخولك إلى الإنترنت", Ar, BlockedLocally, Specific, "text_firewall", "تم حظر دخولك إلى الإنترنت"), // Chromium ar HEADING_NETWORK_ACCESS_DENIED
    r("ربما حظر جدار الحماية أو برامج", Ar, BlockedLocally, Specific, "text_firewall", "ربما حظر جدار الحماية أو برامج مكافحة الفيروسات الاتصال."), // Chromium ar SUMMARY_NETWORK_ACCESS_DENIED
    r("يتعذّر على هذه الصفحة العمل", Ar, ServerError, Generic, "text_server_error", "يتعذّر على هذه الصفحة العمل"), // Chromium ar HEADING_PAGE_NOT_WORKING
    r("معالجة هذا الطلب حاليًا", Ar, ServerError, Generic, "text_server_error", "يتعذر على chatgpt.com معالجة هذا الطلب حاليًا."), // Chromium ar SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("لم يرسل", Ar, Connection, Specific, "text_connection_reset", "لم يرسل chatgpt.com أي بيانات."), // Chromium ar SUMMARY_EMPTY_RESPONSE
    r("اتّصالك غير خاصّ", Ar, Tls, Specific, "text_not_private", "اتّصالك غير خاصّ"), // Chromium ar SSL_V2_HEADING
    r("التحقق من اتصالك بالإنترنت", Ar, Connection, Generic, "text_check_connection", "التحقق من اتصالك بالإنترنت"), // Chromium ar SUGGESTION_CHECK_CONNECTION_HEADER
];
