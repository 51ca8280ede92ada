//! Monitoring: nats-server's HTTP endpoints (`/`, `/varz`, `/connz`, `/subsz` alias
//! `/subscriptionsz`, `/healthz`, `/jsz`, `/accountz`, `/accstatz`, `/routez`, `/gatewayz`,
//! `/leafz`, `/ipqueuesz`, `/raftz`) with the same JSON, parameters, error texts and status
//! codes, plus rnats' own `/metrics` in the Prometheus text format ([`metrics`]).
//!
//! Flow: the core implements [`MonitorSource`] (plain snapshots of its state) and runs [`serve`]
//! on a listener it bound. [`http`] routes and renders; [`query`] decodes parameters with Go's
//! rules; [`endpoints`] filters, sorts and pages the snapshots (reusable for `$SYS` requests);
//! [`types`] holds the JSON documents; [`format`](mod@format) the Go text formats (RFC3339Nano times,
//! `Duration.String()`, `myUptime`, Go float and escaping rules); [`usage`] reads this
//! process's RSS and CPU for varz.
//!
//! Division of work with the core:
//! - `/varz`: the core fills every [`Varz`] field (use [`process_usage`], [`my_uptime`],
//!   [`Timestamp::now_utc`]); the HTTP layer sets `http_req_stats`.
//! - `/connz`: the core lists every connection in the asked state, unsorted, with
//!   subscriptions as asked and the raw `account`/`authorized_user` (see [`ConnInfo`]); the
//!   layer filters by `acc`/`user`/`cid`/`mqtt_client`, computes `uptime`/`idle`, applies the
//!   `auth` and `$G` display rules, sorts and pages.
//! - `/subsz`: the core sums sublist statistics over the selected accounts and lists their
//!   client subscriptions when asked; the layer applies `test`, `total` and paging.
//! - `/healthz`: the layer rejects bad option combinations; the core checks readiness (and,
//!   later, JetStream); the layer applies the status-code and `details` rules.
//! - `/accountz`, `/accstatz`, `/routez`, `/gatewayz`, `/leafz`: the core builds the whole
//!   report; `/ipqueuesz` and `/raftz` are answered here (rnats has neither internal
//!   ipqueues nor Raft groups).

pub mod endpoints;
pub use rnats_proto::monitor::format;
pub mod http;
pub mod metrics;
pub mod query;
pub mod types;
pub mod usage;

#[cfg(test)]
mod tests;

pub use format::{my_uptime, Timestamp};
pub use http::{serve, HttpReqStats, Monitor};
pub use types::*;
pub use usage::{process_usage, ProcessUsage};

/// The server state monitoring reads. Methods are called from the monitoring tasks and should
/// only copy data out under short locks.
pub trait MonitorSource: Send + Sync + 'static {
    /// Server version shown on the index page (same as varz `version`).
    fn version(&self) -> String;

    /// The `/varz` report; `http_req_stats` is overwritten by the HTTP layer.
    fn varz(&self) -> Varz;

    /// Every client and leaf connection in `state`, unsorted; closed ones (kept by the server
    /// for `/connz?state=closed`) have `stop` set. `detail` says which subscription field to
    /// fill: none, `subscriptions_list` or `subscriptions_list_detail`.
    fn connz_snapshot(&self, state: ConnState, detail: SubsDetail) -> ConnzSnapshot;

    /// Whether an account by this name exists (`/connz?acc=` for an unknown account answers an
    /// empty report).
    fn account_exists(&self, name: &str) -> bool;

    /// Sublist statistics summed over `account` (all accounts when `None`), plus every client
    /// subscription of those accounts when `with_subs`, with `account` and `account_tag` set.
    fn subsz_snapshot(&self, account: Option<&str>, with_subs: bool) -> SubszSnapshot;

    /// Health checks beyond option validation: readiness for connections and, when enabled,
    /// JetStream. Return [`HealthStatus::ok`] when healthy; a `status_code` of 0 is replaced by
    /// 503 when `error`/`errors` are set, else 200.
    fn healthz(&self, opts: &HealthzOptions) -> HealthStatus;

    /// The HTTP request counters, when the core keeps them itself so that varz over
    /// `$SYS.REQ.SERVER.*.VARZ` shows them too; `None` lets the HTTP layer keep its own.
    fn http_req_stats(&self) -> Option<std::sync::Arc<HttpReqStats>> {
        None
    }

    /// The `/jsz` report (upstream `JSInfo`), with the account, stream and consumer details
    /// `opts` asks for, or upstream's `disabled` report when JetStream is off.
    fn jsz(&self, opts: &rnats_proto::monitor::JszOptions) -> serde_json::Value;

    /// `/accountz`: the account names, or the detail of `opts.account`; `Err` carries
    /// upstream's text for an unknown account.
    fn accountz(&self, opts: &AccountzOptions) -> Result<Accountz, String>;

    /// `/accstatz`: statistics of the accounts `opts` selects.
    fn accstatz(&self, opts: &AccountStatzOptions) -> AccountStatz;

    /// `/routez`.
    fn routez(&self, opts: &RoutezOptions) -> Routez;

    /// `/gatewayz`.
    fn gatewayz(&self, opts: &GatewayzOptions) -> Gatewayz;

    /// `/leafz`.
    fn leafz(&self, opts: &LeafzOptions) -> Leafz;
}
