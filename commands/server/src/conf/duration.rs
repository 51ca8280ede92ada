//! Go duration strings (`time.ParseDuration`), as nats-server reads `ping_interval`, `write_deadline`, `lame_duck_duration` and friends.
//!
//! Negative durations are rejected: every option that takes one needs a non-negative value.
#![deny(clippy::arithmetic_side_effects)]

use std::time::Duration;

const NANOS_PER_SEC: u128 = 1_000_000_000;

/// Parses a Go duration: `"1h30m"`, `"500ms"`, `"1.5s"`, `"1us"`/`"1µs"`, `"0"`. Error texts
/// follow Go's (`time: invalid duration "x"`, `time: missing unit in duration "1"`, ...).
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let orig = s;
    let invalid = || format!("time: invalid duration {orig:?}");
    let (neg, mut rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == "0" {
        return Ok(Duration::ZERO);
    }
    if rest.is_empty() {
        return Err(invalid());
    }
    let mut total: u128 = 0;
    while !rest.is_empty() {
        let int_len = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let int_part = &rest[..int_len];
        rest = &rest[int_len..];
        let mut frac_part = "";
        if let Some(after) = rest.strip_prefix('.') {
            let frac_len = after
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(after.len());
            frac_part = &after[..frac_len];
            rest = &after[frac_len..];
        }
        if int_part.is_empty() && frac_part.is_empty() {
            return Err(invalid());
        }
        let unit_len = rest
            .find(|c: char| c == '.' || c.is_ascii_digit())
            .unwrap_or(rest.len());
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let mult: u128 = match unit {
            "" => return Err(format!("time: missing unit in duration {orig:?}")),
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => NANOS_PER_SEC,
            "m" => 60 * NANOS_PER_SEC,
            "h" => 3600 * NANOS_PER_SEC,
            _ => return Err(format!("time: unknown unit {unit:?} in duration {orig:?}")),
        };
        let whole: u128 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().map_err(|_| invalid())?
        };
        // Digits past 20 cannot change the result by a nanosecond; dropping them keeps the
        // arithmetic inside u128.
        let frac_digits = &frac_part[..frac_part.len().min(20)];
        let frac: u128 = if frac_digits.is_empty() {
            0
        } else {
            let scale = 10u128.pow(u32::try_from(frac_digits.len()).unwrap_or(20));
            // Below 10^20 times at most 3.6 * 10^12: far inside u128, checked all the same.
            frac_digits
                .parse::<u128>()
                .map_err(|_| invalid())?
                .checked_mul(mult)
                .and_then(|v| v.checked_div(scale))
                .ok_or_else(invalid)?
        };
        total = whole
            .checked_mul(mult)
            .and_then(|v| v.checked_add(frac))
            .and_then(|v| v.checked_add(total))
            .filter(|v| *v <= i64::MAX as u128)
            .ok_or_else(invalid)?;
    }
    if neg && total != 0 {
        return Err(format!("time: negative duration {orig:?} is not allowed"));
    }
    let nanos = u64::try_from(total).map_err(|_| invalid())?;
    Ok(Duration::from_nanos(nanos))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_go_durations() {
        let cases = [
            ("0", Duration::ZERO),
            ("-0", Duration::ZERO),
            ("0s", Duration::ZERO),
            ("2m", Duration::from_secs(120)),
            ("1h30m", Duration::from_secs(5400)),
            ("500ms", Duration::from_millis(500)),
            ("1.5s", Duration::from_millis(1500)),
            (".5s", Duration::from_millis(500)),
            ("1.s", Duration::from_secs(1)),
            ("1us", Duration::from_micros(1)),
            ("1µs", Duration::from_micros(1)),
            ("1μs", Duration::from_micros(1)),
            ("7ns", Duration::from_nanos(7)),
            ("+3s", Duration::from_secs(3)),
            ("1h1m1s1ms1us1ns", Duration::from_nanos(3_661_001_001_001)),
            ("0.000000001s", Duration::from_nanos(1)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_duration(text), Ok(want), "{text}");
        }
    }

    #[test]
    fn rejects_like_go() {
        assert_eq!(
            parse_duration("1").expect_err("error"),
            "time: missing unit in duration \"1\""
        );
        assert_eq!(
            parse_duration("1x").expect_err("error"),
            "time: unknown unit \"x\" in duration \"1x\""
        );
        assert_eq!(
            parse_duration("").expect_err("error"),
            "time: invalid duration \"\""
        );
        assert_eq!(
            parse_duration("abc").expect_err("error"),
            "time: invalid duration \"abc\""
        );
        assert!(parse_duration(".s").is_err());
        assert!(parse_duration("-1s").is_err());
        assert!(parse_duration("9999999999h").is_err());
        assert!(parse_duration("99999999999999999999999999999999999999999s").is_err());
    }
}
