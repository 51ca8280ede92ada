//! natscli commands and flags that rnats recognises but does not implement yet, and the one way
//! they are refused.
//!
//! The clap tree of the implemented families (`lib.rs` and the `*_cmd.rs` modules) is the source
//! of truth for what works. [`augment`] adds to it every natscli command listed in [`COMMANDS`]
//! that the tree lacks and every natscli flag listed in [`FLAGS`] that a command lacks, each
//! marked [`MARK`] in its help, so `--help`, completions and man pages show natscli's whole
//! surface and say what is missing. A command or flag that the tree already has (implemented
//! since) is left alone, except that a listed flag the derive structs declare only to refuse at
//! run time (`subscribe --direct`) gets the mark. [`refusal`] turns a parsed command line that uses one
//! of them into the one-line refusal `` `nats stream graph` is not supported by rnats yet ``,
//! which `run` prints with exit code 2 instead of clap's "unrecognized subcommand".
//!
//! The lists come from natscli's own registrations (`tests/fixtures/natscli-commands.txt`, built
//! by `scripts/natscli-tree.py`); a test checks that every natscli command and alias resolves in
//! the augmented tree.

use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches};

/// Appended to the help of every command and flag that parses but is refused at run time.
pub const MARK: &str = "[not supported by rnats yet]";

/// Exit code of a refusal (the same as for a personality this build lacks).
pub const EXIT_CODE: u8 = 2;

/// Help heading of natscli's global connection flags, shown after a command's own flags.
pub const GLOBAL_HEADING: &str = "Global Options";

/// A natscli command rnats does not implement: its words under `nats`, aliases and natscli's
/// help line.
pub struct UnsupportedCommand {
    /// Path under `nats`, e.g. `["stream", "backup"]`.
    pub path: &'static [&'static str],
    /// natscli's aliases of the last word.
    pub aliases: &'static [&'static str],
    /// natscli's one-line help.
    pub about: &'static str,
    /// Hidden in natscli's help too.
    pub hidden: bool,
}

/// A natscli flag rnats does not implement.
pub struct UnsupportedFlag {
    /// Path of the command that has it under `nats` (empty: a global flag).
    pub path: &'static [&'static str],
    /// Long name without dashes.
    pub long: &'static str,
    /// Value name when the flag takes a value, `None` for a switch.
    pub value: Option<&'static str>,
    /// natscli's help line.
    pub help: &'static str,
    /// The derive structs declare it only to refuse it at run time: it gets the mark in help
    /// and the refusal. An undeclared entry whose flag the tree has (implemented since) is left
    /// alone.
    pub declared: bool,
}

const fn cmd(
    path: &'static [&'static str],
    aliases: &'static [&'static str],
    about: &'static str,
) -> UnsupportedCommand {
    UnsupportedCommand {
        path,
        aliases,
        about,
        hidden: false,
    }
}

const fn hidden(path: &'static [&'static str], about: &'static str) -> UnsupportedCommand {
    UnsupportedCommand {
        path,
        aliases: &[],
        about,
        hidden: true,
    }
}

const fn flag(
    path: &'static [&'static str],
    long: &'static str,
    value: Option<&'static str>,
    help: &'static str,
) -> UnsupportedFlag {
    UnsupportedFlag {
        path,
        long,
        value,
        help,
        declared: false,
    }
}

/// A flag the derive structs declare (for the help and the parse) but refuse.
const fn declared(path: &'static [&'static str], long: &'static str) -> UnsupportedFlag {
    UnsupportedFlag {
        path,
        long,
        value: None,
        help: "",
        declared: true,
    }
}

include!("unsupported_table.rs");

/// Adds the unsupported commands and flags to `root` (the `nats` command), marks them, and puts
/// the global flags under their own heading after each command's own flags.
pub fn augment(mut root: clap::Command) -> clap::Command {
    let globals: Vec<clap::Id> = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect();
    for id in globals {
        root = root.mut_arg(id, |a| a.help_heading(GLOBAL_HEADING));
    }
    for c in COMMANDS {
        root = add_command(root, c.path, c);
    }
    for f in FLAGS {
        root = with_command(root, f.path, &|cmd| add_flag(cmd, f));
    }
    root
}

/// Applies `edit` to the command at `path` under `cmd` (nothing when the path does not exist).
fn with_command(
    cmd: clap::Command,
    path: &[&str],
    edit: &dyn Fn(clap::Command) -> clap::Command,
) -> clap::Command {
    match path.split_first() {
        None => edit(cmd),
        Some((first, rest)) => {
            if cmd.find_subcommand(first).is_none() {
                return cmd;
            }
            let name = cmd
                .find_subcommand(first)
                .map(|s| s.get_name().to_string())
                .unwrap_or_default();
            // In place, so the tree keeps its order (`mut_subcommand` moves it to the end).
            cmd.mut_subcommands(|sub| {
                if sub.get_name() == name {
                    with_command(sub, rest, edit)
                } else {
                    sub
                }
            })
        }
    }
}

fn add_command(cmd: clap::Command, path: &[&str], c: &UnsupportedCommand) -> clap::Command {
    let Some((last, parents)) = path.split_last() else {
        return cmd;
    };
    with_command(cmd, parents, &|parent| {
        if parent.find_subcommand(last).is_some() {
            return parent;
        }
        parent.subcommand(placeholder(last, c))
    })
}

fn placeholder(name: &str, c: &UnsupportedCommand) -> clap::Command {
    clap::Command::new(name.to_string())
        .about(format!("{} {MARK}", c.about))
        .visible_aliases(c.aliases.iter().copied())
        .hide(c.hidden)
        .arg(
            Arg::new("unsupported-args")
                .value_name("ARGS")
                .num_args(0..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true)
                .help("natscli's arguments and flags (refused)"),
        )
}

fn add_flag(cmd: clap::Command, f: &UnsupportedFlag) -> clap::Command {
    // A placeholder command already refuses everything.
    if is_placeholder(&cmd) {
        return cmd;
    }
    let existing = cmd
        .get_arguments()
        .find(|a| a.get_long() == Some(f.long))
        .map(|a| a.get_id().clone());
    match existing {
        // Implemented since the table was written: not ours to refuse.
        Some(_) if !f.declared => cmd,
        Some(id) => cmd.mut_arg(id, |a| {
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            if help.contains(MARK) {
                return a;
            }
            // Older hand-written notes give way to the one mark.
            let help = help
                .replace(" (not supported by rnats yet)", "")
                .replace(" (not supported by rnats)", "");
            a.help(format!("{help} {MARK}").trim_start().to_string())
        }),
        // A declared flag the derive no longer has: nothing to mark (the unit test reports it).
        None if f.declared => cmd,
        None => {
            let mut arg = Arg::new(format!("unsupported-{}", f.long))
                .long(f.long)
                .help(format!("{} {MARK}", f.help));
            if f.path.is_empty() {
                arg = arg.global(true).help_heading(GLOBAL_HEADING);
            }
            let arg = match f.value {
                Some(v) => arg.value_name(v).action(ArgAction::Append),
                None => arg.action(ArgAction::SetTrue),
            };
            cmd.arg(arg)
        }
    }
}

fn is_placeholder(cmd: &clap::Command) -> bool {
    cmd.get_arguments()
        .any(|a| a.get_id() == "unsupported-args")
}

/// The refusal for a parsed command line (`root` is the augmented `nats` command), if it uses
/// an unsupported command or flag: `` `nats stream add --mirror` is not supported by rnats yet ``.
pub fn refusal(root: &clap::Command, matches: &ArgMatches) -> Option<String> {
    let mut words = vec!["nats".to_string()];
    let mut cmd = root;
    let mut m = matches;
    let mut path: Vec<String> = Vec::new();
    loop {
        if let Some(flag) = refused_flag(cmd, m, &path) {
            return Some(format!(
                "`{} --{flag}` is not supported by rnats yet",
                words.join(" ")
            ));
        }
        let Some((name, sub_m)) = m.subcommand() else {
            break;
        };
        let sub = cmd.find_subcommand(name)?;
        words.push(name.to_string());
        path.push(name.to_string());
        if is_placeholder(sub) {
            return Some(format!(
                "`{}` is not supported by rnats yet",
                words.join(" ")
            ));
        }
        cmd = sub;
        m = sub_m;
    }
    None
}

fn refused_flag(cmd: &clap::Command, m: &ArgMatches, path: &[String]) -> Option<&'static str> {
    FLAGS
        .iter()
        .filter(|f| f.path.len() == path.len() && f.path.iter().zip(path).all(|(a, b)| a == b))
        .find(|f| {
            cmd.get_arguments()
                .find(|a| a.get_long() == Some(f.long))
                .filter(|a| f.declared || a.get_id().as_str().starts_with("unsupported-"))
                .is_some_and(|a| {
                    // Global flags are checked at the root only (clap copies them down).
                    (path.is_empty() || !a.is_global_set())
                        && m.try_contains_id(a.get_id().as_str()).unwrap_or(false)
                        && m.value_source(a.get_id().as_str()) == Some(ValueSource::CommandLine)
                })
        })
        .map(|f| f.long)
}

/// The command tree under `root` in the format of `tests/fixtures/natscli-commands.txt`: one
/// line per command, `path words [aliases: a b] [hidden]`, sorted; `help` is left out.
pub fn tree_lines(root: &clap::Command) -> Vec<String> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<String>) {
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            path.push(sub.get_name().to_string());
            let mut line = path.join(" ");
            let aliases: Vec<&str> = sub.get_all_aliases().collect();
            if !aliases.is_empty() {
                line.push_str(&format!(" [aliases: {}]", aliases.join(" ")));
            }
            if sub.is_hide_set() {
                line.push_str(" [hidden]");
            }
            if is_placeholder(sub) {
                line.push_str(" [unsupported]");
            }
            out.push(line);
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(root, &mut Vec::new(), &mut out);
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The command at `path` (canonical names or aliases) in `root`, and whether a refused
    /// placeholder stands for it or one of its parents.
    fn find<'a>(root: &'a clap::Command, path: &[&str]) -> Option<(&'a clap::Command, bool)> {
        let mut cmd = root;
        for w in path {
            if is_placeholder(cmd) {
                return Some((cmd, true));
            }
            cmd = cmd.find_subcommand(w)?;
        }
        Some((cmd, is_placeholder(cmd)))
    }

    #[test]
    fn every_listed_command_and_flag_lands_in_the_tree() {
        let root = crate::command();
        for c in COMMANDS {
            assert!(
                find(&root, c.path).is_some(),
                "{:?} is not in the tree",
                c.path
            );
        }
        for f in FLAGS {
            let (cmd, refused) = find(&root, f.path)
                .unwrap_or_else(|| panic!("{:?} (for --{}) is not in the tree", f.path, f.long));
            if refused {
                continue;
            }
            let arg = cmd
                .get_arguments()
                .find(|a| a.get_long() == Some(f.long))
                .unwrap_or_else(|| panic!("{:?} has no --{}", f.path, f.long));
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            let ours = f.declared || arg.get_id().as_str().starts_with("unsupported-");
            assert!(
                !ours || help.ends_with(MARK),
                "{:?} --{}: {help}",
                f.path,
                f.long
            );
        }
    }

    #[test]
    fn refusals_name_the_command_and_flag() {
        let mut root = crate::command();
        let cases: &[(&[&str], Option<&str>)] = &[
            (
                &["nats", "stream", "cluster", "step-down", "S"],
                Some("`nats stream cluster`"),
            ),
            (&["nats", "stream", "graph", "S"], None),
            (
                &["nats", "consumer", "find", "S", "--expression", "x"],
                Some("`nats consumer find --expression`"),
            ),
            (
                &["nats", "server", "ls", "--archive", "x.zip"],
                Some("`nats server list --archive`"),
            ),
            (&["nats", "st", "add", "S", "--allow-fast"], None),
            (&["nats", "st", "add", "S", "--allow-counter"], None),
            (&["nats", "pub", "s", "b", "--atomic"], None),
            (
                &["nats", "sub", "s", "--socks-proxy", "p"],
                Some("`nats --socks-proxy`"),
            ),
            (&["nats", "pub", "s", "b"], None),
            (&["nats", "stream", "add", "S", "--subjects", "a"], None),
        ];
        for (args, want) in cases {
            let m = root
                .try_get_matches_from_mut(args.iter())
                .unwrap_or_else(|e| panic!("{args:?}: {e}"));
            let got = refusal(&root, &m);
            match want {
                Some(w) => assert_eq!(
                    got.as_deref(),
                    Some(format!("{w} is not supported by rnats yet").as_str()),
                    "{args:?}"
                ),
                None => assert_eq!(got, None, "{args:?}"),
            }
        }
    }
}
