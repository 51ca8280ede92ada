//! Authentication tests: the text tables in `testdata/`, then what a table cannot express
//! (permission precedence, secrets kept out of `Debug` and `Display`, nonces).
//!
//! A table is a series of scenarios separated by `---`; `#` starts a comment line. Each
//! scenario first configures, then checks (the [`Authenticator`] is built at the first check).
//!
//! Configuration lines:
//! - `user NAME [PASSWORD] [account=A] [types=T,...]`: a name/password user
//! - `nkey KEY [account=A] [types=T,...]`: an nkey user; `KEY` is `k1`..`k9`, a key pair made
//!   from a fixed seed; `raw_nkey TEXT` configures `TEXT` as is
//! - `single NAME|- [PASSWORD|-]`, `token TOKEN`: the single user or token
//! - `no_auth_user NAME|KEY`, `account NAME`, `system_account NAME`, `default_permissions pub=S`
//!
//! Check lines:
//! - `new -> ok` / `new -> err TEXT`: construction succeeds / fails with an error containing TEXT
//! - `required|info_auth_required|needs_nonce yes|no`
//! - `connect [user=U] [pass=P] [token=T] [nkey=KEY] [sig=S] [nonce=none] [type=T] -> RESULT`,
//!   where `sig` is `good` (raw-URL signature of the nonce by `nkey`'s key), `std` (standard
//!   base64), `wrapped` (raw-URL with a line break), `bad` (of another message), `other` (by
//!   another key), `short` (too few bytes) or `garbage` (not base64), and RESULT is
//!   `ok NAME|- ACCOUNT METHOD` (a NAME ending in `*` is a prefix) or `err VARIANT`
//! - `before_connect [type=T] -> ok NAME ACCOUNT METHOD|none`: [`Authenticator::admit_without_connect`]
//! - `no_auth_user -> NAME ACCOUNT|none`: [`Authenticator::no_auth_user`]

use rnats_proto::nkeys::KeyPair;

use super::*;
use crate::auth::options::{AccountConfig, ResponsePermission};

/// The test key `kN`: a user key pair from a fixed seed.
fn key(name: &str) -> Option<KeyPair> {
    let n = name.strip_prefix('k')?.parse::<u8>().ok()?;
    Some(KeyPair::from_raw_seed(KeyRole::User, [n; 32]))
}

/// A name in a table: `kN` is that key's public key, `-` is empty.
fn resolve_name(name: &str) -> String {
    match (name, key(name)) {
        ("-", _) => String::new(),
        (_, Some(kp)) => kp.public_key(),
        _ => name.to_string(),
    }
}

fn flag(s: &str) -> bool {
    match s {
        "yes" => true,
        "no" => false,
        other => panic!("expected yes or no, got {other}"),
    }
}

/// `key=value` words as a map.
fn options<'a>(words: &[&'a str]) -> HashMap<&'a str, &'a str> {
    words
        .iter()
        .map(|w| {
            w.split_once('=')
                .unwrap_or_else(|| panic!("not key=value: {w}"))
        })
        .collect()
}

fn types(opts: &HashMap<&str, &str>) -> Option<Vec<String>> {
    opts.get("types")
        .map(|t| t.split(',').map(str::to_string).collect())
}

fn conn_type(opts: &HashMap<&str, &str>) -> ConnectionType {
    opts.get("type")
        .map_or(ConnectionType::Standard, |t| t.parse().unwrap())
}

fn method(name: &str) -> AuthMethod {
    match name {
        "None" => AuthMethod::None,
        "NoAuthUser" => AuthMethod::NoAuthUser,
        "Token" => AuthMethod::Token,
        "Password" => AuthMethod::Password,
        "Nkey" => AuthMethod::Nkey,
        other => panic!("unknown method {other}"),
    }
}

/// The variant name of a failure (its `Debug` up to the first brace).
fn variant(f: &AuthFailure) -> String {
    let debug = format!("{f:?}");
    debug
        .split([' ', '{', '('])
        .next()
        .unwrap_or_default()
        .to_string()
}

fn check_user(at: &str, got: &AuthedUser, want: &[&str]) {
    let [name, account, m] = want else {
        panic!("{at}: expected `ok NAME ACCOUNT METHOD`");
    };
    match name.strip_suffix('*') {
        Some(prefix) => assert!(got.name.starts_with(prefix), "{at}: got {got:?}"),
        None => assert_eq!(got.name, resolve_name(name), "{at}: got {got:?}"),
    }
    assert_eq!(got.account, *account, "{at}: got {got:?}");
    assert_eq!(got.method, method(m), "{at}: got {got:?}");
}

fn connect_info(opts: &HashMap<&str, &str>, nonce: &str) -> ConnectInfo {
    let mut c = ConnectInfo {
        user: opts.get("user").map(|s| s.to_string()),
        pass: opts.get("pass").map(|s| s.to_string()),
        auth_token: opts.get("token").map(|s| s.to_string()),
        ..ConnectInfo::default()
    };
    let kp = opts.get("nkey").map(|k| match key(k) {
        Some(kp) => {
            c.nkey = Some(kp.public_key());
            Some(kp)
        }
        None => {
            c.nkey = Some(k.to_string());
            None
        }
    });
    if let Some(sig) = opts.get("sig") {
        let kp = kp.flatten().expect("sig= needs nkey=kN");
        let signed = kp.sign(nonce.as_bytes()).unwrap();
        c.sig = Some(match *sig {
            "good" => BASE64URL_NOPAD.encode(&signed),
            "std" => BASE64.encode(&signed),
            "wrapped" => {
                let s = BASE64URL_NOPAD.encode(&signed);
                format!("{}\r\n{}", &s[..40], &s[40..])
            }
            "bad" => BASE64URL_NOPAD.encode(&kp.sign(b"another nonce").unwrap()),
            "other" => {
                let other = key("k9").unwrap();
                BASE64URL_NOPAD.encode(&other.sign(nonce.as_bytes()).unwrap())
            }
            "short" => BASE64URL_NOPAD.encode(&signed[..32]),
            "garbage" => "not base64!".to_string(),
            other => panic!("unknown sig {other}"),
        });
    }
    c
}

struct Scenario {
    opts: AuthOptions,
    built: Option<Result<Authenticator, String>>,
}

impl Scenario {
    fn new() -> Scenario {
        Scenario {
            opts: AuthOptions::default(),
            built: None,
        }
    }

    fn configure(&mut self, at: &str, cmd: &str, args: &[&str]) {
        assert!(
            self.built.is_none(),
            "{at}: configuration after checks (use ---)"
        );
        let o = &mut self.opts;
        match cmd {
            "user" => {
                let (name, rest) = args.split_first().expect(at);
                let (password, rest) = match rest.first() {
                    Some(p) if !p.contains('=') => (p.to_string(), &rest[1..]),
                    _ => (String::new(), rest),
                };
                let kv = options(rest);
                o.users.push(UserConfig {
                    credential: Credential::Password {
                        user: name.to_string(),
                        password,
                    },
                    account: kv.get("account").map(|s| s.to_string()),
                    permissions: None,
                    allowed_connection_types: types(&kv),
                });
            }
            "nkey" | "raw_nkey" => {
                let (k, rest) = args.split_first().expect(at);
                let kv = options(rest);
                let public = if cmd == "nkey" {
                    resolve_name(k)
                } else {
                    k.to_string()
                };
                o.users.push(UserConfig {
                    credential: Credential::Nkey(public),
                    account: kv.get("account").map(|s| s.to_string()),
                    permissions: None,
                    allowed_connection_types: types(&kv),
                });
            }
            "single" => {
                let some = |s: Option<&&str>| s.filter(|s| **s != "-").map(|s| s.to_string());
                o.username = some(args.first());
                o.password = some(args.get(1));
            }
            "token" => o.token = Some(args[0].to_string()),
            "no_auth_user" => o.no_auth_user = Some(resolve_name(args[0])),
            "system_account" => o.system_account = Some(args[0].to_string()),
            "account" => o.accounts.push(AccountConfig {
                name: args[0].to_string(),
                ..AccountConfig::default()
            }),
            "default_permissions" => {
                let kv = options(args);
                o.default_permissions = Some(PermissionsConfig {
                    publish: Some(SubjectPermission {
                        allow: Some(vec![kv["pub"].to_string()]),
                        deny: None,
                    }),
                    ..PermissionsConfig::default()
                });
            }
            other => panic!("{at}: unknown command {other}"),
        }
    }

    fn built(&mut self) -> &Result<Authenticator, String> {
        self.built
            .get_or_insert_with(|| Authenticator::new(&self.opts))
    }

    fn auth(&mut self, at: &str) -> &Authenticator {
        match self.built() {
            Ok(a) => a,
            Err(e) => panic!("{at}: configuration refused: {e}"),
        }
    }

    fn check(&mut self, at: &str, cmd: &str, args: &[&str], want: &[&str]) {
        match cmd {
            "new" => match (self.built(), want) {
                (Ok(_), ["ok"]) => {}
                (Err(e), ["err", text @ ..]) => {
                    let text = text.join(" ");
                    assert!(e.contains(&text), "{at}: got error {e:?}");
                }
                (got, _) => panic!("{at}: got {got:?}"),
            },
            "required" => assert_eq!(self.auth(at).required(), flag(args[0]), "{at}"),
            "info_auth_required" => {
                assert_eq!(self.auth(at).info_auth_required(), flag(args[0]), "{at}")
            }
            "needs_nonce" => assert_eq!(self.auth(at).needs_nonce(), flag(args[0]), "{at}"),
            "connect" => {
                let kv = options(args);
                let nonce = generate_nonce();
                let connect = connect_info(&kv, &nonce);
                let nonce = match kv.get("nonce") {
                    Some(&"none") => None,
                    None => Some(nonce.as_bytes()),
                    Some(other) => panic!("{at}: unknown nonce {other}"),
                };
                let got = self.auth(at).authenticate(&connect, nonce, conn_type(&kv));
                match (got, want) {
                    (Ok(user), ["ok", rest @ ..]) => check_user(at, &user, rest),
                    (Err(e), ["err", v]) => assert_eq!(variant(&e), *v, "{at}: got {e:?}"),
                    (got, _) => panic!("{at}: got {got:?}"),
                }
            }
            "before_connect" => {
                let kv = options(args);
                let got = self.auth(at).admit_without_connect(conn_type(&kv));
                match (got, want) {
                    (Some(user), ["ok", rest @ ..]) => check_user(at, &user, rest),
                    (None, ["none"]) => {}
                    (got, _) => panic!("{at}: got {got:?}"),
                }
            }
            "no_auth_user" => match (self.auth(at).no_auth_user(), want) {
                (Some(user), [name, account]) => {
                    assert_eq!(user.name, resolve_name(name), "{at}");
                    assert_eq!(user.account, *account, "{at}");
                    assert_eq!(user.method, AuthMethod::NoAuthUser, "{at}");
                }
                (None, ["none"]) => {}
                (got, _) => panic!("{at}: got {got:?}"),
            },
            other => panic!("{at}: unknown check {other}"),
        }
    }
}

fn run_table(name: &str, text: &str) {
    let mut scenario = Scenario::new();
    let mut checks = 0;
    for (i, line) in text.lines().enumerate() {
        let at = format!("{name}.txt:{}: {line}", i + 1);
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "---" {
            assert!(scenario.built.is_some(), "{at}: scenario without checks");
            scenario = Scenario::new();
            continue;
        }
        let (left, want) = match line.split_once(" -> ") {
            Some((l, w)) => (l, Some(w)),
            None => (line, None),
        };
        let words: Vec<&str> = left.split_whitespace().collect();
        let (cmd, args) = words.split_first().expect("non-empty line");
        let is_check =
            want.is_some() || matches!(*cmd, "required" | "info_auth_required" | "needs_nonce");
        if is_check {
            let want: Vec<&str> = want.unwrap_or_default().split_whitespace().collect();
            scenario.check(&at, cmd, args, &want);
            checks += 1;
        } else {
            scenario.configure(&at, cmd, args);
        }
    }
    assert!(checks > 0, "{name}: no checks");
}

macro_rules! table_tests {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            run_table(
                stringify!($name),
                include_str!(concat!("testdata/", stringify!($name), ".txt")),
            );
        }
    )*};
}

table_tests!(none, users, nkeys, simple, no_auth_user, config);

fn perms(publish: &str) -> PermissionsConfig {
    PermissionsConfig {
        publish: Some(SubjectPermission {
            allow: Some(vec![publish.to_string()]),
            deny: None,
        }),
        ..PermissionsConfig::default()
    }
}

fn password_user(name: &str, account: Option<&str>, own: Option<&str>) -> UserConfig {
    UserConfig {
        credential: Credential::Password {
            user: name.to_string(),
            password: "pw".to_string(),
        },
        account: account.map(str::to_string),
        permissions: own.map(perms),
        allowed_connection_types: None,
    }
}

fn login(auth: &Authenticator, user: &str) -> AuthedUser {
    let connect = ConnectInfo {
        user: Some(user.to_string()),
        pass: Some("pw".to_string()),
        ..ConnectInfo::default()
    };
    auth.authenticate(&connect, None, ConnectionType::Standard)
        .unwrap()
}

fn publish_allow(u: &AuthedUser) -> Option<Vec<String>> {
    u.permissions.as_ref()?.publish.as_ref()?.allow.clone()
}

#[test]
fn permission_precedence() {
    let kp = key("k1").unwrap();
    let opts = AuthOptions {
        users: vec![
            password_user("own_g", None, Some("own")),
            password_user("plain_g", None, None),
            password_user("own_a", Some("A"), Some("own")),
            password_user("plain_a", Some("A"), None),
            password_user("plain_b", Some("B"), None),
            password_user("plain_unknown", Some("NOPE"), None),
            UserConfig {
                credential: Credential::Nkey(kp.public_key()),
                account: Some("A".to_string()),
                permissions: None,
                allowed_connection_types: None,
            },
        ],
        default_permissions: Some(perms("global_default")),
        accounts: vec![
            AccountConfig {
                name: "A".to_string(),
                default_permissions: Some(perms("a_default")),
                ..AccountConfig::default()
            },
            AccountConfig {
                name: "B".to_string(),
                ..AccountConfig::default()
            },
        ],
        ..AuthOptions::default()
    };
    let auth = Authenticator::new(&opts).unwrap();
    let table = [
        ("own_g", Some("own")),
        ("plain_g", Some("global_default")),
        ("own_a", Some("own")),
        ("plain_a", Some("a_default")),
        // The authorization block's defaults are for its own users only.
        ("plain_b", None),
        ("plain_unknown", None),
    ];
    for (user, want) in table {
        let got = login(&auth, user);
        assert_eq!(
            publish_allow(&got),
            want.map(|w| vec![w.to_string()]),
            "{user}"
        );
    }

    let nonce = generate_nonce();
    let connect = ConnectInfo {
        nkey: Some(kp.public_key()),
        sig: Some(BASE64URL_NOPAD.encode(&kp.sign(nonce.as_bytes()).unwrap())),
        ..ConnectInfo::default()
    };
    let got = auth
        .authenticate(&connect, Some(nonce.as_bytes()), ConnectionType::Standard)
        .unwrap();
    assert_eq!(publish_allow(&got), Some(vec!["a_default".to_string()]));
}

#[test]
fn single_user_and_token_get_no_default_permissions() {
    // nats-server applies authorization { default_permissions } to the users array only.
    for opts in [
        AuthOptions {
            username: Some("u".to_string()),
            password: Some("pw".to_string()),
            default_permissions: Some(perms("x")),
            ..AuthOptions::default()
        },
        AuthOptions {
            token: Some("pw".to_string()),
            default_permissions: Some(perms("x")),
            ..AuthOptions::default()
        },
    ] {
        let auth = Authenticator::new(&opts).unwrap();
        let connect = ConnectInfo {
            user: Some("u".to_string()),
            pass: Some("pw".to_string()),
            auth_token: Some("pw".to_string()),
            ..ConnectInfo::default()
        };
        let got = auth
            .authenticate(&connect, None, ConnectionType::Standard)
            .unwrap();
        assert_eq!(got.permissions, None, "{opts:?}");
    }
}

#[test]
fn allow_responses_closes_the_publish_allow_list() {
    let mut with_responses = perms("ignored");
    with_responses.publish = None;
    with_responses.allow_responses = Some(ResponsePermission::default());
    let mut user = password_user("r", None, None);
    user.permissions = Some(with_responses);
    let auth = Authenticator::new(&AuthOptions {
        users: vec![user, password_user("s", None, Some("keep"))],
        ..AuthOptions::default()
    })
    .unwrap();
    assert_eq!(publish_allow(&login(&auth, "r")), Some(vec![]));
    assert_eq!(
        publish_allow(&login(&auth, "s")),
        Some(vec!["keep".to_string()])
    );
}

#[test]
fn secrets_stay_out_of_debug_and_display() {
    const PASSWORD: &str = "pa55-w0rd-xyzzy";
    const TOKEN: &str = "t0ken-plugh";
    const HASH: &str = "$2a$04$UuTkLRZZ6QofpDOlMz32MuuxEHA43WOemOYHPz6.SjsVsyO1tDU96";
    let mut bcrypt_user = password_user("b", None, None);
    bcrypt_user.credential = Credential::Password {
        user: "b".to_string(),
        password: HASH.to_string(),
    };
    let mut plain_user = password_user("p", None, None);
    plain_user.credential = Credential::Password {
        user: "p".to_string(),
        password: PASSWORD.to_string(),
    };
    let auths = [
        Authenticator::new(&AuthOptions {
            users: vec![plain_user, bcrypt_user],
            ..AuthOptions::default()
        })
        .unwrap(),
        Authenticator::new(&AuthOptions {
            token: Some(TOKEN.to_string()),
            ..AuthOptions::default()
        })
        .unwrap(),
        Authenticator::new(&AuthOptions {
            username: Some("single".to_string()),
            password: Some(PASSWORD.to_string()),
            ..AuthOptions::default()
        })
        .unwrap(),
    ];
    let secrets = [PASSWORD, TOKEN, HASH, "UuTkLRZZ6Qof"];
    let seed = key("k1").unwrap().seed();
    let attempts = [
        ConnectInfo {
            user: Some("p".to_string()),
            pass: Some(TOKEN.to_string()),
            ..ConnectInfo::default()
        },
        ConnectInfo {
            user: Some("b".to_string()),
            pass: Some(PASSWORD.to_string()),
            ..ConnectInfo::default()
        },
        ConnectInfo {
            auth_token: Some(PASSWORD.to_string()),
            ..ConnectInfo::default()
        },
        ConnectInfo {
            user: Some("single".to_string()),
            pass: Some(TOKEN.to_string()),
            ..ConnectInfo::default()
        },
    ];
    for auth in &auths {
        let debug = format!("{auth:?} {auth:#?}");
        for s in secrets {
            assert!(!debug.contains(s), "{debug}");
        }
        for connect in &attempts {
            if let Err(e) = auth.authenticate(connect, None, ConnectionType::Standard) {
                let shown = format!("{e} {e:?}");
                for s in secrets {
                    assert!(!shown.contains(s), "{shown}");
                }
            }
        }
    }
    assert!(format!("{:?}", auths[1]).contains("[REDACTED]"));

    // A seed sent as the nkey by mistake is not repeated in the failure.
    let nkey_auth = Authenticator::new(&AuthOptions {
        users: vec![UserConfig {
            credential: Credential::Nkey(key("k2").unwrap().public_key()),
            account: None,
            permissions: None,
            allowed_connection_types: None,
        }],
        ..AuthOptions::default()
    })
    .unwrap();
    let connect = ConnectInfo {
        nkey: Some(seed.clone()),
        sig: Some("c2ln".to_string()),
        ..ConnectInfo::default()
    };
    let e = nkey_auth
        .authenticate(&connect, Some(b"nonce"), ConnectionType::Standard)
        .unwrap_err();
    assert!(!format!("{e} {e:?}").contains(&seed), "{e}");
}

#[test]
fn nonce_is_fifteen_url_safe_characters() {
    let a = generate_nonce();
    let b = generate_nonce();
    assert_eq!(a.len(), NONCE_LEN);
    assert_ne!(a, b);
    assert!(a
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    assert_eq!(
        BASE64URL_NOPAD.decode(a.as_bytes()).unwrap().len(),
        NONCE_RAW_LEN
    );
}

#[test]
fn bcrypt_detection() {
    let table = [
        ("$2a$11$abc", true),
        ("$2b$04$x", true),
        ("$2x$10$", true),
        ("$2y$31$…", true),
        ("$2c$10$abc", false),
        ("$2a$1$abc", false),
        ("$2a$1a$abc", false),
        ("$2a$10abc", false),
        ("2a$10$abc", false),
        ("$1$abc", false),
        ("", false),
        ("password", false),
    ];
    for (s, want) in table {
        assert_eq!(is_bcrypt(s), want, "{s}");
    }
}

#[test]
fn connection_type_names() {
    for t in ConnectionType::ALL {
        assert_eq!(t.as_str().parse::<ConnectionType>(), Ok(t));
        assert_eq!(t.as_str().to_lowercase().parse::<ConnectionType>(), Ok(t));
        assert_eq!(t.to_string(), t.as_str());
    }
    assert_eq!(
        "telnet".parse::<ConnectionType>(),
        Err("unknown connection type \"telnet\"".to_string())
    );
}

#[test]
fn authorized_user_as_connz_shows_it() {
    let sent = ConnectInfo {
        user: Some("bob".to_string()),
        auth_token: Some("tok".to_string()),
        ..ConnectInfo::default()
    };
    // Without authentication upstream still reports what the client sent.
    assert_eq!(AuthedUser::global().authorized_user(&sent), "bob");
    assert_eq!(
        AuthedUser::global().authorized_user(&ConnectInfo {
            auth_token: Some("tok".to_string()),
            ..ConnectInfo::default()
        }),
        "[REDACTED]"
    );
    assert_eq!(
        AuthedUser::global().authorized_user(&ConnectInfo::default()),
        ""
    );
    let token = AuthedUser {
        method: AuthMethod::Token,
        ..AuthedUser::global()
    };
    assert_eq!(token.authorized_user(&sent), "[REDACTED]");
    let user = AuthedUser {
        name: "alice".to_string(),
        method: AuthMethod::NoAuthUser,
        ..AuthedUser::global()
    };
    assert_eq!(user.authorized_user(&ConnectInfo::default()), "alice");
}

#[test]
fn warnings_for_plaintext_passwords() {
    let hash = "$2a$04$UuTkLRZZ6QofpDOlMz32MuuxEHA43WOemOYHPz6.SjsVsyO1tDU96";
    let mut hashed = password_user("h", None, None);
    hashed.credential = Credential::Password {
        user: "h".to_string(),
        password: hash.to_string(),
    };
    let quiet = Authenticator::new(&AuthOptions {
        users: vec![hashed.clone()],
        ..AuthOptions::default()
    })
    .unwrap();
    assert!(quiet.warnings().is_empty());
    let loud = Authenticator::new(&AuthOptions {
        users: vec![hashed, password_user("p", None, None)],
        ..AuthOptions::default()
    })
    .unwrap();
    assert_eq!(
        loud.warnings(),
        vec!["Plaintext passwords detected, use nkeys or bcrypt".to_string()]
    );
}
