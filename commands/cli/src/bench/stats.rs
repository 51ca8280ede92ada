//! Benchmark samples and their report: natscli's (nats.go `bench` package) text and CSV.
//!
//! A [`Sample`] is one client's run: how many messages of what size between two instants. A
//! [`SampleGroup`] aggregates the publishers or the subscribers (rate over the earliest start
//! to the latest end, plus min/avg/max/stddev of the per-client rates). [`Report`] renders
//! them as natscli prints them (`Pub stats: 1,234 msgs/sec ~ 1.20 MiB/sec`, per-client
//! `[1] ... (N msgs)` lines when there is more than one client) and adds, for request-reply,
//! the latency percentiles. Rates use IEC units (KiB, MiB) like natscli.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use crate::kit::numbers::comma;

/// One client's measured run.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    /// Messages sent or received in the run.
    pub msgs: u64,
    /// Payload size of each message in bytes.
    pub msg_size: u64,
    /// When the first message was sent or received.
    pub start: Instant,
    /// When the last message was flushed or received.
    pub end: Instant,
}

/// Seconds of `d`, never zero (a run of one message still has a rate).
fn secs(d: Duration) -> f64 {
    d.as_secs_f64().max(1e-9)
}

impl Sample {
    /// Wall time of the run.
    pub fn duration(&self) -> Duration {
        self.end.saturating_duration_since(self.start)
    }

    /// Messages per second.
    pub fn rate(&self) -> u64 {
        (self.msgs as f64 / secs(self.duration())) as u64
    }

    /// Payload bytes per second.
    pub fn throughput(&self) -> f64 {
        (self.msgs * self.msg_size) as f64 / secs(self.duration())
    }

    fn line(&self) -> String {
        format!(
            "{} msgs/sec ~ {}/sec",
            comma(self.rate()),
            human_bytes(self.throughput())
        )
    }
}

/// The publishers' or the subscribers' samples.
#[derive(Debug, Clone, Default)]
pub struct SampleGroup {
    /// One sample per client, in client order.
    pub samples: Vec<Sample>,
}

impl SampleGroup {
    /// Total messages over all clients.
    pub fn msgs(&self) -> u64 {
        self.samples.iter().map(|s| s.msgs).sum()
    }

    /// From the earliest start to the latest end.
    pub fn duration(&self) -> Duration {
        let start = self.samples.iter().map(|s| s.start).min();
        let end = self.samples.iter().map(|s| s.end).max();
        match (start, end) {
            (Some(s), Some(e)) => e.saturating_duration_since(s),
            _ => Duration::ZERO,
        }
    }

    /// Aggregated messages per second.
    pub fn rate(&self) -> u64 {
        (self.msgs() as f64 / secs(self.duration())) as u64
    }

    /// Aggregated payload bytes per second.
    pub fn throughput(&self) -> f64 {
        let bytes: u64 = self.samples.iter().map(|s| s.msgs * s.msg_size).sum();
        bytes as f64 / secs(self.duration())
    }

    /// `min A | avg B | max C | stddev D msgs` over the per-client rates.
    pub fn statistics(&self) -> String {
        let rates: Vec<u64> = self.samples.iter().map(Sample::rate).collect();
        let min = rates.iter().copied().min().unwrap_or(0);
        let max = rates.iter().copied().max().unwrap_or(0);
        let n = rates.len().max(1) as u64;
        let avg = rates.iter().sum::<u64>() / n;
        let var = rates
            .iter()
            .map(|&r| (r as f64 - avg as f64).powi(2))
            .sum::<f64>()
            / n as f64;
        format!(
            "min {} | avg {} | max {} | stddev {} msgs",
            comma(min),
            comma(avg),
            comma(max),
            comma(var.sqrt() as u64)
        )
    }

    fn line(&self) -> String {
        format!(
            "{} msgs/sec ~ {}/sec",
            comma(self.rate()),
            human_bytes(self.throughput())
        )
    }

    fn per_client(&self, out: &mut String, indent: &str) {
        if self.samples.len() < 2 {
            return;
        }
        for (i, s) in self.samples.iter().enumerate() {
            let _ = writeln!(out, "{indent} [{}] {} ({} msgs)", i + 1, s.line(), s.msgs);
        }
        let _ = writeln!(out, "{indent} {}", self.statistics());
    }
}

/// Request-reply round-trip times.
#[derive(Debug, Clone, Default)]
pub struct Latencies {
    sorted: Vec<Duration>,
}

impl Latencies {
    /// Collects (and sorts) the round trips of all clients.
    pub fn new(mut all: Vec<Duration>) -> Latencies {
        all.sort_unstable();
        Latencies { sorted: all }
    }

    /// The nearest-rank percentile `p` (0 < p ≤ 100), zero when empty.
    pub fn percentile(&self, p: f64) -> Duration {
        if self.sorted.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((p / 100.0) * self.sorted.len() as f64 - 1e-9).ceil() as usize;
        self.sorted[rank.clamp(1, self.sorted.len()) - 1]
    }

    /// The mean round trip.
    pub fn mean(&self) -> Duration {
        if self.sorted.is_empty() {
            return Duration::ZERO;
        }
        self.sorted.iter().sum::<Duration>() / self.sorted.len() as u32
    }

    /// `Latency (us): min A | avg B | max C | P50 D | P90 E | P99 F | P99.9 G`.
    pub fn line(&self) -> String {
        let us = |d: Duration| format!("{:.2}", d.as_secs_f64() * 1e6);
        format!(
            "Latency (us): min {} | avg {} | max {} | P50 {} | P90 {} | P99 {} | P99.9 {}",
            us(self.sorted.first().copied().unwrap_or_default()),
            us(self.mean()),
            us(self.sorted.last().copied().unwrap_or_default()),
            us(self.percentile(50.0)),
            us(self.percentile(90.0)),
            us(self.percentile(99.0)),
            us(self.percentile(99.9)),
        )
    }
}

/// A finished benchmark.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Publisher (and requester) samples.
    pub pubs: SampleGroup,
    /// Subscriber samples.
    pub subs: SampleGroup,
    /// Round trips, for request-reply.
    pub latency: Option<Latencies>,
}

impl Report {
    /// The text natscli prints after a run.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let (has_pubs, has_subs) = (!self.pubs.samples.is_empty(), !self.subs.samples.is_empty());
        if !has_pubs && !has_subs {
            return "No publisher or subscribers. Nothing to report.\n".to_string();
        }
        let mut indent = "";
        if has_pubs && has_subs {
            let mut all = self.pubs.clone();
            all.samples.extend(self.subs.samples.iter().copied());
            let _ = writeln!(out, "NATS Pub/Sub stats: {}", all.line());
            indent = " ";
        }
        if has_pubs {
            let _ = writeln!(out, "{indent}Pub stats: {}", self.pubs.line());
            self.pubs.per_client(&mut out, indent);
        }
        if has_subs {
            let _ = writeln!(out, "{indent}Sub stats: {}", self.subs.line());
            self.subs.per_client(&mut out, indent);
        }
        if let Some(lat) = &self.latency {
            let _ = writeln!(out, "{}", lat.line());
        }
        out
    }

    /// natscli's `--csv` data: one row per client, subscribers (`S0`, ...) then publishers
    /// (`P0`, ...).
    pub fn csv(&self, run_id: &str) -> String {
        let mut out =
            String::from("#RunID,ClientID,MsgCount,MsgBytes,MsgsPerSec,BytesPerSec,DurationSecs\n");
        for (prefix, group) in [("S", &self.subs), ("P", &self.pubs)] {
            for (i, s) in group.samples.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "{run_id},{prefix}{i},{},{},{},{:.6},{:.6}",
                    s.msgs,
                    s.msgs * s.msg_size,
                    s.rate(),
                    s.throughput(),
                    s.duration().as_secs_f64()
                );
            }
        }
        out
    }
}

/// Bytes in IEC units with two decimals: `512.00 B`, `1.20 MiB`.
pub fn human_bytes(bytes: f64) -> String {
    const UNITS: [&str; 6] = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    if bytes < 1024.0 {
        return format!("{bytes:.2} B");
    }
    let mut v = bytes;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.2} {}", UNITS[unit - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(msgs: u64, size: u64, ms: u64, base: Instant) -> Sample {
        Sample {
            msgs,
            msg_size: size,
            start: base,
            end: base + Duration::from_millis(ms),
        }
    }

    #[test]
    fn formats_numbers_like_natscli() {
        assert_eq!(human_bytes(512.0), "512.00 B");
        assert_eq!(human_bytes(1024.0 * 1024.0 * 1.2), "1.20 MiB");
    }

    #[test]
    fn reports_one_publisher() {
        let t = Instant::now();
        let r = Report {
            pubs: SampleGroup {
                samples: vec![sample(1000, 1024, 500, t)],
            },
            ..Report::default()
        };
        assert_eq!(r.render(), "Pub stats: 2,000 msgs/sec ~ 1.95 MiB/sec\n");
    }

    #[test]
    fn reports_clients_and_statistics() {
        let t = Instant::now();
        let r = Report {
            subs: SampleGroup {
                samples: vec![sample(1000, 16, 1000, t), sample(1000, 16, 500, t)],
            },
            ..Report::default()
        };
        let text = r.render();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Sub stats: 2,000 msgs/sec ~ 31.25 KiB/sec");
        assert_eq!(lines[1], " [1] 1,000 msgs/sec ~ 15.62 KiB/sec (1000 msgs)");
        assert_eq!(lines[2], " [2] 2,000 msgs/sec ~ 31.25 KiB/sec (1000 msgs)");
        assert_eq!(
            lines[3],
            " min 1,000 | avg 1,500 | max 2,000 | stddev 500 msgs"
        );
        let csv = r.csv("RUN");
        assert!(csv.starts_with("#RunID,ClientID,"));
        assert!(csv.contains("\nRUN,S1,1000,16000,2000,"));
    }

    #[test]
    fn latency_percentiles_use_nearest_rank() {
        let l = Latencies::new((1..=1000).rev().map(Duration::from_micros).collect());
        assert_eq!(l.percentile(50.0), Duration::from_micros(500));
        assert_eq!(l.percentile(99.0), Duration::from_micros(990));
        assert_eq!(l.percentile(99.9), Duration::from_micros(999));
        assert_eq!(l.percentile(100.0), Duration::from_micros(1000));
        assert!(l
            .line()
            .starts_with("Latency (us): min 1.00 | avg 500.50 | max 1000.00 | P50 500.00"));
        assert_eq!(Latencies::default().percentile(50.0), Duration::ZERO);
    }
}
