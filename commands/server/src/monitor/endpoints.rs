//! The monitoring reports built from a [`MonitorSource`] and endpoint options: filtering,
//! sorting and paging exactly as nats-server's `Connz`, `Subsz` and `healthz` do.
//!
//! These functions are transport-free so the HTTP layer and, later, `$SYS.REQ.SERVER.*.CONNZ`
//! style requests share them. Validation errors carry nats-server's texts.

use std::cmp::Reverse;

use thiserror::Error;

use super::format::{my_uptime, Timestamp};
use super::types::{
    ConnInfo, ConnState, Connz, ConnzOptions, HealthStatus, HealthzError, HealthzErrorType,
    HealthzOptions, SortOpt, SubDetail, SubsDetail, Subsz, SubszOptions, Varz,
    DEFAULT_CONN_LIST_SIZE, DEFAULT_SUB_LIST_SIZE, GLOBAL_ACCOUNT,
};
use super::MonitorSource;

/// A `/connz` request the data cannot answer; `Display` is nats-server's 400 body.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ConnzError {
    /// Unknown `sort`.
    #[error("invalid sorting option: {0}")]
    InvalidSort(String),
    /// `sort=stop` without `state=closed`.
    #[error("sort by stop only valid on closed connections")]
    StopNeedsClosed,
    /// `sort=reason` without `state=closed`.
    #[error("sort by reason only valid on closed connections")]
    ReasonNeedsClosed,
}

/// A `/subsz` request the data cannot answer; `Display` is nats-server's 400 body.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SubszError {
    /// `test` is not a literal subject.
    #[error("invalid test subject, must be valid publish subject: {0}")]
    InvalidTest(String),
}

/// Checks the sort key against the state, as `Connz` does before reading any data.
pub fn validate_sort(opts: &ConnzOptions) -> Result<SortOpt, ConnzError> {
    if opts.sort.is_empty() {
        return Ok(SortOpt::Cid);
    }
    let sort =
        SortOpt::parse(&opts.sort).ok_or_else(|| ConnzError::InvalidSort(opts.sort.clone()))?;
    match sort {
        SortOpt::Stop if opts.state != ConnState::Closed => Err(ConnzError::StopNeedsClosed),
        SortOpt::Reason if opts.state != ConnState::Closed => Err(ConnzError::ReasonNeedsClosed),
        s => Ok(s),
    }
}

/// Builds the `/varz` report: the core's [`Varz`] with the HTTP request counts.
pub fn varz(source: &dyn MonitorSource, http_req_stats: &super::http::HttpReqStats) -> Varz {
    let mut v = source.varz();
    v.http_req_stats = http_req_stats.snapshot();
    v
}

/// Builds the `/connz` report: validate, take the core's snapshot, filter, sort, page.
pub fn connz(source: &dyn MonitorSource, opts: &ConnzOptions) -> Result<Connz, ConnzError> {
    let sort = validate_sort(opts)?;
    let offset = usize::try_from(opts.offset).unwrap_or(0);
    let mut limit = usize::try_from(opts.limit)
        .ok()
        .filter(|l| *l > 0)
        .unwrap_or(DEFAULT_CONN_LIST_SIZE);
    if opts.cid > 0 {
        limit = 1;
    }
    let now = Timestamp::now_utc();
    let acc = opts.account.as_str();
    if !acc.is_empty() && !source.account_exists(acc) {
        // nats-server returns before filling anything: no server id, `connections: null`.
        return Ok(Connz {
            now,
            offset,
            limit,
            ..Connz::default()
        });
    }

    let snapshot = source.connz_snapshot(opts.state, opts.subs_detail());
    // Total counts the account filter only; user and MQTT filters shrink the list, not it.
    let mut conns: Vec<ConnInfo> = snapshot
        .conns
        .into_iter()
        .filter(|c| acc.is_empty() || c.account == acc)
        .collect();
    let total = conns.len();

    let keep = |c: &ConnInfo| {
        (opts.user.is_empty() || c.authorized_user == opts.user)
            && (opts.mqtt_client.is_empty() || c.mqtt_client == opts.mqtt_client)
    };
    if opts.cid > 0 {
        // An open connection with that id is taken as is; a closed one must pass the filters.
        let found = conns
            .iter()
            .position(|c| c.cid == opts.cid && c.stop.is_none() && opts.state.includes_open())
            .or_else(|| {
                conns.iter().position(|c| {
                    c.cid == opts.cid && c.stop.is_some() && opts.state.includes_closed() && keep(c)
                })
            });
        conns = found
            .map(|i| vec![conns.swap_remove(i)])
            .unwrap_or_default();
    } else {
        conns.retain(keep);
    }

    for c in &mut conns {
        finish_conn_info(c, now, opts);
    }
    sort_conns(&mut conns, sort, now);
    let page = page(conns, offset, limit);
    Ok(Connz {
        server_id: snapshot.server_id,
        now,
        num_connections: page.len(),
        total,
        offset,
        limit,
        connections: Some(page),
    })
}

/// Computes `uptime`/`idle` and applies the `auth`, `subs` and `$G` rules to one connection.
fn finish_conn_info(c: &mut ConnInfo, now: Timestamp, opts: &ConnzOptions) {
    let end = c.stop.unwrap_or(now);
    c.uptime = my_uptime(end.since(c.start));
    c.idle = my_uptime(end.since(c.last_activity));
    match opts.subs_detail() {
        SubsDetail::None => {
            c.subscriptions_list.clear();
            c.subscriptions_list_detail.clear();
        }
        SubsDetail::List => c.subscriptions_list_detail.clear(),
        SubsDetail::Detail => c.subscriptions_list.clear(),
    }
    let closed = c.stop.is_some();
    if opts.username {
        // nats-server tags a closed connection only when it is not in the global account.
        if closed && c.account == GLOBAL_ACCOUNT {
            c.name_tag.clear();
        }
        if c.account == GLOBAL_ACCOUNT {
            c.account.clear();
        }
    } else {
        c.authorized_user.clear();
        c.account.clear();
        c.jwt.clear();
        c.issuer_key.clear();
        c.name_tag.clear();
        c.tags.clear();
        c.tls_peer_certs.clear();
    }
}

/// Sorts as `Connz` does. Ties keep ascending connection id.
pub fn sort_conns(conns: &mut [ConnInfo], sort: SortOpt, now: Timestamp) {
    conns.sort_by_key(|c| c.cid);
    match sort {
        SortOpt::Cid | SortOpt::Start => {}
        SortOpt::Subs => conns.sort_by_key(|c| Reverse(c.subscriptions)),
        SortOpt::Pending => conns.sort_by_key(|c| Reverse(c.pending_bytes)),
        SortOpt::MsgsTo => conns.sort_by_key(|c| Reverse(c.out_msgs)),
        SortOpt::MsgsFrom => conns.sort_by_key(|c| Reverse(c.in_msgs)),
        SortOpt::BytesTo => conns.sort_by_key(|c| Reverse(c.out_bytes)),
        SortOpt::BytesFrom => conns.sort_by_key(|c| Reverse(c.in_bytes)),
        SortOpt::Last => conns.sort_by_key(|c| Reverse(c.last_activity)),
        SortOpt::Idle => conns.sort_by_key(|c| Reverse(now.since(c.last_activity))),
        SortOpt::Uptime => conns.sort_by_key(|c| c.stop.unwrap_or(now).since(c.start)),
        SortOpt::Stop => conns.sort_by_key(|c| Reverse(c.stop)),
        SortOpt::Reason => conns.sort_by(|a, b| a.reason.cmp(&b.reason)),
        SortOpt::Rtt => conns.sort_by_key(|c| Reverse(c.rtt.unwrap_or_default())),
    }
}

/// The `[offset, offset+limit)` window of `items`, clamped to its length.
pub fn page<T>(mut items: Vec<T>, offset: usize, limit: usize) -> Vec<T> {
    let start = offset.min(items.len());
    let end = start.saturating_add(limit).min(items.len());
    items.truncate(end);
    items.drain(..start);
    items
}

/// Builds the `/subsz` report: validate `test`, take the core's snapshot, filter, page.
pub fn subsz(source: &dyn MonitorSource, opts: &SubszOptions) -> Result<Subsz, SubszError> {
    let offset = usize::try_from(opts.offset).unwrap_or(0);
    let limit = usize::try_from(opts.limit)
        .ok()
        .filter(|l| *l > 0)
        .unwrap_or(DEFAULT_SUB_LIST_SIZE);
    if !opts.test.is_empty() && !is_valid_literal_subject(&opts.test) {
        return Err(SubszError::InvalidTest(opts.test.clone()));
    }
    let account = (!opts.account.is_empty()).then_some(opts.account.as_str());
    let snapshot = source.subsz_snapshot(account, opts.subscriptions);
    let mut sz = Subsz {
        server_id: snapshot.server_id,
        now: Timestamp::now_utc(),
        stats: snapshot.stats.into(),
        total: 0,
        offset,
        limit,
        subscriptions_list: Vec::new(),
    };
    if opts.subscriptions {
        let subs: Vec<SubDetail> = snapshot
            .subs
            .into_iter()
            .filter(|s| {
                opts.test.is_empty()
                    || rnats_proto::subject::matches(s.subject.as_bytes(), opts.test.as_bytes())
            })
            .collect();
        sz.total = subs.len();
        sz.subscriptions_list = page(subs, offset, limit);
    }
    Ok(sz)
}

/// nats-server's `IsValidLiteralSubject`: no empty token and no `*` or `>` token. Unlike a
/// publish subject check, whitespace is allowed.
pub fn is_valid_literal_subject(s: &str) -> bool {
    s.split('.').all(|t| !t.is_empty() && t != "*" && t != ">")
}

/// `/raftz` (404) and `RAFTZ` answer without Raft groups (upstream `HandleRaftz`).
pub const NO_RAFT_NODES: &str = "No Raft nodes registered";

/// Builds the `/ipqueuesz` report. nats-server lists its internal `ipQueue`s (send queues,
/// JetStream API queues); rnats moves work over bounded tokio channels instead, none of which
/// is an ipqueue, so the report is always the empty map (what nats-server answers without
/// `all` when its queues are idle).
pub fn ipqueuesz(
    _opts: &rnats_proto::monitor::IpqueueszOptions,
) -> rnats_proto::monitor::Ipqueuesz {
    rnats_proto::monitor::Ipqueuesz::new()
}

/// Builds the `/healthz` report: option checks, the core's checks, then nats-server's status
/// rules (details mode reports `error`/`ok`; a missing code becomes 503 on errors, else 200).
pub fn healthz(source: &dyn MonitorSource, opts: &HealthzOptions) -> HealthStatus {
    let mut hs = bad_request(opts).unwrap_or_else(|| source.healthz(opts));
    if opts.details {
        hs.status = if hs.errors.is_empty() { "ok" } else { "error" }.to_string();
    }
    if hs.status_code == 0 {
        hs.status_code = if hs.error.is_empty() && hs.errors.is_empty() {
            200
        } else {
            503
        };
    }
    hs
}

/// The option combinations nats-server rejects before checking anything.
fn bad_request(opts: &HealthzOptions) -> Option<HealthStatus> {
    let msg = if opts.account.is_empty() && !opts.stream.is_empty() {
        "\"account\" must not be empty when checking stream health"
    } else if opts.stream.is_empty() && !opts.consumer.is_empty() {
        "\"stream\" must not be empty when checking consumer health"
    } else {
        return None;
    };
    let mut hs = HealthStatus {
        status_code: 400,
        ..HealthStatus::default()
    };
    if opts.details {
        hs.errors.push(HealthzError {
            kind: HealthzErrorType::BadRequest,
            account: String::new(),
            stream: String::new(),
            consumer: String::new(),
            error: msg.to_string(),
        });
    } else {
        hs.status = "error".to_string();
        hs.error = msg.to_string();
    }
    Some(hs)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::monitor::types::{ConnzSnapshot, SubszSnapshot};

    fn ts(secs: i64) -> Timestamp {
        Timestamp(
            chrono::DateTime::from_timestamp(1_700_000_000 + secs, 0)
                .unwrap()
                .fixed_offset(),
        )
    }

    fn conn(cid: u64) -> ConnInfo {
        ConnInfo {
            cid,
            kind: "Client".into(),
            conn_type: "nats".into(),
            ip: "127.0.0.1".into(),
            port: 1000 + cid as u16,
            start: ts(cid as i64),
            last_activity: ts(100 + cid as i64),
            rtt: Some(Duration::ZERO),
            account: GLOBAL_ACCOUNT.into(),
            name_tag: GLOBAL_ACCOUNT.into(),
            ..ConnInfo::default()
        }
    }

    /// Plain data standing in for the core.
    struct Data {
        conns: Vec<ConnInfo>,
        subs: Vec<SubDetail>,
    }

    impl MonitorSource for Data {
        fn accountz(
            &self,
            opts: &rnats_proto::monitor::AccountzOptions,
        ) -> Result<rnats_proto::monitor::Accountz, String> {
            if opts.account.is_empty() || opts.account == "A" {
                Ok(rnats_proto::monitor::Accountz {
                    server_id: "SID".into(),
                    accounts: vec!["A".into()],
                    ..Default::default()
                })
            } else {
                Err(format!("Account {} does not exist", opts.account))
            }
        }
        fn accstatz(
            &self,
            opts: &rnats_proto::monitor::AccountStatzOptions,
        ) -> rnats_proto::monitor::AccountStatz {
            rnats_proto::monitor::AccountStatz {
                server_id: "SID".into(),
                account_statz: if opts.include_unused {
                    vec![rnats_proto::monitor::AccountStat {
                        acc: "A".into(),
                        ..Default::default()
                    }]
                } else {
                    Vec::new()
                },
                ..Default::default()
            }
        }
        fn routez(
            &self,
            _opts: &rnats_proto::monitor::RoutezOptions,
        ) -> rnats_proto::monitor::Routez {
            rnats_proto::monitor::Routez {
                server_id: "SID".into(),
                ..Default::default()
            }
        }
        fn gatewayz(
            &self,
            _opts: &rnats_proto::monitor::GatewayzOptions,
        ) -> rnats_proto::monitor::Gatewayz {
            rnats_proto::monitor::Gatewayz {
                server_id: "SID".into(),
                ..Default::default()
            }
        }
        fn leafz(&self, _opts: &rnats_proto::monitor::LeafzOptions) -> rnats_proto::monitor::Leafz {
            rnats_proto::monitor::Leafz {
                server_id: "SID".into(),
                ..Default::default()
            }
        }
        fn version(&self) -> String {
            "0.0.0".into()
        }
        fn varz(&self) -> Varz {
            Varz::default()
        }
        fn connz_snapshot(&self, state: ConnState, _detail: SubsDetail) -> ConnzSnapshot {
            let conns = self
                .conns
                .iter()
                .filter(|c| {
                    (c.stop.is_none() && state.includes_open())
                        || (c.stop.is_some() && state.includes_closed())
                })
                .cloned()
                .collect();
            ConnzSnapshot {
                server_id: "SID".into(),
                conns,
            }
        }
        fn account_exists(&self, name: &str) -> bool {
            name == GLOBAL_ACCOUNT || name == "A"
        }
        fn subsz_snapshot(&self, account: Option<&str>, with_subs: bool) -> SubszSnapshot {
            let subs: Vec<SubDetail> = self
                .subs
                .iter()
                .filter(|s| account.is_none_or(|a| s.account == a))
                .cloned()
                .collect();
            SubszSnapshot {
                server_id: "SID".into(),
                stats: crate::sublist::SublistStats {
                    num_subscriptions: subs.len() as u32,
                    ..crate::sublist::SublistStats::default()
                },
                subs: if with_subs { subs } else { Vec::new() },
            }
        }
        fn healthz(&self, _opts: &HealthzOptions) -> HealthStatus {
            HealthStatus::ok()
        }

        fn jsz(&self, _opts: &rnats_proto::monitor::JszOptions) -> serde_json::Value {
            serde_json::json!({"streams": 2})
        }
    }

    fn data() -> Data {
        let mut conns: Vec<ConnInfo> = (1..=5).map(conn).collect();
        // cid 1: most subs, cid 2: most pending, cid 3: most out, cid 4: most in, cid 5: slow
        conns[0].subscriptions = 9;
        conns[1].pending_bytes = 500;
        conns[2].out_msgs = 10;
        conns[2].out_bytes = 1000;
        conns[3].in_msgs = 20;
        conns[3].in_bytes = 2000;
        conns[4].rtt = Some(Duration::from_millis(5));
        conns[0].last_activity = ts(500); // most recent activity, least idle
        conns[1].authorized_user = "alice".into();
        conns[1].account = "A".into();
        conns[1].name_tag = "A".into();
        conns[2].mqtt_client = "m1".into();
        let mut closed1 = conn(10);
        closed1.stop = Some(ts(200));
        closed1.reason = "Client Closed".into();
        closed1.subscriptions_list = vec!["x".into()];
        let mut closed2 = conn(11);
        closed2.stop = Some(ts(300));
        closed2.reason = "Authentication Failure".into();
        closed2.authorized_user = "bob".into();
        conns.push(closed1);
        conns.push(closed2);
        let sub = |subject: &str, account: &str, sid: &str| SubDetail {
            account: account.into(),
            account_tag: account.into(),
            subject: subject.into(),
            sid: sid.into(),
            cid: 1,
            ..SubDetail::default()
        };
        Data {
            conns,
            subs: vec![
                sub("foo.bar", "$G", "1"),
                sub("foo.*", "$G", "2"),
                sub("foo.>", "$G", "3"),
                sub("bar", "$G", "4"),
                sub("foo.bar", "A", "5"),
            ],
        }
    }

    fn cids(opts: &ConnzOptions) -> Vec<u64> {
        let c = connz(&data(), opts).unwrap();
        c.connections.unwrap().iter().map(|c| c.cid).collect()
    }

    fn sorted(sort: &str, state: ConnState) -> Vec<u64> {
        cids(&ConnzOptions {
            sort: sort.into(),
            state,
            ..ConnzOptions::default()
        })
    }

    #[test]
    fn every_sort_option() {
        use ConnState::*;
        assert_eq!(sorted("", Open), [1, 2, 3, 4, 5]);
        assert_eq!(sorted("cid", Open), [1, 2, 3, 4, 5]);
        assert_eq!(sorted("start", Open), [1, 2, 3, 4, 5]);
        assert_eq!(sorted("subs", Open), [1, 2, 3, 4, 5]);
        assert_eq!(sorted("pending", Open), [2, 1, 3, 4, 5]);
        assert_eq!(sorted("msgs_to", Open), [3, 1, 2, 4, 5]);
        assert_eq!(sorted("bytes_to", Open), [3, 1, 2, 4, 5]);
        assert_eq!(sorted("msgs_from", Open), [4, 1, 2, 3, 5]);
        assert_eq!(sorted("bytes_from", Open), [4, 1, 2, 3, 5]);
        assert_eq!(sorted("last", Open), [1, 5, 4, 3, 2]);
        assert_eq!(sorted("idle", Open), [2, 3, 4, 5, 1]);
        // Uptime ascending: the newest connection (highest start) first.
        assert_eq!(sorted("uptime", Open), [5, 4, 3, 2, 1]);
        assert_eq!(sorted("rtt", Open), [5, 1, 2, 3, 4]);
        assert_eq!(sorted("stop", Closed), [11, 10]);
        assert_eq!(sorted("reason", Closed), [11, 10]);
        assert_eq!(sorted("uptime", Closed), [10, 11]);
        assert_eq!(sorted("cid", All), [1, 2, 3, 4, 5, 10, 11]);
    }

    #[test]
    fn invalid_sorts() {
        let err = |sort: &str, state| {
            connz(
                &data(),
                &ConnzOptions {
                    sort: sort.into(),
                    state,
                    ..ConnzOptions::default()
                },
            )
            .unwrap_err()
            .to_string()
        };
        assert_eq!(
            err("bogus", ConnState::Open),
            "invalid sorting option: bogus"
        );
        assert_eq!(err("CID", ConnState::Open), "invalid sorting option: CID");
        assert_eq!(
            err("stop", ConnState::Open),
            "sort by stop only valid on closed connections"
        );
        assert_eq!(
            err("stop", ConnState::All),
            "sort by stop only valid on closed connections"
        );
        assert_eq!(
            err("reason", ConnState::All),
            "sort by reason only valid on closed connections"
        );
        for (opt, name) in SortOpt::ALL {
            assert_eq!(SortOpt::parse(name), Some(opt));
            assert_eq!(opt.as_str(), name);
        }
    }

    #[test]
    fn paging() {
        let page_of = |offset, limit| {
            let c = connz(
                &data(),
                &ConnzOptions {
                    offset,
                    limit,
                    ..ConnzOptions::default()
                },
            )
            .unwrap();
            let cids: Vec<u64> = c
                .connections
                .as_ref()
                .unwrap()
                .iter()
                .map(|c| c.cid)
                .collect();
            (cids, c.num_connections, c.total, c.offset, c.limit)
        };
        assert_eq!(page_of(0, 0), (vec![1, 2, 3, 4, 5], 5, 5, 0, 1024));
        assert_eq!(page_of(1, 2), (vec![2, 3], 2, 5, 1, 2));
        assert_eq!(page_of(4, 10), (vec![5], 1, 5, 4, 10));
        assert_eq!(page_of(9, 10), (vec![], 0, 5, 9, 10));
        assert_eq!(page_of(-3, -5), (vec![1, 2, 3, 4, 5], 5, 5, 0, 1024));
        assert_eq!(page(vec![1, 2, 3], 1, usize::MAX), vec![2, 3]);
    }

    #[test]
    fn filters() {
        let o = |f: fn(&mut ConnzOptions)| {
            let mut opts = ConnzOptions::default();
            f(&mut opts);
            let c = connz(&data(), &opts).unwrap();
            let cids: Option<Vec<u64>> = c.connections.map(|v| v.iter().map(|c| c.cid).collect());
            (cids, c.total, c.server_id)
        };
        assert_eq!(o(|o| o.cid = 3), (Some(vec![3]), 5, "SID".into()));
        assert_eq!(o(|o| o.cid = 10), (Some(vec![]), 5, "SID".into()));
        assert_eq!(
            o(|o| {
                o.cid = 10;
                o.state = ConnState::All;
            }),
            (Some(vec![10]), 7, "SID".into())
        );
        assert_eq!(
            o(|o| o.user = "alice".into()),
            (Some(vec![2]), 5, "SID".into())
        );
        assert_eq!(
            o(|o| o.account = "A".into()),
            (Some(vec![2]), 1, "SID".into())
        );
        assert_eq!(
            o(|o| o.account = "$G".into()),
            (Some(vec![1, 3, 4, 5]), 4, "SID".into())
        );
        assert_eq!(o(|o| o.account = "nope".into()), (None, 0, String::new()));
        assert_eq!(
            o(|o| o.mqtt_client = "m1".into()),
            (Some(vec![3]), 5, "SID".into())
        );
        assert_eq!(
            o(|o| {
                o.user = "bob".into();
                o.state = ConnState::Closed;
            }),
            (Some(vec![11]), 2, "SID".into())
        );
    }

    #[test]
    fn auth_and_subs_rendering() {
        let get = |opts: ConnzOptions| connz(&data(), &opts).unwrap().connections.unwrap();
        let plain = get(ConnzOptions {
            state: ConnState::All,
            ..ConnzOptions::default()
        });
        assert!(plain.iter().all(|c| c.account.is_empty()
            && c.authorized_user.is_empty()
            && c.name_tag.is_empty()
            && c.subscriptions_list.is_empty()));
        assert!(plain
            .iter()
            .all(|c| !c.uptime.is_empty() && !c.idle.is_empty()));
        let auth = get(ConnzOptions {
            state: ConnState::All,
            username: true,
            subscriptions: true,
            ..ConnzOptions::default()
        });
        let by = |cid| auth.iter().find(|c| c.cid == cid).unwrap();
        assert_eq!(by(1).account, "", "global account is never named");
        assert_eq!(by(1).name_tag, "$G", "open $G connections keep the tag");
        assert_eq!(by(10).name_tag, "", "closed $G connections have no tag");
        assert_eq!(by(2).account, "A");
        assert_eq!(by(2).authorized_user, "alice");
        assert_eq!(by(10).subscriptions_list, ["x"]);
        // Closed connections measure uptime and idle up to their stop time.
        assert_eq!(by(10).uptime, "3m10s");
        assert_eq!(by(10).idle, "1m30s");
    }

    #[test]
    fn subsz_filter_and_page() {
        let s = |opts: SubszOptions| subsz(&data(), &opts);
        let all = s(SubszOptions {
            subscriptions: true,
            ..SubszOptions::default()
        })
        .unwrap();
        assert_eq!(
            (all.total, all.subscriptions_list.len(), all.limit),
            (5, 5, 1024)
        );
        let none = s(SubszOptions::default()).unwrap();
        assert_eq!((none.total, none.subscriptions_list.len()), (0, 0));
        assert_eq!(none.stats.num_subscriptions, 5);
        let test = s(SubszOptions {
            subscriptions: true,
            test: "foo.bar".into(),
            limit: 2,
            offset: 1,
            ..SubszOptions::default()
        })
        .unwrap();
        assert_eq!(test.total, 4);
        let sids: Vec<&str> = test
            .subscriptions_list
            .iter()
            .map(|s| s.sid.as_str())
            .collect();
        assert_eq!(sids, ["2", "3"]);
        let acc = s(SubszOptions {
            subscriptions: true,
            account: "A".into(),
            ..SubszOptions::default()
        })
        .unwrap();
        assert_eq!(acc.total, 1);
        let err = s(SubszOptions {
            test: "foo.*".into(),
            ..SubszOptions::default()
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid test subject, must be valid publish subject: foo.*"
        );
        assert!(is_valid_literal_subject("foo bar"));
        assert!(!is_valid_literal_subject("foo..bar"));
        assert!(!is_valid_literal_subject("foo.>"));
    }

    #[test]
    fn healthz_rules() {
        let h = |opts: HealthzOptions| healthz(&data(), &opts);
        assert_eq!(h(HealthzOptions::default()), HealthStatus::ok());
        let bad = h(HealthzOptions {
            stream: "S".into(),
            ..HealthzOptions::default()
        });
        assert_eq!(bad.status, "error");
        assert_eq!(bad.status_code, 400);
        assert_eq!(
            bad.error,
            "\"account\" must not be empty when checking stream health"
        );
        let bad = h(HealthzOptions {
            account: "A".into(),
            consumer: "C".into(),
            details: true,
            ..HealthzOptions::default()
        });
        assert_eq!(bad.status, "error");
        assert_eq!(bad.errors.len(), 1);
        assert_eq!(bad.errors[0].kind, HealthzErrorType::BadRequest);
    }
}
