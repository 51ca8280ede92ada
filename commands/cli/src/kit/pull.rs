//! Continuous consumption of a JetStream consumer, pull or push, as one stream of messages
//! (nats.go's `Consume` for pull consumers; a plain subscription for push consumers).
//!
//! A pull [`Consumer`] keeps up to `batch` messages requested on one inbox and asks for more
//! once half have arrived, never beyond `max` in all; expired requests (408) and heartbeats are
//! absorbed, and a request that went quiet for longer than its expiry is simply renewed. A
//! push consumer subscribes to the consumer's deliver subject (in its deliver group), answers
//! flow control requests and resumes stalled deliveries from heartbeats. Acknowledging is the
//! caller's business ([`ack`]).

use anyhow::{bail, Context as _};
use bytes::Bytes;
use rnats_proto::client::{Message, Subscriber};
use rnats_proto::jetstream::{ConsumerInfo, JetStream, NextRequest};
use std::time::Duration;

/// How long one pull request lives on the server (nats.go's default).
pub const PULL_EXPIRES: Duration = Duration::from_secs(30);

/// The idle heartbeat asked for with every pull request.
const PULL_HEARTBEAT: Duration = Duration::from_secs(5);

/// A consumer being read.
pub struct Consumer {
    js: JetStream,
    sub: Subscriber,
    mode: Mode,
}

enum Mode {
    Pull {
        next_subject: String,
        inbox: String,
        batch: u64,
        outstanding: u64,
        requested: u64,
        max: Option<u64>,
    },
    Push,
}

impl Consumer {
    /// Starts reading the consumer `info` describes: a pull consumer with requests of up to
    /// `batch` messages and at most `max` in all, or a push consumer's deliver subject.
    pub async fn start(
        js: &JetStream,
        info: &ConsumerInfo,
        batch: u64,
        max: Option<u64>,
    ) -> anyhow::Result<Consumer> {
        let client = js.client();
        let cfg = &info.config;
        if cfg.is_push() {
            let sub = if cfg.deliver_group.is_empty() {
                client.subscribe(cfg.deliver_subject.clone()).await?
            } else {
                client
                    .queue_subscribe(cfg.deliver_subject.clone(), cfg.deliver_group.clone())
                    .await?
            };
            client.flush().await?;
            return Ok(Consumer {
                js: js.clone(),
                sub,
                mode: Mode::Push,
            });
        }
        let inbox = client.new_inbox();
        let sub = client.subscribe(inbox.clone()).await?;
        Ok(Consumer {
            js: js.clone(),
            sub,
            mode: Mode::Pull {
                next_subject: format!(
                    "{}.CONSUMER.MSG.NEXT.{}.{}",
                    js.prefix(),
                    info.stream_name,
                    info.name
                ),
                inbox,
                batch: batch.max(1),
                outstanding: 0,
                requested: 0,
                max,
            },
        })
    }

    /// The next stream message; `None` when the connection closed.
    pub async fn next(&mut self) -> anyhow::Result<Option<Message>> {
        loop {
            self.top_up().await?;
            let wait = PULL_EXPIRES + Duration::from_secs(2);
            let msg = match tokio::time::timeout(wait, self.sub.next()).await {
                Ok(Some(m)) => m,
                Ok(None) => return Ok(None),
                Err(_) => {
                    // Nothing at all for longer than a request lives: ask afresh.
                    if let Mode::Pull {
                        outstanding,
                        requested,
                        ..
                    } = &mut self.mode
                    {
                        *requested = requested.saturating_sub(*outstanding);
                        *outstanding = 0;
                    }
                    continue;
                }
            };
            match msg.status() {
                None => {
                    if let Mode::Pull { outstanding, .. } = &mut self.mode {
                        *outstanding = outstanding.saturating_sub(1);
                    }
                    return Ok(Some(msg));
                }
                Some(100) => self.control(&msg).await?,
                Some(404 | 408 | 409) => {
                    let why = msg.description().unwrap_or_default().to_string();
                    if msg.status() == Some(409)
                        && !why.contains("Exceeded Max")
                        && !why.contains("Message Size Exceeds")
                    {
                        bail!("409 {why}");
                    }
                    let pending: u64 = msg
                        .headers
                        .as_ref()
                        .and_then(|h| h.get("Nats-Pending-Messages"))
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    if let Mode::Pull {
                        outstanding,
                        requested,
                        ..
                    } = &mut self.mode
                    {
                        *outstanding = outstanding.saturating_sub(pending);
                        *requested = requested.saturating_sub(pending);
                    }
                }
                Some(code) => bail!(
                    "unexpected status from the consumer: {code} {}",
                    msg.description().unwrap_or_default()
                ),
            }
        }
    }

    /// Heartbeats and flow control: answer a flow control request, resume a stalled push
    /// consumer.
    async fn control(&self, msg: &Message) -> anyhow::Result<()> {
        let client = self.js.client();
        if let Some(reply) = msg.reply.as_deref().filter(|r| !r.is_empty()) {
            client.publish(reply.to_string(), Bytes::new()).await?;
        } else if let Some(stalled) = msg
            .headers
            .as_ref()
            .and_then(|h| h.get("Nats-Consumer-Stalled"))
        {
            client.publish(stalled.to_string(), Bytes::new()).await?;
        }
        Ok(())
    }

    /// Sends a pull request when half the requested messages have arrived.
    async fn top_up(&mut self) -> anyhow::Result<()> {
        let Mode::Pull {
            next_subject,
            inbox,
            batch,
            outstanding,
            requested,
            max,
        } = &mut self.mode
        else {
            return Ok(());
        };
        if *outstanding > *batch / 2 {
            return Ok(());
        }
        let mut want = *batch - *outstanding;
        if let Some(max) = *max {
            want = want.min(max.saturating_sub(*requested));
        }
        if want == 0 {
            return Ok(());
        }
        let body = serde_json::to_vec(&NextRequest {
            batch: want,
            expires: nanos(PULL_EXPIRES),
            idle_heartbeat: nanos(PULL_HEARTBEAT),
            ..NextRequest::default()
        })
        .context("encoding the pull request")?;
        self.js
            .client()
            .publish_with_reply(next_subject.clone(), inbox.clone(), None, Bytes::from(body))
            .await
            .context("sending the pull request")?;
        *outstanding += want;
        *requested += want;
        Ok(())
    }
}

/// Nanoseconds of `d` as the API carries durations.
pub fn nanos(d: Duration) -> i64 {
    i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)
}

/// Acknowledges `msg` with `body` (`+ACK`, `-NAK`, `+TERM`, ...); with `wait`, as a request
/// that waits for the server's confirmation (natscli's double ack).
pub async fn ack(
    js: &JetStream,
    msg: &Message,
    body: &'static str,
    wait: bool,
) -> anyhow::Result<()> {
    let Some(reply) = msg.reply.clone().filter(|r| !r.is_empty()) else {
        bail!("the message has no reply subject to acknowledge");
    };
    let body = Bytes::from_static(body.as_bytes());
    if wait {
        js.client()
            .request_with(reply, None, body, js.timeout())
            .await?;
    } else {
        js.client().publish(reply, body).await?;
    }
    Ok(())
}
