//! Durations the way natscli reads and prints them.
//!
//! natscli's flags parse durations with fisk's `ParseDuration`: Go's units (`ns`, `us`, `µs`,
//! `ms`, `s`, `m`, `h`) plus `d`, `w`, `M` (30 days) and `y` (365 days), decimals allowed, parts
//! concatenated (`1h30m`), and a bare `0`. Output uses two Go formats: `time.Duration.String`
//! (`1.5ms`, `2m3s`: [`rnats_proto::kit::format::duration_string`]) and natscli's `HumanizeDuration` (`f(d)`: [`humanize`]).

use std::time::Duration;

use rnats_proto::kit::format::duration_string;

const NANOS_PER_SEC: u128 = 1_000_000_000;

/// Parses a fisk-style duration (`5s`, `300ms`, `1.5h`, `1d2h`, `0`).
pub fn parse(text: &str) -> Result<Duration, String> {
    let s = text.trim();
    if s == "0" {
        return Ok(Duration::ZERO);
    }
    let invalid = || format!("invalid duration {text:?}");
    if s.is_empty() {
        return Err(invalid());
    }
    let mut rest = s;
    if let Some(r) = rest.strip_prefix('+') {
        rest = r;
    }
    if rest.starts_with('-') {
        return Err(format!("invalid duration {text:?}: must not be negative"));
    }
    let mut total: f64 = 0.0;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(invalid)?;
        if num_len == 0 {
            return Err(invalid());
        }
        let value: f64 = rest[..num_len].parse().map_err(|_| invalid())?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let nanos_per_unit: f64 = match unit {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            "d" | "D" => 86_400e9,
            "w" | "W" => 7.0 * 86_400e9,
            "M" => 30.0 * 86_400e9,
            "y" | "Y" => 365.0 * 86_400e9,
            "" => return Err(format!("invalid duration {text:?}: missing unit")),
            other => return Err(format!("invalid duration {text:?}: invalid unit {other}")),
        };
        total += value * nanos_per_unit;
    }
    if !total.is_finite() || total > u64::MAX as f64 {
        return Err(invalid());
    }
    Ok(Duration::from_nanos(total as u64))
}

/// natscli's `HumanizeDuration` (what its `f(duration)` prints): Go's format rounded to the
/// microsecond below 1ms and to the millisecond below 1s, `1.50s` below a minute, then
/// `1m2s`, `1h2m3s`, `1d2h3m4s`, `1y2d3h4m5s`.
pub fn humanize(d: Duration) -> String {
    let nanos = d.as_nanos();
    if nanos < 1_000_000 {
        return duration_string(Duration::from_nanos(round_to(nanos, 1_000) as u64));
    }
    if nanos < NANOS_PER_SEC {
        return duration_string(Duration::from_nanos(round_to(nanos, 1_000_000) as u64));
    }
    let secs = d.as_secs();
    let (mins, hours) = (secs / 60, secs / 3600);
    let (days, years) = (hours / 24, hours / 24 / 365);
    if years > 0 {
        return format!(
            "{years}y{}d{}h{}m{}s",
            days % 365,
            hours % 24,
            mins % 60,
            secs % 60
        );
    }
    if days > 0 {
        return format!("{days}d{}h{}m{}s", hours % 24, mins % 60, secs % 60);
    }
    if hours > 0 {
        return format!("{hours}h{}m{}s", mins % 60, secs % 60);
    }
    if mins > 0 {
        return format!("{mins}m{}s", secs % 60);
    }
    format!("{:.2}s", d.as_secs_f64())
}

/// Rounds half away from zero to a multiple of `unit`, as Go's `Duration.Round`.
fn round_to(nanos: u128, unit: u128) -> u128 {
    let rem = nanos % unit;
    if rem * 2 >= unit {
        nanos - rem + unit
    } else {
        nanos - rem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fisk_durations() {
        for (text, want) in [
            ("0", Duration::ZERO),
            ("5s", Duration::from_secs(5)),
            ("300ms", Duration::from_millis(300)),
            ("1.5s", Duration::from_millis(1500)),
            ("1h30m", Duration::from_secs(5400)),
            ("2d", Duration::from_secs(2 * 86_400)),
            ("1w", Duration::from_secs(7 * 86_400)),
            ("1M", Duration::from_secs(30 * 86_400)),
            ("1y", Duration::from_secs(365 * 86_400)),
            ("10us", Duration::from_micros(10)),
            ("10µs", Duration::from_micros(10)),
            ("7ns", Duration::from_nanos(7)),
        ] {
            assert_eq!(parse(text), Ok(want), "{text}");
        }
        for bad in ["", "5", "s", "5x", "-1s", "1..5s", "abc"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn humanizes_like_natscli() {
        for (d, want) in [
            (Duration::from_nanos(1_234_567), "1ms"),
            (Duration::from_nanos(1_500_000), "2ms"),
            (Duration::from_nanos(234_567), "235µs"),
            (Duration::from_nanos(400), "0s"),
            (Duration::from_millis(1500), "1.50s"),
            (Duration::from_secs(62), "1m2s"),
            (Duration::from_secs(3723), "1h2m3s"),
            (Duration::from_secs(90_061), "1d1h1m1s"),
        ] {
            assert_eq!(humanize(d), want, "{d:?}");
        }
    }
}
