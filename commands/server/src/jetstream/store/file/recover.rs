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
//! Atomic batches (records flagged `BATCH`, see `record`) are applied only once their last
//! record is read. A batch cut off by the end of the newest segment was never acknowledged: it
//! is a torn tail and truncated away, whole. Anything else that leaves a batch incomplete
//! (damage inside it, a batch without its first or last record) drops the batch's records
//! and reports them as corrupt.
//!
//! Leftover `*.tmp` files are interrupted compactions or truncations whose rename never
//! happened: the original is intact and the temp file is removed.

use crate::log_warn;
use std::path::Path;
use std::sync::Arc;

use super::record::{self, DecodeError, Kind, SegHeader, SEG_HEADER_LEN};
use super::{file_msg_size, seg_name, Loc, Segment, Shared, SEG_EXT};
use crate::jetstream::store::fsutil::{create_dir_durable, TMP_SUFFIX};
use crate::jetstream::store::index::Index;
use crate::jetstream::store::io::{Fs, FsFile, OpenMode};
use crate::jetstream::store::{now_ns, Damage, DamageKind, Result, StoreConfig, StoreError};

/// Opens a segment file for reading and positional writes.
pub(super) fn open_segment_file(fs: &dyn Fs, path: &Path) -> std::io::Result<Arc<dyn FsFile>> {
    fs.open(path, OpenMode::ReadWrite)
}

/// Creates a new, empty segment whose first sequence is `first`, durably (header fsynced, then
/// the directory).
pub(super) fn create_segment(fs: &dyn Fs, msgs_dir: &Path, first: u64) -> std::io::Result<Segment> {
    let name = seg_name(first);
    let path = msgs_dir.join(&name);
    let file = fs.open(&path, OpenMode::CreateNew)?;
    let salt = fastrand::u64(..);
    let header = SegHeader {
        first_seq: first,
        created: now_ns(),
        salt,
    };
    file.write_all_at(&header.encode(), 0)?;
    file.sync_data()?;
    fs.sync_dir(msgs_dir)?;
    Ok(Segment {
        name,
        file,
        salt,
        size: SEG_HEADER_LEN as u64,
        alloc: SEG_HEADER_LEN as u64,
        framed: true,
        odd: false,
        live: 0,
        damaged: false,
        compacted_at: None,
    })
}

/// Segment files in `msgs_dir` as (first sequence from the name, file name), in order.
fn list_segments(fs: &dyn Fs, msgs_dir: &Path) -> Result<Vec<(u64, String)>> {
    let io = |e| StoreError::io(format!("listing {}", msgs_dir.display()), e);
    let mut out = Vec::new();
    for name in fs.list_dir(msgs_dir).map_err(io)? {
        let path = msgs_dir.join(&name);
        if name.ends_with(TMP_SUFFIX) {
            log_warn!(
                "JetStream store: removing {} left by an interrupted rewrite",
                path.display()
            );
            fs.remove_file(&path).map_err(io)?;
            continue;
        }
        let Some(stem) = name.strip_suffix(&format!(".{SEG_EXT}")) else {
            continue;
        };
        match stem.parse::<u64>() {
            Ok(first) => out.push((first, name)),
            Err(_) => log_warn!(
                "JetStream store: ignoring {} (not a segment name)",
                path.display()
            ),
        }
    }
    out.sort();
    Ok(out)
}

/// Rebuilds the store state from `dir`.
pub(super) fn recover(fs: &dyn Fs, msgs_dir: &Path, cfg: &StoreConfig) -> Result<Shared> {
    create_dir_durable(fs, msgs_dir)
        .map_err(|e| StoreError::io(format!("creating {}", msgs_dir.display()), e))?;

    let mut list = list_segments(fs, msgs_dir)?;
    let mut interrupted = None;
    // A newest segment no longer than a header and without a valid one is an interrupted
    // creation (a header is fsynced before any record is written): it goes first, so the
    // segment before it counts as the newest.
    if let Some((first, name)) = list.last().cloned() {
        let path = msgs_dir.join(&name);
        let data = fs
            .read(&path)
            .map_err(|e| StoreError::io(format!("reading {}", path.display()), e))?;
        let header_ok = matches!(SegHeader::decode(&data), Ok(h) if h.first_seq == first);
        if !header_ok && data.len() <= SEG_HEADER_LEN {
            log_warn!(
                "JetStream store: removing {}, a segment whose creation was interrupted",
                path.display()
            );
            fs.remove_file(&path)
                .and_then(|()| fs.sync_dir(msgs_dir))
                .map_err(|e| StoreError::io(format!("removing {}", path.display()), e))?;
            list.pop();
            interrupted = Some((first, name, data.len()));
        }
    }
    // The configured first sequence only applies to a store without data.
    let first_seq = if list.is_empty() && interrupted.is_none() {
        cfg.first_seq
    } else {
        1
    };
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
    let mut removed = Removed::default();
    for (i, (first, name)) in list.iter().enumerate() {
        let is_last = i + 1 == list.len();
        let next_first = list.get(i + 1).map(|(f, _)| *f);
        let path = msgs_dir.join(name);
        let data = fs
            .read(&path)
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
            fs.remove_file(&path)
                .and_then(|()| fs.sync_dir(msgs_dir))
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
        let file = open_segment_file(fs, &path)
            .map_err(|e| StoreError::io(format!("opening {}", path.display()), e))?;
        let framed = record::version(&data) >= 3;
        let mut seg = Segment {
            name: name.clone(),
            file,
            salt: header.salt,
            size: data.len() as u64,
            alloc: data.len() as u64,
            framed,
            odd: false,
            live: 0,
            damaged: false,
            compacted_at: None,
        };
        let damage_mark = sh.damage.len();
        // The newest framed segment: its log ends with its last whole commit; after it come
        // reserved zeros, or a torn last commit to cut off.
        let log = if framed && is_last && header_ok {
            let (end, odd) = log_end(&data, *first, header.salt, sh.index.last_seq());
            seg.odd = odd;
            if data[end..].iter().any(|&b| b != 0) {
                sh.damage.push(Damage {
                    segment: name.clone(),
                    offset: end as u64,
                    len: (data.len() - end) as u64,
                    kind: DamageKind::TornTail,
                    seqs: None,
                });
            } else {
                seg.size = end as u64;
            }
            &data[..end]
        } else {
            &data[..]
        };
        let (end, valid, sealed) = scan_segment(
            &mut sh,
            &mut removed,
            *first,
            &mut seg,
            log,
            is_last && header_ok,
            next_first,
        );
        // A torn last commit is cut off below; reserved zeros stay reserved.
        let end = if seg.size < seg.alloc {
            data.len()
        } else {
            end
        };
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
        if let Some(next) = next_first {
            if !sealed && record::seals(&data) && sh.damage.len() == damage_mark {
                // Cut short at a record boundary: what followed is gone without a trace but
                // for the missing seal.
                let last = sh.index.last_seq();
                sh.damage.push(Damage {
                    segment: name.clone(),
                    offset: data.len() as u64,
                    len: 0,
                    kind: DamageKind::Corrupt,
                    seqs: (next > last + 1).then(|| (last + 1, next - 1)),
                });
            }
        }
        if end < data.len() {
            // Torn tail of the newest segment: cut it off so appends continue from valid data.
            seg.file
                .set_len(end as u64)
                .and_then(|()| seg.file.sync_all())
                .map_err(|e| StoreError::io(format!("truncating {}", path.display()), e))?;
            seg.size = end as u64;
            seg.alloc = end as u64;
        }
        sh.index.raise_last_seq(first.saturating_sub(1));
        seg.damaged = sh
            .damage
            .iter()
            .any(|d| d.segment == seg.name && d.kind != DamageKind::TornTail);
        sh.segments.insert(*first, seg);
    }

    forget_interrupted_erases(&mut sh, &removed);

    if let Some((first, name, len)) = interrupted {
        sh.damage.push(Damage {
            segment: name,
            offset: 0,
            len: len as u64,
            kind: DamageKind::TornTail,
            seqs: None,
        });
        // Its name still tells where numbering had got to.
        sh.index.raise_last_seq(first.saturating_sub(1));
    }

    // Appends go to the newest segment, unless a skipped segment lies above it.
    let usable_last = sh.segments.keys().next_back().copied();
    match usable_last {
        Some(k) if k >= max_bad_first => sh.active = k,
        _ => {
            let first = (sh.index.last_seq() + 1).max(max_bad_first + 1);
            sh.index.raise_last_seq(first - 1);
            let seg = create_segment(fs, msgs_dir, first)
                .map_err(|e| StoreError::io("creating the first segment", e))?;
            sh.segments.insert(first, seg);
            sh.active = first;
        }
    }
    let last = sh.index.last_seq();
    sh.index.set_visible(last);
    Ok(sh)
}

/// Where the log of the newest version 3 segment ends, and the parity of the next commit.
///
/// Records are walked from the header. At a record that fails (or a message that does not
/// continue the sequence): if only zeros follow, the log ended at the last whole commit before
/// (what follows is reserved space, possibly with the first pages of a torn commit missing).
/// Otherwise the valid records after it decide: if each belongs to the commit the damage is in
/// (its parity, and no commit ends before the last of them), the damage is a torn write of the
/// last commit, and the log ends before that commit; if a later commit follows, or an erase's
/// tombstone names the damaged record, the damage hit durable data, and the walk goes on past
/// it (the scan reports it). The returned offset always follows a whole commit or the header.
fn log_end(data: &[u8], first: u64, salt: u64, last_seq: u64) -> (usize, bool) {
    let mut prev_msg = first.saturating_sub(1).max(last_seq);
    let mut pos = SEG_HEADER_LEN;
    // End of the last record flagged COMMIT, and its parity.
    let mut end = SEG_HEADER_LEN.min(data.len());
    let mut end_odd = true;
    // Flags of the last valid record.
    let mut prev: Option<u8> = None;
    while pos < data.len() {
        match record::decode(&data[pos..], salt) {
            Ok(r) if r.kind != Kind::Msg || r.seq > prev_msg => {
                if r.kind == Kind::Msg {
                    prev_msg = r.seq;
                }
                pos += r.len;
                prev = Some(r.flags);
                if r.flags & record::FLAG_COMMIT != 0 {
                    end = pos;
                    end_odd = r.flags & record::FLAG_ODD != 0;
                }
            }
            _ => {
                if data[pos..].iter().all(|&b| b == 0) {
                    break;
                }
                // The parity of the commit the damaged bytes belong to if they are torn.
                let odd = match prev {
                    None => false,
                    Some(f) if f & record::FLAG_COMMIT != 0 => f & record::FLAG_ODD == 0,
                    Some(f) => f & record::FLAG_ODD != 0,
                };
                match after_damage(data, pos, first, salt, prev_msg, odd) {
                    Some(next) => pos = next,
                    None => break,
                }
            }
        }
    }
    (end, !end_odd)
}

/// Looks at the valid records after damage at `at`: `None` when all of them can belong to the
/// damaged commit of parity `odd` (a torn write), else the offset of the first (the damage hit
/// durable data; the walk resumes there).
fn after_damage(
    data: &[u8],
    at: usize,
    first: u64,
    salt: u64,
    mut prev_msg: u64,
    odd: bool,
) -> Option<usize> {
    let mut resume = None;
    let mut committed = false;
    let mut q = at;
    while let Some((p, r)) = next_valid(data, q, salt, prev_msg) {
        resume.get_or_insert(p);
        let named = r.kind == Kind::Tombstone
            && record::parse_erase_location(&data[p..][r.payload.clone()])
                == Some((first, at as u64));
        if committed || named || (r.flags & record::FLAG_ODD != 0) != odd {
            return resume;
        }
        committed = r.flags & record::FLAG_COMMIT != 0;
        if r.kind == Kind::Msg {
            prev_msg = r.seq;
        }
        q = p + r.len;
    }
    None
}

/// The next valid record continuing the log at or after `q`: the one at `q`, else the next
/// one a resync finds.
fn next_valid(data: &[u8], q: usize, salt: u64, prev_msg: u64) -> Option<(usize, record::Record)> {
    if let Some(Ok(r)) = data.get(q..).map(|b| record::decode(b, salt)) {
        if r.kind != Kind::Msg || r.seq > prev_msg {
            return Some((q, r));
        }
    }
    let (p, _) = resync(data, q + 8, salt, prev_msg)?;
    record::decode(&data[p..], salt).ok().map(|r| (p, r))
}

/// What the log's removal records removed, seen during the replay.
#[derive(Default)]
struct Removed {
    /// Sequences named by tombstones.
    seqs: std::collections::HashSet<u64>,
    /// Highest floor: everything below it was removed.
    floor: u64,
    /// Records an erase was overwriting: (segment name, offset), from erase tombstones.
    erasing: std::collections::HashSet<(String, u64)>,
}

impl Removed {
    fn covers(&self, seq: u64) -> bool {
        seq < self.floor || self.seqs.contains(&seq)
    }
}

/// Drops damage that lost nothing: an erase overwrites its record in place only once its
/// tombstone is durable, so a damaged record whose every possible sequence the log removed is an
/// interrupted erase, not lost data. It is logged, and its segment no longer counts as damaged.
fn forget_interrupted_erases(sh: &mut Shared, removed: &Removed) {
    sh.damage.retain(|d| {
        // An erase tombstone names exactly this record, or every sequence the stretch can
        // have held was removed.
        let named = removed.erasing.contains(&(d.segment.clone(), d.offset));
        let erased = match (d.kind, d.seqs) {
            (DamageKind::Corrupt, Some((a, b))) => {
                named || (b - a < 1024 && (a..=b).all(|s| removed.covers(s)))
            }
            (DamageKind::Corrupt, None) => named,
            _ => false,
        };
        if erased {
            log_warn!(
                "JetStream store: {d}: an interrupted erase of a removed message, nothing lost"
            );
        }
        !erased
    });
    let Shared {
        segments, damage, ..
    } = sh;
    for seg in segments.values_mut() {
        seg.damaged = damage
            .iter()
            .any(|d| d.segment == seg.name && d.kind != DamageKind::TornTail);
    }
}

/// Replays one segment's records into `sh`. Returns the offset where valid data ends when the
/// rest is a torn tail to cut off (only when `may_truncate`: the newest segment with a good
/// header), else `data.len()`; the number of valid records; and whether the last one is a
/// seal.
fn scan_segment(
    sh: &mut Shared,
    removed: &mut Removed,
    first: u64,
    seg: &mut Segment,
    data: &[u8],
    may_truncate: bool,
    next_first: Option<u64>,
) -> (usize, usize, bool) {
    let mut valid = 0;
    let mut sealed = false;
    // Highest message sequence seen, for continuity checks and lost-range bounds.
    let mut prev_msg = first.saturating_sub(1).max(sh.index.last_seq());
    let mut pos = SEG_HEADER_LEN;
    // The records of an atomic batch whose last record is not read yet: (offset, record).
    let mut open: Vec<(usize, record::Record)> = Vec::new();
    while pos < data.len() {
        match record::decode(&data[pos..], seg.salt) {
            Ok(r) if r.kind != Kind::Msg || r.seq > prev_msg => {
                if r.kind == Kind::Msg {
                    prev_msg = r.seq;
                }
                sealed = r.kind == Kind::Seal;
                let len = r.len;
                if r.flags & record::FLAG_BATCH == 0 {
                    drop_batch(sh, seg, &mut open, pos);
                    apply(sh, removed, first, seg, &data[pos..pos + len], &r, pos);
                } else {
                    if r.flags & record::FLAG_BATCH_FIRST != 0 {
                        drop_batch(sh, seg, &mut open, pos);
                    }
                    if r.flags & record::FLAG_BATCH_FIRST != 0 || !open.is_empty() {
                        let last = r.flags & record::FLAG_BATCH_LAST != 0;
                        open.push((pos, r));
                        if last {
                            for (p, r) in std::mem::take(&mut open) {
                                apply(sh, removed, first, seg, &data[p..p + r.len], &r, p);
                            }
                        }
                    } else {
                        // The rest of a batch whose start was lost.
                        sh.damage.push(Damage {
                            segment: seg.name.clone(),
                            offset: pos as u64,
                            len: len as u64,
                            kind: DamageKind::Corrupt,
                            seqs: None,
                        });
                    }
                }
                pos += len;
                valid += 1;
            }
            Ok(_) | Err(DecodeError::Short) | Err(DecodeError::Bad)
                if seg.framed && open.is_empty() && data[pos..].iter().all(|&b| b == 0) =>
            {
                // Space reserved ahead of the log.
                seg.size = pos as u64;
                return (data.len(), valid, sealed);
            }
            Ok(_) | Err(DecodeError::Short) | Err(DecodeError::Bad) => {
                let next = resync(data, pos + 8, seg.salt, prev_msg);
                if next.is_none() && may_truncate {
                    // A torn tail; a batch it cut short goes with it.
                    if let Some(&(start, _)) = open.first() {
                        pos = start;
                    }
                } else {
                    drop_batch(sh, seg, &mut open, pos);
                }
                match next {
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
                        return (pos, valid, false);
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
                        return (data.len(), valid, false);
                    }
                }
            }
        }
    }
    if let Some(&(start, _)) = open.first() {
        if may_truncate {
            // Cut off by the end of the log: never acknowledged, removed whole.
            sh.damage.push(Damage {
                segment: seg.name.clone(),
                offset: start as u64,
                len: (data.len() - start) as u64,
                kind: DamageKind::TornTail,
                seqs: None,
            });
            return (start, valid, false);
        }
        drop_batch(sh, seg, &mut open, data.len());
    }
    (data.len(), valid, sealed)
}

/// Drops the records of an incomplete atomic batch (they end before `end`), reporting them.
fn drop_batch(sh: &mut Shared, seg: &Segment, open: &mut Vec<(usize, record::Record)>, end: usize) {
    let Some(&(start, _)) = open.first() else {
        return;
    };
    let seqs = open
        .iter()
        .filter(|(_, r)| r.kind == Kind::Msg)
        .map(|(_, r)| r.seq);
    let range = seqs.clone().min().zip(seqs.max());
    sh.damage.push(Damage {
        segment: seg.name.clone(),
        offset: start as u64,
        len: end.saturating_sub(start) as u64,
        kind: DamageKind::Corrupt,
        seqs: range,
    });
    open.clear();
}

/// Finds the next offset at or after `from` (8-byte aligned) holding a valid record that
/// continues the log; returns it and, for a message, its sequence.
fn resync(data: &[u8], from: usize, salt: u64, prev_msg: u64) -> Option<(usize, Option<u64>)> {
    let mut q = from;
    while q + record::MIN_RECORD_LEN <= data.len() {
        if let Ok(r) = record::decode(&data[q..], salt) {
            if r.kind == Kind::Seal {
                // Nothing after the seal's sequence was in this segment.
                return Some((q, r.seq.checked_add(1)));
            }
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
    removed: &mut Removed,
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
            removed.seqs.insert(r.seq);
            if let Some((seg, offset)) = record::parse_erase_location(&bytes[r.payload.clone()]) {
                removed.erasing.insert((seg_name(seg), offset));
            }
            index.remove(r.seq, &mut unlive);
            index.raise_last_seq(r.seq);
        }
        Kind::Floor => {
            removed.floor = removed.floor.max(r.seq);
            index.compact(r.seq, &mut unlive);
            if index.len() == 0 && r.ts != 0 {
                index.set_last_ts(r.ts);
            }
        }
        Kind::Erased => {
            removed.seqs.insert(r.seq);
            index.raise_last_seq(r.seq);
        }
        Kind::Seal => {}
    }
}
