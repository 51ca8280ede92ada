//! `nats consumer edit`, `consumer copy`, `consumer report` and `stream find` (issue 14, item
//! 4), end to end through the real binary against rnats and the reference nats-server (twin
//! tests): the same command lines, the same outputs and exit codes.

use crate::cli_families::nats_at;
use crate::util::{server_test, Kind, TestServer};

/// The consumer's config as `consumer info --json` reports it.
async fn consumer_config(
    h: &std::path::Path,
    url: &str,
    stream: &str,
    consumer: &str,
) -> serde_json::Value {
    let (code, out, err) = nats_at(h, url, &["consumer", "info", stream, consumer, "--json"]).await;
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v["config"].clone()
}

/// `consumer edit` shows natscli's differences, `--dry-run` exits 1 without editing, `-f`
/// updates, a second identical edit finds nothing; `copy`/`cp` clones with flags applied;
/// `report` prints natscli's table.
async fn consumer_edit_copy_report(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let server = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    for args in [
        &["stream", "add", "ORDERS", "--subjects", "o.>", "--defaults"][..],
        &["pub", "o.1", "x", "--count", "3"][..],
        &["consumer", "add", "ORDERS", "C1", "--pull", "--defaults"][..],
    ] {
        let (code, _, err) = nats_at(h, &url, args).await;
        assert_eq!(code, 0, "{args:?}: {err}");
    }

    let edit = [
        "consumer",
        "edit",
        "ORDERS",
        "C1",
        "--description",
        "d",
        "--max-deliver",
        "5",
    ];
    let diff =
        "Differences (-old +new):\n+  description: \"d\"\n-  max_deliver: -1\n+  max_deliver: 5\n";
    let (code, out, err) = nats_at(h, &url, &[&edit[..], &["--dry-run"]].concat()).await;
    assert_eq!((code, out.as_str()), (1, diff), "{err}");
    assert_eq!(
        consumer_config(h, &url, "ORDERS", "C1").await["max_deliver"],
        -1
    );

    let (code, out, err) = nats_at(h, &url, &[&edit[..], &["-f"]].concat()).await;
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with(diff), "{out}");
    assert!(
        out[diff.len()..].starts_with("Information for Consumer ORDERS > C1 created "),
        "{out}"
    );
    assert!(out.contains("Description: d\n"), "{out}");
    let cfg = consumer_config(h, &url, "ORDERS", "C1").await;
    assert_eq!(
        (cfg["description"].as_str(), cfg["max_deliver"].as_i64()),
        (Some("d"), Some(5))
    );

    let (code, out, _) = nats_at(h, &url, &[&edit[..], &["-f"]].concat()).await;
    assert_eq!(
        (code, out.as_str()),
        (0, "No difference in configuration\n")
    );

    let (code, _, err) = nats_at(
        h,
        &url,
        &[
            "consumer",
            "edit",
            "ORDERS",
            "C1",
            "--backoff",
            "linear",
            "--wait",
            "1m",
            "-f",
        ],
    )
    .await;
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "nats: error: consumers with backoff policies do not support editing Ack Wait\n"
        )
    );
    let (code, _, err) = nats_at(h, &url, &["consumer", "edit", "ORDERS", "C1", "-i"]).await;
    assert_eq!(
        (code, err.as_str()),
        (
            2,
            "nats: error: `nats consumer edit --interactive` is not supported by rnats yet\n"
        )
    );

    let (code, out, err) = nats_at(
        h,
        &url,
        &[
            "consumer",
            "cp",
            "ORDERS",
            "C1",
            "C2",
            "--description",
            "copy",
        ],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Information for Consumer ORDERS > C2 created "),
        "{out}"
    );
    let cfg = consumer_config(h, &url, "ORDERS", "C2").await;
    assert_eq!(cfg["durable_name"], "C2");
    assert_eq!(cfg["description"], "copy");
    assert_eq!(cfg["max_deliver"], 5);
    let (code, _, err) = nats_at(h, &url, &["consumer", "copy", "ORDERS", "NOPE", "C3"]).await;
    assert_eq!(code, 1);
    assert!(
        err.starts_with("nats: error: could not load source Consumer: "),
        "{err}"
    );

    let (code, out, err) = nats_at(h, &url, &["consumer", "report", "ORDERS"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Consumer report for ORDERS with 2 consumers"),
        "{out}"
    );
    for header in [
        "Consumer",
        "Mode",
        "Ack Policy",
        "Ack Wait",
        "Unprocessed",
        "API Level",
    ] {
        assert!(out.contains(&format!(" {header} ")), "{out}");
    }
    let row = |name: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("│ {name} ")))
            .map(|l| l.split('│').map(str::trim).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert_eq!(
        row("C1")[1..10],
        ["C1", "Pull", "Explicit", "30.00s", "0", "0", "3 / 100%", "0", "0"],
        "{out}"
    );
    assert_eq!(row("C2")[1..3], ["C2", "Pull"], "{out}");
    let (code, out, _) = nats_at(h, &url, &["consumer", "report", "ORDERS", "--raw"]).await;
    assert_eq!(code, 0);
    assert!(out.contains("│ 3           │"), "{out}");
}

server_test!(consumer_edit_copy_report => consumer_edit_rnats, consumer_edit_reference);

/// `stream find` (`query`): natscli's filters, `--invert`, `--names` and the table.
async fn stream_find(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let server = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    for args in [
        &["stream", "add", "ORDERS", "--subjects", "o.>", "--defaults"][..],
        &["stream", "add", "EMPTY", "--subjects", "e.*", "--defaults"][..],
        &["pub", "o.1", "x"][..],
        &["consumer", "add", "ORDERS", "C1", "--pull", "--defaults"][..],
    ] {
        let (code, _, err) = nats_at(h, &url, args).await;
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let cases: &[(&[&str], &str)] = &[
        (&[], "EMPTY\nORDERS\n"),
        (&["--empty"], "EMPTY\n"),
        (&["--empty", "--invert"], "ORDERS\n"),
        (&["--consumers", "0"], "EMPTY\n"),
        (&["--consumers", "1", "--invert"], "ORDERS\n"),
        (&["--subject", "o.a.b"], "\n"),
        (&["--subject", "o.>"], "ORDERS\n"),
        (&["--subject", ">"], "EMPTY\nORDERS\n"),
        (&["--subject", "e.>", "--invert"], "ORDERS\n"),
        (&["--created", "1h"], "\n"),
        (&["--created", "1h", "--invert"], "EMPTY\nORDERS\n"),
        (&["--idle", "1h"], "EMPTY\n"),
        (&["--replicas", "1"], "EMPTY\nORDERS\n"),
        (&["--mirrored"], "\n"),
        (&["--sourced", "--invert"], "EMPTY\nORDERS\n"),
    ];
    for (flags, want) in cases {
        let args = [&["stream", "query", "-n"][..], flags].concat();
        let (code, out, err) = nats_at(h, &url, &args).await;
        assert_eq!(
            (code, out.as_str()),
            (0, *want),
            "{kind:?} {flags:?}: {err}"
        );
    }
    let (code, out, err) = nats_at(h, &url, &["stream", "find", "--subject", "o.>"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Streams matching o.>"), "{out}");
    assert!(out.contains("│ ORDERS "), "{out}");
    assert!(!out.contains("EMPTY"), "{out}");
    let (code, _, err) = nats_at(h, &url, &["stream", "find", "--expression", "x"]).await;
    assert_eq!(
        (code, err.as_str()),
        (
            2,
            "nats: error: `nats stream find --expression` is not supported by rnats yet\n"
        )
    );
}

server_test!(stream_find => stream_find_rnats, stream_find_reference);
