//! "Tell me when it's back": the watch's decisions. A pure function of its input, like
//! `schedule`: all randomness comes in as `random`.
//!
//! While the user is away, the worker checks the failed address — one request without cookies,
//! never a reload of their tab — on the curve below, and tells them when it answers. What is
//! watched, how often, for how long, and whether a check's answer means "back" are decided here.
//!
//! The curve differs from auto-refresh's in its jitter. Auto-refresh draws each wait anywhere
//! in `[floor, window]` ("full jitter"): the best spread for clients that failed together.
//! For a watch, what the user waits for after the service is back is the time to the next
//! check, and with waits drawn that way it is long for what the checks cost (its mean is
//! E[X²]/2E[X]: a third of the window, for a mean wait of half of it). Drawing them in
//! `[window/2, window]` ("equal jitter") gives a shorter wait for the same number of checks;
//! the first check keeps the full spread, since that is when a fleet's checks come together.
//! `chatmedic fleet` prints the watch's load and recovery next to auto-refresh's.
use crate::diagnosis::{Cause, Side};
use crate::evidence::ProviderLevel;
use crate::schedule::{
    between, field, retryable, window_ms, Curve, ScheduleError, ScheduleInput, StopReason,
    FLOOR_MS, RESOLVED_WINDOW_MS,
};
use serde::Serialize;
use serde_json::Value;

/// Checks within 40 s at first (most failures are blips), then in windows of 40–80 s and
/// 75–150 s: once capped, a check every 113 s on average against auto-refresh's retry every
/// 91 s, and the user hears of the service's return as soon (`chatmedic fleet --watch`, a
/// 30-minute outage of 10,000 clients: 137,905 checks against 169,844 retries, a peak of
/// 156/s, median 56 s after the outage, p95 121 s). A cap of 120 s tells sooner (45 s) but
/// checks as often as auto-refresh retries; 180 s is lighter and late (67 s).
/// Three hours: longer than most incidents; the user is told when it ends.
/// (A curve of `schedule`'s kind: a watch is bounded in time, not in checks.)
pub const WATCH: Curve = Curve {
    first_ms: 40_000,
    growth: 2.0,
    cap_ms: 150_000,
    max_attempts: u32::MAX,
    max_time_ms: 3 * 60 * 60_000,
};

/// How a watch learns that the failure is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WatchKind {
    /// It checks: the failed address (or the site's API host) answering again.
    Probe,
    /// A rate limit with a known reset: nothing to check (a check without the account's cookies
    /// says nothing of its limit), the user is told at the reset time.
    Clock,
}

/// Which watch a failure gets, or none where waiting cannot help: sign-in, a block, a message
/// too long, this device, a cause nobody could name (`retry_after_ms`: the wait the evidence gave).
pub fn offered(cause: Cause, side: Side, retry_after_ms: Option<u64>) -> Option<WatchKind> {
    if cause == Cause::RateLimited {
        return retry_after_ms.map(|_| WatchKind::Clock);
    }
    // Whose side is unknown (a connection reset of one page while the site's host answers):
    // the cause says whether a wait can fix it.
    let side_ok = !matches!(side, Side::Account | Side::Request | Side::Device);
    (side_ok && cause != Cause::Unknown && retryable(cause, None)).then_some(WatchKind::Probe)
}

/// What a check asks: the failed page itself, or, for an answer that failed inside a page
/// that loads, the site's API host (whose answer says less: the feed is asked too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Page,
    Api,
}

/// What the last check got: an HTTP status, or no answer at all (refused, reset, timed out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check {
    pub http_status: Option<u16>,
}

/// Whether a check's answer means the site is back. Any HTTP answer below 500 is the service
/// talking (a 401 or 403 to a request without cookies is a working server), except a 429 or
/// 408; for the API host, an incident the provider still confirms says it is not over.
pub fn answers(check: Check, target: Target, provider: Option<ProviderLevel>) -> bool {
    let Some(status) = check.http_status else {
        return false;
    };
    let talking = (100..500).contains(&status) && status != 429 && status != 408;
    let confirmed = matches!(
        provider,
        Some(
            ProviderLevel::PartialOutage | ProviderLevel::MajorOutage | ProviderLevel::Maintenance
        )
    );
    talking && !(target == Target::Api && confirmed)
}

/// What `decide` reads (camelCase JSON): `schedule`'s input (`sinceFirstFailureMs` counts from
/// the watch's start) and the diagnosis' side, the target, and the last check's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct WatchInput {
    pub base: ScheduleInput,
    pub side: Side,
    pub target: Target,
    /// Absent before the first check.
    pub check: Option<Check>,
}

/// The answer: check after a delay, tell the user after a delay (the reset time), the site is
/// back (tell them now), or stop with a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum WatchDecision {
    Check {
        #[serde(rename = "afterMs")]
        after_ms: u64,
    },
    NotifyAt {
        #[serde(rename = "afterMs")]
        after_ms: u64,
    },
    Back,
    Stop {
        reason: StopReason,
    },
}

/// The decision. Never panics.
pub fn decide(input: &WatchInput) -> WatchDecision {
    decide_on(input, &WATCH)
}

/// The decision on a given curve (the fleet simulation compares curves with it).
pub fn decide_on(input: &WatchInput, curve: &Curve) -> WatchDecision {
    let i = &input.base;
    let stop = |reason| WatchDecision::Stop { reason };
    let Some(kind) = offered(i.cause, input.side, i.retry_after_ms) else {
        return stop(StopReason::NotRetryable);
    };
    if let (WatchKind::Clock, Some(wait)) = (kind, i.retry_after_ms) {
        if i.since_first_failure_ms.saturating_add(wait) > curve.max_time_ms {
            return stop(StopReason::WaitTooLong);
        }
        return WatchDecision::NotifyAt { after_ms: wait };
    }
    if let Some(check) = input.check {
        if answers(check, input.target, i.provider) {
            return WatchDecision::Back;
        }
    }
    if i.since_first_failure_ms >= curve.max_time_ms {
        return stop(StopReason::TimeExhausted);
    }
    let window = window_ms(curve, i.attempt);
    let low = if i.attempt == 0 {
        FLOOR_MS
    } else {
        (window / 2).max(FLOOR_MS)
    };
    let mut after = between(low, window, i.random);
    let operational = matches!(i.provider, None | Some(ProviderLevel::Operational));
    if let (true, Some(since)) = (operational, i.provider_resolved_ms) {
        after = after.min(between(FLOOR_MS, RESOLVED_WINDOW_MS.max(since), i.random));
    }
    // A wait the evidence gave (a 503's Retry-After) is a minimum for checks too.
    if let Some(wait) = i.retry_after_ms {
        after = after.max(wait);
    }
    WatchDecision::Check { after_ms: after }
}

/// A bad input: the field and what was wrong, e.g. `watch.side: expected one of …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchError(pub ScheduleError);

impl std::fmt::Display for WatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "watch.{}: {}", self.0.field, self.0.problem)
    }
}
impl std::error::Error for WatchError {}

fn bad<T>(field: &'static str, problem: &str) -> Result<T, WatchError> {
    Err(WatchError(ScheduleError {
        field,
        problem: problem.into(),
    }))
}

impl WatchInput {
    /// Reads the input from JSON. Unknown fields are ignored; `null` is absent.
    pub fn from_json(v: &Value) -> Result<WatchInput, WatchError> {
        let base = ScheduleInput::from_json(v).map_err(WatchError)?;
        let Some(obj) = v.as_object() else {
            return bad("(root)", "expected an object");
        };
        let side = match field(obj, "side") {
            None => base.cause.side(),
            Some(Value::String(s)) => match Side::ALL.iter().find(|x| x.as_str() == s) {
                Some(side) => *side,
                None => {
                    return bad(
                        "side",
                        "expected one of service, account, request, device, network, unknown",
                    )
                }
            },
            Some(_) => return bad("side", "expected a side id string"),
        };
        let target = match field(obj, "target").map(Value::as_str) {
            None | Some(Some("page")) => Target::Page,
            Some(Some("api")) => Target::Api,
            Some(_) => return bad("target", "expected \"page\" or \"api\""),
        };
        let check = match field(obj, "check") {
            None => None,
            Some(Value::Object(c)) => match field(c, "httpStatus") {
                None => Some(Check { http_status: None }),
                Some(s) => match s.as_u64().filter(|n| (100..600).contains(n)) {
                    Some(n) => Some(Check {
                        http_status: Some(n as u16),
                    }),
                    None => return bad("check", "httpStatus: expected 100–599"),
                },
            },
            Some(_) => {
                return bad(
                    "check",
                    "expected an object ({httpStatus} or {} for no answer)",
                )
            }
        };
        Ok(WatchInput {
            base,
            side,
            target,
            check,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnosis::CAUSES;
    use serde_json::json;

    fn decide_json(v: Value) -> WatchDecision {
        decide(&WatchInput::from_json(&v).unwrap())
    }
    fn after(v: Value) -> u64 {
        match decide_json(v.clone()) {
            WatchDecision::Check { after_ms } => after_ms,
            d => panic!("{v} → {d:?}"),
        }
    }
    const RANDOMS: [f64; 6] = [0.0, 0.01, 0.25, 0.5, 0.75, 0.999_999];

    #[test]
    fn offered_where_waiting_helps_and_nowhere_else() {
        for row in CAUSES {
            let kind = offered(row.cause, row.side, None);
            let expected = matches!(row.side, Side::Service | Side::Network)
                && !matches!(row.cause, Cause::Blocked | Cause::Unknown);
            assert_eq!(kind.is_some(), expected, "{}", row.id);
        }
        // A connection reset whose side no check could tell: a wait may fix it.
        assert_eq!(
            offered(Cause::Connection, Side::Unknown, None),
            Some(WatchKind::Probe)
        );
        assert_eq!(offered(Cause::Unknown, Side::Unknown, None), None);
        for (cause, side) in [
            (Cause::Auth, Side::Account),
            (Cause::TooLarge, Side::Request),
            (Cause::Blocked, Side::Network),
            (Cause::StaleClient, Side::Device),
            (Cause::BlockedLocally, Side::Device),
            (Cause::Tls, Side::Device),
            // A connection failure diagnosed as this device's (an extension, a firewall).
            (Cause::Connection, Side::Device),
        ] {
            assert_eq!(offered(cause, side, Some(60_000)), None, "{cause:?}");
        }
        // A rate limit: only with a known reset, and then it is a clock, not a check.
        assert_eq!(offered(Cause::RateLimited, Side::Account, None), None);
        assert_eq!(
            offered(Cause::RateLimited, Side::Account, Some(3_600_000)),
            Some(WatchKind::Clock)
        );
        assert_eq!(
            decide_json(json!({"cause": "auth"})),
            WatchDecision::Stop {
                reason: StopReason::NotRetryable
            }
        );
    }

    #[test]
    fn a_rate_limit_with_a_reset_is_told_at_the_reset_time() {
        assert_eq!(
            decide_json(json!({"cause": "rate_limited", "retryAfterMs": 1_800_000})),
            WatchDecision::NotifyAt {
                after_ms: 1_800_000
            }
        );
        assert_eq!(
            decide_json(json!({"cause": "rate_limited", "retryAfterMs": 24 * 3_600_000u64})),
            WatchDecision::Stop {
                reason: StopReason::WaitTooLong
            }
        );
    }

    #[test]
    fn an_answer_below_500_is_back_a_5xx_or_no_answer_is_not() {
        let page = |s: Option<u16>| answers(Check { http_status: s }, Target::Page, None);
        for s in [200, 204, 301, 302, 304, 401, 403, 404, 405] {
            assert!(page(Some(s)), "{s}");
        }
        for s in [
            None,
            Some(408),
            Some(429),
            Some(500),
            Some(502),
            Some(503),
            Some(522),
        ] {
            assert!(!page(s), "{s:?}");
        }
        // The API host answering while the provider confirms an incident: not over yet.
        let api = |p| {
            answers(
                Check {
                    http_status: Some(401),
                },
                Target::Api,
                Some(p),
            )
        };
        assert!(!api(ProviderLevel::MajorOutage));
        assert!(api(ProviderLevel::Operational));
        // The page itself answering is back, whatever the feed says (feeds resolve late).
        assert!(answers(
            Check {
                http_status: Some(200)
            },
            Target::Page,
            Some(ProviderLevel::MajorOutage)
        ));
        assert_eq!(
            decide_json(
                json!({"cause": "bad_gateway", "attempt": 3, "check": {"httpStatus": 200}})
            ),
            WatchDecision::Back
        );
        assert!(matches!(
            decide_json(json!({"cause": "bad_gateway", "attempt": 3, "check": {}})),
            WatchDecision::Check { .. }
        ));
    }

    #[test]
    fn checks_are_jittered_grow_and_are_capped() {
        // The first check spreads over the whole window; later ones over its upper half.
        assert_eq!(
            after(json!({"cause": "bad_gateway", "random": 0.0})),
            FLOOR_MS
        );
        for attempt in 1..40 {
            let w = window_ms(&WATCH, attempt);
            let low = after(json!({"cause": "timeout", "attempt": attempt, "random": 0.0}));
            let high = after(json!({"cause": "timeout", "attempt": attempt, "random": 0.999_999}));
            assert_eq!(low, w / 2, "attempt {attempt}");
            assert!(
                high >= w - 1 && high <= WATCH.cap_ms,
                "attempt {attempt}: {high}"
            );
        }
        for r in RANDOMS {
            let mut last = 0;
            for attempt in 0..40 {
                let w = after(json!({"cause": "overloaded", "attempt": attempt, "random": r}));
                assert!(w >= last && w >= FLOOR_MS, "attempt {attempt}, random {r}");
                last = w;
            }
        }
    }

    #[test]
    fn bounded_in_time_and_says_so() {
        let end = json!({"cause": "bad_gateway", "attempt": 80, "sinceFirstFailureMs": WATCH.max_time_ms});
        assert_eq!(
            decide_json(end),
            WatchDecision::Stop {
                reason: StopReason::TimeExhausted
            }
        );
        // …but a check that found it back at the very end still says back.
        let back = json!({"cause": "bad_gateway", "attempt": 80,
            "sinceFirstFailureMs": WATCH.max_time_ms, "check": {"httpStatus": 200}});
        assert_eq!(decide_json(back), WatchDecision::Back);
    }

    #[test]
    fn the_feed_turning_operational_brings_the_next_check_forward() {
        let slow = after(json!({"cause": "outage", "attempt": 6, "random": 0.9}));
        let resolved = after(json!({"cause": "outage", "attempt": 6, "random": 0.9,
            "provider": "operational", "providerResolvedMs": 0}));
        assert!(resolved <= RESOLVED_WINDOW_MS && resolved < slow);
        // A Retry-After is still a minimum.
        assert!(after(json!({"cause": "overloaded", "retryAfterMs": 120_000})) >= 120_000);
    }

    #[test]
    fn bad_input_names_the_field() {
        for (v, prefix) in [
            (json!({}), "watch.cause:"),
            (json!({"cause": "timeout", "side": "moon"}), "watch.side:"),
            (
                json!({"cause": "timeout", "target": "dom"}),
                "watch.target:",
            ),
            (json!({"cause": "timeout", "check": 200}), "watch.check:"),
            (
                json!({"cause": "timeout", "check": {"httpStatus": 9000}}),
                "watch.check:",
            ),
            (json!({"cause": "timeout", "random": 2}), "watch.random:"),
        ] {
            let e = WatchInput::from_json(&v).unwrap_err().to_string();
            assert!(e.starts_with(prefix), "{v} → {e}");
        }
    }

    #[test]
    fn decisions_serialize_as_the_worker_reads_them() {
        assert_eq!(
            serde_json::to_value(WatchDecision::Check { after_ms: 5 }).unwrap(),
            json!({"action": "check", "afterMs": 5})
        );
        assert_eq!(
            serde_json::to_value(WatchDecision::NotifyAt { after_ms: 5 }).unwrap(),
            json!({"action": "notify_at", "afterMs": 5})
        );
        assert_eq!(
            serde_json::to_value(WatchDecision::Back).unwrap(),
            json!({"action": "back"})
        );
    }
}
