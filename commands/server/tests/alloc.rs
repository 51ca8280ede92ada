//! Allocation check of the publisher's match path: a warm per-connection [`MatchCache`] answers
//! without allocating (reference/hot-path.md §5: zero allocations per message), and so does a
//! shared-cache hit in [`Sublist::matches`]. A counting global allocator counts the allocations
//! made by the current thread only, so tests running in parallel and the harness do not disturb
//! the count. This is a correctness test of "no allocation", not a timing test.

// A `GlobalAlloc` wrapper cannot be written without `unsafe impl`; the workspace denies
// `unsafe_code`, so this one test file allows it. The wrapper only forwards to `System`.
#![allow(
    unsafe_code,
    reason = "a counting GlobalAlloc wrapper needs `unsafe impl`"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::Arc;

use rnats_server::sublist::{MatchCache, SubjectKey, Sublist};

/// Forwards to the system allocator and counts allocations made by the calling thread.
struct Counting;

thread_local! {
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
}

fn bump() {
    // `try_with`: the thread-local may already be gone while a thread exits.
    let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
}

// SAFETY: every method forwards its arguments unchanged to `System`, which upholds the
// `GlobalAlloc` contract; the counter is a const-initialised thread-local `Cell` that never
// allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: same contract as ours, forwarded.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: same contract as ours, forwarded.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump();
        // SAFETY: same contract as ours, forwarded.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours, forwarded.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns its result with the number of allocations it made on this thread.
fn allocations<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let before = ALLOCS.with(Cell::get);
    let r = f();
    (r, ALLOCS.with(Cell::get) - before)
}

/// A subscription as the sublist sees it.
struct Sub {
    subject: Box<[u8]>,
    queue: Option<Box<[u8]>>,
}

impl SubjectKey for Sub {
    fn subject(&self) -> &[u8] {
        &self.subject
    }
    fn queue(&self) -> Option<&[u8]> {
        self.queue.as_deref()
    }
}

fn sub(subject: &str, queue: Option<&str>) -> Arc<Sub> {
    Arc::new(Sub {
        subject: subject.as_bytes().into(),
        queue: queue.map(|q| q.as_bytes().into()),
    })
}

/// An index with literal, `*`, `>` and queue subscriptions, and the subjects published to it
/// with the fan-out each reaches.
fn fixture(cache: bool) -> (Sublist<Sub>, Vec<(Vec<u8>, usize)>) {
    let sl = Sublist::new(cache);
    let subs = [
        sub("orders.eu.created", None),
        sub("orders.*.created", None),
        sub("orders.>", None),
        sub("orders.eu.created", Some("workers")),
        sub("orders.eu.created", Some("workers")),
        sub("telemetry.device.1", None),
    ];
    for s in subs {
        if let Err(e) = sl.insert(s) {
            panic!("fixture subject rejected: {e}");
        }
    }
    let subjects = vec![
        (b"orders.eu.created".to_vec(), 4),
        (b"orders.us.created".to_vec(), 2),
        (b"orders.eu.deleted".to_vec(), 1),
        (b"telemetry.device.1".to_vec(), 1),
        (b"nobody.listens".to_vec(), 0),
    ];
    (sl, subjects)
}

const LOOKUPS: usize = 10_000;

#[test]
fn the_counter_sees_allocations() {
    // A trie walk with the shared cache off builds a new result: it must be counted.
    let (sl, _) = fixture(false);
    let (r, n) = allocations(|| sl.matches(b"orders.eu.created"));
    assert_eq!(r.len(), 4);
    assert!(
        n >= 1,
        "the counting allocator missed the result allocation"
    );
}

#[test]
fn warm_match_cache_hits_allocate_nothing() {
    let (sl, subjects) = fixture(true);
    let mut l1 = MatchCache::new();
    for (s, fanout) in &subjects {
        assert_eq!(l1.get(&sl, s).len(), *fanout);
    }
    let (total, n) = allocations(|| {
        let mut total = 0;
        for i in 0..LOOKUPS {
            let (s, _) = &subjects[i % subjects.len()];
            total += l1.get(&sl, s).len();
        }
        total
    });
    let per_round: usize = subjects.iter().map(|(_, f)| f).sum();
    assert_eq!(total, per_round * LOOKUPS / subjects.len());
    assert_eq!(
        n, 0,
        "{n} allocations for {LOOKUPS} warm MatchCache lookups"
    );
}

#[test]
fn warm_match_cache_hits_allocate_nothing_with_shared_cache_off() {
    // The L1 cache keeps results even when the shared one is disabled.
    let (sl, subjects) = fixture(false);
    let mut l1 = MatchCache::new();
    for (s, _) in &subjects {
        l1.get(&sl, s);
    }
    let (_, n) = allocations(|| {
        for i in 0..LOOKUPS {
            std::hint::black_box(l1.get(&sl, &subjects[i % subjects.len()].0));
        }
    });
    assert_eq!(
        n, 0,
        "{n} allocations for {LOOKUPS} warm MatchCache lookups"
    );
}

#[test]
fn shared_cache_hits_allocate_nothing() {
    let (sl, subjects) = fixture(true);
    for (s, _) in &subjects {
        sl.matches(s);
    }
    let (_, n) = allocations(|| {
        for i in 0..LOOKUPS {
            std::hint::black_box(sl.matches(&subjects[i % subjects.len()].0));
        }
    });
    assert_eq!(n, 0, "{n} allocations for {LOOKUPS} shared-cache hits");
}
