//! Config file loading: reads a NATS conf file into [`Options`].
//!
//! TEMPORARY STAND-IN with the agreed signatures, so the shell (`lib.rs`, `lifecycle.rs`) builds
//! before the real loader is merged. It checks that the file can be read, records it in
//! `opts.config_file`, and applies no setting from it — saying so in a warning, so nothing is
//! ignored silently. The lead replaces this file with the real loader on merge.

use std::path::Path;

use crate::options::Options;

/// What a successful load has to say.
#[derive(Debug, Default)]
pub struct ConfigReport {
    /// Non-fatal findings, logged as `[WRN]` lines once logging is configured.
    pub warnings: Vec<String>,
}

/// Why a config file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read (worded like Go's `open FILE: no such file or directory`).
    #[error("open {path}: {reason}")]
    Open {
        /// The path as given.
        path: String,
        /// The OS error, lower-case as Go prints it.
        reason: String,
    },
}

/// Loads `path` into `opts` (setting `opts.config_file`).
pub fn load_into(opts: &mut Options, path: &Path) -> Result<ConfigReport, ConfigError> {
    std::fs::read(path).map_err(|e| ConfigError::Open {
        path: path.display().to_string(),
        reason: match e.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        },
    })?;
    opts.config_file = Some(path.to_path_buf());
    Ok(ConfigReport {
        warnings: vec![format!(
            "{}: this build has no config file parser yet; no setting from it was applied",
            path.display()
        )],
    })
}
