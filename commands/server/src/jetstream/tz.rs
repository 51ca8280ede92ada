//! Time zones for cron message schedules (`Nats-Schedule-Time-Zone`): IANA names read from the
//! system's zoneinfo files (TZif, RFC 8536), as Go's `time.LoadLocation` does in a nats-server
//! built without embedded tzdata: `$ZONEINFO`, then the usual system directories. Offsets come
//! from the file's transitions, and past the last one from its POSIX TZ footer rule
//! (`CET-1CEST,M3.5.0,M10.5.0/3`).

use chrono::{Datelike, NaiveDate};

/// A loaded zone: UTC offsets over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    /// Transition instants (s since the epoch), ascending.
    times: Vec<i64>,
    /// The offset (s east of UTC) in force from each transition.
    offsets: Vec<i32>,
    /// Offset before the first transition.
    first: i32,
    /// The footer rule for instants after the last transition.
    rule: Option<Rule>,
}

/// Where zoneinfo files are looked for after `$ZONEINFO` (Go's `platformZoneSources`).
const SOURCES: &[&str] = &[
    "/usr/share/zoneinfo/",
    "/usr/share/lib/zoneinfo/",
    "/usr/lib/locale/TZ/",
    "/etc/zoneinfo/",
];

impl Zone {
    /// UTC.
    pub fn utc() -> Zone {
        Zone {
            times: Vec::new(),
            offsets: Vec::new(),
            first: 0,
            rule: None,
        }
    }

    /// Loads `name` as Go's `time.LoadLocation`: `UTC`, `Local`, or an IANA name found in
    /// the zoneinfo directories; `None` when it is empty, unsafe or not found.
    pub fn load(name: &str) -> Option<Zone> {
        match name {
            "" => return None,
            "UTC" => return Some(Zone::utc()),
            "Local" => {
                return Some(
                    std::fs::read("/etc/localtime")
                        .ok()
                        .and_then(|b| parse(&b))
                        .unwrap_or_else(Zone::utc),
                )
            }
            _ => {}
        }
        if name.contains("..") || name.starts_with('/') || name.starts_with('\\') {
            return None;
        }
        let env = std::env::var("ZONEINFO").ok().map(|d| format!("{d}/"));
        env.iter()
            .map(String::as_str)
            .chain(SOURCES.iter().copied())
            .find_map(|dir| {
                let b = std::fs::read(format!("{dir}{name}")).ok()?;
                parse(&b)
            })
    }

    /// The offset (s east of UTC) at instant `t` (s since the epoch).
    pub fn offset_at(&self, t: i64) -> i32 {
        match self.times.partition_point(|&x| x <= t) {
            0 => self.first,
            i if i == self.times.len() => match &self.rule {
                Some(r) => r.offset_at(t),
                None => self.offsets[i - 1],
            },
            i => self.offsets[i - 1],
        }
    }

    /// The instant of local wall-clock time `local` (s since the epoch as if UTC): one of the
    /// two candidates around a transition, as Go's `time.Date` allows.
    pub fn to_utc(&self, local: i64) -> i64 {
        let guess = local - i64::from(self.offset_at(local));
        let off = self.offset_at(guess);
        let t = local - i64::from(off);
        if i64::from(self.offset_at(t)) == i64::from(off) {
            t
        } else {
            guess
        }
    }
}

/// Parses a TZif file (version 1 data, or the 64-bit block and footer of version 2+).
fn parse(b: &[u8]) -> Option<Zone> {
    let (v1, rest) = block(b, 4)?;
    if b[4] < b'2' {
        return Some(v1);
    }
    let (mut z, footer) = block(rest, 8)?;
    let footer = footer.strip_prefix(b"\n")?;
    let end = footer.iter().position(|&c| c == b'\n')?;
    z.rule = std::str::from_utf8(&footer[..end])
        .ok()
        .and_then(Rule::parse);
    Some(z)
}

/// One header plus data block with `n`-byte times; returns the zone and what follows.
fn block(b: &[u8], n: usize) -> Option<(Zone, &[u8])> {
    if b.get(..4)? != b"TZif" || b.len() < 44 {
        return None;
    }
    let count = |i: usize| -> Option<usize> {
        let v = u32::from_be_bytes(b.get(20 + 4 * i..24 + 4 * i)?.try_into().ok()?);
        usize::try_from(v).ok()
    };
    let (isut, isstd, leap, timecnt, typecnt, chars) = (
        count(0)?,
        count(1)?,
        count(2)?,
        count(3)?,
        count(4)?,
        count(5)?,
    );
    let mut p = 44;
    let mut take = |len: usize| -> Option<&[u8]> {
        let s = b.get(p..p + len)?;
        p += len;
        Some(s)
    };
    let times = take(timecnt * n)?;
    let idx = take(timecnt)?;
    let types = take(typecnt * 6)?;
    take(chars + leap * (n + 4) + isstd + isut)?;
    let offsets_of: Vec<i32> = types
        .chunks(6)
        .map(|t| i32::from_be_bytes([t[0], t[1], t[2], t[3]]))
        .collect();
    let time = |i: usize| -> i64 {
        let c = &times[i * n..(i + 1) * n];
        if n == 8 {
            i64::from_be_bytes(c.try_into().unwrap_or([0; 8]))
        } else {
            i64::from(i32::from_be_bytes(c.try_into().unwrap_or([0; 4])))
        }
    };
    let mut z = Zone::utc();
    for (i, &ty) in idx.iter().enumerate() {
        z.times.push(time(i));
        z.offsets
            .push(*offsets_of.get(usize::from(ty)).unwrap_or(&0));
    }
    // Before the first transition: the first standard-time type (Go's `lookupFirstZone`,
    // simplified to type 0).
    z.first = offsets_of.first().copied().unwrap_or(0);
    Some((z, &b[p..]))
}

/// A POSIX TZ rule: standard offset, and optionally a daylight offset with its start and end.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    std: i32,
    dst: Option<(i32, Change, Change)>,
}

/// A daylight-saving change: `Mm.w.d/time` (day `d` of week `w`, 5 = last, of month `m`),
/// `Jn` (day 1..365 ignoring Feb 29) or `n` (day 0..365), at local `time` seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Day {
    Month(u32, u32, u32),
    Julian(u32),
    Zero(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Change {
    day: Day,
    time: i64,
}

impl Rule {
    fn parse(s: &str) -> Option<Rule> {
        let mut s = s;
        name(&mut s)?;
        // POSIX offsets are west of UTC.
        let std = -offset(&mut s)?;
        if s.is_empty() {
            return Some(Rule { std, dst: None });
        }
        name(&mut s)?;
        let dst = if s.starts_with(',') || s.is_empty() {
            std + 3600
        } else {
            -offset(&mut s)?
        };
        let s = s.strip_prefix(',')?;
        let (start, end) = s.split_once(',')?;
        Some(Rule {
            std,
            dst: Some((dst, change(start)?, change(end)?)),
        })
    }

    fn offset_at(&self, t: i64) -> i32 {
        let Some((dst, start, end)) = self.dst else {
            return self.std;
        };
        let year =
            chrono::DateTime::from_timestamp(t + i64::from(self.std), 0).map_or(1970, |d| d.year());
        // Start is given in standard time, end in daylight time.
        let s = start.instant(year) - i64::from(self.std);
        let e = end.instant(year) - i64::from(dst);
        let in_dst = if s < e {
            t >= s && t < e
        } else {
            // Southern hemisphere: daylight time spans the new year.
            t >= s || t < e
        };
        if in_dst {
            dst
        } else {
            self.std
        }
    }
}

impl Change {
    /// Local seconds (as if UTC) of this change in `year`.
    fn instant(&self, year: i32) -> i64 {
        let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
        let date = match self.day {
            Day::Julian(n) => {
                let leap = NaiveDate::from_ymd_opt(year, 2, 29).is_some();
                let n = if leap && n >= 60 { n } else { n - 1 };
                jan1 + chrono::Days::new(u64::from(n))
            }
            Day::Zero(n) => jan1 + chrono::Days::new(u64::from(n)),
            Day::Month(m, w, d) => {
                let first = NaiveDate::from_ymd_opt(year, m, 1).unwrap_or(jan1);
                let wd = first.weekday().num_days_from_sunday();
                let mut day = 1 + (d + 7 - wd) % 7 + (w - 1) * 7;
                let days_in_month = (28..=31)
                    .rev()
                    .find(|&x| NaiveDate::from_ymd_opt(year, m, x).is_some())
                    .unwrap_or(28);
                while day > days_in_month {
                    day -= 7;
                }
                NaiveDate::from_ymd_opt(year, m, day).unwrap_or(first)
            }
        };
        date.and_hms_opt(0, 0, 0)
            .map_or(0, |d| d.and_utc().timestamp())
            + self.time
    }
}

/// Skips a zone abbreviation: letters, or `<...>`.
fn name(s: &mut &str) -> Option<()> {
    if let Some(rest) = s.strip_prefix('<') {
        let end = rest.find('>')?;
        *s = &rest[end + 1..];
        return Some(());
    }
    let end = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    if end < 3 {
        return None;
    }
    *s = &s[end..];
    Some(())
}

/// `[+-]hh[:mm[:ss]]` in seconds.
fn offset(s: &mut &str) -> Option<i32> {
    let mut sign = 1;
    if let Some(r) = s.strip_prefix('-') {
        sign = -1;
        *s = r;
    } else if let Some(r) = s.strip_prefix('+') {
        *s = r;
    }
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(s.len());
    let secs = hms(&s[..end])?;
    *s = &s[end..];
    i32::try_from(secs).ok().map(|v| v * sign)
}

fn hms(s: &str) -> Option<i64> {
    let mut total = 0i64;
    let mut mult = 3600;
    for part in s.split(':') {
        if mult == 0 {
            return None;
        }
        total += part.parse::<i64>().ok()? * mult;
        mult /= 60;
    }
    Some(total)
}

/// One `,`-separated change: `Mm.w.d[/time]`, `Jn[/time]` or `n[/time]` (default 02:00).
fn change(s: &str) -> Option<Change> {
    let (day, time) = match s.split_once('/') {
        Some((d, t)) => {
            let (neg, t) = t.strip_prefix('-').map_or((false, t), |t| (true, t));
            let v = hms(t)?;
            (d, if neg { -v } else { v })
        }
        None => (s, 7200),
    };
    let day = if let Some(m) = day.strip_prefix('M') {
        let mut it = m.split('.').map(|p| p.parse::<u32>().ok());
        let (m, w, d) = (it.next()??, it.next()??, it.next()??);
        if !(1..=12).contains(&m) || !(1..=5).contains(&w) || d > 6 {
            return None;
        }
        Day::Month(m, w, d)
    } else if let Some(n) = day.strip_prefix('J') {
        Day::Julian(n.parse().ok().filter(|n| (1..=365).contains(n))?)
    } else {
        Day::Zero(day.parse().ok().filter(|n| *n <= 365)?)
    };
    Some(Change { day, time })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> i64 {
        chrono::DateTime::parse_from_rfc3339(s)
            .expect("time")
            .timestamp()
    }

    #[test]
    fn posix_rules() {
        let cet = Rule::parse("CET-1CEST,M3.5.0,M10.5.0/3").expect("rule");
        assert_eq!(cet.offset_at(utc("2030-01-15T12:00:00Z")), 3600);
        assert_eq!(cet.offset_at(utc("2030-07-15T12:00:00Z")), 7200);
        // Last Sunday of March 2030 is the 31st; the change is at 01:00 UTC.
        assert_eq!(cet.offset_at(utc("2030-03-31T00:59:59Z")), 3600);
        assert_eq!(cet.offset_at(utc("2030-03-31T01:00:00Z")), 7200);
        let ny = Rule::parse("EST5EDT,M3.2.0,M11.1.0").expect("rule");
        assert_eq!(ny.offset_at(utc("2030-01-15T12:00:00Z")), -5 * 3600);
        assert_eq!(ny.offset_at(utc("2030-07-15T12:00:00Z")), -4 * 3600);
        let syd = Rule::parse("AEST-10AEDT,M10.1.0,M4.1.0/3").expect("rule");
        assert_eq!(syd.offset_at(utc("2030-01-15T12:00:00Z")), 11 * 3600);
        assert_eq!(syd.offset_at(utc("2030-07-15T12:00:00Z")), 10 * 3600);
        let fixed = Rule::parse("<+0530>-5:30").expect("rule");
        assert_eq!(fixed.offset_at(0), 5 * 3600 + 1800);
        assert_eq!(Rule::parse("X"), None);
    }

    #[test]
    fn system_zones() {
        assert_eq!(Zone::load(""), None);
        assert_eq!(Zone::load("../etc/passwd"), None);
        assert_eq!(Zone::load("Mars/Olympus"), None);
        assert_eq!(Zone::load("UTC"), Some(Zone::utc()));
        // Only where the system has zoneinfo.
        if let Some(z) = Zone::load("Europe/Amsterdam") {
            assert_eq!(z.offset_at(utc("2024-01-15T12:00:00Z")), 3600);
            assert_eq!(z.offset_at(utc("2024-07-15T12:00:00Z")), 7200);
            assert_eq!(z.offset_at(utc("2060-07-15T12:00:00Z")), 7200);
            let local = utc("2024-07-15T14:00:00Z");
            assert_eq!(z.to_utc(local), utc("2024-07-15T12:00:00Z"));
        }
    }
}
