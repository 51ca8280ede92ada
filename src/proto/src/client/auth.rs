//! Authentication material for `CONNECT`: user/password, token, nkey, JWT + seed, `.creds`.
//!
//! The `.creds` format (nsc, nats.go `userFromFile` / nkeys `ParseDecoratedJWT`): blocks framed
//! by lines of three or more dashes around a label,
//!
//! ```text
//! -----BEGIN NATS USER JWT-----
//! eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ...
//! ------END NATS USER JWT------
//!
//! -----BEGIN USER NKEY SEED-----
//! SUAIO3FHUX5PNV2LQIIP7TZ3N4L7TX3W53MQGEIVYFIGA635OZCKEYHFLM
//! ------END USER NKEY SEED------
//! ```
//!
//! The first block is the JWT, the second the seed; a file without frames is a bare JWT (then
//! the seed must come from elsewhere). The seed falls back to the first line that decodes as a
//! seed, as nkeys' `ParseDecoratedNKey` does. The server's `nonce` from INFO is signed with the
//! seed and sent as `sig` (base64url without padding), with `jwt`, or with `nkey` (the public
//! key) for plain nkey authentication.

use std::path::Path;

use data_encoding::BASE64URL_NOPAD;

use super::error::ClientError;
use super::options::{ConnectOptions, ServerAddr};
use crate::info::ConnectInfo;
use crate::nkeys::KeyPair;

/// A user JWT and the key pair that signs nonces for it.
#[derive(Debug)]
pub struct UserCreds {
    /// The user JWT.
    pub jwt: String,
    /// The user's key pair (from the seed).
    pub key: KeyPair,
}

/// The framed blocks of a decorated file, in order: the text between a `---...---` header line
/// and the next `---...---` line, trimmed.
fn decorated_blocks(contents: &str) -> Vec<&str> {
    let is_frame = |l: &str| {
        let l = l.trim();
        l.len() >= 6 && l.starts_with("---") && l.ends_with("---")
    };
    let mut blocks = Vec::new();
    let mut lines = contents.lines();
    while let Some(line) = lines.next() {
        if !is_frame(line) {
            continue;
        }
        // Body: non-empty lines up to the closing frame.
        let mut body = None;
        for inner in lines.by_ref() {
            if is_frame(inner) {
                break;
            }
            let t = inner.trim();
            if !t.is_empty() && body.is_none() {
                body = Some(t);
            }
        }
        if let Some(b) = body {
            blocks.push(b);
        }
    }
    blocks
}

/// Parses `.creds` contents into a JWT and key pair.
pub fn parse_creds(contents: &str) -> Result<UserCreds, ClientError> {
    let blocks = decorated_blocks(contents);
    let jwt = match blocks.first() {
        Some(j) => (*j).to_owned(),
        None => {
            let raw = contents.trim();
            if raw.is_empty() || raw.contains(char::is_whitespace) {
                return Err(ClientError::Creds(
                    "cannot find the user JWT in the credentials".into(),
                ));
            }
            raw.to_owned()
        }
    };
    if jwt.split('.').count() != 3 {
        return Err(ClientError::Creds("user JWT is not a JWT".into()));
    }
    let key = match blocks.get(1) {
        Some(seed) => KeyPair::from_seed(seed)
            .map_err(|e| ClientError::Creds(format!("invalid nkey seed: {e}")))?,
        None => find_seed(contents).ok_or_else(|| {
            ClientError::Creds("cannot find the nkey seed in the credentials".into())
        })?,
    };
    Ok(UserCreds { jwt, key })
}

/// The first framed block or line that decodes as an nkey seed.
fn find_seed(contents: &str) -> Option<KeyPair> {
    decorated_blocks(contents)
        .into_iter()
        .chain(contents.lines().map(str::trim))
        .filter(|l| l.starts_with('S'))
        .find_map(|l| KeyPair::from_seed(l).ok())
}

/// Parses the contents of an nkey seed file.
pub fn parse_seed_file(contents: &str) -> Result<KeyPair, ClientError> {
    find_seed(contents).ok_or_else(|| ClientError::Creds("no nkey seed found in the file".into()))
}

/// Reads a file for authentication, naming it in the error.
fn read(path: &Path) -> Result<String, ClientError> {
    std::fs::read_to_string(path)
        .map_err(|e| ClientError::Creds(format!("cannot read {}: {e}", path.display())))
}

/// Signs `nonce` with `key`: base64url without padding, as `sig` in CONNECT.
pub fn sign_nonce(key: &KeyPair, nonce: &str) -> Result<String, ClientError> {
    let sig = key
        .sign(nonce.as_bytes())
        .map_err(|e| ClientError::Creds(format!("cannot sign the nonce: {e}")))?;
    Ok(BASE64URL_NOPAD.encode(&sig))
}

/// Key material loaded once per connect from the options (files are read at each handshake
/// so rotated credentials are picked up on reconnect, as nats.go does).
#[derive(Debug)]
enum KeyAuth {
    /// JWT plus signing key.
    User(UserCreds),
    /// Plain nkey.
    Nkey(KeyPair),
}

fn key_auth(opts: &ConnectOptions) -> Result<Option<KeyAuth>, ClientError> {
    if let Some(path) = &opts.creds_file {
        return parse_creds(&read(path)?).map(|c| Some(KeyAuth::User(c)));
    }
    if let Some(jwt) = &opts.jwt {
        let seed = opts
            .seed
            .as_deref()
            .ok_or_else(|| ClientError::Creds("a JWT needs a seed to sign the nonce".into()))?;
        let key = KeyPair::from_seed(seed)
            .map_err(|e| ClientError::Creds(format!("invalid nkey seed: {e}")))?;
        return Ok(Some(KeyAuth::User(UserCreds {
            jwt: jwt.clone(),
            key,
        })));
    }
    if let Some(path) = &opts.nkey_seed_file {
        return parse_seed_file(&read(path)?).map(|k| Some(KeyAuth::Nkey(k)));
    }
    if let Some(seed) = &opts.seed {
        let key = KeyPair::from_seed(seed)
            .map_err(|e| ClientError::Creds(format!("invalid nkey seed: {e}")))?;
        return Ok(Some(KeyAuth::Nkey(key)));
    }
    Ok(None)
}

/// Builds the `CONNECT` body for `addr` given the server's `nonce`.
///
/// Credentials in the URL win over `user`/`password`/`token` options (nats.go `connectProto`).
pub fn connect_info(
    opts: &ConnectOptions,
    addr: &ServerAddr,
    nonce: Option<&str>,
    tls: bool,
) -> Result<ConnectInfo, ClientError> {
    let mut info = ConnectInfo {
        verbose: opts.verbose,
        pedantic: opts.pedantic,
        tls_required: tls,
        name: opts.name.clone(),
        lang: "rust".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        protocol: 1,
        echo: opts.echo,
        headers: true,
        no_responders: true,
        ..ConnectInfo::default()
    };
    if addr.has_credentials() {
        info.user = addr.user.clone();
        info.pass = addr.password.clone();
        info.auth_token = addr.token.clone();
    } else {
        info.user = opts.user.clone();
        info.pass = opts.password.clone();
        info.auth_token = opts.token.clone();
    }
    match key_auth(opts)? {
        None => {}
        Some(KeyAuth::User(creds)) => {
            if let Some(nonce) = nonce {
                info.sig = Some(sign_nonce(&creds.key, nonce)?);
            }
            info.jwt = Some(creds.jwt);
        }
        Some(KeyAuth::Nkey(key)) => {
            let nonce = nonce.ok_or_else(|| {
                ClientError::Auth("nkeys not supported by the server (no nonce in INFO)".into())
            })?;
            info.sig = Some(sign_nonce(&key, nonce)?);
            info.nkey = Some(key.public_key());
        }
    }
    Ok(info)
}
