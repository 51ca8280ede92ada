//! Subject validation and wildcard matching (`*` one token, `>` one or more trailing tokens).
//!
//! Rules follow nats-server `server/sublist.go` (`IsValidSubject`, `IsValidLiteralSubject`,
//! `subjectIsLiteral`): tokens are separated by `.`, never empty, contain no whitespace; `*` and
//! `>` are wildcards only as whole tokens, and `>` only as the last one.

/// Bytes that may never appear in a subject token.
#[inline]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Whether `subject` is valid for a subscription (wildcards allowed).
pub fn is_valid_subject(subject: &[u8]) -> bool {
    if subject.is_empty() {
        return false;
    }
    let mut saw_fwc = false;
    for token in subject.split(|&b| b == b'.') {
        if token.is_empty() || saw_fwc {
            return false;
        }
        if token.iter().copied().any(is_space) {
            return false;
        }
        if token == b">" {
            saw_fwc = true;
        }
    }
    true
}

/// Whether `subject` contains no wildcard token.
#[inline]
pub fn is_literal(subject: &[u8]) -> bool {
    subject
        .split(|&b| b == b'.')
        .all(|t| t != b"*" && t != b">")
}

/// Whether `subject` is valid to publish to: valid and without wildcard tokens.
pub fn is_valid_publish_subject(subject: &[u8]) -> bool {
    is_valid_subject(subject) && is_literal(subject)
}

/// Whether the literal `subject` matches `pattern`, which may contain wildcards.
pub fn matches(pattern: &[u8], subject: &[u8]) -> bool {
    let mut p = pattern.split(|&b| b == b'.');
    let mut s = subject.split(|&b| b == b'.');
    loop {
        match (p.next(), s.next()) {
            (None, None) => return true,
            (Some(b">"), Some(_)) => return true,
            (Some(b"*"), Some(_)) => {}
            (Some(pt), Some(st)) if pt == st => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity() {
        for ok in [
            "foo", "foo.bar", "foo.*", "foo.>", ">", "*", "foo*.bar", "$SYS.x",
        ] {
            assert!(is_valid_subject(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "",
            ".",
            "foo.",
            ".foo",
            "foo..bar",
            "foo.>.bar",
            "foo bar",
            "a\tb",
        ] {
            assert!(!is_valid_subject(bad.as_bytes()), "{bad}");
        }
        assert!(is_valid_publish_subject(b"foo.bar"));
        assert!(!is_valid_publish_subject(b"foo.*"));
        assert!(!is_valid_publish_subject(b">"));
    }

    #[test]
    fn matching() {
        let table = [
            ("foo", "foo", true),
            ("foo.*", "foo.bar", true),
            ("foo.*", "foo", false),
            ("foo.*", "foo.bar.baz", false),
            ("foo.>", "foo.bar.baz", true),
            ("foo.>", "foo", false),
            (">", "a.b.c", true),
            ("*.b.*", "a.b.c", true),
            ("*.b.*", "a.c.c", false),
        ];
        for (p, s, want) in table {
            assert_eq!(matches(p.as_bytes(), s.as_bytes()), want, "{p} vs {s}");
        }
    }
}
