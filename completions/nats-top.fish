complete -c nats-top -l s -d 'The nats server host (default 127.0.0.1). A nats:// or tls:// URL (with user:password@ for a system account user) reads the same data over the system account instead of HTTP (rnats).' -r -f -a "(__fish_print_hostnames)"
complete -c nats-top -l context -d 'Read the data over the system account, connecting with this natscli context (rnats; the context\'s user must be in the system account).' -r
complete -c nats-top -l m -d 'The NATS server monitoring port (default 8222).' -r
complete -c nats-top -l ms -d 'The NATS server secure monitoring port.' -r
complete -c nats-top -l n -d 'Maximum number of connections to poll (default 1024).' -r
complete -c nats-top -l d -d 'Refresh interval in seconds (default 1).' -r
complete -c nats-top -l sort -d 'Value for which to sort by the connections (default cid); a leading + or - forces ascending or descending order.' -r
complete -c nats-top -l o -d 'Save the very first nats-top snapshot to the given file and exit. If \'-\' is passed then the snapshot is printed the standard output.' -r -F
complete -c nats-top -l l -d 'Specifies the delimiter to use for the output file when the \'-o\' parameter is used. By default this option is unset which means that standard grid-like plain-text output will be used.' -r
complete -c nats-top -l r -d 'Specifies the maximum number of times nats-top should refresh nats-stats before exiting.' -r
complete -c nats-top -l cert -d 'Client cert in case NATS server using TLS' -r -F
complete -c nats-top -l key -d 'Client private key in case NATS server using TLS' -r -F
complete -c nats-top -l cacert -d 'Root CA cert' -r -F
complete -c nats-top -l lookup -d 'Enable client addresses DNS lookup.'
complete -c nats-top -l b -d 'Display traffic in raw bytes.'
complete -c nats-top -l u -l display-subscriptions-column -d 'Display subscriptions-column upon launch.'
complete -c nats-top -l k -d 'Skip verifying server certificate'
complete -c nats-top -l v -l version -d 'Show nats-top version.'
complete -c nats-top -l h -l help -d 'Show this help.'
