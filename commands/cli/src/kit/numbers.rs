//! Numbers as natscli prints and reads them: go-humanize's `Comma` and natscli's
//! `ParseStringAsBytes`.

/// `1234567` → `1,234,567`.
pub fn comma(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A signed number with thousands separators (`-1,234`).
pub fn comma_i64(n: i64) -> String {
    if n < 0 {
        format!("-{}", comma(n.unsigned_abs()))
    } else {
        comma(n as u64)
    }
}

/// Parses a message size: a number with an optional unit `B`, `K`/`KB`/`KiB`, `M`/`MB`/`MiB`,
/// `G`/`GB`/`GiB` (powers of 1024, case-insensitive, as natscli's `ParseStringAsBytes`).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u64 = num.parse().map_err(|_| {
        format!("can not parse or invalid the value specified for the message size: {text}")
    })?;
    let mult: u64 = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        _ => {
            return Err(format!(
                "can not parse or invalid the value specified for the message size: {text}"
            ))
        }
    };
    n.checked_mul(mult).filter(|&v| v > 0).ok_or_else(|| {
        format!("can not parse or invalid the value specified for the message size: {text}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_like_go_humanize() {
        assert_eq!(comma(0), "0");
        assert_eq!(comma(999), "999");
        assert_eq!(comma(1000), "1,000");
        assert_eq!(comma(1234567), "1,234,567");
        assert_eq!(comma_i64(-1234), "-1,234");
        assert_eq!(comma_i64(1_000_000), "1,000,000");
        assert_eq!(comma_i64(12), "12");
    }

    #[test]
    fn parses_sizes() {
        assert_eq!(parse_size("128"), Ok(128));
        assert_eq!(parse_size("16B"), Ok(16));
        assert_eq!(parse_size("1KB"), Ok(1024));
        assert_eq!(parse_size("16kib"), Ok(16384));
        assert_eq!(parse_size("2MB"), Ok(2 << 20));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12XB").is_err());
        assert!(parse_size("").is_err());
    }
}
