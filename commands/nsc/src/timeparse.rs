//! nsc's value syntaxes: `--start`/`--expiry` dates and relative times (nsc `ParseExpiry`),
//! `--at` times, Go durations (`--response-ttl`), and limits with size units (nsc
//! `ParseNumber` over go-humanize `ParseBytes`).

use anyhow::{anyhow, bail, Result};
use chrono::{Datelike as _, Months, NaiveDate, NaiveDateTime, Utc};

/// `0` (never), `yyyy-mm-dd`, `yyyy-mm-dd hh:mm:ss UTC`, or `<n><m|h|d|w|M|y>` from now.
pub fn parse_expiry(s: &str) -> Result<i64> {
    let s = s.trim();
    if s.is_empty() || s == "0" {
        return Ok(0);
    }
    if s.contains('.') {
        bail!("start/expiry must be an integer value: {s}");
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S UTC") {
        return Ok(t.and_utc().timestamp());
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc().timestamp())
            .unwrap_or(0));
    }
    let unit = s
        .chars()
        .last()
        .ok_or_else(|| anyhow!("couldn't parse expiry: {s}"))?;
    let count: i64 = s[..s.len() - unit.len_utf8()]
        .parse()
        .map_err(|_| anyhow!("couldn't parse expiry: {s}"))?;
    if count == 0 {
        return Ok(0);
    }
    let now = Utc::now();
    let t = match unit {
        'm' => now + chrono::Duration::minutes(count),
        'h' => now + chrono::Duration::hours(count),
        'd' => now + chrono::Duration::days(count),
        'w' => now + chrono::Duration::weeks(count),
        'M' | 'y' => {
            let months = if unit == 'y' { count * 12 } else { count };
            let m = Months::new(months.unsigned_abs() as u32);
            let shifted = if months >= 0 {
                now.checked_add_months(m)
            } else {
                now.checked_sub_months(m)
            };
            shifted.ok_or_else(|| anyhow!("expiry out of range: {s}"))?
        }
        _ => bail!("couldn't parse expiry: {s}"),
    };
    let _ = t.year();
    Ok(t.timestamp())
}

/// `--at`: unix seconds, RFC 3339, or anything [`parse_expiry`] takes.
pub fn parse_at(s: &str) -> Result<i64> {
    if let Ok(n) = s.trim().parse::<i64>() {
        return Ok(n);
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s.trim()) {
        return Ok(t.timestamp());
    }
    parse_expiry(s)
}

/// An integer, optionally with a size unit (`1K`=1000, `1KiB`=1024, `1GB`, `-1`).
pub fn parse_number(s: &str) -> Result<i64> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(0);
    }
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let split = body
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(body.len());
    let (num, unit) = body.split_at(split);
    let n: f64 = num.parse().map_err(|_| anyhow!("{s:?} is not a number"))?;
    let mult: f64 = match unit.trim().to_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "ki" | "kib" => 1024.0,
        "m" | "mb" => 1e6,
        "mi" | "mib" => 1024f64.powi(2),
        "g" | "gb" => 1e9,
        "gi" | "gib" => 1024f64.powi(3),
        "t" | "tb" => 1e12,
        "ti" | "tib" => 1024f64.powi(4),
        "p" | "pb" => 1e15,
        "pi" | "pib" => 1024f64.powi(5),
        u => bail!("unknown unit {u:?} in {s:?}"),
    };
    let v = (n * mult) as i64;
    Ok(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_durations() {
        assert_eq!(parse_number("-1").ok(), Some(-1));
        assert_eq!(parse_number("10").ok(), Some(10));
        assert_eq!(parse_number("1K").ok(), Some(1000));
        assert_eq!(parse_number("1GiB").ok(), Some(1 << 30));
        assert!(parse_number("x").is_err());
    }

    #[test]
    fn expiry_forms() {
        assert_eq!(parse_expiry("0").ok(), Some(0));
        assert_eq!(parse_expiry("2021-03-19").ok(), Some(1_616_112_000));
        assert_eq!(
            parse_expiry("2021-03-19 20:36:41 UTC").ok(),
            Some(1_616_186_201)
        );
        let in_a_day = parse_expiry("1d").expect("1d");
        assert!((in_a_day - Utc::now().timestamp() - 86_400).abs() < 5);
        assert!(parse_expiry("1.5d").is_err());
        assert!(parse_expiry("3q").is_err());
    }
}
