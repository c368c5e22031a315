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
    /// Where the identifier is documented or seen. (Not in the wasm build: no code reads it, and
    /// there it would only be data.)
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
}

macro_rules! codes {
    ($($code:literal $cause:ident $s:ident $why:literal $src:literal;)*) => {
        pub static CODES: &[CodeRow] = &[
            $(CodeRow { code: $code, cause: $cause, strength: $s, why: $why,
                        #[cfg(not(target_arch = "wasm32"))]
                        source: $src },)*
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

/// Most frames looked at in one body: a batchexecute response holds a few (the answer, "di",
/// "af.httprm", "e"); an error body is short. More would only be someone else's data.
const MAX_FRAMES: usize = 64;

/// The error number of a Google batchexecute response (Gemini's `StreamGenerate` and
/// `batchexecute` RPCs), or `None` when the body is not one or carries no error.
///
/// The format, as Gemini serves it: an anti-XSSI prefix `)]}'`, then JSON arrays, each on its
/// own line (chunked responses put a byte count on the line before each). An RPC that failed
/// is a frame `["er", null, null, null, null, [8]]`, or a `["wrb.fr", …]` frame with no payload
/// and the same `[code]` at index 5 (seen in HanaokaYuzu/Gemini-API's response parser,
/// 2025-11, and in gemini.google.com's own "Something went wrong (8)"). The number is a gRPC
/// status code (8 = RESOURCE_EXHAUSTED), the same as Gemini's numbered errors on the page, so
/// `text::gemini` gives its cause.
pub fn batchexecute_code(body: &str) -> Option<u16> {
    // A small reader of its own rather than serde_json's deserializer, which would add ~10 KB
    // gzipped to the wasm for these few frames (the core reads JS values through `wasm.rs`).
    let rest = body.trim_start().strip_prefix(")]}'")?.as_bytes();
    let mut from = 0;
    for _ in 0..MAX_FRAMES {
        let at = from + rest[from..].windows(2).position(|w| w == b"[\"")?;
        from = at + 2;
        let items = elements(&rest[at..], 6);
        let failed = match items.first().copied() {
            Some(b"\"er\"") => true,
            Some(b"\"wrb.fr\"") => items.get(2).is_none_or(|p| *p == b"null"),
            _ => false,
        };
        if !failed {
            continue;
        }
        // `[code]` or `[code, …]` at index 5.
        let code = items.get(5).and_then(|c| c.strip_prefix(b"["))?;
        let digits = code.iter().take_while(|b| b.is_ascii_digit()).count();
        let after = code.get(digits).copied();
        if digits == 0 || digits > 2 || !matches!(after, Some(b']' | b',')) {
            continue;
        }
        let n = code[..digits]
            .iter()
            .fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
        if (1..=16).contains(&n) {
            return Some(n);
        }
    }
    None
}

/// The first `max` top-level elements of the JSON array at the start of `b` (trimmed byte
/// slices; strings with escapes and nested arrays skipped whole). An unfinished array gives
/// the elements that did finish.
fn elements(b: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::with_capacity(max);
    let (mut depth, mut in_str, mut esc, mut start) = (0usize, false, false, 1usize);
    for (i, &c) in b.iter().enumerate() {
        if in_str {
            match c {
                _ if esc => esc = false,
                b'\\' => esc = true,
                b'"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'[' | b'{' => depth += 1,
            b']' | b'}' | b',' if depth == 1 => {
                out.push(b[start..i].trim_ascii());
                if c != b',' || out.len() == max {
                    return out;
                }
                start = i + 1;
            }
            b']' | b'}' => depth -= 1,
            _ => {}
        }
    }
    out
}

/// A code found in a body.
pub fn lookup(code: &str) -> Option<&'static CodeRow> {
    CODES.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batchexecute_errors_give_their_grpc_code() {
        let body = ")]}'\n[[\"er\",null,null,null,null,[8]]]";
        assert_eq!(batchexecute_code(body), Some(8));
        // Chunked: byte counts between the frames; the failed RPC among others.
        let chunked = ")]}'\n\n57\n[[\"wrb.fr\",\"Xyz\",null,null,null,[14],\"generic\"],[\"di\",12]]\n25\n[[\"e\",4,null,null,140]]\n";
        assert_eq!(batchexecute_code(chunked), Some(14));
        // A frame that carries an answer is no error, whatever follows it.
        let ok = ")]}'\n[[\"wrb.fr\",null,\"[[\\\"answer\\\"]]\",null,null,[8]]]";
        assert_eq!(batchexecute_code(ok), None);
        for not_one in [
            "[[\"er\",null,null,null,null,[8]]]", // no prefix: not a batchexecute body
            ")]}'\n[[\"er\",null,null,null,null,[99]]]", // not a gRPC code
            ")]}'\n[[\"er\",null,null,null,null,8]]",
            ")]}'\n[[\"er\"",
            ")]}'",
            "{\"detail\":\"Too many requests\"}",
        ] {
            assert_eq!(batchexecute_code(not_one), None, "{not_one}");
        }
    }

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
