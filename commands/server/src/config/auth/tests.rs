//! `authorization`, `accounts`, `mappings` and friends: every accepted form and the error each
//! mistake gets (texts from nats-server 2.14 `server/opts.go`, `auth.go`, `accounts.go`).

use std::time::Duration;

use rnats_proto::nkeys::{encode_public, KeyRole};

use crate::auth::options::*;
use crate::config::tests::{err, ok};

fn auth(text: &str) -> AuthOptions {
    let (opts, warnings) = ok(text);
    assert!(warnings.is_empty(), "{text}\n=> {warnings:?}");
    opts.auth
}

fn user_key(n: u8) -> String {
    encode_public(KeyRole::User, &[n; 32])
}

fn account_key(n: u8) -> String {
    encode_public(KeyRole::Account, &[n; 32])
}

fn password_user(user: &str, password: &str, account: Option<&str>) -> UserConfig {
    UserConfig {
        credential: Credential::Password {
            user: user.into(),
            password: password.into(),
        },
        account: account.map(str::to_string),
        permissions: None,
        allowed_connection_types: None,
    }
}

fn subjects(list: &[&str]) -> Option<Vec<String>> {
    Some(list.iter().map(|s| s.to_string()).collect())
}

fn allow(list: &[&str]) -> Option<SubjectPermission> {
    Some(SubjectPermission {
        allow: subjects(list),
        deny: None,
    })
}

#[test]
fn single_user_and_token() {
    let (o, w) = ok("authorization { user: alice, password: s3cret, timeout: 0.5 }");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(o.auth.username.as_deref(), Some("alice"));
    assert_eq!(o.auth.password.as_deref(), Some("s3cret"));
    assert_eq!(o.auth.token, None);
    assert_eq!(o.auth_timeout, Duration::from_millis(500));

    let (o, _) = ok("authorization { username: bob, pass: x, timeout: 3 }");
    assert_eq!(o.auth.username.as_deref(), Some("bob"));
    assert_eq!(o.auth.password.as_deref(), Some("x"));
    assert_eq!(o.auth_timeout, Duration::from_secs(3));

    let (o, _) = ok("authorization { token: \"$2a$11$abc\", timeout: \"1.5s\" }");
    assert_eq!(o.auth.token.as_deref(), Some("$2a$11$abc"));
    assert_eq!(o.auth_timeout, Duration::from_millis(1500));

    let (o, _) = ok("authorization { token: t, timeout: 0 }");
    assert_eq!(o.auth_timeout, Duration::from_secs(2), "0 is the default");
    assert_eq!(ok("authorization {}").0.auth, AuthOptions::default());

    let (o, w) = ok("authorization {\n  token: t\n  timeout: 1m\n}");
    assert_eq!(o.auth_timeout, Duration::from_secs(1_000_000));
    assert_eq!(
        w,
        ["test.conf:3:3: invalid use of field \"timeout\": timeout of 1000000 (1000000.000000 seconds) \
          is high, consider keeping it under 60 seconds. possibly caused by unquoted duration; use \
          '1m' instead of 1m, for example"]
    );
}

#[test]
fn users_of_the_global_account() {
    let nkey = user_key(7);
    let a = auth(&format!(
        "authorization {{
           default_permissions: {{ publish: \"SANDBOX.*\", subscribe: [\"PUBLIC.>\", \"_INBOX.>\"] }}
           users: [
             {{user: alice, password: a1, permissions: {{publish: \">\"}}, allowed_connection_types: [standard, \"websocket\", STANDARD]}}
             {{username: bob, pass: b1, authorization: {{sub: foo}}, clients: mqtt}}
             {{nkey: {nkey}, permission: {{pub: bar}}, connection_types: [LEAFNODE_WS, in_process]}}
             {{user: carol}}
           ]
         }}"
    ));
    let want = AuthOptions {
        default_permissions: Some(PermissionsConfig {
            publish: allow(&["SANDBOX.*"]),
            subscribe: allow(&["PUBLIC.>", "_INBOX.>"]),
            allow_responses: None,
        }),
        users: vec![
            UserConfig {
                permissions: Some(PermissionsConfig {
                    publish: allow(&[">"]),
                    ..Default::default()
                }),
                allowed_connection_types: subjects(&["STANDARD", "WEBSOCKET"]),
                ..password_user("alice", "a1", None)
            },
            UserConfig {
                permissions: Some(PermissionsConfig {
                    subscribe: allow(&["foo"]),
                    ..Default::default()
                }),
                allowed_connection_types: subjects(&["MQTT"]),
                ..password_user("bob", "b1", None)
            },
            UserConfig {
                credential: Credential::Nkey(nkey),
                account: None,
                permissions: Some(PermissionsConfig {
                    publish: allow(&["bar"]),
                    ..Default::default()
                }),
                allowed_connection_types: subjects(&["LEAFNODE_WS", "IN_PROCESS"]),
            },
            password_user("carol", "", None),
        ],
        ..AuthOptions::default()
    };
    assert_eq!(a, want);

    // `permissions` at the top of `authorization` is another spelling of default_permissions.
    let a = auth("authorization { permissions: { publish: x }, users: [{user: u, password: p}] }");
    assert_eq!(a.default_permissions.and_then(|p| p.publish), allow(&["x"]));
    // An empty users array is still a users array.
    assert!(auth("authorization { users: [] }").users.is_empty());
    // An empty connection type list allows every type.
    let a = auth("authorization { users: [{user: u, allowed_connection_types: []}] }");
    assert_eq!(a.users[0].allowed_connection_types, Some(vec![]));
}

#[test]
fn permission_forms() {
    let p = |publish: Option<SubjectPermission>,
             subscribe: Option<SubjectPermission>,
             allow_responses: Option<ResponsePermission>| PermissionsConfig {
        publish,
        subscribe,
        allow_responses,
    };
    let sp = |allow: Option<Vec<String>>, deny: Option<Vec<String>>| {
        Some(SubjectPermission { allow, deny })
    };
    let rp = |max: usize, expires: Duration| Some(ResponsePermission { max, expires });
    let default_rp = Some(ResponsePermission::default());
    let cases: Vec<(&str, PermissionsConfig)> = vec![
        ("{}", p(None, None, None)),
        ("{publish: a}", p(allow(&["a"]), None, None)),
        ("{pub: [a, \"b.*\"]}", p(allow(&["a", "b.*"]), None, None)),
        (
            "{import: a, export: b}",
            p(allow(&["a"]), allow(&["b"]), None),
        ),
        // An empty list allows everything (upstream's nil allow list).
        ("{publish: []}", p(sp(None, None), None, None)),
        (
            "{publish: {allow: [a], deny: \"a.b\"}}",
            p(sp(subjects(&["a"]), subjects(&["a.b"])), None, None),
        ),
        (
            "{subscribe: {deny: [\">\"]}}",
            p(None, sp(None, subjects(&[">"])), None),
        ),
        ("{subscribe: {allow: []}}", p(None, sp(None, None), None)),
        // An empty map is no permission at all.
        ("{publish: {}}", p(None, None, None)),
        (
            "{sub: [\"foo.* workers\", bar]}",
            p(None, allow(&["foo.* workers", "bar"]), None),
        ),
        // Allowing responses switches off the blanket publish allow.
        (
            "{allow_responses: true}",
            p(sp(subjects(&[]), None), None, default_rp.clone()),
        ),
        (
            "{allow_responses: true, publish: {deny: x}}",
            p(
                sp(subjects(&[]), subjects(&["x"])),
                None,
                default_rp.clone(),
            ),
        ),
        (
            "{publish: y, publish_allow_responses: true}",
            p(allow(&["y"]), None, default_rp.clone()),
        ),
        ("{allow_responses: false}", p(None, None, None)),
        (
            "{allow_responses: {max: 5, expires: \"1m\"}}",
            p(
                sp(subjects(&[]), None),
                None,
                rp(5, Duration::from_secs(60)),
            ),
        ),
        (
            "{allow_responses: {max_msgs: 0, ttl: \"0s\"}}",
            p(sp(subjects(&[]), None), None, default_rp.clone()),
        ),
        (
            "{allow_responses: {max_responses: -1, expiration: \"-1s\"}}",
            p(sp(subjects(&[]), None), None, rp(usize::MAX, Duration::MAX)),
        ),
        (
            "{allow_responses: {}}",
            p(sp(subjects(&[]), None), None, default_rp.clone()),
        ),
    ];
    for (text, want) in cases {
        let a = auth(&format!(
            "authorization {{ users: [{{user: u, permissions: {text}}}] }}"
        ));
        assert_eq!(a.users[0].permissions.as_ref(), Some(&want), "{text}");
    }
}

#[test]
fn accounts_block() {
    let acc_nkey = account_key(1);
    let nkey = user_key(2);
    let (o, w) = ok(&format!(
        "accounts {{
           A: {{
             nkey: {acc_nkey}
             users: [{{user: a, password: pa}}, {{nkey: {nkey}, permissions: {{publish: x}}}}]
             default_permissions: {{subscribe: \"a.>\"}}
             jetstream: {{max_mem: 1G, max_file: 10G, max_streams: 5, max_consumers: 7,
                          max_bytes_required: true, max_ack_pending: 100,
                          mem_max_stream_bytes: 1MB, disk_max_stream_bytes: 2MB}}
             exports: [
               {{stream: \"a.events.>\"}}
               {{stream: private, accounts: [B]}}
               {{service: \"a.req\", accounts: [B], response_type: stream, response_threshold: \"5s\"}}
               {{service: \"a.*.svc\", account_token_position: 2, response: chunked}}
               {{service: pub, accounts: []}}
             ]
             mappings: {{ \"in\": \"out\" }}
             limits: {{max_connections: 10, max_subs: 20, max_payload: 1KB, max_leafs: 2}}
           }}
           B {{
             users = [{{user: b, password: pb}}]
             imports = [
               {{stream: {{account: A, subject: \"a.events.>\"}}, prefix: from_a}}
               {{stream: {{account: A, subject: private}}, to: \"local.private\"}}
               {{service: {{account: A, subject: \"a.req\"}}, to: req, share: true}}
               {{service: {{account: A, subject: \"a.B.svc\"}}}}
               {{service: {{account: A, subject: pub}}}}
             ]
             jetstream: enabled
             maps: {{ x: [{{destination: y, weight: 40}}, {{dest: z, weight: \"60%\"}}] }}
           }}
           C: {{ jetstream: disabled }}
           D: {{}}
         }}"
    ));
    assert!(w.is_empty(), "{w:?}");
    let a = o.auth;
    let names: Vec<&str> = a.accounts.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["A", "B", "C", "D"]);
    assert_eq!(
        a.users,
        vec![
            password_user("a", "pa", Some("A")),
            UserConfig {
                credential: Credential::Nkey(nkey),
                account: Some("A".into()),
                permissions: Some(PermissionsConfig {
                    publish: allow(&["x"]),
                    ..Default::default()
                }),
                allowed_connection_types: None,
            },
            password_user("b", "pb", Some("B")),
        ]
    );
    let acc_a = &a.accounts[0];
    assert_eq!(acc_a.nkey.as_deref(), Some(acc_nkey.as_str()));
    assert_eq!(
        acc_a.default_permissions,
        Some(PermissionsConfig {
            subscribe: allow(&["a.>"]),
            ..Default::default()
        })
    );
    assert_eq!(
        acc_a.jetstream,
        Some(AccountJetStream {
            enabled: true,
            max_memory: 1_000_000_000,
            max_store: 10_000_000_000,
            max_streams: 5,
            max_consumers: 7,
            max_ack_pending: 100,
            memory_max_stream_bytes: 1 << 20,
            store_max_stream_bytes: 2 << 20,
            max_bytes_required: true,
        })
    );
    let export = |kind, subject: &str, accounts: Option<Vec<String>>| ExportConfig {
        kind,
        subject: subject.into(),
        accounts,
        response_type: ResponseType::Singleton,
        response_threshold: None,
        account_token_position: None,
    };
    assert_eq!(
        acc_a.exports,
        vec![
            export(ExportKind::Stream, "a.events.>", None),
            export(ExportKind::Stream, "private", subjects(&["B"])),
            ExportConfig {
                response_type: ResponseType::Stream,
                response_threshold: Some(Duration::from_secs(5)),
                ..export(ExportKind::Service, "a.req", subjects(&["B"]))
            },
            ExportConfig {
                response_type: ResponseType::Chunked,
                account_token_position: Some(2),
                ..export(ExportKind::Service, "a.*.svc", None)
            },
            export(ExportKind::Service, "pub", None),
        ]
    );
    assert_eq!(
        acc_a.mappings,
        vec![MappingConfig {
            source: "in".into(),
            destinations: vec![MappingDestination {
                subject: "out".into(),
                weight: 100,
                cluster: None
            }],
        }]
    );
    assert_eq!(
        acc_a.limits,
        AccountLimits {
            max_connections: 10,
            max_subscriptions: 20,
            max_payload: 1024,
            max_leafnodes: 2,
        }
    );
    let acc_b = &a.accounts[1];
    let import = |kind, subject: &str| ImportConfig {
        kind,
        account: "A".into(),
        subject: subject.into(),
        prefix: None,
        to: None,
        share: false,
    };
    assert_eq!(
        acc_b.imports,
        vec![
            ImportConfig {
                prefix: Some("from_a".into()),
                ..import(ExportKind::Stream, "a.events.>")
            },
            ImportConfig {
                to: Some("local.private".into()),
                ..import(ExportKind::Stream, "private")
            },
            ImportConfig {
                to: Some("req".into()),
                share: true,
                ..import(ExportKind::Service, "a.req")
            },
            import(ExportKind::Service, "a.B.svc"),
            import(ExportKind::Service, "pub"),
        ]
    );
    assert_eq!(acc_b.jetstream, Some(AccountJetStream::default()));
    assert_eq!(acc_b.mappings[0].destinations.len(), 2);
    assert_eq!(acc_b.mappings[0].destinations[1].weight, 60);
    assert_eq!(
        a.accounts[2].jetstream.as_ref().map(|j| j.enabled),
        Some(false)
    );
    assert_eq!(
        a.accounts[3],
        AccountConfig {
            name: "D".into(),
            ..AccountConfig::default()
        }
    );
}

#[test]
fn account_forms() {
    let a = auth("accounts: [A, B]");
    let names: Vec<&str> = a.accounts.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["A", "B"]);
    // `$SYS` is an ordinary account name in the file.
    let a = auth("accounts { $SYS { users: [{user: admin, password: x}] } }");
    assert_eq!(a.accounts[0].name, "$SYS");
    assert_eq!(a.users[0].account.as_deref(), Some("$SYS"));
    // Users may live in `authorization` ($G) and in accounts, in either order.
    let a = auth(
        "authorization { users: [{user: g, password: x}] }\n\
         accounts { A { users: [{user: a, password: y}] } }",
    );
    assert_eq!(a.users[0].account, None);
    assert_eq!(a.users[1].account.as_deref(), Some("A"));
    let a = auth(
        "accounts { A { users: [{user: a, password: y}] } }\n\
         authorization { users: [{user: g, password: x}] }",
    );
    assert_eq!(a.users.len(), 2);
    for (js, enabled) in [
        ("true", true),
        ("false", false),
        ("enable", true),
        ("{}", true),
    ] {
        let a = auth(&format!("accounts {{ A {{ jetstream: {js} }} }}"));
        let got = a.accounts[0].jetstream.as_ref().map(|j| j.enabled);
        assert_eq!(got, Some(enabled), "{js}");
    }
    let a = auth("accounts { A { jetstream { memory: 1K, disk: 2K, streams: 1, consumers: 2, max_bytes: false, cluster_traffic: owner } } }");
    let js = a.accounts[0].jetstream.clone().expect("js");
    assert_eq!(
        (
            js.max_memory,
            js.max_store,
            js.max_streams,
            js.max_consumers
        ),
        (1000, 2000, 1, 2)
    );
    // Imports both ways are no cycle when the subjects differ.
    auth("accounts { A { exports: [{stream: foo}], imports: [{stream: {account: B, subject: foo}, prefix: b}] }, \
          B { exports: [{stream: foo}], imports: [{stream: {account: A, subject: foo}, prefix: a}] } }");
    auth("accounts { A { exports: [{service: a}], imports: [{service: {account: B, subject: b}}] }, \
          B { exports: [{service: b}], imports: [{service: {account: A, subject: a}}] } }");
    // A variable defined inside an account is not a setting.
    let a = auth("accounts { A { PERMS = {publish: x}, default_permissions: $PERMS } }");
    assert!(a.accounts[0].default_permissions.is_some());
}

#[test]
fn mapping_forms() {
    let dest = |subject: &str, weight: u8, cluster: Option<&str>| MappingDestination {
        subject: subject.into(),
        weight,
        cluster: cluster.map(str::to_string),
    };
    let a = auth(
        "mappings {
           plain: dest
           \"orders.*\": \"orders.{{wildcard(1)}}.{{partition(3,1)}}\"
           split: [{destination: a, weight: 20%}, {dest: b, weight: \"30\"}, {destination: c, weight: 50, cluster: east}]
           one: {destination: only, weight: 10}
         }
         maps { extra: x }",
    );
    let m = |source: &str, destinations| MappingConfig {
        source: source.into(),
        destinations,
    };
    assert_eq!(
        a.mappings,
        vec![
            m("plain", vec![dest("dest", 100, None)]),
            m(
                "orders.*",
                vec![dest("orders.{{wildcard(1)}}.{{partition(3,1)}}", 100, None)]
            ),
            m(
                "split",
                vec![
                    dest("a", 20, None),
                    dest("b", 30, None),
                    dest("c", 50, Some("east"))
                ]
            ),
            m("one", vec![dest("only", 10, None)]),
            m("extra", vec![dest("x", 100, None)]),
        ]
    );
    // Weights add up per cluster.
    let a = auth("mappings { s: [{destination: a, weight: 100}, {destination: b, weight: 100, cluster: c}] }");
    assert_eq!(a.mappings[0].destinations.len(), 2);
}

#[test]
fn system_account_and_friends() {
    let a = auth("accounts { SYS {} }\nsystem_account: SYS");
    assert_eq!(a.system_account.as_deref(), Some("SYS"));
    let a = auth("accounts { SYS {} }\nsystem: SYS");
    assert_eq!(a.system_account.as_deref(), Some("SYS"));
    // `system_account` wins over `system`, wherever each is.
    let a = auth("system_account: SYS\naccounts { SYS {}, OTHER {} }\nsystem: OTHER");
    assert_eq!(a.system_account.as_deref(), Some("SYS"));
    assert_eq!(
        auth("system_account: \"$G\"").system_account.as_deref(),
        Some("$G")
    );
    for key in ["no_system_account", "no_system", "no_sys_acc"] {
        assert!(auth(&format!("{key}: true")).no_system_account, "{key}");
    }
    let a = auth("no_auth_user: u\nauthorization { users: [{user: u, password: p}] }");
    assert_eq!(a.no_auth_user.as_deref(), Some("u"));
    let nkey = user_key(3);
    let a = auth(&format!(
        "no_auth_user: {nkey}\naccounts {{ A {{ users: [{{nkey: {nkey}}}] }} }}"
    ));
    assert_eq!(a.no_auth_user, Some(nkey));
}

#[test]
fn warnings_for_what_is_not_supported_yet() {
    let (_, w) = ok(
        "accounts {\n  A { msg_trace: {dest: t}\n    exports: [{service: s, latency: {subject: l}}, {stream: x}] }\n  \
         B { imports: [{stream: {account: A, subject: x}, allow_trace: true}] }\n}",
    );
    assert_eq!(
        w,
        [
            "test.conf:2:7: \"accounts.A.msg_trace\" is not supported yet and is ignored",
            "test.conf:3:28: \"exports.latency\" is not supported yet and is ignored",
            "test.conf:4:52: \"imports.allow_trace\" is not supported yet and is ignored",
        ]
    );
}

/// Every mistake and the error nats-server gives for it (positions are rnats': the key or
/// array element at fault).
#[test]
fn errors() {
    let ukey = user_key(4);
    let akey = account_key(5);
    let cases: Vec<(String, &str)> = vec![
        // authorization
        ("authorization: true".into(), "test.conf:1:1: \"authorization\" expects a map, got a boolean"),
        ("authorization { user: a, token: t }".into(), "test.conf:1:1: Cannot have a user/pass and token"),
        ("authorization { password: a, token: t }".into(), "test.conf:1:1: Cannot have a user/pass and token"),
        ("authorization { user: a, password: b, users: [] }".into(), "test.conf:1:1: Can not have a single user/pass and a users array"),
        ("authorization { token: t, users: [{user: a}] }".into(), "test.conf:1:1: Can not have a token and a users array"),
        ("authorization { users: [{user: a, password: x}, {user: a, password: y}] }".into(), "test.conf:1:1: Duplicate user \"a\" detected"),
        ("authorization { timeout: \"soon\" }".into(), "test.conf:1:17: error parsing authorization config, 'timeout' time: invalid duration \"soon\""),
        ("authorization { timeout: true }".into(), "test.conf:1:17: error parsing authorization config, 'timeout' wrong type"),
        ("authorization { timeout: -1 }".into(), "test.conf:1:17: error parsing authorization config, 'timeout' can not be negative"),
        ("authorization { auth_callout: { issuer: x } }".into(), "test.conf:1:17: \"auth_callout\" is not supported by rnats yet; refusing to start without the security it asks for"),
        ("authorization { proxy_required: true }".into(), "test.conf:1:17: \"proxy_required\" is not supported by rnats yet; refusing to start without the security it asks for"),
        ("authorization { bogus: 1 }".into(), "test.conf:1:17: unknown field \"bogus\""),
        ("authorization { user: 5 }".into(), "test.conf:1:17: \"user\" expects a string, got an integer"),
        // users
        ("authorization { users: {user: a} }".into(), "test.conf:1:17: Expected users field to be an array, got a map"),
        ("authorization { users: [\"a:secret\"] }".into(), "test.conf:1:25: Expected user entry to be a map/struct, got a string"),
        ("authorization { users: [{password: p}] }".into(), "test.conf:1:25: User entry requires a user"),
        ("authorization { users: [{nkey: UBAD}] }".into(), "test.conf:1:25: Not a valid public nkey for a user"),
        (format!("authorization {{ users: [{{nkey: {akey}}}] }}"), "test.conf:1:25: Not a valid public nkey for a user"),
        (format!("authorization {{ users: [{{nkey: {ukey}, password: p}}] }}"), "test.conf:1:25: Nkey users do not take usernames or passwords"),
        ("authorization { users: [{user: a, role: x}] }".into(), "test.conf:1:35: unknown field \"role\""),
        ("authorization { users: [{user: a, proxy_required: true}] }".into(), "test.conf:1:35: \"proxy_required\" is not supported by rnats yet; refusing to start without the security it asks for"),
        ("authorization { users: [{user: a, allowed_connection_types: [standard, foo, bar]}] }".into(), "test.conf:1:35: invalid connection types [\"FOO\" \"BAR\"]"),
        ("authorization { users: [{user: a, allowed_connection_types: [1]}] }".into(), "test.conf:1:62: error parsing allowed connection types: unsupported type in array int64"),
        ("authorization { users: [{user: a, clients: true}] }".into(), "test.conf:1:35: error parsing allowed connection types: unsupported type bool"),
        // permissions
        ("authorization { default_permissions: [a] }".into(), "test.conf:1:17: Expected permissions to be a map/struct, got [a]"),
        ("authorization { default_permissions: { publish: \"foo..bar\" } }".into(), "test.conf:1:40: subject \"foo..bar\" is not a valid subject"),
        ("authorization { default_permissions: { publish: \"foo q\" } }".into(), "test.conf:1:40: subject \"foo q\" is not a valid subject"),
        ("authorization { default_permissions: { subscribe: [\"foo bar baz\"] } }".into(), "test.conf:1:40: subject \"foo bar baz\" is not a valid subject"),
        ("authorization { default_permissions: { subscribe: [\"foo. q\"] } }".into(), "test.conf:1:40: subject \"foo.\" is not a valid subject"),
        ("authorization { default_permissions: { subscribe: {deny: [\"foo q..\"]} } }".into(), "test.conf:1:52: queue \"q..\" is not a valid queue"),
        ("authorization { default_permissions: { publish: [a, 1] } }".into(), "test.conf:1:53: Subject in permissions array cannot be cast to string"),
        ("authorization { default_permissions: { publish: 1 } }".into(), "test.conf:1:40: Expected subject permissions to be a subject, or array of subjects, got int64"),
        ("authorization { default_permissions: { publish: { permit: a } } }".into(), "test.conf:1:51: Unknown field name \"permit\" parsing subject permissions, only 'allow' or 'deny' are permitted"),
        ("authorization { default_permissions: { send: a } }".into(), "test.conf:1:40: Unknown field \"send\" parsing permissions"),
        ("authorization { default_permissions: { allow_responses: 1 } }".into(), "test.conf:1:40: error parsing response permissions, expected a boolean or a map"),
        ("authorization { default_permissions: { allow_responses: { expires: 5 } } }".into(), "test.conf:1:59: error parsing expires, not a duration string"),
        ("authorization { default_permissions: { allow_responses: { expires: \"5\" } } }".into(), "test.conf:1:59: error parsing expires: time: missing unit in duration \"5\""),
        ("authorization { default_permissions: { allow_responses: { max: 1, most: 2 } } }".into(), "test.conf:1:67: Unknown field \"most\" parsing permissions"),
        // accounts
        ("accounts: 5".into(), "test.conf:1:1: \"accounts\" expects a map of accounts or an array of account names, got an integer"),
        ("accounts: [A, \"$G\"]".into(), "test.conf:1:15: \"$G\" is a Reserved Account"),
        ("accounts: [A, A]".into(), "test.conf:1:15: Duplicate Account Entry: A"),
        ("accounts { \"$G\" {} }".into(), "test.conf:1:12: \"$G\" is a Reserved Account"),
        ("accounts { A: 1 }".into(), "test.conf:1:12: Expected map entries for accounts"),
        ("accounts { A { nkey: ABAD } }".into(), "test.conf:1:16: Not a valid public nkey for an account: \"ABAD\""),
        ("accounts { A { colour: red } }".into(), "test.conf:1:16: unknown field \"colour\""),
        ("accounts { A { limits: 5 } }".into(), "test.conf:1:16: Expected account limits to be a map/struct, got 5"),
        ("accounts { A { limits: { max_conns: 5 } } }".into(), "test.conf:1:26: Unknown field \"max_conns\" parsing account limits"),
        ("accounts { A { jetstream: maybe } }".into(), "test.conf:1:16: Expected 'enabled' or 'disabled' for string value, got 'maybe'"),
        ("accounts { A { jetstream: 1 } }".into(), "test.conf:1:16: Expected map, bool or string to define JetStream, got int64"),
        ("accounts { A { jetstream: { max_mem: \"1G\" } } }".into(), "test.conf:1:29: Expected a parseable size for \"max_mem\", got 1G"),
        ("accounts { A { jetstream: { max_bytes_required: 1 } } }".into(), "test.conf:1:29: Expected a parseable bool for \"max_bytes_required\", got 1"),
        ("accounts { A { jetstream: { cluster_traffic: mine } } }".into(), "test.conf:1:29: Expected 'system' or 'owner' string value for \"cluster_traffic\", got mine"),
        ("accounts { A { jetstream: { tiers: 1 } } }".into(), "test.conf:1:29: unknown field \"tiers\""),
        ("authorization { user: a, password: b }\naccounts { A { users: [{user: c}] } }".into(), "test.conf:2:16: Can not have a single user/pass and accounts"),
        ("authorization { token: t }\naccounts { A { users: [{user: c}] } }".into(), "test.conf:2:16: Can not have a token and accounts"),
        ("accounts { A { users: [{user: c}] } }\nauthorization { user: a, password: b }".into(), "test.conf:2:1: Can not have a single user/pass and a users array"),
        ("accounts { A { users: [{user: c}] }, B { users: [{user: c}] } }".into(), "test.conf:1:42: Duplicate user \"c\" detected"),
        ("authorization { users: [{user: c}] }\naccounts { A { users: [{user: c}] } }".into(), "test.conf:2:16: Duplicate user \"c\" detected"),
        // exports
        ("accounts { A { exports: {stream: x} } }".into(), "test.conf:1:16: Exports should be an array, got map[string]interface {}"),
        ("accounts { A { exports: [x] } }".into(), "test.conf:1:26: Export Items should be a map with type entry, got string"),
        ("accounts { A { exports: [{stream: x, service: y}] } }".into(), "test.conf:1:38: Detected service \"y\" but already saw a stream"),
        ("accounts { A { exports: [{service: y, stream: x}] } }".into(), "test.conf:1:39: Detected stream \"x\" but already saw a service"),
        ("accounts { A { exports: [{stream: 1}] } }".into(), "test.conf:1:27: Expected stream name to be string, got int64"),
        ("accounts { A { exports: [{response_type: stream, stream: x}] } }".into(), "test.conf:1:27: Detected response directive on non-service"),
        ("accounts { A { exports: [{stream: x, response_type: stream}] } }".into(), "test.conf:1:38: Detected response directive on non-service"),
        ("accounts { A { exports: [{stream: x, response_threshold: \"1s\"}] } }".into(), "test.conf:1:38: Detected response directive on non-service"),
        ("accounts { A { exports: [{service: x, response_type: many}] } }".into(), "test.conf:1:39: Unknown response type: \"many\""),
        ("accounts { A { exports: [{service: x, response: stream, response_type: chunked}] } }".into(), "test.conf:1:57: Duplicate response type definition"),
        ("accounts { A { exports: [{service: x, response_type: 1}] } }".into(), "test.conf:1:39: Expected response type to be string, got int64"),
        ("accounts { A { exports: [{service: x, threshold: 5}] } }".into(), "test.conf:1:39: Expected response threshold to be a parseable time duration, got int64"),
        ("accounts { A { exports: [{service: x, threshold: \"5\"}] } }".into(), "test.conf:1:39: Expected response threshold to be a parseable time duration, got \"5\""),
        ("accounts { A { exports: [{service: x, threshold: \"5s\", response_time: \"1s\"}] } }".into(), "test.conf:1:56: Duplicate response threshold detected"),
        ("accounts { A { exports: [{stream: x, latency: l}] } }".into(), "test.conf:1:38: Detected latency directive on non-service"),
        ("accounts { A { exports: [{stream: x, private: true}] } }".into(), "test.conf:1:38: unknown field \"private\""),
        ("accounts { A { exports: [{stream: x, accounts: [B]}] } }".into(), "test.conf:1:1: \"B\" account not defined for stream export"),
        ("accounts { A { exports: [{service: x, accounts: [B]}] } }".into(), "test.conf:1:1: \"B\" account not defined for service export"),
        ("accounts { A { exports: [{stream: \"a.b\", account_token_position: 2}] } }".into(), "test.conf:1:1: Error adding stream export \"a.b\": sublist: invalid subject"),
        ("accounts { A { exports: [{service: \"a.*\", account_token_position: 3}] } }".into(), "test.conf:1:1: Error adding service export \"a.*\": sublist: invalid subject"),
        // imports
        ("accounts { A { imports: {stream: x} } }".into(), "test.conf:1:16: Imports should be an array, got map[string]interface {}"),
        ("accounts { A { imports: [1] } }".into(), "test.conf:1:26: Import Items should be a map with type entry, got int64"),
        ("accounts { A { imports: [{stream: x}] } }".into(), "test.conf:1:27: Stream entry should be an account map, got string"),
        ("accounts { A { imports: [{service: [x]}] } }".into(), "test.conf:1:27: Service entry should be an account map, got []interface {}"),
        ("accounts { A { imports: [{stream: {account: B}}] } }".into(), "test.conf:1:27: Expect an account name and a subject"),
        ("accounts { A { imports: [{stream: {account: B, subject: x, prefix: p}}] } }".into(), "test.conf:1:60: unknown field \"prefix\""),
        ("accounts { A { imports: [{stream: {account: B, subject: x}, service: {account: B, subject: y}}] } }".into(), "test.conf:1:61: Detected service but already saw a stream"),
        ("accounts { A { imports: [{service: {account: B, subject: y}, stream: {account: B, subject: x}}] } }".into(), "test.conf:1:62: Detected stream but already saw a service"),
        ("accounts { A { imports: [{stream: {account: B, subject: x}, prefix: p, to: t}] } }".into(), "test.conf:1:72: Stream import can not have a 'prefix' and a 'to' property"),
        ("accounts { A { imports: [{allow_trace: true, service: {account: B, subject: x}}] } }".into(), "test.conf:1:27: Detected allow_trace directive on a non-stream"),
        ("accounts { A { imports: [{service: {account: B, subject: x}, allow_trace: true}] } }".into(), "test.conf:1:62: Detected allow_trace directive on a non-stream"),
        ("accounts { A { imports: [{service: {account: B, subject: x}}, {service: {account: B, subject: y}, to: x}] } }".into(), "test.conf:1:63: Duplicate service import subject \"x\", previously used in import for account \"B\", subject \"x\""),
        ("accounts { A { imports: [{stream: {account: B, subject: x}}] } }".into(), "test.conf:1:1: \"B\" account not defined for stream import"),
        ("accounts { A { imports: [{service: {account: B, subject: x}}] } }".into(), "test.conf:1:1: \"B\" account not defined for service import"),
        ("accounts { A { imports: [{stream: {account: B, subject: x}}] }, B {} }".into(), "test.conf:1:1: Error adding stream import \"x\": stream import not authorized"),
        ("accounts { A { imports: [{stream: {account: B, subject: x}}] }, B { exports: [{service: x}] } }".into(), "test.conf:1:1: Error adding stream import \"x\": stream import not authorized"),
        ("accounts { A { imports: [{stream: {account: B, subject: x}}] }, B { exports: [{stream: x, accounts: [C]}] }, C {} }".into(), "test.conf:1:1: Error adding stream import \"x\": stream import not authorized"),
        ("accounts { A { imports: [{stream: {account: B, subject: \"x.>\"}}] }, B { exports: [{stream: \"x.*\"}] } }".into(), "test.conf:1:1: Error adding stream import \"x.>\": stream import not authorized"),
        ("accounts { A { imports: [{service: {account: B, subject: x}}] }, B { exports: [{stream: x}] } }".into(), "test.conf:1:1: Error adding service import \"x\": service import not authorized"),
        ("accounts { A { imports: [{service: {account: B, subject: \"a.C.s\"}}] }, B { exports: [{service: \"a.*.s\", account_token_position: 2}] } }".into(), "test.conf:1:1: Error adding service import \"a.C.s\": service import not authorized"),
        ("accounts { A { imports: [{service: {account: B, subject: \"a.*.s\"}}] }, B { exports: [{service: \"a.*.s\", account_token_position: 2}] } }".into(), "test.conf:1:1: Error adding service import \"a.*.s\": service import not authorized"),
        ("accounts { A { imports: [{service: {account: B, subject: \"x..y\"}}] }, B { exports: [{service: \">\"}] } }".into(), "test.conf:1:1: Error adding service import \"x..y\": sublist: invalid subject"),
        ("accounts { A { imports: [{stream: {account: B, subject: x}, prefix: \"p.*\"}] }, B { exports: [{stream: x}] } }".into(), "test.conf:1:1: Error adding stream import \"x\": stream import prefix can not contain wildcard tokens"),
        ("accounts { A { imports: [{stream: {account: B, subject: x}}, {stream: {account: B, subject: x}, prefix: p}] }, B { exports: [{stream: x}] } }".into(), "test.conf:1:1: Error adding stream import \"x\": stream import already exists"),
        ("accounts { A { exports: [{stream: foo}], imports: [{stream: {account: B, subject: foo}}] }, B { exports: [{stream: foo}], imports: [{stream: {account: A, subject: foo}}] } }".into(), "test.conf:1:1: Error adding stream import \"foo\": import forms a cycle"),
        ("accounts { A { exports: [{stream: \"foo.>\"}], imports: [{stream: {account: B, subject: \"foo.*\"}}] }, B { exports: [{stream: \">\"}], imports: [{stream: {account: A, subject: \"foo.bar\"}}] } }".into(), "test.conf:1:1: Error adding stream import \"foo.bar\": import forms a cycle"),
        ("accounts { A { exports: [{service: foo}], imports: [{service: {account: B, subject: foo}}] }, B { exports: [{service: foo}], imports: [{service: {account: A, subject: foo}}] } }".into(), "test.conf:1:1: Error adding service import \"foo\": import forms a cycle"),
        ("accounts { A { exports: [{service: \"s.*\"}], imports: [{service: {account: B, subject: \"t.*\"}, to: \"s.$1\"}] }, B { exports: [{service: \"t.*\"}], imports: [{service: {account: A, subject: \"s.*\"}, to: \"t.*\"}] } }".into(), "test.conf:1:1: Error adding service import \"s.*\": import forms a cycle"),
        // mappings
        ("mappings: [a]".into(), "test.conf:1:1: \"mappings\" expects a map, got an array"),
        ("mappings { \"foo..\": bar }".into(), "test.conf:1:12: Subject \"foo..\" is not a valid subject"),
        ("mappings { foo: 5 }".into(), "test.conf:1:12: Expected an entry for the mapping destination"),
        ("mappings { foo: {destination: a} }".into(), "test.conf:1:12: Missing weight for mapping destination \"a\""),
        ("mappings { foo: {destination: a, weight: \"x%\"} }".into(), "test.conf:1:34: Invalid weight \"x\" for mapping destination"),
        ("mappings { foo: {destination: a, weight: 101} }".into(), "test.conf:1:34: Invalid weight 101 for mapping destination"),
        ("mappings { foo: {destination: a, weight: \"-1%\"} }".into(), "test.conf:1:34: Invalid weight -1 for mapping destination"),
        ("mappings { foo: {destination: a, weight: true} }".into(), "test.conf:1:34: Unknown entry type for weight of true"),
        ("mappings { foo: {destination: a, weight: 1, region: x} }".into(), "test.conf:1:45: Unknown field \"region\" for mapping destination"),
        ("mappings { foo: [{destination: a, weight: 60%}, {destination: b, weight: \"50%\"}] }".into(), "test.conf:1:12: Error adding mapping for \"foo\" : total weight needs to be <= 100"),
        ("mappings { foo: [{destination: a, weight: 10}, {destination: a, weight: 10}] }".into(), "test.conf:1:12: Error adding mapping for \"foo\" : duplicate entry for \"a\""),
        ("accounts { A { mappings { \"a b\": c } } }".into(), "test.conf:1:27: Subject \"a b\" is not a valid subject"),
        // system account, no_auth_user
        ("system_account: 5".into(), "test.conf:1:1: system account name must be a string"),
        ("no_system_account: yes_please".into(), "test.conf:1:1: \"no_system_account\" expects a boolean, got a string"),
        ("no_auth_user: [a]".into(), "test.conf:1:1: \"no_auth_user\" expects a string, got an array"),
    ];
    let mut failures = Vec::new();
    for (text, want) in &cases {
        let got = err(text);
        if got != *want {
            failures.push(format!("{text}\n  want: {want}\n  got:  {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    assert_eq!(
        err(&format!(
            "authorization {{ users: [{{nkey: {ukey}}}, {{nkey: {ukey}}}] }}"
        )),
        format!("test.conf:1:1: Duplicate nkey \"{ukey}\" detected")
    );
    assert_eq!(
        err(&format!("accounts {{ A {{ nkey: {ukey} }} }}")),
        format!("test.conf:1:16: Not a valid public nkey for an account: \"{ukey}\"")
    );
}

/// nats-server's startup checks (`validateAuth`, `configureAccounts`), made once flags are
/// merged; no position, as upstream's.
#[test]
fn startup_checks() {
    let cases = [
        (
            "no_auth_user: x",
            "no_auth_user: \"x\" present, but users/nkeys are not defined",
        ),
        (
            "no_auth_user: x\nauthorization { user: x, password: y }",
            "no_auth_user: \"x\" present, but users/nkeys are not defined",
        ),
        (
            "no_auth_user: x\nauthorization { users: [{user: y}] }",
            "no_auth_user: \"x\" not present as user or nkey in authorization block or account configuration",
        ),
        (
            "system_account: FOO",
            "error resolving system account: account missing",
        ),
        (
            "system_account: \"$SYS\"",
            "error resolving system account: account missing",
        ),
        (
            "accounts { A {} }\nsystem: B",
            "error resolving system account: account missing",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(err(text), want, "{text}");
    }
}

/// Passwords and tokens never appear in an error or warning.
#[test]
fn secrets_stay_out_of_messages() {
    for text in [
        "authorization { users: [\"alice:hunter2\"] }",
        "authorization { users: [{user: a, password: hunter2}, {user: a, password: hunter2}] }",
        "authorization { user: a, password: hunter2, token: hunter2 }",
        "authorization { users: hunter2 }",
        "authorization { token: hunter2, users: [] }",
        "authorization { password: hunter2, bogus: 1 }",
    ] {
        let e = err(text);
        assert!(!e.contains("hunter2"), "{text}: {e}");
    }
}

/// Several mistakes are reported together.
#[test]
fn errors_are_collected() {
    let e =
        err("authorization { users: [{user: a, permissions: {publish: \"a..\"}, clients: [x]}] }");
    assert_eq!(
        e,
        "test.conf:1:49: subject \"a..\" is not a valid subject\n\
         test.conf:1:66: invalid connection types [\"X\"]"
    );
}

/// Issue 16 (arithmetic lint on `config`): huge, negative and boundary numbers in the places the
/// configuration does arithmetic with them are refused or handled, never overflowed.
#[test]
fn huge_and_negative_numbers() {
    // account_token_position indexes the subject's tokens from 1.
    for n in [
        "-1",
        "-9223372036854775808",
        "4294967296",
        "9223372036854775807",
    ] {
        let got = err(&format!(
            "accounts {{ A {{ exports: [{{service: \"a.*\", account_token_position: {n}}}] }} }}"
        ));
        assert!(
            got.contains("account_token_position must be between 0 and 4294967295"),
            "{n}: {got}"
        );
    }
    assert_eq!(
        err("accounts { A { exports: [{service: \"a.*\", account_token_position: 4294967295}] } }"),
        "test.conf:1:1: Error adding service export \"a.*\": sublist: invalid subject"
    );
    // 0 means no token position: the export is public.
    let a = auth("accounts { A { exports: [{service: \"a.*\", account_token_position: 0}] } }");
    assert_eq!(a.accounts[0].exports[0].account_token_position, None);
    // An import checked against a token position far past the subject's tokens.
    let got = err("accounts { A { imports: [{service: {account: B, subject: \"a.C.s\"}}] }, B { exports: [{service: \"a.*.s\", account_token_position: 4294967295}] } }");
    assert!(got.contains("sublist: invalid subject"), "{got}");
    // Mapping weights: out of range either way, and totals of many full weights.
    for (w, shown) in [
        ("9223372036854775807", "9223372036854775807"),
        ("-9223372036854775808", "-9223372036854775808"),
        ("\"255%\"", "255"),
        ("256", "256"),
    ] {
        assert_eq!(
            err(&format!(
                "mappings {{ foo: {{destination: a, weight: {w}}} }}"
            )),
            format!("test.conf:1:34: Invalid weight {shown} for mapping destination"),
        );
    }
    assert_eq!(
        err("mappings { foo: {destination: a, weight: \"9223372036854775808%\"} }"),
        "test.conf:1:34: Invalid weight \"9223372036854775808\" for mapping destination"
    );
    let many: Vec<String> = (0..40)
        .map(|i| format!("{{destination: d{i}, weight: 100}}"))
        .collect();
    assert_eq!(
        err(&format!("mappings {{ foo: [{}] }}", many.join(", "))),
        "test.conf:1:12: Error adding mapping for \"foo\" : total weight needs to be <= 100"
    );
}
