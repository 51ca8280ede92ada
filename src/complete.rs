//! Shell completions for bash, zsh and fish, generated from the personalities' clap trees.
//!
//! clap_complete's scripts repeat every global flag in every subcommand (megabytes for natscli's
//! tree) and cannot express Go's single-dash long flags (`nats-server -js`). These scripts are
//! data plus one small walker per shell: a table of each command's subcommand words, flags and
//! value-taking flags, and a function that follows the words typed so far through the table to
//! the current command, then offers its subcommands, or its flags after a `-`, or the values
//! (else file names) after a flag that takes one. Commands with Go flag syntax (`nats-server`,
//! `nats-top`, and `rnats server`/`rnats top`) offer each long flag as `-flag` and `--flag`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// How a command spells its flags.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FlagStyle {
    /// GNU: `-s`, `--long`.
    Gnu,
    /// Go's flag package: `-long` and `--long` alike.
    Go,
}

/// A supported shell.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// One command of the tree, by its path of canonical names (`""`, `"stream"`, `"stream add"`).
#[derive(Default)]
struct Node {
    /// Visible subcommand names and aliases.
    words: Vec<String>,
    /// Every flag spelling of the command's own flags and of the global flags it defines
    /// (clap copies a global flag into every subcommand; the scripts list it once).
    flags: Vec<String>,
    /// The spellings of the global flags defined here, offered in every subcommand below.
    globals: Vec<String>,
}

/// The whole tree as lookup tables.
#[derive(Default)]
struct Tables {
    nodes: BTreeMap<String, Node>,
    /// `"node|word"` → child node, for names and every alias (hidden ones too).
    children: BTreeMap<String, String>,
    /// `"node|flag"` → the flag's possible values (empty: any value, complete file names).
    values: BTreeMap<String, Vec<String>>,
}

fn is_plain(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:@/+,".contains(c))
}

fn collect(cmd: &clap::Command, style: &dyn Fn(&[String]) -> FlagStyle) -> Tables {
    fn walk(
        cmd: &clap::Command,
        inherited: &[clap::Id],
        path: &mut Vec<String>,
        style: &dyn Fn(&[String]) -> FlagStyle,
        t: &mut Tables,
    ) {
        let key = node_key(path);
        let go = style(path) == FlagStyle::Go;
        let mut node = Node::default();
        let mut globals: Vec<clap::Id> = inherited.to_vec();
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if arg.is_positional() || inherited.contains(arg.get_id()) {
                continue;
            }
            let global = arg.is_global_set();
            if global {
                globals.push(arg.get_id().clone());
            }
            let mut spellings = Vec::new();
            if let Some(s) = arg.get_short() {
                spellings.push(format!("-{s}"));
            }
            for s in arg.get_visible_short_aliases().unwrap_or_default() {
                spellings.push(format!("-{s}"));
            }
            let mut longs: Vec<&str> = arg.get_long().into_iter().collect();
            longs.extend(arg.get_visible_aliases().unwrap_or_default());
            for l in longs {
                if go {
                    spellings.push(format!("-{l}"));
                }
                spellings.push(format!("--{l}"));
            }
            let takes_value = arg.get_action().takes_values();
            let possible: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .filter(|v| is_plain(v))
                .collect();
            for s in spellings.into_iter().filter(|s| is_plain(s)) {
                if takes_value {
                    t.values.insert(format!("{key}|{s}"), possible.clone());
                }
                if global && !node.globals.contains(&s) {
                    node.globals.push(s.clone());
                }
                if !node.flags.contains(&s) {
                    node.flags.push(s);
                }
            }
        }
        for sub in cmd.get_subcommands() {
            let name = sub.get_name().to_string();
            path.push(name.clone());
            let child = node_key(path);
            let visible = !sub.is_hide_set();
            for w in std::iter::once(sub.get_name()).chain(sub.get_all_aliases()) {
                if !is_plain(w) {
                    continue;
                }
                t.children.insert(format!("{key}|{w}"), child.clone());
            }
            if visible {
                node.words.extend(
                    std::iter::once(sub.get_name())
                        .chain(sub.get_visible_aliases())
                        .filter(|w| is_plain(w))
                        .map(str::to_string),
                );
            }
            walk(sub, &globals, path, style, t);
            path.pop();
        }
        t.nodes.insert(key, node);
    }
    let mut t = Tables::default();
    walk(cmd, &[], &mut Vec::new(), style, &mut t);
    t
}

/// A command's key in the tables: its path of canonical names, `.` for the top (bash refuses an
/// empty key).
fn node_key(path: &[String]) -> String {
    if path.is_empty() {
        ".".to_string()
    } else {
        path.join(" ")
    }
}

/// The function and variable prefix for `bin` (`nats-server` → `_nats_server`).
fn prefix(bin: &str) -> String {
    let mut p = String::from("_");
    p.extend(
        bin.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }),
    );
    p
}

/// The completion script of `shell` for `cmd` installed as `bin`. `style` says which commands
/// (by path of canonical names) take Go-style flags.
pub fn script(
    shell: Shell,
    cmd: &mut clap::Command,
    bin: &str,
    style: &dyn Fn(&[String]) -> FlagStyle,
) -> String {
    cmd.build();
    let t = collect(cmd, style);
    match shell {
        Shell::Bash => bash(&t, bin),
        Shell::Zsh => zsh(&t, bin),
        Shell::Fish => fish(&t, bin),
    }
}

fn header(comment: &str, bin: &str, shell: &str) -> String {
    format!(
        "{comment} {shell} completion for {bin}, generated by `rnats generate completions {shell}{}`\n\
         {comment} from its clap definition; do not edit.\n",
        if bin == "rnats" {
            String::new()
        } else {
            format!(" --as {bin}")
        }
    )
}

/// `[key]="value"` lines of an associative array (bash and zsh share the syntax inside `( )`,
/// zsh with `key value` pairs).
fn assoc_entries<'a>(entries: impl Iterator<Item = (&'a String, String)>, zsh: bool) -> String {
    let mut out = String::new();
    for (k, v) in entries {
        if zsh {
            let _ = writeln!(out, "    '{k}' '{v}'");
        } else {
            let _ = writeln!(out, "    ['{k}']='{v}'");
        }
    }
    out
}

fn tables_shell(t: &Tables, p: &str, zsh: bool) -> String {
    let mut out = String::new();
    let decl = if zsh { "typeset -gA" } else { "declare -gA" };
    let _ = writeln!(
        out,
        "{decl} {p}_words {p}_flags {p}_globals {p}_child {p}_value"
    );
    let sections: [(&str, String); 5] = [
        (
            "words",
            assoc_entries(t.nodes.iter().map(|(k, n)| (k, n.words.join(" "))), zsh),
        ),
        (
            "flags",
            assoc_entries(t.nodes.iter().map(|(k, n)| (k, n.flags.join(" "))), zsh),
        ),
        (
            "globals",
            assoc_entries(
                t.nodes
                    .iter()
                    .filter(|(_, n)| !n.globals.is_empty())
                    .map(|(k, n)| (k, n.globals.join(" "))),
                zsh,
            ),
        ),
        (
            "child",
            assoc_entries(t.children.iter().map(|(k, c)| (k, c.clone())), zsh),
        ),
        (
            "value",
            assoc_entries(t.values.iter().map(|(k, v)| (k, v.join(" "))), zsh),
        ),
    ];
    for (name, body) in sections {
        let _ = write!(out, "{p}_{name}=(\n{body})\n");
    }
    out
}

fn bash(t: &Tables, bin: &str) -> String {
    let p = prefix(bin);
    let mut out = header("#", bin, "bash");
    out.push_str(&tables_shell(t, &p, false));
    let body = r#"
@_value_of() {
    # Prints the key of a value-taking flag $1 in the commands of `chain`, fails if none.
    local n
    for n in "${chain[@]}"; do
        if [[ ${@_value["$n|$1"]+set} ]]; then
            printf '%s' "$n|$1"
            return 0
        fi
    done
    return 1
}

@_complete() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev="" node=. w i k n flags
    local -a chain=(.)
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if [[ $w == -* ]]; then
            @_value_of "$w" >/dev/null && ((i++))
            continue
        fi
        k="$node|$w"
        if [[ ${@_child[$k]+set} ]]; then
            node=${@_child[$k]}
            chain+=("$node")
        fi
    done
    ((COMP_CWORD > 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    if [[ $prev == -* ]] && k=$(@_value_of "$prev"); then
        if [[ -n ${@_value[$k]} ]]; then
            COMPREPLY=($(compgen -W "${@_value[$k]}" -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        return 0
    fi
    if [[ $cur == -* ]]; then
        flags=${@_flags[$node]}
        for n in "${chain[@]:0:${#chain[@]}-1}"; do
            flags+=" ${@_globals[$n]}"
        done
        COMPREPLY=($(compgen -W "$flags" -- "$cur"))
    elif [[ -n ${@_words[$node]} ]]; then
        COMPREPLY=($(compgen -W "${@_words[$node]}" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
    return 0
}
complete -F @_complete BIN
"#;
    out.push_str(&fill(body, &p, bin));
    out
}

/// Puts the function prefix where a script body has `@` and the command name for `BIN`; the
/// shells' own `[@]`, `(@)` and `"$@"` stay.
fn fill(body: &str, prefix: &str, bin: &str) -> String {
    body.replace("[@]", "[\u{1}]")
        .replace("(@)", "(\u{1})")
        .replace("\"$@\"", "\"$\u{1}\"")
        .replace('@', prefix)
        .replace('\u{1}', "@")
        .replace("BIN", bin)
}

fn zsh(t: &Tables, bin: &str) -> String {
    let p = prefix(bin);
    let mut out = format!("#compdef {bin}\n");
    out.push_str(&header("#", bin, "zsh"));
    out.push_str(&tables_shell(t, &p, true));
    let body = r#"
@_value_of() {
    local n
    for n in "${chain[@]}"; do
        if (( ${+@_value[$n|$1]} )); then
            print -rn -- "$n|$1"
            return 0
        fi
    done
    return 1
}

@() {
    local cur=${words[CURRENT]} prev=${words[CURRENT-1]} node=. w i k n flags
    local -a chain
    chain=(.)
    for ((i = 2; i < CURRENT; i++)); do
        w=${words[i]}
        if [[ $w == -* ]]; then
            @_value_of "$w" >/dev/null && (( i++ ))
            continue
        fi
        k="$node|$w"
        if (( ${+@_child[$k]} )); then
            node=${@_child[$k]}
            chain+=("$node")
        fi
    done
    if (( CURRENT > 2 )) && [[ $prev == -* ]] && k=$(@_value_of "$prev"); then
        if [[ -n ${@_value[$k]} ]]; then
            compadd -- ${=@_value[$k]}
        else
            _files
        fi
        return
    fi
    if [[ $cur == -* ]]; then
        flags=${@_flags[$node]}
        for n in "${(@)chain[1,-2]}"; do
            flags+=" ${@_globals[$n]}"
        done
        compadd -- ${=flags}
    elif [[ -n ${@_words[$node]} ]]; then
        compadd -- ${=@_words[$node]}
    else
        _files
    fi
}

if [[ $funcstack[1] == @ ]]; then
    @ "$@"
else
    compdef @ BIN
fi
"#;
    out.push_str(&fill(body, &p, bin));
    out
}

/// A fish `case` pattern matching exactly `s` (fish patterns glob on `*`, `?` and `[`).
fn fish_case(s: &str) -> String {
    let escaped: String = s
        .chars()
        .flat_map(|c| match c {
            '*' | '?' | '[' | ']' | '\\' | '\'' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("'{escaped}'")
}

fn fish(t: &Tables, bin: &str) -> String {
    let p = format!("_{}", prefix(bin));
    let mut out = header("#", bin, "fish");
    // Lists, one switch per table; a node's list prints one candidate per line.
    let mut list_fn = |name: &str, entries: Vec<(&String, &Vec<String>)>| {
        let _ = writeln!(
            out,
            "\nfunction {p}_{name} --argument-names key\n    switch $key"
        );
        for (k, v) in entries {
            let _ = writeln!(out, "        case {}", fish_case(k));
            if !v.is_empty() {
                let _ = writeln!(out, "            printf '%s\\n' {}", v.join(" "));
            }
            let _ = writeln!(out, "            return 0");
        }
        let _ = writeln!(out, "    end\n    return 1\nend");
    };
    list_fn(
        "words",
        t.nodes
            .iter()
            .filter(|(_, n)| !n.words.is_empty())
            .map(|(k, n)| (k, &n.words))
            .collect(),
    );
    list_fn(
        "flags",
        t.nodes
            .iter()
            .filter(|(_, n)| !n.flags.is_empty())
            .map(|(k, n)| (k, &n.flags))
            .collect(),
    );
    list_fn(
        "globals",
        t.nodes
            .iter()
            .filter(|(_, n)| !n.globals.is_empty())
            .map(|(k, n)| (k, &n.globals))
            .collect(),
    );
    list_fn("value", t.values.iter().collect());
    // Children: group the words leading to one node into one case.
    let mut by_child: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
    for (k, c) in &t.children {
        by_child.entry(c).or_default().push(k);
    }
    let _ = writeln!(
        out,
        "\nfunction {p}_child --argument-names key\n    switch $key"
    );
    for (child, keys) in by_child {
        let cases: Vec<String> = keys.iter().map(|k| fish_case(k)).collect();
        let _ = writeln!(
            out,
            "        case {}\n            echo '{child}'",
            cases.join(" ")
        );
    }
    let _ = writeln!(out, "    end\nend");
    let body = r#"
function @_value_of --argument-names flag
    for n in $@_chain
        if @_value "$n|$flag" >/dev/null
            printf '%s' "$n|$flag"
            return 0
        end
    end
    return 1
end

function @_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l node .
    set -g @_chain .
    set -l skip 0
    for w in $tokens[2..-1]
        if test $skip -eq 1
            set skip 0
            continue
        end
        if string match -q -- '-*' $w
            @_value_of $w >/dev/null; and set skip 1
            continue
        end
        set -l next (@_child "$node|$w")
        if test -n "$next"
            set node $next
            set -a @_chain $node
        end
    end
    if test (count $tokens) -gt 1; and string match -q -- '-*' $tokens[-1]
        set -l k (@_value_of $tokens[-1])
        if test $status -eq 0
            set -l vals (@_value $k)
            if test (count $vals) -gt 0
                printf '%s\n' $vals
            else
                __fish_complete_path $cur
            end
            return
        end
    end
    if string match -q -- '-*' $cur
        @_flags $node
        set -l parents $@_chain
        set -e parents[-1]
        for n in $parents
            @_globals $n
        end
    else if not @_words $node
        __fish_complete_path $cur
    end
end

complete -c BIN -f -a '(@_complete)'
"#;
    out.push_str(&fill(body, &p, bin));
    out
}
