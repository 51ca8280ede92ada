//! File-store tests beyond the shared suite: recovery from torn tails, bit flips and garbage
//! files, rollover and compaction across reopen, group commit under concurrency, the interval
//! sync policy, erase, the meta file, and a real crash (`kill -9` of a child process).

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;

use super::record::{self, SEG_HEADER_LEN};
use super::*;
use crate::jetstream::store::{PurgeRequest, StoreConfig};

fn cfg(dir: &Path, segment_size: u64) -> FileStoreConfig {
    FileStoreConfig {
        segment_size,
        ..FileStoreConfig::new(dir)
    }
}

fn open(dir: &Path, segment_size: u64) -> FileStore {
    FileStore::open(cfg(dir, segment_size)).expect("open")
}

fn put(s: &FileStore, subject: &str, payload: &[u8]) -> u64 {
    s.store_msg(NewMsg {
        subject: subject.into(),
        payload: Bytes::copy_from_slice(payload),
        ts: Some(1),
        ..NewMsg::default()
    })
    .wait()
    .expect("store")
    .seq
}

fn close(s: FileStore) {
    s.stop().wait().expect("stop");
}

fn segment_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir.join(MSGS_DIR))
        .expect("list")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == SEG_EXT))
        .collect();
    v.sort();
    v
}

/// Offsets and sequences of the valid records of a segment file.
fn records(path: &Path) -> Vec<(usize, record::Record)> {
    let data = fs::read(path).expect("read");
    let h = record::SegHeader::decode(&data).expect("header");
    let mut out = Vec::new();
    let mut pos = SEG_HEADER_LEN;
    while let Ok(r) = record::decode(&data[pos..], h.salt) {
        let len = r.len;
        out.push((pos, r));
        pos += len;
    }
    out
}

fn flip_bit(path: &Path, offset: usize) {
    let mut data = fs::read(path).expect("read");
    data[offset] ^= 0x04;
    fs::write(path, data).expect("write");
}

#[test]
fn torn_tail_at_every_offset_of_the_last_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for i in 1..=5u8 {
        put(&s, "t", &[i; 50]);
    }
    close(s);
    let seg = segment_files(dir.path()).remove(0);
    let original = fs::read(&seg).expect("read");
    let (last_off, last) = records(&seg).pop().expect("records");
    // Cuts inside the last record (after it come zeros reserved ahead of the log).
    for cut in last_off..last_off + last.len {
        fs::write(&seg, &original[..cut]).expect("cut");
        let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
        let st = s.state();
        assert_eq!((st.msgs, st.last_seq), (4, 4), "cut at {cut}");
        for seq in 1..=4u8 {
            assert_eq!(
                &s.load_msg(u64::from(seq)).expect("load").payload[..],
                &[seq; 50]
            );
        }
        let torn = s
            .damage()
            .entries
            .iter()
            .any(|d| d.kind == DamageKind::TornTail);
        assert_eq!(torn, cut > last_off, "cut at {cut}");
        assert!(s.damage().lost().next().is_none(), "cut at {cut}");
        close(s);
        assert_eq!(fs::metadata(&seg).expect("meta").len() as usize, last_off);
    }
    // Appends continue cleanly after the repaired tail.
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert_eq!(put(&s, "t", b"again"), 5);
    close(s);
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert!(s.damage().is_empty());
    assert_eq!(&s.load_msg(5).expect("load").payload[..], b"again");
}

#[test]
fn bit_flip_in_a_middle_record_is_reported_and_not_served() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for i in 1..=20u8 {
        put(&s, &format!("f.{}", i % 2), &[i; 30]);
    }
    close(s);
    let seg = segment_files(dir.path()).remove(0);
    let (off, r) = records(&seg)
        .into_iter()
        .find(|(_, r)| r.seq == 10)
        .expect("record 10");
    flip_bit(&seg, off + r.payload.start + 3);
    for _ in 0..2 {
        let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
        let d = s.damage();
        assert_eq!(d.entries.len(), 1, "{d:?}");
        assert_eq!(d.entries[0].kind, DamageKind::Corrupt);
        assert_eq!(d.entries[0].seqs, Some((10, 10)));
        assert_eq!(d.entries[0].offset as usize, off);
        assert!(matches!(s.load_msg(10), Err(StoreError::NotFound)));
        for seq in (1..=20u8).filter(|&q| q != 10) {
            assert_eq!(
                &s.load_msg(u64::from(seq)).expect("load").payload[..],
                &[seq; 30]
            );
        }
        assert_eq!(s.state().msgs, 19);
        assert_eq!(s.state().last_seq, 20);
        close(s);
    }
    // The damaged bytes were left in place, and writing goes on after them.
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert_eq!(put(&s, "f.0", b"more"), 21);
    close(s);
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert_eq!(s.damage().entries.len(), 1);
    assert_eq!(s.state().msgs, 20);
}

#[test]
fn damage_at_the_end_of_a_sealed_segment_is_corruption_not_a_torn_tail() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), 4096);
    for i in 0..200u32 {
        put(&s, "sealed", &i.to_le_bytes().repeat(20));
    }
    close(s);
    let files = segment_files(dir.path());
    assert!(files.len() >= 3, "{files:?}");
    let first = &files[0];
    let (off, r) = records(first)
        .into_iter()
        .rfind(|(_, r)| r.kind == record::Kind::Msg)
        .expect("records");
    flip_bit(first, off + 9);
    let before = fs::metadata(first).expect("meta").len();
    let s = open(dir.path(), 4096);
    let d = s.damage();
    assert_eq!(d.entries.len(), 1, "{d:?}");
    assert_eq!(d.entries[0].kind, DamageKind::Corrupt);
    assert_eq!(d.entries[0].seqs, Some((r.seq, r.seq)));
    assert!(matches!(s.load_msg(r.seq), Err(StoreError::NotFound)));
    assert_eq!(s.state().msgs, 199);
    close(s);
    assert_eq!(
        fs::metadata(first).expect("meta").len(),
        before,
        "sealed segment untouched"
    );
}

#[test]
fn damage_found_on_read_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for i in 1..=10u8 {
        put(&s, "r", &[i; 16]);
    }
    let seg = segment_files(dir.path()).remove(0);
    let (off, _) = records(&seg)
        .into_iter()
        .find(|(_, r)| r.seq == 3)
        .expect("record 3");
    // Damage the file under the running store (another handle, same page cache).
    let f = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&seg)
        .expect("open");
    let mut b = [0u8; 1];
    f.read_exact_at(&mut b, (off + 40) as u64).expect("read");
    b[0] ^= 1;
    f.write_all_at(&b, (off + 40) as u64).expect("write");
    assert!(matches!(s.load_msg(3), Err(StoreError::Corrupt { seq: 3 })));
    assert!(matches!(
        s.load_next_msg(">", 3),
        Err(StoreError::Corrupt { seq: 3 })
    ));
    assert_eq!(s.load_next_msg(">", 4).expect("next").seq, 4);
    let d = s.damage();
    assert_eq!(d.entries.len(), 1);
    assert_eq!(d.entries[0].seqs, Some((3, 3)));
}

#[test]
fn zero_length_newest_segment_is_an_interrupted_creation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for i in 1..=3u8 {
        put(&s, "z", &[i]);
    }
    close(s);
    let stray = dir.path().join(MSGS_DIR).join(seg_name(4));
    fs::write(&stray, b"").expect("create");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert!(!stray.exists());
    assert_eq!(s.state().msgs, 3);
    assert!(s.damage().lost().next().is_none());
    assert_eq!(put(&s, "z", b"4"), 4);
}

#[test]
fn garbage_segment_is_skipped_and_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), 4096);
    for i in 0..200u32 {
        put(&s, "g", &i.to_le_bytes().repeat(20));
    }
    close(s);
    let files = segment_files(dir.path());
    assert!(files.len() >= 4, "{files:?}");
    let victim = &files[1];
    let lost: Vec<u64> = records(victim).iter().map(|(_, r)| r.seq).collect();
    let garbage: Vec<u8> = (0..3000u32).map(|i| (i * 7 + 3) as u8).collect();
    fs::write(victim, garbage).expect("garbage");
    let s = open(dir.path(), 4096);
    let d = s.damage();
    assert_eq!(d.entries.len(), 1, "{d:?}");
    assert_eq!(d.entries[0].kind, DamageKind::BadSegment);
    let (a, b) = d.entries[0].seqs.expect("bounded");
    assert_eq!((a, b), (lost[0], *lost.last().expect("some")));
    for seq in 1..=200 {
        let r = s.load_msg(seq);
        if lost.contains(&seq) {
            assert!(matches!(r, Err(StoreError::NotFound)), "{seq}");
        } else {
            assert_eq!(r.expect("load").seq, seq);
        }
    }
    assert_eq!(put(&s, "g", b"next"), 201);
    close(s);
    assert!(victim.exists(), "damaged data is never deleted");
}

#[test]
fn header_damage_never_truncates_the_newest_segment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for i in 1..=10u8 {
        put(&s, "h", &[i; 8]);
    }
    close(s);
    let seg = segment_files(dir.path()).remove(0);
    let len = fs::metadata(&seg).expect("meta").len();
    // A flip in the header's reserved bytes: the salt still verifies the records.
    flip_bit(&seg, 44);
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    let d = s.damage();
    assert_eq!(d.entries.len(), 1, "{d:?}");
    assert_eq!(
        (d.entries[0].kind, d.entries[0].offset, d.entries[0].seqs),
        (DamageKind::Corrupt, 0, None)
    );
    assert_eq!(s.state().msgs, 10);
    close(s);
    assert_eq!(fs::metadata(&seg).expect("meta").len(), len);
    // A flip in the salt: no record verifies; the segment is reported, kept, and writing
    // continues in a new segment above it.
    flip_bit(&seg, 44);
    flip_bit(&seg, 33);
    for round in 0..2 {
        let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
        let d = s.damage();
        let bad = d
            .entries
            .iter()
            .find(|e| e.kind == DamageKind::BadSegment)
            .expect("reported");
        // The lost range covers every sequence the segment could have held.
        let (a, b) = bad.seqs.expect("bounded");
        assert!(a == 1 && b >= 10, "{bad:?}");
        assert_eq!(s.state().msgs, round);
        assert!(matches!(s.load_msg(3), Err(StoreError::NotFound)));
        let seq = put(&s, "h", b"new");
        assert!(seq > b, "{seq} must not reuse a possibly lost sequence");
        close(s);
        assert_eq!(fs::metadata(&seg).expect("meta").len(), len);
    }
}

#[test]
fn rollover_and_compaction_survive_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), 4096);
    for i in 0..300u32 {
        put(&s, &format!("c.{}", i % 4), &i.to_le_bytes().repeat(25));
    }
    let mut sealed = segment_files(dir.path());
    sealed.pop();
    assert!(sealed.len() >= 10, "{sealed:?}");
    let size_of = |files: &[PathBuf]| -> u64 {
        files
            .iter()
            .filter_map(|p| fs::metadata(p).ok())
            .map(|m| m.len())
            .sum()
    };
    let bytes_before = size_of(&sealed);
    // Remove most of the first 250: sealed segments go sparse and get compacted (the removal
    // records go to the active segment).
    for seq in 1..=250u64 {
        if seq % 10 != 0 {
            assert!(s.remove_msg(seq).wait().expect("remove"));
        }
    }
    s.sync().wait().expect("sync");
    let bytes_after = size_of(&sealed);
    assert!(
        bytes_after < bytes_before / 2,
        "{bytes_after} vs {bytes_before}"
    );
    let state = s.state();
    let kept: Vec<StoredMsg> = (1..=300).filter_map(|q| s.load_msg(q).ok()).collect();
    assert_eq!(kept.len(), 25 + 50);
    close(s);
    let s = open(dir.path(), 4096);
    assert!(s.damage().is_empty(), "{:?}", s.damage());
    assert_eq!(s.state(), state);
    let again: Vec<StoredMsg> = (1..=300).filter_map(|q| s.load_msg(q).ok()).collect();
    assert_eq!(again, kept);
    // A full purge deletes every sealed segment.
    assert_eq!(s.purge(PurgeRequest::default()).wait().expect("purge"), 75);
    // Segment maintenance runs after a batch's acks; the next command observes it.
    s.sync().wait().expect("sync");
    assert_eq!(segment_files(dir.path()).len(), 1);
    put(&s, "c.0", b"after purge");
    close(s);
    let s = open(dir.path(), 4096);
    let st = s.state();
    assert_eq!((st.msgs, st.first_seq, st.last_seq), (1, 301, 301));
}

#[test]
fn group_commit_under_concurrency() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Arc::new(open(dir.path(), DEFAULT_SEGMENT_SIZE));
    let threads = 8;
    let per_thread = 200;
    let burst = 10;
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let s = s.clone();
            std::thread::spawn(move || {
                let mut acked = Vec::new();
                for b in 0..per_thread / burst {
                    let pending: Vec<_> = (0..burst)
                        .map(|i| {
                            let payload = format!("t{t}-{}", b * burst + i);
                            let c = s.store_msg(NewMsg::new(format!("gc.{t}"), payload.clone()));
                            (payload, c)
                        })
                        .collect();
                    for (payload, c) in pending {
                        acked.push((c.wait().expect("ack").seq, payload));
                    }
                }
                acked
            })
        })
        .collect();
    let mut acked: Vec<(u64, String)> = handles
        .into_iter()
        .flat_map(|h| h.join().expect("thread"))
        .collect();
    acked.sort();
    let total = (threads * per_thread) as u64;
    assert_eq!(
        acked.iter().map(|(q, _)| *q).collect::<Vec<_>>(),
        (1..=total).collect::<Vec<_>>()
    );
    let stats = s.stats();
    assert_eq!(stats.records, total);
    assert!(
        stats.fsyncs < total,
        "{stats:?}: group commit should share fsyncs"
    );
    assert!(stats.fsyncs >= 1);
    let s = Arc::into_inner(s).expect("sole owner");
    close(s);
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for (seq, payload) in acked {
        assert_eq!(s.load_msg(seq).expect("load").payload, Bytes::from(payload));
    }
}

/// `store_msg_then` calls back on the writer thread after the covering fsync, in order, and
/// tells the last callback of each commit so (the moment the stream hands its PubAcks over).
#[test]
fn store_msg_then_calls_back_in_order_after_the_fsync() {
    use std::sync::mpsc;
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    let stats = s.stats.clone();
    let before = stats.fsyncs.load(std::sync::atomic::Ordering::SeqCst);
    let (tx, rx) = mpsc::channel();
    let n = 2_000u64;
    for i in 0..n {
        let (tx, stats) = (tx.clone(), stats.clone());
        s.store_msg_then(
            NewMsg::new("cb", i.to_string()),
            Box::new(move |r, last| {
                let fsyncs = stats.fsyncs.load(std::sync::atomic::Ordering::SeqCst);
                let _ = tx.send((
                    r.map(|st| st.seq),
                    last,
                    fsyncs,
                    std::thread::current().id(),
                ));
            }),
        );
    }
    let got: Vec<_> = (0..n)
        .map(|_| rx.recv_timeout(Duration::from_secs(30)).expect("callback"))
        .collect();
    let main = std::thread::current().id();
    assert_eq!(
        got.iter()
            .map(|g| g.0.clone().expect("stored"))
            .collect::<Vec<_>>(),
        (1..=n).collect::<Vec<_>>()
    );
    assert!(
        got.iter().all(|g| g.3 != main),
        "called on the writer thread"
    );
    assert!(
        got.last().is_some_and(|g| g.1),
        "the last callback is told so"
    );
    // Within a commit every callback sees the same fsync count, past the one before it.
    let mut seen = before;
    let mut commit_fsyncs = None;
    for (_, last, fsyncs, _) in &got {
        match commit_fsyncs {
            None => {
                assert!(*fsyncs > seen, "called back before its fsync");
                commit_fsyncs = Some(*fsyncs);
            }
            Some(f) => assert_eq!(*fsyncs, f, "one commit, one fsync"),
        }
        if *last {
            seen = *fsyncs;
            commit_fsyncs = None;
        }
    }
    let commits = got.iter().filter(|g| g.1).count() as u64;
    assert!((1..=stats.fsyncs.load(std::sync::atomic::Ordering::SeqCst)).contains(&commits));
    close(s);

    // A stopped store calls back at once, with Closed.
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert_eq!(s.state().msgs, n, "every acknowledged message is on disk");
    s.stop().wait().expect("stop");
    let (tx, rx) = mpsc::channel();
    s.store_msg_then(
        NewMsg::new("cb", "late"),
        Box::new(move |r, last| {
            let _ = tx.send((r.is_err_and(|e| matches!(e, StoreError::Closed)), last));
        }),
    );
    assert_eq!(rx.recv_timeout(Duration::from_secs(5)), Ok((true, true)));
}

/// A callback may drop the store's last owner on the writer thread itself: the store stops
/// without the writer joining itself, and what was acknowledged is on disk.
#[test]
fn last_owner_dropped_in_a_callback_on_the_writer_thread() {
    use std::sync::mpsc;
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Arc::new(open(dir.path(), DEFAULT_SEGMENT_SIZE));
    put(&s, "own", b"first");
    let (tx, rx) = mpsc::channel();
    let owner = Arc::clone(&s);
    // The callback holds the store until it runs: once `s` is dropped below, it is the last
    // owner.
    let held = Arc::new(std::sync::Mutex::new(Some(owner)));
    let in_cb = held.clone();
    s.store_msg_then(
        NewMsg::new("own", "second"),
        Box::new(move |r, _| {
            let seq = r.map(|st| st.seq);
            let store = in_cb.lock().unwrap_or_else(|e| e.into_inner()).take();
            // Wait (bounded) until the test dropped its own handle, then drop the last one here.
            if let Some(store) = store {
                let deadline = std::time::Instant::now() + Duration::from_secs(10);
                while Arc::strong_count(&store) > 1 && std::time::Instant::now() < deadline {
                    std::thread::sleep(Duration::from_millis(1));
                }
                let last = Arc::strong_count(&store) == 1;
                drop(store);
                let _ = tx.send((seq, last));
            }
        }),
    );
    drop(s);
    let (seq, last) = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("callback returned");
    assert_eq!(seq.expect("stored"), 2);
    assert!(last, "the callback held the last owner");
    drop(held);
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert_eq!(s.state().msgs, 2);
    assert_eq!(
        s.load_msg(2).expect("load").payload,
        Bytes::from_static(b"second")
    );
}

#[test]
fn interval_policy_acks_before_fsync() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = FileStore::open(FileStoreConfig {
        sync: SyncPolicy::Interval(Duration::from_secs(3600)),
        ..cfg(dir.path(), DEFAULT_SEGMENT_SIZE)
    })
    .expect("open");
    for i in 0..50u32 {
        put(&s, "i", &i.to_le_bytes());
    }
    assert_eq!(s.stats().fsyncs, 0, "acks came before any fsync");
    s.sync().wait().expect("sync");
    assert_eq!(s.stats().fsyncs, 1);
    put(&s, "i", b"last");
    close(s);
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert_eq!(s.state().msgs, 51);

    // A zero interval syncs right after each batch, before the next one is taken.
    let dir = tempfile::tempdir().expect("tempdir");
    let s = FileStore::open(FileStoreConfig {
        sync: SyncPolicy::Interval(Duration::ZERO),
        ..cfg(dir.path(), DEFAULT_SEGMENT_SIZE)
    })
    .expect("open");
    put(&s, "i", b"1");
    put(&s, "i", b"2");
    assert!(s.stats().fsyncs >= 1);
}

/// Under the interval policy a caller that finds the writer idle commits its message itself
/// (its callback runs before `store_msg_then` returns), in order with everything else; the
/// thread still syncs on the interval and rolls segments over.
#[test]
fn interval_policy_commits_in_the_caller_when_idle() {
    use std::sync::Mutex;
    let dir = tempfile::tempdir().expect("tempdir");
    let s = FileStore::open(FileStoreConfig {
        sync: SyncPolicy::Interval(Duration::from_millis(100)),
        ..cfg(dir.path(), 8192)
    })
    .expect("open");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let n = 300u64;
    let mut in_caller = 0;
    for i in 0..n {
        let seen2 = seen.clone();
        s.store_msg_then(
            NewMsg::new("c", vec![b'x'; 100]),
            Box::new(move |r, _| seen2.lock().expect("lock").push(r.expect("stored").seq)),
        );
        if seen.lock().expect("lock").len() as u64 == i + 1 {
            in_caller += 1;
        }
        // Like a publisher waiting for its ack, so the writer is idle again.
        while (seen.lock().expect("lock").len() as u64) < i + 1 {
            std::thread::sleep(Duration::from_micros(200));
        }
        if i % 50 == 0 {
            // Gives the thread time to take the wake-ups of the commits so far.
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while (seen.lock().expect("lock").len() as u64) < n && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(*seen.lock().expect("lock"), (1..=n).collect::<Vec<_>>());
    assert!(
        in_caller >= n / 2,
        "only {in_caller} of {n} committed in the caller"
    );
    while s.stats().fsyncs == 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(s.stats().fsyncs >= 1, "the interval sync ran");
    assert!(segment_files(dir.path()).len() > 2, "rolled over");
    close(s);
    let s = open(dir.path(), 8192);
    assert_eq!(s.state().msgs, n);
    assert!(s.damage().is_empty(), "{:?}", s.damage());
}

#[test]
fn erase_overwrites_the_bytes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    put(&s, "e", b"public");
    put(&s, "e", b"TOP-SECRET-PAYLOAD");
    put(&s, "e", b"public too");
    put(&s, "e", b"LAST-SECRET-PAYLOAD");
    assert!(s.erase_msg(2).wait().expect("erase"));
    assert!(s.erase_msg(4).wait().expect("erase the last"));
    close(s);
    let raw = fs::read(&segment_files(dir.path())[0]).expect("read");
    assert!(!raw.windows(14).any(|w| w == b"SECRET-PAYLOAD"));
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert!(s.damage().is_empty());
    assert!(matches!(s.load_msg(2), Err(StoreError::NotFound)));
    assert_eq!(s.deleted(), vec![2, 4]);
    // The erased last message still holds its sequence.
    assert_eq!(s.state().last_seq, 4);
    assert_eq!(put(&s, "e", b"next"), 5);
}

#[test]
fn failed_store_is_not_acknowledged_and_keeps_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = FileStore::open(FileStoreConfig {
        store: StoreConfig {
            first_seq: 1,
            limits: StreamLimits {
                max_msgs: 1,
                discard: crate::jetstream::store::DiscardPolicy::New,
                ..StreamLimits::default()
            },
            usage: None,
        },
        ..cfg(dir.path(), DEFAULT_SEGMENT_SIZE)
    })
    .expect("open");
    let a = s.store_msg(NewMsg::new("x", "1"));
    let b = s.store_msg(NewMsg::new("x", "2"));
    let c = s.store_msg(NewMsg {
        subject: "y".repeat(70_000),
        ..NewMsg::default()
    });
    assert_eq!(a.wait().expect("first").seq, 1);
    assert!(matches!(b.wait(), Err(StoreError::MaxMsgs)));
    assert!(matches!(c.wait(), Err(StoreError::MsgTooLarge)));
}

#[test]
fn meta_round_trip_and_damage() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sdir = dir.path().join("S");
    assert_eq!(read_meta(&sdir).expect("read"), None);
    write_meta(&sdir, br#"{"name":"S"}"#).expect("write");
    assert_eq!(
        read_meta(&sdir).expect("read").as_deref(),
        Some(&br#"{"name":"S"}"#[..])
    );
    flip_bit(&sdir.join(META_FILE), 3);
    assert!(matches!(read_meta(&sdir), Err(StoreError::Damaged(_))));
}

/// Env var naming the store directory of the crash child.
const CRASH_ENV: &str = "RNATS_STORE_CRASH_CHILD_DIR";

/// Not a test of its own: the body of the child process of
/// [`kill_9_loses_no_acknowledged_message`]. It publishes from four threads forever and
/// prints `ACK <seq> <payload>` after each acknowledgement.
#[test]
fn crash_child() {
    let Ok(dir) = std::env::var(CRASH_ENV) else {
        return;
    };
    let s = Arc::new(open(Path::new(&dir), 64 << 10));
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let s = s.clone();
            std::thread::spawn(move || {
                for i in 0u64.. {
                    let payload = format!("t{t}-m{i}-{}", "p".repeat((i % 50) as usize));
                    let seq = s
                        .store_msg(NewMsg::new(format!("crash.{t}"), payload.clone()))
                        .wait()
                        .expect("store")
                        .seq;
                    println!("ACK {seq} {payload}");
                }
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
}

#[test]
fn kill_9_loses_no_acknowledged_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let exe = std::env::current_exe().expect("test binary");
    let mut child = Command::new(exe)
        .args([
            "jetstream::store::file::tests::crash_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CRASH_ENV, dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn child");
    let stdout = child.stdout.take().expect("stdout");
    let mut acked = Vec::new();
    let mut lines = BufReader::new(stdout).lines();
    for line in lines.by_ref() {
        let line = line.expect("line");
        if let Some(rest) = line.strip_prefix("ACK ") {
            acked.push(rest.to_string());
            if acked.len() == 2000 {
                child.kill().expect("kill -9");
                break;
            }
        }
    }
    // Acks printed before the kill are still in the pipe.
    for line in lines {
        let Ok(line) = line else { break };
        if let Some(rest) = line.strip_prefix("ACK ") {
            acked.push(rest.to_string());
        }
    }
    child.wait().expect("reap");
    assert!(acked.len() >= 2000);
    let s = open(dir.path(), 64 << 10);
    assert!(s.damage().lost().next().is_none(), "{:?}", s.damage());
    for a in &acked {
        let Some((seq, payload)) = a.split_once(' ') else {
            // A line cut by the kill.
            continue;
        };
        let seq: u64 = seq.parse().expect("seq");
        let m = s
            .load_msg(seq)
            .unwrap_or_else(|e| panic!("acked {seq} lost: {e}"));
        assert_eq!(m.payload, Bytes::from(payload.to_string()), "seq {seq}");
    }
    // Every acknowledged sequence is there, and nothing above the last one is missing inside.
    let st = s.state();
    assert_eq!(st.num_deleted, 0);
    assert_eq!(st.msgs, st.last_seq);
}

fn batch_of(n: u8) -> Vec<NewMsg> {
    (1..=n)
        .map(|i| NewMsg {
            subject: format!("b.{i}"),
            payload: Bytes::from(vec![i; 40]),
            ts: Some(2),
            ..NewMsg::default()
        })
        .collect()
}

/// An atomic batch cut anywhere in its write (a crash before its fsync) comes back as nothing
/// at all: never a prefix of it. A whole batch comes back whole.
#[test]
fn atomic_batch_torn_anywhere_leaves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    put(&s, "a", b"before");
    let stored = s.store_batch(batch_of(4)).wait().expect("batch");
    assert_eq!(
        stored.iter().map(|st| st.seq).collect::<Vec<_>>(),
        [2, 3, 4, 5]
    );
    close(s);
    let seg = segment_files(dir.path()).remove(0);
    let original = fs::read(&seg).expect("read");
    let recs = records(&seg);
    let batch_start = recs[1].0;
    assert!(recs[1..]
        .iter()
        .all(|(_, r)| r.flags & record::FLAG_BATCH != 0));
    // Whole: all four.
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert_eq!((s.state().msgs, s.state().last_seq), (5, 5));
    close(s);
    let batch_end = recs.last().map_or(0, |(o, r)| o + r.len);
    for cut in (batch_start + 1..batch_end).step_by(8) {
        fs::write(&seg, &original[..cut]).expect("cut");
        let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
        let st = s.state();
        assert_eq!((st.msgs, st.last_seq), (1, 1), "cut at {cut}");
        assert!(s.damage().lost().next().is_none(), "cut at {cut}");
        close(s);
        assert_eq!(
            fs::metadata(&seg).expect("meta").len() as usize,
            batch_start
        );
    }
    // The sequences were never acknowledged: the next message reuses them.
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    assert_eq!(put(&s, "a", b"after"), 2);
    close(s);
}

/// Damage inside a batch with valid data after it drops the whole batch, not part of it.
#[test]
fn atomic_batch_with_a_damaged_record_is_dropped_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    put(&s, "a", b"before");
    s.store_batch(batch_of(3)).wait().expect("batch");
    put(&s, "a", b"after");
    close(s);
    let seg = segment_files(dir.path()).remove(0);
    let recs = records(&seg);
    // Damage the batch's middle record.
    flip_bit(&seg, recs[2].0 + 40);
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for seq in 2..=4 {
        assert!(s.load_msg(seq).is_err(), "batch message {seq} served");
    }
    assert_eq!(&s.load_msg(1).expect("before").payload[..], b"before");
    assert_eq!(&s.load_msg(5).expect("after").payload[..], b"after");
    assert!(s.damage().lost().next().is_some());
    close(s);
}

/// The log grows inside space reserved ahead of it: the file is longer than the log, and the
/// zeros after the last commit read as free space at open, not as damage, and stay reserved.
#[test]
fn reserved_space_is_free_space_not_damage() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for i in 1..=5u8 {
        put(&s, "r", &[i; 100]);
    }
    close(s);
    let seg = segment_files(dir.path()).remove(0);
    let (off, last) = records(&seg).pop().expect("records");
    let log_end = (off + last.len) as u64;
    let len = fs::metadata(&seg).expect("meta").len();
    assert!(len > log_end, "nothing reserved: file {len}, log {log_end}");
    assert!(last.flags & record::FLAG_COMMIT != 0);
    for round in 0..2u8 {
        let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
        assert!(s.damage().is_empty(), "{:?}", s.damage());
        assert_eq!(fs::metadata(&seg).expect("meta").len(), len);
        assert_eq!(s.state().msgs, 5 + u64::from(round));
        // Appends go right after the log, into the reserved space.
        assert_eq!(put(&s, "r", b"next"), 6 + u64::from(round));
        close(s);
    }
    let recs = records(&seg);
    assert_eq!(recs.len(), 7);
    assert_eq!(recs[5].0 as u64, log_end);
}

/// Submits `n` messages without waiting between them, so that commits hold several.
fn burst(s: &FileStore, n: u8, len: usize) {
    let pending: Vec<_> = (1..=n)
        .map(|i| {
            s.store_msg(NewMsg {
                subject: "burst".into(),
                payload: Bytes::from(vec![i; len]),
                ts: Some(3),
                ..NewMsg::default()
            })
        })
        .collect();
    for c in pending {
        c.wait().expect("store");
    }
}

/// A power cut during a commit's write into reserved space can leave any subset of its pages:
/// here the commit's first record is missing (zeros) while later ones landed. That is a torn
/// last commit, never acknowledged: no loss is reported, the commit goes whole, the earlier
/// commits stay.
#[test]
fn torn_last_commit_with_later_pages_landed_is_a_torn_tail() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for i in 1..=3u8 {
        put(&s, "a", &[i; 50]);
    }
    burst(&s, 40, 300);
    close(s);
    let seg = segment_files(dir.path()).remove(0);
    let recs = records(&seg);
    // The last commit: the records after the second-to-last COMMIT flag.
    let commits: Vec<usize> = recs
        .iter()
        .enumerate()
        .filter(|(_, (_, r))| r.flags & record::FLAG_COMMIT != 0)
        .map(|(i, _)| i)
        .collect();
    let first_of_last = commits[commits.len() - 2] + 1;
    let (start, r0) = recs[first_of_last].clone();
    let kept = recs[first_of_last - 1].1.seq;
    assert!(kept >= 3);
    let original = fs::read(&seg).expect("read");
    for torn in [start..start + r0.len, start + 8..start + 16] {
        let mut data = original.clone();
        data[torn.clone()].fill(0);
        fs::write(&seg, &data).expect("write");
        let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
        assert!(
            s.damage().lost().next().is_none(),
            "{torn:?}: {:?}",
            s.damage()
        );
        assert!(s
            .damage()
            .entries
            .iter()
            .any(|d| d.kind == DamageKind::TornTail));
        assert_eq!(
            (s.state().msgs, s.state().last_seq),
            (kept, kept),
            "{torn:?}"
        );
        assert_eq!(put(&s, "a", b"after"), kept + 1);
        close(s);
        let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
        assert!(s.damage().is_empty(), "{torn:?}: {:?}", s.damage());
        assert_eq!(&s.load_msg(kept + 1).expect("after").payload[..], b"after");
        close(s);
    }
}

/// Damage to the next-to-last record, each record its own commit: the last record belongs to a
/// later commit, which was written only after the damaged one was durable, so this is
/// corruption of acknowledged data, reported, and the last record is kept.
#[test]
fn damage_followed_by_a_later_commit_is_corruption() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    for i in 1..=6u8 {
        put(&s, "c", &[i; 40]);
    }
    close(s);
    let seg = segment_files(dir.path()).remove(0);
    let (off, r) = records(&seg)
        .into_iter()
        .find(|(_, r)| r.seq == 5)
        .expect("record 5");
    flip_bit(&seg, off + r.payload.start + 1);
    let s = open(dir.path(), DEFAULT_SEGMENT_SIZE);
    let d = s.damage();
    assert_eq!(d.entries.len(), 1, "{d:?}");
    assert_eq!(d.entries[0].kind, DamageKind::Corrupt);
    assert_eq!(d.entries[0].seqs, Some((5, 5)));
    assert_eq!(&s.load_msg(6).expect("last").payload[..], &[6u8; 40]);
    assert_eq!(s.state().last_seq, 6);
    close(s);
}

/// Recovery over many generated segments (framed records, reserved zeros, cuts and bit flips
/// at random places): never a panic, and whatever is listed reads back (the checks of
/// `fuzz::recover_from`).
#[test]
fn recovery_of_generated_segments() {
    let mut rng = fastrand::Rng::with_seed(15);
    for _ in 0..300 {
        let len = rng.usize(8..600);
        let mut data: Vec<u8> = (0..len).map(|_| rng.u8(..)).collect();
        data[0] |= 1;
        crate::fuzzing::filestore_recover(&data);
    }
}
