#!/usr/bin/env python3
"""Prints natscli's command tree from its Go source (cli/*.go), one command per line:

    <path words> [aliases: a b c] [hidden] -- <help line when it is a literal>

Used to build tests/fixtures/natscli-commands.txt:

    git clone https://github.com/nats-io/natscli /tmp/natscli
    scripts/natscli-tree.py /tmp/natscli/cli > tests/fixtures/natscli-commands.txt

(then put back the two header lines naming the natscli commit).

It reads the fisk registrations (`x := parent.Command("name", "help").Alias("a")...`), follows
helper calls that receive a command (`configureServerCheckCommand(srv)`), and starts from the
functions passed to `registerCommand`.
"""
import glob
import re
import sys

src_dir = sys.argv[1] if len(sys.argv) > 1 else "cli"
funcs = {}  # name -> (param, body)
registered = []
for path in sorted(glob.glob(f"{src_dir}/*.go")):
    if path.endswith("_test.go"):
        continue
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r"registerCommand\(\"[^\"]+\",\s*\d+,\s*(\w+)\)", text):
        registered.append(m.group(1))
    for m in re.finditer(r"^func (\w+)\((\w+) (?:commandHost|\*fisk\.CmdClause)[^)]*\)[^{]*\{\n(.*?)^\}", text, re.S | re.M):
        funcs[m.group(1)] = (m.group(2), m.group(3))

cmd_re = re.compile(r"(?:(\w+)\s*:?=\s*)?(\w+)\.Command\(\"([^\"]+)\"(?:,\s*\"((?:[^\"\\\\]|\\\\.)*)\")?")
tree = {}  # path tuple -> (aliases, hidden)


def walk(func, parent_path, seen=()):
    if func in seen or func not in funcs:
        return
    param, body = funcs[func]
    vars_ = {param: parent_path}
    # Join continuation lines so chained .Alias() calls stay with their command.
    stmts = re.sub(r"\.\s*\n\s*", ".", body)
    stmts = re.sub(r"\n\s*\.", ".", stmts)
    for line in stmts.split("\n"):
        m = cmd_re.search(line)
        if m and m.group(2) in vars_:
            path = vars_[m.group(2)] + (m.group(3),)
            rest = line[m.end():]
            aliases = re.findall(r"\.Alias\(\"([^\"]+)\"\)", rest)
            hidden = ".Hidden()" in rest
            tree[path] = (aliases, hidden, m.group(4) or "")
            if m.group(1):
                vars_[m.group(1)] = path
            continue
        for c in re.finditer(r"\b(configure\w+)\((\w+)[,)]", line):
            if c.group(2) in vars_:
                walk(c.group(1), vars_[c.group(2)], seen + (func,))


for f in registered:
    walk(f, ())
# fisk's built-in cheat sheet command, enabled (hidden) in nats/main.go with WithCheats().
tree[("cheat",)] = ([], True, "Cheatsheets for the nats command")

for path in sorted(tree):
    aliases, hidden, about = tree[path]
    line = " ".join(path)
    if aliases:
        line += " [aliases: " + " ".join(aliases) + "]"
    if hidden:
        line += " [hidden]"
    if about:
        line += " -- " + about
    print(line)
