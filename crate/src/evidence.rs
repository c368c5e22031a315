//! What was observed. Every field optional; a field of the wrong type is an error naming the
//! field, never a panic; unknown fields are ignored.
//!
//! Beyond the contract's fields (shared/spec/diagnosis.md): `body` (a failed backend response's
//! body), `now`, `tzOffsetMinutes`, and `reach: {site?, status?, other?}` — what answered a
//! reachability check ("is it me or them?"): the failing site's origin, its provider's status
//! host, and a well-known host that shares no infrastructure with the site; each `true` when
//! that host answered (any HTTP response), `false` when the connection failed or timed out,
//! absent when not probed. Only a `connection` failure reads it (see `fusion`).
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

/// What answered a reachability check ("is it me or them?"), made with short timeouts and no
/// credentials: the failing site's origin, its provider's status host, and one well-known host
/// that shares no infrastructure with the site. `true` = it answered (any HTTP response),
/// `false` = it did not (no connection, reset, timeout); absent = not probed.
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd, Serialize)]
pub struct Reach {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<bool>,
}

/// What kind of request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Serialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The body of a failed backend response, as the page received it (bounded by the sender):
    /// JSON error objects, Gemini's batchexecute frames. Kept apart from `text` because it is
    /// data, not words a person was shown; it is read for codes and messages all the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub net_error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_kind: Option<RequestKind>,
    /// The outcome of a reachability check, if one was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reach: Option<Reach>,
    /// Milliseconds since the Unix epoch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub now: Option<f64>,
    /// Minutes east of UTC (local = UTC + offset).
    #[serde(skip_serializing_if = "Option::is_none")]
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

fn reach(obj: &Map<String, Value>) -> Result<Option<Reach>, EvidenceError> {
    let r = match get(obj, "reach") {
        None => return Ok(None),
        Some(Value::Object(r)) => r,
        Some(_) => return err("reach", "expected an object"),
    };
    let field = |k: &str, path: &str| match get(r, k) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => err(path, "expected true or false"),
    };
    Ok(Some(Reach {
        site: field("site", "reach.site")?,
        status: field("status", "reach.status")?,
        other: field("other", "reach.other")?,
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
            reach: reach(obj)?,
            now,
            tz_offset_minutes: tz,
        })
    }

    /// The evidence of one incident seen by several sensors (the page's status, an API
    /// request's status, the text the page drew, in any order): one evidence, the same for
    /// every order of `parts`. Per field, the part from the most telling kind of request wins
    /// (page, then stream, then api, then none), ties going to the larger value; texts are
    /// kept, each once, in a fixed order; offline and a proxy count if any part saw them.
    pub fn combine(parts: &[Evidence]) -> Evidence {
        fn rank(e: &Evidence) -> u8 {
            match e.request_kind {
                Some(RequestKind::Page) => 3,
                Some(RequestKind::Stream) => 2,
                Some(RequestKind::Api) => 1,
                None => 0,
            }
        }
        /// The value of the best-ranked part that has one; ties to the larger value.
        fn pick<T: Clone + PartialOrd>(
            parts: &[Evidence],
            field: impl Fn(&Evidence) -> Option<&T>,
        ) -> Option<T> {
            parts
                .iter()
                .filter_map(|e| field(e).map(|v| (rank(e), v)))
                .max_by(|a, b| {
                    a.0.cmp(&b.0)
                        .then(a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal))
                })
                .map(|(_, v)| v.clone())
        }
        let mut texts: Vec<&str> = parts
            .iter()
            .filter_map(|e| e.text.as_deref())
            .filter(|t| !t.trim().is_empty())
            .collect();
        // Insertion sort: an incident has a handful of parts, and `sort_unstable` alone would be
        // 8.7 KB of wasm code (its quicksort).
        for i in 1..texts.len() {
            let mut j = i;
            while j > 0 && texts[j - 1] > texts[j] {
                texts.swap(j - 1, j);
                j -= 1;
            }
        }
        texts.dedup();
        let provider = parts
            .iter()
            .filter_map(|e| e.provider.as_ref())
            .max_by(|a, b| {
                // An unknown level says nothing; of the others, the worst wins.
                let severity = |p: &Provider| match p.level {
                    ProviderLevel::Unknown => 0,
                    ProviderLevel::Operational => 1,
                    ProviderLevel::Degraded => 2,
                    ProviderLevel::Maintenance => 3,
                    ProviderLevel::PartialOutage => 4,
                    ProviderLevel::MajorOutage => 5,
                };
                severity(a)
                    .cmp(&severity(b))
                    .then_with(|| a.incident.cmp(&b.incident))
            })
            .cloned();
        Evidence {
            url: pick(parts, |e| e.url.as_ref()),
            site: pick(parts, |e| e.site.as_ref()),
            text: (!texts.is_empty()).then(|| texts.join("\n")),
            body: pick(parts, |e| e.body.as_ref()),
            http_status: pick(parts, |e| e.http_status.as_ref()),
            net_error: pick(parts, |e| e.net_error.as_ref()),
            retry_after: pick(parts, |e| e.retry_after.as_ref()),
            online: parts.iter().filter_map(|e| e.online).reduce(|a, b| a && b),
            proxy: parts.iter().filter_map(|e| e.proxy).reduce(|a, b| a || b),
            provider,
            request_kind: pick(parts, |e| e.request_kind.as_ref()),
            reach: pick(parts, |e| e.reach.as_ref()),
            now: parts.iter().filter_map(|e| e.now).reduce(f64::max),
            tz_offset_minutes: pick(parts, |e| e.tz_offset_minutes.as_ref()),
        }
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
            "requestKind": "stream", "now": 1.7e12, "tzOffsetMinutes": -300, "extra": [1],
            "reach": {"site": false, "status": true}
        }))
        .unwrap();
        assert_eq!(
            e.reach,
            Some(Reach {
                site: Some(false),
                status: Some(true),
                other: None
            })
        );
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
            (json!({"reach": true}), "evidence.reach:"),
            (json!({"reach": {"site": "no"}}), "evidence.reach.site:"),
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
    fn combining_is_the_same_in_every_order() {
        let parts = [
            json!({"url": "https://chatgpt.com/", "httpStatus": 429, "retryAfter": "3600",
                "requestKind": "api", "now": 1.0, "online": true}),
            json!({"url": "https://chatgpt.com/", "text": "Too many requests in 1 hour. Try again later.",
                "requestKind": "page", "now": 3.0}),
            json!({"url": "https://chatgpt.com/", "httpStatus": 502, "requestKind": "page", "now": 2.0,
                "provider": {"level": "partial_outage"}}),
            json!({"text": "Something went wrong", "online": false, "provider": {"level": "operational"}}),
        ]
        .map(|v| Evidence::from_json(&v).unwrap());
        let first = Evidence::combine(&parts);
        // Every permutation of four parts gives the same evidence, and the same diagnosis.
        let mut order = [0, 1, 2, 3];
        let mut count = 0;
        permute(&mut order, 0, &mut |o| {
            let shuffled: Vec<Evidence> = o.iter().map(|&i| parts[i].clone()).collect();
            assert_eq!(Evidence::combine(&shuffled), first, "{o:?}");
            count += 1;
        });
        assert_eq!(count, 24);
        assert_eq!(
            first.http_status,
            Some(502),
            "the page's status, not the API's"
        );
        assert_eq!(first.retry_after.as_deref(), Some("3600"));
        assert_eq!(first.online, Some(false));
        assert_eq!(first.now, Some(3.0));
        assert_eq!(first.provider.unwrap().level, ProviderLevel::PartialOutage);
        // Combining the combination with a part again changes nothing (idempotent).
        let again = Evidence::combine(&[Evidence::combine(&parts), parts[1].clone()]);
        assert_eq!(again.http_status, Some(502));
        assert_eq!(Evidence::combine(&[]), Evidence::default());
    }

    fn permute(a: &mut [usize; 4], k: usize, f: &mut impl FnMut(&[usize; 4])) {
        if k == a.len() {
            return f(a);
        }
        for i in k..a.len() {
            a.swap(k, i);
            permute(a, k + 1, f);
            a.swap(k, i);
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
