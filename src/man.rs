//! Man pages generated from the personalities' clap trees: one page per command.
//!
//! Pages are named after the installed command and the words under it, as clap names them
//! (`nats-stream-add(1)`, `nsc-add-user(1)`); `rnats(1)` covers the multi-call binary. The one
//! name natscli's tree would share with a personality, `nats server`, is the nats-server(1) page
//! itself, which lists natscli's server commands (`rnats server ping` is natscli's). A
//! subcommand's page leaves out the global flags (its root page has them) and every page ends
//! with SEE ALSO pointing at its parent, its root and rnats(1); every reference names a page
//! written here (a test checks).

use std::io::Write as _;

/// A page: its file stem (`nats-stream-add`) and its roff text.
pub struct Page {
    pub name: String,
    pub roff: Vec<u8>,
}

/// Escapes text for a roff line (hyphens, backslashes, a leading control character).
fn esc(s: &str) -> String {
    let t = s.replace('\\', "\\e").replace('-', "\\-");
    if t.starts_with('.') || t.starts_with('\'') {
        format!("\\&{t}")
    } else {
        t
    }
}

/// Renders one page: clap_mangen's title, name, synopsis, description and options, then our
/// COMMANDS (as page references), clap's after-help text, and SEE ALSO.
fn render(
    cmd: &clap::Command,
    name: &str,
    commands: &[(String, String)],
    see_also: &[String],
    version: bool,
) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(cmd.clone())
        .title(name)
        .source(format!("rnats {}", env!("CARGO_PKG_VERSION")));
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if !commands.is_empty() {
        writeln!(out, ".SH COMMANDS")?;
        for (page, about) in commands {
            writeln!(out, ".TP\n\\fB{}\\fR(1)", esc(page))?;
            if !about.is_empty() {
                writeln!(out, "{}", esc(about))?;
            }
        }
    }
    if cmd.get_after_long_help().is_some() || cmd.get_after_help().is_some() {
        man.render_extra_section(&mut out)?;
    }
    if version && cmd.get_version().is_some() {
        man.render_version_section(&mut out)?;
    }
    if !see_also.is_empty() {
        let refs: Vec<String> = see_also
            .iter()
            .map(|p| format!("\\fB{}\\fR(1)", esc(p)))
            .collect();
        writeln!(out, ".SH \"SEE ALSO\"\n{}", refs.join(", "))?;
    }
    Ok(out)
}

fn about(cmd: &clap::Command) -> String {
    cmd.get_about().map(|a| a.to_string()).unwrap_or_default()
}

/// The visible subcommands of `cmd` as (page, about) under the page name `base`.
fn children(cmd: &clap::Command, base: &str) -> Vec<(String, String)> {
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .map(|s| (format!("{base}-{}", s.get_name()), about(s)))
        .collect()
}

/// One personality root: its page (with `extra_commands` listed too) and one page per visible
/// command below it, except those named in `skip` (written elsewhere; their subtrees still
/// get pages).
pub fn personality_pages(
    mut cmd: clap::Command,
    bin: &str,
    others: &[&str],
    extra_commands: Vec<(String, String)>,
    skip: &[&str],
) -> std::io::Result<Vec<Page>> {
    cmd.build();
    let globals: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect();
    let mut pages = Vec::new();
    let mut commands = children(&cmd, bin);
    commands.extend(extra_commands);
    let mut see_also: Vec<String> = vec!["rnats".to_string()];
    see_also.extend(others.iter().map(|o| o.to_string()));
    pages.push(Page {
        name: bin.to_string(),
        roff: render(&cmd, bin, &commands, &see_also, true)?,
    });
    fn walk(
        cmd: &clap::Command,
        page: &str,
        parents: &[String],
        globals: &[clap::Id],
        skip: &[&str],
        pages: &mut Vec<Page>,
    ) -> std::io::Result<()> {
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            let name = format!("{page}-{}", sub.get_name());
            let mut sub_cmd = sub.clone();
            for id in globals {
                if sub_cmd.get_arguments().any(|a| a.get_id() == id) {
                    sub_cmd = sub_cmd.mut_arg(id.clone(), |a| a.hide(true));
                }
            }
            let mut lineage = parents.to_vec();
            lineage.push(page.to_string());
            if !skip.contains(&name.as_str()) {
                let mut see_also: Vec<String> = lineage.iter().rev().cloned().collect();
                see_also.push("rnats".to_string());
                pages.push(Page {
                    roff: render(&sub_cmd, &name, &children(sub, &name), &see_also, false)?,
                    name: name.clone(),
                });
            }
            walk(sub, &name, &lineage, globals, skip, pages)?;
        }
        Ok(())
    }
    walk(&cmd, bin, &[], &globals, skip, &mut pages)?;
    Ok(pages)
}

/// rnats(1): the multi-call binary, its personalities and the natscli commands it takes as its
/// first argument.
pub fn rnats_page(
    cmd: &clap::Command,
    commands: &[(String, String)],
    see_also: &[String],
) -> std::io::Result<Page> {
    let mut cmd = cmd.clone();
    cmd.build();
    Ok(Page {
        name: "rnats".to_string(),
        roff: render(&cmd, "rnats", commands, see_also, true)?,
    })
}
