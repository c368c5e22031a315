//! The answer. (Minimal first version; the core issue replaces it.)
use crate::evidence::Evidence;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Diagnosis {
    pub cause: &'static str,
    pub side: &'static str,
    pub confidence: f32,
    pub site: Option<&'static str>,
    pub fixes: Vec<&'static str>,
    pub why: Vec<String>,
}

pub fn diagnose(e: &Evidence) -> Diagnosis {
    let site = crate::sites::site_for(e).map(|s| s.id);
    let (cause, side, fixes) = match e.http_status {
        Some(502) => (
            "bad_gateway",
            "service",
            vec!["reload", "retry_later", "check_status"],
        ),
        _ => ("unknown", "unknown", vec!["reload"]),
    };
    let why = e
        .http_status
        .map(|s| format!("http_status_{s}"))
        .into_iter()
        .collect();
    Diagnosis {
        cause,
        side,
        confidence: 0.5,
        site,
        fixes,
        why,
    }
}
