//! nats-top's command-line flags: one data table, a Go-`flag` parser over it, and the
//! `clap::Command` built from the same table for help, man pages and completions.
//!
//! nats-top parses its arguments with Go's `flag` package: `-sort cid` and `--sort=cid` are the
//! same flag, multi-letter names take a single dash (`-ms`, `-lookup`, `-cacert`), switches
//! accept `-b=false`, and a value may start with `-` (`-o -`). clap's short/long split cannot
//! say that, so the table below is the source of truth (as in the server's `flags.rs`) and clap
//! only renders documentation. Validation of values (sort keys, TLS) is `lib.rs`'s business.

use std::ffi::OsString;

/// What a flag sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagId {
    /// `-s`: server host.
    Host,
    /// `-m`: HTTP monitoring port.
    Port,
    /// `-ms`: HTTPS monitoring port.
    HttpsPort,
    /// `-n`: connections to poll.
    Conns,
    /// `-d`: refresh interval in seconds.
    Delay,
    /// `-sort`: sort key.
    Sort,
    /// `-lookup`: reverse DNS of client addresses.
    Lookup,
    /// `-o`: write one snapshot to a file (`-` for stdout) and exit.
    Output,
    /// `-l`: delimiter of the `-o` snapshot.
    Delimiter,
    /// `-b`: raw numbers.
    RawBytes,
    /// `-r`: exit after this many refreshes.
    MaxRefreshes,
    /// `-u`, `-display-subscriptions-column`.
    DisplaySubs,
    /// `-cert`: client certificate for HTTPS.
    Cert,
    /// `-key`: client key for HTTPS.
    Key,
    /// `-cacert`: root CA for HTTPS.
    CaCert,
    /// `-k`: skip verifying the server certificate.
    SkipVerify,
    /// `-context`: read monitoring over the system account of a natscli context (rnats).
    Context,
    /// `-v`, `-version`.
    Version,
    /// `-h`, `-help`.
    Help,
}

/// Whether a flag takes a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Switch,
    Int,
    Str,
}

/// One row of the table.
struct FlagDef {
    names: &'static [&'static str],
    id: FlagId,
    kind: Kind,
    value_name: &'static str,
    help: &'static str,
}

const FLAGS: &[FlagDef] = &[
    FlagDef {
        names: &["s"],
        id: FlagId::Host,
        kind: Kind::Str,
        value_name: "HOST",
        help: "The nats server host (default 127.0.0.1). A nats:// or tls:// URL (with \
               user:password@ for a system account user) reads the same data over the system \
               account instead of HTTP (rnats).",
    },
    FlagDef {
        names: &["context"],
        id: FlagId::Context,
        kind: Kind::Str,
        value_name: "NAME",
        help: "Read the data over the system account, connecting with this natscli context \
               (rnats; the context's user must be in the system account).",
    },
    FlagDef {
        names: &["m"],
        id: FlagId::Port,
        kind: Kind::Int,
        value_name: "PORT",
        help: "The NATS server monitoring port (default 8222).",
    },
    FlagDef {
        names: &["ms"],
        id: FlagId::HttpsPort,
        kind: Kind::Int,
        value_name: "PORT",
        help: "The NATS server secure monitoring port.",
    },
    FlagDef {
        names: &["n"],
        id: FlagId::Conns,
        kind: Kind::Int,
        value_name: "N",
        help: "Maximum number of connections to poll (default 1024).",
    },
    FlagDef {
        names: &["d"],
        id: FlagId::Delay,
        kind: Kind::Int,
        value_name: "SECS",
        help: "Refresh interval in seconds (default 1).",
    },
    FlagDef {
        names: &["sort"],
        id: FlagId::Sort,
        kind: Kind::Str,
        value_name: "BY",
        help: "Value for which to sort by the connections (default cid); a leading + or - \
               forces ascending or descending order.",
    },
    FlagDef {
        names: &["lookup"],
        id: FlagId::Lookup,
        kind: Kind::Switch,
        value_name: "",
        help: "Enable client addresses DNS lookup.",
    },
    FlagDef {
        names: &["o"],
        id: FlagId::Output,
        kind: Kind::Str,
        value_name: "FILE",
        help: "Save the very first nats-top snapshot to the given file and exit. If '-' is \
               passed then the snapshot is printed the standard output.",
    },
    FlagDef {
        names: &["l"],
        id: FlagId::Delimiter,
        kind: Kind::Str,
        value_name: "DELIMITER",
        help: "Specifies the delimiter to use for the output file when the '-o' parameter is \
               used. By default this option is unset which means that standard grid-like \
               plain-text output will be used.",
    },
    FlagDef {
        names: &["b"],
        id: FlagId::RawBytes,
        kind: Kind::Switch,
        value_name: "",
        help: "Display traffic in raw bytes.",
    },
    FlagDef {
        names: &["r"],
        id: FlagId::MaxRefreshes,
        kind: Kind::Int,
        value_name: "MAX",
        help: "Specifies the maximum number of times nats-top should refresh nats-stats before \
               exiting.",
    },
    FlagDef {
        names: &["u", "display-subscriptions-column"],
        id: FlagId::DisplaySubs,
        kind: Kind::Switch,
        value_name: "",
        help: "Display subscriptions-column upon launch.",
    },
    FlagDef {
        names: &["cert"],
        id: FlagId::Cert,
        kind: Kind::Str,
        value_name: "FILE",
        help: "Client cert in case NATS server using TLS",
    },
    FlagDef {
        names: &["key"],
        id: FlagId::Key,
        kind: Kind::Str,
        value_name: "FILE",
        help: "Client private key in case NATS server using TLS",
    },
    FlagDef {
        names: &["cacert"],
        id: FlagId::CaCert,
        kind: Kind::Str,
        value_name: "FILE",
        help: "Root CA cert",
    },
    FlagDef {
        names: &["k"],
        id: FlagId::SkipVerify,
        kind: Kind::Switch,
        value_name: "",
        help: "Skip verifying server certificate [not supported by rnats yet]",
    },
    FlagDef {
        names: &["v", "version"],
        id: FlagId::Version,
        kind: Kind::Switch,
        value_name: "",
        help: "Show nats-top version.",
    },
    FlagDef {
        names: &["h", "help"],
        id: FlagId::Help,
        kind: Kind::Switch,
        value_name: "",
        help: "Show this help.",
    },
];

/// Upstream's one-screen usage, printed after a flag error.
pub const USAGE: &str = "usage: nats-top [-s server] [-m http_port] [-ms https_port] \
[-n num_connections] [-d delay_secs] [-r max] [-o FILE] [-l DELIMITER] [-sort by]
                [-cert FILE] [-key FILE] [-cacert FILE] [-k] [-b] [-v|--version] \
[-u|--display-subscriptions-column]";

/// A flag-parsing failure, worded as Go's `flag` package words it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlagError {
    /// An unknown flag.
    #[error("flag provided but not defined: -{0}")]
    NotDefined(String),
    /// A value flag at the end of the arguments.
    #[error("flag needs an argument: -{0}")]
    MissingValue(String),
    /// A value that does not parse.
    #[error("invalid value {value:?} for flag -{name}: {why}")]
    InvalidValue {
        /// Flag as given.
        name: String,
        /// Value as given.
        value: String,
        /// `parse error` or `invalid boolean value`.
        why: &'static str,
    },
    /// `---x`, `-=x`.
    #[error("bad flag syntax: {0}")]
    BadSyntax(String),
    /// An argument that is not valid UTF-8.
    #[error("argument is not valid UTF-8: {0}")]
    NotUtf8(String),
    /// A positional argument (nats-top takes none).
    #[error("unexpected argument: {0}")]
    Positional(String),
}

/// The parsed command line, with nats-top's defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flags {
    /// `-s`.
    pub host: String,
    /// `-m`.
    pub port: i64,
    /// `-ms` (0 = HTTP).
    pub https_port: i64,
    /// `-n`.
    pub conns: i64,
    /// `-d`.
    pub delay: i64,
    /// `-sort`, as given.
    pub sort: String,
    /// `-lookup`.
    pub lookup: bool,
    /// `-o`.
    pub output: Option<String>,
    /// `-l`.
    pub delimiter: String,
    /// `-b`.
    pub raw: bool,
    /// `-r` (≤ 0 = unlimited).
    pub max_refreshes: i64,
    /// `-u`.
    pub display_subs: bool,
    /// `-cert`.
    pub cert: String,
    /// `-key`.
    pub key: String,
    /// `-cacert`.
    pub cacert: String,
    /// `-k`.
    pub skip_verify: bool,
    /// `-context`.
    pub context: String,
    /// `-v`.
    pub version: bool,
    /// `-h`.
    pub help: bool,
}

impl Default for Flags {
    fn default() -> Self {
        Self {
            host: "127.0.0.1".into(),
            port: 8222,
            https_port: 0,
            conns: 1024,
            delay: 1,
            sort: "cid".into(),
            lookup: false,
            output: None,
            delimiter: String::new(),
            raw: false,
            max_refreshes: -1,
            display_subs: false,
            cert: String::new(),
            key: String::new(),
            cacert: String::new(),
            skip_verify: false,
            context: String::new(),
            version: false,
            help: false,
        }
    }
}

fn lookup(name: &str) -> Option<&'static FlagDef> {
    FLAGS.iter().find(|f| f.names.contains(&name))
}

fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

impl Flags {
    /// Parses the arguments after the program name with Go `flag` rules.
    pub fn parse(args: &[OsString]) -> Result<Flags, FlagError> {
        let mut out = Flags::default();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let arg = arg
                .to_str()
                .ok_or_else(|| FlagError::NotUtf8(arg.to_string_lossy().into_owned()))?;
            if arg.len() < 2 || !arg.starts_with('-') {
                return Err(FlagError::Positional(arg.to_string()));
            }
            let dashes = if arg.starts_with("--") { 2 } else { 1 };
            if dashes == 2 && arg.len() == 2 {
                if let Some(extra) = rest.next() {
                    return Err(FlagError::Positional(extra.to_string_lossy().into_owned()));
                }
                break;
            }
            let body = &arg[dashes..];
            if body.is_empty() || body.starts_with('-') || body.starts_with('=') {
                return Err(FlagError::BadSyntax(arg.to_string()));
            }
            let (name, inline) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (body, None),
            };
            let def = lookup(name).ok_or_else(|| FlagError::NotDefined(name.to_string()))?;
            match def.kind {
                Kind::Switch => {
                    let on = match inline {
                        None => true,
                        Some(v) => parse_go_bool(v).ok_or_else(|| FlagError::InvalidValue {
                            name: name.to_string(),
                            value: v.to_string(),
                            why: "parse error",
                        })?,
                    };
                    out.set_switch(def.id, on);
                }
                Kind::Int | Kind::Str => {
                    let value = match inline {
                        Some(v) => v.to_string(),
                        None => rest
                            .next()
                            .map(|v| v.to_string_lossy().into_owned())
                            .ok_or_else(|| FlagError::MissingValue(name.to_string()))?,
                    };
                    if def.kind == Kind::Int {
                        let n: i64 = value.parse().map_err(|_| FlagError::InvalidValue {
                            name: name.to_string(),
                            value: value.clone(),
                            why: "parse error",
                        })?;
                        out.set_int(def.id, n);
                    } else {
                        out.set_str(def.id, value);
                    }
                }
            }
        }
        Ok(out)
    }

    fn set_switch(&mut self, id: FlagId, on: bool) {
        match id {
            FlagId::Lookup => self.lookup = on,
            FlagId::RawBytes => self.raw = on,
            FlagId::DisplaySubs => self.display_subs = on,
            FlagId::SkipVerify => self.skip_verify = on,
            FlagId::Version => self.version = on,
            FlagId::Help => self.help = on,
            _ => {}
        }
    }

    fn set_int(&mut self, id: FlagId, n: i64) {
        match id {
            FlagId::Port => self.port = n,
            FlagId::HttpsPort => self.https_port = n,
            FlagId::Conns => self.conns = n,
            FlagId::Delay => self.delay = n,
            FlagId::MaxRefreshes => self.max_refreshes = n,
            _ => {}
        }
    }

    fn set_str(&mut self, id: FlagId, v: String) {
        match id {
            FlagId::Host => self.host = v,
            FlagId::Sort => self.sort = v,
            FlagId::Output => self.output = Some(v),
            FlagId::Delimiter => self.delimiter = v,
            FlagId::Cert => self.cert = v,
            FlagId::Key => self.key = v,
            FlagId::CaCert => self.cacert = v,
            FlagId::Context => self.context = v,
            _ => {}
        }
    }
}

/// The help text: upstream's usage line, every flag of the table, and the keys.
pub fn help_text() -> String {
    let mut s = String::new();
    s.push_str(USAGE);
    s.push_str("\n\nOptions (Go flag syntax: -flag, --flag, -flag=value):\n");
    for f in FLAGS {
        let names: Vec<String> = f.names.iter().map(|n| format!("-{n}")).collect();
        let mut left = names.join(", ");
        if !f.value_name.is_empty() {
            left.push(' ');
            left.push_str(f.value_name);
        }
        s.push_str(&format!("  {left:<36} {}\n", f.help));
    }
    s.push_str(
        "\nWith -ms the HTTPS port is polled, verified against -cacert (else the system's \
         roots),\nwith -cert/-key as client certificate; -k (skip verification) is refused.\n",
    );
    s.push_str("\nKeys: press ? in the running view.\n");
    s
}

/// The `clap::Command` for man pages and completions, built from the same table. Parsing never
/// goes through it.
pub fn command() -> clap::Command {
    let mut cmd = clap::Command::new("nats-top")
        .about("top-like monitor of a NATS server (rnats' nats-top)")
        .long_about(
            "Polls a NATS server's HTTP monitoring endpoints (/varz, /connz, /jsz) and shows \
             the server's load, message rates and connections, sortable and filterable, with a \
             JetStream tab. Flags follow Go's flag syntax: -flag and --flag are the same, and \
             multi-letter flags take one dash (-sort, -lookup, -ms).",
        )
        .disable_help_flag(true)
        .disable_version_flag(true);
    for f in FLAGS {
        let (first, others) = match f.names.split_first() {
            Some(x) => x,
            None => continue,
        };
        let mut arg = clap::Arg::new(*first).long(*first).help(f.help);
        if !others.is_empty() {
            arg = arg.visible_aliases(others.iter().copied());
        }
        arg = match f.kind {
            Kind::Switch => arg.action(clap::ArgAction::SetTrue),
            Kind::Int => arg
                .action(clap::ArgAction::Set)
                .value_name(f.value_name)
                .allow_negative_numbers(true),
            Kind::Str => {
                let arg = arg.action(clap::ArgAction::Set).value_name(f.value_name);
                match f.id {
                    FlagId::Output | FlagId::Cert | FlagId::Key | FlagId::CaCert => {
                        arg.value_hint(clap::ValueHint::FilePath)
                    }
                    FlagId::Host => arg.value_hint(clap::ValueHint::Hostname),
                    _ => arg,
                }
            }
        };
        cmd = cmd.arg(arg);
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Flags, FlagError> {
        let v: Vec<OsString> = args.iter().map(OsString::from).collect();
        Flags::parse(&v)
    }

    #[test]
    fn defaults() {
        assert_eq!(parse(&[]), Ok(Flags::default()));
    }

    #[test]
    fn go_flag_spellings() {
        let f = parse(&[
            "-s",
            "h",
            "--m=9",
            "-ms",
            "0",
            "-n",
            "5",
            "-d=2",
            "--sort",
            "-msgs_to",
            "-lookup",
            "-o",
            "-",
            "-l",
            ",",
            "-b",
            "-r",
            "3",
            "--display-subscriptions-column",
            "-k=false",
        ])
        .expect("parses");
        assert_eq!(f.host, "h");
        assert_eq!(f.port, 9);
        assert_eq!(f.conns, 5);
        assert_eq!(f.delay, 2);
        assert_eq!(f.sort, "-msgs_to");
        assert!(f.lookup && f.raw && f.display_subs && !f.skip_verify);
        assert_eq!(f.output.as_deref(), Some("-"));
        assert_eq!(f.delimiter, ",");
        assert_eq!(f.max_refreshes, 3);
        assert!(parse(&["-u"]).expect("u").display_subs);
        assert!(parse(&["--version"]).expect("v").version);
    }

    #[test]
    fn errors_are_go_worded() {
        assert_eq!(
            parse(&["-x"]).map_err(|e| e.to_string()),
            Err("flag provided but not defined: -x".into())
        );
        assert_eq!(
            parse(&["-n", "abc"]).map_err(|e| e.to_string()),
            Err("invalid value \"abc\" for flag -n: parse error".into())
        );
        assert_eq!(
            parse(&["-m"]).map_err(|e| e.to_string()),
            Err("flag needs an argument: -m".into())
        );
        assert!(matches!(parse(&["extra"]), Err(FlagError::Positional(_))));
        assert!(matches!(parse(&["---s"]), Err(FlagError::BadSyntax(_))));
    }

    #[test]
    fn clap_command_is_valid() {
        command().debug_assert();
    }
}
