//! `nats schema`: the NATS JSON schemas (jsm.go's), searched, shown and validated against.
//!
//! As natscli: `search [PATTERN]` (`find`, `list`, `ls`) lists the schema ids matching a regular
//! expression, `info ID` (`show`, `view`) prints a schema, `validate ID FILE` (`check`) checks a
//! JSON document (`-` for stdin) and prints the problems as `<instance location>: <error>`,
//! `request SUBJECT [BODY]` (`req`) validates a service's reply against the schema its `type`
//! names. The schemas are embedded (`data/schemas`, see `data/README.md` for what was left out).
//! Validation covers the JSON-schema keywords those schemas use (`type`, `properties`,
//! `required`, `additionalProperties`, `patternProperties`, `items`, `enum`, `const`, `allOf`,
//! `oneOf`, `anyOf`, `minimum`/`maximum`, `minLength`/`maxLength`, `pattern`, `format:
//! date-time`); messages follow santhosh-tekuri/jsonschema, which natscli uses.

use crate::kit::connect;
use crate::kit::output;
use crate::options::GlobalOpts;
use anyhow::{bail, Context as _};
use bytes::Bytes;
use clap::{Args, Subcommand};
use serde_json::Value;
use std::io::{Read as _, Write as _};
use std::process::ExitCode;

/// Embedded schemas: (schema id, JSON text).
const SCHEMAS: &[(&str, &str)] = &[
    (
        "io.nats.jetstream.advisory.v1.api_audit",
        include_str!("../data/schemas/jetstream/advisory/v1/api_audit.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.api_limit_reached",
        include_str!("../data/schemas/jetstream/advisory/v1/api_limit_reached.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.consumer_action",
        include_str!("../data/schemas/jetstream/advisory/v1/consumer_action.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.consumer_group_pinned",
        include_str!("../data/schemas/jetstream/advisory/v1/consumer_group_pinned.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.consumer_group_unpinned",
        include_str!("../data/schemas/jetstream/advisory/v1/consumer_group_unpinned.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.consumer_leader_elected",
        include_str!("../data/schemas/jetstream/advisory/v1/consumer_leader_elected.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.consumer_pause",
        include_str!("../data/schemas/jetstream/advisory/v1/consumer_pause.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.consumer_quorum_lost",
        include_str!("../data/schemas/jetstream/advisory/v1/consumer_quorum_lost.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.domain_leader_elected",
        include_str!("../data/schemas/jetstream/advisory/v1/domain_leader_elected.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.max_deliver",
        include_str!("../data/schemas/jetstream/advisory/v1/max_deliver.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.nak",
        include_str!("../data/schemas/jetstream/advisory/v1/nak.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.restore_complete",
        include_str!("../data/schemas/jetstream/advisory/v1/restore_complete.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.restore_create",
        include_str!("../data/schemas/jetstream/advisory/v1/restore_create.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.server_out_of_space",
        include_str!("../data/schemas/jetstream/advisory/v1/server_out_of_space.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.server_removed",
        include_str!("../data/schemas/jetstream/advisory/v1/server_removed.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.snapshot_complete",
        include_str!("../data/schemas/jetstream/advisory/v1/snapshot_complete.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.snapshot_create",
        include_str!("../data/schemas/jetstream/advisory/v1/snapshot_create.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.stream_action",
        include_str!("../data/schemas/jetstream/advisory/v1/stream_action.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.stream_batch_abandoned",
        include_str!("../data/schemas/jetstream/advisory/v1/stream_batch_abandoned.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.stream_leader_elected",
        include_str!("../data/schemas/jetstream/advisory/v1/stream_leader_elected.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.stream_quorum_lost",
        include_str!("../data/schemas/jetstream/advisory/v1/stream_quorum_lost.json"),
    ),
    (
        "io.nats.jetstream.advisory.v1.terminated",
        include_str!("../data/schemas/jetstream/advisory/v1/terminated.json"),
    ),
    (
        "io.nats.jetstream.api.v1.account_info_response",
        include_str!("../data/schemas/jetstream/api/v1/account_info_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.account_purge_response",
        include_str!("../data/schemas/jetstream/api/v1/account_purge_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_configuration",
        include_str!("../data/schemas/jetstream/api/v1/consumer_configuration.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_create_request",
        include_str!("../data/schemas/jetstream/api/v1/consumer_create_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_delete_response",
        include_str!("../data/schemas/jetstream/api/v1/consumer_delete_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_getnext_request",
        include_str!("../data/schemas/jetstream/api/v1/consumer_getnext_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_info_request",
        include_str!("../data/schemas/jetstream/api/v1/consumer_info_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_info_response",
        include_str!("../data/schemas/jetstream/api/v1/consumer_info_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_leader_stepdown_request",
        include_str!("../data/schemas/jetstream/api/v1/consumer_leader_stepdown_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_leader_stepdown_response",
        include_str!("../data/schemas/jetstream/api/v1/consumer_leader_stepdown_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_list_request",
        include_str!("../data/schemas/jetstream/api/v1/consumer_list_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_names_request",
        include_str!("../data/schemas/jetstream/api/v1/consumer_names_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_names_response",
        include_str!("../data/schemas/jetstream/api/v1/consumer_names_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_pause_request",
        include_str!("../data/schemas/jetstream/api/v1/consumer_pause_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_pause_response",
        include_str!("../data/schemas/jetstream/api/v1/consumer_pause_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_reset_request",
        include_str!("../data/schemas/jetstream/api/v1/consumer_reset_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_unpin_request",
        include_str!("../data/schemas/jetstream/api/v1/consumer_unpin_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.consumer_unpin_response",
        include_str!("../data/schemas/jetstream/api/v1/consumer_unpin_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.meta_leader_stepdown_request",
        include_str!("../data/schemas/jetstream/api/v1/meta_leader_stepdown_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.meta_leader_stepdown_response",
        include_str!("../data/schemas/jetstream/api/v1/meta_leader_stepdown_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.meta_server_remove_request",
        include_str!("../data/schemas/jetstream/api/v1/meta_server_remove_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.meta_server_remove_response",
        include_str!("../data/schemas/jetstream/api/v1/meta_server_remove_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.pub_ack_response",
        include_str!("../data/schemas/jetstream/api/v1/pub_ack_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_configuration",
        include_str!("../data/schemas/jetstream/api/v1/stream_configuration.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_create_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_create_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_delete_response",
        include_str!("../data/schemas/jetstream/api/v1/stream_delete_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_info_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_info_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_info_response",
        include_str!("../data/schemas/jetstream/api/v1/stream_info_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_leader_stepdown_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_leader_stepdown_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_leader_stepdown_response",
        include_str!("../data/schemas/jetstream/api/v1/stream_leader_stepdown_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_list_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_list_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_msg_delete_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_msg_delete_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_msg_delete_response",
        include_str!("../data/schemas/jetstream/api/v1/stream_msg_delete_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_msg_get_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_msg_get_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_msg_get_response",
        include_str!("../data/schemas/jetstream/api/v1/stream_msg_get_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_names_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_names_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_names_response",
        include_str!("../data/schemas/jetstream/api/v1/stream_names_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_purge_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_purge_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_purge_response",
        include_str!("../data/schemas/jetstream/api/v1/stream_purge_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_remove_peer_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_remove_peer_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_remove_peer_response",
        include_str!("../data/schemas/jetstream/api/v1/stream_remove_peer_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_restore_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_restore_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_restore_response",
        include_str!("../data/schemas/jetstream/api/v1/stream_restore_response.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_snapshot_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_snapshot_request.json"),
    ),
    (
        "io.nats.jetstream.api.v1.stream_update_request",
        include_str!("../data/schemas/jetstream/api/v1/stream_update_request.json"),
    ),
    (
        "io.nats.jetstream.metric.v1.consumer_ack",
        include_str!("../data/schemas/jetstream/metric/v1/consumer_ack.json"),
    ),
    (
        "io.nats.micro.v1.info_response",
        include_str!("../data/schemas/micro/v1/info_response.json"),
    ),
    (
        "io.nats.micro.v1.ping_response",
        include_str!("../data/schemas/micro/v1/ping_response.json"),
    ),
    (
        "io.nats.micro.v1.stats_response",
        include_str!("../data/schemas/micro/v1/stats_response.json"),
    ),
    (
        "io.nats.server.advisory.v1.account_connections",
        include_str!("../data/schemas/server/advisory/v1/account_connections.json"),
    ),
    (
        "io.nats.server.advisory.v1.client_connect",
        include_str!("../data/schemas/server/advisory/v1/client_connect.json"),
    ),
    (
        "io.nats.server.advisory.v1.client_disconnect",
        include_str!("../data/schemas/server/advisory/v1/client_disconnect.json"),
    ),
    (
        "io.nats.server.metric.v1.service_latency",
        include_str!("../data/schemas/server/metric/v1/service_latency.json"),
    ),
];

/// Schema tools
#[derive(Debug, Clone, Args)]
pub struct SchemaArgs {
    /// The schema subcommand.
    #[command(subcommand)]
    pub command: SchemaCommand,
}

/// `nats schema` subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum SchemaCommand {
    /// Search schemas using a pattern
    #[command(name = "search", visible_aliases = ["find", "list", "ls"])]
    Search {
        /// Regular expression to search for
        #[arg(default_value = ".")]
        pattern: String,
        /// Produce JSON format output
        #[arg(long)]
        json: bool,
    },
    /// Display schema contents
    #[command(name = "info", visible_aliases = ["show", "view"])]
    Info {
        /// Schema ID to show
        schema: String,
        /// Produce YAML format output (not supported by rnats yet)
        #[arg(long)]
        yaml: bool,
    },
    /// Validates a JSON file against a schema
    #[command(name = "validate", visible_alias = "check")]
    Validate {
        /// Schema ID to validate against
        schema: String,
        /// JSON data to validate (- for stdin)
        file: String,
        /// Produce JSON format output
        #[arg(long)]
        json: bool,
    },
    /// Request and validate data from a NATS service
    #[command(name = "request", visible_alias = "req")]
    Request {
        /// The subject to send a request to
        subject: String,
        /// The body to send
        #[arg(default_value = "{}")]
        body: String,
        /// The schema identifier to validate against
        #[arg(long)]
        schema: Option<String>,
        /// Show the received data
        #[arg(long)]
        show: bool,
    },
}

/// The schema text for `id`.
pub fn schema(id: &str) -> Option<&'static str> {
    SCHEMAS.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
}

/// Runs `nats schema`.
pub fn run(global: GlobalOpts, args: SchemaArgs) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match args.command {
        SchemaCommand::Search { pattern, json } => {
            let re =
                regex::Regex::new(&pattern).map_err(|e| anyhow::anyhow!("search failed: {e}"))?;
            let mut found: Vec<&str> = SCHEMAS
                .iter()
                .map(|(k, _)| *k)
                .filter(|k| re.is_match(k))
                .collect();
            found.sort_unstable();
            if json {
                if found.is_empty() {
                    writeln!(out, "null")?;
                } else {
                    writeln!(out, "{}", output::go_pretty_json(&found))?;
                }
            } else if found.is_empty() {
                writeln!(
                    out,
                    "No schemas matched {}",
                    rnats_proto::kit::format::go_quote(&pattern)
                )?;
            } else {
                writeln!(out, "Matched Schemas:\n\n  {}", found.join("\n  "))?;
            }
        }
        SchemaCommand::Info { schema: id, yaml } => {
            if yaml {
                bail!("`nats schema info --yaml` is not supported by rnats yet");
            }
            let Some(text) = schema(&id) else {
                bail!(
                    "could not load schema {}: {}",
                    rnats_proto::kit::format::go_quote(&id),
                    unknown_reason(&id)
                );
            };
            writeln!(out, "{text}")?;
        }
        SchemaCommand::Validate {
            schema: id,
            file,
            json,
        } => {
            let data = if file == "-" {
                let mut buf = Vec::new();
                std::io::stdin().read_to_end(&mut buf)?;
                buf
            } else {
                std::fs::read(&file).with_context(|| format!("open {file}"))?
            };
            let doc: Value = serde_json::from_slice(&data).map_err(|e| {
                anyhow::anyhow!(
                    "could not parse JSON data in {}: {e}",
                    rnats_proto::kit::format::go_quote(&file)
                )
            })?;
            let errs = validate(&doc, &id);
            if json {
                writeln!(out, "{}", output::go_pretty_json(&errs))?;
            } else if errs.is_empty() {
                writeln!(out, "{file} validates against {id}")?;
            } else {
                writeln!(out, "Validation errors in {file}:\n")?;
                writeln!(out, "  {}", errs.join("\n  "))?;
            }
        }
        SchemaCommand::Request {
            subject,
            body,
            schema: want,
            show,
        } => {
            drop(out);
            return connect::block_on(request(global, subject, body, want, show));
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn unknown_reason(id: &str) -> String {
    if id.starts_with("io.nats.") {
        format!("no schema {id} is embedded in rnats")
    } else {
        format!(
            "unsupported schema type {}",
            rnats_proto::kit::format::go_quote(id)
        )
    }
}

async fn request(
    global: GlobalOpts,
    subject: String,
    body: String,
    want: Option<String>,
    show: bool,
) -> anyhow::Result<ExitCode> {
    let session = connect::connect(&global).await?;
    let reply = session
        .client
        .request_with(subject.clone(), None, Bytes::from(body), session.timeout)
        .await
        .map_err(|e| anyhow::anyhow!("nats: {e}"))?;
    session.close().await;
    let mut out = std::io::stdout().lock();
    let doc: Value = serde_json::from_slice(&reply.payload)?;
    if show {
        writeln!(out, "{}\n", output::go_pretty_json(&doc))?;
    }
    let field = |k: &str| doc.get(k).and_then(Value::as_str).unwrap_or_default();
    let kind = match (field("schema"), field("type")) {
        ("", "") => "io.nats.unknown_message",
        (s, "") => s,
        (_, t) => t,
    }
    .to_string();
    if kind == "io.nats.unknown_message" {
        bail!("could not determine the message type");
    }
    if want.as_deref().is_some_and(|w| !w.is_empty() && w != kind) {
        bail!("invalid message type {kind}");
    }
    let errs = validate(&doc, &kind);
    if errs.is_empty() {
        writeln!(out, "Response is a valid {kind} message")?;
    } else {
        writeln!(out, "Message did not pass validation against {kind}\n")?;
        for e in errs {
            writeln!(out, "   {e}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// natscli's `SchemaValidator.ValidateStruct`: the problems of `doc` against schema `id`, empty
/// when it validates.
pub fn validate(doc: &Value, id: &str) -> Vec<String> {
    let Some(text) = schema(id) else {
        return vec![format!("unknown schema type {id}")];
    };
    let sch: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![format!("could not load schema {id}: {e}")],
    };
    let mut errs = Vec::new();
    check(&sch, doc, "", &mut errs);
    errs.into_iter()
        .map(|(at, e)| {
            if at.is_empty() {
                e
            } else {
                format!("{at}: {e}")
            }
        })
        .collect()
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0) => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn type_matches(want: &str, v: &Value) -> bool {
    let got = type_name(v);
    want == got || (want == "number" && got == "integer")
}

/// RFC 3339 `date-time`.
fn is_date_time(s: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn quote_list(values: &[Value]) -> String {
    values
        .iter()
        .map(Value::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks `v` (at JSON pointer `at`) against `s`, appending `(location, message)` pairs.
fn check(s: &Value, v: &Value, at: &str, errs: &mut Vec<(String, String)>) {
    let Some(s) = s.as_object() else { return };
    if let Some(t) = s.get("type") {
        let ok = match t {
            Value::String(w) => type_matches(w, v),
            Value::Array(ws) => ws
                .iter()
                .filter_map(Value::as_str)
                .any(|w| type_matches(w, v)),
            _ => true,
        };
        if !ok {
            let want = match t {
                Value::String(w) => w.clone(),
                Value::Array(ws) => ws
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(" or "),
                _ => String::new(),
            };
            errs.push((
                at.to_string(),
                format!("expected {want}, but got {}", type_name(v)),
            ));
            return;
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            errs.push((at.to_string(), format!("value must be {c}")));
        }
    }
    if let Some(Value::Array(e)) = s.get("enum") {
        if !e.contains(v) {
            errs.push((
                at.to_string(),
                format!("value must be one of {}", quote_list(e)),
            ));
        }
    }
    if let Some(x) = num(v) {
        if let Some(min) = s.get("minimum").and_then(num) {
            if x < min {
                errs.push((
                    at.to_string(),
                    format!("must be >= {} but found {v}", s["minimum"]),
                ));
            }
        }
        if let Some(max) = s.get("maximum").and_then(num) {
            if x > max {
                errs.push((
                    at.to_string(),
                    format!("must be <= {} but found {v}", s["maximum"]),
                ));
            }
        }
    }
    if let Value::String(text) = v {
        let len = text.chars().count() as u64;
        if let Some(min) = s.get("minLength").and_then(Value::as_u64) {
            if len < min {
                errs.push((
                    at.to_string(),
                    format!("length must be >= {min}, but got {len}"),
                ));
            }
        }
        if let Some(max) = s.get("maxLength").and_then(Value::as_u64) {
            if len > max {
                errs.push((
                    at.to_string(),
                    format!("length must be <= {max}, but got {len}"),
                ));
            }
        }
        if let Some(p) = s.get("pattern").and_then(Value::as_str) {
            if regex::Regex::new(p).is_ok_and(|re| !re.is_match(text)) {
                errs.push((at.to_string(), format!("does not match pattern '{p}'")));
            }
        }
        if s.get("format").and_then(Value::as_str) == Some("date-time") && !is_date_time(text) {
            errs.push((at.to_string(), format!("'{text}' is not valid 'date-time'")));
        }
    }
    if let Value::Object(obj) = v {
        if let Some(Value::Array(req)) = s.get("required") {
            let missing: Vec<String> = req
                .iter()
                .filter_map(Value::as_str)
                .filter(|k| !obj.contains_key(*k))
                .map(|k| format!("'{k}'"))
                .collect();
            if !missing.is_empty() {
                errs.push((
                    at.to_string(),
                    format!("missing properties: {}", missing.join(", ")),
                ));
            }
        }
        let props = s.get("properties").and_then(Value::as_object);
        let patterns: Vec<(regex::Regex, &Value)> = s
            .get("patternProperties")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(p, sub)| regex::Regex::new(p).ok().map(|re| (re, sub)))
                    .collect()
            })
            .unwrap_or_default();
        let mut extra = Vec::new();
        for (k, child) in obj {
            let loc = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
            let mut matched = false;
            if let Some(sub) = props.and_then(|p| p.get(k)) {
                check(sub, child, &loc, errs);
                matched = true;
            }
            for (re, sub) in &patterns {
                if re.is_match(k) {
                    check(sub, child, &loc, errs);
                    matched = true;
                }
            }
            if !matched {
                match s.get("additionalProperties") {
                    Some(Value::Bool(false)) => extra.push(format!("'{k}'")),
                    Some(sub @ Value::Object(_)) => check(sub, child, &loc, errs),
                    _ => {}
                }
            }
        }
        if !extra.is_empty() {
            errs.push((
                at.to_string(),
                format!("additionalProperties {} not allowed", extra.join(", ")),
            ));
        }
    }
    if let (Value::Array(items), Some(sub)) = (v, s.get("items")) {
        for (i, item) in items.iter().enumerate() {
            check(sub, item, &format!("{at}/{i}"), errs);
        }
    }
    if let Some(Value::Array(all)) = s.get("allOf") {
        for sub in all {
            check(sub, v, at, errs);
        }
    }
    for (key, want_one) in [("oneOf", true), ("anyOf", false)] {
        if let Some(Value::Array(alts)) = s.get(key) {
            let mut per = Vec::new();
            let mut passing = Vec::new();
            for (i, sub) in alts.iter().enumerate() {
                let mut e = Vec::new();
                check(sub, v, at, &mut e);
                if e.is_empty() {
                    passing.push(i);
                }
                per.push(e);
            }
            if passing.is_empty() {
                errs.extend(per.into_iter().flatten());
            } else if want_one && passing.len() > 1 {
                errs.push((
                    at.to_string(),
                    format!(
                        "valid against schemas at indexes {} and {}",
                        passing[0], passing[1]
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_embedded_schema_parses_and_names_itself() {
        for (id, text) in SCHEMAS {
            let v: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{id}: {e}"));
            let title = v["title"].as_str().unwrap_or_default();
            assert!(title.is_empty() || title == *id, "{id} has title {title}");
        }
    }

    #[test]
    fn validates_a_consumer_pause_request() {
        let id = "io.nats.jetstream.api.v1.consumer_pause_request";
        assert!(validate(&json!({"pause_until": "2024-01-01T00:00:00Z"}), id).is_empty());
        assert_eq!(
            validate(&json!({"pause_until": 5}), id),
            vec!["/pause_until: expected string, but got integer"]
        );
        assert_eq!(
            validate(&json!({"pause_until": "tomorrow"}), id),
            vec!["/pause_until: 'tomorrow' is not valid 'date-time'"]
        );
        assert_eq!(
            validate(&json!({}), "io.nats.nope"),
            vec!["unknown schema type io.nats.nope"]
        );
    }

    #[test]
    fn validates_stream_configurations() {
        let id = "io.nats.jetstream.api.v1.stream_configuration";
        let good = json!({
            "name": "ORDERS", "subjects": ["o.>"], "retention": "limits", "max_consumers": -1,
            "max_msgs": -1, "max_bytes": -1, "max_age": 0, "storage": "file", "num_replicas": 1,
            "discard": "old"
        });
        assert_eq!(validate(&good, id), Vec::<String>::new());
        let mut bad = good.clone();
        bad["retention"] = json!("forever");
        bad["num_replicas"] = json!(9);
        bad.as_object_mut().expect("object").remove("storage");
        let errs = validate(&bad, id);
        assert!(
            errs.iter()
                .any(|e| e.contains("missing properties: 'storage'")),
            "{errs:?}"
        );
        assert!(
            errs.iter()
                .any(|e| e.starts_with("/retention: value must be one of")),
            "{errs:?}"
        );
        assert!(
            errs.iter()
                .any(|e| e == "/num_replicas: must be <= 5 but found 9"),
            "{errs:?}"
        );
    }
}
