//! What was observed. Every field optional; a field of the wrong type is an error naming the
//! field, never a panic; unknown fields are ignored.
//!
//! Time: `now` is milliseconds since the Unix epoch (UTC), as `Date.now()`.
//! `tzOffsetMinutes` is the local offset EAST of UTC: local time = UTC + offset, i.e.
//! `-new Date().getTimezoneOffset()` in JavaScript (Tokyo = 540, New York in winter = -300).
//! Without `now`, clock times in text ("try again after 7:06 PM") and HTTP-date `Retry-After`
//! values cannot become a delay and are left unknown; without `tzOffsetMinutes`, UTC is assumed.
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

/// The provider's own status level (`provider.level`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderLevel {
    Operational,
    Degraded,
    PartialOutage,
    MajorOutage,
    Maintenance,
    Unknown,
}

impl ProviderLevel {
    pub const ALL: &'static [(ProviderLevel, &'static str)] = &[
        (ProviderLevel::Operational, "operational"),
        (ProviderLevel::Degraded, "degraded"),
        (ProviderLevel::PartialOutage, "partial_outage"),
        (ProviderLevel::MajorOutage, "major_outage"),
        (ProviderLevel::Maintenance, "maintenance"),
        (ProviderLevel::Unknown, "unknown"),
    ];
    pub fn as_str(self) -> &'static str {
        ProviderLevel::ALL
            .iter()
            .find(|(l, _)| *l == self)
            .map_or("unknown", |(_, s)| s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Provider {
    pub level: ProviderLevel,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident: Option<String>,
}

/// What kind of request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    /// The main frame.
    Page,
    /// An XHR/fetch to the site's backend.
    Api,
    /// A streaming response.
    Stream,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub url: Option<String>,
    pub site: Option<String>,
    pub text: Option<String>,
    /// The body of a failed backend response, as the page received it (bounded by the sender):
    /// JSON error objects, Gemini's batchexecute frames. Kept apart from `text` because it is
    /// data, not words a person was shown; it is read for codes and messages all the same.
    pub body: Option<String>,
    pub http_status: Option<u16>,
    pub net_error: Option<String>,
    pub retry_after: Option<String>,
    pub online: Option<bool>,
    pub proxy: Option<bool>,
    pub provider: Option<Provider>,
    pub request_kind: Option<RequestKind>,
    /// Milliseconds since the Unix epoch.
    pub now: Option<f64>,
    /// Minutes east of UTC (local = UTC + offset).
    pub tz_offset_minutes: Option<i32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceError {
    pub field: String,
    pub problem: String,
}

impl fmt::Display for EvidenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "evidence.{}: {}", self.field, self.problem)
    }
}
impl std::error::Error for EvidenceError {}

fn err<T>(field: &str, problem: &str) -> Result<T, EvidenceError> {
    Err(EvidenceError {
        field: field.into(),
        problem: problem.into(),
    })
}

fn get<'a>(obj: &'a Map<String, Value>, k: &str) -> Option<&'a Value> {
    obj.get(k).filter(|v| !v.is_null())
}

fn string(obj: &Map<String, Value>, k: &str, field: &str) -> Result<Option<String>, EvidenceError> {
    match get(obj, k) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => err(field, "expected a string"),
    }
}

fn boolean(obj: &Map<String, Value>, k: &str) -> Result<Option<bool>, EvidenceError> {
    match get(obj, k) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => err(k, "expected true or false"),
    }
}

/// A finite number (JSON numbers from JS arrive as floats).
fn number(obj: &Map<String, Value>, k: &str) -> Result<Option<f64>, EvidenceError> {
    match get(obj, k) {
        None => Ok(None),
        Some(Value::Number(n)) => match n.as_f64() {
            Some(f) if f.is_finite() => Ok(Some(f)),
            _ => err(k, "expected a finite number"),
        },
        Some(_) => err(k, "expected a number"),
    }
}

fn http_status(obj: &Map<String, Value>) -> Result<Option<u16>, EvidenceError> {
    const K: &str = "httpStatus";
    // The contract's type is a number: a string ("502") is refused by name, like any other
    // field of the wrong type, so that a sensor sending the wrong type is caught in tests.
    let Some(f) = number(obj, K)? else {
        return Ok(None);
    };
    if f.fract() != 0.0 || !(0.0..1000.0).contains(&f) {
        return err(K, "expected an integer from 0 to 999");
    }
    // 0 is what fetch reports for an opaque or network-failed response: no status.
    Ok((f > 0.0).then_some(f as u16))
}

fn provider(obj: &Map<String, Value>) -> Result<Option<Provider>, EvidenceError> {
    let p = match get(obj, "provider") {
        None => return Ok(None),
        Some(Value::Object(p)) => p,
        Some(_) => return err("provider", "expected an object"),
    };
    let level = match get(p, "level") {
        None => ProviderLevel::Unknown,
        Some(Value::String(s)) => match ProviderLevel::ALL.iter().find(|(_, id)| id == s) {
            Some((l, _)) => *l,
            None => {
                return err(
                    "provider.level",
                    "expected one of operational, degraded, partial_outage, major_outage, maintenance, unknown",
                )
            }
        },
        Some(_) => return err("provider.level", "expected a string"),
    };
    Ok(Some(Provider {
        level,
        incident: string(p, "incident", "provider.incident")?,
    }))
}

fn request_kind(obj: &Map<String, Value>) -> Result<Option<RequestKind>, EvidenceError> {
    const K: &str = "requestKind";
    match string(obj, K, K)?.as_deref() {
        None => Ok(None),
        Some("page") => Ok(Some(RequestKind::Page)),
        Some("api") => Ok(Some(RequestKind::Api)),
        Some("stream") => Ok(Some(RequestKind::Stream)),
        Some(_) => err(K, "expected one of page, api, stream"),
    }
}

impl Evidence {
    /// Reads evidence from any JSON value; unknown fields are ignored, `null` means absent.
    pub fn from_json(v: &Value) -> Result<Evidence, EvidenceError> {
        let Some(obj) = v.as_object() else {
            return err("(root)", "expected an object");
        };
        let tz = match number(obj, "tzOffsetMinutes")? {
            None => None,
            Some(f) if f.fract() == 0.0 && (-1080.0..=1080.0).contains(&f) => Some(f as i32),
            Some(_) => {
                return err(
                    "tzOffsetMinutes",
                    "expected whole minutes from -1080 to 1080",
                )
            }
        };
        let now = match number(obj, "now")? {
            Some(f) if f < 0.0 => return err("now", "expected milliseconds since 1970"),
            n => n,
        };
        Ok(Evidence {
            url: string(obj, "url", "url")?,
            site: string(obj, "site", "site")?,
            text: string(obj, "text", "text")?,
            body: string(obj, "body", "body")?,
            http_status: http_status(obj)?,
            net_error: string(obj, "netError", "netError")?,
            retry_after: string(obj, "retryAfter", "retryAfter")?,
            online: boolean(obj, "online")?,
            proxy: boolean(obj, "proxy")?,
            provider: provider(obj)?,
            request_kind: request_kind(obj)?,
            now,
            tz_offset_minutes: tz,
        })
    }

    /// Evidence that is only a text (the CLI and tests).
    pub fn text(text: impl Into<String>) -> Evidence {
        Evidence {
            text: Some(text.into()),
            ..Evidence::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_every_field() {
        let e = Evidence::from_json(&json!({
            "url": "https://chatgpt.com/", "site": "chatgpt", "text": "x", "httpStatus": 502,
            "netError": "-105", "retryAfter": "60", "online": true, "proxy": false,
            "provider": {"level": "major_outage", "incident": "Elevated errors"},
            "requestKind": "stream", "now": 1.7e12, "tzOffsetMinutes": -300, "extra": [1]
        }))
        .unwrap();
        assert_eq!(e.http_status, Some(502));
        assert_eq!(e.provider.unwrap().level, ProviderLevel::MajorOutage);
        assert_eq!(e.request_kind, Some(RequestKind::Stream));
        assert_eq!(e.tz_offset_minutes, Some(-300));
    }

    #[test]
    fn wrong_types_name_the_field() {
        for (v, field) in [
            (json!({"text": 5}), "evidence.text:"),
            (json!({"httpStatus": "abc"}), "evidence.httpStatus:"),
            (json!({"httpStatus": 502.5}), "evidence.httpStatus:"),
            (json!({"online": "yes"}), "evidence.online:"),
            (
                json!({"provider": {"level": 3}}),
                "evidence.provider.level:",
            ),
            (json!({"provider": "down"}), "evidence.provider:"),
            (json!({"requestKind": "ws"}), "evidence.requestKind:"),
            (
                json!({"tzOffsetMinutes": 5000}),
                "evidence.tzOffsetMinutes:",
            ),
            (json!([1]), "evidence.(root):"),
        ] {
            let e = Evidence::from_json(&v).unwrap_err().to_string();
            assert!(e.starts_with(field), "{e}");
        }
    }

    #[test]
    fn null_is_absent_and_zero_status_is_no_status() {
        let e = Evidence::from_json(&json!({"text": null, "httpStatus": 0})).unwrap();
        assert_eq!(e.text, None);
        assert_eq!(e.http_status, None);
        let e = Evidence::from_json(&json!({"httpStatus": "429"})).unwrap_err();
        assert!(e.to_string().starts_with("evidence.httpStatus:"), "{e}");
    }
}
