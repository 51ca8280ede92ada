//! [`MemoryStore`]: a stream held in memory (`storage: memory`, upstream `server/memstore.go`).
//!
//! The shared index (`index.rs`) holds each message's headers and payload as its location; every
//! mutation happens under one mutex and its [`Completion`] is resolved before the call returns.
//! Sizes follow upstream `memStoreMsgSize` (subject + headers + payload + 16), so stream info
//! `bytes` matches nats-server for memory streams.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;

use super::index::{Entry, Index, View};
use super::{
    now_ns, Completion, DamageReport, Expired, NewMsg, PurgeRequest, Result, SimpleState,
    StorageKind, StoreConfig, StoreError, Stored, StoredMsg, StreamLimits, StreamState,
    StreamStore,
};

/// Payloads up to this size are copied into their own allocation, so a small message does not
/// keep a large read buffer alive.
const COPY_BELOW: usize = 4096;

/// The bytes of one message.
#[derive(Debug, Clone, Default)]
struct Body {
    hdr: Bytes,
    payload: Bytes,
}

/// Upstream `memStoreMsgSize`.
fn mem_msg_size(subject_len: usize, hdr_len: usize, payload_len: usize) -> u64 {
    (subject_len + hdr_len + payload_len + 16) as u64
}

fn own(b: Bytes) -> Bytes {
    if b.len() < COPY_BELOW {
        Bytes::copy_from_slice(&b)
    } else {
        b
    }
}

#[derive(Debug)]
struct Inner {
    index: Index<Body>,
    closed: bool,
}

/// A stream store in memory; see the module doc.
#[derive(Debug)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new(cfg: StoreConfig) -> Self {
        let mut index = Index::new(cfg.first_seq, cfg.limits, mem_msg_size);
        index.set_usage(cfg.usage);
        MemoryStore {
            inner: Mutex::new(Inner {
                index,
                closed: false,
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves the index consistent at the operation level
        // (each mutation finishes or never started its bookkeeping), so keep serving.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs a mutation unless the store is stopped.
    fn mutate<T>(&self, f: impl FnOnce(&mut Index<Body>) -> Result<T>) -> Completion<T> {
        let mut g = self.lock();
        if g.closed {
            return Completion::ready(Err(StoreError::Closed));
        }
        let r = f(&mut g.index);
        let last = g.index.last_seq();
        g.index.set_visible(last);
        Completion::ready(r)
    }
}

fn to_msg(seq: u64, e: &View<'_, Body>) -> StoredMsg {
    StoredMsg {
        seq,
        ts: e.ts,
        subject: e.subject.clone(),
        hdr: e.loc.hdr.clone(),
        payload: e.loc.payload.clone(),
    }
}

fn drop_removed(_: u64, _: Entry<Body>) {}

impl StreamStore for MemoryStore {
    fn kind(&self) -> StorageKind {
        StorageKind::Memory
    }

    fn store_msg(&self, msg: NewMsg) -> Completion<Stored> {
        self.mutate(|ix| {
            if msg.subject.len() > usize::from(u16::MAX) {
                return Err(StoreError::MsgTooLarge);
            }
            ix.check_discard_new(&msg.subject, msg.hdr.len(), msg.payload.len())?;
            let seq = ix.last_seq() + 1;
            let ts = msg.ts.unwrap_or_else(now_ns);
            let size = ix.size_of(msg.subject.len(), msg.hdr.len(), msg.payload.len());
            let body = Body {
                hdr: own(msg.hdr),
                payload: own(msg.payload),
            };
            ix.insert(seq, ts, &msg.subject, size, msg.ttl.unwrap_or(0), body);
            ix.enforce_after_store(&msg.subject, &mut drop_removed);
            Ok(Stored { seq, ts })
        })
    }

    fn store_batch(&self, msgs: Vec<NewMsg>) -> Completion<Vec<Stored>> {
        // One lock for the whole batch: readers see all of it or none of it.
        self.mutate(|ix| {
            if msgs.iter().any(|m| m.subject.len() > usize::from(u16::MAX)) {
                return Err(StoreError::MsgTooLarge);
            }
            let last_before = ix.last_seq();
            let mut out = Vec::with_capacity(msgs.len());
            for msg in msgs {
                if let Err(e) = ix.check_discard_new(&msg.subject, msg.hdr.len(), msg.payload.len())
                {
                    ix.truncate(last_before, &mut drop_removed);
                    return Err(e);
                }
                let seq = ix.last_seq() + 1;
                let ts = msg.ts.unwrap_or_else(now_ns);
                let size = ix.size_of(msg.subject.len(), msg.hdr.len(), msg.payload.len());
                let body = Body {
                    hdr: own(msg.hdr),
                    payload: own(msg.payload),
                };
                ix.insert(seq, ts, &msg.subject, size, msg.ttl.unwrap_or(0), body);
                ix.enforce_after_store(&msg.subject, &mut drop_removed);
                out.push(Stored { seq, ts });
            }
            Ok(out)
        })
    }

    fn load_msg(&self, seq: u64) -> Result<StoredMsg> {
        let g = self.lock();
        g.index.get(seq).map(|e| to_msg(seq, &e))
    }

    fn load_next_msg(&self, filter: &str, start: u64) -> Result<StoredMsg> {
        let g = self.lock();
        g.index
            .next_matching(filter, start)
            .map(|(s, e)| to_msg(s, &e))
            .ok_or(StoreError::Eof)
    }

    fn load_last_msg(&self, subject: &str) -> Result<StoredMsg> {
        let g = self.lock();
        g.index
            .last_matching(subject)
            .map(|(s, e)| to_msg(s, &e))
            .ok_or(StoreError::NotFound)
    }

    fn remove_msg(&self, seq: u64) -> Completion<bool> {
        self.mutate(|ix| Ok(ix.remove(seq, &mut drop_removed)))
    }

    fn erase_msg(&self, seq: u64) -> Completion<bool> {
        // Dropping the last reference frees the bytes; there is nothing else to overwrite.
        self.mutate(|ix| Ok(ix.remove(seq, &mut drop_removed)))
    }

    fn purge(&self, req: PurgeRequest) -> Completion<u64> {
        self.mutate(|ix| ix.purge(&req, &mut drop_removed))
    }

    fn compact(&self, seq: u64) -> Completion<u64> {
        self.mutate(|ix| Ok(ix.compact(seq, &mut drop_removed)))
    }

    fn truncate(&self, seq: u64) -> Completion<()> {
        self.mutate(|ix| {
            ix.truncate(seq, &mut drop_removed);
            Ok(())
        })
    }

    fn expire(&self, now: i64) -> Completion<Expired> {
        self.mutate(|ix| Ok(ix.expire(now, &mut drop_removed)))
    }

    fn update_limits(&self, limits: StreamLimits) -> Completion<u64> {
        self.mutate(|ix| {
            ix.set_limits(limits);
            Ok(ix.enforce_all(&mut drop_removed))
        })
    }

    fn check_discard_new(&self, subject: &str, hdr_len: usize, payload_len: usize) -> Result<()> {
        self.lock()
            .index
            .check_discard_new(subject, hdr_len, payload_len)
    }

    fn msg_size(&self, subject: &str, hdr_len: usize, payload_len: usize) -> u64 {
        mem_msg_size(subject.len(), hdr_len, payload_len)
    }

    fn state(&self) -> StreamState {
        self.lock().index.state()
    }

    fn deleted(&self) -> Vec<u64> {
        self.lock().index.deleted()
    }

    fn subjects_state(&self, filter: &str) -> BTreeMap<Arc<str>, SimpleState> {
        self.lock().index.subjects_state(filter)
    }

    /// Upstream's memory store checks each subject the tree matched against the filter
    /// again, so its totals (stream info `subjects_filter`) take `a*` literally.
    fn subjects_totals(&self, filter: &str) -> BTreeMap<Arc<str>, u64> {
        self.subjects_state(filter)
            .into_iter()
            .filter(|(s, _)| super::subject_matches(filter, s))
            .map(|(s, st)| (s, st.msgs))
            .collect()
    }

    fn filtered_state(&self, start: u64, filter: &str) -> SimpleState {
        self.lock().index.filtered_state(start, filter)
    }

    fn subjects_last(&self, filter: &str) -> Vec<u64> {
        self.lock().index.subjects_last(filter)
    }

    fn seq_from_time(&self, ts: i64) -> u64 {
        self.lock().index.seq_from_time(ts)
    }

    fn damage(&self) -> DamageReport {
        DamageReport::default()
    }

    fn sync(&self) -> Completion<()> {
        Completion::ready(Ok(()))
    }

    fn stop(&self) -> Completion<()> {
        let mut g = self.lock();
        g.closed = true;
        // A stopped store no longer counts against the server's limits.
        g.index.set_usage(None);
        Completion::ready(Ok(()))
    }
}
