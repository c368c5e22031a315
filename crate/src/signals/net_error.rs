//! Chromium network errors (net/base/net_error_list.h): number, name, the group of Chrome's own
//! error page (components/error_page), and the cause. Accepted as `net::ERR_X`, `ERR_X`, `X` or `-N`,
//! and as the name Firefox's webRequest gives the same failure (`NS_ERROR_UNKNOWN_HOST`: see
//! [`FIREFOX_ERRORS`]).
use super::{Signal, Strength};
use crate::diagnosis::Cause;
use Cause::*;

/// The heading Chrome's error page shows for the error (shared/design/anchors.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// "This site can't be reached"
    Unreachable,
    /// "No internet"
    NoInternet,
    /// "Your Internet access is blocked"
    AccessBlocked,
    /// "Your connection was interrupted"
    Interrupted,
    /// "This page isn't working"
    NotWorking,
    /// "This site can't provide a secure connection"
    InsecureConnection,
    /// "<host> is blocked"
    BlockedBy,
    /// The certificate interstitial
    Certificate,
    /// A generic page with no suggestion
    Other,
}

pub struct NetErrorRow {
    /// The error number without its minus sign.
    pub number: u16,
    /// The name without `ERR_`.
    pub name: &'static str,
    pub group: Group,
    pub cause: Cause,
    /// Generic errors (FAILED, ABORTED) say little on their own.
    pub strength: Strength,
}

macro_rules! net_errors {
    ($($n:literal $name:ident $group:ident $cause:ident $($s:ident)?;)*) => {
        pub static NET_ERRORS: &[NetErrorRow] = &[
            $(NetErrorRow { number: $n, name: stringify!($name), group: Group::$group,
                            cause: $cause, strength: net_errors!(@s $($s)?) },)*
        ];
    };
    (@s) => { Strength::Structured };
    (@s $s:ident) => { Strength::$s };
}

// Numbers and names: net/base/net_error_list.h; groups: components/error_page (see anchors.md).
net_errors! {
    2 FAILED Other Connection Generic;
    3 ABORTED Other Connection Generic;
    7 TIMED_OUT Unreachable Connection;
    20 BLOCKED_BY_CLIENT BlockedBy BlockedLocally;
    21 NETWORK_CHANGED Interrupted Connection;
    22 BLOCKED_BY_ADMINISTRATOR BlockedBy BlockedLocally;
    27 BLOCKED_BY_RESPONSE BlockedBy ServerError Generic;
    30 BLOCKED_BY_CSP BlockedBy BlockedLocally Generic;
    100 CONNECTION_CLOSED Unreachable Connection;
    101 CONNECTION_RESET Unreachable Connection;
    102 CONNECTION_REFUSED Unreachable Connection;
    103 CONNECTION_ABORTED Other Connection;
    104 CONNECTION_FAILED Unreachable Connection;
    105 NAME_NOT_RESOLVED Unreachable Dns;
    106 INTERNET_DISCONNECTED NoInternet Offline;
    107 SSL_PROTOCOL_ERROR InsecureConnection Tls;
    108 ADDRESS_INVALID Unreachable Connection;
    109 ADDRESS_UNREACHABLE Unreachable Connection;
    110 SSL_CLIENT_AUTH_CERT_NEEDED InsecureConnection Tls;
    111 TUNNEL_CONNECTION_FAILED Other Proxy;
    112 NO_SSL_VERSIONS_ENABLED InsecureConnection Tls;
    113 SSL_VERSION_OR_CIPHER_MISMATCH InsecureConnection Tls;
    114 SSL_RENEGOTIATION_REQUESTED InsecureConnection Tls;
    115 PROXY_AUTH_UNSUPPORTED NoInternet Proxy;
    117 BAD_SSL_CLIENT_AUTH_CERT InsecureConnection Tls;
    118 CONNECTION_TIMED_OUT Unreachable Connection;
    119 HOST_RESOLVER_QUEUE_TOO_LARGE Unreachable Dns;
    120 SOCKS_CONNECTION_FAILED Other Proxy;
    121 SOCKS_CONNECTION_HOST_UNREACHABLE Other Proxy;
    122 ALPN_NEGOTIATION_FAILED InsecureConnection Tls;
    123 SSL_NO_RENEGOTIATION InsecureConnection Tls;
    126 SSL_BAD_RECORD_MAC_ALERT InsecureConnection Tls;
    127 PROXY_AUTH_REQUESTED NoInternet Proxy;
    130 PROXY_CONNECTION_FAILED NoInternet Proxy;
    131 MANDATORY_PROXY_CONFIGURATION_FAILED NoInternet Proxy;
    136 PROXY_CERTIFICATE_INVALID NoInternet Proxy;
    137 NAME_RESOLUTION_FAILED Unreachable Dns;
    138 NETWORK_ACCESS_DENIED AccessBlocked BlockedLocally;
    139 TEMPORARILY_THROTTLED BlockedBy BlockedLocally;
    145 WS_PROTOCOL_ERROR Other StreamInterrupted;
    148 SSL_HANDSHAKE_NOT_COMPLETED InsecureConnection Tls;
    149 SSL_BAD_PEER_PUBLIC_KEY InsecureConnection Tls;
    150 SSL_PINNED_KEY_NOT_IN_CERT_CHAIN Certificate Tls;
    153 SSL_DECRYPT_ERROR_ALERT InsecureConnection Tls;
    156 SSL_SERVER_CERT_CHANGED InsecureConnection Tls;
    159 SSL_UNRECOGNIZED_NAME_ALERT InsecureConnection Tls;
    180 TLS13_DOWNGRADE_DETECTED InsecureConnection Tls;
    186 PROXY_UNABLE_TO_CONNECT_TO_DESTINATION NoInternet Proxy;
    200 CERT_COMMON_NAME_INVALID Certificate Tls;
    201 CERT_DATE_INVALID Certificate Tls;
    202 CERT_AUTHORITY_INVALID Certificate Tls;
    203 CERT_CONTAINS_ERRORS Certificate Tls;
    204 CERT_NO_REVOCATION_MECHANISM Certificate Tls;
    205 CERT_UNABLE_TO_CHECK_REVOCATION Certificate Tls;
    206 CERT_REVOKED Certificate Tls;
    207 CERT_INVALID Certificate Tls;
    208 CERT_WEAK_SIGNATURE_ALGORITHM Certificate Tls;
    210 CERT_NON_UNIQUE_NAME Certificate Tls;
    211 CERT_WEAK_KEY Certificate Tls;
    212 CERT_NAME_CONSTRAINT_VIOLATION Certificate Tls;
    213 CERT_VALIDITY_TOO_LONG Certificate Tls;
    214 CERTIFICATE_TRANSPARENCY_REQUIRED Certificate Tls;
    217 CERT_KNOWN_INTERCEPTION_BLOCKED Certificate Tls;
    310 TOO_MANY_REDIRECTS NotWorking StaleClient;
    320 INVALID_RESPONSE NotWorking ServerError;
    321 INVALID_CHUNKED_ENCODING NotWorking StreamInterrupted;
    324 EMPTY_RESPONSE NotWorking Connection;
    325 RESPONSE_HEADERS_TOO_BIG NotWorking StaleClient;
    330 CONTENT_DECODING_FAILED NotWorking ServerError;
    331 NETWORK_IO_SUSPENDED Interrupted Connection;
    336 NO_SUPPORTED_PROXIES NoInternet Proxy;
    337 HTTP2_PROTOCOL_ERROR Other StreamInterrupted;
    338 INVALID_AUTH_CREDENTIALS Other Auth;
    341 MISSING_AUTH_CREDENTIALS Other Auth;
    351 HTTP2_SERVER_REFUSED_STREAM Other StreamInterrupted;
    352 HTTP2_PING_FAILED Other StreamInterrupted;
    354 CONTENT_LENGTH_MISMATCH NotWorking StreamInterrupted;
    355 INCOMPLETE_CHUNKED_ENCODING NotWorking StreamInterrupted;
    356 QUIC_PROTOCOL_ERROR Other StreamInterrupted;
    357 RESPONSE_HEADERS_TRUNCATED NotWorking StreamInterrupted;
    358 QUIC_HANDSHAKE_FAILED Other Connection;
    361 HTTP2_FLOW_CONTROL_ERROR Other StreamInterrupted;
    362 HTTP2_FRAME_SIZE_ERROR Other StreamInterrupted;
    363 HTTP2_COMPRESSION_ERROR Other StreamInterrupted;
    370 INVALID_HTTP_RESPONSE NotWorking ServerError;
    376 HTTP2_STREAM_CLOSED Other StreamInterrupted;
    379 HTTP_RESPONSE_CODE_FAILURE NotWorking ServerError Generic;
    400 CACHE_MISS Other StaleClient Generic;
    800 DNS_MALFORMED_RESPONSE Unreachable Dns;
    801 DNS_SERVER_REQUIRES_TCP Unreachable Dns;
    802 DNS_SERVER_FAILED Unreachable Dns;
    803 DNS_TIMED_OUT Unreachable Dns;
    804 DNS_CACHE_MISS Unreachable Dns;
    805 DNS_SEARCH_EMPTY Unreachable Dns;
    806 DNS_SORT_ERROR Unreachable Dns;
    808 DNS_SECURE_RESOLVER_HOSTNAME_RESOLUTION_FAILED Unreachable Dns;
    809 DNS_NAME_HTTPS_ONLY Unreachable Dns;
}

/// Firefox's network results (xpcom/base/ErrorList.py, the names its webRequest
/// `onErrorOccurred` reports as `error`) and the Chromium error that is the same failure. Only
/// results a page load can end with; the security (`SSL_ERROR_…`, `SEC_ERROR_…`) results are
/// not reported by name there.
#[rustfmt::skip]
pub static FIREFOX_ERRORS: &[(&str, &str)] = &[
    ("NS_BINDING_ABORTED", "ABORTED"),
    ("NS_ERROR_ABORT", "ABORTED"),
    ("NS_ERROR_UNKNOWN_HOST", "NAME_NOT_RESOLVED"),
    ("NS_ERROR_CONNECTION_REFUSED", "CONNECTION_REFUSED"),
    ("NS_ERROR_NET_RESET", "CONNECTION_RESET"),
    ("NS_ERROR_NET_INTERRUPT", "CONNECTION_CLOSED"),
    ("NS_ERROR_NET_TIMEOUT", "CONNECTION_TIMED_OUT"),
    ("NS_ERROR_NET_TIMEOUT_EXTERNAL", "TIMED_OUT"),
    ("NS_ERROR_NET_EMPTY_RESPONSE", "EMPTY_RESPONSE"),
    ("NS_ERROR_NET_PARTIAL_TRANSFER", "CONTENT_LENGTH_MISMATCH"),
    ("NS_ERROR_NET_HTTP2_SENT_GOAWAY", "HTTP2_PROTOCOL_ERROR"),
    ("NS_ERROR_NET_HTTP3_PROTOCOL_ERROR", "QUIC_PROTOCOL_ERROR"),
    ("NS_ERROR_OFFLINE", "INTERNET_DISCONNECTED"),
    ("NS_ERROR_PORT_ACCESS_NOT_ALLOWED", "NETWORK_ACCESS_DENIED"),
    ("NS_ERROR_UNKNOWN_PROXY_HOST", "PROXY_CONNECTION_FAILED"),
    ("NS_ERROR_PROXY_CONNECTION_REFUSED", "PROXY_CONNECTION_FAILED"),
    ("NS_ERROR_PROXY_AUTHENTICATION_FAILED", "PROXY_AUTH_REQUESTED"),
    ("NS_ERROR_PROXY_BAD_GATEWAY", "TUNNEL_CONNECTION_FAILED"),
    ("NS_ERROR_PROXY_GATEWAY_TIMEOUT", "TUNNEL_CONNECTION_FAILED"),
    ("NS_ERROR_PROXY_FORBIDDEN", "TUNNEL_CONNECTION_FAILED"),
    ("NS_ERROR_REDIRECT_LOOP", "TOO_MANY_REDIRECTS"),
    ("NS_ERROR_INVALID_CONTENT_ENCODING", "CONTENT_DECODING_FAILED"),
    ("NS_ERROR_DOCUMENT_NOT_CACHED", "CACHE_MISS"),
];

/// The Chromium row of a Firefox result name (`NS_ERROR_UNKNOWN_HOST`), case-insensitively.
pub fn by_firefox_name(name: &str) -> Option<&'static NetErrorRow> {
    let (_, chromium) = FIREFOX_ERRORS
        .iter()
        .find(|(ff, _)| ff.eq_ignore_ascii_case(name))?;
    by_name(chromium)
}

/// Errors that happen before any byte of a response: a stream cannot have been cut by them.
pub fn before_response(row: &NetErrorRow) -> bool {
    matches!(
        row.name,
        "CONNECTION_REFUSED"
            | "CONNECTION_FAILED"
            | "CONNECTION_TIMED_OUT"
            | "TIMED_OUT"
            | "ADDRESS_INVALID"
            | "ADDRESS_UNREACHABLE"
    )
}

pub fn by_number(n: u16) -> Option<&'static NetErrorRow> {
    NET_ERRORS.iter().find(|r| r.number == n)
}

pub fn by_name(name: &str) -> Option<&'static NetErrorRow> {
    NET_ERRORS
        .iter()
        .find(|r| r.name.eq_ignore_ascii_case(name))
}

/// Parses `net::ERR_X`, `ERR_X`, `X`, `-N` or Firefox's `NS_…` name (surrounding spaces and a
/// trailing `.` allowed).
pub fn parse(s: &str) -> Option<&'static NetErrorRow> {
    let s = s.trim().trim_end_matches('.');
    if s.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ns_")) {
        return by_firefox_name(s);
    }
    if let Some(n) = s.strip_prefix('-') {
        return by_number(n.parse().ok()?);
    }
    let strip = |s: &'_ str, p: &str| -> Option<usize> {
        s.get(..p.len())
            .filter(|h| h.eq_ignore_ascii_case(p))
            .map(|_| p.len())
    };
    let s = strip(s, "net::").map_or(s, |n| &s[n..]);
    let s = strip(s, "err_").map_or(s, |n| &s[n..]);
    by_name(s)
}

/// The why id of a row: `net_error_` + the lowercase name (written once for every row, not
/// formatted at each diagnosis).
pub fn why(row: &NetErrorRow) -> &'static str {
    static WHYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let whys = WHYS.get_or_init(|| {
        NET_ERRORS
            .iter()
            .map(|r| format!("net_error_{}", r.name.to_ascii_lowercase()))
            .collect()
    });
    // The row's index from its address (rows are only ever borrowed from the table).
    let i = (row as *const NetErrorRow as usize).wrapping_sub(NET_ERRORS.as_ptr() as usize)
        / std::mem::size_of::<NetErrorRow>();
    match NET_ERRORS.get(i) {
        Some(r) if std::ptr::eq(r, row) => &whys[i],
        _ => "net_error_unknown",
    }
}

pub fn signal(row: &NetErrorRow) -> Signal {
    Signal::new(row.cause, row.strength, why(row))
}

/// Reads the name of an `ERR_…` token whose `err_` starts at `i`.
pub fn name_at(b: &[u8], i: usize) -> Option<&'static NetErrorRow> {
    let start = i + 4;
    let mut j = start;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
        j += 1;
    }
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
        return None;
    }
    by_name(std::str::from_utf8(&b[start..j]).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_from_all_forms_and_back() {
        let mut numbers = std::collections::HashSet::new();
        for r in NET_ERRORS {
            assert!(numbers.insert(r.number), "duplicate -{}", r.number);
            for form in [
                format!("net::ERR_{}", r.name),
                format!("ERR_{}", r.name),
                format!("-{}", r.number),
                format!(" net::err_{}. ", r.name.to_lowercase()),
            ] {
                let got = parse(&form).unwrap_or_else(|| panic!("{form}"));
                assert_eq!((got.number, got.name), (r.number, r.name), "{form}");
            }
            assert_eq!(by_number(r.number).unwrap().name, r.name);
            assert!(why(r).starts_with("net_error_"));
        }
    }

    #[test]
    fn anchors_numbers_are_in_the_table() {
        // Every error listed in shared/design/anchors.md.
        for (n, name) in [
            (2, "FAILED"),
            (3, "ABORTED"),
            (7, "TIMED_OUT"),
            (20, "BLOCKED_BY_CLIENT"),
            (21, "NETWORK_CHANGED"),
            (22, "BLOCKED_BY_ADMINISTRATOR"),
            (27, "BLOCKED_BY_RESPONSE"),
            (30, "BLOCKED_BY_CSP"),
            (100, "CONNECTION_CLOSED"),
            (101, "CONNECTION_RESET"),
            (102, "CONNECTION_REFUSED"),
            (103, "CONNECTION_ABORTED"),
            (104, "CONNECTION_FAILED"),
            (105, "NAME_NOT_RESOLVED"),
            (106, "INTERNET_DISCONNECTED"),
            (107, "SSL_PROTOCOL_ERROR"),
            (109, "ADDRESS_UNREACHABLE"),
            (111, "TUNNEL_CONNECTION_FAILED"),
            (113, "SSL_VERSION_OR_CIPHER_MISMATCH"),
            (118, "CONNECTION_TIMED_OUT"),
            (120, "SOCKS_CONNECTION_FAILED"),
            (127, "PROXY_AUTH_REQUESTED"),
            (130, "PROXY_CONNECTION_FAILED"),
            (131, "MANDATORY_PROXY_CONFIGURATION_FAILED"),
            (136, "PROXY_CERTIFICATE_INVALID"),
            (137, "NAME_RESOLUTION_FAILED"),
            (138, "NETWORK_ACCESS_DENIED"),
            (139, "TEMPORARILY_THROTTLED"),
            (180, "TLS13_DOWNGRADE_DETECTED"),
            (186, "PROXY_UNABLE_TO_CONNECT_TO_DESTINATION"),
            (200, "CERT_COMMON_NAME_INVALID"),
            (201, "CERT_DATE_INVALID"),
            (202, "CERT_AUTHORITY_INVALID"),
            (206, "CERT_REVOKED"),
            (217, "CERT_KNOWN_INTERCEPTION_BLOCKED"),
            (310, "TOO_MANY_REDIRECTS"),
            (324, "EMPTY_RESPONSE"),
            (330, "CONTENT_DECODING_FAILED"),
            (331, "NETWORK_IO_SUSPENDED"),
            (337, "HTTP2_PROTOCOL_ERROR"),
            (352, "HTTP2_PING_FAILED"),
            (354, "CONTENT_LENGTH_MISMATCH"),
            (355, "INCOMPLETE_CHUNKED_ENCODING"),
            (356, "QUIC_PROTOCOL_ERROR"),
            (358, "QUIC_HANDSHAKE_FAILED"),
            (376, "HTTP2_STREAM_CLOSED"),
            (379, "HTTP_RESPONSE_CODE_FAILURE"),
            (400, "CACHE_MISS"),
            (803, "DNS_TIMED_OUT"),
        ] {
            assert_eq!(by_number(n).map(|r| r.name), Some(name), "-{n}");
        }
    }

    #[test]
    fn every_firefox_name_is_a_row_and_means_the_same_failure() {
        let mut names = std::collections::HashSet::new();
        for (ff, chromium) in FIREFOX_ERRORS {
            assert!(names.insert(ff), "duplicate {ff}");
            assert!(ff.starts_with("NS_"), "{ff}");
            let row = parse(ff).unwrap_or_else(|| panic!("{ff} → {chromium} is not a row"));
            assert_eq!(row.name, *chromium, "{ff}");
            assert_eq!(
                parse(&format!(" {}. ", ff.to_lowercase())).map(|r| r.name),
                Some(*chromium)
            );
        }
        let cause = |s: &str| parse(s).map(|r| r.cause);
        assert_eq!(cause("NS_ERROR_UNKNOWN_HOST"), Some(Dns));
        assert_eq!(cause("NS_ERROR_OFFLINE"), Some(Offline));
        assert_eq!(cause("NS_ERROR_PROXY_CONNECTION_REFUSED"), Some(Proxy));
        assert_eq!(cause("NS_ERROR_NET_RESET"), Some(Connection));
        assert!(parse("NS_ERROR_NOT_A_RESULT").is_none());
        assert!(parse("NS_").is_none());
        assert!(
            parse("nsé_ERROR").is_none(),
            "no panic on a non-ASCII prefix"
        );
    }

    #[test]
    fn garbage_is_none() {
        for s in [
            "", "-", "-99999", "net::", "ERR_", "ERR_NOPE", "105", "--105",
        ] {
            assert!(parse(s).is_none(), "{s}");
        }
    }
}
