//! `nats account info` (alias `nfo`): who the connection is and what its account may use, as
//! natscli prints it (`cli/account_command.go` `infoAction`).
//!
//! The user and account come from `$SYS.REQ.USER.INFO` (answered by nats-server 2.10+ and
//! rnats for every account); the connection facts from the client and the server's `INFO`;
//! the JetStream section from `$JS.API.INFO`: usage, then per tier (or the `Default` tier)
//! limits. Without JetStream the section says so in natscli's words. Other `account`
//! subcommands are refused as not included yet.

use std::process::ExitCode;
use std::time::Duration;

use bytes::Bytes;
use clap::{Args, Subcommand};
use serde_json::Value;

use crate::kit::columns::Columns;
use crate::kit::connect;
use crate::kit::duration;
use crate::kit::numbers::comma_i64;
use crate::options::GlobalOpts;
use rnats_proto::kit::format::ibytes;

/// Account information and status
#[derive(Debug, Clone, Args)]
pub struct AccountArgs {
    #[command(subcommand)]
    pub command: AccountCommand,
}

/// `nats account` subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum AccountCommand {
    /// Account information
    #[command(visible_alias = "nfo")]
    Info,
    /// Report on account metrics
    #[command(visible_alias = "rep")]
    Report(ReportArgs),
    /// Creates a backup of all  JetStream Streams over the NATS network
    #[command(visible_alias = "snapshot")]
    Backup(crate::backup_cmd::AccountBackupArgs),
    /// Restore an account backup over the NATS network
    Restore(crate::backup_cmd::AccountRestoreArgs),
    /// natscli `account` subcommands this build does not include (report, backup, restore,
    /// tls, ...).
    #[command(external_subcommand)]
    Other(Vec<String>),
}

/// `nats account report`.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub report: ReportKind,
}

/// The account reports.
#[derive(Debug, Clone, Subcommand)]
pub enum ReportKind {
    /// Report on connections
    #[command(visible_aliases = ["conn", "connz", "conns"])]
    Connections(ConnReportArgs),
    /// Report on server statistics
    #[command(visible_aliases = ["stats", "statsz"])]
    Statistics,
}

/// `nats account report connections` (natscli runs the server report scoped to the account).
#[derive(Debug, Clone, Args)]
pub struct ConnReportArgs {
    /// Sort by a specific property (in-bytes,out-bytes,in-msgs,out-msgs,uptime,cid,subs)
    #[arg(long, default_value = "subs", value_parser = [
        "in-bytes", "out-bytes", "in-msgs", "out-msgs", "uptime", "cid", "subs"])]
    pub sort: String,
    /// Limit results to the top results
    #[arg(long, default_value_t = 1000)]
    pub top: usize,
    /// Limits responses only to those connections with matching subscription interest (not in
    /// this build yet)
    #[arg(long)]
    pub subject: Option<String>,
    /// Limits responses only to those connections for a specific authentication username
    #[arg(long)]
    pub username: Option<String>,
    /// Reverse sort connections
    #[arg(short = 'R', long)]
    pub reverse: bool,
    /// Limits responses only to those connections that are in a specific state (open, closed,
    /// all)
    #[arg(long, default_value = "open", value_parser = ["open", "closed", "all"])]
    pub state: String,
    /// Filter results based on a closed reason (not in this build yet)
    #[arg(long = "closed-reason", value_name = "REASON")]
    pub closed_reason: Option<String>,
}

/// Runs `nats account ...`.
pub async fn run(global: GlobalOpts, args: AccountArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        AccountCommand::Info => info(global).await,
        AccountCommand::Report(r) => match r.report {
            ReportKind::Connections(c) => {
                let args = crate::server_cmd::ReportArgs {
                    json: false,
                    reverse: c.reverse,
                    report: crate::server_cmd::ReportKind::Other(Vec::new()),
                };
                let conns = crate::server_cmd::ConnReportArgs {
                    limit: None,
                    account: None,
                    sort: c.sort,
                    top: c.top,
                    username: c.username,
                    state: c.state,
                    subject: c.subject,
                    closed_reason: c.closed_reason,
                    filter: None,
                    skip_discover: true,
                };
                crate::server_cmd::report_connections(&global, &args, &conns).await
            }
            ReportKind::Statistics => statistics(global).await,
        },
        AccountCommand::Backup(b) => {
            let session = crate::kit::connect::connect(&global).await?;
            let js = crate::kit::jsapi::for_session(&session);
            let r = crate::backup_cmd::account_backup(&js, b).await;
            session.close().await;
            r.map(|()| ExitCode::SUCCESS)
        }
        AccountCommand::Restore(r) => {
            let session = crate::kit::connect::connect(&global).await?;
            let js = crate::kit::jsapi::for_session(&session);
            let r = crate::backup_cmd::account_restore(&js, r).await;
            session.close().await;
            r.map(|()| ExitCode::SUCCESS)
        }
        AccountCommand::Other(a) => {
            let name = a.first().cloned().unwrap_or_default();
            eprintln!("nats: error: `nats account {name}` is not supported by rnats yet");
            Ok(ExitCode::from(2))
        }
    }
}

/// `nats account report statistics` (natscli `reportServerStats`): every server's answer to
/// `$SYS.REQ.ACCOUNT.PING.STATZ` for the caller's account, one row per server, and natscli's
/// footer (whose totals sit one column left of their headings from Subscriptions on, as
/// natscli prints them).
async fn statistics(global: GlobalOpts) -> anyhow::Result<ExitCode> {
    use crate::kit::numbers::comma_i64;
    use rnats_proto::kit::format::ibytes;
    let session = connect::connect(&global).await?;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut failure = None;
    let mut tot = [0i64; 7];
    let mut answers = 0usize;
    connect::collect(
        &session,
        "$SYS.REQ.ACCOUNT.PING.STATZ",
        Vec::new(),
        None,
        |v, _| {
            answers += 1;
            if let Some(e) = v.get("error") {
                failure = Some(
                    e.get("description")
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                        .unwrap_or_else(|| format!("invalid response received: {e}")),
                );
                return None;
            }
            let st = v["data"]["account_statz"].as_array()?.first()?;
            let srv = &v["server"];
            let tags: Vec<String> = srv["tags"]
                .as_array()
                .map(|t| {
                    t.iter()
                        .filter_map(|x| x.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            let vals = [
                i(st, "conns"),
                i(st, "leafnodes"),
                i(&st["sent"], "bytes"),
                i(&st["sent"], "msgs"),
                i(&st["received"], "bytes"),
                i(&st["received"], "msgs"),
                i(st, "slow_consumers"),
            ];
            for (t, v) in tot.iter_mut().zip(vals) {
                *t += v;
            }
            rows.push(vec![
                s(srv, "host"),
                s(srv, "cluster"),
                s(srv, "ver"),
                tags.join(", "),
                comma_i64(vals[0]),
                comma_i64(i(st, "num_subscriptions")),
                comma_i64(vals[1]),
                ibytes(vals[2].max(0) as u64),
                comma_i64(vals[3]),
                ibytes(vals[4].max(0) as u64),
                comma_i64(vals[5]),
                comma_i64(vals[6]),
            ]);
            None
        },
    )
    .await?;
    let scheme = session.settings.color_scheme.clone();
    session.close().await;
    if let Some(e) = failure {
        anyhow::bail!(e);
    }
    if answers == 0 {
        anyhow::bail!("did not get results from any servers");
    }
    rows.push(vec![
        answers.to_string(),
        String::new(),
        String::new(),
        String::new(),
        comma_i64(tot[0]),
        comma_i64(tot[1]),
        ibytes(tot[2].max(0) as u64),
        comma_i64(tot[3]),
        ibytes(tot[4].max(0) as u64),
        comma_i64(tot[5]),
        comma_i64(tot[6]),
        String::new(),
    ]);
    let headers = [
        "Server",
        "Cluster",
        "Version",
        "Tags",
        "Connections",
        "Subscriptions",
        "Leafnodes",
        "Sent Bytes",
        "Sent Messages",
        "Received Bytes",
        "Received Messages",
        "Slow Consumers",
    ];
    let table = crate::kit::output::table("Server Statistics", &headers, &rows, &scheme);
    println!("{}\n", crate::kit::output::with_footer(&table));
    Ok(ExitCode::SUCCESS)
}

fn s(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn i(v: &Value, key: &str) -> i64 {
    v.get(key).and_then(Value::as_i64).unwrap_or(0)
}

fn u(v: &Value, key: &str) -> u64 {
    v.get(key).and_then(Value::as_u64).unwrap_or(0)
}

async fn info(global: GlobalOpts) -> anyhow::Result<ExitCode> {
    let session = connect::connect(&global).await?;
    let client = &session.client;
    // The RTT's PONG comes after the INFO that tells the account (`acc_is_sys`).
    let rtt = client.rtt().await.unwrap_or_default();
    let sinfo = client.server_info();

    // $SYS.REQ.USER.INFO, one second as natscli waits.
    let user_info = match tokio::time::timeout(
        Duration::from_secs(1),
        client.request("$SYS.REQ.USER.INFO", Bytes::new()),
    )
    .await
    {
        Ok(Ok(msg)) => serde_json::from_slice::<Value>(&msg.payload)
            .ok()
            .filter(|v| v.get("error").is_none_or(Value::is_null))
            .and_then(|v| v.get("data").cloned()),
        _ => None,
    };

    let mut cols = Columns::new("Account Information");
    if let Some(ui) = &user_info {
        let (user, user_name) = (s(ui, "user"), s(ui, "user_name"));
        if user_name.is_empty() {
            cols.row("User", user);
        } else {
            cols.row("User", format!("{user_name} ({user})"));
        }
        let (acc, acc_name) = (s(ui, "account"), s(ui, "account_name"));
        if acc_name.is_empty() {
            cols.row("Account", acc);
        } else {
            cols.row("Account", format!("{acc_name} ({acc})"));
            cols.row("System Account", sinfo.acc_is_sys.to_string());
        }
        match i(ui, "expires") {
            0 => cols.row("Expires", "never"),
            n => cols.row(
                "Expires",
                duration::humanize(Duration::from_nanos(n.max(0) as u64)),
            ),
        }
    }
    cols.row(
        "Client ID",
        sinfo.client_id.map(|c| c.to_string()).unwrap_or_default(),
    );
    cols.row("Client IP", sinfo.client_ip.clone().unwrap_or_default());
    cols.row("RTT", duration::humanize(rtt));
    cols.row("Headers Supported", sinfo.headers.to_string());
    cols.row("Maximum Payload", ibytes(client.max_payload() as u64));
    cols.row_if_not_empty("Connected Cluster", sinfo.cluster.as_deref().unwrap_or(""));
    let url = client.connected_url().unwrap_or_default();
    cols.row("Connected URL", url.clone());
    let addr = url
        .split("://")
        .nth(1)
        .unwrap_or(url.as_str())
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .to_owned();
    cols.row("Connected Address", addr);
    cols.row("Connected Server ID", sinfo.server_id.clone());
    cols.row("Connected Server Version", sinfo.version.clone());
    cols.row_if(
        "Connected Server Name",
        sinfo.server_name.clone(),
        sinfo.server_id != sinfo.server_name,
    );
    if url.starts_with("tls://") {
        cols.row("TLS Connection", "yes");
    } else {
        cols.row("TLS Connection", "no");
    }

    if let Some(perms) = user_info.as_ref().and_then(|u| u.get("permissions")) {
        cols.title("Connection Permissions");
        for (title, key) in [("Publish:", "publish"), ("Subscribe:", "subscribe")] {
            render_perm(&mut cols, title, perms.get(key));
            cols.line("");
        }
    }

    let js = tokio::time::timeout(
        session.timeout,
        client.request("$JS.API.INFO", Bytes::new()),
    )
    .await;
    match js {
        Err(_) => {
            cols.line("");
            cols.line("   No response from JetStream server");
        }
        Ok(Err(rnats_proto::client::ClientError::NoResponders)) => {
            cols.line("");
            cols.line("   JetStream is not supported in this account");
        }
        Ok(Err(e)) => {
            cols.line("");
            cols.line(format!("   Could not obtain account information:  {e}"));
        }
        Ok(Ok(msg)) => {
            let v: Value = serde_json::from_slice(&msg.payload).unwrap_or_default();
            if let Some(err) = v.get("error").filter(|e| !e.is_null()) {
                cols.line("");
                cols.line(format!(
                    "   Could not obtain account information:  {} ({})",
                    s(err, "description"),
                    i(err, "err_code")
                ));
            } else {
                render_js(&mut cols, &v, client.max_payload());
            }
        }
    }
    print!("{}", cols.render());
    session.close().await;
    Ok(ExitCode::SUCCESS)
}

fn render_perm(cols: &mut Columns, title: &str, p: Option<&Value>) {
    let Some(p) = p else { return };
    let list = |k: &str| -> Vec<String> {
        let mut v: Vec<String> = p
            .get(k)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    };
    let (allow, deny) = (list("allow"), list("deny"));
    if allow.is_empty() && deny.is_empty() {
        return;
    }
    cols.indent(2);
    cols.line(title);
    for (label, values) in [("Allow", &allow), ("Deny", &deny)] {
        if values.is_empty() {
            continue;
        }
        if label == "Deny" {
            cols.line("");
        }
        for (n, v) in values.iter().enumerate() {
            cols.row(if n == 0 { label } else { "" }, v.clone());
        }
    }
    cols.indent(0);
}

fn render_js(cols: &mut Columns, v: &Value, max_payload: usize) {
    let domain = s(v, "domain");
    if domain.is_empty() {
        cols.title("JetStream Account Information");
    } else {
        cols.title(format!("JetStream Account Information for domain {domain}"));
    }
    cols.title("Account Usage");
    cols.row_if_not_empty("Domain", &domain);
    cols.row("Storage", ibytes(u(v, "storage")));
    cols.row("Memory", ibytes(u(v, "memory")));
    cols.row("Streams", comma_i64(i(v, "streams")));
    cols.row("Consumers", comma_i64(i(v, "consumers")));
    cols.title("Account Limits");
    cols.row("Max Message Payload", ibytes(max_payload as u64));
    match v.get("tiers").and_then(Value::as_object) {
        Some(tiers) if !tiers.is_empty() => {
            let mut names: Vec<&String> = tiers.keys().collect();
            names.sort();
            for n in names {
                render_tier(cols, n, &tiers[n]);
            }
        }
        _ => render_tier(cols, "Default", v),
    }
}

fn render_tier(cols: &mut Columns, name: &str, t: &Value) {
    let empty = Value::Null;
    let l = t.get("limits").unwrap_or(&empty);
    cols.indent(2);
    cols.title(format!("Tier: {name}"));
    cols.indent(6);
    cols.title("Configuration Requirements");
    cols.row(
        "Stream Requires Max Bytes Set",
        l.get("max_bytes_required")
            .and_then(Value::as_bool)
            .unwrap_or(false)
            .to_string(),
    );
    let ack = i(l, "max_ack_pending");
    cols.row(
        "Consumer Maximum Ack Pending",
        if ack <= 0 {
            "Unlimited".to_owned()
        } else {
            comma_i64(ack)
        },
    );
    cols.title("Stream Resource Usage Limits");
    let reserved = |n: u64| {
        if n > 0 {
            format!("({} reserved)", ibytes(n))
        } else {
            String::new()
        }
    };
    let of = |used: u64, max: i64, res: String| {
        if max == -1 {
            format!("{} of Unlimited {res}", ibytes(used))
        } else {
            format!("{} of {} {res}", ibytes(used), ibytes(max.max(0) as u64))
        }
    };
    let per = |n: i64| {
        if n <= 0 {
            "Unlimited".to_owned()
        } else {
            ibytes(n as u64)
        }
    };
    cols.row(
        "Memory",
        of(
            u(t, "memory"),
            i(l, "max_memory"),
            reserved(u(t, "reserved_memory")),
        ),
    );
    cols.row("Memory Per Stream", per(i(l, "memory_max_stream_bytes")));
    cols.row(
        "Storage",
        of(
            u(t, "storage"),
            i(l, "max_storage"),
            reserved(u(t, "reserved_storage")),
        ),
    );
    cols.row("Storage Per Stream", per(i(l, "storage_max_stream_bytes")));
    let max_streams = i(l, "max_streams");
    cols.row(
        "Streams",
        if max_streams == -1 {
            format!("{} of Unlimited", comma_i64(i(t, "streams")))
        } else {
            format!(
                "{} of {}",
                comma_i64(i(t, "streams")),
                comma_i64(max_streams)
            )
        },
    );
    let max_cons = i(l, "max_consumers");
    cols.row(
        "Consumers",
        if max_cons == -1 {
            "Unlimited".to_owned()
        } else {
            format!("Maximum {} per stream", comma_i64(max_cons))
        },
    );
    cols.indent(0);
}
