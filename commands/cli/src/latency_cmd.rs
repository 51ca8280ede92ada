//! `nats latency` (`lat`): publish on one server, subscribe on another, report the latency.
//!
//! As natscli: the context's server publishes `--rate` messages a second for `--duration` to a
//! fresh inbox subject that a second connection (`--server-b`) subscribes to; each payload
//! (`--size` bytes, at least 8) starts with the send time in Unix nanoseconds (little endian).
//! The log lines are natscli's: both connections' RTT, the targets, percentiles of the
//! latencies, the actual rate, minimum, median and maximum. natscli waits for every message;
//! rnats gives up 10 seconds after the last publish and says how many arrived. `--histogram`
//! (HdrHistogram percentile files) is refused.

use crate::kit::connect;
use crate::kit::duration;
use crate::kit::output::log;
use crate::options::GlobalOpts;
use anyhow::{bail, Context as _};
use bytes::Bytes;
use clap::Args;
use rnats_proto::kit::context::Store;
use rnats_proto::kit::format::duration_string;
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Perform latency tests between two NATS servers
#[derive(Debug, Clone, Args)]
pub struct LatencyArgs {
    /// The second server to subscribe on
    #[arg(long = "server-b", required = true)]
    pub server_b: String,
    /// Message size
    #[arg(long, default_value_t = 8)]
    pub size: i64,
    /// Rate of messages per second
    #[arg(long, default_value_t = 1000)]
    pub rate: i64,
    /// Test duration
    #[arg(long, default_value = "5s", value_parser = duration::parse)]
    pub duration: Duration,
    /// Output file to store the histogram in (not supported by rnats yet)
    #[arg(long)]
    pub histogram: Option<String>,
}

fn unix_nanos() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}

/// natscli's `fmtDur`: truncated to the microsecond, Go's format.
fn fmt_dur(d: Duration) -> String {
    duration_string(Duration::from_micros(d.as_micros() as u64))
}

/// natscli's `byteSize`: `8B`, `7.8K`, `15M`.
fn byte_size(n: i64) -> String {
    let sizes = ["B", "K", "M", "G", "T"];
    if n < 10 {
        return format!("{n}{}", sizes[0]);
    }
    let e = ((n as f64).ln() / 1024f64.ln()).floor();
    let suffix = sizes[(e as usize).min(sizes.len() - 1)];
    let val = ((n as f64) / 1024f64.powf(e) * 10.0 + 0.5).floor() / 10.0;
    if val < 10.0 {
        format!("{val:.1}{suffix}")
    } else {
        format!("{val:.0}{suffix}")
    }
}

fn rps(count: usize, elapsed: Duration) -> i64 {
    (count as f64 / elapsed.as_secs_f64().max(1e-9)) as i64
}

/// The value at percentile `q` of sorted `v` (nearest rank, as an HDR histogram reports it).
fn percentile(v: &[Duration], q: f64) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((q / 100.0) * v.len() as f64).ceil() as usize;
    v[rank.clamp(1, v.len()) - 1]
}

fn median(v: &[Duration]) -> Duration {
    let l = v.len();
    if l.is_multiple_of(2) {
        (v[l / 2 - 1] + v[l / 2]) / 2
    } else {
        v[l / 2]
    }
}

/// Runs `nats latency`.
pub async fn run(global: GlobalOpts, args: LatencyArgs) -> anyhow::Result<ExitCode> {
    if args.histogram.is_some() {
        bail!("`nats latency --histogram` is not supported by rnats yet");
    }
    if args.size < 8 {
        bail!("message Payload Size must be at least 8 bytes");
    }
    if args.rate <= 0 {
        bail!("rate must be more than 0");
    }
    let start = Instant::now();
    let num_pubs = (args.duration.as_secs() as usize) * args.rate as usize;
    if num_pubs == 0 {
        bail!("the test duration must be at least one second");
    }
    let store = Store::from_env()?;
    let (settings, _) = global.effective(&store)?;
    let c1 = connect::connect_with(&settings, &global, None)
        .await
        .map_err(|e| anyhow::anyhow!("first connection failed: {e:#}"))?;
    let c2 = connect::connect_with(&settings, &global, Some(&args.server_b))
        .await
        .map_err(|e| anyhow::anyhow!("second connection failed: {e:#}"))?;
    log("==============================");
    let rtt = c1
        .client
        .rtt()
        .await
        .context("could not determin RTT for first connection")?;
    log(&format!("Pub Server RTT : {}", fmt_dur(rtt)));
    let rtt = c2
        .client
        .rtt()
        .await
        .context("could not determin RTT for second connection")?;
    log(&format!("Sub Server RTT : {}", fmt_dur(rtt)));

    let subject = c2.client.new_inbox();
    let mut sub = c2
        .client
        .subscribe(subject.clone())
        .await
        .context("subscribing on second connection failed")?;
    c2.client
        .flush()
        .await
        .context("could not flush second connection")?;
    // Interest may take a moment to reach the first server (a route): probe until it arrives.
    if c1.client.server_info().server_id != c2.client.server_info().server_id {
        let probe = c2.client.new_inbox();
        let mut ps = c2.client.subscribe(probe.clone()).await?;
        c2.client.flush().await?;
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            if Instant::now() > deadline {
                bail!("couldn't receive end-to-end test message");
            }
            c1.client.publish(probe.clone(), Bytes::new()).await?;
            if tokio::time::timeout(Duration::from_millis(10), ps.next())
                .await
                .is_ok()
            {
                break;
            }
        }
        let _ = ps.unsubscribe().await;
    }
    log(&format!("Message Payload: {}", byte_size(args.size)));
    log(&format!(
        "Target Duration: {}",
        duration_string(args.duration)
    ));
    log(&format!("Target Msgs/Sec: {}", args.rate));
    log(&format!(
        "Target Band/Sec: {}",
        byte_size(args.rate * args.size * 2)
    ));
    log("==============================");

    let receiver = tokio::spawn(async move {
        let mut durations = Vec::with_capacity(num_pubs);
        while durations.len() < num_pubs {
            let Some(m) = sub.next().await else { break };
            let mut sent = [0u8; 8];
            if m.payload.len() >= 8 {
                sent.copy_from_slice(&m.payload[..8]);
            }
            let sent = u64::from_le_bytes(sent);
            durations.push(Duration::from_nanos(unix_nanos().saturating_sub(sent)));
        }
        durations
    });

    let mut data = vec![0u8; args.size as usize];
    for b in data.iter_mut() {
        *b = fastrand::u8(..);
    }
    let mut delay = Duration::from_secs(1) / args.rate as u32;
    let pub_start = Instant::now();
    for i in 0..num_pubs {
        data[..8].copy_from_slice(&unix_nanos().to_le_bytes());
        if let Err(e) = c1
            .client
            .publish(subject.clone(), Bytes::copy_from_slice(&data))
            .await
        {
            log(&format!("Publishing failed: {e}"));
        }
        // natscli's crude throttle: 5% steps towards the target rate.
        let r = rps(i + 1, pub_start.elapsed());
        let adj = (delay / 20).max(Duration::from_nanos(1));
        if r < args.rate {
            delay = delay.saturating_sub(adj);
        } else if r > args.rate {
            delay += adj;
        }
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
    }
    let pub_dur = pub_start.elapsed();
    c1.client.flush().await?;
    let abort = receiver.abort_handle();
    let mut durations = match tokio::time::timeout(Duration::from_secs(10), receiver).await {
        Ok(d) => d.context("receiver failed")?,
        Err(_) => {
            abort.abort();
            bail!("not every message arrived within 10s of the last publish");
        }
    };
    let sub_dur = pub_start.elapsed();
    if durations.len() < num_pubs {
        bail!(
            "received {} of {num_pubs} messages before the connection closed",
            durations.len()
        );
    }
    durations.sort_unstable();
    log("HDR Percentiles:");
    for (label, q) in [
        ("10:      ", 10.0),
        ("50:      ", 50.0),
        ("75:      ", 75.0),
        ("90:      ", 90.0),
        ("99:      ", 99.0),
        ("99.9:    ", 99.9),
        ("99.99:   ", 99.99),
        ("99.999:  ", 99.999),
        ("99.9999: ", 99.9999),
        ("99.99999:", 99.99999),
        ("100:     ", 100.0),
    ] {
        log(&format!("{label} {}", fmt_dur(percentile(&durations, q))));
    }
    log("==============================");
    log(&format!("Actual Msgs/Sec: {}", rps(num_pubs, pub_dur)));
    log(&format!(
        "Actual Band/Sec: {}",
        byte_size(rps(num_pubs, pub_dur) * args.size * 2)
    ));
    log(&format!("Minimum Latency: {}", fmt_dur(durations[0])));
    log(&format!("Median Latency : {}", fmt_dur(median(&durations))));
    log(&format!(
        "Maximum Latency: {}",
        fmt_dur(durations[durations.len() - 1])
    ));
    log(&format!(
        "1st Sent Wall Time : {}",
        fmt_dur(pub_start.duration_since(start))
    ));
    log(&format!("Last Sent Wall Time: {}", fmt_dur(pub_dur)));
    log(&format!("Last Recv Wall Time: {}", fmt_dur(sub_dur)));
    c1.close().await;
    c2.close().await;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_percentiles_like_natscli() {
        assert_eq!(byte_size(8), "8B");
        assert_eq!(byte_size(16_000), "16K");
        assert_eq!(byte_size(8_000), "7.8K");
        let v: Vec<Duration> = (1..=100).map(Duration::from_micros).collect();
        assert_eq!(percentile(&v, 50.0), Duration::from_micros(50));
        assert_eq!(percentile(&v, 100.0), Duration::from_micros(100));
        assert_eq!(percentile(&v, 99.9999), Duration::from_micros(100));
        assert_eq!(median(&v), Duration::from_nanos(50_500));
        assert_eq!(fmt_dur(Duration::from_nanos(1_234_567)), "1.234ms");
    }
}
