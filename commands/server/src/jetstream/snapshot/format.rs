//! nats-server's filestore layout as it travels inside a snapshot (upstream
//! `server/filestore.go`, `streamSnapshot`; `server/store.go`, `encodeConsumerState`).
//!
//! A snapshot is an S2 stream of a tar holding:
//! - `meta.inf`: the stream's `FileStreamInfo` JSON (`{"Created": <time>, <stream config>}`);
//!   `meta.sum`: hex HighwayHash-64 of it keyed with SHA-256 of the stream name;
//! - `msgs/<n>.blk`: message blocks, a sequence of records
//!   `total_len(4) seq(8) ts(8) subj_len(2) subj [hdr_len(4) hdr] msg hash(8)`, little-endian,
//!   the high bit of `total_len` set when there are headers. The hash is HighwayHash-64 over
//!   `seq ts subj hdr msg` keyed with SHA-256 of `"<stream>-<n>"`. Bit 63 of `seq` marks an
//!   erased or deleted record, bit 62 a tombstone (a delete of a message in an earlier block);
//! - `msgs/index.db`: upstream's full-state file ([`parse_full_state`]): rnats does not write it
//!   (nats-server rebuilds from the blocks) but reads its delete maps, the only record of
//!   deletes made by limits;
//! - `obs/<consumer>/meta.inf` (`{"Created", "Name", <consumer config>}`), `meta.sum` (key
//!   SHA-256 of `"<stream>/<consumer>"`) and `o.dat`, the consumer state (magic 22, version 2,
//!   varints).

use std::collections::BTreeMap;

use highway::{HighwayHash, HighwayHasher, Key};
use sha2::{Digest, Sha256};

use super::super::store::{ConsumerState, Pending, SequencePair};

/// Length bit: the record has headers.
const HBIT: u32 = 1 << 31;
/// Sequence bit: the record is erased or a deleted placeholder.
pub const EBIT: u64 = 1 << 63;
/// Sequence bit: the record is a tombstone for a message in an earlier block.
pub const TBIT: u64 = 1 << 62;
/// Fixed part of a record before the subject.
const MSG_HDR_SIZE: usize = 22;
/// Trailing checksum.
const HASH_SIZE: usize = 8;
/// Upstream's sanity bound on one record (`rlBadThresh`).
const RL_BAD_THRESH: usize = 32 * 1024 * 1024;
/// Magic byte of upstream's consumer state and index files.
const MAGIC: u8 = 22;

/// A block or state that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FormatError(pub String);

/// The HighwayHash key upstream derives from `seed`: SHA-256 of it, as four little-endian
/// words.
pub fn hash_key(seed: &str) -> Key {
    let d = Sha256::digest(seed.as_bytes());
    let mut w = [0u64; 4];
    for (i, c) in d.chunks_exact(8).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        w[i] = u64::from_le_bytes(b);
    }
    Key(w)
}

/// HighwayHash-64 of the concatenated parts, as Go's `Sum` appends it (little-endian).
fn hash64(key: &Key, parts: &[&[u8]]) -> [u8; 8] {
    let mut h = HighwayHasher::new(*key);
    for p in parts {
        h.append(p);
    }
    h.finalize64().to_le_bytes()
}

/// `meta.sum` for a `meta.inf` body.
pub fn meta_sum(seed: &str, meta: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(&hash64(&hash_key(seed), &[meta]))
}

/// The hash key of block `index` of stream `stream` (upstream `hashKeyForBlock`).
pub fn block_key(stream: &str, index: u32) -> Key {
    hash_key(&format!("{stream}-{index}"))
}

/// Appends one record to `buf`. `seq` carries [`EBIT`]/[`TBIT`] as written.
pub fn put_record(
    buf: &mut Vec<u8>,
    key: &Key,
    seq: u64,
    ts: i64,
    subj: &[u8],
    hdr: &[u8],
    msg: &[u8],
) {
    let mut rl = MSG_HDR_SIZE + subj.len() + msg.len() + HASH_SIZE;
    if !hdr.is_empty() {
        rl += 4 + hdr.len();
    }
    let mut l = rl as u32;
    if !hdr.is_empty() {
        l |= HBIT;
    }
    let start = buf.len();
    buf.extend_from_slice(&l.to_le_bytes());
    buf.extend_from_slice(&seq.to_le_bytes());
    buf.extend_from_slice(&ts.to_le_bytes());
    buf.extend_from_slice(&(subj.len() as u16).to_le_bytes());
    buf.extend_from_slice(subj);
    if !hdr.is_empty() {
        buf.extend_from_slice(&(hdr.len() as u32).to_le_bytes());
        buf.extend_from_slice(hdr);
    }
    buf.extend_from_slice(msg);
    let sum = hash64(key, &[&buf[start + 4..start + 20], subj, hdr, msg]);
    buf.extend_from_slice(&sum);
}

/// One record of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record<'a> {
    /// A message.
    Msg {
        /// Stream sequence.
        seq: u64,
        /// Timestamp, ns since the epoch.
        ts: i64,
        /// Subject.
        subject: &'a [u8],
        /// Header block, empty for none.
        hdr: &'a [u8],
        /// Payload.
        payload: &'a [u8],
    },
    /// An erased message or a placeholder that keeps a deleted sequence.
    Deleted {
        /// The sequence.
        seq: u64,
    },
    /// A delete of a message stored in an earlier block.
    Tombstone {
        /// The sequence deleted.
        seq: u64,
    },
}

/// Walks the records of block `buf` (named `name` in errors), checking each checksum with
/// `key`. Any damage is an error: a backup is either whole or refused.
pub fn parse_block<'a>(
    name: &str,
    key: &Key,
    buf: &'a [u8],
    mut f: impl FnMut(Record<'a>) -> Result<(), FormatError>,
) -> Result<(), FormatError> {
    let le32 = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    let le64 = |b: &[u8]| {
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[..8]);
        u64::from_le_bytes(a)
    };
    let bad = |index: usize, why: &str| {
        FormatError(format!(
            "message block {name} is damaged at offset {index}: {why}"
        ))
    };
    let mut index = 0usize;
    while index < buf.len() {
        if index + MSG_HDR_SIZE > buf.len() {
            return Err(bad(index, "message overrun"));
        }
        let hdr = &buf[index..index + MSG_HDR_SIZE];
        let raw_rl = le32(&hdr[0..4]);
        let has_headers = raw_rl & HBIT != 0;
        let rl = (raw_rl & !HBIT) as usize;
        let slen = u16::from_le_bytes([hdr[20], hdr[21]]) as usize;
        let shlen = slen + if has_headers { 4 } else { 0 };
        if rl < MSG_HDR_SIZE + HASH_SIZE
            || shlen > rl - MSG_HDR_SIZE - HASH_SIZE
            || index + rl > buf.len()
            || rl > RL_BAD_THRESH
        {
            return Err(bad(index, "sanity check failed"));
        }
        let data = &buf[index + MSG_HDR_SIZE..index + rl];
        let body = &data[..data.len() - HASH_SIZE];
        let subject = &body[..slen];
        let (hdr_block, payload) = if has_headers {
            let hl = le32(&body[slen..slen + 4]) as usize;
            let rest = &body[slen + 4..];
            if hl > rest.len() {
                return Err(bad(index, "header length past the record"));
            }
            rest.split_at(hl)
        } else {
            (&body[..0], &body[slen..])
        };
        let hashed = if has_headers {
            &body[slen + 4..]
        } else {
            &body[slen..]
        };
        let sum = hash64(key, &[&hdr[4..20], subject, hashed]);
        if sum[..] != data[data.len() - HASH_SIZE..] {
            return Err(bad(index, "invalid checksum"));
        }
        let seq = le64(&hdr[4..12]);
        let ts = le64(&hdr[12..20]) as i64;
        let rec = if seq & TBIT != 0 {
            Record::Tombstone {
                seq: seq & !(TBIT | EBIT),
            }
        } else if seq & EBIT != 0 || seq == 0 {
            Record::Deleted { seq: seq & !EBIT }
        } else {
            Record::Msg {
                seq,
                ts,
                subject,
                hdr: hdr_block,
                payload,
            }
        };
        f(rec)?;
        index += rl;
    }
    Ok(())
}

/// What upstream's `msgs/index.db` (its full-state file) says about the blocks: for each, the
/// first and last sequence and the sequences deleted inside (upstream `_writeFullState`,
/// `recoverFullState`). Deletes that nats-server made without a tombstone (limits) are only
/// recorded here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FullState {
    /// The stream's last sequence when it was written.
    pub last_seq: u64,
    /// `(first, last, deleted)` per block, in block order.
    pub blocks: Vec<(u64, u64, Vec<u64>)>,
}

/// Parses `index.db`; `None` when it is not one this code understands or its checksum (keyed
/// with the stream name) fails, in which case upstream too rebuilds from the blocks.
pub fn parse_full_state(stream: &str, buf: &[u8]) -> Option<FullState> {
    if buf.len() < 2 + HASH_SIZE {
        return None;
    }
    let (body, sum) = buf.split_at(buf.len() - HASH_SIZE);
    if hash64(&hash_key(stream), &[body])[..] != *sum {
        return None;
    }
    let version = body[1];
    if body[0] != 11 || !(1..=4).contains(&version) {
        return None;
    }
    let mut r = Varints { buf: body, at: 2 };
    let _msgs = r.uvarint().ok()?;
    let _bytes = r.uvarint().ok()?;
    let _first = r.uvarint().ok()?;
    let _first_ts = r.varint().ok()?;
    let last_seq = r.uvarint().ok()?;
    let _last_ts = r.varint().ok()?;
    let subjects = r.uvarint().ok()?;
    for _ in 0..subjects {
        let len = usize::try_from(r.uvarint().ok()?).ok()?;
        if len > 0 {
            r.at = r.at.checked_add(len).filter(|e| *e <= body.len())?;
            let total = r.uvarint().ok()?;
            let _fblk = r.uvarint().ok()?;
            if total > 1 || version >= 4 {
                let _lblk = r.uvarint().ok()?;
            }
        }
    }
    let nblocks = r.uvarint().ok()?;
    let mut blocks = Vec::new();
    for _ in 0..nblocks {
        let _index = r.uvarint().ok()?;
        let _nbytes = r.uvarint().ok()?;
        let first = r.uvarint().ok()?;
        let _fts = r.varint().ok()?;
        let last = r.uvarint().ok()?;
        let _lts = r.varint().ok()?;
        let num_deleted = r.uvarint().ok()?;
        if version >= 2 {
            let _ttls = r.uvarint().ok()?;
        }
        if version >= 3 {
            let _schedules = r.uvarint().ok()?;
        }
        let mut deleted = Vec::new();
        if num_deleted > 0 {
            let (seqs, used) = decode_seqset(&body[r.at..])?;
            deleted = seqs;
            r.at += used;
        }
        blocks.push((first, last, deleted));
    }
    Some(FullState { last_seq, blocks })
}

/// Decodes an `avl.SequenceSet` (versions 1 and 2): the sequences and the bytes used.
fn decode_seqset(buf: &[u8]) -> Option<(Vec<u64>, usize)> {
    let le32 = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    let le64 = |b: &[u8]| {
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[..8]);
        u64::from_le_bytes(a)
    };
    if buf.len() < 10 || buf[0] != MAGIC {
        return None;
    }
    let buckets = match buf[1] {
        1 => 64,
        2 => 32,
        _ => return None,
    };
    let nodes = le32(&buf[2..]) as usize;
    let node_len = (buckets + 1) * 8 + 2;
    let end = nodes.checked_mul(node_len)?.checked_add(10)?;
    if buf.len() < end {
        return None;
    }
    let mut out = Vec::new();
    let mut at = 10;
    for _ in 0..nodes {
        let base = le64(&buf[at..]);
        at += 8;
        for nb in 0..buckets {
            let mut bits = le64(&buf[at..]);
            at += 8;
            while bits != 0 {
                let pos = u64::from(bits.trailing_zeros());
                out.push(base + nb as u64 * 64 + pos);
                bits &= bits - 1;
            }
        }
        at += 2;
    }
    out.sort_unstable();
    Some((out, at))
}

fn put_uvarint(b: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        b.push((v as u8) | 0x80);
        v >>= 7;
    }
    b.push(v as u8);
}

fn put_varint(b: &mut Vec<u8>, v: i64) {
    // Go's zig-zag encoding.
    let ux = ((v as u64) << 1) ^ ((v >> 63) as u64);
    put_uvarint(b, ux);
}

/// A cursor over varints (Go's `binary.Uvarint`/`Varint`).
struct Varints<'a> {
    buf: &'a [u8],
    at: usize,
}

impl Varints<'_> {
    fn uvarint(&mut self) -> Result<u64, FormatError> {
        let mut x = 0u64;
        let mut s = 0u32;
        for i in 0..10 {
            let Some(&b) = self.buf.get(self.at + i) else {
                break;
            };
            if b < 0x80 {
                if i == 9 && b > 1 {
                    break;
                }
                self.at += i + 1;
                return Ok(x | (u64::from(b) << s));
            }
            x |= u64::from(b & 0x7f) << s;
            s += 7;
        }
        Err(FormatError("corrupt state".to_string()))
    }

    fn varint(&mut self) -> Result<i64, FormatError> {
        let ux = self.uvarint()?;
        let x = (ux >> 1) as i64;
        Ok(if ux & 1 != 0 { !x } else { x })
    }
}

/// Upstream's `o.dat` for a consumer state (version 2; pending timestamps in seconds relative
/// to `now_secs`).
pub fn encode_consumer_state(state: &ConsumerState, now_secs: i64) -> Vec<u8> {
    let mut b = vec![MAGIC, 2];
    put_uvarint(&mut b, state.ack_floor.consumer_seq);
    put_uvarint(&mut b, state.ack_floor.stream_seq);
    put_uvarint(&mut b, state.delivered.consumer_seq);
    put_uvarint(&mut b, state.delivered.stream_seq);
    put_uvarint(&mut b, state.pending.len() as u64);
    let asflr = state.ack_floor.stream_seq;
    let adflr = state.ack_floor.consumer_seq;
    if !state.pending.is_empty() {
        put_varint(&mut b, now_secs);
        for (&sseq, p) in &state.pending {
            put_uvarint(&mut b, sseq.saturating_sub(asflr));
            put_uvarint(&mut b, p.sequence.saturating_sub(adflr));
            put_varint(&mut b, now_secs - p.timestamp / 1_000_000_000);
        }
    }
    put_uvarint(&mut b, state.redelivered.len() as u64);
    for (&sseq, &n) in &state.redelivered {
        put_uvarint(&mut b, sseq.saturating_sub(asflr));
        put_uvarint(&mut b, n);
    }
    b
}

/// Parses upstream's `o.dat` (versions 1 and 2, as `decodeConsumerState`).
pub fn decode_consumer_state(buf: &[u8]) -> Result<ConsumerState, FormatError> {
    let corrupt = || FormatError("corrupt state".to_string());
    if buf.len() < 2 || buf[0] != MAGIC {
        return Err(corrupt());
    }
    let version = buf[1];
    if version != 1 && version != 2 {
        return Err(FormatError(format!("unsupported version: {version}")));
    }
    let mut r = Varints { buf, at: 2 };
    let mut st = ConsumerState {
        ack_floor: SequencePair {
            consumer_seq: r.uvarint()?,
            stream_seq: r.uvarint()?,
        },
        delivered: SequencePair {
            consumer_seq: r.uvarint()?,
            stream_seq: r.uvarint()?,
        },
        pending: BTreeMap::new(),
        redelivered: BTreeMap::new(),
    };
    if version == 1 {
        if st.ack_floor.consumer_seq > 1 {
            st.delivered.consumer_seq += st.ack_floor.consumer_seq - 1;
        }
        if st.ack_floor.stream_seq > 1 {
            st.delivered.stream_seq += st.ack_floor.stream_seq - 1;
        }
    }
    if st.ack_floor.stream_seq & (1 << 63) != 0 || st.delivered.stream_seq & (1 << 63) != 0 {
        return Err(corrupt());
    }
    let pending = r.uvarint()?;
    if pending > 0 {
        let mints = r.varint()?;
        for _ in 0..pending {
            let mut sseq = r.uvarint()?;
            let mut dseq = if version == 2 { r.uvarint()? } else { 0 };
            let ts = r.varint()?;
            sseq += st.ack_floor.stream_seq;
            if sseq == 0 {
                return Err(corrupt());
            }
            if version == 2 {
                dseq += st.ack_floor.consumer_seq;
            }
            let ts = if version == 1 {
                (ts + mints) * 1_000_000_000
            } else {
                (mints - ts) * 1_000_000_000
            };
            st.pending.insert(
                sseq,
                Pending {
                    sequence: dseq,
                    timestamp: ts,
                },
            );
        }
    }
    let redelivered = r.uvarint()?;
    for _ in 0..redelivered {
        let seq = r.uvarint()?;
        let n = r.uvarint()?;
        if seq > 0 && n > 0 {
            st.redelivered.insert(seq + st.ack_floor.stream_seq, n);
        }
    }
    Ok(st)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_detect_damage() {
        let key = block_key("ORDERS", 1);
        let mut b = Vec::new();
        put_record(&mut b, &key, 1, 10, b"a.b", b"", b"hello");
        put_record(
            &mut b,
            &key,
            2,
            11,
            b"a.c",
            b"NATS/1.0\r\nk: v\r\n\r\n",
            b"x",
        );
        put_record(&mut b, &key, 3 | EBIT, 0, b"", b"", b"");
        put_record(&mut b, &key, 1 | TBIT, 12, b"", b"", b"");
        let mut got = Vec::new();
        parse_block("1.blk", &key, &b, |r| {
            got.push(format!("{r:?}"));
            Ok(())
        })
        .expect("parse");
        assert_eq!(got.len(), 4);
        assert!(got[0].contains("seq: 1, ts: 10"));
        assert!(got[1].contains("hdr: [78, 65, 84, 83"));
        assert_eq!(got[2], "Deleted { seq: 3 }");
        assert_eq!(got[3], "Tombstone { seq: 1 }");
        // A flipped payload byte fails the checksum; a cut record is an overrun.
        let mut bad = b.clone();
        bad[30] ^= 1;
        let e = parse_block("1.blk", &key, &bad, |_| Ok(())).expect_err("damaged");
        assert!(e.0.contains("invalid checksum"), "{e}");
        let e = parse_block("1.blk", &key, &b[..b.len() - 3], |_| Ok(())).expect_err("cut");
        assert!(e.0.contains("1.blk"), "{e}");
        // The wrong key (another stream's block) is refused too.
        let other = block_key("OTHER", 1);
        assert!(parse_block("1.blk", &other, &b, |_| Ok(())).is_err());
    }

    #[test]
    fn consumer_state_round_trips() {
        let mut st = ConsumerState {
            delivered: SequencePair {
                consumer_seq: 12,
                stream_seq: 20,
            },
            ack_floor: SequencePair {
                consumer_seq: 5,
                stream_seq: 8,
            },
            ..ConsumerState::default()
        };
        st.pending.insert(
            10,
            Pending {
                sequence: 7,
                timestamp: 1_700_000_000_000_000_000,
            },
        );
        st.redelivered.insert(10, 3);
        let enc = encode_consumer_state(&st, 1_700_000_100);
        assert_eq!(&enc[..2], &[22, 2]);
        let back = decode_consumer_state(&enc).expect("decode");
        assert_eq!(back, st);
        assert!(decode_consumer_state(&[22, 9]).is_err());
        assert!(decode_consumer_state(&enc[..5]).is_err());
    }

    #[test]
    fn sequence_sets_and_full_state() {
        // avl.SequenceSet v2: one node, base 0, 32 buckets of 64 bits, height.
        let mut b = vec![22, 2];
        b.extend_from_slice(&1u32.to_le_bytes());
        b.extend_from_slice(&3u32.to_le_bytes());
        b.extend_from_slice(&0u64.to_le_bytes());
        for i in 0..32u64 {
            let bits: u64 = match i {
                0 => 0b1010,
                1 => 1,
                _ => 0,
            };
            b.extend_from_slice(&bits.to_le_bytes());
        }
        b.extend_from_slice(&1u16.to_le_bytes());
        let (seqs, used) = decode_seqset(&b).expect("decode");
        assert_eq!(seqs, vec![1, 3, 64]);
        assert_eq!(used, b.len());
        assert!(decode_seqset(&b[..b.len() - 1]).is_none());
        // A full state whose checksum does not match the stream name is ignored.
        let mut fs = vec![11, 4];
        for v in [0u8, 0, 1, 0, 0, 0, 0, 0, 0] {
            fs.push(v);
        }
        fs.extend_from_slice(&hash64(&hash_key("S"), &[&fs]));
        assert!(parse_full_state("S", &fs).is_some());
        assert!(parse_full_state("T", &fs).is_none());
    }

    #[test]
    fn meta_sum_is_keyed_by_name() {
        assert_ne!(meta_sum("A", b"{}"), meta_sum("B", b"{}"));
        assert_eq!(meta_sum("A", b"{}").len(), 16);
    }
}
