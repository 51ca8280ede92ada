//! Fuzzing support: opening a store over a segment made from arbitrary bytes (the
//! `filestore_recover` target of `fuzz/`, and its seed-corpus smoke test). Compiled only for
//! tests and fuzz builds (`--cfg fuzzing`, which cargo-fuzz sets), as is the [`SimFs`] it runs on.
//!
//! Random bytes almost never carry a valid salted crc32c, so half of the inputs (odd first
//! byte) are read as a recipe instead: a valid segment header, records built from the bytes
//! (kinds, sequence gaps, subjects, bodies, TTLs) with correct checksums, each framed as a
//! commit, optionally followed by reserved zeros, then an optional truncation and bit flip at
//! offsets the input picks. Recovery and every read must cope
//! without a panic, whatever they find.

use std::path::Path;

use super::record::{Kind, RecordRef, SegHeader};
use super::{FileStore, FileStoreConfig, MSGS_DIR, SEG_EXT};
use crate::jetstream::store::io::{Fs, OpenMode};
use crate::jetstream::store::simfs::SimFs;
use crate::jetstream::store::{StoreError, StreamStore};

/// The salt of recipe segments.
const SALT: u64 = 0x5eed_5eed_5eed_5eed;

/// Segment bytes for `data` (see the module doc).
pub fn segment_bytes(data: &[u8]) -> Vec<u8> {
    let Some((&mode, rest)) = data.split_first() else {
        return Vec::new();
    };
    if mode & 1 == 0 {
        return rest.to_vec();
    }
    let word = |i: usize| {
        u16::from_le_bytes([
            rest.get(i).copied().unwrap_or(0),
            rest.get(i + 1).copied().unwrap_or(0),
        ]) as usize
    };
    let (cut, flip) = (word(0), word(2));
    let recipe = rest.get(4..).unwrap_or_default();
    let mut out = SegHeader {
        first_seq: 1,
        created: 1,
        salt: SALT,
    }
    .encode()
    .to_vec();
    let mut seq = 1u64;
    let mut i = 0;
    while i < recipe.len() {
        let op = recipe[i];
        i += 1;
        let kind = match op % 5 {
            0 | 1 => Kind::Msg,
            2 => Kind::Tombstone,
            3 => Kind::Floor,
            _ => Kind::Erased,
        };
        let body_len = usize::from(op >> 4).min(recipe.len() - i);
        let body = &recipe[i..i + body_len];
        i += body_len;
        let subject: &[u8] = match op % 3 {
            0 => b"a",
            1 => b"a.b",
            _ => b"c.d.e",
        };
        let r = RecordRef {
            kind,
            seq,
            ts: i64::from(op) * 1_000,
            ttl: if op & 8 != 0 { 1_000_000_000 } else { 0 },
            subject: if kind == Kind::Msg { subject } else { b"" },
            hdr: b"",
            payload: if kind == Kind::Msg { body } else { b"" },
        };
        r.encode_into(SALT, &mut out);
        seq += 1 + u64::from(op >> 6);
    }
    // Framed as a writer frames commits (one record each here), then possibly followed by
    // space reserved ahead of the log.
    super::record::reframe(&mut out[super::record::SEG_HEADER_LEN..], SALT);
    if mode & 8 != 0 {
        out.resize(out.len() + 4096, 0);
    }
    if mode & 2 != 0 && !out.is_empty() {
        let at = flip % (out.len() * 8);
        out[at / 8] ^= 1 << (at % 8);
    }
    if mode & 4 != 0 {
        out.truncate(cut % (out.len() + 1));
    }
    out
}

/// Puts `data`'s segment into a fresh in-memory [`SimFs`], opens a store over it, reads
/// everything it reports, and stops it. The store's writer is not given a thread: the stop is
/// queued and the writer run inline until it exits, so an input costs no thread, file or
/// fsync, only the recovery and reads under test.
pub fn recover_from(data: &[u8]) {
    let fs = SimFs::new(0);
    let dir = Path::new("/stream");
    let msgs = dir.join(MSGS_DIR);
    let name = format!("{:020}.{SEG_EXT}", 1);
    let created = fs
        .create_dir_all(&msgs)
        .and_then(|()| fs.open(&msgs.join(name), OpenMode::CreateNew))
        .and_then(|f| f.write_all_at(&segment_bytes(data), 0));
    if created.is_err() {
        return;
    }
    let Ok((store, writer, rx)) = FileStore::open_unstarted(fs.shared(), FileStoreConfig::new(dir))
    else {
        return;
    };
    check_reads(&store);
    let stopped = store.stop();
    writer.run(rx);
    let _ = stopped.wait();
}

/// Reads every message the store lists, and checks what must hold whatever the segment held.
fn check_reads(store: &FileStore) {
    let state = store.state();
    assert!(state.first_seq <= state.last_seq + 1, "{state:?}");
    let _ = store.damage();
    let mut seq = state.first_seq.max(1);
    let mut reads = 0u64;
    while reads <= state.msgs + 64 {
        reads += 1;
        match store.load_next_msg(">", seq) {
            Ok(m) => {
                assert!(m.seq >= seq, "load_next_msg went backwards");
                let again = store.load_msg(m.seq).expect("a listed message loads");
                assert_eq!(again.payload, m.payload);
                seq = m.seq + 1;
            }
            Err(StoreError::Corrupt { seq: s }) => seq = s + 1,
            Err(_) => break,
        }
    }
    let _ = store.load_last_msg("a.b");
    let _ = store.subjects_state(">");
}
