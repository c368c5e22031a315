//! Korean: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Ko;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("네트워크 변경이 감지되었습니다", Ko, Connection, Specific, "text_unable_to_connect", "네트워크 변경이 감지되었습니다."), // Chromium ko SUMMARY_NETWORK_CHANGED
    r("오프라인 상태입니다", Ko, Offline, Specific, "text_no_internet", "오프라인 상태입니다"), // Chromium ko HEADING_YOU_ARE_OFFLINE
    r("조직에서 이 사이트를 보도록 허용하지 않습니다", Ko, BlockedLocally, Specific, "text_blocked_by_admin", "조직에서 이 사이트를 보도록 허용하지 않습니다."), // Chromium ko SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("인터넷 액세스가 차단됨", Ko, BlockedLocally, Specific, "text_firewall", "인터넷 액세스가 차단됨"), // Chromium ko HEADING_NETWORK_ACCESS_DENIED
    r("페이지가 작동하지 않습니다", Ko, ServerError, Generic, "text_server_error", "페이지가 작동하지 않습니다."), // Chromium ko HEADING_PAGE_NOT_WORKING
    r("요청을 처리할 수 없습니다", Ko, ServerError, Generic, "text_server_error", "현재 chatgpt.com에서 요청을 처리할 수 없습니다."), // Chromium ko SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("전송한 데이터가 없습니다", Ko, Connection, Specific, "text_connection_reset", "chatgpt.com에서 전송한 데이터가 없습니다."), // Chromium ko SUMMARY_EMPTY_RESPONSE
    r("연결이 비공개로 설정되어 있지 않습니다", Ko, Tls, Specific, "text_not_private", "연결이 비공개로 설정되어 있지 않습니다."), // Chromium ko SSL_V2_HEADING
    r("시간이 너무 먼 미래로 설정되어 있습니다", Ko, Tls, Specific, "text_clock", "시간이 너무 먼 미래로 설정되어 있습니다."), // Chromium ko CLOCK_ERROR_AHEAD_HEADING
    r("시간이 너무 먼 과거로 설정되어 있습니다", Ko, Tls, Specific, "text_clock", "시간이 너무 먼 과거로 설정되어 있습니다."), // Chromium ko CLOCK_ERROR_BEHIND_HEADING
    r("인터넷 연결 확인", Ko, Connection, Generic, "text_check_connection", "인터넷 연결 확인"), // Chromium ko SUGGESTION_CHECK_CONNECTION_HEADER
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/ko-KR/error.json
    r("상위 서버의 응답", Ko, Timeout, Specific, "text_gateway_timeout", "죄송합니다. 서버가 상위 서버의 응답을 기다리지 못했습니다. 잠시 후에 다시 시도해주세요."), // lobehub/lobe-chat locales/ko-KR/error.json response.504
    r("데이터 양이 너무 많아", Ko, TooLarge, Specific, "text_too_large", "죄송합니다. 요청 데이터 양이 너무 많아 서버가 처리할 수 없습니다"), // lobehub/lobe-chat locales/ko-KR/error.json response.413
    // The same messages as LobeHub words them now: lobehub/lobehub locales/ko-KR/error.json
    r("요청이 중단되었습니다", Ko, StreamInterrupted, Specific, "text_stream_interrupted", "요청이 중단되었습니다(작업을 취소했거나 네트워크가 불안정). 네트워크를 확인한 후 다시 시도하세요"), // lobehub/lobehub locales/ko-KR/error.json response.499
];
