//! `nsc edit signing-key` (nsc `cmd/editscopedsk.go`): make an account signing key scoped, or
//! edit its scope (role, description, and the permissions/limits template applied by the
//! server to every user the key signs). The account JWT is re-signed by the operator.

use anyhow::{anyhow, bail, Result};
use clap::Args;
use rnats_proto::jwt::{self, NatsLimits, UserScope};
use rnats_proto::nkeys::{self, KeyPair, KeyRole};

use crate::store::{self, Env, KeyStore};
use crate::{add_unique, ok, parse_number, PermArgs};

#[derive(Debug, Args)]
pub(crate) struct EditSigningKeyArgs {
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
    /// signing key or role name, or "generate" for a new key
    #[arg(long)]
    sk: Option<String>,
    /// role associated with the signing key scope
    #[arg(long)]
    role: Option<String>,
    /// user description associated with the role
    #[arg(long)]
    description: Option<String>,
    /// no connect challenge required for users signed by this key
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    bearer: Option<bool>,
    /// add connection types: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS
    #[arg(long = "conn-type", value_delimiter = ',')]
    conn_type: Vec<String>,
    /// remove connection types
    #[arg(long = "rm-conn-type", value_delimiter = ',')]
    rm_conn_type: Vec<String>,
    /// add source network for connection
    #[arg(long, value_delimiter = ',')]
    source_network: Vec<String>,
    /// remove source network for connection
    #[arg(long = "rm-source-network", value_delimiter = ',')]
    rm_source_network: Vec<String>,
    /// set maximum number of subscriptions (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    subs: Option<String>,
    /// set maximum data in bytes for the user (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    data: Option<String>,
    /// set maximum message payload in bytes for the user (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    payload: Option<String>,
    #[command(flatten)]
    perms: PermArgs,
}

/// The public key of the scope whose role is `role` and whose seed is in the keystore (nsc's
/// `keyByRoleName`).
pub(crate) fn key_by_role(keys: &KeyStore, sks: &jwt::SigningKeys, role: &str) -> Option<String> {
    sks.0.iter().find_map(|(k, scope)| {
        scope
            .as_ref()
            .filter(|s| s.role == role && keys.get(k).is_some())
            .map(|_| k.clone())
    })
}

/// `--sk`: "generate", a role name, an account public key, a seed or a seed file.
fn resolve_sk(keys: &KeyStore, sks: &jwt::SigningKeys, value: &str) -> Result<String> {
    if value == "generate" {
        let kp = store::new_stored_key(keys, KeyRole::Account)?;
        return Ok(kp.public_key());
    }
    if let Some(k) = key_by_role(keys, sks, value) {
        return Ok(k);
    }
    if nkeys::decode_public(value).is_ok() {
        let kp_role = value.as_bytes().first().copied();
        if kp_role != Some(b'A') {
            bail!("{value} is not an account public key");
        }
        return Ok(value.to_owned());
    }
    let kp = match KeyPair::from_seed(value) {
        Ok(kp) => kp,
        Err(_) => {
            let text =
                std::fs::read_to_string(value).map_err(|_| anyhow!("signing-key not found"))?;
            rnats_proto::client::auth::parse_seed_file(&text)
                .map_err(|e| anyhow!("{value}: {e}"))?
        }
    };
    if kp.role() != KeyRole::Account {
        bail!("{} is not an account key", kp.public_key());
    }
    keys.store(&kp)?;
    Ok(kp.public_key())
}

/// Runs `nsc edit signing-key`.
pub(crate) fn edit_signing_key(
    env: &Env,
    a: EditSigningKeyArgs,
    signer: Option<&str>,
) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(a.account.as_deref(), &env.config.account)?;
    let mut ac = st.account(&account)?;
    let sk = match (&a.sk, &a.role) {
        (Some(v), _) => resolve_sk(&st.keys, &ac.nats.signing_keys, v)?,
        (None, Some(role)) => key_by_role(&st.keys, &ac.nats.signing_keys, role)
            .ok_or_else(|| anyhow!("signing key is required"))?,
        (None, None) => bail!("signing key is required"),
    };
    let mut scope = match ac.nats.signing_keys.0.get(&sk) {
        Some(Some(s)) => s.clone(),
        _ => {
            let mut s = UserScope {
                kind: "user_scope".into(),
                key: sk.clone(),
                ..UserScope::default()
            };
            s.template.limits.nats = NatsLimits::UNLIMITED;
            s
        }
    };
    if let Some(r) = &a.role {
        scope.role = r.clone();
    }
    if let Some(d) = &a.description {
        scope.description = d.clone();
    }
    let t = &mut scope.template;
    for c in t.allowed_connection_types.iter_mut() {
        *c = c.to_uppercase();
    }
    if let Some(b) = a.bearer {
        if b && ac.nats.limits.account.disallow_bearer {
            bail!("account {account:?} disallows bearer token");
        }
        t.bearer_token = b;
        ok(format!("changed bearer to {b}"));
    }
    for c in &a.conn_type {
        let c = c.to_uppercase();
        add_unique(&mut t.allowed_connection_types, &c);
        ok(format!("added connection type {c}"));
    }
    for c in &a.rm_conn_type {
        let c = c.to_uppercase();
        t.allowed_connection_types.retain(|x| *x != c);
        ok(format!("removed connection type {c}"));
    }
    for s in &a.source_network {
        add_unique(&mut t.limits.src, s);
        ok(format!("added src network {s}"));
    }
    for s in &a.rm_source_network {
        t.limits.src.retain(|x| x != s);
        ok(format!("removed src network {s}"));
    }
    for (dst, v, what) in [
        (&mut t.limits.nats.subs, &a.subs, "max subscriptions"),
        (&mut t.limits.nats.data, &a.data, "max data"),
        (&mut t.limits.nats.payload, &a.payload, "max payload"),
    ] {
        if let Some(v) = v {
            *dst = parse_number(v)?;
            ok(format!("changed {what} to {dst}"));
        }
    }
    let mut report = Vec::new();
    a.perms.apply(&mut t.permissions, &mut report)?;
    for r in report {
        ok(r);
    }
    ac.nats.signing_keys.0.insert(sk.clone(), Some(scope));
    let op = st.operator()?;
    let op_kp = st.operator_signer(&op, signer)?;
    st.write_account(&account, &ac.encode(&op_kp)?)?;
    ok(format!("edited signing key {sk:?}"));
    Ok(())
}
