//! Error bodies. JSON bodies (`{"error":{"type":…,"code":…,"message":…}}`, `{"detail":…}`,
//! `{"error_type":…}`, Cloudflare's problem+json `{"title":"Error 522: …","status":522}`) and
//! HTML pages (Cloudflare's "Error code 524", "Error 1020", `<title>`) are read by the same single
//! pass as the text (`scan`), which is robust to JSON embedded after a prefix ("HTTP 503 - {…}")
//! or truncated, and to markup between words:
//! - message fields (`detail`, `error.message`, `title`, `cf_details` …) are text: the text
//!   patterns read them;
//! - numeric `status`/`code` fields and `<title>` numbers are found by the status anchors;
//! - the identifier values of `error.type`, `error.code`, `error_type` are matched as whole tokens
//!   against the table below. They are Structured: an API that says `overloaded_error` means it.
use super::Strength::{self, *};
use crate::diagnosis::Cause::{self, *};

pub struct CodeRow {
    /// The identifier as the API spells it (matched case-insensitively, as a whole token).
    pub code: &'static str,
    pub cause: Cause,
    pub strength: Strength,
    pub why: &'static str,
    /// Where the identifier is documented or seen.
    pub source: &'static str,
}

macro_rules! codes {
    ($($code:literal $cause:ident $s:ident $why:literal $src:literal;)*) => {
        pub static CODES: &[CodeRow] = &[
            $(CodeRow { code: $code, cause: $cause, strength: $s, why: $why, source: $src },)*
        ];
    };
}

codes! {
    "overloaded_error" Overloaded Structured "api_overloaded" "Anthropic API errors (529)";
    "model_overloaded" Overloaded Structured "api_overloaded" "OpenAI-compatible APIs";
    "server_overloaded" Overloaded Structured "api_overloaded" "OpenAI-compatible APIs";
    "engine_overloaded" Overloaded Structured "api_overloaded" "OpenAI legacy engines";
    "resource_exhausted" RateLimited Structured "api_rate_limit" "Google APIs (429)";
    "rate_limit_error" RateLimited Structured "api_rate_limit" "Anthropic API errors (429)";
    "rate_limit_exceeded" RateLimited Structured "api_rate_limit" "OpenAI API errors (429)";
    "rate_limited" RateLimited Structured "api_rate_limit" "various";
    "too_many_requests" RateLimited Structured "api_rate_limit" "various";
    "insufficient_quota" RateLimited Structured "api_quota" "OpenAI API errors (429)";
    "quota_exceeded" RateLimited Structured "api_quota" "various";
    "usage_limit_exceeded" RateLimited Structured "api_quota" "various";
    "authentication_error" Auth Structured "api_auth" "Anthropic API errors (401)";
    "invalid_api_key" Auth Structured "api_auth" "OpenAI API errors (401)";
    "token_expired" Auth Structured "api_auth" "ChatGPT backend";
    "invalid_token" Auth Structured "api_auth" "OAuth";
    "unauthenticated" Auth Structured "api_auth" "Google APIs (401)";
    "permission_error" Blocked Specific "api_permission" "Anthropic API errors (403)";
    "permission_denied" Blocked Specific "api_permission" "Google APIs (403)";
    "unsupported_country_region_territory" Blocked Structured "api_region" "OpenAI (403)";
    "unsupported_country" Blocked Structured "api_region" "OpenAI (403)";
    "request_too_large" TooLarge Structured "api_too_large" "Anthropic API errors (413)";
    "context_length_exceeded" TooLarge Structured "api_context_length" "OpenAI API errors (400)";
    "string_above_max_length" TooLarge Structured "api_too_large" "OpenAI API errors (400)";
    "message_length_exceeds_limit" TooLarge Structured "api_too_large" "claude.ai";
    "max_tokens_exceeded" TooLarge Structured "api_context_length" "various";
    "model_max_prompt_tokens_exceeded" TooLarge Structured "api_context_length" "GitHub Copilot (400)";
    "conversation_not_found" StaleClient Structured "api_conversation_not_found" "chat backends (404)";
    "not_found_error" StaleClient Generic "api_not_found" "Anthropic API errors (404)";
    // A model name the API does not know: a setting of the tool that sent it, not this browser.
    "model_not_found" Unknown Structured "api_model_not_found" "OpenAI API errors (404)";
    "api_error" ServerError Generic "api_server_error" "Anthropic API errors (500)";
    "server_error" ServerError Generic "api_server_error" "OpenAI API errors (500)";
    "internal_error" ServerError Generic "api_server_error" "various";
    "internal_server_error" ServerError Generic "api_server_error" "various";
    "timeout_error" Timeout Structured "api_timeout" "various";
    "user_request_timeout" Timeout Structured "api_timeout" "GitHub Copilot (408)";
    "request_timeout" Timeout Structured "api_timeout" "various";
    "deadline_exceeded" Timeout Structured "api_timeout" "Google APIs (504)";
    "unavailable" Overloaded Generic "api_unavailable" "Google APIs (503)";
    "service_unavailable" Overloaded Specific "api_unavailable" "various";
}

/// A code found in a body.
pub fn lookup(code: &str) -> Option<&'static CodeRow> {
    CODES.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_identifiers() {
        let mut seen = std::collections::HashSet::new();
        for r in CODES {
            assert!(seen.insert(r.code), "{}", r.code);
            assert!(
                r.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{}",
                r.code
            );
            assert!(r.why.starts_with("api_"));
            assert_eq!(lookup(&r.code.to_uppercase()).unwrap().code, r.code);
        }
    }
}
