//! RSS 2.0 status feeds: a list of incidents, not a status.
//!
//! Some status pages publish nothing else: status.x.ai (Grok) has only `feed.xml`. Its shape,
//! as public clients of it record it (there is no recording of our own: this project's machine
//! has no internet): RSS 2.0, one `<item>` per incident and per service, the service tagged in
//! the title (`[Grok (Web)] Models outage`), the incident's page as `<link>`
//! (`https://status.x.ai/grok-com/INC…`), a `pubDate` in RFC 1123, two `<category>`s (a
//! severity, then the state: `available`, `resolved`), and a CDATA HTML description that starts
//! with `<h3>Status: RESOLVED</h3><p>Severity: available</p>` and then lists the updates newest
//! first. Sources, found with `find_string "status.x.ai/feed.xml"`: the `docs/status-pages.md`
//! of a macOS usage meter ("measured 2026-08-17"; "all 105 items were resolved", so nobody has
//! recorded an open item), the fixtures of an xAI status merger's `xai-regions.test.ts` (the
//! 2026-09-03 outage's guids, titles and times) and of a Tauri client's `status.test.ts`.
//! Statuspage's `history.rss` has the same layout without the tag: updates newest first in the
//! description, each `<strong>Resolved</strong> - …` (third-party fixtures of githubstatus.com
//! and netlifystatus.com).
//!
//! So an item is read at its latest word: the first state word (table `MARKS`) in its
//! categories, else in its description, else in its title. Resolved, completed or only
//! scheduled: not a current incident. Open (investigating, identified, monitoring, in
//! progress): a current incident while its date is within `OPEN_FOR_MS`. No state word at all:
//! a current incident only within `UNMARKED_FOR_MS` of its date. The worst current incident
//! gives the level (table `LEVELS`; Degraded unless its words say more) with its title, link and
//! date; none at all is Operational, which the extension shows as "no incident yet" while the
//! site fails, never as "all good".
//!
//! Atom (Statuspage's `history.atom`, incident.io's feeds) is not read: no site of the registry
//! needs it, and its dates (RFC 3339) and links (attributes) cost more of the size budget than
//! is left.
use super::xml;
use super::{FeedError, FeedStatus, Level};
use crate::signals::http_date;

/// State words of incident updates, one row each, matched as whole words without regard to
/// case; `true` for an incident still open. Statuspage's update words, which incident.io and
/// xAI's `Status:` share.
const MARKS: &[(&str, bool)] = &[
    ("investigating", true),
    ("identified", true),
    ("monitoring", true),
    // Statuspage's maintenance updates: scheduled, in progress, verifying, completed.
    ("in progress", true),
    ("verifying", true),
    ("resolved", false),
    ("completed", false),
    // Written after the incident was resolved.
    ("postmortem", false),
    // Announced for later (a maintenance window): nothing is wrong yet.
    ("scheduled", false),
];

/// Words of a current incident that make it worse than Degraded (the level of an open incident
/// whose words say nothing more), one row each; the worst found wins. Plain "outage" is a partial
/// outage: xAI titled an outage of every Grok app "Models outage", and another one "Partial
/// Outage of grok.com"; only words that say so make it major.
const LEVELS: &[(&str, Level)] = &[
    ("maintenance", Level::Maintenance),
    ("outage", Level::PartialOutage),
    // "[API (us-east-1.api.x.ai)] Outages across API, Grok.com, and Grok Build" (status.x.ai).
    ("outages", Level::PartialOutage),
    ("disruption", Level::PartialOutage),
    ("unavailable", Level::PartialOutage),
    ("major outage", Level::MajorOutage),
    ("full outage", Level::MajorOutage),
    ("complete outage", Level::MajorOutage),
];

/// How long an item marked open counts as current: incidents rarely stay open for a week, and
/// a feed whose markers changed shape must not turn its whole archive into current incidents
/// (the bound an xAI client of this feed keeps, for the same reason).
const OPEN_FOR_MS: f64 = 7.0 * 24.0 * 3_600_000.0;
/// How long an item without any state word counts as current after its date.
const UNMARKED_FOR_MS: f64 = 24.0 * 3_600_000.0;

/// Where `word` (lowercase ASCII) first stands in `text` as a whole word, whatever its case.
/// (Markup and character references around a word are not letters: `<strong>Resolved</strong>`
/// and `&lt;strong&gt;Resolved` both hold it.)
fn find_word(text: &str, word: &str) -> Option<usize> {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    let apart = |i: usize| t.get(i).is_none_or(|c| !c.is_ascii_alphanumeric());
    (0..(t.len() + 1).checked_sub(w.len())?).find(|&i| {
        t[i..i + w.len()].eq_ignore_ascii_case(w) && (i == 0 || apart(i - 1)) && apart(i + w.len())
    })
}

/// Whether the state word of `text` that comes first says open.
fn first_mark(text: &str) -> Option<bool> {
    let (mut open, mut at) = (None, usize::MAX);
    for (word, o) in MARKS {
        if let Some(i) = find_word(text, word).filter(|&i| i < at) {
            (at, open) = (i, Some(*o));
        }
    }
    open
}

/// Reads an RSS 2.0 feed at `now` (ms since 1970): its worst current incident, of the service
/// `component` (as the titles tag it; an untagged incident concerns every service).
pub fn parse(body: &str, component: Option<&str>, now: f64) -> Result<FeedStatus, FeedError> {
    let fail = |e: &str| Err(FeedError(e.into()));
    if !now.is_finite() {
        return fail("RSS is read at a time: `now` is missing");
    }
    let rss = xml::all(body, "rss");
    if rss.as_ref().is_some_and(Vec::is_empty) {
        return fail("not an RSS feed");
    }
    // rss > channel > item, each closed: a truncated feed says nothing reliable.
    let items = rss.and_then(|r| xml::all(r.first()?, "channel"));
    let Some(items) = items.and_then(|c| xml::all(c.first()?, "item")) else {
        return fail("broken RSS: an element is not closed, or no <channel>");
    };
    let mut status = FeedStatus::level(Level::Operational);
    for item in items {
        let field = |name| Some(xml::text(xml::all(item, name)?.first()?));
        let mut title = field("title").unwrap_or_default();
        // `[Grok (Web)] Models outage`: the service, then the title.
        let mut service = None;
        if let Some((tag, rest)) = title.strip_prefix('[').and_then(|t| t.split_once(']')) {
            service = Some(tag.trim_ascii().to_string());
            title = rest.trim_ascii().to_string();
        }
        if component.is_some_and(|c| service.as_ref().is_some_and(|s| !s.eq_ignore_ascii_case(c))) {
            continue;
        }
        // Where its words are, latest first: the categories, the description (newest update
        // first; its markup stands between words, which is all the search needs), the title.
        // The first state word among them is the latest update's.
        let mut texts = xml::all(item, "category").unwrap_or_default();
        texts.extend(xml::all(item, "description").unwrap_or_default());
        texts.push(&title);
        let open = texts.iter().find_map(|t| first_mark(t));
        let date = field("pubDate");
        let age = now
            - date
                .as_deref()
                .and_then(http_date::rfc822)
                .unwrap_or(f64::NAN);
        let current = match open {
            Some(false) => false,
            // An open incident without a date is taken at its word.
            Some(true) => age.is_nan() || age <= OPEN_FOR_MS,
            None => age <= UNMARKED_FOR_MS,
        };
        let mut level = Level::Degraded;
        for (word, l) in LEVELS {
            if texts.iter().any(|t| find_word(t, word).is_some()) {
                level = level.max(*l);
            }
        }
        // The first of equals: feeds list the newest first.
        if current && level > status.level {
            status = FeedStatus {
                level,
                incident: Some(title).filter(|t| !t.is_empty()),
                incident_url: field("link"),
                since: date,
                affected: service.into_iter().collect(),
            };
        }
    }
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_lowercase_and_unique() {
        for (i, (w, _)) in MARKS.iter().enumerate() {
            assert_eq!(*w, w.to_ascii_lowercase());
            assert!(!MARKS[i + 1..].iter().any(|(x, _)| x == w), "{w} twice");
        }
        for (i, (w, l)) in LEVELS.iter().enumerate() {
            assert_eq!(*w, w.to_ascii_lowercase());
            assert!(!LEVELS[i + 1..].iter().any(|(x, _)| x == w), "{w} twice");
            assert!(*l > Level::Degraded, "{w}: Degraded is already the default");
        }
    }

    #[test]
    fn words_are_whole_words_and_the_first_one_counts() {
        assert_eq!(find_word("unresolved issue", "resolved"), None);
        assert_eq!(find_word("Resolved-ish", "resolved"), Some(0));
        assert_eq!(find_word("outages", "outage"), None);
        assert_eq!(find_word("an OUTAGE", "outage"), Some(3));
        assert_eq!(find_word("", "outage"), None);
        assert_eq!(
            first_mark("<strong>Monitoring</strong> - a fix is in place. Investigating - looking."),
            Some(true)
        );
        assert_eq!(
            first_mark("&lt;h3&gt;Status: RESOLVED&lt;/h3&gt; Investigating - we are looking."),
            Some(false)
        );
        assert_eq!(first_mark("nothing to see"), None);
    }
}
