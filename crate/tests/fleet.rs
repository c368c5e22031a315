//! The fleet simulation holds auto-refresh's curve to the targets it was chosen for
//! (issue 9, `docs/auto-refresh.md`): on a 10-minute outage, against a fixed 5 s timer and
//! Chrome's schedule, with the same clients.
#![cfg(not(target_arch = "wasm32"))]
use chatmedic::fleet::{simulate, Outcome, Policy, Scenario};
use chatmedic::Cause;

fn run(policy: Policy, outage_ms: u64, seed: u64) -> Outcome {
    simulate(
        policy,
        Scenario {
            outage_ms,
            clients: 10_000,
            seed,
        },
    )
}

#[test]
fn ten_minute_outage_meets_the_targets() {
    for seed in [1, 2, 3] {
        let ten = 10 * 60_000;
        let fixed = run(Policy::FixedTimer, ten, seed);
        let chrome = run(Policy::Chrome, ten, seed);
        for ours in [
            run(Policy::Ours(Cause::BadGateway), ten, seed),
            run(Policy::Ours(Cause::Overloaded), ten, seed),
            run(Policy::Ours(Cause::Connection), ten, seed),
        ] {
            let peak = f64::from(ours.peak_per_s);
            assert!(
                peak <= 0.05 * f64::from(fixed.peak_per_s),
                "{ours:?} vs {fixed:?}"
            );
            assert!(
                peak <= 0.25 * f64::from(chrome.peak_per_s),
                "{ours:?} vs {chrome:?}"
            );
            assert!(
                ours.total as f64 <= 0.10 * fixed.total as f64,
                "{ours:?} vs {fixed:?}"
            );
            assert!(ours.median_recovery_s <= 60.0, "{ours:?}");
            assert!(ours.p95_recovery_s <= 180.0, "{ours:?}");
            assert_eq!(ours.gave_up, 0, "{ours:?}");
        }
    }
}

#[test]
fn the_baselines_behave_as_their_schedules_say() {
    let ten = 10 * 60_000;
    let fixed = run(Policy::FixedTimer, ten, 1);
    // Half the fleet failed together and returns together every 5 s, without end.
    assert!(fixed.peak_per_s >= 5_000, "{fixed:?}");
    assert_eq!(fixed.gave_up, 0);
    let chrome = run(Policy::Chrome, ten, 1);
    // No jitter: the half that failed together comes back together at 1 s.
    assert!(chrome.peak_per_s >= 5_000, "{chrome:?}");
    // 1+5+30+60+300 s = 396 s, then 600 s more: they recover 396 s after the end.
    assert_eq!(chrome.median_recovery_s, 396.0, "{chrome:?}");
}

#[test]
fn a_long_outage_is_given_up_on_unless_the_provider_confirms_it() {
    let two_hours = 2 * 60 * 60_000;
    let ours = run(Policy::Ours(Cause::BadGateway), two_hours, 1);
    // Unconfirmed, the schedule stops after 30 minutes (and says so); only clients that
    // arrived in the last half hour see the end.
    assert!(ours.gave_up > 8_000, "{ours:?}");
    let confirmed = run(Policy::OursWithFeed(Cause::BadGateway), two_hours, 1);
    assert_eq!(confirmed.gave_up, 0, "{confirmed:?}");
    assert!(confirmed.p95_recovery_s <= 300.0, "{confirmed:?}");
}
