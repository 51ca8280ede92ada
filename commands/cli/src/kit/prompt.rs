//! Interactive questions, asked only on a terminal (natscli's survey prompts).
//!
//! On a terminal a question prints survey's `? Label (default) ` (a yes/no question
//! `? Question (y/N) `) on stderr and reads one line from stdin (empty takes the default).
//! Without a terminal nothing is asked: the command fails with one line naming the flag that
//! would have answered (natscli: "cannot prompt for user input without a terminal"), so
//! scripts learn what to pass. Every command family asks through this module.

use std::io::{BufRead as _, IsTerminal as _, Write as _};

use anyhow::bail;

/// Whether stdin and stdout are both terminals (natscli's `IsTerminal`).
pub fn is_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Fails with `{what} is required: cannot prompt for user input without a terminal` unless
/// [`is_terminal`]; `what` names the argument or flag that answers instead.
pub fn require_terminal(what: &str) -> anyhow::Result<()> {
    if !is_terminal() {
        bail!("{what} is required: cannot prompt for user input without a terminal");
    }
    Ok(())
}

/// Asks for a value; `flag` names the option that provides it non-interactively. An empty
/// answer takes `default`; `Some("")` accepts an empty answer, `None` asks again.
pub fn ask(label: &str, default: Option<&str>, flag: &str) -> anyhow::Result<String> {
    if !is_terminal() {
        bail!("invalid input: cannot prompt for {label} without a terminal, set it with {flag}");
    }
    loop {
        let mut err = std::io::stderr().lock();
        match default {
            Some(d) if !d.is_empty() => write!(err, "? {label} ({d}) ")?,
            _ => write!(err, "? {label} ")?,
        }
        err.flush()?;
        drop(err);
        let mut line = String::new();
        if std::io::stdin().lock().read_line(&mut line)? == 0 {
            bail!("invalid input: end of input while asking for {label}");
        }
        let answer = line.trim();
        match (answer.is_empty(), default) {
            (false, _) => return Ok(answer.to_string()),
            (true, Some(d)) => return Ok(d.to_string()),
            (true, None) => continue,
        }
    }
}

/// Asks for one of `options` (case-insensitive); returns the option as listed.
pub fn select(label: &str, options: &[&str], default: &str, flag: &str) -> anyhow::Result<String> {
    let list = format!("{label} ({})", options.join(", "));
    if !is_terminal() {
        bail!("invalid input: cannot prompt for {label} without a terminal, set it with {flag}");
    }
    loop {
        let answer = ask(&list, Some(default), flag)?;
        if let Some(o) = options.iter().find(|o| o.eq_ignore_ascii_case(&answer)) {
            return Ok((*o).to_string());
        }
    }
}

/// Asks a yes/no question.
pub fn confirm(question: &str, default: bool, flag: &str) -> anyhow::Result<bool> {
    if !is_terminal() {
        bail!(
            "could not obtain confirmation: cannot ask for confirmation without a terminal, pass {flag} to proceed without asking"
        );
    }
    let d = if default { "Y/n" } else { "y/N" };
    loop {
        let answer = ask(question, Some(d), flag)?;
        if answer == d {
            return Ok(default);
        }
        match answer.to_ascii_lowercase().as_str() {
            "y" | "yes" => return Ok(true),
            "n" | "no" => return Ok(false),
            _ => {}
        }
    }
}
