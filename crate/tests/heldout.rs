//! Held-out test sets (crate/tests/data/heldout/*.jsonl): real error messages in many languages
//! from sources that the core's tables and lexicons never use (Firefox's own network error pages
//! from Debian's firefox-esr l10n packages, and the localized error strings of open-source chat
//! clients: open-webui, chatbox, LibreChat; see heldout/README.md). Each row was labelled by
//! reading its text, without looking at what the core answers.
//!
//! This test measures; it does not hold the core to every row. It prints, per language, how many
//! rows the core gets right (its cause is in `accept`), how many it calls `unknown`, and the list
//! of misses (run with `-- --nocapture`). It asserts that every row is well-formed and that the
//! scores stay at or above `FLOORS`.
#![cfg(not(target_arch = "wasm32"))]

use chatmedic::{diagnose, Cause, Evidence};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

/// Minimum share of rows right (0.0–1.0). "en" is English, "others" is every other language
/// together; a language tag ("de", "ja", …) may be added for one language. The floors are the
/// measured scores at the time they were set, to be raised as the core improves — never lowered
/// to make a change pass. Set on 2026-12-07 with the concept layer: English 84.4 %, the others
/// 67.5 % (the phrase tables alone had read 79.5 % and 24.8 %).
const FLOORS: &[(&str, f64)] = &[("en", 0.84), ("others", 0.67)];

/// The order of the table; languages not listed here follow in alphabetical order.
const ORDER: &[&str] = &[
    "en", "ja", "zh", "es", "pt", "fr", "de", "it", "ru", "uk", "ko", "tr", "pl", "id", "vi", "ar",
    "fa", "nl", "hi", "th",
];

#[derive(Default, Clone, Copy)]
struct Tally {
    rows: usize,
    right: usize,
    unknown: usize,
}

impl Tally {
    fn add(&mut self, right: bool, unknown: bool) {
        self.rows += 1;
        self.right += usize::from(right);
        self.unknown += usize::from(unknown);
    }
    fn score(&self) -> f64 {
        if self.rows == 0 {
            0.0
        } else {
            self.right as f64 / self.rows as f64
        }
    }
}

struct Miss {
    id: String,
    lang: String,
    text: String,
    got: &'static str,
    expect: String,
}

#[test]
fn heldout_scores() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/heldout");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no held-out files in {dir}");

    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    // Per language and per half: the sets whose misses were read while the rules were written
    // (Firefox's pages, chatbox), and the ones nobody read (open-webui, LibreChat).
    let mut by_half: BTreeMap<(String, bool), Tally> = BTreeMap::new();
    let mut by_file: Vec<(String, Tally)> = Vec::new();
    let mut misses: Vec<Miss> = Vec::new();
    let mut ids = HashSet::new();
    let mut malformed: Vec<String> = Vec::new();

    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut file_tally = Tally::default();
        for (n, line) in data.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let at = format!("{name}:{}", n + 1);
            let case: Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    malformed.push(format!("{at}: not JSON: {e}"));
                    continue;
                }
            };
            let id = case["id"].as_str().unwrap_or("").to_string();
            if id.is_empty() {
                malformed.push(format!("{at}: no id"));
            } else if !ids.insert(id.clone()) {
                malformed.push(format!("{at}: id {id} twice"));
            }
            let lang = case["lang"].as_str().unwrap_or("").to_string();
            if lang.is_empty() {
                malformed.push(format!("{at} {id}: no lang"));
            }
            if case["source"].as_str().is_none_or(|s| s.trim().is_empty()) {
                malformed.push(format!("{at} {id}: no source"));
            }
            let expect = case["expect"].as_str().unwrap_or("").to_string();
            let accept: Vec<String> = case["accept"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            if accept.is_empty() {
                malformed.push(format!("{at} {id}: no accept"));
            }
            if !accept.contains(&expect) {
                malformed.push(format!("{at} {id}: expect {expect:?} not in accept"));
            }
            for c in accept.iter().chain(std::iter::once(&expect)) {
                if Cause::from_id(c).is_none() {
                    malformed.push(format!("{at} {id}: {c:?} is not a cause id"));
                }
            }
            let text = case["evidence"]["text"].as_str().unwrap_or("").to_string();
            if text.trim().is_empty() {
                malformed.push(format!("{at} {id}: no evidence text"));
            }
            let e = match Evidence::from_json(&case["evidence"]) {
                Ok(e) => e,
                Err(err) => {
                    malformed.push(format!("{at} {id}: evidence does not parse: {err:?}"));
                    continue;
                }
            };
            let got = diagnose(&e).cause.as_str();
            let right = accept.iter().any(|a| a == got);
            let unknown = got == "unknown";
            by_lang.entry(lang.clone()).or_default().add(right, unknown);
            let unread = name.starts_with("open-webui") || name.starts_with("librechat");
            by_half
                .entry((lang.clone(), unread))
                .or_default()
                .add(right, unknown);
            file_tally.add(right, unknown);
            if !right {
                misses.push(Miss {
                    id,
                    lang,
                    text,
                    got,
                    expect,
                });
            }
        }
        by_file.push((name, file_tally));
    }

    // The table.
    let mut langs: Vec<&String> = by_lang.keys().collect();
    langs.sort_by_key(|l| {
        (
            ORDER.iter().position(|o| o == l).unwrap_or(ORDER.len()),
            (*l).clone(),
        )
    });
    let pct = |t: &Tally| format!("{:5.1} %", 100.0 * t.score());
    println!();
    println!("held-out scores (right = the core's cause is in accept)");
    println!(
        "{:<8} {:>5} {:>6} {:>8} {:>8}",
        "lang", "rows", "right", "unknown", "score"
    );
    let mut en = Tally::default();
    let mut others = Tally::default();
    for l in &langs {
        let t = by_lang[*l];
        println!(
            "{:<8} {:>5} {:>6} {:>8} {:>8}",
            l,
            t.rows,
            t.right,
            t.unknown,
            pct(&t)
        );
        let total = if l.as_str() == "en" {
            &mut en
        } else {
            &mut others
        };
        total.rows += t.rows;
        total.right += t.right;
        total.unknown += t.unknown;
    }
    println!("{}", "-".repeat(40));
    for (name, t) in [("English", en), ("others", others)] {
        println!(
            "{:<8} {:>5} {:>6} {:>8} {:>8}",
            name,
            t.rows,
            t.right,
            t.unknown,
            pct(&t)
        );
    }
    println!();
    println!("per file:");
    for (name, t) in &by_file {
        println!(
            "  {:<24} {:>5} rows {:>5} right {:>5} unknown {:>8}",
            name,
            t.rows,
            t.right,
            t.unknown,
            pct(t)
        );
    }
    // README's "What the core reads": per language, its lexicon, its phrase rows and the
    // held-out score (both halves, and each).
    println!();
    println!("| language | concepts | lexicon words | phrase rows | held-out rows | held-out right | Firefox + chatbox | open-webui + LibreChat |");
    println!("|---|---|---|---|---|---|---|---|");
    let tag = |l: chatmedic::signals::Lang| format!("{l:?}").to_lowercase();
    for l in &langs {
        let lex: Vec<_> = chatmedic::signals::concepts::rows()
            .filter(|r| tag(r.lang) == **l)
            .collect();
        let concepts: HashSet<_> = lex.iter().map(|r| r.concept).collect();
        let phrases = chatmedic::signals::text::rows()
            .filter(|r| tag(r.lang) == **l)
            .count();
        let t = by_lang[*l];
        let half = |unread: bool| {
            by_half
                .get(&((*l).clone(), unread))
                .map_or("—".to_string(), |t| {
                    format!("{} ({} rows)", pct(t).trim(), t.rows)
                })
        };
        println!(
            "| {l} | {} | {} | {phrases} | {} | {} | {} | {} |",
            concepts.len(),
            lex.len(),
            t.rows,
            pct(&t).trim(),
            half(false),
            half(true)
        );
    }
    println!();
    println!("misses ({}):", misses.len());
    for m in &misses {
        let short: String = m.text.chars().take(110).collect();
        let ell = if m.text.chars().count() > 110 {
            "…"
        } else {
            ""
        };
        println!(
            "  {} [{}] got {} expect {}: {}{}",
            m.id,
            m.lang,
            m.got,
            m.expect,
            short.replace('\n', " "),
            ell
        );
    }

    assert!(
        malformed.is_empty(),
        "{} malformed rows:\n{}",
        malformed.len(),
        malformed.join("\n")
    );

    // The floors.
    let mut below = Vec::new();
    for (key, floor) in FLOORS {
        let t = match *key {
            "en" => en,
            "others" => others,
            l => by_lang.get(l).copied().unwrap_or_default(),
        };
        if t.rows == 0 {
            below.push(format!("{key}: no rows"));
        } else if t.score() + 1e-9 < *floor {
            below.push(format!(
                "{key}: {:.1} % < floor {:.1} %",
                100.0 * t.score(),
                100.0 * floor
            ));
        }
    }
    assert!(below.is_empty(), "below the floors: {}", below.join("; "));
}
