//! The JSON bodies of `INFO` (server → client) and `CONNECT` (client → server).
//!
//! Field names and omission rules follow nats-server `server/server.go` (`Info`) and
//! `server/client.go` (`ClientOpts`): optional fields are left out when unset, as upstream's
//! `omitempty` does, because some clients treat a present-but-empty field as meaningful.

use serde::{Deserialize, Serialize};

fn is_false(b: &bool) -> bool {
    !*b
}

/// `INFO` sent by a server.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ServerInfo {
    pub server_id: String,
    pub server_name: String,
    pub version: String,
    pub proto: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_commit: Option<String>,
    #[serde(default)]
    pub go: String,
    pub host: String,
    pub port: u16,
    #[serde(default)]
    pub headers: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub auth_required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub tls_required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub tls_verify: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub tls_available: bool,
    pub max_payload: i64,
    #[serde(default, skip_serializing_if = "is_false")]
    pub jetstream: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connect_urls: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ws_connect_urls: Vec<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub ldm: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xkey: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_lvl: Option<i32>,
}

fn default_true() -> bool {
    true
}

/// `CONNECT` sent by a client. Unknown fields are ignored, as upstream does.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ConnectInfo {
    #[serde(default)]
    pub verbose: bool,
    #[serde(default)]
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
        let c: ConnectInfo = serde_json::from_str(r#"{"verbose":true,"extra":1}"#).expect("json");
        assert!(c.verbose);
        assert!(c.echo, "echo defaults to true");
        assert!(!c.headers);
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
