//! Consumer state persistence: [`ConsumerState`] (upstream `ConsumerState` in
//! `server/store.go`) and [`ConsumerStateFile`], which replaces `<dir>/state` atomically.
//!
//! Encoding (our own; upstream's `o.dat` has no checksum): magic `RNCS`, version 1, then
//! unsigned LEB128 varints: ack floor {consumer, stream}, delivered {consumer, stream}, the
//! pending count and, when non-zero, an 8-byte little-endian base timestamp (the newest delivery)
//! followed per pending entry (ascending stream sequence) by the stream-sequence delta from the
//! previous entry, the delivery (consumer) sequence and `base - timestamp`; then the redelivered
//! count and per entry the stream-sequence delta and the count; finally a little-endian crc32c
//! of everything before it. A state whose checksum or framing fails is an error, never a silent
//! reset (jetstream-store.md L3: the caller decides; nothing is deleted).
//!
//! Writes are blocking (temp file, fsync, rename, fsync directory); call them from a blocking
//! thread. How often to write is the consumer layer's choice (upstream: at most every 100 ms,
//! and before answering an AckSync).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::fsutil::{atomic_write, create_dir_durable, read_optional, remove_optional, TMP_SUFFIX};
use super::io::{Fs, StdFs};
use super::{Result, StoreError};

const MAGIC: &[u8; 4] = b"RNCS";
const VERSION: u8 = 1;
const STATE_FILE: &str = "state";

/// A (consumer sequence, stream sequence) pair (upstream `SequencePair`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SequencePair {
    /// The consumer's delivery sequence.
    pub consumer_seq: u64,
    /// The stream sequence.
    pub stream_seq: u64,
}

/// A message delivered and not yet acknowledged (upstream `Pending`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pending {
    /// Consumer (delivery) sequence of its latest delivery.
    pub sequence: u64,
    /// When it was last delivered, ns since the epoch.
    pub timestamp: i64,
}

/// What a durable consumer must remember across restarts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsumerState {
    /// Highest delivered.
    pub delivered: SequencePair,
    /// Everything at or below is acknowledged.
    pub ack_floor: SequencePair,
    /// Outstanding deliveries by stream sequence.
    pub pending: BTreeMap<u64, Pending>,
    /// Delivery counts above one, by stream sequence.
    pub redelivered: BTreeMap<u64, u64>,
}

impl ConsumerState {
    /// Upstream's sanity rule for a state update: every pending stream sequence lies in
    /// (ack floor, delivered].
    pub fn is_consistent(&self) -> bool {
        self.ack_floor.stream_seq <= self.delivered.stream_seq
            && self
                .pending
                .keys()
                .all(|&s| s > self.ack_floor.stream_seq && s <= self.delivered.stream_seq)
    }

    /// The checksummed binary form (see the module doc).
    pub fn encode(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(32 + self.pending.len() * 8);
        b.extend_from_slice(MAGIC);
        b.push(VERSION);
        for v in [
            self.ack_floor.consumer_seq,
            self.ack_floor.stream_seq,
            self.delivered.consumer_seq,
            self.delivered.stream_seq,
            self.pending.len() as u64,
        ] {
            put_uvarint(&mut b, v);
        }
        if !self.pending.is_empty() {
            let base = self
                .pending
                .values()
                .map(|p| p.timestamp)
                .max()
                .unwrap_or(0);
            b.extend_from_slice(&base.to_le_bytes());
            let mut prev = 0;
            for (&sseq, p) in &self.pending {
                put_uvarint(&mut b, sseq - prev);
                put_uvarint(&mut b, p.sequence);
                put_uvarint(&mut b, base.abs_diff(p.timestamp));
                prev = sseq;
            }
        }
        put_uvarint(&mut b, self.redelivered.len() as u64);
        let mut prev = 0;
        for (&sseq, &count) in &self.redelivered {
            put_uvarint(&mut b, sseq - prev);
            put_uvarint(&mut b, count);
            prev = sseq;
        }
        let crc = crc32c::crc32c(&b);
        b.extend_from_slice(&crc.to_le_bytes());
        b
    }

    /// Parses [`Self::encode`]'s output; any damage is an error.
    pub fn decode(buf: &[u8]) -> Result<Self> {
        let bad = |why: &str| StoreError::Damaged(format!("consumer state: {why}"));
        if buf.len() < MAGIC.len() + 1 + 4 {
            return Err(bad("too short"));
        }
        let (body, crc) = buf.split_at(buf.len() - 4);
        let stored = u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]);
        if crc32c::crc32c(body) != stored {
            return Err(bad("checksum mismatch"));
        }
        if &body[..4] != MAGIC {
            return Err(bad("bad magic"));
        }
        if body[4] != VERSION {
            return Err(bad("unknown version"));
        }
        let mut r = Reader { buf: &body[5..] };
        let mut st = ConsumerState::default();
        st.ack_floor.consumer_seq = r.uvarint()?;
        st.ack_floor.stream_seq = r.uvarint()?;
        st.delivered.consumer_seq = r.uvarint()?;
        st.delivered.stream_seq = r.uvarint()?;
        let npending = r.uvarint()?;
        if npending > 0 {
            let base = r.i64_le()?;
            let mut sseq = 0u64;
            for _ in 0..npending {
                sseq = sseq
                    .checked_add(r.uvarint()?)
                    .ok_or_else(|| bad("sequence overflow"))?;
                let sequence = r.uvarint()?;
                let age = i64::try_from(r.uvarint()?).map_err(|_| bad("bad timestamp"))?;
                st.pending.insert(
                    sseq,
                    Pending {
                        sequence,
                        timestamp: base.saturating_sub(age),
                    },
                );
            }
        }
        let nred = r.uvarint()?;
        let mut sseq = 0u64;
        for _ in 0..nred {
            sseq = sseq
                .checked_add(r.uvarint()?)
                .ok_or_else(|| bad("sequence overflow"))?;
            st.redelivered.insert(sseq, r.uvarint()?);
        }
        if !r.buf.is_empty() {
            return Err(bad("trailing bytes"));
        }
        Ok(st)
    }
}

fn put_uvarint(b: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        b.push((v as u8) | 0x80);
        v >>= 7;
    }
    b.push(v as u8);
}

struct Reader<'a> {
    buf: &'a [u8],
}

impl Reader<'_> {
    fn uvarint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for (i, &byte) in self.buf.iter().enumerate().take(10) {
            v |= u64::from(byte & 0x7f) << (7 * i);
            if byte & 0x80 == 0 {
                self.buf = &self.buf[i + 1..];
                return Ok(v);
            }
        }
        Err(StoreError::Damaged("consumer state: bad varint".into()))
    }

    fn i64_le(&mut self) -> Result<i64> {
        if self.buf.len() < 8 {
            return Err(StoreError::Damaged("consumer state: truncated".into()));
        }
        let (a, rest) = self.buf.split_at(8);
        self.buf = rest;
        let mut x = [0u8; 8];
        x.copy_from_slice(a);
        Ok(i64::from_le_bytes(x))
    }
}

/// A consumer's state file, `<dir>/state`, replaced atomically on every write.
#[derive(Debug, Clone)]
pub struct ConsumerStateFile {
    dir: PathBuf,
    fs: Arc<dyn Fs>,
}

impl ConsumerStateFile {
    /// Opens (creating) the consumer directory and removes a temp file left by a crashed write.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self> {
        Self::open_in(StdFs::shared(), dir)
    }

    /// [`Self::open`] on the filesystem `fs`.
    pub fn open_in(fs: Arc<dyn Fs>, dir: impl Into<PathBuf>) -> Result<Self> {
        let dir = dir.into();
        let io = |what: &str, e| StoreError::io(format!("{what} {}", dir.display()), e);
        create_dir_durable(&*fs, &dir).map_err(|e| io("creating", e))?;
        let f = ConsumerStateFile { dir, fs };
        remove_optional(&*f.fs, &f.tmp_path())
            .map_err(|e| StoreError::io("removing a stale temp file", e))?;
        Ok(f)
    }

    /// The consumer directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self) -> PathBuf {
        self.dir.join(STATE_FILE)
    }

    fn tmp_path(&self) -> PathBuf {
        self.dir.join(format!("{STATE_FILE}{TMP_SUFFIX}"))
    }

    /// Durably replaces the stored state.
    pub fn write(&self, state: &ConsumerState) -> Result<()> {
        atomic_write(&*self.fs, &self.path(), &state.encode())
            .map_err(|e| StoreError::io("writing consumer state", e))
    }

    /// The stored state; `None` when none was ever written, an error when it is damaged.
    pub fn read(&self) -> Result<Option<ConsumerState>> {
        match read_optional(&*self.fs, &self.path())
            .map_err(|e| StoreError::io("reading consumer state", e))?
        {
            Some(b) => ConsumerState::decode(&b).map(Some),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn sample() -> ConsumerState {
        let mut st = ConsumerState {
            delivered: SequencePair {
                consumer_seq: 120,
                stream_seq: 500,
            },
            ack_floor: SequencePair {
                consumer_seq: 100,
                stream_seq: 450,
            },
            ..Default::default()
        };
        for (i, s) in [455u64, 460, 499, 500].into_iter().enumerate() {
            st.pending.insert(
                s,
                Pending {
                    sequence: 101 + i as u64,
                    timestamp: 1_700_000_000_000_000_000 + i as i64 * 1_000,
                },
            );
        }
        st.redelivered.insert(455, 3);
        st.redelivered.insert(499, 2);
        st
    }

    #[test]
    fn round_trip() {
        let st = sample();
        assert!(st.is_consistent());
        assert_eq!(ConsumerState::decode(&st.encode()).expect("decode"), st);
        let empty = ConsumerState::default();
        assert_eq!(
            ConsumerState::decode(&empty.encode()).expect("decode"),
            empty
        );
    }

    #[test]
    fn every_flip_and_truncation_is_rejected() {
        let enc = sample().encode();
        for i in 0..enc.len() {
            for bit in 0..8 {
                let mut b = enc.clone();
                b[i] ^= 1 << bit;
                assert!(ConsumerState::decode(&b).is_err(), "flip {i}.{bit}");
            }
        }
        for n in 0..enc.len() {
            assert!(ConsumerState::decode(&enc[..n]).is_err(), "cut at {n}");
        }
    }

    #[test]
    fn file_round_trip_and_torn_temp_ignored() {
        let dir = tempfile::tempdir().expect("tempdir");
        let cdir = dir.path().join("consumers").join("C1");
        let f = ConsumerStateFile::open(&cdir).expect("open");
        assert_eq!(f.read().expect("read"), None);
        f.write(&sample()).expect("write");
        // A crash mid-way through the next write leaves a torn temp file beside the state.
        fs::write(cdir.join("state.tmp"), &sample().encode()[..7]).expect("torn temp");
        let f = ConsumerStateFile::open(&cdir).expect("reopen");
        assert!(!cdir.join("state.tmp").exists());
        assert_eq!(f.read().expect("read"), Some(sample()));
        // A damaged state file is reported, not reset.
        let mut b = fs::read(cdir.join("state")).expect("read");
        b[6] ^= 0x10;
        fs::write(cdir.join("state"), b).expect("damage");
        assert!(matches!(f.read(), Err(StoreError::Damaged(_))));
    }
}
