//! The single pass over the text: one pattern table (`matcher`, built once) holds the rows of every
//! text-borne family — text patterns, API error codes, status anchors, `ERR_` names and Firefox's
//! (`NS_ERROR_…`, `SSL_ERROR_…`), wait triggers and Gemini's numbered errors — and one linear, ASCII-case-insensitive, overlapping scan reports
//! them all. Per-hit work is a few bytes around the hit; nothing is allocated per pattern.
//!
//! Huge texts: the whole text is scanned (linear in its length, no window), and what is kept is
//! bounded (a bit per row, at most a few numbers), so 10 MiB costs 10× what 1 MiB does.
use super::matcher::Matcher;
use super::wait::{self, Trigger, Wait};
use super::{body, boundary, concepts, fold, http_status, net_error, text, Signal, Strength};
use std::sync::OnceLock;

#[derive(Clone, Copy)]
enum Hit {
    Text(u16),
    Code(u16),
    Status(http_status::Anchor),
    NetError,
    FirefoxError,
    Wait(Trigger),
    Gemini,
    Concept(u8),
}

struct Scanner {
    matcher: Matcher,
    hits: Vec<Hit>,
}

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| {
        // Patterns are folded as the text is (fold.rs), so rows keep their real spelling.
        let mut pats: Vec<std::borrow::Cow<'static, str>> = Vec::new();
        let mut hits = Vec::new();
        // The text rows of every language, in table order (a text hit's index is into them).
        for i in 0..text::COUNT {
            pats.push(fold::fold(text::entry(i).pat));
            hits.push(Hit::Text(i as u16));
        }
        for (i, r) in body::CODES.iter().enumerate() {
            pats.push(fold::fold(r.code));
            hits.push(Hit::Code(i as u16));
        }
        for (p, a) in http_status::ANCHORS {
            pats.push(fold::fold(p));
            hits.push(Hit::Status(*a));
        }
        pats.push(fold::fold("err_"));
        hits.push(Hit::NetError);
        for p in net_error::FIREFOX_TEXT_PREFIXES {
            pats.push(fold::fold(p));
            hits.push(Hit::FirefoxError);
        }
        for (p, t) in wait::TRIGGERS {
            pats.push(fold::fold(p));
            hits.push(Hit::Wait(*t));
        }
        for p in text::GEMINI_TRIGGERS {
            pats.push(fold::fold(p));
            hits.push(Hit::Gemini);
        }
        // The concept lexicons of every language (concepts/lex), in table order.
        for (stem, meta) in concepts::entries() {
            pats.push(fold::fold(stem));
            hits.push(Hit::Concept(meta));
        }
        let matcher = Matcher::new(pats.iter().map(|p| p.as_bytes()));
        Scanner { matcher, hits }
    })
}

/// Builds the pattern table now (e.g. before timing).
pub fn warm_up() {
    scanner();
}

const TEXT_WORDS: usize = text::COUNT.div_ceil(64);
const CODE_WORDS: usize = body::CODES.len().div_ceil(64);
const MAX_NUMBERS: usize = 4;
/// Text hits held back until a longer wording that contains them may have been seen.
const PENDING: usize = 32;

/// A text hit: start, end, row.
type TextHit = (usize, usize, u16);

/// Up to `MAX_NUMBERS` distinct values in order of appearance, held inline: a text names a few
/// numbers at most, and a `Vec` would cost an allocation and a free a diagnosis.
#[derive(Clone, Copy)]
pub struct Few<T: Copy>([Option<T>; MAX_NUMBERS]);

impl<T: Copy> Default for Few<T> {
    fn default() -> Self {
        Few([None; MAX_NUMBERS])
    }
}

impl<T: Copy> Few<T> {
    /// Adds `x` unless `same` finds it there already or the list is full.
    fn add(&mut self, x: T, same: impl Fn(&T, &T) -> bool) {
        for slot in &mut self.0 {
            match slot {
                Some(v) if same(v, &x) => return,
                Some(_) => {}
                None => {
                    *slot = Some(x);
                    return;
                }
            }
        }
    }

    fn is_full(&self) -> bool {
        self.0[MAX_NUMBERS - 1].is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        self.0.iter().map_while(|x| *x)
    }
}

/// What the text says, in bounded space.
#[derive(Default)]
pub struct Findings {
    text_rows: Rows<TEXT_WORDS>,
    code_rows: Rows<CODE_WORDS>,
    /// Status numbers (HTTP 4xx/5xx, Cloudflare 1xxx) in order of appearance.
    pub statuses: Few<u16>,
    /// Network errors named in the text (`net::ERR_…`, or Firefox's `NS_ERROR_…`, `SSL_ERROR_…`).
    pub net_errors: Few<&'static net_error::NetErrorRow>,
    /// Gemini's numbered error, if any.
    pub gemini: Option<u16>,
    /// The first wait or reset time announced.
    pub wait: Option<Wait>,
    /// The concepts the text names, and the rules they fired.
    pub concepts: concepts::Seen,
}

/// A set of row indices below `64 * W`, that knows which of its words are not empty: a diagnosis
/// sets a few bits of a few words, and reading the rest word by word cost about two hundred
/// instructions a diagnosis (callgrind).
#[derive(Clone, Copy)]
struct Rows<const W: usize> {
    words: [u64; W],
    /// Bit `w` set: `words[w]` is not zero.
    used: u64,
}

impl<const W: usize> Default for Rows<W> {
    fn default() -> Self {
        const { assert!(W <= 64, "Rows holds at most 64 words") };
        Rows {
            words: [0; W],
            used: 0,
        }
    }
}

impl<const W: usize> Rows<W> {
    fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
        self.used |= 1 << (i / 64);
    }

    #[cfg(all(test, not(target_arch = "wasm32")))]
    fn get(&self, i: usize) -> bool {
        self.words[i / 64] & (1 << (i % 64)) != 0
    }

    /// The indices in the set, in order.
    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        let mut used = self.used;
        let (mut w, mut x) = (0, 0u64);
        std::iter::from_fn(move || {
            while x == 0 {
                if used == 0 {
                    return None;
                }
                w = used.trailing_zeros() as usize;
                used &= used - 1;
                x = self.words[w];
            }
            let t = x.trailing_zeros() as usize;
            x &= x - 1;
            Some(w * 64 + t)
        })
    }
}

/// Counts the pending text hits, except a hit inside a longer hit of another cause: the longer
/// wording says what it means ("長すぎ" inside "応答時間が長すぎ", "timed out" inside "connection
/// has timed out", "过大" inside "访问量过大").
fn commit(bits: &mut Rows<TEXT_WORDS>, pending: &[TextHit]) {
    for &(s, e, i) in pending {
        let cause = text::cause_of(i as usize);
        let inside = pending.iter().any(|&(s2, e2, j)| {
            s2 <= s && e <= e2 && e2 - s2 > e - s && text::cause_of(j as usize) != cause
        });
        if !inside {
            bits.set(i as usize);
        }
    }
}

/// Scans the text once. `gemini_numbers` enables Gemini's "(13)"-style errors (the site is
/// Gemini or unknown).
pub fn scan(t: &str, gemini_numbers: bool) -> Findings {
    let t = fold::fold(t);
    let t = t.as_ref();
    let s = scanner();
    let b = t.as_bytes();
    let mut f = Findings::default();
    if let Some(n) = http_status::leading_number(b) {
        f.statuses.add(n, u16::eq);
    }
    let mut wait_end = 0;
    let mut pending: [TextHit; PENDING] = [(0, 0, 0); PENDING];
    let mut n_pending = 0;
    s.matcher
        .each(b, |start, end, pattern| match s.hits[pattern] {
            Hit::Text(i) => {
                if !text::is_word(i as usize)
                    || (boundary(b, start.checked_sub(1)) && boundary(b, Some(end)))
                {
                    if n_pending == PENDING {
                        commit(&mut f.text_rows, &pending);
                        n_pending = 0;
                    }
                    pending[n_pending] = (start, end, i);
                    n_pending += 1;
                }
            }
            Hit::Code(i) => {
                if boundary(b, start.checked_sub(1)) && boundary(b, Some(end)) {
                    f.code_rows.set(i as usize);
                }
            }
            Hit::Status(anchor) => {
                if !f.statuses.is_full() {
                    if let Some(n) = http_status::number_near(b, start, end, anchor) {
                        f.statuses.add(n, u16::eq);
                    }
                }
            }
            hit @ (Hit::NetError | Hit::FirefoxError) => {
                if !f.net_errors.is_full() {
                    let read = match hit {
                        Hit::NetError => net_error::name_at,
                        _ => net_error::firefox_name_at,
                    };
                    if let Some(row) = read(b, start) {
                        f.net_errors.add(row, |a, b| std::ptr::eq(*a, *b));
                    }
                }
            }
            Hit::Wait(trigger) => {
                if f.wait.is_none() && start >= wait_end {
                    if let Some((w, e)) = wait::parse(b, start, end, trigger) {
                        f.wait = Some(w);
                        wait_end = e;
                    }
                }
            }
            Hit::Concept(meta) => f.concepts.hit(b, start, end, meta),
            Hit::Gemini => {
                if gemini_numbers && f.gemini.is_none() {
                    let mut i = end;
                    while b.get(i) == Some(&b' ') {
                        i += 1;
                    }
                    let d = i;
                    let mut n: u16 = 0;
                    while i < b.len() && b[i].is_ascii_digit() && i - d < 4 {
                        n = n * 10 + u16::from(b[i] - b'0');
                        i += 1;
                    }
                    if i > d && b.get(i) == Some(&b')') {
                        f.gemini = Some(n);
                    }
                }
            }
        });
    commit(&mut f.text_rows, &pending[..n_pending]);
    f
}

impl Findings {
    pub fn code_rows(&self) -> impl Iterator<Item = &'static body::CodeRow> + '_ {
        self.code_rows.ones().map(|i| &body::CODES[i])
    }

    /// Every signal the text carries (duplicated why ids merged, keeping the strongest).
    pub fn signals(&self, out: &mut Vec<Signal>) {
        for n in self.statuses.iter() {
            if let Some(s) = http_status::signal(n) {
                out.push(s);
            }
        }
        for row in self.net_errors.iter() {
            out.push(net_error::signal(row));
        }
        for r in self.code_rows() {
            out.push(Signal::new(r.cause, r.strength, r.why));
        }
        if let Some(n) = self.gemini {
            let (cause, strength) = text::gemini(n);
            out.push(Signal::new(cause, strength, format!("gemini_error_{n}")));
        }
        // The text rows that matched, in table order.
        for (cause, strength, why) in self.text_rows.ones().map(text::said) {
            match out.iter_mut().find(|s| s.why == why && s.cause == cause) {
                Some(s) => s.strength = s.strength.max(strength),
                None => out.push(Signal::new(cause, strength, why)),
            }
        }
        // Then what the concepts read (after the phrase rows: a phrase says it more precisely).
        self.concept_signals(out);
    }

    /// The signals of the concept rules the text fired.
    pub fn concept_signals(&self, out: &mut Vec<Signal>) {
        self.concepts.signals(out);
    }
}

/// True when any matched text row is a Hint of this why id.
pub fn has_hint(out: &[Signal], why: &str) -> bool {
    out.iter()
        .any(|s| s.strength == Strength::Hint && s.why == why)
}

// Row examples exist only in native builds (they would only cost wasm size).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The folded, lowercased pattern: what the pattern table compares.
    fn key(r: &text::TextRow) -> String {
        fold::fold(r.pat).to_lowercase()
    }

    #[test]
    fn every_text_row_matches_its_example_and_has_a_language() {
        use super::super::Lang::*;
        let mut seen = std::collections::HashSet::new();
        let mut bad = Vec::new();
        for (i, r) in text::rows().enumerate() {
            if !seen.insert(key(r)) {
                bad.push(format!("row {:?} is there twice", r.pat));
            }
            if !scan(r.example, true).text_rows.get(i) {
                bad.push(format!("row {:?} does not match {:?}", r.pat, r.example));
            }
            assert!(r.why.starts_with("text_"), "{}", r.why);
            // The language tag fits the pattern's script.
            let has = |lo: u32, hi: u32| r.pat.chars().any(|c| (lo..=hi).contains(&(c as u32)));
            let cjk = has(0x3000, 0x9FFF) || has(0xF900, 0xFFEF);
            let cyrillic = has(0x0400, 0x052F);
            let arabic = has(0x0600, 0x06FF);
            let hangul = has(0xAC00, 0xD7A3);
            let other = cjk || cyrillic || arabic || hangul;
            let ok = match r.lang {
                En | Any | Es | Pt | Fr | De | It | Tr | Pl | Id | Vi | Nl => !other,
                Ja | Zh => cjk && !cyrillic && !arabic && !hangul,
                Ru | Uk => cyrillic && !cjk && !arabic && !hangul,
                Ar | Fa => arabic && !cjk && !cyrillic && !hangul,
                Ko => hangul && !cyrillic && !arabic,
                Hi | Th => !cjk && !cyrillic && !arabic && !hangul,
            };
            if !ok {
                bad.push(format!("{:?} is not in the script of {:?}", r.pat, r.lang));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn the_packed_rows_are_the_tables() {
        for (i, r) in text::rows().enumerate() {
            let e = text::entry(i);
            assert_eq!(
                (e.pat, e.cause, e.strength, e.why, e.word),
                (r.pat, r.cause, r.strength, r.why, r.word)
            );
        }
    }

    #[test]
    fn every_language_table_holds_its_language_only() {
        use super::super::lang;
        use super::super::Lang::*;
        for (rows, l) in [
            (lang::es::ROWS, Es),
            (lang::pt::ROWS, Pt),
            (lang::fr::ROWS, Fr),
            (lang::de::ROWS, De),
            (lang::it::ROWS, It),
            (lang::ru::ROWS, Ru),
            (lang::uk::ROWS, Uk),
            (lang::ko::ROWS, Ko),
            (lang::tr::ROWS, Tr),
            (lang::pl::ROWS, Pl),
            (lang::id::ROWS, Id),
            (lang::vi::ROWS, Vi),
            (lang::ar::ROWS, Ar),
            (lang::fa::ROWS, Fa),
        ] {
            assert!(!rows.is_empty(), "{l:?} has no rows");
            for r in rows {
                assert_eq!(r.lang, l, "{:?}", r.pat);
            }
        }
        assert_eq!(text::rows().count(), text::COUNT);
    }

    #[test]
    fn no_text_row_is_covered_by_a_shorter_one() {
        // A row that contains a shorter row of the same cause, why id and at least its strength
        // adds nothing, unless it is there to keep a row of another cause inside it from counting.
        let all: Vec<_> = text::rows().map(|r| (r, key(r))).collect();
        let mut bad = Vec::new();
        for (a, ka) in &all {
            let shields = all
                .iter()
                .any(|(c, kc)| c.cause != a.cause && ka.contains(kc));
            for (b, kb) in &all {
                let covered = !std::ptr::eq(*a, *b)
                    && !b.word
                    && ka.contains(kb)
                    && (a.cause, a.why) == (b.cause, b.why)
                    && a.strength <= b.strength;
                if covered && !shields {
                    bad.push(format!("row {:?} adds nothing to {:?}", a.pat, b.pat));
                }
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn every_code_row_matches_as_a_token_only() {
        for (i, r) in body::CODES.iter().enumerate() {
            let t = format!(
                "{{\"error\":{{\"type\":\"{}\",\"message\":\"x\"}}}}",
                r.code
            );
            assert!(scan(&t, false).code_rows.get(i), "{}", r.code);
            let t = format!("x{}x", r.code);
            assert!(!scan(&t, false).code_rows.get(i), "{}", r.code);
        }
    }

    #[test]
    fn no_pattern_is_shorter_than_three_bytes() {
        // Each byte of every text then costs one filter test, not two (matcher.rs).
        assert!(!scanner().matcher.has_short_patterns());
    }

    #[test]
    fn in_announces_a_wait_wherever_it_stands() {
        // "in" is matched with the byte after it (wait.rs): at the start, after punctuation,
        // before "~", with folded whitespace, and not at the end or inside a word.
        let after = |t: &str| match scan(t, false).wait {
            Some(Wait::After(ms)) => Some(ms),
            _ => None,
        };
        assert_eq!(after("In 30 seconds you can send again."), Some(30_000));
        assert_eq!(after("Please try again (in 2 minutes)."), Some(120_000));
        assert_eq!(after("Try again in~5 minutes"), Some(300_000));
        assert_eq!(after("Try again in ~5 minutes"), Some(300_000));
        assert_eq!(after("Try again in\n\t 10 seconds"), Some(10_000));
        assert_eq!(after("Try again in\u{a0}10 seconds"), Some(10_000));
        assert_eq!(after("Try again in"), None);
        assert_eq!(after("Try again within 10 seconds"), None);
        assert_eq!(after("Try again in10 seconds"), None);
    }

    #[test]
    fn rows_give_their_indices_in_order() {
        let mut r = Rows::<TEXT_WORDS>::default();
        assert_eq!(r.ones().count(), 0);
        let want = [0, 1, 63, 64, 200, 1000, 64 * TEXT_WORDS - 1];
        for &i in want.iter().rev() {
            r.set(i);
            r.set(i);
        }
        assert_eq!(r.ones().collect::<Vec<_>>(), want);
        assert!(r.get(200) && !r.get(199));
    }

    #[test]
    fn network_error_names_are_read_in_text() {
        let names = |t: &str| {
            scan(t, false)
                .net_errors
                .iter()
                .map(|r| r.name())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names("GET https://x net::ERR_QUIC_PROTOCOL_ERROR 200 (OK)"),
            ["QUIC_PROTOCOL_ERROR"]
        );
        // Firefox: its console and webRequest's results, and its error pages' codes.
        assert_eq!(
            names("NetworkError when attempting to fetch resource. (NS_ERROR_NET_RESET)"),
            ["CONNECTION_RESET"]
        );
        assert_eq!(
            names("Error code: SEC_ERROR_UNKNOWN_ISSUER"),
            ["CERT_AUTHORITY_INVALID"]
        );
        assert_eq!(
            names("Error code: SSL_ERROR_RX_RECORD_TOO_LONG"),
            ["SSL_PROTOCOL_ERROR"]
        );
        assert_eq!(
            names("Error code: MOZILLA_PKIX_ERROR_MITM_DETECTED"),
            ["CERT_KNOWN_INTERCEPTION_BLOCKED"]
        );
        assert_eq!(names("Request failed: NS_BINDING_ABORTED"), ["ABORTED"]);
        assert_eq!(
            names("ns_error_unknown_host, err_name_not_resolved"),
            ["NAME_NOT_RESOLVED"]
        );
        // Inside a longer word, not a name of the table or its families, or OpenSSL's: nothing.
        for t in [
            "DNS_ERROR_TIMEOUT",
            "xSSL_ERROR_BAD_CERT_DOMAIN",
            "NS_ERROR_NOT_A_RESULT",
            "SSL_ERROR_ ",
            "https_sec_error_x",
            "OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to x:443",
        ] {
            assert!(names(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn numbers_ignore_ids() {
        let f = scan("Sorry, your request failed. Please try again. Request id: 6c14167f-0c2b-44c6-8155-108f5abc5464\n\nReason: Server error: 502", false);
        assert_eq!(f.statuses.iter().collect::<Vec<_>>(), vec![502]);
        let f = scan("Ray ID: 8a1b2c5020d1e2f3 • 2024-01-01 10:20:30 UTC", false);
        assert_eq!(f.statuses.iter().count(), 0);
        let f = scan("Unusual activity (883f0cd35e209357-SEA) id 504a-11", false);
        assert_eq!(f.statuses.iter().count(), 0);
        let f = scan("Error: net::ERR_CONNECTION_RESET at https://x", false);
        assert_eq!(f.net_errors.iter().count(), 1);
        // At most four distinct numbers are kept, in order, each once.
        let f = scan(
            "error 500, error 502, error 500, error 503, error 504, error 429",
            false,
        );
        assert_eq!(
            f.statuses.iter().collect::<Vec<_>>(),
            vec![500, 502, 503, 504]
        );
        assert_eq!(scan("Something went wrong (1099)", true).gemini, Some(1099));
        assert_eq!(scan("Something went wrong (1099)", false).gemini, None);
    }
}
