
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'nats-top' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'nats-top'
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
        'nats-top' {
            [CompletionResult]::new('--s', '--s', [CompletionResultType]::ParameterName, 'The nats server host (default 127.0.0.1). A nats:// or tls:// URL (with user:password@ for a system account user) reads the same data over the system account instead of HTTP (rnats).')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Read the data over the system account, connecting with this natscli context (rnats; the context''s user must be in the system account).')
            [CompletionResult]::new('--m', '--m', [CompletionResultType]::ParameterName, 'The NATS server monitoring port (default 8222).')
            [CompletionResult]::new('--ms', '--ms', [CompletionResultType]::ParameterName, 'The NATS server secure monitoring port.')
            [CompletionResult]::new('--n', '--n', [CompletionResultType]::ParameterName, 'Maximum number of connections to poll (default 1024).')
            [CompletionResult]::new('--d', '--d', [CompletionResultType]::ParameterName, 'Refresh interval in seconds (default 1).')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Value for which to sort by the connections (default cid); a leading + or - forces ascending or descending order.')
            [CompletionResult]::new('--o', '--o', [CompletionResultType]::ParameterName, 'Save the very first nats-top snapshot to the given file and exit. If ''-'' is passed then the snapshot is printed the standard output.')
            [CompletionResult]::new('--l', '--l', [CompletionResultType]::ParameterName, 'Specifies the delimiter to use for the output file when the ''-o'' parameter is used. By default this option is unset which means that standard grid-like plain-text output will be used.')
            [CompletionResult]::new('--r', '--r', [CompletionResultType]::ParameterName, 'Specifies the maximum number of times nats-top should refresh nats-stats before exiting.')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client cert in case NATS server using TLS')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Client private key in case NATS server using TLS')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Root CA cert')
            [CompletionResult]::new('--lookup', '--lookup', [CompletionResultType]::ParameterName, 'Enable client addresses DNS lookup.')
            [CompletionResult]::new('--b', '--b', [CompletionResultType]::ParameterName, 'Display traffic in raw bytes.')
            [CompletionResult]::new('--u', '--u', [CompletionResultType]::ParameterName, 'Display subscriptions-column upon launch.')
            [CompletionResult]::new('--display-subscriptions-column', '--display-subscriptions-column', [CompletionResultType]::ParameterName, 'Display subscriptions-column upon launch.')
            [CompletionResult]::new('--k', '--k', [CompletionResultType]::ParameterName, 'Skip verifying server certificate')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Show nats-top version.')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Show nats-top version.')
            [CompletionResult]::new('--h', '--h', [CompletionResultType]::ParameterName, 'Show this help.')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Show this help.')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
