//! `nats object` end to end (issue 13): the real binary against rnats and the reference
//! nats-server (twins).
//!
//! - [`object_commands`]: add, put (file and stdin), info, ls, watch, get, del, seal, rm, with
//!   natscli's outputs and errors.
//! - [`object_big_round_trip`]: a 50 MiB binary file put and got back byte for byte, its
//!   digest checked against an independent SHA-256 and async-nats' reading of it; an object
//!   put by async-nats is got by the CLI.
//! - [`object_corrupt_chunk`]: a chunk replaced by garbage of the same size makes `get` fail
//!   with the digest error and leave no output file; a missing chunk fails it too.
//! - [`object_links_and_meta`]: links (read by the CLI and async-nats) and renames through
//!   the protocol crate's API.

use std::path::Path;

use bytes::Bytes;
use sha2::Digest as _;
use tokio::io::AsyncReadExt as _;

use crate::cli_kv::{nats, nats_in, start_js};
use crate::util::{server_test, Kind};

/// Deterministic pseudo-random bytes (xorshift), not compressible, every byte value.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

fn sha256_hex(data: &[u8]) -> String {
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

async fn object_commands(kind: Kind) {
    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    let run = |args: &[&str]| nats(d, &url, args);

    let info = run(&["object", "add", "FILES", "--description", "files"])
        .ok()
        .text();
    assert!(
        info.starts_with("Information for Object Store Bucket FILES created "),
        "{info}"
    );
    for line in [
        "Bucket Name: FILES",
        "Description: files",
        "Replicas: 1",
        "TTL: unlimited",
        "Sealed: false",
        "Size: 0 B",
        "Backing Store Kind: JetStream",
        "JetStream Stream: OBJ_FILES",
    ] {
        assert!(info.contains(line), "{line} missing in\n{info}");
    }

    let data = noise(300_000, 7);
    std::fs::write(d.join("data.bin"), &data).expect("write");
    let put = run(&["obj", "put", "FILES", "data.bin", "--chunk-size", "65536"])
        .ok()
        .text();
    assert!(
        put.contains("Object information for FILES > data.bin"),
        "{put}"
    );
    assert!(put.contains("Size: 293 KiB"), "{put}");
    assert!(put.contains("Chunks: 5"), "{put}");
    assert!(
        put.contains(&format!("Digest: SHA-256 {}", sha256_hex(&data))),
        "{put}"
    );
    // Replacing needs -f without a terminal.
    let e = run(&["obj", "put", "FILES", "data.bin"]);
    assert_eq!(e.code, 1);
    assert!(e.stderr.contains("-f"), "{}", e.stderr);
    // From stdin a name is required.
    let e = nats_in(d, &url, &["obj", "put", "FILES"], b"x");
    assert_eq!(
        (e.code, e.stderr.trim()),
        (1, "nats: error: --name is required when reading from stdin")
    );
    nats_in(
        d,
        &url,
        &["obj", "put", "FILES", "--name", "dir/greeting", "-H", "A:1"],
        b"hello\n",
    )
    .ok();
    let nfo = run(&["obj", "info", "FILES", "dir/greeting"]).ok().text();
    assert!(
        nfo.contains("Size: 6 B") && nfo.contains("Headers: A: 1"),
        "{nfo}"
    );

    let mut names: Vec<String> = run(&["obj", "ls", "FILES", "--names"])
        .ok()
        .text()
        .lines()
        .map(str::to_string)
        .collect();
    names.sort();
    assert_eq!(names, ["data.bin", "dir/greeting"]);
    let ls = run(&["obj", "ls", "FILES"]).ok().text();
    assert!(
        ls.contains("Bucket Contents") && ls.contains("│ data.bin "),
        "{ls}"
    );
    let buckets = run(&["obj", "ls"]).ok().text();
    assert!(
        buckets.contains("Object Store Buckets") && buckets.contains("│ FILES "),
        "{buckets}"
    );

    // get writes the base name into the working directory, or -O.
    let out_dir = d.join("out");
    std::fs::create_dir(&out_dir).expect("mkdir");
    let got = nats(&out_dir, &url, &["obj", "get", "FILES", "dir/greeting"])
        .ok()
        .text();
    assert!(got.starts_with("Wrote: 6 B to "), "{got}");
    assert_eq!(
        std::fs::read(out_dir.join("greeting")).expect("read"),
        b"hello\n"
    );
    let e = nats(&out_dir, &url, &["obj", "get", "FILES", "dir/greeting"]);
    assert_eq!(e.code, 1, "an existing file is replaced only with -f");
    let target = out_dir.join("copy.bin");
    run(&[
        "obj",
        "get",
        "FILES",
        "data.bin",
        "-O",
        target.to_str().expect("utf-8"),
    ])
    .ok();
    assert!(std::fs::read(&target).expect("read") == data);

    // Delete marks the object deleted.
    run(&["obj", "del", "FILES", "dir/greeting", "-f"]).ok();
    let e = run(&["obj", "get", "FILES", "dir/greeting", "-f"]);
    assert_eq!(
        (e.code, e.stderr.trim()),
        (1, "nats: error: nats: object not found")
    );
    assert_eq!(run(&["obj", "ls", "FILES", "-n"]).ok().text(), "data.bin\n");

    // watch shows the history of metas: two puts and the delete.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_rnats"))
        .args(["-s", &url, "obj", "watch", "FILES"])
        .env("HOME", d)
        .env("XDG_CONFIG_HOME", d)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("watch");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead as _;
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    for _ in 0..2 {
        lines.push(
            rx.recv_timeout(std::time::Duration::from_secs(10))
                .expect("watch line"),
        );
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        lines[0].ends_with("PUT FILES > data.bin: 293 KiB bytes in 5 chunks"),
        "{lines:?}"
    );
    assert!(lines[1].ends_with("DEL FILES > dir/greeting"), "{lines:?}");

    // Sealed buckets refuse writes.
    let sealed = run(&["obj", "seal", "FILES", "-f"]).ok().text();
    assert!(sealed.starts_with("FILES has been sealed\n"), "{sealed}");
    assert!(sealed.contains("Sealed: true"), "{sealed}");
    let e = nats_in(d, &url, &["obj", "put", "FILES", "--name", "n", "-f"], b"x");
    assert_eq!(e.code, 1);
    assert!(e.stderr.contains("sealed"), "{}", e.stderr);

    let e = run(&["obj", "info", "NOPE"]);
    assert_eq!(
        (e.code, e.stderr.trim()),
        (1, "nats: error: nats: bucket not found")
    );
    run(&["obj", "rm", "FILES", "-f"]).ok();
    assert_eq!(
        run(&["obj", "ls"]).ok().text(),
        "No Object Store buckets found\n"
    );
}
server_test!(object_commands => object_commands_rnats, object_commands_reference);

async fn object_big_round_trip(kind: Kind) {
    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    let data = noise(50 * 1024 * 1024, 42);
    let want = sha256_hex(&data);
    let src = d.join("big.bin");
    std::fs::write(&src, &data).expect("write");
    nats(d, &url, &["obj", "add", "BIG"]).ok();
    let put = nats(d, &url, &["obj", "put", "BIG", "big.bin", "--no-progress"])
        .ok()
        .text();
    assert!(
        put.contains("Size: 50 MiB") && put.contains("Chunks: 400"),
        "{put}"
    );
    assert!(put.contains(&format!("Digest: SHA-256 {want}")), "{put}");

    let out = d.join("back.bin");
    nats(
        d,
        &url,
        &[
            "obj",
            "get",
            "BIG",
            "big.bin",
            "-O",
            out.to_str().expect("utf-8"),
        ],
    )
    .ok();
    let back = std::fs::read(&out).expect("read");
    assert!(back.len() == data.len() && back == data, "50 MiB differ");
    drop(back);

    // async-nats reads what the CLI wrote, and the CLI reads what async-nats wrote.
    let js = async_nats::jetstream::new(s.client().await);
    let store = js.get_object_store("BIG").await.expect("bucket");
    let mut obj = store.get("big.bin").await.expect("get");
    let mut buf = Vec::with_capacity(data.len());
    obj.read_to_end(&mut buf).await.expect("read");
    assert!(buf == data, "async-nats read differs");
    drop(buf);
    let small = noise(1_000_000, 9);
    store
        .put("from-rust", &mut small.as_slice())
        .await
        .expect("put");
    let out = d.join("small.bin");
    nats(
        d,
        &url,
        &[
            "obj",
            "get",
            "BIG",
            "from-rust",
            "-O",
            out.to_str().expect("utf-8"),
        ],
    )
    .ok();
    assert!(std::fs::read(&out).expect("read") == small);
    let nfo = nats(d, &url, &["obj", "info", "BIG", "from-rust"])
        .ok()
        .text();
    assert!(
        nfo.contains(&format!("Digest: SHA-256 {}", sha256_hex(&small))),
        "{nfo}"
    );
}
server_test!(object_big_round_trip => object_big_round_trip_rnats, object_big_round_trip_reference);

async fn object_corrupt_chunk(kind: Kind) {
    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    let data = noise(4 * 128 * 1024, 3);
    std::fs::write(d.join("f.bin"), &data).expect("write");
    nats(d, &url, &["obj", "add", "C"]).ok();
    nats(d, &url, &["obj", "put", "C", "f.bin"]).ok();

    // Replace the second chunk with garbage of the same size, at the end of the stream.
    let js = async_nats::jetstream::new(s.client().await);
    let store = js.get_object_store("C").await.expect("bucket");
    let nuid = store.info("f.bin").await.expect("info").nuid;
    let stream = js.get_stream("OBJ_C").await.expect("stream");
    let first = stream.get_raw_message(1).await.expect("first chunk");
    assert_eq!(first.subject.as_str(), format!("$O.C.C.{nuid}"));
    assert!(stream.delete_message(2).await.expect("delete"));
    js.publish(format!("$O.C.C.{nuid}"), Bytes::from(vec![0u8; 128 * 1024]))
        .await
        .expect("publish")
        .await
        .expect("ack");

    let out = d.join("out.bin");
    let e = nats(
        d,
        &url,
        &[
            "obj",
            "get",
            "C",
            "f.bin",
            "-O",
            out.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(e.code, 1);
    assert_eq!(
        e.stderr.trim(),
        "nats: error: nats: received a corrupt object, digests do not match"
    );
    assert!(!Path::new(&out).exists(), "a corrupt object leaves no file");

    // A chunk missing altogether: the get ends when its pull expires.
    assert!(stream.delete_message(3).await.expect("delete"));
    let e = nats(
        d,
        &url,
        &[
            "--timeout",
            "1s",
            "obj",
            "get",
            "C",
            "f.bin",
            "-O",
            out.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(e.code, 1);
    assert_eq!(
        e.stderr.trim(),
        "nats: error: nats: received a corrupt object: only 3 of 4 chunks stored"
    );
    assert!(!Path::new(&out).exists(), "a short object leaves no file");
}
server_test!(object_corrupt_chunk => object_corrupt_chunk_rnats, object_corrupt_chunk_reference);

async fn object_links_and_meta(kind: Kind) {
    use rnats_proto::jetstream::object::{self as pobj, ObjectMeta, ObjectStoreConfig};

    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    let client =
        rnats_proto::client::connect(rnats_proto::client::ConnectOptions::with_server(&url))
            .await
            .expect("connect");
    let js = rnats_proto::jetstream::JetStream::new(client);
    let store = pobj::create_bucket(&js, &ObjectStoreConfig::new("L"))
        .await
        .expect("bucket");
    let data = noise(200_000, 5);
    let meta = ObjectMeta {
        name: "orig".into(),
        ..ObjectMeta::default()
    };
    let info = store
        .put(meta, &mut data.as_slice(), |_| {})
        .await
        .expect("put");
    store.add_link("alias", &info).await.expect("link");
    // A link reads as its target, through the CLI too.
    let mut out = Vec::new();
    store.get("alias", &mut out, |_| {}).await.expect("get");
    assert!(out == data);
    let target = d.join("alias.bin");
    nats(
        d,
        &url,
        &[
            "obj",
            "get",
            "L",
            "alias",
            "-O",
            target.to_str().expect("utf-8"),
        ],
    )
    .ok();
    assert!(std::fs::read(&target).expect("read") == data);
    // Links to links are refused; async-nats follows our link.
    let link = store.info("alias").await.expect("info");
    assert!(store.add_link("again", &link).await.is_err());
    let ajs = async_nats::jetstream::new(s.client().await);
    let astore = ajs.get_object_store("L").await.expect("bucket");
    let mut obj = astore.get("alias").await.expect("get");
    let mut buf = Vec::new();
    obj.read_to_end(&mut buf).await.expect("read");
    assert!(buf == data, "async-nats reads through the link");

    // Renaming keeps the data under the new name only.
    let renamed = ObjectMeta {
        name: "renamed".into(),
        description: "moved".into(),
        ..ObjectMeta::default()
    };
    store.update_meta("orig", renamed).await.expect("rename");
    assert!(matches!(
        store.info("orig").await,
        Err(pobj::ObjectError::ObjectNotFound)
    ));
    let nfo = nats(d, &url, &["obj", "info", "L", "renamed"]).ok().text();
    assert!(
        nfo.contains("Description: moved") && nfo.contains("Size: 195 KiB"),
        "{nfo}"
    );
}
server_test!(object_links_and_meta => object_links_and_meta_rnats, object_links_and_meta_reference);
