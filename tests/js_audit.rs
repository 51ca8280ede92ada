//! The JetStream API audit advisory (`$JS.EVENT.ADVISORY.API`, upstream
//! `sendJetStreamAPIAuditAdvisory`; issue 15 item 4), twin tests on rnats and the reference
//! nats-server 2.14: one event per API request answered, naming the server, the requesting
//! client, the subject, the request body and the response. Keys and JSON types are compared,
//! and the values that do not vary between servers.

use std::collections::BTreeMap;
use std::time::Duration;

use futures::StreamExt;
use serde_json::{json, Value};

use crate::jetstream::api;
use crate::util::{server_test, Kind, TestServer};

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn keys(v: &Value) -> BTreeMap<String, &'static str> {
    v.as_object()
        .expect("object")
        .iter()
        .map(|(k, v)| (k.clone(), type_name(v)))
        .collect()
}

async fn api_audit(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(kind, &["-js", "-sd", dir, "-n", "AUDITED"]);
    let client = srv.client().await;
    let mut audits = client
        .subscribe("$JS.EVENT.ADVISORY.API")
        .await
        .expect("subscribe");
    client.flush().await.expect("flush");

    let requests = [
        ("$JS.API.INFO", ""),
        (
            "$JS.API.STREAM.CREATE.A",
            r#"{"name":"A","subjects":["a.>"],"storage":"memory"}"#,
        ),
        ("$JS.API.STREAM.INFO.NOPE", ""),
    ];
    for (subject, body) in requests {
        let response = api(&client, subject, body).await;
        let m = tokio::time::timeout(Duration::from_secs(3), audits.next())
            .await
            .unwrap_or_else(|_| panic!("no audit for {subject}"))
            .expect("audit");
        let v: Value = serde_json::from_slice(&m.payload).expect("JSON audit");
        let mut want = json!({
            "type": "string", "id": "string", "timestamp": "string", "server": "string",
            "client": "object", "subject": "string", "response": "string",
        });
        if !body.is_empty() {
            want["request"] = json!("string");
        }
        assert_eq!(json!(keys(&v)), want, "{subject}: {v}");
        assert_eq!(v["type"], "io.nats.jetstream.advisory.v1.api_audit");
        assert_eq!(v["server"], "AUDITED");
        assert_eq!(v["subject"], subject);
        if !body.is_empty() {
            assert_eq!(v["request"], body);
        }
        // The response is the very text the requester got.
        let logged: Value =
            serde_json::from_str(v["response"].as_str().expect("text")).expect("JSON response");
        assert_eq!(logged["type"], response["type"], "{v}");
        assert_eq!(logged["error"], response["error"], "{v}");
        // The client: who asked, as the server knows the connection.
        let c = &v["client"];
        for (k, t) in [
            ("acc", "string"),
            ("host", "string"),
            ("id", "number"),
            ("kind", "string"),
            ("lang", "string"),
            ("ver", "string"),
            ("start", "string"),
            ("server", "string"),
            ("client_type", "string"),
        ] {
            assert_eq!(type_name(&c[k]), t, "client.{k}: {v}");
        }
        assert_eq!(c["acc"], "$G", "{v}");
        assert_eq!(c["server"], "AUDITED", "{v}");
        assert!(c.get("name_tag").is_none(), "{v}");
        assert_eq!(c["kind"], "Client", "{v}");
        assert_eq!(c["lang"], "rust", "{v}");
        assert!(c.get("jwt").is_none(), "{v}");
    }
}

server_test!(api_audit => api_audit_rnats, api_audit_reference);

/// A client's own `Nats-Request-Info` header does not pose as another client.
async fn api_audit_not_spoofed(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let client = srv.client().await;
    let mut audits = client
        .subscribe("$JS.EVENT.ADVISORY.API")
        .await
        .expect("subscribe");
    client.flush().await.expect("flush");
    let mut headers = async_nats::HeaderMap::new();
    headers.insert(
        "Nats-Request-Info",
        r#"{"acc":"SPOOF","id":424242,"kind":"Client"}"#,
    );
    let r = client
        .request_with_headers("$JS.API.INFO", headers, "".into())
        .await
        .expect("request");
    let resp: Value = serde_json::from_slice(&r.payload).expect("JSON");
    assert_eq!(
        resp["type"],
        "io.nats.jetstream.api.v1.account_info_response"
    );
    let m = tokio::time::timeout(Duration::from_secs(3), audits.next())
        .await
        .expect("audit")
        .expect("audit");
    let v: Value = serde_json::from_slice(&m.payload).expect("JSON audit");
    assert_eq!(v["client"]["acc"], "$G", "{v}");
    assert_ne!(v["client"]["id"], 424242, "{v}");
}

server_test!(api_audit_not_spoofed => api_audit_not_spoofed_rnats, api_audit_not_spoofed_reference);
