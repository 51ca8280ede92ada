//! The monitoring documents live in the protocol crate (`rnats_proto::monitor`), shared with
//! `rnats top` and the CLI; this module re-exports them and adds what only the server's core
//! hands the endpoints.

pub use rnats_proto::monitor::accounts::*;
pub use rnats_proto::monitor::cluster::*;
pub use rnats_proto::monitor::types::*;

/// What the core hands [`super::endpoints::subsz`].
#[derive(Debug, Clone, Default)]
pub struct SubszSnapshot {
    /// Server id.
    pub server_id: String,
    /// Statistics summed over the selected accounts (upstream `SublistStats.add`).
    pub stats: crate::sublist::SublistStats,
    /// Client subscriptions of the selected accounts, `account`/`account_tag` filled; empty
    /// unless the list was asked for.
    pub subs: Vec<SubDetail>,
}

impl From<crate::sublist::SublistStats> for SublistStats {
    fn from(s: crate::sublist::SublistStats) -> Self {
        Self {
            num_subscriptions: s.num_subscriptions,
            num_cache: s.num_cache,
            num_inserts: s.num_inserts,
            num_removes: s.num_removes,
            num_matches: s.num_matches,
            cache_hit_rate: s.cache_hit_rate,
            max_fanout: s.max_fanout,
            avg_fanout: s.avg_fanout,
        }
    }
}
