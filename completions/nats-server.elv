
use builtin;
use str;

set edit:completion:arg-completer[nats-server] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'nats-server'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'nats-server'= {
            cand -a 'Bind to host address (default: 0.0.0.0) (also -net)'
            cand --addr 'Bind to host address (default: 0.0.0.0) (also -net)'
            cand --net 'Bind to host address (default: 0.0.0.0) (also -net)'
            cand -p 'Use port for clients (default: 4222)'
            cand --port 'Use port for clients (default: 4222)'
            cand -n 'Server name (default: auto) (also --server_name)'
            cand --name 'Server name (default: auto) (also --server_name)'
            cand --server_name 'Server name (default: auto) (also --server_name)'
            cand -P 'File to store PID'
            cand --pid 'File to store PID'
            cand -m 'Use port for http monitoring'
            cand --http_port 'Use port for http monitoring'
            cand --https_port 'Use port for https monitoring (also -ms)'
            cand --ms 'Use port for https monitoring (also -ms)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --signal 'Send signal to nats-server process (ldm, stop, quit, term, reopen, reload) <pid> can be either a PID (e.g. 1) or the path to a PID file (e.g. /var/run/nats-server.pid) (also -sl)'
            cand --sl 'Send signal to nats-server process (ldm, stop, quit, term, reopen, reload) <pid> can be either a PID (e.g. 1) or the path to a PID file (e.g. /var/run/nats-server.pid) (also -sl)'
            cand --client_advertise 'Client URL to advertise to other servers'
            cand --ports_file_dir 'Creates a ports file in the specified directory (<executable_name>_<pid>.ports).'
            cand -l 'File to redirect log output'
            cand --log 'File to redirect log output'
            cand -r 'Syslog server addr (udp://localhost:514) [not supported yet]'
            cand --remote_syslog 'Syslog server addr (udp://localhost:514) [not supported yet]'
            cand --log_size_limit 'Logfile size limit (default: auto) [not supported yet]'
            cand --max_traced_msg_len 'Maximum printable length for traced messages (default: unlimited)'
            cand --store_dir 'Set the storage directory (also -sd)'
            cand --sd 'Set the storage directory (also -sd)'
            cand --user 'User required for connections'
            cand --pass 'Password required for connections'
            cand --auth 'Authorization token required for connections'
            cand --tlscert 'Server certificate file'
            cand --tlskey 'Private key for server certificate'
            cand --tlscacert 'Client certificate CA for verification'
            cand --routes 'Routes to solicit and connect [not supported yet]'
            cand --cluster 'Cluster URL for solicited routes [not supported yet]'
            cand --cluster_name 'Cluster Name, if not set one will be dynamically generated [not supported yet]'
            cand --cluster_advertise 'Cluster URL to advertise to other servers [not supported yet]'
            cand --connect_retries 'For implicit routes, number of connect retries [not supported yet]'
            cand --cluster_listen 'Cluster url from which members can solicit routes [not supported yet]'
            cand --profile 'Profiling HTTP port [not supported yet]'
            cand -t 'Test configuration and exit'
            cand -T 'Timestamp log entries (default: true)'
            cand --logtime 'Timestamp log entries (default: true)'
            cand --logtime_utc 'Timestamps in UTC instead of local timezone'
            cand -s 'Log to syslog or windows event log [not supported yet]'
            cand --syslog 'Log to syslog or windows event log [not supported yet]'
            cand -D 'Enable debugging output'
            cand --debug 'Enable debugging output'
            cand -V 'Trace the raw protocol'
            cand --trace 'Trace the raw protocol'
            cand --VV 'Verbose trace (traces system account as well)'
            cand --DV 'Debug and trace'
            cand --DVV 'Debug and verbose trace (traces system account as well)'
            cand --jetstream 'Enable JetStream functionality (also -js)'
            cand --js 'Enable JetStream functionality (also -js)'
            cand --tls 'Enable TLS, do not verify clients (default: false)'
            cand --tlsverify 'Enable TLS, verify client certificates'
            cand --no_advertise 'Do not advertise known cluster information to clients [not supported yet]'
            cand -h 'Show this message'
            cand --help 'Show this message'
            cand -v 'Show version'
            cand --version 'Show version'
            cand --help_tls 'TLS help'
        }
    ]
    $completions[$command]
}
