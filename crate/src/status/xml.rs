//! Just enough of XML to read an RSS feed: what the elements of one name hold, and an
//! element's text. Not an XML parser: quick-xml alone would not fit in the extension's size
//! budget, and a feed is read for a handful of fields. Plain loops over bytes, for the same
//! budget (every line here was weighed: see `docs/performance.md`).
//!
//! Lenient on purpose, as the JSON readers are: an element is found by its literal tags
//! (`<title …>` up to the first `</title>`), with no validation, no namespaces (a prefixed name
//! is matched as written: `<atom:link>` is not `<link>`) and no DTD (an entity a document
//! declares is left as written, which also makes it immune to entity expansion). That is
//! enough because the fields read (title, link, pubDate, category, description) hold no markup
//! of their own, and a description's HTML, escaped or in CDATA, names none of them.

/// Where `needle` first occurs in `hay` at or after `from`.
pub fn find(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (from..(h.len() + 1).checked_sub(n.len())?).find(|&i| &h[i..i + n.len()] == n)
}

/// What each `name` element of `xml` holds between its tags, in document order (nothing for
/// `<name/>`). `None` when one is never closed: a truncated or broken document, which says
/// nothing reliable.
pub fn all<'a>(xml: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let open = String::from("<") + name;
    let close = String::from("</") + name + ">";
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = find(xml, &open, from) {
        let gt = find(xml, ">", at)?;
        from = gt + 1;
        // `<items>` is another element.
        let next = xml.as_bytes()[at + open.len()];
        if !(next == b'>' || next == b'/' || next.is_ascii_whitespace()) {
            continue;
        }
        if xml.as_bytes()[gt - 1] == b'/' {
            out.push("");
            continue;
        }
        let end = find(xml, &close, from)?;
        out.push(&xml[from..end]);
        from = end + close.len();
    }
    Some(out)
}

/// The named character references: XML's five, one row each (numeric ones, `&#39;` and
/// `&#x2019;`, are read by `numeric`).
const ENTITIES: &[(&str, char)] = &[
    ("&amp;", '&'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&quot;", '"'),
    ("&apos;", '\''),
];

/// What an element holds, as text: a CDATA section as written, else with its character
/// references replaced (anything else that starts with `&` is left as written); white space at
/// the ends trimmed. Markup inside stays markup (a CDATA title "Errors & <slow> answers" means
/// just that).
pub fn text(inner: &str) -> String {
    let inner = inner.trim_ascii();
    if let Some(cdata) = inner
        .strip_prefix("<![CDATA[")
        .and_then(|c| c.strip_suffix("]]>"))
    {
        return cdata.trim_ascii().to_string();
    }
    let mut out = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(c) = rest.chars().next() {
        if let Some((c, len)) = numeric(rest) {
            out.push(c);
            rest = &rest[len..];
            continue;
        }
        match ENTITIES.iter().find(|(e, _)| rest.starts_with(e)) {
            Some((e, c)) => {
                out.push(*c);
                rest = &rest[e.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// A numeric character reference at the start of `s` (`&#39;`, `&#x2019;`): the character and
/// the reference's length. Not one (or not a character: `&#0;`, a surrogate) is `None`, and the
/// text is left as written.
fn numeric(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix("&#")?;
    // `x10FFFF` is the longest: look no further for the `;`.
    let end = body.bytes().take(9).position(|b| b == b';')?;
    let digits = &body[..end];
    let code = match digits.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => digits.parse().ok()?,
    };
    char::from_u32(code)
        .filter(|&c| c != '\0')
        .map(|c| (c, end + 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_elements_of_a_name_in_order() {
        let doc = r#"<?xml version="1.0"?><rss><channel><title>S</title><item><title>A</title>
            <guid isPermaLink="false">INC1</guid><atom:link href="x"/><link/></item>
            <items>no</items><item>B</item></channel></rss>"#;
        let channel = all(doc, "channel").unwrap();
        let items = all(channel[0], "item").unwrap();
        assert_eq!(items.len(), 2, "<items> is not <item>");
        assert_eq!(items[1], "B");
        assert_eq!(all(items[0], "title").unwrap(), ["A"]);
        assert_eq!(
            all(items[0], "guid").unwrap(),
            ["INC1"],
            "attributes are skipped"
        );
        // A prefixed name is its own name: <atom:link> is not <link>.
        assert_eq!(all(items[0], "link").unwrap(), [""]);
        assert_eq!(
            (
                find("abc", "c", 0),
                find("abc", "abcd", 0),
                find("", "", 0),
                find("ab", "b", 3)
            ),
            (Some(2), None, Some(0), None)
        );
    }

    #[test]
    fn cdata_as_written_entities_replaced() {
        assert_eq!(
            text(" <![CDATA[ A <b>&amp;</b> B ]]>\n"),
            "A <b>&amp;</b> B"
        );
        assert_eq!(
            text("Grok &amp; API &lt;down&gt; &quot;x&quot; &apos;y&apos; &amp;amp;"),
            "Grok & API <down> \"x\" 'y' &amp;"
        );
        // Numeric references, decimal and hex.
        assert_eq!(
            text("It&#39;s &#x2014; &#X1F600; &#8217;"),
            "It's \u{2014} \u{1F600} \u{2019}"
        );
        // Not a reference XML defines (or not a character): left as written, never a panic.
        for s in [
            "&",
            "AT&T",
            "&unknown;",
            "&#;",
            "&#x;",
            "&#0;",
            "&#xD800;",
            "&#99999999999;",
            "&#12a;",
            "&#39",
            "&nbsp;",
            "&amp",
            "&é;",
            "a && b;",
        ] {
            assert_eq!(text(s), s);
        }
    }

    #[test]
    fn unclosed_elements_are_refused_and_garbage_is_safe() {
        assert_eq!(all("<item><title>x</title>", "item"), None);
        assert_eq!(all("<item", "item"), None);
        for junk in [
            "<",
            "<<<>>>",
            "<![CDATA[",
            "<a b='>",
            "<a/><a",
            "&#",
            "<a\u{e9}>",
            "</a>",
            "<a>",
        ] {
            let _ = (all(junk, "a"), text(junk));
        }
    }
}
