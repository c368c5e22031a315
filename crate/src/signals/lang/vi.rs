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
    r("thay đổi mạng", Vi, Connection, Specific, "text_unable_to_connect", "Đã phát hiện thấy thay đổi mạng."), // Chromium vi SUMMARY_NETWORK_CHANGED
    r("bị một tiện ích chặn", Vi, BlockedLocally, Specific, "text_blocked_by_extension", "Trang này bị một tiện ích chặn"), // Chromium vi SUMMARY_BLOCKED_BY_EXTENSION
    r("không cho phép bạn xem trang web này", Vi, BlockedLocally, Specific, "text_blocked_by_admin", "Tổ chức của bạn không cho phép bạn xem trang web này"), // Chromium vi SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("quyền truy cập internet của bạn bị chặn", Vi, BlockedLocally, Specific, "text_firewall", "Quyền truy cập Internet của bạn bị chặn"), // Chromium vi HEADING_NETWORK_ACCESS_DENIED
    r("Trang này hiện không hoạt động", Vi, ServerError, Generic, "text_server_error", "Trang này hiện không hoạt động"), // Chromium vi HEADING_PAGE_NOT_WORKING
    r("không thể xử lý yêu cầu này", Vi, ServerError, Generic, "text_server_error", "chatgpt.com hiện không thể xử lý yêu cầu này."), // Chromium vi SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("không gửi bất kỳ dữ liệu nào", Vi, Connection, Specific, "text_connection_reset", "chatgpt.com không gửi bất kỳ dữ liệu nào."), // Chromium vi SUMMARY_EMPTY_RESPONSE
    r("không phải là kết nối riêng tư", Vi, Tls, Specific, "text_not_private", "Kết nối của bạn không phải là kết nối riêng tư"), // Chromium vi SSL_V2_HEADING
    r("kiểm tra kết nối internet", Vi, Connection, Generic, "text_check_connection", "Kiểm tra kết nối Internet của bạn"), // Chromium vi SUGGESTION_CHECK_CONNECTION_HEADER
];
