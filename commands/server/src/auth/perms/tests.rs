//! Permission tests: the text tables in `testdata/` (rows taken from upstream's tests name the
//! test), and what a table cannot express (cache bounds, prune counts).
//!
//! Table lines (`#` starts a comment line, blank lines are ignored):
//! - `== NAME`: a new block, with no permissions and a clock at zero
//! - `pub.allow: A, B` (also `pub.deny:`, `sub.allow:`, `sub.deny:`): a list, entries split at
//!   commas; nothing after the colon is an empty list
//! - `responses: default` or `responses: max=N expires=DUR` (`N` or `DUR` may be `inf`)
//! - `compile -> ok | ERROR`: strict compilation's outcome
//! - `lenient -> ok | ERROR; ERROR`: lenient compilation's complaints; later rows use it
//! - `pub SUBJECT [@T] -> allow|deny`: the connection's publish decision at time T (static
//!   check through a `PubCache`, then reply permits)
//! - `sub SUBJECT [QUEUE] -> allow|deny`, `deliver SUBJECT [QUEUE] -> allow|deny`
//! - `filter SUBJECT [QUEUE] -> yes|no`: `subscription_needs_delivery_filter`
//! - `restricts-publish -> yes|no`, `delivery-filter -> yes|no`
//! - `responses -> none | max=N expires=DUR`
//! - `request REPLY [@T]`: a message with reply REPLY is delivered to the client
//! - `replies -> N`: reply permits held
//! - `subset SUBJECT TEST -> yes|no`, `collide A B -> yes|no`: the subject helpers

use std::time::{Duration, Instant};

use super::*;

/// One `== NAME` block being run.
struct Block {
    name: String,
    cfg: PermissionsConfig,
    perms: Option<Permissions>,
    cache: PubCache,
    permits: Option<ReplyPermits>,
    start: Instant,
}

impl Block {
    fn new(name: &str) -> Block {
        Block {
            name: name.to_owned(),
            cfg: PermissionsConfig::default(),
            perms: None,
            cache: PubCache::new(),
            permits: None,
            start: Instant::now(),
        }
    }

    fn install(&mut self, perms: Permissions) {
        self.permits = perms.responses().cloned().map(ReplyPermits::new);
        self.perms = Some(perms);
    }

    /// The block's permissions (compiled strictly on first use), publish cache and reply
    /// permits.
    fn parts(&mut self, at: &str) -> (&Permissions, &mut PubCache, Option<&mut ReplyPermits>) {
        if self.perms.is_none() {
            let perms = Permissions::compile(&self.cfg)
                .unwrap_or_else(|e| panic!("{at}: [{}] does not compile: {e}", self.name));
            self.install(perms);
        }
        let perms = self.perms.as_ref().unwrap();
        (perms, &mut self.cache, self.permits.as_mut())
    }

    fn perms(&mut self, at: &str) -> &Permissions {
        self.parts(at).0
    }

    fn configure(&mut self, at: &str) -> &mut PermissionsConfig {
        assert!(
            self.perms.is_none(),
            "{at}: [{}] configured after a check",
            self.name
        );
        &mut self.cfg
    }
}

fn yes_no(s: &str, at: &str) -> bool {
    match s {
        "yes" | "allow" => true,
        "no" | "deny" => false,
        _ => panic!("{at}: expected yes/no or allow/deny, got {s:?}"),
    }
}

fn duration(s: &str) -> Duration {
    if s == "inf" {
        return Duration::MAX;
    }
    let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let n: u64 = s[..digits].parse().unwrap();
    match &s[digits..] {
        "" if n == 0 => Duration::ZERO,
        "ms" => Duration::from_millis(n),
        "s" => Duration::from_secs(n),
        "m" => Duration::from_secs(n * 60),
        "h" => Duration::from_secs(n * 3600),
        unit => panic!("unknown duration unit {unit:?} in {s:?}"),
    }
}

fn responses(s: &str) -> ResponsePermission {
    if s == "default" {
        return ResponsePermission::default();
    }
    let mut rp = ResponsePermission::default();
    for field in s.split_whitespace() {
        match field.split_once('=') {
            Some(("max", "inf")) => rp.max = usize::MAX,
            Some(("max", n)) => rp.max = n.parse().unwrap(),
            Some(("expires", d)) => rp.expires = duration(d),
            _ => panic!("bad responses field {field:?}"),
        }
    }
    rp
}

fn show_responses(rp: Option<&ResponsePermission>) -> String {
    let Some(rp) = rp else {
        return "none".to_owned();
    };
    let max = match rp.max {
        usize::MAX => "inf".to_owned(),
        n => n.to_string(),
    };
    let expires = match rp.expires {
        Duration::MAX => "inf".to_owned(),
        d if d.as_secs() % 60 == 0 && d.subsec_nanos() == 0 => format!("{}m", d.as_secs() / 60),
        d if d.subsec_millis() == 0 => format!("{}s", d.as_secs()),
        d => format!("{}ms", d.as_millis()),
    };
    format!("max={max} expires={expires}")
}

/// Splits `args` into its words and an optional trailing `@T`.
fn words_and_time(args: &str) -> (Vec<&str>, Duration) {
    let mut words: Vec<&str> = args.split_whitespace().collect();
    let at = match words.last() {
        Some(w) if w.starts_with('@') => duration(&words.pop().unwrap()[1..]),
        _ => Duration::ZERO,
    };
    (words, at)
}

fn subject_and_queue<'a>(words: &[&'a str], at: &str) -> (&'a [u8], Option<&'a [u8]>) {
    match words {
        [s] => (s.as_bytes(), None),
        [s, q] => (s.as_bytes(), Some(q.as_bytes())),
        _ => panic!("{at}: expected SUBJECT [QUEUE], got {words:?}"),
    }
}

fn list(value: &str) -> Vec<String> {
    if value.is_empty() {
        return Vec::new();
    }
    value.split(',').map(|s| s.trim().to_owned()).collect()
}

fn run_table(file: &str, text: &str) {
    let mut block: Option<Block> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{file}:{}", n + 1);
        if let Some(name) = line.strip_prefix("== ") {
            block = Some(Block::new(name.trim()));
            continue;
        }
        let setting = line
            .split_once(": ")
            .or_else(|| line.strip_suffix(':').map(|k| (k, "")))
            .filter(|(key, _)| !key.contains(' '));
        if let Some((key, value)) = setting {
            let b = block
                .as_mut()
                .unwrap_or_else(|| panic!("{at}: configuration outside a block"));
            let cfg = b.configure(&at);
            let value = value.trim();
            match key {
                "pub.allow" => {
                    cfg.publish
                        .get_or_insert_with(SubjectPermission::default)
                        .allow = Some(list(value))
                }
                "pub.deny" => {
                    cfg.publish
                        .get_or_insert_with(SubjectPermission::default)
                        .deny = Some(list(value))
                }
                "sub.allow" => {
                    cfg.subscribe
                        .get_or_insert_with(SubjectPermission::default)
                        .allow = Some(list(value))
                }
                "sub.deny" => {
                    cfg.subscribe
                        .get_or_insert_with(SubjectPermission::default)
                        .deny = Some(list(value))
                }
                "responses" => cfg.allow_responses = Some(responses(value)),
                _ => panic!("{at}: unknown setting {key:?}"),
            }
            continue;
        }
        let (lhs, want) = match line.split_once(" -> ") {
            Some((l, r)) => (l.trim(), Some(r.trim())),
            None => (line, None),
        };
        let (op, args) = lhs.split_once(' ').unwrap_or((lhs, ""));
        let expect = || want.unwrap_or_else(|| panic!("{at}: {op} needs `-> RESULT`"));

        // Subject helpers need no block.
        match op {
            "subset" | "collide" => {
                let words: Vec<&str> = args.split_whitespace().collect();
                let [a, b] = words[..] else {
                    panic!("{at}: expected two subjects");
                };
                let got = if op == "subset" {
                    is_subset_match(a.as_bytes(), b.as_bytes())
                } else {
                    subjects_collide(a.as_bytes(), b.as_bytes())
                };
                assert_eq!(got, yes_no(expect(), &at), "{at}: {line}");
                continue;
            }
            _ => {}
        }

        let b = block
            .as_mut()
            .unwrap_or_else(|| panic!("{at}: check outside a block"));
        let ctx = format!("{at}: [{}] {line}", b.name);
        match op {
            "compile" => {
                let got = match Permissions::compile(&b.cfg) {
                    Ok(_) => "ok".to_owned(),
                    Err(e) => e.to_string(),
                };
                assert_eq!(got, expect(), "{ctx}");
            }
            "lenient" => {
                let (perms, errors) = Permissions::compile_lenient(&b.cfg);
                let got = if errors.is_empty() {
                    "ok".to_owned()
                } else {
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                assert_eq!(got, expect(), "{ctx}");
                b.install(perms);
            }
            "pub" => {
                let (words, t) = words_and_time(args);
                let [subject] = words[..] else {
                    panic!("{ctx}: expected one subject");
                };
                let subject = subject.as_bytes();
                let now = b.start + t;
                let (perms, cache, permits) = b.parts(&at);
                let fixed = !perms.restricts_publish() || perms.can_publish(subject);
                // The memo agrees with the full check, on a miss and on a hit.
                assert_eq!(cache.check(perms, subject), fixed, "{ctx}: cache miss");
                assert_eq!(cache.check(perms, subject), fixed, "{ctx}: cache hit");
                let allowed = fixed || permits.is_some_and(|r| r.try_use(subject, now));
                assert_eq!(allowed, yes_no(expect(), &at), "{ctx}");
            }
            "sub" | "deliver" | "filter" => {
                let words: Vec<&str> = args.split_whitespace().collect();
                let (subject, queue) = subject_and_queue(&words, &at);
                let perms = b.perms(&at);
                let got = match op {
                    "sub" => perms.can_subscribe(subject, queue),
                    "deliver" => {
                        let denied = perms.delivery_denied_with_queue(subject, queue);
                        if queue.is_none() {
                            assert_eq!(perms.delivery_denied(subject), denied, "{ctx}");
                        }
                        !denied
                    }
                    _ => perms.subscription_needs_delivery_filter(subject, queue),
                };
                assert_eq!(got, yes_no(expect(), &at), "{ctx}");
            }
            "restricts-publish" => {
                let got = b.perms(&at).restricts_publish();
                assert_eq!(got, yes_no(expect(), &at), "{ctx}");
            }
            "delivery-filter" => {
                let got = b.perms(&at).has_delivery_filter();
                assert_eq!(got, yes_no(expect(), &at), "{ctx}");
            }
            "responses" => {
                let got = show_responses(b.perms(&at).responses());
                assert_eq!(got, expect(), "{ctx}");
            }
            "request" => {
                assert!(want.is_none(), "{ctx}: request takes no result");
                let (words, t) = words_and_time(args);
                let [reply] = words[..] else {
                    panic!("{ctx}: expected one reply subject");
                };
                let now = b.start + t;
                let (perms, cache, permits) = b.parts(&at);
                let permits =
                    permits.unwrap_or_else(|| panic!("{ctx}: no allow_responses in this block"));
                if !cache.check(perms, reply.as_bytes()) {
                    permits.grant(reply.as_bytes(), now);
                }
            }
            "replies" => {
                let got = b.parts(&at).2.map_or(0, |r| r.len());
                assert_eq!(got.to_string(), expect(), "{ctx}");
            }
            _ => panic!("{at}: unknown line {line:?}"),
        }
    }
}

macro_rules! table {
    ($name:ident, $file:literal) => {
        #[test]
        fn $name() {
            run_table($file, include_str!(concat!("testdata/", $file)));
        }
    };
}

table!(publish_table, "publish.txt");
table!(subscribe_table, "subscribe.txt");
table!(delivery_table, "delivery.txt");
table!(responses_table, "responses.txt");
table!(compile_table, "compile.txt");
table!(subjects_table, "subjects.txt");

fn allow_pub(allow: &[&str]) -> Permissions {
    Permissions::compile(&PermissionsConfig {
        publish: Some(SubjectPermission {
            allow: Some(allow.iter().map(|s| (*s).to_owned()).collect()),
            deny: None,
        }),
        ..Default::default()
    })
    .unwrap()
}

#[test]
fn empty_subject_matches_nothing() {
    let perms = allow_pub(&[">"]);
    assert!(!perms.can_publish(b""));
    let open = Permissions::compile(&PermissionsConfig::default()).unwrap();
    assert!(open.can_publish(b""));
    assert!(!open.restricts_publish());
    assert!(!open.has_delivery_filter());
    assert!(open.can_subscribe(b"", None));
}

#[test]
fn pub_cache_is_bounded() {
    let perms = allow_pub(&["foo.*"]);
    let mut cache = PubCache::new();
    assert!(cache.is_empty());
    for i in 0..1000 {
        let allowed = format!("foo.{i}");
        let denied = format!("bar.{i}");
        assert!(cache.check(&perms, allowed.as_bytes()));
        assert!(!cache.check(&perms, denied.as_bytes()));
        assert!(cache.len() <= MAX_PUB_CACHE_SIZE, "{} entries", cache.len());
    }
    assert!(!cache.is_empty());
}

#[test]
fn pub_cache_follows_new_permissions() {
    let mut cache = PubCache::new();
    let foo = allow_pub(&["foo"]);
    let bar = allow_pub(&["bar"]);
    assert!(cache.check(&foo, b"foo"));
    assert!(!cache.check(&bar, b"foo"));
    assert!(cache.check(&bar, b"bar"));
    assert!(!cache.check(&foo, b"bar"));
    // Unrestricted permissions are not cached at all.
    let open = Permissions::compile(&PermissionsConfig::default()).unwrap();
    let before = cache.len();
    assert!(cache.check(&open, b"anything"));
    assert_eq!(cache.len(), before);
}

#[test]
fn reply_permits_prune_after_4096_grants() {
    let rp = ResponsePermission {
        max: 1,
        expires: Duration::from_millis(1),
    };
    let mut permits = ReplyPermits::new(rp);
    let t0 = Instant::now();
    // The first grant prunes (nothing pruned yet); 4095 more leave 4095 grants since.
    for i in 0..4096 {
        permits.grant(format!("r.{i}").as_bytes(), t0);
    }
    assert_eq!(permits.len(), 4096);
    // Within the second, so only the count triggers: the 4097th grant since the prune.
    let later = t0 + Duration::from_millis(500);
    permits.grant(b"late.1", later);
    assert_eq!(permits.len(), 4097);
    permits.grant(b"late.2", later);
    assert_eq!(permits.len(), 2, "expired permits pruned");
    assert!(permits.try_use(b"late.1", later));
    assert!(!permits.try_use(b"r.1", later));
}

#[test]
fn reply_permits_defaults_and_empty_reply() {
    let mut permits = ReplyPermits::new(ResponsePermission {
        max: 0,
        expires: Duration::ZERO,
    });
    let t0 = Instant::now();
    permits.grant(b"", t0);
    assert!(permits.is_empty());
    permits.grant(b"r", t0);
    assert!(permits.try_use(b"r", t0 + DEFAULT_ALLOW_RESPONSE_EXPIRATION));
    assert!(!permits.try_use(b"r", t0), "max 0 means 1");
}
