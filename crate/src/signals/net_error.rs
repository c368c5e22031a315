//! Chromium network errors (net/base/net_error_list.h): number, name, the group of Chrome's own
//! error page (components/error_page), and the cause. Accepted as `net::ERR_X`, `ERR_X`, `X` or `-N`,
//! and as the name Firefox gives the same failure: its webRequest's `NS_ERROR_UNKNOWN_HOST`, and
//! the `SSL_ERROR_…`, `SEC_ERROR_…` and `MOZILLA_PKIX_ERROR_…` codes its error pages show (see
//! [`FIREFOX_ERRORS`]).
//!
//! The table holds every code of the header (`net_error_list.txt` beside this file is the list it
//! is tested against), and the codes a Chrome of 2023 still reports that the header has since
//! removed. A code a page load or a fetch can end with has a real cause; the few that never can
//! (markers, success signals, results of operations other than a request, FTP) are `Unknown`
//! with the reason on their row.
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

/// One network error. The names are written back to back in one string and a row holds the
/// length of its own: a row is 6 bytes, not 16 with a pointer and a length, which makes the
/// table (in the size-budgeted wasm) about 1 KB smaller gzipped; rows that also held where their
/// name starts (8 bytes) were 0.75 KB bigger than these. Lookups walk the rows with the names
/// beside them.
pub struct NetErrorRow {
    /// The error number without its minus sign.
    pub number: u16,
    len: u8,
    pub group: Group,
    pub cause: Cause,
    /// Generic errors (FAILED, ABORTED) say little on their own.
    pub strength: Strength,
}

impl NetErrorRow {
    /// The name without `ERR_` (found by adding up the lengths before it: lookups do not call it).
    pub fn name(&self) -> &'static str {
        let i = index_of(self, NET_ERRORS);
        let start: usize = NET_ERRORS[..i].iter().map(|r| r.len as usize).sum();
        &NAMES[start..start + self.len as usize]
    }
}

/// A row's index in its table, from its address: rows are only ever borrowed from their table
/// (their fields are private, nothing else makes one).
fn index_of<T>(row: &T, table: &[T]) -> usize {
    let i =
        (row as *const T as usize).wrapping_sub(table.as_ptr() as usize) / std::mem::size_of::<T>();
    assert!(
        table.get(i).is_some_and(|r| std::ptr::eq(r, row)),
        "a row of the table"
    );
    i
}

/// The first row of `rows` whose name, in `names` where the rows' lengths put it, is `name`
/// (ASCII-case-insensitively). A row of another length is passed over on its length alone.
fn find<T>(rows: &'static [T], names: &str, len: fn(&T) -> u8, name: &str) -> Option<&'static T> {
    let mut at = 0;
    rows.iter().find(|r| {
        let start = at;
        at += len(r) as usize;
        at - start == name.len()
            && names.as_bytes()[start..at].eq_ignore_ascii_case(name.as_bytes())
    })
}

macro_rules! net_errors {
    ($($n:literal $name:ident $group:ident $cause:ident $($s:ident)?;)*) => {
        static NAMES: &str = concat!($(stringify!($name)),*);
        pub static NET_ERRORS: &[NetErrorRow] = &[
            $(NetErrorRow { number: $n, len: stringify!($name).len() as u8,
                            group: Group::$group, cause: $cause, strength: net_errors!(@s $($s)?) },)*
        ];
    };
    (@s) => { Strength::Structured };
    (@s $s:ident) => { Strength::$s };
}

// Numbers and names: net/base/net_error_list.h (net_error_list.txt); groups: the headings of
// components/error_page/common/localized_error.cc where it lists the code, else the family's
// (CERT_ the interstitial, SSL_ "can't provide a secure connection", proxies "No internet", DNS
// and connections "can't be reached", responses "isn't working"); Chrome shows any other code
// on a generic page. Causes: what the failure means to someone using a chat site. Strength
// `Generic` where the code says little (internal codes of a request's own machinery, which the
// network stack handles or retries, keep their family's cause at that strength: should one
// leak, the family is still the best guess). `Unknown` rows say on their row why no page load
// or fetch ends with them. "Removed": no longer in the header, still reported by older Chromes.
net_errors! {
    1 IO_PENDING Other Unknown Hint; // not a failure: "not yet complete", never a request's end
    2 FAILED Other Connection Generic;
    3 ABORTED Other Connection Generic;
    4 INVALID_ARGUMENT Other StaleClient Generic;
    5 INVALID_HANDLE Other StaleClient Generic;
    6 FILE_NOT_FOUND Other StaleClient Generic; // an upload's file is gone
    7 TIMED_OUT Unreachable Connection;
    8 FILE_TOO_BIG Other TooLarge;
    9 UNEXPECTED Other StaleClient Generic;
    10 ACCESS_DENIED Other BlockedLocally Generic; // a resource other than the network
    11 NOT_IMPLEMENTED Other StaleClient Generic;
    12 INSUFFICIENT_RESOURCES Other StaleClient Generic;
    13 OUT_OF_MEMORY Other TooLarge Generic;
    14 UPLOAD_FILE_CHANGED Other StaleClient Generic;
    15 SOCKET_NOT_CONNECTED Unreachable Connection;
    16 FILE_EXISTS Other StaleClient Generic;
    17 FILE_PATH_TOO_LONG Other StaleClient Generic;
    18 FILE_NO_SPACE Other StaleClient Generic;
    19 FILE_VIRUS_INFECTED Other BlockedLocally;
    20 BLOCKED_BY_CLIENT BlockedBy BlockedLocally;
    21 NETWORK_CHANGED Interrupted Connection;
    22 BLOCKED_BY_ADMINISTRATOR BlockedBy BlockedLocally;
    23 SOCKET_IS_CONNECTED Other Connection Generic;
    25 UPLOAD_STREAM_REWIND_NOT_SUPPORTED Other Connection Generic;
    26 CONTEXT_SHUT_DOWN Other Connection Generic; // the browser was closing
    27 BLOCKED_BY_RESPONSE BlockedBy ServerError Generic;
    29 CLEARTEXT_NOT_PERMITTED BlockedBy BlockedLocally;
    30 BLOCKED_BY_CSP BlockedBy BlockedLocally Generic;
    31 H2_OR_QUIC_REQUIRED Other Connection Generic; // removed
    32 BLOCKED_BY_ORB BlockedBy ServerError Generic;
    33 NETWORK_ACCESS_REVOKED BlockedBy BlockedLocally Generic;
    34 BLOCKED_BY_FINGERPRINTING_PROTECTION BlockedBy BlockedLocally;
    35 BLOCKED_IN_INCOGNITO_BY_ADMINISTRATOR BlockedBy BlockedLocally;
    36 LOCAL_NETWORK_PERMISSION_MISSING BlockedBy BlockedLocally;
    37 STRICT_ECH_REQUIRED InsecureConnection Tls;
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
    112 NO_SSL_VERSIONS_ENABLED InsecureConnection Tls; // removed
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
    124 WINSOCK_UNEXPECTED_WRITTEN_BYTES Other BlockedLocally; // a broken LSP: security software
    125 SSL_DECOMPRESSION_FAILURE_ALERT InsecureConnection Tls;
    126 SSL_BAD_RECORD_MAC_ALERT InsecureConnection Tls;
    127 PROXY_AUTH_REQUESTED NoInternet Proxy;
    130 PROXY_CONNECTION_FAILED NoInternet Proxy;
    131 MANDATORY_PROXY_CONFIGURATION_FAILED NoInternet Proxy;
    133 PRECONNECT_MAX_SOCKET_LIMIT Other Unknown Hint; // ends a preconnect only, never a request
    134 SSL_CLIENT_AUTH_PRIVATE_KEY_ACCESS_DENIED InsecureConnection Tls;
    135 SSL_CLIENT_AUTH_CERT_NO_PRIVATE_KEY InsecureConnection Tls;
    136 PROXY_CERTIFICATE_INVALID NoInternet Proxy;
    137 NAME_RESOLUTION_FAILED Unreachable Dns;
    138 NETWORK_ACCESS_DENIED AccessBlocked BlockedLocally;
    139 TEMPORARILY_THROTTLED Unreachable BlockedLocally;
    140 HTTPS_PROXY_TUNNEL_RESPONSE_REDIRECT NoInternet Proxy; // removed
    141 SSL_CLIENT_AUTH_SIGNATURE_FAILED InsecureConnection Tls;
    142 MSG_TOO_BIG Other Connection Generic; // a datagram (QUIC, WebRTC), not a message
    145 WS_PROTOCOL_ERROR Other StreamInterrupted;
    147 ADDRESS_IN_USE Other Connection Generic;
    148 SSL_HANDSHAKE_NOT_COMPLETED InsecureConnection Tls; // removed
    149 SSL_BAD_PEER_PUBLIC_KEY InsecureConnection Tls; // removed
    150 SSL_PINNED_KEY_NOT_IN_CERT_CHAIN Certificate Tls;
    151 CLIENT_AUTH_CERT_TYPE_UNSUPPORTED InsecureConnection Tls;
    153 SSL_DECRYPT_ERROR_ALERT InsecureConnection Tls;
    154 WS_THROTTLE_QUEUE_TOO_LARGE Other StaleClient Generic; // the page opened too many sockets
    156 SSL_SERVER_CERT_CHANGED InsecureConnection Tls;
    159 SSL_UNRECOGNIZED_NAME_ALERT InsecureConnection Tls;
    160 SOCKET_SET_RECEIVE_BUFFER_SIZE_ERROR Other Connection Generic;
    161 SOCKET_SET_SEND_BUFFER_SIZE_ERROR Other Connection Generic;
    162 SOCKET_RECEIVE_BUFFER_SIZE_UNCHANGEABLE Other Connection Generic;
    163 SOCKET_SEND_BUFFER_SIZE_UNCHANGEABLE Other Connection Generic;
    164 SSL_CLIENT_AUTH_CERT_BAD_FORMAT InsecureConnection Tls;
    166 ICANN_NAME_COLLISION Unreachable Dns;
    167 SSL_SERVER_CERT_BAD_FORMAT InsecureConnection Tls;
    168 CT_STH_PARSING_FAILED Other Unknown Hint; // the browser's own audit of CT logs, no request
    169 CT_STH_INCOMPLETE Other Unknown Hint; // the same
    170 UNABLE_TO_REUSE_CONNECTION_FOR_PROXY_AUTH Other Proxy Generic;
    171 CT_CONSISTENCY_PROOF_PARSING_FAILED Other Unknown Hint; // the same as -168
    172 SSL_OBSOLETE_CIPHER InsecureConnection Tls;
    173 WS_UPGRADE Other Unknown Hint; // a success: the WebSocket handshake is done
    174 READ_IF_READY_NOT_IMPLEMENTED Other Unknown Hint; // a socket's capability, read another way
    176 NO_BUFFER_SPACE Other Connection Generic;
    177 SSL_CLIENT_AUTH_NO_COMMON_ALGORITHMS InsecureConnection Tls;
    178 EARLY_DATA_REJECTED InsecureConnection Tls Generic;
    179 WRONG_VERSION_ON_EARLY_DATA InsecureConnection Tls Generic;
    180 TLS13_DOWNGRADE_DETECTED Unreachable Tls;
    181 SSL_KEY_USAGE_INCOMPATIBLE InsecureConnection Tls;
    182 INVALID_ECH_CONFIG_LIST InsecureConnection Tls;
    183 ECH_NOT_NEGOTIATED InsecureConnection Tls;
    184 ECH_FALLBACK_CERTIFICATE_INVALID InsecureConnection Tls;
    186 PROXY_UNABLE_TO_CONNECT_TO_DESTINATION NoInternet Proxy;
    187 PROXY_DELEGATE_CANCELED_CONNECT_REQUEST NoInternet Proxy Generic;
    188 PROXY_DELEGATE_CANCELED_CONNECT_RESPONSE NoInternet Proxy Generic;
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
    215 CERT_SYMANTEC_LEGACY Certificate Tls; // removed
    217 CERT_KNOWN_INTERCEPTION_BLOCKED Certificate Tls;
    219 CERT_SELF_SIGNED_LOCAL_NETWORK Certificate Tls;
    220 CERT_END Other Unknown Hint; // a marker: one past the last certificate error
    300 INVALID_URL Other StaleClient Generic;
    301 DISALLOWED_URL_SCHEME Other BlockedLocally Generic;
    302 UNKNOWN_URL_SCHEME Other StaleClient Generic;
    303 INVALID_REDIRECT NotWorking ServerError;
    310 TOO_MANY_REDIRECTS NotWorking StaleClient;
    311 UNSAFE_REDIRECT NotWorking ServerError;
    312 UNSAFE_PORT Other BlockedLocally;
    320 INVALID_RESPONSE NotWorking ServerError;
    321 INVALID_CHUNKED_ENCODING NotWorking StreamInterrupted;
    322 METHOD_NOT_SUPPORTED NotWorking ServerError Generic;
    323 UNEXPECTED_PROXY_AUTH NoInternet Proxy;
    324 EMPTY_RESPONSE NotWorking Connection;
    325 RESPONSE_HEADERS_TOO_BIG NotWorking StaleClient;
    327 PAC_SCRIPT_FAILED NoInternet Proxy;
    328 REQUEST_RANGE_NOT_SATISFIABLE NotWorking StaleClient Generic; // a stale cached part
    329 MALFORMED_IDENTITY Other Auth;
    330 CONTENT_DECODING_FAILED NotWorking ServerError;
    331 NETWORK_IO_SUSPENDED Interrupted Connection;
    332 SYN_REPLY_NOT_RECEIVED Other StreamInterrupted Generic; // removed
    333 ENCODING_CONVERSION_FAILED Other Unknown Hint; // removed; FTP's: no chat site is on FTP
    334 UNRECOGNIZED_FTP_DIRECTORY_LISTING_FORMAT Other Unknown Hint; // removed; FTP's
    336 NO_SUPPORTED_PROXIES NoInternet Proxy;
    337 HTTP2_PROTOCOL_ERROR Other StreamInterrupted;
    338 INVALID_AUTH_CREDENTIALS Other Auth;
    339 UNSUPPORTED_AUTH_SCHEME Other Auth;
    340 ENCODING_DETECTION_FAILED NotWorking ServerError Generic;
    341 MISSING_AUTH_CREDENTIALS Other Auth;
    342 UNEXPECTED_SECURITY_LIBRARY_STATUS Other Auth Generic;
    343 MISCONFIGURED_AUTH_ENVIRONMENT Other Auth;
    344 UNDOCUMENTED_SECURITY_LIBRARY_STATUS Other Auth Generic;
    345 RESPONSE_BODY_TOO_BIG_TO_DRAIN NotWorking ServerError Generic;
    346 RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH NotWorking ServerError;
    347 INCOMPLETE_HTTP2_HEADERS Other StreamInterrupted;
    348 PAC_NOT_IN_DHCP NoInternet Proxy Generic;
    349 RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION NotWorking ServerError;
    350 RESPONSE_HEADERS_MULTIPLE_LOCATION NotWorking ServerError;
    351 HTTP2_SERVER_REFUSED_STREAM Other StreamInterrupted;
    352 HTTP2_PING_FAILED Other StreamInterrupted;
    354 CONTENT_LENGTH_MISMATCH NotWorking StreamInterrupted;
    355 INCOMPLETE_CHUNKED_ENCODING NotWorking StreamInterrupted;
    356 QUIC_PROTOCOL_ERROR Other StreamInterrupted;
    357 RESPONSE_HEADERS_TRUNCATED NotWorking StreamInterrupted;
    358 QUIC_HANDSHAKE_FAILED Other Connection;
    360 HTTP2_INADEQUATE_TRANSPORT_SECURITY InsecureConnection Tls; // the TLS, not the stream
    361 HTTP2_FLOW_CONTROL_ERROR Other StreamInterrupted;
    362 HTTP2_FRAME_SIZE_ERROR Other StreamInterrupted;
    363 HTTP2_COMPRESSION_ERROR Other StreamInterrupted;
    364 PROXY_AUTH_REQUESTED_WITH_NO_CONNECTION NoInternet Proxy;
    365 HTTP_1_1_REQUIRED Other StreamInterrupted Generic;
    366 PROXY_HTTP_1_1_REQUIRED NoInternet Proxy Generic;
    367 PAC_SCRIPT_TERMINATED NoInternet Proxy;
    370 INVALID_HTTP_RESPONSE NotWorking ServerError;
    371 CONTENT_DECODING_INIT_FAILED NotWorking ServerError;
    372 HTTP2_RST_STREAM_NO_ERROR_RECEIVED Other StreamInterrupted Generic;
    373 HTTP2_PUSHED_STREAM_NOT_AVAILABLE Other StreamInterrupted Generic; // removed
    374 HTTP2_CLAIMED_PUSHED_STREAM_RESET_BY_SERVER Other StreamInterrupted Generic; // removed
    375 TOO_MANY_RETRIES Other Auth Generic; // credentials (or certificates) asked for again and again
    376 HTTP2_STREAM_CLOSED Other StreamInterrupted;
    377 HTTP2_CLIENT_REFUSED_STREAM Other StreamInterrupted Generic; // removed
    378 HTTP2_PUSHED_RESPONSE_DOES_NOT_MATCH Other StreamInterrupted Generic; // removed
    379 HTTP_RESPONSE_CODE_FAILURE NotWorking ServerError Generic;
    380 QUIC_CERT_ROOT_NOT_KNOWN InsecureConnection Tls;
    381 QUIC_GOAWAY_REQUEST_CAN_BE_RETRIED Other StreamInterrupted Generic;
    382 TOO_MANY_ACCEPT_CH_RESTARTS NotWorking ServerError Generic;
    383 INCONSISTENT_IP_ADDRESS_SPACE Other Connection Generic;
    384 CACHED_IP_ADDRESS_SPACE_BLOCKED_BY_LOCAL_NETWORK_ACCESS_POLICY BlockedBy BlockedLocally;
    385 BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS BlockedBy BlockedLocally;
    386 ZSTD_WINDOW_SIZE_TOO_BIG NotWorking ServerError;
    387 DICTIONARY_LOAD_FAILED Other StaleClient Generic; // a stored compression dictionary
    388 UNEXPECTED_CONTENT_DICTIONARY_HEADER Other StaleClient Generic;
    400 CACHE_MISS Other StaleClient Generic;
    401 CACHE_READ_FAILURE Other StaleClient;
    402 CACHE_WRITE_FAILURE Other StaleClient Generic;
    403 CACHE_OPERATION_NOT_SUPPORTED Other StaleClient Generic;
    404 CACHE_OPEN_FAILURE Other StaleClient Generic;
    405 CACHE_CREATE_FAILURE Other StaleClient Generic;
    406 CACHE_RACE Other StaleClient Generic;
    407 CACHE_CHECKSUM_READ_FAILURE Other StaleClient Generic;
    408 CACHE_CHECKSUM_MISMATCH Other StaleClient Generic;
    409 CACHE_LOCK_TIMEOUT Other StaleClient Generic;
    410 CACHE_AUTH_FAILURE_AFTER_READ Other Auth Generic;
    411 CACHE_ENTRY_NOT_SUITABLE Other StaleClient Generic;
    412 CACHE_DOOM_FAILURE Other StaleClient Generic;
    413 CACHE_OPEN_OR_CREATE_FAILURE Other StaleClient Generic;
    414 CACHE_COMPRESSION_FAILURE Other StaleClient Generic;
    501 INSECURE_RESPONSE InsecureConnection Tls;
    502 NO_PRIVATE_KEY_FOR_CERT Other Tls Generic; // a page serving a certificate to install
    503 ADD_USER_CERT_FAILED Other Tls Generic; // the same
    504 INVALID_SIGNED_EXCHANGE NotWorking ServerError Generic;
    505 INVALID_WEB_BUNDLE NotWorking ServerError Generic;
    506 TRUST_TOKEN_OPERATION_FAILED Other ServerError Generic;
    507 TRUST_TOKEN_OPERATION_SUCCESS_WITHOUT_SENDING_REQUEST Other Unknown Hint; // a success
    508 HTTPENGINE_PROVIDER_IN_USE Other Unknown Hint; // a placeholder never used in //net (Cronet)
    601 FTP_FAILED Other Unknown Hint; // removed, with FTP (Chrome 95): no chat site is on FTP
    602 FTP_SERVICE_UNAVAILABLE Other Unknown Hint; // the same
    603 FTP_TRANSFER_ABORTED Other Unknown Hint; // the same
    604 FTP_FILE_BUSY Other Unknown Hint; // the same
    605 FTP_SYNTAX_ERROR Other Unknown Hint; // the same
    606 FTP_COMMAND_NOT_SUPPORTED Other Unknown Hint; // the same
    607 FTP_BAD_COMMAND_SEQUENCE Other Unknown Hint; // the same
    // -701 to -713: the certificate manager's import and export (settings), never a request.
    701 PKCS12_IMPORT_BAD_PASSWORD Other Unknown Hint;
    702 PKCS12_IMPORT_FAILED Other Unknown Hint;
    703 IMPORT_CA_CERT_NOT_CA Other Unknown Hint;
    704 IMPORT_CERT_ALREADY_EXISTS Other Unknown Hint;
    705 IMPORT_CA_CERT_FAILED Other Unknown Hint;
    706 IMPORT_SERVER_CERT_FAILED Other Unknown Hint;
    707 PKCS12_IMPORT_INVALID_MAC Other Unknown Hint;
    708 PKCS12_IMPORT_INVALID_FILE Other Unknown Hint;
    709 PKCS12_IMPORT_UNSUPPORTED Other Unknown Hint;
    710 KEY_GENERATION_FAILED Other Unknown Hint;
    712 PRIVATE_KEY_EXPORT_FAILED Other Unknown Hint;
    713 SELF_SIGNED_CERT_GENERATION_FAILED Other Unknown Hint;
    714 CERT_DATABASE_CHANGED Other Connection Generic; // open connections are closed
    716 CERT_VERIFIER_CHANGED Other Connection Generic; // the same
    800 DNS_MALFORMED_RESPONSE Unreachable Dns;
    801 DNS_SERVER_REQUIRES_TCP Unreachable Dns;
    802 DNS_SERVER_FAILED Unreachable Dns; // removed: now -816 to -820
    803 DNS_TIMED_OUT Unreachable Dns;
    804 DNS_CACHE_MISS Unreachable Dns;
    805 DNS_SEARCH_EMPTY Unreachable Dns;
    806 DNS_SORT_ERROR Unreachable Dns;
    808 DNS_SECURE_RESOLVER_HOSTNAME_RESOLUTION_FAILED Unreachable Dns;
    809 DNS_NAME_HTTPS_ONLY Unreachable Dns;
    810 DNS_REQUEST_CANCELLED Unreachable Dns Generic;
    811 DNS_NO_MATCHING_SUPPORTED_ALPN Unreachable Dns;
    814 DNS_SECURE_PROBE_RECORD_INVALID Unreachable Dns;
    815 DNS_CACHE_INVALIDATION_IN_PROGRESS Unreachable Dns Generic;
    816 DNS_FORMAT_ERROR Unreachable Dns;
    817 DNS_SERVER_FAILURE Unreachable Dns;
    818 DNS_NOT_IMPLEMENTED Unreachable Dns;
    819 DNS_REFUSED Unreachable Dns;
    820 DNS_OTHER_FAILURE Unreachable Dns;
    900 BLOB_INVALID_CONSTRUCTION_ARGUMENTS Other StaleClient Generic;
    901 BLOB_OUT_OF_MEMORY Other TooLarge Generic; // a file too big to hold
    902 BLOB_FILE_WRITE_FAILED Other StaleClient Generic; // a full disk
    903 BLOB_SOURCE_DIED_IN_TRANSIT Other StaleClient Generic;
    904 BLOB_DEREFERENCED_WHILE_BUILDING Other StaleClient Generic;
    905 BLOB_REFERENCED_BLOB_BROKEN Other StaleClient Generic;
    906 BLOB_REFERENCED_FILE_UNAVAILABLE Other StaleClient Generic;
}

/// A Firefox error name (its length: the names are in one string, as the Chromium table's) and
/// the number of the Chromium error that is the same failure.
pub struct FirefoxRow {
    len: u8,
    /// The Chromium error's number.
    pub number: u16,
}

impl FirefoxRow {
    pub fn name(&self) -> &'static str {
        let i = index_of(self, FIREFOX_ERRORS);
        let start: usize = FIREFOX_ERRORS[..i].iter().map(|r| r.len as usize).sum();
        &FIREFOX_NAMES[start..start + self.len as usize]
    }
}

macro_rules! firefox_errors {
    ($($name:ident $n:literal $chromium:ident;)*) => {
        static FIREFOX_NAMES: &str = concat!($(stringify!($name)),*);
        pub static FIREFOX_ERRORS: &[FirefoxRow] = &[
            $(FirefoxRow { len: stringify!($name).len() as u8, number: $n },)*
        ];
        /// The Chromium name each row gives with its number, for the tests to check the number.
        #[cfg(test)]
        static FIREFOX_CHROMIUM_NAMES: &[&str] = &[$(stringify!($chromium)),*];
    };
}

// Firefox's names (xpcom/base/ErrorList.py; NSS's lib/ssl/sslerr.h and lib/util/secerr.h;
// mozilla::pkix's pkixnss.h) and the Chromium error that is the same failure. Its webRequest's
// `onErrorOccurred` reports a failed load's result by name (`NS_ERROR_NET_RESET`); for a
// security failure it reports NSS's localized message instead, and its certificate and
// secure-connection error pages show the code (`SEC_ERROR_UNKNOWN_ISSUER`), which users paste.
// Listed: the network results a load can end with, the results of the blocks that stop a load
// (Safe Browsing, tracking protection, content policy, frame and cross-origin policies), and the
// security codes whose Chromium error is not their family's (see FIREFOX_FAMILIES).
firefox_errors! {
    NS_BINDING_FAILED 2 FAILED;
    NS_BINDING_ABORTED 3 ABORTED;
    NS_BINDING_CANCELLED_OLD_LOAD 3 ABORTED;
    NS_ERROR_ABORT 3 ABORTED;
    NS_ERROR_FAILURE 2 FAILED;
    NS_ERROR_MALFORMED_URI 300 INVALID_URL;
    NS_ERROR_UNKNOWN_PROTOCOL 302 UNKNOWN_URL_SCHEME;
    NS_ERROR_INVALID_CONTENT_ENCODING 330 CONTENT_DECODING_FAILED;
    NS_ERROR_CORRUPTED_CONTENT 320 INVALID_RESPONSE;
    NS_ERROR_FIRST_HEADER_FIELD_COMPONENT_EMPTY 320 INVALID_RESPONSE;
    NS_ERROR_CONNECTION_REFUSED 102 CONNECTION_REFUSED;
    NS_ERROR_NET_TIMEOUT 118 CONNECTION_TIMED_OUT;
    NS_ERROR_OFFLINE 106 INTERNET_DISCONNECTED;
    NS_ERROR_PORT_ACCESS_NOT_ALLOWED 312 UNSAFE_PORT;
    NS_ERROR_NET_RESET 101 CONNECTION_RESET;
    NS_ERROR_NET_ERROR_RESPONSE 379 HTTP_RESPONSE_CODE_FAILURE;
    NS_ERROR_NET_EMPTY_RESPONSE 324 EMPTY_RESPONSE;
    NS_ERROR_NET_INTERRUPT 100 CONNECTION_CLOSED;
    NS_ERROR_PROXY_CONNECTION_REFUSED 130 PROXY_CONNECTION_FAILED;
    NS_ERROR_NET_PARTIAL_TRANSFER 354 CONTENT_LENGTH_MISMATCH;
    NS_ERROR_NET_INADEQUATE_SECURITY 360 HTTP2_INADEQUATE_TRANSPORT_SECURITY;
    NS_ERROR_NET_HTTP2_SENT_GOAWAY 337 HTTP2_PROTOCOL_ERROR;
    NS_ERROR_NET_HTTP3_PROTOCOL_ERROR 356 QUIC_PROTOCOL_ERROR;
    NS_ERROR_NET_TIMEOUT_EXTERNAL 7 TIMED_OUT;
    NS_ERROR_HTTPS_ONLY 29 CLEARTEXT_NOT_PERMITTED; // HTTPS-only mode refused plain HTTP
    NS_ERROR_WEBSOCKET_CONNECTION_REFUSED 102 CONNECTION_REFUSED;
    NS_ERROR_BAD_HSTS_CERT 207 CERT_INVALID;
    NS_ERROR_PARSING_HTTP_STATUS_LINE 370 INVALID_HTTP_RESPONSE;
    NS_ERROR_SUPERFLUOS_AUTH 3 ABORTED; // the user declined a URL with credentials
    NS_ERROR_REDIRECT_LOOP 310 TOO_MANY_REDIRECTS;
    NS_ERROR_UNKNOWN_HOST 105 NAME_NOT_RESOLVED;
    NS_ERROR_DNS_LOOKUP_QUEUE_FULL 119 HOST_RESOLVER_QUEUE_TOO_LARGE;
    NS_ERROR_UNKNOWN_PROXY_HOST 130 PROXY_CONNECTION_FAILED;
    NS_ERROR_DEFINITIVE_UNKNOWN_HOST 105 NAME_NOT_RESOLVED;
    NS_ERROR_SOCKET_CREATE_FAILED 104 CONNECTION_FAILED;
    NS_ERROR_SOCKET_ADDRESS_NOT_SUPPORTED 108 ADDRESS_INVALID;
    NS_ERROR_SOCKET_ADDRESS_IN_USE 147 ADDRESS_IN_USE;
    NS_ERROR_CACHE_KEY_NOT_FOUND 400 CACHE_MISS;
    NS_ERROR_CACHE_READ_ACCESS_DENIED 401 CACHE_READ_FAILURE;
    NS_ERROR_CACHE_WRITE_ACCESS_DENIED 402 CACHE_WRITE_FAILURE;
    NS_ERROR_DOCUMENT_NOT_CACHED 400 CACHE_MISS;
    NS_ERROR_INTERCEPTION_FAILED 2 FAILED; // a service worker's fetch handler failed
    NS_ERROR_PROXY_AUTHENTICATION_FAILED 127 PROXY_AUTH_REQUESTED;
    NS_ERROR_MALWARE_URI 20 BLOCKED_BY_CLIENT; // Safe Browsing: Chrome's cancels with the same
    NS_ERROR_PHISHING_URI 20 BLOCKED_BY_CLIENT;
    NS_ERROR_TRACKING_URI 20 BLOCKED_BY_CLIENT; // tracking protection
    NS_ERROR_UNWANTED_URI 20 BLOCKED_BY_CLIENT;
    NS_ERROR_BLOCKED_URI 20 BLOCKED_BY_CLIENT;
    NS_ERROR_HARMFUL_URI 20 BLOCKED_BY_CLIENT;
    NS_ERROR_FINGERPRINTING_URI 34 BLOCKED_BY_FINGERPRINTING_PROTECTION;
    NS_ERROR_CRYPTOMINING_URI 20 BLOCKED_BY_CLIENT;
    NS_ERROR_SOCIALTRACKING_URI 20 BLOCKED_BY_CLIENT;
    NS_ERROR_EMAILTRACKING_URI 20 BLOCKED_BY_CLIENT;
    NS_ERROR_CONTENT_BLOCKED 20 BLOCKED_BY_CLIENT;
    NS_ERROR_CONTENT_BLOCKED_SHOW_ALT 20 BLOCKED_BY_CLIENT;
    NS_ERROR_BLOCKED_BY_POLICY 22 BLOCKED_BY_ADMINISTRATOR;
    NS_ERROR_XFO_VIOLATION 27 BLOCKED_BY_RESPONSE;
    NS_ERROR_CSP_FRAME_ANCESTOR_VIOLATION 27 BLOCKED_BY_RESPONSE;
    NS_ERROR_CSP_FORM_ACTION_VIOLATION 30 BLOCKED_BY_CSP;
    NS_ERROR_DOM_CORP_FAILED 27 BLOCKED_BY_RESPONSE;
    NS_ERROR_DOM_COEP_FAILED 27 BLOCKED_BY_RESPONSE;
    NS_ERROR_DOM_COOP_FAILED 27 BLOCKED_BY_RESPONSE;
    SSL_ERROR_NO_CYPHER_OVERLAP 113 SSL_VERSION_OR_CIPHER_MISMATCH;
    SSL_ERROR_UNSUPPORTED_VERSION 113 SSL_VERSION_OR_CIPHER_MISMATCH;
    SSL_ERROR_NO_CIPHERS_SUPPORTED 113 SSL_VERSION_OR_CIPHER_MISMATCH;
    SSL_ERROR_PROTOCOL_VERSION_ALERT 113 SSL_VERSION_OR_CIPHER_MISMATCH;
    SSL_ERROR_BAD_CERT_DOMAIN 200 CERT_COMMON_NAME_INVALID;
    SSL_ERROR_WEAK_SERVER_CERT_KEY 211 CERT_WEAK_KEY;
    SSL_ERROR_BAD_MAC_READ 126 SSL_BAD_RECORD_MAC_ALERT;
    SSL_ERROR_BAD_MAC_ALERT 126 SSL_BAD_RECORD_MAC_ALERT;
    SSL_ERROR_DECRYPT_ERROR_ALERT 153 SSL_DECRYPT_ERROR_ALERT;
    SSL_ERROR_DECOMPRESSION_FAILURE_ALERT 125 SSL_DECOMPRESSION_FAILURE_ALERT;
    SSL_ERROR_NO_RENEGOTIATION_ALERT 123 SSL_NO_RENEGOTIATION;
    SSL_ERROR_UNRECOGNIZED_NAME_ALERT 159 SSL_UNRECOGNIZED_NAME_ALERT;
    SSL_ERROR_HANDSHAKE_NOT_COMPLETED 148 SSL_HANDSHAKE_NOT_COMPLETED;
    // The server refused this browser's client certificate (or its lack of one): Chromium maps
    // these alerts to BAD_SSL_CLIENT_AUTH_CERT.
    SSL_ERROR_NO_CERTIFICATE 117 BAD_SSL_CLIENT_AUTH_CERT;
    SSL_ERROR_BAD_CERT_ALERT 117 BAD_SSL_CLIENT_AUTH_CERT;
    SSL_ERROR_REVOKED_CERT_ALERT 117 BAD_SSL_CLIENT_AUTH_CERT;
    SSL_ERROR_EXPIRED_CERT_ALERT 117 BAD_SSL_CLIENT_AUTH_CERT;
    SSL_ERROR_UNSUPPORTED_CERT_ALERT 117 BAD_SSL_CLIENT_AUTH_CERT;
    SSL_ERROR_CERTIFICATE_UNKNOWN_ALERT 117 BAD_SSL_CLIENT_AUTH_CERT;
    SSL_ERROR_UNKNOWN_CA_ALERT 117 BAD_SSL_CLIENT_AUTH_CERT;
    SSL_ERROR_ACCESS_DENIED_ALERT 117 BAD_SSL_CLIENT_AUTH_CERT;
    SEC_ERROR_EXPIRED_CERTIFICATE 201 CERT_DATE_INVALID;
    SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE 201 CERT_DATE_INVALID;
    SEC_ERROR_UNKNOWN_ISSUER 202 CERT_AUTHORITY_INVALID;
    SEC_ERROR_UNTRUSTED_ISSUER 202 CERT_AUTHORITY_INVALID;
    SEC_ERROR_UNTRUSTED_CERT 202 CERT_AUTHORITY_INVALID;
    SEC_ERROR_CA_CERT_INVALID 202 CERT_AUTHORITY_INVALID;
    SEC_ERROR_REVOKED_CERTIFICATE 206 CERT_REVOKED;
    SEC_ERROR_REVOKED_CERTIFICATE_CRL 206 CERT_REVOKED;
    SEC_ERROR_REVOKED_CERTIFICATE_OCSP 206 CERT_REVOKED;
    SEC_ERROR_REVOKED_KEY 206 CERT_REVOKED;
    SEC_ERROR_CERT_NOT_IN_NAME_SPACE 212 CERT_NAME_CONSTRAINT_VIOLATION;
    SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED 208 CERT_WEAK_SIGNATURE_ALGORITHM;
    MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE 150 SSL_PINNED_KEY_NOT_IN_CERT_CHAIN;
    MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE 211 CERT_WEAK_KEY;
    MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE 201 CERT_DATE_INVALID;
    MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE 201 CERT_DATE_INVALID;
    MOZILLA_PKIX_ERROR_OCSP_RESPONSE_FOR_CERT_MISSING 205 CERT_UNABLE_TO_CHECK_REVOCATION;
    MOZILLA_PKIX_ERROR_VALIDITY_TOO_LONG 213 CERT_VALIDITY_TOO_LONG;
    // Firefox's page calls it the Symantec distrust (and distrust by policy since).
    MOZILLA_PKIX_ERROR_ADDITIONAL_POLICY_CONSTRAINT_FAILED 215 CERT_SYMANTEC_LEGACY;
    MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT 202 CERT_AUTHORITY_INVALID;
    MOZILLA_PKIX_ERROR_MITM_DETECTED 217 CERT_KNOWN_INTERCEPTION_BLOCKED;
    MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY 214 CERTIFICATE_TRANSPARENCY_REQUIRED;
    MOZILLA_PKIX_ERROR_ISSUER_NO_LONGER_TRUSTED 202 CERT_AUTHORITY_INVALID;
}

/// Firefox's names by family, for a name the table does not list, with the Chromium error of
/// the family: every answer of a proxy to CONNECT (`NS_ERROR_PROXY_BAD_GATEWAY`,
/// `NS_ERROR_PROXY_FORBIDDEN`, …: Chromium fails a tunnel with any of them alike), NSS's TLS
/// errors (`SSL_ERROR_RX_RECORD_TOO_LONG`, `SSL_ERROR_HANDSHAKE_FAILURE_ALERT`) and NSS's and
/// mozilla::pkix's certificate errors (`SEC_ERROR_BAD_DER`, `MOZILLA_PKIX_ERROR_EMPTY_ISSUER_NAME`).
pub static FIREFOX_FAMILIES: &[(&str, u16)] = &[
    ("ns_error_proxy_", 111),
    ("ssl_error_", 107),
    ("sec_error_", 207),
    ("mozilla_pkix_error_", 207),
];

/// What starts a Firefox name in free text (scan.rs finds them in its one pass, as it finds `err_`):
/// its network results and the security errors' families.
pub const FIREFOX_TEXT_PREFIXES: &[&str] = &[
    "ns_error_",
    "ns_binding_",
    "ssl_error_",
    "sec_error_",
    "mozilla_pkix_error_",
];

/// The prefixes that make a name Firefox's: its results, and the security errors' families.
const FIREFOX_PREFIXES: &[&str] = &["ns_", "ssl_error_", "sec_error_", "mozilla_pkix_error_"];

/// True when `s` starts with `prefix`, ASCII-case-insensitively.
fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The Chromium row of a Firefox name (`NS_ERROR_UNKNOWN_HOST`, `SEC_ERROR_UNKNOWN_ISSUER`),
/// case-insensitively: a listed name, else its family's.
pub fn by_firefox_name(name: &str) -> Option<&'static NetErrorRow> {
    if let Some(r) = find(FIREFOX_ERRORS, FIREFOX_NAMES, |r| r.len, name) {
        return by_number(r.number);
    }
    let word = name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let (p, n) = FIREFOX_FAMILIES
        .iter()
        .find(|(p, _)| word && name.len() > p.len() && starts_with_ignore_case(name, p))?;
    if *p == "ssl_error_" && openssl_result(&name[p.len()..]) {
        return None;
    }
    by_number(*n)
}

/// OpenSSL's and BoringSSL's `SSL_get_error` results (the rest of the name after `SSL_ERROR_`):
/// curl's and Python's messages say "SSL_ERROR_SYSCALL", with NSS's prefix, but they are not
/// Firefox's, and say no more than that the TLS library saw its socket fail. They are one word
/// (NONE, SSL, SYSCALL) or start with WANT_, PENDING_ or ZERO_; none of NSS's names does.
fn openssl_result(rest: &str) -> bool {
    !rest.bytes().any(|b| b == b'_')
        || ["want_", "pending_", "zero_"]
            .iter()
            .any(|p| starts_with_ignore_case(rest, p))
}

/// Errors that happen before any byte of a response: a stream cannot have been cut by them.
pub fn before_response(row: &NetErrorRow) -> bool {
    // CONNECTION_REFUSED, CONNECTION_FAILED, CONNECTION_TIMED_OUT, TIMED_OUT, ADDRESS_INVALID,
    // ADDRESS_UNREACHABLE.
    matches!(row.number, 102 | 104 | 118 | 7 | 108 | 109)
}

/// The row of a number (rows are sorted by number).
pub fn by_number(n: u16) -> Option<&'static NetErrorRow> {
    let i = NET_ERRORS.binary_search_by_key(&n, |r| r.number).ok()?;
    Some(&NET_ERRORS[i])
}

/// The row of a name, case-insensitively.
pub fn by_name(name: &str) -> Option<&'static NetErrorRow> {
    find(NET_ERRORS, NAMES, |r| r.len, name)
}

/// Parses `net::ERR_X`, `ERR_X`, `X`, `-N` or a Firefox name (`NS_…`, `SSL_ERROR_…`,
/// `SEC_ERROR_…`, `MOZILLA_PKIX_ERROR_…`; surrounding spaces and a trailing `.` allowed).
pub fn parse(s: &str) -> Option<&'static NetErrorRow> {
    let s = s.trim().trim_end_matches('.');
    if FIREFOX_PREFIXES
        .iter()
        .any(|p| starts_with_ignore_case(s, p))
    {
        return by_firefox_name(s);
    }
    if let Some(n) = s.strip_prefix('-') {
        return by_number(n.parse().ok()?);
    }
    let s = if starts_with_ignore_case(s, "net::") {
        &s[5..]
    } else {
        s
    };
    let s = if starts_with_ignore_case(s, "err_") {
        &s[4..]
    } else {
        s
    };
    by_name(s)
}

/// The why id of a row: `net_error_` + the lowercase name. All are written once, into one
/// string (two allocations at the first call, not one formatted string a row: the worker's cold
/// start pays for it), and never formatted at a diagnosis.
pub fn why(row: &NetErrorRow) -> &'static str {
    static WHYS: std::sync::OnceLock<(String, Vec<u32>)> = std::sync::OnceLock::new();
    let (all, ends) = WHYS.get_or_init(|| {
        let mut all = String::with_capacity(NET_ERRORS.len() * "net_error_".len() + NAMES.len());
        let mut ends = Vec::with_capacity(NET_ERRORS.len());
        let mut at = 0;
        for r in NET_ERRORS {
            all.push_str("net_error_");
            all.push_str(&NAMES[at..at + r.len as usize]);
            at += r.len as usize;
            ends.push(all.len() as u32);
        }
        all.make_ascii_lowercase();
        (all, ends)
    });
    let i = index_of(row, NET_ERRORS);
    let start = i.checked_sub(1).map_or(0, |j| ends[j] as usize);
    &all[start..ends[i] as usize]
}

pub fn signal(row: &NetErrorRow) -> Signal {
    Signal::new(row.cause, row.strength, why(row))
}

/// Where the name that starts at `i` ends, if nothing of a word stands before it.
fn token(b: &[u8], i: usize) -> Option<&str> {
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    if i > 0 && word(&b[i - 1]) {
        return None;
    }
    let len = b[i..].iter().take_while(|c| word(c)).count();
    std::str::from_utf8(&b[i..i + len]).ok()
}

/// Reads the name of an `ERR_…` token whose `err_` starts at `i`.
pub fn name_at(b: &[u8], i: usize) -> Option<&'static NetErrorRow> {
    by_name(token(b, i)?.get(4..)?)
}

/// Reads the Firefox name (`NS_ERROR_…`, `SSL_ERROR_…`) that starts at `i`.
pub fn firefox_name_at(b: &[u8], i: usize) -> Option<&'static NetErrorRow> {
    by_firefox_name(token(b, i)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The header's list (net_error_list.txt): (name, number, removed since).
    fn header() -> Vec<(&'static str, u16, bool)> {
        let mut removed = false;
        let mut out = Vec::new();
        for line in include_str!("net_error_list.txt").lines() {
            if line == "# removed" {
                removed = true;
            }
            let Some(rest) = line.strip_prefix("NET_ERROR(") else {
                assert!(line.is_empty() || line.starts_with('#'), "{line}");
                continue;
            };
            let (name, n) = rest.strip_suffix(')').unwrap().split_once(", -").unwrap();
            out.push((name, n.parse().unwrap(), removed));
        }
        out
    }

    fn row(name: &str) -> &'static NetErrorRow {
        by_name(name).unwrap_or_else(|| panic!("{name} is not a row"))
    }

    #[test]
    fn every_code_of_the_header_is_a_row_and_every_row_is_in_the_header() {
        let header = header();
        assert!(header.len() > 260, "the list was read");
        let mut bad = Vec::new();
        for &(name, n, _) in &header {
            match by_number(n) {
                Some(r) if r.name() == name => {}
                Some(r) => bad.push(format!("-{n} is {} here, {name} in the header", r.name())),
                None => bad.push(format!("-{n} {name} is not in the table")),
            }
        }
        for r in NET_ERRORS {
            if !header
                .iter()
                .any(|&(name, n, _)| (name, n) == (r.name(), r.number))
            {
                bad.push(format!("-{} {} is not in the header", r.number, r.name()));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
        assert_eq!(NET_ERRORS.len(), header.len());
        // The codes the header no longer has are the older Chromes' (the brief's examples).
        let removed: Vec<_> = header.iter().filter(|h| h.2).map(|h| h.0).collect();
        for name in [
            "H2_OR_QUIC_REQUIRED",
            "CERT_SYMANTEC_LEGACY",
            "DNS_SERVER_FAILED",
        ] {
            assert!(removed.contains(&name), "{name}");
        }
    }

    #[test]
    fn rows_are_sorted_by_number_and_their_names_packed() {
        assert!(NET_ERRORS.windows(2).all(|w| w[0].number < w[1].number));
        let mut names = HashSet::new();
        for r in NET_ERRORS {
            assert!(names.insert(r.name()), "{} twice", r.name());
            assert!(
                !r.name().is_empty()
                    && r.name()
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
                "{:?}",
                r.name()
            );
        }
        let total: usize = NET_ERRORS.iter().map(|r| r.name().len()).sum();
        assert_eq!(total, NAMES.len());
        assert_eq!(
            NET_ERRORS.last().unwrap().name(),
            "BLOB_REFERENCED_FILE_UNAVAILABLE"
        );
    }

    #[test]
    fn every_row_parses_from_all_forms_and_back() {
        let mut numbers = HashSet::new();
        for r in NET_ERRORS {
            assert!(numbers.insert(r.number), "duplicate -{}", r.number);
            for form in [
                format!("net::ERR_{}", r.name()),
                format!("ERR_{}", r.name()),
                format!("-{}", r.number),
                format!(" net::err_{}. ", r.name().to_lowercase()),
            ] {
                let got = parse(&form).unwrap_or_else(|| panic!("{form}"));
                assert_eq!((got.number, got.name()), (r.number, r.name()), "{form}");
            }
            assert_eq!(by_number(r.number).unwrap().name(), r.name());
            assert_eq!(why(r), format!("net_error_{}", r.name().to_lowercase()));
        }
    }

    #[test]
    fn the_brief_examples_are_known() {
        for (s, cause) in [
            ("net::ERR_SOCKET_NOT_CONNECTED", Connection),
            ("ERR_CERT_SYMANTEC_LEGACY", Tls),
            ("ERR_ECH_NOT_NEGOTIATED", Tls),
            ("ERR_H2_OR_QUIC_REQUIRED", Connection),
            ("ERR_CACHE_READ_FAILURE", StaleClient),
            ("ERR_UNSAFE_PORT", BlockedLocally),
            ("ERR_TOO_MANY_RETRIES", Auth),
            (
                "net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS",
                BlockedLocally,
            ),
            ("-817", Dns),
        ] {
            assert_eq!(parse(s).map(|r| r.cause), Some(cause), "{s}");
        }
    }

    /// The deliberate unknowns: the codes no page load or fetch ends with, each with its reason
    /// on its row.
    const UNKNOWNS: &[u16] = &[
        1,   // IO_PENDING: not a failure
        133, // PRECONNECT_MAX_SOCKET_LIMIT: a preconnect's
        168, 169, 171, // CT_…: the browser's audit of Certificate Transparency logs
        173, // WS_UPGRADE: a success
        174, // READ_IF_READY_NOT_IMPLEMENTED: a socket's capability
        220, // CERT_END: a marker
        333, 334, // FTP's (removed)
        507, // TRUST_TOKEN_OPERATION_SUCCESS_WITHOUT_SENDING_REQUEST: a success
        508, // HTTPENGINE_PROVIDER_IN_USE: a placeholder
        601, 602, 603, 604, 605, 606, 607, // FTP (removed)
        701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 712, 713, // the certificate manager
    ];

    #[test]
    fn only_the_deliberate_unknowns_are_unknown() {
        let unknown: Vec<u16> = NET_ERRORS
            .iter()
            .filter(|r| r.cause == Unknown)
            .map(|r| r.number)
            .collect();
        assert_eq!(unknown, UNKNOWNS);
        for r in NET_ERRORS.iter().filter(|r| r.cause == Unknown) {
            assert_eq!(
                (r.strength, r.group),
                (Strength::Hint, Group::Other),
                "{}",
                r.name()
            );
        }
    }

    /// Every row whose name `family` accepts has `cause`, except the named ones.
    fn family(family: impl Fn(&str) -> bool, cause: Cause, except: &[&str]) {
        let mut seen = 0;
        for r in NET_ERRORS.iter().filter(|r| family(r.name())) {
            seen += 1;
            if except.contains(&r.name()) {
                assert_ne!(r.cause, cause, "{} need not be an exception", r.name());
            } else {
                assert_eq!(r.cause, cause, "{}", r.name());
            }
        }
        assert!(seen > except.len(), "the family has rows");
        for name in except {
            assert!(family(name), "{name} is not of the family");
            row(name);
        }
    }

    #[test]
    fn certificate_errors_are_tls_on_the_interstitial() {
        for r in NET_ERRORS.iter().filter(|r| (200..300).contains(&r.number)) {
            if r.name() == "CERT_END" {
                continue;
            }
            assert!(r.name().starts_with("CERT"), "{}", r.name());
            assert_eq!(
                (r.cause, r.group),
                (Tls, Group::Certificate),
                "{}",
                r.name()
            );
        }
        // The certificate manager's CERT_ codes (-714, -716) close connections: not the site's.
        family(
            |n| n.starts_with("CERT_"),
            Tls,
            &["CERT_END", "CERT_DATABASE_CHANGED", "CERT_VERIFIER_CHANGED"],
        );
    }

    #[test]
    fn tls_errors_are_tls() {
        family(
            |n| n.starts_with("SSL_") || n.contains("ECH_") || n.starts_with("TLS13_"),
            Tls,
            &[],
        );
        for name in [
            "BAD_SSL_CLIENT_AUTH_CERT",
            "NO_SSL_VERSIONS_ENABLED",
            "ALPN_NEGOTIATION_FAILED",
            "CLIENT_AUTH_CERT_TYPE_UNSUPPORTED",
            "QUIC_CERT_ROOT_NOT_KNOWN",
            "INSECURE_RESPONSE",
            "HTTP2_INADEQUATE_TRANSPORT_SECURITY",
        ] {
            assert_eq!(row(name).cause, Tls, "{name}");
        }
    }

    #[test]
    fn proxy_errors_are_proxy() {
        family(
            |n| {
                n.contains("PROX")
                    || n.starts_with("SOCKS_")
                    || n.starts_with("TUNNEL_")
                    || n.starts_with("PAC_")
            },
            Proxy,
            &[],
        );
    }

    #[test]
    fn name_resolution_errors_are_dns() {
        family(
            |n| n.starts_with("DNS_") || n.starts_with("NAME_") || n.starts_with("HOST_RESOLVER_"),
            Dns,
            &[],
        );
        assert_eq!(row("ICANN_NAME_COLLISION").cause, Dns);
    }

    #[test]
    fn connection_socket_and_address_errors_are_connection() {
        family(
            |n| {
                n.starts_with("CONNECTION_")
                    || n.starts_with("SOCKET_")
                    || n.starts_with("ADDRESS_")
            },
            Connection,
            &[],
        );
    }

    #[test]
    fn http2_and_quic_errors_cut_a_stream() {
        family(
            |n| n.contains("HTTP2") || n.starts_with("QUIC_") || n == "SYN_REPLY_NOT_RECEIVED",
            StreamInterrupted,
            // The TLS under HTTP/2; QUIC's handshake (no stream yet) and its certificate.
            &[
                "HTTP2_INADEQUATE_TRANSPORT_SECURITY",
                "QUIC_HANDSHAKE_FAILED",
                "QUIC_CERT_ROOT_NOT_KNOWN",
            ],
        );
    }

    #[test]
    fn cache_errors_are_stale_client() {
        family(
            |n| n.starts_with("CACHE_"),
            StaleClient,
            &["CACHE_AUTH_FAILURE_AFTER_READ"],
        );
        assert_eq!(row("CACHE_AUTH_FAILURE_AFTER_READ").cause, Auth);
    }

    #[test]
    fn blocks_on_this_device_are_blocked_locally() {
        family(
            |n| {
                n.starts_with("BLOCKED_")
                    || n.starts_with("LOCAL_NETWORK_")
                    || n.ends_with("LOCAL_NETWORK_ACCESS_POLICY")
            },
            BlockedLocally,
            // The site's own response refused (frame and cross-origin policies, ORB).
            &["BLOCKED_BY_RESPONSE", "BLOCKED_BY_ORB"],
        );
        for name in [
            "UNSAFE_PORT",
            "NETWORK_ACCESS_DENIED",
            "CLEARTEXT_NOT_PERMITTED",
            "FILE_VIRUS_INFECTED",
        ] {
            assert_eq!(row(name).cause, BlockedLocally, "{name}");
        }
    }

    #[test]
    fn http_authentication_errors_are_auth() {
        family(
            |n| {
                n.contains("AUTH_CREDENTIALS")
                    || n.contains("AUTH_SCHEME")
                    || n.contains("SECURITY_LIBRARY")
                    || n.contains("AUTH_ENVIRONMENT")
                    || n == "MALFORMED_IDENTITY"
            },
            Auth,
            &[],
        );
    }

    #[test]
    fn ftp_is_unknown_and_sizes_are_too_large() {
        family(
            |n| n.starts_with("FTP_") || n.contains("_FTP_"),
            Unknown,
            &[],
        );
        for name in ["FILE_TOO_BIG", "BLOB_OUT_OF_MEMORY", "OUT_OF_MEMORY"] {
            assert_eq!(row(name).cause, TooLarge, "{name}");
        }
    }

    #[test]
    fn groups_are_the_headings_of_chromes_error_page() {
        use Group::*;
        // components/error_page/common/localized_error.cc, net_error_options (the codes it
        // lists and their heading). Its own headings "File not found" and the cache's read
        // failure are Other here. SSL_PINNED_KEY_NOT_IN_CERT_CHAIN is listed there for frames;
        // a main frame shows it on the certificate interstitial.
        for (name, group) in [
            ("TIMED_OUT", Unreachable),
            ("CONNECTION_TIMED_OUT", Unreachable),
            ("CONNECTION_CLOSED", Unreachable),
            ("CONNECTION_RESET", Unreachable),
            ("CONNECTION_REFUSED", Unreachable),
            ("CONNECTION_FAILED", Unreachable),
            ("NAME_NOT_RESOLVED", Unreachable),
            ("ICANN_NAME_COLLISION", Unreachable),
            ("ADDRESS_UNREACHABLE", Unreachable),
            ("NETWORK_ACCESS_DENIED", AccessBlocked),
            ("PROXY_CONNECTION_FAILED", NoInternet),
            ("INTERNET_DISCONNECTED", NoInternet),
            ("FILE_NOT_FOUND", Other),
            ("UPLOAD_FILE_CHANGED", Other),
            ("CACHE_MISS", Other),
            ("CACHE_READ_FAILURE", Other),
            ("NETWORK_IO_SUSPENDED", Interrupted),
            ("TOO_MANY_REDIRECTS", NotWorking),
            ("EMPTY_RESPONSE", NotWorking),
            ("RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH", NotWorking),
            ("RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION", NotWorking),
            ("RESPONSE_HEADERS_MULTIPLE_LOCATION", NotWorking),
            ("INVALID_HTTP_RESPONSE", NotWorking),
            ("CONTENT_LENGTH_MISMATCH", NotWorking),
            ("INCOMPLETE_CHUNKED_ENCODING", NotWorking),
            ("INVALID_REDIRECT", NotWorking),
            ("SSL_PROTOCOL_ERROR", InsecureConnection),
            ("BAD_SSL_CLIENT_AUTH_CERT", InsecureConnection),
            ("TLS13_DOWNGRADE_DETECTED", Unreachable),
            ("TEMPORARILY_THROTTLED", Unreachable),
            ("BLOCKED_BY_CLIENT", BlockedBy),
            ("BLOCKED_BY_CSP", BlockedBy),
            ("NETWORK_CHANGED", Interrupted),
            ("BLOCKED_BY_ADMINISTRATOR", BlockedBy),
            ("SSL_VERSION_OR_CIPHER_MISMATCH", InsecureConnection),
            ("SSL_OBSOLETE_CIPHER", InsecureConnection),
            ("SSL_SERVER_CERT_BAD_FORMAT", InsecureConnection),
            ("BLOCKED_BY_RESPONSE", BlockedBy),
        ] {
            assert_eq!(row(name).group, group, "{name}");
        }
        for r in NET_ERRORS {
            if r.name().starts_with("SSL_") && r.name() != "SSL_PINNED_KEY_NOT_IN_CERT_CHAIN" {
                assert_eq!(r.group, InsecureConnection, "{}", r.name());
            }
            if r.name().starts_with("DNS_") {
                assert_eq!(r.group, Unreachable, "{}", r.name());
            }
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
            assert_eq!(by_number(n).map(|r| r.name()), Some(name), "-{n}");
        }
    }

    #[test]
    fn before_response_names_the_errors_before_a_response() {
        let names: Vec<_> = NET_ERRORS
            .iter()
            .filter(|r| before_response(r))
            .map(|r| r.name())
            .collect();
        assert_eq!(
            names,
            [
                "TIMED_OUT",
                "CONNECTION_REFUSED",
                "CONNECTION_FAILED",
                "ADDRESS_INVALID",
                "ADDRESS_UNREACHABLE",
                "CONNECTION_TIMED_OUT"
            ]
        );
    }

    #[test]
    fn every_firefox_name_is_a_row_and_means_the_same_failure() {
        assert_eq!(FIREFOX_ERRORS.len(), FIREFOX_CHROMIUM_NAMES.len());
        let total: usize = FIREFOX_ERRORS.iter().map(|r| r.name().len()).sum();
        assert_eq!(total, FIREFOX_NAMES.len());
        let mut names = HashSet::new();
        for (ff, chromium) in FIREFOX_ERRORS.iter().zip(FIREFOX_CHROMIUM_NAMES) {
            let ff_name = ff.name();
            assert!(names.insert(ff_name), "duplicate {ff_name}");
            assert_eq!(
                by_number(ff.number).map(|r| r.name()),
                Some(*chromium),
                "{ff_name}"
            );
            let row = parse(ff_name).unwrap_or_else(|| panic!("{ff_name} → {chromium}"));
            assert_eq!(row.name(), *chromium, "{ff_name}");
            assert_eq!(
                parse(&format!(" {}. ", ff_name.to_lowercase())).map(|r| r.name()),
                Some(*chromium)
            );
            assert!(
                FIREFOX_PREFIXES
                    .iter()
                    .any(|p| starts_with_ignore_case(ff_name, p)),
                "{ff_name}"
            );
            // A listed security name says more than its family would.
            if let Some((_, n)) = FIREFOX_FAMILIES
                .iter()
                .find(|(p, _)| starts_with_ignore_case(ff_name, p))
            {
                assert_ne!(*n, ff.number, "{ff_name} is its family's already");
            }
        }
        for (_, n) in FIREFOX_FAMILIES {
            assert!(by_number(*n).is_some());
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
    fn firefox_network_results_are_all_named() {
        // Every NS_ERROR_NET_* of xpcom/base/ErrorList.py.
        for name in [
            "NS_ERROR_NET_TIMEOUT",
            "NS_ERROR_NET_RESET",
            "NS_ERROR_NET_ERROR_RESPONSE",
            "NS_ERROR_NET_EMPTY_RESPONSE",
            "NS_ERROR_NET_INTERRUPT",
            "NS_ERROR_NET_PARTIAL_TRANSFER",
            "NS_ERROR_NET_INADEQUATE_SECURITY",
            "NS_ERROR_NET_HTTP2_SENT_GOAWAY",
            "NS_ERROR_NET_HTTP3_PROTOCOL_ERROR",
            "NS_ERROR_NET_TIMEOUT_EXTERNAL",
        ] {
            assert!(FIREFOX_ERRORS.iter().any(|r| r.name() == name), "{name}");
        }
        // A proxy's answer to CONNECT, whichever: the tunnel failed.
        for name in [
            "NS_ERROR_PROXY_BAD_GATEWAY",
            "NS_ERROR_PROXY_GATEWAY_TIMEOUT",
            "NS_ERROR_PROXY_FORBIDDEN",
            "NS_ERROR_PROXY_TOO_MANY_REQUESTS",
            "NS_ERROR_PROXY_TEMPORARY_REDIRECT",
        ] {
            assert_eq!(
                parse(name).map(|r| r.name()),
                Some("TUNNEL_CONNECTION_FAILED"),
                "{name}"
            );
        }
        assert_eq!(
            parse("NS_ERROR_PROXY_AUTHENTICATION_FAILED").map(|r| r.name()),
            Some("PROXY_AUTH_REQUESTED")
        );
    }

    #[test]
    fn firefox_security_codes_parse() {
        // What Firefox's certificate and secure-connection pages show (NSS, mozilla::pkix).
        for (name, chromium) in [
            ("SSL_ERROR_RX_RECORD_TOO_LONG", "SSL_PROTOCOL_ERROR"),
            ("ssl_error_rx_record_too_long", "SSL_PROTOCOL_ERROR"),
            ("SSL_ERROR_HANDSHAKE_FAILURE_ALERT", "SSL_PROTOCOL_ERROR"),
            ("SSL_ERROR_INTERNAL_ERROR_ALERT", "SSL_PROTOCOL_ERROR"),
            ("SSL_ERROR_UNSAFE_NEGOTIATION", "SSL_PROTOCOL_ERROR"),
            (
                "SSL_ERROR_NO_CYPHER_OVERLAP",
                "SSL_VERSION_OR_CIPHER_MISMATCH",
            ),
            ("SSL_ERROR_BAD_CERT_DOMAIN", "CERT_COMMON_NAME_INVALID"),
            ("SEC_ERROR_EXPIRED_CERTIFICATE", "CERT_DATE_INVALID"),
            ("SEC_ERROR_UNKNOWN_ISSUER", "CERT_AUTHORITY_INVALID"),
            ("SEC_ERROR_BAD_DER", "CERT_INVALID"),
            ("SEC_ERROR_INADEQUATE_KEY_USAGE", "CERT_INVALID"),
            ("SEC_ERROR_OCSP_OLD_RESPONSE", "CERT_INVALID"),
            (
                "MOZILLA_PKIX_ERROR_MITM_DETECTED",
                "CERT_KNOWN_INTERCEPTION_BLOCKED",
            ),
            (
                "MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT",
                "CERT_AUTHORITY_INVALID",
            ),
            (
                "MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE",
                "CERT_DATE_INVALID",
            ),
            ("MOZILLA_PKIX_ERROR_EMPTY_ISSUER_NAME", "CERT_INVALID"),
            (
                "MOZILLA_PKIX_ERROR_ADDITIONAL_POLICY_CONSTRAINT_FAILED",
                "CERT_SYMANTEC_LEGACY",
            ),
        ] {
            assert_eq!(parse(name).map(|r| r.name()), Some(chromium), "{name}");
            assert_eq!(parse(name).map(|r| r.cause), Some(Tls), "{name}");
        }
        // A family's prefix alone, or with more than a name, is nothing; OpenSSL's results with
        // NSS's prefix are not Firefox's (NSS's SSL_ERROR_SSL_DISABLED is).
        for s in [
            "SSL_ERROR_",
            "SEC_ERROR_",
            "MOZILLA_PKIX_ERROR_",
            "SSL_ERROR_X Y",
            "SEC_ERROR_é",
            "SSL_ERROR_SYSCALL",
            "ssl_error_ssl",
            "SSL_ERROR_WANT_READ",
            "SSL_ERROR_ZERO_RETURN",
            "SSL_ERROR_PENDING_CERTIFICATE",
        ] {
            assert!(parse(s).is_none(), "{s}");
        }
        assert_eq!(parse("SSL_ERROR_SSL_DISABLED").map(|r| r.cause), Some(Tls));
    }

    #[test]
    fn names_are_read_from_text() {
        let read = |t: &str, at: &str, f: fn(&[u8], usize) -> Option<&'static NetErrorRow>| {
            f(t.as_bytes(), t.find(at).unwrap()).map(|r| r.name())
        };
        assert_eq!(
            read("net::ERR_CONNECTION_RESET at x", "ERR_", name_at),
            Some("CONNECTION_RESET")
        );
        assert_eq!(read("xERR_CONNECTION_RESET", "ERR_", name_at), None);
        assert_eq!(
            read(
                "Error code: SEC_ERROR_UNKNOWN_ISSUER",
                "SEC_",
                firefox_name_at
            ),
            Some("CERT_AUTHORITY_INVALID")
        );
        assert_eq!(
            read("(NS_ERROR_NET_RESET)", "NS_", firefox_name_at),
            Some("CONNECTION_RESET")
        );
        assert_eq!(read("DNS_ERROR_X", "NS_", firefox_name_at), None);
    }

    #[test]
    fn garbage_is_none() {
        for s in [
            "", "-", "-99999", "net::", "ERR_", "ERR_NOPE", "105", "--105", "-0", "-24",
        ] {
            assert!(parse(s).is_none(), "{s}");
        }
    }
}
