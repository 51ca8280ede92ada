//! Message routing: from one published message to every subscriber's outbound buffer.
//!
//! A publisher (a client connection's task, or an internal client) matches the subject in its
//! account's sublist and hands the result to [`deliver_all`]: each plain subscription, and one
//! member of each queue group, gets a `MSG`/`HMSG` frame appended to a per-destination staging
//! buffer owned by the publisher ([`Staging`], upstream's `pcd`). After the read batch,
//! [`Staging::flush`] hands each destination its bytes under one lock and tries its socket
//! right away. No lock, allocation or wake-up is spent per message.
//!
//! Nothing here knows what kind of connection publishes or receives, so every kind (clients,
//! internal clients, and later routes, leaf nodes, gateways, WebSocket and MQTT) routes through
//! the same code.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use bytes::BytesMut;
use rnats_proto::{encode, PubRef};
use rustc_hash::FxHashMap;

use crate::account::Account;
use crate::client::{ClientShared, Subscription};
use crate::outbound::Pending;
use crate::sublist::MatchResult;

/// Staged bytes for one destination that trigger an early hand-over within a batch.
const STAGE_HANDOVER: usize = 64 * 1024;
/// Largest staging buffer kept for reuse (the read buffer's maximum).
const SPARE_MAX: usize = 64 * 1024;

/// Deliveries collected during one read batch, one buffer per destination (upstream's `pcd`).
#[derive(Default)]
pub struct Staging {
    entries: Vec<StageEntry>,
    index: FxHashMap<u64, usize>,
    /// Spare buffers reused across batches.
    spare: Vec<BytesMut>,
    /// Destinations left over the soft limit by this batch: the producer pauses on them.
    pub(crate) over_soft_limit: Vec<Arc<ClientShared>>,
}

pub(crate) struct StageEntry {
    pub(crate) dest: Arc<ClientShared>,
    pub(crate) buf: BytesMut,
    pub(crate) msgs: u64,
    pub(crate) payload_bytes: u64,
}

impl Staging {
    #[inline]
    pub(crate) fn buf_for(&mut self, dest: &Arc<ClientShared>) -> &mut StageEntry {
        let idx = match self.index.get(&dest.cid) {
            Some(&i) => i,
            None => {
                let i = self.entries.len();
                let buf = self.spare.pop().unwrap_or_default();
                self.entries.push(StageEntry {
                    dest: dest.clone(),
                    buf,
                    msgs: 0,
                    payload_bytes: 0,
                });
                self.index.insert(dest.cid, i);
                i
            }
        };
        &mut self.entries[idx]
    }

    /// Hands every staged batch to its destination and tries to write it.
    pub(crate) fn flush(&mut self) {
        self.index.clear();
        for mut e in self.entries.drain(..) {
            if e.dest.hand_over(&mut e.buf, e.msgs, e.payload_bytes) == Pending::Over
                && !self.over_soft_limit.iter().any(|d| d.cid == e.dest.cid)
            {
                self.over_soft_limit.push(e.dest.clone());
            }
            if self.spare.len() < 8 && e.buf.capacity() <= SPARE_MAX {
                e.buf.clear();
                self.spare.push(e.buf);
            }
        }
    }
}

/// Delivers to every plain subscription and to one member of each queue group; returns
/// whether anything was delivered.
pub fn deliver_all(
    staging: &mut Staging,
    account: &Account,
    my_cid: u64,
    echo: bool,
    result: &MatchResult<Subscription>,
    p: &PubRef<'_>,
) -> bool {
    let mut delivered = false;
    for sub in result.psubs.iter() {
        if !echo && sub.client.cid == my_cid {
            continue;
        }
        delivered |= deliver(staging, account, sub, p);
    }
    for group in result.qsubs.iter() {
        let n = group.len();
        if n == 0 {
            continue;
        }
        let start = if n == 1 { 0 } else { fastrand::usize(..n) };
        for i in 0..n {
            let sub = &group[(start + i) % n];
            if !echo && sub.client.cid == my_cid {
                continue;
            }
            if deliver(staging, account, sub, p) {
                delivered = true;
                break;
            }
        }
    }
    delivered
}

/// Encodes one delivery into the destination's staging buffer. Returns false when the
/// subscription can no longer take messages.
#[inline]
pub fn deliver(
    staging: &mut Staging,
    account: &Account,
    sub: &Arc<Subscription>,
    p: &PubRef<'_>,
) -> bool {
    if sub.closed.load(Ordering::Relaxed) {
        return false;
    }
    let mut remove = false;
    let max = sub.max.load(Ordering::Relaxed);
    if max > 0 {
        let n = sub.delivered.fetch_add(1, Ordering::AcqRel) + 1;
        if n > max {
            return false;
        }
        remove = n == max;
    } else {
        sub.delivered.fetch_add(1, Ordering::Relaxed);
    }
    let dest_headers = sub.client.headers.load(Ordering::Relaxed);
    let e = staging.buf_for(&sub.client);
    e.msgs += 1;
    e.payload_bytes += p.payload.len() as u64;
    encode_delivery(&mut e.buf, sub, p, dest_headers);
    if e.buf.len() >= STAGE_HANDOVER {
        // A large batch for one destination goes out now rather than at the batch end, so
        // staging stays bounded and the socket drains while we parse.
        if e.dest.hand_over(&mut e.buf, e.msgs, e.payload_bytes) == Pending::Over {
            let dest = e.dest.clone();
            if !staging.over_soft_limit.iter().any(|d| d.cid == dest.cid) {
                staging.over_soft_limit.push(dest);
            }
        }
        let e = staging.buf_for(&sub.client);
        e.msgs = 0;
        e.payload_bytes = 0;
    }
    if remove {
        auto_unsubscribe(account, sub);
    }
    true
}

/// Removes a subscription that reached its auto-unsubscribe limit.
fn auto_unsubscribe(account: &Account, sub: &Arc<Subscription>) {
    sub.closed.store(true, Ordering::Release);
    {
        let mut subs = sub.client.subs();
        if subs.get(&sub.sid).is_some_and(|s| Arc::ptr_eq(s, sub)) {
            subs.remove(&sub.sid);
        }
    }
    account.sublist().remove(sub);
}

/// Appends `MSG`/`HMSG` for one delivery, reusing the publisher's size digits. The encoders
/// write a small message in place without a `memcpy` per field (see `encode::msg_raw`).
#[inline]
fn encode_delivery(buf: &mut BytesMut, sub: &Subscription, p: &PubRef<'_>, dest_headers: bool) {
    if p.hdr_len == 0 {
        encode::msg_raw(buf, p.subject, &sub.sid, p.reply, p.size_digits, p.payload);
    } else if dest_headers {
        encode::hmsg_raw(
            buf,
            p.subject,
            &sub.sid,
            p.reply,
            p.hdr_digits,
            p.size_digits,
            p.payload,
        );
    } else {
        // Headers stripped for a client that did not ask for them: the size changes.
        let body = p.body();
        let mut tmp = encode::DigitBuf::default();
        let size = encode::fmt_u64(body.len() as u64, &mut tmp);
        encode::msg_raw(buf, p.subject, &sub.sid, p.reply, size, body);
    }
}
