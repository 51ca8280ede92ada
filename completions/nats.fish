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
complete -c nats -n "__fish_nats_needs_command" -f -a "consumer" -d 'JetStream consumer management'
complete -c nats -n "__fish_nats_needs_command" -f -a "con" -d 'JetStream consumer management'
complete -c nats -n "__fish_nats_needs_command" -f -a "obs" -d 'JetStream consumer management'
complete -c nats -n "__fish_nats_needs_command" -f -a "c" -d 'JetStream consumer management'
complete -c nats -n "__fish_nats_needs_command" -f -a "context" -d 'Manage nats configuration contexts'
complete -c nats -n "__fish_nats_needs_command" -f -a "ctx" -d 'Manage nats configuration contexts'
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
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "add" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "create" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "new" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "ls" -d 'List known consumers'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "list" -d 'List known consumers'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "info" -d 'Consumer information'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "nfo" -d 'Consumer information'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "rm" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "delete" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "del" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "next" -d 'Retrieves messages from Pull consumers without interactive prompts'
complete -c nats -n "__fish_nats_using_subcommand consumer; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "sub" -d 'Retrieves messages from consumers'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -s n -l names -d 'Show just the consumer names'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -s n -l names -d 'Show just the consumer names'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from nfo" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l wait -d 'Wait up to this period to acknowledge messages' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l count -d 'Number of messages to try to fetch from the pull consumer' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l ack -d 'Acknowledge received message (default; --no-ack to leave it pending)'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l no-ack -d 'Do not acknowledge received messages'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l nak -d 'Perform a Negative Acknowledgement on the message'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l term -d 'Terms the message'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -s r -l raw -d 'Show only the message'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from next" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l ack -d 'Acknowledge received message (default; --no-ack to leave it pending)'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l no-ack -d 'Do not acknowledge received messages'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -s r -l raw -d 'Show only the message'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand consumer; and __fish_seen_subcommand_from sub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "add" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "create" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "new" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "ls" -d 'List known consumers'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "list" -d 'List known consumers'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "info" -d 'Consumer information'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "nfo" -d 'Consumer information'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "rm" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "delete" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "del" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "next" -d 'Retrieves messages from Pull consumers without interactive prompts'
complete -c nats -n "__fish_nats_using_subcommand con; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "sub" -d 'Retrieves messages from consumers'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -s n -l names -d 'Show just the consumer names'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -s n -l names -d 'Show just the consumer names'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from nfo" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l wait -d 'Wait up to this period to acknowledge messages' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l count -d 'Number of messages to try to fetch from the pull consumer' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l ack -d 'Acknowledge received message (default; --no-ack to leave it pending)'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l no-ack -d 'Do not acknowledge received messages'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l nak -d 'Perform a Negative Acknowledgement on the message'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l term -d 'Terms the message'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -s r -l raw -d 'Show only the message'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from next" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l ack -d 'Acknowledge received message (default; --no-ack to leave it pending)'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l no-ack -d 'Do not acknowledge received messages'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -s r -l raw -d 'Show only the message'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand con; and __fish_seen_subcommand_from sub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "add" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "create" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "new" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "ls" -d 'List known consumers'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "list" -d 'List known consumers'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "info" -d 'Consumer information'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "nfo" -d 'Consumer information'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "rm" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "delete" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "del" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "next" -d 'Retrieves messages from Pull consumers without interactive prompts'
complete -c nats -n "__fish_nats_using_subcommand obs; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "sub" -d 'Retrieves messages from consumers'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -s n -l names -d 'Show just the consumer names'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -s n -l names -d 'Show just the consumer names'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from nfo" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l wait -d 'Wait up to this period to acknowledge messages' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l count -d 'Number of messages to try to fetch from the pull consumer' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l ack -d 'Acknowledge received message (default; --no-ack to leave it pending)'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l no-ack -d 'Do not acknowledge received messages'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l nak -d 'Perform a Negative Acknowledgement on the message'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l term -d 'Terms the message'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -s r -l raw -d 'Show only the message'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from next" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l ack -d 'Acknowledge received message (default; --no-ack to leave it pending)'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l no-ack -d 'Do not acknowledge received messages'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -s r -l raw -d 'Show only the message'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand obs; and __fish_seen_subcommand_from sub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "add" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "create" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "new" -d 'Creates a new consumer'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "ls" -d 'List known consumers'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "list" -d 'List known consumers'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "info" -d 'Consumer information'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "nfo" -d 'Consumer information'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "rm" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "delete" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "del" -d 'Removes a consumer'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "next" -d 'Retrieves messages from Pull consumers without interactive prompts'
complete -c nats -n "__fish_nats_using_subcommand c; and not __fish_seen_subcommand_from add create new ls list info nfo rm delete del next sub" -f -a "sub" -d 'Retrieves messages from consumers'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l config -d 'JSON file to read configuration from' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l output -d 'Save configuration instead of creating' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l ack -d 'Acknowledgment policy (none, all, explicit)' -r -f -a "none\t'No acknowledgements'
all\t'Acknowledging one message acknowledges all before it'
explicit\t'Every message is acknowledged'"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l bps -d 'Restrict message delivery to a certain bit per second' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l backoff -d 'Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)' -r -f -a "linear\t'Equal steps from --backoff-min to --backoff-max'
none\t'No backoff'"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l backoff-steps -d 'Number of steps to use when creating the backoff policy' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l backoff-min -d 'The shortest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l backoff-max -d 'The longest backoff period that will be generated' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l deliver -d 'Start policy (all, new, last, subject, 1h, msg sequence)' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l deliver-group -d 'Delivers push messages only to subscriptions matching this group' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l description -d 'Sets a contextual description for the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l filter -d 'Filter Stream by subjects' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l heartbeat -d 'Enable idle Push consumer heartbeats (-1 disable)' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l max-deliver -d 'Maximum amount of times a message will be delivered' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l max-pending -l max-outstanding -d 'Maximum pending Acks before consumers are paused' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l max-waiting -d 'Maximum number of outstanding pulls allowed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l max-pull-batch -d 'Maximum size batch size for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l max-pull-expire -d 'Maximum expire duration for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l max-pull-bytes -d 'Maximum max bytes for a pull request to accept' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l replay -d 'Replay Policy (instant, original)' -r -f -a "instant\t'As fast as possible'
original\t'At the pace the messages were stored'"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l sample -d 'Percentage of requests to sample for monitoring purposes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l target -d 'Push based delivery target subject' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l wait -d 'Acknowledgment waiting time' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l inactive-threshold -d 'How long to allow an ephemeral consumer to be idle before removing it' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l replicas -d 'Sets a custom replica count rather than inherit from the stream' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l metadata -d 'Adds metadata to the consumer' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l defaults -d 'Accept default values for all prompts'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l ephemeral -d 'Create an ephemeral consumer'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l flow-control -d 'Enable Push consumer flow control'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l headers-only -d 'Deliver only headers and no bodies'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l no-headers-only -d 'Deliver headers and bodies'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l pull -d 'Deliver messages in \'pull\' mode'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l memory -d 'Force the consumer state to be stored in memory rather than inherit from the stream'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -s n -l names -d 'Show just the consumer names'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -s n -l names -d 'Show just the consumer names'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -s j -l json -d 'Produce JSON output'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from nfo" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -s f -l force -d 'Force removal without prompting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l wait -d 'Wait up to this period to acknowledge messages' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l count -d 'Number of messages to try to fetch from the pull consumer' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l ack -d 'Acknowledge received message (default; --no-ack to leave it pending)'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l no-ack -d 'Do not acknowledge received messages'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l nak -d 'Perform a Negative Acknowledgement on the message'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l term -d 'Terms the message'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -s r -l raw -d 'Show only the message'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from next" -s h -l help -d 'Print help'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -s s -l server -d 'NATS server urls' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l user -d 'Username or Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l password -d 'Password' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l token -d 'Token' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l connection-name -d 'Nickname to use for the underlying NATS Connection' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l creds -d 'User credentials' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l nkey -d 'User NKEY' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l jwt -d 'User JWT' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l seed -d 'User seed' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l tlscert -d 'TLS public certificate' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l tlskey -d 'TLS private key' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l tlsca -d 'TLS certificate authority chain' -r -F
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l timeout -d 'Time to wait on responses from NATS' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l socks-proxy -d 'SOCKS5 proxy for connecting to NATS server' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l js-api-prefix -d 'Subject prefix for access to JetStream API' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l js-event-prefix -d 'Subject prefix for access to JetStream Advisories' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l js-domain -d 'JetStream domain to access' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l inbox-prefix -d 'Custom inbox prefix to use for inboxes' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l colors -d 'Sets a color scheme to use' -r -f -a "rounded\t''
double\t''
yellow\t''
blue\t''
cyan\t''
green\t''
magenta\t''
red\t''"
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l context -d 'Configuration context' -r
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l ack -d 'Acknowledge received message (default; --no-ack to leave it pending)'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l no-ack -d 'Do not acknowledge received messages'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -s r -l raw -d 'Show only the message'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l tlsfirst -d 'Perform TLS handshake before expecting the server greeting'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l trace -d 'Trace API interactions'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -l no-context -d 'Disable the selected context'
complete -c nats -n "__fish_nats_using_subcommand c; and __fish_seen_subcommand_from sub" -s h -l help -d 'Print help'
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
