
use builtin;
use str;

set edit:completion:arg-completer[nats-top] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'nats-top'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'nats-top'= {
            cand --s 'The nats server host (default 127.0.0.1). A nats:// or tls:// URL (with user:password@ for a system account user) reads the same data over the system account instead of HTTP (rnats).'
            cand --context 'Read the data over the system account, connecting with this natscli context (rnats; the context''s user must be in the system account).'
            cand --m 'The NATS server monitoring port (default 8222).'
            cand --ms 'The NATS server secure monitoring port.'
            cand --n 'Maximum number of connections to poll (default 1024).'
            cand --d 'Refresh interval in seconds (default 1).'
            cand --sort 'Value for which to sort by the connections (default cid); a leading + or - forces ascending or descending order.'
            cand --o 'Save the very first nats-top snapshot to the given file and exit. If ''-'' is passed then the snapshot is printed the standard output.'
            cand --l 'Specifies the delimiter to use for the output file when the ''-o'' parameter is used. By default this option is unset which means that standard grid-like plain-text output will be used.'
            cand --r 'Specifies the maximum number of times nats-top should refresh nats-stats before exiting.'
            cand --cert 'Client cert in case NATS server using TLS'
            cand --key 'Client private key in case NATS server using TLS'
            cand --cacert 'Root CA cert'
            cand --lookup 'Enable client addresses DNS lookup.'
            cand --b 'Display traffic in raw bytes.'
            cand --u 'Display subscriptions-column upon launch.'
            cand --display-subscriptions-column 'Display subscriptions-column upon launch.'
            cand --k 'Skip verifying server certificate'
            cand --v 'Show nats-top version.'
            cand --version 'Show nats-top version.'
            cand --h 'Show this help.'
            cand --help 'Show this help.'
        }
    ]
    $completions[$command]
}
