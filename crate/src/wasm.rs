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

/// Every id the core can emit (causes, sides, fixes, why ids and their families).
#[wasm_bindgen]
pub fn vocabulary() -> Result<JsValue, JsValue> {
    to_js(&crate::vocabulary())
}

/// Reads a provider's status feed (`statuspage`, `incidentio`, `google`, `instatus`) into
/// `{level, incident?, incidentUrl?}`. Throws an `Error` saying what was wrong with the feed.
#[wasm_bindgen(js_name = parseStatusFeed)]
pub fn parse_status_feed(
    format: &str,
    body: &str,
    component: Option<String>,
) -> Result<JsValue, JsValue> {
    let status = crate::status::parse(format, body, component.as_deref())
        .map_err(|e| js_sys::Error::new(&e.to_string()))?;
    to_js(&status)
}

/// The core's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}
