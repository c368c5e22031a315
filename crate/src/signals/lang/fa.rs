//! Persian: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Fa;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("نمی‌توان به این سایت دست یافت", Fa, Connection, Specific, "text_unreachable", "نمی‌توان به این سایت دست یافت"), // Chromium fa HEADING_NOT_AVAILABLE
    r("اتصال مجدداً برقرار شد", Fa, Connection, Specific, "text_connection_reset", "اتصال مجدداً برقرار شد."), // Chromium fa SUMMARY_CONNECTION_RESET
    r("تغییر شبکه تشخیص داده شد", Fa, Connection, Specific, "text_unable_to_connect", "تغییر شبکه تشخیص داده شد."), // Chromium fa SUMMARY_NETWORK_CHANGED
    r("آفلاین هستید", Fa, Offline, Specific, "text_no_internet", "آفلاین هستید"), // Chromium fa HEADING_YOU_ARE_OFFLINE
    r("یکی از افزونه‌ها مسدود کرده", Fa, BlockedLocally, Specific, "text_blocked_by_extension", "این صفحه را یکی از افزونه‌ها مسدود کرده است"), // Chromium fa SUMMARY_BLOCKED_BY_EXTENSION
    r("اجازه مشاهده این سایت", Fa, BlockedLocally, Specific, "text_blocked_by_admin", "سازمانتان اجازه مشاهده این سایت را به شما نمی‌دهد"), // Chromium fa SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("دسترسی شما به اینترنت مسدود است", Fa, BlockedLocally, Specific, "text_firewall", "دسترسی شما به اینترنت مسدود است"), // Chromium fa HEADING_NETWORK_ACCESS_DENIED
    r("دیوار آتش یا نرم‌افزار ضدویروس", Fa, BlockedLocally, Specific, "text_firewall", "دیوار آتش یا نرم‌افزار ضدویروس ممکن است مانع اتصال شده باشد."), // Chromium fa SUMMARY_NETWORK_ACCESS_DENIED
    r("این صفحه کار نمی‌کند", Fa, ServerError, Generic, "text_server_error", "این صفحه کار نمی‌کند"), // Chromium fa HEADING_PAGE_NOT_WORKING
    r("نمی‌تواند این درخواست را انجام دهد", Fa, ServerError, Generic, "text_server_error", "chatgpt.com درحال حاضر نمی‌تواند این درخواست را انجام دهد."), // Chromium fa SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("داده‌ای ارسال نکرد", Fa, Connection, Specific, "text_connection_reset", "chatgpt.com داده‌ای ارسال نکرد."), // Chromium fa SUMMARY_EMPTY_RESPONSE
    r("اتصال شما خصوصی نیست", Fa, Tls, Specific, "text_not_private", "اتصال شما خصوصی نیست"), // Chromium fa SSL_V2_HEADING
    r("اتصال اینترنتتان را بررسی کنید", Fa, Connection, Generic, "text_check_connection", "اتصال اینترنتتان را بررسی کنید"), // Chromium fa SUGGESTION_CHECK_CONNECTION_HEADER
    r("بیش از حد طولانی", Fa, TooLarge, Specific, "text_too_long", "پیام بیش از حد طولانی است."), // app wording
];
