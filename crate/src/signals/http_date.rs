//! HTTP-dates (RFC 9110 §5.6.7), the other form of a `Retry-After` value, as milliseconds since
//! the Unix epoch. All three forms a recipient must accept:
//! - IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT` (what servers send today);
//! - RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT` (two-digit years 70–99 are 19xx, the rest 20xx);
//! - asctime: `Sun Nov  6 08:49:37 1994`.
//!
//! Written here rather than taken from the `httpdate` crate, which the tests still use as the
//! reference: that crate goes through `std::time::SystemTime`, whose error formatting alone
//! cost the extension's wasm 2 KB gzipped of its size budget for one rarely used header form.
//! The weekday is not checked against the date: a wrong one does not change when to retry.
//!
//! RSS dates its items (`pubDate`) in RFC 822, which the IMF-fixdate comes from, with more
//! zones: `rfc822`.

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Milliseconds since 1970-01-01T00:00:00Z, or `None` when `s` is not an HTTP-date.
pub fn parse(s: &str) -> Option<f64> {
    let mut parts = s.split([' ', ',', '-']).filter(|p| !p.is_empty()).skip(1); // the weekday
    let (a, b, c, d) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let (day, month, year, time) = match parts.next() {
        // IMF-fixdate and RFC 850: day month year time GMT
        Some(zone) if zone == "GMT" && parts.next().is_none() => (a, b, year_of(c)?, d),
        // asctime: month day time year
        None => (b, a, (d.len() == 4).then(|| number(d))??, c),
        Some(_) => return None,
    };
    let month = MONTHS.iter().position(|m| *m == month)? as i64 + 1;
    let day = (1..=2).contains(&day.len()).then(|| number(day))??;
    let [h, m, sec] = clock(time)?;
    if !(1..=days_in_month(year, month)).contains(&day) {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some((((days * 24 + h) * 60 + m) * 60 + sec) as f64 * 1000.0)
}

/// Milliseconds since 1970 of an RSS `pubDate`: an HTTP-date whose zone may also be `UT`,
/// `UTC`, `Z` or `±hhmm` (Statuspage's feeds write `+0000`, status.x.ai's `GMT`). RFC 822's
/// North American zone names are refused: no status feed was seen writing them.
pub fn rfc822(s: &str) -> Option<f64> {
    let (date, zone) = s.trim().rsplit_once(' ')?;
    let minutes = match zone {
        "GMT" | "UT" | "UTC" | "Z" => 0,
        _ => {
            let (sign, hhmm) = (zone.get(..1)?, zone.get(1..)?);
            let n = (hhmm.len() == 4).then(|| number(hhmm))??;
            let n = n / 100 * 60 + n % 100;
            match sign {
                "+" => n,
                "-" => -n,
                _ => return None,
            }
        }
    };
    Some(parse(&format!("{date} GMT"))? - (minutes * 60_000) as f64)
}

/// A four-digit year, or RFC 850's two digits.
fn year_of(y: &str) -> Option<i64> {
    match (y.len(), number(y)?) {
        (4, n) => Some(n),
        (2, n) if n >= 70 => Some(1900 + n),
        (2, n) => Some(2000 + n),
        _ => None,
    }
}

/// `hh:mm:ss`, each in range (a leap second, :60, is allowed as HTTP allows it).
fn clock(t: &str) -> Option<[i64; 3]> {
    let mut it = t.split(':');
    let (h, m, s) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || [h, m, s].iter().any(|p| p.len() != 2) {
        return None;
    }
    let (h, m, s) = (number(h)?, number(m)?, number(s)?);
    (h < 24 && m < 60 && s <= 60).then_some([h, m, s])
}

fn number(digits: &str) -> Option<i64> {
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the given proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn the_three_forms_of_rfc_9110() {
        // RFC 9110's own example, in each form: 1994-11-06T08:49:37Z.
        let at = 784_111_777_000.0;
        assert_eq!(parse("Sun, 06 Nov 1994 08:49:37 GMT"), Some(at));
        assert_eq!(parse("Sunday, 06-Nov-94 08:49:37 GMT"), Some(at));
        assert_eq!(parse("Sun Nov  6 08:49:37 1994"), Some(at));
        assert_eq!(parse("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0.0));
        assert_eq!(
            parse("Tue, 29 Feb 2028 23:59:59 GMT"),
            Some(1_835_481_599_000.0)
        );
        assert_eq!(
            parse("Monday, 01-Jan-24 00:01:00 GMT"),
            Some(1_704_067_260_000.0)
        );
    }

    #[test]
    fn what_is_not_an_http_date_is_refused() {
        for bad in [
            "",
            "soon",
            "120",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Mon, 29 Feb 2100 00:00:00 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT extra",
            "Sun, 006 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 19945 08:49:37 GMT",
            "Sun, +6 Nov 1994 08:49:37 GMT",
            "Sun Nov  6 08:49:37 94",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn rss_dates_with_their_zones() {
        let at = 784_111_777_000.0; // 1994-11-06T08:49:37Z
        for rss in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 +0000",
            "Sun, 06 Nov 1994 08:49:37 UT",
            " Sun, 6 Nov 1994 09:49:37 +0100 ",
            "Sun, 06 Nov 1994 03:49:37 -0500",
            "Sun, 06 Nov 1994 14:19:37 +0530",
            "Sunday, 06-Nov-94 08:49:37 Z",
        ] {
            assert_eq!(rfc822(rss), Some(at), "{rss:?}");
        }
        for bad in [
            "",
            "yesterday",
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 06 Nov 1994 08:49:37 +01",
            "Sun, 06 Nov 1994 08:49:37 +1x00",
            "Sun, 06 Nov 1994 08:49:37 +\u{e9}00",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT extra",
            "06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
        ] {
            assert_eq!(rfc822(bad), None, "{bad:?}");
        }
    }

    proptest! {
        /// Any instant as `Date.toUTCString()` and RSS feeds write it reads back as itself.
        #[test]
        fn rss_dates_agree_with_the_httpdate_crate(secs in 0u64..253_402_300_799) {
            let text = httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(secs));
            prop_assert_eq!(rfc822(&text), Some(secs as f64 * 1000.0), "{}", text);
            let plus = text.replace("GMT", "+0000");
            prop_assert_eq!(rfc822(&plus), Some(secs as f64 * 1000.0), "{}", plus);
        }

        /// The reference implementation's output, for any second from 1970 to 9999, reads back
        /// as the same instant.
        #[test]
        fn agrees_with_the_httpdate_crate(secs in 0u64..253_402_300_799) {
            let t = UNIX_EPOCH + Duration::from_secs(secs);
            let text = httpdate::fmt_http_date(t);
            prop_assert_eq!(parse(&text), Some(secs as f64 * 1000.0), "{}", text);
            prop_assert_eq!(
                httpdate::parse_http_date(&text).ok(),
                Some(t)
            );
        }

        /// Whatever the text, no panic.
        #[test]
        fn any_text_is_safe(s in "\\PC{0,40}") {
            let _ = (parse(&s), rfc822(&s));
        }
    }
}
