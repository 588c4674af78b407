//! Text put into HTML (or SVG) that the app writes as a string: the parent's own words and the
//! translations stay text, whatever they hold.

/// `text` as HTML text or a double-quoted attribute's value: see [`escape_into`].
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(text, &mut out);
    out
}

/// `text` as HTML text or a double-quoted attribute's value: `&`, `<`, `>` and `"` as
/// references; a carriage return as `&#13;` (the parser would turn a bare one into a line feed);
/// a NUL, which HTML cannot hold, as U+FFFD, the character that stands for one that cannot be
/// shown.
pub fn escape_into(text: &str, out: &mut String) {
    let mut from = 0;
    for (i, c) in text.char_indices() {
        let escaped = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\r' => "&#13;",
            '\0' => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&text[from..i]);
        out.push_str(escaped);
        from = i + c.len_utf8();
    }
    out.push_str(&text[from..]);
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_and_quotes_stay_text() {
        assert_eq!(
            escape("a <b title=\"x\">&amp;</b>\r\n\0é"),
            "a &lt;b title=&quot;x&quot;&gt;&amp;amp;&lt;/b&gt;&#13;\n\u{FFFD}é"
        );
        assert_eq!(escape(""), "");
    }
}
