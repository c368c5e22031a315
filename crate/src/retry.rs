//! Retry advice: whether retrying the same thing can help, and after how long.
use crate::diagnosis::{Cause, Retry};

/// One row per cause: advised at all, and the default backoff when nothing says how long.
/// Defaults follow how long such failures usually last: a gateway hiccup seconds, capacity
/// half a minute, an acknowledged outage minutes.
#[rustfmt::skip]
pub static RETRY: &[(Cause, bool, u64)] = &[
    (Cause::BadGateway, true, 5_000),
    (Cause::Timeout, true, 15_000),
    (Cause::Overloaded, true, 30_000),
    (Cause::ServerError, true, 10_000),
    (Cause::Outage, true, 300_000),
    // Advised only with a known reset time (see `advise`).
    (Cause::RateLimited, false, 0),
    (Cause::StreamInterrupted, true, 2_000),
    (Cause::Auth, false, 0),
    (Cause::Blocked, false, 0),
    (Cause::TooLarge, false, 0),
    // Retrying the same state fails the same way: clear it first.
    (Cause::StaleClient, false, 0),
    (Cause::BlockedLocally, false, 0),
    (Cause::Offline, true, 5_000),
    (Cause::Dns, true, 10_000),
    (Cause::Proxy, true, 10_000),
    (Cause::Connection, true, 5_000),
    (Cause::Tls, false, 0),
    (Cause::Unknown, true, 10_000),
];

/// `wait`: a delay the evidence gave (Retry-After, "wait 17 seconds", a reset time).
pub fn advise(cause: Cause, wait: Option<u64>) -> Retry {
    let (advised, default) = RETRY
        .iter()
        .find(|(c, _, _)| *c == cause)
        .map_or((true, 10_000), |(_, a, d)| (*a, *d));
    match (cause, wait) {
        (Cause::RateLimited, Some(ms)) => Retry {
            advised: true,
            after_ms: Some(ms),
        },
        (_, _) if !advised => Retry {
            advised: false,
            after_ms: None,
        },
        (_, Some(ms)) => Retry {
            advised: true,
            after_ms: Some(ms),
        },
        (_, None) => Retry {
            advised: true,
            after_ms: Some(default),
        },
    }
}
