//! What a user may publish and subscribe to: the runtime form of a `permissions {}` block
//! ([`PermissionsConfig`]), with nats-server 2.14's semantics (`server/client.go`:
//! `setPermissions`, `pubAllowedFullCheck`, `canSubscribeInternal`, `checkDenySub`,
//! `responseAllowed`; `server/auth.go`: `validateResponsePermissions`).
//!
//! - [`Permissions`] is compiled once per user and shared as `Arc<Permissions>`; its checks are
//!   pure and take no lock.
//! - [`PubCache`] is the per-connection memo of publish decisions (upstream's `pcache`).
//! - [`ReplyPermits`] is the per-connection `allow_responses` bookkeeping (upstream's
//!   `c.replies`).
//!
//! The connection wires them together as upstream does:
//!
//! ```text
//! PUB subj:      allowed = cache.check(perms, subj)
//!                          || permits.try_use(subj, now)       (only with allow_responses)
//! SUB subj [q]:  allowed = perms.can_subscribe(subj, q)
//! deliver a message on subj to a subscription in queue group q (None for plain):
//!                dropped when perms.delivery_denied_with_queue(subj, q)
//! deliver a message with reply R to a client with allow_responses:
//!                unless cache.check(perms, R): permits.grant(R, now)
//! ```
//!
//! Rules that hold with or without permissions stay with the connection: the `_sys_` queue
//! group, publishing to `$GNR.` or `$NRG.`, and reserved reply subjects.
//!
//! Matching follows upstream's sublist `Match`: a subject's tokens are taken literally, so a
//! wildcard in the checked subject is matched only by a wildcard of the pattern (`foo.*` is
//! allowed by `foo.*` or `foo.>`, never by `foo.bar`), and a subject with an empty token matches
//! nothing. Lists are scanned linearly: permission lists are short, and connections memoize
//! publish decisions. Connection kinds other than clients (leaf nodes' reverse matching, the
//! `$MQTT.` exemptions) are left to their callers.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rnats_proto::subject;
use rustc_hash::FxHashMap;

use crate::auth::options::{
    PermissionsConfig, ResponsePermission, SubjectPermission, DEFAULT_ALLOW_RESPONSE_EXPIRATION,
    DEFAULT_ALLOW_RESPONSE_MAX_MSGS,
};

/// Upstream's `maxPermCacheSize`: publish decisions a connection remembers.
const MAX_PUB_CACHE_SIZE: usize = 128;
/// Upstream's `replyPermLimit`: reply permits granted between two prunes at most.
const REPLY_PRUNE_GRANTS: usize = 4096;
/// Upstream's `replyPruneTime`: the longest a grant waits for a prune.
const REPLY_PRUNE_INTERVAL: Duration = Duration::from_secs(1);

/// Source of [`Permissions`] identities, so a [`PubCache`] notices new permissions.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// A permission entry that cannot be compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PermError {
    /// An entry (or the subject part of a subscribe entry) is not a valid subject; publish
    /// entries may not carry a queue group.
    #[error("subject {0:?} is not a valid subject")]
    InvalidSubject(String),
    /// The queue group of a subscribe entry (`"subject queue"`) is not a valid subject.
    #[error("queue {0:?} is not a valid queue")]
    InvalidQueue(String),
    /// A subscribe entry is neither `subject` nor `subject queue` (lenient compilation).
    #[error("invalid subject-queue {0:?}")]
    InvalidSubjectQueue(String),
    /// A publish deny entry carries a queue group; lenient compilation keeps its subject
    /// (failing closed) and reports this.
    #[error("queue qualifier is not valid for publish deny subject {0:?}")]
    PublishQueueQualifier(String),
}

/// A subscribe entry: a subject pattern, optionally restricted to queue groups matching
/// `queue` (which may itself use wildcards).
#[derive(Debug, Clone, PartialEq, Eq)]
struct SubEntry {
    subject: Box<str>,
    queue: Option<Box<str>>,
}

/// What one subscribe list says about a subject and queue: upstream's `Match` result reduced to
/// what `canSubscribeInternal` and `checkDenySub` look at.
#[derive(Debug, Default)]
struct ListMatch {
    /// An entry without a queue group matches the subject (`len(r.psubs) > 0`).
    plain: bool,
    /// An entry with a queue group matches the subject (`len(r.qsubs) > 0`).
    queued: bool,
    /// One of those queue-qualified entries names the queue (`queueMatches`).
    queue_named: bool,
}

/// A user's compiled publish/subscribe permissions.
#[derive(Debug)]
pub struct Permissions {
    /// Distinguishes compilations, so caches built for other permissions are dropped.
    id: u64,
    /// `None`: every subject not denied. `Some(empty)`: nothing (upstream keeps a non-nil empty
    /// allow sublist, which `allow_responses` relies on).
    pub_allow: Option<Box<[Box<str>]>>,
    pub_deny: Box<[Box<str>]>,
    /// `None` when the configured list is absent or empty (upstream checks `len(Allow) > 0`
    /// for subscribe, unlike publish).
    sub_allow: Option<Box<[SubEntry]>>,
    /// Upstream's deny sublist and its `darray` (the delivery-time filter) at once.
    sub_deny: Box<[SubEntry]>,
    responses: Option<ResponsePermission>,
}

impl Permissions {
    /// Compiles a `permissions {}` block, refusing any entry the configuration parser would
    /// refuse (upstream `checkPermSubjectArray`: publish entries must be valid subjects,
    /// subscribe entries `subject` or `subject queue`).
    ///
    /// With `allow_responses` and no publish allow list, publishing becomes deny-all except
    /// responses (upstream `parseUserPermissions` / `validateResponsePermissions`); a `max` of
    /// 0 becomes 1 and an `expires` of zero becomes 2m. `usize::MAX` and `Duration::MAX` stand
    /// for upstream's negative (unlimited) values.
    pub fn compile(cfg: &PermissionsConfig) -> Result<Permissions, PermError> {
        validate(cfg)?;
        let (perms, errors) = Permissions::compile_lenient(cfg);
        match errors.into_iter().next() {
            Some(err) => Err(err),
            None => Ok(perms),
        }
    }

    /// Compiles as upstream's `setPermissions` does for permissions that never went through
    /// the configuration parser (e.g. a user JWT): a bad allow entry is skipped, a bad subscribe
    /// entry is skipped, and a publish deny entry with a queue group keeps its subject. Returns
    /// what was skipped or altered alongside.
    pub fn compile_lenient(cfg: &PermissionsConfig) -> (Permissions, Vec<PermError>) {
        let mut errors = Vec::new();
        let publish = cfg.publish.as_ref();
        let subscribe = cfg.subscribe.as_ref();

        // A bad allow entry is left out; the list stays (possibly empty: allowing nothing).
        let mut pub_allow: Option<Vec<Box<str>>> = None;
        if let Some(list) = publish.and_then(|p| p.allow.as_ref()) {
            let mut allow = Vec::with_capacity(list.len());
            for s in list {
                if subject::is_valid_subject(s.as_bytes()) {
                    allow.push(Box::from(s.as_str()));
                } else {
                    errors.push(PermError::InvalidSubject(s.clone()));
                }
            }
            pub_allow = Some(allow);
        }
        let mut pub_deny = Vec::new();
        for s in publish.and_then(|p| p.deny.as_deref()).unwrap_or_default() {
            if subject::is_valid_subject(s.as_bytes()) {
                pub_deny.push(Box::from(s.as_str()));
                continue;
            }
            match split_subject_queue(s) {
                Some((subj, _)) => {
                    errors.push(PermError::PublishQueueQualifier(s.clone()));
                    pub_deny.push(Box::from(subj));
                }
                None => errors.push(PermError::InvalidSubject(s.clone())),
            }
        }

        let mut sub_list = |list: Option<&Vec<String>>| -> Option<Box<[SubEntry]>> {
            let list = list.filter(|l| !l.is_empty())?;
            let mut entries = Vec::with_capacity(list.len());
            for s in list {
                match split_subject_queue(s) {
                    Some((subject, queue)) => entries.push(SubEntry {
                        subject: Box::from(subject),
                        queue: queue.map(Box::from),
                    }),
                    None => errors.push(PermError::InvalidSubjectQueue(s.clone())),
                }
            }
            Some(entries.into_boxed_slice())
        };
        let sub_allow = sub_list(subscribe.and_then(|s| s.allow.as_ref()));
        let sub_deny = sub_list(subscribe.and_then(|s| s.deny.as_ref())).unwrap_or_default();

        let responses = cfg.allow_responses.as_ref().map(normalize_responses);
        if responses.is_some() && pub_allow.is_none() {
            // Upstream turns off the blanket publish allow: only replies may be published.
            pub_allow = Some(Vec::new());
        }

        let perms = Permissions {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            pub_allow: pub_allow.map(Vec::into_boxed_slice),
            pub_deny: pub_deny.into_boxed_slice(),
            sub_allow,
            sub_deny,
            responses,
        };
        (perms, errors)
    }

    /// Whether publishing to `subject` is allowed by the allow and deny lists, without caching
    /// and without `allow_responses` (see [`ReplyPermits`]). Both sides may hold wildcards: the
    /// lists' patterns match, the subject's tokens are literal. Deny wins over allow.
    pub fn can_publish(&self, subject: &[u8]) -> bool {
        if !well_formed(subject) {
            // Upstream's sublist matches nothing against such a subject, deny lists included.
            return self.pub_allow.is_none();
        }
        let matched = |p: &str| subject::matches(p.as_bytes(), subject);
        let allowed = self
            .pub_allow
            .as_deref()
            .is_none_or(|allow| allow.iter().any(|p| matched(p)));
        allowed && !self.pub_deny.iter().any(|p| matched(p))
    }

    /// Whether publish needs checking at all (false when there is no publish allow/deny and no
    /// allow_responses).
    pub fn restricts_publish(&self) -> bool {
        self.pub_allow.is_some() || !self.pub_deny.is_empty()
    }

    /// Whether a client may subscribe to `subject`, in queue group `queue` if given (an empty
    /// queue is none). Upstream's rules (`canSubscribeInternal`):
    /// - with an allow list, a plain entry must match the subject; for a queue subscription,
    ///   when queue-qualified entries match the subject, one of them must also name the queue
    ///   (literally, or as a wildcard pattern it is a subset of), whatever the plain entries say;
    /// - then no plain deny entry may match, nor, for a queue subscription, a queue-qualified
    ///   deny entry naming the queue.
    ///
    /// "Match" is upstream's sublist match with the subscription's tokens taken literally: a
    /// pattern's `*` or `>` matches any token of the subscription, wildcards included, so allow
    /// `foo.>` admits `foo.*`, and allow `foo.*` admits `foo.>` too (a `>` token is one token to
    /// the sublist). A wildcard subscription overlapping a deny entry it does not match is
    /// allowed; the deny entry then filters deliveries ([`Permissions::delivery_denied`]).
    pub fn can_subscribe(&self, subject: &[u8], queue: Option<&[u8]>) -> bool {
        let queue = queue.filter(|q| !q.is_empty());
        let mut allowed = true;
        if let Some(allow) = self.sub_allow.as_deref() {
            let m = scan(allow, subject, queue);
            allowed = m.plain;
            if queue.is_some() && m.queued {
                allowed = m.queue_named;
            }
        }
        if allowed && !self.sub_deny.is_empty() {
            allowed = !self.deny_matches(subject, queue);
        }
        allowed
    }

    /// Upstream allows a wildcard subscription that overlaps a subscribe-deny entry but does
    /// not deliver messages whose subject the deny list matches: true when that filter exists
    /// (the subscribe deny list is not empty).
    pub fn has_delivery_filter(&self) -> bool {
        !self.sub_deny.is_empty()
    }

    /// Whether a message on `subject` must not be delivered to a plain subscription of this
    /// client (upstream `checkDenySub` with no queue).
    pub fn delivery_denied(&self, subject: &[u8]) -> bool {
        self.deny_matches(subject, None)
    }

    /// Whether a message on `subject` must not be delivered to a subscription of this client in
    /// queue group `queue` (`None` or empty: a plain subscription). Queue-qualified deny
    /// entries (`"subject queue"`) filter only the queue groups they name.
    pub fn delivery_denied_with_queue(&self, subject: &[u8], queue: Option<&[u8]>) -> bool {
        self.deny_matches(subject, queue.filter(|q| !q.is_empty()))
    }

    /// Whether an accepted subscription makes upstream switch the delivery filter on for the
    /// connection (`loadMsgDenyFilterIfNeeded`): it is a queue or wildcard subscription and
    /// some deny entry could match a subject it receives. A connection may instead filter
    /// every delivery whenever [`Permissions::has_delivery_filter`]: the outcome is the same,
    /// since deliveries this test rules out never match the deny list.
    pub fn subscription_needs_delivery_filter(&self, subject: &[u8], queue: Option<&[u8]>) -> bool {
        let has_queue = queue.is_some_and(|q| !q.is_empty());
        (has_queue || !subject::is_literal(subject))
            && self
                .sub_deny
                .iter()
                .any(|d| subjects_collide(d.subject.as_bytes(), subject))
    }

    /// The `allow_responses` setting, with upstream's defaults filled in.
    pub fn responses(&self) -> Option<&ResponsePermission> {
        self.responses.as_ref()
    }

    /// The subscribe deny list's verdict (upstream `checkDenySub`, and the deny half of
    /// `canSubscribeInternal`).
    fn deny_matches(&self, subject: &[u8], queue: Option<&[u8]>) -> bool {
        if self.sub_deny.is_empty() {
            return false;
        }
        let m = scan(&self.sub_deny, subject, queue);
        m.plain || (queue.is_some() && m.queued && m.queue_named)
    }
}

/// Per-connection bounded cache of publish decisions (upstream's pcache: bounded size, pruned
/// when full). Built for one [`Permissions`] at a time: checking against other permissions
/// (after a reload) starts over.
#[derive(Debug, Default)]
pub struct PubCache {
    perms_id: u64,
    decisions: FxHashMap<Box<[u8]>, bool>,
}

impl PubCache {
    /// An empty cache.
    pub fn new() -> Self {
        PubCache::default()
    }

    /// [`Permissions::can_publish`], remembered per subject. Publishing is allowed outright
    /// when the permissions do not restrict it (nothing is cached then).
    pub fn check(&mut self, perms: &Permissions, subject: &[u8]) -> bool {
        if !perms.restricts_publish() {
            return true;
        }
        if self.perms_id != perms.id {
            self.decisions.clear();
            self.perms_id = perms.id;
        }
        if let Some(&allowed) = self.decisions.get(subject) {
            return allowed;
        }
        let allowed = perms.can_publish(subject);
        if self.decisions.len() >= MAX_PUB_CACHE_SIZE {
            // Upstream's prunePubPermsCache stops early only once the size it reads is below
            // the maximum, but that size is lowered after the sweep: a full cache is emptied.
            self.decisions.clear();
        }
        self.decisions.insert(Box::from(subject), allowed);
        allowed
    }

    /// The number of remembered decisions (at most 128, upstream's `maxPermCacheSize`).
    pub fn len(&self) -> usize {
        self.decisions.len()
    }

    /// Whether nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.decisions.is_empty()
    }
}

/// One reply subject a client may publish to.
#[derive(Debug, Clone, Copy)]
struct Permit {
    granted: Instant,
    used: usize,
}

/// allow_responses bookkeeping: reply subjects this client may publish to, each with a count
/// left and an expiry; bounded (prune expired, cap the map as upstream does with its replies
/// map pruning).
///
/// As upstream, every grant prunes used-up and expired permits when more than 4096 grants or
/// more than a second have passed since the last prune, so the map holds at most what a
/// second's deliveries plus the permits still live can add.
#[derive(Debug)]
pub struct ReplyPermits {
    rp: ResponsePermission,
    replies: FxHashMap<Box<[u8]>, Permit>,
    grants_since_prune: usize,
    last_prune: Option<Instant>,
}

impl ReplyPermits {
    /// Bookkeeping for `rp` (a `max` of 0 or an `expires` of zero take upstream's defaults).
    pub fn new(rp: ResponsePermission) -> Self {
        ReplyPermits {
            rp: normalize_responses(&rp),
            replies: FxHashMap::default(),
            grants_since_prune: 0,
            last_prune: None,
        }
    }

    /// Records that a message with reply subject `reply` was delivered to this client at
    /// `now`. Call it only when the client's publish permissions do not already allow `reply`
    /// (upstream `deliverMsg`).
    ///
    /// Upstream decides "already allowed" with the same check a publish makes, which counts a
    /// use of a live permit for `reply`: a reply subject delivered twice keeps its first permit,
    /// one use spent, and gets a fresh one only when that one is used up or expired.
    pub fn grant(&mut self, reply: &[u8], now: Instant) {
        if reply.is_empty() || self.try_use(reply, now) {
            return;
        }
        self.replies.insert(
            Box::from(reply),
            Permit {
                granted: now,
                used: 0,
            },
        );
        self.grants_since_prune += 1;
        let prune_due = self
            .last_prune
            .is_none_or(|last| now.saturating_duration_since(last) > REPLY_PRUNE_INTERVAL);
        if self.grants_since_prune > REPLY_PRUNE_GRANTS || prune_due {
            self.prune(now);
        }
    }

    /// Whether a publish to `subject` at `now` is a permitted response, counting it if so
    /// (upstream `responseAllowed`). A permit that is used up or expired is dropped.
    pub fn try_use(&mut self, subject: &[u8], now: Instant) -> bool {
        let Some(permit) = self.replies.get_mut(subject) else {
            return false;
        };
        permit.used = permit.used.saturating_add(1);
        let spent = permit.used > self.rp.max;
        let expired = now.saturating_duration_since(permit.granted) > self.rp.expires;
        if spent || expired {
            self.replies.remove(subject);
            return false;
        }
        true
    }

    /// The number of reply subjects tracked.
    pub fn len(&self) -> usize {
        self.replies.len()
    }

    /// Whether no reply subject is tracked.
    pub fn is_empty(&self) -> bool {
        self.replies.is_empty()
    }

    /// Drops used-up and expired permits (upstream `pruneReplyPerms`).
    fn prune(&mut self, now: Instant) {
        let ReplyPermits { rp, replies, .. } = self;
        replies.retain(|_, p| {
            p.used < rp.max && now.saturating_duration_since(p.granted) <= rp.expires
        });
        self.grants_since_prune = 0;
        self.last_prune = Some(now);
    }
}

/// Upstream's response defaults: 0 means the default (`validateResponsePermissions`).
fn normalize_responses(rp: &ResponsePermission) -> ResponsePermission {
    ResponsePermission {
        max: if rp.max == 0 {
            DEFAULT_ALLOW_RESPONSE_MAX_MSGS
        } else {
            rp.max
        },
        expires: if rp.expires.is_zero() {
            DEFAULT_ALLOW_RESPONSE_EXPIRATION
        } else {
            rp.expires
        },
    }
}

/// Every allow and deny entry of `p`.
fn entries(p: Option<&SubjectPermission>) -> impl Iterator<Item = &String> {
    p.into_iter()
        .flat_map(|p| p.allow.iter().chain(p.deny.iter()).flatten())
}

/// The configuration parser's check (upstream `checkPermSubjectArray`).
fn validate(cfg: &PermissionsConfig) -> Result<(), PermError> {
    for s in entries(cfg.publish.as_ref()) {
        if !subject::is_valid_subject(s.as_bytes()) {
            return Err(PermError::InvalidSubject(s.clone()));
        }
    }
    for s in entries(cfg.subscribe.as_ref()) {
        if subject::is_valid_subject(s.as_bytes()) {
            continue;
        }
        let fields: Vec<&str> = s.split_whitespace().collect();
        match fields.as_slice() {
            [subj, queue] => {
                if !subject::is_valid_subject(subj.as_bytes()) {
                    return Err(PermError::InvalidSubject((*subj).to_owned()));
                }
                if !subject::is_valid_subject(queue.as_bytes()) {
                    return Err(PermError::InvalidQueue((*queue).to_owned()));
                }
            }
            _ => return Err(PermError::InvalidSubject(s.clone())),
        }
    }
    Ok(())
}

/// Splits `"subject"` or `"subject queue"` (upstream `splitSubjectQueue`): both parts must be
/// valid subjects.
fn split_subject_queue(entry: &str) -> Option<(&str, Option<&str>)> {
    let mut fields = entry.split_whitespace();
    let subj = fields.next()?;
    let queue = fields.next();
    if fields.next().is_some() || !subject::is_valid_subject(subj.as_bytes()) {
        return None;
    }
    if queue.is_some_and(|q| !subject::is_valid_subject(q.as_bytes())) {
        return None;
    }
    Some((subj, queue))
}

/// Whether upstream's sublist would look `subject` up at all: not empty, no empty token.
fn well_formed(subject: &[u8]) -> bool {
    !subject.is_empty()
        && subject.first() != Some(&b'.')
        && subject.last() != Some(&b'.')
        && !subject.windows(2).any(|w| w == b"..")
}

/// Scans a subscribe list for `subject` (and `queue`, if given). Patterns match as in
/// upstream's sublist `Match`: the subject's tokens are literal.
fn scan(list: &[SubEntry], subject: &[u8], queue: Option<&[u8]>) -> ListMatch {
    let mut m = ListMatch::default();
    if !well_formed(subject) {
        return m;
    }
    for entry in list {
        if !subject::matches(entry.subject.as_bytes(), subject) {
            continue;
        }
        match (&entry.queue, queue) {
            (None, _) => m.plain = true,
            (Some(qname), q) => {
                m.queued = true;
                if q.is_some_and(|q| queue_matches(q, qname.as_bytes())) {
                    m.queue_named = true;
                }
            }
        }
    }
    m
}

/// Whether queue group `queue` is named by a permission's `qname` (upstream `queueMatches`):
/// literally, since `*` and `>` are valid queue names, or as a wildcard pattern `queue` is a
/// subset of.
fn queue_matches(queue: &[u8], qname: &[u8]) -> bool {
    queue == qname || (!subject::is_literal(qname) && is_subset_match(queue, qname))
}

/// Whether every subject `subject` matches is also matched by `test` (upstream
/// `subjectIsSubsetMatch`); both may hold wildcards.
///
/// Kept as upstream has it: a token of `test` starting with `*` (`*x`) is taken for a `*`
/// when compared with a literal token.
fn is_subset_match(subject: &[u8], test: &[u8]) -> bool {
    let tokens: Vec<&[u8]> = subject.split(|&b| b == b'.').collect();
    let test: Vec<&[u8]> = test.split(|&b| b == b'.').collect();
    crate::transform::is_subset_match(&tokens, &test)
}

/// Whether some literal subject could match both `a` and `b` (upstream `SubjectsCollide`).
///
/// Kept as upstream has it: with wildcards on both sides, a token starting with `*` or `>`
/// collides with anything.
fn subjects_collide(a: &[u8], b: &[u8]) -> bool {
    if a == b {
        return true;
    }
    let wildcards = |s: &[u8]| {
        let (mut pwc, mut fwc) = (false, false);
        for t in s.split(|&c| c == b'.') {
            pwc |= t == b"*";
            fwc |= t == b">";
        }
        (pwc, fwc)
    };
    let ((pwc_a, fwc_a), (pwc_b, fwc_b)) = (wildcards(a), wildcards(b));
    let (literal_a, literal_b) = (!(pwc_a || fwc_a), !(pwc_b || fwc_b));
    match (literal_a, literal_b) {
        (true, true) => return false,
        (true, false) => return is_subset_match(a, b),
        (false, true) => return is_subset_match(b, a),
        (false, false) => {}
    }
    let count = |s: &[u8]| s.split(|&c| c == b'.').count();
    let (len_a, len_b) = (count(a), count(b));
    if !fwc_a && !fwc_b && len_a != len_b {
        return false;
    }
    if (len_a < len_b && !fwc_a) || (len_b < len_a && !fwc_b) {
        return false;
    }
    let tokens_can_match = |t1: &[u8], t2: &[u8]| match (t1.first(), t2.first()) {
        (Some(&c1), Some(&c2)) => {
            matches!(c1, b'*' | b'>') || matches!(c2, b'*' | b'>') || t1 == t2
        }
        _ => false,
    };
    a.split(|&c| c == b'.')
        .zip(b.split(|&c| c == b'.'))
        .all(|(t1, t2)| tokens_can_match(t1, t2))
}

#[cfg(test)]
mod tests;
