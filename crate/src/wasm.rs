//! The wasm boundary: the only module that mentions `wasm_bindgen`.
//!
//! Results cross it as JSON text that `JSON.parse` turns into plain JS objects; input is read into a
//! `serde_json::Value` by `json` below. Invalid input becomes a JS `Error` naming the field;
//! nothing here may panic on any input.
use crate::evidence::Evidence;
use js_sys::{Array, Object};
use serde::Serialize;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Deeper input is refused: evidence and status feeds are a few levels deep, and a cyclic
/// object must end in an error, not in a stack overflow.
const MAX_DEPTH: usize = 64;

/// A JS value as JSON data, read through the JS API. (A serde deserializer would do it too, but
/// its generic error paths format every kind of unexpected value, floats included: 14 KB
/// gzipped, for messages that the readers after it give better.) `NaN`, functions and the like
/// are refused with the path to them; `undefined` is `null`, as JSON.stringify would drop it.
fn json(v: &JsValue, depth: usize) -> Result<Value, String> {
    if v.is_null() || v.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(f) = v.as_f64() {
        // Whole numbers stay integers, as JSON readers expect (`as_u64` on a status code).
        if f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_991.0 {
            return Ok(Value::from(f as i64));
        }
        return serde_json::Number::from_f64(f)
            .map(Value::Number)
            .ok_or_else(|| ": expected a finite number".into());
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if depth >= MAX_DEPTH {
        return Err(format!(": nested deeper than {MAX_DEPTH} levels"));
    }
    if Array::is_array(v) {
        let items = v.unchecked_ref::<Array>();
        let mut out = Vec::with_capacity(items.length() as usize);
        for (i, item) in items.iter().enumerate() {
            out.push(json(&item, depth + 1).map_err(|e| format!("[{i}]{e}"))?);
        }
        return Ok(Value::Array(out));
    }
    if v.is_object() && !v.is_function() && !v.is_instance_of::<js_sys::Map>() {
        let mut out = Map::new();
        for entry in Object::entries(v.unchecked_ref()).iter() {
            let entry = entry.unchecked_into::<Array>();
            let key = entry.get(0).as_string().unwrap_or_default();
            let value = json(&entry.get(1), depth + 1).map_err(|e| format!(".{key}{e}"))?;
            out.insert(key, value);
        }
        return Ok(Value::Object(out));
    }
    Err(format!(
        ": expected JSON data, not a {}",
        v.js_typeof().as_string().unwrap_or_default()
    ))
}

/// Plain objects and arrays (not `Map`s), so that callers can store them as JSON: written as
/// JSON by serde_json and read by the browser's `JSON.parse`. (serde-wasm-bindgen built the
/// objects field by field through JS calls: 1.3 KB more wasm and glue, gzipped.)
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value)
        .map_err(|_| js_sys::Error::new("chatmedic: cannot encode result"))?;
    js_sys::JSON::parse(&text)
}

#[wasm_bindgen(start)]
fn start() {
    // A panic is a bug; this makes it reported on the console instead of an opaque trap.
    console_error_panic_hook::set_once();
}

/// Diagnoses one evidence object. Throws an `Error` whose message names the bad field.
#[wasm_bindgen]
pub fn diagnose(evidence: JsValue) -> Result<JsValue, JsValue> {
    let value = json(&evidence, 0).map_err(|e| js_sys::Error::new(&format!("evidence{e}")))?;
    let evidence = Evidence::from_json(&value).map_err(|e| js_sys::Error::new(&e.to_string()))?;
    to_js(&crate::diagnose(&evidence))
}

/// Diagnoses the evidence of one incident that several sensors saw (`Evidence::combine`: the
/// same answer in every order). Returns `{evidence, diagnosis}`: the combined evidence is what
/// the worker keeps. Throws an `Error` naming the bad part and field.
#[wasm_bindgen(js_name = diagnoseCombined)]
pub fn diagnose_combined(parts: JsValue) -> Result<JsValue, JsValue> {
    let Value::Array(values) =
        json(&parts, 0).map_err(|e| js_sys::Error::new(&format!("parts{e}")))?
    else {
        return Err(js_sys::Error::new("parts: expected an array of evidence objects").into());
    };
    let parts = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            Evidence::from_json(v).map_err(|e| js_sys::Error::new(&format!("parts[{i}]: {e}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let evidence = Evidence::combine(&parts);
    let diagnosis = crate::diagnose(&evidence);
    #[derive(Serialize)]
    struct Combined<'a> {
        evidence: &'a Evidence,
        diagnosis: &'a crate::Diagnosis,
    }
    to_js(&Combined {
        evidence: &evidence,
        diagnosis: &diagnosis,
    })
}

/// Auto-refresh's decision (`shared/spec/auto-refresh.md`): `{action: "retry", afterMs}` or
/// `{action: "stop", reason}`. Throws an `Error` naming the bad field.
#[wasm_bindgen]
pub fn schedule(input: JsValue) -> Result<JsValue, JsValue> {
    let value = json(&input, 0).map_err(|e| js_sys::Error::new(&format!("schedule{e}")))?;
    let input = crate::schedule::ScheduleInput::from_json(&value)
        .map_err(|e| js_sys::Error::new(&e.to_string()))?;
    to_js(&crate::schedule::schedule(&input))
}

/// The watch's decision ("Tell me when it's back"): `{action: "check", afterMs}`,
/// `{action: "notify_at", afterMs}`, `{action: "back"}` or `{action: "stop", reason}`. Throws
/// an `Error` naming the bad field.
#[wasm_bindgen]
pub fn watch(input: JsValue) -> Result<JsValue, JsValue> {
    let value = json(&input, 0).map_err(|e| js_sys::Error::new(&format!("watch{e}")))?;
    let input = crate::watch::WatchInput::from_json(&value)
        .map_err(|e| js_sys::Error::new(&e.to_string()))?;
    to_js(&crate::watch::decide(&input))
}

// The registry and the causes with their examples do not cross here: the extension and the
// playground read them as generated data (`chatmedic sites --json`, `chatmedic vocabulary`,
// written by scripts/build.sh), and the wasm carries no serializer for them (1.2 KB gzipped of
// the size budget, docs/performance.md).

/// Reads a provider's status feed (`statuspage`, `incidentio`, `google`, `instatus`,
/// `betterstack`, `rss`) at `now` (`Date.now()`: an RSS feed dates its incidents) into
/// `{level, incident?, incidentUrl?, since?, affected?}`. Throws an `Error` saying what was
/// wrong with the feed.
#[wasm_bindgen(js_name = parseStatusFeed)]
pub fn parse_status_feed(
    format: &str,
    body: &str,
    component: Option<String>,
    now: f64,
) -> Result<JsValue, JsValue> {
    let status = if crate::status::is_text(format) {
        crate::status::parse_text(format, body, component.as_deref(), now)
    } else {
        // The browser's JSON parser, then the same reader as evidence.
        let parsed =
            js_sys::JSON::parse(body).map_err(|_| js_sys::Error::new("status feed: not JSON"))?;
        let feed = json(&parsed, 0).map_err(|e| js_sys::Error::new(&format!("status feed{e}")))?;
        crate::status::parse_value(format, &feed, component.as_deref())
    };
    to_js(&status.map_err(|e| js_sys::Error::new(&e.to_string()))?)
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
    let Value::Array(values) =
        json(&cases, 0).map_err(|e| js_sys::Error::new(&format!("cases{e}")))?
    else {
        return Err(js_sys::Error::new("cases: expected an array").into());
    };
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
