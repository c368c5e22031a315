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
    r("بیش از حد طول کشیده است", Fa, Timeout, Generic, "text_timeout", "پاسخ chatgpt.com بیش از حد طول کشیده است."), // Chromium fa SUMMARY_TIMED_OUT
    r("اتصال مجدداً برقرار شد", Fa, Connection, Specific, "text_connection_reset", "اتصال مجدداً برقرار شد."), // Chromium fa SUMMARY_CONNECTION_RESET
    r("غیرمنتظره‌ای اتصال را قطع کرد", Fa, Connection, Specific, "text_connection_reset", "chatgpt.com به‌طور غیرمنتظره‌ای اتصال را قطع کرد."), // Chromium fa SUMMARY_CONNECTION_CLOSED
    r("تغییر شبکه تشخیص داده شد", Fa, Connection, Specific, "text_unable_to_connect", "تغییر شبکه تشخیص داده شد."), // Chromium fa SUMMARY_NETWORK_CHANGED
    r("اتصال شما قطع شد", Fa, Connection, Specific, "text_connection_reset", "اتصال شما قطع شد"), // Chromium fa HEADING_CONNECTION_INTERRUPTED
    r("از اتصال خودداری کرد", Fa, Connection, Specific, "text_connection_refused", "chatgpt.com از اتصال خودداری کرد."), // Chromium fa SUMMARY_CONNECTION_REFUSED
    r("نشانی IP سرور", Fa, Dns, Specific, "text_dns", "‏نشانی IP سرور chatgpt.com پیدا نشد."), // Chromium fa SUMMARY_NAME_NOT_RESOLVED
    r("آدرس DNS پیدا نشد", Fa, Dns, Specific, "text_dns", "‏chatgpt.com’s آدرس DNS پیدا نشد. درحال بررسی برای تشخیص مشکل."), // Chromium fa SUMMARY_DNS_PROBE_RUNNING
    r("اتصال اینترنت وجود ندارد", Fa, Offline, Specific, "text_no_internet", "اتصال اینترنت وجود ندارد"), // Chromium fa HEADING_INTERNET_DISCONNECTED
    r("آفلاین هستید", Fa, Offline, Specific, "text_no_internet", "آفلاین هستید"), // Chromium fa HEADING_YOU_ARE_OFFLINE
    r("مشکلی در سرور پروکسی وجود دارد", Fa, Proxy, Specific, "text_proxy", "مشکلی در سرور پروکسی وجود دارد یا این آدرس درست نیست."), // Chromium fa SUMMARY_PROXY_CONNECTION_FAILED
    r("یکی از افزونه‌ها مسدود کرده", Fa, BlockedLocally, Specific, "text_blocked_by_extension", "این صفحه را یکی از افزونه‌ها مسدود کرده است"), // Chromium fa SUMMARY_BLOCKED_BY_EXTENSION
    r("اجازه مشاهده این سایت", Fa, BlockedLocally, Specific, "text_blocked_by_admin", "سازمانتان اجازه مشاهده این سایت را به شما نمی‌دهد"), // Chromium fa SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("دسترسی شما به اینترنت مسدود است", Fa, BlockedLocally, Specific, "text_firewall", "دسترسی شما به اینترنت مسدود است"), // Chromium fa HEADING_NETWORK_ACCESS_DENIED
    r("دیوار آتش یا نرم‌افزار ضدویروس", Fa, BlockedLocally, Specific, "text_firewall", "دیوار آتش یا نرم‌افزار ضدویروس ممکن است مانع اتصال شده باشد."), // Chromium fa SUMMARY_NETWORK_ACCESS_DENIED
    r("به نشانی‌های دیگر هدایت کرده", Fa, StaleClient, Specific, "text_too_many_redirects", "تعداد دفعاتی که chatgpt.com شما را به نشانی‌های دیگر هدایت کرده بیش از حد است."), // Chromium fa SUMMARY_TOO_MANY_REDIRECTS
    r("این صفحه کار نمی‌کند", Fa, ServerError, Generic, "text_server_error", "این صفحه کار نمی‌کند"), // Chromium fa HEADING_PAGE_NOT_WORKING
    r("نمی‌تواند این درخواست را انجام دهد", Fa, ServerError, Generic, "text_server_error", "chatgpt.com درحال حاضر نمی‌تواند این درخواست را انجام دهد."), // Chromium fa SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("داده‌ای ارسال نکرد", Fa, Connection, Specific, "text_connection_reset", "chatgpt.com داده‌ای ارسال نکرد."), // Chromium fa SUMMARY_EMPTY_RESPONSE
    r("نمی‌تواند اتصالی ایمن ارائه دهد", Fa, Tls, Specific, "text_not_private", "این سایت نمی‌تواند اتصالی ایمن ارائه دهد"), // Chromium fa HEADING_INSECURE_CONNECTION
    r("اتصال شما خصوصی نیست", Fa, Tls, Specific, "text_not_private", "اتصال شما خصوصی نیست"), // Chromium fa SSL_V2_HEADING
    r("ساعت شما جلو است", Fa, Tls, Specific, "text_clock", "ساعت شما جلو است"), // Chromium fa CLOCK_ERROR_AHEAD_HEADING
    r("ساعت شما عقب است", Fa, Tls, Specific, "text_clock", "ساعت شما عقب است"), // Chromium fa CLOCK_ERROR_BEHIND_HEADING
    r("اتصال اینترنتتان را بررسی کنید", Fa, Connection, Generic, "text_check_connection", "اتصال اینترنتتان را بررسی کنید"), // Chromium fa SUGGESTION_CHECK_CONNECTION_HEADER
    r("مشکلی پیش آمد", Fa, ServerError, Generic, "text_something_went_wrong", "مشکلی پیش آمد. دوباره امتحان کنید."), // app wording
    r("خطایی رخ داد", Fa, ServerError, Generic, "text_error_occurred", "خطایی رخ داد."), // app wording
    r("خطای شبکه", Fa, Connection, Generic, "text_network_error", "خطای شبکه"), // app wording
    r("درخواست‌های زیاد", Fa, RateLimited, Specific, "text_too_many_requests", "درخواست‌های زیادی ارسال شده است. بعداً دوباره امتحان کنید."), // app wording
    r("نشست شما منقضی", Fa, Auth, Specific, "text_session_expired", "نشست شما منقضی شده است. دوباره وارد شوید."), // app wording
    r("بیش از حد طولانی", Fa, TooLarge, Specific, "text_too_long", "پیام بیش از حد طولانی است."), // app wording
    r("سرور شلوغ", Fa, Overloaded, Specific, "text_server_busy", "سرور شلوغ است."), // app wording
    r("انسان هستید", Fa, Blocked, Specific, "text_challenge", "تأیید کنید که انسان هستید"), // app wording
    r("تعمیر و نگهداری", Fa, Outage, Specific, "text_maintenance", "سرویس در حال تعمیر و نگهداری است."), // app wording
    r("مهلت زمانی", Fa, Timeout, Generic, "text_timeout", "مهلت زمانی درخواست به پایان رسید."), // app wording
];
