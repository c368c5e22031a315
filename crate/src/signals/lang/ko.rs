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
    r("사이트에 연결할 수 없음", Ko, Connection, Specific, "text_unreachable", "사이트에 연결할 수 없음"), // Chromium ko HEADING_NOT_AVAILABLE
    r("응답하는 데 시간이 너무 오래", Ko, Timeout, Generic, "text_timeout", "chatgpt.com에서 응답하는 데 시간이 너무 오래 걸립니다."), // Chromium ko SUMMARY_TIMED_OUT
    r("연결이 재설정되었습니다", Ko, Connection, Specific, "text_connection_reset", "연결이 재설정되었습니다."), // Chromium ko SUMMARY_CONNECTION_RESET
    r("연결이 예기치 않게 종료되었습니다", Ko, Connection, Specific, "text_connection_reset", "chatgpt.com와(과)의 연결이 예기치 않게 종료되었습니다."), // Chromium ko SUMMARY_CONNECTION_CLOSED
    r("에 연결할 수 없습니다", Ko, Connection, Specific, "text_unreachable", "현재 chatgpt.com에 연결할 수 없습니다."), // Chromium ko SUMMARY_CONNECTION_FAILED
    r("네트워크 변경이 감지되었습니다", Ko, Connection, Specific, "text_unable_to_connect", "네트워크 변경이 감지되었습니다."), // Chromium ko SUMMARY_NETWORK_CHANGED
    r("연결이 끊김", Ko, Connection, Specific, "text_connection_reset", "연결이 끊김"), // Chromium ko HEADING_CONNECTION_INTERRUPTED
    r("연결을 거부했습니다", Ko, Connection, Specific, "text_connection_refused", "chatgpt.com에서 연결을 거부했습니다."), // Chromium ko SUMMARY_CONNECTION_REFUSED
    r("서버 IP 주소를 찾을 수 없습니다", Ko, Dns, Specific, "text_dns", "chatgpt.com의 서버 IP 주소를 찾을 수 없습니다."), // Chromium ko SUMMARY_NAME_NOT_RESOLVED
    r("DNS 주소를 찾을 수 없습니다", Ko, Dns, Specific, "text_dns", "chatgpt.com의 DNS 주소를 찾을 수 없습니다. 문제를 진단하는 중입니다."), // Chromium ko SUMMARY_DNS_PROBE_RUNNING
    r("인터넷 연결 없음", Ko, Offline, Specific, "text_no_internet", "인터넷 연결 없음"), // Chromium ko HEADING_INTERNET_DISCONNECTED
    r("오프라인 상태입니다", Ko, Offline, Specific, "text_no_internet", "오프라인 상태입니다"), // Chromium ko HEADING_YOU_ARE_OFFLINE
    r("프록시 서버에 문제가 발생했거나 주소가 잘못되었습니다", Ko, Proxy, Specific, "text_proxy", "프록시 서버에 문제가 발생했거나 주소가 잘못되었습니다."), // Chromium ko SUMMARY_PROXY_CONNECTION_FAILED
    r("확장 프로그램에서 차단한 페이지입니다", Ko, BlockedLocally, Specific, "text_blocked_by_extension", "확장 프로그램에서 차단한 페이지입니다."), // Chromium ko SUMMARY_BLOCKED_BY_EXTENSION
    r("조직에서 이 사이트를 보도록 허용하지 않습니다", Ko, BlockedLocally, Specific, "text_blocked_by_admin", "조직에서 이 사이트를 보도록 허용하지 않습니다."), // Chromium ko SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("인터넷 액세스가 차단됨", Ko, BlockedLocally, Specific, "text_firewall", "인터넷 액세스가 차단됨"), // Chromium ko HEADING_NETWORK_ACCESS_DENIED
    r("연결을 차단했을 수 있습니다", Ko, BlockedLocally, Specific, "text_firewall", "방화벽이나 바이러스 백신 소프트웨어가 연결을 차단했을 수 있습니다."), // Chromium ko SUMMARY_NETWORK_ACCESS_DENIED
    r("리디렉션한 횟수가 너무 많습니다", Ko, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com에서 리디렉션한 횟수가 너무 많습니다."), // Chromium ko SUMMARY_TOO_MANY_REDIRECTS
    r("페이지가 작동하지 않습니다", Ko, ServerError, Generic, "text_server_error", "페이지가 작동하지 않습니다."), // Chromium ko HEADING_PAGE_NOT_WORKING
    r("요청을 처리할 수 없습니다", Ko, ServerError, Generic, "text_server_error", "현재 chatgpt.com에서 요청을 처리할 수 없습니다."), // Chromium ko SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("전송한 데이터가 없습니다", Ko, Connection, Specific, "text_connection_reset", "chatgpt.com에서 전송한 데이터가 없습니다."), // Chromium ko SUMMARY_EMPTY_RESPONSE
    r("사이트에 보안 연결할 수 없음", Ko, Tls, Specific, "text_not_private", "사이트에 보안 연결할 수 없음"), // Chromium ko HEADING_INSECURE_CONNECTION
    r("연결이 비공개로 설정되어 있지 않습니다", Ko, Tls, Specific, "text_not_private", "연결이 비공개로 설정되어 있지 않습니다."), // Chromium ko SSL_V2_HEADING
    r("시간이 너무 먼 미래로 설정되어 있습니다", Ko, Tls, Specific, "text_clock", "시간이 너무 먼 미래로 설정되어 있습니다."), // Chromium ko CLOCK_ERROR_AHEAD_HEADING
    r("시간이 너무 먼 과거로 설정되어 있습니다", Ko, Tls, Specific, "text_clock", "시간이 너무 먼 과거로 설정되어 있습니다."), // Chromium ko CLOCK_ERROR_BEHIND_HEADING
    r("인터넷 연결 확인", Ko, Connection, Generic, "text_check_connection", "인터넷 연결 확인"), // Chromium ko SUGGESTION_CHECK_CONNECTION_HEADER
    r("문제가 발생했습니다", Ko, ServerError, Generic, "text_something_went_wrong", "문제가 발생했습니다. 다시 시도해 주세요."), // app wording
    r("오류가 발생했습니다", Ko, ServerError, Generic, "text_error_occurred", "오류가 발생했습니다."), // app wording
    r("네트워크 오류", Ko, Connection, Generic, "text_network_error", "네트워크 오류"), // app wording
    r("요청이 너무 많습니다", Ko, RateLimited, Specific, "text_too_many_requests", "요청이 너무 많습니다. 나중에 다시 시도하세요."), // app wording
    r("사용 한도", Ko, RateLimited, Specific, "text_usage_limit", "사용 한도에 도달했습니다."), // app wording
    r("세션이 만료", Ko, Auth, Specific, "text_session_expired", "세션이 만료되었습니다. 다시 로그인하세요."), // app wording
    r("너무 깁니다", Ko, TooLarge, Specific, "text_too_long", "메시지가 너무 깁니다."), // app wording
    r("과부하", Ko, Overloaded, Specific, "text_overloaded", "서버 과부하 상태입니다."), // app wording
    r("사람인지 확인", Ko, Blocked, Specific, "text_challenge", "사람인지 확인하십시오"), // app wording
    r("점검 중", Ko, Outage, Specific, "text_maintenance", "서비스 점검 중입니다."), // app wording
    r("내부 서버 오류", Ko, ServerError, Specific, "text_internal_server_error", "500 내부 서버 오류"), // app wording
    r("시간이 초과", Ko, Timeout, Generic, "text_timeout", "요청 시간이 초과되었습니다."), // app wording
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/ko-KR/error.json
    r("요청이 너무 많아", Ko, RateLimited, Specific, "text_too_many_requests", "죄송합니다. 요청이 너무 많아 서버가 조금 피곤한 상태입니다. 잠시 후에 다시 시도해 주세요"), // lobehub/lobe-chat locales/ko-KR/error.json response.429
    r("서버에 문제가 발생", Ko, ServerError, Generic, "text_server_error", "죄송합니다. 서버에 문제가 발생하여 요청을 완료할 수 없습니다. 잠시 후에 다시 시도해주세요."), // lobehub/lobe-chat locales/ko-KR/error.json response.500
    r("서비스를 제공할 수 없는", Ko, ServerError, Generic, "text_server_error", "죄송합니다. 서버가 잠시 서비스를 제공할 수 없는 상태입니다. 잠시 후에 다시 시도해주세요."), // lobehub/lobe-chat locales/ko-KR/error.json response.502
    r("상위 서버의 응답", Ko, Timeout, Specific, "text_gateway_timeout", "죄송합니다. 서버가 상위 서버의 응답을 기다리지 못했습니다. 잠시 후에 다시 시도해주세요."), // lobehub/lobe-chat locales/ko-KR/error.json response.504
    r("데이터 양이 너무 많아", Ko, TooLarge, Specific, "text_too_large", "죄송합니다. 요청 데이터 양이 너무 많아 서버가 처리할 수 없습니다"), // lobehub/lobe-chat locales/ko-KR/error.json response.413
    r("유효한 인증 정보", Ko, Auth, Specific, "text_unauthorized", "죄송합니다. 서버가 요청을 거부했습니다. 권한이 부족하거나 유효한 인증 정보를 제공하지 않았을 수 있습니다."), // lobehub/lobe-chat locales/ko-KR/error.json response.401
    // The same messages as LobeHub words them now: lobehub/lobehub locales/ko-KR/error.json
    r("요청이 너무 빈번", Ko, RateLimited, Specific, "text_too_many_requests", "요청이 너무 빈번합니다. 잠시 후 다시 시도하세요"), // lobehub/lobehub locales/ko-KR/error.json response.429
    r("대기 시간이 너무 깁니다", Ko, Timeout, Specific, "text_gateway_timeout", "상위 서비스의 응답 대기 시간이 너무 깁니다. 잠시 후 다시 시도하세요"), // lobehub/lobehub locales/ko-KR/error.json response.504
    r("너무 큽니다", Ko, TooLarge, Specific, "text_too_large", "요청 본문이 너무 큽니다. 내용을 줄인 후 다시 시도하세요"), // lobehub/lobehub locales/ko-KR/error.json response.413
    r("인증되지 않았", Ko, Auth, Specific, "text_unauthorized", "인증되지 않았거나 권한이 부족합니다. 로그인하거나 인증 정보를 업데이트한 후 다시 시도하세요"), // lobehub/lobehub locales/ko-KR/error.json response.401
    r("할당량", Ko, RateLimited, Specific, "text_quota", "토큰 사용량 또는 요청 횟수가 할당량 상한에 도달했습니다. 할당량을 늘리거나 잠시 후 다시 시도하세요"), // lobehub/lobehub locales/ko-KR/error.json response.QuotaLimitReached
    r("컨텍스트 길이", Ko, TooLarge, Specific, "text_context_length", "컨텍스트 길이가 모델의 제한을 초과했습니다. 내용량을 줄인 후 다시 시도하세요"), // lobehub/lobehub locales/ko-KR/error.json response.ExceededContextWindow
    r("로그인이 필요합니다", Ko, Auth, Specific, "text_sign_in", "로그인이 필요합니다"), // lobehub/lobehub locales/ko-KR/error.json loginRequired.title
    r("요청이 중단되었습니다", Ko, StreamInterrupted, Specific, "text_stream_interrupted", "요청이 중단되었습니다(작업을 취소했거나 네트워크가 불안정). 네트워크를 확인한 후 다시 시도하세요"), // lobehub/lobehub locales/ko-KR/error.json response.499
];
