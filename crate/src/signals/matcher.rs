//! Every pattern of the scan, found in one pass: a table of the patterns by a hash of their last
//! three bytes. The pass walks the text's end positions once; at each it hashes the three bytes
//! before it (a rolling key) and compares the few patterns of that bucket that end there, then
//! the patterns shorter than three bytes (one: the wait trigger "in") when the last byte could
//! end one. Matching is ASCII-case-insensitive: patterns are stored lowercased and the text is
//! lowercased once.
//!
//! Why not Aho-Corasick (the `aho-corasick` crate's contiguous NFA, used here before): with 1,500
//! and more patterns in 17 languages, its search walked failure links at about 52 instructions a
//! byte (callgrind), its build took 44 M instructions at the first diagnosis (the worker's cold
//! start) and took the wasm linear memory, which never shrinks, to 5.3 MB; its code was about a
//! quarter of the wasm. This table is built in one sort, holds about 70 KB, and is about 10
//! instructions a byte where no pattern ends (figures in docs/performance.md).
//!
//! The matches are the ones the overlapping automaton reported, in its order: by end position,
//! then longest first, then by pattern index (a test checks it against `aho-corasick`).

/// Buckets: 2^BITS. At 16,384 for ~1,500 patterns, most text positions meet an empty bucket.
const BITS: u32 = 14;

/// A pattern as its bucket holds it: its last four bytes (fewer for shorter patterns) to compare
/// with the pass's rolling key before anything else, and where the rest of it is.
#[derive(Clone, Copy)]
struct Entry {
    tail: u32,
    mask: u32,
    len: u32,
    at: u32,
    id: u32,
}

pub struct Matcher {
    /// Bucket `h` holds `entries[starts[h]..starts[h + 1]]`, longest first, then by index.
    starts: Vec<u16>,
    entries: Vec<Entry>,
    /// Patterns shorter than three bytes, longest first, then by index.
    short: Vec<Entry>,
    /// Bit `b` set: some short pattern ends with byte `b`.
    short_last: [u64; 4],
    /// Every pattern's lowercased bytes, one after another.
    bytes: Vec<u8>,
}

#[inline]
fn bucket(key: u32) -> usize {
    ((key & 0x00FF_FFFF).wrapping_mul(0x9E37_79B1) >> (32 - BITS)) as usize
}

/// The rolling key after the bytes of `b`: its last four, the last one lowest.
fn key_of(b: &[u8]) -> u32 {
    b.iter().fold(0, |k, &x| k << 8 | u32::from(x))
}

impl Matcher {
    /// Patterns are matched ASCII-case-insensitively; an empty pattern never matches.
    pub fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>) -> Matcher {
        let mut bytes = Vec::new();
        let mut all = Vec::new();
        for (id, p) in patterns.enumerate() {
            let at = bytes.len() as u32;
            bytes.extend(p.iter().map(u8::to_ascii_lowercase));
            let p = &bytes[at as usize..];
            let n = p.len().min(4);
            all.push(Entry {
                tail: key_of(&p[p.len() - n..]),
                mask: if n == 4 { u32::MAX } else { (1 << (8 * n)) - 1 },
                len: p.len() as u32,
                at,
                id: id as u32,
            });
        }
        // Longest first, then by index: the order in which matches ending at one position are
        // reported.
        all.sort_by_key(|e| (u32::MAX - e.len, e.id));
        let mut starts = vec![0u16; (1 << BITS) + 1];
        let mut short = Vec::new();
        let mut short_last = [0u64; 4];
        for e in &all {
            if e.len >= 3 {
                starts[bucket(e.tail) + 1] += 1;
            } else if e.len > 0 {
                short.push(*e);
                let last = e.tail as u8;
                short_last[usize::from(last >> 6)] |= 1 << (last & 63);
            }
        }
        for h in 1..starts.len() {
            starts[h] += starts[h - 1];
        }
        let mut fill = starts.clone();
        let mut entries = vec![all[0]; usize::from(starts[1 << BITS])];
        for e in all.iter().filter(|e| e.len >= 3) {
            let h = bucket(e.tail);
            entries[usize::from(fill[h])] = *e;
            fill[h] += 1;
        }
        Matcher {
            starts,
            entries,
            short,
            short_last,
            bytes,
        }
    }

    /// True when the pattern of `e` ends at `end` (its tail is known to match).
    #[inline]
    fn rest_matches(&self, e: &Entry, low: &[u8], end: usize) -> bool {
        let len = e.len as usize;
        len <= end
            && (len <= 4 || {
                let at = e.at as usize;
                low[end - len..end - 4] == self.bytes[at..at + len - 4]
            })
    }

    /// Calls `found(start, end, pattern)` for every occurrence of every pattern in `low` (the
    /// text, ASCII-lowercased), overlapping ones included, by end, then longest first.
    #[inline]
    pub fn each(&self, low: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        let mut key = 0u32;
        for (i, &last) in low.iter().enumerate() {
            let end = i + 1;
            key = key << 8 | u32::from(last);
            let h = bucket(key);
            let (a, z) = (usize::from(self.starts[h]), usize::from(self.starts[h + 1]));
            if a != z && end >= 3 {
                for e in &self.entries[a..z] {
                    if key & e.mask == e.tail && self.rest_matches(e, low, end) {
                        found(end - e.len as usize, end, e.id as usize);
                    }
                }
            }
            if self.short_last[usize::from(last >> 6)] & (1 << (last & 63)) != 0 {
                for e in &self.short {
                    if key & e.mask == e.tail && self.rest_matches(e, low, end) {
                        found(end - e.len as usize, end, e.id as usize);
                    }
                }
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn finds_what_aho_corasick_finds_in_its_order() {
        use aho_corasick::{AhoCorasick, MatchKind};
        let pats = [
            "in",
            "error",
            "err",
            "rror",
            "Error 502",
            "エラー",
            "ラー",
            "a",
            "aa",
            "aaa",
            "aaaa",
            "in a",
            "n",
        ];
        let texts = [
            "An ERROR 502 in a page: エラー. aaaaa inin",
            "",
            "i",
            "error",
            "Привет error in",
        ];
        let m = Matcher::new(pats.iter().map(|p| p.as_bytes()));
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(pats)
            .unwrap();
        for t in texts {
            let mut ours = Vec::new();
            m.each(t.to_ascii_lowercase().as_bytes(), |s, e, i| {
                ours.push((s, e, i))
            });
            let theirs: Vec<_> = ac
                .find_overlapping_iter(t)
                .map(|x| (x.start(), x.end(), x.pattern().as_usize()))
                .collect();
            assert_eq!(ours, theirs, "{t}");
        }
    }
}
