//! Authentication and authorization: who a connection is ([`authn`]), what it may publish and
//! subscribe to ([`perms`]), and the configuration both are built from ([`options`]).

pub mod authn;
pub mod operator;
pub mod options;
pub mod perms;

use std::sync::Arc;

use crate::account::{Account, ServiceImport, StreamImport, GLOBAL_ACCOUNT};
use options::{AuthOptions, ExportKind};

/// The server's authentication state, rebuilt from the options at start and on reload.
#[derive(Debug)]
pub struct AuthState {
    /// Who may connect.
    pub authenticator: authn::Authenticator,
}

impl AuthState {
    /// Builds the state from the configured users.
    pub fn new(opts: &AuthOptions) -> Result<AuthState, String> {
        Ok(AuthState {
            authenticator: authn::Authenticator::new(opts)?,
        })
    }
}

/// Resolves every account's imports and mappings against `accounts` (upstream checks that
/// each import is exported to the importer). Errors carry upstream's texts.
pub fn configure_accounts(
    opts: &AuthOptions,
    account: impl Fn(&str) -> Option<Arc<Account>>,
) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    if let Some(global) = account(GLOBAL_ACCOUNT) {
        match crate::transform::Mappings::new(&opts.mappings) {
            Ok(m) => global.set_mappings(m),
            Err(e) => errors.push(format!("Error adding mapping: {e}")),
        }
    }
    for cfg in &opts.accounts {
        let Some(acc) = account(&cfg.name) else {
            continue;
        };
        if cfg.name != GLOBAL_ACCOUNT || opts.mappings.is_empty() {
            match crate::transform::Mappings::new(&cfg.mappings) {
                Ok(m) => acc.set_mappings(m),
                Err(e) => errors.push(format!("Error adding mapping: {e}")),
            }
        }
        let mut streams = Vec::new();
        let mut services = Vec::new();
        for im in &cfg.imports {
            let Some(from) = account(&im.account) else {
                errors.push(format!("{:?} account not defined for import", im.account));
                continue;
            };
            let what = match im.kind {
                ExportKind::Stream => "stream",
                ExportKind::Service => "service",
            };
            let export = from
                .config()
                .exports
                .iter()
                .find(|e| {
                    e.kind == im.kind
                        && rnats_proto::subject::is_subset(
                            im.subject.as_bytes(),
                            e.subject.as_bytes(),
                        )
                        && e.accounts
                            .as_ref()
                            .is_none_or(|a| a.iter().any(|n| n == &cfg.name))
                })
                .cloned();
            let Some(export) = export else {
                errors.push(format!(
                    "Error adding {what} import {:?}: {what} import not authorized",
                    im.subject
                ));
                continue;
            };
            let built = match im.kind {
                ExportKind::Stream => StreamImport::new(
                    from.clone(),
                    &im.subject,
                    im.prefix.as_deref(),
                    im.to.as_deref(),
                )
                .map(|s| streams.push(Arc::new(s))),
                ExportKind::Service => ServiceImport::new(
                    from.clone(),
                    &im.subject,
                    im.to.as_deref(),
                    export.response_type,
                    export.response_threshold,
                )
                .map(|mut s| {
                    s.share = im.share;
                    services.push(Arc::new(s))
                }),
            };
            if let Err(e) = built {
                errors.push(format!("Error adding {what} import {:?}: {e}", im.subject));
            }
        }
        if let Err(e) = acc.set_imports(streams, services) {
            errors.push(format!("Error adding service import: {e}"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
