# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_nsc_global_optspecs
    string join \n config-dir= data-dir= keystore-dir= H/all-dirs= K/private-key= i/interactive h/help V/version
end

function __fish_nsc_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_nsc_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_nsc_using_subcommand
    set -l cmd (__fish_nsc_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c nsc -n "__fish_nsc_needs_command" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_needs_command" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_needs_command" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_needs_command" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_needs_command" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_needs_command" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_needs_command" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_needs_command" -s V -l version -d 'Print version'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "init" -d 'Creates an operator, system account, account and user in one go'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "env" -d 'Prints and manage the current environment'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "add" -d 'Add assets such as operators, accounts and users'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "edit" -d 'Edit operator, account or user'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "delete" -d 'Delete an account or user'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "describe" -d 'Describe assets such as operators, accounts, users, and jwt files'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "list" -d 'List assets such as operators, accounts, users and keys'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "generate" -d 'Generate activations, creds, configs or nkeys'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "select" -d 'Set the current operator or account'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "validate" -d 'Validate an operator, account(s), and users'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "push" -d 'Push an account jwt to an Account JWT Server'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "pull" -d 'Pull an operator or account jwt replacing the local jwt with the server\'s version'
complete -c nsc -n "__fish_nsc_needs_command" -f -a "revocations" -d 'Manage revocation for users and activations from an account'
complete -c nsc -n "__fish_nsc_using_subcommand init" -s n -l name -d 'name used for the operator, account and user' -r
complete -c nsc -n "__fish_nsc_using_subcommand init" -s d -l dir -d 'directory where the operator store is created (default: the data dir)' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand init" -s u -l url -d 'operator to import (not supported by rnats yet)' -r
complete -c nsc -n "__fish_nsc_using_subcommand init" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand init" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand init" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand init" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand init" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand init" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand init" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand env" -s o -l operator -d 'set the current operator' -r
complete -c nsc -n "__fish_nsc_using_subcommand env" -s a -l account -d 'set the current account' -r
complete -c nsc -n "__fish_nsc_using_subcommand env" -s s -l store -d 'set the store directory (not supported by rnats: use --data-dir)' -r
complete -c nsc -n "__fish_nsc_using_subcommand env" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand env" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand env" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand env" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand env" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand env" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand env" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -f -a "operator" -d 'Add an operator'
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -f -a "account" -d 'Add an account'
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -f -a "user" -d 'Add an user to the account'
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -f -a "export" -d 'Add an export'
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -f -a "import" -d 'Add an import'
complete -c nsc -n "__fish_nsc_using_subcommand add; and not __fish_seen_subcommand_from operator account user export import mapping" -f -a "mapping" -d 'Add (or modify) a mapping entry'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -s n -l name -d 'operator name' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -s u -l url -d 'import from a jwt server url, file, or well known operator (not supported by rnats yet)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -l start -d 'valid from (\'0\' is always, \'3d\' is three days) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -l expiry -d 'valid until (\'0\' is always, \'2M\' is two months) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -l generate-signing-key -d 'generate a signing key with the operator'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -s s -l sys -d 'generate system account with the operator (if specified will be signed with signing key)'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -l force -d 'on import, overwrite existing when already present'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from operator" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -s n -l name -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -s k -l public-key -d 'public key identifying the account' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l tag -d 'tags for account - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -s o -l operator -d 'operator (default: the current one)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l allow-pub -d 'add publish permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l allow-pubsub -d 'add publish and subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l allow-sub -d 'add subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l deny-pub -d 'add deny publish permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l deny-pubsub -d 'add deny publish and subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l deny-sub -d 'add deny subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l allow-pub-response -d 'permissions to limit how often a client can publish to reply subjects [with an optional count, --allow-pub-response=n]' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l response-ttl -d 'the amount of time the permissions is valid - [#ms(millis) | #s(econds) | m(inutes) | h(ours)] - Default is no time limit' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l rm -d 'remove publish/subscribe and deny permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l start -d 'valid from (\'0\' is always, \'3d\' is three days) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l expiry -d 'valid until (\'0\' is always, \'2M\' is two months) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -l rm-response-perms -d 'remove response settings'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -s n -l name -d 'name to assign the user' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -s k -l public-key -d 'public key identifying the user' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l tag -d 'tags for user - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l source-network -d 'source network for connection - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l allow-pub -d 'add publish permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l allow-pubsub -d 'add publish and subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l allow-sub -d 'add subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l deny-pub -d 'add deny publish permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l deny-pubsub -d 'add deny publish and subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l deny-sub -d 'add deny subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l allow-pub-response -d 'permissions to limit how often a client can publish to reply subjects [with an optional count, --allow-pub-response=n]' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l response-ttl -d 'the amount of time the permissions is valid - [#ms(millis) | #s(econds) | m(inutes) | h(ours)] - Default is no time limit' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l rm -d 'remove publish/subscribe and deny permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l start -d 'valid from (\'0\' is always, \'3d\' is three days) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l expiry -d 'valid until (\'0\' is always, \'2M\' is two months) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l bearer -d 'no connect challenge required for user'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -l rm-response-perms -d 'remove response settings'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -s n -l name -d 'export name' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -s s -l subject -d 'subject' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -l response-type -d 'response type for the service [Singleton | Stream | Chunked] (services only)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -l account-token-position -d 'subject token position where account is expected (public exports only)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -s r -l service -d 'export type service'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -s p -l private -d 'private export - requires an activation to access'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -l advertise -d 'advertise export'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -l allow-trace -d 'allow trace requests'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -s n -l name -d 'import name' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -s u -l token -d 'path to token file (private imports only)' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -s s -l local-subject -d 'local subject' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -l src-account -d 'the exporting account\'s public key' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -l remote-subject -d 'remote subject (only public imports)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -l service -d 'service'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -l share -d 'share data when tracking latency (service only)'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -l allow-trace -d 'allow trace requests'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -s f -l from -d 'map from subject (required)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -s t -l to -d 'to subject (required)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -l weight -d 'weight [1-100] of this mapping entry (default: 100)' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -l cluster -d 'in which cluster this mapping should apply' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand add; and __fish_seen_subcommand_from mapping" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -f -a "operator" -d 'Edit the operator'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -f -a "account" -d 'Edit an account'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and not __fish_seen_subcommand_from operator account user" -f -a "user" -d 'Edit an user'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l service-url -d 'add an operator service url for nsc where clients can access the NATS service' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l rm-service-url -d 'remove an operator service url' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -s u -l account-jwt-server-url -d 'set account jwt server url for nsc sync (only http/https or nats service urls)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l system-account -d 'set system account by account by public key or name' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l require-signing-keys -d 'require accounts/user to be signed with a signing key' -r -f -a "true\t''
false\t''"
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l sk -d 'add signing key for the operator - "generate" generates one' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l rm-sk -d 'remove signing key' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l tag -d 'add tags for user - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l rm-tag -d 'remove tag - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l start -d 'valid from (\'0\' is always, \'3d\' is three days) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l expiry -d 'valid until (\'0\' is always, \'2M\' is two months) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -l rm-account-jwt-server-url -d 'clear account jwt server url'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from operator" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -s n -l name -d 'account to edit' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l conns -d 'set maximum active connections for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l leaf-conns -d 'set maximum active leaf node connections for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l subscriptions -d 'set maximum subscription for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l payload -d 'set maximum message payload in bytes for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l data -d 'set maximum data in bytes for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l imports -d 'set maximum number of imports for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l exports -d 'set maximum number of exports for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l wildcard-exports -d 'exports can contain wildcards' -r -f -a "true\t''
false\t''"
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l disallow-bearer -d 'require user jwt to not be bearer token' -r -f -a "true\t''
false\t''"
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-mem-storage -d 'set maximum memory storage in bytes for the account (-1 is unlimited / 0 disabled)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-disk-storage -d 'set maximum disk storage in bytes for the account (-1 is unlimited / 0 disabled)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-streams -d 'set maximum streams for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-consumer -d 'set maximum consumer for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-max-ack-pending -d 'set maximum ack pending limit for the account (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-max-mem-stream -d 'set maximum size of a memory stream for the account (-1 is unlimited / 0 disabled)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-max-disk-stream -d 'set maximum size of a disk stream for the account (-1 is unlimited / 0 disabled)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-max-bytes-required -d 'required max bytes for streams of this account' -r -f -a "true\t''
false\t''"
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-tier -d 'JetStream: replica tier the limits apply to (0 untiered, 1 for R1, 3 for R3)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-enable -d 'enables JetStream for the specified tier (0 untiered with unlimited storage)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l rm-js-tier -d 'remove tiered limits for the tier specified' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l sk -d 'add signing key for the account - "generate" generates one' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l rm-sk -d 'remove signing key' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l description -d 'description for this account' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l info-url -d 'link for more info on this account' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l tag -d 'add tags for user - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l rm-tag -d 'remove tag - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l allow-pub -d 'add publish permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l allow-pubsub -d 'add publish and subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l allow-sub -d 'add subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l deny-pub -d 'add deny publish permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l deny-pubsub -d 'add deny publish and subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l deny-sub -d 'add deny subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l allow-pub-response -d 'permissions to limit how often a client can publish to reply subjects [with an optional count, --allow-pub-response=n]' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l response-ttl -d 'the amount of time the permissions is valid - [#ms(millis) | #s(econds) | m(inutes) | h(ours)] - Default is no time limit' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l rm -d 'remove publish/subscribe and deny permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l start -d 'valid from (\'0\' is always, \'3d\' is three days) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l expiry -d 'valid until (\'0\' is always, \'2M\' is two months) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l js-disable -d 'disables all JetStream limits in the account by deleting any limits'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -l rm-response-perms -d 'remove response settings'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -s n -l name -d 'user name' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l bearer -d 'no connect challenge required for user' -r -f -a "true\t''
false\t''"
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l conn-type -d 'add connection types: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l rm-conn-type -d 'remove connection types' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l source-network -d 'add source network for connection' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l rm-source-network -d 'remove source network for connection' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l time -d 'add start-end time range of the form "15:04:05-15:04:05" (option can be specified multiple times)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l rm-time -d 'remove start-end time by start time "15:04:05" (option can be specified multiple times)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l locale -d 'set the locale with which time values are interpreted' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l subs -d 'set maximum number of subscriptions (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l data -d 'set maximum data in bytes for the user (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l payload -d 'set maximum message payload in bytes for the user (-1 is unlimited)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l tag -d 'add tags for user - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l rm-tag -d 'remove tag - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l allow-pub -d 'add publish permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l allow-pubsub -d 'add publish and subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l allow-sub -d 'add subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l deny-pub -d 'add deny publish permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l deny-pubsub -d 'add deny publish and subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l deny-sub -d 'add deny subscribe permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l allow-pub-response -d 'permissions to limit how often a client can publish to reply subjects [with an optional count, --allow-pub-response=n]' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l response-ttl -d 'the amount of time the permissions is valid - [#ms(millis) | #s(econds) | m(inutes) | h(ours)] - Default is no time limit' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l rm -d 'remove publish/subscribe and deny permissions - comma separated list or option can be specified multiple times' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l start -d 'valid from (\'0\' is always, \'3d\' is three days) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l expiry -d 'valid until (\'0\' is always, \'2M\' is two months) - yyyy-mm-dd, #m(inutes), #h(ours), #d(ays), #w(eeks), #M(onths), #y(ears)' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -l rm-response-perms -d 'remove response settings'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand edit; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and not __fish_seen_subcommand_from account user" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and not __fish_seen_subcommand_from account user" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and not __fish_seen_subcommand_from account user" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and not __fish_seen_subcommand_from account user" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and not __fish_seen_subcommand_from account user" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand delete; and not __fish_seen_subcommand_from account user" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and not __fish_seen_subcommand_from account user" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and not __fish_seen_subcommand_from account user" -f -a "account" -d 'Delete an account and its users'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and not __fish_seen_subcommand_from account user" -f -a "user" -d 'Delete a user'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -s n -l name -d 'name of account to delete' -r
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -s D -l rm-nkey -d 'remove the account\'s and users\' nkeys from the keystore'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -s C -l rm-creds -d 'remove the users\' creds files'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -s n -l name -d 'name of user to delete' -r
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -s R -l revoke -d 'revoke the user before deleting it'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -s D -l rm-nkey -d 'remove the user\'s nkey from the keystore'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -s C -l rm-creds -d 'remove the user\'s creds file'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand delete; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -s J -l json -d 'display JWT body as JSON'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -s R -l raw -d 'output the raw JWT (exclusive of long-ids)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -s W -l long-ids -d 'display account ids on imports'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -f -a "operator" -d 'Describes the operator'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -f -a "account" -d 'Describes an account'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -f -a "user" -d 'Describes an user'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and not __fish_seen_subcommand_from operator account user jwt" -f -a "jwt" -d 'Describe a jwt/creds file'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -s n -l name -d 'operator name' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -s J -l json -d 'display JWT body as JSON'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -s R -l raw -d 'output the raw JWT (exclusive of long-ids)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -s W -l long-ids -d 'display account ids on imports'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from operator" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -s n -l name -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -s J -l json -d 'display JWT body as JSON'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -s R -l raw -d 'output the raw JWT (exclusive of long-ids)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -s W -l long-ids -d 'display account ids on imports'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -s n -l name -d 'user name' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -s J -l json -d 'display JWT body as JSON'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -s R -l raw -d 'output the raw JWT (exclusive of long-ids)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -s W -l long-ids -d 'display account ids on imports'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -s f -l file -d 'a token file (jwt or creds)' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -s o -l output-file -d 'output file, \'--\' is stdout' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -s J -l json -d 'display JWT body as JSON'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -s R -l raw -d 'output the raw JWT (exclusive of long-ids)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -s W -l long-ids -d 'display account ids on imports'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand describe; and __fish_seen_subcommand_from jwt" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -f -a "operators" -d 'List operators'
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -f -a "accounts" -d 'List accounts'
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -f -a "users" -d 'List users'
complete -c nsc -n "__fish_nsc_using_subcommand list; and not __fish_seen_subcommand_from operators accounts users keys" -f -a "keys" -d 'List keys'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from operators" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from operators" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from operators" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from operators" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from operators" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from operators" -s J -l json -d 'display as JSON'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from operators" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from operators" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from accounts" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from accounts" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from accounts" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from accounts" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from accounts" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from accounts" -s J -l json -d 'display as JSON'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from accounts" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from accounts" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from users" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from users" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from users" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from users" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from users" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from users" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from users" -s J -l json -d 'display as JSON'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from users" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -l account -d 'account name (keys of one account)' -r
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -s o -l operator -d 'show operator keys'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -s a -l accounts -d 'show account keys'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -s u -l users -d 'show user keys'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -s A -l all -d 'show all keys'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -s S -l show-seeds -d 'show seeds'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -l not-referenced -d 'show keys in the keystore not referenced by the store'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand list; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -f -a "nkey" -d 'Generates an nkey'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -f -a "creds" -d 'Generate a credentials file for an user'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -f -a "config" -d 'Generate a server config'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and not __fish_seen_subcommand_from nkey creds config activation" -f -a "activation" -d 'Generate an export activation jwt token'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -s o -l operator -d 'operator'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -s a -l account -d 'account'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -s u -l user -d 'user'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -s x -l curve -d 'curve'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -s S -l store -d 'store in the keystore'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from nkey" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -s n -l name -d 'user name' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -s o -l output-file -d 'output file, \'--\' is stdout' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from creds" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l config-file -d 'output configuration file, \'--\' is standard output' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l dir -d 'directory for the memory resolver\'s JWT files' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l sys-account -d 'system account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -s o -l operator -d 'the operator (default: the current one)' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l mem-resolver -d 'generates a memory resolver config'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l nats-resolver -d 'generates a full nats resolver config'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l nats-resolver-cache -d 'generates a cache nats resolver config'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -l nkey -d 'generates an nkey configuration (not supported by rnats yet)'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -s a -l account -d 'account name (the exporter)' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -s s -l subject -d 'export subject' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -s t -l target-account -d 'the importing account\'s public key' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -s o -l output-file -d 'output file \'--\' is stdout' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -l push -d 'push activation token to operator\'s account server (not supported by rnats yet)'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand generate; and __fish_seen_subcommand_from activation" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand select; and not __fish_seen_subcommand_from operator account" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and not __fish_seen_subcommand_from operator account" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and not __fish_seen_subcommand_from operator account" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and not __fish_seen_subcommand_from operator account" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and not __fish_seen_subcommand_from operator account" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand select; and not __fish_seen_subcommand_from operator account" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand select; and not __fish_seen_subcommand_from operator account" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand select; and not __fish_seen_subcommand_from operator account" -f -a "operator" -d 'Select the current operator'
complete -c nsc -n "__fish_nsc_using_subcommand select; and not __fish_seen_subcommand_from operator account" -f -a "account" -d 'Select the current account'
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from operator" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from operator" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from operator" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from operator" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from operator" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from operator" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from operator" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from account" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from account" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from account" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from account" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from account" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from account" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand select; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand validate" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand validate" -s f -l file -d 'validate all jwt in the provided file (not supported by rnats yet)' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand validate" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand validate" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand validate" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand validate" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand validate" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand validate" -s A -l all-accounts -d 'validate all accounts under the current operator (exclusive of -a and -f)'
complete -c nsc -n "__fish_nsc_using_subcommand validate" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand validate" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand push" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand push" -s u -l account-jwt-server-url -d 'set account jwt server url for nsc sync (only nats urls supported by rnats)' -r
complete -c nsc -n "__fish_nsc_using_subcommand push" -s R -l account-removal -d 'remove specific account. Only works with nats-resolver enabled nats-server' -r
complete -c nsc -n "__fish_nsc_using_subcommand push" -l system-account -d 'System account for use with nats-resolver enabled nats-server. (Default is system account specified by operator)' -r
complete -c nsc -n "__fish_nsc_using_subcommand push" -l system-user -d 'System account user for use with nats-resolver enabled nats-server. (Default to temporarily generated user)' -r
complete -c nsc -n "__fish_nsc_using_subcommand push" -l timeout -d 'timeout in seconds [1-60] to wait for responses from the server' -r
complete -c nsc -n "__fish_nsc_using_subcommand push" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand push" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand push" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand push" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand push" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand push" -s A -l all -d 'push all accounts under the current operator (exclusive of -a)'
complete -c nsc -n "__fish_nsc_using_subcommand push" -s F -l force -d 'push regardless of validation issues'
complete -c nsc -n "__fish_nsc_using_subcommand push" -s D -l diff -d 'diff accounts present in nsc env and nats-account-resolver. Mutually exclusive of account-removal/prune'
complete -c nsc -n "__fish_nsc_using_subcommand push" -s P -l prune -d 'prune all accounts not under the current operator. Only works with nats-resolver enabled nats-server. Mutually exclusive of account-removal/diff'
complete -c nsc -n "__fish_nsc_using_subcommand push" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand push" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand pull" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand pull" -l system-account -d 'System account for use with nats-resolver enabled nats-server. (Default is system account specified by operator)' -r
complete -c nsc -n "__fish_nsc_using_subcommand pull" -l system-user -d 'System account user for use with nats-resolver enabled nats-server. (Default to temporarily generated user)' -r
complete -c nsc -n "__fish_nsc_using_subcommand pull" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand pull" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand pull" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand pull" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand pull" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand pull" -s A -l all -d 'operator and all accounts under the current operator (exclusive of -a)'
complete -c nsc -n "__fish_nsc_using_subcommand pull" -s F -l overwrite-newer -d 'overwrite local JWTs that are newer than remote'
complete -c nsc -n "__fish_nsc_using_subcommand pull" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand pull" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -f -a "add-user" -d 'Revoke a user'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -f -a "delete-user" -d 'Remove a user revocation'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and not __fish_seen_subcommand_from add-user delete-user list-users" -f -a "list-users" -d 'List users revoked in an account'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -s n -l name -d 'user name' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -s u -l user-public-key -d 'user public key (or \'*\' for all users)' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -l at -d 'revokes user JWTs issued at or before this time (default now) - unix seconds or RFC3339' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from add-user" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -s n -l name -d 'user name' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -s u -l user-public-key -d 'user public key (or \'*\' for all users)' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -l at -d 'revokes user JWTs issued at or before this time (default now) - unix seconds or RFC3339' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from delete-user" -s h -l help -d 'Print help'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from list-users" -s a -l account -d 'account name' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from list-users" -l config-dir -d 'nsc config directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from list-users" -l data-dir -d 'nsc data store directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from list-users" -l keystore-dir -d 'nsc keystore directory' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from list-users" -s H -l all-dirs -d 'sets --config-dir, --data-dir, and --keystore-dir to the same value' -r -F
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from list-users" -s K -l private-key -d 'Key used to sign. Can be specified as role (where applicable), public key (private portion is retrieved) or file path to a private key or private key' -r
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from list-users" -s i -l interactive -d 'ask questions for various settings (not supported by rnats: it never prompts)'
complete -c nsc -n "__fish_nsc_using_subcommand revocations; and __fish_seen_subcommand_from list-users" -s h -l help -d 'Print help'
