//! `tls {}` (client port, WebSocket), `allow_non_tls`, `https_port` and `websocket {}`, with
//! nats-server's keys and messages (`server/opts.go` `parseTLS`, `parseWebsocket`). Keys
//! upstream has that rnats cannot honour (OCSP, Windows certificate stores, `certs` lists for
//! SNI) are refused: a server must not run with weaker TLS than its file asks for.

use std::time::Duration;

use super::{boolean, host_port, invalid, path, port, string, wrong_type, Applier, ConfigError};
use crate::conf::{Item, Value};
use crate::tls::{HandshakeFirst, TlsOptions, TlsVersion, DEFAULT_TLS_FIRST_FALLBACK};
use crate::websocket::WebsocketOptions;
use rnats_proto::kit::format::parse_duration;

impl Applier<'_> {
    pub(super) fn top_tls(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        self.opts.tls = Some(tls_block(key, item)?);
        Ok(())
    }

    pub(super) fn websocket(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        let Value::Map(block) = &item.value else {
            return Err(wrong_type(key, item, "a map", &item.value));
        };
        let mut wo = WebsocketOptions::default();
        for (k, v) in block.iter() {
            if v.used_as_variable {
                continue;
            }
            match k.to_ascii_lowercase().as_str() {
                "listen" => {
                    let (h, p) = host_port(k, v)?;
                    if let Some(h) = h {
                        wo.host = h;
                    }
                    wo.port = p;
                }
                "port" => wo.port = port(k, v)?,
                "host" | "net" => wo.host = string(k, v)?.to_string(),
                "advertise" => wo.advertise = Some(string(k, v)?.to_string()),
                "no_tls" => wo.no_tls = boolean(k, v)?,
                "tls" => wo.tls = Some(tls_block(k, v)?),
                "same_origin" => wo.same_origin = boolean(k, v)?,
                "allowed_origins" | "allowed_origin" | "allow_origins" | "allow_origin"
                | "origins" | "origin" => wo.allowed_origins = strings(k, v)?,
                "handshake_timeout" => wo.handshake_timeout = Some(seconds_or_duration(k, v)?),
                "compress" | "compression" => wo.compression = boolean(k, v)?,
                "authorization" | "authentication" => {
                    let Value::Map(auth) = &v.value else {
                        return Err(wrong_type(k, v, "a map", &v.value));
                    };
                    for (ak, av) in auth.iter() {
                        match ak.to_ascii_lowercase().as_str() {
                            "user" | "username" => wo.username = Some(string(ak, av)?.to_string()),
                            "pass" | "password" => wo.password = Some(string(ak, av)?.to_string()),
                            "token" => wo.token = Some(string(ak, av)?.to_string()),
                            "timeout" => wo.auth_timeout = Some(seconds_or_duration(ak, av)?),
                            _ => {
                                return Err(invalid(
                                    ak,
                                    av,
                                    format!(
                                        "websocket authorization: \"{ak}\" is not supported by rnats (users belong in the top-level authorization block)"
                                    ),
                                ))
                            }
                        }
                    }
                }
                "no_auth_user" => wo.no_auth_user = Some(string(k, v)?.to_string()),
                "jwt_cookie" => wo.jwt_cookie = Some(string(k, v)?.to_string()),
                "user_cookie" => wo.user_cookie = Some(string(k, v)?.to_string()),
                "pass_cookie" => wo.pass_cookie = Some(string(k, v)?.to_string()),
                "token_cookie" => wo.token_cookie = Some(string(k, v)?.to_string()),
                "headers" => {
                    let Value::Map(h) = &v.value else {
                        return Err(wrong_type(k, v, "a map", &v.value));
                    };
                    for (hk, hv) in h.iter() {
                        wo.headers
                            .push((hk.to_string(), string(hk, hv)?.to_string()));
                    }
                }
                "ping_interval" => wo.ping_interval = Some(seconds_or_duration(k, v)?),
                _ => {
                    return Err(invalid(
                        k,
                        v,
                        format!("error parsing websocket config: unknown field \"{k}\""),
                    ))
                }
            }
        }
        // The rest (users, nkeys) is checked on the merged options by `validate`.
        wo.validate(false, true)
            .map_err(|m| invalid(key, item, m))?;
        self.opts.websocket = wo;
        Ok(())
    }
}

/// A `tls {}` block.
pub(super) fn tls_block(key: &str, item: &Item) -> Result<TlsOptions, ConfigError> {
    let Value::Map(block) = &item.value else {
        return Err(wrong_type(key, item, "a map", &item.value));
    };
    let mut t = TlsOptions::default();
    for (k, v) in block.iter() {
        if v.used_as_variable {
            continue;
        }
        match k.to_ascii_lowercase().as_str() {
            "cert_file" => t.cert_file = Some(path(k, v)?),
            "key_file" => t.key_file = Some(path(k, v)?),
            "ca_file" => t.ca_file = Some(path(k, v)?),
            "verify" => t.verify = boolean(k, v)?,
            "verify_and_map" => {
                t.map = boolean(k, v)?;
                t.verify |= t.map;
            }
            "timeout" => t.timeout = Some(seconds_or_duration(k, v)?),
            "min_version" => {
                t.min_version = Some(match string(k, v)? {
                    "1.2" => TlsVersion::V1_2,
                    "1.3" => TlsVersion::V1_3,
                    "1.0" | "1.1" => {
                        return Err(invalid(
                            k,
                            v,
                            "error parsing tls config: unsupported TLS version, TLS 1.2 or 1.3 required (rustls has nothing older)",
                        ))
                    }
                    other => {
                        return Err(invalid(
                            k,
                            v,
                            format!("error parsing tls config: unknown version: {other}"),
                        ))
                    }
                })
            }
            "cipher_suites" => t.cipher_suites = strings(k, v)?,
            "curve_preferences" => t.curve_preferences = strings(k, v)?,
            "pinned_certs" => {
                t.pinned_certs = strings(k, v)?
                    .into_iter()
                    .map(|s| s.to_ascii_lowercase())
                    .collect()
            }
            "handshake_first" | "first" | "immediate" => {
                t.handshake_first = match &v.value {
                    Value::Bool(true) => HandshakeFirst::On,
                    Value::Bool(false) => HandshakeFirst::Off,
                    Value::String(s) if s.eq_ignore_ascii_case("auto") => {
                        HandshakeFirst::Auto(DEFAULT_TLS_FIRST_FALLBACK)
                    }
                    Value::String(s) => match s.to_ascii_lowercase().as_str() {
                        "true" | "on" => HandshakeFirst::On,
                        "false" | "off" => HandshakeFirst::Off,
                        _ => HandshakeFirst::Auto(parse_duration(s).map_err(|e| {
                            invalid(
                                k,
                                v,
                                format!("error parsing tls config, 'handshake_first' {e}"),
                            )
                        })?),
                    },
                    other => {
                        return Err(wrong_type(
                            k,
                            v,
                            "a boolean, \"auto\" or a duration",
                            other,
                        ))
                    }
                }
            }
            "insecure" => {
                if boolean(k, v)? {
                    return Err(invalid(
                        k,
                        v,
                        "error parsing tls config: 'insecure' only applies to connections this server makes, which rnats does not have yet",
                    ));
                }
            }
            "verify_cert_and_check_known_urls" | "ocsp_peer" | "certs" | "cert_store"
            | "cert_match_by" | "cert_match" | "cert_match_skip_invalid" | "ca_certs_match"
            | "connection_rate_limit" => {
                return Err(ConfigError::Unenforced {
                    pos: v.pos.clone(),
                    key: format!("{key}.{k}"),
                })
            }
            _ => {
                return Err(invalid(
                    k,
                    v,
                    format!("error parsing tls config, unknown field \"{k}\""),
                ))
            }
        }
    }
    if t.cert_file.is_none() {
        return Err(invalid(
            key,
            item,
            "missing 'cert_file' in TLS configuration",
        ));
    }
    if t.key_file.is_none() {
        return Err(invalid(
            key,
            item,
            "missing 'key_file' in TLS configuration",
        ));
    }
    // Files are read now, so a bad certificate stops the start with the file's position.
    crate::tls::TlsSetup::build(&t).map_err(|m| invalid(key, item, m))?;
    Ok(t)
}

fn strings(key: &str, item: &Item) -> Result<Vec<String>, ConfigError> {
    match &item.value {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(items) => items
            .iter()
            .map(|i| string(key, i).map(str::to_string))
            .collect(),
        other => Err(wrong_type(
            key,
            item,
            "a string or an array of strings",
            other,
        )),
    }
}

/// Seconds (integer or float), or a Go duration string.
fn seconds_or_duration(key: &str, item: &Item) -> Result<Duration, ConfigError> {
    match &item.value {
        Value::Int(n) if *n >= 0 => Ok(Duration::from_secs(*n as u64)),
        Value::Float(f) if *f >= 0.0 && f.is_finite() => Ok(Duration::from_secs_f64(*f)),
        Value::String(s) => {
            parse_duration(s).map_err(|e| invalid(key, item, format!("error parsing {key}: {e}")))
        }
        other => Err(wrong_type(key, item, "seconds or a duration string", other)),
    }
}
