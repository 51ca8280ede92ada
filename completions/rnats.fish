# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_rnats_global_optspecs
    string join \n list h/help V/version
end

function __fish_rnats_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_rnats_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_rnats_using_subcommand
    set -l cmd (__fish_rnats_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c rnats -n "__fish_rnats_needs_command" -l list -d 'Print the personality names'
complete -c rnats -n "__fish_rnats_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rnats -n "__fish_rnats_needs_command" -s V -l version -d 'Print version'
complete -c rnats -n "__fish_rnats_needs_command" -f -a "server" -d 'the NATS server (nats-server)'
complete -c rnats -n "__fish_rnats_needs_command" -f -a "nats" -d 'the NATS command line tool (pub, sub, req, reply, rtt, context) (natscli)'
complete -c rnats -n "__fish_rnats_needs_command" -f -a "nsc" -d 'operator, account and user JWT manager (nsc)'
complete -c rnats -n "__fish_rnats_needs_command" -f -a "top" -d 'top-like monitor of a NATS server (nats-top)'
complete -c rnats -n "__fish_rnats_using_subcommand server" -s a -l addr -l net -d 'Bind to host address (default: 0.0.0.0) (also -net)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -s p -l port -d 'Use port for clients (default: 4222)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -s n -l name -l server_name -d 'Server name (default: auto) (also --server_name)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -s P -l pid -d 'File to store PID' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -s m -l http_port -d 'Use port for http monitoring' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l https_port -l ms -d 'Use port for https monitoring (also -ms)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -s c -l config -d 'Configuration file' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -l signal -l sl -d 'Send signal to nats-server process (ldm, stop, quit, term, reopen, reload) <pid> can be either a PID (e.g. 1) or the path to a PID file (e.g. /var/run/nats-server.pid) (also -sl)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l client_advertise -d 'Client URL to advertise to other servers' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l ports_file_dir -d 'Creates a ports file in the specified directory (<executable_name>_<pid>.ports).' -r -f -a "(__fish_complete_directories)"
complete -c rnats -n "__fish_rnats_using_subcommand server" -s l -l log -d 'File to redirect log output' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -s r -l remote_syslog -d 'Syslog server addr (udp://localhost:514) [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l log_size_limit -d 'Logfile size limit (default: auto) [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l max_traced_msg_len -d 'Maximum printable length for traced messages (default: unlimited)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l store_dir -l sd -d 'Set the storage directory (also -sd)' -r -f -a "(__fish_complete_directories)"
complete -c rnats -n "__fish_rnats_using_subcommand server" -l user -d 'User required for connections' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l pass -d 'Password required for connections' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l auth -d 'Authorization token required for connections' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tlscert -d 'Server certificate file' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tlskey -d 'Private key for server certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tlscacert -d 'Client certificate CA for verification' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -l routes -d 'Routes to solicit and connect [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l cluster -d 'Cluster URL for solicited routes [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l cluster_name -d 'Cluster Name, if not set one will be dynamically generated [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l cluster_advertise -d 'Cluster URL to advertise to other servers [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l connect_retries -d 'For implicit routes, number of connect retries [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l cluster_listen -d 'Cluster url from which members can solicit routes [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l profile -d 'Profiling HTTP port [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -s t -d 'Test configuration and exit'
complete -c rnats -n "__fish_rnats_using_subcommand server" -s T -l logtime -d 'Timestamp log entries (default: true)'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l logtime_utc -d 'Timestamps in UTC instead of local timezone'
complete -c rnats -n "__fish_rnats_using_subcommand server" -s s -l syslog -d 'Log to syslog or windows event log [not supported yet]'
complete -c rnats -n "__fish_rnats_using_subcommand server" -s D -l debug -d 'Enable debugging output'
complete -c rnats -n "__fish_rnats_using_subcommand server" -s V -l trace -d 'Trace the raw protocol'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l VV -d 'Verbose trace (traces system account as well)'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l DV -d 'Debug and trace'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l DVV -d 'Debug and verbose trace (traces system account as well)'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l jetstream -l js -d 'Enable JetStream functionality (also -js)'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tls -d 'Enable TLS, do not verify clients (default: false)'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tlsverify -d 'Enable TLS, verify client certificates'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l no_advertise -d 'Do not advertise known cluster information to clients [not supported yet]'
complete -c rnats -n "__fish_rnats_using_subcommand server" -s h -l help -d 'Show this message'
complete -c rnats -n "__fish_rnats_using_subcommand server" -s v -l version -d 'Show version'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l help_tls -d 'TLS help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -s V -l version -d 'Print version'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "publish" -d 'Generic data publish utility'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "pub" -d 'Generic data publish utility'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "subscribe" -d 'Generic subscription client'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "sub" -d 'Generic subscription client'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "request" -d 'Generic request-reply request utility'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "req" -d 'Generic request-reply request utility'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "reply" -d 'Generic service reply utility'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "rtt" -d 'Compute round-trip time to NATS server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "account" -d 'Account information and status'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "a" -d 'Account information and status'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "bench" -d 'Benchmark utility'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "consumer" -d 'JetStream consumer management'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "con" -d 'JetStream consumer management'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "obs" -d 'JetStream consumer management'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "c" -d 'JetStream consumer management'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "context" -d 'Manage nats configuration contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "ctx" -d 'Manage nats configuration contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "kv" -d 'Interacts with a JetStream based Key-Value store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "object" -d 'Interacts with a JetStream based Object store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "obj" -d 'Interacts with a JetStream based Object store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "stream" -d 'JetStream stream management'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "str" -d 'JetStream stream management'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "st" -d 'JetStream stream management'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "ms" -d 'JetStream stream management'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "s" -d 'JetStream stream management'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "server" -d 'Server information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and not __fish_seen_subcommand_from publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv" -f -a "srv" -d 'Server information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l reply -d 'Sets a custom reply to subject' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l count -d 'Publish multiple messages' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l schedule-after -d 'Schedule the message after a certain duration (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l schedule-at -d 'Schedule the message at a certain RFC3339 time (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l schedule-cron -d 'Cron definition for a scheduled message (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l schedule-dest -d 'Subject the message will publish to when the schedule fires (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l schedule-every -d 'Schedules the message every interval (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l schedule-source -d 'Reads a specific subject when scheduling (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l schedule-ttl -d 'How long generated messages should live in the stream' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l send-on -d 'When to send data from stdin: \'eof\' (default) or \'newline\'' -r -f -a "eof\t'One message with everything up to end of input'
newline\t'One message per line'"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l sleep -d 'When publishing multiple messages, sleep between publishes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l atomic -d 'Atomic batch publish to JetStream (implies --jetstream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l force-stdin -d 'Force reading from stdin'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -s J -l jetstream -d 'Publish messages to JetStream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Show just the output received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l templates -d 'Enables template functions in the body and subject (does not affect headers)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l no-templates -d 'Disables template functions in the body and subject'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l reply -d 'Sets a custom reply to subject' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l count -d 'Publish multiple messages' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l schedule-after -d 'Schedule the message after a certain duration (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l schedule-at -d 'Schedule the message at a certain RFC3339 time (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l schedule-cron -d 'Cron definition for a scheduled message (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l schedule-dest -d 'Subject the message will publish to when the schedule fires (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l schedule-every -d 'Schedules the message every interval (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l schedule-source -d 'Reads a specific subject when scheduling (implies --jetstream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l schedule-ttl -d 'How long generated messages should live in the stream' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l send-on -d 'When to send data from stdin: \'eof\' (default) or \'newline\'' -r -f -a "eof\t'One message with everything up to end of input'
newline\t'One message per line'"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l sleep -d 'When publishing multiple messages, sleep between publishes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l atomic -d 'Atomic batch publish to JetStream (implies --jetstream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l force-stdin -d 'Force reading from stdin'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -s J -l jetstream -d 'Publish messages to JetStream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -s q -l quiet -d 'Show just the output received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l templates -d 'Enables template functions in the body and subject (does not affect headers)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l no-templates -d 'Disables template functions in the body and subject'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from pub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l queue -d 'Subscribe to a named queue group' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l durable -d 'Use a durable consumer (requires JetStream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l count -d 'Quit after receiving this many messages' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l dump -d 'Dump received messages to files, 1 file per message. Specify - for null terminated STDOUT for use with xargs -0' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l start-sequence -d 'Starts at a specific Stream sequence (requires JetStream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l since -d 'Delivers messages received since a duration like 1d3h5m2s(requires JetStream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l stream -d 'Subscribe to a specific stream (required JetStream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -s I -l ignore-subject -d 'Subjects for which corresponding messages will be ignored and therefore not shown in the output' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l wait -d 'Unsubscribe after this amount of time without any traffic' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l report-top -d 'Number of subjects to show when doing \'report-subjects\'' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -s r -l raw -d 'Show the raw data received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l ack -d 'Acknowledge JetStream message that have the correct metadata'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l match-replies -d 'Match replies to requests'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -s i -l inbox -d 'Subscribes to a generated inbox'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l headers-only -d 'Do not render any data, shows only headers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l subjects-only -d 'Prints only the messages\' subjects'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l all -d 'Delivers all messages found in the Stream (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l new -d 'Delivers only future messages (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l last -d 'Delivers the most recent and all future messages (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l last-per-subject -d 'Deliver the most recent messages for each subject in the Stream (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -s T -l terminate-at-end -d 'Stops consuming messages from JetStream once all messages were received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l report-subjects -d 'Subscribes to subject patterns and builds a de-duplicated report of active subjects receiving data'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l report-subscriptions -d 'Subscribes to subject patterns and builds a de-duplicated report of active subscriptions receiving data'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -s t -l timestamp -d 'Show timestamps in output'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -s d -l delta-time -d 'Show time since start in output'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l graph -d 'Graph the rate of messages received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l direct -d 'Subscribe using batched direct gets instead of a durable consumer (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from subscribe" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l queue -d 'Subscribe to a named queue group' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l durable -d 'Use a durable consumer (requires JetStream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l count -d 'Quit after receiving this many messages' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l dump -d 'Dump received messages to files, 1 file per message. Specify - for null terminated STDOUT for use with xargs -0' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l start-sequence -d 'Starts at a specific Stream sequence (requires JetStream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l since -d 'Delivers messages received since a duration like 1d3h5m2s(requires JetStream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l stream -d 'Subscribe to a specific stream (required JetStream)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -s I -l ignore-subject -d 'Subjects for which corresponding messages will be ignored and therefore not shown in the output' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l wait -d 'Unsubscribe after this amount of time without any traffic' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l report-top -d 'Number of subjects to show when doing \'report-subjects\'' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -s r -l raw -d 'Show the raw data received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l ack -d 'Acknowledge JetStream message that have the correct metadata'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l match-replies -d 'Match replies to requests'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -s i -l inbox -d 'Subscribes to a generated inbox'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l headers-only -d 'Do not render any data, shows only headers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l subjects-only -d 'Prints only the messages\' subjects'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l all -d 'Delivers all messages found in the Stream (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l new -d 'Delivers only future messages (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l last -d 'Delivers the most recent and all future messages (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l last-per-subject -d 'Deliver the most recent messages for each subject in the Stream (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -s T -l terminate-at-end -d 'Stops consuming messages from JetStream once all messages were received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l report-subjects -d 'Subscribes to subject patterns and builds a de-duplicated report of active subjects receiving data'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l report-subscriptions -d 'Subscribes to subject patterns and builds a de-duplicated report of active subscriptions receiving data'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -s t -l timestamp -d 'Show timestamps in output'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -s d -l delta-time -d 'Show time since start in output'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l graph -d 'Graph the rate of messages received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l direct -d 'Subscribe using batched direct gets instead of a durable consumer (requires JetStream)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from sub" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l count -d 'Publish multiple messages' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l replies -d 'Wait for multiple replies from services. 0 waits until timeout' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l reply-timeout -d 'Maximum time between replies when waiting for more than one' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l send-on -d 'When to send data from stdin: \'eof\' (default) or \'newline\'' -r -f -a "eof\t'One message with everything up to end of input'
newline\t'One message per line'"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -s r -l raw -d 'Show just the output received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l wait-for-empty -d 'Wait for multiple replies until a empty message is received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l force-stdin -d 'Force reading from stdin'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l templates -d 'Enables template functions in the body and subject (does not affect headers)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l no-templates -d 'Disables template functions in the body and subject'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l count -d 'Publish multiple messages' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l replies -d 'Wait for multiple replies from services. 0 waits until timeout' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l reply-timeout -d 'Maximum time between replies when waiting for more than one' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l send-on -d 'When to send data from stdin: \'eof\' (default) or \'newline\'' -r -f -a "eof\t'One message with everything up to end of input'
newline\t'One message per line'"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -s r -l raw -d 'Show just the output received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l wait-for-empty -d 'Wait for multiple replies until a empty message is received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l force-stdin -d 'Force reading from stdin'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l templates -d 'Enables template functions in the body and subject (does not affect headers)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l no-templates -d 'Disables template functions in the body and subject'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from req" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l command -d 'Runs a command and responds with the output if exit code was 0' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -s q -l queue -d 'Queue group name' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l sleep -d 'Inject a random sleep delay between replies up to this duration max' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l count -d 'Quit after receiving this many messages' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l echo -d 'Echo back what is received'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from reply" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -s j -l json -d 'Produce JSON output'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from rtt" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "info" -d 'Account information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "nfo" -d 'Account information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "report" -d 'Report on account metrics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "rep" -d 'Report on account metrics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -f -a "info" -d 'Account information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -f -a "nfo" -d 'Account information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -f -a "report" -d 'Report on account metrics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from a" -f -a "rep" -d 'Report on account metrics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -f -a "pub" -d 'Publish Core NATS messages'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -f -a "sub" -d 'Subscribe to Core NATS messages'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -f -a "service" -d 'Micro-service mode'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -f -a "js" -d 'JetStream benchmark commands'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -f -a "kv" -d 'KV benchmark operations'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from bench" -f -a "oldjs" -d 'JetStream benchmark commands using the old JS API (not in this build yet)'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "add" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "create" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "new" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "ls" -d 'List known consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "list" -d 'List known consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "info" -d 'Consumer information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "nfo" -d 'Consumer information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "rm" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "delete" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "del" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "next" -d 'Retrieves messages from Pull consumers without interactive prompts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from consumer" -f -a "sub" -d 'Retrieves messages from consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "add" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "create" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "new" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "ls" -d 'List known consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "list" -d 'List known consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "info" -d 'Consumer information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "nfo" -d 'Consumer information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "rm" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "delete" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "del" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "next" -d 'Retrieves messages from Pull consumers without interactive prompts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from con" -f -a "sub" -d 'Retrieves messages from consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "add" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "create" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "new" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "ls" -d 'List known consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "list" -d 'List known consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "info" -d 'Consumer information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "nfo" -d 'Consumer information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "rm" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "delete" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "del" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "next" -d 'Retrieves messages from Pull consumers without interactive prompts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obs" -f -a "sub" -d 'Retrieves messages from consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "add" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "create" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "new" -d 'Creates a new consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "ls" -d 'List known consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "list" -d 'List known consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "info" -d 'Consumer information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "nfo" -d 'Consumer information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "rm" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "delete" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "del" -d 'Removes a consumer'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "next" -d 'Retrieves messages from Pull consumers without interactive prompts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from c" -f -a "sub" -d 'Retrieves messages from consumers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "add" -d 'Update or create a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "create" -d 'Update or create a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "save" -d 'Update or create a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "copy" -d 'Copies an existing context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "cp" -d 'Copies an existing context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "edit" -d 'Edit a context in your EDITOR'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "vi" -d 'Edit a context in your EDITOR'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "ls" -d 'List known contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "list" -d 'List known contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "l" -d 'List known contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "rm" -d 'Remove a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "remove" -d 'Remove a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "select" -d 'Select the default context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "switch" -d 'Select the default context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "set" -d 'Select the default context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "unselect" -d 'Ensures that no context is the default context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "info" -d 'Display information on the current or named context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "show" -d 'Display information on the current or named context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "v" -d 'Display information on the current or named context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "view" -d 'Display information on the current or named context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "validate" -d 'Validate one or all contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "previous" -d 'Switch to the previous context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from context" -f -a "-" -d 'Switch to the previous context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "add" -d 'Update or create a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "create" -d 'Update or create a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "save" -d 'Update or create a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "copy" -d 'Copies an existing context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "cp" -d 'Copies an existing context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "edit" -d 'Edit a context in your EDITOR'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "vi" -d 'Edit a context in your EDITOR'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "ls" -d 'List known contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "list" -d 'List known contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "l" -d 'List known contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "rm" -d 'Remove a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "remove" -d 'Remove a context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "select" -d 'Select the default context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "switch" -d 'Select the default context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "set" -d 'Select the default context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "unselect" -d 'Ensures that no context is the default context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "info" -d 'Display information on the current or named context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "show" -d 'Display information on the current or named context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "v" -d 'Display information on the current or named context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "view" -d 'Display information on the current or named context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "validate" -d 'Validate one or all contexts'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "previous" -d 'Switch to the previous context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ctx" -f -a "-" -d 'Switch to the previous context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "add" -d 'Adds a new KV Store Bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "new" -d 'Adds a new KV Store Bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "edit" -d 'Edits an existing KV Store Bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "put" -d 'Puts a value into a key'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "get" -d 'Gets a value for a key'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "create" -d 'Puts a value into a key only if the key is new or it\'s last operation was a delete'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "update" -d 'Updates a key with a new value if the previous value matches the given revision'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "del" -d 'Deletes a key or the entire bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "rm" -d 'Deletes a key or the entire bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "purge" -d 'Deletes a key from the bucket, clearing history before creating a delete marker'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "history" -d 'Shows the full history for a key'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "revert" -d 'Reverts a value to a previous revision using put'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "info" -d 'View the status of a KV store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "view" -d 'View the status of a KV store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "status" -d 'View the status of a KV store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "watch" -d 'Watch the bucket or a specific key for updated'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "ls" -d 'List available buckets or the keys in a bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "list" -d 'List available buckets or the keys in a bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from kv" -f -a "compact" -d 'Reclaim space used by deleted keys'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "add" -d 'Adds a new Object Store Bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "edit" -d 'Edit an existing Object Store Bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "put" -d 'Puts a file into the store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "del" -d 'Deletes a file or bucket from the store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "rm" -d 'Deletes a file or bucket from the store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "get" -d 'Retrieves a file from the store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "info" -d 'Get information about a bucket or object'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "show" -d 'Get information about a bucket or object'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "i" -d 'Get information about a bucket or object'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "ls" -d 'List buckets or contents of a specific bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "seal" -d 'Seals a bucket preventing further updates'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from object" -f -a "watch" -d 'Watch a bucket for changes'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "add" -d 'Adds a new Object Store Bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "edit" -d 'Edit an existing Object Store Bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "put" -d 'Puts a file into the store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "del" -d 'Deletes a file or bucket from the store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "rm" -d 'Deletes a file or bucket from the store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "get" -d 'Retrieves a file from the store'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "info" -d 'Get information about a bucket or object'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "show" -d 'Get information about a bucket or object'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "i" -d 'Get information about a bucket or object'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "ls" -d 'List buckets or contents of a specific bucket'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "seal" -d 'Seals a bucket preventing further updates'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from obj" -f -a "watch" -d 'Watch a bucket for changes'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "add" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "create" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "new" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "ls" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "list" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "l" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "report" -d 'Reports on stream statistics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "info" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "nfo" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "i" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "state" -d 'Stream state'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "subj" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "edit" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "update" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "rm" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "delete" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "del" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "view" -d 'View messages in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from stream" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "add" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "create" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "new" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "ls" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "list" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "l" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "report" -d 'Reports on stream statistics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "info" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "nfo" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "i" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "state" -d 'Stream state'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "subj" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "edit" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "update" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "rm" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "delete" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "del" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "view" -d 'View messages in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from str" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "add" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "create" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "new" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "ls" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "list" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "l" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "report" -d 'Reports on stream statistics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "info" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "nfo" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "i" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "state" -d 'Stream state'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "subj" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "edit" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "update" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "rm" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "delete" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "del" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "view" -d 'View messages in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from st" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "add" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "create" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "new" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "ls" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "list" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "l" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "report" -d 'Reports on stream statistics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "info" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "nfo" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "i" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "state" -d 'Stream state'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "subj" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "edit" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "update" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "rm" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "delete" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "del" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "view" -d 'View messages in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from ms" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "add" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "create" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "new" -d 'Create a new stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "ls" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "list" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "l" -d 'List all known streams'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "report" -d 'Reports on stream statistics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "info" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "nfo" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "i" -d 'Stream information'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "state" -d 'Stream state'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "subj" -d 'Query subjects held in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "edit" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "update" -d 'Edits an existing stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "rm" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "delete" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "del" -d 'Removes a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "view" -d 'View messages in a stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from s" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "ping" -d 'Ping all servers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "request" -d 'Request monitoring data from a specific server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "req" -d 'Request monitoring data from a specific server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "check" -d 'Health check for NATS servers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "passwd" -d 'Creates encrypted passwords for use in NATS Server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "mkpasswd" -d 'Creates encrypted passwords for use in NATS Server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "pass" -d 'Creates encrypted passwords for use in NATS Server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "password" -d 'Creates encrypted passwords for use in NATS Server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "info" -d 'Show information about a single server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "i" -d 'Show information about a single server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "list" -d 'List known servers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "ls" -d 'List known servers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "report" -d 'Report on various server metrics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from server" -f -a "rep" -d 'Report on various server metrics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -s s -l server -d 'NATS server urls' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l user -d 'Username or Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l password -d 'Password' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l token -d 'Token' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l creds -d 'User credentials' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l nkey -d 'User NKEY' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l jwt -d 'User JWT' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l seed -d 'User seed' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l tlscert -d 'TLS public certificate' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l tlskey -d 'TLS private key' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l js-domain -d 'JetStream domain to access' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l context -d 'Configuration context' -r
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l trace -d 'Trace API interactions'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -l no-context -d 'Disable the selected context'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "ping" -d 'Ping all servers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "request" -d 'Request monitoring data from a specific server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "req" -d 'Request monitoring data from a specific server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "check" -d 'Health check for NATS servers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "passwd" -d 'Creates encrypted passwords for use in NATS Server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "mkpasswd" -d 'Creates encrypted passwords for use in NATS Server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "pass" -d 'Creates encrypted passwords for use in NATS Server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "password" -d 'Creates encrypted passwords for use in NATS Server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "info" -d 'Show information about a single server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "i" -d 'Show information about a single server'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "list" -d 'List known servers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "ls" -d 'List known servers'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "report" -d 'Report on various server metrics'
complete -c rnats -n "__fish_rnats_using_subcommand nats; and __fish_seen_subcommand_from srv" -f -a "rep" -d 'Report on various server metrics'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -s V -l version -d 'Print version'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "init" -d 'Creates an operator, system account, account and user in one go'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "env" -d 'Prints and manage the current environment'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "add" -d 'Add assets such as operators, accounts and users'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "edit" -d 'Edit operator, account or user'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "delete" -d 'Delete an account or user'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "describe" -d 'Describe assets such as operators, accounts, users, and jwt files'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "list" -d 'List assets such as operators, accounts, users and keys'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "generate" -d 'Generate activations, creds, configs or nkeys'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "select" -d 'Set the current operator or account'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "validate" -d 'Validate an operator, account(s), and users'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "push" -d 'Push an account jwt to an Account JWT Server'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "pull" -d 'Pull an operator or account jwt replacing the local jwt with the server\'s version'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and not __fish_seen_subcommand_from init env add edit delete describe list generate select validate push pull revocations" -f -a "revocations" -d 'Manage revocation for users and activations from an account'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -s n -l name -d 'name used for the operator, account and user' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -s d -l dir -d 'directory where the operator store is created (default: the data dir)' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -s u -l url -d 'operator to import (not supported by rnats yet)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -s o -l operator -d 'set the current operator' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -s a -l account -d 'set the current account' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -s s -l store -d 'set the store directory (not supported by rnats: use --data-dir)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from env" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -f -a "operator" -d 'Add an operator'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -f -a "account" -d 'Add an account'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -f -a "user" -d 'Add an user to the account'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -f -a "export" -d 'Add an export'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -f -a "import" -d 'Add an import'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from add" -f -a "mapping" -d 'Add (or modify) a mapping entry'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -f -a "operator" -d 'Edit the operator'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -f -a "account" -d 'Edit an account'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from edit" -f -a "user" -d 'Edit an user'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from delete" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from delete" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from delete" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from delete" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from delete" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from delete" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from delete" -f -a "account" -d 'Delete an account and its users'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from delete" -f -a "user" -d 'Delete a user'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -s J -l json -d 'display JWT body as JSON'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -s R -l raw -d 'output the raw JWT (exclusive of long-ids)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -s W -l long-ids -d 'display account ids on imports'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -f -a "operator" -d 'Describes the operator'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -f -a "account" -d 'Describes an account'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -f -a "user" -d 'Describes an user'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from describe" -f -a "jwt" -d 'Describe a jwt/creds file'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -f -a "operators" -d 'List operators'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -f -a "accounts" -d 'List accounts'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -f -a "users" -d 'List users'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from list" -f -a "keys" -d 'List keys'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -f -a "nkey" -d 'Generates an nkey'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -f -a "creds" -d 'Generate a credentials file for an user'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -f -a "config" -d 'Generate a server config'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from generate" -f -a "activation" -d 'Generate an export activation jwt token'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from select" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from select" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from select" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from select" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from select" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from select" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from select" -f -a "operator" -d 'Select the current operator'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from select" -f -a "account" -d 'Select the current account'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -s a -l account -d 'account name' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -s f -l file -d 'validate all jwt in the provided file (not supported by rnats yet)' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -s A -l all-accounts -d 'validate all accounts under the current operator (exclusive of -a and -f)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s a -l account -d 'account name' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s u -l account-jwt-server-url -d 'set account jwt server url for nsc sync (only nats urls supported by rnats)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s R -l account-removal -d 'remove specific account. Only works with nats-resolver enabled nats-server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -l system-account -d 'System account for use with nats-resolver enabled nats-server. (Default is system account specified by operator)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -l system-user -d 'System account user for use with nats-resolver enabled nats-server. (Default to temporarily generated user)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -l timeout -d 'timeout in seconds [1-60] to wait for responses from the server' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s A -l all -d 'push all accounts under the current operator (exclusive of -a)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s F -l force -d 'push regardless of validation issues'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s D -l diff -d 'diff accounts present in nsc env and nats-account-resolver. Mutually exclusive of account-removal/prune'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s P -l prune -d 'prune all accounts not under the current operator. Only works with nats-resolver enabled nats-server. Mutually exclusive of account-removal/diff'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -s a -l account -d 'account name' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -l system-account -d 'System account for use with nats-resolver enabled nats-server. (Default is system account specified by operator)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -l system-user -d 'System account user for use with nats-resolver enabled nats-server. (Default to temporarily generated user)' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -s A -l all -d 'operator and all accounts under the current operator (exclusive of -a)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -s F -l overwrite-newer -d 'overwrite local JWTs that are newer than remote'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -l config-dir -d 'nsc config directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -l data-dir -d 'nsc data store directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -s h -l help -d 'Print help'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -f -a "add-user" -d 'Revoke a user'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -f -a "delete-user" -d 'Remove a user revocation'
complete -c rnats -n "__fish_rnats_using_subcommand nsc; and __fish_seen_subcommand_from revocations" -f -a "list-users" -d 'List users revoked in an account'
complete -c rnats -n "__fish_rnats_using_subcommand top" -l s -d 'The nats server host (default 127.0.0.1).' -r -f -a "(__fish_print_hostnames)"
complete -c rnats -n "__fish_rnats_using_subcommand top" -l m -d 'The NATS server monitoring port (default 8222).' -r
complete -c rnats -n "__fish_rnats_using_subcommand top" -l ms -d 'The NATS server secure monitoring port.' -r
complete -c rnats -n "__fish_rnats_using_subcommand top" -l n -d 'Maximum number of connections to poll (default 1024).' -r
complete -c rnats -n "__fish_rnats_using_subcommand top" -l d -d 'Refresh interval in seconds (default 1).' -r
complete -c rnats -n "__fish_rnats_using_subcommand top" -l sort -d 'Value for which to sort by the connections (default cid); a leading + or - forces ascending or descending order.' -r
complete -c rnats -n "__fish_rnats_using_subcommand top" -l o -d 'Save the very first nats-top snapshot to the given file and exit. If \'-\' is passed then the snapshot is printed the standard output.' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand top" -l l -d 'Specifies the delimiter to use for the output file when the \'-o\' parameter is used. By default this option is unset which means that standard grid-like plain-text output will be used.' -r
complete -c rnats -n "__fish_rnats_using_subcommand top" -l r -d 'Specifies the maximum number of times nats-top should refresh nats-stats before exiting.' -r
complete -c rnats -n "__fish_rnats_using_subcommand top" -l cert -d 'Client cert in case NATS server using TLS' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand top" -l key -d 'Client private key in case NATS server using TLS' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand top" -l cacert -d 'Root CA cert' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand top" -l lookup -d 'Enable client addresses DNS lookup.'
complete -c rnats -n "__fish_rnats_using_subcommand top" -l b -d 'Display traffic in raw bytes.'
complete -c rnats -n "__fish_rnats_using_subcommand top" -l u -l display-subscriptions-column -d 'Display subscriptions-column upon launch.'
complete -c rnats -n "__fish_rnats_using_subcommand top" -l k -d 'Skip verifying server certificate'
complete -c rnats -n "__fish_rnats_using_subcommand top" -l v -l version -d 'Show nats-top version.'
complete -c rnats -n "__fish_rnats_using_subcommand top" -l h -l help -d 'Show this help.'
