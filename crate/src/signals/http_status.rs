//! HTTP status codes (and Cloudflare's 1xxx error numbers) → causes; finding status numbers in
//! text, anchored on words like "error", "HTTP", "status" so that request ids, Ray ids, UUIDs and
//! hex never count.
use super::{boundary, Signal, Strength};
use crate::diagnosis::Cause;
use Cause::*;
use Strength::*;

pub struct StatusRow {
    pub code: u16,
    pub cause: Cause,
    pub strength: Strength,
    /// The reason phrase (not in the wasm build: no code reads it, and there it would only be
    /// data).
    #[cfg(not(target_arch = "wasm32"))]
    pub reason: &'static str,
    pub why: &'static str,
}

macro_rules! statuses {
    ($($code:literal $cause:ident $s:ident $reason:literal;)*) => {
        pub static STATUSES: &[StatusRow] = &[
            $(StatusRow { code: $code, cause: $cause, strength: $s,
                          #[cfg(not(target_arch = "wasm32"))]
                          reason: $reason,
                          why: concat!("http_status_", $code) },)*
        ];
    };
}

// Sources: RFC 9110 §15, RFC 6585 (429, 431, 511), nginx (494), Cloudflare's 5xx docs (520–530),
// Anthropic (529 overloaded_error). Strength: a code that names one cause is Structured; codes
// that many causes share (400, 403, 404, 500, 503) are Specific so that specific text can win.
// 400 and 422 say the service refused this request as malformed: no cause of ours, but not the
// service failing either, so generic failure words ("API Error") do not make it `server_error`.
statuses! {
    400 Unknown Specific "Bad Request";
    401 Auth Structured "Unauthorized";
    402 RateLimited Specific "Payment Required (credits or paid usage ran out)";
    403 Blocked Specific "Forbidden";
    404 StaleClient Generic "Not Found";
    407 Proxy Structured "Proxy Authentication Required";
    408 Timeout Structured "Request Timeout";
    410 StaleClient Generic "Gone";
    413 TooLarge Structured "Content Too Large";
    414 StaleClient Specific "URI Too Long";
    419 Auth Specific "Page Expired (Laravel: session/CSRF token expired)";
    422 Unknown Specific "Unprocessable Content";
    429 RateLimited Structured "Too Many Requests";
    431 StaleClient Structured "Request Header Fields Too Large";
    440 Auth Specific "Login Time-out (IIS)";
    451 Blocked Structured "Unavailable For Legal Reasons";
    494 StaleClient Structured "Request Header Too Large (nginx)";
    499 Connection Generic "Client Closed Request (nginx: the client gave up waiting)";
    500 ServerError Specific "Internal Server Error";
    501 ServerError Generic "Not Implemented";
    502 BadGateway Structured "Bad Gateway";
    503 Overloaded Specific "Service Unavailable";
    504 Timeout Structured "Gateway Timeout";
    505 ServerError Generic "HTTP Version Not Supported";
    507 ServerError Generic "Insufficient Storage";
    508 ServerError Generic "Loop Detected";
    511 Connection Specific "Network Authentication Required (captive portal)";
    520 BadGateway Structured "Cloudflare: web server returned an unknown error";
    521 BadGateway Structured "Cloudflare: web server is down";
    522 BadGateway Structured "Cloudflare: connection timed out";
    523 BadGateway Structured "Cloudflare: origin is unreachable";
    524 Timeout Structured "Cloudflare: a timeout occurred";
    525 BadGateway Structured "Cloudflare: SSL handshake failed";
    526 BadGateway Structured "Cloudflare: invalid SSL certificate";
    527 BadGateway Structured "Cloudflare: Railgun error";
    529 Overloaded Structured "Site is overloaded (Anthropic overloaded_error)";
    530 BadGateway Specific "Cloudflare: origin DNS error (1xxx)";
    598 Timeout Specific "Network read timeout (proxies)";
    599 Timeout Specific "Network connect timeout (proxies)";
}

macro_rules! cf_errors {
    ($($code:literal $cause:ident;)*) => {
        pub static CLOUDFLARE: &[StatusRow] = &[
            $(StatusRow { code: $code, cause: $cause, strength: Structured,
                          #[cfg(not(target_arch = "wasm32"))]
                          reason: "",
                          why: concat!("cloudflare_error_", $code) },)*
        ];
    };
}

// Cloudflare 1xxx errors (developers.cloudflare.com/support/troubleshooting/cloudflare-errors/).
cf_errors! {
    1000 BadGateway; // DNS points to a prohibited IP
    1001 BadGateway; // DNS resolution error
    1002 BadGateway;
    1003 Blocked; // direct IP access not allowed
    1004 BadGateway;
    1005 Blocked; // ASN banned
    1006 Blocked; // IP banned
    1007 Blocked;
    1008 Blocked;
    1009 Blocked; // country or region banned
    1010 Blocked; // browser signature banned
    1011 Blocked; // hotlinking denied
    1012 Blocked; // access denied
    1013 BadGateway;
    1014 BadGateway;
    1015 RateLimited; // you are being rate limited
    1016 BadGateway; // origin DNS error
    1018 BadGateway;
    1020 Blocked; // access denied by a firewall rule
    1033 BadGateway; // tunnel error
    1101 ServerError; // worker threw an exception
    1102 ServerError; // worker exceeded resource limits
    1104 BadGateway;
    1200 Overloaded; // cache connection limit
}

pub fn lookup(code: u16) -> Option<&'static StatusRow> {
    STATUSES.iter().find(|r| r.code == code)
}

pub fn cloudflare(code: u16) -> Option<&'static StatusRow> {
    CLOUDFLARE.iter().find(|r| r.code == code)
}

/// The signal of an HTTP status from a structured field or from text.
pub fn signal(code: u16) -> Option<Signal> {
    if let Some(r) = lookup(code) {
        return Some(Signal::new(r.cause, r.strength, r.why));
    }
    if let Some(r) = cloudflare(code) {
        return Some(Signal::new(r.cause, r.strength, r.why));
    }
    // Any other 5xx is still the service failing.
    (500..600)
        .contains(&code)
        .then(|| Signal::new(ServerError, Generic, format!("http_status_{code}")))
}

/// How a text anchor relates to the number it announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The number follows: "error 502", "HTTP/1.1 503", "status code: 429", "access denied 1020".
    Before,
    /// The number precedes: "due to 401 status".
    After,
}

/// Words that announce a status number in text. Matched ASCII-case-insensitively.
pub static ANCHORS: &[(&str, Anchor)] = &[
    ("error", Anchor::Before),
    ("http", Anchor::Before),
    ("status", Anchor::Before),
    ("code", Anchor::Before),
    ("failed:", Anchor::Before),
    ("failed with", Anchor::Before),
    ("denied", Anchor::Before),
    ("rejected", Anchor::Before),
    ("returned", Anchor::Before),
    ("responded with", Anchor::Before),
    ("<title>", Anchor::Before),
    ("エラー", Anchor::Before),
    ("错误代码", Anchor::Before),
    ("錯誤代碼", Anchor::Before),
    ("错误码", Anchor::Before),
    ("报错", Anchor::Before),
    ("状态码", Anchor::Before),
    ("狀態碼", Anchor::Before),
    ("status", Anchor::After),
    ("response", Anchor::After),
];

fn skip_separators(b: &[u8], mut i: usize) -> usize {
    let start = i;
    while i < b.len() && i - start < 8 {
        if matches!(
            b[i],
            b' ' | b':' | b'=' | b'-' | b'"' | b'\'' | b'#' | b'(' | b'[' | b'\t' | b'|' | b'>'
        ) {
            i += 1;
        } else if b[i..].starts_with("：".as_bytes()) || b[i..].starts_with("（".as_bytes()) {
            // Full-width colon and parenthesis: 「错误代码：502」「エラー（502）」
            i += 3;
        } else {
            break;
        }
    }
    i
}

/// Reads a 3- or 4-digit number at `i` that is a whole token (not part of an id).
fn number_at(b: &[u8], i: usize) -> Option<(u16, usize)> {
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() && j - i < 5 {
        j += 1;
    }
    let len = j - i;
    if !(3..=4).contains(&len)
        || !boundary(b, Some(j))
        || b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    if i > 0 && !boundary(b, Some(i - 1)) {
        return None;
    }
    // A negative number ("Code=-1005", "error: -105") is an OS or network error code, not a
    // status; a dash inside a word ("HTTP-502") is not a sign.
    if i > 0 && b[i - 1] == b'-' && (i < 2 || !b[i - 2].is_ascii_alphanumeric()) {
        return None;
    }
    let n = std::str::from_utf8(&b[i..j]).ok()?.parse().ok()?;
    Some((n, j))
}

fn known(n: u16) -> bool {
    (400..600).contains(&n) || cloudflare(n).is_some()
}

/// The status number announced by an anchor that ends at `end` (Before) or starts at `start` (After).
pub fn number_near(b: &[u8], start: usize, end: usize, anchor: Anchor) -> Option<u16> {
    match anchor {
        Anchor::Before => {
            let mut i = skip_separators(b, end);
            // "HTTP/1.1 503", "HTTP/2 502"
            if b.get(i) == Some(&b'/') {
                i += 1;
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') && i - end < 6 {
                    i += 1;
                }
                i = skip_separators(b, i);
            }
            // "error code 524", "status code: 429"
            if b.len() >= i + 4 && b[i..i + 4].eq_ignore_ascii_case(b"code") {
                i = skip_separators(b, i + 4);
            }
            number_at(b, i).map(|(n, _)| n).filter(|n| known(*n))
        }
        Anchor::After => {
            let mut j = start;
            while j > 0 && b[j - 1] == b' ' && start - j < 3 {
                j -= 1;
            }
            let mut i = j;
            while i > 0 && b[i - 1].is_ascii_digit() && j - i < 5 {
                i -= 1;
            }
            if i == j {
                return None;
            }
            number_at(b, i)
                .filter(|(_, e)| *e == j)
                .map(|(n, _)| n)
                .filter(|n| (400..600).contains(n))
        }
    }
}

/// A status at the very start of a text: "403{...}", "502 Bad Gateway".
pub fn leading_number(b: &[u8]) -> Option<u16> {
    let i = b.iter().position(|c| !c.is_ascii_whitespace())?;
    number_at(b, i)
        .map(|(n, _)| n)
        .filter(|n| (400..600).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_a_status_with_its_why() {
        let mut seen = std::collections::HashSet::new();
        for r in STATUSES {
            assert!((400..600).contains(&r.code), "{}", r.code);
            assert!(seen.insert(r.code), "duplicate {}", r.code);
            assert_eq!(r.why, format!("http_status_{}", r.code));
            assert_eq!(signal(r.code).unwrap().cause, r.cause);
        }
        for r in CLOUDFLARE {
            assert!((1000..2000).contains(&r.code));
            assert!(seen.insert(r.code));
            assert_eq!(r.why, format!("cloudflare_error_{}", r.code));
        }
        for code in 100..1000u16 {
            if let Some(s) = signal(code) {
                assert!(code >= 400, "{code}");
                assert!(s.why.ends_with(&code.to_string()));
            }
        }
    }

    #[test]
    fn numbers_near_anchors() {
        let f = |t: &str, a: &str, anchor| {
            let p = t.to_ascii_lowercase().find(a).unwrap();
            number_near(t.as_bytes(), p, p + a.len(), anchor)
        };
        assert_eq!(f("Server error: 502", "error", Anchor::Before), Some(502));
        assert_eq!(f("HTTP/1.1 503 Service", "http", Anchor::Before), Some(503));
        assert_eq!(f("HTTP 503 - {", "http", Anchor::Before), Some(503));
        assert_eq!(f("Error code 524", "error", Anchor::Before), Some(524));
        assert_eq!(f("错误代码：502", "错误代码", Anchor::Before), Some(502));
        assert_eq!(
            f("サーバーエラー（503）", "エラー", Anchor::Before),
            Some(503)
        );
        assert_eq!(
            f("access denied 1020", "denied", Anchor::Before),
            Some(1020)
        );
        assert_eq!(f("due to 401 status", "status", Anchor::After), Some(401));
        assert_eq!(f("error 502abc", "error", Anchor::Before), None);
        assert_eq!(f("error 5020", "error", Anchor::Before), None);
        assert_eq!(f("error 200", "error", Anchor::Before), None);
        assert_eq!(f("error 502.5", "error", Anchor::Before), None);
        assert_eq!(leading_number(b"403{\"error\""), Some(403));
        assert_eq!(leading_number(b"4031-abc"), None);
    }
}
