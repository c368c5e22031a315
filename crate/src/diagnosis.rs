//! The answer: causes, sides, fixes, retry advice and the `Diagnosis` itself.
//!
//! Ids are API (see `shared/spec/diagnosis.md`): lowercase snake_case, stable, never translated.
use serde::{Serialize, Serializer};
use std::borrow::Cow;

/// Whose side a failure is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Service,
    Account,
    Request,
    Device,
    Network,
    Unknown,
}

impl Side {
    pub const ALL: &'static [Side] = &[
        Side::Service,
        Side::Account,
        Side::Request,
        Side::Device,
        Side::Network,
        Side::Unknown,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Service => "service",
            Side::Account => "account",
            Side::Request => "request",
            Side::Device => "device",
            Side::Network => "network",
            Side::Unknown => "unknown",
        }
    }
}

/// What went wrong. The order of `ALL` is the tie-break order of fusion: when two causes are
/// backed equally, the earlier (more specific, more actionable) one wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cause {
    Offline,
    Proxy,
    Dns,
    Tls,
    BlockedLocally,
    TooLarge,
    RateLimited,
    Auth,
    Blocked,
    StaleClient,
    Outage,
    StreamInterrupted,
    Overloaded,
    Timeout,
    BadGateway,
    Connection,
    ServerError,
    Unknown,
}

/// One row per cause: id, default side, an example of what a user sees (for the playground
/// and the tests: diagnosing the example alone yields the cause).
pub struct CauseRow {
    pub cause: Cause,
    pub id: &'static str,
    pub side: Side,
    pub example: &'static str,
}

macro_rules! causes {
    ($($c:ident $id:literal $side:ident $ex:literal;)*) => {
        pub static CAUSES: &[CauseRow] = &[
            $(CauseRow { cause: Cause::$c, id: $id, side: Side::$side, example: $ex },)*
        ];
    };
}

// Source: shared/spec/diagnosis.md, table "Causes".
causes! {
    BadGateway "bad_gateway" Service "502 Bad Gateway";
    Timeout "timeout" Service "A timeout occurred. Error code 524";
    Overloaded "overloaded" Service "ChatGPT is at capacity right now";
    ServerError "server_error" Service "Something went wrong. If this issue persists please contact us.";
    Outage "outage" Service "Our website is currently under maintenance.";
    RateLimited "rate_limited" Account "Too many requests in 1 hour. Try again later.";
    StreamInterrupted "stream_interrupted" Service "Stream terminated";
    Auth "auth" Account "Your session has expired. Please log in again.";
    Blocked "blocked" Network "Verify you are human by completing the action below.";
    TooLarge "too_large" Request "The message you submitted was too long, please reload the conversation and submit something shorter.";
    StaleClient "stale_client" Device "400 Bad Request. Request Header Or Cookie Too Large";
    BlockedLocally "blocked_locally" Device "net::ERR_BLOCKED_BY_CLIENT";
    Offline "offline" Network "net::ERR_INTERNET_DISCONNECTED";
    Dns "dns" Network "DNS_PROBE_FINISHED_NXDOMAIN";
    Proxy "proxy" Network "net::ERR_PROXY_CONNECTION_FAILED";
    Connection "connection" Network "net::ERR_CONNECTION_RESET";
    Tls "tls" Device "Your connection is not private. NET::ERR_CERT_AUTHORITY_INVALID";
    Unknown "unknown" Unknown "";
}

impl Cause {
    pub fn row(self) -> &'static CauseRow {
        // CAUSES holds every variant (tested), so this always finds one.
        CAUSES
            .iter()
            .find(|r| r.cause == self)
            .unwrap_or(&CAUSES[CAUSES.len() - 1])
    }
    pub fn as_str(self) -> &'static str {
        self.row().id
    }
    pub fn side(self) -> Side {
        self.row().side
    }
    pub fn from_id(id: &str) -> Option<Cause> {
        CAUSES.iter().find(|r| r.id == id).map(|r| r.cause)
    }
}

/// What the user can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fix {
    Reload,
    RetryLater,
    CheckStatus,
    ClearSiteData,
    PrivateWindow,
    DisableExtensions,
    DisableVpnProxy,
    SwitchNetwork,
    CheckConnection,
    ChangeDns,
    SignInAgain,
    CompleteChallenge,
    SwitchModel,
    NewChat,
    ShortenMessage,
    WaitForReset,
    CheckClock,
    CheckSecuritySoftware,
    DifferentBrowser,
    ContactSupport,
}

impl Fix {
    pub const ALL: &'static [Fix] = &[
        Fix::Reload,
        Fix::RetryLater,
        Fix::CheckStatus,
        Fix::ClearSiteData,
        Fix::PrivateWindow,
        Fix::DisableExtensions,
        Fix::DisableVpnProxy,
        Fix::SwitchNetwork,
        Fix::CheckConnection,
        Fix::ChangeDns,
        Fix::SignInAgain,
        Fix::CompleteChallenge,
        Fix::SwitchModel,
        Fix::NewChat,
        Fix::ShortenMessage,
        Fix::WaitForReset,
        Fix::CheckClock,
        Fix::CheckSecuritySoftware,
        Fix::DifferentBrowser,
        Fix::ContactSupport,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Fix::Reload => "reload",
            Fix::RetryLater => "retry_later",
            Fix::CheckStatus => "check_status",
            Fix::ClearSiteData => "clear_site_data",
            Fix::PrivateWindow => "private_window",
            Fix::DisableExtensions => "disable_extensions",
            Fix::DisableVpnProxy => "disable_vpn_proxy",
            Fix::SwitchNetwork => "switch_network",
            Fix::CheckConnection => "check_connection",
            Fix::ChangeDns => "change_dns",
            Fix::SignInAgain => "sign_in_again",
            Fix::CompleteChallenge => "complete_challenge",
            Fix::SwitchModel => "switch_model",
            Fix::NewChat => "new_chat",
            Fix::ShortenMessage => "shorten_message",
            Fix::WaitForReset => "wait_for_reset",
            Fix::CheckClock => "check_clock",
            Fix::CheckSecuritySoftware => "check_security_software",
            Fix::DifferentBrowser => "different_browser",
            Fix::ContactSupport => "contact_support",
        }
    }
    pub fn from_id(id: &str) -> Option<Fix> {
        Fix::ALL.iter().copied().find(|f| f.as_str() == id)
    }
    /// Fixes that act on the network path between this device and the site.
    pub fn is_network(self) -> bool {
        matches!(
            self,
            Fix::DisableVpnProxy | Fix::SwitchNetwork | Fix::CheckConnection | Fix::ChangeDns
        )
    }
}

macro_rules! serialize_as_str {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}
serialize_as_str!(Side, Cause, Fix);

/// Retry advice: whether retrying the same thing can help, and after how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Retry {
    pub advised: bool,
    /// Milliseconds to wait before retrying; `null` when not advised or not known.
    pub after_ms: Option<u64>,
}

/// An evidence id (see `vocabulary()`): a static id or one of a parametrised family.
pub type WhyId = Cow<'static, str>;

/// The answer, serialized exactly as the contract (camelCase).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Diagnosis {
    pub cause: Cause,
    pub side: Side,
    /// 0..1: how strong and how consistent the evidence was.
    pub confidence: f32,
    /// The site id from the registry, or `null`.
    pub site: Option<&'static str>,
    /// Ordered: the first is what to do first.
    pub fixes: Vec<Fix>,
    pub retry: Retry,
    /// The evidence ids that decided, strongest first.
    pub why: Vec<WhyId>,
    /// Evidence that pointed elsewhere (omitted when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<WhyId>,
    /// A short code (at most 4 characters) for the toolbar badge.
    pub badge: Cow<'static, str>,
    /// The provider's status page, when the site is known.
    pub status_page: Option<&'static str>,
    /// A connection failure that no reachability check has looked into yet: checking whether
    /// the site's status host and another host answer would tell whose side it is on.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub check_reach: bool,
}
