//! Turns a page's bytes into text: a byte-order mark wins, then the charset the
//! page declares (`<meta charset>`, `http-equiv` Content-Type, or the XML
//! declaration) when the bytes are not valid UTF-8 already; otherwise UTF-8,
//! with U+FFFD for bad bytes. Never fails.

use std::borrow::Cow;

use encoding_rs::Encoding;

/// Decodes a page's bytes; see the [module docs](self).
///
/// ```
/// use unclutter::html::decode;
///
/// assert_eq!(decode(b"<p>caf\xc3\xa9</p>"), "<p>café</p>");
/// assert_eq!(decode(b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>"), "<meta charset=\"iso-8859-1\"><p>café</p>");
/// assert_eq!(decode(b"\xff\xfeh\0i\0"), "hi");
/// assert_eq!(decode(b"bad \xff byte"), "bad \u{fffd} byte");
/// ```
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return text;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    match declared(bytes) {
        Some(enc) if enc != encoding_rs::UTF_8 => enc.decode_without_bom_handling(bytes).0,
        _ => String::from_utf8_lossy(bytes),
    }
}

/// The charset declared in the first 4 KiB: `charset=...` in a meta tag, or
/// `encoding="..."` in an XML declaration.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset="[..], &b"encoding="[..]] {
        let mut from = 0;
        while let Some(pos) = memchr::memmem::find(&lower[from..], key) {
            let start = from + pos + key.len();
            from = start;
            let rest = &lower[start..];
            let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
            let end = rest
                .iter()
                .position(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.')))
                .unwrap_or(rest.len());
            if let Some(enc) = Encoding::for_label(&rest[..end]) {
                return Some(enc);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honours_declarations_and_boms() {
        assert_eq!(
            decode(b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><p>\xcf\xf0\xe8</p>"),
            "<?xml version=\"1.0\" encoding=\"windows-1251\"?><p>При</p>"
        );
        assert_eq!(
            decode(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\x93\xfa"),
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">日"
        );
        assert_eq!(decode(b"\xef\xbb\xbfhi"), "hi");
        assert_eq!(decode(b"\xfe\xff\0h\0i"), "hi");
    }

    #[test]
    fn valid_utf8_wins_over_a_wrong_declaration() {
        assert_eq!(decode("<meta charset=\"iso-8859-1\">café".as_bytes()), "<meta charset=\"iso-8859-1\">café");
    }

    #[test]
    fn bad_bytes_never_fail() {
        assert_eq!(decode(b"\xc3"), "\u{fffd}");
        assert_eq!(decode(b""), "");
    }
}
