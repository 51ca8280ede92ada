//! The server's side of monitoring: snapshots of its state for the HTTP layer in [`crate::monitor`].
//!
//! Everything here copies data out under short locks (the client registry, one connection's
//! subscription map at a time); nothing touches the message path.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use crate::account::Account;
use crate::client::{ClientShared, Subscription};
use crate::monitor::{
    my_uptime, process_usage, AccountInfo, AccountStat, AccountStatz, AccountStatzOptions,
    Accountz, AccountzOptions, ConnInfo, ConnState, ConnzSnapshot, DataStats, ExtExport, ExtImport,
    Gatewayz, GatewayzOptions, HealthStatus, HealthzOptions, Leafz, LeafzOptions, MonitorSource,
    MsgBytes, Routez, RoutezOptions, SubDetail, SubsDetail, SubszSnapshot, Timestamp, Varz,
};
use crate::server::{ClosedClient, Server, VERSION};

fn sub_detail(s: &Subscription, account: &str, cid: u64) -> SubDetail {
    SubDetail {
        account: account.to_string(),
        // No account name tags without JWTs: nats-server then shows the name itself.
        account_tag: account.to_string(),
        subject: String::from_utf8_lossy(&s.subject).into_owned(),
        queue: s
            .queue
            .as_deref()
            .map(|q| String::from_utf8_lossy(q).into_owned())
            .unwrap_or_default(),
        sid: String::from_utf8_lossy(&s.sid).into_owned(),
        msgs: s.delivered.load(Ordering::Relaxed) as i64,
        max: s.max.load(Ordering::Relaxed) as i64,
        cid,
    }
}

impl Server {
    /// varz `jetstream`: `{}` when JetStream is off.
    fn jetstream_varz(&self) -> crate::monitor::JetStreamVarz {
        match self.jetstream() {
            Some(js) => crate::monitor::JetStreamVarz {
                config: Some(js.monitor_config()),
                stats: Some(js.monitor_stats()),
                meta: None,
                limits: Some(serde_json::json!({})),
            },
            None => crate::monitor::JetStreamVarz::default(),
        }
    }

    /// varz `websocket`: empty without a WebSocket listener.
    fn websocket_varz(&self, opts: &crate::options::Options) -> crate::monitor::WebsocketOptsVarz {
        let wo = &opts.websocket;
        if !wo.enabled() {
            return Default::default();
        }
        crate::monitor::WebsocketOptsVarz {
            host: wo.host.clone(),
            port: self
                .ws_addr()
                .map_or(i64::from(wo.port), |a| i64::from(a.port())),
            advertise: wo.advertise.clone().unwrap_or_default(),
            no_auth_user: wo.no_auth_user.clone().unwrap_or_default(),
            jwt_cookie: wo.jwt_cookie.clone().unwrap_or_default(),
            handshake_timeout: wo.handshake_timeout.unwrap_or_default(),
            auth_timeout: wo.auth_timeout.map_or(0.0, |d| d.as_secs_f64()),
            no_tls: wo.no_tls,
            tls_map: wo.tls.as_ref().is_some_and(|t| t.map),
            tls_pinned_certs: wo
                .tls
                .as_ref()
                .map(|t| t.pinned_certs.clone())
                .unwrap_or_default(),
            same_origin: wo.same_origin,
            allowed_origins: wo.allowed_origins.clone(),
            compression: wo.compression,
            ..Default::default()
        }
    }

    fn open_conn_info(&self, c: &Arc<ClientShared>, detail: SubsDetail) -> ConnInfo {
        let meta = c.meta.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let (out_msgs, out_bytes) = c.outbound.out_stats();
        let subs: Vec<Arc<Subscription>> = c.subs().values().cloned().collect();
        let last_ms = c.last_activity.load(Ordering::Relaxed);
        let mut info = ConnInfo {
            cid: c.cid,
            kind: c.kind.as_str().to_string(),
            conn_type: if meta.websocket { "websocket" } else { "nats" }.to_string(),
            ip: c.peer.ip().to_string(),
            port: c.peer.port(),
            start: Timestamp::local(c.start),
            last_activity: Timestamp::local(self.start_time() + Duration::from_millis(last_ms)),
            tls_version: meta.tls_version.to_string(),
            tls_cipher_suite: meta.tls_cipher_suite.clone(),
            tls_first: meta.tls_first,
            rtt: Some(Duration::from_micros(c.rtt_us.load(Ordering::Relaxed))),
            pending_bytes: c.outbound.pending() as i64,
            in_msgs: c.in_msgs.load(Ordering::Relaxed) as i64,
            out_msgs: out_msgs as i64,
            in_bytes: c.in_bytes.load(Ordering::Relaxed) as i64,
            out_bytes: out_bytes as i64,
            subscriptions: subs.len() as u32,
            name: meta.name,
            lang: meta.lang,
            version: meta.version,
            authorized_user: meta.user,
            name_tag: meta.account.to_string(),
            account: meta.account.to_string(),
            ..ConnInfo::default()
        };
        match detail {
            SubsDetail::None => {}
            SubsDetail::List => {
                info.subscriptions_list = subs
                    .iter()
                    .map(|s| String::from_utf8_lossy(&s.subject).into_owned())
                    .collect();
            }
            SubsDetail::Detail => {
                info.subscriptions_list_detail = subs
                    .iter()
                    .map(|s| sub_detail(s, &meta.account, c.cid))
                    .collect();
            }
        }
        info
    }

    fn closed_conn_info(&self, c: &ClosedClient, detail: SubsDetail) -> ConnInfo {
        let mut info = ConnInfo {
            cid: c.cid,
            kind: c.kind.as_str().to_string(),
            conn_type: if c.meta.websocket {
                "websocket"
            } else {
                "nats"
            }
            .to_string(),
            ip: c.peer.ip().to_string(),
            port: c.peer.port(),
            start: Timestamp::local(c.start),
            last_activity: Timestamp::local(
                self.start_time() + Duration::from_millis(c.last_activity_ms),
            ),
            tls_version: c.meta.tls_version.to_string(),
            tls_cipher_suite: c.meta.tls_cipher_suite.clone(),
            tls_first: c.meta.tls_first,
            stop: Some(Timestamp::local(c.stop)),
            reason: c.reason.to_string(),
            rtt: Some(Duration::from_micros(c.rtt_us)),
            in_msgs: c.in_msgs as i64,
            out_msgs: c.out_msgs as i64,
            in_bytes: c.in_bytes as i64,
            out_bytes: c.out_bytes as i64,
            subscriptions: c.subs.len() as u32,
            name: c.meta.name.clone(),
            lang: c.meta.lang.clone(),
            version: c.meta.version.clone(),
            authorized_user: c.meta.user.clone(),
            account: c.meta.account.to_string(),
            name_tag: c.meta.account.to_string(),
            slow_consumer: c.slow_consumer.clone(),
            ..ConnInfo::default()
        };
        if detail != SubsDetail::None {
            info.subscriptions_list = c.subs.clone();
        }
        info
    }
}

impl Server {
    /// One account's statistics (upstream `Account.statz`), as `/accstatz`, the account
    /// `STATZ` requests and the `SERVER.CONNS` events show them. rnats counts what the
    /// account's clients publish and what is delivered to them (running totals).
    pub fn account_stat(&self, acc: &Account) -> AccountStat {
        let conns = acc.stats.connections.load(Ordering::Relaxed);
        let leafnodes = acc.stats.leafnodes.load(Ordering::Relaxed);
        let zero = Some(MsgBytes::default());
        let by_kind = |msgs: u64, bytes: u64| DataStats {
            msgs: msgs as i64,
            bytes: bytes as i64,
            gateways: zero,
            routes: zero,
            leafs: zero,
        };
        // What the account's client connections were delivered (a running total, as
        // upstream's account `outMsgs`), and the account's name from its JWT in operator mode.
        let (sent_msgs, sent_bytes) = acc.stats.out.get();
        let name = self
            .options()
            .auth
            .trust
            .as_ref()
            .and_then(|t| t.accounts.get(acc.name()))
            .map(|c| c.data.name.clone())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| acc.name().to_string());
        AccountStat {
            acc: acc.name().to_string(),
            name,
            conns,
            leafnodes,
            total_conns: conns + leafnodes,
            num_subscriptions: acc.sublist().count() as u32,
            sent: by_kind(sent_msgs, sent_bytes),
            received: by_kind(
                acc.stats.in_msgs.load(Ordering::Relaxed),
                acc.stats.in_bytes.load(Ordering::Relaxed),
            ),
            slow_consumers: acc.stats.slow_consumers.load(Ordering::Relaxed) as i64,
        }
    }

    /// One account in detail (upstream `accountInfo`): `/accountz?acc=`, `ACCOUNTZ` and
    /// `$SYS.REQ.ACCOUNT.<acct>.INFO`.
    pub fn account_detail(&self, acc: &Account) -> AccountInfo {
        use crate::auth::options::{ExportKind, ResponseType};
        let cfg = acc.config();
        let imports = acc.imports();
        let kind = |k: &ExportKind| match k {
            ExportKind::Stream => "stream",
            ExportKind::Service => "service",
        };
        let exports = cfg
            .exports
            .iter()
            .map(|e| ExtExport {
                subject: e.subject.clone(),
                kind: kind(&e.kind).to_string(),
                response_type: match (&e.kind, &e.response_type) {
                    (ExportKind::Stream, _) => String::new(),
                    (_, ResponseType::Singleton) => "Singleton".into(),
                    (_, ResponseType::Stream) => "Stream".into(),
                    (_, ResponseType::Chunked) => "Chunked".into(),
                },
                approved_accounts: e.accounts.clone().unwrap_or_default(),
                ..ExtExport::default()
            })
            .collect();
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        let stream_imports = imports.streams.iter().map(|i| ExtImport {
            subject: text(&i.subject),
            account: i.from.name().to_string(),
            local_subject: text(&i.local),
            kind: "stream".into(),
            ..ExtImport::default()
        });
        let service_imports = imports
            .system
            .iter()
            .chain(imports.services.iter())
            .map(|(i, _)| ExtImport {
                subject: text(&i.subject),
                account: i.to.name().to_string(),
                // Upstream repeats the local subject in the deprecated `to`.
                to: text(&i.local),
                local_subject: text(&i.local),
                kind: "service".into(),
                share: i.share,
                ..ExtImport::default()
            });
        AccountInfo {
            account_name: acc.name().to_string(),
            update_time: Timestamp::utc(self.config_load_time()),
            is_system: self
                .system_account()
                .is_some_and(|s| s.name() == acc.name()),
            expired: false,
            complete: true,
            jetstream_enabled: self
                .jetstream()
                .is_some_and(|js| js.account(acc.name()).is_some()),
            leafnode_connections: acc.stats.leafnodes.load(Ordering::Relaxed),
            client_connections: acc.stats.connections.load(Ordering::Relaxed),
            subscriptions: acc.sublist().count() as u32,
            exports,
            imports: stream_imports.chain(service_imports).collect(),
            name_tag: acc.name().to_string(),
            sublist_stats: Some(acc.sublist().stats().into()),
            ..AccountInfo::default()
        }
    }
}

impl MonitorSource for Server {
    fn accountz(&self, opts: &AccountzOptions) -> Result<Accountz, String> {
        let mut a = Accountz {
            server_id: self.id().to_string(),
            now: Timestamp::now_utc(),
            system_account: self
                .system_account()
                .map(|s| s.name().to_string())
                .unwrap_or_default(),
            ..Accountz::default()
        };
        if opts.account.is_empty() {
            a.accounts = self
                .accounts()
                .iter()
                .map(|a| a.name().to_string())
                .collect();
        } else {
            let acc = self
                .account(&opts.account)
                .ok_or_else(|| format!("Account {} does not exist", opts.account))?;
            a.account_detail = Some(self.account_detail(&acc));
        }
        Ok(a)
    }

    fn accstatz(&self, opts: &AccountStatzOptions) -> AccountStatz {
        let accounts = if opts.accounts.is_empty() {
            self.accounts()
        } else {
            opts.accounts
                .iter()
                .filter_map(|n| self.account(n))
                .collect()
        };
        let account_statz = accounts
            .iter()
            .filter(|a| {
                opts.include_unused
                    || a.stats.connections.load(Ordering::Relaxed) != 0
                    || a.stats.leafnodes.load(Ordering::Relaxed) != 0
            })
            .map(|a| self.account_stat(a))
            .collect();
        AccountStatz {
            server_id: self.id().to_string(),
            now: Timestamp::now_utc(),
            account_statz,
        }
    }

    fn routez(&self, _opts: &RoutezOptions) -> Routez {
        // No cluster routes in rnats yet: upstream's answer for a server without routes.
        Routez {
            server_id: self.id().to_string(),
            server_name: self.name().to_string(),
            now: Timestamp::now_utc(),
            ..Routez::default()
        }
    }

    fn gatewayz(&self, _opts: &GatewayzOptions) -> Gatewayz {
        // No gateways in rnats yet: upstream's answer with gateways disabled.
        Gatewayz {
            server_id: self.id().to_string(),
            now: Timestamp::now_utc(),
            ..Gatewayz::default()
        }
    }

    fn leafz(&self, _opts: &LeafzOptions) -> Leafz {
        // No leaf node connections in rnats yet.
        Leafz {
            server_id: self.id().to_string(),
            now: Timestamp::now_utc(),
            ..Leafz::default()
        }
    }

    fn version(&self) -> String {
        VERSION.to_string()
    }

    fn varz(&self) -> Varz {
        let opts = self.options();
        let usage = process_usage();
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as i64;
        let (out_msgs, out_bytes) = self.stats.out.get();
        let st = &self.stats;
        Varz {
            server_id: self.id().to_string(),
            server_name: self.name().to_string(),
            version: VERSION.to_string(),
            proto: 1,
            go: format!("rnats-{}", crate::server::RNATS_VERSION),
            host: opts.host.clone(),
            port: self
                .client_addr()
                .map_or(opts.port, |a| i32::from(a.port())),
            connect_urls: opts.client_advertise.iter().cloned().collect(),
            max_connections: opts.max_connections as i64,
            max_subscriptions: opts.max_subscriptions as i64,
            ping_interval: opts.ping_interval,
            ping_max: i64::from(opts.ping_max),
            http_host: opts.http_host.clone(),
            http_port: self
                .monitor_addr()
                .map_or(i64::from(opts.http_port), |a| i64::from(a.port())),
            http_base_path: opts.http_base_path.clone(),
            auth_timeout: opts.auth_timeout.as_secs_f64(),
            max_control_line: opts.max_control_line as i32,
            max_payload: opts.max_payload as i64,
            max_pending: opts.max_pending as i64,
            tls_timeout: opts
                .tls
                .as_ref()
                .map_or(crate::tls::DEFAULT_TLS_TIMEOUT, |t| t.handshake_timeout())
                .as_secs_f64(),
            tls_required: opts.tls.is_some() && !opts.allow_non_tls,
            tls_verify: opts.tls.as_ref().is_some_and(|t| t.verifies_clients()),
            https_port: self
                .https_addr()
                .map_or(i64::from(opts.https_port), |a| i64::from(a.port())),
            websocket: self.websocket_varz(&opts),
            write_deadline: opts.write_deadline,
            start: Timestamp::utc(self.start_time()),
            now: Timestamp::now_utc(),
            uptime: my_uptime(self.uptime()),
            mem: usage.rss,
            cores,
            gomaxprocs: cores,
            cpu: usage.cpu,
            connections: self.num_clients() as i64,
            total_connections: st.total_connections.load(Ordering::Relaxed),
            in_msgs: st.in_msgs.load(Ordering::Relaxed) as i64,
            in_bytes: st.in_bytes.load(Ordering::Relaxed) as i64,
            // Closed connections were added to the totals when they closed.
            out_msgs: out_msgs as i64,
            out_bytes: out_bytes as i64,
            slow_consumers: st.slow_consumers.load(Ordering::Relaxed) as i64,
            stale_connections: st.stale_connections.load(Ordering::Relaxed) as i64,
            subscriptions: self.subscription_count() as u32,
            config_load_time: Timestamp::utc(self.config_load_time()),
            config_digest: opts.config_digest.clone(),
            tags: opts.tags.clone(),
            git_commit: env!("RNATS_GIT_COMMIT").to_string(),
            // nats-server 2.14 lists its opt-in features, all off by default; rnats implements
            // neither, so both are reported off.
            feature_flags: [("js_ack_fc_v2", false), ("js_raft_delete_range", false)]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            slow_consumer_stats: crate::monitor::ConnKindStats {
                clients: st.slow_consumers.load(Ordering::Relaxed),
                ..Default::default()
            },
            stale_connection_stats: crate::monitor::ConnKindStats {
                clients: st.stale_connections.load(Ordering::Relaxed),
                ..Default::default()
            },
            jetstream: self.jetstream_varz(),
            auth_required: self.auth().authenticator.info_auth_required(),
            system_account: self
                .system_account()
                .map(|a| a.name().to_string())
                .unwrap_or_default(),
            ..Varz::default()
        }
    }

    fn http_req_stats(&self) -> Option<Arc<crate::monitor::HttpReqStats>> {
        Some(self.http_req_stats.clone())
    }

    fn jsz(&self, opts: &rnats_proto::monitor::JszOptions) -> serde_json::Value {
        let now = serde_json::to_value(Timestamp::now_utc()).unwrap_or_default();
        let Some(js) = self.jetstream() else {
            // Upstream's report with JetStream off.
            return serde_json::json!({
                "memory": 0, "storage": 0, "reserved_memory": 0, "reserved_storage": 0,
                "accounts": 0, "ha_assets": 0, "api": {"level": 0, "total": 0, "errors": 0},
                "server_id": self.id(), "now": now, "disabled": true,
                "config": {"max_memory": 0, "max_storage": 0},
                "streams": 0, "consumers": 0, "messages": 0, "bytes": 0, "total": 0,
            });
        };
        let mut v = js.monitor_stats();
        let (streams, consumers, messages, bytes) = js.monitor_totals();
        v["server_id"] = serde_json::json!(self.id());
        v["now"] = now;
        v["config"] = js.monitor_config();
        v["limits"] = serde_json::json!({});
        v["streams"] = serde_json::json!(streams);
        v["consumers"] = serde_json::json!(consumers);
        v["messages"] = serde_json::json!(messages);
        v["bytes"] = serde_json::json!(bytes);
        v["total"] = serde_json::json!(1);
        let opts = opts.clone().normalized();
        if opts.accounts {
            v["account_details"] =
                serde_json::json!(js.monitor_account_details(&opts, self.name()));
        }
        v
    }

    fn connz_snapshot(&self, state: ConnState, detail: SubsDetail) -> ConnzSnapshot {
        let mut conns = Vec::new();
        if matches!(state, ConnState::Open | ConnState::All) {
            for c in self.open_clients() {
                conns.push(self.open_conn_info(&c, detail));
            }
        }
        if matches!(state, ConnState::Closed | ConnState::All) {
            for c in self.closed_clients() {
                conns.push(self.closed_conn_info(&c, detail));
            }
        }
        ConnzSnapshot {
            server_id: self.id().to_string(),
            conns,
        }
    }

    fn account_exists(&self, name: &str) -> bool {
        self.account(name).is_some()
    }

    fn subsz_snapshot(&self, account: Option<&str>, with_subs: bool) -> SubszSnapshot {
        let accounts = match account {
            Some(name) => self.account(name).into_iter().collect(),
            None => self.accounts(),
        };
        let mut stats = crate::sublist::SublistStats::default();
        let mut subs = Vec::new();
        for acc in &accounts {
            stats.merge(&acc.sublist().stats());
            if with_subs {
                let mut all = Vec::new();
                acc.sublist().collect(&mut all);
                subs.extend(all.iter().map(|s| sub_detail(s, acc.name(), s.client.cid)));
            }
        }
        SubszSnapshot {
            server_id: self.id().to_string(),
            stats,
            subs,
        }
    }

    fn healthz(&self, _opts: &HealthzOptions) -> HealthStatus {
        // JetStream checks join here with the JetStream issue; the client listener being up is
        // what readiness means for the core server.
        if self.client_addr().is_some() {
            HealthStatus::ok()
        } else {
            HealthStatus {
                status: "unavailable".to_string(),
                status_code: 503,
                error: "server not ready for connections".to_string(),
                ..HealthStatus::default()
            }
        }
    }
}
