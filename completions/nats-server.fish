complete -c nats-server -s a -l addr -l net -d 'Bind to host address (default: 0.0.0.0) (also -net)' -r
complete -c nats-server -s p -l port -d 'Use port for clients (default: 4222)' -r
complete -c nats-server -s n -l name -l server_name -d 'Server name (default: auto) (also --server_name)' -r
complete -c nats-server -s P -l pid -d 'File to store PID' -r -F
complete -c nats-server -s m -l http_port -d 'Use port for http monitoring' -r
complete -c nats-server -l https_port -l ms -d 'Use port for https monitoring (also -ms)' -r
complete -c nats-server -s c -l config -d 'Configuration file' -r -F
complete -c nats-server -l signal -l sl -d 'Send signal to nats-server process (ldm, stop, quit, term, reopen, reload) <pid> can be either a PID (e.g. 1) or the path to a PID file (e.g. /var/run/nats-server.pid) (also -sl)' -r
complete -c nats-server -l client_advertise -d 'Client URL to advertise to other servers' -r
complete -c nats-server -l ports_file_dir -d 'Creates a ports file in the specified directory (<executable_name>_<pid>.ports).' -r -f -a "(__fish_complete_directories)"
complete -c nats-server -s l -l log -d 'File to redirect log output' -r -F
complete -c nats-server -s r -l remote_syslog -d 'Syslog server addr (udp://localhost:514) [not supported yet]' -r
complete -c nats-server -l log_size_limit -d 'Logfile size limit (default: auto) [not supported yet]' -r
complete -c nats-server -l max_traced_msg_len -d 'Maximum printable length for traced messages (default: unlimited)' -r
complete -c nats-server -l store_dir -l sd -d 'Set the storage directory (also -sd)' -r -f -a "(__fish_complete_directories)"
complete -c nats-server -l user -d 'User required for connections' -r
complete -c nats-server -l pass -d 'Password required for connections' -r
complete -c nats-server -l auth -d 'Authorization token required for connections' -r
complete -c nats-server -l tlscert -d 'Server certificate file' -r -F
complete -c nats-server -l tlskey -d 'Private key for server certificate' -r -F
complete -c nats-server -l tlscacert -d 'Client certificate CA for verification' -r -F
complete -c nats-server -l routes -d 'Routes to solicit and connect [not supported yet]' -r
complete -c nats-server -l cluster -d 'Cluster URL for solicited routes [not supported yet]' -r
complete -c nats-server -l cluster_name -d 'Cluster Name, if not set one will be dynamically generated [not supported yet]' -r
complete -c nats-server -l cluster_advertise -d 'Cluster URL to advertise to other servers [not supported yet]' -r
complete -c nats-server -l connect_retries -d 'For implicit routes, number of connect retries [not supported yet]' -r
complete -c nats-server -l cluster_listen -d 'Cluster url from which members can solicit routes [not supported yet]' -r
complete -c nats-server -l profile -d 'Profiling HTTP port [not supported yet]' -r
complete -c nats-server -s t -d 'Test configuration and exit'
complete -c nats-server -s T -l logtime -d 'Timestamp log entries (default: true)'
complete -c nats-server -l logtime_utc -d 'Timestamps in UTC instead of local timezone'
complete -c nats-server -s s -l syslog -d 'Log to syslog or windows event log [not supported yet]'
complete -c nats-server -s D -l debug -d 'Enable debugging output'
complete -c nats-server -s V -l trace -d 'Trace the raw protocol'
complete -c nats-server -l VV -d 'Verbose trace (traces system account as well)'
complete -c nats-server -l DV -d 'Debug and trace'
complete -c nats-server -l DVV -d 'Debug and verbose trace (traces system account as well)'
complete -c nats-server -l jetstream -l js -d 'Enable JetStream functionality (also -js)'
complete -c nats-server -l tls -d 'Enable TLS, do not verify clients (default: false)'
complete -c nats-server -l tlsverify -d 'Enable TLS, verify client certificates'
complete -c nats-server -l no_advertise -d 'Do not advertise known cluster information to clients [not supported yet]'
complete -c nats-server -s h -l help -d 'Show this message'
complete -c nats-server -s v -l version -d 'Show version'
complete -c nats-server -l help_tls -d 'TLS help'
