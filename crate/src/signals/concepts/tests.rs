use super::*;
use crate::signals::{fold, scan};
use std::collections::{HashMap, HashSet};

/// The concept rules that fire on a text, by why id.
fn fired(text: &str) -> Vec<&'static str> {
    let f = scan::scan(text, false);
    let mut out = Vec::new();
    f.concept_signals(&mut out);
    out.iter()
        .filter(|s| s.strength > Strength::Hint)
        .map(|s| match &s.why {
            std::borrow::Cow::Borrowed(w) => *w,
            std::borrow::Cow::Owned(_) => "?",
        })
        .collect()
}

#[test]
fn the_packed_lexicons_are_the_tables() {
    let packed: Vec<_> = entries().collect();
    assert_eq!(packed.len(), COUNT);
    for (r, (stem, meta)) in rows().zip(packed) {
        assert_eq!(stem, r.stem);
        assert_eq!(concept_in(meta), r.concept, "{}", r.stem);
        assert_eq!(kind_in(meta), r.kind, "{}", r.stem);
    }
}

#[test]
fn every_stem_is_three_bytes_or_more_and_once_per_concept() {
    // The scan's matcher takes nothing shorter than three bytes (matcher.rs).
    let mut seen = HashSet::new();
    let mut bad = Vec::new();
    for r in rows() {
        let key = fold::fold(r.stem).to_lowercase();
        if key.len() < 3 {
            bad.push(format!("{:?} is shorter than three bytes", r.stem));
        }
        if !seen.insert((key, r.concept, r.lang as u8)) {
            bad.push(format!("{:?} ({:?}) is there twice", r.stem, r.concept));
        }
        if r.stem.trim() != r.stem {
            bad.push(format!("{:?} has spaces around it", r.stem));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_lexicon_holds_one_language_in_its_script() {
    let mut bad = Vec::new();
    for table in LEXICONS.iter().filter(|t| !t.is_empty()) {
        let lang = table[0].lang;
        for r in *table {
            if r.lang != lang {
                bad.push(format!(
                    "{:?} is {:?} in the {lang:?} lexicon",
                    r.stem, r.lang
                ));
            }
            let has = |lo: u32, hi: u32| r.stem.chars().any(|c| (lo..=hi).contains(&(c as u32)));
            let cjk = has(0x3000, 0x9FFF) || has(0xF900, 0xFFEF);
            let cyrillic = has(0x0400, 0x052F);
            let arabic = has(0x0600, 0x06FF);
            let hangul = has(0xAC00, 0xD7A3) || has(0x1100, 0x11FF);
            let devanagari = has(0x0900, 0x097F);
            let thai = has(0x0E00, 0x0E7F);
            let other = cjk || cyrillic || arabic || hangul || devanagari || thai;
            use Lang::*;
            let ok = match r.lang {
                En | Es | Pt | Fr | De | It | Tr | Pl | Id | Vi | Nl => !other,
                Ja | Zh => cjk && !cyrillic && !arabic && !hangul,
                Ru | Uk => cyrillic && !cjk && !arabic && !hangul,
                Ar | Fa => arabic && !cjk && !cyrillic && !hangul,
                Ko => hangul && !cyrillic && !arabic,
                Hi => devanagari,
                Th => thai,
                Any => false,
            };
            if !ok {
                bad.push(format!("{:?} is not in the script of {:?}", r.stem, r.lang));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The concepts every language must have words for: the ones the rules are made of.
#[test]
fn every_language_has_words_for_the_concepts_the_rules_need() {
    let mut by_lang: HashMap<u8, (Lang, Set)> = HashMap::new();
    for r in rows() {
        let e = by_lang.entry(r.lang as u8).or_insert((r.lang, Set(0)));
        e.1 .0 |= 1 << r.concept as u8;
    }
    let needed = [
        Connection,
        Failed,
        Error,
        Network,
        Internet,
        Proxy,
        Server,
        Busy,
        Limit,
        Exceeded,
        Requests,
        Region,
        Unavailable,
        SignIn,
        Session,
        Expired,
        Invalid,
        Key,
        Length,
        Too,
        TooMany,
        Timeout,
        Certificate,
        Later,
        Maintenance,
    ];
    let mut bad = Vec::new();
    for (lang, set) in by_lang.values() {
        let missing: Vec<_> = needed.iter().filter(|c| !set.has(**c)).collect();
        if !missing.is_empty() {
            bad.push(format!("{lang:?} has no words for {missing:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_rule_but_a_marker_needs_two_concepts() {
    let mut ids = HashSet::new();
    for r in RULES {
        assert!(ids.insert(r.id), "{} twice", r.id);
        assert!(is_concept_why(r.id), "{}", r.id);
        assert!(r.all.iter().all(|g| g.0 != 0), "{}: an empty group", r.id);
        if r.strength > Strength::Hint {
            assert!(
                r.all.len() >= 2,
                "{}: one concept alone is never a diagnosis",
                r.id
            );
        }
    }
}

#[test]
fn one_concept_alone_names_no_cause() {
    // Each stem alone, as a text of its own (a word of a page, a button): a rule fires only
    // where the stem itself holds two concepts ("no internet": offline, and the internet).
    for r in rows() {
        let f = scan::scan(r.stem, false);
        let concepts = f.concepts.concepts.0.count_ones();
        assert!(
            fired(r.stem).is_empty() || concepts >= 2,
            "{:?} alone fired {:?}",
            r.stem,
            fired(r.stem)
        );
    }
}

#[test]
fn concepts_combine_only_when_they_stand_near() {
    assert_eq!(fired("The limit was exceeded"), ["concept_limit_reached"]);
    let far = format!("The limit{} was exceeded", " and so on".repeat(20));
    assert!(fired(&far).is_empty(), "{:?}", fired(&far));
}

#[test]
fn a_word_that_starts_inside_another_is_not_the_stem() {
    // "reset" starts no word in "preset", "limit" none in "delimiter".
    assert!(fired("preset connection").is_empty());
    assert!(fired("the delimiter was exceeded").is_empty());
}

#[test]
fn the_rules_read_english_they_were_not_written_for() {
    for (text, why) in [
        (
            "This model is not available in your country.",
            "concept_region_unavailable",
        ),
        ("Message length exceeds the limit.", "concept_length_limit"),
        (
            "Your API key is invalid or has expired.",
            "concept_key_invalid",
        ),
        ("Our servers are busy right now.", "concept_server_busy"),
        (
            "The upstream connection was reset.",
            "concept_connection_reset",
        ),
        ("Please sign in again to continue.", "concept_sign_in"),
        (
            "You have sent too many messages.",
            "concept_too_many_requests",
        ),
        (
            "Check your system clock: it looks wrong.",
            "concept_clock_wrong",
        ),
    ] {
        assert!(fired(text).contains(&why), "{text}: {:?}", fired(text));
    }
}

#[test]
fn no_stem_is_covered_by_a_shorter_one_of_its_concept() {
    // A stem that starts with a shorter stem of the same concept and language matches nothing
    // the shorter one does not (a part: that it contains one): it only costs size and time.
    let all: Vec<_> = rows()
        .map(|r| (r, fold::fold(r.stem).to_lowercase()))
        .collect();
    let mut bad = Vec::new();
    for (a, ka) in &all {
        for (b, kb) in &all {
            if std::ptr::eq(*a, *b) || a.concept != b.concept || a.lang != b.lang || ka == kb {
                continue;
            }
            let covered = match b.kind {
                Kind::Part => ka.contains(kb.as_str()),
                Kind::Stem => a.kind != Kind::Part && ka.starts_with(kb.as_str()),
                Kind::Word => false,
            };
            if covered {
                bad.push(format!(
                    "{:?} adds nothing to {:?} ({:?}, {:?})",
                    a.stem, b.stem, a.concept, a.lang
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
