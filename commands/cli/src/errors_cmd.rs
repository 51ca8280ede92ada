//! `nats errors` (`err`, `error`): the JetStream error catalogue.
//!
//! As natscli: `ls [MATCH] [SORT]` tables every known error (a case-insensitive regular
//! expression over description, HTTP code, NATS code, help, constant and comment), `lookup CODE`
//! prints one as a columns report, `validate [FILE]` checks an errors file against nats-server's
//! rules and `edit FILE [CODE]` edits one entry in `$EDITOR`. The catalogue is nats-server
//! 2.14.0's `server/errors.json`, embedded (`data/errors.json`); `--errors FILE` reads another.
//! Nothing here talks to a server.

use crate::kit::columns::Columns;
use crate::kit::output;
use crate::options::GlobalOpts;
use anyhow::{bail, Context as _};
use clap::{Args, Subcommand, ValueEnum};
use serde::{Deserialize, Serialize};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// nats-server 2.14.0's `server/errors.json`.
const EMBEDDED: &str = include_str!("../data/errors.json");

/// Error code documentation
#[derive(Debug, Clone, Args)]
pub struct ErrorsArgs {
    /// The errors.json file to use as input
    #[arg(long = "errors", value_name = "FILE", global = true)]
    pub file: Option<PathBuf>,

    /// The errors subcommand.
    #[command(subcommand)]
    pub command: ErrorsCommand,
}

/// `nats errors` subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum ErrorsCommand {
    /// List all known error codes
    #[command(name = "ls", visible_alias = "list")]
    Ls {
        /// Regular expression match to limit the displayed results
        #[arg(name = "match")]
        pattern: Option<String>,
        /// Sorts by a specific field (code, http, description, d, desc)
        #[arg(value_enum, default_value = "code")]
        sort: SortField,
        /// Reverse sort
        #[arg(short = 'R', long)]
        reverse: bool,
    },
    /// Looks up an error by it's code
    #[command(name = "lookup", visible_aliases = ["find", "get", "l", "view", "show"])]
    Lookup {
        /// The code to retrieve
        code: u16,
    },
    /// Edit or add a error code using your EDITOR
    #[command(name = "edit", visible_aliases = ["vi", "add", "new"])]
    Edit {
        /// The file to edit
        file: PathBuf,
        /// The code to edit
        code: Option<u16>,
    },
    /// Validates the validity of the errors definition
    #[command(name = "validate")]
    Validate {
        /// The file to validate
        file: Option<PathBuf>,
    },
}

/// `errors ls` sort fields (natscli's enum).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortField {
    /// By NATS error code.
    Code,
    /// By HTTP code.
    Http,
    /// By description.
    Description,
    /// By description.
    Descr,
    /// By description.
    D,
}

/// One entry of `errors.json` (nats-server's `ErrorsData`, same field order).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorData {
    /// The Go constant naming the error.
    #[serde(default)]
    pub constant: String,
    /// The HTTP-like code.
    #[serde(default)]
    pub code: i64,
    /// The NATS error code (`err_code` on the wire).
    #[serde(default)]
    pub error_code: u16,
    /// The description, possibly with `{token}` placeholders.
    #[serde(default)]
    pub description: String,
    /// A comment for maintainers.
    #[serde(default)]
    pub comment: String,
    /// Longer help.
    #[serde(default)]
    pub help: String,
    /// A help URL.
    #[serde(default)]
    pub url: String,
    /// The constant this one deprecates.
    #[serde(default)]
    pub deprecates: String,
}

/// Runs `nats errors`.
pub fn run(global: &GlobalOpts, args: ErrorsArgs) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match args.command {
        ErrorsCommand::Ls {
            pattern,
            sort,
            reverse,
        } => {
            let all = load(args.file.as_deref())?;
            let mut matched = filter(all, pattern.as_deref())?;
            sort_errors(&mut matched, sort, reverse);
            let rows: Vec<Vec<String>> = matched
                .iter()
                .map(|e| {
                    vec![
                        e.error_code.to_string(),
                        e.code.to_string(),
                        e.description.clone(),
                        e.comment.clone(),
                        e.constant.clone(),
                    ]
                })
                .collect();
            let scheme = global.colors.clone().unwrap_or_default();
            let table = output::table(
                "NATS Errors",
                &[
                    "NATS Code",
                    "HTTP Error Code",
                    "Description",
                    "Comment",
                    "Go Constant",
                ],
                &rows,
                &scheme,
            );
            writeln!(out, "{table}")?;
        }
        ErrorsCommand::Lookup { code } => {
            let all = load(args.file.as_deref())?;
            let Some(e) = all.iter().find(|e| e.error_code == code) else {
                bail!("no error matches code {code}");
            };
            write!(out, "{}", lookup_report(e))?;
        }
        ErrorsCommand::Validate { file } => {
            let file = file
                .or(args.file)
                .ok_or_else(|| anyhow::anyhow!("errors file is required"))?;
            validate_file(&mut out, &file)?;
        }
        ErrorsCommand::Edit { file, code } => edit(&mut out, &file, code.unwrap_or(0))?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The catalogue: `file` when given, else the embedded one.
fn load(file: Option<&std::path::Path>) -> anyhow::Result<Vec<ErrorData>> {
    let text = match file {
        Some(f) => {
            std::fs::read_to_string(f).with_context(|| format!("could not read {}", f.display()))?
        }
        None => EMBEDDED.to_string(),
    };
    serde_json::from_str(&text).context("invalid errors file")
}

/// natscli's `loadErrors` with a pattern: the entries any of whose fields match.
fn filter(all: Vec<ErrorData>, pattern: Option<&str>) -> anyhow::Result<Vec<ErrorData>> {
    let text = pattern
        .filter(|p| !p.is_empty())
        .unwrap_or(".")
        .to_lowercase();
    let re = regex::Regex::new(&text)
        .map_err(|e| anyhow::anyhow!("invalid regular expression {text}: {e}"))?;
    let matched: Vec<ErrorData> = all
        .into_iter()
        .filter(|e| {
            re.is_match(&e.description.to_lowercase())
                || re.is_match(&e.code.to_string())
                || re.is_match(&e.error_code.to_string())
                || re.is_match(&e.help.to_lowercase())
                || re.is_match(&e.constant.to_lowercase())
                || re.is_match(&e.comment.to_lowercase())
        })
        .collect();
    if matched.is_empty() {
        bail!("no errors found matching regular expression {text}");
    }
    Ok(matched)
}

fn sort_errors(errs: &mut [ErrorData], field: SortField, reverse: bool) {
    errs.sort_by(|a, b| {
        let ord = match field {
            SortField::Code => a.error_code.cmp(&b.error_code),
            SortField::Http => a.code.cmp(&b.code),
            _ => a.description.cmp(&b.description),
        };
        if reverse {
            ord.reverse()
        } else {
            ord
        }
    });
}

/// `errors lookup`: natscli's columns report.
fn lookup_report(e: &ErrorData) -> String {
    let mut cols = Columns::new(format!("NATS Error Code: {}", e.error_code));
    cols.row("Description", e.description.clone());
    cols.row_if_not_empty("Comment", &e.comment);
    cols.row("HTTP Code", e.code.to_string());
    cols.row("Go Index Constant", e.constant.clone());
    cols.row_if_not_empty("Help URL", &e.url);
    cols.line("");
    if e.help.is_empty() {
        cols.line("No further information available");
    } else {
        cols.line(e.help.clone());
    }
    cols.render()
}

/// nats-server's rules for one entry (natscli's `validateErr`); the problems, if any.
fn problems(e: &ErrorData) -> Vec<&'static str> {
    let mut errs = Vec::new();
    let d = &e.description;
    let token_only =
        d.starts_with('{') && d.ends_with('}') && d.len() > 2 && !d[1..d.len() - 1].contains('}');
    if token_only && e.comment.is_empty() {
        errs.push("token only descriptions requires a comment");
    }
    if e.error_code < 1000 {
        errs.push("error codes may not be below 10000");
    }
    if e.code == 0 {
        errs.push("code is require");
    }
    if e.constant.is_empty() {
        errs.push("constant is required");
    }
    if d.is_empty() {
        errs.push("description is required");
    }
    if d.matches('{').count() != d.matches('}').count() {
        errs.push("unmatched number of { and }");
    }
    if d.contains('{') && !e.constant.ends_with('F') {
        errs.push("constants for errors with tokens must end in F like JSStreamMsgDeleteFailedF");
    }
    errs
}

/// natscli's `f([]string)`: the items joined with `, `.
fn joined(items: &[&str]) -> String {
    items.join(", ")
}

fn validate_file(out: &mut impl std::io::Write, file: &std::path::Path) -> anyhow::Result<()> {
    let errs = load(Some(file))?;
    let mut failed = false;
    for e in &errs {
        let p = problems(e);
        if !p.is_empty() {
            writeln!(out, "{} failed: {}", e.error_code, joined(&p))?;
            failed = true;
        }
    }
    if failed {
        bail!("{} is invalid", file.display());
    }
    writeln!(out, "Validated {} errors", errs.len())?;
    Ok(())
}

/// `errors edit FILE [CODE]`: the entry (or a new one numbered after the highest) as JSON in
/// `$EDITOR`; a valid result is written back into FILE and the file validated.
fn edit(out: &mut impl std::io::Write, file: &std::path::Path, code: u16) -> anyhow::Result<()> {
    let mut errs = load(Some(file))?;
    let highest = errs.iter().map(|e| e.error_code).max().unwrap_or(0);
    let idx = errs.iter().position(|e| e.error_code == code);
    let found = match idx {
        Some(i) => errs[i].clone(),
        None => ErrorData {
            error_code: highest.saturating_add(1),
            ..ErrorData::default()
        },
    };
    let editor = std::env::var("EDITOR").unwrap_or_default();
    if editor.trim().is_empty() {
        bail!("set EDITOR environment variable to your chosen editor");
    }
    let words = crate::kit::output::split_command(&editor)
        .filter(|w| !w.is_empty())
        .ok_or_else(|| anyhow::anyhow!("could not parse EDITOR: {editor}"))?;
    let tmp = tempfile::Builder::new()
        .suffix(".json")
        .tempfile()
        .context("could not create a temporary file")?;
    std::fs::write(tmp.path(), output::go_pretty_json(&found))?;
    let status = std::process::Command::new(&words[0])
        .args(&words[1..])
        .arg(tmp.path())
        .status()
        .with_context(|| format!("could not edit file {}", tmp.path().display()))?;
    if !status.success() {
        bail!("could not edit file {}: {status}", tmp.path().display());
    }
    let data = std::fs::read(tmp.path()).context("could not read tempoary file")?;
    let edited: ErrorData = serde_json::from_slice(&data)?;
    let p = problems(&edited);
    if !p.is_empty() {
        bail!("Invalid error specification: {}", joined(&p));
    }
    match idx {
        Some(i) => errs[i] = edited,
        None => errs.push(edited),
    }
    std::fs::write(file, output::go_pretty_json(&errs))?;
    validate_file(out, file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalogue_is_valid() {
        let all = load(None).expect("embedded errors.json parses");
        assert!(all.len() > 150, "{}", all.len());
        // Upstream's own file breaks its rules in a few places (tokens without the `F` suffix).
        let invalid: Vec<u16> = all
            .iter()
            .filter(|e| !problems(e).is_empty())
            .map(|e| e.error_code)
            .collect();
        assert_eq!(
            invalid,
            vec![10025, 10145, 10146, 10151, 10153, 10154, 10155, 10156, 10177, 10204]
        );
        let e = all
            .iter()
            .find(|e| e.error_code == 10059)
            .expect("10059 is known");
        assert_eq!(e.constant, "JSStreamNotFoundErr");
        assert_eq!(e.description, "stream not found");
        assert_eq!(e.code, 404);
    }

    #[test]
    fn filter_matches_any_field_case_insensitively() {
        let all = load(None).expect("parses");
        let m = filter(all.clone(), Some("StreamNotFound")).expect("matches");
        assert!(m.iter().any(|e| e.error_code == 10059));
        let m = filter(all.clone(), Some("^10059$")).expect("matches");
        assert_eq!(m.len(), 1);
        assert!(filter(all.clone(), Some("no-such-thing-anywhere")).is_err());
        assert!(filter(all, Some("(")).is_err());
    }

    #[test]
    fn rules_flag_bad_entries() {
        let e = ErrorData {
            description: "{a}".into(),
            error_code: 5,
            ..ErrorData::default()
        };
        assert_eq!(
            problems(&e),
            vec![
                "token only descriptions requires a comment",
                "error codes may not be below 10000",
                "code is require",
                "constant is required",
                "constants for errors with tokens must end in F like JSStreamMsgDeleteFailedF",
            ]
        );
    }

    #[test]
    fn lookup_prints_a_columns_report() {
        let all = load(None).expect("parses");
        let e = all.iter().find(|e| e.error_code == 10059).expect("10059");
        let r = lookup_report(e);
        assert!(r.starts_with("NATS Error Code: 10059\n\n"), "{r}");
        assert!(r.contains("  Description: stream not found\n"), "{r}");
        assert!(
            r.contains("Go Index Constant: JSStreamNotFoundErr\n"),
            "{r}"
        );
        assert!(r.ends_with("No further information available\n"), "{r}");
    }
}
