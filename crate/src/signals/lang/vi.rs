//! Vietnamese: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Vi;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("không thể truy cập", Vi, Connection, Specific, "text_unreachable", "Không thể truy cập trang web này"), // Chromium vi HEADING_NOT_AVAILABLE
    r("mất quá nhiều thời gian để phản hồi", Vi, Timeout, Generic, "text_timeout", "chatgpt.com mất quá nhiều thời gian để phản hồi."), // Chromium vi SUMMARY_TIMED_OUT
    r("Kết nối đã được đặt lại", Vi, Connection, Specific, "text_connection_reset", "Kết nối đã được đặt lại."), // Chromium vi SUMMARY_CONNECTION_RESET
    r("đã bất ngờ đóng kết nối", Vi, Connection, Specific, "text_connection_reset", "chatgpt.com đã bất ngờ đóng kết nối."), // Chromium vi SUMMARY_CONNECTION_CLOSED
    r("thay đổi mạng", Vi, Connection, Specific, "text_unable_to_connect", "Đã phát hiện thấy thay đổi mạng."), // Chromium vi SUMMARY_NETWORK_CHANGED
    r("kết nối của bạn bị gián đoạn", Vi, Connection, Specific, "text_connection_reset", "Kết nối của bạn bị gián đoạn"), // Chromium vi HEADING_CONNECTION_INTERRUPTED
    r("đã từ chối kết nối", Vi, Connection, Specific, "text_connection_refused", "chatgpt.com đã từ chối kết nối."), // Chromium vi SUMMARY_CONNECTION_REFUSED
    r("địa chỉ IP của máy chủ", Vi, Dns, Specific, "text_dns", "Không thể tìm thấy địa chỉ IP của máy chủ chatgpt.com."), // Chromium vi SUMMARY_NAME_NOT_RESOLVED
    r("địa chỉ DNS", Vi, Dns, Specific, "text_dns", "Không thể tìm thấy địa chỉ DNS của chatgpt.com. Đang chẩn đoán sự cố."), // Chromium vi SUMMARY_DNS_PROBE_RUNNING
    r("Không có Internet", Vi, Offline, Specific, "text_no_internet", "Không có Internet"), // Chromium vi HEADING_INTERNET_DISCONNECTED
    r("Bạn hiện không có kết nối mạng", Vi, Offline, Specific, "text_no_internet", "Bạn hiện không có kết nối mạng"), // Chromium vi HEADING_YOU_ARE_OFFLINE
    r("máy chủ proxy", Vi, Proxy, Specific, "text_proxy", "Đã xảy ra sự cố với máy chủ proxy hoặc địa chỉ không chính xác."), // Chromium vi SUMMARY_PROXY_CONNECTION_FAILED
    r("bị một tiện ích chặn", Vi, BlockedLocally, Specific, "text_blocked_by_extension", "Trang này bị một tiện ích chặn"), // Chromium vi SUMMARY_BLOCKED_BY_EXTENSION
    r("không cho phép bạn xem trang web này", Vi, BlockedLocally, Specific, "text_blocked_by_admin", "Tổ chức của bạn không cho phép bạn xem trang web này"), // Chromium vi SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("quyền truy cập internet của bạn bị chặn", Vi, BlockedLocally, Specific, "text_firewall", "Quyền truy cập Internet của bạn bị chặn"), // Chromium vi HEADING_NETWORK_ACCESS_DENIED
    r("có thể đã chặn kết nối", Vi, BlockedLocally, Specific, "text_firewall", "Tường lửa hoặc phần mềm diệt vi-rút có thể đã chặn kết nối."), // Chromium vi SUMMARY_NETWORK_ACCESS_DENIED
    r("chuyển hướng bạn quá nhiều lần", Vi, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com đã chuyển hướng bạn quá nhiều lần."), // Chromium vi SUMMARY_TOO_MANY_REDIRECTS
    r("Trang này hiện không hoạt động", Vi, ServerError, Generic, "text_server_error", "Trang này hiện không hoạt động"), // Chromium vi HEADING_PAGE_NOT_WORKING
    r("không thể xử lý yêu cầu này", Vi, ServerError, Generic, "text_server_error", "chatgpt.com hiện không thể xử lý yêu cầu này."), // Chromium vi SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("không gửi bất kỳ dữ liệu nào", Vi, Connection, Specific, "text_connection_reset", "chatgpt.com không gửi bất kỳ dữ liệu nào."), // Chromium vi SUMMARY_EMPTY_RESPONSE
    r("không thể cung cấp kết nối an toàn", Vi, Tls, Specific, "text_not_private", "Trang web này không thể cung cấp kết nối an toàn"), // Chromium vi HEADING_INSECURE_CONNECTION
    r("không phải là kết nối riêng tư", Vi, Tls, Specific, "text_not_private", "Kết nối của bạn không phải là kết nối riêng tư"), // Chromium vi SSL_V2_HEADING
    r("Đồng hồ của bạn chạy nhanh", Vi, Tls, Specific, "text_clock", "Đồng hồ của bạn chạy nhanh"), // Chromium vi CLOCK_ERROR_AHEAD_HEADING
    r("Đồng hồ của bạn chạy chậm", Vi, Tls, Specific, "text_clock", "Đồng hồ của bạn chạy chậm"), // Chromium vi CLOCK_ERROR_BEHIND_HEADING
    r("kiểm tra kết nối internet", Vi, Connection, Generic, "text_check_connection", "Kiểm tra kết nối Internet của bạn"), // Chromium vi SUGGESTION_CHECK_CONNECTION_HEADER
    r("đã xảy ra lỗi", Vi, ServerError, Generic, "text_error_occurred", "Đã xảy ra lỗi. Vui lòng thử lại."), // app wording
    r("đã có lỗi xảy ra", Vi, ServerError, Generic, "text_error_occurred", "Đã có lỗi xảy ra."), // app wording
    r("lỗi mạng", Vi, Connection, Generic, "text_network_error", "Lỗi mạng"), // app wording
    r("quá nhiều yêu cầu", Vi, RateLimited, Specific, "text_too_many_requests", "Quá nhiều yêu cầu. Vui lòng thử lại sau."), // app wording
    r("giới hạn sử dụng", Vi, RateLimited, Specific, "text_usage_limit", "Bạn đã đạt đến giới hạn sử dụng."), // app wording
    r("phiên đã hết hạn", Vi, Auth, Specific, "text_session_expired", "Phiên đã hết hạn. Vui lòng đăng nhập lại."), // app wording
    r("quá dài", Vi, TooLarge, Specific, "text_too_long", "Tin nhắn quá dài."), // app wording
    r("quá tải", Vi, Overloaded, Specific, "text_overloaded", "Máy chủ đang quá tải."), // app wording
    r("là con người", Vi, Blocked, Specific, "text_challenge", "Xác minh bạn là con người"), // app wording
    r("đang bảo trì", Vi, Outage, Specific, "text_maintenance", "Dịch vụ đang bảo trì."), // app wording
    r("hết thời gian chờ", Vi, Timeout, Generic, "text_timeout", "Đã hết thời gian chờ yêu cầu."), // app wording
];
