// natscli commands and flags this build lacks. Built from natscli's registrations
// (`scripts/natscli-tree.py`, `tests/fixtures/natscli-commands.txt`) minus what the clap tree
// implements; an entry whose command or flag the tree has since gained is ignored by `augment`.

/// natscli commands this build lacks (a parent listed here refuses its whole subtree).
pub const COMMANDS: &[UnsupportedCommand] = &[
    cmd(&["account", "report"], &["rep"], "Report on account metrics"),
    cmd(&["account", "tls"], &[], "Report TLS chain for connected server"),
    cmd(&["audit"], &[], "Audit a NATS deployment"),
    cmd(&["auth"], &[], "NATS Decentralized Authentication"),
    cmd(&["bench", "js", "get"], &[], "Retrieve messages from JetStream using gets"),
    cmd(&["bench", "js", "pub", "atomic"], &["batch"], "Use atomic batch JetStream publish"),
    cmd(&["bench", "oldjs", "ordered"], &[], "Consume JetStream messages from a consumer using an old JS API's ephemeral ordered consumer"),
    cmd(&["bench", "oldjs", "pull"], &[], "Consume JetStream messages from a consumer using an old JS API's durable pull consumer"),
    cmd(&["bench", "oldjs", "push"], &[], "Consume JetStream messages from a consumer using an old JS API's durable push consumer"),
    cmd(&["consumer", "cluster"], &["c"], "Manages a clustered consumer"),
    cmd(&["consumer", "reset"], &[], "Resets the consumer to a previous state"),
    hidden(&["plugins"], "Manage plugins"),
    cmd(&["server", "account"], &["acct"], "Interact with accounts"),
    hidden(&["server", "check", "exporter"], "Prometheus exporter for server checks"),
    cmd(&["server", "check", "meta"], &["raft"], "Check JetStream cluster state"),
    cmd(&["server", "check", "request"], &["req"], "Checks a request-reply service"),
    cmd(&["server", "cluster"], &["r", "raft"], "Manage JetStream Clustering"),
    cmd(&["server", "config"], &[], "Interact with server configuration"),
    hidden(&["server", "consumer-check"], "Check and display consumer information"),
    cmd(&["server", "generate"], &["gen"], "Generate server configurations"),
    cmd(&["server", "mappings"], &["mapping"], "Test subject mapping patterns"),
    cmd(&["server", "report", "cpu"], &[], "Report on CPU usage"),
    cmd(&["server", "report", "downgrade"], &[], "List assets incompatible with the specified API level"),
    cmd(&["server", "report", "gateways"], &["super", "gateway"], "Report on Gateway (Super Cluster) connections"),
    cmd(&["server", "report", "health"], &[], "Report on Server health"),
    cmd(&["server", "report", "leafnodes"], &["leaf", "leafz"], "Report on Leafnode connections"),
    cmd(&["server", "report", "mem"], &[], "Report on Memory usage"),
    cmd(&["server", "report", "routes"], &["route"], "Report on Route (Cluster) connections"),
    cmd(&["server", "request", "kick"], &[], "Disconnects a client immediately"),
    cmd(&["server", "request", "profile"], &[], "Run a profile"),
    hidden(&["server", "stream-check"], "Check and display stream information"),
    cmd(&["server", "watch"], &[], "Live views of server conditions"),
    cmd(&["stream", "cluster"], &["c"], "Manages a clustered stream"),
    cmd(&["top"], &[], "Shows top-like statistic for connections on a specific server"),
    hidden(&["traffic"], "Monitor NATS network traffic"),
];

/// natscli flags this build lacks (`flag`), or declares only to refuse (`declared`; those get
/// the mark in help).
pub const FLAGS: &[UnsupportedFlag] = &[
    declared(&["consumer", "edit"], "interactive"),
    declared(&[], "socks-proxy"),
    flag(&["consumer", "add"], "validate", None, "Only validates the configuration against the official Schema"),
    flag(&["stream", "find"], "expression", Some("EXPRESSION"), "Match streams using an expression language"),
    flag(&["consumer", "find"], "expression", Some("EXPRESSION"), "Match consumers using an expression language"),
    flag(&["server", "list"], "archive", Some("FILE"), "Read data from an archive file"),
    flag(&["server", "info"], "archive", Some("FILE"), "Read data from an archive file"),
    flag(&["server", "request", "accounts"], "archive", Some("FILE"), "Read data from an archive file"),
    flag(&["server", "request", "connections"], "archive", Some("FILE"), "Read data from an archive file"),
    flag(&["server", "request", "jetstream"], "archive", Some("FILE"), "Read data from an archive file"),
    flag(&["server", "request", "jetstream-health"], "archive", Some("FILE"), "Read data from an archive file"),
    flag(&["server", "request", "subscriptions"], "archive", Some("FILE"), "Read data from an archive file"),
    flag(&["server", "request", "variables"], "archive", Some("FILE"), "Read data from an archive file"),
    flag(&["server", "request", "connections"], "filter-subject", Some("SUBJECT"), "Limits responses only to those connections with matching subscription interest"),
    declared(&["server", "report", "connections"], "subject"),
    declared(&["server", "report", "connections"], "closed-reason"),
    declared(&["server", "report", "connections"], "filter"),
];
