//! The wasm boundary: the only module that mentions `wasm_bindgen`.
//!
//! Everything crossing it goes through serde-wasm-bindgen as plain JS objects. Invalid
//! input becomes a JS `Error` naming the field; nothing here may panic on any input.
use crate::evidence::Evidence;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Plain objects and arrays (not `Map`s), so that callers can store them as JSON.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_sys::Error::new(&format!("chatmedic: cannot encode result: {e}")).into())
}

#[wasm_bindgen(start)]
fn start() {
    // A panic is a bug; this makes it reported on the console instead of an opaque trap.
    console_error_panic_hook::set_once();
}

/// Diagnoses one evidence object. Throws an `Error` whose message names the bad field.
#[wasm_bindgen]
pub fn diagnose(evidence: JsValue) -> Result<JsValue, JsValue> {
    let value: serde_json::Value = serde_wasm_bindgen::from_value(evidence)
        .map_err(|e| js_sys::Error::new(&format!("evidence: {e}")))?;
    let evidence = Evidence::from_json(&value).map_err(|e| js_sys::Error::new(&e.to_string()))?;
    to_js(&crate::diagnose(&evidence))
}

/// The site registry as an array of plain objects.
#[wasm_bindgen]
pub fn sites() -> Result<JsValue, JsValue> {
    to_js(crate::sites::SITES)
}

/// Every cause with its default side and an example of what a user sees (the playground's
/// gallery). The full vocabulary, with every why id, is the CLI's (`chatmedic vocabulary`): the
/// extension's tests read it there, and the extension's wasm stays smaller without it.
#[wasm_bindgen]
pub fn causes() -> Result<JsValue, JsValue> {
    to_js(&crate::vocabulary::causes())
}

/// Reads a provider's status feed (`statuspage`, `incidentio`, `google`, `instatus`) into
/// `{level, incident?, incidentUrl?}`. Throws an `Error` saying what was wrong with the feed.
#[wasm_bindgen(js_name = parseStatusFeed)]
pub fn parse_status_feed(
    format: &str,
    body: &str,
    component: Option<String>,
) -> Result<JsValue, JsValue> {
    // The browser's JSON parser, then the same serde-wasm-bindgen path as evidence.
    let parsed =
        js_sys::JSON::parse(body).map_err(|_| js_sys::Error::new("status feed: not JSON"))?;
    let json: serde_json::Value = serde_wasm_bindgen::from_value(parsed)
        .map_err(|e| js_sys::Error::new(&format!("status feed: {e}")))?;
    let status = crate::status::parse_value(format, &json, component.as_deref())
        .map_err(|e| js_sys::Error::new(&e.to_string()))?;
    to_js(&status)
}

/// The core's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}

/// For `make bench` (feature `bench`, never shipped): reads an array of evidence objects once,
/// then diagnoses all of them `rounds` times inside wasm, so that the caller times the core
/// alone. Returns a checksum of the causes, so that no round can be optimised away.
#[cfg(feature = "bench")]
#[wasm_bindgen(js_name = benchCore)]
pub fn bench_core(cases: JsValue, rounds: u32) -> Result<u32, JsValue> {
    let values: Vec<serde_json::Value> = serde_wasm_bindgen::from_value(cases)
        .map_err(|e| js_sys::Error::new(&format!("cases: {e}")))?;
    let cases = values
        .iter()
        .map(Evidence::from_json)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| js_sys::Error::new(&e.to_string()))?;
    let mut sum = 0u32;
    for _ in 0..rounds {
        for e in &cases {
            sum = sum.wrapping_add(crate::diagnose(std::hint::black_box(e)).cause as u32);
        }
    }
    Ok(sum)
}
