//! Accounts: the unit of isolation. An [`Account`] owns its subject space (the sublist every
//! subscription of its connections lives in, with its match caches), its statistics, its
//! limits, and through the JetStream subsystem its streams and consumers. Two connections in
//! different accounts never see each other's messages unless one account exports a subject and
//! the other imports it.
//!
//! The server creates the global account `$G` (clients land there when no account is
//! configured) and the system account (`$SYS` unless `system_account` names another) at
//! startup, then one account per entry of the `accounts {}` block. Accounts live as long as the
//! server: a reload updates them in place, so subscriptions and caches survive it.

use std::sync::atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use crate::auth::options::AccountLimits;
use crate::client::{ClientShared, ConnKind, Subscription};
use crate::router::SubRoute;
use crate::sublist::Sublist;

/// Milliseconds on the process clock (response expiry).
pub fn now_ms() -> u64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_millis() as u64
}

/// Most response routes one account keeps for services it exports. Requesters choose how
/// many requests they leave unanswered, so past this the oldest routes are dropped (their
/// late answers go nowhere) rather than growing the exporter's sublist without bound.
pub const MAX_PENDING_RESPONSES: usize = 100_000;

/// Characters of generated reply tokens.
const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

pub use crate::auth::options::{DEFAULT_SYSTEM_ACCOUNT, GLOBAL_ACCOUNT};

/// Message and connection counters of one account (`/accountz`, `$SYS.REQ.ACCOUNT.*.STATZ`).
#[derive(Debug, Default)]
pub struct AccountStats {
    /// Messages published into the account.
    pub in_msgs: AtomicU64,
    /// Payload bytes published into the account.
    pub in_bytes: AtomicU64,
    /// Client connections bound to the account now.
    pub connections: AtomicUsize,
    /// Leaf node connections bound to the account now.
    pub leafnodes: AtomicUsize,
    /// Slow consumers seen among the account's connections.
    pub slow_consumers: AtomicU64,
    /// Messages and payload bytes delivered to the account's client connections (statz
    /// `sent`), added by their queues batch by batch.
    pub out: Arc<crate::outbound::OutTotals>,
}

/// Limits of one account, atomics so a reload can change them under running connections.
/// -1 (or any negative value) is unlimited, as in upstream's account claims.
#[derive(Debug)]
pub struct Limits {
    max_connections: AtomicI64,
    max_subscriptions: AtomicI64,
    max_payload: AtomicI64,
    max_leafnodes: AtomicI64,
}

impl Limits {
    fn new(l: &AccountLimits) -> Limits {
        Limits {
            max_connections: AtomicI64::new(l.max_connections),
            max_subscriptions: AtomicI64::new(l.max_subscriptions),
            max_payload: AtomicI64::new(l.max_payload),
            max_leafnodes: AtomicI64::new(l.max_leafnodes),
        }
    }

    fn store(&self, l: &AccountLimits) {
        self.max_connections
            .store(l.max_connections, Ordering::Relaxed);
        self.max_subscriptions
            .store(l.max_subscriptions, Ordering::Relaxed);
        self.max_payload.store(l.max_payload, Ordering::Relaxed);
        self.max_leafnodes.store(l.max_leafnodes, Ordering::Relaxed);
    }

    /// `max_connections`, when limited.
    pub fn max_connections(&self) -> Option<usize> {
        limit(self.max_connections.load(Ordering::Relaxed))
    }

    /// `max_subscriptions`, when limited.
    pub fn max_subscriptions(&self) -> Option<usize> {
        limit(self.max_subscriptions.load(Ordering::Relaxed))
    }

    /// `max_payload`, when limited.
    pub fn max_payload(&self) -> Option<usize> {
        limit(self.max_payload.load(Ordering::Relaxed))
    }

    /// `max_leafnodes`, when limited.
    pub fn max_leafnodes(&self) -> Option<usize> {
        limit(self.max_leafnodes.load(Ordering::Relaxed))
    }
}

fn limit(v: i64) -> Option<usize> {
    usize::try_from(v).ok()
}

/// One account.
pub struct Account {
    /// The name, shared by every connection's metadata.
    name: Arc<str>,
    /// This account, for routes that must name it (a service response finds its way back).
    me: std::sync::Weak<Account>,
    /// The client that owns the account's import and response subscriptions; nothing is ever
    /// written to it.
    service_client: Arc<ClientShared>,
    /// Imports (replaced on reload).
    imports: RwLock<Arc<Imports>>,
    /// Pending responses of services this account exports, oldest first, to expire; at most
    /// [`MAX_PENDING_RESPONSES`].
    responses: Mutex<std::collections::VecDeque<Arc<Subscription>>>,
    /// Subject mappings (replaced on reload); `has_mappings` spares the lock when none.
    mappings: RwLock<Arc<crate::transform::Mappings>>,
    has_mappings: std::sync::atomic::AtomicBool,
    sublist: Sublist<Subscription>,
    /// Counters.
    pub stats: AccountStats,
    /// `limits {}`.
    pub limits: Limits,
    /// What the configuration says about the account (replaced on reload).
    config: RwLock<Arc<crate::auth::options::AccountConfig>>,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account").field("name", &self.name).finish()
    }
}

impl Account {
    /// A new account with an empty subject space.
    pub fn new(config: crate::auth::options::AccountConfig, sublist_cache: bool) -> Arc<Account> {
        static NEXT_SERVICE_CID: AtomicU64 = AtomicU64::new(u64::MAX);
        let cid = NEXT_SERVICE_CID.fetch_sub(1, Ordering::Relaxed);
        Arc::new_cyclic(|me| Account {
            me: me.clone(),
            service_client: Arc::new(ClientShared::detached(cid, ConnKind::Account)),
            imports: RwLock::new(Arc::new(Imports::default())),
            responses: Mutex::new(std::collections::VecDeque::new()),
            mappings: RwLock::new(Arc::new(crate::transform::Mappings::default())),
            has_mappings: std::sync::atomic::AtomicBool::new(false),
            name: Arc::from(config.name.as_str()),
            sublist: Sublist::new(sublist_cache),
            stats: AccountStats::default(),
            limits: Limits::new(&config.limits),
            config: RwLock::new(Arc::new(config)),
        })
    }

    /// A named account with the default configuration.
    pub fn named(name: &str, sublist_cache: bool) -> Arc<Account> {
        Account::new(
            crate::auth::options::AccountConfig {
                name: name.to_string(),
                ..Default::default()
            },
            sublist_cache,
        )
    }

    /// The account's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The account's name as a shared string.
    pub fn name_arc(&self) -> Arc<str> {
        self.name.clone()
    }

    /// The account's subscription index.
    #[inline]
    pub fn sublist(&self) -> &Sublist<Subscription> {
        &self.sublist
    }

    /// The account's configuration as last loaded.
    pub fn config(&self) -> Arc<crate::auth::options::AccountConfig> {
        self.config
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Applies a reloaded configuration (limits now; imports, exports and mappings with it).
    pub fn update(&self, config: crate::auth::options::AccountConfig) {
        self.limits.store(&config.limits);
        *self.config.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(config);
    }

    /// Whether the account maps any subject.
    #[inline]
    pub fn has_mappings(&self) -> bool {
        self.has_mappings.load(Ordering::Relaxed)
    }

    /// The subject a publish to `subject` is delivered on, when a mapping applies.
    pub fn map_subject(&self, subject: &[u8]) -> Option<Vec<u8>> {
        self.mappings
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .map(subject)
    }

    /// Installs the account's subject mappings.
    pub fn set_mappings(&self, mappings: crate::transform::Mappings) {
        let empty = mappings.is_empty();
        *self.mappings.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(mappings);
        self.has_mappings.store(!empty, Ordering::Relaxed);
    }

    /// This account as an `Arc` (None only while the account is being dropped).
    pub fn self_arc(&self) -> Option<Arc<Account>> {
        self.me.upgrade()
    }

    /// The account's imports.
    pub fn imports(&self) -> Arc<Imports> {
        self.imports
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Installs `streams` and `services` as the account's imports, replacing (and
    /// unsubscribing) the previous ones.
    pub fn set_imports(
        &self,
        streams: Vec<Arc<StreamImport>>,
        services: Vec<Arc<ServiceImport>>,
    ) -> Result<(), crate::sublist::SublistError> {
        let mut subs = Vec::with_capacity(services.len());
        for (i, si) in services.into_iter().enumerate() {
            let sub = self.service_import_sub(&si, &format!("si{i}"))?;
            subs.push((si, sub));
        }
        let mut guard = self.imports.write().unwrap_or_else(|e| e.into_inner());
        let old = std::mem::replace(
            &mut *guard,
            Arc::new(Imports {
                streams,
                services: subs,
                system: Vec::new(),
            }),
        );
        // The system account's imports are not configured: they stay.
        Arc::make_mut(&mut guard).system = old.system.clone();
        drop(guard);
        for (_, sub) in &old.services {
            sub.closed.store(true, Ordering::Release);
            self.sublist.remove(sub);
        }
        Ok(())
    }

    /// The subscription through which a service import forwards requests.
    fn service_import_sub(
        &self,
        si: &Arc<ServiceImport>,
        sid: &str,
    ) -> Result<Arc<Subscription>, crate::sublist::SublistError> {
        let mut sub =
            Subscription::new(self.service_client.clone(), &si.local, None, sid.as_bytes());
        sub.route = Some(Box::new(SubRoute::Service(si.clone())));
        let sub = Arc::new(sub);
        self.sublist.insert(sub.clone())?;
        Ok(sub)
    }

    /// Adds one of the system account's service imports (kept by [`Account::set_imports`];
    /// adding the same one twice does nothing).
    pub fn add_system_import(
        &self,
        si: Arc<ServiceImport>,
    ) -> Result<(), crate::sublist::SublistError> {
        let mut guard = self.imports.write().unwrap_or_else(|e| e.into_inner());
        if guard
            .system
            .iter()
            .any(|(s, _)| s.local == si.local && Arc::ptr_eq(&s.to, &si.to))
        {
            return Ok(());
        }
        let sub = self.service_import_sub(&si, &format!("sys{}", guard.system.len()))?;
        Arc::make_mut(&mut guard).system.push((si, sub));
        Ok(())
    }

    /// Registers the way back for a request forwarded into this account: a subscription on a
    /// fresh `_R_.` reply subject that routes the response to the requester.
    pub fn add_response(&self, route: ResponseRoute) -> (Box<[u8]>, Arc<Subscription>) {
        let mut subject = b"_R_.".to_vec();
        for i in 0..12 {
            if i == 6 {
                subject.push(b'.');
            }
            subject.push(BASE62[fastrand::usize(..BASE62.len())]);
        }
        let mut sub = Subscription::new(self.service_client.clone(), &subject, None, b"r");
        sub.route = Some(Box::new(SubRoute::Response(Arc::new(route))));
        let sub = Arc::new(sub);
        if self.sublist.insert(sub.clone()).is_ok() {
            let mut pending = self.responses.lock().unwrap_or_else(|e| e.into_inner());
            pending.push_back(sub.clone());
            let full = pending.len() > MAX_PENDING_RESPONSES;
            drop(pending);
            if full {
                // Prune answered and expired routes; if that is not enough, the oldest go, down
                // to nine tenths, so a full sweep happens at most once per 10,000 requests.
                self.sweep_responses();
                let evicted: Vec<Arc<Subscription>> = {
                    let mut pending = self.responses.lock().unwrap_or_else(|e| e.into_inner());
                    let excess = pending.len().saturating_sub(MAX_PENDING_RESPONSES / 10 * 9);
                    pending.drain(..excess).collect()
                };
                for s in &evicted {
                    self.remove_response(s);
                }
            }
        }
        (subject.into(), sub)
    }

    /// Drops a response route (answered, or its request found no responder).
    pub fn remove_response(&self, sub: &Arc<Subscription>) {
        sub.closed.store(true, Ordering::Release);
        self.sublist.remove(sub);
    }

    /// Removes response routes that were answered or whose threshold passed.
    pub fn sweep_responses(&self) {
        let now = now_ms();
        let expired: Vec<Arc<Subscription>> = {
            let mut pending = self.responses.lock().unwrap_or_else(|e| e.into_inner());
            let mut out = Vec::new();
            pending.retain(|s| {
                let gone = s.closed.load(Ordering::Acquire)
                    || matches!(s.route.as_deref(), Some(SubRoute::Response(r))
                        if r.expires_ms.load(Ordering::Relaxed) <= now);
                if gone {
                    out.push(s.clone());
                }
                !gone
            });
            out
        };
        for s in &expired {
            self.remove_response(s);
        }
    }

    /// Pending response routes (monitoring and tests).
    pub fn pending_responses(&self) -> usize {
        self.responses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .len()
    }

    /// Counts a new client connection; false when `max_connections` is reached.
    pub fn add_connection(&self) -> bool {
        let n = self.stats.connections.fetch_add(1, Ordering::AcqRel);
        if self.limits.max_connections().is_some_and(|max| n >= max) {
            self.stats.connections.fetch_sub(1, Ordering::AcqRel);
            return false;
        }
        true
    }

    /// Uncounts a client connection.
    pub fn remove_connection(&self) {
        self.stats.connections.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A stream import, as the importing account sees it: messages published in `from` on
/// `subject` are delivered to the importer's subscribers under the local subject.
pub struct StreamImport {
    /// The exporting account.
    pub from: Arc<Account>,
    /// The imported subject, in the exporter's subject space.
    pub subject: Box<[u8]>,
    /// The subject (pattern) the messages have in the importer's space.
    pub local: Box<[u8]>,
    /// How a subject is renamed into the importer's space.
    rename: Rename,
}

/// How an imported subject is renamed.
enum Rename {
    /// Unchanged.
    Same,
    /// `prefix.subject`.
    Prefix(Box<[u8]>),
    /// A transform (`to` with wildcard references).
    Transform(crate::transform::SubjectTransform),
}

impl std::fmt::Debug for StreamImport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamImport")
            .field("from", &self.from.name())
            .field("subject", &String::from_utf8_lossy(&self.subject))
            .field("local", &String::from_utf8_lossy(&self.local))
            .finish()
    }
}

impl StreamImport {
    /// An import of `subject` from `from`, renamed with `prefix` or `to` when given.
    pub fn new(
        from: Arc<Account>,
        subject: &str,
        prefix: Option<&str>,
        to: Option<&str>,
    ) -> Result<StreamImport, String> {
        let (local, rename) = match (prefix, to) {
            (Some(p), _) if !p.is_empty() => {
                let p = p.trim_end_matches('.');
                (
                    format!("{p}.{subject}"),
                    Rename::Prefix(format!("{p}.").into_bytes().into()),
                )
            }
            (_, Some(t)) if !t.is_empty() && t != subject => {
                let tr = crate::transform::SubjectTransform::new(subject, t)
                    .map_err(|e| e.to_string())?;
                (t.to_string(), Rename::Transform(tr))
            }
            _ => (subject.to_string(), Rename::Same),
        };
        Ok(StreamImport {
            from,
            subject: subject.as_bytes().into(),
            local: local.into_bytes().into(),
            rename,
        })
    }

    /// The importer's name for `subject` (a subject of the exporter matching the import).
    pub fn local_subject<'s>(&self, subject: &'s [u8]) -> std::borrow::Cow<'s, [u8]> {
        match &self.rename {
            Rename::Same => std::borrow::Cow::Borrowed(subject),
            Rename::Prefix(p) => std::borrow::Cow::Owned([&p[..], subject].concat()),
            Rename::Transform(t) => t
                .apply(subject)
                .map_or(std::borrow::Cow::Borrowed(subject), std::borrow::Cow::Owned),
        }
    }

    /// The subject to subscribe to in the exporter for a local subscription on `local_sub`,
    /// and whether deliveries must still be checked against `local_sub` (when the two only
    /// overlap). None when they cannot overlap.
    pub fn shadow_subject(&self, local_sub: &[u8]) -> Option<(Box<[u8]>, bool)> {
        use rnats_proto::subject::is_subset;
        if !rnats_proto::subject::overlap(local_sub, &self.local) {
            return None;
        }
        if let Rename::Prefix(p) = &self.rename {
            if let Some(rest) = local_sub.strip_prefix(&p[..]) {
                if is_subset(rest, &self.subject) {
                    // The local subscription is inside the import: subscribe exactly.
                    return Some((rest.into(), false));
                }
            }
        } else if let Rename::Same = &self.rename {
            if is_subset(local_sub, &self.subject) {
                return Some((local_sub.into(), false));
            }
        }
        // The import lies inside the subscription, or they only overlap: subscribe to the
        // whole import and check each renamed subject against the subscription.
        Some((self.subject.clone(), !is_subset(&self.local, local_sub)))
    }
}

/// A service import, as the importing account sees it: requests its clients publish to
/// `local` go to `to` on `subject`, and the responses come back.
pub struct ServiceImport {
    /// The exporting account.
    pub to: Arc<Account>,
    /// The subject clients of the importer publish to.
    pub local: Box<[u8]>,
    /// The exported subject the request is delivered on.
    pub subject: Box<[u8]>,
    /// Renames a local subject with wildcards into the exporter's space.
    transform: Option<crate::transform::SubjectTransform>,
    /// How many responses a request may get.
    pub response_type: crate::auth::options::ResponseType,
    /// How long a response is awaited.
    pub threshold: std::time::Duration,
    /// Add the requester's identity as a `Nats-Request-Info` header (`share`, and the
    /// system account's services).
    pub share: bool,
}

impl std::fmt::Debug for ServiceImport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceImport")
            .field("to", &self.to.name())
            .field("local", &String::from_utf8_lossy(&self.local))
            .field("subject", &String::from_utf8_lossy(&self.subject))
            .finish()
    }
}

/// Upstream's default `response_threshold` (`DEFAULT_SERVICE_EXPORT_RESPONSE_THRESHOLD`).
pub const DEFAULT_RESPONSE_THRESHOLD: std::time::Duration = std::time::Duration::from_secs(120);

impl ServiceImport {
    /// An import of `subject` from `to`, published locally as `local` (the same when None).
    pub fn new(
        to: Arc<Account>,
        subject: &str,
        local: Option<&str>,
        response_type: crate::auth::options::ResponseType,
        threshold: Option<std::time::Duration>,
    ) -> Result<ServiceImport, String> {
        let local = local.filter(|l| !l.is_empty()).unwrap_or(subject);
        let transform = if local != subject && !rnats_proto::subject::is_literal(local.as_bytes()) {
            Some(
                crate::transform::SubjectTransform::new(local, subject)
                    .map_err(|e| e.to_string())?,
            )
        } else {
            None
        };
        Ok(ServiceImport {
            to,
            local: local.as_bytes().into(),
            subject: subject.as_bytes().into(),
            transform,
            response_type,
            threshold: threshold.unwrap_or(DEFAULT_RESPONSE_THRESHOLD),
            share: false,
        })
    }

    /// The exporter's subject for a request published locally to `subject`.
    pub fn remote_subject<'s>(&'s self, subject: &'s [u8]) -> std::borrow::Cow<'s, [u8]> {
        if let Some(t) = &self.transform {
            if let Some(s) = t.apply(subject) {
                return std::borrow::Cow::Owned(s);
            }
        }
        if self.local[..] == self.subject[..] {
            std::borrow::Cow::Borrowed(subject)
        } else {
            std::borrow::Cow::Borrowed(&self.subject)
        }
    }
}

/// Where the response of an imported service goes: the requester's account and reply subject.
#[derive(Debug)]
pub struct ResponseRoute {
    /// The requester's account.
    pub requester: Arc<Account>,
    /// The requester's own reply subject.
    pub reply: Box<[u8]>,
    /// Removed after the first response.
    pub singleton: bool,
    /// How long the route lives after each response (non-singleton types).
    pub threshold: std::time::Duration,
    /// When the route is dropped, in [`now_ms`] milliseconds.
    pub expires_ms: AtomicU64,
}

/// An account's imports; the configured ones are replaced as a whole on reload.
#[derive(Debug, Default, Clone)]
pub struct Imports {
    /// Stream imports.
    pub streams: Vec<Arc<StreamImport>>,
    /// Service imports, with the subscription each has in the importer's sublist.
    pub services: Vec<(Arc<ServiceImport>, Arc<Subscription>)>,
    /// The system account's services imported into this account (`$SYS.REQ.USER.INFO`, ...),
    /// which no configuration names and a reload keeps.
    pub system: Vec<(Arc<ServiceImport>, Arc<Subscription>)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unanswered requests cannot grow an exporter's response routes without bound.
    #[test]
    fn pending_responses_are_bounded() {
        let exporter = Account::named("EXP", true);
        let requester = Account::named("REQ", true);
        for i in 0..=MAX_PENDING_RESPONSES {
            exporter.add_response(ResponseRoute {
                requester: requester.clone(),
                reply: format!("inbox.{i}").into_bytes().into(),
                singleton: true,
                threshold: DEFAULT_RESPONSE_THRESHOLD,
                expires_ms: AtomicU64::new(now_ms() + 120_000),
            });
        }
        assert!(exporter.pending_responses() <= MAX_PENDING_RESPONSES / 10 * 9);
        assert_eq!(exporter.sublist().count(), exporter.pending_responses());
    }
}
