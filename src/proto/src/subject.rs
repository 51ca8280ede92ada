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

/// Whether some subject matches both `a` and `b` (wildcards allowed in both).
pub fn overlap(a: &[u8], b: &[u8]) -> bool {
    let mut ta = a.split(|&c| c == b'.');
    let mut tb = b.split(|&c| c == b'.');
    loop {
        match (ta.next(), tb.next()) {
            (None, None) => return true,
            (Some(b">"), Some(_)) | (Some(_), Some(b">")) => return true,
            (Some(x), Some(y)) => {
                if x != y && x != b"*" && y != b"*" {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// Whether every subject matching `sub` also matches `pattern` (both may hold wildcards;
/// upstream's `subjectIsSubsetMatch`).
pub fn is_subset(sub: &[u8], pattern: &[u8]) -> bool {
    let mut ts = sub.split(|&c| c == b'.');
    let mut tp = pattern.split(|&c| c == b'.');
    loop {
        match (ts.next(), tp.next()) {
            (None, None) => return true,
            (Some(_), Some(b">")) => return true,
            (Some(b">"), Some(_)) => return false,
            (Some(b"*"), Some(p)) => {
                if p != b"*" {
                    return false;
                }
            }
            (Some(s), Some(p)) => {
                if p != b"*" && p != s {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_and_subset() {
        // (a, b, overlap, a ⊆ b)
        for (a, b, ov, sub) in [
            ("foo.bar", "foo.bar", true, true),
            ("foo.bar", "foo.*", true, true),
            ("foo.*", "foo.bar", true, false),
            ("foo.>", "foo.*", true, false),
            ("foo.*", "foo.>", true, true),
            ("foo.*.baz", "foo.bar.*", true, false),
            ("foo", "bar", false, false),
            ("foo.bar", "foo", false, false),
            (">", "foo.bar", true, false),
            ("foo.bar", ">", true, true),
            ("*", "foo.bar", false, false),
        ] {
            assert_eq!(overlap(a.as_bytes(), b.as_bytes()), ov, "overlap {a} {b}");
            assert_eq!(is_subset(a.as_bytes(), b.as_bytes()), sub, "subset {a} {b}");
        }
    }

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
