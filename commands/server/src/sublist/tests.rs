//! Sublist tests: the text tables in `testdata/` (run with the shared cache on and off, and
//! through a per-connection cache), a randomized comparison against a brute-force matcher, and
//! the cases a table cannot express (concurrency, generations, stats, size, depth).
//!
//! Table lines (`#` starts a comment line):
//! - `sub NAME SUBJECT [QUEUE]`: insert must succeed; `sub-invalid SUBJECT`: insert must fail
//! - `unsub NAME` / `unsub-missing NAME`: remove must return true / false
//! - `unsub-batch NAME...`: `remove_batch`
//! - `match SUBJECT -> p1 p2 | queue: m1 m2 | queue2: m3`: plain names, then one part per group
//! - `count N`, `nodes N`: subscription and trie node counts

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::*;

/// A subscription for tests: a name to refer to it by, a subject and a queue.
#[derive(Debug)]
struct Sub {
    name: String,
    subject: Vec<u8>,
    queue: Option<Vec<u8>>,
}

impl SubjectKey for Sub {
    fn subject(&self) -> &[u8] {
        &self.subject
    }
    fn queue(&self) -> Option<&[u8]> {
        self.queue.as_deref()
    }
}

fn sub(name: &str, subject: &str, queue: Option<&str>) -> Arc<Sub> {
    Arc::new(Sub {
        name: name.to_owned(),
        subject: subject.as_bytes().to_vec(),
        queue: queue.map(|q| q.as_bytes().to_vec()),
    })
}

/// A result in comparable form: sorted plain names, and queue → sorted member names.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    psubs: Vec<String>,
    qsubs: BTreeMap<String, Vec<String>>,
}

fn shape(r: &MatchResult<Sub>) -> Shape {
    let mut psubs: Vec<String> = r.psubs.iter().map(|s| s.name.clone()).collect();
    psubs.sort();
    let mut qsubs = BTreeMap::new();
    for group in r.qsubs.iter() {
        assert!(!group.is_empty(), "empty queue group in result");
        let queue = group[0].queue.clone().expect("queue member without queue");
        assert!(
            group.iter().all(|m| m.queue.as_deref() == Some(&queue[..])),
            "mixed queues in one group"
        );
        let mut names: Vec<String> = group.iter().map(|s| s.name.clone()).collect();
        names.sort();
        let prev = qsubs.insert(String::from_utf8(queue).expect("utf8"), names);
        assert!(prev.is_none(), "queue group split over two slices");
    }
    assert_eq!(r.len(), r.psubs.len() + r.qsubs.len());
    assert_eq!(r.is_empty(), r.psubs.is_empty() && r.qsubs.is_empty());
    Shape { psubs, qsubs }
}

fn parse_expected(text: &str) -> Shape {
    let mut parts = text.split('|');
    let mut psubs: Vec<String> = parts
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    psubs.sort();
    let mut qsubs = BTreeMap::new();
    for part in parts {
        let (queue, names) = part.split_once(':').expect("`queue: names` after `|`");
        let mut names: Vec<String> = names.split_whitespace().map(str::to_owned).collect();
        names.sort();
        qsubs.insert(queue.trim().to_owned(), names);
    }
    Shape { psubs, qsubs }
}

/// Runs one table against a fresh sublist, with or without the shared cache.
fn run_table(name: &str, text: &str, cache: bool) {
    let sl: Sublist<Sub> = Sublist::new(cache);
    let mut l1 = MatchCache::new();
    let mut subs: HashMap<String, Arc<Sub>> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{name}:{} (cache {cache}): {line}", i + 1);
        let (cmd, rest) = line.split_once(' ').unwrap_or((line, ""));
        let args: Vec<&str> = rest.split_whitespace().collect();
        match cmd {
            "sub" => {
                let s = sub(args[0], args[1], args.get(2).copied());
                sl.insert(Arc::clone(&s)).expect(&at);
                assert!(
                    subs.insert(args[0].to_owned(), s).is_none(),
                    "{at}: dup name"
                );
            }
            "sub-invalid" => {
                let err = sl.insert(sub("x", args[0], None));
                assert!(
                    matches!(err, Err(SublistError::InvalidSubject { .. })),
                    "{at}"
                );
            }
            "unsub" => assert!(sl.remove(&subs[args[0]]), "{at}"),
            "unsub-missing" => assert!(!sl.remove(&subs[args[0]]), "{at}"),
            "unsub-batch" => {
                let batch: Vec<Arc<Sub>> = args.iter().map(|n| Arc::clone(&subs[*n])).collect();
                sl.remove_batch(&batch);
            }
            "match" => {
                let (subject, expected) = rest.split_once("->").expect(&at);
                let subject = subject.trim().as_bytes();
                let want = parse_expected(expected);
                let first = sl.matches(subject);
                assert_eq!(shape(&first), want, "{at}");
                assert_eq!(shape(&sl.matches(subject)), want, "{at} (again)");
                assert_eq!(shape(l1.get(&sl, subject)), want, "{at} (L1)");
                assert_eq!(shape(l1.get(&sl, subject)), want, "{at} (L1 again)");
            }
            "count" => assert_eq!(sl.count(), args[0].parse::<usize>().expect(&at), "{at}"),
            "nodes" => assert_eq!(
                sl.node_count(),
                args[0].parse::<usize>().expect(&at),
                "{at}"
            ),
            other => panic!("{at}: unknown command {other}"),
        }
    }
}

macro_rules! table_tests {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            let text = include_str!(concat!("testdata/", stringify!($name), ".txt"));
            run_table(stringify!($name), text, true);
            run_table(stringify!($name), text, false);
        }
    )*};
}

table_tests!(
    literal,
    wildcard,
    wildcard_publish,
    queue,
    remove,
    cache,
    prune,
    invalid
);

#[test]
fn invalid_subjects_outside_tables() {
    let sl: Sublist<Sub> = Sublist::new(true);
    for bad in ["", "foo bar", "foo.b\tr", "a.\r\n"] {
        let err = sl.insert(sub("x", bad, None)).expect_err(bad);
        assert_eq!(
            err,
            SublistError::InvalidSubject {
                subject: bad.to_owned()
            }
        );
    }
    assert_eq!(sl.count(), 0);
    assert!(sl.matches(b"").is_empty());
    assert_eq!(sl.node_count(), 0);
}

#[test]
fn same_arc_inserted_twice_is_one_entry() {
    let sl = Sublist::new(true);
    let a = sub("a", "foo", None);
    sl.insert(Arc::clone(&a)).expect("insert");
    let gen = sl.generation();
    sl.insert(Arc::clone(&a)).expect("insert again");
    assert_eq!(sl.generation(), gen);
    assert_eq!(sl.count(), 1);
    assert_eq!(sl.matches(b"foo").psubs.len(), 1);
    assert!(sl.remove(&a));
    assert!(!sl.remove(&a));
}

#[test]
fn generation_moves_on_every_change() {
    let sl = Sublist::new(true);
    let g0 = sl.generation();
    let a = sub("a", "foo.*", None);
    sl.insert(Arc::clone(&a)).expect("insert");
    let g1 = sl.generation();
    assert_ne!(g0, g1);
    sl.matches(b"foo.bar");
    assert_eq!(sl.generation(), g1, "matching is not a change");
    assert!(sl.remove(&a));
    let g2 = sl.generation();
    assert_ne!(g1, g2);
    assert!(!sl.remove(&a));
    assert_eq!(sl.generation(), g2, "a failed remove is not a change");
    sl.remove_batch(&[Arc::clone(&a)]);
    sl.remove_batch(&[]);
}

#[test]
fn l1_cache_follows_the_generation() {
    let sl = Sublist::new(true);
    let mut l1 = MatchCache::new();
    assert!(l1.get(&sl, b"foo.bar").is_empty());
    let a = sub("a", "foo.*", None);
    sl.insert(Arc::clone(&a)).expect("insert");
    assert_eq!(l1.get(&sl, b"foo.bar").psubs.len(), 1);
    // A hit returns the very same result, without asking the sublist.
    let matches_before = sl.stats().num_matches;
    let p1 = Arc::as_ptr(l1.get(&sl, b"foo.bar"));
    let p2 = Arc::as_ptr(l1.get(&sl, b"foo.bar"));
    assert_eq!(p1, p2);
    assert_eq!(sl.stats().num_matches, matches_before);
    assert!(sl.remove(&a));
    assert!(l1.get(&sl, b"foo.bar").is_empty());
    // The same cache used with another sublist never serves the first one's results.
    let other = Sublist::new(true);
    other.insert(sub("b", "x", None)).expect("insert");
    sl.insert(sub("c", "x", None)).expect("insert");
    assert_eq!(shape(l1.get(&sl, b"x")).psubs, ["c"]);
    assert_eq!(shape(l1.get(&other, b"x")).psubs, ["b"]);
    assert_eq!(shape(l1.get(&sl, b"x")).psubs, ["c"]);
}

#[test]
fn l1_cache_is_bounded() {
    let sl = Sublist::new(false);
    sl.insert(sub("all", ">", None)).expect("insert");
    let mut l1 = MatchCache::new();
    for i in 0..2000 {
        let subject = format!("s.{i}");
        assert_eq!(l1.get(&sl, subject.as_bytes()).psubs.len(), 1);
        assert!(l1.len() <= 512);
    }
    assert!(l1.len() > 512 - 32);
    // Whatever survived eviction is still right.
    for i in 0..2000 {
        let subject = format!("s.{i}");
        assert_eq!(shape(l1.get(&sl, subject.as_bytes())).psubs, ["all"]);
    }
}

#[test]
fn shared_cache_is_bounded_and_swept() {
    let sl = Sublist::new(true);
    sl.insert(sub("all", ">", None)).expect("insert");
    for i in 0..1024 {
        sl.matches(format!("s.{i}").as_bytes());
    }
    assert_eq!(sl.stats().num_cache, 1024);
    sl.matches(b"one.more");
    assert_eq!(sl.stats().num_cache, 256);
    for i in 0..5000 {
        sl.matches(format!("t.{i}").as_bytes());
        assert!(sl.stats().num_cache <= 1024);
    }
}

#[test]
fn no_cache_means_no_cache() {
    let sl = Sublist::new(false);
    sl.insert(sub("a", "foo", None)).expect("insert");
    sl.matches(b"foo");
    sl.matches(b"foo");
    let st = sl.stats();
    assert_eq!(st.num_cache, 0);
    assert_eq!(st.num_matches, 2);
    assert_eq!(st.cache_hit_rate, 0.0);
}

#[test]
fn remove_batch_removes_under_one_generation() {
    let sl = Sublist::new(true);
    let mut conn = Vec::new();
    for (i, subject) in ["foo", "foo.*", "foo.>", "bar", ">"].iter().enumerate() {
        let s = sub(&format!("c{i}"), subject, (i % 2 == 0).then_some("q"));
        sl.insert(Arc::clone(&s)).expect("insert");
        conn.push(s);
    }
    let keep = sub("keep", "foo", None);
    sl.insert(Arc::clone(&keep)).expect("insert");
    assert_eq!(sl.matches(b"foo").len(), 2); // keep + group q (c0 on foo, c4 on >)
    let gen = sl.generation();
    // A stranger in the batch is skipped.
    conn.push(sub("stranger", "foo", None));
    sl.remove_batch(&conn);
    assert_eq!(sl.generation(), gen + 1);
    assert_eq!(sl.count(), 1);
    assert_eq!(shape(&sl.matches(b"foo")).psubs, ["keep"]);
    assert!(sl.matches(b"bar").is_empty());
    let st = sl.stats();
    assert_eq!(st.num_removes, 5);
    assert!(sl.remove(&keep));
    assert_eq!(sl.node_count(), 0);
}

#[test]
fn stats_counters() {
    let sl = Sublist::new(true);
    let subs = [
        sub("a", "foo.bar", None),
        sub("b", "foo.*", None),
        sub("c", "foo.bar", Some("q")),
        sub("d", "foo.bar", Some("q")),
    ];
    for s in &subs {
        sl.insert(Arc::clone(s)).expect("insert");
    }
    assert!(sl.remove(&subs[3]));
    sl.matches(b"foo.bar"); // miss: fan-out 3 (a, b, group q)
    sl.matches(b"foo.bar"); // hit
    sl.matches(b"foo.baz"); // miss: fan-out 1
    sl.matches(b"foo.baz"); // hit
    let st = sl.stats();
    assert_eq!(st.num_subscriptions, 3);
    assert_eq!(st.num_inserts, 4);
    assert_eq!(st.num_removes, 1);
    assert_eq!(st.num_matches, 4);
    assert_eq!(st.num_cache, 2);
    assert_eq!(st.cache_hit_rate, 0.5);
    assert_eq!(st.max_fanout, 3);
    assert_eq!(st.avg_fanout, 2.0);

    let json = serde_json::to_value(&st).expect("json");
    let mut keys: Vec<&str> = json
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "avg_fanout",
            "cache_hit_rate",
            "max_fanout",
            "num_cache",
            "num_inserts",
            "num_matches",
            "num_removes",
            "num_subscriptions"
        ]
    );

    let mut total = SublistStats::default();
    total.merge(&st);
    total.merge(&st);
    assert_eq!(total.num_subscriptions, 6);
    assert_eq!(total.num_matches, 8);
    assert_eq!(total.cache_hit_rate, 0.5);
    assert_eq!(total.max_fanout, 3);
    assert_eq!(total.avg_fanout, 2.0);
}

#[test]
fn collect_returns_every_subscription() {
    let sl = Sublist::new(true);
    let names = ["a", "b", "c", "d", "e"];
    let subjects = ["foo", "foo.bar", "foo.*", ">", "foo.bar"];
    for (n, s) in names.iter().zip(subjects) {
        sl.insert(sub(n, s, (*n == "e").then_some("q")))
            .expect("insert");
    }
    let mut out = Vec::new();
    sl.collect(&mut out);
    let mut got: Vec<String> = out.iter().map(|s| s.name.clone()).collect();
    got.sort();
    assert_eq!(got, names);
}

/// Random subscriptions, removals and publishes against a brute-force matcher, with the shared
/// cache and an L1 cache in play, so every cache patch is checked against the truth.
#[test]
fn randomized_against_brute_force() {
    const TOKENS: [&str; 5] = ["a", "b", "c", "*", ">"];
    const PUB_TOKENS: [&str; 5] = ["a", "b", "c", "a", "*"];
    let mut rng = fastrand::Rng::with_seed(0x5eed);
    for cache in [true, false] {
        let sl = Sublist::new(cache);
        let mut l1 = MatchCache::new();
        let mut live: Vec<Arc<Sub>> = Vec::new();
        let random_subject = |rng: &mut fastrand::Rng, pool: &[&str]| {
            let depth = rng.usize(1..=4);
            let toks: Vec<&str> = (0..depth).map(|_| pool[rng.usize(..pool.len())]).collect();
            toks.join(".")
        };
        for step in 0..4000 {
            match rng.u8(..10) {
                0..=2 => {
                    let mut s = random_subject(&mut rng, &TOKENS);
                    // `>` only as the last token.
                    if let Some(i) = s.find('>') {
                        s.truncate(i + 1);
                    }
                    let queue = ["q1", "q2"];
                    let q = rng.bool().then(|| queue[rng.usize(..2)]);
                    let s = sub(&format!("s{step}"), &s, q);
                    sl.insert(Arc::clone(&s)).expect("insert");
                    live.push(s);
                }
                3 if !live.is_empty() => {
                    let s = live.swap_remove(rng.usize(..live.len()));
                    assert!(sl.remove(&s));
                }
                4 if step % 50 == 0 && !live.is_empty() => {
                    let n = rng.usize(..=live.len().min(5));
                    let batch: Vec<Arc<Sub>> = (0..n)
                        .map(|_| live.swap_remove(rng.usize(..live.len())))
                        .collect();
                    sl.remove_batch(&batch);
                }
                _ => {
                    let p = random_subject(&mut rng, &PUB_TOKENS);
                    let mut want = MatchResult::empty();
                    for s in &live {
                        if subject::matches(&s.subject, p.as_bytes()) {
                            want = want.with(s);
                        }
                    }
                    let want = shape(&want);
                    assert_eq!(shape(&sl.matches(p.as_bytes())), want, "step {step} {p}");
                    assert_eq!(shape(l1.get(&sl, p.as_bytes())), want, "step {step} {p} L1");
                }
            }
            assert_eq!(sl.count(), live.len());
        }
        sl.remove_batch(&live);
        assert_eq!(sl.count(), 0);
        assert_eq!(sl.node_count(), 0);
    }
}

#[test]
fn concurrent_insert_remove_match() {
    const THREADS: usize = 4;
    const PER_THREAD: usize = 1500;
    let sl: Arc<Sublist<Sub>> = Arc::new(Sublist::new(true));
    let watcher = sub("watch", "c.>", None);
    sl.insert(Arc::clone(&watcher)).expect("insert");
    std::thread::scope(|scope| {
        for t in 0..THREADS {
            let sl = Arc::clone(&sl);
            scope.spawn(move || {
                let mut l1 = MatchCache::new();
                let mut mine = Vec::new();
                for i in 0..PER_THREAD {
                    let subject = format!("c.{t}.{i}");
                    let s = sub(&format!("t{t}.{i}"), &subject, (i % 3 == 0).then_some("q"));
                    sl.insert(Arc::clone(&s)).expect("insert");
                    // Our own insert is visible at once, through both caches.
                    let r = Arc::clone(l1.get(&sl, subject.as_bytes()));
                    assert_eq!(r.len(), 2, "{subject}");
                    let shared = sl.matches(format!("c.{t}.{}", i / 2).as_bytes());
                    assert!(shared.psubs.iter().any(|p| p.name == "watch"));
                    mine.push(s);
                }
                for s in mine.iter().step_by(2) {
                    assert!(sl.remove(s));
                    assert_eq!(l1.get(&sl, &s.subject).len(), 1, "only the watcher");
                }
            });
        }
        // A pure reader: the watcher is in every result, whatever else moves.
        let sl = Arc::clone(&sl);
        scope.spawn(move || {
            let mut l1 = MatchCache::new();
            for i in 0..20_000 {
                let subject = format!("c.{}.{}", i % THREADS, i % PER_THREAD);
                let r = l1.get(&sl, subject.as_bytes());
                assert!(r.psubs.iter().any(|p| p.name == "watch"));
            }
        });
    });
    assert_eq!(sl.count(), 1 + THREADS * PER_THREAD / 2);
    let mut all = Vec::new();
    sl.collect(&mut all);
    assert_eq!(all.len(), sl.count());
    all.retain(|s| s.name != "watch");
    sl.remove_batch(&all);
    assert!(sl.remove(&watcher));
    assert_eq!(sl.count(), 0);
    assert_eq!(sl.node_count(), 0);
}

#[test]
fn hundred_thousand_subscriptions() {
    let sl = Sublist::new(true);
    let subs: Vec<Arc<Sub>> = (0..100_000)
        .map(|i| {
            let subject = match i % 4 {
                0 => format!("big.{}.{}", i % 100, i),
                1 => format!("big.{}.*", i % 1000),
                2 => "big.same".to_owned(),
                _ => "big.same.q".to_owned(),
            };
            sub(&i.to_string(), &subject, (i % 4 == 3).then_some("grp"))
        })
        .collect();
    for s in &subs {
        sl.insert(Arc::clone(s)).expect("insert");
    }
    assert_eq!(sl.count(), 100_000);
    let r = sl.matches(b"big.same");
    assert_eq!(r.psubs.len(), 25_000);
    let r = sl.matches(b"big.same.q");
    assert_eq!(r.qsubs.len(), 1);
    assert_eq!(r.qsubs[0].len(), 25_000);
    // Remove in an order unlike insertion, so indexed sets shuffle.
    for s in subs.iter().rev().step_by(2) {
        assert!(sl.remove(s));
    }
    for s in subs.iter().rev().skip(1).step_by(2) {
        assert!(sl.remove(s));
    }
    assert_eq!(sl.count(), 0);
    assert_eq!(sl.node_count(), 0);
    assert!(sl.matches(b"big.same").is_empty());
}

/// Subjects are bounded by max_control_line, which is configurable: thousands of tokens must
/// not recurse once per token anywhere (match, remove, drop).
#[test]
fn very_deep_subjects() {
    let deep = vec!["t"; 50_000].join(".");
    let deep_pwc = format!("{}.*", vec!["t"; 49_999].join("."));
    let sl = Sublist::new(true);
    let a = sub("a", &deep, None);
    let b = sub("b", &deep_pwc, None);
    let c = sub("c", &vec!["*"; 50_000].join("."), None);
    for s in [&a, &b, &c] {
        sl.insert(Arc::clone(s)).expect("insert");
    }
    assert_eq!(sl.matches(deep.as_bytes()).len(), 3);
    assert!(sl.remove(&a));
    assert_eq!(sl.matches(deep.as_bytes()).len(), 2);
    // Dropped with subscriptions still in place.
    drop(sl);

    let sl = Sublist::new(false);
    for s in [&a, &b, &c] {
        sl.insert(Arc::clone(s)).expect("insert");
    }
    sl.remove_batch(&[a, b, c]);
    assert_eq!(sl.node_count(), 0);
}

#[test]
fn large_cached_results_stay_right() {
    let sl = Sublist::new(true);
    let mut subs: Vec<Arc<Sub>> = (0..100)
        .map(|i| sub(&format!("s{i}"), if i % 2 == 0 { "big" } else { "*" }, None))
        .collect();
    for s in &subs {
        sl.insert(Arc::clone(s)).expect("insert");
    }
    assert_eq!(sl.matches(b"big").len(), 100);
    let extra = sub("extra", "big", Some("q"));
    sl.insert(Arc::clone(&extra)).expect("insert");
    assert_eq!(sl.matches(b"big").len(), 101);
    let wild = sub("wild", ">", None);
    sl.insert(Arc::clone(&wild)).expect("insert");
    assert_eq!(sl.matches(b"big").len(), 102);
    assert!(sl.remove(&wild));
    assert!(sl.remove(&extra));
    let gone = subs.pop().expect("sub");
    assert!(sl.remove(&gone));
    assert_eq!(sl.matches(b"big").len(), 99);
    assert_eq!(sl.matches(b"big").len(), 99);
}

#[test]
fn thread_safety_is_part_of_the_contract() {
    fn shared<S: Send + Sync>() {}
    fn owned<S: Send>() {}
    shared::<Sublist<Sub>>();
    shared::<MatchResult<Sub>>();
    owned::<MatchCache<Sub>>();
}

/// A match that branches through `*` at every level and reaches more nodes than the match's
/// inline bookkeeping holds (pending branches, reached nodes, tokens) spills to the heap and
/// still finds everything.
#[test]
fn wide_wildcard_matches_spill_correctly() {
    const DEPTH: usize = 20;
    let sl = Sublist::new(false);
    let mut patterns = vec![vec!["a"; DEPTH].join("."), vec!["*"; DEPTH].join(".")];
    for i in 0..DEPTH {
        let mut toks = vec!["a"; DEPTH];
        toks[i] = "*";
        patterns.push(toks.join("."));
        let mut prefix = vec!["*"; i];
        prefix.push(">");
        patterns.push(prefix.join("."));
    }
    for (i, p) in patterns.iter().enumerate() {
        sl.insert(sub(&format!("s{i}"), p, None)).expect("insert");
        sl.insert(sub(&format!("q{i}"), p, Some("q")))
            .expect("insert");
    }
    let subject = vec!["a"; DEPTH].join(".");
    let r = sl.matches(subject.as_bytes());
    assert_eq!(r.psubs.len(), patterns.len());
    assert_eq!(r.qsubs.len(), 1);
    assert_eq!(r.qsubs[0].len(), patterns.len());
    assert!(sl.matches(format!("{subject}.").as_bytes()).is_empty());
    assert!(sl.matches(b"a..a").is_empty());
}
