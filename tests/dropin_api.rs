//! JetStream API drop-in details, each observed on nats-server 2.14 and run as a twin against
//! rnats and the reference: the error precedence of consumer create on a missing stream.

use serde_json::Value;

use crate::util::{server_test, Kind, TestServer};

/// Starts `kind` with JetStream on a fresh store; the tempdir lives as long as the server.
fn start_js(kind: Kind) -> (TestServer, tempfile::TempDir) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path").to_string();
    (TestServer::start(kind, &["-js", "-sd", &dir]), store)
}

/// Sends a raw API request and parses the JSON response.
async fn api(client: &async_nats::Client, subject: &str, body: &str) -> Value {
    let msg = client
        .request(subject.to_string(), body.to_string().into())
        .await
        .unwrap_or_else(|e| panic!("{subject}: {e}"));
    serde_json::from_slice(&msg.payload).expect("JSON response")
}

/// `(code, err_code, description)` of an error response (zeros and "" when it is no error).
fn error_of(v: &Value) -> (u64, u64, String) {
    let e = &v["error"];
    (
        e["code"].as_u64().unwrap_or(0),
        e["err_code"].as_u64().unwrap_or(0),
        e["description"].as_str().unwrap_or("").to_string(),
    )
}

/// Creating a consumer on a missing stream answers stream-not-found (10059) before the consumer
/// config is validated; only undecodable JSON and the request's names come first.
async fn consumer_create_missing_stream_first(kind: Kind) {
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    let not_found = (404, 10059, "stream not found".to_string());
    // Invalid on any stream: deliver_policy by_start_sequence without opt_start_seq.
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.NOPE.C",
        r#"{"stream_name":"NOPE","config":{"name":"C","deliver_policy":"by_start_sequence"}}"#,
    )
    .await;
    assert_eq!(error_of(&v), not_found);
    let v = api(
        &client,
        "$JS.API.CONSUMER.DURABLE.CREATE.NOPE.D",
        r#"{"stream_name":"NOPE","config":{"durable_name":"D","ack_policy":"none","max_ack_pending":5}}"#,
    )
    .await;
    assert_eq!(error_of(&v), not_found);
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.NOPE",
        r#"{"stream_name":"NOPE","config":{"max_deliver":0,"backoff":[1000000000],"ack_policy":"none"}}"#,
    )
    .await;
    assert_eq!(error_of(&v), not_found);
    // The request's own names are checked before the lookup.
    let v = api(
        &client,
        "$JS.API.CONSUMER.DURABLE.CREATE.NOPE.C",
        r#"{"stream_name":"NOPE","config":{"durable_name":"D"}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10017);
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.NOPE",
        r#"{"stream_name":"OTHER","config":{}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10056);
    let v = api(&client, "$JS.API.CONSUMER.CREATE.NOPE", "garbage").await;
    assert_eq!(error_of(&v).1, 10025);
}
server_test!(consumer_create_missing_stream_first => consumer_create_missing_stream_first_rnats, consumer_create_missing_stream_first_reference);
