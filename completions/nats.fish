# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_nats_global_optspecs
    string join \n s/server= user= password= token= connection-name= creds= nkey= jwt= seed= tlscert= tlskey= tlsca= tlsfirst timeout= socks-proxy= js-api-prefix= js-event-prefix= js-domain= inbox-prefix= colors= context= trace no-context h/help V/version
end

function __fish_nats_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_nats_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_nats_using_subcommand
    set -l cmd (__fish_nats_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c nats -n "__fish_nats_needs_command" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_needs_command" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_needs_command" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_needs_command" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_needs_command" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_needs_command" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_needs_command" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_needs_command" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_needs_command" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_needs_command" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_needs_command" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_needs_command" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_needs_command" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_needs_command" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_needs_command" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_needs_command" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_needs_command" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_needs_command" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_needs_command" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_needs_command" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_needs_command" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_needs_command" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_needs_command" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_needs_command" -s V -l version -d 'Print version'
complete -c nats -n "__fish_nats_needs_command" -f -a "publish" -d 'Generic data publish utility'
complete -c nats -n "__fish_nats_needs_command" -f -a "pub" -d 'Generic data publish utility'
complete -c nats -n "__fish_nats_needs_command" -f -a "subscribe" -d 'Generic subscription client'
complete -c nats -n "__fish_nats_needs_command" -f -a "sub" -d 'Generic subscription client'
complete -c nats -n "__fish_nats_needs_command" -f -a "request" -d 'Generic request-reply request utility'
complete -c nats -n "__fish_nats_needs_command" -f -a "req" -d 'Generic request-reply request utility'
complete -c nats -n "__fish_nats_needs_command" -f -a "reply" -d 'Generic service reply utility'
complete -c nats -n "__fish_nats_needs_command" -f -a "rtt" -d 'Compute round-trip time to NATS server'
complete -c nats -n "__fish_nats_needs_command" -f -a "bench" -d 'Benchmark utility'
complete -c nats -n "__fish_nats_needs_command" -f -a "context" -d 'Manage nats configuration contexts'
complete -c nats -n "__fish_nats_needs_command" -f -a "ctx" -d 'Manage nats configuration contexts'
complete -c nats -n "__fish_nats_needs_command" -f -a "stream" -d 'JetStream stream management'
complete -c nats -n "__fish_nats_needs_command" -f -a "str" -d 'JetStream stream management'
complete -c nats -n "__fish_nats_needs_command" -f -a "st" -d 'JetStream stream management'
complete -c nats -n "__fish_nats_needs_command" -f -a "ms" -d 'JetStream stream management'
complete -c nats -n "__fish_nats_needs_command" -f -a "s" -d 'JetStream stream management'
complete -c nats -n "__fish_nats_using_subcommand publish" -l reply -d 'Sets a custom reply to subject' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l count -d 'Publish multiple messages' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l schedule-after -d 'Schedule the message after a certain duration (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l schedule-at -d 'Schedule the message at a certain RFC3339 time (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l schedule-cron -d 'Cron definition for a scheduled message (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l schedule-dest -d 'Subject the message will publish to when the schedule fires (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l schedule-every -d 'Schedules the message every interval (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l schedule-source -d 'Reads a specific subject when scheduling (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l schedule-ttl -d 'How long generated messages should live in the stream' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l send-on -d 'When to send data from stdin: \'eof\' (default) or \'newline\'' -r -f -a "eof\t'One message with everything up to end of input'
newline\t'One message per line'"
complete -c nats -n "__fish_nats_using_subcommand publish" -l sleep -d 'When publishing multiple messages, sleep between publishes' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand publish" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand publish" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand publish" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand publish" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand publish" -l atomic -d 'Atomic batch publish to JetStream (implies --jetstream)'
complete -c nats -n "__fish_nats_using_subcommand publish" -l force-stdin -d 'Force reading from stdin'
complete -c nats -n "__fish_nats_using_subcommand publish" -s J -l jetstream -d 'Publish messages to JetStream'
complete -c nats -n "__fish_nats_using_subcommand publish" -s q -l quiet -d 'Show just the output received'
complete -c nats -n "__fish_nats_using_subcommand publish" -l templates -d 'Enables template functions in the body and subject (does not affect headers)'
complete -c nats -n "__fish_nats_using_subcommand publish" -l no-templates -d 'Disables template functions in the body and subject'
complete -c nats -n "__fish_nats_using_subcommand publish" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand publish" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand publish" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand pub" -l reply -d 'Sets a custom reply to subject' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l count -d 'Publish multiple messages' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l schedule-after -d 'Schedule the message after a certain duration (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l schedule-at -d 'Schedule the message at a certain RFC3339 time (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l schedule-cron -d 'Cron definition for a scheduled message (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l schedule-dest -d 'Subject the message will publish to when the schedule fires (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l schedule-every -d 'Schedules the message every interval (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l schedule-source -d 'Reads a specific subject when scheduling (implies --jetstream)' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l schedule-ttl -d 'How long generated messages should live in the stream' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l send-on -d 'When to send data from stdin: \'eof\' (default) or \'newline\'' -r -f -a "eof\t'One message with everything up to end of input'
newline\t'One message per line'"
complete -c nats -n "__fish_nats_using_subcommand pub" -l sleep -d 'When publishing multiple messages, sleep between publishes' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand pub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand pub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand pub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand pub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand pub" -l atomic -d 'Atomic batch publish to JetStream (implies --jetstream)'
complete -c nats -n "__fish_nats_using_subcommand pub" -l force-stdin -d 'Force reading from stdin'
complete -c nats -n "__fish_nats_using_subcommand pub" -s J -l jetstream -d 'Publish messages to JetStream'
complete -c nats -n "__fish_nats_using_subcommand pub" -s q -l quiet -d 'Show just the output received'
complete -c nats -n "__fish_nats_using_subcommand pub" -l templates -d 'Enables template functions in the body and subject (does not affect headers)'
complete -c nats -n "__fish_nats_using_subcommand pub" -l no-templates -d 'Disables template functions in the body and subject'
complete -c nats -n "__fish_nats_using_subcommand pub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand pub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand pub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand pub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l queue -d 'Subscribe to a named queue group' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l durable -d 'Use a durable consumer (requires JetStream)' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l count -d 'Quit after receiving this many messages' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l dump -d 'Dump received messages to files, 1 file per message. Specify - for null terminated STDOUT for use with xargs -0' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l start-sequence -d 'Starts at a specific Stream sequence (requires JetStream)' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l since -d 'Delivers messages received since a duration like 1d3h5m2s(requires JetStream)' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l stream -d 'Subscribe to a specific stream (required JetStream)' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -s I -l ignore-subject -d 'Subjects for which corresponding messages will be ignored and therefore not shown in the output' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l wait -d 'Unsubscribe after this amount of time without any traffic' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l report-top -d 'Number of subjects to show when doing \'report-subjects\'' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand subscribe" -s r -l raw -d 'Show the raw data received'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l ack -d 'Acknowledge JetStream message that have the correct metadata'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l match-replies -d 'Match replies to requests'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -s i -l inbox -d 'Subscribes to a generated inbox'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l headers-only -d 'Do not render any data, shows only headers'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l subjects-only -d 'Prints only the messages\' subjects'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l all -d 'Delivers all messages found in the Stream (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l new -d 'Delivers only future messages (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l last -d 'Delivers the most recent and all future messages (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l last-per-subject -d 'Deliver the most recent messages for each subject in the Stream (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -s T -l terminate-at-end -d 'Stops consuming messages from JetStream once all messages were received'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l report-subjects -d 'Subscribes to subject patterns and builds a de-duplicated report of active subjects receiving data'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l report-subscriptions -d 'Subscribes to subject patterns and builds a de-duplicated report of active subscriptions receiving data'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -s t -l timestamp -d 'Show timestamps in output'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -s d -l delta-time -d 'Show time since start in output'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l graph -d 'Graph the rate of messages received'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l direct -d 'Subscribe using batched direct gets instead of a durable consumer (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand subscribe" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand sub" -l queue -d 'Subscribe to a named queue group' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l durable -d 'Use a durable consumer (requires JetStream)' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l count -d 'Quit after receiving this many messages' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l dump -d 'Dump received messages to files, 1 file per message. Specify - for null terminated STDOUT for use with xargs -0' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l start-sequence -d 'Starts at a specific Stream sequence (requires JetStream)' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l since -d 'Delivers messages received since a duration like 1d3h5m2s(requires JetStream)' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l stream -d 'Subscribe to a specific stream (required JetStream)' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -s I -l ignore-subject -d 'Subjects for which corresponding messages will be ignored and therefore not shown in the output' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l wait -d 'Unsubscribe after this amount of time without any traffic' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l report-top -d 'Number of subjects to show when doing \'report-subjects\'' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand sub" -s r -l raw -d 'Show the raw data received'
complete -c nats -n "__fish_nats_using_subcommand sub" -l ack -d 'Acknowledge JetStream message that have the correct metadata'
complete -c nats -n "__fish_nats_using_subcommand sub" -l match-replies -d 'Match replies to requests'
complete -c nats -n "__fish_nats_using_subcommand sub" -s i -l inbox -d 'Subscribes to a generated inbox'
complete -c nats -n "__fish_nats_using_subcommand sub" -l headers-only -d 'Do not render any data, shows only headers'
complete -c nats -n "__fish_nats_using_subcommand sub" -l subjects-only -d 'Prints only the messages\' subjects'
complete -c nats -n "__fish_nats_using_subcommand sub" -l all -d 'Delivers all messages found in the Stream (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand sub" -l new -d 'Delivers only future messages (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand sub" -l last -d 'Delivers the most recent and all future messages (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand sub" -l last-per-subject -d 'Deliver the most recent messages for each subject in the Stream (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand sub" -s T -l terminate-at-end -d 'Stops consuming messages from JetStream once all messages were received'
complete -c nats -n "__fish_nats_using_subcommand sub" -l report-subjects -d 'Subscribes to subject patterns and builds a de-duplicated report of active subjects receiving data'
complete -c nats -n "__fish_nats_using_subcommand sub" -l report-subscriptions -d 'Subscribes to subject patterns and builds a de-duplicated report of active subscriptions receiving data'
complete -c nats -n "__fish_nats_using_subcommand sub" -s t -l timestamp -d 'Show timestamps in output'
complete -c nats -n "__fish_nats_using_subcommand sub" -s d -l delta-time -d 'Show time since start in output'
complete -c nats -n "__fish_nats_using_subcommand sub" -l graph -d 'Graph the rate of messages received'
complete -c nats -n "__fish_nats_using_subcommand sub" -l direct -d 'Subscribe using batched direct gets instead of a durable consumer (requires JetStream)'
complete -c nats -n "__fish_nats_using_subcommand sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand sub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand request" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l count -d 'Publish multiple messages' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l replies -d 'Wait for multiple replies from services. 0 waits until timeout' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l reply-timeout -d 'Maximum time between replies when waiting for more than one' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l send-on -d 'When to send data from stdin: \'eof\' (default) or \'newline\'' -r -f -a "eof\t'One message with everything up to end of input'
newline\t'One message per line'"
complete -c nats -n "__fish_nats_using_subcommand request" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand request" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand request" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand request" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand request" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand request" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand request" -s r -l raw -d 'Show just the output received'
complete -c nats -n "__fish_nats_using_subcommand request" -l wait-for-empty -d 'Wait for multiple replies until a empty message is received'
complete -c nats -n "__fish_nats_using_subcommand request" -l force-stdin -d 'Force reading from stdin'
complete -c nats -n "__fish_nats_using_subcommand request" -l templates -d 'Enables template functions in the body and subject (does not affect headers)'
complete -c nats -n "__fish_nats_using_subcommand request" -l no-templates -d 'Disables template functions in the body and subject'
complete -c nats -n "__fish_nats_using_subcommand request" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand request" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand request" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand req" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l count -d 'Publish multiple messages' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l replies -d 'Wait for multiple replies from services. 0 waits until timeout' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l reply-timeout -d 'Maximum time between replies when waiting for more than one' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l send-on -d 'When to send data from stdin: \'eof\' (default) or \'newline\'' -r -f -a "eof\t'One message with everything up to end of input'
newline\t'One message per line'"
complete -c nats -n "__fish_nats_using_subcommand req" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand req" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand req" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand req" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand req" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand req" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand req" -s r -l raw -d 'Show just the output received'
complete -c nats -n "__fish_nats_using_subcommand req" -l wait-for-empty -d 'Wait for multiple replies until a empty message is received'
complete -c nats -n "__fish_nats_using_subcommand req" -l force-stdin -d 'Force reading from stdin'
complete -c nats -n "__fish_nats_using_subcommand req" -l templates -d 'Enables template functions in the body and subject (does not affect headers)'
complete -c nats -n "__fish_nats_using_subcommand req" -l no-templates -d 'Disables template functions in the body and subject'
complete -c nats -n "__fish_nats_using_subcommand req" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand req" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand req" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand req" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand reply" -l command -d 'Runs a command and responds with the output if exit code was 0' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -s q -l queue -d 'Queue group name' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l sleep -d 'Inject a random sleep delay between replies up to this duration max' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l count -d 'Quit after receiving this many messages' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand reply" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand reply" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand reply" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand reply" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand reply" -l echo -d 'Echo back what is received'
complete -c nats -n "__fish_nats_using_subcommand reply" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand reply" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand reply" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand reply" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand rtt" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand rtt" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand rtt" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand rtt" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand rtt" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand rtt" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand rtt" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand rtt" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand rtt" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand rtt" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -f -a "pub" -d 'Publish Core NATS messages'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -f -a "sub" -d 'Subscribe to Core NATS messages'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -f -a "service" -d 'Micro-service mode'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -f -a "js" -d 'JetStream benchmark commands'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -f -a "kv" -d 'KV benchmark operations (not in this build yet)'
complete -c nats -n "__fish_nats_using_subcommand bench; and not __fish_seen_subcommand_from pub sub service js kv oldjs" -f -a "oldjs" -d 'JetStream benchmark commands using the old JS API (not in this build yet)'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l clients -d 'Number of concurrent clients' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l msgs -d 'Number of messages to publish or subscribe to' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l duration -d 'Run for this long instead of a message count (e.g. 10s, 1m)' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l csv -d 'Save benchmark data to CSV file' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l size -d 'Size of the test messages (B, KB, MB; powers of 1024)' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l sleep -d 'Sleep for the specified interval between publications' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l multisubjectmax -d 'The maximum number of subjects to use in multi-subject mode (0 means no max)' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l payload -d 'File containing a message payload to send (instead of --size zero bytes)' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -s H -l header -d 'Adds headers to the message using K:V format' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l progress -d 'Enable the progress bar (default: when stderr is a terminal)'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l no-progress -d 'Disable the progress bar'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l multisubject -d 'Multi-subject mode, each message is published on a subject that includes the publisher\'s message sequence number as a token'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from pub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l clients -d 'Number of concurrent clients' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l msgs -d 'Number of messages to publish or subscribe to' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l duration -d 'Run for this long instead of a message count (e.g. 10s, 1m)' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l csv -d 'Save benchmark data to CSV file' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l size -d 'Size of the test messages (B, KB, MB; powers of 1024)' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l queue -d 'Join this queue group (rnats extension); the group as a whole expects --msgs messages' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l progress -d 'Enable the progress bar (default: when stderr is a terminal)'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l no-progress -d 'Disable the progress bar'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l multisubject -d 'Multi-subject mode: subscribe to SUBJECT.* (see `bench pub --multisubject`)'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from sub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -f -a "request" -d 'Send a request and wait for its reply'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from service" -f -a "serve" -d 'Service requests'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l clients -d 'Number of concurrent clients' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l msgs -d 'Number of messages to publish or subscribe to' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l csv -d 'Save benchmark data to CSV file' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l size -d 'Size of the test messages (B, KB, MB; powers of 1024)' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l stream -d 'The name of the stream to create or use' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l sleep -d 'Sleep for the specified interval between publications (or after each message received)' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l progress -d 'Enable the progress bar (default: when stderr is a terminal)'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l no-progress -d 'Disable the progress bar'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -f -a "pub" -d 'Publish JetStream messages'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -f -a "ordered" -d 'Consume JetStream messages from a consumer using an ephemeral ordered consumer'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -f -a "consume" -d 'Consume JetStream messages from a durable consumer using a callback'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from js" -f -a "fetch" -d 'Consume JetStream messages from a durable consumer using fetch'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from kv" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand bench; and __fish_seen_subcommand_from oldjs" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "add" -d 'Update or create a context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "create" -d 'Update or create a context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "save" -d 'Update or create a context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "copy" -d 'Copies an existing context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "cp" -d 'Copies an existing context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "edit" -d 'Edit a context in your EDITOR'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "vi" -d 'Edit a context in your EDITOR'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "ls" -d 'List known contexts'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "list" -d 'List known contexts'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "l" -d 'List known contexts'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "rm" -d 'Remove a context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "remove" -d 'Remove a context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "select" -d 'Select the default context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "switch" -d 'Select the default context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "set" -d 'Select the default context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "unselect" -d 'Ensures that no context is the default context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "info" -d 'Display information on the current or named context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "show" -d 'Display information on the current or named context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "v" -d 'Display information on the current or named context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "view" -d 'Display information on the current or named context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "validate" -d 'Validate one or all contexts'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "previous" -d 'Switch to the previous context'
complete -c nats -n "__fish_nats_using_subcommand context; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "-" -d 'Switch to the previous context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from vi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l completion -d 'Format the list for use by shell completion'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -s j -l json -d 'Show the list in JSON format'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l names -d 'List just the names of known contexts'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l completion -d 'Format the list for use by shell completion'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -s j -l json -d 'Show the list in JSON format'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l names -d 'List just the names of known contexts'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l completion -d 'Format the list for use by shell completion'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -s j -l json -d 'Show the list in JSON format'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l names -d 'List just the names of known contexts'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force remove without prompting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force remove without prompting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from switch" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from unselect" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -s j -l json -d 'Show the context in JSON format'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -s j -l json -d 'Show the context in JSON format'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -s j -l json -d 'Show the context in JSON format'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from v" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -s j -l json -d 'Show the context in JSON format'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from previous" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand context; and __fish_seen_subcommand_from -" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "add" -d 'Update or create a context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "create" -d 'Update or create a context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "save" -d 'Update or create a context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "copy" -d 'Copies an existing context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "cp" -d 'Copies an existing context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "edit" -d 'Edit a context in your EDITOR'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "vi" -d 'Edit a context in your EDITOR'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "ls" -d 'List known contexts'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "list" -d 'List known contexts'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "l" -d 'List known contexts'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "rm" -d 'Remove a context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "remove" -d 'Remove a context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "select" -d 'Select the default context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "switch" -d 'Select the default context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "set" -d 'Select the default context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "unselect" -d 'Ensures that no context is the default context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "info" -d 'Display information on the current or named context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "show" -d 'Display information on the current or named context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "v" -d 'Display information on the current or named context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "view" -d 'Display information on the current or named context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "validate" -d 'Validate one or all contexts'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "previous" -d 'Switch to the previous context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and not __fish_seen_subcommand_from add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -" -f -a "-" -d 'Switch to the previous context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l description -d 'Set a friendly description for this context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l select -d 'Select the saved context as the default one'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l embed -d 'Embeds credential content in the body of the context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from vi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l completion -d 'Format the list for use by shell completion'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s j -l json -d 'Show the list in JSON format'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l names -d 'List just the names of known contexts'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l completion -d 'Format the list for use by shell completion'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -s j -l json -d 'Show the list in JSON format'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l names -d 'List just the names of known contexts'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l completion -d 'Format the list for use by shell completion'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -s j -l json -d 'Show the list in JSON format'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l names -d 'List just the names of known contexts'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force remove without prompting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force remove without prompting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from switch" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from unselect" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -s j -l json -d 'Show the context in JSON format'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -s j -l json -d 'Show the context in JSON format'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -s j -l json -d 'Show the context in JSON format'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from v" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -s j -l json -d 'Show the context in JSON format'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l connect -d 'Attempts to connect to NATS using the context while validating'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from previous" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ctx; and __fish_seen_subcommand_from -" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "add" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "create" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "new" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "ls" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "list" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "l" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "report" -d 'Reports on stream statistics'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "info" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "nfo" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "i" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "state" -d 'Stream state'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subj" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "edit" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "update" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rm" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "delete" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "del" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "view" -d 'View messages in a stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l subject -d 'Limit the report to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -s o -l consumers -d 'Sort by number of Consumers'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -s m -l messages -d 'Sort by number of Messages'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -s n -l name -d 'Sort by stream name'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -s t -l storage -d 'Sort by Storage type'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -s r -l raw -d 'Show un-formatted numbers'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from nfo" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from i" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from state" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subjects" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from subj" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l subject -d 'Limits the purge to a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l seq -d 'Purge up to but not including a specific message sequence' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l keep -d 'Keeps a certain number of messages after the purge' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from rmm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l id -d 'Start at a specific message Sequence' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l subject -d 'Filter the stream using a subject' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l raw -d 'Show the raw data received'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -s S -l last-for -d 'Retrieves the message for a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand stream; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "add" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "create" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "new" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "ls" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "list" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "l" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "report" -d 'Reports on stream statistics'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "info" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "nfo" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "i" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "state" -d 'Stream state'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subj" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "edit" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "update" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rm" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "delete" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "del" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "view" -d 'View messages in a stream'
complete -c nats -n "__fish_nats_using_subcommand str; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l subject -d 'Limit the report to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -s o -l consumers -d 'Sort by number of Consumers'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -s m -l messages -d 'Sort by number of Messages'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -s n -l name -d 'Sort by stream name'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -s t -l storage -d 'Sort by Storage type'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -s r -l raw -d 'Show un-formatted numbers'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from nfo" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from i" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from state" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subjects" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from subj" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l subject -d 'Limits the purge to a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l seq -d 'Purge up to but not including a specific message sequence' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l keep -d 'Keeps a certain number of messages after the purge' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from rmm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l id -d 'Start at a specific message Sequence' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l subject -d 'Filter the stream using a subject' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l raw -d 'Show the raw data received'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -s S -l last-for -d 'Retrieves the message for a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand str; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "add" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "create" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "new" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "ls" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "list" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "l" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "report" -d 'Reports on stream statistics'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "info" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "nfo" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "i" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "state" -d 'Stream state'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subj" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "edit" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "update" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rm" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "delete" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "del" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "view" -d 'View messages in a stream'
complete -c nats -n "__fish_nats_using_subcommand st; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l subject -d 'Limit the report to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -s o -l consumers -d 'Sort by number of Consumers'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -s m -l messages -d 'Sort by number of Messages'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -s n -l name -d 'Sort by stream name'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -s t -l storage -d 'Sort by Storage type'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -s r -l raw -d 'Show un-formatted numbers'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from nfo" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from i" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from state" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subjects" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from subj" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l subject -d 'Limits the purge to a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l seq -d 'Purge up to but not including a specific message sequence' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l keep -d 'Keeps a certain number of messages after the purge' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from rmm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l id -d 'Start at a specific message Sequence' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l subject -d 'Filter the stream using a subject' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l raw -d 'Show the raw data received'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -s S -l last-for -d 'Retrieves the message for a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand st; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "add" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "create" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "new" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "ls" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "list" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "l" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "report" -d 'Reports on stream statistics'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "info" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "nfo" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "i" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "state" -d 'Stream state'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subj" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "edit" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "update" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rm" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "delete" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "del" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "view" -d 'View messages in a stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l subject -d 'Limit the report to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -s o -l consumers -d 'Sort by number of Consumers'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -s m -l messages -d 'Sort by number of Messages'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -s n -l name -d 'Sort by stream name'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -s t -l storage -d 'Sort by Storage type'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -s r -l raw -d 'Show un-formatted numbers'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from nfo" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from i" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from state" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subjects" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from subj" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l subject -d 'Limits the purge to a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l seq -d 'Purge up to but not including a specific message sequence' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l keep -d 'Keeps a certain number of messages after the purge' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from rmm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l id -d 'Start at a specific message Sequence' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l subject -d 'Filter the stream using a subject' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l raw -d 'Show the raw data received'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -s S -l last-for -d 'Retrieves the message for a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand ms; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "add" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "create" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "new" -d 'Create a new stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "ls" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "list" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "l" -d 'List all known streams'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "report" -d 'Reports on stream statistics'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "info" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "nfo" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "i" -d 'Stream information'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "state" -d 'Stream state'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subjects" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "subj" -d 'Query subjects held in a stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "edit" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "update" -d 'Edits an existing stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rm" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "delete" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "del" -d 'Removes a stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "purge" -d 'Bulk removes messages from a stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "rmm" -d 'Securely removes an individual message from a stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "view" -d 'View messages in a stream'
complete -c nats -n "__fish_nats_using_subcommand s; and not __fish_seen_subcommand_from add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get" -f -a "get" -d 'Retrieves a specific message from a Stream'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l first-sequence -d 'Sets the starting sequence' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l subject -d 'Limit the list to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -s n -l names -d 'Show just the stream names'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l subject -d 'Limit the report to streams with matching subjects' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -s o -l consumers -d 'Sort by number of Consumers'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -s m -l messages -d 'Sort by number of Messages'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -s n -l name -d 'Sort by stream name'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -s t -l storage -d 'Sort by Storage type'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -s r -l raw -d 'Show un-formatted numbers'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -s a -l all -d 'When listing or selecting streams show all streams including system ones'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from nfo" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l state -d 'Shows only the stream state'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from i" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from state" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subjects" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l sort -d 'Adjusts the sorting order (name, messages)' -r -f -a "name\t''
subjects\t''
messages\t''
count\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -s R -l reverse -d 'Reverse sort servers'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l names -d 'List only subject names'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from subj" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l subjects -d 'Subjects that are consumed by the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l description -d 'Sets a contextual description for the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l storage -d 'Storage backend to use (file, memory)' -r -f -a "file\t''
f\t''
memory\t''
m\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l compression -d 'Compression algorithm to use (file storage only)' -r -f -a "none\t''
s2\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l replicas -d 'When clustered, how many replicas of the data to create' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l retention -d 'Defines a retention policy (limits, interest, work)' -r -f -a "limits\t''
interest\t''
workq\t''
work\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l discard -d 'Defines the discard policy (new, old)' -r -f -a "new\t''
old\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l max-age -d 'Maximum age of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l max-bytes -d 'Maximum bytes to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l max-consumers -d 'Maximum number of consumers to allow' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l max-msg-size -d 'Maximum size any 1 message may be' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l max-msgs -d 'Maximum amount of messages to keep' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l max-msgs-per-subject -d 'Maximum amount of messages to keep per subject' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l dupe-window -d 'Duration of the duplicate message tracking window' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l metadata -d 'Adds metadata to the stream' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -s f -l force -d 'Force edit without prompting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l dry-run -d 'Only shows differences, do not edit the stream'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l ack -d 'Acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l no-ack -d 'Do not acknowledge publishes'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l discard-per-subject -d 'Sets the \'new\' discard policy and applies it to every subject in the stream'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l allow-rollup -d 'Allows roll-ups to be done by publishing messages with special headers'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l no-allow-rollup -d 'Disallows roll-ups'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l deny-delete -d 'Deny messages from being deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l no-deny-delete -d 'Allow messages to be deleted via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l deny-purge -d 'Deny entire stream or subject purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l no-deny-purge -d 'Allow purges via the API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l allow-direct -d 'Allows fast, direct, access to stream data via the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l no-allow-direct -d 'Disables the direct get API'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l allow-msg-ttl -d 'Allows per-message TTL handling'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l subject -d 'Limits the purge to a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l seq -d 'Purge up to but not including a specific message sequence' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l keep -d 'Keeps a certain number of messages after the purge' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from rmm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l id -d 'Start at a specific message Sequence' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l subject -d 'Filter the stream using a subject' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l raw -d 'Show the raw data received'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -s S -l last-for -d 'Retrieves the message for a specific subject' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l translate -d 'Translate the message data by running it through the given command before output' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand s; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
