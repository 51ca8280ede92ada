//! The JetStream context of a connection as natscli selects it: `--js-api-prefix` as given,
//! else `$JS.<domain>.API` with `--js-domain`, else `$JS.API`; API requests and publish acks
//! wait up to `--timeout`. The typed API itself is `rnats_proto::jetstream::JetStream`.
//! Every JetStream command (`stream`, `consumer`, `sub` on streams, `bench js`) builds its
//! context here.

use crate::kit::connect::Session;
use rnats_proto::client::Client;
use rnats_proto::jetstream::JetStream;
use rnats_proto::kit::context::Settings;
use std::time::Duration;

/// The JetStream context over `client` for the effective `settings`.
pub fn context(client: Client, settings: &Settings, timeout: Duration) -> JetStream {
    let mut js = if !settings.jetstream_api_prefix.is_empty() {
        JetStream::with_prefix(client, settings.jetstream_api_prefix.clone())
    } else if !settings.jetstream_domain.is_empty() {
        JetStream::with_domain(client, &settings.jetstream_domain)
    } else {
        JetStream::new(client)
    };
    js.set_timeout(timeout);
    js
}

/// The JetStream context of a connected CLI session (its client, settings and `--timeout`);
/// with `--trace` every API request and response is logged as natscli (jsm.go) does.
pub fn for_session(session: &Session) -> JetStream {
    let mut js = context(session.client.clone(), &session.settings, session.timeout);
    if session.trace {
        js.set_tracer(crate::kit::output::log);
    }
    js
}
