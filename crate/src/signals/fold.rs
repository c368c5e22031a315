//! Folding: text and patterns are compared in one folded form, so that a row written once matches
//! the ways the same words reach us. The pattern table stays ASCII-case-insensitive; this fold adds
//! what that cannot do:
//! - whitespace: every run of ASCII whitespace, no-break spaces (French puts U+00A0/U+202F before
//!   `:` and `!`) and the Persian zero-width non-joiner (typed as a space where keyboards lack it)
//!   become one space: pasted errors are wrapped and indented by terminals and log viewers;
//! - case beyond ASCII: Latin-1 and Latin Extended-A, Vietnamese, Cyrillic (Russian, Ukrainian);
//!   Turkish dotted İ and dotless ı both fold to `i` (its `I` is ASCII), German ß and ẞ to `ss`;
//! - marks: Latin letters lose their accents and combining marks are dropped, so that NFC and NFD
//!   text (macOS pastes NFD) and text typed without accents ("Algo salio mal") meet; for the same
//!   reason ё folds to е, й to и and ї to і (NFD splits them into a letter and a mark);
//! - Hangul in conjoining jamo (NFD) is composed into syllables, arithmetically;
//! - Arabic script: the Arabic and Persian forms of yeh (ي ى ی) and kaf (ك ک) meet, hamza
//!   carriers on alef (أ إ آ) fold to ا, tatweel and short-vowel marks are dropped;
//! - Arabic-Indic and Persian digits become ASCII digits, so waits and statuses read them;
//! - typographic apostrophes (’ ‘ ʼ) become `'`; zero-width joiners, soft hyphens, BOMs go.
//!
//! The fold is cheap where there is nothing to fold (the usual English text is borrowed after one
//! test a byte), starts at the first byte that needs it, and is linear. It never lengthens the
//! text, and it is applied to the patterns when the pattern table is built, so rows keep their real
//! spelling in the tables.
use std::borrow::Cow;

/// What one character folds to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum F {
    Keep,
    Drop,
    Space,
    To(char),
    Ss,
}

/// Latin-1 Supplement U+00C0..=U+00FF to ASCII base letters (lowercase; `*` keeps: × ÷).
const LATIN1: &[u8; 64] = b"aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
/// Latin Extended-A U+0100..=U+017F to ASCII base letters (pairs upper/lower; `ı` at 0x131).
const LATIN_EXT_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

fn fold_char(c: char) -> F {
    let u = c as u32;
    match u {
        0x00A0 | 0x2007 | 0x202F | 0x200C | 0x2009 | 0x200A | 0x3000 => F::Space,
        // Soft hyphen, zero-width space and joiner, direction marks (Arabic and Persian pages
        // put them around Latin host names), BOM.
        0x00AD | 0x200B | 0x200D | 0x200E | 0x200F | 0x061C | 0x2060 | 0xFEFF => F::Drop,
        0x2018 | 0x2019 | 0x02BC => F::To('\''),
        0x00DF | 0x1E9E => F::Ss,
        0x00C0..=0x00FF => match LATIN1[(u - 0xC0) as usize] {
            b'*' => F::Keep,
            b => F::To(b as char),
        },
        // Ŀ/ŀ and ŉ/ſ fold by the table too; İ (0x130) and ı (0x131) are `i`.
        0x0100..=0x017F => F::To(LATIN_EXT_A[(u - 0x100) as usize] as char),
        // Vietnamese horn letters and the rest of Latin Extended-B that Vietnamese uses.
        0x01A0 | 0x01A1 => F::To('o'),
        0x01AF | 0x01B0 => F::To('u'),
        // Vietnamese letters with tone marks, Latin Extended Additional.
        0x1EA0..=0x1EB7 => F::To('a'),
        0x1EB8..=0x1EC7 => F::To('e'),
        0x1EC8..=0x1ECB => F::To('i'),
        0x1ECC..=0x1EE3 => F::To('o'),
        0x1EE4..=0x1EF1 => F::To('u'),
        0x1EF2..=0x1EF9 => F::To('y'),
        // Combining diacritical marks (NFD text).
        0x0300..=0x036F => F::Drop,
        // Cyrillic: Ё and ё → е, Й and й → и, Ї and ї → і; then upper → lower.
        0x0401 | 0x0451 => F::To('е'),
        0x0419 | 0x0439 => F::To('и'),
        0x0407 | 0x0457 | 0x0406 => F::To('і'),
        0x0400..=0x040F => F::To(char::from_u32(u + 0x50).unwrap_or(c)),
        0x0410..=0x042F => F::To(char::from_u32(u + 0x20).unwrap_or(c)),
        0x0490 => F::To('ґ'),
        // Arabic script: yeh and alef maksura → Persian yeh, Arabic kaf → keheh, hamza on alef.
        0x064A | 0x0649 => F::To('ی'),
        0x0643 => F::To('ک'),
        0x0622 | 0x0623 | 0x0625 => F::To('ا'),
        0x0640 | 0x064B..=0x065F | 0x0670 => F::Drop,
        0x0660..=0x0669 => F::To(char::from_u32(u - 0x0660 + 0x30).unwrap_or(c)),
        0x06F0..=0x06F9 => F::To(char::from_u32(u - 0x06F0 + 0x30).unwrap_or(c)),
        _ => F::Keep,
    }
}

/// Hangul conjoining jamo: a leading consonant and a vowel (and a trailing consonant) compose
/// into one syllable (Unicode ch. 3.12).
fn hangul_lv(l: char, v: char) -> Option<u32> {
    let (l, v) = (l as u32, v as u32);
    ((0x1100..0x1113).contains(&l) && (0x1161..0x1176).contains(&v))
        .then(|| 0xAC00 + ((l - 0x1100) * 21 + (v - 0x1161)) * 28)
}
fn hangul_t(t: char) -> Option<u32> {
    let t = t as u32;
    (0x11A8..0x11C3).contains(&t).then(|| t - 0x11A7)
}

/// True when the character starting at byte `i` may fold: its lead byte (and, for three-byte
/// characters, its second byte) is one of the few that `fold_char` or the Hangul composition
/// change. Everything else (ASCII, CJK, kana, Hangul syllables, continuation bytes) is passed over
/// without decoding: this keeps the fold near one test a byte on the text it leaves alone.
/// (Checked against `fold_char` over every character below U+10000 in the tests.)
#[inline]
fn may_fold(b: &[u8], i: usize) -> bool {
    match b[i] {
        // Latin-1 (no-break space, soft hyphen, letters), Latin Extended-A and -B, the modifier
        // apostrophe, combining marks.
        0xC2..=0xC6 | 0xCA | 0xCC | 0xCD => true,
        // Cyrillic: capitals and Ѐ..Џ (U+0400..U+042F), й; ё and ї; Ґ. Lowercase Russian and
        // Ukrainian text passes without decoding.
        0xD0 => matches!(b.get(i + 1), Some(0x80..=0xAF | 0xB9)),
        0xD1 => matches!(b.get(i + 1), Some(0x91 | 0x97)),
        0xD2 => b.get(i + 1) == Some(&0x90),
        // Arabic script: the letter mark ؜, hamza on alef (آ أ إ), then kaf, alef maksura and
        // yeh, tatweel, short vowels, Arabic-Indic digits, the superscript alef (U+0640..U+0670),
        // and Persian digits. Other letters pass without decoding.
        0xD8 => matches!(b.get(i + 1), Some(0x9C | 0xA2 | 0xA3 | 0xA5)),
        0xD9 => matches!(b.get(i + 1), Some(0x80 | 0x83 | 0x89..=0xA9 | 0xB0)),
        0xDB => matches!(b.get(i + 1), Some(0xB0..=0xB9)),
        // Hangul conjoining jamo (U+1100..) and Vietnamese (U+1E00..).
        0xE1 => matches!(b.get(i + 1), Some(0x84..=0x87 | 0xB8..=0xBB)),
        // Spaces, joiners, marks and quotes (U+2000..U+207F).
        0xE2 => matches!(b.get(i + 1), Some(0x80 | 0x81)),
        // The ideographic space (U+3000..U+303F; kana are U+3040.. and pass).
        0xE3 => b.get(i + 1) == Some(&0x80),
        // The BOM (U+FEC0..U+FEFF).
        0xEF => b.get(i + 1) == Some(&0xBB),
        _ => false,
    }
}

/// Each byte's class for the scans below: 0 passes as it is (most ASCII, continuation bytes, the
/// lead bytes of CJK, kana and Hangul syllables), 1 is ASCII whitespace, 2 a lead byte `may_fold`
/// must look at. One load and compare a byte is all that English, Chinese or Korean text costs.
static CLASS: [u8; 256] = {
    let mut c = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        c[i] = if b.is_ascii_whitespace() {
            1
        } else if matches!(b, 0xC2..=0xC6 | 0xCA | 0xCC | 0xCD | 0xD0..=0xD2 | 0xD8 | 0xD9 | 0xDB | 0xE1 | 0xE2 | 0xE3 | 0xEF)
        {
            2
        } else {
            0
        };
        i += 1;
    }
    c
};

/// The first byte from `i` on that is not of class 0 (or the end).
#[inline]
fn skip_plain(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && CLASS[usize::from(b[i])] == 0 {
        i += 1;
    }
    i
}

/// How many bytes from `i` on the fold passes as they are, read eight at a time: 8 when the next
/// eight bytes are ASCII with no control byte and no two spaces side by side; 7 when they are and
/// the eighth is a space (the space is then looked at again with what follows it); 0 when the
/// bytes must be looked at one by one (or fewer than eight are left). English text passes in
/// chunks; a chunk costs about as much as two bytes looked at alone.
#[inline]
fn clean_run<const CHUNKS: bool>(b: &[u8], i: usize) -> usize {
    if !CHUNKS {
        return 0;
    }
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let Some(chunk) = b.get(i..i + 8) else {
        return 0;
    };
    let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
    // A byte of 0x80 or more (not ASCII), or one below 0x20 (tabs, line breaks, controls).
    if (x | (x.wrapping_sub(ONES * 0x20) & !x)) & HIGH != 0 {
        return 0;
    }
    // Spaces: the zero bytes of x ^ 0x20…; two side by side need the fold. (The test may also
    // flag "!" after a space: such a chunk is then looked at byte by byte, which is only slower.)
    let s = x ^ (ONES * 0x20);
    let spaces = s.wrapping_sub(ONES) & !s & HIGH;
    if spaces & (spaces >> 8) != 0 {
        return 0;
    }
    if x >> 56 == 0x20 {
        7
    } else {
        8
    }
}

/// The first byte at which the fold changes something, if any.
fn first_change<const CHUNKS: bool>(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let mut i = 0;
    if CHUNKS {
        i = clean_prefix(b);
    }
    while i < b.len() {
        let n = clean_run::<CHUNKS>(b, i);
        if n > 0 {
            i += n;
            continue;
        }
        // Eight bytes (or the rest) one at a time, then chunks again.
        let stop = (i + 8).min(b.len());
        while i < stop {
            if CLASS[usize::from(b[i])] != 0 && needs_fold(t, i) {
                return Some(i);
            }
            i += 1;
        }
    }
    None
}

/// How many bytes from the start the fold surely leaves alone, read eight at a time: whole
/// chunks of ASCII with no control byte and no two spaces side by side (within a chunk or
/// across two), the test `clean_run` makes, with the previous chunk's last space carried
/// instead of re-reading it. At a chunk that fails the test the count stops one byte before
/// it, so that a space ending the chunk before is looked at with what follows it. The usual
/// English text is read here whole, at about two instructions a byte.
#[inline]
fn clean_prefix(b: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut last_space = 0u64;
    let mut n = 0usize;
    for chunk in b.chunks_exact(8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
        let s = x ^ (ONES * 0x20);
        let spaces = s.wrapping_sub(ONES) & !s & HIGH;
        let odd = (x | (x.wrapping_sub(ONES * 0x20) & !x)) & HIGH;
        if odd | (spaces & ((spaces >> 8) | last_space)) != 0 {
            return n.saturating_sub(1);
        }
        last_space = spaces >> 56;
        n += 8;
    }
    n.saturating_sub(1)
}

/// True when the byte starts nothing the fold changes (ASCII other than whitespace runs, or a
/// multi-byte character that folds to itself).
fn needs_fold(t: &str, i: usize) -> bool {
    let b = t.as_bytes();
    let c = b[i];
    if c < 0x80 {
        // Whitespace other than a space, or a space before more (of any kind).
        return c <= b' '
            && c.is_ascii_whitespace()
            && (c != b' '
                || b.get(i + 1).is_some_and(|n| {
                    n.is_ascii_whitespace()
                        || (*n >= 0xC2
                            && t[i + 1..].chars().next().map(fold_char) == Some(F::Space))
                }));
    }
    if !may_fold(b, i) {
        return false;
    }
    let ch = t[i..].chars().next().unwrap_or(' ');
    fold_char(ch) != F::Keep || (0x1100..0x1113).contains(&(ch as u32))
}

/// The folded text; borrowed when nothing needs folding.
pub fn fold(t: &str) -> Cow<'_, str> {
    fold_by::<true>(t)
}

/// The fold, with (`CHUNKS`) or without the eight-byte fast path (tests compare the two).
fn fold_by<const CHUNKS: bool>(t: &str) -> Cow<'_, str> {
    let b = t.as_bytes();
    let Some(first) = first_change::<CHUNKS>(t) else {
        return Cow::Borrowed(t);
    };
    let mut out = String::with_capacity(b.len());
    // `t[run..i]` is kept as it is and not yet copied: runs are copied whole, when something
    // else must be written (a chunk at a time, the copies cost more than the tests).
    let mut run = 0;
    let mut space = first > 0 && b[first - 1] == b' ';
    let mut i = first;
    while i < b.len() {
        let c = b[i];
        let n = clean_run::<CHUNKS>(b, i);
        if n > 0 && !(space && c == b' ') {
            i += n;
            space = false;
            continue;
        }
        if c == b' ' && !space {
            i += 1;
            space = true;
            continue;
        }
        if c.is_ascii_whitespace() {
            out.push_str(&t[run..i]);
            if !space {
                out.push(' ');
            }
            space = true;
            i += 1;
            run = i;
            continue;
        }
        if !may_fold(b, i) {
            // A run that nothing folds is kept whole. It ends at ASCII whitespace or at a lead
            // byte, so both ends are character boundaries.
            i += 1;
            loop {
                i = skip_plain(b, i);
                if i >= b.len() || b[i].is_ascii_whitespace() || may_fold(b, i) {
                    break;
                }
                i += 1;
            }
            space = false;
            continue;
        }
        let mut chars = t[i..].chars();
        let Some(ch) = chars.next() else { break };
        let f = fold_char(ch);
        if f == F::Keep && !(0x1100..0x1113).contains(&(ch as u32)) {
            i += ch.len_utf8();
            space = false;
            continue;
        }
        out.push_str(&t[run..i]);
        i += ch.len_utf8();
        run = i;
        match f {
            F::Space => {
                if !space {
                    out.push(' ');
                }
                space = true;
                continue;
            }
            F::Drop => continue,
            F::Keep => {
                let next = chars.next();
                match next.and_then(|v| hangul_lv(ch, v)) {
                    Some(mut syllable) => {
                        i += 3;
                        if let Some(t) = chars.next().and_then(hangul_t) {
                            i += 3;
                            syllable += t;
                        }
                        run = i;
                        out.push(char::from_u32(syllable).unwrap_or(ch));
                    }
                    None => out.push(ch),
                }
            }
            F::To(x) => out.push(x),
            F::Ss => out.push_str("ss"),
        }
        space = false;
    }
    out.push_str(&t[run..]);
    // No run of spaces survives, so the fold is idempotent.
    Cow::Owned(out)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The fold written plainly, a character at a time: what `fold_by` must give.
    fn reference(t: &str) -> String {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::new();
        let mut space = false;
        let mut k = 0;
        while k < chars.len() {
            let ch = chars[k];
            k += 1;
            let f = if ch.is_ascii_whitespace() {
                F::Space
            } else {
                fold_char(ch)
            };
            match f {
                F::Space => {
                    if !space {
                        out.push(' ');
                    }
                    space = true;
                    continue;
                }
                F::Drop => continue,
                F::Keep => match chars.get(k).and_then(|&v| hangul_lv(ch, v)) {
                    Some(mut syllable) => {
                        k += 1;
                        if let Some(t) = chars.get(k).and_then(|&t| hangul_t(t)) {
                            k += 1;
                            syllable += t;
                        }
                        out.push(char::from_u32(syllable).unwrap());
                    }
                    None => out.push(ch),
                },
                F::To(x) => out.push(x),
                F::Ss => out.push_str("ss"),
            }
            space = false;
        }
        out
    }

    #[test]
    fn folds_as_the_plain_reference_does() {
        // Every kind of character the fold treats apart, at every offset of the chunks.
        let alphabet = [
            " ", "  ", "\n", "\t", "!", "a", "Z", "É", "e\u{301}", "\u{a0}", "\u{200b}", "错", "ı",
            "ß", "Ё", "ё", "ж", "٣", "ي", "\u{1100}", "\u{1161}", "\u{11a8}", "한", "’",
        ];
        let mut next = super::super::test_rng(0x2545_F491_4F6C_DD1Du64);
        for _ in 0..20_000 {
            let t: String = (0..next(40))
                .map(|_| alphabet[next(alphabet.len())])
                .collect();
            assert_eq!(fold(&t), reference(&t), "{t:?}");
        }
    }

    #[test]
    fn chunks_fold_as_bytes_one_by_one_do() {
        // Spaces, line breaks, "!" after a space (the chunk test's false alarm), letters that
        // fold, no-break spaces and a CJK character, at every offset of the eight-byte chunks.
        let alphabet = [
            " ", "\n", "!", "a", "Z", "É", "\u{a0}", "错", "  ", "\t", "ı",
        ];
        let mut next = super::super::test_rng(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..20_000 {
            let t: String = (0..next(40))
                .map(|_| alphabet[next(alphabet.len())])
                .collect();
            assert_eq!(fold_by::<true>(&t), fold_by::<false>(&t), "{t:?}");
        }
    }

    #[test]
    fn may_fold_finds_every_character_that_folds() {
        for u in 0x80..0x10000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let folds = fold_char(c) != F::Keep || (0x1100..0x1113).contains(&u);
            assert!(!folds || may_fold(b, 0), "U+{u:04X}");
        }
    }

    #[test]
    fn english_text_is_borrowed() {
        for t in [
            "Something went wrong.",
            "エラーが発生しました",
            "服务器繁忙",
            "a b",
        ] {
            assert!(matches!(fold(t), Cow::Borrowed(_)), "{t}");
        }
    }

    #[test]
    fn folds() {
        let cases = [
            ("Incorrect API\n    key", "Incorrect API key"),
            ("Parece que algo SALIÓ mal", "Parece que algo SALIO mal"),
            ("Não é possível acessar", "Nao e possivel acessar"),
            ("Erreur\u{202F}: la connexion", "Erreur : la connexion"),
            (
                "Die Website ist nicht erreichbar. Straße STRASSE",
                "Die Website ist nicht erreichbar. Strasse STRASSE",
            ),
            ("НЕ УДАЁТСЯ ОТКРЫТЬ", "не удается открыть"),
            (
                "Не вдається отримати доступ. ЇЖАК",
                "не вдається отримати доступ. іжак",
            ),
            ("BAĞLANTI İNTERNET kırık", "BAGLANTI iNTERNET kirik"),
            (
                "Połączenie zostało przerwane",
                "Polaczenie zostalo przerwane",
            ),
            (
                "Không thể truy cập trang web này",
                "Khong the truy cap trang web nay",
            ),
            (
                "لا يمكن الوصول إلى هذا الموقع",
                "لا یمکن الوصول الی هذا الموقع",
            ),
            ("دسترسی\u{200C}پذیر نیست", "دسترسی پذیر نیست"),
            ("۱۷ ثانیه و ٥ دقائق", "17 ثانیه و 5 دقائق"),
            ("can’t reach", "can't reach"),
        ];
        for (a, b) in cases {
            // ASCII case is left to the pattern table.
            assert_eq!(fold(a).to_ascii_lowercase(), b.to_ascii_lowercase(), "{a}");
            assert_eq!(fold(&fold(a)), fold(a), "idempotent: {a}");
        }
    }

    #[test]
    fn nfd_and_nfc_meet() {
        // "é", "й", "ё" decomposed.
        assert_eq!(fold("e\u{301}rreur"), fold("érreur"));
        assert_eq!(fold("и\u{306}"), fold("й"));
        assert_eq!(fold("Не удае\u{308}тся"), fold("Не удаётся"));
        assert_eq!(fold("Tiê\u{301}ng Viê\u{323}t"), fold("Tiếng Việt"));
        // 사이트 in conjoining jamo (as macOS file names and some pastes carry it).
        assert_eq!(
            fold("\u{1109}\u{1161}\u{110B}\u{1175}\u{1110}\u{1173}"),
            "사이트"
        );
        assert_eq!(fold("\u{1112}\u{1161}\u{11AB}"), "한");
    }
}
