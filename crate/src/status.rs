//! The providers' status feeds → one status (`provider` in the evidence).
//!
//! Five JSON formats (see anchors.md): Atlassian Statuspage v2 `summary.json`, incident.io's
//! native widget feed, Google's Workspace `incidents.json`, Instatus `summary.json`, and
//! Better Stack's `index.json` (a JSON:API document: `data.attributes.aggregate_state`, and in
//! `included[]` the `status_page_resource`s with `public_name` and `status` ∈ operational |
//! degraded | downtime | maintenance | not_monitored, and the `status_report`s with `title`,
//! `starts_at`, `ends_at` (null while open) and `aggregate_state`). And `rss`: an RSS 2.0 feed
//! of incidents (status.x.ai's `feed.xml`), which lists incidents rather than saying what is
//! wrong now, so it is read at a time (`now`): see `rss`.
//! Feeds are read leniently (a field missing or renamed degrades to "unknown", never an
//! error) but a body that is not JSON at all (not RSS for `rss`), or not the format's shape,
//! is an error that says so. Components are matched by name or id, never by position.
mod rss;
mod xml;

use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// How bad things are, worst last; the ids are the contract's `provider.level` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Unknown,
    Operational,
    Degraded,
    Maintenance,
    PartialOutage,
    MajorOutage,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Unknown => "unknown",
            Level::Operational => "operational",
            Level::Degraded => "degraded",
            Level::Maintenance => "maintenance",
            Level::PartialOutage => "partial_outage",
            Level::MajorOutage => "major_outage",
        }
    }
}

/// One row per status word a feed uses, with the level it means.
const WORDS: &[(&str, Level)] = &[
    // Statuspage component statuses and incident.io's (which says full_outage).
    ("operational", Level::Operational),
    ("degraded_performance", Level::Degraded),
    ("partial_outage", Level::PartialOutage),
    ("major_outage", Level::MajorOutage),
    ("full_outage", Level::MajorOutage),
    ("under_maintenance", Level::Maintenance),
    // Statuspage's page indicator.
    ("none", Level::Operational),
    ("minor", Level::Degraded),
    ("major", Level::PartialOutage),
    ("critical", Level::MajorOutage),
    ("maintenance", Level::Maintenance),
    // Instatus page status and incident impact.
    ("up", Level::Operational),
    ("hasissues", Level::Degraded),
    ("undermaintenance", Level::Maintenance),
    ("degradedperformance", Level::Degraded),
    ("minoroutage", Level::PartialOutage),
    ("partialoutage", Level::PartialOutage),
    ("majoroutage", Level::MajorOutage),
    // Better Stack's resource and report states.
    ("degraded", Level::Degraded),
    ("downtime", Level::MajorOutage),
    // Google's status_impact.
    ("service_information", Level::Degraded),
    ("service_disruption", Level::PartialOutage),
    ("service_outage", Level::MajorOutage),
    ("service_maintenance", Level::Maintenance),
    ("planned_maintenance", Level::Maintenance),
];

fn level_of(word: &str) -> Level {
    let word = word.trim().to_ascii_lowercase();
    WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(Level::Unknown, |(_, l)| *l)
}

/// What the feed says, ready to go into `evidence.provider`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeedStatus {
    pub level: Level,
    /// The name of the incident or maintenance that explains the level, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident: Option<String>,
    /// A link to that incident, if the feed gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident_url: Option<String>,
    /// When that incident or maintenance started, as the feed writes it: ISO 8601, or for RSS
    /// the item's `pubDate` (RFC 822, which `new Date()` reads as well; a feed may date an
    /// item by its start or by its last update, and none says which).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// The names of the components it affects, as the feed names them ("Conversations").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub affected: Vec<String>,
}

impl FeedStatus {
    fn level(level: Level) -> FeedStatus {
        FeedStatus {
            level,
            incident: None,
            incident_url: None,
            since: None,
            affected: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FeedError(pub String);

impl fmt::Display for FeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "status feed: {}", self.0)
    }
}
impl std::error::Error for FeedError {}

/// Whether a format is read from its text (`parse_text`) rather than from JSON (`parse_value`).
pub fn is_text(format: &str) -> bool {
    format == "rss"
}

/// Reads a feed of a text format (`rss`) at `now` (ms since 1970). Apart from `parse` so that
/// the wasm build, which gives JSON to `parse_value` through the browser's `JSON.parse`, does
/// not carry serde_json's text parser for it (about 8 KB gzipped).
pub fn parse_text(
    format: &str,
    body: &str,
    component: Option<&str>,
    now: f64,
) -> Result<FeedStatus, FeedError> {
    let component = component.map(str::trim).filter(|c| !c.is_empty());
    match format {
        "rss" => rss::parse(body, component, now),
        other => Err(FeedError(format!("\"{other}\" is not read from text"))),
    }
}

/// Reads a feed of the given format (`statuspage`, `incidentio`, `google`, `instatus`,
/// `betterstack`, `rss`) at `now` (ms since 1970, as `Date.now()`; only `rss` needs it: the
/// JSON feeds say what is open now, an RSS feed dates its incidents).
/// `component` narrows it to one product (a component name or id; for Google a product id; for
/// RSS the service that titles tag in brackets, `[Grok (Web)] …`).
pub fn parse(
    format: &str,
    body: &str,
    component: Option<&str>,
    now: f64,
) -> Result<FeedStatus, FeedError> {
    if is_text(format) {
        return parse_text(format, body, component, now);
    }
    let json: Value =
        serde_json::from_str(body).map_err(|e| FeedError(format!("not JSON ({e})")))?;
    parse_value(format, &json, component)
}

/// A JSON feed already parsed. The wasm build takes this path with the browser's own
/// `JSON.parse`, which keeps serde_json's text parser out of the extension's wasm.
pub fn parse_value(
    format: &str,
    json: &Value,
    component: Option<&str>,
) -> Result<FeedStatus, FeedError> {
    let component = component.map(str::trim).filter(|c| !c.is_empty());
    match format {
        "statuspage" => statuspage(json, component),
        "incidentio" => incidentio(json, component),
        "google" => google(json, component),
        "instatus" => instatus(json),
        "betterstack" => betterstack(json, component),
        "rss" => Err(FeedError("rss is read from its text, not from JSON".into())),
        other => Err(FeedError(format!(
            "unknown format \"{other}\" (expected statuspage, incidentio, google, instatus, betterstack or rss)"
        ))),
    }
}

fn str_at<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn array_at<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Whether a feed's component (an object with `id`/`name`, or `component_id`) is the one asked for.
fn is_component(v: &Value, wanted: &str) -> bool {
    ["id", "name", "component_id"]
        .iter()
        .filter_map(|k| str_at(v, k))
        .any(|s| s.eq_ignore_ascii_case(wanted))
}

fn named(level: Level, incident: Option<&Value>) -> FeedStatus {
    let field = |keys: &[&str]| {
        incident
            .and_then(|i| keys.iter().find_map(|k| str_at(i, k)))
            .map(str::to_string)
    };
    FeedStatus {
        level,
        incident: field(&["name", "title"]),
        incident_url: field(&["shortlink", "url"]),
        // Statuspage: started_at (created_at before it); incident.io: published_at; Instatus:
        // started; Better Stack: starts_at; Statuspage maintenances: scheduled_for.
        since: field(&[
            "started_at",
            "created_at",
            "published_at",
            "started",
            "starts_at",
            "scheduled_for",
        ]),
        affected: Vec::new(),
    }
}

/// Names of `wanted` components (a list of component objects, or of ids to look up in `all`).
fn names_of(ids: &[&str], all: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        let name = all
            .iter()
            .find(|c| str_at(c, "id") == Some(id))
            .and_then(|c| str_at(c, "name"))
            .unwrap_or(id);
        if !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    }
    out
}

fn statuspage(json: &Value, component: Option<&str>) -> Result<FeedStatus, FeedError> {
    if json.get("components").is_none() && json.get("status").is_none() {
        return Err(FeedError(
            "no `status` or `components`: not a Statuspage summary".into(),
        ));
    }
    let unresolved = |i: &&Value| {
        !matches!(
            str_at(i, "status"),
            Some("resolved" | "postmortem" | "completed")
        )
    };
    let incidents: Vec<&Value> = array_at(json, "incidents")
        .iter()
        .filter(unresolved)
        .collect();
    let maintenance = array_at(json, "scheduled_maintenances")
        .iter()
        .find(|m| matches!(str_at(m, "status"), Some("in_progress" | "verifying")));

    let Some(wanted) = component else {
        let mut level = json
            .get("status")
            .and_then(|s| str_at(s, "indicator"))
            .map_or(Level::Unknown, level_of);
        if maintenance.is_some() && level <= Level::Operational {
            level = Level::Maintenance;
        }
        let why = incidents.first().copied().or(maintenance);
        return Ok(named(level, why));
    };
    let Some(c) = array_at(json, "components")
        .iter()
        .find(|c| is_component(c, wanted))
    else {
        return Ok(FeedStatus::level(Level::Unknown));
    };
    let level = str_at(c, "status").map_or(Level::Unknown, level_of);
    let id = str_at(c, "id").unwrap_or(wanted);
    let touches = |i: &Value| {
        array_at(i, "components")
            .iter()
            .any(|x| is_component(x, id) || is_component(x, wanted))
    };
    let why = incidents
        .iter()
        .copied()
        .find(|i| touches(i))
        .or(maintenance.filter(|m| touches(m)));
    let mut status = named(level, why);
    if level > Level::Operational {
        status.affected = str_at(c, "name").map(str::to_string).into_iter().collect();
    }
    Ok(status)
}

fn incidentio(json: &Value, component: Option<&str>) -> Result<FeedStatus, FeedError> {
    let summary = json.get("summary").unwrap_or(json);
    if summary.get("components").is_none() && summary.get("ongoing_incidents").is_none() {
        return Err(FeedError(
            "no `summary.components` or `ongoing_incidents`: not an incident.io feed".into(),
        ));
    }
    // Component ids to look at: the one asked for (by name or id), or all of them.
    let ids: Vec<&str> = match component {
        Some(wanted) => array_at(summary, "components")
            .iter()
            .filter(|c| {
                is_component(c, wanted)
                    || str_at(c, "group_name").is_some_and(|g| g.eq_ignore_ascii_case(wanted))
            })
            .filter_map(|c| str_at(c, "id"))
            .collect(),
        None => Vec::new(),
    };
    if component.is_some() && ids.is_empty() {
        return Ok(FeedStatus::level(Level::Unknown));
    }
    let counts = |id: Option<&str>| component.is_none() || id.is_some_and(|id| ids.contains(&id));
    // A component not listed as affected is operational.
    let mut level = Level::Operational;
    let mut affected: Vec<&str> = Vec::new();
    for a in array_at(summary, "affected_components") {
        if let Some(id) = str_at(a, "component_id").filter(|id| counts(Some(id))) {
            level = level.max(str_at(a, "status").map_or(Level::Unknown, level_of));
            affected.push(id);
        }
    }
    let touches = |i: &Value| {
        component.is_none()
            || array_at(i, "affected_components")
                .iter()
                .any(|a| counts(str_at(a, "component_id").or_else(|| str_at(a, "id"))))
    };
    let incident = array_at(summary, "ongoing_incidents")
        .iter()
        .find(|i| touches(i));
    let maintenance = array_at(summary, "in_progress_maintenances")
        .iter()
        .find(|m| touches(m));
    if maintenance.is_some() && level <= Level::Operational {
        level = Level::Maintenance;
    }
    if let Some(i) = incident {
        // An incident with no per-component status still means the service is not all right.
        let worst = str_at(i, "current_worst_impact").map_or(Level::Degraded, level_of);
        level = level.max(worst);
    }
    let mut status = named(level, incident.or(maintenance));
    status.affected = names_of(&affected, array_at(summary, "components"));
    Ok(status)
}

fn google(json: &Value, product: Option<&str>) -> Result<FeedStatus, FeedError> {
    let incidents = json
        .as_array()
        .ok_or_else(|| FeedError("expected an array of incidents".into()))?;
    let mut worst: Option<(Level, &Value)> = None;
    for i in incidents {
        let active = i.get("end").is_none_or(Value::is_null);
        let affects = product.is_none_or(|p| {
            array_at(i, "affected_products").iter().any(|x| {
                is_component(x, p) || str_at(x, "title").is_some_and(|t| t.eq_ignore_ascii_case(p))
            })
        });
        if !active || !affects {
            continue;
        }
        let impact = str_at(i, "status_impact").map_or(Level::Unknown, level_of);
        let severity = match str_at(i, "severity") {
            Some("high") => Level::MajorOutage,
            Some("medium") => Level::PartialOutage,
            Some("low") => Level::Degraded,
            _ => Level::Unknown,
        };
        let level = if impact == Level::Maintenance {
            impact
        } else {
            impact.max(severity)
        };
        if worst.is_none_or(|(w, _)| level > w) {
            worst = Some((level, i));
        }
    }
    Ok(match worst {
        None => FeedStatus::level(Level::Operational),
        Some((level, i)) => {
            let name = str_at(i, "external_desc")
                .or_else(|| i.get("most_recent_update").and_then(|u| str_at(u, "text")))
                .map(|s| {
                    s.lines()
                        .next()
                        .unwrap_or(s)
                        .trim()
                        .chars()
                        .take(200)
                        .collect()
                });
            let url = str_at(i, "uri")
                .map(|u| format!("https://www.google.com/appsstatus/dashboard/{u}"));
            FeedStatus {
                level,
                incident: name,
                incident_url: url,
                since: str_at(i, "begin").map(str::to_string),
                affected: Vec::new(),
            }
        }
    })
}

fn instatus(json: &Value) -> Result<FeedStatus, FeedError> {
    let page = json
        .get("page")
        .ok_or_else(|| FeedError("no `page`: not an Instatus summary".into()))?;
    let mut level = str_at(page, "status").map_or(Level::Unknown, level_of);
    let incident = array_at(json, "activeIncidents")
        .iter()
        .max_by_key(|i| str_at(i, "impact").map_or(Level::Unknown, level_of));
    if let Some(i) = incident {
        level = level.max(str_at(i, "impact").map_or(Level::Degraded, level_of));
    }
    let maintenance = array_at(json, "activeMaintenances")
        .iter()
        .find(|m| str_at(m, "status") == Some("INPROGRESS"));
    if maintenance.is_some() && level <= Level::Operational {
        level = Level::Maintenance;
    }
    Ok(named(level, incident.or(maintenance)))
}

/// A decimal number written out ("812001"), without the standard parser's error machinery.
fn digits(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    s.bytes().try_fold(0u64, |n, b| {
        b.is_ascii_digit()
            .then(|| n.checked_mul(10)?.checked_add(u64::from(b - b'0')))?
    })
}

fn betterstack(json: &Value, component: Option<&str>) -> Result<FeedStatus, FeedError> {
    let page = json
        .get("data")
        .and_then(|d| d.get("attributes"))
        .filter(|a| a.get("aggregate_state").is_some())
        .ok_or_else(|| {
            FeedError("no `data.attributes.aggregate_state`: not a Better Stack page".into())
        })?;
    let included = array_at(json, "included");
    let of_type = |t: &'static str| {
        included
            .iter()
            .filter(move |i| str_at(i, "type") == Some(t))
    };
    let attr = |v: &'_ Value, k: &str| {
        v.get("attributes")
            .and_then(|a| str_at(a, k))
            .map(str::to_string)
    };
    // The resources asked for (by public name or id), or all of them.
    let resources: Vec<&Value> = of_type("status_page_resource")
        .filter(|r| {
            component.is_none_or(|w| {
                str_at(r, "id").is_some_and(|id| id.eq_ignore_ascii_case(w))
                    || attr(r, "public_name").is_some_and(|n| n.eq_ignore_ascii_case(w))
            })
        })
        .collect();
    if component.is_some() && resources.is_empty() {
        return Ok(FeedStatus::level(Level::Unknown));
    }
    // "not_monitored" says nothing; an unknown word does not turn a page operational.
    let state = |s: Option<String>| s.filter(|s| s != "not_monitored").map(|s| level_of(&s));
    let mut level = match component {
        Some(_) => Level::Operational,
        None => {
            state(str_at(page, "aggregate_state").map(str::to_string)).unwrap_or(Level::Unknown)
        }
    };
    let mut affected = Vec::new();
    for r in &resources {
        if let Some(l) = state(attr(r, "status")).filter(|l| *l != Level::Operational) {
            level = level.max(l);
            affected.extend(attr(r, "public_name"));
        }
    }
    // Open reports (no end yet, not resolved) on the resources asked for.
    let ids: Vec<&str> = resources.iter().filter_map(|r| str_at(r, "id")).collect();
    let open = of_type("status_report").find(|rep| {
        let a = rep.get("attributes");
        let ended = a
            .and_then(|a| a.get("ends_at"))
            .is_some_and(|e| !e.is_null());
        let resolved = attr(rep, "aggregate_state").as_deref() == Some("resolved");
        let touches = component.is_none()
            || a.map(|a| array_at(a, "affected_resources"))
                .unwrap_or(&[])
                .iter()
                .any(|x| {
                    // The id is a string or a number, as JSON:API writers differ.
                    x.get("status_page_resource_id").is_some_and(|id| {
                        ids.iter().any(|w| {
                            id.as_str() == Some(w)
                                || id.as_u64().is_some_and(|n| digits(w) == Some(n))
                        })
                    })
                });
        !ended && !resolved && touches
    });
    if let Some(rep) = open {
        level = level.max(state(attr(rep, "aggregate_state")).unwrap_or(Level::Degraded));
    }
    let mut status = named(level, open.and_then(|r| r.get("attributes")));
    status.affected = affected;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_word_is_lowercase_and_unique() {
        for (i, (w, _)) in WORDS.iter().enumerate() {
            assert_eq!(*w, w.to_ascii_lowercase());
            assert!(!WORDS[i + 1..].iter().any(|(x, _)| x == w), "{w} twice");
        }
        assert_eq!(level_of("MAJOROUTAGE"), Level::MajorOutage);
        assert_eq!(level_of("something new"), Level::Unknown);
    }

    #[test]
    fn levels_serialise_as_the_contract_says() {
        for l in [
            Level::Unknown,
            Level::Operational,
            Level::Degraded,
            Level::Maintenance,
            Level::PartialOutage,
            Level::MajorOutage,
        ] {
            assert_eq!(
                serde_json::to_value(l).unwrap(),
                Value::String(l.as_str().into())
            );
        }
    }

    #[test]
    fn not_json_and_wrong_shapes_are_errors_that_say_so() {
        assert!(parse("statuspage", "<html>", None, 0.0)
            .unwrap_err()
            .0
            .contains("not JSON"));
        assert!(parse("google", "{}", None, 0.0)
            .unwrap_err()
            .0
            .contains("array"));
        assert!(parse("instatus", "[]", None, 0.0).is_err());
        assert!(parse("incidentio", "{\"x\":1}", None, 0.0).is_err());
        assert!(parse("rss", "{}", None, 0.0)
            .unwrap_err()
            .0
            .contains("not an RSS feed"));
        assert!(parse("atom", "{}", None, 0.0)
            .unwrap_err()
            .0
            .contains("unknown format"));
    }
}
