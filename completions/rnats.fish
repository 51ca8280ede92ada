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
complete -c rnats -n "__fish_rnats_using_subcommand server" -s a -l addr -l net -d 'Bind to host address (default: 0.0.0.0) (also -net)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -s p -l port -d 'Use port for clients (default: 4222)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -s n -l name -l server_name -d 'Server name (default: auto) (also --server_name)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -s P -l pid -d 'File to store PID' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -s m -l http_port -d 'Use port for http monitoring' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l https_port -l ms -d 'Use port for https monitoring (also -ms) [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -s c -l config -d 'Configuration file' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -l signal -l sl -d 'Send signal to nats-server process (ldm, stop, quit, term, reopen, reload) <pid> can be either a PID (e.g. 1) or the path to a PID file (e.g. /var/run/nats-server.pid) (also -sl)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l client_advertise -d 'Client URL to advertise to other servers' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l ports_file_dir -d 'Creates a ports file in the specified directory (<executable_name>_<pid>.ports).' -r -f -a "(__fish_complete_directories)"
complete -c rnats -n "__fish_rnats_using_subcommand server" -s l -l log -d 'File to redirect log output' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -s r -l remote_syslog -d 'Syslog server addr (udp://localhost:514) [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l log_size_limit -d 'Logfile size limit (default: auto) [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l max_traced_msg_len -d 'Maximum printable length for traced messages (default: unlimited)' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l store_dir -l sd -d 'Set the storage directory (also -sd) [not supported yet]' -r -f -a "(__fish_complete_directories)"
complete -c rnats -n "__fish_rnats_using_subcommand server" -l user -d 'User required for connections [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l pass -d 'Password required for connections [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l auth -d 'Authorization token required for connections [not supported yet]' -r
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tlscert -d 'Server certificate file [not supported yet]' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tlskey -d 'Private key for server certificate [not supported yet]' -r -F
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tlscacert -d 'Client certificate CA for verification [not supported yet]' -r -F
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
complete -c rnats -n "__fish_rnats_using_subcommand server" -l jetstream -l js -d 'Enable JetStream functionality (also -js) [not supported yet]'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tls -d 'Enable TLS, do not verify clients (default: false) [not supported yet]'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l tlsverify -d 'Enable TLS, verify client certificates [not supported yet]'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l no_advertise -d 'Do not advertise known cluster information to clients [not supported yet]'
complete -c rnats -n "__fish_rnats_using_subcommand server" -s h -l help -d 'Show this message'
complete -c rnats -n "__fish_rnats_using_subcommand server" -s v -l version -d 'Show version'
complete -c rnats -n "__fish_rnats_using_subcommand server" -l help_tls -d 'TLS help'
