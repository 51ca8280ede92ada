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
use std::sync::{Arc, RwLock};

use crate::auth::options::AccountLimits;
use crate::client::Subscription;
use crate::sublist::Sublist;

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
    name: String,
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
        Arc::new(Account {
            name: config.name.clone(),
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
