//! One client connection: read, parse, route, and the outbound buffer.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpStream;

use crate::server::Server;

/// Serves one accepted connection until it closes.
pub async fn serve(server: Arc<Server>, stream: TcpStream, peer: SocketAddr) {
    let _ = (server, stream, peer);
}
