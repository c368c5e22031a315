//! The fleet simulation (native only): many clients meet one outage and follow a retry
//! policy until a retry lands after it. What auto-refresh's curve is chosen and defended by
//! (`chatmedic fleet`, `make bench`, `docs/auto-refresh.md`).
//!
//! Half of the clients were mid-answer when the outage began and fail at the same instant;
//! the other half arrive at uniformly random moments during it and fail on arrival. The
//! service fails every request until the outage ends and answers every request after it
//! (load does not prolong the outage here, so the figures favour the aggressive policies).
//! Counted: the retries each policy sends (the failures that started each client's run are
//! the same for every policy and are not counted), per second of simulated time.
use crate::diagnosis::Cause;
use crate::evidence::ProviderLevel;
use crate::schedule::{schedule, schedule_on, Curve, Decision, ScheduleInput, TRANSIENT};
use crate::watch::{self, Check, Target, WatchDecision, WatchInput, WATCH};
use serde::Serialize;

/// Chrome's error-page auto-reload steps (net_error_helper_core.cc): the last repeats.
pub const CHROME_STEPS_MS: [u64; 7] = [1_000, 5_000, 30_000, 60_000, 300_000, 600_000, 1_800_000];
/// What timer-reload extensions do.
pub const FIXED_TIMER_MS: u64 = 5_000;

/// When the provider's status page says what the clients see, in the `OursWithFeed` policy:
/// status pages acknowledge an incident minutes after it starts and mark it resolved minutes
/// after it ends.
pub const FEED_ACKNOWLEDGES_AFTER_MS: u64 = 5 * 60_000;
pub const FEED_RESOLVES_AFTER_MS: u64 = 5 * 60_000;

/// A retry policy: the next delay after `attempt` retries, or `None` to give up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Policy {
    /// A fixed 5-second timer, forever.
    FixedTimer,
    /// Chrome's error-page schedule, no jitter, forever.
    Chrome,
    /// Our `schedule` for a failure of `cause`, without a status feed.
    Ours(Cause),
    /// Our `schedule`, told what the provider's feed says (acknowledged and resolved late).
    OursWithFeed(Cause),
    /// Our rules on another curve (`chatmedic fleet --sweep`: why the curve is what it is).
    Curve(Curve),
    /// "Tell me when it's back": the watch's checks (`watch::decide`) for a failure of `cause`.
    Watch(Cause),
    /// The watch's rules on another curve (`chatmedic fleet --watch`).
    WatchCurve(Curve),
}

impl Policy {
    pub fn name(self) -> String {
        match self {
            Policy::FixedTimer => "fixed 5 s timer".into(),
            Policy::Chrome => "Chrome's schedule".into(),
            Policy::Ours(c) => format!("chatmedic ({})", c.as_str()),
            Policy::OursWithFeed(c) => format!("chatmedic ({}) + status feed", c.as_str()),
            Policy::Curve(c) => format!(
                "first {} s, x{}, cap {} s",
                c.first_ms / 1000,
                c.growth,
                c.cap_ms / 1000
            ),
            Policy::Watch(c) => format!("chatmedic watch ({})", c.as_str()),
            Policy::WatchCurve(c) => format!(
                "watch: first {} s, x{}, cap {} s",
                c.first_ms / 1000,
                c.growth,
                c.cap_ms / 1000
            ),
        }
    }
}

/// One outage: how long it lasts and how many clients meet it.
#[derive(Debug, Clone, Copy)]
pub struct Scenario {
    pub outage_ms: u64,
    pub clients: u32,
    pub seed: u64,
}

/// What one policy did in one scenario.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub policy: String,
    pub outage_s: u64,
    pub clients: u32,
    /// The most retries the service received in one second.
    pub peak_per_s: u32,
    /// The second in which that peak fell (from the outage's start).
    pub peak_at_s: u64,
    pub total: u64,
    /// Delay between the outage's end and each recovered client's successful retry.
    pub median_recovery_s: f64,
    pub p95_recovery_s: f64,
    pub gave_up: u32,
}

/// The provider's feed as the `OursWithFeed` clients read it at time `t` of the outage.
fn feed_at(t: u64, outage_ms: u64) -> (Option<ProviderLevel>, Option<u64>) {
    let acknowledged = FEED_ACKNOWLEDGES_AFTER_MS;
    let resolved = outage_ms + FEED_RESOLVES_AFTER_MS;
    if outage_ms <= acknowledged || t < acknowledged {
        (Some(ProviderLevel::Operational), None)
    } else if t < resolved {
        (Some(ProviderLevel::MajorOutage), None)
    } else {
        (Some(ProviderLevel::Operational), Some(t - resolved))
    }
}

/// The delay before the next retry, or `None` to give up.
fn next_delay(
    policy: Policy,
    attempt: u32,
    first: u64,
    now: u64,
    outage: u64,
    random: f64,
) -> Option<u64> {
    match policy {
        Policy::FixedTimer => Some(FIXED_TIMER_MS),
        Policy::Chrome => Some(CHROME_STEPS_MS[(attempt as usize).min(CHROME_STEPS_MS.len() - 1)]),
        Policy::Watch(_) | Policy::WatchCurve(_) => {
            let cause = match policy {
                Policy::Watch(c) => c,
                _ => Cause::BadGateway,
            };
            let mut base = ScheduleInput::new(cause);
            base.attempt = attempt;
            base.since_first_failure_ms = now - first;
            base.random = random;
            let input = WatchInput {
                base,
                side: cause.side(),
                target: Target::Page,
                // Every check before the outage's end found the service failing.
                check: (attempt > 0).then_some(Check {
                    http_status: Some(502),
                }),
            };
            let decision = match policy {
                Policy::WatchCurve(curve) => watch::decide_on(&input, &curve),
                _ => watch::decide(&input),
            };
            match decision {
                WatchDecision::Check { after_ms } | WatchDecision::NotifyAt { after_ms } => {
                    Some(after_ms)
                }
                WatchDecision::Back | WatchDecision::Stop { .. } => None,
            }
        }
        Policy::Curve(_) | Policy::Ours(_) | Policy::OursWithFeed(_) => {
            let cause = match policy {
                Policy::Ours(c) | Policy::OursWithFeed(c) => c,
                _ => Cause::BadGateway,
            };
            let mut input = ScheduleInput::new(cause);
            input.attempt = attempt;
            input.since_first_failure_ms = now - first;
            input.random = random;
            if let Policy::OursWithFeed(_) = policy {
                (input.provider, input.provider_resolved_ms) = feed_at(now, outage);
            }
            let decision = match policy {
                Policy::Curve(curve) => schedule_on(&input, &curve),
                _ => schedule(&input),
            };
            match decision {
                Decision::Retry { after_ms } => Some(after_ms),
                Decision::Stop { .. } => None,
            }
        }
    }
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

/// Runs one policy through one scenario.
pub fn simulate(policy: Policy, s: Scenario) -> Outcome {
    let mut rng = fastrand::Rng::with_seed(s.seed);
    let mut per_second: Vec<u32> = Vec::new();
    let mut recoveries = Vec::with_capacity(s.clients as usize);
    let mut total = 0u64;
    let mut gave_up = 0u32;
    for i in 0..s.clients {
        // Half were mid-answer at the start; the rest arrive during the outage.
        let first = if i % 2 == 0 {
            0
        } else {
            rng.u64(0..s.outage_ms)
        };
        let mut now = first;
        let mut attempt = 0u32;
        loop {
            let Some(delay) = next_delay(policy, attempt, first, now, s.outage_ms, rng.f64())
            else {
                gave_up += 1;
                break;
            };
            now += delay;
            total += 1;
            let second = (now / 1000) as usize;
            if per_second.len() <= second {
                per_second.resize(second + 1, 0);
            }
            per_second[second] += 1;
            if now >= s.outage_ms {
                recoveries.push(now - s.outage_ms);
                break;
            }
            attempt += 1;
        }
    }
    recoveries.sort_unstable();
    let (peak_at_s, peak_per_s) = per_second
        .iter()
        .enumerate()
        .max_by_key(|(_, n)| **n)
        .map_or((0, 0), |(i, n)| (i as u64, *n));
    Outcome {
        policy: policy.name(),
        outage_s: s.outage_ms / 1000,
        clients: s.clients,
        peak_per_s,
        peak_at_s,
        total,
        median_recovery_s: percentile(&recoveries, 0.5),
        p95_recovery_s: percentile(&recoveries, 0.95),
        gave_up,
    }
}

/// The policies compared, in the order they are printed.
pub fn policies(cause: Cause) -> [Policy; 4] {
    [
        Policy::FixedTimer,
        Policy::Chrome,
        Policy::Ours(cause),
        Policy::OursWithFeed(cause),
    ]
}

/// The three outages of the report: a blip, ten minutes, two hours.
pub const OUTAGES_MS: [u64; 3] = [30_000, 10 * 60_000, 2 * 60 * 60_000];

/// Every policy through every outage, each with the same seed (the same clients).
pub fn report(clients: u32, seed: u64, cause: Cause) -> Vec<Outcome> {
    OUTAGES_MS
        .iter()
        .flat_map(|&outage_ms| each(&policies(cause), outage_ms, clients, seed))
        .collect()
}

/// Each policy through one outage, with the same clients.
fn each(policies: &[Policy], outage_ms: u64, clients: u32, seed: u64) -> Vec<Outcome> {
    let scenario = Scenario {
        outage_ms,
        clients,
        seed,
    };
    policies.iter().map(|&p| simulate(p, scenario)).collect()
}

/// The report as a text table.
pub fn table(outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    let mut last_outage = None;
    for o in outcomes {
        if last_outage != Some(o.outage_s) {
            last_outage = Some(o.outage_s);
            let d = if o.outage_s >= 3600 {
                format!("{} h", o.outage_s / 3600)
            } else if o.outage_s >= 60 {
                format!("{} min", o.outage_s / 60)
            } else {
                format!("{} s", o.outage_s)
            };
            out.push_str(&format!(
                "\n  outage of {d}, {} clients (half fail at its start, half arrive during it)\n",
                o.clients
            ));
            out.push_str(&format!(
                "    {:<38} {:>10} {:>10} {:>12} {:>12} {:>8}\n",
                "policy", "peak req/s", "total", "median rec.", "p95 rec.", "gave up"
            ));
        }
        let secs = |s: f64| {
            if s.is_nan() {
                "-".to_string()
            } else {
                format!("{s:.0} s")
            }
        };
        out.push_str(&format!(
            "    {:<38} {:>10} {:>10} {:>12} {:>12} {:>8}\n",
            o.policy,
            o.peak_per_s,
            o.total,
            secs(o.median_recovery_s),
            secs(o.p95_recovery_s),
            o.gave_up
        ));
    }
    out
}

/// Curves around ours, each through the 10-minute outage: what a shorter first window, a
/// smaller or larger cap, or slower growth would cost (`chatmedic fleet --sweep`).
pub fn sweep(clients: u32, seed: u64) -> Vec<Outcome> {
    let outage_ms = 10 * 60_000;
    let mut policies = vec![Policy::FixedTimer, Policy::Chrome];
    for (first, growth, cap) in [
        (10_000, 2.0, 180_000),
        (20_000, 2.0, 180_000),
        (30_000, 2.0, 180_000),
        (40_000, 2.0, 180_000),
        (60_000, 2.0, 180_000),
        (40_000, 2.0, 120_000),
        (40_000, 2.0, 240_000),
        (40_000, 1.5, 180_000),
        (40_000, 3.0, 180_000),
    ] {
        policies.push(Policy::Curve(Curve {
            first_ms: first,
            growth,
            cap_ms: cap,
            ..TRANSIENT
        }));
    }
    each(&policies, outage_ms, clients, seed)
}

/// The watch's outage: half an hour (the yardstick).
pub const WATCH_OUTAGE_MS: u64 = 30 * 60_000;

/// "Tell me when it's back" next to auto-refresh and a fixed timer, through a 30-minute outage,
/// with curves around the watch's (`chatmedic fleet --watch`): what a check costs the service
/// and how soon after the outage the user hears of it.
pub fn watch_report(clients: u32, seed: u64) -> Vec<Outcome> {
    let mut policies = vec![
        Policy::FixedTimer,
        Policy::Ours(Cause::BadGateway),
        Policy::Watch(Cause::BadGateway),
    ];
    for (first, cap) in [(40_000, 120_000), (40_000, 180_000), (20_000, 150_000)] {
        policies.push(Policy::WatchCurve(Curve {
            first_ms: first,
            cap_ms: cap,
            ..WATCH
        }));
    }
    each(&policies, WATCH_OUTAGE_MS, clients, seed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The targets for the watch, in the model: a peak of at most 5 % of a fixed
    /// 5-second timer's, fewer checks in all than auto-refresh's retries, and the user told
    /// within a minute of the service's return (median), three minutes (p95).
    #[test]
    fn the_watch_is_lighter_than_auto_refresh_and_tells_within_a_minute() {
        let o = watch_report(10_000, 1);
        let (timer, auto, watch) = (&o[0], &o[1], &o[2]);
        assert!(
            watch.peak_per_s as f64 <= 0.05 * timer.peak_per_s as f64,
            "peak {} vs the timer's {}",
            watch.peak_per_s,
            timer.peak_per_s
        );
        assert!(
            watch.total < auto.total,
            "{} vs {}",
            watch.total,
            auto.total
        );
        assert!(
            watch.median_recovery_s <= 60.0,
            "{}",
            watch.median_recovery_s
        );
        assert!(watch.p95_recovery_s <= 180.0, "{}", watch.p95_recovery_s);
        assert_eq!(watch.gave_up, 0);
    }
}
