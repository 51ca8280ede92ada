//! Go's formatting of durations (`time.Duration.String`), which nats-server, natscli and
//! nats-top print everywhere: `0s`, `850ns`, `1.5µs`, `12.345ms`, `1.5s`, `2m3s`, `1h0m0s`.
//! One implementation for every personality.

use std::time::Duration;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_go() {
        for (d, want) in [
            (Duration::ZERO, "0s"),
            (Duration::from_nanos(850), "850ns"),
            (Duration::from_nanos(1_500), "1.5µs"),
            (Duration::from_micros(12_345), "12.345ms"),
            (Duration::from_millis(500), "500ms"),
            (Duration::from_millis(1_500), "1.5s"),
            (Duration::from_secs(110), "1m50s"),
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
}
