//! The wasm boundary, run in headless Chromium by wasm-bindgen-test (`make wasm-test`).
//! What crosses it: plain JS objects in, plain JS objects out, a JS `Error` naming the field
//! for bad input, and never a panic, whatever JavaScript hands over.
#![cfg(target_arch = "wasm32")]

use chatmedic::wasm;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON parses")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).expect("a readable property")
}

fn error_message(e: JsValue) -> String {
    let e: js_sys::Error = e
        .dyn_into()
        .expect("a JS Error, not some other thrown value");
    e.message().into()
}

#[wasm_bindgen_test]
fn a_502_from_chatgpt_is_a_bad_gateway_as_a_plain_object() {
    let d = wasm::diagnose(js(r#"{"site":"chatgpt","httpStatus":502}"#)).unwrap();
    assert!(d.is_instance_of::<Object>() && !d.is_instance_of::<js_sys::Map>());
    assert_eq!(get(&d, "cause"), "bad_gateway");
    assert_eq!(get(&d, "side"), "service");
    assert_eq!(get(&d, "site"), "chatgpt");
    let fixes: Array = get(&d, "fixes").dyn_into().unwrap();
    assert!(fixes.length() > 0);
    // It survives a JSON round trip unchanged: it can go straight into chrome.storage.
    let again = JSON::parse(&String::from(JSON::stringify(&d).unwrap())).unwrap();
    assert_eq!(get(&again, "cause"), "bad_gateway");
}

#[wasm_bindgen_test]
fn text_in_three_languages_is_read() {
    for (text, cause) in [
        (
            "Too many requests in 1 hour. Try again later.",
            "rate_limited",
        ),
        ("服务器繁忙，请稍后再试。", "overloaded"),
        ("net::ERR_NAME_NOT_RESOLVED", "dns"),
    ] {
        let ev = Object::new();
        Reflect::set(&ev, &"text".into(), &text.into()).unwrap();
        let d = wasm::diagnose(ev.into()).unwrap();
        assert_eq!(get(&d, "cause"), cause, "for {text:?}");
    }
}

#[wasm_bindgen_test]
fn a_field_of_the_wrong_type_is_an_error_that_names_it() {
    for (evidence, field) in [
        (r#"{"httpStatus":"502"}"#, "httpStatus"),
        (r#"{"text":42}"#, "text"),
        (r#"{"online":"yes"}"#, "online"),
        (r#"{"provider":{"level":7}}"#, "provider"),
    ] {
        let message = error_message(wasm::diagnose(js(evidence)).unwrap_err());
        assert!(message.contains(field), "{evidence} gave {message:?}");
    }
}

#[wasm_bindgen_test]
fn garbage_in_gives_an_error_out_never_a_trap() {
    let garbage: Vec<JsValue> = vec![
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from(12.5),
        JsValue::from("net::ERR_FAILED"),
        JsValue::from(true),
        Array::new().into(),
        js_sys::Function::new_no_args("return 1").into(),
        js_sys::Symbol::for_("x").into(),
        js_sys::BigInt::from(7u64).into(),
        js(r#"[{"text":"502"}]"#),
    ];
    for g in garbage {
        let result = wasm::diagnose(g);
        assert!(result.is_err(), "non-object evidence must be refused");
        assert!(!error_message(result.unwrap_err()).is_empty());
    }
    // And the instance still works afterwards: no trap poisoned it.
    assert_eq!(
        get(
            &wasm::diagnose(js(r#"{"httpStatus":504}"#)).unwrap(),
            "cause"
        ),
        "timeout"
    );
}

#[wasm_bindgen_test]
fn odd_but_valid_evidence_is_diagnosed() {
    let huge = "x".repeat(2 * 1024 * 1024) + " 502 Bad Gateway";
    let ev = Object::new();
    Reflect::set(&ev, &"text".into(), &huge.into()).unwrap();
    Reflect::set(&ev, &"unknownField".into(), &JsValue::from(1)).unwrap();
    Reflect::set(&ev, &"httpStatus".into(), &JsValue::from(1e9)).unwrap();
    // An impossible status is refused by name, not wrapped around.
    let message = error_message(wasm::diagnose(ev.clone().into()).unwrap_err());
    assert!(message.contains("httpStatus"), "{message}");
    Reflect::delete_property(&ev, &"httpStatus".into()).unwrap();
    assert!(wasm::diagnose(ev.into()).is_ok());
    assert!(wasm::diagnose(js(r#"{"text":"\u0000\uffff\ud7ff"}"#)).is_ok());
}

#[wasm_bindgen_test]
fn the_version_crosses_as_a_string() {
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn values_json_cannot_hold_are_refused_with_their_path() {
    // NaN in a field: named, not silently dropped.
    let ev = Object::new();
    Reflect::set(&ev, &"now".into(), &JsValue::from(f64::NAN)).unwrap();
    let message = error_message(wasm::diagnose(ev.into()).unwrap_err());
    assert!(
        message.contains("now") && message.contains("finite"),
        "{message}"
    );
    // A function deep inside: the path leads to it.
    let provider = Object::new();
    Reflect::set(
        &provider,
        &"level".into(),
        &js_sys::Function::new_no_args(""),
    )
    .unwrap();
    let ev = Object::new();
    Reflect::set(&ev, &"provider".into(), &provider).unwrap();
    let message = error_message(wasm::diagnose(ev.into()).unwrap_err());
    assert!(message.contains("provider.level"), "{message}");
    // A Map is not a plain object.
    let message = error_message(wasm::diagnose(js_sys::Map::new().into()).unwrap_err());
    assert!(!message.is_empty());
}

#[wasm_bindgen_test]
fn a_cyclic_object_ends_in_an_error_not_a_stack_overflow() {
    let ev = Object::new();
    Reflect::set(&ev, &"self".into(), &ev).unwrap();
    let message = error_message(wasm::diagnose(ev.into()).unwrap_err());
    assert!(message.contains("deeper"), "{message}");
    assert!(wasm::diagnose(js(r#"{"httpStatus":502}"#)).is_ok());
}

#[wasm_bindgen_test]
fn a_status_feed_is_read_through_the_same_reader() {
    let feed = r#"{"status":{"indicator":"critical","description":"Major System Outage"},
        "incidents":[{"name":"Elevated errors","shortlink":"https://stspg.io/x","status":"investigating"}]}"#;
    let s = wasm::parse_status_feed("statuspage", feed, None, 0.0).unwrap();
    assert_eq!(get(&s, "level"), "major_outage");
    let message =
        error_message(wasm::parse_status_feed("statuspage", "{oops", None, 0.0).unwrap_err());
    assert!(message.contains("not JSON"), "{message}");
}

#[wasm_bindgen_test]
fn an_rss_feed_is_read_from_its_text_at_the_time_given() {
    let feed = r#"<rss version="2.0"><channel><item><title>[Grok (Web)] Models outage</title>
        <link>https://status.x.ai/grok-com/INC1</link><pubDate>Fri, 20 Nov 2026 14:02:00 GMT</pubDate>
        <description><![CDATA[<h3>Status: INVESTIGATING</h3>]]></description></item></channel></rss>"#;
    let now = 1_795_185_000_000.0; // 2026-11-20T14:30:00Z
    let s = wasm::parse_status_feed("rss", feed, Some("Grok (Web)".into()), now).unwrap();
    assert_eq!(get(&s, "level"), "partial_outage");
    assert_eq!(get(&s, "incident"), "Models outage");
    assert_eq!(get(&s, "incidentUrl"), "https://status.x.ai/grok-com/INC1");
    assert_eq!(get(&s, "since"), "Fri, 20 Nov 2026 14:02:00 GMT");
    let affected: Array = get(&s, "affected").dyn_into().unwrap();
    assert_eq!(affected.get(0), "Grok (Web)");
    // A week and a day later it is no longer a current incident.
    let later = wasm::parse_status_feed("rss", feed, None, now + 8.0 * 86_400_000.0).unwrap();
    assert_eq!(get(&later, "level"), "operational");
    // JavaScript that forgets the time (undefined → NaN) gets an Error, not "all good".
    let message = error_message(wasm::parse_status_feed("rss", feed, None, f64::NAN).unwrap_err());
    assert!(message.contains("now"), "{message}");
    let message = error_message(
        wasm::parse_status_feed("rss", "<html><body>Blocked</body></html>", None, now).unwrap_err(),
    );
    assert!(message.contains("not an RSS feed"), "{message}");
}

#[wasm_bindgen_test]
fn schedule_answers_as_the_spec_shows_and_names_bad_fields() {
    let d = wasm::schedule(js(
        r#"{"cause":"rate_limited","retryAfterMs":120000,"random":0.5}"#,
    ))
    .unwrap();
    assert_eq!(get(&d, "action"), "retry");
    assert!(get(&d, "afterMs").as_f64().unwrap() >= 120_000.0);
    let d = wasm::schedule(js(r#"{"cause":"auth"}"#)).unwrap();
    assert_eq!(get(&d, "action"), "stop");
    assert_eq!(get(&d, "reason"), "not_retryable");
    for (input, field) in [
        (r#"{"attempt":1}"#, "schedule.cause"),
        (r#"{"cause":"timeout","random":2}"#, "schedule.random"),
        (r#"{"cause":"timeout","attempt":-1}"#, "schedule.attempt"),
        ("[1]", "schedule.(root)"),
    ] {
        let message = error_message(wasm::schedule(js(input)).unwrap_err());
        assert!(message.starts_with(field), "{input} gave {message:?}");
    }
    assert!(wasm::schedule(JsValue::from(f64::NAN)).is_err());
}

#[wasm_bindgen_test]
fn watch_answers_check_back_or_stop_and_names_bad_fields() {
    let d = wasm::watch(js(r#"{"cause":"bad_gateway","random":0}"#)).unwrap();
    assert_eq!(get(&d, "action"), "check");
    assert_eq!(get(&d, "afterMs").as_f64(), Some(2000.0));
    let d = wasm::watch(js(
        r#"{"cause":"bad_gateway","attempt":2,"check":{"httpStatus":200}}"#,
    ))
    .unwrap();
    assert_eq!(get(&d, "action"), "back");
    let d = wasm::watch(js(r#"{"cause":"auth"}"#)).unwrap();
    assert_eq!(get(&d, "reason"), "not_retryable");
    for (input, field) in [
        (r#"{"cause":"timeout","side":"moon"}"#, "watch.side"),
        (
            r#"{"cause":"timeout","check":{"httpStatus":"x"}}"#,
            "watch.check",
        ),
        ("[1]", "watch.(root)"),
    ] {
        let message = error_message(wasm::watch(js(input)).unwrap_err());
        assert!(message.starts_with(field), "{input} gave {message:?}");
    }
}

#[wasm_bindgen_test]
fn the_parts_of_one_incident_give_one_answer_in_any_order() {
    let a =
        r#"{"httpStatus":429,"retryAfter":"120","requestKind":"api","url":"https://chatgpt.com/"}"#;
    let b = r#"{"text":"Too many requests","requestKind":"page","url":"https://chatgpt.com/"}"#;
    let ab = wasm::diagnose_combined(js(&format!("[{a},{b}]"))).unwrap();
    let ba = wasm::diagnose_combined(js(&format!("[{b},{a}]"))).unwrap();
    assert_eq!(JSON::stringify(&ab).unwrap(), JSON::stringify(&ba).unwrap());
    assert_eq!(get(&get(&ab, "diagnosis"), "cause"), "rate_limited");
    assert_eq!(get(&get(&ab, "evidence"), "retryAfter"), "120");
    let message = error_message(wasm::diagnose_combined(js(r#"[{"text":1}]"#)).unwrap_err());
    assert!(message.starts_with("parts[0]: evidence.text"), "{message}");
    assert!(wasm::diagnose_combined(js(r#"{"text":"x"}"#)).is_err());
}
