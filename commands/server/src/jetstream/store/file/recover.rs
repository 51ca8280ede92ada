//! Opening a file store: list the segments, verify every record, rebuild the index by replaying
//! the log, and repair only what is safe to repair (jetstream-store.md §3.5, lessons L2 and L3).
//!
//! Per segment, in name order: check the header; then decode record after record. At a record
//! that fails framing or checksum, search forward (8-byte steps) for the next record that decodes
//! and whose sequence continues the log. If one is found, the stretch between is `Corrupt`: the
//! sequences it can have held are reported lost and the bytes stay. If none is found, the rest of
//! the file is a tail: in the newest segment a `TornTail`, truncated away (an interrupted write;
//! under `SyncPolicy::Always` never acknowledged); in an older segment `Corrupt`, left in place.
//! A header that fails its checksum is reported, and its salt is still tried on the records;
//! such a segment is never truncated. A segment whose header is unusable and whose records cannot
//! be verified is `BadSegment`: skipped and left in place, its possible sequences reported lost
//! (for the newest, as many as its bytes could hold) and never reused. The newest segment, if no
//! longer than a header and without a valid one, is an interrupted creation and is removed (a
//! header is fsynced before any record is written).
//!
//! Leftover `*.tmp` files are interrupted compactions or truncations whose rename never
//! happened: the original is intact and the temp file is removed.

use crate::log_warn;
use std::fs::{self, File, OpenOptions};
use std::path::Path;
use std::sync::Arc;

use super::record::{self, DecodeError, Kind, SegHeader, SEG_HEADER_LEN};
use super::{file_msg_size, seg_name, Loc, Segment, Shared, SEG_EXT};
use crate::jetstream::store::fsutil::{fsync_dir, TMP_SUFFIX};
use crate::jetstream::store::index::Index;
use crate::jetstream::store::{now_ns, Damage, DamageKind, Result, StoreConfig, StoreError};

/// Opens a segment file for reading and positional writes.
pub(super) fn open_segment_file(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().read(true).write(true).open(path)
}

/// Creates a new, empty segment whose first sequence is `first`, durably (header fsynced, then
/// the directory). Returns the segment and counts one fsync in `fsyncs`.
pub(super) fn create_segment(msgs_dir: &Path, first: u64) -> std::io::Result<Segment> {
    let name = seg_name(first);
    let path = msgs_dir.join(&name);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)?;
    let salt = fastrand::u64(..);
    let header = SegHeader {
        first_seq: first,
        created: now_ns(),
        salt,
    };
    std::os::unix::fs::FileExt::write_all_at(&file, &header.encode(), 0)?;
    file.sync_data()?;
    fsync_dir(msgs_dir)?;
    Ok(Segment {
        name,
        file: Arc::new(file),
        salt,
        size: SEG_HEADER_LEN as u64,
        live: 0,
        damaged: false,
        compacted_at: None,
    })
}

/// Segment files in `msgs_dir` as (first sequence from the name, file name), in order.
fn list_segments(msgs_dir: &Path) -> Result<Vec<(u64, String)>> {
    let io = |e| StoreError::io(format!("listing {}", msgs_dir.display()), e);
    let mut out = Vec::new();
    for entry in fs::read_dir(msgs_dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(TMP_SUFFIX) {
            log_warn!(
                "JetStream store: removing {} left by an interrupted rewrite",
                entry.path().display()
            );
            fs::remove_file(entry.path()).map_err(io)?;
            continue;
        }
        let Some(stem) = name.strip_suffix(&format!(".{SEG_EXT}")) else {
            continue;
        };
        match stem.parse::<u64>() {
            Ok(first) => out.push((first, name)),
            Err(_) => log_warn!(
                "JetStream store: ignoring {} (not a segment name)",
                entry.path().display()
            ),
        }
    }
    out.sort();
    Ok(out)
}

/// Rebuilds the store state from `dir`.
pub(super) fn recover(dir: &Path, msgs_dir: &Path, cfg: &StoreConfig) -> Result<Shared> {
    fs::create_dir_all(msgs_dir)
        .map_err(|e| StoreError::io(format!("creating {}", msgs_dir.display()), e))?;
    let sync_dirs = || -> std::io::Result<()> {
        if let Some(parent) = dir.parent() {
            fsync_dir(parent)?;
        }
        fsync_dir(dir)?;
        fsync_dir(msgs_dir)
    };
    sync_dirs().map_err(|e| StoreError::io("syncing the stream directories", e))?;

    let list = list_segments(msgs_dir)?;
    // The configured first sequence only applies to a store without data.
    let first_seq = if list.is_empty() { cfg.first_seq } else { 1 };
    let mut index = Index::new(first_seq, cfg.limits.clone(), file_msg_size);
    index.set_usage(cfg.usage.clone());
    let mut sh = Shared {
        index,
        segments: Default::default(),
        active: 0,
        damage: Vec::new(),
        failed: None,
    };
    // Sequences of a skipped segment are unknown; new segments must start above its name.
    let mut max_bad_first = 0;
    for (i, (first, name)) in list.iter().enumerate() {
        let is_last = i + 1 == list.len();
        let next_first = list.get(i + 1).map(|(f, _)| *f);
        let path = msgs_dir.join(name);
        let data = fs::read(&path)
            .map_err(|e| StoreError::io(format!("reading {}", path.display()), e))?;
        // A header that fails its checksum may still hold a good salt (a flip elsewhere in it):
        // the records decide. Such a segment is never truncated.
        let (header, header_ok) = match SegHeader::decode(&data) {
            Ok(h) if h.first_seq == *first => (Some(h), true),
            Err(Some(h)) if h.first_seq == *first => (Some(h), false),
            _ => (None, false),
        };
        if !header_ok && is_last && data.len() <= SEG_HEADER_LEN {
            // Created but its header never reached the disk, so no record was written after it.
            sh.damage.push(Damage {
                segment: name.clone(),
                offset: 0,
                len: data.len() as u64,
                kind: DamageKind::TornTail,
                seqs: None,
            });
            sh.index.raise_last_seq(first.saturating_sub(1));
            fs::remove_file(&path)
                .and_then(|()| fsync_dir(msgs_dir))
                .map_err(|e| StoreError::io(format!("removing {}", path.display()), e))?;
            continue;
        }
        let bad_segment = |sh: &mut Shared| {
            // Its sequences end before the next segment, or, for the newest, within as many
            // records as its bytes could hold; new messages are numbered above that.
            let most = (data.len().saturating_sub(SEG_HEADER_LEN) / record::MIN_RECORD_LEN) as u64;
            let upper = next_first.map_or(first + most, |n| n).saturating_sub(1);
            sh.damage.push(Damage {
                segment: name.clone(),
                offset: 0,
                len: data.len() as u64,
                kind: DamageKind::BadSegment,
                seqs: (upper >= *first).then_some((*first, upper)),
            });
            sh.index.raise_last_seq(upper.max(first.saturating_sub(1)));
        };
        let Some(header) = header else {
            bad_segment(&mut sh);
            max_bad_first = max_bad_first.max(*first);
            continue;
        };
        let file = open_segment_file(&path)
            .map_err(|e| StoreError::io(format!("opening {}", path.display()), e))?;
        let mut seg = Segment {
            name: name.clone(),
            file: Arc::new(file),
            salt: header.salt,
            size: data.len() as u64,
            live: 0,
            damaged: false,
            compacted_at: None,
        };
        let damage_mark = sh.damage.len();
        let (end, valid) = scan_segment(
            &mut sh,
            *first,
            &mut seg,
            &data,
            is_last && header_ok,
            next_first,
        );
        if !header_ok {
            if valid == 0 {
                sh.damage.truncate(damage_mark);
                bad_segment(&mut sh);
                max_bad_first = max_bad_first.max(*first);
                continue;
            }
            sh.damage.insert(
                damage_mark,
                Damage {
                    segment: name.clone(),
                    offset: 0,
                    len: SEG_HEADER_LEN as u64,
                    kind: DamageKind::Corrupt,
                    seqs: None,
                },
            );
        }
        if end < data.len() {
            // Torn tail of the newest segment: cut it off so appends continue from valid data.
            seg.file
                .set_len(end as u64)
                .and_then(|()| seg.file.sync_all())
                .map_err(|e| StoreError::io(format!("truncating {}", path.display()), e))?;
            seg.size = end as u64;
        }
        sh.index.raise_last_seq(first.saturating_sub(1));
        seg.damaged = sh
            .damage
            .iter()
            .any(|d| d.segment == seg.name && d.kind != DamageKind::TornTail);
        sh.segments.insert(*first, seg);
    }

    // Appends go to the newest segment, unless a skipped segment lies above it.
    let usable_last = sh.segments.keys().next_back().copied();
    match usable_last {
        Some(k) if k >= max_bad_first => sh.active = k,
        _ => {
            let first = (sh.index.last_seq() + 1).max(max_bad_first + 1);
            sh.index.raise_last_seq(first - 1);
            let seg = create_segment(msgs_dir, first)
                .map_err(|e| StoreError::io("creating the first segment", e))?;
            sh.segments.insert(first, seg);
            sh.active = first;
        }
    }
    let last = sh.index.last_seq();
    sh.index.set_visible(last);
    Ok(sh)
}

/// Replays one segment's records into `sh`. Returns the offset where valid data ends when the
/// rest is a torn tail to cut off (only when `may_truncate`: the newest segment with a good
/// header), else `data.len()`; and the number of valid records.
fn scan_segment(
    sh: &mut Shared,
    first: u64,
    seg: &mut Segment,
    data: &[u8],
    may_truncate: bool,
    next_first: Option<u64>,
) -> (usize, usize) {
    let mut valid = 0;
    // Highest message sequence seen, for continuity checks and lost-range bounds.
    let mut prev_msg = first.saturating_sub(1).max(sh.index.last_seq());
    let mut pos = SEG_HEADER_LEN;
    while pos < data.len() {
        match record::decode(&data[pos..], seg.salt) {
            Ok(r) if r.kind != Kind::Msg || r.seq > prev_msg => {
                if r.kind == Kind::Msg {
                    prev_msg = r.seq;
                }
                apply(sh, first, seg, &data[pos..pos + r.len], &r, pos);
                pos += r.len;
                valid += 1;
            }
            Ok(_) | Err(DecodeError::Short) | Err(DecodeError::Bad) => {
                match resync(data, pos + 8, seg.salt, prev_msg) {
                    Some((next, next_seq)) => {
                        sh.damage.push(Damage {
                            segment: seg.name.clone(),
                            offset: pos as u64,
                            len: (next - pos) as u64,
                            kind: DamageKind::Corrupt,
                            seqs: next_seq
                                .filter(|&n| n > prev_msg + 1)
                                .map(|n| (prev_msg + 1, n - 1)),
                        });
                        pos = next;
                    }
                    None if may_truncate => {
                        sh.damage.push(Damage {
                            segment: seg.name.clone(),
                            offset: pos as u64,
                            len: (data.len() - pos) as u64,
                            kind: DamageKind::TornTail,
                            seqs: None,
                        });
                        return (pos, valid);
                    }
                    None => {
                        sh.damage.push(Damage {
                            segment: seg.name.clone(),
                            offset: pos as u64,
                            len: (data.len() - pos) as u64,
                            kind: DamageKind::Corrupt,
                            seqs: next_first
                                .filter(|&n| n > prev_msg + 1)
                                .map(|n| (prev_msg + 1, n - 1)),
                        });
                        return (data.len(), valid);
                    }
                }
            }
        }
    }
    (data.len(), valid)
}

/// Finds the next offset at or after `from` (8-byte aligned) holding a valid record that
/// continues the log; returns it and, for a message, its sequence.
fn resync(data: &[u8], from: usize, salt: u64, prev_msg: u64) -> Option<(usize, Option<u64>)> {
    let mut q = from;
    while q + record::MIN_RECORD_LEN <= data.len() {
        if let Ok(r) = record::decode(&data[q..], salt) {
            if r.kind != Kind::Msg {
                return Some((q, None));
            }
            if r.seq > prev_msg {
                return Some((q, Some(r.seq)));
            }
        }
        q += 8;
    }
    None
}

/// Applies one valid record to the index.
fn apply(
    sh: &mut Shared,
    first: u64,
    seg: &mut Segment,
    bytes: &[u8],
    r: &record::Record,
    pos: usize,
) {
    let Shared {
        index, segments, ..
    } = sh;
    // The segment being scanned is not in `segments` yet; it holds every sequence from its
    // first on.
    let mut unlive = |seq: u64, e: crate::jetstream::store::index::Entry<Loc>| {
        if seq >= first {
            seg.live -= u64::from(e.loc.len);
        } else if let Some((_, s)) = segments.range_mut(..=seq).next_back() {
            s.live -= u64::from(e.loc.len);
        }
    };
    match r.kind {
        Kind::Msg => {
            let Ok(subject) = std::str::from_utf8(&bytes[r.subject.clone()]) else {
                // Unreachable with a valid checksum unless the writer had a bug; keep going.
                return;
            };
            let size = file_msg_size(subject.len(), r.hdr.len(), r.payload.len());
            let loc = Loc {
                offset: pos as u32,
                len: r.len as u32,
            };
            if index.entry(r.seq).is_some() {
                index.remove(r.seq, &mut unlive);
            }
            index.insert(r.seq, r.ts, subject, size, r.ttl, loc);
            seg.live += r.len as u64;
        }
        // A removal record names a sequence that existed: the last sequence is at least that,
        // even when the message record itself is gone (erased in place).
        Kind::Tombstone => {
            index.remove(r.seq, &mut unlive);
            index.raise_last_seq(r.seq);
        }
        Kind::Floor => {
            index.compact(r.seq, &mut unlive);
            if index.len() == 0 && r.ts != 0 {
                index.set_last_ts(r.ts);
            }
        }
        Kind::Erased => index.raise_last_seq(r.seq),
    }
}
