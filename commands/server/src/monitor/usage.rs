//! This process's resident memory and CPU use for varz `mem` and `cpu`, read from `/proc/self`
//! on Linux (nats-server `server/pse/pse_linux.go`); zeros elsewhere.
//!
//! CPU is a percentage of one core with one decimal, averaged since the previous sample taken at
//! least a second earlier; the first sample averages over the process lifetime, as upstream's
//! first reading does.

use std::sync::Mutex;
use std::time::Instant;

/// Memory and CPU use of this process.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ProcessUsage {
    /// Resident set size in bytes.
    pub rss: i64,
    /// CPU percent of one core, one decimal (can exceed 100 on several cores).
    pub cpu: f64,
}

/// Clock ticks per second used by `/proc/<pid>/stat`; nats-server assumes 100 as well.
const TICKS_PER_SEC: u64 = 100;

/// The previous CPU sample: total CPU ticks, when it was taken and the percentage it produced.
struct Sample {
    ticks: u64,
    at: Instant,
    cpu: f64,
}

static LAST: Mutex<Option<Sample>> = Mutex::new(None);

/// Reads the current usage. Never fails: unreadable values are 0.
pub fn process_usage() -> ProcessUsage {
    #[cfg(target_os = "linux")]
    {
        linux::usage()
    }
    #[cfg(not(target_os = "linux"))]
    {
        ProcessUsage::default()
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use super::*;

    pub(super) fn usage() -> ProcessUsage {
        let rss = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| vm_rss_bytes(&s))
            .unwrap_or(0);
        let cpu = std::fs::read_to_string("/proc/self/stat")
            .ok()
            .and_then(|s| stat_times(&s))
            .map_or(0.0, cpu_percent);
        ProcessUsage { rss, cpu }
    }

    /// Updates the stored sample with a new `(utime+stime, starttime)` reading.
    fn cpu_percent((ticks, start_ticks): (u64, u64)) -> f64 {
        let now = Instant::now();
        let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
        let (prev_ticks, elapsed_ms) = match last.as_ref() {
            Some(s) if now.duration_since(s.at).as_millis() < 1000 => return s.cpu,
            Some(s) => (s.ticks, now.duration_since(s.at).as_millis() as u64),
            None => {
                let uptime_ms = std::fs::read_to_string("/proc/uptime")
                    .ok()
                    .and_then(|s| system_uptime_ms(&s))
                    .unwrap_or(0);
                (
                    0,
                    uptime_ms.saturating_sub(start_ticks * 1000 / TICKS_PER_SEC),
                )
            }
        };
        // Tenths of a percent, truncated like upstream's integer arithmetic.
        let used_ms = ticks.saturating_sub(prev_ticks) * 1000 / TICKS_PER_SEC;
        let cpu = (used_ms * 1000)
            .checked_div(elapsed_ms)
            .map_or(0.0, |tenths| tenths as f64 / 10.0);
        *last = Some(Sample {
            ticks,
            at: now,
            cpu,
        });
        cpu
    }
}

/// `VmRSS:  1234 kB` from `/proc/self/status`, in bytes.
fn vm_rss_bytes(status: &str) -> Option<i64> {
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: i64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// `(utime + stime, starttime)` in clock ticks from `/proc/self/stat`. The command name may hold
/// spaces and parentheses, so fields are counted after its closing `)`.
fn stat_times(stat: &str) -> Option<(u64, u64)> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // Field 3 (state) is fields[0]; utime is field 14, stime 15, starttime 22.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    let start: u64 = fields.get(19)?.parse().ok()?;
    Some((utime + stime, start))
}

/// First number of `/proc/uptime` (seconds since boot) in milliseconds.
fn system_uptime_ms(uptime: &str) -> Option<u64> {
    let secs: f64 = uptime.split_whitespace().next()?.parse().ok()?;
    Some((secs * 1000.0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_proc_files() {
        let status = "Name:\tx\nVmPeak:\t  9 kB\nVmRSS:\t   13808 kB\nThreads:\t3\n";
        assert_eq!(vm_rss_bytes(status), Some(13808 * 1024));
        let stat = "4242 (my (odd) name) S 1 4242 4242 0 -1 4194560 500 0 0 0 \
                    70 30 0 0 20 0 3 0 123456 1000000 3400 18446744073709551615";
        assert_eq!(stat_times(stat), Some((100, 123456)));
        assert_eq!(system_uptime_ms("12345.67 999.00\n"), Some(12_345_670));
        assert_eq!(stat_times("garbage"), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn reads_this_process() {
        let u = process_usage();
        assert!(u.rss > 0);
        assert!(u.cpu >= 0.0);
    }
}
