//! An ordered consumer: the ephemeral push consumer that Key-Value watches, histories and key
//! listings, and Object Store gets and listings read a stream through (ADR-17 "ordered
//! consumer"; nats.go `OrderedConsumer()`, async-nats `push::OrderedConfig`).
//!
//! The consumer delivers to a fresh inbox with `ack_policy: none`, `max_deliver: 1`, flow
//! control and idle heartbeats, in memory, on one replica. This side answers flow-control
//! requests (status 100 with a reply subject) once every message before them has been taken,
//! which bounds what the server has in flight to its flow-control window; a stalled-consumer
//! heartbeat (`Nats-Consumer-Stalled`) is answered too. A gap in the consumer sequence (a
//! dropped message) recreates the consumer from the stream sequence after the last one seen,
//! on a new inbox, so the caller sees every message once and in stream order.

use std::time::Duration;

use bytes::Bytes;

use super::api::MsgMetadata;
use super::config::{AckPolicy, ConsumerConfig, DeliverPolicy};
use super::context::{JetStream, JetStreamError, Result};
use crate::client::{Message, Subscriber};

/// Idle heartbeat asked of the server (nats.go's ordered consumers use 5 s).
const IDLE_HEARTBEAT: Duration = Duration::from_secs(5);
/// Without interest, the server removes the consumer after this long.
const INACTIVE_THRESHOLD: Duration = Duration::from_secs(30);
/// Missing this many heartbeats in a row means the consumer is gone; it is recreated.
const MISSED_HEARTBEATS: u32 = 3;

/// One message of an ordered consumer with its delivery metadata.
#[derive(Debug, Clone)]
pub struct OrderedMsg {
    /// The message as stored (subject, headers, payload).
    pub msg: Message,
    /// Stream sequence, timestamp and how many messages are still pending.
    pub meta: MsgMetadata,
}

/// An ordered push consumer on one stream (see the module doc).
#[derive(Debug)]
pub struct OrderedConsumer {
    js: JetStream,
    stream: String,
    /// The config without `deliver_subject` and start position (set per incarnation).
    template: ConsumerConfig,
    sub: Subscriber,
    name: String,
    /// The consumer sequence the next message must carry.
    next_cseq: u64,
    /// The last stream sequence delivered to the caller.
    last_sseq: u64,
    /// `num_pending` when the consumer was created (0: nothing to replay).
    initial_pending: u64,
}

impl OrderedConsumer {
    /// Creates the consumer on `stream`: `filters` (one or more subjects; empty means all),
    /// starting as `deliver_policy` (with `opt_start_seq` for [`DeliverPolicy::ByStartSequence`]),
    /// headers only when asked.
    pub async fn create(
        js: &JetStream,
        stream: &str,
        filters: &[String],
        deliver_policy: DeliverPolicy,
        opt_start_seq: u64,
        headers_only: bool,
    ) -> Result<OrderedConsumer> {
        let mut template = ConsumerConfig {
            deliver_policy,
            opt_start_seq,
            ack_policy: AckPolicy::None,
            max_deliver: 1,
            flow_control: true,
            idle_heartbeat: IDLE_HEARTBEAT.as_nanos() as i64,
            inactive_threshold: INACTIVE_THRESHOLD.as_nanos() as i64,
            mem_storage: true,
            num_replicas: 1,
            headers_only,
            ..ConsumerConfig::default()
        };
        match filters {
            [] => {}
            [one] => template.filter_subject = one.clone(),
            many => template.filter_subjects = many.to_vec(),
        }
        let (sub, name, initial_pending) = start(js, stream, &template).await?;
        Ok(OrderedConsumer {
            js: js.clone(),
            stream: stream.to_string(),
            template,
            sub,
            name,
            next_cseq: 1,
            last_sseq: 0,
            initial_pending,
        })
    }

    /// How many messages the consumer had to deliver when it was created: 0 means the
    /// initial data is empty (a watch reports its end at once).
    pub fn initial_pending(&self) -> u64 {
        self.initial_pending
    }

    /// The next message, in stream order. Flow control and heartbeats are handled here; a
    /// gap or a silent server (three heartbeats missed) recreates the consumer. `Ok(None)`
    /// when the connection closed.
    pub async fn next(&mut self) -> Result<Option<OrderedMsg>> {
        let silence = IDLE_HEARTBEAT * MISSED_HEARTBEATS;
        loop {
            let msg = match tokio::time::timeout(silence, self.sub.next()).await {
                Ok(Some(m)) => m,
                Ok(None) => return Ok(None),
                Err(_) => {
                    self.reset().await?;
                    continue;
                }
            };
            if let Some(status) = msg.status() {
                self.control(status, &msg).await?;
                continue;
            }
            let Some(meta) = msg.reply.as_deref().and_then(MsgMetadata::from_reply) else {
                continue;
            };
            if meta.consumer_seq != self.next_cseq {
                self.reset().await?;
                continue;
            }
            self.next_cseq += 1;
            self.last_sseq = meta.stream_seq;
            return Ok(Some(OrderedMsg { msg, meta }));
        }
    }

    /// Answers a status message: flow control and stalled heartbeats get their reply.
    async fn control(&mut self, status: u16, msg: &Message) -> Result<()> {
        match status {
            100 => {
                if let Some(reply) = msg.reply.as_deref().filter(|r| !r.is_empty()) {
                    self.js
                        .client()
                        .publish(reply.to_string(), Bytes::new())
                        .await?;
                }
                if let Some(stalled) = msg
                    .headers
                    .as_ref()
                    .and_then(|h| h.get("Nats-Consumer-Stalled"))
                    .filter(|s| !s.is_empty())
                {
                    self.js
                        .client()
                        .publish(stalled.to_string(), Bytes::new())
                        .await?;
                }
                // A heartbeat names the last consumer sequence sent; a later one than ours
                // means messages were lost.
                let last = msg
                    .headers
                    .as_ref()
                    .and_then(|h| h.get("Nats-Last-Consumer"))
                    .and_then(|s| s.parse::<u64>().ok());
                if last.is_some_and(|l| l >= self.next_cseq) {
                    self.reset().await?;
                }
                Ok(())
            }
            409 => {
                let text = msg.description().unwrap_or_default();
                if text.contains("Consumer Deleted") || text.contains("Consumer Migration") {
                    self.reset().await
                } else {
                    Ok(())
                }
            }
            503 => Err(JetStreamError::NotEnabled),
            _ => Ok(()),
        }
    }

    /// Recreates the consumer on a new inbox, starting after the last stream sequence seen.
    async fn reset(&mut self) -> Result<()> {
        let _ = self.js.delete_consumer(&self.stream, &self.name).await;
        let _ = self.sub.unsubscribe().await;
        let mut cfg = self.template.clone();
        if self.last_sseq > 0 {
            cfg.deliver_policy = DeliverPolicy::ByStartSequence;
            cfg.opt_start_seq = self.last_sseq + 1;
        }
        let (sub, name, _) = start(&self.js, &self.stream, &cfg).await?;
        self.sub = sub;
        self.name = name;
        self.next_cseq = 1;
        Ok(())
    }

    /// Deletes the consumer and unsubscribes.
    pub async fn stop(mut self) {
        let _ = self.sub.unsubscribe().await;
        let _ = self.js.delete_consumer(&self.stream, &self.name).await;
    }
}

/// Subscribes a new inbox, then creates the consumer delivering to it.
async fn start(
    js: &JetStream,
    stream: &str,
    template: &ConsumerConfig,
) -> Result<(Subscriber, String, u64)> {
    let inbox = js.client().new_inbox();
    let sub = js.client().subscribe(inbox.clone()).await?;
    let mut cfg = template.clone();
    cfg.deliver_subject = inbox;
    let info = js.create_consumer(stream, &cfg).await?;
    Ok((sub, info.name, info.num_pending))
}
