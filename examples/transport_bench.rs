//! Throughput and handshake rate over TLS and WebSocket, with async-nats (a client that is
//! neither rnats' nor nats-server's), for `benches/transports.sh`.
//!
//! ```text
//! transport_bench certs DIR                       write ca.pem, cert.pem, key.pem (rcgen)
//! transport_bench pubsub URL SIZE MSGS [CA]       1 publisher -> 1 subscriber, msgs/s delivered
//! transport_bench connect URL N [CA]              N connect + flush + close in a row, conn/s
//! ```
//! URLs are `nats://`, `tls://` or `ws://`/`wss://`; CA trusts the server certificate.

use std::time::{Duration, Instant};

use futures::StreamExt;

fn options(ca: Option<&String>, url: &str) -> async_nats::ConnectOptions {
    let mut o = async_nats::ConnectOptions::new();
    if let Some(ca) = ca {
        o = o.add_root_certificates(ca.into());
        if url.starts_with("tls://") {
            o = o.require_tls(true);
        }
    }
    o
}

fn certs(dir: &str) {
    let ca_key = rcgen::KeyPair::generate().expect("key");
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(rcgen::DnType::CommonName, "bench CA");
    let ca_pem = ca.self_signed(&ca_key).expect("ca").pem();
    let issuer = rcgen::Issuer::new(ca, ca_key);
    let key = rcgen::KeyPair::generate().expect("key");
    let leaf = rcgen::CertificateParams::new(vec!["localhost".into(), "127.0.0.1".into()])
        .expect("params")
        .signed_by(&key, &issuer)
        .expect("leaf");
    let dir = std::path::Path::new(dir);
    std::fs::write(dir.join("ca.pem"), ca_pem).expect("write");
    std::fs::write(dir.join("cert.pem"), leaf.pem()).expect("write");
    std::fs::write(dir.join("key.pem"), key.serialize_pem()).expect("write");
}

async fn pubsub(url: &str, size: usize, msgs: usize, ca: Option<&String>) {
    let sub_client = options(ca, url).connect(url).await.expect("connect sub");
    let pub_client = options(ca, url).connect(url).await.expect("connect pub");
    let mut sub = sub_client.subscribe("bench.t").await.expect("subscribe");
    sub_client.flush().await.expect("flush");
    // A no-responders request makes sure the server has the subscription.
    let _ = pub_client.request("bench.sync.none", "".into()).await;
    let payload = bytes::Bytes::from(vec![b'x'; size]);
    let start = Instant::now();
    let publisher = tokio::spawn(async move {
        for _ in 0..msgs {
            pub_client
                .publish("bench.t", payload.clone())
                .await
                .expect("publish");
        }
        pub_client.flush().await.expect("flush");
        pub_client
    });
    let mut got = 0usize;
    while got < msgs {
        match tokio::time::timeout(Duration::from_secs(10), sub.next()).await {
            Ok(Some(_)) => got += 1,
            _ => break,
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let _ = publisher.await;
    println!(
        "{got} of {msgs} msgs of {size} B in {secs:.3}s: {:.0} msgs/s",
        got as f64 / secs
    );
}

async fn connect(url: &str, n: usize, ca: Option<&String>) {
    let start = Instant::now();
    let mut failed = 0;
    for _ in 0..n {
        match options(ca, url).connect(url).await {
            Ok(c) => {
                if c.flush().await.is_err() {
                    failed += 1;
                }
                drop(c);
            }
            Err(_) => failed += 1,
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{n} connections in {secs:.2}s: {:.0} conn/s, {failed} failed",
        n as f64 / secs
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    match arg(1).as_str() {
        "certs" => certs(&arg(2)),
        "pubsub" => {
            let size = arg(3).parse().unwrap_or(16);
            let msgs = arg(4).parse().unwrap_or(100_000);
            pubsub(&arg(2), size, msgs, args.get(5)).await
        }
        "connect" => connect(&arg(2), arg(3).parse().unwrap_or(1000), args.get(4)).await,
        _ => {
            eprintln!(
                "usage: transport_bench certs DIR | pubsub URL SIZE MSGS [CA] | connect URL N [CA]"
            );
            std::process::exit(2);
        }
    }
}
