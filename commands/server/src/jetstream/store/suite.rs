//! The behavioural test suite every [`StreamStore`] must pass, run against [`MemoryStore`] and
//! [`FileStore`] by the `suite!` macro at the bottom. The file store runs with 4 KiB segments so
//! rollover and segment compaction happen throughout, and every test ends by reopening it and
//! checking that the state, deleted list and subjects survived.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;

use super::*;

/// A store under test, with the directory that keeps a file store alive.
pub(crate) struct Opened {
    pub store: Box<dyn StreamStore>,
    dir: Option<tempfile::TempDir>,
    cfg: StoreConfig,
}

impl std::ops::Deref for Opened {
    type Target = dyn StreamStore;
    fn deref(&self) -> &Self::Target {
        &*self.store
    }
}

/// Builds stores of one kind.
pub(crate) trait Maker {
    fn open(&self, cfg: StoreConfig) -> Opened;
    /// Stops and reopens (file store) or returns the store as is (memory).
    fn reopen(&self, o: Opened) -> Opened;
}

pub(crate) struct MemoryMaker;
pub(crate) struct FileMaker;

impl Maker for MemoryMaker {
    fn open(&self, cfg: StoreConfig) -> Opened {
        Opened {
            store: Box::new(MemoryStore::new(cfg.clone())),
            dir: None,
            cfg,
        }
    }
    fn reopen(&self, o: Opened) -> Opened {
        o
    }
}

fn file_cfg(dir: &std::path::Path, cfg: &StoreConfig) -> FileStoreConfig {
    FileStoreConfig {
        segment_size: 4096,
        store: cfg.clone(),
        ..FileStoreConfig::new(dir.join("stream"))
    }
}

impl Maker for FileMaker {
    fn open(&self, cfg: StoreConfig) -> Opened {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = FileStore::open(file_cfg(dir.path(), &cfg)).expect("open");
        Opened {
            store: Box::new(store),
            dir: Some(dir),
            cfg,
        }
    }
    fn reopen(&self, o: Opened) -> Opened {
        o.store.stop().wait().expect("stop");
        let Opened { store, dir, cfg } = o;
        drop(store);
        let d = dir.expect("file store has a dir");
        let store = FileStore::open(file_cfg(d.path(), &cfg)).expect("reopen");
        assert!(store.damage().is_empty(), "{:?}", store.damage());
        Opened {
            store: Box::new(store),
            dir: Some(d),
            cfg,
        }
    }
}

/// Reopens and checks that the visible state is unchanged.
fn reopen_same(m: &dyn Maker, o: Opened) -> Opened {
    let before = (o.state(), o.deleted(), o.subjects_state(">"));
    let msgs: Vec<StoredMsg> = all_msgs(&*o);
    let o = m.reopen(o);
    assert_eq!((o.state(), o.deleted(), o.subjects_state(">")), before);
    assert_eq!(all_msgs(&*o), msgs);
    o
}

fn all_msgs(s: &dyn StreamStore) -> Vec<StoredMsg> {
    let mut out = Vec::new();
    let mut next = 0;
    while let Ok(m) = s.load_next_msg(">", next) {
        next = m.seq + 1;
        out.push(m);
    }
    out
}

fn msg(subject: &str, payload: &str, ts: i64) -> NewMsg {
    NewMsg {
        subject: subject.into(),
        payload: Bytes::copy_from_slice(payload.as_bytes()),
        ts: Some(ts),
        ..NewMsg::default()
    }
}

fn put(s: &dyn StreamStore, subject: &str, payload: &str, ts: i64) -> u64 {
    s.store_msg(msg(subject, payload, ts))
        .wait()
        .expect("store")
        .seq
}

fn limits(f: impl FnOnce(&mut StreamLimits)) -> StoreConfig {
    let mut cfg = StoreConfig::default();
    f(&mut cfg.limits);
    cfg
}

fn seqs(s: &dyn StreamStore, filter: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut next = 0;
    while let Ok(m) = s.load_next_msg(filter, next) {
        next = m.seq + 1;
        out.push(m.seq);
    }
    out
}

pub(crate) fn store_and_load(m: &dyn Maker) {
    let s = m.open(StoreConfig::default());
    assert!(matches!(s.load_msg(1), Err(StoreError::Eof)));
    let mut total = 0;
    for i in 1..=20u64 {
        let hdr = if i % 2 == 0 {
            Bytes::from_static(b"NATS/1.0\r\nX: 1\r\n\r\n")
        } else {
            Bytes::new()
        };
        let payload = Bytes::from(format!("payload-{i}").repeat(i as usize));
        let st = s
            .store_msg(NewMsg {
                subject: format!("s.{}", i % 3),
                hdr: hdr.clone(),
                payload: payload.clone(),
                ts: Some(1_000 + i as i64),
                ttl: None,
            })
            .wait()
            .expect("store");
        assert_eq!(
            st,
            Stored {
                seq: i,
                ts: 1_000 + i as i64
            }
        );
        total += s.msg_size(&format!("s.{}", i % 3), hdr.len(), payload.len());
    }
    for i in 1..=20u64 {
        let got = s.load_msg(i).expect("load");
        assert_eq!(got.seq, i);
        assert_eq!(got.ts, 1_000 + i as i64);
        assert_eq!(&*got.subject, format!("s.{}", i % 3));
        assert_eq!(
            got.payload,
            Bytes::from(format!("payload-{i}").repeat(i as usize))
        );
        assert_eq!(got.hdr.is_empty(), i % 2 == 1);
    }
    assert!(matches!(s.load_msg(21), Err(StoreError::Eof)));
    assert_eq!(
        s.state(),
        StreamState {
            msgs: 20,
            bytes: total,
            first_seq: 1,
            first_ts: 1_001,
            last_seq: 20,
            last_ts: 1_020,
            num_subjects: 3,
            num_deleted: 0,
        }
    );
    // Without an explicit timestamp the store stamps the current time.
    let before = now_ns();
    let st = s
        .store_msg(NewMsg::new("s.now", "x"))
        .wait()
        .expect("store");
    assert!(st.ts >= before && st.seq == 21);
    reopen_same(m, s);
}

pub(crate) fn first_seq_config(m: &dyn Maker) {
    let s = m.open(StoreConfig {
        first_seq: 100,
        ..StoreConfig::default()
    });
    assert_eq!(s.state().first_seq, 100);
    assert_eq!(s.state().last_seq, 99);
    assert_eq!(put(&*s, "a", "x", 1), 100);
    reopen_same(m, s);
}

pub(crate) fn last_by_subject_many_subjects(m: &dyn Maker) {
    let s = m.open(StoreConfig::default());
    let n = 300;
    for round in 0..3 {
        for k in 0..n {
            put(&*s, &format!("kv.k{k}"), &format!("{round}"), 1);
        }
    }
    assert_eq!(s.state().num_subjects, n);
    for k in 0..n {
        let last = s.load_last_msg(&format!("kv.k{k}")).expect("last");
        assert_eq!(last.seq, 2 * n + k + 1);
        assert_eq!(&last.payload[..], b"2");
    }
    // Remove a subject's newest: the previous one becomes its last.
    assert!(s.remove_msg(2 * n + 1).wait().expect("remove"));
    assert_eq!(s.load_last_msg("kv.k0").expect("last").seq, n + 1);
    assert_eq!(s.load_last_msg("kv.*").expect("last").seq, 3 * n);
    assert_eq!(s.load_last_msg(">").expect("last").seq, 3 * n);
    assert!(matches!(
        s.load_last_msg("kv.none"),
        Err(StoreError::NotFound)
    ));
    let ss = s.subjects_state("kv.k0");
    assert_eq!(
        ss.get("kv.k0"),
        Some(&SimpleState {
            msgs: 2,
            first: 1,
            last: n + 1
        })
    );
    reopen_same(m, s);
}

pub(crate) fn next_by_filter_with_wildcards(m: &dyn Maker) {
    let s = m.open(StoreConfig::default());
    for subj in [
        "orders.eu.1",
        "orders.us.2",
        "billing.x",
        "orders.eu.2",
        "orders.us.1.extra",
        "billing.y",
    ] {
        put(&*s, subj, subj, 1);
    }
    assert_eq!(seqs(&*s, ">"), vec![1, 2, 3, 4, 5, 6]);
    assert_eq!(seqs(&*s, ""), vec![1, 2, 3, 4, 5, 6]);
    assert_eq!(seqs(&*s, "orders.*.1"), vec![1]);
    assert_eq!(seqs(&*s, "orders.>"), vec![1, 2, 4, 5]);
    assert_eq!(seqs(&*s, "orders.eu.*"), vec![1, 4]);
    assert_eq!(seqs(&*s, "*.x"), vec![3]);
    assert_eq!(seqs(&*s, "billing.y"), vec![6]);
    assert_eq!(seqs(&*s, "nothing"), Vec::<u64>::new());
    assert_eq!(s.load_next_msg("orders.>", 3).expect("next").seq, 4);
    assert_eq!(s.load_next_msg("billing.x", 2).expect("next").seq, 3);
    assert!(matches!(
        s.load_next_msg("billing.x", 4),
        Err(StoreError::Eof)
    ));
    assert!(matches!(s.load_next_msg(">", 7), Err(StoreError::Eof)));
    assert_eq!(
        s.filtered_state(2, "orders.>"),
        SimpleState {
            msgs: 3,
            first: 2,
            last: 5
        }
    );
    assert_eq!(
        s.filtered_state(1, "billing.*"),
        SimpleState {
            msgs: 2,
            first: 3,
            last: 6
        }
    );
    reopen_same(m, s);
}

pub(crate) fn remove_and_erase(m: &dyn Maker) {
    let s = m.open(StoreConfig::default());
    for i in 1..=10 {
        put(&*s, "a", &format!("secret-{i}"), i);
    }
    assert!(s.remove_msg(5).wait().expect("remove"));
    assert!(!s.remove_msg(5).wait().expect("remove again"));
    assert!(!s.remove_msg(50).wait().expect("remove missing"));
    assert!(matches!(s.load_msg(5), Err(StoreError::NotFound)));
    assert!(s.erase_msg(7).wait().expect("erase"));
    assert!(!s.erase_msg(7).wait().expect("erase again"));
    assert!(matches!(s.load_msg(7), Err(StoreError::NotFound)));
    let st = s.state();
    assert_eq!((st.msgs, st.num_deleted), (8, 2));
    assert_eq!(s.deleted(), vec![5, 7]);
    // Removing the first moves first_seq.
    assert!(s.remove_msg(1).wait().expect("remove first"));
    let st = s.state();
    assert_eq!((st.first_seq, st.first_ts, st.num_deleted), (2, 2, 2));
    // Removing the last keeps last_seq.
    assert!(s.remove_msg(10).wait().expect("remove last"));
    assert_eq!(s.state().last_seq, 10);
    assert_eq!(s.deleted(), vec![5, 7, 10]);
    assert_eq!(put(&*s, "a", "next", 11), 11);
    reopen_same(m, s);
}

pub(crate) fn purge_variants(m: &dyn Maker) {
    let fill = |s: &dyn StreamStore| {
        for i in 1..=30u64 {
            put(s, &format!("p.{}", i % 3), "x", i as i64);
        }
    };
    // Full purge keeps the last sequence.
    let s = m.open(StoreConfig::default());
    fill(&*s);
    assert_eq!(s.purge(PurgeRequest::default()).wait().expect("purge"), 30);
    let st = s.state();
    assert_eq!(
        (st.msgs, st.first_seq, st.last_seq, st.bytes),
        (0, 31, 30, 0)
    );
    assert_eq!(put(&*s, "p.0", "after", 31), 31);
    let s = reopen_same(m, s);
    drop(s);

    // By subject, with keep, up to a sequence.
    let s = m.open(StoreConfig::default());
    fill(&*s);
    let req = |f: &str, up_to_seq: u64, keep: u64| PurgeRequest {
        filter: Some(f.into()),
        up_to_seq,
        keep,
    };
    assert_eq!(s.purge(req("p.1", 0, 0)).wait().expect("purge"), 10);
    assert!(s.subjects_state("p.1").is_empty());
    assert_eq!(s.purge(req("p.2", 0, 3)).wait().expect("purge keep"), 7);
    assert_eq!(seqs(&*s, "p.2"), vec![23, 26, 29]);
    assert_eq!(s.purge(req("p.0", 16, 0)).wait().expect("purge seq"), 5);
    assert_eq!(seqs(&*s, "p.0"), vec![18, 21, 24, 27, 30]);
    assert_eq!(s.purge(req("p.*", 0, 2)).wait().expect("purge wc keep"), 6);
    assert_eq!(seqs(&*s, ">"), vec![29, 30]);
    assert!(matches!(
        s.purge(req(">", 5, 2)).wait(),
        Err(StoreError::Invalid(_))
    ));
    let s = reopen_same(m, s);
    drop(s);

    // Keep and seq without a filter are compacts.
    let s = m.open(StoreConfig::default());
    fill(&*s);
    assert!(s.remove_msg(28).wait().expect("remove"));
    assert_eq!(
        s.purge(PurgeRequest {
            keep: 5,
            ..Default::default()
        })
        .wait()
        .expect("keep"),
        25
    );
    assert_eq!(s.state().first_seq, 26);
    assert_eq!(
        s.purge(PurgeRequest {
            up_to_seq: 29,
            ..Default::default()
        })
        .wait()
        .expect("seq"),
        2
    );
    assert_eq!(seqs(&*s, ">"), vec![29, 30]);
    reopen_same(m, s);
}

pub(crate) fn compact_and_truncate(m: &dyn Maker) {
    let s = m.open(StoreConfig::default());
    for i in 1..=100u64 {
        put(&*s, &format!("c.{}", i % 7), &"y".repeat(40), i as i64);
    }
    assert_eq!(s.compact(41).wait().expect("compact"), 40);
    assert_eq!(s.state().first_seq, 41);
    assert!(matches!(s.load_msg(40), Err(StoreError::NotFound)));
    assert!(s.remove_msg(60).wait().expect("remove"));
    s.truncate(80).wait().expect("truncate");
    let st = s.state();
    assert_eq!(
        (st.first_seq, st.last_seq, st.msgs, st.last_ts),
        (41, 80, 39, 80)
    );
    assert!(matches!(s.load_msg(81), Err(StoreError::Eof)));
    assert_eq!(put(&*s, "c.new", "z", 81), 81);
    assert_eq!(s.load_last_msg("c.new").expect("last").seq, 81);
    let s = reopen_same(m, s);
    assert_eq!(s.deleted(), vec![60]);
    // Compact past the end: empty, continuing at the given sequence.
    assert_eq!(s.compact(500).wait().expect("compact"), 40);
    let st = s.state();
    assert_eq!((st.msgs, st.first_seq, st.last_seq), (0, 500, 499));
    let s = reopen_same(m, s);
    assert_eq!(put(&*s, "c.new", "z", 1), 500);
    reopen_same(m, s);
}

pub(crate) fn limit_max_msgs(m: &dyn Maker) {
    let s = m.open(limits(|l| l.max_msgs = 5));
    for i in 1..=12 {
        put(&*s, "m", "x", i);
    }
    let st = s.state();
    assert_eq!((st.msgs, st.first_seq, st.last_seq), (5, 8, 12));
    let s = reopen_same(m, s);
    drop(s);

    let s = m.open(limits(|l| {
        l.max_msgs = 3;
        l.discard = DiscardPolicy::New;
    }));
    for i in 1..=3 {
        put(&*s, "m", "x", i);
    }
    assert!(matches!(
        s.check_discard_new("m", 0, 1),
        Err(StoreError::MaxMsgs)
    ));
    assert!(matches!(
        s.store_msg(msg("m", "x", 4)).wait(),
        Err(StoreError::MaxMsgs)
    ));
    assert_eq!(s.state().last_seq, 3);
    reopen_same(m, s);
}

pub(crate) fn limit_max_bytes(m: &dyn Maker) {
    let one = m.open(StoreConfig::default()).msg_size("b", 0, 100);
    let s = m.open(limits(|l| l.max_bytes = (one * 4) as i64));
    for i in 1..=10 {
        put(&*s, "b", &"z".repeat(100), i);
    }
    let st = s.state();
    assert_eq!((st.msgs, st.bytes, st.first_seq), (4, one * 4, 7));
    let s = reopen_same(m, s);
    drop(s);

    let s = m.open(limits(|l| {
        l.max_bytes = (one * 4) as i64;
        l.discard = DiscardPolicy::New;
    }));
    // Upstream refuses once stored bytes plus the new raw size reach the limit.
    let mut stored = 0;
    for i in 1..=10 {
        match s.store_msg(msg("b", &"z".repeat(100), i)).wait() {
            Ok(_) => stored += 1,
            Err(StoreError::MaxBytes) => break,
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(stored, 4);
    assert_eq!(s.state().msgs, 4);
    reopen_same(m, s);
}

pub(crate) fn limit_per_subject(m: &dyn Maker) {
    let s = m.open(limits(|l| l.max_msgs_per_subject = 2));
    for i in 1..=30u64 {
        put(&*s, &format!("kv.{}", i % 5), "v", i as i64);
    }
    let totals = s.subjects_totals(">");
    assert_eq!(totals.len(), 5);
    assert!(totals.values().all(|&n| n == 2));
    assert_eq!(s.state().msgs, 10);
    assert_eq!(seqs(&*s, "kv.1"), vec![21, 26]);
    let s = reopen_same(m, s);
    // Lowering the limit enforces it at once.
    let mut l = s.cfg.limits.clone();
    l.max_msgs_per_subject = 1;
    assert_eq!(s.update_limits(l).wait().expect("update"), 5);
    assert_eq!(seqs(&*s, "kv.1"), vec![26]);
    let s = reopen_same(m, s);
    drop(s);

    let s = m.open(limits(|l| {
        l.max_msgs_per_subject = 1;
        l.discard = DiscardPolicy::New;
        l.discard_new_per_subject = true;
    }));
    put(&*s, "kv.a", "1", 1);
    assert!(matches!(
        s.store_msg(msg("kv.a", "2", 2)).wait(),
        Err(StoreError::MaxMsgsPerSubject)
    ));
    put(&*s, "kv.b", "1", 3);
    drop(s);

    // Discard new without the per-subject flag replaces the subject's oldest even at max_msgs.
    let s = m.open(limits(|l| {
        l.max_msgs_per_subject = 1;
        l.max_msgs = 2;
        l.discard = DiscardPolicy::New;
    }));
    put(&*s, "kv.a", "1", 1);
    put(&*s, "kv.b", "1", 2);
    assert!(matches!(
        s.store_msg(msg("kv.c", "1", 3)).wait(),
        Err(StoreError::MaxMsgs)
    ));
    assert_eq!(put(&*s, "kv.a", "2", 4), 3);
    assert_eq!(seqs(&*s, ">"), vec![2, 3]);
    reopen_same(m, s);
}

pub(crate) fn expire_max_age_and_ttl(m: &dyn Maker) {
    let sec = 1_000_000_000i64;
    let s = m.open(limits(|l| l.max_age = Duration::from_secs(10)));
    for i in 1..=10 {
        put(&*s, "age", "x", i * sec);
    }
    s.store_msg(NewMsg {
        ttl: Some(2 * sec),
        ..msg("ttl", "short", 10 * sec)
    })
    .wait()
    .expect("ttl store");
    // At t=12s: the TTL'd message (due at 12s) and messages stamped <= 2s go.
    let e = s.expire(12 * sec).wait().expect("expire");
    assert_eq!(e.removed, 3);
    assert_eq!(e.next_due, Some(13 * sec));
    assert_eq!(s.state().first_seq, 3);
    assert!(s.subjects_state("ttl").is_empty());
    let s = reopen_same(m, s);
    let e = s.expire(100 * sec).wait().expect("expire");
    assert_eq!((e.removed, e.next_due), (8, None));
    assert_eq!(s.state().msgs, 0);
    reopen_same(m, s);
}

/// With delete markers, an expired message that is the last of its subject stays and is
/// reported (the stream puts a marker in its place); older ones of the subject go.
pub(crate) fn expire_keeps_last_of_subject_for_markers(m: &dyn Maker) {
    let sec = 1_000_000_000i64;
    let s = m.open(limits(|l| {
        l.max_age = Duration::from_secs(10);
        l.subject_delete_markers = true;
    }));
    put(&*s, "a", "1", sec);
    put(&*s, "a", "2", 2 * sec);
    put(&*s, "b", "1", 3 * sec);
    put(&*s, "c", "1", 30 * sec);
    s.store_msg(NewMsg {
        ttl: Some(2 * sec),
        ..msg("d", "ttl", 4 * sec)
    })
    .wait()
    .expect("ttl store");
    let e = s.expire(20 * sec).wait().expect("expire");
    assert_eq!(e.removed, 1);
    let kept: Vec<(u64, &str)> = e.last_of_subject.iter().map(|(q, s)| (*q, &**s)).collect();
    assert_eq!(kept, vec![(2, "a"), (3, "b"), (5, "d")]);
    // The next due time skips what was kept: the message of `c`, stamped 30s.
    assert_eq!(e.next_due, Some(40 * sec));
    assert_eq!(seqs(&*s, ">"), vec![2, 3, 4, 5]);
    reopen_same(m, s);
}

pub(crate) fn state_and_time_lookup(m: &dyn Maker) {
    let s = m.open(StoreConfig::default());
    assert_eq!(
        s.state(),
        StreamState {
            first_seq: 1,
            ..StreamState::default()
        }
    );
    for i in 1..=10 {
        put(&*s, &format!("t.{}", i % 2), "x", i * 100);
    }
    assert_eq!(s.seq_from_time(450), 5);
    assert_eq!(s.seq_from_time(0), 1);
    assert_eq!(s.seq_from_time(5_000), 11);
    let totals: BTreeMap<Arc<str>, u64> = s.subjects_totals("t.*");
    assert_eq!(totals.values().sum::<u64>(), 10);
    assert!(s.damage().is_empty());
    reopen_same(m, s);
}

pub(crate) fn pipelined_async_publishes(m: &dyn Maker) {
    let s = m.open(StoreConfig::default());
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let acks = rt.block_on(async {
        let pending: Vec<_> = (0..200)
            .map(|i| s.store_msg(msg("async", &format!("{i}"), i)))
            .collect();
        let mut acks = Vec::new();
        for p in pending {
            acks.push(p.await.expect("ack").seq);
        }
        acks
    });
    assert_eq!(acks, (1..=200).collect::<Vec<_>>());
    reopen_same(m, s);
}

/// Thousands of messages across several index chunks: middle removals, a subject purge, a
/// compact and a mostly emptied chunk; every lookup agrees with a plain model before and
/// after a reopen rebuilds the index from the log.
pub(crate) fn index_across_chunks_survives_reopen(m: &dyn Maker) {
    let s = m.open(StoreConfig::default());
    let mut model: BTreeMap<u64, String> = BTreeMap::new();
    let pending: Vec<_> = (1..=10_000u64)
        .map(|i| {
            let subject = format!("k.{}", (i * 7) % 50);
            model.insert(i, subject.clone());
            s.store_msg(msg(&subject, "v", i as i64))
        })
        .collect();
    for (i, p) in pending.into_iter().enumerate() {
        assert_eq!(p.wait().expect("store").seq, i as u64 + 1);
    }
    let removals: Vec<u64> = (3000..4000)
        .step_by(3)
        .chain((4100..8300).filter(|q| q % 97 != 0))
        .collect();
    let done: Vec<_> = removals.iter().map(|&q| s.remove_msg(q)).collect();
    for (q, d) in removals.iter().zip(done) {
        assert!(d.wait().expect("remove"), "{q}");
        model.remove(q);
    }
    let req = PurgeRequest {
        filter: Some("k.7".into()),
        ..PurgeRequest::default()
    };
    let purged = s.purge(req).wait().expect("purge");
    let before = model.len();
    model.retain(|_, subj| subj != "k.7");
    assert_eq!(purged, (before - model.len()) as u64);
    let below = model.range(..2000).count() as u64;
    assert_eq!(s.compact(2000).wait().expect("compact"), below);
    model.retain(|&q, _| q >= 2000);
    let check = |s: &dyn StreamStore| {
        assert_eq!(s.state().msgs, model.len() as u64);
        for k in 0..50 {
            let subject = format!("k.{k}");
            let want: Vec<u64> = model
                .iter()
                .filter(|(_, v)| **v == subject)
                .map(|(&q, _)| q)
                .collect();
            assert_eq!(seqs(s, &subject), want, "{subject}");
            assert_eq!(
                s.load_last_msg(&subject).ok().map(|m| m.seq),
                want.last().copied()
            );
            assert_eq!(s.filtered_state(5000, &subject).msgs, {
                want.iter().filter(|&&q| q >= 5000).count() as u64
            });
        }
        assert_eq!(
            all_msgs(s).iter().map(|m| m.seq).collect::<Vec<_>>(),
            model.keys().copied().collect::<Vec<_>>()
        );
    };
    check(&*s);
    let s = reopen_same(m, s);
    check(&*s);
}

pub(crate) fn stopped_store_refuses_writes(m: &dyn Maker) {
    let s = m.open(StoreConfig::default());
    put(&*s, "a", "x", 1);
    s.stop().wait().expect("stop");
    assert!(matches!(
        s.store_msg(msg("a", "y", 2)).wait(),
        Err(StoreError::Closed)
    ));
    assert_eq!(s.load_msg(1).expect("read after stop").seq, 1);
}

/// An atomic batch lands whole with consecutive sequences; a batch that discard-new refuses
/// partway leaves nothing, and the next message takes the next sequence.
pub(crate) fn atomic_batch(m: &dyn Maker) {
    let s = m.open(limits(|l| {
        l.max_msgs = 5;
        l.discard = DiscardPolicy::New;
    }));
    put(&*s, "a", "0", 1);
    let batch = |n: i64| (1..=n).map(|i| msg("b", "x", i)).collect::<Vec<_>>();
    let stored = s.store_batch(batch(3)).wait().expect("batch");
    assert_eq!(
        stored.iter().map(|st| st.seq).collect::<Vec<_>>(),
        [2, 3, 4]
    );
    assert!(matches!(
        s.store_batch(batch(2)).wait(),
        Err(StoreError::MaxMsgs)
    ));
    let st = s.state();
    assert_eq!((st.msgs, st.last_seq), (4, 4));
    assert_eq!(seqs(&*s, "b"), [2, 3, 4]);
    let s = reopen_same(m, s);
    assert_eq!(put(&*s, "a", "1", 9), 5);
    reopen_same(m, s);
}

macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod memory {
            $( #[test] fn $name() { super::$name(&super::MemoryMaker) } )*
        }
        mod file {
            $( #[test] fn $name() { super::$name(&super::FileMaker) } )*
        }
    };
}

suite!(
    store_and_load,
    first_seq_config,
    last_by_subject_many_subjects,
    next_by_filter_with_wildcards,
    remove_and_erase,
    purge_variants,
    compact_and_truncate,
    limit_max_msgs,
    limit_max_bytes,
    limit_per_subject,
    expire_max_age_and_ttl,
    expire_keeps_last_of_subject_for_markers,
    state_and_time_lookup,
    pipelined_async_publishes,
    stopped_store_refuses_writes,
    atomic_batch,
    index_across_chunks_survives_reopen,
);
