//! One connection attempt: TCP (with `TCP_NODELAY`), TLS via rustls when the URL, options or
//! server ask for it, and the INFO → CONNECT → PING/PONG handshake.
//!
//! [`establish`] returns a ready [`Transport`] plus the server's INFO, or an [`AttemptError`]
//! saying whether the failure was authentication (reported as such by `connect`) or anything
//! else (try the next server). The connection task in `handler.rs` takes it from there.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::BytesMut;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::rustls;
use tokio_rustls::TlsConnector;

use super::auth;
use super::error::ClientError;
use super::options::{ConnectOptions, Scheme, ServerAddr};
use crate::info::ServerInfo;
use crate::ops::{ClientOp, ServerOp};

/// Largest message the handshake reads (INFO, -ERR); the real limit comes with INFO.
const HANDSHAKE_MAX: usize = 1024 * 1024;

/// A connected byte stream: plain TCP or TLS over TCP.
pub enum Transport {
    /// Plain TCP.
    Tcp(TcpStream),
    /// TLS over TCP.
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
}

impl AsyncRead for Transport {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Transport::Tcp(s) => Pin::new(s).poll_read(cx, buf),
            Transport::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Transport {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Transport::Tcp(s) => Pin::new(s).poll_write(cx, buf),
            Transport::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Transport::Tcp(s) => Pin::new(s).poll_flush(cx),
            Transport::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Transport::Tcp(s) => Pin::new(s).poll_shutdown(cx),
            Transport::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

impl Transport {
    /// Whether the stream is encrypted.
    pub fn is_tls(&self) -> bool {
        matches!(self, Transport::Tls(_))
    }
}

/// Builds the rustls client configuration from the options (CA file or the system's roots,
/// optional client certificate), with the ring provider.
pub fn tls_config(opts: &ConnectOptions) -> Result<Arc<rustls::ClientConfig>, ClientError> {
    let tls = |what: &str, e: &dyn std::fmt::Display| ClientError::Tls(format!("{what}: {e}"));
    let mut roots = rustls::RootCertStore::empty();
    if let Some(ca) = &opts.tls_ca {
        let iter = CertificateDer::pem_file_iter(ca)
            .map_err(|e| tls(&format!("reading CA file {}", ca.display()), &e))?;
        for cert in iter {
            let cert = cert.map_err(|e| tls(&format!("CA file {}", ca.display()), &e))?;
            roots
                .add(cert)
                .map_err(|e| tls(&format!("CA file {}", ca.display()), &e))?;
        }
        if roots.is_empty() {
            return Err(ClientError::Tls(format!(
                "no certificates in CA file {}",
                ca.display()
            )));
        }
    } else {
        // Unreadable system certificates are skipped; an empty store fails at handshake time
        // with a clear "unknown issuer" error.
        for cert in rustls_native_certs::load_native_certs().certs {
            let _ = roots.add(cert);
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| tls("protocol versions", &e))?
        .with_root_certificates(roots);
    let config = match (&opts.tls_cert, &opts.tls_key) {
        (Some(cert), Some(key)) => {
            let chain = CertificateDer::pem_file_iter(cert)
                .map_err(|e| tls(&format!("reading certificate {}", cert.display()), &e))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| tls(&format!("certificate {}", cert.display()), &e))?;
            let key = PrivateKeyDer::from_pem_file(key)
                .map_err(|e| tls(&format!("reading key {}", key.display()), &e))?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| tls("client certificate", &e))?
        }
        (None, None) => builder.with_no_client_auth(),
        _ => {
            return Err(ClientError::Tls(
                "a client certificate needs both a certificate and a key file".into(),
            ))
        }
    };
    Ok(Arc::new(config))
}

/// Why one attempt failed.
#[derive(Debug)]
pub enum AttemptError {
    /// The server rejected the credentials (its `-ERR` text).
    Auth(String),
    /// Anything else; try another server.
    Other(String),
    /// Client-side configuration error (bad creds file, TLS files): no server will do better.
    Config(ClientError),
}

impl AttemptError {
    /// The reason as recorded in [`super::error::ConnectAttempt`].
    pub fn reason(&self) -> String {
        match self {
            AttemptError::Auth(t) | AttemptError::Other(t) => t.clone(),
            AttemptError::Config(e) => e.to_string(),
        }
    }
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => "connection refused".to_owned(),
        io::ErrorKind::TimedOut => "timed out".to_owned(),
        _ => e.to_string(),
    }
}

/// A freshly handshaken connection.
pub struct Established {
    /// The stream.
    pub transport: Transport,
    /// INFO (the latest seen during the handshake).
    pub info: ServerInfo,
    /// Bytes read after the handshake's PONG (usually none).
    pub leftover: BytesMut,
    /// The server's socket address (nats.go's `ConnectedAddr`).
    pub peer: Option<std::net::SocketAddr>,
}

/// Dials `addr`, upgrades to TLS when needed, and completes the CONNECT handshake. The dial and
/// the handshake are each bounded by `opts.connect_timeout`.
pub async fn establish(
    addr: &ServerAddr,
    opts: &ConnectOptions,
    tls: Option<&Arc<rustls::ClientConfig>>,
) -> Result<Established, AttemptError> {
    let timeout = opts.connect_timeout;
    let tcp = tokio::time::timeout(timeout, TcpStream::connect((addr.host.as_str(), addr.port)))
        .await
        .map_err(|_| AttemptError::Other("timed out".into()))?
        .map_err(|e| AttemptError::Other(io_reason(&e)))?;
    tcp.set_nodelay(true)
        .map_err(|e| AttemptError::Other(io_reason(&e)))?;
    tokio::time::timeout(timeout, handshake(tcp, addr, opts, tls))
        .await
        .map_err(|_| AttemptError::Other("handshake timed out".into()))?
}

async fn upgrade(
    tcp: TcpStream,
    addr: &ServerAddr,
    opts: &ConnectOptions,
    tls: Option<&Arc<rustls::ClientConfig>>,
) -> Result<Transport, AttemptError> {
    // Built on demand when only the server asked for TLS (`tls_required` in INFO).
    let config = match tls {
        Some(c) => Arc::clone(c),
        None => tls_config(opts).map_err(AttemptError::Config)?,
    };
    let name = ServerName::try_from(addr.host.clone()).map_err(|e| {
        AttemptError::Config(ClientError::Tls(format!("server name {}: {e}", addr.host)))
    })?;
    let stream = TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| AttemptError::Other(format!("TLS handshake: {e}")))?;
    Ok(Transport::Tls(Box::new(stream)))
}

/// Reads the next server op during the handshake.
async fn read_op(t: &mut Transport, buf: &mut BytesMut) -> Result<ServerOp, AttemptError> {
    loop {
        match ServerOp::parse(buf, HANDSHAKE_MAX) {
            Ok(Some(op)) => return Ok(op),
            Ok(None) => {}
            Err(e) => return Err(AttemptError::Other(format!("protocol error: {e}"))),
        }
        buf.reserve(4096);
        let n = t
            .read_buf(buf)
            .await
            .map_err(|e| AttemptError::Other(io_reason(&e)))?;
        if n == 0 {
            return Err(AttemptError::Other(
                "connection closed by the server".into(),
            ));
        }
    }
}

fn err_op(text: String) -> AttemptError {
    if ClientError::is_auth_text(&text) {
        AttemptError::Auth(text)
    } else {
        AttemptError::Other(format!("server error: {text}"))
    }
}

async fn handshake(
    tcp: TcpStream,
    addr: &ServerAddr,
    opts: &ConnectOptions,
    tls: Option<&Arc<rustls::ClientConfig>>,
) -> Result<Established, AttemptError> {
    let peer = tcp.peer_addr().ok();
    let want_tls = opts.wants_tls() || addr.scheme == Scheme::Tls;
    let mut buf = BytesMut::with_capacity(4096);
    let mut transport = if opts.tls_first {
        upgrade(tcp, addr, opts, tls).await?
    } else {
        Transport::Tcp(tcp)
    };
    let mut info = match read_op(&mut transport, &mut buf).await? {
        ServerOp::Info(info) => *info,
        ServerOp::Err(text) => return Err(err_op(text)),
        other => {
            return Err(AttemptError::Other(format!(
                "expected INFO from the server, got {other:?}"
            )))
        }
    };
    if !transport.is_tls() && (info.tls_required || want_tls) {
        if want_tls && !info.tls_required && !info.tls_available {
            return Err(AttemptError::Other(
                "secure connection required but the server does not offer TLS".into(),
            ));
        }
        let Transport::Tcp(tcp) = transport else {
            return Err(AttemptError::Other("unexpected transport state".into()));
        };
        transport = upgrade(tcp, addr, opts, tls).await?;
    }
    let connect = auth::connect_info(opts, addr, info.nonce.as_deref(), transport.is_tls())
        .map_err(|e| match e {
            ClientError::Auth(t) => AttemptError::Auth(t),
            other => AttemptError::Config(other),
        })?;
    let mut out = BytesMut::with_capacity(512);
    ClientOp::Connect(connect)
        .encode(&mut out)
        .map_err(|e| AttemptError::Other(format!("encoding CONNECT: {e}")))?;
    ClientOp::Ping
        .encode(&mut out)
        .map_err(|e| AttemptError::Other(format!("encoding PING: {e}")))?;
    transport
        .write_all(&out)
        .await
        .map_err(|e| AttemptError::Other(io_reason(&e)))?;
    transport
        .flush()
        .await
        .map_err(|e| AttemptError::Other(io_reason(&e)))?;
    loop {
        match read_op(&mut transport, &mut buf).await? {
            ServerOp::Pong => break,
            ServerOp::Ok => {}
            ServerOp::Info(i) => info = *i,
            ServerOp::Ping => {
                transport
                    .write_all(crate::encode::PONG)
                    .await
                    .map_err(|e| AttemptError::Other(io_reason(&e)))?;
            }
            ServerOp::Err(text) => return Err(err_op(text)),
            ServerOp::Msg { .. } => {
                return Err(AttemptError::Other(
                    "message received before the handshake completed".into(),
                ))
            }
        }
    }
    Ok(Established {
        transport,
        info,
        leftover: buf,
        peer,
    })
}
