//! Every id the core can emit, so the extension can test that its locale files name them all.
use crate::diagnosis::{Fix, Side, CAUSES};
use crate::fusion::{RULE_WHYS, WHY_FAMILIES};
use crate::signals::{body, concepts, http_status, net_error, text};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CauseEntry {
    pub id: &'static str,
    pub side: &'static str,
    /// What a user typically sees (empty for `unknown`).
    pub example: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Vocabulary {
    pub causes: Vec<CauseEntry>,
    pub sides: Vec<&'static str>,
    pub fixes: Vec<&'static str>,
    /// Exact why ids, sorted.
    pub why: Vec<String>,
    /// Prefixes of parametrised why ids (`http_status_` + code, `net_error_` + lowercase name,
    /// `gemini_error_` + number); the exact ids of known table rows are in `why` too.
    pub why_families: Vec<&'static str>,
    /// Why auto-refresh's schedule stops (`schedule_stop_<id>` in the locale files).
    pub stop_reasons: Vec<&'static str>,
}

/// Every cause, in the contract's order, with its side and example.
pub fn causes() -> Vec<CauseEntry> {
    CAUSES
        .iter()
        .map(|c| CauseEntry {
            id: c.id,
            side: c.side.as_str(),
            example: c.example,
        })
        .collect()
}

pub fn vocabulary() -> Vocabulary {
    let mut why: Vec<String> = RULE_WHYS.iter().map(|s| s.to_string()).collect();
    why.extend(text::rows().map(|r| r.why.to_string()));
    why.extend(concepts::RULES.iter().map(|r| r.id.to_string()));
    why.extend(body::CODES.iter().map(|r| r.why.to_string()));
    why.extend(http_status::STATUSES.iter().map(|r| r.why.to_string()));
    why.extend(http_status::CLOUDFLARE.iter().map(|r| r.why.to_string()));
    why.extend(
        net_error::NET_ERRORS
            .iter()
            .map(|r| net_error::why(r).to_string()),
    );
    why.sort_unstable();
    why.dedup();
    Vocabulary {
        causes: causes(),
        sides: Side::ALL.iter().map(|s| s.as_str()).collect(),
        fixes: Fix::ALL.iter().map(|f| f.as_str()).collect(),
        why,
        why_families: WHY_FAMILIES.to_vec(),
        stop_reasons: crate::schedule::StopReason::ALL
            .iter()
            .map(|r| r.as_str())
            .collect(),
    }
}

impl Vocabulary {
    /// True when `id` is an exact why id or belongs to a family.
    pub fn knows_why(&self, id: &str) -> bool {
        self.why.binary_search_by(|w| w.as_str().cmp(id)).is_ok()
            || self.why_families.iter().any(|p| {
                id.strip_prefix(p).is_some_and(|rest| {
                    !rest.is_empty()
                        && rest
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                })
            })
    }
}
