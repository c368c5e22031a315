//! "Is it me or them?": what a reachability check found moves a connection failure's side and
//! its fixes; the core decides what the outcome means.
#![cfg(not(target_arch = "wasm32"))]

use chatmedic::diagnosis::{Fix, Side};
use chatmedic::{diagnose, rules, Cause, Evidence};
use serde_json::json;

fn dropped(reach: serde_json::Value) -> chatmedic::Diagnosis {
    let mut e = json!({"url": "https://www.perplexity.ai/", "netError": "net::ERR_EMPTY_RESPONSE",
        "requestKind": "page", "online": true});
    if !reach.is_null() {
        e["reach"] = reach;
    }
    let d = diagnose(&Evidence::from_json(&e).unwrap());
    assert_eq!(rules::violations(&d), Vec::<String>::new(), "{d:?}");
    d
}

#[test]
fn unchecked_a_dropped_connection_asks_for_a_check() {
    let d = dropped(serde_json::Value::Null);
    assert_eq!((d.cause, d.side), (Cause::Connection, Side::Network));
    assert!(d.check_reach);
}

#[test]
fn only_the_site_fails_it_is_their_side_not_your_network() {
    for reach in [
        json!({"site": false, "status": true, "other": true}),
        json!({"site": false, "status": false, "other": true}),
        json!({"site": false, "other": true}),
    ] {
        let d = dropped(reach.clone());
        assert_eq!(
            (d.cause, d.side),
            (Cause::Connection, Side::Service),
            "{reach}"
        );
        assert!(d.why.iter().any(|w| w == "reach_only_site_fails"));
        assert_eq!(d.fixes[0], Fix::Reload, "not 'check your connection' first");
        assert!(!d.check_reach);
    }
}

#[test]
fn nothing_answers_it_is_your_network() {
    let d = dropped(json!({"site": false, "status": false, "other": false}));
    assert_eq!((d.cause, d.side), (Cause::Connection, Side::Network));
    assert!(d.why.iter().any(|w| w == "reach_nothing_answers"));
    assert_eq!(d.fixes[0], Fix::CheckConnection);
}

#[test]
fn everything_answers_now_it_was_brief() {
    let d = dropped(json!({"site": true, "status": true, "other": true}));
    assert_eq!(d.side, Side::Unknown);
    assert!(d.why.iter().any(|w| w == "reach_all_answer"));
    assert_eq!(d.fixes[0], Fix::Reload);
    assert!(d.retry.advised);
}

#[test]
fn a_site_only_failure_with_an_acknowledged_outage_is_the_outage() {
    let d = diagnose(
        &Evidence::from_json(
            &json!({"url": "https://chatgpt.com/", "netError": "net::ERR_CONNECTION_RESET",
            "reach": {"site": false, "status": true, "other": true},
            "provider": {"level": "partial_outage", "incident": "Elevated errors"}}),
        )
        .unwrap(),
    );
    assert_eq!((d.cause, d.side), (Cause::Outage, Side::Service));
    // Without the check, the provider's word does not move a network failure.
    let d = diagnose(
        &Evidence::from_json(
            &json!({"url": "https://chatgpt.com/", "netError": "net::ERR_CONNECTION_RESET",
            "provider": {"level": "partial_outage"}}),
        )
        .unwrap(),
    );
    assert_eq!(d.cause, Cause::Connection);
}

#[test]
fn a_check_says_nothing_about_failures_that_are_not_connections() {
    let d = diagnose(
        &Evidence::from_json(&json!({"url": "https://chatgpt.com/", "httpStatus": 502,
            "reach": {"site": false, "status": true, "other": true}}))
        .unwrap(),
    );
    assert_eq!((d.cause, d.side), (Cause::BadGateway, Side::Service));
    assert!(!d.why.iter().any(|w| w.starts_with("reach_")));
    let d = diagnose(
        &Evidence::from_json(
            &json!({"netError": "net::ERR_CONNECTION_RESET", "online": false,
            "reach": {"site": false, "status": true}}),
        )
        .unwrap(),
    );
    assert_eq!((d.cause, d.side), (Cause::Offline, Side::Network));
}
