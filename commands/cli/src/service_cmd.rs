//! `nats service` (`micro`): discovery and use of NATS services (ADR-32).
//!
//! As natscli: `list [NAME]` tables the instances answering `$SRV.INFO[.NAME]`, `info NAME [ID]`
//! shows one instance's endpoints and statistics, `stats NAME [ID]` tables every instance's
//! endpoint statistics with totals, `ping [NAME]` prints every `$SRV.PING` reply with its
//! round-trip time until `--timeout`, `request NAME ENDPOINT [BODY]` sends a request to an
//! endpoint found through INFO (the `nats request` machinery), and `serve NAME` runs natscli's
//! demo echo service on `NAME.echo` with `rnats_proto::micro`'s services framework. Replies are
//! gathered as jsm.go's `DoReq` does: up to the expected count, else until 300ms pass without
//! a reply (or the timeout); replies whose `type` is not the expected one are skipped.

use crate::kit::columns::{self, Columns};
use crate::kit::connect::{self, Session};
use crate::kit::output::{self, log};
use crate::options::GlobalOpts;
use anyhow::bail;
use bytes::Bytes;
use clap::{Args, Subcommand};
use rnats_proto::micro::{self, Verb};
use rnats_proto::HeaderMap;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::io::Write as _;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Services discovery and management
#[derive(Debug, Clone, Args)]
pub struct ServiceArgs {
    /// The service subcommand.
    #[command(subcommand)]
    pub command: ServiceCommand,
}

/// `nats service` subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum ServiceCommand {
    /// List known Services
    #[command(name = "list", visible_aliases = ["ls", "l"])]
    List {
        /// List instances of a specific Service
        #[arg(value_name = "NAME")]
        service: Option<String>,
        /// Show JSON output
        #[arg(short = 'j', long)]
        json: bool,
    },
    /// Show Service information
    #[command(name = "info", visible_alias = "i")]
    Info {
        /// Service to show
        service: String,
        /// Show info for a specific ID
        id: Option<String>,
        /// Filter shown endpoints using a regular expression
        #[arg(short = 'e', long)]
        endpoint: Option<String>,
        /// Show JSON output
        #[arg(short = 'j', long)]
        json: bool,
    },
    /// Report Service statistics
    #[command(name = "stats")]
    Stats {
        /// Service to show
        service: String,
        /// Show info for a specific ID
        id: Option<String>,
        /// Show JSON output
        #[arg(short = 'j', long)]
        json: bool,
    },
    /// Sends a ping to all Services
    #[command(name = "ping")]
    Ping {
        /// Service to show
        service: Option<String>,
    },
    /// Send a request to a service endpoint
    #[command(name = "request", visible_alias = "req")]
    Request(RequestArgs),
    /// Runs a demo Service
    #[command(name = "serve")]
    Serve {
        /// A name for the service to run on
        name: String,
        /// Headers to add to responses using K:V format
        #[arg(short = 'H', long = "header", value_name = "K:V")]
        header: Vec<String>,
    },
}

/// `service request` flags (those of `nats request` that natscli passes on).
#[derive(Debug, Clone, Args)]
pub struct RequestArgs {
    /// Service name
    pub service: String,
    /// Endpoint name
    pub endpoint: String,
    /// Request payload
    pub payload: Option<String>,
    /// Headers in K:V form
    #[arg(short = 'H', long = "header", value_name = "K:V")]
    pub header: Vec<String>,
    /// Show only the reply body
    #[arg(short = 'r', long)]
    pub raw: bool,
    /// Send the request N times
    #[arg(long, default_value_t = 1)]
    pub count: i64,
    /// Pipe each reply body through CMD before output
    #[arg(long)]
    pub translate: Option<String>,
    /// Force reading payload from stdin
    #[arg(long = "force-stdin")]
    pub force_stdin: bool,
    /// When to send data from stdin: 'eof' (default) or 'newline'
    #[arg(long = "send-on", value_enum, default_value_t = crate::kit::body::SendOn::Eof)]
    pub send_on: crate::kit::body::SendOn,
    /// Enables template functions in body and subject
    #[command(flatten)]
    pub templates: crate::kit::body::TemplatesFlag,
}

/// Runs `nats service`.
pub async fn run(global: GlobalOpts, args: ServiceArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        ServiceCommand::List { service, json } => {
            list(&global, service.unwrap_or_default(), json).await
        }
        ServiceCommand::Info {
            service,
            id,
            endpoint,
            json,
        } => info(&global, &service, &id.unwrap_or_default(), endpoint, json).await,
        ServiceCommand::Stats { service, id, json } => {
            stats(&global, &service, &id.unwrap_or_default(), json).await
        }
        ServiceCommand::Ping { service } => ping(&global, &service.unwrap_or_default()).await,
        ServiceCommand::Request(a) => request(global, a).await,
        ServiceCommand::Serve { name, header } => serve(&global, &name, &header).await,
    }
}

/// jsm.go's `DoReq`: replies to one request, up to `want` (0: until 300ms of quiet or the
/// timeout). A no-responders status is an error with `no_responders` as its text.
async fn gather(
    session: &Session,
    subject: &str,
    want: usize,
    no_responders: &str,
) -> anyhow::Result<Vec<Bytes>> {
    let client = &session.client;
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await?;
    if session.trace {
        log(&format!(">>> {subject}"));
    }
    client
        .publish_with_reply(subject.to_string(), inbox, None, Bytes::new())
        .await?;
    client.flush().await?;
    let deadline = tokio::time::Instant::now() + session.timeout;
    let mut quiet_until = deadline;
    let mut out = Vec::new();
    loop {
        let msg = tokio::select! {
            m = sub.next() => m,
            () = tokio::time::sleep_until(quiet_until.min(deadline)) => None,
            () = connect::interrupted() => None,
        };
        let Some(msg) = msg else { break };
        if msg.is_no_responders() {
            bail!("{no_responders}");
        }
        if session.trace {
            log(&format!("<<< {}", String::from_utf8_lossy(&msg.payload)));
        }
        out.push(msg.payload);
        if want > 0 && out.len() >= want {
            break;
        }
        if want == 0 {
            quiet_until = tokio::time::Instant::now() + Duration::from_millis(300);
        }
    }
    let _ = sub.unsubscribe().await;
    Ok(out)
}

/// natscli's `parseMessage`: the reply as `T` when its `type` is `kind`, else `None`.
fn parse<T: DeserializeOwned>(data: &[u8], kind: &str) -> Option<T> {
    let v: serde_json::Value = serde_json::from_slice(data).ok()?;
    if v.get("type").and_then(|t| t.as_str()) != Some(kind) {
        return None;
    }
    serde_json::from_value(v).ok()
}

async fn get_info(
    session: &Session,
    name: &str,
    id: &str,
    want: usize,
) -> anyhow::Result<Vec<micro::Info>> {
    let subject = micro::verb_subject(Verb::Info, name, id);
    let replies = gather(session, &subject, want, "no service instances found").await?;
    let mut nfos: Vec<micro::Info> = replies
        .iter()
        .filter_map(|r| parse(r, micro::INFO_RESPONSE_TYPE))
        .collect();
    nfos.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    Ok(nfos)
}

async fn list(global: &GlobalOpts, name: String, json: bool) -> anyhow::Result<ExitCode> {
    let session = connect::connect(global).await?;
    let nfos = get_info(&session, &name, "", 0).await?;
    session.close().await;
    let mut out = std::io::stdout().lock();
    if json {
        if nfos.is_empty() {
            writeln!(out, "null")?;
        } else {
            output::print_json(&nfos)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if nfos.is_empty() {
        writeln!(out, "No results received")?;
        return Ok(ExitCode::SUCCESS);
    }
    let title = if name.is_empty() {
        "All Services".to_string()
    } else {
        format!("{name} Service Instances")
    };
    let (mut pd, mut pv, mut pn) = (String::new(), String::new(), String::new());
    let mut rows = Vec::new();
    for s in &nfos {
        let blank_if_same = |v: &str, prev: &str| {
            if v == prev {
                String::new()
            } else {
                v.to_string()
            }
        };
        rows.push(vec![
            blank_if_same(&s.name, &pn),
            blank_if_same(&s.version, &pv),
            s.id.clone(),
            blank_if_same(&s.description, &pd),
        ]);
        pd = s.description.clone();
        pv = s.version.clone();
        pn = s.name.clone();
    }
    let scheme = global.colors.clone().unwrap_or_default();
    let table = output::table(
        &title,
        &["Name", "Version", "ID", "Description"],
        &rows,
        &scheme,
    );
    writeln!(out, "{table}")?;
    Ok(ExitCode::SUCCESS)
}

async fn instance_stats(session: &Session, name: &str, id: &str) -> anyhow::Result<micro::Stats> {
    let subject = micro::verb_subject(Verb::Stats, name, id);
    let replies = gather(session, &subject, 1, "no micro instances found").await?;
    let Some(first) = replies.first() else {
        bail!("no statistics received for {name} > {id}");
    };
    parse(first, micro::STATS_RESPONSE_TYPE)
        .ok_or_else(|| anyhow::anyhow!("invalid statistics received for {name} > {id}"))
}

/// natscli's `AddMapStringsAsValue`: sorted `key: value` rows, keys right-aligned, the first
/// under `title`.
fn map_rows(cols: &mut Columns, title: &str, data: &BTreeMap<String, String>) {
    let longest = data.keys().map(|k| k.chars().count()).max().unwrap_or(0);
    for (i, (k, v)) in data.iter().enumerate() {
        let pad = " ".repeat(longest - k.chars().count());
        cols.row(if i == 0 { title } else { "" }, format!("{pad}{k}: {v}"));
    }
}

async fn info(
    global: &GlobalOpts,
    name: &str,
    id: &str,
    endpoint: Option<String>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let filter = endpoint
        .map(|e| regex::Regex::new(&e).map_err(|err| anyhow::anyhow!("invalid regexp {e}: {err}")))
        .transpose()?;
    let keep = |n: &str| filter.as_ref().is_none_or(|re| re.is_match(n));
    let session = connect::connect(global).await?;
    let nfos = get_info(&session, name, id, 1).await?;
    let mut out = std::io::stdout().lock();
    let Some(mut nfo) = nfos.into_iter().next() else {
        session.close().await;
        writeln!(out, "{}", if json { "{}" } else { "No results received" })?;
        return Ok(ExitCode::SUCCESS);
    };
    let mut stats = instance_stats(&session, &nfo.name, &nfo.id).await?;
    session.close().await;
    if json {
        if filter.is_some() {
            nfo.endpoints.retain(|e| keep(&e.name));
            stats.endpoints.retain(|e| keep(&e.name));
        }
        output::print_json(&serde_json::json!({"info": nfo, "stats": stats}))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut cols = Columns::new("Service Information");
    cols.row("Service", format!("{} ({})", nfo.name, nfo.id));
    cols.row("Description", nfo.description.clone());
    cols.row("Version", nfo.version.clone());
    if let Some(md) = nfo.metadata.as_ref().filter(|m| !m.is_empty()) {
        map_rows(&mut cols, "Metadata", md);
    }
    cols.title("Endpoints:");
    cols.indent(2);
    for e in nfo.endpoints.iter().filter(|e| keep(&e.name)) {
        cols.line("");
        cols.row("Name", e.name.clone());
        cols.row("Subject", e.subject.clone());
        if !e.queue_group.is_empty() {
            cols.row("Queue Group", e.queue_group.clone());
        }
        if let Some(md) = e.metadata.as_ref().filter(|m| !m.is_empty()) {
            map_rows(&mut cols, "Metadata", md);
        }
    }
    cols.indent(0);
    cols.title(format!(
        "Statistics for {} Endpoint(s)",
        stats.endpoints.len()
    ));
    for e in stats.endpoints.iter().filter(|e| keep(&e.name)) {
        let ename = if e.name.is_empty() {
            "default"
        } else {
            &e.name
        };
        cols.indent(2);
        cols.title(format!("{ename} Endpoint Statistics"));
        cols.row(
            "Requests",
            format!(
                "{} in group {}",
                crate::kit::numbers::comma(e.num_requests),
                rnats_proto::kit::format::go_quote(&e.queue_group)
            ),
        );
        cols.row(
            "Processing Time",
            format!(
                "{} (average {})",
                columns::nanos(e.processing_time),
                columns::nanos(e.average_processing_time)
            ),
        );
        cols.row(
            "Started",
            format!(
                "{} ({} ago)",
                columns::time(&stats.started),
                columns::since(&stats.started, None)
            ),
        );
        cols.row("Errors", e.num_errors.to_string());
        cols.row_if_not_empty("Last Error", &e.last_error);
        if let Some(data) = &e.data {
            cols.title("Endpoint Specific Statistics");
            let pretty = serde_json::to_string_pretty(data).unwrap_or_default();
            let indented = pretty.replace('\n', "\n    ");
            cols.line(format!(" {indented}"));
        }
        cols.indent(0);
    }
    write!(out, "{}", cols.render())?;
    Ok(ExitCode::SUCCESS)
}

async fn stats(global: &GlobalOpts, name: &str, id: &str, json: bool) -> anyhow::Result<ExitCode> {
    let session = connect::connect(global).await?;
    let subject = micro::verb_subject(Verb::Stats, name, id);
    let replies = gather(&session, &subject, 0, "no service instances found").await?;
    session.close().await;
    let mut out = std::io::stdout().lock();
    if replies.is_empty() {
        writeln!(out, "No responses received")?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut all: Vec<micro::Stats> = replies
        .iter()
        .filter_map(|r| parse(r, micro::STATS_RESPONSE_TYPE))
        .collect();
    all.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    if json {
        output::print_json(&all)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (mut requests, mut errors, mut run_time) = (0u64, 0u64, 0i64);
    let mut rows = Vec::new();
    for s in &all {
        for (i, e) in s.endpoints.iter().enumerate() {
            rows.push(vec![
                if i == 0 { s.id.clone() } else { String::new() },
                e.name.clone(),
                crate::kit::numbers::comma(e.num_requests),
                e.queue_group.clone(),
                crate::kit::numbers::comma(e.num_errors),
                columns::nanos(e.processing_time),
                columns::nanos(e.average_processing_time),
            ]);
            requests += e.num_requests;
            errors += e.num_errors;
            run_time = run_time.saturating_add(e.processing_time);
        }
    }
    let avg = if run_time > 0 && requests + errors > 0 {
        run_time / (requests + errors) as i64
    } else {
        0
    };
    rows.push(vec![
        String::new(),
        String::new(),
        crate::kit::numbers::comma(requests),
        String::new(),
        crate::kit::numbers::comma(errors),
        columns::nanos(run_time),
        columns::nanos(avg),
    ]);
    let scheme = global.colors.clone().unwrap_or_default();
    let table = output::table(
        &format!("{name} Service Statistics"),
        &[
            "ID",
            "Endpoint",
            "Requests",
            "Queue Group",
            "Errors",
            "Processing Time",
            "Average Time",
        ],
        &rows,
        &scheme,
    );
    writeln!(out, "{}", crate::kit::output::with_footer(&table))?;
    Ok(ExitCode::SUCCESS)
}

async fn ping(global: &GlobalOpts, name: &str) -> anyhow::Result<ExitCode> {
    let session = connect::connect(global).await?;
    let client = &session.client;
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await?;
    let start = Instant::now();
    let subject = micro::verb_subject(Verb::Ping, name, "");
    client
        .publish_with_reply(subject.clone(), inbox, None, Bytes::new())
        .await?;
    if session.trace {
        log(&format!(">>> {subject}"));
    }
    let deadline = tokio::time::Instant::now() + session.timeout;
    loop {
        let msg = tokio::select! {
            m = sub.next() => m,
            () = tokio::time::sleep_until(deadline) => None,
            () = connect::interrupted() => None,
        };
        let Some(msg) = msg else { break };
        if session.trace {
            log(&format!("<<< {}", String::from_utf8_lossy(&msg.payload)));
        }
        if let Some(p) = parse::<micro::Ping>(&msg.payload, micro::PING_RESPONSE_TYPE) {
            let mut out = std::io::stdout().lock();
            writeln!(
                out,
                "{:<50} rtt={}",
                format!("{} {}", p.name, p.id),
                crate::kit::duration::humanize(start.elapsed())
            )?;
            out.flush()?;
        }
    }
    session.close().await;
    Ok(ExitCode::SUCCESS)
}

async fn request(global: GlobalOpts, a: RequestArgs) -> anyhow::Result<ExitCode> {
    let session = connect::connect(&global).await?;
    let nfos = get_info(&session, &a.service, "", 1).await?;
    session.close().await;
    let Some(nfo) = nfos.first() else {
        bail!(
            "no instances of service {} found",
            rnats_proto::kit::format::go_quote(&a.service)
        );
    };
    let Some(ep) = nfo.endpoints.iter().find(|e| e.name == a.endpoint) else {
        if nfo.endpoints.is_empty() {
            bail!(
                "service {} has no endpoints",
                rnats_proto::kit::format::go_quote(&nfo.name)
            );
        }
        let names: Vec<&str> = nfo.endpoints.iter().map(|e| e.name.as_str()).collect();
        bail!(
            "service {} has no endpoint {} (available: {})",
            rnats_proto::kit::format::go_quote(&nfo.name),
            rnats_proto::kit::format::go_quote(&a.endpoint),
            names.join(", ")
        );
    };
    let req = crate::req_cmd::ReqArgs {
        subject: ep.subject.clone(),
        body: if a.force_stdin { None } else { a.payload },
        raw: a.raw,
        header: a.header,
        count: a.count,
        replies: 1,
        reply_timeout: Duration::from_millis(300),
        wait_for_empty: false,
        translate: a.translate,
        force_stdin: a.force_stdin,
        send_on: a.send_on,
        templates: a.templates,
    };
    crate::req_cmd::run(global, req).await
}

/// `service serve NAME`: natscli's demo service, echoing on `NAME.echo`.
async fn serve(global: &GlobalOpts, name: &str, headers: &[String]) -> anyhow::Result<ExitCode> {
    let mut extra = Vec::new();
    for h in headers {
        let Some((k, v)) = h.split_once(':') else {
            bail!("expected KEY:VAL got '{h}'");
        };
        extra.push((k.to_string(), v.to_string()));
    }
    let session = connect::connect(global)
        .await
        .map_err(|e| anyhow::anyhow!("setup failed: {e:#}"))?;
    let client = session.client.clone();
    let mut metadata = BTreeMap::new();
    metadata.insert(
        "_nats.client.created.library".to_string(),
        "natscli".to_string(),
    );
    metadata.insert(
        "_nats.client.created.version".to_string(),
        env!("CARGO_PKG_VERSION").to_string(),
    );
    let service = micro::Service::add(
        &client,
        micro::ServiceConfig {
            name: name.to_string(),
            version: "1.0.0".to_string(),
            description: format!("NATS CLI Demo Service ({name})"),
            metadata,
            queue_group: None,
        },
    )
    .await?;
    let mut endpoint = service.group(name).add_endpoint("echo").await?;
    endpoint.set_data(serde_json::json!({"total_payload": 0}));
    client.flush().await?;
    let url = client.connected_url().unwrap_or_default();
    let mut cols = Columns::new(format!(
        "NATS CLI Service {name} handler {} waiting for requests on {url}",
        std::process::id()
    ));
    cols.title("Listening Subjects");
    cols.row(&format!("{name}.echo"), "Echo Service");
    if !extra.is_empty() {
        cols.title("Custom Response Headers");
        for (k, v) in &extra {
            cols.row(k, v.clone());
        }
    }
    cols.title("Requests Log");
    {
        let mut out = std::io::stdout().lock();
        write!(out, "{}", cols.render())?;
        out.flush()?;
    }
    let mut total_payload = 0usize;
    loop {
        let req = tokio::select! {
            r = endpoint.next() => r,
            () = connect::interrupted() => None,
        };
        let Some(req) = req else { break };
        let msg = &req.message;
        log(&format!("Handling request on subject {}", msg.subject));
        total_payload += msg.payload.len();
        endpoint.set_data(serde_json::json!({"total_payload": total_payload}));
        let mut h = HeaderMap::new();
        let _ = h.append("ConnectedUrl", &url);
        let _ = h.append("Handler", &std::process::id().to_string());
        let _ = h.append("Subject", &msg.subject);
        let _ = h.append(
            "Timestamp",
            &chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string(),
        );
        for (k, v) in &extra {
            let _ = h.append(k, v);
        }
        for (k, v) in output::header_entries(msg.headers.as_ref()) {
            let _ = h.append(&k, &v);
        }
        req.respond(Some(h), msg.payload.clone()).await?;
    }
    service.stop();
    session.close().await;
    Ok(ExitCode::SUCCESS)
}
