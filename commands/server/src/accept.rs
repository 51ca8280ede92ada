//! From an accepted socket to a ready transport: the TLS order of the client port (INFO then
//! handshake, `handshake_first`, `allow_non_tls`), and the WebSocket listener (optional TLS,
//! then the HTTP upgrade). Both end in [`crate::client::serve_conn`], so every transport runs
//! the same connection task, parser and router.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::auth::authn::ConnectionType;
use crate::client::{serve_conn, Arrival, TlsDetails};
use crate::server::Server;
use crate::tls::{HandshakeFirst, TlsSetup};
use crate::transport::{BoxRead, BoxWrite, Framing, Reader, Transport};
use crate::websocket::{WsControl, WsDecoder, WsEncoder};

/// A TLS record starts with this byte (handshake content type).
const TLS_HANDSHAKE: u8 = 0x16;

/// The client port with `tls {}`.
pub(crate) async fn serve_tls_client(
    server: Arc<Server>,
    stream: TcpStream,
    peer: SocketAddr,
    tls: Arc<TlsSetup>,
) {
    let opts = server.options();
    let mut arrival = Arrival::new(&server, ConnectionType::Standard);
    let timeout = tls.opts.handshake_timeout();
    let tls_first = match tls.opts.handshake_first {
        HandshakeFirst::Off => false,
        HandshakeFirst::On => true,
        HandshakeFirst::Auto(wait) => {
            // TLS first only when the client starts it within the delay.
            let mut b = [0u8; 1];
            matches!(
                tokio::time::timeout(wait, stream.peek(&mut b)).await,
                Ok(Ok(n)) if n > 0
            )
        }
    };
    let mut stream = stream;
    if !tls_first {
        let info = server.client_info_json(arrival.cid, peer, arrival.nonce.as_deref());
        if stream.write_all(&info).await.is_err() {
            return;
        }
        arrival.info_sent = true;
        let mut b = [0u8; 1];
        match tokio::time::timeout(timeout, stream.peek(&mut b)).await {
            Ok(Ok(n)) if n > 0 && b[0] == TLS_HANDSHAKE => {}
            Ok(Ok(n)) if n > 0 && opts.allow_non_tls => {
                // `allow_non_tls`: a client that does not start TLS stays in plain text.
                let transport = Transport::Tcp(stream);
                serve_conn(server, transport, peer, arrival).await;
                return;
            }
            Ok(Ok(0)) | Ok(Err(_)) => return,
            _ => {
                crate::log_debug!(
                    "{peer} - cid:{} - Client connection not secure: TLS required",
                    arrival.cid
                );
                let _ = stream
                    .write_all(b"-ERR 'Secure Connection - TLS Required'\r\n")
                    .await;
                let _ = stream.shutdown().await;
                return;
            }
        }
    }
    let Some((r, w, details)) = handshake(&tls, stream, peer, arrival.cid, tls_first).await else {
        return;
    };
    arrival.tls = Some(details);
    let transport = Transport::Task {
        reader: Reader::Raw(r),
        writer: w,
        framing: Framing::Raw,
    };
    serve_conn(server, transport, peer, arrival).await;
}

/// Runs the server side of a TLS handshake within the configured timeout, then applies
/// `pinned_certs`; `None` (after logging) when the client is not let in.
async fn handshake(
    tls: &TlsSetup,
    stream: TcpStream,
    peer: SocketAddr,
    cid: u64,
    tls_first: bool,
) -> Option<(BoxRead, BoxWrite, TlsDetails)> {
    let acceptor = tokio_rustls::TlsAcceptor::from(tls.config.clone());
    let timeout = tls.opts.handshake_timeout();
    let s = match tokio::time::timeout(timeout, acceptor.accept(stream)).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => {
            crate::log_error!("{peer} - cid:{cid} - TLS handshake error: {e}");
            return None;
        }
        Err(_) => {
            crate::log_debug!("{peer} - cid:{cid} - TLS handshake timeout");
            return None;
        }
    };
    let (_, session) = s.get_ref();
    if let Err(e) = tls.check_peer(session.peer_certificates()) {
        crate::log_error!("{peer} - cid:{cid} - TLS handshake error: {e}");
        return None;
    }
    let identities = if tls.opts.map {
        Some(
            session
                .peer_certificates()
                .and_then(|c| c.first())
                .map(crate::tls::peer_identities)
                .unwrap_or_default(),
        )
    } else {
        None
    };
    let details = TlsDetails {
        version: crate::tls::version_name(session.protocol_version()),
        cipher_suite: crate::tls::suite_name(session.negotiated_cipher_suite()),
        tls_first,
        identities,
    };
    crate::log_debug!(
        "{peer} - cid:{cid} - TLS handshake complete, version {}, cipher suite {}",
        details.version,
        details.cipher_suite
    );
    let (r, w) = tokio::io::split(s);
    Some((Box::new(r), Box::new(w), details))
}

/// The WebSocket listener: TLS (unless `no_tls`), the HTTP upgrade, then the connection.
pub(crate) async fn serve_ws(server: Arc<Server>, stream: TcpStream, peer: SocketAddr) {
    let _ = stream.set_nodelay(true);
    let opts = server.options();
    let wo = &opts.websocket;
    let mut arrival = Arrival::new(&server, ConnectionType::WebSocket);
    let tls = server.ws_tls_setup();
    let (mut r, mut w): (BoxRead, BoxWrite) = match &tls {
        Some(t) => {
            let Some((r, w, details)) = handshake(t, stream, peer, arrival.cid, true).await else {
                return;
            };
            arrival.tls = Some(TlsDetails {
                tls_first: false,
                ..details
            });
            (r, w)
        }
        None => {
            let (r, w) = stream.into_split();
            (Box::new(r), Box::new(w))
        }
    };
    let up = match tokio::time::timeout(
        wo.handshake_timeout(),
        crate::websocket::upgrade(&mut r, &mut w, wo, tls.is_some()),
    )
    .await
    {
        Ok(Ok(up)) => up,
        Ok(Err(e)) => {
            crate::log_error!("{peer} - websocket handshake error: {}", e.reason);
            let _ = w.shutdown().await;
            return;
        }
        Err(_) => {
            crate::log_error!("{peer} - websocket handshake error: handshake timeout");
            return;
        }
    };
    let mut up = up;
    let control = Arc::new(WsControl::default());
    let decoder = WsDecoder::new(
        up.compress,
        std::mem::take(&mut up.rest),
        opts.max_pending.max(opts.max_payload),
        control.clone(),
    );
    let encoder = WsEncoder::new(up.compress, control);
    let peer = crate::websocket::client_addr(peer, &up);
    arrival.ws = Some(up);
    let transport = Transport::Task {
        reader: Reader::Ws(Box::new(decoder), r),
        writer: w,
        framing: Framing::Ws(Box::new(encoder)),
    };
    serve_conn(server, transport, peer, arrival).await;
}
