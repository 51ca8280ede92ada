//! Transform and mapping tests: the text tables in `testdata/` (their headers give the line
//! formats; most rows are nats-server's own test vectors), plus the statistical checks of
//! weighted mappings and `{{random(n)}}` that a table cannot express.

use super::*;
use crate::auth::options::{MappingConfig, MappingDestination};

/// `""` is the empty string; anything else is taken as written.
fn field(s: &str) -> &str {
    let s = s.trim();
    if s == "\"\"" {
        ""
    } else {
        s
    }
}

fn fields(rest: &str) -> Vec<&str> {
    rest.split(" | ").map(field).collect()
}

fn text(subject: Option<Vec<u8>>) -> String {
    match subject {
        None => "-".to_owned(),
        Some(s) => String::from_utf8(s).expect("utf8"),
    }
}

fn run_transforms(name: &str, table: &str) {
    for (i, line) in table.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{name}:{}: {line}", i + 1);
        let (cmd, rest) = line.split_once(' ').expect(&at);
        let f = fields(rest);
        let build = |strict: bool| {
            if strict {
                SubjectTransform::new_strict(f[0], f[1])
            } else {
                SubjectTransform::new(f[0], f[1])
            }
        };
        match cmd {
            "map" | "strict" => {
                let tr = build(cmd == "strict").expect(&at);
                let got = tr.apply(f[2].as_bytes());
                assert_eq!(tr.matches(f[2].as_bytes()), got.is_some(), "{at} (matches)");
                assert_eq!(text(got), f[3], "{at}");
                if f[3] != "-" {
                    assert_eq!(
                        text(Some(tr.transform(f[2].as_bytes()))),
                        f[3],
                        "{at} (raw)"
                    );
                }
            }
            "any" => {
                let tr = build(false).expect(&at);
                let allowed: Vec<&str> = f[3].split_whitespace().collect();
                let mut seen = std::collections::HashSet::new();
                for _ in 0..100 {
                    let got = text(tr.apply(f[2].as_bytes()));
                    assert!(allowed.contains(&got.as_str()), "{at}: got {got}");
                    seen.insert(got);
                }
                assert_eq!(seen.len(), allowed.len(), "{at}: not all seen: {seen:?}");
            }
            "raw" => {
                let tr = build(false).expect(&at);
                assert_eq!(text(Some(tr.transform(f[2].as_bytes()))), f[3], "{at}");
            }
            "ok" | "ok-strict" => {
                let tr = build(cmd == "ok-strict").expect(&at);
                assert!(!tr.is_noop(), "{at}");
                assert_eq!(tr.source(), if f[0].is_empty() { ">" } else { f[0] });
                assert_eq!(tr.destination(), f[1]);
            }
            "error" | "error-strict" => {
                let err = build(cmd == "error-strict").expect_err(&at);
                assert_eq!(err.to_string(), f[2], "{at}");
                assert_eq!(
                    err.is_invalid_destination(),
                    err != TransformError::BadSubject,
                    "{at}"
                );
            }
            "noop" => {
                let tr = build(false).expect(&at);
                assert!(tr.is_noop(), "{at}");
                assert!(!tr.matches(b"foo.bar"), "{at}");
                assert_eq!(tr.apply(b"foo.bar"), None, "{at}");
                assert!(tr.reverse().is_none(), "{at}");
            }
            "reverse" => {
                let tr = build(true).expect(&at);
                let rev = tr.reverse().expect(&at);
                assert_eq!((rev.source(), rev.destination()), (f[2], f[3]), "{at}");
                let there = tr.apply(f[4].as_bytes()).expect(&at);
                assert_eq!(text(rev.apply(&there)), f[4], "{at} (round trip)");
            }
            "tokenize" => assert_eq!(tokenize_wildcards(f[0]), f[1], "{at}"),
            other => panic!("{at}: unknown command {other}"),
        }
    }
}

/// `"quoted"` or the first whitespace-separated word, and the rest.
fn word(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    if let Some(q) = s.strip_prefix('"') {
        let end = q.find('"').expect("closing quote");
        return (&q[..end], &q[end + 1..]);
    }
    s.split_once(char::is_whitespace).unwrap_or((s, ""))
}

/// `SRC = DEST [WEIGHT] [@CLUSTER] | ...`
fn mapping_config(spec: &str) -> MappingConfig {
    let (source, rest) = word(spec);
    let rest = rest.trim_start().strip_prefix('=').expect("SRC = DESTS");
    let destinations = rest
        .split(" | ")
        .map(|d| {
            let (subject, rest) = word(d);
            let mut weight = 100;
            let mut cluster = None;
            for w in rest.split_whitespace() {
                match w.strip_prefix('@') {
                    Some(c) => cluster = Some(c.to_owned()),
                    None => weight = w.parse().expect("weight"),
                }
            }
            MappingDestination {
                subject: subject.to_owned(),
                weight,
                cluster,
            }
        })
        .collect();
    MappingConfig {
        source: source.to_owned(),
        destinations,
    }
}

fn run_mappings(name: &str, table: &str) {
    let mut mappings = Mappings::default();
    for (i, line) in table.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{name}:{}: {line}", i + 1);
        let (cmd, rest) = line.split_once(' ').unwrap_or((line, ""));
        match cmd {
            "new" => mappings = Mappings::default(),
            "add" => mappings.add(&mapping_config(rest)).expect(&at),
            "add-error" => {
                let (spec, want) = rest.split_once(" => ").expect(&at);
                let before = mappings.len();
                let err = mappings.add(&mapping_config(spec)).expect_err(&at);
                assert_eq!(err.to_string(), want, "{at}");
                assert_eq!(mappings.len(), before, "{at}: changed on error");
            }
            "dests" => {
                let (lhs, want) = rest.split_once("->").expect(&at);
                let (source, cluster) = match lhs.split_once('@') {
                    Some((s, c)) => (s.trim(), c.trim()),
                    None => (lhs.trim(), ""),
                };
                let got = mappings.describe(source, cluster).expect(&at);
                let want: Vec<&str> = want.split_whitespace().collect();
                assert_eq!(got, want, "{at}");
            }
            "map" | "map-in" => {
                let (lhs, want) = rest.split_once("->").expect(&at);
                let (cluster, subject) = if cmd == "map-in" {
                    lhs.trim().split_once(' ').expect(&at)
                } else {
                    ("", lhs)
                };
                let want = field(want);
                for _ in 0..100 {
                    let got = mappings.map_in_cluster(subject.trim().as_bytes(), cluster);
                    assert_eq!(text(got), want, "{at}");
                }
            }
            other => panic!("{at}: unknown command {other}"),
        }
    }
}

#[test]
fn transforms() {
    run_transforms("transforms.txt", include_str!("testdata/transforms.txt"));
}

#[test]
fn mappings() {
    run_mappings("mappings.txt", include_str!("testdata/mappings.txt"));
}

fn config(spec: &str) -> Vec<MappingConfig> {
    spec.split(" ; ").map(mapping_config).collect()
}

/// Draws `n` publishes to `subject` and counts where they went ("-" unmapped, "" dropped).
fn draw(mappings: &Mappings, subject: &str, n: usize) -> std::collections::HashMap<String, usize> {
    let mut counts = std::collections::HashMap::new();
    for _ in 0..n {
        *counts
            .entry(text(mappings.map(subject.as_bytes())))
            .or_insert(0) += 1;
    }
    counts
}

/// Asserts `counts[key]` is `percent`% of `n`, within 5 points (about 10 standard deviations
/// at n = 10 000, so a failure means a wrong distribution, not bad luck).
fn assert_share(
    counts: &std::collections::HashMap<String, usize>,
    key: &str,
    percent: usize,
    n: usize,
) {
    let got = counts.get(key).copied().unwrap_or(0);
    let want = n * percent / 100;
    let slack = n * 5 / 100;
    assert!(
        got + slack >= want && got <= want + slack,
        "{key}: {got} of {n}, expected about {want} ({counts:?})"
    );
}

// upstream TestAccountMultiWeightedRouteMappings: 50% bar, 30% baz, 20% unmapped.
#[test]
fn weighted_destinations_and_remainder() {
    fastrand::seed(7);
    let m = Mappings::new(&config("foo = bar 50 | baz 30")).expect("mappings");
    let n = 10_000;
    let counts = draw(&m, "foo", n);
    assert_eq!(counts.len(), 3, "{counts:?}");
    assert_share(&counts, "bar", 50, n);
    assert_share(&counts, "baz", 30, n);
    assert_share(&counts, "-", 20, n);
}

// upstream TestGlobalAccountRouteMappingsConfiguration's foo.* weights, with a wildcard.
#[test]
fn weighted_wildcard_destinations() {
    fastrand::seed(11);
    let m = Mappings::new(&config("foo.* = bar.v1.$1 40 | baz.v2.$1 20")).expect("mappings");
    let n = 10_000;
    let counts = draw(&m, "foo.22", n);
    assert_share(&counts, "bar.v1.22", 40, n);
    assert_share(&counts, "baz.v2.22", 20, n);
    assert_share(&counts, "-", 40, n);
}

// upstream TestAccountRouteMappingsWithLossInjection: the source listed at 80% loses 20%.
#[test]
fn loss_injection() {
    fastrand::seed(3);
    let m = Mappings::new(&config("foo = foo 80 ; bar = bar 0")).expect("mappings");
    let n = 10_000;
    let counts = draw(&m, "foo", n);
    assert_eq!(counts.len(), 2, "{counts:?}");
    assert_share(&counts, "foo", 80, n);
    assert_share(&counts, "", 20, n);
    assert_eq!(draw(&m, "bar", 1_000).get(""), Some(&1_000));
}

#[test]
fn random_function_spreads() {
    fastrand::seed(5);
    let tr = SubjectTransform::new("*", "bar.{{random(4)}}").expect("transform");
    let n = 8_000;
    let mut counts = std::collections::HashMap::new();
    for _ in 0..n {
        *counts.entry(text(tr.apply(b"x"))).or_insert(0) += 1;
    }
    for k in 0..4 {
        assert_share(&counts, &format!("bar.{k}"), 25, n);
    }
}

#[test]
fn mappings_new_and_queries() {
    let m = Mappings::new(&config("a = b ; c.* = d.$1 ; a = e")).expect("mappings");
    assert!(!m.is_empty());
    assert_eq!(m.len(), 2);
    assert_eq!(m.sources().collect::<Vec<_>>(), ["a", "c.*"]);
    assert_eq!(m.map(b"a"), Some(b"e".to_vec()));
    assert!(Mappings::default().is_empty());
    assert_eq!(
        Mappings::new(&config("a = b ; c = d 150")).map(|_| ()),
        Err(TransformError::WeightTooLarge)
    );
}

#[test]
fn long_subjects() {
    // More tokens than the inline buffer holds.
    let subject: Vec<String> = (0..40).map(|i| format!("t{i}")).collect();
    let subject = subject.join(".");
    let tr = SubjectTransform::new("t0.*.>", "x.$1.{{partition(10)}}.>").expect("transform");
    let out = text(tr.apply(subject.as_bytes()));
    let hash = fnv1a_32(FNV_OFFSET, subject.as_bytes()) % 10;
    let tail = &subject["t0.t1.".len()..];
    assert_eq!(out, format!("x.t1.{hash}.{tail}"));
}

#[test]
fn fnv_vectors() {
    // Go hash/fnv New32a vectors.
    assert_eq!(fnv1a_32(FNV_OFFSET, b""), 0x811c_9dc5);
    assert_eq!(fnv1a_32(FNV_OFFSET, b"a"), 0xe40c_292c);
    assert_eq!(fnv1a_32(FNV_OFFSET, b"foobar"), 0xbf9c_f968);
    let toks: [&[u8]; 2] = [b"foo", b"bar"];
    assert_eq!(fnv1a_32_joined(&toks), fnv1a_32(FNV_OFFSET, b"foo.bar"));
}

#[test]
fn function_regexp_emulation() {
    let args = |t: &str, name: &str| {
        function_args(t.as_bytes(), name).map(|a| String::from_utf8(a.to_vec()).expect("utf8"))
    };
    assert_eq!(args("{{wildcard(1)}}", "Wildcard").as_deref(), Some("1"));
    assert_eq!(
        args("{{ Wildcard ( 1 ) }}", "Wildcard").as_deref(),
        Some(" 1 ")
    );
    assert_eq!(args("{{WILDCARD(1)}}", "Wildcard"), None);
    assert_eq!(
        args("{{splitFromLeft(1,2)}}", "SplitFromLeft").as_deref(),
        Some("1,2")
    );
    assert_eq!(args("{{splitfromleft(1,2)}}", "Split"), None);
    // unanchored, leftmost `{{`, greedy arguments
    assert_eq!(args("x{{{wildcard(1)}}", "Wildcard").as_deref(), Some("1"));
    assert_eq!(
        args("{{wildcard(1)}}(2)}}", "Wildcard").as_deref(),
        Some("1)}}(2")
    );
    // no newline inside the arguments, but after them
    assert_eq!(args("{{wildcard(1\n)}}", "Wildcard"), None);
    assert_eq!(args("{{wildcard(1)\n}}", "Wildcard").as_deref(), Some("1"));
    let split = |s: &str| {
        split_args(s.as_bytes())
            .iter()
            .map(|a| String::from_utf8(a.to_vec()).expect("utf8"))
            .collect::<Vec<_>>()
    };
    assert_eq!(split(""), [""]);
    assert_eq!(split("1, \t2 ,3"), ["1", "2 ", "3"]);
    assert_eq!(split("1,"), ["1", ""]);
}
