//! `nats consumer find` (`query`, issue 14 item 4) end to end through the real binary against
//! rnats and the reference nats-server (twin tests): natscli's filters (jsm.go's consumer
//! query) over one stream's consumers, names sorted one a line; `--expression` refused with
//! exit code 2; natscli's errors otherwise.

use crate::cli_families::nats_at;
use crate::util::{server_test, Kind, TestServer};

async fn consumer_find(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let server = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    for args in [
        &["stream", "add", "S", "--subjects", "s.>", "--defaults"][..],
        &["pub", "s.1", "x", "--count", "3"],
        &["consumer", "add", "S", "PULL1", "--pull", "--defaults"],
        &[
            "consumer",
            "add",
            "S",
            "PULL2",
            "--pull",
            "--filter",
            "s.2",
            "--defaults",
        ],
        &[
            "consumer",
            "add",
            "S",
            "PUSH1",
            "--target",
            "out.x",
            "--defaults",
        ],
        // One message delivered to PULL1 and left unacknowledged.
        &["consumer", "next", "S", "PULL1", "--no-ack"],
    ] {
        let (code, _, err) = nats_at(h, &url, args).await;
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    // PULL1: 2 pending, 1 waiting for its ack, delivered just now. PULL2: nothing pending (its
    // filter matches no message). PUSH1: 3 pending, nobody bound to out.x.
    let cases: &[(&[&str], &str)] = &[
        (&[], "PULL1\nPULL2\nPUSH1\n"),
        (&["--pull"], "PULL1\nPULL2\n"),
        (&["--push"], "PUSH1\n"),
        (&["--pull", "--invert"], "PUSH1\n"),
        (&["--pending", "3"], "PULL1\n"),
        (&["--pending", "2", "--invert"], "PUSH1\n"),
        (&["--ack-pending", "5"], "PULL1\n"),
        (&["--ack-pending", "5", "--invert"], ""),
        (&["--bound", "--invert"], "PULL1\nPULL2\nPUSH1\n"),
        (&["--idle", "1h"], "PULL1\n"),
        (&["--idle", "1h", "--invert"], ""),
        (&["--created", "1h"], ""),
        (&["--created", "1h", "--invert"], "PULL1\nPULL2\nPUSH1\n"),
        (&["--pull", "--pending", "10"], "PULL1\n"),
        (&["--pinned"], ""),
        (&["--replicas", "1"], "PULL1\nPULL2\nPUSH1\n"),
    ];
    for (flags, want) in cases {
        for word in ["find", "query"] {
            let args = [&["consumer", word, "S"][..], flags].concat();
            let (code, out, err) = nats_at(h, &url, &args).await;
            assert_eq!((code, out.as_str()), (0, *want), "{kind:?} {args:?}: {err}");
        }
    }

    let (code, out, err) = nats_at(h, &url, &["consumer", "find", "S", "--pull", "--push"]).await;
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (
            1,
            "",
            "nats: error: cannot match pull and push concurrently\n"
        )
    );
    let (code, _, err) = nats_at(h, &url, &["consumer", "find", "S", "--expression", "true"]).await;
    assert_eq!(
        (code, err.as_str()),
        (
            2,
            "nats: error: `nats consumer find --expression` is not supported by rnats yet\n"
        )
    );
    for missing in [&["consumer", "find", "NOPE"][..], &["consumer", "find"]] {
        let (code, _, err) = nats_at(h, &url, missing).await;
        assert_eq!(
            (code, err.as_str()),
            (
                1,
                "nats: error: cannot pick a Stream without a terminal and no Stream name supplied\n"
            ),
            "{missing:?}"
        );
    }
}
server_test!(consumer_find => consumer_find_rnats, consumer_find_reference);
