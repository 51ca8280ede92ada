//! Criterion micro-benchmarks of the subscription index: match rate with 10k, 100k and 1M
//! subscriptions (literal and wildcard), through the trie, the shared result cache and the
//! per-connection [`MatchCache`]; insert and remove rate.
//!
//! Population of size N (the real `Sublist<T>`, with a small subscription type):
//! - N literal subscriptions `bench.A.B.C`, A = i % 100, B = (i / 100) % 100, C = i / 10,000:
//!   a four-level trie, 100 × 100 × (N / 10,000) wide;
//! - 100 wildcard subscriptions, `bench.A.>` and `bench.*.B.*` for A, B < 50.
//!
//! A *literal* publish (A, B ≥ 50) reaches exactly one subscription; a *wildcard* publish
//! (A, B < 50) reaches three: its literal one, one `>` and one `*`. `hot` repeats one subject;
//! `rotate` cycles through 2,048 distinct subjects of the population (256 for the L1 cache, which
//! holds 512), so the walk touches cold trie nodes and the shared cache (1,024 entries, swept to
//! 256) mostly misses.
//!
//! Groups (run one with `cargo bench -p rnats-server --bench sublist -- GROUP`):
//! - `match_10k`, `match_100k`, `match_1M`: `literal|wildcard` × `trie_hot|trie_rotate`
//!   (shared cache off: every call walks the trie and builds a result), `cache_hot|cache_rotate`
//!   (shared cache on: `Sublist::matches`), `l1_hot|l1_rotate` (`MatchCache::get`, the
//!   publisher's path);
//! - `insert_remove_10k`, `insert_remove_100k`, `insert_remove_1M`: `insert|remove` of literal
//!   subscriptions (`bench.A.B.nJ`) and wildcard ones (`bench.A.*.wJ`, which patch every matching
//!   shared-cache entry), against the cache-on index with a warm shared cache.
//!
//! Targets (reference/hot-path.md §5): L1 hit ≤ 15 ns, trie match (caches off) ≤ 100 ns; issue 4
//! acceptance: a literal match among 1M subscriptions within 2x of the time among 10k.

use std::cell::OnceCell;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use rnats_server::sublist::{MatchCache, SubjectKey, Sublist};

/// A subscription as the sublist sees it: a subject, no queue.
struct Sub {
    subject: Box<[u8]>,
}

impl SubjectKey for Sub {
    fn subject(&self) -> &[u8] {
        &self.subject
    }
    fn queue(&self) -> Option<&[u8]> {
        None
    }
}

fn sub(subject: String) -> Arc<Sub> {
    Arc::new(Sub {
        subject: subject.into_bytes().into_boxed_slice(),
    })
}

/// The literal subject of population member `i`.
fn literal_subject(i: usize) -> String {
    format!("bench.{}.{}.{}", i % 100, (i / 100) % 100, i / 10_000)
}

/// An index of `n` literal subscriptions plus the 100 wildcard ones.
fn build(n: usize, cache: bool) -> Sublist<Sub> {
    let sl = Sublist::new(cache);
    for i in 0..n {
        insert(&sl, sub(literal_subject(i)));
    }
    for k in 0..WILD {
        insert(&sl, sub(format!("bench.{k}.>")));
        insert(&sl, sub(format!("bench.*.{k}.*")));
    }
    sl
}

fn insert(sl: &Sublist<Sub>, s: Arc<Sub>) {
    if let Err(e) = sl.insert(s) {
        panic!("benchmark subject rejected: {e}");
    }
}

/// First-level (A) and second-level (B) tokens below this have wildcard subscriptions.
const WILD: usize = 50;

/// Up to `count` distinct published subjects of population `n`, in random order: literal ones
/// reach one subscription, wildcard ones three. Deterministic (fixed seed), so runs compare.
fn subjects(n: usize, wildcard: bool, count: usize) -> Vec<Vec<u8>> {
    let mut members: Vec<usize> = (0..n)
        .filter(|i| {
            let (a, b) = (i % 100, (i / 100) % 100);
            if wildcard {
                a < WILD && b < WILD
            } else {
                a >= WILD && b >= WILD
            }
        })
        .collect();
    fastrand::Rng::with_seed(0x5eed).shuffle(&mut members);
    members.truncate(count);
    members
        .into_iter()
        .map(|i| literal_subject(i).into_bytes())
        .collect()
}

/// One index size: its indexes are built on first use, so a filtered run skips the others.
struct Population {
    n: usize,
    label: &'static str,
    cache_on: OnceCell<Sublist<Sub>>,
    cache_off: OnceCell<Sublist<Sub>>,
}

impl Population {
    fn new(n: usize, label: &'static str) -> Self {
        Population {
            n,
            label,
            cache_on: OnceCell::new(),
            cache_off: OnceCell::new(),
        }
    }

    fn on(&self) -> &Sublist<Sub> {
        self.cache_on.get_or_init(|| build(self.n, true))
    }

    fn off(&self) -> &Sublist<Sub> {
        self.cache_off.get_or_init(|| build(self.n, false))
    }
}

/// Matches `subjects` in turn (one, for `hot`), after checking each one's fan-out.
fn bench_matches<'p>(
    g: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    sl: impl Fn() -> &'p Sublist<Sub>,
    subjects: &[Vec<u8>],
    fanout: usize,
) {
    g.bench_function(name, |b| {
        let sl = sl();
        for s in subjects {
            assert_eq!(sl.matches(s).len(), fanout, "{name}");
        }
        let mut i = 0;
        b.iter(|| {
            let s = &subjects[i];
            i = (i + 1) % subjects.len();
            black_box(sl.matches(black_box(s)))
        });
    });
}

fn match_group(c: &mut Criterion, pop: &Population) {
    let mut g = c.benchmark_group(format!("match_{}", pop.label));
    g.throughput(Throughput::Elements(1));
    for (kind, wildcard, fanout) in [("literal", false, 1), ("wildcard", true, 3)] {
        let rotate = subjects(pop.n, wildcard, 2048);
        let hot = &rotate[..1];
        bench_matches(
            &mut g,
            &format!("{kind}/trie_hot"),
            || pop.off(),
            hot,
            fanout,
        );
        bench_matches(
            &mut g,
            &format!("{kind}/trie_rotate"),
            || pop.off(),
            &rotate,
            fanout,
        );
        bench_matches(
            &mut g,
            &format!("{kind}/cache_hot"),
            || pop.on(),
            hot,
            fanout,
        );
        bench_matches(
            &mut g,
            &format!("{kind}/cache_rotate"),
            || pop.on(),
            &rotate,
            fanout,
        );
        for (name, subjects) in [("l1_hot", hot), ("l1_rotate", &rotate[..256])] {
            g.bench_function(format!("{kind}/{name}"), |b| {
                let sl = pop.on();
                let mut l1 = MatchCache::new();
                for s in subjects {
                    assert_eq!(l1.get(sl, s).len(), fanout);
                }
                let mut i = 0;
                b.iter(|| {
                    let s = &subjects[i];
                    i = (i + 1) % subjects.len();
                    black_box(l1.get(sl, black_box(s)).len())
                });
            });
        }
    }
    g.finish();
}

/// Subscriptions inserted (and removed) per timed batch.
const BATCH: usize = 1000;

/// `BATCH` new subscriptions spread over the population's first two levels, distinct per call.
fn new_subs(wildcard: bool, round: &mut usize) -> Vec<Arc<Sub>> {
    *round += 1;
    (0..BATCH)
        .map(|j| {
            let (a, b) = (j % 100, (j / 100) % 100);
            if wildcard {
                sub(format!("bench.{a}.*.w{round}x{j}"))
            } else {
                sub(format!("bench.{a}.{b}.n{round}x{j}"))
            }
        })
        .collect()
}

fn insert_remove_group(c: &mut Criterion, pop: &Population) {
    let mut g = c.benchmark_group(format!("insert_remove_{}", pop.label));
    g.throughput(Throughput::Elements(1));
    for (kind, wildcard) in [("literal", false), ("wildcard", true)] {
        for timed_insert in [true, false] {
            let op = if timed_insert { "insert" } else { "remove" };
            g.bench_function(format!("{kind}/{op}"), |b| {
                let sl = pop.on();
                // A warm shared cache, as a server under publish load has.
                for s in subjects(pop.n, false, 1024) {
                    black_box(sl.matches(&s));
                }
                let mut round = 0;
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    let mut done = 0u64;
                    while done < iters {
                        let k = (iters - done).min(BATCH as u64) as usize;
                        let subs = new_subs(wildcard, &mut round);
                        let subs = &subs[..k];
                        let start = Instant::now();
                        for s in subs {
                            insert(sl, Arc::clone(s));
                        }
                        if timed_insert {
                            total += start.elapsed();
                        }
                        let start = Instant::now();
                        for s in subs {
                            black_box(sl.remove(s));
                        }
                        if !timed_insert {
                            total += start.elapsed();
                        }
                        done += k as u64;
                    }
                    total
                });
            });
        }
    }
    g.finish();
}

fn sublist_benches(c: &mut Criterion) {
    for (n, label) in [(10_000, "10k"), (100_000, "100k"), (1_000_000, "1M")] {
        // Dropped after its groups, so only one size's indexes are in memory at a time.
        let pop = Population::new(n, label);
        match_group(c, &pop);
        insert_remove_group(c, &pop);
    }
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = config();
    targets = sublist_benches
}
criterion_main!(benches);
