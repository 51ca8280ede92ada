//! Go-compatible text formats for the monitoring JSON: `time.Time` (RFC3339Nano, through
//! [`crate::kit::format`]), nats-server's coarser `myUptime`, and a serde_json formatter that writes
//! floats and escapes strings the way Go's `encoding/json` does.
//!
//! Monitoring consumers (nats-top, natscli, dashboards) parse these texts, so they follow
//! nats-server byte for byte: `"298µs"`, `"1m0s"`, `"2026-11-26T04:41:14.51521434-05:00"`,
//! `"cpu": 0` rather than `0.0`, and `"foo.\u003e"` for a subject with a `>` token.

use std::io;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, FixedOffset, Local, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use crate::kit::format::rfc3339_nano;

/// A point in time with the UTC offset it is shown in, serialized like Go's `time.Time`.
///
/// nats-server shows `now`, `start` and `config_load_time` in UTC but connection `start`,
/// `last_activity` and `stop` in the server's local zone; build them with [`Timestamp::utc`] or
/// [`Timestamp::local`] accordingly. `Default` is Go's zero time, `0001-01-01T00:00:00Z`.
/// Ordering compares instants, not offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<FixedOffset>);

impl Timestamp {
    /// The current time in UTC.
    pub fn now_utc() -> Self {
        Self(Utc::now().fixed_offset())
    }

    /// The current time in the local zone.
    pub fn now_local() -> Self {
        Self(Local::now().fixed_offset())
    }

    /// `t` shown in UTC.
    pub fn utc(t: SystemTime) -> Self {
        Self(DateTime::<Utc>::from(t).fixed_offset())
    }

    /// `t` shown in the local zone (the `TZ` variable or `/etc/localtime`).
    pub fn local(t: SystemTime) -> Self {
        Self(DateTime::<Local>::from(t).fixed_offset())
    }

    /// The same instant shown in UTC.
    pub fn to_utc(self) -> Self {
        Self(self.0.with_timezone(&Utc).fixed_offset())
    }

    /// Time elapsed from `earlier` to `self`, zero if `earlier` is later.
    pub fn since(self, earlier: Timestamp) -> Duration {
        (self.0 - earlier.0).to_std().unwrap_or(Duration::ZERO)
    }

    /// Go's `time.RFC3339Nano` layout: fraction without trailing zeros (none at all when zero),
    /// `Z` for a zero offset, `±hh:mm` otherwise.
    pub fn to_rfc3339_nano(&self) -> String {
        rfc3339_nano(&self.0)
    }
}

impl Default for Timestamp {
    fn default() -> Self {
        let zero = NaiveDate::from_ymd_opt(1, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|dt| dt.and_utc().fixed_offset());
        // The Go zero time is representable in chrono; the fallback only satisfies the types.
        Self(zero.unwrap_or_else(|| DateTime::<Utc>::MIN_UTC.fixed_offset()))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_rfc3339_nano())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&s)
            .map(Self)
            .map_err(|e| serde::de::Error::custom(format!("bad time {s:?}: {e}")))
    }
}

/// nats-server's `myUptime`: whole seconds only, with days and years, e.g. `"4s"`, `"1m0s"`,
/// `"1d2h3m4s"`, `"1y0d0h0m0s"`. Used for varz `uptime` and connz `uptime`/`idle`.
pub fn my_uptime(d: Duration) -> String {
    let secs = d.as_secs();
    let mins = secs / 60;
    let hours = mins / 60;
    let days = hours / 24;
    let years = days / 365;
    if years > 0 {
        format!(
            "{years}y{}d{}h{}m{}s",
            days % 365,
            hours % 24,
            mins % 60,
            secs % 60
        )
    } else if days > 0 {
        format!("{days}d{}h{}m{}s", hours % 24, mins % 60, secs % 60)
    } else if hours > 0 {
        format!("{hours}h{}m{}s", mins % 60, secs % 60)
    } else if mins > 0 {
        format!("{mins}m{}s", secs % 60)
    } else {
        format!("{secs}s")
    }
}

/// The RTT as nats-server reports it (`client.getRTT`): truncated to whole microseconds when
/// between 1µs and 1ms, otherwise unchanged.
pub fn display_rtt(rtt: Duration) -> Duration {
    if rtt > Duration::from_micros(1) && rtt < Duration::from_millis(1) {
        Duration::from_micros(rtt.as_micros() as u64)
    } else {
        rtt
    }
}

/// Serializes a `Duration` as Go's `time.Duration` does in JSON: integer nanoseconds.
pub(crate) fn ser_nanos<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_i64(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// Reads a Go `time.Duration` from JSON integer nanoseconds (negative ones become zero).
pub(crate) fn de_nanos<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
    let n = i64::deserialize(d)?;
    Ok(Duration::from_nanos(u64::try_from(n).unwrap_or(0)))
}

/// Reads connz `rtt`, a Go `Duration.String()` text.
pub(crate) fn de_rtt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Duration>, D::Error> {
    let s = String::deserialize(d)?;
    crate::kit::format::parse_duration(&s)
        .map(Some)
        .map_err(|_| serde::de::Error::custom(format!("bad duration {s:?}")))
}

/// Go's `omitempty` for a `time.Duration`.
pub(crate) fn is_zero_duration(d: &Duration) -> bool {
    d.is_zero()
}

/// Go's `omitempty` for numbers and bools.
pub(crate) fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// Formats `v` as Go's `encoding/json` does: shortest round-trip digits, plain notation for
/// `1e-6 <= |v| < 1e21` (so `2` rather than `2.0`), otherwise exponent form with a signed,
/// unpadded exponent (`1e-7`, `1e+21`).
pub fn go_float(v: f64) -> String {
    if !v.is_finite() {
        // Go refuses to marshal these; a number keeps the document valid.
        return "0".to_string();
    }
    let abs = v.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let s = format!("{v:e}");
        match s.split_once('e') {
            Some((mant, exp)) if !exp.starts_with('-') => format!("{mant}e+{exp}"),
            _ => s,
        }
    } else {
        format!("{v}")
    }
}

/// A serde_json formatter producing Go `encoding/json` output: pretty (`MarshalIndent` with two
/// spaces) or compact (`Marshal`), Go float formatting, and Go's HTML-safe escaping of `<`, `>`,
/// `&`, U+2028 and U+2029.
pub struct GoFormatter {
    pretty: Option<PrettyFormatter<'static>>,
    compact: CompactFormatter,
}

impl GoFormatter {
    /// Indented output, as `json.MarshalIndent(v, "", "  ")`.
    pub fn pretty() -> Self {
        Self {
            pretty: Some(PrettyFormatter::with_indent(b"  ")),
            compact: CompactFormatter,
        }
    }

    /// Single-line output, as `json.Marshal(v)`.
    pub fn compact() -> Self {
        Self {
            pretty: None,
            compact: CompactFormatter,
        }
    }
}

/// Delegates a structural `Formatter` method to the pretty or compact formatter.
macro_rules! delegate {
    ($name:ident $(, $arg:ident: $ty:ty)*) => {
        fn $name<W: ?Sized + io::Write>(&mut self, w: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            match &mut self.pretty {
                Some(p) => p.$name(w $(, $arg)*),
                None => self.compact.$name(w $(, $arg)*),
            }
        }
    };
}

impl Formatter for GoFormatter {
    delegate!(begin_array);
    delegate!(end_array);
    delegate!(begin_array_value, first: bool);
    delegate!(end_array_value);
    delegate!(begin_object);
    delegate!(end_object);
    delegate!(begin_object_key, first: bool);
    delegate!(end_object_key);
    delegate!(begin_object_value);
    delegate!(end_object_value);

    fn write_f64<W: ?Sized + io::Write>(&mut self, w: &mut W, v: f64) -> io::Result<()> {
        w.write_all(go_float(v).as_bytes())
    }

    fn write_f32<W: ?Sized + io::Write>(&mut self, w: &mut W, v: f32) -> io::Result<()> {
        w.write_all(go_float(f64::from(v)).as_bytes())
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            let esc = match c {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u{2028}' => "\\u2028",
                '\u{2029}' => "\\u2029",
                _ => continue,
            };
            w.write_all(&fragment.as_bytes()[start..i])?;
            w.write_all(esc.as_bytes())?;
            start = i + c.len_utf8();
        }
        w.write_all(&fragment.as_bytes()[start..])
    }
}

/// Serializes `v` as Go would: indented when `pretty`, compact otherwise.
pub fn to_go_json<T: Serialize + ?Sized>(v: &T, pretty: bool) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(1024);
    let fmt = if pretty {
        GoFormatter::pretty()
    } else {
        GoFormatter::compact()
    };
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    v.serialize(&mut ser)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uptime_strings_match_nats_server() {
        let cases: &[(u64, &str)] = &[
            (0, "0s"),
            (4, "4s"),
            (60, "1m0s"),
            (3600, "1h0m0s"),
            (86400 + 2 * 3600 + 3 * 60 + 4, "1d2h3m4s"),
            (365 * 86400, "1y0d0h0m0s"),
            (2 * 365 * 86400 + 86400 + 1, "2y1d0h0m1s"),
        ];
        for (secs, want) in cases {
            assert_eq!(my_uptime(Duration::from_secs(*secs)), *want);
        }
        assert_eq!(my_uptime(Duration::from_millis(1999)), "1s");
    }

    #[test]
    fn rtt_truncation() {
        use crate::kit::format::duration_string;
        assert_eq!(
            duration_string(display_rtt(Duration::from_nanos(298_765))),
            "298µs"
        );
        assert_eq!(
            duration_string(display_rtt(Duration::from_nanos(1_500_001))),
            "1.500001ms"
        );
        assert_eq!(
            duration_string(display_rtt(Duration::from_nanos(900))),
            "900ns"
        );
    }

    #[test]
    fn timestamps_in_rfc3339_nano() {
        assert_eq!(
            Timestamp::default().to_rfc3339_nano(),
            "0001-01-01T00:00:00Z"
        );
        let now = Timestamp::now_local();
        assert_eq!(now.to_utc(), now);
        assert!(now.to_utc().to_rfc3339_nano().ends_with('Z'));
    }

    #[test]
    fn floats_match_go() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (2.0, "2"),
            (0.5, "0.5"),
            (0.36363636363636365, "0.36363636363636365"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (1.5e-7, "1.5e-7"),
            (-2.25, "-2.25"),
            (0.000001, "0.000001"),
        ];
        for (v, want) in cases {
            assert_eq!(go_float(*v), *want);
        }
    }

    #[test]
    fn json_escapes_like_go() {
        #[derive(Serialize)]
        struct T {
            s: &'static str,
            f: f64,
            v: Vec<u8>,
        }
        let t = T {
            s: "a<b>&c\u{2028}\"\n",
            f: 2.0,
            v: vec![],
        };
        let compact = String::from_utf8(to_go_json(&t, false).unwrap()).unwrap();
        assert_eq!(
            compact,
            r#"{"s":"a\u003cb\u003e\u0026c\u2028\"\n","f":2,"v":[]}"#
        );
        let pretty = String::from_utf8(to_go_json(&t, true).unwrap()).unwrap();
        assert_eq!(
            pretty,
            "{\n  \"s\": \"a\\u003cb\\u003e\\u0026c\\u2028\\\"\\n\",\n  \"f\": 2,\n  \"v\": []\n}"
        );
    }
}
