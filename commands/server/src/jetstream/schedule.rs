//! Message schedules (ADR-51, nats-server 2.12+ `server/scheduler.go`, `cron.go` and the
//! `Nats-Schedule*` checks of `stream.go` `processJetStreamMsg`).
//!
//! A schedule is a stored message carrying `Nats-Schedule` on a stream with
//! `allow_msg_schedules`: `@at <RFC3339>` (fires once), `@every <duration>` (at least 1s), a
//! six-field cron (`sec min hour dom mon dow`) or one of `@yearly @annually @monthly @weekly
//! @daily @midnight @hourly`. When it fires, the stream stores a copy on `Nats-Schedule-Target`
//! (the schedule's own body and headers, or the last message on `Nats-Schedule-Source`), minus
//! the scheduling headers, plus `Nats-Scheduler: <schedule subject>` and `Nats-Schedule-Next:
//! <RFC3339>` (or `purge` for a one-off, whose schedule subject is then purged). One schedule
//! per subject: publishing a schedule adds `Nats-Rollup: sub`, and any other message on the
//! subject cancels it.
//!
//! Timers are one index per stream ([`Schedules`]: due time order plus subject and sequence
//! maps) driven by one task (`run`) that sleeps until the earliest due time or until an
//! earlier schedule arrives; there is no task or timer per message. The index is rebuilt at
//! start from the last message of each subject (a schedule is always the newest message on its
//! subject), so schedules survive a restart. Like nats-server, a repeating schedule that missed
//! firings while the server was down fires once, then keeps its rhythm.
//!
//! Cron schedules are computed in UTC, or in the IANA zone named by `Nats-Schedule-Time-Zone`
//! (read from the system's zoneinfo, [`super::tz`]); `@at` and `@every` take no zone.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use bytes::Bytes;
use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, TimeDelta, Timelike};
use rnats_proto::headers::slice_header;

use super::config::{subjects_overlap, StreamConfig};
use super::errors::{ApiError, JsError};
use super::now_ns;
use super::store::StoreError;
use super::stream::{parse_ttl, Stream};
use super::tz::Zone;

/// The schedule pattern.
pub const SCHEDULE: &str = "Nats-Schedule";
/// Time zone of a cron pattern.
pub const SCHEDULE_TIME_ZONE: &str = "Nats-Schedule-Time-Zone";
/// `Nats-TTL` of the messages a schedule produces.
pub const SCHEDULE_TTL: &str = "Nats-Schedule-TTL";
/// `Nats-Rollup` of the messages a schedule produces (`sub` only).
pub const SCHEDULE_ROLLUP: &str = "Nats-Schedule-Rollup";
/// Where a schedule's messages go.
pub const SCHEDULE_TARGET: &str = "Nats-Schedule-Target";
/// Subject whose last message a schedule sends instead of its own body.
pub const SCHEDULE_SOURCE: &str = "Nats-Schedule-Source";
/// Set on produced messages: the schedule's subject.
pub const SCHEDULER: &str = "Nats-Scheduler";
/// Set on produced messages: the next firing (RFC3339) or `purge`.
pub const SCHEDULE_NEXT: &str = "Nats-Schedule-Next";
/// `Nats-Schedule-Next` of a one-off schedule's message: the schedule is purged.
pub const SCHEDULE_NEXT_PURGE: &str = "purge";

/// Shortest wait between two runs of the timer (upstream: 250ms, to spare ingest).
const MIN_FIRE_INTERVAL: Duration = Duration::from_millis(250);
/// Longest sleep of the timer task without looking at the index again.
const MAX_SLEEP: Duration = Duration::from_secs(60);
const SEC: i64 = 1_000_000_000;

/// Reads `Nats-Schedule-Time-Zone` (upstream `loadMessageScheduleLocation`): `Ok(None)` when
/// absent; an empty or unknown zone is 10223.
pub fn time_zone(value: Option<&[u8]>) -> Result<Option<Zone>, ApiError> {
    let Some(v) = value else { return Ok(None) };
    std::str::from_utf8(v)
        .ok()
        .and_then(Zone::load)
        .map(Some)
        .ok_or_else(|| ApiError::new(JsError::MessageSchedulesTimeZoneInvalid))
}

/// When a pattern fires next after `ts` (ns), and whether it repeats (upstream
/// `parseMsgSchedule`); `None` for an invalid pattern. Missed firings (`next < now`) collapse
/// into one from `now`.
pub fn next_fire(pattern: &str, zone: Option<&Zone>, ts: i64, now: i64) -> Option<(i64, bool)> {
    if let Some(at) = pattern.strip_prefix("@at ") {
        if zone.is_some() {
            return None;
        }
        let t = chrono::DateTime::parse_from_rfc3339(at).ok()?;
        return Some((t.timestamp_nanos_opt()?, false));
    }
    if let Some(every) = pattern.strip_prefix("@every ") {
        if zone.is_some() {
            return None;
        }
        let d = rnats_proto::kit::format::parse_duration(every).ok()?;
        if d < Duration::from_secs(1) {
            return None;
        }
        let d = i64::try_from(d.as_nanos()).ok()?;
        let mut next = round_second(ts).saturating_add(d);
        if next < now {
            next = round_second(now).saturating_add(d);
        }
        return Some((next, true));
    }
    let pattern = match pattern {
        "@yearly" | "@annually" => "0 0 0 1 1 *",
        "@monthly" => "0 0 0 1 * *",
        "@weekly" => "0 0 0 * * 0",
        "@daily" | "@midnight" => "0 0 0 * * *",
        "@hourly" => "0 0 * * * *",
        p => p,
    };
    let cron = Cron::parse(pattern)?;
    let utc = Zone::utc();
    let zone = zone.unwrap_or(&utc);
    let mut next = cron.next_after(ts, zone)?;
    if next < now {
        next = cron.next_after(round_second(now), zone)?;
    }
    Some((next, true))
}

/// Go's `Time.Round(time.Second)`.
fn round_second(ns: i64) -> i64 {
    ns.saturating_add(SEC / 2).div_euclid(SEC) * SEC
}

/// Go's `time.RFC3339` of a time in ns, in `zone` (UTC when `None`): `Z` or `+hh:mm`.
pub fn rfc3339(ns: i64, zone: Option<&Zone>) -> String {
    let secs = ns.div_euclid(SEC);
    let off = zone.map_or(0, |z| z.offset_at(secs));
    let t = chrono::DateTime::from_timestamp(secs + i64::from(off), 0).unwrap_or_default();
    let mut out = t.format("%Y-%m-%dT%H:%M:%S").to_string();
    if off == 0 {
        out.push('Z');
    } else {
        let sign = if off < 0 { '-' } else { '+' };
        let a = off.unsigned_abs();
        out.push_str(&format!("{sign}{:02}:{:02}", a / 3600, a % 3600 / 60));
    }
    out
}

/// A six-field cron pattern as bit sets (robfig/cron's representation, which upstream uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cron {
    second: u64,
    minute: u64,
    hour: u64,
    dom: u64,
    month: u64,
    dow: u64,
}

/// Set when a field was `*` or `?`: day-of-month and day-of-week then combine with "and".
const STAR: u64 = 1 << 63;
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const DAYS: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

impl Cron {
    /// Parses `sec min hour dom mon dow`; `None` if invalid.
    pub fn parse(pattern: &str) -> Option<Cron> {
        let f: Vec<&str> = pattern.split_whitespace().collect();
        if f.len() != 6 {
            return None;
        }
        Some(Cron {
            second: field(f[0], 0, 59, &[])?,
            minute: field(f[1], 0, 59, &[])?,
            hour: field(f[2], 0, 23, &[])?,
            dom: field(f[3], 1, 31, &[])?,
            month: field(f[4], 1, 12, &MONTHS)?,
            dow: field(f[5], 0, 6, &DAYS)?,
        })
    }

    fn day_matches(&self, t: &NaiveDateTime) -> bool {
        let dom = self.dom & (1 << t.day()) != 0;
        let dow = self.dow & (1 << t.weekday().num_days_from_sunday()) != 0;
        if self.dom & STAR != 0 || self.dow & STAR != 0 {
            dom && dow
        } else {
            dom || dow
        }
    }

    /// The first matching second strictly after `ts` (ns), on `zone`'s wall clock, within five
    /// years.
    pub fn next_after(&self, ts: i64, zone: &Zone) -> Option<i64> {
        let secs = ts.div_euclid(SEC);
        let local = secs + i64::from(zone.offset_at(secs));
        let start = chrono::DateTime::from_timestamp(local, 0)?.naive_utc();
        let mut t = start + TimeDelta::seconds(1);
        let year_limit = t.year() + 5;
        let mut truncated = false;
        let date = |y: i32, m: u32, d: u32, h: u32, mi: u32| {
            NaiveDate::from_ymd_opt(y, m, d).and_then(|d| d.and_hms_opt(h, mi, 0))
        };
        'wrap: loop {
            if t.year() > year_limit {
                return None;
            }
            while self.month & (1 << t.month()) == 0 {
                if !truncated {
                    truncated = true;
                    t = date(t.year(), t.month(), 1, 0, 0)?;
                }
                t = t.checked_add_months(Months::new(1))?;
                if t.month() == 1 {
                    continue 'wrap;
                }
            }
            while !self.day_matches(&t) {
                if !truncated {
                    truncated = true;
                    t = date(t.year(), t.month(), t.day(), 0, 0)?;
                }
                t += TimeDelta::days(1);
                if t.day() == 1 {
                    continue 'wrap;
                }
            }
            while self.hour & (1 << t.hour()) == 0 {
                if !truncated {
                    truncated = true;
                    t = date(t.year(), t.month(), t.day(), t.hour(), 0)?;
                }
                t += TimeDelta::hours(1);
                if t.hour() == 0 {
                    continue 'wrap;
                }
            }
            while self.minute & (1 << t.minute()) == 0 {
                if !truncated {
                    truncated = true;
                    t = date(t.year(), t.month(), t.day(), t.hour(), t.minute())?;
                }
                t += TimeDelta::minutes(1);
                if t.minute() == 0 {
                    continue 'wrap;
                }
            }
            while self.second & (1 << t.second()) == 0 {
                truncated = true;
                t += TimeDelta::seconds(1);
                if t.second() == 0 {
                    continue 'wrap;
                }
            }
            return zone.to_utc(t.and_utc().timestamp()).checked_mul(SEC);
        }
    }
}

/// One cron field: comma-separated `*`, `?`, `N`, `N-M`, each with an optional `/step`.
fn field(expr: &str, min: u32, max: u32, names: &[&str]) -> Option<u64> {
    let mut bits = 0u64;
    for range in expr.split(',').filter(|r| !r.is_empty()) {
        bits |= range_bits(range, min, max, names)?;
    }
    Some(bits)
}

fn range_bits(expr: &str, min: u32, max: u32, names: &[&str]) -> Option<u64> {
    let mut rs = expr.split('/');
    let range = rs.next()?;
    let step = rs.next();
    if rs.next().is_some() {
        return None;
    }
    let lh: Vec<&str> = range.split('-').collect();
    let (mut start, mut end, mut extra) = (min, max, 0);
    if lh[0] == "*" || lh[0] == "?" {
        extra = STAR;
    } else {
        start = number(lh[0], names, min)?;
        end = match lh.len() {
            1 => start,
            2 => number(lh[1], names, min)?,
            _ => return None,
        };
    }
    let step = match step {
        None => 1,
        Some(s) => {
            let s: u32 = s.parse().ok()?;
            if lh.len() == 1 {
                end = max;
            }
            if s > 1 {
                extra = 0;
            }
            s
        }
    };
    if start < min || end > max || start > end || step == 0 {
        return None;
    }
    let mut bits = 0u64;
    let mut i = start;
    while i <= end {
        bits |= 1 << i;
        i += step;
    }
    Some(bits | extra)
}

fn number(s: &str, names: &[&str], base: u32) -> Option<u32> {
    let lower = s.to_ascii_lowercase();
    if let Some(i) = names.iter().position(|n| *n == lower) {
        return u32::try_from(i).ok().map(|i| i + base);
    }
    let n: i64 = s.parse().ok()?;
    u32::try_from(n).ok()
}

/// The schedules of one stream, by due time, subject and sequence (upstream `MsgScheduling`).
#[derive(Debug, Default)]
pub struct Schedules {
    due: BTreeSet<(i64, u64)>,
    by_subject: HashMap<String, (u64, i64)>,
    by_seq: HashMap<u64, String>,
}

impl Schedules {
    /// Adds (or replaces) the schedule of `subject`: message `seq`, due at `due`.
    pub fn add(&mut self, seq: u64, subject: &str, due: i64) {
        self.remove_subject(subject);
        self.due.insert((due, seq));
        self.by_subject.insert(subject.to_string(), (seq, due));
        self.by_seq.insert(seq, subject.to_string());
    }

    /// Moves the schedule of `subject` to `due`.
    pub fn update(&mut self, subject: &str, due: i64) {
        if let Some((seq, old)) = self.by_subject.get_mut(subject) {
            self.due.remove(&(*old, *seq));
            *old = due;
            self.due.insert((due, *seq));
        }
    }

    /// Cancels the schedule of `subject`, if any.
    pub fn remove_subject(&mut self, subject: &str) {
        if let Some((seq, due)) = self.by_subject.remove(subject) {
            self.due.remove(&(due, seq));
            self.by_seq.remove(&seq);
        }
    }

    /// Whether `subject` has a schedule.
    pub fn contains(&self, subject: &str) -> bool {
        self.by_subject.contains_key(subject)
    }

    /// Schedules due at `now`, in sequence order: (sequence, subject, due time).
    pub fn due(&self, now: i64) -> Vec<(u64, String, i64)> {
        let mut out: Vec<(u64, String, i64)> = self
            .due
            .iter()
            .take_while(|(due, _)| *due <= now)
            .filter_map(|&(due, seq)| self.by_seq.get(&seq).map(|s| (seq, s.clone(), due)))
            .collect();
        out.sort_by_key(|(seq, _, _)| *seq);
        out
    }

    /// The earliest due time.
    pub fn next_due(&self) -> Option<i64> {
        self.due.first().map(|&(due, _)| due)
    }

    /// How many schedules there are.
    pub fn len(&self) -> usize {
        self.by_subject.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.by_subject.is_empty()
    }
}

/// A stream's schedule index and the wake-up of its timer task.
#[derive(Debug, Default)]
pub struct Scheduler {
    state: Mutex<Schedules>,
    wake: tokio::sync::Notify,
    /// Whether the timer task runs.
    running: std::sync::atomic::AtomicBool,
}

impl Scheduler {
    fn lock(&self) -> std::sync::MutexGuard<'_, Schedules> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds the schedule of a message just stored, waking the timer if it is now the earliest.
    pub fn add(&self, seq: u64, subject: &str, due: i64) {
        let mut s = self.lock();
        let earlier = s.next_due().is_none_or(|d| due < d);
        s.add(seq, subject, due);
        drop(s);
        if earlier {
            self.wake.notify_one();
        }
    }

    /// A message without a schedule was stored on `subject`: its schedule, if any, ends.
    pub fn stored_plain(&self, subject: &str) {
        let mut s = self.lock();
        if s.contains(subject) {
            s.remove_subject(subject);
        }
    }

    /// How many schedules are active.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no schedule is active.
    pub fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }
}

/// What a publish's scheduling headers ask for, once checked.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The message is a schedule first due then (ns).
    pub due: Option<i64>,
    /// `Nats-Rollup: sub` must be added to the stored headers.
    pub add_rollup: bool,
    /// The message purges this schedule subject once stored (`Nats-Schedule-Next: purge`).
    pub purge: Option<String>,
}

/// Checks the scheduling headers of a client publish to `subject` (upstream
/// `processJetStreamMsg`, in its order). `get` reads a header: `None` when absent.
pub fn check_publish(
    cfg: &StreamConfig,
    subject: &str,
    get: &dyn Fn(&str) -> Option<String>,
) -> Result<Checked, ApiError> {
    let allow = cfg.allow_msg_schedules;
    let refuse = |e: JsError| Err(ApiError::new(e));
    let disabled_or = |e: ApiError| {
        if allow {
            Err(e)
        } else {
            refuse(JsError::MessageSchedulesDisabled)
        }
    };
    let mut out = Checked::default();
    let zone = match time_zone(get(SCHEDULE_TIME_ZONE).as_deref().map(str::as_bytes)) {
        Ok(z) => z,
        Err(e) => return disabled_or(e),
    };
    let zone = zone.as_ref();
    let pattern = get(SCHEDULE).unwrap_or_default();
    if !pattern.is_empty() {
        let now = now_ns();
        let Some((due, _)) = next_fire(&pattern, zone, now, now) else {
            return disabled_or(ApiError::new(JsError::MessageSchedulesPatternInvalid));
        };
        if !allow {
            return refuse(JsError::MessageSchedulesDisabled);
        }
        let ttl = get(SCHEDULE_TTL).unwrap_or_default();
        if !ttl.is_empty() && parse_ttl(&ttl).is_none() {
            return refuse(JsError::MessageSchedulesTtlInvalid);
        }
        let rollup = get(SCHEDULE_ROLLUP).unwrap_or_default();
        if !rollup.is_empty() && rollup != "sub" {
            return refuse(JsError::MessageSchedulesRollupInvalid);
        }
        if !ttl.is_empty() && !cfg.allow_msg_ttl {
            return refuse(JsError::MessageTtlDisabled);
        }
        let valid = |s: &str| rnats_proto::subject::is_valid_publish_subject(s.as_bytes());
        let target = get(SCHEDULE_TARGET).unwrap_or_default();
        if target.is_empty() || !valid(&target) || target == subject {
            return refuse(JsError::MessageSchedulesTargetInvalid);
        }
        let source = get(SCHEDULE_SOURCE).unwrap_or_default();
        if !source.is_empty() && (source == target || source == subject || !valid(&source)) {
            return refuse(JsError::MessageSchedulesSourceInvalid);
        }
        let in_stream = |s: &str| cfg.subjects.iter().any(|f| subjects_overlap(f, s));
        if !in_stream(&target) {
            return refuse(JsError::MessageSchedulesTargetInvalid);
        }
        if !source.is_empty() && !in_stream(&source) {
            return refuse(JsError::MessageSchedulesSourceInvalid);
        }
        match get(super::stream::ROLLUP) {
            None => out.add_rollup = true,
            Some(r) if r.eq_ignore_ascii_case("sub") => {}
            Some(_) => return refuse(JsError::MessageSchedulesRollupInvalid),
        }
        out.due = Some(due);
    }
    let next = get(SCHEDULE_NEXT).unwrap_or_default();
    let scheduler = get(SCHEDULER).unwrap_or_default();
    if !next.is_empty() {
        // Clients may only use `Nats-Schedule-Next` to purge a schedule, naming it.
        if next != SCHEDULE_NEXT_PURGE
            || scheduler.is_empty()
            || scheduler == subject
            || !rnats_proto::subject::is_valid_publish_subject(scheduler.as_bytes())
        {
            return refuse(JsError::MessageSchedulesSchedulerInvalid);
        }
        if !allow {
            return refuse(JsError::MessageSchedulesDisabled);
        }
        out.purge = Some(scheduler);
    } else if !scheduler.is_empty() {
        return refuse(JsError::MessageSchedulesSchedulerInvalid);
    }
    Ok(out)
}

/// The header block `hdr` without the lines whose name starts with `prefix` (`exact`: is
/// `prefix`), as upstream's `removeHeaderIfPrefixPresent`/`removeHeaderIfPresent`; empty when
/// no header is left.
pub fn strip_headers(hdr: &[u8], prefix: &str, exact: bool) -> Vec<u8> {
    let Some(first) = memchr::memmem::find(hdr, b"\r\n") else {
        return hdr.to_vec();
    };
    let mut out = hdr[..first + 2].to_vec();
    let mut kept = 0;
    for line in hdr[first + 2..].split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let drop = if exact {
            line.starts_with(prefix.as_bytes()) && line.get(prefix.len()) == Some(&b':')
        } else {
            line.starts_with(prefix.as_bytes())
        };
        if !drop {
            out.extend_from_slice(line);
            out.extend_from_slice(b"\r\n");
            kept += 1;
        }
    }
    if kept == 0 {
        return Vec::new();
    }
    out.extend_from_slice(b"\r\n");
    out
}

/// Appends `name: value` to a header block (upstream `genHeader`), starting one if empty.
pub fn append_header(hdr: &[u8], name: &str, value: &str) -> Vec<u8> {
    let mut out = if hdr.len() > 2 {
        hdr[..hdr.len() - 2].to_vec()
    } else {
        b"NATS/1.0\r\n".to_vec()
    };
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b": ");
    out.extend_from_slice(value.as_bytes());
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// Rebuilds the index of `stream` from its store: the newest message of each subject that
/// carries a valid schedule.
pub fn recover(stream: &Stream, sched: &Scheduler) {
    let now = now_ns();
    let subjects = stream.store.subjects_state(">");
    let mut s = sched.lock();
    for (subject, st) in subjects {
        let Ok(m) = stream.store.load_msg(st.last) else {
            continue;
        };
        if let Some(due) = schedule_of(&m.hdr, m.ts, now) {
            s.add(m.seq, &subject, due.0);
        }
    }
}

/// The next firing of the schedule in a stored header block, from `ts`.
fn schedule_of(hdr: &[u8], ts: i64, now: i64) -> Option<(i64, bool, Option<Zone>)> {
    if hdr.is_empty() {
        return None;
    }
    let pattern = slice_header(hdr, SCHEDULE.as_bytes())?;
    let zone = time_zone(slice_header(hdr, SCHEDULE_TIME_ZONE.as_bytes())).ok()?;
    let (next, repeat) = next_fire(std::str::from_utf8(pattern).ok()?, zone.as_ref(), ts, now)?;
    Some((next, repeat, zone))
}

/// Starts the timer task of `stream` unless it runs.
pub fn start(stream: &Arc<Stream>) {
    let sched = stream.scheduler.clone();
    if sched
        .running
        .swap(true, std::sync::atomic::Ordering::AcqRel)
    {
        return;
    }
    recover(stream, &sched);
    let weak = Arc::downgrade(stream);
    tokio::spawn(async move {
        run(weak, sched.clone()).await;
        sched
            .running
            .store(false, std::sync::atomic::Ordering::Release);
    });
}

/// The timer task: fires what is due, then sleeps until the next due time (at least
/// [`MIN_FIRE_INTERVAL`] later) or until an earlier schedule arrives.
async fn run(weak: Weak<Stream>, sched: Arc<Scheduler>) {
    loop {
        let Some(stream) = weak.upgrade() else { return };
        if stream.is_stopped() {
            return;
        }
        let now = now_ns();
        let due = sched.lock().due(now);
        for (seq, subject, at) in due {
            fire(&stream, &sched, seq, &subject, at).await;
        }
        let next = sched.lock().next_due();
        drop(stream);
        let wait = match next {
            Some(t) => Duration::from_nanos(u64::try_from(t - now_ns()).unwrap_or(0)),
            None => MAX_SLEEP,
        };
        let wait = wait.clamp(MIN_FIRE_INTERVAL, MAX_SLEEP);
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = sched.wake.notified() => {
                // Give an earlier schedule its due time, but no sooner than the minimum.
                tokio::time::sleep(MIN_FIRE_INTERVAL).await;
            }
        }
    }
}

/// Fires the schedule held by message `seq` on `subject`, due at `at` (upstream
/// `getScheduledMessages` and the store callback that processes its output).
async fn fire(stream: &Arc<Stream>, sched: &Scheduler, seq: u64, subject: &str, at: i64) {
    let remove = || sched.lock().remove_subject(subject);
    let m = match stream.store.load_msg(seq) {
        Ok(m) if &*m.subject == subject => m,
        _ => return remove(),
    };
    let hdr = &m.hdr[..];
    let text = |name: &str| {
        slice_header(hdr, name.as_bytes()).map(|v| String::from_utf8_lossy(v).into_owned())
    };
    let Some((next, repeat, zone)) = schedule_of(hdr, at, now_ns()) else {
        return remove();
    };
    let ttl = text(SCHEDULE_TTL).unwrap_or_default();
    if !ttl.is_empty() && parse_ttl(&ttl).is_none() {
        return remove();
    }
    let target = text(SCHEDULE_TARGET).unwrap_or_default();
    if target.is_empty() {
        return remove();
    }
    let rollup = text(SCHEDULE_ROLLUP).unwrap_or_default();
    let source = text(SCHEDULE_SOURCE).unwrap_or_default();
    // The source's last message, or the schedule's own when the source has none.
    let from = match (!source.is_empty())
        .then(|| stream.store.load_last_msg(&source).ok())
        .flatten()
    {
        Some(src) => src,
        None => m.clone(),
    };
    let (mut out, payload) = (from.hdr.to_vec(), from.payload);
    // Covers Nats-Schedule, Nats-Schedule-* and Nats-Scheduler; then what could stop the copy
    // from being stored.
    out = strip_headers(&out, "Nats-Schedule", false);
    out = strip_headers(&out, "Nats-Expected-", false);
    for h in [super::stream::MSG_ID, "Nats-TTL", super::stream::ROLLUP] {
        out = strip_headers(&out, h, true);
    }
    out = append_header(&out, SCHEDULER, subject);
    let next_text = if repeat {
        rfc3339(next, zone.as_ref())
    } else {
        SCHEDULE_NEXT_PURGE.to_string()
    };
    out = append_header(&out, SCHEDULE_NEXT, &next_text);
    if !ttl.is_empty() {
        out = append_header(&out, "Nats-TTL", &ttl);
    }
    if !rollup.is_empty() {
        out = append_header(&out, super::stream::ROLLUP, &rollup);
    }
    match stream
        .store_internal(target.clone(), Bytes::from(out), payload)
        .await
    {
        Ok(_) => {}
        Err(StoreError::Closed) => return,
        Err(e) => crate::log_warn!(
            "JetStream stream '{}': message schedule '{subject}' could not store its message on '{target}': {e}",
            stream.name
        ),
    }
    if repeat {
        sched.lock().update(subject, next);
    } else {
        remove();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> i64 {
        chrono::DateTime::parse_from_rfc3339(s)
            .expect("time")
            .timestamp_nanos_opt()
            .expect("ns")
    }

    #[test]
    fn patterns() {
        let t = ts("2025-06-01T10:00:00.300Z");
        assert_eq!(
            next_fire("@at 2030-01-01T00:00:00Z", None, t, t),
            Some((ts("2030-01-01T00:00:00Z"), false))
        );
        assert_eq!(
            next_fire("@at 2030-01-01T00:00:00Z", Some(&Zone::utc()), t, t),
            None
        );
        assert_eq!(next_fire("@at tomorrow", None, t, t), None);
        assert_eq!(
            next_fire("@every 5s", None, t, t),
            Some((ts("2025-06-01T10:00:05Z"), true))
        );
        assert_eq!(next_fire("@every 500ms", None, t, t), None);
        assert_eq!(next_fire("@every soon", None, t, t), None);
        // Missed firings collapse into one from now.
        let later = t + 3_600 * SEC;
        assert_eq!(
            next_fire("@every 5s", None, t, later),
            Some((ts("2025-06-01T11:00:05Z"), true))
        );
        assert_eq!(
            next_fire("@hourly", None, t, t),
            Some((ts("2025-06-01T11:00:00Z"), true))
        );
        assert_eq!(
            next_fire("@daily", None, t, t),
            Some((ts("2025-06-02T00:00:00Z"), true))
        );
        assert_eq!(next_fire("* * * *", None, t, t), None);
        assert_eq!(next_fire("bogus", None, t, t), None);
    }

    #[test]
    fn cron_fields() {
        let t = ts("2025-06-01T10:00:00Z"); // a Sunday
        let utc = Zone::utc();
        let next = |p: &str| {
            Cron::parse(p)
                .and_then(|c| c.next_after(t, &utc))
                .map(|n| rfc3339(n, None))
        };
        assert_eq!(next("* * * * * *").as_deref(), Some("2025-06-01T10:00:01Z"));
        assert_eq!(
            next("*/15 * * * * *").as_deref(),
            Some("2025-06-01T10:00:15Z")
        );
        assert_eq!(
            next("0 30 9 * * *").as_deref(),
            Some("2025-06-02T09:30:00Z")
        );
        assert_eq!(
            next("0 0 0 1 jan *").as_deref(),
            Some("2026-01-01T00:00:00Z")
        );
        assert_eq!(
            next("0 0 12 * * mon-fri").as_deref(),
            Some("2025-06-02T12:00:00Z")
        );
        assert_eq!(
            next("0 0 0 29 feb *").as_deref(),
            Some("2028-02-29T00:00:00Z")
        );
        assert_eq!(next("0 0 0 30 feb *"), None);
        assert_eq!(next("60 * * * * *"), None);
        assert_eq!(next("5-1 * * * * *"), None);
        assert_eq!(next("*/0 * * * * *"), None);
    }

    #[test]
    fn cron_in_a_zone() {
        // Only where the system has zoneinfo.
        let Some(z) = Zone::load("Europe/Amsterdam") else {
            return;
        };
        let t = ts("2025-06-01T10:00:00Z"); // 12:00 CEST
        let c = Cron::parse("0 30 9 * * *").expect("cron");
        let n = c.next_after(t, &z).expect("next");
        assert_eq!(rfc3339(n, Some(&z)), "2025-06-02T09:30:00+02:00");
        assert_eq!(rfc3339(n, None), "2025-06-02T07:30:00Z");
        let w = ts("2025-12-01T10:00:00Z");
        let n = c.next_after(w, &z).expect("next");
        assert_eq!(rfc3339(n, Some(&z)), "2025-12-02T09:30:00+01:00");
    }

    #[test]
    fn index_orders_and_replaces() {
        let mut s = Schedules::default();
        s.add(1, "a", 30);
        s.add(2, "b", 10);
        s.add(3, "c", 20);
        assert_eq!(s.next_due(), Some(10));
        let due: Vec<u64> = s.due(25).into_iter().map(|d| d.0).collect();
        assert_eq!(due, vec![2, 3]);
        // A new schedule on a subject replaces the old one.
        s.add(4, "a", 5);
        assert_eq!(s.len(), 3);
        assert_eq!(s.due(5), vec![(4, "a".to_string(), 5)]);
        s.update("a", 40);
        s.remove_subject("b");
        assert_eq!(s.next_due(), Some(20));
        assert!(s.due(25).iter().all(|d| d.1 == "c"));
    }

    #[test]
    fn headers() {
        let h = b"NATS/1.0\r\nNats-Schedule: @every 1s\r\nA: 1\r\nNats-Schedule-Target: t\r\nNats-TTL: 5\r\n\r\n";
        let out = strip_headers(h, "Nats-Schedule", false);
        assert_eq!(out, b"NATS/1.0\r\nA: 1\r\nNats-TTL: 5\r\n\r\n");
        let out = strip_headers(&out, "Nats-TTL", true);
        assert_eq!(out, b"NATS/1.0\r\nA: 1\r\n\r\n");
        assert!(strip_headers(&out, "A", true).is_empty());
        assert_eq!(
            append_header(b"", "Nats-Scheduler", "s"),
            b"NATS/1.0\r\nNats-Scheduler: s\r\n\r\n"
        );
    }
}
