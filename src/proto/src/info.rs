//! The JSON bodies of `INFO` (server → client) and `CONNECT` (client → server).
//!
//! Field names and omission rules follow nats-server `server/server.go` (`Info`) and
//! `server/client.go` (`ClientOpts`): optional fields are left out when unset, as upstream's
//! `omitempty` does, because some clients treat a present-but-empty field as meaningful.

use serde::{Deserialize, Serialize};

fn is_false(b: &bool) -> bool {
    !*b
}

/// `INFO` sent by a server. Fields in upstream's order (`server.go` `Info`, client-relevant
/// part), so the JSON matches nats-server's byte for byte; missing fields decode as defaults.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct ServerInfo {
    /// Server's public nkey (`N...`).
    pub server_id: String,
    /// Configured name, else the server id.
    pub server_name: String,
    /// Server version (`2.14.0`).
    pub version: String,
    /// Protocol level (1: headers and async INFO).
    pub proto: i32,
    /// Build commit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub git_commit: Option<String>,
    /// Toolchain version (always present upstream, even empty).
    pub go: String,
    /// Client listen host.
    pub host: String,
    /// Client listen port.
    pub port: u16,
    /// Whether the server supports headers.
    pub headers: bool,
    /// Whether the client must authenticate.
    #[serde(skip_serializing_if = "is_false")]
    pub auth_required: bool,
    /// Whether TLS is required.
    #[serde(skip_serializing_if = "is_false")]
    pub tls_required: bool,
    /// Whether client certificates are verified.
    #[serde(skip_serializing_if = "is_false")]
    pub tls_verify: bool,
    /// Whether TLS is available but optional.
    #[serde(skip_serializing_if = "is_false")]
    pub tls_available: bool,
    /// Largest payload accepted.
    pub max_payload: i64,
    /// Whether JetStream is enabled.
    #[serde(skip_serializing_if = "is_false")]
    pub jetstream: bool,
    /// Route/leaf only: the server's IP URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Connection id of this client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<u64>,
    /// IP the client connected from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    /// Nonce to sign for nkey/JWT authentication.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    /// Cluster name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Whether the cluster name was generated.
    #[serde(skip_serializing_if = "is_false")]
    pub cluster_dynamic: bool,
    /// JetStream domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Other cluster members' client URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub connect_urls: Vec<String>,
    /// Other cluster members' websocket URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ws_connect_urls: Vec<String>,
    /// Lame duck mode: the server is about to go away.
    #[serde(skip_serializing_if = "is_false")]
    pub ldm: bool,
    /// Route/leaf only: negotiated compression.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compression: Option<String>,
    /// True on the INFO nats-server sends after the first PONG to clients with `protocol >= 1`.
    #[serde(skip_serializing_if = "is_false")]
    pub connect_info: bool,
    /// The account the connection is bound to (sent with `connect_info`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_account: Option<String>,
    /// Whether that account is the system account.
    #[serde(skip_serializing_if = "is_false")]
    pub acc_is_sys: bool,
    /// JetStream API level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_lvl: Option<i32>,
    /// Server's x25519 public key (`X...`) for sealed auth callout requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub xkey: Option<String>,
}

fn default_true() -> bool {
    true
}

/// `CONNECT` sent by a client. Unknown fields are ignored, as upstream does.
///
/// Fields missing from the JSON take nats-server's `defaultOpts`: `verbose`, `pedantic` and
/// `echo` are true (so `CONNECT {}` gets `+OK` acks, as nats-server 2.14 sends). [`Default`]
/// instead gives what a client normally sends: everything off except `echo`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ConnectInfo {
    #[serde(default = "default_true")]
    pub verbose: bool,
    #[serde(default = "default_true")]
    pub pedantic: bool,
    #[serde(default)]
    pub tls_required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub protocol: i32,
    #[serde(default = "default_true")]
    pub echo: bool,
    #[serde(default)]
    pub headers: bool,
    #[serde(default)]
    pub no_responders: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sig: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nkey: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt: Option<String>,
}

impl Default for ConnectInfo {
    fn default() -> Self {
        ConnectInfo {
            verbose: false,
            pedantic: false,
            tls_required: false,
            auth_token: None,
            user: None,
            pass: None,
            name: None,
            lang: String::new(),
            version: String::new(),
            protocol: 0,
            echo: true,
            headers: false,
            no_responders: false,
            sig: None,
            nkey: None,
            jwt: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_defaults() {
        let c: ConnectInfo = serde_json::from_str(r#"{"verbose":false,"extra":1}"#).expect("json");
        assert!(!c.verbose);
        assert!(c.pedantic, "pedantic defaults to true");
        assert!(c.echo, "echo defaults to true");
        assert!(!c.headers);
        let c: ConnectInfo = serde_json::from_str("{}").expect("json");
        assert!(
            c.verbose,
            "verbose defaults to true, as nats-server's defaultOpts"
        );
        // What a client sends by default round-trips unchanged.
        let d = ConnectInfo::default();
        let back: ConnectInfo =
            serde_json::from_str(&serde_json::to_string(&d).expect("json")).expect("json");
        assert_eq!(back, d);
    }

    #[test]
    fn info_omits_unset_fields() {
        let info = ServerInfo {
            server_id: "N".into(),
            ..Default::default()
        };
        let text = serde_json::to_string(&info).expect("json");
        assert!(!text.contains("auth_required"), "{text}");
        assert!(!text.contains("client_id"), "{text}");
    }
}
