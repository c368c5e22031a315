//! Status feeds in their real shapes (tests/data/status/*.json, *.xml) → the provider's level.
#![cfg(not(target_arch = "wasm32"))]

use chatmedic::status::{parse, Level};

/// The JSON feeds say what is open now and ignore the time; it is 2026-11-20T14:30:00Z.
const NOW: f64 = 1_795_185_000_000.0;

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
        NOW,
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
        NOW,
    )
    .unwrap();
    assert_eq!((git.level, git.incident), (Level::Operational, None));
    // By id, too; and the whole page by its indicator.
    assert_eq!(
        parse(
            "statuspage",
            &feed("statuspage-github-copilot-outage.json"),
            Some("pjmpxvq2cmr2"),
            NOW
        )
        .unwrap()
        .level,
        Level::PartialOutage
    );
    assert_eq!(
        parse(
            "statuspage",
            &feed("statuspage-github-copilot-outage.json"),
            None,
            NOW
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
        NOW,
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
        NOW,
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
        NOW,
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
        NOW,
    )
    .unwrap();
    assert_eq!(s.level, Level::Unknown);
}

#[test]
fn incidentio_full_outage_is_a_major_outage_of_the_group() {
    let f = feed("incidentio-openai-chatgpt-outage.json");
    let s = parse("incidentio", &f, Some("ChatGPT"), NOW).unwrap();
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
        parse("incidentio", &f, Some("Sora"), NOW).unwrap().level,
        Level::Operational
    );
    assert_eq!(
        parse("incidentio", &f, Some("Login"), NOW).unwrap().level,
        Level::MajorOutage,
        "the ongoing incident's worst impact counts"
    );
}

#[test]
fn google_active_incidents_of_the_product_only() {
    let f = feed("google-gemini-incidents.json");
    let s = parse("google", &f, Some("npdyhgECDJ6tB66MxXyo"), NOW).unwrap();
    assert_eq!(s.level, Level::PartialOutage);
    assert_eq!(
        s.incident.as_deref(),
        Some("Users may be experiencing errors when using the Gemini app")
    );
    // Gmail's outage is not Gemini's; a product with only ended incidents is operational.
    assert_eq!(
        parse("google", "[]", Some("npdyhgECDJ6tB66MxXyo"), NOW)
            .unwrap()
            .level,
        Level::Operational
    );
}

#[test]
fn instatus_page_and_incident_impact() {
    let s = parse("instatus", &feed("instatus-hasissues.json"), None, NOW).unwrap();
    assert_eq!(s.level, Level::PartialOutage);
    assert_eq!(s.incident.as_deref(), Some("Slow responses from the chat"));
}

#[test]
fn serialises_as_evidence_provider() {
    let s = parse(
        "statuspage",
        &feed("statuspage-github-copilot-outage.json"),
        Some("Copilot"),
        NOW,
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
    let s = parse("incidentio", &f, Some("ChatGPT"), NOW).unwrap();
    assert_eq!(s.since.as_deref(), Some("2026-11-20T14:22:00Z"));
    assert_eq!(s.affected, ["Conversations", "Login"]);
    let s = parse(
        "statuspage",
        &feed("statuspage-github-copilot-outage.json"),
        Some("Copilot"),
        NOW,
    )
    .unwrap();
    assert_eq!(s.since.as_deref(), Some("2026-11-20T14:21:40.000Z"));
    assert_eq!(s.affected, ["Copilot"]);
    let s = parse("instatus", &feed("instatus-hasissues.json"), None, NOW).unwrap();
    assert_eq!(s.since.as_deref(), Some("2026-11-20T10:00:00.000Z"));
    // Operational: nothing started, nothing affected.
    let ok = parse(
        "statuspage",
        &feed("statuspage-claude-operational.json"),
        Some("claude.ai"),
        NOW,
    )
    .unwrap();
    assert_eq!((ok.since, ok.affected.len()), (None, 0));
}

#[test]
fn betterstack_page_resources_and_open_reports() {
    let f = feed("betterstack-huggingface-downtime.json");
    let page = parse("betterstack", &f, None, NOW).unwrap();
    assert_eq!(page.level, Level::MajorOutage, "downtime is a major outage");
    assert_eq!(page.incident.as_deref(), Some("Hub unavailable"));
    assert_eq!(page.since.as_deref(), Some("2026-11-20T14:02:00.000Z"));
    assert_eq!(page.affected, ["Hub"]);
    // One resource: its own state, and only the reports that touch it.
    let spaces = parse("betterstack", &f, Some("Spaces"), NOW).unwrap();
    assert_eq!((spaces.level, spaces.incident), (Level::Operational, None));
    let hub = parse("betterstack", &f, Some("812001"), NOW).unwrap();
    assert_eq!(hub.level, Level::MajorOutage);
    assert_eq!(hub.incident.as_deref(), Some("Hub unavailable"));
    // Report → resource ids written as numbers count the same.
    let numeric = f.replace(
        "\"status_page_resource_id\": \"812001\"",
        "\"status_page_resource_id\": 812001",
    );
    assert_ne!(numeric, f);
    let hub = parse("betterstack", &numeric, Some("Hub"), NOW).unwrap();
    assert_eq!(hub.incident.as_deref(), Some("Hub unavailable"));
    // A resource the page does not list is unknown, never all good; not_monitored says nothing.
    assert_eq!(
        parse("betterstack", &f, Some("HuggingChat"), NOW)
            .unwrap()
            .level,
        Level::Unknown
    );
    assert_eq!(
        parse("betterstack", &f, Some("Inference Endpoints"), NOW)
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
    let s = parse("betterstack", &healed, None, NOW).unwrap();
    assert_eq!((s.level, s.incident), (Level::Operational, None));
    // Not a Better Stack page.
    assert!(parse("betterstack", "{\"page\": {}}", None, NOW).is_err());
}

const HOUR: f64 = 3_600_000.0;

/// An RSS 2.0 channel around `items`.
fn channel(items: &str) -> String {
    format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Status</title>{items}</channel></rss>"#
    )
}

#[test]
fn rss_xai_open_incident_on_grok_web_with_its_words_link_and_start() {
    let f = feed("rss-xai-grok-outage.xml");
    let s = parse("rss", &f, Some("Grok (Web)"), NOW).unwrap();
    assert_eq!(s.level, Level::PartialOutage, "outage and unavailable");
    assert_eq!(
        s.incident.as_deref(),
        Some("Grok is Temporarily Unavailable.")
    );
    assert_eq!(
        s.incident_url.as_deref(),
        Some("https://status.x.ai/grok-com/INC7f3e2a91")
    );
    assert_eq!(
        s.since.as_deref(),
        Some("Fri, 20 Nov 2026 14:02:00 GMT"),
        "as the feed writes it, as the other formats' dates are"
    );
    assert_eq!(s.affected, ["Grok (Web)"]);
    // The service as the titles tag it, whatever its case; without a component, the worst of
    // the feed.
    assert_eq!(parse("rss", &f, Some("grok (web)"), NOW).unwrap(), s);
    assert_eq!(parse("rss", &f, None, NOW).unwrap(), s);
    assert_eq!(
        parse("rss", &f, Some("grok-com"), NOW).unwrap().level,
        Level::Operational,
        "a service the titles do not tag has only the untagged incidents"
    );
    // Another service: its own incidents only (iOS's is resolved; the console's is not its).
    let ios = parse("rss", &f, Some("Grok (iOS)"), NOW).unwrap();
    assert_eq!((ios.level, ios.incident), (Level::Operational, None));
    // The console's, with its entity decoded; "monitoring" is still open, and Degraded.
    let console = parse("rss", &f, Some("API Console"), NOW).unwrap();
    assert_eq!(console.level, Level::Degraded);
    assert_eq!(
        console.incident.as_deref(),
        Some("Console & usage pages not loading")
    );
}

#[test]
fn rss_xai_resolved_items_and_an_empty_channel_are_operational() {
    let f = feed("rss-xai-resolved.xml");
    for component in [None, Some("Grok (Web)"), Some("Grok (iOS)")] {
        let s = parse("rss", &f, component, NOW).unwrap();
        assert_eq!(
            (s.level, s.incident, s.since),
            (Level::Operational, None, None)
        );
    }
    // Resolved hours ago, on the day of the outage: still over.
    let that_day = NOW - 77.0 * 24.0 * HOUR;
    assert_eq!(
        parse("rss", &f, None, that_day).unwrap().level,
        Level::Operational
    );
    assert_eq!(
        parse("rss", &channel(""), Some("Grok (Web)"), NOW)
            .unwrap()
            .level,
        Level::Operational
    );
}

#[test]
fn rss_an_open_incident_counts_for_a_week_an_unmarked_one_for_a_day() {
    let f = feed("rss-xai-grok-outage.xml");
    let later = |days: f64| parse("rss", &f, Some("Grok (Web)"), NOW + days * 24.0 * HOUR).unwrap();
    assert_eq!(later(6.0).level, Level::PartialOutage);
    assert_eq!(
        later(8.0).level,
        Level::Operational,
        "forgotten, not current"
    );
    // No state word at all (a bare announcement): current for a day after its date.
    let bare = channel(
        "<item><title>Elevated error rates</title><pubDate>Fri, 20 Nov 2026 12:30:00 +0000</pubDate></item>",
    );
    assert_eq!(
        parse("rss", &bare, None, NOW).unwrap().level,
        Level::Degraded
    );
    // (Dated 12:30, two hours before NOW.)
    assert_eq!(
        parse("rss", &bare, None, NOW + 21.0 * HOUR).unwrap().level,
        Level::Degraded
    );
    assert_eq!(
        parse("rss", &bare, None, NOW + 23.0 * HOUR).unwrap().level,
        Level::Operational
    );
    // Undated: taken at its word when it says it is open, else not counted.
    let undated_open =
        channel("<item><title>Outage</title><description>Investigating</description></item>");
    assert_eq!(
        parse("rss", &undated_open, None, NOW).unwrap().level,
        Level::PartialOutage
    );
    let undated = channel("<item><title>Slow answers</title></item>");
    assert_eq!(
        parse("rss", &undated, None, NOW).unwrap().level,
        Level::Operational
    );
}

#[test]
fn rss_the_latest_update_decides_and_words_give_the_level() {
    // Statuspage's history.rss: updates newest first, each "<strong>State</strong> - words".
    let item = |updates: &str| {
        channel(&format!(
            "<item><title>Incident with Copilot</title><link>https://www.githubstatus.com/incidents/x1</link>\
             <pubDate>Fri, 20 Nov 2026 14:21:40 +0000</pubDate><description>{}</description></item>",
            updates.replace('<', "&lt;").replace('>', "&gt;")
        ))
    };
    let level = |updates: &str| parse("rss", &item(updates), None, NOW).unwrap().level;
    let investigating = "<p><small>Nov 20</small><br><strong>Investigating</strong> - We are investigating reports of degraded performance.</p>";
    assert_eq!(level(investigating), Level::Degraded);
    let resolved = format!(
        "<p><strong>Resolved</strong> - This incident has been resolved.</p>{investigating}"
    );
    assert_eq!(level(&resolved), Level::Operational);
    assert_eq!(
        level(&format!(
            "<p><strong>Postmortem</strong> - What happened.</p>{resolved}"
        )),
        Level::Operational
    );
    assert_eq!(
        level("<p><strong>Identified</strong> - A major outage of Copilot Chat: a fix is rolling out.</p>"),
        Level::MajorOutage
    );
    assert_eq!(
        level("<p><strong>Monitoring</strong> - The disruption is easing.</p>"),
        Level::PartialOutage
    );
    // "Unresolved" is not "resolved".
    assert_eq!(
        level("<p>The issue is still unresolved; we are on it.</p>"),
        Level::Degraded
    );
    // Maintenance: in progress is current; scheduled (later) and completed are not.
    assert_eq!(
        level(
            "<p><strong>In progress</strong> - Scheduled maintenance is currently in progress.</p>"
        ),
        Level::Maintenance
    );
    assert_eq!(
        level("<p><strong>Scheduled</strong> - We will be undergoing maintenance on Dec 1.</p>"),
        Level::Operational
    );
    assert_eq!(
        level("<p><strong>Completed</strong> - The maintenance has been completed.</p><p><strong>In progress</strong> - Maintenance is in progress.</p>"),
        Level::Operational
    );
    let s = parse("rss", &item(investigating), Some("Copilot"), NOW).unwrap();
    assert_eq!(s.incident.as_deref(), Some("Incident with Copilot"));
    assert_eq!(
        s.incident_url.as_deref(),
        Some("https://www.githubstatus.com/incidents/x1")
    );
    assert_eq!(s.since.as_deref(), Some("Fri, 20 Nov 2026 14:21:40 +0000"));
    assert!(
        s.affected.is_empty(),
        "an untagged incident names no service"
    );
}

#[test]
fn rss_entities_and_cdata_in_titles_and_links() {
    let f = channel(
        "<item><title><![CDATA[[Grok (Web)] Errors & <slow> answers]]></title>\
         <link>https://status.x.ai/grok-com/INC1?a=1&amp;b=2</link>\
         <category>investigating</category><pubDate>Fri, 20 Nov 2026 14:00:00 GMT</pubDate></item>\
         <item><title>It&apos;s &quot;down&quot; &amp; a full outage</title><category>identified</category>\
         <pubDate>Fri, 20 Nov 2026 13:00:00 GMT</pubDate></item>",
    );
    let web = parse("rss", &f, Some("Grok (Web)"), NOW).unwrap();
    assert_eq!(
        web.level,
        Level::MajorOutage,
        "the untagged full outage concerns it too"
    );
    assert_eq!(
        web.incident.as_deref(),
        Some("It's \"down\" & a full outage")
    );
    let only_web = f.replace("full outage", "slowness");
    let web = parse("rss", &only_web, Some("Grok (Web)"), NOW).unwrap();
    assert_eq!(web.incident.as_deref(), Some("Errors & <slow> answers"));
    assert_eq!(
        web.incident_url.as_deref(),
        Some("https://status.x.ai/grok-com/INC1?a=1&b=2")
    );
}

#[test]
fn what_is_not_an_rss_feed_is_an_error_that_says_so() {
    for (body, says) in [
        (
            "<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>",
            "not an RSS feed",
        ),
        (
            "<HTML><body>502 Bad Gateway</body></HTML>",
            "not an RSS feed",
        ),
        ("{\"status\": {\"indicator\": \"none\"}}", "not an RSS feed"),
        ("", "not an RSS feed"),
        // Atom is not read (status::rss says why).
        (
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</title></entry></feed>",
            "not an RSS feed",
        ),
        ("<rss version=\"2.0\"></rss>", "broken"),
        ("<rss><channel><item><title>Outage</title>", "broken"),
        ("<rss><channel><item><title>Outage</title></item>", "broken"),
        (
            "<rss><channel><item><title>Outage</title></channel></rss>",
            "broken",
        ),
    ] {
        let e = parse("rss", body, None, NOW).unwrap_err().to_string();
        assert!(e.contains(says), "{body:?} gave {e:?}");
    }
    let e = parse("rss", &channel(""), None, f64::NAN).unwrap_err();
    assert!(e.0.contains("now"), "{e}");
}
