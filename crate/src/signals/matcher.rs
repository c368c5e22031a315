//! Every pattern of the scan, found in one pass over the text, ASCII-case-insensitively.
//!
//! The pass keeps a rolling key of the last eight bytes seen, lowercased through a 256-entry
//! table (the text is never copied). At each position one multiply hashes the last four bytes,
//! and one bit of a 64 Kbit filter (8 KB: it stays in the first-level cache) says whether any
//! pattern may end with them. At most positions none does, and the position costs about twenty
//! instructions (callgrind). Where one may (about one position in seven of English error text:
//! "rror", "uest", "gain" end patterns and are common there), two small hash tables name the
//! candidates: patterns of eight bytes or more by a hash of the last eight bytes (compared with
//! the key in one 64-bit comparison; only a longer pattern whose eight-byte tail matched
//! compares the bytes before it), and patterns of three to seven bytes by the four-byte hash
//! (each compared under its mask). So the forty-odd rows ending in "error" are not each compared
//! where the text says "error": only the ones whose last eight bytes are the text's.
//!
//! A three-byte pattern ("dns", "vpn", 秒, "in " of the wait triggers) has no four-byte tail of
//! its own: it is entered as the 256 keys it can end, each with one byte before it, compared
//! whole. That is 1,792 of the filter's 2,592 set bits (4 %), and it keeps every position to one
//! test: one- and two-byte patterns still work, through a second test a byte (by their last
//! byte, then a short list), but the scan's table has none (wait.rs matches "in" with the byte
//! after it). The second test had cost about six instructions a byte.
//!
//! Why not Aho-Corasick (the `aho-corasick` crate's contiguous NFA, used here before): with 1,600
//! patterns in 17 languages, its search walked failure links at about 52 instructions a byte
//! (callgrind), its build took 44 M instructions at the first diagnosis (the worker's cold start)
//! and took the wasm linear memory, which never shrinks, to 5.3 MB; its code was about a quarter
//! of the wasm. The first version of this table (a bucket per hash of the last three bytes, its
//! patterns compared one by one with `memcmp`) met a non-empty bucket at most positions of
//! English text ("ing", "ror", "ion" end many patterns): about 55 instructions a byte. Figures in
//! docs/performance.md.
//!
//! The matches are the ones the overlapping automaton reported, in its order: by end position,
//! then longest first, then by pattern index (tests check it against `aho-corasick`).

/// Filter bits: 2^16. About 1,600 patterns end in about 830 distinct four-byte tails, and the
/// seven three-byte ones add 256 keys each: ~4 % of the bits are set.
const FILTER_BITS: u32 = 16;
/// Buckets of the patterns of three to seven bytes: the top bits of the filter's hash.
const MID_BITS: u32 = 12;
/// Buckets of the patterns of eight bytes or more, by a hash of their last eight.
const LONG_BITS: u32 = 12;

/// A pattern as its table holds it.
#[derive(Clone, Copy)]
struct Entry {
    /// Its last eight bytes (all of it when shorter), the last one lowest, as the rolling key
    /// holds them; `mask` covers the bytes it has.
    tail: u64,
    mask: u64,
    len: u32,
    /// Where its bytes start in `Matcher::pats`.
    at: u32,
    id: u32,
}

/// A hash table of entries, `2^BITS` buckets: bucket `b` is `entries[starts[b]..starts[b + 1]]`,
/// each bucket longest first, then by index. `S` is `2^BITS + 1` (an array, so that a bucket's
/// bounds are read without bounds checks). Bounds are 32-bit: each three-byte pattern is 256
/// entries, and a table of a few hundred of them would overflow 16 bits.
struct Table<const S: usize> {
    starts: [u32; S],
    entries: Vec<Entry>,
}

impl<const S: usize> Table<S> {
    /// `bucket` maps an entry's tail to its bucket, below `S - 1`.
    fn new(all: &[Entry], bucket: impl Fn(u64) -> usize) -> Table<S> {
        let mut starts = [0u32; S];
        for e in all {
            starts[bucket(e.tail) + 1] += 1;
        }
        for b in 1..S {
            starts[b] += starts[b - 1];
        }
        let mut fill = [0u32; S];
        let mut entries = vec![EMPTY; all.len()];
        // Filled in pattern order, each bucket kept longest first (an insertion: buckets hold a
        // few entries, and there is then no sort code in the wasm).
        for e in all {
            let b = bucket(e.tail);
            let v = &mut entries[starts[b] as usize..];
            let mut j = fill[b] as usize;
            while j > 0 && v[j - 1].len < e.len {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = *e;
            fill[b] += 1;
        }
        Table { starts, entries }
    }

    /// Bucket `b` (`b < S - 1`).
    #[inline]
    fn bucket(&self, b: usize) -> &[Entry] {
        let (a, z) = (self.starts[b], self.starts[b + 1]);
        if a == z {
            return &[];
        }
        &self.entries[a as usize..z as usize]
    }
}

const EMPTY: Entry = Entry {
    tail: 0,
    mask: 0,
    len: 0,
    at: 0,
    id: 0,
};

/// The tables the pass reads at every byte are arrays in the structure, not behind pointers: the
/// scanner is a static, so their addresses are constants and the pass needs no register for them
/// (it has few to spare around the call to `found`).
pub struct Matcher {
    /// Bit `h` set: some pattern of four bytes or more has last four bytes that hash to `h`.
    filter: [u64; 1 << (FILTER_BITS - 6)],
    /// Each byte's ASCII lowercase.
    lower: [u8; 256],
    /// True for a (lowercase) byte that ends a pattern of one or two bytes.
    short_end: [bool; 256],
    /// Patterns of eight bytes or more, by `long_bucket` of their last eight.
    long: Table<{ (1 << LONG_BITS) + 1 }>,
    /// Patterns of three to seven bytes, by the top bits of `hash4` of their last four (a
    /// three-byte one with each byte that can come before it).
    mid: Table<{ (1 << MID_BITS) + 1 }>,
    /// Patterns of one or two bytes, longest first.
    short: Vec<Entry>,
    /// Every pattern's lowercased bytes, one after another.
    pats: Vec<u8>,
}

/// The filter index of the last four bytes of `key`.
#[inline]
fn hash4(key: u64) -> usize {
    ((key as u32).wrapping_mul(0x9E37_79B1) >> (32 - FILTER_BITS)) as usize
}

#[inline]
fn mid_bucket(h4: usize) -> usize {
    h4 >> (FILTER_BITS - MID_BITS)
}

#[inline]
fn long_bucket(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - LONG_BITS)) as usize
}

/// The rolling key after the bytes of `b`: its last eight, the last one lowest.
fn key_of(b: &[u8]) -> u64 {
    b.iter().fold(0, |k, &x| k << 8 | u64::from(x))
}

impl Matcher {
    /// Patterns are matched ASCII-case-insensitively; an empty pattern never matches.
    pub fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>) -> Matcher {
        let mut lower = [0u8; 256];
        for (b, x) in lower.iter_mut().enumerate() {
            *x = (b as u8).to_ascii_lowercase();
        }
        let mut short_end = [false; 256];
        let mut filter = [0u64; 1 << (FILTER_BITS - 6)];
        let mut pats = Vec::new();
        let (mut long, mut mid, mut short) = (Vec::new(), Vec::new(), Vec::new());
        for (id, p) in patterns.enumerate() {
            let at = pats.len();
            pats.extend(p.iter().map(u8::to_ascii_lowercase));
            let p = &pats[at..];
            if p.is_empty() {
                continue;
            }
            let n = p.len().min(8);
            let e = Entry {
                tail: key_of(&p[p.len() - n..]),
                mask: if n == 8 { u64::MAX } else { (1 << (8 * n)) - 1 },
                len: p.len() as u32,
                at: at as u32,
                id: id as u32,
            };
            let mut add = |e: Entry| {
                let h = hash4(e.tail);
                filter[h >> 6] |= 1 << (h & 63);
                if e.len >= 8 {
                    long.push(e)
                } else {
                    mid.push(e)
                }
            };
            match e.len {
                1 | 2 => {
                    short_end[usize::from(p[p.len() - 1])] = true;
                    short.push(e);
                }
                // A three-byte pattern goes through the filter as the 256 four-byte keys it can
                // end: each with the byte before it, compared whole, so one matches (at the
                // start of the text, the key's empty byte is 0).
                3 => {
                    for before in 0..=255u64 {
                        add(Entry {
                            tail: before << 24 | e.tail,
                            mask: 0xFFFF_FFFF,
                            ..e
                        });
                    }
                }
                _ => add(e),
            }
        }
        // Longest first, then by index (a stable insertion).
        for i in 1..short.len() {
            let mut j = i;
            while j > 0 && short[j - 1].len < short[j].len {
                short.swap(j - 1, j);
                j -= 1;
            }
        }
        Matcher {
            filter,
            lower,
            short_end,
            long: Table::new(&long, long_bucket),
            mid: Table::new(&mid, |t| mid_bucket(hash4(t))),
            short,
            pats,
        }
    }

    /// Calls `found(start, end, pattern)` for every occurrence of every pattern in `text`,
    /// overlapping ones included, by end, then longest first, then by index.
    #[inline]
    pub fn each(&self, text: &[u8], found: impl FnMut(usize, usize, usize)) {
        // Patterns of one or two bytes cost a second test a byte; the scan's table has none.
        if self.short.is_empty() {
            self.each_by::<false>(text, found);
        } else {
            self.each_by::<true>(text, found);
        }
    }

    /// True when some pattern is one or two bytes long (each byte then costs a second test).
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub(crate) fn has_short_patterns(&self) -> bool {
        !self.short.is_empty()
    }

    #[inline(always)]
    fn each_by<const SHORT: bool>(&self, text: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        let mut key = 0u64;
        let mut end = 0;
        while end < text.len() {
            key = key << 8 | u64::from(self.lower[usize::from(text[end])]);
            end += 1;
            let h = hash4(key);
            if self.filter[h >> 6] & (1 << (h & 63)) != 0 {
                self.long_ending_at(text, end, key, h, &mut found);
            }
            if SHORT && self.short_end[(key & 0xFF) as usize] {
                for e in &self.short {
                    if key & e.mask == e.tail && e.len as usize <= end {
                        found(end - e.len as usize, end, e.id as usize);
                    }
                }
            }
        }
    }

    /// The patterns of four bytes or more that end at `end` (the filter said some may).
    #[inline(always)]
    fn long_ending_at(
        &self,
        text: &[u8],
        end: usize,
        key: u64,
        h4: usize,
        found: &mut impl FnMut(usize, usize, usize),
    ) {
        if end >= 8 {
            for e in self.long.bucket(long_bucket(key)) {
                let len = e.len as usize;
                if key == e.tail && len <= end && (len == 8 || self.head_matches(e, text, end)) {
                    found(end - len, end, e.id as usize);
                }
            }
        }
        for e in self.mid.bucket(mid_bucket(h4)) {
            if key & e.mask == e.tail && e.len as usize <= end {
                found(end - e.len as usize, end, e.id as usize);
            }
        }
    }

    /// True when the bytes of `e` before its last eight are the text's before `end - 8`.
    #[inline]
    fn head_matches(&self, e: &Entry, text: &[u8], end: usize) -> bool {
        let (len, at) = (e.len as usize, e.at as usize);
        let (Some(t), Some(p)) = (
            text.get(end - len..end - 8),
            self.pats.get(at..at + len - 8),
        ) else {
            return false;
        };
        // From the end: the bytes nearest the matched tail tell rows of one ending apart.
        let mut k = t.len();
        while k > 0 {
            k -= 1;
            if t[k].to_ascii_lowercase() != p[k] {
                return false;
            }
        }
        true
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    fn ours(m: &Matcher, t: &str) -> Vec<(usize, usize, usize)> {
        let mut v = Vec::new();
        m.each(t.as_bytes(), |s, e, i| v.push((s, e, i)));
        v
    }

    fn theirs(pats: &[String], t: &str) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(pats)
            .unwrap();
        ac.find_overlapping_iter(t)
            .map(|x| (x.start(), x.end(), x.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn finds_what_aho_corasick_finds_in_its_order() {
        let pats: Vec<String> = [
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
            // Eight bytes, nine, and long ones sharing their last eight.
            "rror 502",
            "error 502",
            "network error",
            "server error",
            "internal server error",
            "error",
            "秒",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let texts = [
            "An ERROR 502 in a page: エラー. aaaaa inin",
            "",
            "i",
            "error",
            "Привет error in",
            "Internal Server Error; NETWORK ERROR; network error 502 in 5 秒",
            "\0\0\0error\0",
        ];
        let m = Matcher::new(pats.iter().map(|p| p.as_bytes()));
        for t in texts {
            assert_eq!(ours(&m, t), theirs(&pats, t), "{t}");
        }
    }

    #[test]
    fn agrees_with_aho_corasick_on_generated_tables() {
        // A small alphabet makes patterns share tails and overlap: every path of the table is
        // walked (filter and bucket collisions, tails of every length, heads compared).
        let alphabet = ["a", "b", "A", "B", " ", "é"];
        let mut next = super::super::test_rng(0x2545_F491_4F6C_DD1Du64);
        for _ in 0..200 {
            let pats: Vec<String> = (0..1 + next(40))
                .map(|_| (0..1 + next(12)).map(|_| alphabet[next(6)]).collect())
                .collect();
            let m = Matcher::new(pats.iter().map(|p| p.as_bytes()));
            for _ in 0..10 {
                let t: String = (0..next(60)).map(|_| alphabet[next(6)]).collect();
                assert_eq!(ours(&m, &t), theirs(&pats, &t), "{pats:?} in {t:?}");
            }
        }
    }
}
