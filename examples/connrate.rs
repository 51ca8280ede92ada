//! Authenticated connections per second: how fast a server admits clients.
//!
//! `cargo run --release --example connrate -- HOST:PORT CONNS THREADS [CONNECT_JSON]`
//! Each of THREADS threads opens CONNS/THREADS connections one after another: read INFO, send
//! CONNECT (default `{"verbose":false,"user":"bench","pass":"bench"}`) and PING, wait for PONG
//! (the server has authenticated the client by then), close. Prints connections/second over
//! the whole run and counts failures (a `-ERR` instead of `PONG`).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Instant;

fn one(addr: &str, connect: &str) -> std::io::Result<bool> {
    let s = TcpStream::connect(addr)?;
    s.set_nodelay(true)?;
    let mut r = BufReader::new(s.try_clone()?);
    let mut line = String::new();
    r.read_line(&mut line)?; // INFO
    let mut w = s;
    w.write_all(format!("CONNECT {connect}\r\nPING\r\n").as_bytes())?;
    loop {
        line.clear();
        if r.read_line(&mut line)? == 0 {
            return Ok(false);
        }
        if line.starts_with("PONG") {
            return Ok(true);
        }
        if line.starts_with("-ERR") {
            return Ok(false);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let addr = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "127.0.0.1:4222".into());
    let conns: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5000);
    let threads: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(4).max(1);
    let connect = args
        .get(4)
        .cloned()
        .unwrap_or_else(|| r#"{"verbose":false,"user":"bench","pass":"bench"}"#.into());
    let start = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (addr, connect) = (addr.clone(), connect.clone());
            std::thread::spawn(move || {
                let mut failed = 0usize;
                for _ in 0..conns / threads {
                    if !matches!(one(&addr, &connect), Ok(true)) {
                        failed += 1;
                    }
                }
                failed
            })
        })
        .collect();
    let failed: usize = handles
        .into_iter()
        .map(|h| h.join().unwrap_or(usize::MAX))
        .sum();
    let secs = start.elapsed().as_secs_f64();
    let done = conns / threads * threads;
    println!(
        "{done} connections in {secs:.2}s: {:.0} conn/s, {failed} failed",
        done as f64 / secs
    );
}
