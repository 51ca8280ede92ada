//! Go's text formats that nats-server, natscli, nsc and nats-top print everywhere, one
//! implementation for every personality: durations (`time.Duration.String`: `0s`, `850ns`,
//! `1.5µs`, `12.345ms`, `1.5s`, `2m3s`, `1h0m0s`, and `time.ParseDuration`), times (`time.Time.String` and
//! `time.RFC3339Nano`), quoting (`strconv.Quote`, `%q`) and go-humanize's sizes (`Bytes`,
//! `IBytes`).

use std::time::Duration;

use chrono::{DateTime, FixedOffset};

/// Go's `time.Duration.String()`.
pub fn duration_string(d: Duration) -> String {
    let u = d.as_nanos();
    if u == 0 {
        return "0s".to_string();
    }
    if u < 1_000_000_000 {
        let (prec, unit) = if u < 1_000 {
            (0, "ns")
        } else if u < 1_000_000 {
            (3, "µs")
        } else {
            (6, "ms")
        };
        let (int, frac) = split_frac(u, prec);
        return format!("{int}{frac}{unit}");
    }
    let (secs, frac) = split_frac(u, 9);
    let mut out = String::new();
    let mins = secs / 60;
    if mins > 0 {
        let hours = mins / 60;
        if hours > 0 {
            out.push_str(&format!("{hours}h"));
        }
        out.push_str(&format!("{}m", mins % 60));
    }
    out.push_str(&format!("{}{frac}s", secs % 60));
    out
}

/// Go's `time.ParseDuration`, as nats-server reads `ping_interval`, `write_deadline`,
/// `lame_duck_duration` and friends and nsc reads `--response-ttl`: `"1h30m"`, `"500ms"`, `"1.5s"`, `"1us"`/`"1µs"`, `"0"`. Error texts
/// follow Go's (`time: invalid duration "x"`, `time: missing unit in duration "1"`, ...).
/// Negative durations are rejected: every option that takes one needs a non-negative value.
#[deny(clippy::arithmetic_side_effects)]
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
            "s" => 1_000_000_000u128,
            "m" => 60 * 1_000_000_000u128,
            "h" => 3600 * 1_000_000_000u128,
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

/// Splits `v` into its integer part and a `.ddd` fraction of `prec` digits with trailing zeros
/// removed (empty when the fraction is zero), like Go's `fmtFrac`.
fn split_frac(v: u128, prec: u32) -> (u128, String) {
    let scale = 10u128.pow(prec);
    let frac = v % scale;
    if frac == 0 {
        return (v / scale, String::new());
    }
    let digits = format!("{frac:0width$}", width = prec as usize);
    (v / scale, format!(".{}", digits.trim_end_matches('0')))
}

/// Go's `time.Time.String()` (`2006-01-02 15:04:05.999999999 -0700 MST`) for a time read from
/// JSON or made in UTC: a zero offset is named `UTC`, any other has no name, so Go repeats the
/// offset (`-0500 -0500`).
pub fn time_string(t: &DateTime<FixedOffset>) -> String {
    let mut s = t.format("%Y-%m-%d %H:%M:%S").to_string();
    let nanos = t.timestamp_subsec_nanos();
    if nanos != 0 {
        let frac = format!("{nanos:09}");
        s.push('.');
        s.push_str(frac.trim_end_matches('0'));
    }
    let off = t.format("%z").to_string();
    if t.offset().local_minus_utc() == 0 {
        s.push_str(" +0000 UTC");
    } else {
        s.push_str(&format!(" {off} {off}"));
    }
    s
}

/// Formats `t` with Go's `time.RFC3339Nano` layout (`2006-01-02T15:04:05.999999999Z07:00`).
pub fn rfc3339_nano(t: &DateTime<FixedOffset>) -> String {
    let mut out = t.format("%Y-%m-%dT%H:%M:%S").to_string();
    let nanos = t.timestamp_subsec_nanos() % 1_000_000_000;
    if nanos != 0 {
        let frac = format!("{nanos:09}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    let offset = t.offset().local_minus_utc();
    if offset == 0 {
        out.push('Z');
    } else {
        let sign = if offset < 0 { '-' } else { '+' };
        let abs = offset.unsigned_abs();
        out.push_str(&format!("{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60));
    }
    out
}

/// Go's `strconv.Quote` (and `%q` of a string): double quotes, `"` and `\` escaped, control
/// characters as Go escapes them (`\n`, `\x01`, `\u0085`).
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() => {
                let v = c as u32;
                if v <= 0xffff {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// go-humanize `Bytes`: SI units, one decimal under 10 (`5 B`, `1.0 kB`, `11 GB`).
pub fn humanize_bytes(n: u64) -> String {
    if n < 10 {
        return format!("{n} B");
    }
    const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    let e = ((n as f64).ln() / 1000f64.ln()).floor() as usize;
    let e = e.min(UNITS.len() - 1);
    let val = ((n as f64) / 1000f64.powi(e as i32) * 10.0 + 0.5).floor() / 10.0;
    if val < 10.0 {
        format!("{val:.1} {}", UNITS[e])
    } else {
        format!("{val:.0} {}", UNITS[e])
    }
}

/// A size as go-humanize's `IBytes` prints it (natscli's banner): `128 B`, `1.0 KiB`,
/// `16 KiB`.
pub fn ibytes(n: u64) -> String {
    const UNITS: [&str; 6] = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    if v < 10.0 {
        format!("{v:.1} {}", UNITS[unit - 1])
    } else {
        format!("{v:.0} {}", UNITS[unit - 1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_like_go() {
        for (d, want) in [
            (Duration::ZERO, "0s"),
            (Duration::from_nanos(850), "850ns"),
            (Duration::from_nanos(1_500), "1.5µs"),
            (Duration::from_micros(12_345), "12.345ms"),
            (Duration::from_millis(500), "500ms"),
            (Duration::from_millis(1_500), "1.5s"),
            (Duration::from_secs(110), "1m50s"),
            (Duration::from_nanos(1), "1ns"),
            (Duration::from_nanos(999), "999ns"),
            (Duration::from_micros(1), "1µs"),
            (Duration::from_nanos(1_100), "1.1µs"),
            (Duration::from_micros(298), "298µs"),
            (Duration::from_nanos(1_234_567), "1.234567ms"),
            (Duration::from_secs(1), "1s"),
            (Duration::from_secs(59), "59s"),
            (Duration::from_secs(60), "1m0s"),
            (Duration::from_secs(3599), "59m59s"),
            (Duration::from_nanos(3_723_000_000_001), "1h2m3.000000001s"),
            (Duration::from_secs(120), "2m0s"),
            (Duration::from_secs(3600), "1h0m0s"),
            (
                Duration::from_secs(72 * 3600 + 180) + Duration::from_millis(500),
                "72h3m0.5s",
            ),
        ] {
            assert_eq!(duration_string(d), want, "{d:?}");
        }
    }

    #[test]
    fn times_like_go() {
        let t = DateTime::parse_from_rfc3339("2026-12-04T15:05:17.748161100Z").expect("t");
        assert_eq!(time_string(&t), "2026-12-04 15:05:17.7481611 +0000 UTC");
        let t = DateTime::parse_from_rfc3339("2026-12-04T10:05:17-05:00").expect("t");
        assert_eq!(time_string(&t), "2026-12-04 10:05:17 -0500 -0500");
        let t = DateTime::parse_from_rfc3339("2026-11-26T09:40:35.934411700Z").expect("t");
        assert_eq!(rfc3339_nano(&t), "2026-11-26T09:40:35.9344117Z");
        let t = DateTime::parse_from_rfc3339("2026-11-26T04:41:14.51521434-05:00").expect("t");
        assert_eq!(rfc3339_nano(&t), "2026-11-26T04:41:14.51521434-05:00");
        let t = DateTime::parse_from_rfc3339("2026-01-02T03:04:05+05:30").expect("t");
        assert_eq!(rfc3339_nano(&t), "2026-01-02T03:04:05+05:30");
    }

    #[test]
    fn quotes_like_go() {
        assert_eq!(go_quote("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(go_quote("\n\t\u{1}\u{7f}"), r#""\n\t\x01\x7f""#);
        assert_eq!(go_quote("\u{7}\u{8}\u{b}\u{c}\r"), r#""\a\b\v\f\r""#);
        assert_eq!(go_quote("\u{85}"), r#""\u0085""#);
        assert_eq!(go_quote("µs ü"), "\"µs ü\"");
        assert_eq!(go_quote(""), "\"\"");
    }

    #[test]
    fn sizes_like_go_humanize() {
        assert_eq!(humanize_bytes(5), "5 B");
        assert_eq!(humanize_bytes(1024), "1.0 kB");
        assert_eq!(humanize_bytes(1_073_741_824), "1.1 GB");
        assert_eq!(humanize_bytes(10_737_418_240), "11 GB");
        assert_eq!(humanize_bytes(1_000_000), "1.0 MB");
        assert_eq!(ibytes(0), "0 B");
        assert_eq!(ibytes(128), "128 B");
        assert_eq!(ibytes(1024), "1.0 KiB");
        assert_eq!(ibytes(16 * 1024), "16 KiB");
        assert_eq!(ibytes(3 << 30), "3.0 GiB");
    }

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
