//! Property tests: arbitrary text and arbitrary JSON never panic; evidence errors name a field;
//! the contract's rules hold for generated evidence.
#![cfg(not(target_arch = "wasm32"))]

use chatmedic::{diagnose, rules, vocabulary, Evidence};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("url".to_string()),
                    Just("site".to_string()),
                    Just("text".to_string()),
                    Just("httpStatus".to_string()),
                    Just("netError".to_string()),
                    Just("retryAfter".to_string()),
                    Just("online".to_string()),
                    Just("proxy".to_string()),
                    Just("provider".to_string()),
                    Just("level".to_string()),
                    Just("incident".to_string()),
                    Just("requestKind".to_string()),
                    Just("now".to_string()),
                    Just("tzOffsetMinutes".to_string()),
                    "[a-z]{1,8}",
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

const SITES: &[&str] = &[
    "chatgpt",
    "claude",
    "gemini",
    "copilot",
    "github_copilot",
    "perplexity",
    "poe",
    "deepseek",
    "mistral",
    "grok",
    "huggingchat",
    "nope",
];
const NET: &[&str] = &[
    "net::ERR_NAME_NOT_RESOLVED",
    "ERR_CONNECTION_RESET",
    "-106",
    "net::ERR_HTTP2_PROTOCOL_ERROR",
    "ERR_CERT_DATE_INVALID",
    "-20",
    "net::ERR_PROXY_CONNECTION_FAILED",
    "ERR_FAILED",
    "garbage",
];
const LEVELS: &[&str] = &[
    "operational",
    "degraded",
    "partial_outage",
    "major_outage",
    "maintenance",
    "unknown",
];
const PHRASES: &[&str] = &[
    "Something went wrong",
    "Too many requests",
    "at capacity",
    "Verify you are human",
    "Session expired",
    "The message you submitted was too long",
    "network error",
    "Error code 524",
    "Bad Gateway",
    "try again after 7:06 PM",
    "Please wait 17 seconds",
    "服务器繁忙，请稍后再试",
    "5時間の制限に達しました",
    "Conversation not found",
    "access denied 1020",
    "Stream terminated",
    "under maintenance",
    "ERR_CONNECTION_REFUSED",
    "connection refused 127.0.0.1:7890",
    "Your connection is not private",
    "エラー (13)",
    "Something went wrong (9)",
    "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}",
    "usage cap",
    "resets at 9:30 AM",
];

prop_compose! {
    fn arb_evidence()(
        site in prop::option::of(prop::sample::select(SITES)),
        phrases in prop::collection::vec(prop::sample::select(PHRASES), 0..4),
        noise in ".{0,30}",
        status in prop::option::of(prop_oneof![Just(0u16), 400u16..600, 100u16..1000]),
        net in prop::option::of(prop::sample::select(NET)),
        retry_after in prop::option::of(prop_oneof![Just("60".to_string()), Just("Wed, 21 Oct 2015 07:28:00 GMT".to_string()), ".{0,10}"]),
        online in prop::option::of(any::<bool>()),
        proxy in prop::option::of(any::<bool>()),
        level in prop::option::of(prop::sample::select(LEVELS)),
        kind in prop::option::of(prop::sample::select(&["page", "api", "stream"][..])),
        now in prop::option::of(0f64..4e12),
        tz in prop::option::of(-720i32..=840),
    ) -> Value {
        let mut o = Map::new();
        if let Some(s) = site { o.insert("site".into(), json!(s)); }
        if !phrases.is_empty() || !noise.is_empty() {
            o.insert("text".into(), json!(format!("{} {}", phrases.join(". "), noise)));
        }
        if let Some(s) = status { o.insert("httpStatus".into(), json!(s)); }
        if let Some(n) = net { o.insert("netError".into(), json!(n)); }
        if let Some(r) = retry_after { o.insert("retryAfter".into(), json!(r)); }
        if let Some(b) = online { o.insert("online".into(), json!(b)); }
        if let Some(b) = proxy { o.insert("proxy".into(), json!(b)); }
        if let Some(l) = level { o.insert("provider".into(), json!({"level": l})); }
        if let Some(k) = kind { o.insert("requestKind".into(), json!(k)); }
        if let Some(n) = now { o.insert("now".into(), json!(n)); }
        if let Some(t) = tz { o.insert("tzOffsetMinutes".into(), json!(t)); }
        Value::Object(o)
    }
}

/// 2000 cases a property in `cargo test`; `PROPTEST_CASES=N` runs a longer campaign.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_never_panics_and_keeps_the_rules(text in any::<String>(), site in prop::option::of(prop::sample::select(SITES))) {
        let e = Evidence { text: Some(text), site: site.map(String::from), ..Evidence::default() };
        let d = diagnose(&e);
        prop_assert!(rules::violations(&d).is_empty(), "{:?}", rules::violations(&d));
    }

    #[test]
    fn any_json_is_ok_or_an_error_naming_a_field(v in arb_json()) {
        match Evidence::from_json(&v) {
            Ok(e) => {
                let d = diagnose(&e);
                prop_assert!(rules::violations(&d).is_empty(), "{:?}", rules::violations(&d));
                serde_json::to_string(&d).unwrap();
            }
            Err(err) => {
                let m = err.to_string();
                prop_assert!(m.starts_with("evidence.") && m.contains(": "), "{}", m);
            }
        }
    }

    #[test]
    fn generated_evidence_keeps_the_rules_and_the_vocabulary(v in arb_evidence()) {
        let e = Evidence::from_json(&v).unwrap();
        let d = diagnose(&e);
        let violations = rules::violations(&d);
        prop_assert!(violations.is_empty(), "{:?} for {} → {:?}", violations, v, d);
        let vocab = vocabulary();
        for w in d.why.iter().chain(&d.conflicts) {
            prop_assert!(vocab.knows_why(w), "{} not in vocabulary", w);
        }
        if e.online == Some(false) {
            prop_assert_eq!(d.cause, chatmedic::Cause::Offline);
        }
    }
}

#[test]
fn a_10_mib_text_is_diagnosed() {
    let unit = "Sorry, your request failed. Request id: 6c14167f. Reason: Server error: 502 in 2 minutes. ";
    let text = unit.repeat((10 << 20) / unit.len());
    let d = diagnose(&Evidence {
        text: Some(text),
        ..Evidence::default()
    });
    assert_eq!(d.cause, chatmedic::Cause::BadGateway);
}
