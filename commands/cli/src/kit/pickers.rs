//! Pickers: the stream or consumer a command acts on, from its argument or, on a terminal,
//! picked from what the server has (natscli's `selectStream` and `selectConsumer`); shared by
//! `stream`, `consumer` and their graph views.

use anyhow::{bail, Context as _};
use rnats_proto::jetstream::JetStream;

use crate::kit::prompt;

/// Whether a stream backs a KV bucket, object store or MQTT state (jsm's
/// `IsInternalStream`).
pub fn is_internal(name: &str) -> bool {
    name.starts_with("KV_") || name.starts_with("OBJ_") || name.starts_with("$MQTT_")
}

/// The stream to act on: the argument, else one picked on a terminal.
pub async fn pick_stream(js: &JetStream, stream: Option<String>) -> anyhow::Result<String> {
    if let Some(s) = stream {
        return Ok(s);
    }
    if !prompt::is_terminal() {
        bail!("could not pick a Stream to operate on: cannot pick a Stream without a terminal and no Stream name supplied");
    }
    let names = js
        .stream_names(None)
        .await
        .context("could not pick a Stream to operate on")?;
    let names: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| !is_internal(n))
        .collect();
    match names.as_slice() {
        [] => bail!("could not pick a Stream to operate on: no Streams are defined"),
        [one] => Ok((*one).to_string()),
        many => prompt::select("Select a Stream", many, many[0], "the STREAM argument"),
    }
}

/// The stream argument, or one picked from the known streams on a terminal.
pub async fn stream_or_pick(js: &JetStream, stream: Option<String>) -> anyhow::Result<String> {
    if let Some(s) = stream.filter(|s| !s.is_empty()) {
        return Ok(s);
    }
    prompt::require_terminal("a STREAM argument")?;
    let names = js.stream_names(None).await?;
    if names.is_empty() {
        bail!("no Streams are defined");
    }
    eprintln!("Streams: {}", names.join(", "));
    let picked = prompt::ask("Select a Stream", Some(&names[0]), "STREAM")?;
    Ok(picked)
}

/// The consumer argument, or one picked from the stream's consumers on a terminal.
pub async fn consumer_or_pick(
    js: &JetStream,
    stream: &str,
    consumer: Option<String>,
) -> anyhow::Result<String> {
    if let Some(c) = consumer.filter(|c| !c.is_empty()) {
        return Ok(c);
    }
    prompt::require_terminal("a CONSUMER argument")?;
    let names = js.consumer_names(stream).await?;
    if names.is_empty() {
        bail!("stream {stream} has no Consumers");
    }
    eprintln!("Consumers: {}", names.join(", "));
    prompt::ask("Select a Consumer", Some(&names[0]), "CONSUMER")
}
