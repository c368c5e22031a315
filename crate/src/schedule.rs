//! Auto-refresh's decision: after a failure, whether to retry and when
//! (`shared/spec/auto-refresh.md`). A pure function of its input: all randomness comes in as
//! `random`, so the same input gives the same decision natively, in wasm and on the CLI.
//!
//! The curve is "full jitter above a floor": attempt `n` waits a uniform time between
//! `FLOOR_MS` and `min(cap, first × growthⁿ)`. Clients that failed at the same instant spread
//! over the whole window instead of returning together, and the window grows, so a fleet's
//! load on a failing service falls as the outage goes on. Why these numbers: the fleet
//! simulation (`chatmedic fleet`, `fleet.rs`) and `docs/auto-refresh.md`.
use crate::diagnosis::Cause;
use crate::evidence::ProviderLevel;
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

/// No retry sooner than this, whatever the jitter draws: a page needs a moment to settle, and
/// a retry right after a failure rarely meets a different service.
pub const FLOOR_MS: u64 = 2_000;

/// One retry curve: the window of the first retry, how it grows, its cap, and the bounds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Curve {
    /// The upper end of the first retry's window.
    pub first_ms: u64,
    /// Each attempt multiplies the window by this.
    pub growth: f64,
    /// The window never grows past this.
    pub cap_ms: u64,
    /// Retries in one run of failures, then stop.
    pub max_attempts: u32,
    /// Time since the first failure, then stop.
    pub max_time_ms: u64,
}

/// A service or network failure that usually passes: gateway errors, timeouts, capacity, cut
/// streams, dropped connections. The first retry comes within 30 s (a blip is over by then),
/// later ones every 1–3 minutes: a 10-minute outage costs a client about 9 requests instead
/// of the 120 of a 5-second timer, and the cap keeps recovery within about a minute.
pub const TRANSIENT: Curve = Curve {
    first_ms: 40_000,
    growth: 2.0,
    cap_ms: 180_000,
    max_attempts: 30,
    max_time_ms: 30 * 60_000,
};

/// The provider confirms an incident or maintenance: outages acknowledged on a status page
/// last tens of minutes, and everyone reads the same page, so retries slow down and go on
/// longer; the feed turning operational brings the next one forward (`schedule`).
pub const CONFIRMED_INCIDENT: Curve = Curve {
    first_ms: 60_000,
    growth: 2.0,
    cap_ms: 240_000,
    max_attempts: 90,
    max_time_ms: 3 * 60 * 60_000,
};

/// Too many requests, or a usage cap, with no reset time known: every retry spends the limit
/// again, so they come minutes apart. Usage caps reset within hours ("per 3 hours").
pub const RATE_LIMITED: Curve = Curve {
    first_ms: 5 * 60_000,
    growth: 2.0,
    cap_ms: 20 * 60_000,
    max_attempts: 12,
    max_time_ms: 5 * 60 * 60_000,
};

/// A rate limit's floor: without a known reset, never sooner than this.
pub const RATE_LIMITED_FLOOR_MS: u64 = 2 * 60_000;

/// After the provider's feed turns operational, the next retry comes within this window
/// (jittered, because every client reads the same feed at about the same time).
pub const RESOLVED_WINDOW_MS: u64 = 30_000;

/// How a wait the evidence gave is jittered: a tenth of it, at least 5 s, at most a minute,
/// added after it (never sooner than the server asked).
const RETRY_AFTER_SPREAD: (u64, u64) = (5_000, 60_000);

/// Why a schedule stops. Ids are API, with locale text (`schedule_stop_<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// A retry cannot fix this (sign-in, a block, a request too large, this device …).
    NotRetryable,
    /// The bounded number of retries was spent.
    AttemptsExhausted,
    /// The failure has lasted longer than auto-refresh waits.
    TimeExhausted,
    /// The site asks to wait longer than auto-refresh waits (a reset hours away).
    WaitTooLong,
}

impl StopReason {
    pub const ALL: &'static [StopReason] = &[
        StopReason::NotRetryable,
        StopReason::AttemptsExhausted,
        StopReason::TimeExhausted,
        StopReason::WaitTooLong,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            StopReason::NotRetryable => "not_retryable",
            StopReason::AttemptsExhausted => "attempts_exhausted",
            StopReason::TimeExhausted => "time_exhausted",
            StopReason::WaitTooLong => "wait_too_long",
        }
    }
}

/// What `schedule` reads (camelCase JSON; every field but `cause` optional).
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleInput {
    pub cause: Cause,
    /// Retries already made in this run of failures.
    pub attempt: u32,
    pub since_first_failure_ms: u64,
    /// A wait the evidence gave (Retry-After, "wait 17 seconds", a reset time).
    pub retry_after_ms: Option<u64>,
    /// The provider's status level now.
    pub provider: Option<ProviderLevel>,
    /// How long ago the provider's feed turned from an incident back to operational.
    pub provider_resolved_ms: Option<u64>,
    /// Uniform in [0, 1): all jitter comes from it. Absent: 0.5, the middle of the window.
    pub random: f64,
}

impl ScheduleInput {
    /// The input of the first decision after a failure of `cause`.
    pub fn new(cause: Cause) -> ScheduleInput {
        ScheduleInput {
            cause,
            attempt: 0,
            since_first_failure_ms: 0,
            retry_after_ms: None,
            provider: None,
            provider_resolved_ms: None,
            random: 0.5,
        }
    }
}

/// The answer: retry after a delay counted from now, or stop with a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Decision {
    Retry {
        #[serde(rename = "afterMs")]
        after_ms: u64,
    },
    Stop {
        reason: StopReason,
    },
}

/// The curve a failure follows: by cause, and slower while the provider confirms an incident.
pub fn curve(cause: Cause, provider: Option<ProviderLevel>) -> Curve {
    let confirmed = matches!(
        provider,
        Some(
            ProviderLevel::PartialOutage | ProviderLevel::MajorOutage | ProviderLevel::Maintenance
        )
    );
    match cause {
        Cause::RateLimited => RATE_LIMITED,
        Cause::Outage => CONFIRMED_INCIDENT,
        _ if confirmed => CONFIRMED_INCIDENT,
        _ => TRANSIENT,
    }
}

/// Whether a retry can fix a failure of this cause at all. `unknown` is a request the service
/// refused or something unrecognisable: retried only when the evidence said when to come back.
pub fn retryable(cause: Cause, retry_after_ms: Option<u64>) -> bool {
    match cause {
        Cause::Auth
        | Cause::Blocked
        | Cause::TooLarge
        | Cause::BlockedLocally
        | Cause::Tls
        | Cause::StaleClient => false,
        Cause::Unknown => retry_after_ms.is_some(),
        _ => true,
    }
}

/// The upper end of attempt `attempt`'s window on `curve`.
pub fn window_ms(curve: &Curve, attempt: u32) -> u64 {
    let grown = curve.first_ms as f64 * curve.growth.powi(attempt.min(64) as i32);
    (grown.min(curve.cap_ms as f64) as u64).max(FLOOR_MS)
}

/// A point of `[low, high]` chosen by `random` in [0, 1).
pub(crate) fn between(low: u64, high: u64, random: f64) -> u64 {
    low + (high.saturating_sub(low) as f64 * random) as u64
}

/// The decision. Never panics; see the module's docs and the spec for the rules it keeps.
pub fn schedule(input: &ScheduleInput) -> Decision {
    schedule_on(input, &curve(input.cause, input.provider))
}

/// The decision on a given curve (the fleet simulation compares curves with it).
pub fn schedule_on(input: &ScheduleInput, curve: &Curve) -> Decision {
    let stop = |reason| Decision::Stop { reason };
    if !retryable(input.cause, input.retry_after_ms) {
        return stop(StopReason::NotRetryable);
    }
    if input.attempt >= curve.max_attempts {
        return stop(StopReason::AttemptsExhausted);
    }
    if input.since_first_failure_ms >= curve.max_time_ms {
        return stop(StopReason::TimeExhausted);
    }
    let r = input.random;
    let floor = if input.cause == Cause::RateLimited {
        RATE_LIMITED_FLOOR_MS
    } else {
        FLOOR_MS
    };
    let mut after = between(floor, window_ms(curve, input.attempt).max(floor), r);

    // The provider says it is over: come back soon, within a window that widens with the time
    // since, so that a service still failing after its "resolved" meets the curve again.
    let operational = matches!(input.provider, None | Some(ProviderLevel::Operational));
    if let (true, Some(since)) = (operational, input.provider_resolved_ms) {
        let window = RESOLVED_WINDOW_MS.max(since);
        after = after.min(between(FLOOR_MS, window, r));
    }

    // A wait the evidence gave is a minimum, never shortened, and jittered after it.
    if let Some(wait) = input.retry_after_ms {
        if input.since_first_failure_ms.saturating_add(wait) > curve.max_time_ms {
            return stop(StopReason::WaitTooLong);
        }
        let spread = (wait / 10).clamp(RETRY_AFTER_SPREAD.0, RETRY_AFTER_SPREAD.1);
        after = after.max(wait.max(FLOOR_MS) + (spread as f64 * r) as u64);
    }
    Decision::Retry { after_ms: after }
}

/// A bad input: the field and what was wrong, e.g. `schedule.attempt: expected a whole number ≥ 0`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleError {
    pub field: &'static str,
    pub problem: String,
}

impl fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "schedule.{}: {}", self.field, self.problem)
    }
}
impl std::error::Error for ScheduleError {}

fn problem<T>(field: &'static str, problem: impl Into<String>) -> Result<T, ScheduleError> {
    Err(ScheduleError {
        field,
        problem: problem.into(),
    })
}

/// A field that is present and not `null`.
pub(crate) fn field<'a>(obj: &'a Map<String, Value>, k: &str) -> Option<&'a Value> {
    obj.get(k).filter(|v| !v.is_null())
}

/// A whole number ≥ 0 (JS numbers arrive as floats; 3.0 is whole, 3.5 is not).
fn whole(obj: &Map<String, Value>, k: &'static str) -> Result<Option<u64>, ScheduleError> {
    let Some(v) = field(obj, k) else {
        return Ok(None);
    };
    if let Some(n) = v.as_u64() {
        return Ok(Some(n));
    }
    match v.as_f64() {
        Some(f) if f >= 0.0 && f.fract() == 0.0 && f < 9.007_199_254_740_992e15 => {
            Ok(Some(f as u64))
        }
        _ => problem(k, "expected a whole number ≥ 0"),
    }
}

impl ScheduleInput {
    /// Reads the input from JSON. Unknown fields are ignored; `null` is absent.
    pub fn from_json(v: &Value) -> Result<ScheduleInput, ScheduleError> {
        let Some(obj) = v.as_object() else {
            return problem("(root)", "expected an object");
        };
        let cause = match field(obj, "cause") {
            None => return problem("cause", "missing: the diagnosis' cause id"),
            Some(Value::String(s)) => match Cause::from_id(s) {
                Some(c) => c,
                None => return problem("cause", format!("unknown cause id \"{s}\"")),
            },
            Some(_) => return problem("cause", "expected a cause id string"),
        };
        let attempt = match whole(obj, "attempt")? {
            None => 0,
            Some(n) => u32::try_from(n).or_else(|_| problem("attempt", "too large"))?,
        };
        let provider = match field(obj, "provider") {
            None => None,
            Some(Value::String(s)) => match ProviderLevel::ALL.iter().find(|(_, id)| id == s) {
                Some((l, _)) => Some(*l),
                None => return problem(
                    "provider",
                    "expected one of operational, degraded, partial_outage, major_outage, maintenance, unknown",
                ),
            },
            Some(_) => return problem("provider", "expected a status level string"),
        };
        let random = match field(obj, "random") {
            None => 0.5,
            Some(v) => match v.as_f64() {
                Some(f) if (0.0..1.0).contains(&f) => f,
                _ => return problem("random", "expected a number in [0, 1)"),
            },
        };
        Ok(ScheduleInput {
            cause,
            attempt,
            since_first_failure_ms: whole(obj, "sinceFirstFailureMs")?.unwrap_or(0),
            retry_after_ms: whole(obj, "retryAfterMs")?,
            provider,
            provider_resolved_ms: whole(obj, "providerResolvedMs")?,
            random,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnosis::CAUSES;
    use serde_json::json;

    fn decide(v: Value) -> Decision {
        schedule(&ScheduleInput::from_json(&v).unwrap())
    }
    fn after(v: Value) -> u64 {
        match decide(v.clone()) {
            Decision::Retry { after_ms } => after_ms,
            d => panic!("{v} → {d:?}"),
        }
    }
    const RANDOMS: [f64; 6] = [0.0, 0.01, 0.25, 0.5, 0.75, 0.999_999];

    #[test]
    fn what_a_retry_cannot_fix_stops_at_once() {
        for id in [
            "auth",
            "blocked",
            "too_large",
            "blocked_locally",
            "tls",
            "stale_client",
            "unknown",
        ] {
            assert_eq!(
                decide(json!({"cause": id})),
                Decision::Stop {
                    reason: StopReason::NotRetryable
                },
                "{id}"
            );
        }
        // …even when the server named a time: a block or a sign-in does not pass with it.
        assert!(matches!(
            decide(json!({"cause": "auth", "retryAfterMs": 1000})),
            Decision::Stop { .. }
        ));
        // `unknown` that came with a time to come back is retried at that time.
        assert!(after(json!({"cause": "unknown", "retryAfterMs": 60_000})) >= 60_000);
    }

    #[test]
    fn every_other_cause_is_retried() {
        for row in CAUSES {
            let d = decide(json!({"cause": row.id}));
            assert_eq!(
                matches!(d, Decision::Retry { .. }),
                retryable(row.cause, None),
                "{}",
                row.id
            );
        }
    }

    #[test]
    fn never_sooner_than_the_floor_nor_than_retry_after() {
        for row in CAUSES.iter().filter(|r| retryable(r.cause, Some(1))) {
            for attempt in 0..30 {
                for r in RANDOMS {
                    for wait in [None, Some(0), Some(1_000), Some(120_000)] {
                        let d = decide(json!({"cause": row.id, "attempt": attempt, "random": r,
                            "retryAfterMs": wait, "providerResolvedMs": 0}));
                        if let Decision::Retry { after_ms } = d {
                            assert!(after_ms >= FLOOR_MS, "{} {attempt} {r}", row.id);
                            assert!(after_ms >= wait.unwrap_or(0), "{} {attempt} {r}", row.id);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_429_with_retry_after_120_waits_at_least_120_s_jittered_after_it() {
        let waits: Vec<u64> = RANDOMS
            .iter()
            .map(|r| after(json!({"cause": "rate_limited", "retryAfterMs": 120_000, "random": r})))
            .collect();
        assert!(waits.iter().all(|&w| w >= 120_000), "{waits:?}");
        assert!(waits.last().unwrap() - waits[0] >= 10_000, "{waits:?}");
    }

    #[test]
    fn a_rate_limit_without_a_reset_waits_minutes() {
        for attempt in 0..RATE_LIMITED.max_attempts {
            for r in RANDOMS {
                let w = after(json!({"cause": "rate_limited", "attempt": attempt, "random": r}));
                assert!(w >= 120_000, "attempt {attempt}, random {r}: {w}");
            }
        }
    }

    #[test]
    fn delays_grow_with_the_attempt_and_are_capped() {
        for r in RANDOMS {
            let mut last = 0;
            for attempt in 0..TRANSIENT.max_attempts {
                let w = after(json!({"cause": "bad_gateway", "attempt": attempt, "random": r}));
                assert!(w >= last, "attempt {attempt}, random {r}: {w} < {last}");
                assert!(w <= TRANSIENT.cap_ms);
                last = w;
            }
        }
        // The window itself doubles until the cap.
        assert_eq!(window_ms(&TRANSIENT, 0), TRANSIENT.first_ms);
        assert_eq!(window_ms(&TRANSIENT, 1), 2 * TRANSIENT.first_ms);
        assert_eq!(window_ms(&TRANSIENT, 10), TRANSIENT.cap_ms);
        assert_eq!(window_ms(&TRANSIENT, u32::MAX), TRANSIENT.cap_ms);
    }

    #[test]
    fn jitter_spans_the_window() {
        let low = after(json!({"cause": "timeout", "random": 0.0}));
        let high = after(json!({"cause": "timeout", "random": 0.999_999}));
        assert_eq!(low, FLOOR_MS);
        assert!(high > TRANSIENT.first_ms - 1_000, "{high}");
    }

    #[test]
    fn a_confirmed_incident_slows_retries_and_waits_longer() {
        for r in RANDOMS {
            for attempt in 0..5 {
                let normal =
                    after(json!({"cause": "bad_gateway", "attempt": attempt, "random": r}));
                let confirmed = after(json!({"cause": "bad_gateway", "attempt": attempt,
                    "random": r, "provider": "major_outage"}));
                assert!(confirmed >= normal, "{attempt} {r}");
            }
        }
        let long = json!({"cause": "overloaded", "attempt": 3, "sinceFirstFailureMs": 45 * 60_000});
        assert_eq!(
            decide(long.clone()),
            Decision::Stop {
                reason: StopReason::TimeExhausted
            }
        );
        let mut confirmed = long;
        confirmed["provider"] = json!("partial_outage");
        assert!(matches!(decide(confirmed), Decision::Retry { .. }));
    }

    #[test]
    fn the_provider_turning_operational_brings_the_next_retry_forward_still_jittered() {
        let slow = after(json!({"cause": "outage", "attempt": 6, "random": 0.9}));
        let resolved = after(json!({"cause": "outage", "attempt": 6, "random": 0.9,
            "provider": "operational", "providerResolvedMs": 0}));
        assert!(
            resolved <= RESOLVED_WINDOW_MS && resolved < slow,
            "{resolved} {slow}"
        );
        let spread: Vec<u64> = RANDOMS
            .iter()
            .map(|r| {
                after(json!({"cause": "outage", "attempt": 6, "random": r,
                "providerResolvedMs": 0}))
            })
            .collect();
        assert!(spread.last().unwrap() - spread[0] >= 20_000, "{spread:?}");
        // Still failing long after "resolved": the window has widened back to the curve.
        let later = after(json!({"cause": "bad_gateway", "attempt": 6, "random": 0.9,
            "providerResolvedMs": 10 * 60_000}));
        assert_eq!(
            later,
            after(json!({"cause": "bad_gateway", "attempt": 6, "random": 0.9}))
        );
    }

    #[test]
    fn bounded_in_attempts_and_time() {
        for row in CAUSES.iter().filter(|r| retryable(r.cause, None)) {
            let c = curve(row.cause, None);
            assert_eq!(
                decide(json!({"cause": row.id, "attempt": c.max_attempts})),
                Decision::Stop {
                    reason: StopReason::AttemptsExhausted
                }
            );
            assert_eq!(
                decide(json!({"cause": row.id, "sinceFirstFailureMs": c.max_time_ms})),
                Decision::Stop {
                    reason: StopReason::TimeExhausted
                }
            );
        }
        // A reset further away than auto-refresh waits is said, not waited for.
        assert_eq!(
            decide(json!({"cause": "rate_limited", "retryAfterMs": 7 * 24 * 3_600_000u64})),
            Decision::Stop {
                reason: StopReason::WaitTooLong
            }
        );
    }

    #[test]
    fn bad_input_names_the_field() {
        for (v, prefix) in [
            (json!({}), "schedule.cause:"),
            (json!({"cause": "nope"}), "schedule.cause:"),
            (json!({"cause": 3}), "schedule.cause:"),
            (
                json!({"cause": "timeout", "attempt": -1}),
                "schedule.attempt:",
            ),
            (
                json!({"cause": "timeout", "attempt": 1.5}),
                "schedule.attempt:",
            ),
            (
                json!({"cause": "timeout", "attempt": "2"}),
                "schedule.attempt:",
            ),
            (
                json!({"cause": "timeout", "random": 1.0}),
                "schedule.random:",
            ),
            (
                json!({"cause": "timeout", "random": -0.1}),
                "schedule.random:",
            ),
            (
                json!({"cause": "timeout", "provider": "down"}),
                "schedule.provider:",
            ),
            (
                json!({"cause": "timeout", "retryAfterMs": "60"}),
                "schedule.retryAfterMs:",
            ),
            (
                json!({"cause": "timeout", "sinceFirstFailureMs": -5}),
                "schedule.sinceFirstFailureMs:",
            ),
            (json!([1]), "schedule.(root):"),
        ] {
            let e = ScheduleInput::from_json(&v).unwrap_err().to_string();
            assert!(e.starts_with(prefix), "{v} → {e}");
        }
        // Whole numbers written as floats (JS) are fine; nulls are absent.
        let i = ScheduleInput::from_json(
            &json!({"cause": "timeout", "attempt": 3.0, "retryAfterMs": null}),
        )
        .unwrap();
        assert_eq!((i.attempt, i.retry_after_ms), (3, None));
    }

    #[test]
    fn decisions_serialize_as_the_spec_shows() {
        assert_eq!(
            serde_json::to_value(Decision::Retry { after_ms: 14210 }).unwrap(),
            json!({"action": "retry", "afterMs": 14210})
        );
        assert_eq!(
            serde_json::to_value(Decision::Stop {
                reason: StopReason::NotRetryable
            })
            .unwrap(),
            json!({"action": "stop", "reason": "not_retryable"})
        );
    }
}
