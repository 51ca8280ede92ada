//! On-disk format of segment files: the 64-byte segment header and the records after it.
//! Pure encoding and decoding, no I/O.
//!
//! Segment header (little-endian): magic `RNATSSEG` (8) · format version u32 · flags u32 (0) ·
//! first_seq u64 · created ns i64 · salt u64 · 20 reserved zero bytes · crc32c u32 of bytes 0..60.
//!
//! Record (little-endian, 8-byte aligned, `len` counts every byte):
//!
//! | off | field                                              |
//! |-----|----------------------------------------------------|
//! | 0   | magic u16 `0x5352`                                 |
//! | 2   | kind u8 (msg, tombstone, floor, erased, seal)      |
//! | 3   | flags u8 (bit 0: a TTL follows the header; bits 1-3: atomic batch; 4-5: commit, below) |
//! | 4   | len u32                                            |
//! | 8   | seq u64 (tombstone: the removed sequence)          |
//! | 16  | ts i64                                             |
//! | 24  | subject len u16                                    |
//! | 26  | padding len u16 (0..=7)                            |
//! | 28  | header len u32                                     |
//! | 32  | [ttl i64] · subject · headers · payload · padding  |
//! | len-4 | crc32c(salt ‖ bytes 0..len-4) u32                |
//!
//! Atomic batches (ADR-50) are written by one commit as consecutive records, every one flagged
//! `BATCH`, the first also `BATCH_FIRST` and the last `BATCH_LAST`. Recovery applies a batch
//! only once its last record is valid, so a crash in the middle of its write leaves none of it.
//!
//! Commit framing (segment format version 3): every record written by one commit (one
//! positional write, then one fsync) carries the commit's parity bit `ODD`, which alternates
//! from commit to commit within a segment, and the commit's last record carries `COMMIT`. A
//! commit is written only after the previous one is durable, so in the newest segment damage
//! followed only by records of its own commit is a torn write of the last commit (never
//! acknowledged under `SyncPolicy::Always`), while a record of a later commit after it proves
//! the damage hit durable data. Version 3 segments are preallocated: zeros after the last
//! commit are free space, not damage.
//!
//! The checksum covers every byte of the record, the length fields included (upstream's leaves
//! its length word unchecked), and is seeded with the segment's random salt so bytes from another
//! segment or an older file under the same name never validate. The magic and alignment let a
//! scanner resynchronise after a damaged record.

use bytes::Bytes;

/// Segment header length.
pub(crate) const SEG_HEADER_LEN: usize = 64;
const SEG_MAGIC: &[u8; 8] = b"RNATSSEG";
/// Version 2 segments end with a [`Kind::Seal`] record once a newer segment exists; version 1
/// (older rnats) segments have none and are still read.
/// Version 3 segments frame commits (`COMMIT`, `ODD`) and may be preallocated.
const SEG_VERSION: u32 = 3;

/// Record magic.
const REC_MAGIC: u16 = 0x5352;
/// Fixed part of a record header.
pub(crate) const REC_HEADER_LEN: usize = 32;
/// Smallest possible record.
pub(crate) const MIN_RECORD_LEN: usize = 40;
/// Largest record accepted (a sanity bound for scanning; payloads are far below it).
pub(crate) const MAX_RECORD_LEN: usize = 256 << 20;
const FLAG_TTL: u8 = 1;
/// The record belongs to an atomic batch written by one commit.
pub(crate) const FLAG_BATCH: u8 = 2;
/// The first record of its batch.
pub(crate) const FLAG_BATCH_FIRST: u8 = 4;
/// The last record of its batch: the batch is whole once this record is valid.
pub(crate) const FLAG_BATCH_LAST: u8 = 8;
/// The last record of a commit (version 3 segments).
pub(crate) const FLAG_COMMIT: u8 = 16;
/// The parity of the commit the record belongs to (version 3 segments).
pub(crate) const FLAG_ODD: u8 = 32;
const KNOWN_FLAGS: u8 =
    FLAG_TTL | FLAG_BATCH | FLAG_BATCH_FIRST | FLAG_BATCH_LAST | FLAG_COMMIT | FLAG_ODD;

/// What a record says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A message.
    Msg = 1,
    /// `seq` was removed.
    Tombstone = 2,
    /// Every sequence below `seq` was removed (purge, compact); the last sequence is at least
    /// `seq - 1`.
    Floor = 3,
    /// A message overwritten in place by an erase; its bytes are gone.
    Erased = 4,
    /// The segment ends here: written when a newer segment is started (`seq` is the last
    /// sequence this segment can hold). A sealed segment without it was cut short.
    Seal = 5,
}

impl Kind {
    fn from_u8(b: u8) -> Option<Kind> {
        match b {
            1 => Some(Kind::Msg),
            2 => Some(Kind::Tombstone),
            3 => Some(Kind::Floor),
            4 => Some(Kind::Erased),
            5 => Some(Kind::Seal),
            _ => None,
        }
    }
}

/// A parsed segment header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SegHeader {
    pub first_seq: u64,
    pub created: i64,
    pub salt: u64,
}

impl SegHeader {
    pub fn encode(&self) -> [u8; SEG_HEADER_LEN] {
        let mut b = [0u8; SEG_HEADER_LEN];
        b[0..8].copy_from_slice(SEG_MAGIC);
        b[8..12].copy_from_slice(&SEG_VERSION.to_le_bytes());
        b[16..24].copy_from_slice(&self.first_seq.to_le_bytes());
        b[24..32].copy_from_slice(&self.created.to_le_bytes());
        b[32..40].copy_from_slice(&self.salt.to_le_bytes());
        let crc = crc32c::crc32c(&b[..60]);
        b[60..64].copy_from_slice(&crc.to_le_bytes());
        b
    }

    /// Parses a header. `Err` carries the salt when only the checksum failed but the magic
    /// holds, so a scan can still try the records (a flipped bit in the header must not cost the
    /// whole segment).
    pub fn decode(b: &[u8]) -> Result<SegHeader, Option<SegHeader>> {
        if b.len() < SEG_HEADER_LEN || &b[0..8] != SEG_MAGIC {
            return Err(None);
        }
        let h = SegHeader {
            first_seq: u64_at(b, 16),
            created: u64_at(b, 24) as i64,
            salt: u64_at(b, 32),
        };
        if crc32c::crc32c(&b[..60]) != u32_at(b, 60) || !(1..=SEG_VERSION).contains(&u32_at(b, 8)) {
            return Err(Some(h));
        }
        Ok(h)
    }
}

fn u16_at(b: &[u8], o: usize) -> u16 {
    u16::from_le_bytes([b[o], b[o + 1]])
}

fn u32_at(b: &[u8], o: usize) -> u32 {
    u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]])
}

fn u64_at(b: &[u8], o: usize) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&b[o..o + 8]);
    u64::from_le_bytes(x)
}

fn checksum(salt: u64, body: &[u8]) -> u32 {
    crc32c::crc32c_append(crc32c::crc32c(&salt.to_le_bytes()), body)
}

/// The encoded length of a record with these parts.
pub(crate) fn record_len(
    subject_len: usize,
    hdr_len: usize,
    payload_len: usize,
    ttl: bool,
) -> usize {
    let raw = REC_HEADER_LEN + if ttl { 8 } else { 0 } + subject_len + hdr_len + payload_len + 4;
    raw.div_ceil(8) * 8
}

/// The parts of a record to encode.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RecordRef<'a> {
    pub kind: Kind,
    pub seq: u64,
    pub ts: i64,
    /// TTL in ns, `<= 0` for none.
    pub ttl: i64,
    pub subject: &'a [u8],
    pub hdr: &'a [u8],
    pub payload: &'a [u8],
}

impl RecordRef<'_> {
    /// A record with no body.
    pub fn marker(kind: Kind, seq: u64, ts: i64) -> RecordRef<'static> {
        RecordRef {
            kind,
            seq,
            ts,
            ttl: 0,
            subject: b"",
            hdr: b"",
            payload: b"",
        }
    }

    /// This record's encoded length.
    pub fn len(&self) -> usize {
        record_len(
            self.subject.len(),
            self.hdr.len(),
            self.payload.len(),
            self.ttl > 0,
        )
    }

    /// Appends the encoded record to `out`; returns its length. The caller has checked that the
    /// subject fits a u16 and the record [`MAX_RECORD_LEN`].
    pub fn encode_into(&self, salt: u64, out: &mut Vec<u8>) -> usize {
        self.encode_flagged(salt, 0, out)
    }

    /// [`Self::encode_into`] with `flags` (commit framing, batch bits) set as well.
    pub fn encode_flagged(&self, salt: u64, flags: u8, out: &mut Vec<u8>) -> usize {
        let len = self.len();
        let start = out.len();
        let has_ttl = self.ttl > 0;
        let body = REC_HEADER_LEN
            + if has_ttl { 8 } else { 0 }
            + self.subject.len()
            + self.hdr.len()
            + self.payload.len();
        let pad = len - 4 - body;
        out.extend_from_slice(&REC_MAGIC.to_le_bytes());
        out.push(self.kind as u8);
        out.push(if has_ttl {
            flags | FLAG_TTL
        } else {
            flags & !FLAG_TTL
        });
        out.extend_from_slice(&(len as u32).to_le_bytes());
        out.extend_from_slice(&self.seq.to_le_bytes());
        out.extend_from_slice(&self.ts.to_le_bytes());
        out.extend_from_slice(&(self.subject.len() as u16).to_le_bytes());
        out.extend_from_slice(&(pad as u16).to_le_bytes());
        out.extend_from_slice(&(self.hdr.len() as u32).to_le_bytes());
        if has_ttl {
            out.extend_from_slice(&self.ttl.to_le_bytes());
        }
        out.extend_from_slice(self.subject);
        out.extend_from_slice(self.hdr);
        out.extend_from_slice(self.payload);
        out.resize(out.len() + pad, 0);
        let crc = checksum(salt, &out[start..]);
        out.extend_from_slice(&crc.to_le_bytes());
        len
    }
}

/// A decoded record; body parts are ranges into the buffer it was decoded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub kind: Kind,
    /// Flag bits (`FLAG_BATCH*` are of interest to readers).
    pub flags: u8,
    pub seq: u64,
    pub ts: i64,
    pub ttl: i64,
    pub len: usize,
    pub subject: std::ops::Range<usize>,
    pub hdr: std::ops::Range<usize>,
    pub payload: std::ops::Range<usize>,
}

/// Why a record failed to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DecodeError {
    /// Fewer bytes than the record claims, or than a header (a cut-off tail).
    Short,
    /// Framing or checksum failed.
    Bad,
}

/// Decodes the record at the start of `b`, verifying framing and checksum.
pub(crate) fn decode(b: &[u8], salt: u64) -> Result<Record, DecodeError> {
    if b.len() < MIN_RECORD_LEN {
        return Err(DecodeError::Short);
    }
    if u16_at(b, 0) != REC_MAGIC {
        return Err(DecodeError::Bad);
    }
    let kind = Kind::from_u8(b[2]).ok_or(DecodeError::Bad)?;
    let flags = b[3];
    let len = u32_at(b, 4) as usize;
    if len < MIN_RECORD_LEN
        || !len.is_multiple_of(8)
        || len > MAX_RECORD_LEN
        || flags & !KNOWN_FLAGS != 0
    {
        return Err(DecodeError::Bad);
    }
    if len > b.len() {
        return Err(DecodeError::Short);
    }
    let subj_len = usize::from(u16_at(b, 24));
    let pad = usize::from(u16_at(b, 26));
    let hdr_len = u32_at(b, 28) as usize;
    let ttl_len = if flags & FLAG_TTL != 0 { 8 } else { 0 };
    let fixed = REC_HEADER_LEN + ttl_len + subj_len + pad + 4;
    if pad > 7 || fixed > len || hdr_len > len - fixed {
        return Err(DecodeError::Bad);
    }
    if checksum(salt, &b[..len - 4]) != u32_at(b, len - 4) {
        return Err(DecodeError::Bad);
    }
    let ttl = if ttl_len > 0 {
        u64_at(b, REC_HEADER_LEN) as i64
    } else {
        0
    };
    let s0 = REC_HEADER_LEN + ttl_len;
    let h0 = s0 + subj_len;
    let p0 = h0 + hdr_len;
    let p1 = len - 4 - pad;
    Ok(Record {
        kind,
        flags,
        seq: u64_at(b, 8),
        ts: u64_at(b, 16) as i64,
        ttl,
        len,
        subject: s0..h0,
        hdr: h0..p0,
        payload: p0..p1,
    })
}

/// Flags the whole records encoded in `buf` as one atomic batch (first, members, last) and
/// recomputes their checksums with `salt`.
pub(crate) fn mark_batch(buf: &mut [u8], salt: u64) {
    let mut spans = Vec::new();
    let mut pos = 0;
    while pos + MIN_RECORD_LEN <= buf.len() {
        let len = u32_at(buf, pos + 4) as usize;
        if len < MIN_RECORD_LEN || pos + len > buf.len() {
            break;
        }
        spans.push((pos, len));
        pos += len;
    }
    let n = spans.len();
    for (i, (p, len)) in spans.into_iter().enumerate() {
        let mut f = buf[p + 3] | FLAG_BATCH;
        if i == 0 {
            f |= FLAG_BATCH_FIRST;
        }
        if i + 1 == n {
            f |= FLAG_BATCH_LAST;
        }
        buf[p + 3] = f;
        let crc = checksum(salt, &buf[p..p + len - 4]);
        buf[p + len - 4..p + len].copy_from_slice(&crc.to_le_bytes());
    }
}

/// Sets `flags` on the whole record at the start of `rec` (its length from its header) and
/// recomputes its checksum with `salt`.
pub(crate) fn add_flags(rec: &mut [u8], flags: u8, salt: u64) {
    let len = u32_at(rec, 4) as usize;
    if len < MIN_RECORD_LEN || len > rec.len() {
        return;
    }
    rec[3] |= flags;
    let crc = checksum(salt, &rec[..len - 4]);
    rec[len - 4..len].copy_from_slice(&crc.to_le_bytes());
}

/// Makes each whole record in `buf` a commit of its own (`COMMIT`, alternating `ODD` from
/// even), recomputing checksums with `salt`; returns the parity of the commit to follow.
pub(crate) fn reframe(buf: &mut [u8], salt: u64) -> bool {
    let mut pos = 0;
    let mut odd = false;
    while pos + MIN_RECORD_LEN <= buf.len() {
        let len = u32_at(buf, pos + 4) as usize;
        if len < MIN_RECORD_LEN || pos + len > buf.len() {
            break;
        }
        buf[pos + 3] &= !(FLAG_COMMIT | FLAG_ODD);
        let flags = FLAG_COMMIT | if odd { FLAG_ODD } else { 0 };
        add_flags(&mut buf[pos..], flags, salt);
        odd = !odd;
        pos += len;
    }
    odd
}

/// The flag bits of the record at the start of `rec`, unverified (for carrying them over).
pub(crate) fn raw_flags(rec: &[u8]) -> u8 {
    rec.get(3).copied().unwrap_or(0) & KNOWN_FLAGS
}

/// The segment format version in header `b` (0 when unreadable).
pub(crate) fn version(b: &[u8]) -> u32 {
    if b.len() >= 12 {
        u32_at(b, 8)
    } else {
        0
    }
}

/// The body of an erase's tombstone: the segment (its first sequence) and offset of the
/// record being overwritten.
pub(crate) fn erase_location(seg: u64, offset: u32) -> [u8; 12] {
    let mut b = [0u8; 12];
    b[..8].copy_from_slice(&seg.to_le_bytes());
    b[8..].copy_from_slice(&offset.to_le_bytes());
    b
}

/// [`erase_location`] read back from a tombstone's body.
pub(crate) fn parse_erase_location(body: &[u8]) -> Option<(u64, u64)> {
    (body.len() == 12).then(|| (u64_at(body, 0), u64::from(u32_at(body, 8))))
}

/// Whether a segment whose header is `b` ends with a [`Kind::Seal`] once sealed (version 2).
pub(crate) fn seals(b: &[u8]) -> bool {
    b.len() >= 12 && u32_at(b, 8) >= 2
}

/// A decoded record's parts as shared buffers of `buf`.
pub(crate) fn parts(buf: &Bytes, r: &Record) -> (Bytes, Bytes, Bytes) {
    (
        buf.slice(r.subject.clone()),
        buf.slice(r.hdr.clone()),
        buf.slice(r.payload.clone()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(ttl: i64) -> Vec<u8> {
        let mut out = Vec::new();
        RecordRef {
            kind: Kind::Msg,
            seq: 42,
            ts: 1234,
            ttl,
            subject: b"orders.eu.1",
            hdr: b"NATS/1.0\r\nA: b\r\n\r\n",
            payload: b"hello world",
        }
        .encode_into(7, &mut out);
        out
    }

    #[test]
    fn round_trip_with_and_without_ttl() {
        for ttl in [0, 5_000_000_000] {
            let b = sample(ttl);
            assert_eq!(b.len() % 8, 0);
            let r = decode(&b, 7).expect("decode");
            assert_eq!(
                (r.kind, r.seq, r.ts, r.ttl, r.len),
                (Kind::Msg, 42, 1234, ttl, b.len())
            );
            assert_eq!(&b[r.subject.clone()], b"orders.eu.1");
            assert_eq!(&b[r.hdr.clone()], b"NATS/1.0\r\nA: b\r\n\r\n");
            assert_eq!(&b[r.payload.clone()], b"hello world");
        }
        let mut m = Vec::new();
        RecordRef::marker(Kind::Tombstone, 9, 1).encode_into(1, &mut m);
        assert_eq!(m.len(), MIN_RECORD_LEN);
        assert_eq!(
            decode(&m, 1).map(|r| (r.kind, r.seq)),
            Ok((Kind::Tombstone, 9))
        );
    }

    #[test]
    fn every_bit_flip_and_truncation_is_rejected() {
        let b = sample(3);
        for i in 0..b.len() {
            for bit in 0..8 {
                let mut x = b.clone();
                x[i] ^= 1 << bit;
                assert!(decode(&x, 7).is_err(), "flip at {i}.{bit}");
            }
        }
        for n in 0..b.len() {
            assert!(decode(&b[..n], 7).is_err(), "cut at {n}");
        }
        assert!(decode(&b, 8).is_err(), "other salt");
    }

    #[test]
    fn batch_marks_survive_decoding() {
        let mut b = sample(0);
        b.extend(sample(3));
        b.extend(sample(0));
        mark_batch(&mut b, 7);
        let mut pos = 0;
        let mut flags = Vec::new();
        while pos < b.len() {
            let r = decode(&b[pos..], 7).expect("decode");
            flags.push(r.flags & !FLAG_TTL);
            pos += r.len;
        }
        assert_eq!(
            flags,
            [
                FLAG_BATCH | FLAG_BATCH_FIRST,
                FLAG_BATCH,
                FLAG_BATCH | FLAG_BATCH_LAST
            ]
        );
    }

    #[test]
    fn segment_header() {
        let h = SegHeader {
            first_seq: 77,
            created: 5,
            salt: 0xdead_beef,
        };
        let mut b = h.encode();
        assert_eq!(SegHeader::decode(&b), Ok(h));
        b[20] ^= 1;
        assert!(matches!(SegHeader::decode(&b), Err(Some(_))));
        assert_eq!(SegHeader::decode(&[0u8; 64]), Err(None));
        assert_eq!(SegHeader::decode(&b[..10]), Err(None));
    }
}
