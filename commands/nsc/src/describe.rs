//! `nsc describe`: claims as nsc's tables (nats-io/nsc `cmd/describer.go`), as JSON (the
//! claims segment re-indented with one space and sorted keys, as Go prints a decoded map), or
//! the raw token. Seeds are never printed; a bearer user's JWT is only printed with `--raw`.

use std::time::Duration;

use rnats_proto::jwt::{
    AccountClaims, ActivationClaims, AnyClaims, ExportType, JetStreamLimits, OperatorClaims,
    Permissions, UserClaims, UserLimits,
};
use rnats_proto::kit::format::{duration_string, humanize_bytes};

use crate::table::Table;

/// `2006-01-02 15:04:05 UTC`, empty for 0 (nsc `RenderDate`).
pub fn render_date(ts: i64) -> String {
    if ts == 0 {
        return String::new();
    }
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|d| d.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_default()
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "Yes"
    } else {
        "No"
    }
}

fn standard(
    t: &mut Table,
    c: &rnats_proto::jwt::ClaimsData,
    label: &str,
    issuer_account: &str,
    tags: &[String],
) {
    if !c.name.is_empty() {
        t.row(&["Name", c.name.as_str()]);
    }
    t.row(&[label, c.subject.as_str()]);
    t.row(&["Issuer ID", c.issuer.as_str()]);
    if !issuer_account.is_empty() {
        t.row(&["Issuer Account", issuer_account]);
    }
    t.row(&["Issued".to_owned(), render_date(c.issued_at)]);
    t.row(&["Expires".to_owned(), render_date(c.expires)]);
    if !tags.is_empty() {
        t.list("Tags", tags);
    }
}

fn permissions(t: &mut Table, p: &Permissions) {
    if !p.publish.is_empty() || !p.subscribe.is_empty() {
        t.separator();
        t.list("Pub Allow", &p.publish.allow);
        t.list("Pub Deny", &p.publish.deny);
        t.list("Sub Allow", &p.subscribe.allow);
        t.list("Sub Deny", &p.subscribe.deny);
    }
    match &p.response {
        None => t.row(&["Response Permissions", "Not Set"]),
        Some(r) => {
            t.row(&["Max Responses".to_owned(), r.max_msgs.to_string()]);
            t.row(&[
                "Response Permission TTL".to_owned(),
                duration_string(Duration::from_nanos(r.expires.max(0) as u64)),
            ]);
        }
    }
}

fn user_limits(t: &mut Table, l: &UserLimits) {
    let sized = |v: i64| {
        if v > 0 {
            format!("{v} bytes (≈{})", humanize_bytes(v as u64))
        } else {
            "Unlimited".to_owned()
        }
    };
    t.row(&["Max Msg Payload".to_owned(), sized(l.nats.payload)]);
    t.row(&["Max Data".to_owned(), sized(l.nats.data)]);
    let subs = if l.nats.subs > 0 {
        l.nats.subs.to_string()
    } else {
        "Unlimited".to_owned()
    };
    t.row(&["Max Subs".to_owned(), subs]);
    if l.src.is_empty() {
        t.row(&["Network Src", "Any"]);
    } else {
        t.row(&["Network Src".to_owned(), l.src.join(",")]);
    }
    if l.times.is_empty() {
        t.row(&["Time", "Any"]);
    } else {
        let v: Vec<String> = l
            .times
            .iter()
            .map(|r| format!("{}-{}", r.start, r.end))
            .collect();
        t.list("Time", &v);
    }
}

/// The operator table.
pub fn operator(o: &OperatorClaims, system_account_name: Option<&str>) -> String {
    let mut t = Table::new("Operator Details");
    standard(&mut t, &o.data, "Operator ID", "", &o.nats.generic.tags);
    if !o.nats.account_server_url.is_empty() {
        t.row(&["Account JWT Server", o.nats.account_server_url.as_str()]);
    }
    t.list("Operator Service URLs", &o.nats.operator_service_urls);
    if !o.nats.system_account.is_empty() {
        let deco = system_account_name
            .map(|n| format!(" / {n}"))
            .unwrap_or_default();
        t.row(&[
            "System Account".to_owned(),
            format!("{}{deco}", o.nats.system_account),
        ]);
    }
    t.row(&[
        "Require Signing Keys".to_owned(),
        o.nats.strict_signing_key_usage.to_string(),
    ]);
    if !o.nats.signing_keys.is_empty() {
        t.separator();
        t.list("Signing Keys", &o.nats.signing_keys);
    }
    t.render()
}

fn js_limits(t: &mut Table, l: &JetStreamLimits) {
    let storage = |v: i64| match v {
        v if v > 0 => humanize_bytes(v as u64),
        0 => "Disabled".to_owned(),
        _ => "Unlimited".to_owned(),
    };
    let count = |v: i64, other: &str| {
        if v > 0 {
            v.to_string()
        } else {
            other.to_owned()
        }
    };
    let stream_bytes = |v: i64| {
        if v > 0 {
            format!("{} ({v} bytes)", humanize_bytes(v as u64))
        } else {
            "Unlimited".to_owned()
        }
    };
    t.row(&["Max Disk Storage".to_owned(), storage(l.disk_storage)]);
    t.row(&["Max Mem Storage".to_owned(), storage(l.memory_storage)]);
    t.row(&["Max Streams".to_owned(), count(l.streams, "Unlimited")]);
    t.row(&["Max Consumers".to_owned(), count(l.consumer, "Unlimited")]);
    t.row(&[
        "Max Ack Pending".to_owned(),
        count(l.max_ack_pending, "Consumer Setting"),
    ]);
    t.row(&[
        "Max Bytes",
        if l.max_bytes_required {
            "required (Stream setting)"
        } else {
            "optional (Stream setting)"
        },
    ]);
    t.row(&[
        "Max Memory Stream".to_owned(),
        stream_bytes(l.memory_max_stream_bytes),
    ]);
    t.row(&[
        "Max Disk Stream".to_owned(),
        stream_bytes(l.disk_max_stream_bytes),
    ]);
}

/// The account tables (details, then exports and imports when present).
pub fn account(a: &AccountClaims) -> String {
    let mut t = Table::new("Account Details");
    standard(&mut t, &a.data, "Account ID", "", &a.nats.generic.tags);
    t.separator();
    let info = &a.nats.info;
    if !info.description.is_empty() {
        t.row(&[
            "Description".to_owned(),
            info.description.replace('\n', " "),
        ]);
    }
    if !info.info_url.is_empty() {
        t.row(&["Info Url", info.info_url.as_str()]);
    }
    if !info.description.is_empty() || !info.info_url.is_empty() {
        t.separator();
    }
    if !a.nats.signing_keys.is_empty() {
        let keys: Vec<String> = a.nats.signing_keys.0.keys().cloned().collect();
        t.list("Signing Keys", &keys);
        t.separator();
    }
    let auth = &a.nats.authorization;
    if !auth.auth_users.is_empty() {
        t.list("Auth Callout Users", &auth.auth_users);
        t.list("Allowed Accounts", &auth.allowed_accounts);
        if !auth.xkey.is_empty() {
            t.row(&["Encrypt For", auth.xkey.as_str()]);
        }
        t.separator();
    }
    let lim = &a.nats.limits;
    let limit = |v: i64, bytes: bool| {
        if v > -1 {
            if bytes {
                format!("{} ({v} bytes)", humanize_bytes(v as u64))
            } else {
                v.to_string()
            }
        } else {
            "Unlimited".to_owned()
        }
    };
    t.row(&["Max Connections".to_owned(), limit(lim.account.conn, false)]);
    let leaf = match lim.account.leaf_node_conn {
        0 => "Not Allowed".to_owned(),
        v if v > 0 => v.to_string(),
        _ => "Unlimited".to_owned(),
    };
    t.row(&["Max Leaf Node Connections".to_owned(), leaf]);
    t.row(&["Max Data".to_owned(), limit(lim.nats.data, true)]);
    t.row(&["Max Exports".to_owned(), limit(lim.account.exports, false)]);
    t.row(&["Max Imports".to_owned(), limit(lim.account.imports, false)]);
    t.row(&["Max Msg Payload".to_owned(), limit(lim.nats.payload, true)]);
    t.row(&["Max Subscriptions".to_owned(), limit(lim.nats.subs, false)]);
    let tf = |b: bool| if b { "True" } else { "False" };
    t.row(&["Exports Allows Wildcards", tf(lim.account.wildcard_exports)]);
    t.row(&["Disallow Bearer Token", tf(lim.account.disallow_bearer)]);
    permissions(&mut t, &a.nats.default_permissions);
    t.separator();
    let js_enabled =
        lim.jetstream.is_enabled() || lim.tiered.values().any(JetStreamLimits::is_enabled);
    if !js_enabled {
        t.row(&["Jetstream", "Disabled"]);
    } else if lim.tiered.is_empty() {
        t.row(&["Jetstream", "Enabled"]);
        js_limits(&mut t, &lim.jetstream);
    } else {
        for (i, (tier, l)) in lim.tiered.iter().enumerate() {
            if i > 0 {
                t.separator();
            }
            t.row(&["Jetstream Tier", tier.as_str()]);
            js_limits(&mut t, l);
        }
    }
    t.separator();
    if a.nats.imports.is_empty() {
        t.row(&["Imports", "None"]);
    }
    if a.nats.exports.is_empty() {
        t.row(&["Exports", "None"]);
    }
    if !a.nats.revocations.is_empty() {
        t.separator();
        t.row(&[
            "Revocations".to_owned(),
            a.nats.revocations.len().to_string(),
        ]);
    }
    t.separator();
    match &a.nats.trace {
        None => t.row(&["Tracing Context", "Disabled"]),
        Some(tr) => {
            t.row(&["Tracing Context", "Enabled"]);
            t.row(&["Subject", tr.destination.as_str()]);
            let s = if tr.sampling == 0 { 100 } else { tr.sampling };
            t.row(&["Sampling".to_owned(), format!("{s}%")]);
        }
    }
    let mut out = t.render();
    if !a.nats.exports.is_empty() {
        let mut e = Table::new("Exports");
        e.headers(&[
            "Name",
            "Type",
            "Subject",
            "Account Token Position",
            "Public",
            "Revocations",
            "Tracking",
            "Allow Trace",
        ]);
        for x in &a.nats.exports {
            let service = x.export_type == Some(ExportType::Service);
            let tracking = match (&x.latency, service) {
                (_, false) => "N/A".to_owned(),
                (Some(l), true) => format!("{} ({}%)", l.results, l.sampling),
                (None, true) => "-".to_owned(),
            };
            let rt = match x.response_type.as_str() {
                "Stream" | "Chunked" if service => format!(" [{}]", x.response_type),
                _ => String::new(),
            };
            let kind = if service { "Service" } else { "Stream" };
            let tp = if x.account_token_position > 0 {
                x.account_token_position.to_string()
            } else {
                "-".to_owned()
            };
            let trace = if service {
                yes_no(x.allow_trace)
            } else {
                "N/A"
            };
            e.row(&[
                x.name.clone(),
                format!("{kind}{rt}"),
                x.subject.clone(),
                tp,
                yes_no(!x.token_req).to_owned(),
                x.revocations.len().to_string(),
                tracking,
                trace.to_owned(),
            ]);
        }
        out.push('\n');
        out.push_str(&e.render());
    }
    if !a.nats.imports.is_empty() {
        let mut i = Table::new("Imports");
        i.headers(&[
            "Name",
            "Type",
            "Remote",
            "Local",
            "Expires",
            "From Account",
            "Public",
            "Share",
            "Allow Trace",
        ]);
        for x in &a.nats.imports {
            let service = x.import_type == Some(ExportType::Service);
            let local = if x.local_subject.is_empty() {
                x.to.clone()
            } else {
                x.local_subject.clone()
            };
            let acc: String = x.account.chars().take(10).collect();
            i.row(&[
                x.name.clone(),
                if service { "Service" } else { "Stream" }.to_owned(),
                x.subject.clone(),
                local,
                String::new(),
                acc,
                yes_no(x.token.is_empty()).to_owned(),
                yes_no(x.share).to_owned(),
                yes_no(x.allow_trace).to_owned(),
            ]);
        }
        out.push('\n');
        out.push_str(&i.render());
    }
    out
}

/// The user table.
pub fn user(u: &UserClaims) -> String {
    let mut t = Table::new("User");
    standard(
        &mut t,
        &u.data,
        "User ID",
        &u.nats.issuer_account,
        &u.nats.generic.tags,
    );
    let p = &u.nats.perms;
    t.row(&["Bearer Token", yes_no(p.bearer_token)]);
    permissions(&mut t, &p.permissions);
    t.separator();
    user_limits(&mut t, &p.limits);
    if !p.allowed_connection_types.is_empty() {
        t.separator();
        t.list("Allowed Connection Types", &p.allowed_connection_types);
    }
    t.render()
}

/// The activation table.
pub fn activation(a: &ActivationClaims) -> String {
    let mut t = Table::new("Activation");
    standard(
        &mut t,
        &a.data,
        "Account ID",
        &a.nats.issuer_account,
        &a.nats.generic.tags,
    );
    t.separator();
    let kind = match a.nats.import_type {
        Some(ExportType::Service) => "Service",
        Some(ExportType::Stream) => "Stream",
        None => "",
    };
    t.row(&["Import Type", kind]);
    t.row(&["Import Subject", a.nats.import_subject.as_str()]);
    t.render()
}

/// The table for any claims.
pub fn any(c: &AnyClaims) -> anyhow::Result<String> {
    Ok(match c {
        AnyClaims::Operator(o) => operator(o, None),
        AnyClaims::Account(a) => account(a),
        AnyClaims::User(u) => user(u),
        AnyClaims::Activation(a) => activation(a),
        AnyClaims::Other(..) => {
            anyhow::bail!("describer for {:?} is not implemented", c.claim_type())
        }
    })
}

fn sort_value(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => {
            let mut entries: Vec<(String, serde_json::Value)> = m.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            serde_json::Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sort_value(v)))
                    .collect(),
            )
        }
        serde_json::Value::Array(a) => {
            serde_json::Value::Array(a.into_iter().map(sort_value).collect())
        }
        other => other,
    }
}

/// The claims segment of `token` as nsc's `--json` prints it (one-space indent, sorted keys).
pub fn json_body(token: &str) -> anyhow::Result<String> {
    use serde::Serialize as _;
    let seg = token
        .split('.')
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("data is not a jwt"))?;
    let bytes = data_encoding::BASE64URL_NOPAD
        .decode(seg.as_bytes())
        .map_err(|_| anyhow::anyhow!("error decoding base64"))?;
    let v: serde_json::Value = serde_json::from_slice(&bytes)?;
    let v = sort_value(v);
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    v.serialize(&mut ser)?;
    out.push(b'\n');
    Ok(String::from_utf8(out)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_like_nsc() {
        assert_eq!(render_date(0), "");
        assert_eq!(render_date(1_616_186_201), "2021-03-19 20:36:41 UTC");
    }
}
