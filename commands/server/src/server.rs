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

use crate::options::Options;

/// Version reported in INFO, varz and `--version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Server-wide counters (varz).
#[derive(Debug, Default)]
pub struct ServerStats {
    pub in_msgs: AtomicU64,
    pub in_bytes: AtomicU64,
    pub out_msgs: AtomicU64,
    pub out_bytes: AtomicU64,
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
    lame_duck: AtomicBool,
    shutdown_tx: watch::Sender<bool>,
    done: Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("id", &self.id).finish()
    }
}

impl Server {
    /// Creates a server with a fresh nkey identity. Nothing is bound until [`Server::start`].
    pub fn new(opts: Options) -> anyhow::Result<Arc<Server>> {
        let kp = rnats_proto::nkeys::KeyPair::new(rnats_proto::nkeys::KeyRole::Server)
            .map_err(|e| anyhow::anyhow!("generating the server identity: {e}"))?;
        let id = kp.public_key();
        let name = opts.server_name.clone().unwrap_or_else(|| id.clone());
        let (shutdown_tx, _) = watch::channel(false);
        Ok(Arc::new(Server {
            id,
            name,
            opts: RwLock::new(Arc::new(opts)),
            start_time: SystemTime::now(),
            start_instant: Instant::now(),
            next_cid: AtomicU64::new(1),
            stats: ServerStats::default(),
            client_addr: OnceLock::new(),
            monitor_addr: OnceLock::new(),
            lame_duck: AtomicBool::new(false),
            shutdown_tx,
            done: Mutex::new(Vec::new()),
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
        let port = if opts.port <= 0 { 0 } else { opts.port as u16 };
        let listener = TcpListener::bind((opts.host.as_str(), port))
            .await
            .with_context(|| format!("Error listening on port: {}", opts.port))?;
        let addr = listener
            .local_addr()
            .context("reading the client listener address")?;
        let _ = self.client_addr.set(addr);
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
        Ok(())
    }

    async fn accept_loop(self: Arc<Self>, listener: TcpListener) {
        let mut shutdown = self.shutdown_signal();
        let mut backoff = std::time::Duration::from_millis(10);
        loop {
            tokio::select! {
                _ = wait_shutdown(&mut shutdown) => return,
                res = listener.accept() => match res {
                    Ok((stream, peer)) => {
                        backoff = std::time::Duration::from_millis(10);
                        if self.in_lame_duck() {
                            drop(stream);
                            continue;
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
    }

    /// Enters lame duck mode: stop accepting, tell clients (INFO `ldm`), close them over
    /// `lame_duck_duration`, then shut down.
    pub fn enter_lame_duck(self: &Arc<Self>) {
        if self.lame_duck.swap(true, Ordering::SeqCst) {
            return;
        }
        crate::log_info!("Entering lame duck mode, stop accepting new clients");
        let srv = self.clone();
        tokio::spawn(async move {
            let grace = srv.options().lame_duck_grace_period;
            tokio::time::sleep(grace).await;
            srv.shutdown();
        });
    }

    /// Applies reloadable options (logging, limits, ping settings); rejects changes that need a
    /// restart (listen address, server name).
    pub fn reload(&self, new: Options) -> Result<(), String> {
        let mut cur = self.opts.write().unwrap_or_else(|e| e.into_inner());
        if new.host != cur.host || (new.port != cur.port && !(new.port <= 0 && cur.port <= 0)) {
            return Err("config reload not supported for listen address".to_string());
        }
        if new.server_name != cur.server_name {
            return Err("config reload not supported for server_name".to_string());
        }
        *cur = Arc::new(new);
        Ok(())
    }
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
