
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'nats-server' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'nats-server'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'nats-server' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Bind to host address (default: 0.0.0.0) (also -net)')
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Bind to host address (default: 0.0.0.0) (also -net)')
            [CompletionResult]::new('--net', '--net', [CompletionResultType]::ParameterName, 'Bind to host address (default: 0.0.0.0) (also -net)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use port for clients (default: 4222)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Use port for clients (default: 4222)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Server name (default: auto) (also --server_name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Server name (default: auto) (also --server_name)')
            [CompletionResult]::new('--server_name', '--server_name', [CompletionResultType]::ParameterName, 'Server name (default: auto) (also --server_name)')
            [CompletionResult]::new('-P', '-P ', [CompletionResultType]::ParameterName, 'File to store PID')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'File to store PID')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Use port for http monitoring')
            [CompletionResult]::new('--http_port', '--http_port', [CompletionResultType]::ParameterName, 'Use port for http monitoring')
            [CompletionResult]::new('--https_port', '--https_port', [CompletionResultType]::ParameterName, 'Use port for https monitoring (also -ms)')
            [CompletionResult]::new('--ms', '--ms', [CompletionResultType]::ParameterName, 'Use port for https monitoring (also -ms)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--signal', '--signal', [CompletionResultType]::ParameterName, 'Send signal to nats-server process (ldm, stop, quit, term, reopen, reload) <pid> can be either a PID (e.g. 1) or the path to a PID file (e.g. /var/run/nats-server.pid) (also -sl)')
            [CompletionResult]::new('--sl', '--sl', [CompletionResultType]::ParameterName, 'Send signal to nats-server process (ldm, stop, quit, term, reopen, reload) <pid> can be either a PID (e.g. 1) or the path to a PID file (e.g. /var/run/nats-server.pid) (also -sl)')
            [CompletionResult]::new('--client_advertise', '--client_advertise', [CompletionResultType]::ParameterName, 'Client URL to advertise to other servers')
            [CompletionResult]::new('--ports_file_dir', '--ports_file_dir', [CompletionResultType]::ParameterName, 'Creates a ports file in the specified directory (<executable_name>_<pid>.ports).')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'File to redirect log output')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'File to redirect log output')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Syslog server addr (udp://localhost:514) [not supported yet]')
            [CompletionResult]::new('--remote_syslog', '--remote_syslog', [CompletionResultType]::ParameterName, 'Syslog server addr (udp://localhost:514) [not supported yet]')
            [CompletionResult]::new('--log_size_limit', '--log_size_limit', [CompletionResultType]::ParameterName, 'Logfile size limit (default: auto) [not supported yet]')
            [CompletionResult]::new('--max_traced_msg_len', '--max_traced_msg_len', [CompletionResultType]::ParameterName, 'Maximum printable length for traced messages (default: unlimited)')
            [CompletionResult]::new('--store_dir', '--store_dir', [CompletionResultType]::ParameterName, 'Set the storage directory (also -sd)')
            [CompletionResult]::new('--sd', '--sd', [CompletionResultType]::ParameterName, 'Set the storage directory (also -sd)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User required for connections')
            [CompletionResult]::new('--pass', '--pass', [CompletionResultType]::ParameterName, 'Password required for connections')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Authorization token required for connections')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'Server certificate file')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'Private key for server certificate')
            [CompletionResult]::new('--tlscacert', '--tlscacert', [CompletionResultType]::ParameterName, 'Client certificate CA for verification')
            [CompletionResult]::new('--routes', '--routes', [CompletionResultType]::ParameterName, 'Routes to solicit and connect [not supported yet]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster URL for solicited routes [not supported yet]')
            [CompletionResult]::new('--cluster_name', '--cluster_name', [CompletionResultType]::ParameterName, 'Cluster Name, if not set one will be dynamically generated [not supported yet]')
            [CompletionResult]::new('--cluster_advertise', '--cluster_advertise', [CompletionResultType]::ParameterName, 'Cluster URL to advertise to other servers [not supported yet]')
            [CompletionResult]::new('--connect_retries', '--connect_retries', [CompletionResultType]::ParameterName, 'For implicit routes, number of connect retries [not supported yet]')
            [CompletionResult]::new('--cluster_listen', '--cluster_listen', [CompletionResultType]::ParameterName, 'Cluster url from which members can solicit routes [not supported yet]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profiling HTTP port [not supported yet]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Test configuration and exit')
            [CompletionResult]::new('-T', '-T ', [CompletionResultType]::ParameterName, 'Timestamp log entries (default: true)')
            [CompletionResult]::new('--logtime', '--logtime', [CompletionResultType]::ParameterName, 'Timestamp log entries (default: true)')
            [CompletionResult]::new('--logtime_utc', '--logtime_utc', [CompletionResultType]::ParameterName, 'Timestamps in UTC instead of local timezone')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Log to syslog or windows event log [not supported yet]')
            [CompletionResult]::new('--syslog', '--syslog', [CompletionResultType]::ParameterName, 'Log to syslog or windows event log [not supported yet]')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Enable debugging output')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Enable debugging output')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Trace the raw protocol')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Trace the raw protocol')
            [CompletionResult]::new('--VV', '--VV', [CompletionResultType]::ParameterName, 'Verbose trace (traces system account as well)')
            [CompletionResult]::new('--DV', '--DV', [CompletionResultType]::ParameterName, 'Debug and trace')
            [CompletionResult]::new('--DVV', '--DVV', [CompletionResultType]::ParameterName, 'Debug and verbose trace (traces system account as well)')
            [CompletionResult]::new('--jetstream', '--jetstream', [CompletionResultType]::ParameterName, 'Enable JetStream functionality (also -js)')
            [CompletionResult]::new('--js', '--js', [CompletionResultType]::ParameterName, 'Enable JetStream functionality (also -js)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Enable TLS, do not verify clients (default: false)')
            [CompletionResult]::new('--tlsverify', '--tlsverify', [CompletionResultType]::ParameterName, 'Enable TLS, verify client certificates')
            [CompletionResult]::new('--no_advertise', '--no_advertise', [CompletionResultType]::ParameterName, 'Do not advertise known cluster information to clients [not supported yet]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Show this message')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Show this message')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Show version')
            [CompletionResult]::new('--help_tls', '--help_tls', [CompletionResultType]::ParameterName, 'TLS help')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
