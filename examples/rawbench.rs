//! A raw-socket publish/subscribe benchmark client: checks a server's delivery rate without the
//! rnats client in the path (`benches/compare.sh` uses `rnats bench`; see benches/README.md).
//!
//! `cargo run --release --example rawbench -- HOST:PORT MSGS SIZE SUBS`
//! One publisher pipelines `PUB bench.subject SIZE` frames in 64 KiB writes; SUBS subscriber
//! connections count every `MSG` exactly. Prints messages/second as seen by the subscribers
//! (first publish to last message received).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn arg<T: std::str::FromStr>(args: &[String], i: usize, default: T) -> T {
    args.get(i).and_then(|s| s.parse().ok()).unwrap_or(default)
}

fn handshake(addr: &str) -> std::io::Result<(TcpStream, BufReader<TcpStream>)> {
    let s = TcpStream::connect(addr)?;
    s.set_nodelay(true)?;
    let mut r = BufReader::with_capacity(256 * 1024, s.try_clone()?);
    let mut line = String::new();
    r.read_line(&mut line)?; // INFO
    let mut w = s.try_clone()?;
    w.write_all(b"CONNECT {\"verbose\":false,\"pedantic\":false,\"echo\":false}\r\n")?;
    Ok((s, r))
}

fn wait_pong(r: &mut BufReader<TcpStream>) -> std::io::Result<()> {
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line)? == 0 {
            return Err(std::io::Error::other("closed"));
        }
        if line.starts_with("PONG") {
            return Ok(());
        }
    }
}

/// Counts `MSG` frames until `n` have arrived.
fn count(mut r: BufReader<TcpStream>, n: u64) -> std::io::Result<Instant> {
    let mut got = 0u64;
    let mut line = Vec::with_capacity(128);
    let mut skip = vec![0u8; 64 * 1024];
    while got < n {
        line.clear();
        if r.read_until(b'\n', &mut line)? == 0 {
            return Err(std::io::Error::other("closed"));
        }
        if line.starts_with(b"MSG ") {
            let text = std::str::from_utf8(&line).map_err(std::io::Error::other)?;
            let size: usize = text
                .split_whitespace()
                .last()
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| std::io::Error::other("bad MSG line"))?;
            let mut left = size + 2;
            while left > 0 {
                let k = left.min(skip.len());
                r.read_exact(&mut skip[..k])?;
                left -= k;
            }
            got += 1;
        } else if line.starts_with(b"PING") {
            r.get_mut().write_all(b"PONG\r\n")?;
        }
    }
    Ok(Instant::now())
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let addr: String = arg(&args, 1, "127.0.0.1:4222".to_string());
    let msgs: u64 = arg(&args, 2, 1_000_000);
    let size: usize = arg(&args, 3, 16);
    let subs: usize = arg(&args, 4, 1);

    let mut handles = Vec::new();
    for i in 0..subs {
        let (mut s, mut r) = handshake(&addr)?;
        s.write_all(format!("SUB bench.subject {}\r\nPING\r\n", i + 1).as_bytes())?;
        wait_pong(&mut r)?;
        handles.push(std::thread::spawn(move || count(r, msgs)));
    }
    let (mut p, mut pr) = handshake(&addr)?;
    let payload = vec![b'x'; size];
    let mut frame = format!("PUB bench.subject {size}\r\n").into_bytes();
    frame.extend_from_slice(&payload);
    frame.extend_from_slice(b"\r\n");
    let per_write = (64 * 1024 / frame.len()).max(1);
    let chunk: Vec<u8> = frame.repeat(per_write);
    let start = Instant::now();
    let mut sent = 0u64;
    while sent < msgs {
        let k = (msgs - sent).min(per_write as u64) as usize;
        p.write_all(&chunk[..k * frame.len()])?;
        sent += k as u64;
    }
    p.write_all(b"PING\r\n")?;
    wait_pong(&mut pr)?;
    let pub_elapsed = start.elapsed();
    let mut last = start;
    for h in handles {
        let t = h
            .join()
            .map_err(|_| std::io::Error::other("subscriber thread panicked"))??;
        last = last.max(t);
    }
    let elapsed = last.duration_since(start).max(Duration::from_micros(1));
    println!(
        "msgs={msgs} size={size} subs={subs} publish_rate={:.0} msgs/s delivered_rate={:.0} msgs/s elapsed={:.3}s",
        msgs as f64 / pub_elapsed.as_secs_f64(),
        (msgs * subs as u64) as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64()
    );
    Ok(())
}
