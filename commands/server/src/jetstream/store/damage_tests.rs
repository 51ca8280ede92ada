//! Damage in every kind of file the file store keeps, at every byte: a flipped bit or a
//! truncation in a sealed segment, in the newest segment, in the consumer state file and in the
//! stream metadata (`meta.json`, `meta.sum`) is detected and reported, and never served as
//! data. (The index is rebuilt from the segments at open, so there are no index files.)
//!
//! Runs on [`SimFs`], so each of the few thousand damaged copies is reopened in memory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bytes::Bytes;

use super::file::{read_meta_in, write_meta_in, FileStore, FileStoreConfig};
use super::io::Fs;
use super::simfs::{Image, SimFs};
use super::*;

const STREAM_DIR: &str = "/js/S";
/// The message [`build`] removes.
const REMOVED: u64 = 3;

fn cfg() -> FileStoreConfig {
    FileStoreConfig {
        segment_size: 4096,
        ..FileStoreConfig::new(STREAM_DIR)
    }
}

fn segments(fs: &SimFs) -> Vec<PathBuf> {
    let msgs = Path::new(STREAM_DIR).join("msgs");
    let mut names = fs.list_dir(&msgs).expect("list");
    names.sort();
    names.into_iter().map(|n| msgs.join(n)).collect()
}

/// A stream of two segments: a sealed one just over 4 KiB and a small newest one, with a
/// removed message and headers in the mix. Returns the files and what each sequence holds,
/// the removed message included (damage that takes its tombstone brings it back, reported).
fn build() -> (Image, BTreeMap<u64, StoredMsg>) {
    let fs = SimFs::new(3);
    let store = FileStore::open_in(fs.shared(), cfg()).expect("open");
    let mut i = 0u64;
    let mut removed = None;
    while segments(&fs).len() < 2 || i < 30 {
        i += 1;
        let msg = NewMsg {
            subject: format!("s.{}", i % 3),
            hdr: if i.is_multiple_of(4) {
                Bytes::from(format!("NATS/1.0\r\nN: {i}\r\n\r\n"))
            } else {
                Bytes::new()
            },
            payload: Bytes::from(format!(
                "payload {i} {}",
                "p".repeat((i * 37 % 200) as usize)
            )),
            ts: Some(i as i64),
            ttl: None,
        };
        store.store_msg(msg).wait().expect("store");
        if i == 5 {
            removed = store.load_msg(REMOVED).ok();
            assert!(store.remove_msg(REMOVED).wait().expect("remove"));
        }
    }
    let st = store.state();
    let mut msgs: BTreeMap<u64, StoredMsg> = (st.first_seq..=st.last_seq)
        .filter_map(|s| store.load_msg(s).ok().map(|m| (s, m)))
        .collect();
    msgs.extend(removed.map(|m| (m.seq, m)));
    store.stop().wait().expect("stop");
    (fs.crash(), msgs)
}

/// Offsets where a record of the segment `data` starts or the file ends.
fn record_boundaries(data: &[u8]) -> Vec<usize> {
    let mut out = vec![64];
    let mut pos = 64;
    while pos + 8 <= data.len() {
        let len = u32::from_le_bytes([data[pos + 4], data[pos + 5], data[pos + 6], data[pos + 7]]);
        if len == 0 {
            break;
        }
        pos += len as usize;
        out.push(pos);
    }
    out
}

/// Opens a damaged copy and checks that nothing wrong is served and that every message not
/// served is accounted for by reported damage. Returns how many were not served and whether
/// damage was reported.
fn check(
    fs: &SimFs,
    msgs: &BTreeMap<u64, StoredMsg>,
    lost_expected: bool,
    ctx: &str,
) -> (usize, bool) {
    let store =
        FileStore::open_in(fs.shared(), cfg()).unwrap_or_else(|e| panic!("{ctx}: open: {e}"));
    let mut served = 0;
    let mut missing = 0;
    for (seq, want) in msgs {
        match store.load_msg(*seq) {
            Ok(m) => {
                assert_eq!(&m, want, "{ctx}: message {seq} served wrong");
                served += 1;
            }
            Err(StoreError::NotFound | StoreError::Corrupt { .. } | StoreError::Eof) => {
                if *seq != REMOVED {
                    missing += 1
                }
            }
            Err(e) => panic!("{ctx}: {seq}: {e}"),
        }
    }
    let st = store.state();
    assert_eq!(st.msgs, served, "{ctx}: state counts what is served");
    if served as usize == msgs.len() {
        // The removed message came back: only with its tombstone damaged, and reported.
        assert!(!store.damage().is_empty(), "{ctx}: removed message back");
    }
    let damage = store.damage();
    if missing > 0 && lost_expected {
        assert!(
            !damage.is_empty(),
            "{ctx}: {missing} messages gone unreported"
        );
        {
            assert!(
                damage.lost().next().is_some(),
                "{ctx}: loss reported as a torn tail: {damage:?}"
            );
        }
    }
    // Nothing is served past the damage on a later read either.
    let mut seq = 0;
    while let Ok(m) = store.load_next_msg(">", seq) {
        assert_eq!(msgs.get(&m.seq), Some(&m), "{ctx}: scan served {}", m.seq);
        seq = m.seq + 1;
    }
    (missing as usize, !store.damage().is_empty())
}

#[test]
fn segment_damage_at_every_offset_is_reported_never_served() {
    let (img, msgs) = build();
    let files = segments(&SimFs::from_image(&img, 0));
    assert_eq!(files.len(), 2);
    let mut flips_missed = 0;
    for (k, path) in files.iter().enumerate() {
        let sealed = k == 0;
        let orig = SimFs::from_image(&img, 0).contents(path).expect("read");
        let boundaries = record_boundaries(&orig);
        // Where the removed message's record is (a message record: kind 1, its sequence).
        let removed_record = boundaries
            .windows(2)
            .find(|w| {
                orig.get(w[0] + 2) == Some(&1)
                    && orig.get(w[0] + 8..w[0] + 16) == Some(&REMOVED.to_le_bytes()[..])
            })
            .map_or(0..0, |w| w[0]..w[1]);
        for off in 0..orig.len() {
            // A flipped bit (a different bit at each offset).
            let fs = SimFs::from_image(&img, 0);
            let mut data = orig.clone();
            data[off] ^= 1 << (off % 8);
            fs.put(path, data).expect("put");
            let ctx = format!("bit {} flipped at {off} of {}", off % 8, path.display());
            let (missing, reported) = check(&fs, &msgs, sealed, &ctx);
            // Every flip is reported, except in the bytes of the removed message, which hold
            // nothing to lose.
            if !reported {
                assert_eq!(missing, 0, "{ctx}");
                assert!(removed_record.contains(&off), "{ctx}: flip unreported");
                flips_missed += 1;
            }
            // Cut off at this length. In the newest segment a cut at a record boundary looks
            // exactly like a crash before those writes, so only torn records must show.
            let fs = SimFs::from_image(&img, 0);
            fs.put(path, orig[..off].to_vec()).expect("put");
            let ctx = format!("{} cut at {off}", path.display());
            let (missing, reported) = check(&fs, &msgs, sealed, &ctx);
            if !sealed && !boundaries.contains(&off) {
                assert!(missing == 0 || reported, "{ctx}: torn record unreported");
            }
        }
    }
    assert!(flips_missed > 0, "the removed record was never hit");
}

#[test]
fn consumer_state_damage_at_every_offset_is_detected() {
    let fs = SimFs::new(4);
    let dir = Path::new("/js/S/obs/C");
    let f = ConsumerStateFile::open_in(fs.shared(), dir).expect("open");
    let mut st = ConsumerState {
        delivered: SequencePair {
            consumer_seq: 90,
            stream_seq: 120,
        },
        ack_floor: SequencePair {
            consumer_seq: 80,
            stream_seq: 100,
        },
        ..ConsumerState::default()
    };
    for s in [101u64, 105, 119, 120] {
        st.pending.insert(
            s,
            Pending {
                sequence: s - 20,
                timestamp: 1_700_000_000_000_000_000 + s as i64,
            },
        );
    }
    st.redelivered.insert(105, 4);
    f.write(&st).expect("write");
    let path = dir.join("state");
    let orig = fs.contents(&path).expect("read");
    for off in 0..orig.len() {
        for bit in 0..8 {
            let mut data = orig.clone();
            data[off] ^= 1 << bit;
            fs.put(&path, data).expect("put");
            assert!(
                matches!(f.read(), Err(StoreError::Damaged(_))),
                "flip {off}.{bit} not detected"
            );
        }
        fs.put(&path, orig[..off].to_vec()).expect("put");
        assert!(
            matches!(f.read(), Err(StoreError::Damaged(_))),
            "cut at {off} not detected"
        );
    }
    fs.put(&path, orig).expect("put");
    assert_eq!(f.read().expect("read"), Some(st));
}

#[test]
fn stream_metadata_damage_at_every_offset_is_detected() {
    let fs = SimFs::new(5);
    let dir = Path::new(STREAM_DIR);
    let config = br#"{"config":{"name":"S","subjects":["s.>"],"storage":"file"},"created":1}"#;
    write_meta_in(&fs, dir, b"older config").expect("write");
    write_meta_in(&fs, dir, config).expect("write");
    for name in ["meta.json", "meta.sum"] {
        let path = dir.join(name);
        let orig = fs.contents(&path).expect("read");
        let mut damaged = Vec::new();
        for off in 0..orig.len() {
            for bit in 0..8 {
                let mut data = orig.clone();
                data[off] ^= 1 << bit;
                damaged.push((format!("flip {off}.{bit}"), data));
            }
            damaged.push((format!("cut at {off}"), orig[..off].to_vec()));
        }
        for (what, data) in damaged {
            fs.put(&path, data).expect("put");
            match read_meta_in(&fs, dir) {
                Err(StoreError::Damaged(_)) => {}
                // Only harmless damage to the sum file (its newline) may pass.
                Ok(Some(c)) if name == "meta.sum" && c == config => {}
                other => panic!("{name}: {what}: {other:?}"),
            }
        }
        fs.put(&path, orig).expect("put");
    }
    assert_eq!(
        read_meta_in(&fs, dir).expect("read").as_deref(),
        Some(&config[..])
    );
}
