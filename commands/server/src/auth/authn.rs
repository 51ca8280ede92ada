//! Authentication: who a client is, from its `CONNECT` (nats-server `server/auth.go`
//! `configureAuthorization` and `processClientOrLeafAuthentication`, `server/nkey.go`).
//!
//! [`Authenticator::new`] indexes the configured users by name and nkey once; the connection
//! task calls [`Authenticator::authenticate`] with the client's [`ConnectInfo`], the nonce it
//! sent in `INFO` and the kind of connection, and gets back an [`AuthedUser`]: a name, an
//! account and the permissions configuration that applies. Compiling those permissions is
//! [`super::perms`]' job, registering with the account the server's; operator mode (JWTs), TLS
//! certificate mapping, auth callout, trusted proxies and the websocket/MQTT `authorization`
//! overrides are not handled here.
//!
//! The order follows upstream: when nkey users exist, a `CONNECT` carrying `nkey` is decided by
//! them alone; then users by name; then the single `token` or `user`/`password`. A client that
//! sends no credentials at all becomes the `no_auth_user`. When nothing is configured, every
//! client is admitted to `$G` and whatever credentials it sends are ignored.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use data_encoding::{Encoding, Specification, BASE64, BASE64URL_NOPAD};
use rnats_proto::info::ConnectInfo;
use rnats_proto::nkeys::{self, KeyRole};
use subtle::ConstantTimeEq;

use super::options::{
    AuthOptions, Credential, PermissionsConfig, SubjectPermission, UserConfig,
    DEFAULT_SYSTEM_ACCOUNT, GLOBAL_ACCOUNT,
};

/// Raw bytes of a nonce (`server/nkey.go` `nonceRawLen`).
const NONCE_RAW_LEN: usize = 11;
/// Length of a nonce as sent in `INFO`: base64 raw-URL of 11 random bytes.
pub const NONCE_LEN: usize = 15;

/// What upstream shows instead of a token (`client.go` `getRawAuthUser`).
const REDACTED: &str = "[REDACTED]";

/// The kinds of connection a user may be restricted to (`allowed_connection_types`), named as
/// in nats-io/jwt (`ConnectionTypeStandard`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConnectionType {
    /// A NATS client over plain TCP or TLS.
    Standard,
    /// A NATS client over WebSocket.
    WebSocket,
    /// An MQTT client.
    Mqtt,
    /// An MQTT client over WebSocket.
    MqttWs,
    /// A leaf node.
    Leafnode,
    /// A leaf node over WebSocket.
    LeafnodeWs,
    /// A client connected in-process (no socket).
    InProcess,
}

impl ConnectionType {
    /// Every connection type.
    pub const ALL: [ConnectionType; 7] = [
        ConnectionType::Standard,
        ConnectionType::WebSocket,
        ConnectionType::Mqtt,
        ConnectionType::MqttWs,
        ConnectionType::Leafnode,
        ConnectionType::LeafnodeWs,
        ConnectionType::InProcess,
    ];

    /// Upstream's name: `STANDARD`, `WEBSOCKET`, `MQTT`, `MQTT_WS`, `LEAFNODE`,
    /// `LEAFNODE_WS`, `IN_PROCESS`.
    pub fn as_str(self) -> &'static str {
        match self {
            ConnectionType::Standard => "STANDARD",
            ConnectionType::WebSocket => "WEBSOCKET",
            ConnectionType::Mqtt => "MQTT",
            ConnectionType::MqttWs => "MQTT_WS",
            ConnectionType::Leafnode => "LEAFNODE",
            ConnectionType::LeafnodeWs => "LEAFNODE_WS",
            ConnectionType::InProcess => "IN_PROCESS",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl fmt::Display for ConnectionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ConnectionType {
    type Err = String;

    /// Parses a name case-insensitively, as upstream upper-cases the configured names
    /// (`auth.go` `validateAllowedConnectionTypes`); the error is upstream's text.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ConnectionType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| format!("unknown connection type {s:?}"))
    }
}

/// A set of allowed connection types; empty allows every type (`client.go`
/// `connectionTypeAllowed`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ConnectionTypes(u8);

impl ConnectionTypes {
    fn parse(names: Option<&[String]>) -> Result<ConnectionTypes, String> {
        let mut set = 0;
        for name in names.unwrap_or_default() {
            set |= name.parse::<ConnectionType>()?.bit();
        }
        Ok(ConnectionTypes(set))
    }

    fn allows(self, t: ConnectionType) -> bool {
        self.0 == 0 || self.0 & t.bit() != 0
    }
}

/// How a client was admitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    /// No authentication is configured: everyone is admitted to `$G`.
    None,
    /// The client sent no credentials and became the configured `no_auth_user`.
    NoAuthUser,
    /// The single configured `token`.
    Token,
    /// A user name and password: the single `user` or one of `users`.
    Password,
    /// An nkey user that signed the nonce.
    Nkey,
    /// A user named by the client's TLS certificate (`verify_and_map`).
    Tls,
    /// A user JWT of a trusted account (operator mode), with the nonce signed unless it is a
    /// bearer token.
    Jwt,
}

/// What a user JWT says about the user beyond its key (operator mode), for
/// `$SYS.REQ.USER.INFO`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwtIdentity {
    /// The user JWT's `name`.
    pub user_name: String,
    /// The account JWT's `name`.
    pub account_name: String,
    /// The user JWT's expiry (unix seconds, 0 = never).
    pub expires: i64,
    /// The user's `payload` limit (bytes; 0 or less: the account's).
    pub max_payload: i64,
    /// The user's `subs` limit (0 or less: the account's).
    pub max_subs: i64,
    /// `src`: networks (CIDR, or single addresses) the user may connect from; empty is any.
    pub src: Vec<String>,
    /// When the `times` window the user connected in closes (unix seconds, 0 = none): the
    /// connection is then closed as if the JWT expired (upstream `setExpiration`).
    pub window_end: i64,
    /// The account JWT's expiry (unix seconds, 0 = never): its connections are then closed
    /// with `Account Authentication Expired` (upstream `Account.expiredTimeout`).
    pub account_expires: i64,
}

impl JwtIdentity {
    /// Whether `ip` is inside one of the user's source networks (any when none are set; an
    /// entry that does not parse matches nothing, as upstream skips it).
    pub fn allows_peer(&self, ip: std::net::IpAddr) -> bool {
        self.src.is_empty() || self.src.iter().any(|n| cidr_contains(n.trim(), ip))
    }
}

/// Whether `net` (`10.0.0.0/8`, `::1/128`, or one address) contains `ip`.
fn cidr_contains(net: &str, ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    let (addr, bits) = match net.split_once('/') {
        Some((a, b)) => match b.parse::<u32>() {
            Ok(b) => (a, Some(b)),
            Err(_) => return false,
        },
        None => (net, None),
    };
    let Ok(base) = addr.parse::<IpAddr>() else {
        return false;
    };
    let (base, ip, width) = match (base, ip) {
        (IpAddr::V4(b), IpAddr::V4(i)) => (u32::from(b) as u128, u32::from(i) as u128, 32),
        (IpAddr::V6(b), IpAddr::V6(i)) => (u128::from(b), u128::from(i), 128),
        (IpAddr::V4(b), IpAddr::V6(i)) => match i.to_ipv4_mapped() {
            Some(i) => (u32::from(b) as u128, u32::from(i) as u128, 32),
            None => return false,
        },
        (IpAddr::V6(_), IpAddr::V4(_)) => return false,
    };
    let bits = bits.unwrap_or(width).min(width);
    if bits == 0 {
        return true;
    }
    let shift = width - bits;
    (base >> shift) == (ip >> shift)
}

/// The result of authentication: who the client is.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthedUser {
    /// The user name, or the nkey public key; empty for [`AuthMethod::Token`] and
    /// [`AuthMethod::None`]. See [`AuthedUser::authorized_user`] for what `/connz` shows.
    pub name: String,
    /// The account the client belongs to; `$G` for users without one.
    pub account: String,
    /// The permissions that apply: the user's own, else its account's `default_permissions`,
    /// else (for users of `$G` from the `authorization` block) `authorization {
    /// default_permissions }`. The single `user`/`token` and unauthenticated clients have none,
    /// as upstream. When `allow_responses` is set, a missing publish allow list becomes an
    /// empty one (`auth.go` `validateResponsePermissions`).
    pub permissions: Option<PermissionsConfig>,
    /// How the client was admitted.
    pub method: AuthMethod,
    /// The user JWT's identity, for [`AuthMethod::Jwt`].
    pub jwt: Option<std::sync::Arc<JwtIdentity>>,
}

impl AuthedUser {
    /// A client of the global account without permissions or identity: what every client is
    /// when no authentication is configured.
    pub fn global() -> AuthedUser {
        AuthedUser {
            name: String::new(),
            account: GLOBAL_ACCOUNT.to_string(),
            permissions: None,
            method: AuthMethod::None,
            jwt: None,
        }
    }

    /// What upstream reports as the client's user (`/connz?auth=1` `authorized_user`, the
    /// `"$G/user:..."` log prefix; `client.go` `getRawAuthUser`): the user name or nkey,
    /// `[REDACTED]` for a token, and, when authentication is not required, whatever the client
    /// sent (its nkey, else its user, else `[REDACTED]` for a token).
    pub fn authorized_user<'a>(&'a self, connect: &'a ConnectInfo) -> &'a str {
        match self.method {
            AuthMethod::Token => REDACTED,
            AuthMethod::None => {
                if let Some(nkey) = non_empty(&connect.nkey) {
                    nkey
                } else if let Some(user) = non_empty(&connect.user) {
                    user
                } else if non_empty(&connect.auth_token).is_some() {
                    REDACTED
                } else {
                    ""
                }
            }
            AuthMethod::NoAuthUser
            | AuthMethod::Password
            | AuthMethod::Nkey
            | AuthMethod::Tls
            | AuthMethod::Jwt => &self.name,
        }
    }
}

/// Why authentication failed. For the server log only: the client just gets
/// `-ERR 'Authorization Violation'`. Never carries a password, token or signature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthFailure {
    /// `CONNECT` named an nkey that is not a configured nkey user.
    #[error("unknown nkey {nkey}")]
    UnknownNkey {
        /// The public key the client sent (`[invalid nkey]` if it was not one).
        nkey: String,
    },
    /// The user name is not configured.
    #[error("unknown user {user:?}")]
    UnknownUser {
        /// The name the client sent.
        user: String,
    },
    /// The user may not connect over this kind of connection (`allowed_connection_types`).
    #[error("user {user:?} may not connect as {conn_type}")]
    ConnectionTypeNotAllowed {
        /// The user name or nkey.
        user: String,
        /// The kind of connection it tried.
        conn_type: ConnectionType,
    },
    /// An nkey user sent no `sig`.
    #[error("signature missing for nkey {nkey}")]
    SignatureMissing {
        /// The user's public key.
        nkey: String,
    },
    /// `sig` is neither base64 raw-URL nor standard base64.
    #[error("signature for nkey {nkey} is not valid base64")]
    SignatureNotBase64 {
        /// The user's public key.
        nkey: String,
    },
    /// `sig` does not verify the nonce with the user's key (or no nonce was sent).
    #[error("signature not verified for nkey {nkey}")]
    SignatureNotVerified {
        /// The user's public key.
        nkey: String,
    },
    /// The password does not match the user's.
    #[error("wrong password for user {user:?}")]
    WrongPassword {
        /// The user name.
        user: String,
    },
    /// The `no_auth_user` has a bcrypt password: upstream then compares the hash with itself
    /// as if it were the password, which never matches, so the user cannot be used.
    #[error("no_auth_user {user:?} has a bcrypt password and cannot be used")]
    NoAuthUserBcrypt {
        /// The user name.
        user: String,
    },
    /// The token does not match.
    #[error("wrong token")]
    WrongToken,
    /// Nothing the client sent is what the configuration asks for (no credentials, or e.g. a
    /// token when users are configured).
    #[error("no matching credentials")]
    NoCredentials,
    /// Operator mode: the user's account is not known (not preloaded, not in the resolver's
    /// store, or deleted).
    #[error("account {account} not found")]
    UnknownAccount {
        /// The account's public key.
        account: String,
    },
    /// Operator mode: the account JWT revokes the user JWT.
    #[error("user {user} is revoked")]
    Revoked {
        /// The user's public key.
        user: String,
    },
    /// Operator mode: the user JWT or its chain is not acceptable.
    #[error("{reason}")]
    Jwt {
        /// Why (no token or signature in it).
        reason: String,
    },
}

/// A configured password or token, plain or bcrypt. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
enum Secret {
    Plain(Box<str>),
    Bcrypt(Box<str>),
}

impl Secret {
    fn new(configured: &str) -> Secret {
        if is_bcrypt(configured) {
            Secret::Bcrypt(configured.into())
        } else {
            Secret::Plain(configured.into())
        }
    }

    /// `auth.go` `comparePasswords`: bcrypt when the configured value is a bcrypt hash, else
    /// a constant-time comparison (which still reveals whether the lengths differ, as Go's
    /// `subtle.ConstantTimeCompare` does).
    fn matches(&self, given: &str) -> bool {
        match self {
            Secret::Plain(p) => p.as_bytes().ct_eq(given.as_bytes()).into(),
            // A malformed hash (bad cost, bad length) is an error: no password matches it.
            Secret::Bcrypt(h) => bcrypt::verify(given, h).unwrap_or(false),
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Secret::Plain(_) => "Plain([REDACTED])",
            Secret::Bcrypt(_) => "Bcrypt([REDACTED])",
        })
    }
}

/// Whether a configured password or token is a bcrypt hash: `$2a$`, `$2b$`, `$2x$` or `$2y$`
/// followed by a two-digit cost and `$` (`auth.go` `isBcrypt`, `^\$2[abxy]\$\d{2}\$.*`).
pub fn is_bcrypt(s: &str) -> bool {
    match s.as_bytes() {
        [b'$', b'2', v, b'$', c1, c2, b'$', ..] => {
            matches!(v, b'a' | b'b' | b'x' | b'y') && c1.is_ascii_digit() && c2.is_ascii_digit()
        }
        _ => false,
    }
}

/// One configured user or nkey user.
#[derive(Debug, Clone)]
struct Entry {
    /// What a successful authentication returns (method filled in then).
    user: AuthedUser,
    /// The password of a name/password user; `None` for nkey users.
    password: Option<Secret>,
    allowed: ConnectionTypes,
}

impl Entry {
    fn check_type(&self, conn_type: ConnectionType) -> Result<(), AuthFailure> {
        if self.allowed.allows(conn_type) {
            Ok(())
        } else {
            Err(AuthFailure::ConnectionTypeNotAllowed {
                user: self.user.name.clone(),
                conn_type,
            })
        }
    }

    fn admit(&self, method: AuthMethod) -> AuthedUser {
        AuthedUser {
            method,
            ..self.user.clone()
        }
    }
}

/// Decides who a client is from its `CONNECT`. Built once from the configuration (and again on
/// reload); shared read-only by every connection.
#[derive(Clone)]
pub struct Authenticator {
    /// `INFO auth_required` before the `no_auth_user` exception: clients must authenticate.
    required: bool,
    /// Name/password users by name. std `HashMap` (SipHash) because the keys looked up are
    /// chosen by clients.
    users: HashMap<String, Entry>,
    /// Nkey users by public key.
    nkeys: HashMap<String, Entry>,
    /// The single `user`, with its `password` (`None`: empty).
    single_user: Option<(String, Option<Secret>)>,
    /// The single `token`.
    token: Option<Secret>,
    /// `no_auth_user`, checked to be a configured user or nkey.
    no_auth_user: Option<String>,
    /// Whether `no_auth_user` is the one made up for a configuration whose only account is the
    /// system account (see [`Authenticator::new`]); it leaves `INFO auth_required` set.
    implicit_no_auth_user: bool,
    /// Configured passwords that are not bcrypt hashes (for [`Authenticator::warnings`]).
    plaintext_passwords: bool,
    /// Operator mode: the trusted operators and accounts; every client then needs a user JWT.
    trust: Option<std::sync::Arc<super::operator::OperatorTrust>>,
}

impl fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut users: Vec<&str> = self.users.keys().map(String::as_str).collect();
        users.sort_unstable();
        let mut nkeys: Vec<&str> = self.nkeys.keys().map(String::as_str).collect();
        nkeys.sort_unstable();
        f.debug_struct("Authenticator")
            .field("required", &self.required)
            .field("users", &users)
            .field("nkeys", &nkeys)
            .field("single_user", &self.single_user.as_ref().map(|(u, _)| u))
            .field("token", &self.token.as_ref().map(|_| REDACTED))
            .field("no_auth_user", &self.no_auth_user)
            .finish()
    }
}

impl Authenticator {
    /// Indexes the configured users by name and nkey, resolving each one's account and
    /// permissions. Fails with upstream's configuration error texts on an unknown
    /// `allowed_connection_types` entry, an nkey that is not a user public key, a duplicate
    /// user or nkey, and a `no_auth_user` that is not configured.
    ///
    /// Like nats-server (`server.go` `configureAccounts`), a configuration whose only account
    /// is the system account and that has no `authorization` block gets a made-up user of
    /// `$G` (`nats-` and eight random characters) as `no_auth_user`, so that clients without
    /// credentials still connect. [`AuthOptions`] does not say whether an `authorization`
    /// block was present; one that sets no user, token, users or `default_permissions` (only
    /// `timeout`, say) is taken as absent.
    pub fn new(opts: &AuthOptions) -> Result<Authenticator, String> {
        let mut users = HashMap::new();
        let mut nkeys = HashMap::new();
        let mut plaintext_passwords = false;
        for u in &opts.users {
            let allowed = ConnectionTypes::parse(u.allowed_connection_types.as_deref())?;
            let user = AuthedUser {
                name: String::new(),
                account: u.account.as_deref().unwrap_or(GLOBAL_ACCOUNT).to_string(),
                permissions: resolve_permissions(opts, u),
                method: AuthMethod::Password,
                jwt: None,
            };
            match &u.credential {
                Credential::Password {
                    user: name,
                    password,
                } => {
                    plaintext_passwords |= !is_bcrypt(password);
                    let entry = Entry {
                        user: AuthedUser {
                            name: name.clone(),
                            ..user
                        },
                        password: Some(Secret::new(password)),
                        allowed,
                    };
                    if users.insert(name.clone(), entry).is_some() {
                        return Err(format!("Duplicate user {name:?} detected"));
                    }
                }
                Credential::Nkey(key) => {
                    if !nkeys::is_valid_public_key(key, Some(KeyRole::User)) {
                        return Err("Not a valid public nkey for a user".to_string());
                    }
                    let entry = Entry {
                        user: AuthedUser {
                            name: key.clone(),
                            method: AuthMethod::Nkey,
                            ..user
                        },
                        password: None,
                        allowed,
                    };
                    if nkeys.insert(key.clone(), entry).is_some() {
                        return Err(format!("Duplicate nkey {key:?} detected"));
                    }
                }
            }
        }

        let no_auth_user = non_empty(&opts.no_auth_user);
        if let Some(name) = no_auth_user {
            // auth.go validateNoAuthUser
            if users.is_empty() && nkeys.is_empty() {
                return Err(format!(
                    "no_auth_user: \"{name}\" present, but users/nkeys are not defined"
                ));
            }
            if !users.contains_key(name) && !nkeys.contains_key(name) {
                return Err(format!(
                    "no_auth_user: \"{name}\" not present as user or nkey in authorization \
                     block or account configuration"
                ));
            }
        }

        let single_user = non_empty(&opts.username)
            .map(|u| (u.to_string(), non_empty(&opts.password).map(Secret::new)));
        plaintext_passwords |= non_empty(&opts.password).is_some_and(|p| !is_bcrypt(p));
        let token = non_empty(&opts.token).map(Secret::new);

        let mut auth = Authenticator {
            // auth.go configureAuthorization: the single password alone requires nothing.
            required: !users.is_empty()
                || !nkeys.is_empty()
                || single_user.is_some()
                || token.is_some(),
            users,
            nkeys,
            single_user,
            token,
            no_auth_user: no_auth_user.map(str::to_string),
            implicit_no_auth_user: false,
            plaintext_passwords,
            trust: opts.trust.clone().map(std::sync::Arc::new),
        };
        if auth.trust.is_some() {
            auth.required = true;
            return Ok(auth);
        }
        if no_auth_user.is_none() && only_system_account(opts) {
            auth.add_implicit_no_auth_user();
        }
        Ok(auth)
    }

    /// Whether clients must authenticate: `CONNECT` must come first and is checked, under the
    /// auth timeout. True when any user, nkey, single user or token is configured.
    pub fn required(&self) -> bool {
        self.required
    }

    /// The `auth_required` field of `INFO`: [`Authenticator::required`], except that upstream
    /// clears it when a `no_auth_user` is configured (`server.go` `createClientEx`), unless it
    /// is the made-up one of a system-account-only configuration.
    pub fn info_auth_required(&self) -> bool {
        self.required && (self.no_auth_user.is_none() || self.implicit_no_auth_user)
    }

    /// Whether `INFO` must carry a nonce: some nkey user is configured (`server/nkey.go`
    /// `nonceRequired`; operator mode and trusted proxies, which also need one, are not
    /// handled here).
    pub fn needs_nonce(&self) -> bool {
        !self.nkeys.is_empty() || self.trust.is_some()
    }

    /// Operator mode's trusted operators and accounts, if configured.
    pub fn trust(&self) -> Option<&super::operator::OperatorTrust> {
        self.trust.as_deref()
    }

    /// Decides who the client behind `connect` is. `nonce` is the nonce sent in `INFO` (its
    /// bytes, as the client signs them), `conn_type` how the client is connected.
    pub fn authenticate(
        &self,
        connect: &ConnectInfo,
        nonce: Option<&[u8]>,
        conn_type: ConnectionType,
    ) -> Result<AuthedUser, AuthFailure> {
        if let Some(trust) = &self.trust {
            return trust.authenticate(connect, nonce, conn_type);
        }
        if !self.required {
            // Upstream admits everyone and ignores whatever credentials were sent.
            return Ok(AuthedUser::global());
        }
        let user = non_empty(&connect.user);
        let pass = non_empty(&connect.pass);
        let token = non_empty(&connect.auth_token);
        let no_credentials = user.is_none() && pass.is_none() && token.is_none();
        let no_auth_user = self.no_auth_user.as_deref();

        // Nkey users decide alone when the client names an nkey (or is the nkey no_auth_user).
        // Without nkey users, an nkey in CONNECT is ignored.
        if !self.nkeys.is_empty() {
            let key = non_empty(&connect.nkey)
                .or_else(|| no_auth_user.filter(|n| no_credentials && self.nkeys.contains_key(*n)));
            if let Some(key) = key {
                let entry = self
                    .nkeys
                    .get(key)
                    .ok_or_else(|| AuthFailure::UnknownNkey {
                        nkey: printable_nkey(key),
                    })?;
                entry.check_type(conn_type)?;
                // Upstream skips the signature for the no_auth_user's key, even when the
                // client named it itself: it could have connected without credentials anyway.
                if Some(key) == no_auth_user {
                    return Ok(entry.admit(AuthMethod::NoAuthUser));
                }
                verify_signature(key, connect.sig.as_deref(), nonce)?;
                return Ok(entry.admit(AuthMethod::Nkey));
            }
        }

        if !self.users.is_empty() {
            let substituted =
                no_auth_user.filter(|n| no_credentials && self.users.contains_key(*n));
            if let Some(name) = substituted.or(user) {
                let entry = self
                    .users
                    .get(name)
                    .ok_or_else(|| AuthFailure::UnknownUser {
                        user: name.to_string(),
                    })?;
                entry.check_type(conn_type)?;
                let secret = entry.password.as_ref();
                if substituted.is_some() {
                    // Upstream copies the configured password into the client's options and
                    // compares it with itself: always equal in plain text, never for bcrypt.
                    return match secret {
                        Some(Secret::Bcrypt(_)) => Err(AuthFailure::NoAuthUserBcrypt {
                            user: name.to_string(),
                        }),
                        _ => Ok(entry.admit(AuthMethod::NoAuthUser)),
                    };
                }
                return if secret.is_none_or(|s| s.matches(pass.unwrap_or_default())) {
                    Ok(entry.admit(AuthMethod::Password))
                } else {
                    Err(AuthFailure::WrongPassword {
                        user: name.to_string(),
                    })
                };
            }
        }

        if let Some(configured) = &self.token {
            return match token {
                Some(t) if configured.matches(t) => Ok(AuthedUser {
                    method: AuthMethod::Token,
                    ..AuthedUser::global()
                }),
                Some(_) => Err(AuthFailure::WrongToken),
                None => Err(AuthFailure::NoCredentials),
            };
        }
        if let Some((name, password)) = &self.single_user {
            let Some(sent) = user else {
                return Err(AuthFailure::NoCredentials);
            };
            if sent != name {
                return Err(AuthFailure::UnknownUser {
                    user: sent.to_string(),
                });
            }
            let given = pass.unwrap_or_default();
            let ok = match password {
                Some(secret) => secret.matches(given),
                None => given.is_empty(),
            };
            return if ok {
                Ok(AuthedUser {
                    name: name.clone(),
                    method: AuthMethod::Password,
                    ..AuthedUser::global()
                })
            } else {
                Err(AuthFailure::WrongPassword { user: name.clone() })
            };
        }
        Err(AuthFailure::NoCredentials)
    }

    /// `verify_and_map`: the first of `names` (from the client certificate, in upstream's
    /// order) that is a configured user or nkey, admitted without a password.
    pub fn authenticate_mapped(
        &self,
        names: &[String],
        conn_type: ConnectionType,
    ) -> Result<AuthedUser, AuthFailure> {
        for n in names {
            if let Some(entry) = self.users.get(n.as_str()) {
                entry.check_type(conn_type)?;
                return Ok(entry.admit(AuthMethod::Tls));
            }
        }
        Err(AuthFailure::UnknownUser {
            user: names.first().cloned().unwrap_or_default(),
        })
    }

    /// A configured user by name, admitted without its password: a listener's own
    /// `no_auth_user` (WebSocket). `None` when no such user exists.
    pub fn admit_named(
        &self,
        name: &str,
        conn_type: ConnectionType,
    ) -> Option<Result<AuthedUser, AuthFailure>> {
        let entry = self.users.get(name)?;
        Some(
            entry
                .check_type(conn_type)
                .map(|()| entry.admit(AuthMethod::NoAuthUser)),
        )
    }

    /// The configured `no_auth_user` that upstream's parser admits when a client sends
    /// another operation before `CONNECT`: only a name/password user (an nkey `no_auth_user`
    /// never is; `server/parser.go`). Its connection types are not checked here; see
    /// [`Authenticator::admit_without_connect`].
    pub fn no_auth_user(&self) -> Option<AuthedUser> {
        let entry = self.users.get(self.no_auth_user.as_deref()?)?;
        Some(entry.admit(AuthMethod::NoAuthUser))
    }

    /// Whether a client whose first operation is not `CONNECT` is admitted, and as whom:
    /// upstream (2.14.5 `server/parser.go`) admits it when the `no_auth_user` is a
    /// name/password user allowed on `conn_type`, and then runs the same authentication as
    /// for a `CONNECT` without credentials.
    pub fn admit_without_connect(&self, conn_type: ConnectionType) -> Option<AuthedUser> {
        let entry = self.users.get(self.no_auth_user.as_deref()?)?;
        if !entry.allowed.allows(conn_type) {
            return None;
        }
        self.authenticate(&ConnectInfo::server_defaults(), None, conn_type)
            .ok()
    }

    /// Warnings to log at startup, as upstream does (`auth.go` `checkAuthforWarnings`).
    pub fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.plaintext_passwords {
            out.push("Plaintext passwords detected, use nkeys or bcrypt".to_string());
        }
        if let Some(entry) = self.no_auth_user.as_deref().and_then(|n| self.users.get(n)) {
            if matches!(entry.password, Some(Secret::Bcrypt(_))) {
                out.push(format!(
                    "no_auth_user {:?} has a bcrypt password: clients without credentials \
                     will be rejected",
                    entry.user.name
                ));
            }
        }
        out
    }

    /// Adds the made-up `$G` user that upstream gives a configuration whose only account is
    /// the system account (`server.go` `configureAccounts`), and makes it the `no_auth_user`.
    fn add_implicit_no_auth_user(&mut self) {
        const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        let suffix: String = (0..8)
            .map(|_| char::from(DIGITS[fastrand::usize(..DIGITS.len())]))
            .collect();
        let name = format!("nats-{suffix}");
        self.users.insert(
            name.clone(),
            Entry {
                user: AuthedUser {
                    name: name.clone(),
                    ..AuthedUser::global()
                },
                password: Some(Secret::Plain(suffix.into())),
                allowed: ConnectionTypes::default(),
            },
        );
        self.no_auth_user = Some(name);
        self.implicit_no_auth_user = true;
        self.required = true;
    }
}

/// A fresh nonce for `INFO`: 11 random bytes as base64 raw-URL, 15 characters
/// (`server/nkey.go` `generateNonce`).
pub fn generate_nonce() -> String {
    let mut raw = [0u8; NONCE_RAW_LEN];
    if getrandom::fill(&mut raw).is_err() {
        // The OS source failing is near impossible; a process-seeded PRNG still keeps nonces
        // distinct, only less unpredictable.
        fastrand::fill(&mut raw);
    }
    BASE64URL_NOPAD.encode(&raw)
}

/// The permissions a configured user gets: its own, else its account's
/// `default_permissions`, else for users of the `authorization` block (no account) the
/// block's `default_permissions` (`opts.go` `applyDefaultPermissions`).
fn resolve_permissions(opts: &AuthOptions, user: &UserConfig) -> Option<PermissionsConfig> {
    let perms = match (&user.permissions, &user.account) {
        (Some(own), _) => Some(own.clone()),
        (None, Some(account)) => opts
            .accounts
            .iter()
            .find(|a| &a.name == account)
            .and_then(|a| a.default_permissions.clone()),
        (None, None) => opts.default_permissions.clone(),
    };
    perms.map(with_response_defaults)
}

/// `auth.go` `validateResponsePermissions`: with `allow_responses`, publishing is allowed only
/// where the allow list says (an empty list when none is given), plus the replies.
fn with_response_defaults(mut p: PermissionsConfig) -> PermissionsConfig {
    if p.allow_responses.is_some() {
        let publish = p.publish.get_or_insert_with(SubjectPermission::default);
        publish.allow.get_or_insert_with(Vec::new);
    }
    p
}

/// Whether the configuration's only account (besides `$G`) is the system account and there is
/// no `authorization` block or `no_auth_user` (`server.go` `configureAccounts`, with
/// `numAccounts == 2`).
fn only_system_account(opts: &AuthOptions) -> bool {
    let explicit = non_empty(&opts.system_account);
    let system = explicit.unwrap_or(DEFAULT_SYSTEM_ACCOUNT);
    let mut names: Vec<&str> = opts.accounts.iter().map(|a| a.name.as_str()).collect();
    names.push(GLOBAL_ACCOUNT);
    names.sort_unstable();
    names.dedup();
    let no_authorization_block = non_empty(&opts.username).is_none()
        && non_empty(&opts.password).is_none()
        && non_empty(&opts.token).is_none()
        && opts.default_permissions.is_none()
        && opts.users.iter().all(|u| u.account.is_some());
    // `$SYS` becomes the system account by being defined; another name needs `system_account`.
    let system_defined = opts.accounts.iter().any(|a| a.name == system);
    names.len() == 2 && system_defined && system != GLOBAL_ACCOUNT && no_authorization_block
}

/// Checks an nkey user's `sig`: base64 raw-URL, or standard base64 as a fallback, over the
/// nonce bytes.
pub(crate) fn verify_signature(
    nkey: &str,
    sig: Option<&str>,
    nonce: Option<&[u8]>,
) -> Result<(), AuthFailure> {
    let Some(sig) = sig.filter(|s| !s.is_empty()) else {
        return Err(AuthFailure::SignatureMissing {
            nkey: nkey.to_string(),
        });
    };
    let raw = RAW_URL
        .decode(sig.as_bytes())
        .or_else(|_| STANDARD.decode(sig.as_bytes()))
        .map_err(|_| AuthFailure::SignatureNotBase64 {
            nkey: nkey.to_string(),
        })?;
    // Without a nonce there is nothing the signature could prove.
    let verified = nonce.is_some_and(|n| nkeys::verify(nkey, n, &raw).is_ok());
    if verified {
        Ok(())
    } else {
        Err(AuthFailure::SignatureNotVerified {
            nkey: nkey.to_string(),
        })
    }
}

/// Go's `base64.RawURLEncoding` and `StdEncoding` decode leniently: unused trailing bits need
/// not be zero, and `\r`/`\n` are skipped.
fn lenient(strict: &Encoding) -> Encoding {
    let mut spec: Specification = strict.specification();
    spec.check_trailing_bits = false;
    spec.ignore.push_str("\r\n");
    spec.encoding().unwrap_or_else(|_| strict.clone())
}

static RAW_URL: LazyLock<Encoding> = LazyLock::new(|| lenient(&BASE64URL_NOPAD));
static STANDARD: LazyLock<Encoding> = LazyLock::new(|| lenient(&BASE64));

/// A client-sent nkey fit for the log: a public key is, anything else (a seed sent by
/// mistake, say) is not shown.
fn printable_nkey(key: &str) -> String {
    if nkeys::is_valid_public_key(key, None) {
        key.to_string()
    } else {
        "[invalid nkey]".to_string()
    }
}

/// Upstream treats an empty string as absent throughout (`_EMPTY_`).
fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests;
