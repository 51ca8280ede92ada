//! The server: shared state (options, id, account sublist, client registry, stats) and the
//! client accept loop.
//!
//! `Server::start` binds the client listener (and the monitoring listener when configured), logs
//! `Listening for client connections on HOST:PORT` and spawns one task per accepted connection
//! (`client::serve`). Shutdown and lame duck mode are driven from here; the connection tasks
//! watch [`Server::shutdown_signal`].

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Instant, SystemTime};

use anyhow::Context as _;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::account::{Account, DEFAULT_SYSTEM_ACCOUNT, GLOBAL_ACCOUNT};
use crate::client::{ClientShared, CloseReason, Subscription};
use crate::options::Options;
use rnats_proto::info::ServerInfo;
use rustc_hash::FxHashMap;
use std::collections::VecDeque;

/// The nats-server version rnats is compatible with, reported in INFO and varz `version`:
/// clients gate features on it (headers, JetStream API levels), so it names the upstream
/// release whose behaviour rnats follows.
pub const VERSION: &str = "2.14.0";

/// rnats' own version (`rnats --version`, INFO/varz `go` field).
pub const RNATS_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A connection that has closed, kept for `/connz?state=closed`.
#[derive(Debug, Clone)]
pub struct ClosedClient {
    pub cid: u64,
    pub kind: crate::client::ConnKind,
    pub peer: std::net::SocketAddr,
    pub start: SystemTime,
    pub stop: SystemTime,
    pub reason: &'static str,
    pub meta: crate::client::ConnMeta,
    pub in_msgs: u64,
    pub in_bytes: u64,
    pub out_msgs: u64,
    pub out_bytes: u64,
    pub rtt_us: u64,
    pub last_activity_ms: u64,
    pub subs: Vec<String>,
    /// The slow-consumer record, when that is why it closed.
    pub slow_consumer: Option<crate::monitor::SlowConsumerInfo>,
}

/// Server-wide counters (varz).
#[derive(Debug, Default)]
pub struct ServerStats {
    pub in_msgs: AtomicU64,
    pub in_bytes: AtomicU64,
    /// Messages and payload bytes delivered: every registered connection's queue adds its
    /// batches here as it takes them (O(1) for `/varz`, whatever the connection count).
    pub out: Arc<crate::outbound::OutTotals>,
    pub slow_consumers: AtomicU64,
    pub stale_connections: AtomicU64,
    pub total_connections: AtomicU64,
}

/// A running server.
pub struct Server {
    id: String,
    name: String,
    opts: RwLock<Arc<Options>>,
    start_time: SystemTime,
    start_instant: Instant,
    next_cid: AtomicU64,
    /// Counters shown by monitoring.
    pub stats: ServerStats,
    client_addr: OnceLock<SocketAddr>,
    monitor_addr: OnceLock<SocketAddr>,
    /// Requests per HTTP monitoring path, shared by the HTTP layer and `$SYS` varz.
    pub(crate) http_req_stats: Arc<crate::monitor::HttpReqStats>,
    lame_duck: AtomicBool,
    ldm_notify: tokio::sync::Notify,
    shutdown_tx: watch::Sender<bool>,
    done: Mutex<Vec<tokio::task::JoinHandle<()>>>,
    /// Every account by name, `$G` and the system account included.
    accounts: RwLock<FxHashMap<String, Arc<Account>>>,
    /// `$G`.
    global: Arc<Account>,
    /// The system account (None with `no_system_account`).
    system: Option<Arc<Account>>,
    clients: Mutex<FxHashMap<u64, Arc<ClientShared>>>,
    closed: Mutex<VecDeque<ClosedClient>>,
    info: RwLock<ServerInfo>,
    config_load_time: Mutex<SystemTime>,
    jetstream: OnceLock<Arc<crate::jetstream::JetStream>>,
    /// Who may connect (replaced on reload).
    auth: RwLock<Arc<crate::auth::AuthState>>,
    /// The system account's services, once started.
    system_service: OnceLock<Arc<crate::system::SystemService>>,
    /// The directory account resolver (`resolver { type: full|cache }`), if configured.
    resolver: Option<Arc<crate::resolver::DirStore>>,
    /// TLS of the client port (`tls {}`), rebuilt on reload.
    tls: RwLock<Option<Arc<crate::tls::TlsSetup>>>,
    /// TLS of the WebSocket listener (`websocket { tls {} }`), rebuilt on reload.
    ws_tls: RwLock<Option<Arc<crate::tls::TlsSetup>>>,
    /// The WebSocket listener's address, once bound.
    ws_addr: OnceLock<SocketAddr>,
    /// The HTTPS monitoring listener's address, once bound.
    https_addr: OnceLock<SocketAddr>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("id", &self.id).finish()
    }
}

impl Server {
    /// Creates a server with a fresh nkey identity. Nothing is bound until [`Server::start`].
    pub fn new(mut opts: Options) -> anyhow::Result<Arc<Server>> {
        apply_tls_auth_timeout(&mut opts);
        let kp = rnats_proto::nkeys::KeyPair::new(rnats_proto::nkeys::KeyRole::Server)
            .map_err(|e| anyhow::anyhow!("generating the server identity: {e}"))?;
        let id = kp.public_key();
        let name = opts.server_name.clone().unwrap_or_else(|| id.clone());
        let auth = crate::auth::AuthState::new(&opts.auth).map_err(|e| anyhow::anyhow!(e))?;
        let (shutdown_tx, _) = watch::channel(false);
        let info = ServerInfo {
            server_id: id.clone(),
            server_name: name.clone(),
            version: VERSION.to_string(),
            proto: 1,
            go: format!("rnats-{RNATS_VERSION}"),
            host: opts.host.clone(),
            port: 0,
            headers: !opts.no_header_support,
            max_payload: opts.max_payload as i64,
            jetstream: opts.jetstream,
            domain: opts.jetstream_domain.clone().filter(|_| opts.jetstream),
            auth_required: auth.authenticator.info_auth_required(),
            ..ServerInfo::default()
        };
        let (tls, ws_tls) = build_tls(&opts).map_err(|e| anyhow::anyhow!(e))?;
        let mut info = info;
        set_tls_info(&mut info, &opts, tls.as_deref());
        let cache = !opts.disable_sublist_cache;
        let mut accounts: FxHashMap<String, Arc<Account>> = FxHashMap::default();
        for cfg in &opts.auth.accounts {
            accounts.insert(cfg.name.clone(), Account::new(cfg.clone(), cache));
        }
        let global = accounts
            .entry(GLOBAL_ACCOUNT.to_string())
            .or_insert_with(|| Account::named(GLOBAL_ACCOUNT, cache))
            .clone();
        let system = if opts.auth.no_system_account {
            None
        } else {
            let name = opts
                .auth
                .system_account
                .clone()
                .unwrap_or_else(|| DEFAULT_SYSTEM_ACCOUNT.to_string());
            Some(
                accounts
                    .entry(name.clone())
                    .or_insert_with(|| Account::named(&name, cache))
                    .clone(),
            )
        };
        crate::auth::configure_accounts(&opts.auth, |n| accounts.get(n).cloned())
            .map_err(|e| anyhow::anyhow!(e.join("\n")))?;
        let resolver = match &opts.auth.resolver_dir {
            Some(cfg) => Some(Arc::new(
                crate::resolver::DirStore::open(cfg).map_err(|e| anyhow::anyhow!(e))?,
            )),
            None => None,
        };
        Ok(Arc::new(Server {
            resolver,
            id,
            name,
            opts: RwLock::new(Arc::new(opts)),
            start_time: SystemTime::now(),
            start_instant: Instant::now(),
            next_cid: AtomicU64::new(1),
            stats: ServerStats::default(),
            client_addr: OnceLock::new(),
            monitor_addr: OnceLock::new(),
            http_req_stats: Arc::default(),
            lame_duck: AtomicBool::new(false),
            ldm_notify: tokio::sync::Notify::new(),
            shutdown_tx,
            done: Mutex::new(Vec::new()),
            accounts: RwLock::new(accounts),
            global,
            system,
            clients: Mutex::new(FxHashMap::default()),
            closed: Mutex::new(VecDeque::new()),
            info: RwLock::new(info),
            config_load_time: Mutex::new(SystemTime::now()),
            jetstream: OnceLock::new(),
            auth: RwLock::new(Arc::new(auth)),
            system_service: OnceLock::new(),
            tls: RwLock::new(tls),
            ws_tls: RwLock::new(ws_tls),
            ws_addr: OnceLock::new(),
            https_addr: OnceLock::new(),
        }))
    }

    /// The server id, a 56-character `N...` nkey public key.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// `server_name`, or the id when none was configured.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The options in force (replaced as a whole on reload).
    pub fn options(&self) -> Arc<Options> {
        self.opts.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// When the server was created.
    pub fn start_time(&self) -> SystemTime {
        self.start_time
    }

    /// Time since the server was created.
    pub fn uptime(&self) -> std::time::Duration {
        self.start_instant.elapsed()
    }

    /// Address the client listener is bound to, once started.
    pub fn client_addr(&self) -> Option<SocketAddr> {
        self.client_addr.get().copied()
    }

    /// Address the monitoring listener is bound to, once started (None when disabled).
    pub fn monitor_addr(&self) -> Option<SocketAddr> {
        self.monitor_addr.get().copied()
    }

    /// Whether lame duck mode has begun.
    pub fn in_lame_duck(&self) -> bool {
        self.lame_duck.load(Ordering::Relaxed)
    }

    /// Allocates the next client id (`cid`).
    pub(crate) fn next_cid(&self) -> u64 {
        self.next_cid.fetch_add(1, Ordering::Relaxed)
    }

    /// A receiver that turns `true` when the server shuts down.
    pub fn shutdown_signal(&self) -> watch::Receiver<bool> {
        self.shutdown_tx.subscribe()
    }

    /// Binds the client listener (and monitoring, when configured), logs the addresses, and
    /// spawns the accept loops on the current tokio runtime.
    pub async fn start(self: &Arc<Self>) -> anyhow::Result<()> {
        let opts = self.options();
        if opts.jetstream {
            let cfg = crate::jetstream::JetStreamConfig::from_options(&opts);
            let js = crate::jetstream::JetStream::start(self, cfg).await?;
            let _ = self.jetstream.set(js);
        }
        self.spawn_response_sweeper();
        if let Some(sys) = self.system.clone() {
            let svc = crate::system::SystemService::start(self, &sys)?;
            let _ = self.system_service.set(svc);
        }
        let port = if opts.port <= 0 { 0 } else { opts.port as u16 };
        let listener = bind_listener(&opts.host, port)
            .await
            .with_context(|| format!("Error listening on port: {}", opts.port))?;
        let addr = listener
            .local_addr()
            .context("reading the client listener address")?;
        let _ = self.client_addr.set(addr);
        {
            let mut info = self.info.write().unwrap_or_else(|e| e.into_inner());
            info.port = addr.port();
            if let Some(adv) = &opts.client_advertise {
                info.connect_urls = vec![adv.clone()];
            }
        }
        crate::log_info!(
            "Listening for client connections on {}",
            host_port(&opts.host, addr.port())
        );
        let srv = self.clone();
        let task = tokio::spawn(async move { srv.accept_loop(listener).await });
        self.done
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(task);
        if opts.websocket.enabled() {
            self.start_websocket(&opts).await?;
        }
        if opts.http_port != 0 {
            self.start_monitoring(&opts).await?;
        }
        if opts.https_port != 0 {
            self.start_https_monitoring(&opts).await?;
        }
        Ok(())
    }

    /// Binds the WebSocket listener (`websocket {}`) and serves it.
    async fn start_websocket(self: &Arc<Self>, opts: &Options) -> anyhow::Result<()> {
        let wo = &opts.websocket;
        let port = if wo.port < 0 { 0 } else { wo.port as u16 };
        let host = if wo.host.is_empty() {
            &opts.host
        } else {
            &wo.host
        };
        let listener = bind_listener(host, port)
            .await
            .with_context(|| format!("Error listening on websocket port: {}", wo.port))?;
        let addr = listener
            .local_addr()
            .context("reading the websocket listener address")?;
        let _ = self.ws_addr.set(addr);
        {
            let mut info = self.info.write().unwrap_or_else(|e| e.into_inner());
            info.ws_connect_urls = match &wo.advertise {
                Some(a) => vec![a.clone()],
                None => Vec::new(),
            };
        }
        let scheme = if self.ws_tls_setup().is_some() {
            "wss"
        } else {
            "ws"
        };
        if wo.no_tls {
            crate::log_warn!("Websocket not configured with TLS. DO NOT USE IN PRODUCTION!");
        }
        crate::log_info!(
            "Listening for websocket clients on {scheme}://{}",
            host_port(host, addr.port())
        );
        let srv = self.clone();
        let task = tokio::spawn(async move { srv.ws_accept_loop(listener).await });
        self.done
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(task);
        Ok(())
    }

    async fn ws_accept_loop(self: Arc<Self>, listener: TcpListener) {
        let mut shutdown = self.shutdown_signal();
        let mut backoff = std::time::Duration::from_millis(10);
        loop {
            tokio::select! {
                _ = wait_shutdown(&mut shutdown) => return,
                _ = self.ldm_notify.notified() => return,
                res = listener.accept() => match res {
                    Ok((stream, peer)) => {
                        let peer = SocketAddr::new(peer.ip().to_canonical(), peer.port());
                        backoff = std::time::Duration::from_millis(10);
                        if self.in_lame_duck() {
                            return;
                        }
                        let srv = self.clone();
                        tokio::spawn(async move { crate::accept::serve_ws(srv, stream, peer).await });
                    }
                    Err(e) => {
                        crate::log_error!("Temporary Websocket Accept Error ({e}), sleeping {}ms", backoff.as_millis());
                        tokio::time::sleep(backoff).await;
                        backoff = (backoff * 2).min(std::time::Duration::from_secs(1));
                    }
                }
            }
        }
    }

    /// Expires the response routes of imported services whose requester got no (more)
    /// answers within the export's `response_threshold`.
    fn spawn_response_sweeper(self: &Arc<Self>) {
        let weak = Arc::downgrade(self);
        let mut shutdown = self.shutdown_signal();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = wait_shutdown(&mut shutdown) => return,
                    _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {
                        let Some(server) = weak.upgrade() else { return };
                        for a in server.accounts() {
                            if a.pending_responses() > 0 {
                                a.sweep_responses();
                            }
                        }
                    }
                }
            }
        });
    }

    /// Binds the HTTP monitoring listener (`-m`, `http_port`; -1 = random port) and serves it.
    async fn start_monitoring(self: &Arc<Self>, opts: &Options) -> anyhow::Result<()> {
        let port = if opts.http_port < 0 {
            0
        } else {
            opts.http_port as u16
        };
        let listener = bind_listener(&opts.http_host, port)
            .await
            .with_context(|| format!("Can't listen to the monitor port: {}", opts.http_port))?;
        let addr = listener
            .local_addr()
            .context("reading the monitor listener address")?;
        let _ = self.monitor_addr.set(addr);
        crate::log_info!(
            "Starting http monitor on {}",
            host_port(&opts.http_host, addr.port())
        );
        let source: Arc<dyn crate::monitor::MonitorSource> = self.clone();
        let mut shutdown = self.shutdown_signal();
        let task = tokio::spawn(crate::monitor::serve(
            listener,
            opts.http_base_path.clone(),
            source,
            async move { wait_shutdown(&mut shutdown).await },
        ));
        self.done
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(task);
        Ok(())
    }

    /// The client port's TLS configuration, when `tls {}` is set.
    pub fn tls_setup(&self) -> Option<Arc<crate::tls::TlsSetup>> {
        self.tls.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The WebSocket listener's TLS configuration, when set.
    pub fn ws_tls_setup(&self) -> Option<Arc<crate::tls::TlsSetup>> {
        self.ws_tls
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Where the WebSocket listener is bound, once started.
    pub fn ws_addr(&self) -> Option<SocketAddr> {
        self.ws_addr.get().copied()
    }

    /// Binds the HTTPS monitoring listener (`https_port`) with the client port's TLS.
    async fn start_https_monitoring(self: &Arc<Self>, opts: &Options) -> anyhow::Result<()> {
        let Some(tls) = self.tls_setup() else {
            anyhow::bail!("TLS configuration is required for https_port");
        };
        let port = if opts.https_port < 0 {
            0
        } else {
            opts.https_port as u16
        };
        let listener = bind_listener(&opts.http_host, port)
            .await
            .with_context(|| format!("Can't listen to the monitor port: {}", opts.https_port))?;
        let addr = listener
            .local_addr()
            .context("reading the monitor listener address")?;
        let _ = self.https_addr.set(addr);
        crate::log_info!(
            "Starting https monitor on {}",
            host_port(&opts.http_host, addr.port())
        );
        let source: Arc<dyn crate::monitor::MonitorSource> = self.clone();
        let mut shutdown = self.shutdown_signal();
        let acceptor = tokio_rustls::TlsAcceptor::from(tls.config.clone());
        let task = tokio::spawn(crate::monitor::http::serve_with_tls(
            listener,
            opts.http_base_path.clone(),
            source,
            Some((acceptor, tls.opts.handshake_timeout())),
            async move { wait_shutdown(&mut shutdown).await },
        ));
        self.done
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(task);
        Ok(())
    }

    /// Where the HTTPS monitoring listener is bound, once started.
    pub fn https_addr(&self) -> Option<SocketAddr> {
        self.https_addr.get().copied()
    }

    /// The JetStream subsystem, when enabled and started.
    pub fn jetstream(&self) -> Option<&Arc<crate::jetstream::JetStream>> {
        self.jetstream.get()
    }

    /// When the configuration was last loaded (start or reload).
    pub fn config_load_time(&self) -> SystemTime {
        *self
            .config_load_time
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    async fn accept_loop(self: Arc<Self>, listener: TcpListener) {
        let mut shutdown = self.shutdown_signal();
        let mut backoff = std::time::Duration::from_millis(10);
        loop {
            tokio::select! {
                _ = wait_shutdown(&mut shutdown) => return,
                // Lame duck mode closes the listener, as upstream does: new clients go elsewhere.
                _ = self.ldm_notify.notified() => return,
                res = listener.accept() => match res {
                    Ok((stream, peer)) => {
                        // IPv4 clients of a dual-stack listener arrive as `::ffff:a.b.c.d`;
                        // Go reports them as plain IPv4 (logs, INFO client_ip, connz ip).
                        let peer = SocketAddr::new(peer.ip().to_canonical(), peer.port());
                        backoff = std::time::Duration::from_millis(10);
                        if self.in_lame_duck() {
                            return;
                        }
                        let srv = self.clone();
                        tokio::spawn(async move { crate::client::serve(srv, stream, peer).await });
                    }
                    Err(e) => {
                        // Out of file descriptors and the like: back off instead of spinning.
                        crate::log_error!("Temporary Client Accept Error ({e}), sleeping {}ms", backoff.as_millis());
                        tokio::time::sleep(backoff).await;
                        backoff = (backoff * 2).min(std::time::Duration::from_secs(1));
                    }
                }
            }
        }
    }

    /// Starts shutting down: listeners stop, every connection closes. Idempotent.
    pub fn shutdown(&self) {
        self.shutdown_tx.send_replace(true);
    }

    /// Resolves once [`Server::shutdown`] has been called and the accept loops have ended.
    pub async fn wait_for_shutdown(&self) {
        wait_shutdown(&mut self.shutdown_signal()).await;
        let tasks: Vec<_> =
            std::mem::take(&mut *self.done.lock().unwrap_or_else(|e| e.into_inner()));
        for t in tasks {
            let _ = t.await;
        }
        if let Some(js) = self.jetstream.get() {
            js.shutdown().await;
        }
    }

    /// Enters lame duck mode: stop accepting, tell clients (INFO `ldm`), close them over
    /// `lame_duck_duration`, then shut down.
    pub fn enter_lame_duck(self: &Arc<Self>) {
        if self.lame_duck.swap(true, Ordering::SeqCst) {
            return;
        }
        crate::log_info!("Entering lame duck mode, stop accepting new clients");
        self.ldm_notify.notify_waiters();
        {
            let mut info = self.info.write().unwrap_or_else(|e| e.into_inner());
            info.ldm = true;
        }
        let srv = self.clone();
        tokio::spawn(async move { srv.run_lame_duck().await });
    }

    /// Tells every client (INFO `ldm`), waits the grace period, then closes clients spread over
    /// the rest of `lame_duck_duration` (nats-server `server.go` `lameDuckMode`), and shuts down.
    async fn run_lame_duck(self: Arc<Self>) {
        let opts = self.options();
        let clients: Vec<Arc<ClientShared>> = self.clients().values().cloned().collect();
        if clients.is_empty() {
            // Nothing to drain: upstream shuts down at once.
            self.shutdown();
            return;
        }
        let info = {
            let info = self.info.read().unwrap_or_else(|e| e.into_inner());
            let mut line = bytes::BytesMut::new();
            let _ = rnats_proto::encode::info(&mut line, &info);
            line
        };
        for c in clients
            .iter()
            .filter(|c| c.async_info.load(Ordering::Relaxed))
        {
            if c.outbound.append_proto(&info) {
                c.outbound.try_flush();
            }
        }
        let grace = opts.lame_duck_grace_period;
        let total = opts.lame_duck_duration.max(grace);
        tokio::time::sleep(grace).await;
        crate::log_info!("Closing existing clients");
        let spread = total - grace;
        if !clients.is_empty() {
            let step = spread / clients.len() as u32;
            for c in &clients {
                c.request_close();
                if !step.is_zero() {
                    tokio::time::sleep(step.min(std::time::Duration::from_secs(1))).await;
                }
            }
        }
        crate::log_info!("Lame duck mode complete, shutting down");
        self.shutdown();
    }

    /// Who may connect, as last (re)loaded.
    pub fn auth(&self) -> Arc<crate::auth::AuthState> {
        self.auth.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The system account's services (None with `no_system_account`).
    pub fn system_service(&self) -> Option<&Arc<crate::system::SystemService>> {
        self.system_service.get()
    }

    /// The global account `$G`.
    pub fn global_account(&self) -> &Arc<Account> {
        &self.global
    }

    /// The system account, unless `no_system_account`.
    pub fn system_account(&self) -> Option<&Arc<Account>> {
        self.system.as_ref()
    }

    /// The account called `name`.
    pub fn account(&self, name: &str) -> Option<Arc<Account>> {
        self.accounts
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(name)
            .cloned()
    }

    /// Every account, by name.
    pub fn accounts(&self) -> Vec<Arc<Account>> {
        let mut v: Vec<_> = self
            .accounts
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .cloned()
            .collect();
        v.sort_by(|a, b| a.name().cmp(b.name()));
        v
    }

    /// Subscriptions over every account.
    pub fn subscription_count(&self) -> usize {
        self.accounts().iter().map(|a| a.sublist().count()).sum()
    }

    fn clients(&self) -> std::sync::MutexGuard<'_, FxHashMap<u64, Arc<ClientShared>>> {
        self.clients.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// How many connections are registered now.
    pub fn num_clients(&self) -> usize {
        self.clients().len()
    }

    /// The open connection with client id `cid`.
    pub fn client(&self, cid: u64) -> Option<Arc<ClientShared>> {
        self.clients().get(&cid).cloned()
    }

    /// Snapshot of the open connections.
    pub fn open_clients(&self) -> Vec<Arc<ClientShared>> {
        let mut v: Vec<_> = self.clients().values().cloned().collect();
        v.sort_by_key(|c| c.cid);
        v
    }

    /// Snapshot of the ring of closed connections, oldest first.
    pub fn closed_clients(&self) -> Vec<ClosedClient> {
        self.closed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .cloned()
            .collect()
    }

    /// The INFO line for a new client, with its id and address.
    pub(crate) fn client_info_json(
        &self,
        cid: u64,
        peer: std::net::SocketAddr,
        nonce: Option<&str>,
    ) -> Vec<u8> {
        self.info_line(cid, peer, None, nonce, false)
    }

    /// The first INFO of a WebSocket client: the WebSocket listener's host, port and TLS,
    /// and its connect URLs, as upstream's `generateClientInfoJSON`.
    pub(crate) fn ws_client_info_json(
        &self,
        cid: u64,
        peer: std::net::SocketAddr,
        nonce: Option<&str>,
    ) -> Vec<u8> {
        self.info_line(cid, peer, None, nonce, true)
    }

    /// The INFO nats-server sends after the first PONG: the same plus `connect_info` and the
    /// connection's account.
    pub(crate) fn connect_info_json(
        &self,
        cid: u64,
        peer: std::net::SocketAddr,
        account: &str,
    ) -> Vec<u8> {
        self.info_line(cid, peer, Some(account), None, false)
    }

    fn info_line(
        &self,
        cid: u64,
        peer: std::net::SocketAddr,
        account: Option<&str>,
        nonce: Option<&str>,
        ws: bool,
    ) -> Vec<u8> {
        let mut info = self.info.read().unwrap_or_else(|e| e.into_inner()).clone();
        if ws {
            let opts = self.options();
            let tls = self.ws_tls_setup().is_some();
            info.tls_available = tls;
            info.tls_required = tls;
            info.tls_verify = false;
            info.host = opts.websocket.host.clone();
            info.port = self.ws_addr().map(|a| a.port()).unwrap_or_default();
            info.connect_urls = std::mem::take(&mut info.ws_connect_urls);
            if info.auth_required || opts.websocket.auth_override() {
                info.auth_required = true;
            }
        }
        info.ws_connect_urls = Vec::new();
        info.nonce = nonce.map(str::to_string);
        info.client_id = Some(cid);
        info.client_ip = Some(peer.ip().to_string());
        if let Some(account) = account {
            info.connect_info = true;
            info.remote_account = Some(account.to_string());
            info.acc_is_sys = self.system.as_ref().is_some_and(|s| s.name() == account);
        }
        let mut line = bytes::BytesMut::new();
        // Serializing plain strings and numbers cannot fail; on failure the line stays empty.
        let _ = rnats_proto::encode::info(&mut line, &info);
        line.to_vec()
    }

    /// Adds a client to the registry; false when `max_connections` is reached.
    pub(crate) fn register_client(&self, c: &Arc<ClientShared>) -> bool {
        // nats-server counts every client it creates (`totalClients`), refused ones included.
        self.stats.total_connections.fetch_add(1, Ordering::Relaxed);
        let max = self.options().max_connections;
        let mut clients = self.clients();
        if clients.len() >= max {
            return false;
        }
        clients.insert(c.cid, c.clone());
        drop(clients);
        c.outbound.attach_server_totals(self.stats.out.clone());
        true
    }

    /// Removes a closed client and remembers it for monitoring.
    pub(crate) fn unregister_client(
        &self,
        c: &Arc<ClientShared>,
        reason: CloseReason,
        subs: Vec<Arc<Subscription>>,
    ) {
        let was_registered = self.clients().remove(&c.cid).is_some();
        let (out_msgs, out_bytes) = c.outbound.out_stats();
        if !c.outbound.has_server_totals() {
            // Never registered: what it delivered was not counted yet.
            self.stats.out.add(out_msgs, out_bytes);
        }
        // A client refused for max_connections was never registered, but nats-server still
        // lists it in `/connz?state=closed` ("Maximum Connections Exceeded").
        if !was_registered && reason != CloseReason::MaxConnectionsExceeded {
            return;
        }
        let max = self.options().max_closed_clients;
        if max == 0 {
            return;
        }
        let closed = ClosedClient {
            cid: c.cid,
            kind: c.kind,
            peer: c.peer,
            start: c.start,
            stop: SystemTime::now(),
            reason: reason.as_str(),
            meta: c.meta.lock().unwrap_or_else(|e| e.into_inner()).clone(),
            in_msgs: c.in_msgs.load(Ordering::Relaxed),
            in_bytes: c.in_bytes.load(Ordering::Relaxed),
            out_msgs,
            out_bytes,
            rtt_us: c.rtt_us.load(Ordering::Relaxed),
            last_activity_ms: c.last_activity.load(Ordering::Relaxed),
            subs: subs
                .iter()
                .map(|s| String::from_utf8_lossy(&s.subject).into_owned())
                .collect(),
            slow_consumer: c
                .slow_consumer
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take(),
        };
        let mut ring = self.closed.lock().unwrap_or_else(|e| e.into_inner());
        while ring.len() >= max {
            ring.pop_front();
        }
        ring.push_back(closed);
    }

    /// Counts and logs a slow consumer cut off for exceeding max_pending (nats-server's line),
    /// and records it ([`Server::record_slow_consumer`]).
    pub(crate) fn note_slow_consumer(&self, c: &ClientShared, max_pending: usize) {
        crate::log_info!(
            "{} - cid:{} - Slow Consumer Detected: MaxPending of {} Exceeded",
            c.peer,
            c.cid,
            max_pending
        );
        self.record_slow_consumer(c, "max_pending", max_pending as i64);
    }

    /// Counts and records a slow consumer cut off by the write deadline (the caller logs
    /// nats-server's line).
    pub(crate) fn note_write_deadline_slow_consumer(
        &self,
        c: &ClientShared,
        write_deadline: std::time::Duration,
    ) {
        let limit = i64::try_from(write_deadline.as_nanos()).unwrap_or(i64::MAX);
        self.record_slow_consumer(c, "write_deadline", limit);
    }

    /// rnats' slow-consumer record: counts it for the server and the account, keeps which
    /// account, subject and pending bytes on the connection (shown in `/connz?state=closed`
    /// once it closes), and logs them on a second line after nats-server's own.
    fn record_slow_consumer(&self, c: &ClientShared, kind: &str, limit: i64) {
        self.stats.slow_consumers.fetch_add(1, Ordering::Relaxed);
        let account = c
            .meta
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .account
            .clone();
        if let Some(acc) = self.account(&account) {
            acc.stats.slow_consumers.fetch_add(1, Ordering::Relaxed);
        }
        let (subject, pending) = c.outbound.slow_consumer_facts();
        crate::log_info!(
            "{} - cid:{} - Slow Consumer Record: account {:?}, last subject {:?}, {} bytes pending ({})",
            c.peer,
            c.cid,
            &*account,
            subject,
            pending,
            kind
        );
        let record = crate::monitor::SlowConsumerInfo {
            time: crate::monitor::Timestamp::now_local(),
            kind: kind.to_string(),
            account: account.to_string(),
            subject,
            pending_bytes: pending as i64,
            limit,
        };
        *c.slow_consumer.lock().unwrap_or_else(|e| e.into_inner()) = Some(record);
    }

    /// Builds the authenticator for `new` and brings the accounts in line with it: accounts no
    /// longer configured go, the others are updated in place (their subscriptions survive),
    /// imports are re-resolved and the system services imported again.
    fn install_accounts(&self, new: &Options) -> Result<crate::auth::AuthState, String> {
        let auth = crate::auth::AuthState::new(&new.auth)?;
        let cache = !new.disable_sublist_cache;
        {
            let mut accounts = self.accounts.write().unwrap_or_else(|e| e.into_inner());
            let system = self.system.as_ref().map(|s| s.name().to_string());
            accounts.retain(|name, _| {
                name == GLOBAL_ACCOUNT
                    || Some(name) == system.as_ref()
                    || new.auth.accounts.iter().any(|a| &a.name == name)
            });
            for cfg in &new.auth.accounts {
                match accounts.get(&cfg.name) {
                    Some(acc) => acc.update(cfg.clone()),
                    None => {
                        accounts.insert(cfg.name.clone(), Account::new(cfg.clone(), cache));
                    }
                }
            }
            crate::auth::configure_accounts(&new.auth, |n| accounts.get(n).cloned())
                .map_err(|e| e.join("; "))?;
        }
        if let Some(sys) = self.system_service() {
            sys.import_into_accounts(self);
        }
        Ok(auth)
    }

    /// The directory account resolver, if configured.
    pub fn resolver(&self) -> Option<&Arc<crate::resolver::DirStore>> {
        self.resolver.as_ref()
    }

    /// Operator mode: changes the known account JWTs with `change` and applies the result to
    /// the running server as upstream's `updateAccountClaimsWithRefresh` does: accounts are
    /// added, updated in place or removed; every connection checks its credentials again
    /// (revoked users are disconnected with `User Authentication Revoked`, users of a removed
    /// account with `Account Authentication Expired`), takes the new permissions and limits,
    /// and the newest connections over a lowered connection limit are closed.
    pub fn update_operator_accounts(
        &self,
        change: impl FnOnce(&mut crate::auth::operator::OperatorTrust) -> Result<(), String>,
    ) -> Result<(), String> {
        let mut cur = self.opts.write().unwrap_or_else(|e| e.into_inner());
        let mut new = (**cur).clone();
        let Some(trust) = new.auth.trust.as_mut() else {
            return Err("not in operator mode".to_string());
        };
        let before: std::collections::HashSet<String> = trust.accounts.keys().cloned().collect();
        change(trust)?;
        let configs = trust.account_configs();
        new.auth.accounts.retain(|a| !before.contains(&a.name));
        for cfg in configs {
            if !new.auth.accounts.iter().any(|a| a.name == cfg.name) {
                new.auth.accounts.push(cfg);
            }
        }
        let auth = self.install_accounts(&new)?;
        *self.auth.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(auth);
        *cur = Arc::new(new);
        drop(cur);
        let clients = self.open_clients();
        for c in &clients {
            c.request_reauth();
        }
        // Upstream keeps the oldest connections up to the new limit.
        for acc in self.accounts() {
            let Some(max) = acc.limits.max_connections() else {
                continue;
            };
            let mine: Vec<&Arc<ClientShared>> = clients
                .iter()
                .filter(|c| {
                    c.kind == crate::client::ConnKind::Client
                        && *c.meta.lock().unwrap_or_else(|e| e.into_inner()).account == *acc.name()
                })
                .collect();
            for c in mine.iter().skip(max) {
                c.request_close_with(crate::client::CloseReason::MaxAccountConnectionsExceeded);
            }
        }
        Ok(())
    }

    /// Operator mode: stores an account JWT the resolver accepted and applies it. A JWT that
    /// is not the operator's is stored but not used, as upstream.
    pub fn apply_account_jwt(&self, key: &str, token: &str) {
        if let Err(e) = self.update_operator_accounts(|t| t.insert_account(key, token.trim())) {
            crate::log_error!("DirResolver - Update for account {key:?} resulted in error {e}");
        }
    }

    /// Operator mode: a client names an account nobody loaded; looks it up in the resolver's
    /// store and loads it. True when the account is now known.
    pub fn resolver_fetch(&self, key: &str) -> bool {
        let Some(store) = &self.resolver else {
            return false;
        };
        match store.load(key) {
            Ok(Some(token)) => self
                .update_operator_accounts(|t| t.insert_account(key, token.trim()))
                .map_err(|e| crate::log_error!("Account fetch failed: {e}"))
                .is_ok(),
            _ => false,
        }
    }

    /// Applies reloadable options (logging, limits, ping settings); rejects changes that need a
    /// restart (listen address, server name).
    pub fn reload(&self, mut new: Options) -> Result<(), String> {
        apply_tls_auth_timeout(&mut new);
        let mut cur = self.opts.write().unwrap_or_else(|e| e.into_inner());
        if new.host != cur.host || (new.port != cur.port && !(new.port <= 0 && cur.port <= 0)) {
            return Err("config reload not supported for listen address".to_string());
        }
        if new.server_name != cur.server_name {
            return Err("config reload not supported for server_name".to_string());
        }
        let auth = self.install_accounts(&new)?;
        for (changed, what) in [
            (new.auth.users != cur.auth.users, "authorization users"),
            (
                new.auth.username != cur.auth.username || new.auth.password != cur.auth.password,
                "authorization user",
            ),
            (new.auth.token != cur.auth.token, "authorization token"),
            (new.auth.accounts != cur.auth.accounts, "accounts"),
            (
                new.auth.no_auth_user != cur.auth.no_auth_user,
                "no_auth_user",
            ),
            (new.auth.mappings != cur.auth.mappings, "mappings"),
        ] {
            if changed {
                crate::log_info!("Reloaded: {what}");
            }
        }
        let (tls, ws_tls) = build_tls(&new)?;
        if new.tls != cur.tls {
            crate::log_info!("Reloaded: tls");
        }
        {
            let mut info = self.info.write().unwrap_or_else(|e| e.into_inner());
            info.auth_required = auth.authenticator.info_auth_required();
            set_tls_info(&mut info, &new, tls.as_deref());
        }
        // Certificates re-read: new handshakes use them, open connections keep theirs.
        *self.tls.write().unwrap_or_else(|e| e.into_inner()) = tls;
        *self.ws_tls.write().unwrap_or_else(|e| e.into_inner()) = ws_tls;
        *self.auth.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(auth);
        for c in self.clients().values() {
            c.request_reauth();
        }
        *cur = Arc::new(new);
        *self
            .config_load_time
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = SystemTime::now();
        Ok(())
    }
}

/// Builds the client port's and the WebSocket listener's TLS configurations from `opts`.
/// The client port's and the WebSocket listener's TLS, when configured.
type TlsPair = (
    Option<Arc<crate::tls::TlsSetup>>,
    Option<Arc<crate::tls::TlsSetup>>,
);

fn build_tls(opts: &Options) -> Result<TlsPair, String> {
    let tls = match &opts.tls {
        Some(t) => Some(Arc::new(crate::tls::TlsSetup::build(t)?)),
        None => None,
    };
    let ws = match (&opts.websocket.tls, opts.websocket.enabled()) {
        (Some(t), true) => Some(Arc::new(
            crate::tls::TlsSetup::build(t).map_err(|e| format!("websocket: {e}"))?,
        )),
        _ => None,
    };
    Ok((tls, ws))
}

/// With TLS and no explicit `authorization { timeout }`, clients get the TLS timeout plus one
/// second to authenticate (upstream `getDefaultAuthTimeout`).
fn apply_tls_auth_timeout(opts: &mut Options) {
    if let (Some(tls), false) = (&opts.tls, opts.auth_timeout_set) {
        opts.auth_timeout = tls.handshake_timeout() + std::time::Duration::from_secs(1);
    }
}

/// INFO's TLS fields for the client port: `tls_required` unless `allow_non_tls`, then
/// `tls_available`; `tls_verify` with client certificates.
fn set_tls_info(info: &mut ServerInfo, opts: &Options, tls: Option<&crate::tls::TlsSetup>) {
    info.tls_required = tls.is_some() && !opts.allow_non_tls;
    info.tls_available = tls.is_some() && opts.allow_non_tls;
    info.tls_verify = tls.is_some_and(|t| t.opts.verifies_clients());
}

/// Binds a listening socket on `host:port` the way Go's `net.Listen("tcp", ...)` does for
/// nats-server: a wildcard host (`0.0.0.0`, `::` or empty) becomes one dual-stack `[::]`
/// socket with `IPV6_V6ONLY` off, so clients reach it over IPv4 and IPv6 (`localhost` may
/// resolve to `::1` first). Hosts without IPv6 fall back to an IPv4 wildcard. Any other host
/// binds its first resolved address only, as Go does.
pub async fn bind_listener(host: &str, port: u16) -> std::io::Result<TcpListener> {
    if matches!(host, "" | "0.0.0.0" | "::") {
        match dual_stack_socket() {
            Ok(socket) => {
                let addr = SocketAddr::from((std::net::Ipv6Addr::UNSPECIFIED, port));
                socket.bind(&addr.into())?;
                socket.listen(LISTEN_BACKLOG)?;
                return TcpListener::from_std(socket.into());
            }
            // No IPv6 in this kernel: an IPv4-only wildcard is all Go would get as well.
            Err(_) if host != "::" => {
                return TcpListener::bind(("0.0.0.0", port)).await;
            }
            Err(e) => return Err(e),
        }
    }
    TcpListener::bind((host, port)).await
}

/// Backlog of the listening sockets (tokio's default for `TcpListener::bind`).
const LISTEN_BACKLOG: i32 = 1024;

/// A non-blocking IPv6 TCP socket that also accepts IPv4 (v4-mapped) connections.
fn dual_stack_socket() -> std::io::Result<socket2::Socket> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::IPV6, Type::STREAM, Some(Protocol::TCP))?;
    socket.set_only_v6(false)?;
    // As tokio's bind (and Go's listeners): a restart may rebind while old sockets linger.
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.set_nonblocking(true)?;
    Ok(socket)
}

/// Formats `host:port`, bracketing IPv6 hosts.
pub fn host_port(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// Resolves when the shutdown flag behind `rx` turns true (or its sender is gone).
pub async fn wait_shutdown(rx: &mut watch::Receiver<bool>) {
    while !*rx.borrow_and_update() {
        if rx.changed().await.is_err() {
            return;
        }
    }
}
