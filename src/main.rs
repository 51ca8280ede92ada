//! The multi-call `rnats` binary: dispatch only.
//!
//! The personality comes from the file stem of `argv[0]` (`nats-server`, `nats`, `nsc`,
//! `nats-top`); any other name, `rnats` included, takes it from the first argument
//! (`rnats server ...`, `rnats nsc ...`, `rnats top ...`, or a natscli command such as
//! `rnats pub ...`). The personalities live in their own crates behind the same pair,
//! `command()` and `run(args)`; the table below is the whole contract. A hidden
//! `rnats generate` writes shell completions and man pages from the same `command()`s.

use std::ffi::{OsStr, OsString};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod complete;
mod man;

/// Exit code of a personality this build does not include.
const NOT_INCLUDED: u8 = 2;

/// One personality of the multi-call binary.
struct Personality {
    /// The name it is installed under (`argv[0]` stem).
    bin: &'static str,
    /// First arguments of `rnats` that select it (its subcommand names).
    names: &'static [&'static str],
    /// The upstream tool it reimplements.
    upstream: &'static str,
    /// One-line description for `rnats --help`.
    about: &'static str,
    /// Whether this build implements it.
    included: bool,
    /// Entry point: program name first, then its arguments.
    run: fn(Vec<OsString>) -> ExitCode,
    /// Its clap definition (help, man pages, completions).
    command: fn() -> clap::Command,
}

const PERSONALITIES: &[Personality] = &[
    Personality {
        bin: "nats-server",
        names: &["server", "nats-server"],
        upstream: "nats-server",
        about: "the NATS server",
        included: true,
        run: rnats_server::run,
        command: rnats_server::command,
    },
    Personality {
        bin: "nats",
        names: &["nats"],
        upstream: "natscli",
        about: "the NATS command line tool (pub, sub, req, reply, rtt, context)",
        included: true,
        run: rnats_cli::run,
        command: rnats_cli::command,
    },
    Personality {
        bin: "nsc",
        names: &["nsc"],
        upstream: "nsc",
        about: "operator, account and user JWT manager",
        included: true,
        run: rnats_nsc::run,
        command: rnats_nsc::command,
    },
    Personality {
        bin: "nats-top",
        names: &["top", "nats-top"],
        upstream: "nats-top",
        about: "top-like monitor of a NATS server",
        included: true,
        run: rnats_top::run,
        command: rnats_top::command,
    },
];

fn main() -> ExitCode {
    quiet_on_closed_stdout();
    let args: Vec<OsString> = std::env::args_os().collect();
    let stem = args
        .first()
        .and_then(|a| Path::new(a).file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(p) = PERSONALITIES.iter().find(|p| p.bin == stem) {
        return (p.run)(args);
    }
    dispatch(args)
}

/// `print!`/`println!` panic when stdout is a pipe whose reader has gone (`rnats stream ls |
/// head -1`): Rust ignores SIGPIPE, where natscli and nats-server (Go) die of it silently. Any
/// personality that hits that ends quietly with status 0, as the commands that write through
/// the CLI kit's output already do; every other panic is reported as usual.
fn quiet_on_closed_stdout() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.starts_with("failed printing to stdout") && msg.contains("Broken pipe") {
            std::process::exit(0);
        }
        report(info);
    }));
}

/// `rnats <first argument> ...`.
fn dispatch(args: Vec<OsString>) -> ExitCode {
    let Some(first) = args.get(1).map(|a| a.to_string_lossy().into_owned()) else {
        eprint!("{}", rnats_help());
        return ExitCode::from(NOT_INCLUDED);
    };
    match first.as_str() {
        "-h" | "--help" | "help" => {
            print!("{}", rnats_help());
            return ExitCode::SUCCESS;
        }
        "-V" | "--version" | "version" => {
            println!("rnats {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        "--list" => {
            for p in PERSONALITIES {
                println!("{}", p.bin);
            }
            return ExitCode::SUCCESS;
        }
        "generate" => return generate(&args[2..]),
        _ => {}
    }
    // `rnats server ping|request|check|passwd|...` is natscli's `server` family; `rnats server`
    // with flags (or nothing) stays the server personality below.
    if first == "server" {
        let sub = args.get(2).map(|a| a.to_string_lossy().into_owned());
        // A flag starts the server: the natscli tree is only built (a few hundred KiB of
        // allocations that a server process would keep) for a word that may be a subcommand.
        if sub.is_some_and(|s| !s.starts_with('-') && rnats_cli::is_server_subcommand(&s)) {
            let mut rebased = vec![OsString::from("rnats")];
            rebased.extend(args.into_iter().skip(1));
            return rnats_cli::run(rebased);
        }
    }
    if let Some(p) = PERSONALITIES
        .iter()
        .find(|p| p.names.contains(&first.as_str()))
    {
        // Re-based: the personality sees its own arguments, as if installed under its name.
        let mut rebased = vec![OsString::from(format!("rnats {first}"))];
        rebased.extend(args.into_iter().skip(2));
        return (p.run)(rebased);
    }
    // natscli's families and aliases come from rnats-cli's clap tree (plus those it refuses);
    // `top` never gets here (a personality), nor `server` (the personality, or the `server`
    // family when a subcommand follows, both handled above).
    if rnats_cli::is_family(&first) || rnats_cli::is_global_flag(&first) {
        // `rnats pub x` is `nats pub x` (and `rnats -s URL pub x` is `nats -s URL pub x`): the
        // arguments stay as they are. Families this build lacks (`stream`, `kv`, ...) are refused by rnats-cli with one line.
        let mut rebased = vec![OsString::from("rnats")];
        rebased.extend(args.into_iter().skip(1));
        return rnats_cli::run(rebased);
    }
    eprintln!("rnats: '{first}' is neither a personality nor a natscli command");
    eprintln!("Run 'rnats --list' for the personalities, 'rnats --help' for usage.");
    ExitCode::from(NOT_INCLUDED)
}

fn rnats_help() -> String {
    let mut s = format!(
        "rnats {}: the NATS toolbox (nats-server, natscli, nsc, nats-top) in one binary\n\n\
         Usage: rnats <PERSONALITY> [ARGS]...\n       \
         rnats <NATSCLI COMMAND> [ARGS]...    (same as `nats <COMMAND> ...`)\n\n\
         Installed under a personality's name (a link or copy named nats-server, nats, nsc or\n\
         nats-top), rnats runs that personality directly.\n\nPersonalities:\n",
        env!("CARGO_PKG_VERSION")
    );
    for p in PERSONALITIES {
        let note = if p.included {
            ""
        } else {
            " [not in this build yet]"
        };
        s.push_str(&format!(
            "  {:<8} {:<12} {}{note}\n",
            p.names[0], p.bin, p.about
        ));
    }
    s.push_str(
        "\nnatscli commands (`rnats server <COMMAND>` reaches natscli's server family; \
         `rnats top` is nats-top):\n",
    );
    let nats = rnats_cli::command();
    let families: Vec<(String, String)> = nats
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
        .map(|c| {
            let names: Vec<&str> = std::iter::once(c.get_name())
                .chain(c.get_visible_aliases())
                .collect();
            let about = c.get_about().map(|a| a.to_string()).unwrap_or_default();
            (names.join(", "), about)
        })
        .collect();
    let width = families.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    for (names, about) in families {
        s.push_str(&format!("  {names:<width$}  {about}\n"));
    }
    s.push_str(
        "\nOptions:\n  --list         Print the personality names\n  \
         -h, --help     Print this help\n  -V, --version  Print the rnats version\n\n\
         Run 'rnats server --help' for the server's options, 'rnats <COMMAND> --help' for a \
         natscli command's.\n",
    );
    s
}

/// The clap view of `rnats` itself, for completions and the rnats(1) page: the included
/// personalities and natscli's families as subcommands, as `dispatch` reaches them.
fn rnats_command() -> clap::Command {
    let mut cmd = clap::Command::new("rnats")
        .version(env!("CARGO_PKG_VERSION"))
        .about("The NATS toolbox (nats-server, natscli, nsc, nats-top) in one binary")
        .long_about(
            "The NATS toolbox (nats-server, natscli, nsc, nats-top) in one binary.\n\n\
             Installed under a personality's name (a link or copy named nats-server, nats, nsc \
             or nats-top), rnats runs that personality directly; otherwise the first argument \
             selects it: a personality, or a natscli command.",
        )
        .after_long_help(
            "`rnats server ARGS` is `nats-server ARGS` (see nats-server(1)), and `rnats server \
             COMMAND ARGS` is natscli's `nats server COMMAND ARGS`. `rnats pub ARGS` (and every \
             other natscli command) is `nats pub ARGS`; see nats(1). `rnats nsc ARGS` is \
             `nsc ARGS`; see nsc(1). `rnats top ARGS` is `nats-top ARGS`; see nats-top(1).",
        )
        .subcommand_required(true)
        .disable_help_subcommand(true)
        .arg(
            clap::Arg::new("list")
                .long("list")
                .action(clap::ArgAction::SetTrue)
                .help("Print the personality names"),
        );
    // Built once so natscli's global flags are copied into every family and subcommand.
    let mut nats = rnats_cli::command();
    nats.build();
    for p in PERSONALITIES.iter().filter(|p| p.included) {
        let mut sub = (p.command)()
            .name(p.names[0])
            .about(format!("{} ({})", p.about, p.upstream))
            .aliases(p.names[1..].iter().copied());
        if p.bin == "nats-server" {
            // `rnats server ping ...` is natscli's server family (see `dispatch`).
            if let Some(family) = nats.find_subcommand("server") {
                for c in family.get_subcommands().filter(|c| c.get_name() != "help") {
                    sub = sub.subcommand(c.clone());
                }
            }
        }
        cmd = cmd.subcommand(sub);
    }
    let taken: Vec<&str> = PERSONALITIES
        .iter()
        .flat_map(|p| p.names.iter().copied())
        .collect();
    for family in nats.get_subcommands() {
        let name = family.get_name();
        if name == "help" || name == "top" {
            continue; // `rnats top` is nats-top
        }
        let mut family = family.clone();
        if taken.contains(&name) {
            // natscli's `server` family under its first alias (`rnats srv ping`); its
            // subcommands also hang under `rnats server` above.
            let aliases: Vec<String> = family.get_all_aliases().map(str::to_string).collect();
            let Some((first, rest)) = aliases.split_first() else {
                continue;
            };
            family = family
                .name(first.clone())
                .alias(None::<&'static str>)
                .visible_aliases(rest.to_vec());
        }
        cmd = cmd.subcommand(family);
    }
    cmd
}

/// The hidden `rnats generate` command line.
fn generate_command() -> clap::Command {
    let as_names: Vec<&'static str> = PERSONALITIES.iter().map(|p| p.bin).collect();
    clap::Command::new("rnats generate")
        .about("Generate shell completions and man pages (for packaging)")
        .subcommand_required(true)
        .subcommand(
            clap::Command::new("completions")
                .about("Write a completion script to stdout")
                .arg(
                    clap::Arg::new("shell")
                        .required(true)
                        .value_parser(clap::value_parser!(clap_complete::Shell)),
                )
                .arg(
                    clap::Arg::new("as")
                        .long("as")
                        .value_name("NAME")
                        .value_parser(clap::builder::PossibleValuesParser::new(as_names))
                        .help("Complete this personality's installed name instead of rnats"),
                ),
        )
        .subcommand(
            clap::Command::new("tree")
                .about("Print the natscli command tree (as tests/fixtures/natscli-commands.txt)"),
        )
        .subcommand(
            clap::Command::new("man")
                .about("Write rnats.1 and one page per included personality")
                .arg(
                    clap::Arg::new("dir")
                        .default_value(".")
                        .value_parser(clap::value_parser!(PathBuf)),
                ),
        )
}

fn generate(args: &[OsString]) -> ExitCode {
    let argv =
        std::iter::once(OsStr::new("rnats generate")).chain(args.iter().map(|a| a.as_os_str()));
    let matches = match generate_command().try_get_matches_from(argv) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match matches.subcommand() {
        Some(("completions", m)) => {
            let shell = m.get_one::<clap_complete::Shell>("shell").copied();
            let as_name = m.get_one::<String>("as").map(String::as_str);
            shell
                .ok_or_else(|| anyhow::anyhow!("missing shell"))
                .and_then(|s| write_completions(s, as_name))
        }
        Some(("man", m)) => {
            let dir = m
                .get_one::<PathBuf>("dir")
                .cloned()
                .unwrap_or_else(|| PathBuf::from("."));
            write_man_pages(&dir)
        }
        Some(("tree", _)) => {
            let mut out = String::new();
            for line in rnats_cli::unsupported::tree_lines(&rnats_cli::command()) {
                out.push_str(&line);
                out.push('\n');
            }
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(out.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(anyhow::Error::from)
        }
        _ => Err(anyhow::anyhow!("unknown generate subcommand")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rnats generate: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn write_completions(shell: clap_complete::Shell, as_name: Option<&str>) -> anyhow::Result<()> {
    let (mut cmd, bin) = match as_name {
        None | Some("rnats") => (rnats_command(), "rnats"),
        Some(name) => {
            let p = PERSONALITIES
                .iter()
                .find(|p| p.bin == name)
                .ok_or_else(|| anyhow::anyhow!("no personality named {name}"))?;
            if !p.included {
                anyhow::bail!(
                    "this rnats build does not include the {} personality yet",
                    p.upstream
                );
            }
            ((p.command)(), p.bin)
        }
    };
    // Go's flag syntax: nats-server and nats-top under their own names, `rnats server` and
    // `rnats top` (not the natscli commands below them).
    let go_style = |path: &[String]| {
        let go = match bin {
            "nats-server" | "nats-top" => path.is_empty(),
            "rnats" => path.len() == 1 && (path[0] == "server" || path[0] == "top"),
            _ => false,
        };
        if go {
            complete::FlagStyle::Go
        } else {
            complete::FlagStyle::Gnu
        }
    };
    let own = match shell {
        clap_complete::Shell::Bash => Some(complete::Shell::Bash),
        clap_complete::Shell::Zsh => Some(complete::Shell::Zsh),
        clap_complete::Shell::Fish => Some(complete::Shell::Fish),
        _ => None,
    };
    let mut buf = Vec::new();
    match own {
        Some(sh) => buf.extend(complete::script(sh, &mut cmd, bin, &go_style).into_bytes()),
        None => clap_complete::generate(shell, &mut cmd, bin, &mut buf),
    }
    let mut out = std::io::stdout().lock();
    out.write_all(&buf)?;
    out.flush()?;
    Ok(())
}

fn write_man_pages(dir: &Path) -> anyhow::Result<()> {
    use anyhow::Context as _;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let included: Vec<&Personality> = PERSONALITIES.iter().filter(|p| p.included).collect();
    let nats = rnats_cli::command();
    // natscli's `server` and `top` would be named like the nats-server and nats-top pages:
    // those pages stand for them (nats-server(1) lists natscli's server commands).
    let shadowed = ["nats-server", "nats-top"];
    let mut pages = Vec::new();
    for p in &included {
        let others: Vec<&str> = included
            .iter()
            .map(|o| o.bin)
            .filter(|b| *b != p.bin)
            .collect();
        let (extra, skip): (Vec<(String, String)>, &[&str]) = match p.bin {
            "nats-server" => (
                nats.find_subcommand("server")
                    .map(|f| {
                        f.get_subcommands()
                            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
                            .map(|s| {
                                let about =
                                    s.get_about().map(|a| a.to_string()).unwrap_or_default();
                                (format!("nats-server-{}", s.get_name()), about)
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                &[],
            ),
            "nats" => (Vec::new(), &shadowed),
            _ => (Vec::new(), &[]),
        };
        pages.extend(man::personality_pages(
            (p.command)(),
            p.bin,
            &others,
            extra,
            skip,
        )?);
    }
    let mut commands: Vec<(String, String)> = included
        .iter()
        .map(|p| (p.bin.to_string(), format!("{} ({})", p.about, p.upstream)))
        .collect();
    for f in nats
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let page = format!("nats-{}", f.get_name());
        if !shadowed.contains(&page.as_str()) {
            let about = f.get_about().map(|a| a.to_string()).unwrap_or_default();
            commands.push((page, about));
        }
    }
    let see_also: Vec<String> = included.iter().map(|p| p.bin.to_string()).collect();
    pages.push(man::rnats_page(&rnats_command(), &commands, &see_also)?);
    for page in pages {
        let path = dir.join(format!("{}.1", page.name));
        std::fs::write(&path, page.roff).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for p in PERSONALITIES {
            assert!(seen.insert(p.bin), "{}", p.bin);
            for n in p.names {
                assert!(seen.insert(n) || *n == p.bin, "{n}");
            }
        }
        for f in rnats_cli::families() {
            // natscli's `server` family is reached as `rnats server <subcommand>` (see
            // `dispatch`), natscli's `top` (refused) only as `nats top`: `rnats top` is
            // nats-top. No other family may shadow a personality.
            assert!(
                !seen.contains(f.as_str()) || f == "server" || f == "top",
                "{f} shadows a personality"
            );
        }
    }

    #[test]
    fn clap_commands_are_valid() {
        rnats_command().debug_assert();
        generate_command().debug_assert();
    }
}
