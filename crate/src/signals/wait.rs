//! Waits and resets: "Please wait 17 seconds", "wait 4 hours 26 minutes", "try again after
//! 7:06 PM", "resets at 9:30 AM", "until 3 PM", "in 2 minutes", 「17秒後」「4時間26分後」
//! 「午後7:06」「19:30にリセット」, 「17秒后」「请在3分钟后重试」, and the `Retry-After` header.
//!
//! Parsing is anchored on trigger matches found by the single text pass (`scan`); each trigger
//! reads a few bytes around itself, never the whole text again.
use super::boundary;

const SECOND: u64 = 1_000;
const MINUTE: u64 = 60 * SECOND;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;
/// Longer waits than this are not a retry time (a "30-day limit" is not a wait).
const MAX_WAIT: u64 = 8 * DAY;

/// A wait read from text: a delay, or a local clock time (the next occurrence of it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    After(u64),
    At { minute_of_day: u32, utc: bool },
}

/// How a trigger relates to the wait it announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// An English word followed by a delay or clock time: "wait", "after", "until", "resets".
    Word,
    /// "in 2 minutes", except after a noun that makes it a window ("Too many requests in 1 hour").
    /// Its patterns are the word with the byte after it ("in " or "in~": only a space or the
    /// "~" filler can stand between it and a number), so that no pattern of the scan is shorter
    /// than three bytes (`matcher`: those cost every byte of every text a second test).
    In,
    /// Like `Word`, and a bare number means seconds: "Retry-After: 30", "retry after 30".
    WordSeconds,
    /// A CJK unit preceded by its number: 「17秒後」「4時間26分後」「3分钟后」.
    CjkUnit,
    /// A CJK prefix followed by a delay or a time: 「请在3分钟后」「あと5分」.
    CjkPrefix,
    /// A CJK half-day word followed by a clock time: 「午後7:06」「下午3点」.
    CjkAfternoon,
    CjkMorning,
    /// A CJK suffix preceded by a clock time: 「19:30にリセット」.
    CjkResetSuffix,
}

/// Trigger words. English ones must stand as whole words.
pub static TRIGGERS: &[(&str, Trigger)] = &[
    ("wait", Trigger::Word),
    ("in ", Trigger::In),
    ("in~", Trigger::In),
    ("after", Trigger::Word),
    ("until", Trigger::Word),
    ("till", Trigger::Word),
    ("reset", Trigger::Word),
    ("resets", Trigger::Word),
    ("available again", Trigger::Word),
    ("retry after", Trigger::WordSeconds),
    ("retry-after", Trigger::WordSeconds),
    ("秒", Trigger::CjkUnit),
    ("分", Trigger::CjkUnit),
    ("時間", Trigger::CjkUnit),
    ("小时", Trigger::CjkUnit),
    ("小時", Trigger::CjkUnit),
    ("天", Trigger::CjkUnit),
    ("请在", Trigger::CjkPrefix),
    ("請在", Trigger::CjkPrefix),
    ("等待", Trigger::CjkPrefix),
    ("あと", Trigger::CjkPrefix),
    ("午後", Trigger::CjkAfternoon),
    ("下午", Trigger::CjkAfternoon),
    ("晚上", Trigger::CjkAfternoon),
    ("午前", Trigger::CjkMorning),
    ("上午", Trigger::CjkMorning),
    ("早上", Trigger::CjkMorning),
    ("にリセット", Trigger::CjkResetSuffix),
    ("でリセット", Trigger::CjkResetSuffix),
    ("重置", Trigger::CjkResetSuffix),
];

/// Units, longest first. English units must end at a word boundary.
static UNITS: &[(&str, u64)] = &[
    ("milliseconds", 1),
    ("millisecond", 1),
    ("ms", 1),
    ("seconds", SECOND),
    ("second", SECOND),
    ("secs", SECOND),
    ("sec", SECOND),
    ("s", SECOND),
    ("minutes", MINUTE),
    ("minute", MINUTE),
    ("mins", MINUTE),
    ("min", MINUTE),
    ("m", MINUTE),
    ("hours", HOUR),
    ("hour", HOUR),
    ("hrs", HOUR),
    ("hr", HOUR),
    ("h", HOUR),
    ("days", DAY),
    ("day", DAY),
    ("d", DAY),
    ("秒钟", SECOND),
    ("秒鐘", SECOND),
    ("秒", SECOND),
    ("分钟", MINUTE),
    ("分鐘", MINUTE),
    ("分間", MINUTE),
    ("分", MINUTE),
    ("个小时", HOUR),
    ("個小時", HOUR),
    ("小时", HOUR),
    ("小時", HOUR),
    ("時間", HOUR),
    ("天", DAY),
];

/// What may follow a CJK delay for it to be a wait: 「後」「后」「以后」「お待ち」.
static CJK_AFTER: &[&str] = &[
    "後",
    "后",
    "以后",
    "之后",
    "以後",
    "お待ち",
    "待",
    "以内",
    "内に",
];

fn starts_ci(b: &[u8], i: usize, s: &str) -> bool {
    b.len() >= i + s.len() && b[i..i + s.len()].eq_ignore_ascii_case(s.as_bytes())
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    // Ideographic space
    while starts_ci(b, i, "\u{3000}") {
        i += 3;
    }
    i
}

fn digits(b: &[u8], i: usize) -> Option<(u64, usize)> {
    let mut j = i;
    let mut n: u64 = 0;
    while j < b.len() && b[j].is_ascii_digit() && j - i < 6 {
        n = n * 10 + u64::from(b[j] - b'0');
        j += 1;
    }
    (j > i && !b.get(j).is_some_and(u8::is_ascii_digit)).then_some((n, j))
}

fn unit(b: &[u8], i: usize) -> Option<(u64, usize)> {
    UNITS.iter().find_map(|(u, ms)| {
        // English units end where letters end ("2m30s" and "17 seconds." are fine).
        let ends = !u.is_ascii() || !b.get(i + u.len()).is_some_and(u8::is_ascii_alphabetic);
        (starts_ci(b, i, u) && ends).then_some((*ms, i + u.len()))
    })
}

/// "4 hours 26 minutes", "17 seconds", "2m30s", "3分钟", "4時間26分".
fn duration(b: &[u8], mut i: usize) -> Option<(u64, usize)> {
    let mut total = 0u64;
    let mut end = None;
    for _ in 0..4 {
        let Some((n, j)) = digits(b, i) else { break };
        let Some((ms, k)) = unit(b, skip_ws(b, j)) else {
            break;
        };
        total = total.saturating_add(n.saturating_mul(ms));
        end = Some(k);
        i = skip_ws(b, k);
        if b.get(i) == Some(&b',') {
            i = skip_ws(b, i + 1);
        }
        if starts_ci(b, i, "and ") {
            i = skip_ws(b, i + 4);
        }
    }
    end.map(|e| (total, e))
}

/// "7:06 PM", "3 PM", "19:06", "9:30am UTC", "7時6分", "3点". Without `ampm_or_colon_needed`
/// a bare hour with 時/点 is accepted (CJK forms).
fn clock(b: &[u8], i: usize) -> Option<(u32, bool, usize)> {
    let (h, mut j) = digits(b, i)?;
    if h > 23 || j - i > 2 {
        return None;
    }
    let mut m = 0;
    let mut has_minutes = false;
    let mut cjk = false;
    if b.get(j) == Some(&b':') {
        let (mm, k) = digits(b, j + 1)?;
        if k - (j + 1) != 2 || mm > 59 {
            return None;
        }
        m = mm;
        j = k;
        has_minutes = true;
    } else if (starts_ci(b, j, "時") && !starts_ci(b, j, "時間"))
        || starts_ci(b, j, "点")
        || starts_ci(b, j, "點")
    {
        j += 3;
        cjk = true;
        if let Some((mm, k)) = digits(b, j) {
            if mm < 60 && starts_ci(b, k, "分") {
                m = mm;
                j = k + 3;
            }
        } else if starts_ci(b, j, "半") {
            m = 30;
            j += 3;
        }
    }
    let k = skip_ws(b, j);
    let mut hour = h;
    let mut ampm = false;
    for (s, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
        if starts_ci(b, k, s) && (s.ends_with('.') || boundary(b, Some(k + s.len()))) {
            if !(1..=12).contains(&h) {
                return None;
            }
            hour = h % 12 + if pm { 12 } else { 0 };
            j = k + s.len();
            ampm = true;
            break;
        }
    }
    if !(has_minutes || ampm || cjk) {
        return None;
    }
    let k = skip_ws(b, j);
    let mut utc = false;
    for z in ["utc", "gmt"] {
        if starts_ci(b, k, z) && boundary(b, Some(k + 3)) {
            utc = true;
            j = k + 3;
        }
    }
    Some(((hour * 60 + m) as u32, utc, j))
}

fn word_fillers(b: &[u8], mut i: usize) -> usize {
    for _ in 0..2 {
        i = skip_ws(b, i);
        let before = i;
        for f in [
            "at ",
            "in ",
            "after ",
            "until ",
            "about ",
            "approximately ",
            "around ",
            "roughly ",
            "~",
            "on ",
            "by ",
        ] {
            if starts_ci(b, i, f) {
                i += f.len();
                break;
            }
        }
        if i == before {
            break;
        }
    }
    skip_ws(b, i)
}

/// "requests in 1 hour", "messages in 3 hours": a limit's window, not a wait.
fn window_noun_before(b: &[u8], start: usize) -> bool {
    let mut e = start;
    while e > 0 && b[e - 1] == b' ' {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let word = &b[s..e];
    [
        "request", "requests", "message", "messages", "token", "tokens", "call", "calls", "prompt",
        "prompts", "queries", "uses", "limit", "cap",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
}

fn cjk_follows(b: &[u8], i: usize) -> bool {
    let i = skip_ws(b, i);
    CJK_AFTER.iter().any(|s| starts_ci(b, i, s))
}

fn cjk_precedes(b: &[u8], i: usize) -> bool {
    let mut j = i;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    ["请在", "請在", "等待", "あと", "约", "約"]
        .iter()
        .any(|p| j >= p.len() && &b[j - p.len()..j] == p.as_bytes())
}

/// Parses the wait announced by a trigger matched at `start..end`. Returns the wait and where it
/// ends.
pub fn parse(b: &[u8], start: usize, end: usize, t: Trigger) -> Option<(Wait, usize)> {
    // "in" was matched with the byte after it.
    let end = if t == Trigger::In { start + 2 } else { end };
    match t {
        Trigger::Word | Trigger::WordSeconds | Trigger::In => {
            if !boundary(b, start.checked_sub(1)) || !boundary(b, Some(end)) {
                return None;
            }
            if t == Trigger::In && window_noun_before(b, start) {
                return None;
            }
            let i = word_fillers(b, end);
            if let Some((m, utc, j)) = clock(b, i) {
                return Some((
                    Wait::At {
                        minute_of_day: m,
                        utc,
                    },
                    j,
                ));
            }
            if let Some((ms, j)) = duration(b, i) {
                return (ms <= MAX_WAIT).then_some((Wait::After(ms), j));
            }
            if t == Trigger::WordSeconds {
                let (n, j) = digits(b, i)?;
                return (n * SECOND <= MAX_WAIT).then_some((Wait::After(n * SECOND), j));
            }
            None
        }
        Trigger::CjkUnit => {
            // Walk back over the number before the unit.
            let mut s = start;
            while s > 0 && b[s - 1] == b' ' {
                s -= 1;
            }
            let mut d = s;
            while d > 0 && b[d - 1].is_ascii_digit() && s - d < 6 {
                d -= 1;
            }
            if d == s {
                return None;
            }
            let (ms, j) = duration(b, d)?;
            (ms <= MAX_WAIT && (cjk_follows(b, j) || cjk_precedes(b, d)))
                .then_some((Wait::After(ms), j))
        }
        Trigger::CjkPrefix => {
            let i = skip_ws(b, end);
            if let Some((m, utc, j)) = clock(b, i) {
                return Some((
                    Wait::At {
                        minute_of_day: m,
                        utc,
                    },
                    j,
                ));
            }
            let (ms, j) = duration(b, i)?;
            (ms <= MAX_WAIT).then_some((Wait::After(ms), j))
        }
        Trigger::CjkAfternoon | Trigger::CjkMorning => {
            let (m, utc, j) = clock(b, skip_ws(b, end))?;
            let pm = t == Trigger::CjkAfternoon && m < 12 * 60;
            let m = if t == Trigger::CjkMorning && (12 * 60..13 * 60).contains(&m) {
                m - 12 * 60
            } else {
                m
            };
            Some((
                Wait::At {
                    minute_of_day: if pm { m + 12 * 60 } else { m },
                    utc,
                },
                j,
            ))
        }
        Trigger::CjkResetSuffix => {
            let mut s = start;
            while s > 0 && b[s - 1] == b' ' {
                s -= 1;
            }
            let lo = s.saturating_sub(24);
            for k in lo..s {
                // Only at the start of a number, or at 午後/午前 etc.
                let half = [("午後", 12), ("下午", 12), ("午前", 0), ("上午", 0)]
                    .iter()
                    .find(|(p, _)| starts_ci(b, k, p))
                    .map(|(p, add)| (p.len(), *add));
                let (i, add) = match half {
                    Some((len, add)) => (skip_ws(b, k + len), add),
                    None if b[k].is_ascii_digit() && (k == 0 || !b[k - 1].is_ascii_digit()) => {
                        (k, 0)
                    }
                    None => continue,
                };
                if let Some((m, utc, j)) = clock(b, i) {
                    if skip_ws(b, j) >= s && j <= s {
                        let m = if add == 12 && m < 12 * 60 {
                            m + 12 * 60
                        } else {
                            m
                        };
                        return Some((
                            Wait::At {
                                minute_of_day: m,
                                utc,
                            },
                            s,
                        ));
                    }
                }
            }
            None
        }
    }
}

/// Turns a wait into milliseconds from `now`: a clock time is its next occurrence in local time.
/// `now` is ms since the epoch; `tz_offset_minutes` is minutes east of UTC (local = UTC + offset).
pub fn resolve(w: Wait, now: Option<f64>, tz_offset_minutes: Option<i32>) -> Option<u64> {
    match w {
        Wait::After(ms) => Some(ms),
        Wait::At { minute_of_day, utc } => {
            let now = now?;
            let tz = if utc {
                0
            } else {
                tz_offset_minutes.unwrap_or(0)
            };
            let local = now as i64 + i64::from(tz) * MINUTE as i64;
            let of_day = local.rem_euclid(DAY as i64);
            let mut delta = i64::from(minute_of_day) * MINUTE as i64 - of_day;
            if delta <= 0 {
                delta += DAY as i64;
            }
            Some(delta as u64)
        }
    }
}

/// The `Retry-After` header: delay-seconds, or an HTTP-date (needs `now`).
pub fn retry_after(header: &str, now: Option<f64>) -> Option<u64> {
    let h = header.trim();
    if !h.is_empty() && h.bytes().all(|c| c.is_ascii_digit()) {
        let secs: u64 = h.parse().ok()?;
        return Some(secs.saturating_mul(SECOND).min(MAX_WAIT));
    }
    let at = super::http_date::parse(h)?;
    let now = now?;
    Some((at - now).clamp(0.0, MAX_WAIT as f64) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finds the first trigger in `t` (as the scanner would) and resolves it.
    fn first(t: &str, now: Option<f64>, tz: Option<i32>) -> Option<u64> {
        let b = t.as_bytes();
        let lower = t.to_ascii_lowercase();
        let mut hits: Vec<(usize, usize, Trigger)> = Vec::new();
        for (p, trig) in TRIGGERS {
            let mut from = 0;
            while let Some(k) = lower[from..].find(p) {
                hits.push((from + k, from + k + p.len(), *trig));
                from += k + p.len();
            }
        }
        hits.sort_by_key(|h| (h.1, h.0));
        hits.into_iter()
            .find_map(|(s, e, trig)| parse(b, s, e, trig))
            .and_then(|(w, _)| resolve(w, now, tz))
    }

    // 2024-01-01T00:00:00Z
    const MIDNIGHT: f64 = 1_704_067_200_000.0;

    #[test]
    fn delays() {
        assert_eq!(
            first("Please wait 17 seconds before trying again.", None, None),
            Some(17_000)
        );
        assert_eq!(
            first(
                "Please wait 4 hours 26 minutes before trying again.",
                None,
                None
            ),
            Some((4 * 60 + 26) * MINUTE)
        );
        assert_eq!(
            first("try again in 2 minutes", None, None),
            Some(2 * MINUTE)
        );
        assert_eq!(first("Try again in 20s.", None, None), Some(20 * SECOND));
        assert_eq!(
            first("Please try again in 1m30s", None, None),
            Some(90 * SECOND)
        );
        assert_eq!(first("retry after 30", None, None), Some(30 * SECOND));
        assert_eq!(
            first("17秒後に再試行してください", None, None),
            Some(17 * SECOND)
        );
        assert_eq!(
            first("4時間26分後にもう一度お試しください", None, None),
            Some((4 * 60 + 26) * MINUTE)
        );
        assert_eq!(first("请在17秒后重试", None, None), Some(17 * SECOND));
        assert_eq!(first("请在 3 分钟后重试", None, None), Some(3 * MINUTE));
        assert_eq!(first("1小时30分钟后再试", None, None), Some(90 * MINUTE));
    }

    #[test]
    fn not_waits() {
        for t in [
            "Please wait and try sending again later.",
            "5-hour limit reached - resets [time]",
            "5時間の制限に達しました - [時刻]にリセットされます。",
            "Request id: 6c14167f in 2024",
            "We have 3 models in stock",
            "wait 40 days",
            "Too many requests in 1 hour.Try again later",
        ] {
            assert_eq!(first(t, Some(MIDNIGHT), Some(0)), None, "{t}");
        }
    }

    #[test]
    fn clock_times_need_now_and_reach_the_next_occurrence() {
        let at_18 = MIDNIGHT + 18.0 * HOUR as f64;
        let t = "You can continue with the default model now, or try again after 7:06 PM.";
        assert_eq!(first(t, Some(at_18), Some(0)), Some(66 * MINUTE));
        assert_eq!(first(t, None, None), None);
        // 18:00 local in New York (UTC-5) is 23:00 UTC.
        let ny = MIDNIGHT + 23.0 * HOUR as f64;
        assert_eq!(first(t, Some(ny), Some(-300)), Some(66 * MINUTE));
        // After midnight wrap: at 20:00, 7:06 PM is tomorrow.
        let at_20 = MIDNIGHT + 20.0 * HOUR as f64;
        assert_eq!(first(t, Some(at_20), Some(0)), Some((23 * 60 + 6) * MINUTE));
        assert_eq!(
            first("Your limit resets at 9:30 AM", Some(at_20), Some(0)),
            Some((13 * 60 + 30) * MINUTE)
        );
        assert_eq!(
            first(
                "You are out of free messages until 3 PM",
                Some(at_18 - 4.0 * HOUR as f64),
                Some(0)
            ),
            Some(HOUR)
        );
        assert_eq!(
            first("resets at 21:00 UTC", Some(at_20), Some(540)),
            Some(HOUR)
        );
        assert_eq!(
            first("午後7:06以降にもう一度お試しください", Some(at_18), Some(0)),
            Some(66 * MINUTE)
        );
        assert_eq!(
            first("19:30にリセットされます", Some(at_18), Some(0)),
            Some(90 * MINUTE)
        );
        assert_eq!(
            first("午後7時にリセットされます", Some(at_18), Some(0)),
            Some(HOUR)
        );
        assert_eq!(
            first("下午3点后重试", Some(at_18 - 4.0 * HOUR as f64), Some(0)),
            Some(HOUR)
        );
    }

    #[test]
    fn retry_after_header() {
        assert_eq!(retry_after("60", None), Some(60_000));
        assert_eq!(retry_after(" 0 ", None), Some(0));
        // Mon, 01 Jan 2024 00:01:00 GMT is one minute after MIDNIGHT.
        assert_eq!(
            retry_after("Mon, 01 Jan 2024 00:01:00 GMT", Some(MIDNIGHT)),
            Some(60_000)
        );
        assert_eq!(retry_after("Mon, 01 Jan 2024 00:01:00 GMT", None), None);
        assert_eq!(retry_after("soon", Some(MIDNIGHT)), None);
    }
}
