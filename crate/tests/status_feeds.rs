//! Status feeds in their real shapes (tests/data/status/*.json) → the provider's level.
#![cfg(not(target_arch = "wasm32"))]

use chatmedic::status::{parse, Level};

fn feed(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/data/status/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn statuspage_component_outage_with_its_incident() {
    let s = parse(
        "statuspage",
        &feed("statuspage-github-copilot-outage.json"),
        Some("Copilot"),
    )
    .unwrap();
    assert_eq!(s.level, Level::PartialOutage);
    assert_eq!(
        s.incident.as_deref(),
        Some("Disruption with some GitHub Copilot models")
    );
    assert_eq!(s.incident_url.as_deref(), Some("https://stspg.io/abc123"));
    // Another component of the same page is fine, and no incident is pinned on it.
    let git = parse(
        "statuspage",
        &feed("statuspage-github-copilot-outage.json"),
        Some("Git Operations"),
    )
    .unwrap();
    assert_eq!((git.level, git.incident), (Level::Operational, None));
    // By id, too; and the whole page by its indicator.
    assert_eq!(
        parse(
            "statuspage",
            &feed("statuspage-github-copilot-outage.json"),
            Some("pjmpxvq2cmr2")
        )
        .unwrap()
        .level,
        Level::PartialOutage
    );
    assert_eq!(
        parse(
            "statuspage",
            &feed("statuspage-github-copilot-outage.json"),
            None
        )
        .unwrap()
        .level,
        Level::PartialOutage
    );
}

#[test]
fn statuspage_operational_ignores_maintenance_that_is_only_scheduled() {
    let s = parse(
        "statuspage",
        &feed("statuspage-claude-operational.json"),
        Some("claude.ai"),
    )
    .unwrap();
    assert_eq!((s.level, s.incident), (Level::Operational, None));
}

#[test]
fn statuspage_maintenance_in_progress_and_resolved_incidents_ignored() {
    let s = parse(
        "statuspage",
        &feed("statuspage-claude-maintenance.json"),
        Some("claude.ai"),
    )
    .unwrap();
    assert_eq!(s.level, Level::Maintenance);
    assert_eq!(
        s.incident.as_deref(),
        Some("Scheduled database maintenance")
    );
    let api = parse(
        "statuspage",
        &feed("statuspage-claude-maintenance.json"),
        Some("Claude API (api.anthropic.com)"),
    )
    .unwrap();
    assert_eq!((api.level, api.incident), (Level::Operational, None));
}

#[test]
fn an_unknown_component_is_unknown_not_all_good() {
    let s = parse(
        "statuspage",
        &feed("statuspage-claude-operational.json"),
        Some("Claude for Chrome"),
    )
    .unwrap();
    assert_eq!(s.level, Level::Unknown);
}

#[test]
fn incidentio_full_outage_is_a_major_outage_of_the_group() {
    let f = feed("incidentio-openai-chatgpt-outage.json");
    let s = parse("incidentio", &f, Some("ChatGPT")).unwrap();
    assert_eq!(s.level, Level::MajorOutage);
    assert_eq!(
        s.incident.as_deref(),
        Some("Elevated error rates for ChatGPT")
    );
    assert!(s
        .incident_url
        .unwrap()
        .starts_with("https://status.openai.com/incidents/"));
    // A component not listed as affected is operational.
    assert_eq!(
        parse("incidentio", &f, Some("Sora")).unwrap().level,
        Level::Operational
    );
    assert_eq!(
        parse("incidentio", &f, Some("Login")).unwrap().level,
        Level::MajorOutage,
        "the ongoing incident's worst impact counts"
    );
}

#[test]
fn google_active_incidents_of_the_product_only() {
    let f = feed("google-gemini-incidents.json");
    let s = parse("google", &f, Some("npdyhgECDJ6tB66MxXyo")).unwrap();
    assert_eq!(s.level, Level::PartialOutage);
    assert_eq!(
        s.incident.as_deref(),
        Some("Users may be experiencing errors when using the Gemini app")
    );
    // Gmail's outage is not Gemini's; a product with only ended incidents is operational.
    assert_eq!(
        parse("google", "[]", Some("npdyhgECDJ6tB66MxXyo"))
            .unwrap()
            .level,
        Level::Operational
    );
}

#[test]
fn instatus_page_and_incident_impact() {
    let s = parse("instatus", &feed("instatus-hasissues.json"), None).unwrap();
    assert_eq!(s.level, Level::PartialOutage);
    assert_eq!(s.incident.as_deref(), Some("Slow responses from the chat"));
}

#[test]
fn serialises_as_evidence_provider() {
    let s = parse(
        "statuspage",
        &feed("statuspage-github-copilot-outage.json"),
        Some("Copilot"),
    )
    .unwrap();
    let v = serde_json::to_value(&s).unwrap();
    assert_eq!(v["level"], "partial_outage");
    assert_eq!(v["incident"], "Disruption with some GitHub Copilot models");
    assert_eq!(v["incidentUrl"], "https://stspg.io/abc123");
}

#[test]
fn the_incident_says_when_it_started_and_what_it_affects() {
    let f = feed("incidentio-openai-chatgpt-outage.json");
    let s = parse("incidentio", &f, Some("ChatGPT")).unwrap();
    assert_eq!(s.since.as_deref(), Some("2026-11-20T14:22:00Z"));
    assert_eq!(s.affected, ["Conversations", "Login"]);
    let s = parse(
        "statuspage",
        &feed("statuspage-github-copilot-outage.json"),
        Some("Copilot"),
    )
    .unwrap();
    assert_eq!(s.since.as_deref(), Some("2026-11-20T14:21:40.000Z"));
    assert_eq!(s.affected, ["Copilot"]);
    let s = parse("instatus", &feed("instatus-hasissues.json"), None).unwrap();
    assert_eq!(s.since.as_deref(), Some("2026-11-20T10:00:00.000Z"));
    // Operational: nothing started, nothing affected.
    let ok = parse(
        "statuspage",
        &feed("statuspage-claude-operational.json"),
        Some("claude.ai"),
    )
    .unwrap();
    assert_eq!((ok.since, ok.affected.len()), (None, 0));
}

#[test]
fn betterstack_page_resources_and_open_reports() {
    let f = feed("betterstack-huggingface-downtime.json");
    let page = parse("betterstack", &f, None).unwrap();
    assert_eq!(page.level, Level::MajorOutage, "downtime is a major outage");
    assert_eq!(page.incident.as_deref(), Some("Hub unavailable"));
    assert_eq!(page.since.as_deref(), Some("2026-11-20T14:02:00.000Z"));
    assert_eq!(page.affected, ["Hub"]);
    // One resource: its own state, and only the reports that touch it.
    let spaces = parse("betterstack", &f, Some("Spaces")).unwrap();
    assert_eq!((spaces.level, spaces.incident), (Level::Operational, None));
    let hub = parse("betterstack", &f, Some("812001")).unwrap();
    assert_eq!(hub.level, Level::MajorOutage);
    assert_eq!(hub.incident.as_deref(), Some("Hub unavailable"));
    // Report → resource ids written as numbers count the same.
    let numeric = f.replace(
        "\"status_page_resource_id\": \"812001\"",
        "\"status_page_resource_id\": 812001",
    );
    assert_ne!(numeric, f);
    let hub = parse("betterstack", &numeric, Some("Hub")).unwrap();
    assert_eq!(hub.incident.as_deref(), Some("Hub unavailable"));
    // A resource the page does not list is unknown, never all good; not_monitored says nothing.
    assert_eq!(
        parse("betterstack", &f, Some("HuggingChat")).unwrap().level,
        Level::Unknown
    );
    assert_eq!(
        parse("betterstack", &f, Some("Inference Endpoints"))
            .unwrap()
            .level,
        Level::Operational
    );
    // All clear once the report has ended and the resource is back.
    let healed = f
        .replace(
            "\"ends_at\": null",
            "\"ends_at\": \"2026-11-20T15:00:00.000Z\"",
        )
        .replace(
            "\"status\": \"downtime\", \"position\"",
            "\"status\": \"operational\", \"position\"",
        )
        .replace(
            "\"aggregate_state\": \"downtime\",\n      \"updated_at\"",
            "\"aggregate_state\": \"operational\",\n      \"updated_at\"",
        );
    let s = parse("betterstack", &healed, None).unwrap();
    assert_eq!((s.level, s.incident), (Level::Operational, None));
    // Not a Better Stack page.
    assert!(parse("betterstack", "{\"page\": {}}", None).is_err());
}
