//! The sentence a marked term sits in: what "reply to this" quotes from the report.

/// The sentence of `text` around the byte range `start..end`: from just after the end of the
/// previous sentence (a full stop, question or exclamation mark followed by a space, or a line
/// break) to the end of its own, trimmed. A term spanning two sentences quotes both.
pub fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    if start >= text.len() {
        return "";
    }
    let end = end.clamp(start, text.len());
    let is_end = |bytes: &[u8], i: usize| {
        bytes[i] == b'\n'
            || (matches!(bytes[i], b'.' | b'?' | b'!')
                && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()))
    };
    let bytes = text.as_bytes();
    let from = (0..start)
        .rev()
        .find(|&i| is_end(bytes, i))
        .map_or(0, |i| i + 1);
    let to = (end..bytes.len())
        .find(|&i| is_end(bytes, i))
        .map_or(bytes.len(), |i| if bytes[i] == b'\n' { i } else { i + 1 });
    // The bounds sit next to ASCII bytes, so they are character boundaries.
    text[from..to].trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around(text: &str, word: &str) -> String {
        let start = text.find(word).unwrap();
        sentence_around(text, start, start + word.len()).to_string()
    }

    #[test]
    fn the_sentence_of_a_term_and_no_more() {
        let text = "Mum was seen on 3 May. Dr. Patel noted neglect at home! The core group met.\nNo GP visit";
        assert_eq!(around(text, "neglect"), "Patel noted neglect at home!");
        assert_eq!(around(text, "Mum"), "Mum was seen on 3 May.");
        assert_eq!(around(text, "core group"), "The core group met.");
        assert_eq!(around(text, "GP"), "No GP visit");
        assert_eq!(
            around("ICPC on 1.5.2026 decided a plan", "plan"),
            "ICPC on 1.5.2026 decided a plan"
        );
        assert_eq!(around("Zażółć gęślą. Jaźń — PLO.", "PLO"), "Jaźń — PLO.");
        assert_eq!(sentence_around("abc", 10, 20), "");
    }
}
