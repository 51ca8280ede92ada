_nats() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="nats"
                ;;
            nats,a)
                cmd="nats__subcmd__account"
                ;;
            nats,account)
                cmd="nats__subcmd__account"
                ;;
            nats,bench)
                cmd="nats__subcmd__bench"
                ;;
            nats,c)
                cmd="nats__subcmd__consumer"
                ;;
            nats,con)
                cmd="nats__subcmd__consumer"
                ;;
            nats,consumer)
                cmd="nats__subcmd__consumer"
                ;;
            nats,context)
                cmd="nats__subcmd__context"
                ;;
            nats,ctx)
                cmd="nats__subcmd__context"
                ;;
            nats,kv)
                cmd="nats__subcmd__kv"
                ;;
            nats,ms)
                cmd="nats__subcmd__stream"
                ;;
            nats,obj)
                cmd="nats__subcmd__object"
                ;;
            nats,object)
                cmd="nats__subcmd__object"
                ;;
            nats,obs)
                cmd="nats__subcmd__consumer"
                ;;
            nats,pub)
                cmd="nats__subcmd__publish"
                ;;
            nats,publish)
                cmd="nats__subcmd__publish"
                ;;
            nats,reply)
                cmd="nats__subcmd__reply"
                ;;
            nats,req)
                cmd="nats__subcmd__request"
                ;;
            nats,request)
                cmd="nats__subcmd__request"
                ;;
            nats,rtt)
                cmd="nats__subcmd__rtt"
                ;;
            nats,s)
                cmd="nats__subcmd__stream"
                ;;
            nats,server)
                cmd="nats__subcmd__server"
                ;;
            nats,srv)
                cmd="nats__subcmd__server"
                ;;
            nats,st)
                cmd="nats__subcmd__stream"
                ;;
            nats,str)
                cmd="nats__subcmd__stream"
                ;;
            nats,stream)
                cmd="nats__subcmd__stream"
                ;;
            nats,sub)
                cmd="nats__subcmd__subscribe"
                ;;
            nats,subscribe)
                cmd="nats__subcmd__subscribe"
                ;;
            nats__subcmd__account,info)
                cmd="nats__subcmd__account__subcmd__info"
                ;;
            nats__subcmd__account,nfo)
                cmd="nats__subcmd__account__subcmd__info"
                ;;
            nats__subcmd__account,rep)
                cmd="nats__subcmd__account__subcmd__report"
                ;;
            nats__subcmd__account,report)
                cmd="nats__subcmd__account__subcmd__report"
                ;;
            nats__subcmd__account__subcmd__report,conn)
                cmd="nats__subcmd__account__subcmd__report__subcmd__connections"
                ;;
            nats__subcmd__account__subcmd__report,connections)
                cmd="nats__subcmd__account__subcmd__report__subcmd__connections"
                ;;
            nats__subcmd__account__subcmd__report,conns)
                cmd="nats__subcmd__account__subcmd__report__subcmd__connections"
                ;;
            nats__subcmd__account__subcmd__report,connz)
                cmd="nats__subcmd__account__subcmd__report__subcmd__connections"
                ;;
            nats__subcmd__account__subcmd__report,statistics)
                cmd="nats__subcmd__account__subcmd__report__subcmd__statistics"
                ;;
            nats__subcmd__account__subcmd__report,stats)
                cmd="nats__subcmd__account__subcmd__report__subcmd__statistics"
                ;;
            nats__subcmd__account__subcmd__report,statsz)
                cmd="nats__subcmd__account__subcmd__report__subcmd__statistics"
                ;;
            nats__subcmd__bench,js)
                cmd="nats__subcmd__bench__subcmd__js"
                ;;
            nats__subcmd__bench,kv)
                cmd="nats__subcmd__bench__subcmd__kv"
                ;;
            nats__subcmd__bench,oldjs)
                cmd="nats__subcmd__bench__subcmd__oldjs"
                ;;
            nats__subcmd__bench,pub)
                cmd="nats__subcmd__bench__subcmd__pub"
                ;;
            nats__subcmd__bench,service)
                cmd="nats__subcmd__bench__subcmd__service"
                ;;
            nats__subcmd__bench,sub)
                cmd="nats__subcmd__bench__subcmd__sub"
                ;;
            nats__subcmd__bench__subcmd__js,consume)
                cmd="nats__subcmd__bench__subcmd__js__subcmd__consume"
                ;;
            nats__subcmd__bench__subcmd__js,fetch)
                cmd="nats__subcmd__bench__subcmd__js__subcmd__fetch"
                ;;
            nats__subcmd__bench__subcmd__js,ordered)
                cmd="nats__subcmd__bench__subcmd__js__subcmd__ordered"
                ;;
            nats__subcmd__bench__subcmd__js,pub)
                cmd="nats__subcmd__bench__subcmd__js__subcmd__pub"
                ;;
            nats__subcmd__bench__subcmd__js__subcmd__pub,async)
                cmd="nats__subcmd__bench__subcmd__js__subcmd__pub__subcmd__async"
                ;;
            nats__subcmd__bench__subcmd__js__subcmd__pub,sync)
                cmd="nats__subcmd__bench__subcmd__js__subcmd__pub__subcmd__sync"
                ;;
            nats__subcmd__bench__subcmd__kv,get)
                cmd="nats__subcmd__bench__subcmd__kv__subcmd__get"
                ;;
            nats__subcmd__bench__subcmd__kv,put)
                cmd="nats__subcmd__bench__subcmd__kv__subcmd__put"
                ;;
            nats__subcmd__bench__subcmd__service,request)
                cmd="nats__subcmd__bench__subcmd__service__subcmd__request"
                ;;
            nats__subcmd__bench__subcmd__service,serve)
                cmd="nats__subcmd__bench__subcmd__service__subcmd__serve"
                ;;
            nats__subcmd__consumer,add)
                cmd="nats__subcmd__consumer__subcmd__add"
                ;;
            nats__subcmd__consumer,create)
                cmd="nats__subcmd__consumer__subcmd__add"
                ;;
            nats__subcmd__consumer,del)
                cmd="nats__subcmd__consumer__subcmd__rm"
                ;;
            nats__subcmd__consumer,delete)
                cmd="nats__subcmd__consumer__subcmd__rm"
                ;;
            nats__subcmd__consumer,info)
                cmd="nats__subcmd__consumer__subcmd__info"
                ;;
            nats__subcmd__consumer,list)
                cmd="nats__subcmd__consumer__subcmd__ls"
                ;;
            nats__subcmd__consumer,ls)
                cmd="nats__subcmd__consumer__subcmd__ls"
                ;;
            nats__subcmd__consumer,new)
                cmd="nats__subcmd__consumer__subcmd__add"
                ;;
            nats__subcmd__consumer,next)
                cmd="nats__subcmd__consumer__subcmd__next"
                ;;
            nats__subcmd__consumer,nfo)
                cmd="nats__subcmd__consumer__subcmd__info"
                ;;
            nats__subcmd__consumer,rm)
                cmd="nats__subcmd__consumer__subcmd__rm"
                ;;
            nats__subcmd__consumer,sub)
                cmd="nats__subcmd__consumer__subcmd__sub"
                ;;
            nats__subcmd__context,-)
                cmd="nats__subcmd__context__subcmd__previous"
                ;;
            nats__subcmd__context,add)
                cmd="nats__subcmd__context__subcmd__add"
                ;;
            nats__subcmd__context,copy)
                cmd="nats__subcmd__context__subcmd__copy"
                ;;
            nats__subcmd__context,cp)
                cmd="nats__subcmd__context__subcmd__copy"
                ;;
            nats__subcmd__context,create)
                cmd="nats__subcmd__context__subcmd__add"
                ;;
            nats__subcmd__context,edit)
                cmd="nats__subcmd__context__subcmd__edit"
                ;;
            nats__subcmd__context,info)
                cmd="nats__subcmd__context__subcmd__info"
                ;;
            nats__subcmd__context,l)
                cmd="nats__subcmd__context__subcmd__ls"
                ;;
            nats__subcmd__context,list)
                cmd="nats__subcmd__context__subcmd__ls"
                ;;
            nats__subcmd__context,ls)
                cmd="nats__subcmd__context__subcmd__ls"
                ;;
            nats__subcmd__context,previous)
                cmd="nats__subcmd__context__subcmd__previous"
                ;;
            nats__subcmd__context,remove)
                cmd="nats__subcmd__context__subcmd__rm"
                ;;
            nats__subcmd__context,rm)
                cmd="nats__subcmd__context__subcmd__rm"
                ;;
            nats__subcmd__context,save)
                cmd="nats__subcmd__context__subcmd__add"
                ;;
            nats__subcmd__context,select)
                cmd="nats__subcmd__context__subcmd__select"
                ;;
            nats__subcmd__context,set)
                cmd="nats__subcmd__context__subcmd__select"
                ;;
            nats__subcmd__context,show)
                cmd="nats__subcmd__context__subcmd__info"
                ;;
            nats__subcmd__context,switch)
                cmd="nats__subcmd__context__subcmd__select"
                ;;
            nats__subcmd__context,unselect)
                cmd="nats__subcmd__context__subcmd__unselect"
                ;;
            nats__subcmd__context,v)
                cmd="nats__subcmd__context__subcmd__info"
                ;;
            nats__subcmd__context,validate)
                cmd="nats__subcmd__context__subcmd__validate"
                ;;
            nats__subcmd__context,vi)
                cmd="nats__subcmd__context__subcmd__edit"
                ;;
            nats__subcmd__context,view)
                cmd="nats__subcmd__context__subcmd__info"
                ;;
            nats__subcmd__kv,add)
                cmd="nats__subcmd__kv__subcmd__add"
                ;;
            nats__subcmd__kv,compact)
                cmd="nats__subcmd__kv__subcmd__compact"
                ;;
            nats__subcmd__kv,create)
                cmd="nats__subcmd__kv__subcmd__create"
                ;;
            nats__subcmd__kv,del)
                cmd="nats__subcmd__kv__subcmd__del"
                ;;
            nats__subcmd__kv,edit)
                cmd="nats__subcmd__kv__subcmd__edit"
                ;;
            nats__subcmd__kv,get)
                cmd="nats__subcmd__kv__subcmd__get"
                ;;
            nats__subcmd__kv,history)
                cmd="nats__subcmd__kv__subcmd__history"
                ;;
            nats__subcmd__kv,info)
                cmd="nats__subcmd__kv__subcmd__info"
                ;;
            nats__subcmd__kv,list)
                cmd="nats__subcmd__kv__subcmd__ls"
                ;;
            nats__subcmd__kv,ls)
                cmd="nats__subcmd__kv__subcmd__ls"
                ;;
            nats__subcmd__kv,new)
                cmd="nats__subcmd__kv__subcmd__add"
                ;;
            nats__subcmd__kv,purge)
                cmd="nats__subcmd__kv__subcmd__purge"
                ;;
            nats__subcmd__kv,put)
                cmd="nats__subcmd__kv__subcmd__put"
                ;;
            nats__subcmd__kv,revert)
                cmd="nats__subcmd__kv__subcmd__revert"
                ;;
            nats__subcmd__kv,rm)
                cmd="nats__subcmd__kv__subcmd__del"
                ;;
            nats__subcmd__kv,status)
                cmd="nats__subcmd__kv__subcmd__info"
                ;;
            nats__subcmd__kv,update)
                cmd="nats__subcmd__kv__subcmd__update"
                ;;
            nats__subcmd__kv,view)
                cmd="nats__subcmd__kv__subcmd__info"
                ;;
            nats__subcmd__kv,watch)
                cmd="nats__subcmd__kv__subcmd__watch"
                ;;
            nats__subcmd__object,add)
                cmd="nats__subcmd__object__subcmd__add"
                ;;
            nats__subcmd__object,del)
                cmd="nats__subcmd__object__subcmd__del"
                ;;
            nats__subcmd__object,edit)
                cmd="nats__subcmd__object__subcmd__edit"
                ;;
            nats__subcmd__object,get)
                cmd="nats__subcmd__object__subcmd__get"
                ;;
            nats__subcmd__object,i)
                cmd="nats__subcmd__object__subcmd__info"
                ;;
            nats__subcmd__object,info)
                cmd="nats__subcmd__object__subcmd__info"
                ;;
            nats__subcmd__object,ls)
                cmd="nats__subcmd__object__subcmd__ls"
                ;;
            nats__subcmd__object,put)
                cmd="nats__subcmd__object__subcmd__put"
                ;;
            nats__subcmd__object,rm)
                cmd="nats__subcmd__object__subcmd__del"
                ;;
            nats__subcmd__object,seal)
                cmd="nats__subcmd__object__subcmd__seal"
                ;;
            nats__subcmd__object,show)
                cmd="nats__subcmd__object__subcmd__info"
                ;;
            nats__subcmd__object,watch)
                cmd="nats__subcmd__object__subcmd__watch"
                ;;
            nats__subcmd__server,check)
                cmd="nats__subcmd__server__subcmd__check"
                ;;
            nats__subcmd__server,i)
                cmd="nats__subcmd__server__subcmd__info"
                ;;
            nats__subcmd__server,info)
                cmd="nats__subcmd__server__subcmd__info"
                ;;
            nats__subcmd__server,list)
                cmd="nats__subcmd__server__subcmd__list"
                ;;
            nats__subcmd__server,ls)
                cmd="nats__subcmd__server__subcmd__list"
                ;;
            nats__subcmd__server,mkpasswd)
                cmd="nats__subcmd__server__subcmd__passwd"
                ;;
            nats__subcmd__server,pass)
                cmd="nats__subcmd__server__subcmd__passwd"
                ;;
            nats__subcmd__server,passwd)
                cmd="nats__subcmd__server__subcmd__passwd"
                ;;
            nats__subcmd__server,password)
                cmd="nats__subcmd__server__subcmd__passwd"
                ;;
            nats__subcmd__server,ping)
                cmd="nats__subcmd__server__subcmd__ping"
                ;;
            nats__subcmd__server,rep)
                cmd="nats__subcmd__server__subcmd__report"
                ;;
            nats__subcmd__server,report)
                cmd="nats__subcmd__server__subcmd__report"
                ;;
            nats__subcmd__server,req)
                cmd="nats__subcmd__server__subcmd__request"
                ;;
            nats__subcmd__server,request)
                cmd="nats__subcmd__server__subcmd__request"
                ;;
            nats__subcmd__server__subcmd__check,conn)
                cmd="nats__subcmd__server__subcmd__check__subcmd__connection"
                ;;
            nats__subcmd__server__subcmd__check,connection)
                cmd="nats__subcmd__server__subcmd__check__subcmd__connection"
                ;;
            nats__subcmd__server__subcmd__check,jetstream)
                cmd="nats__subcmd__server__subcmd__check__subcmd__jetstream"
                ;;
            nats__subcmd__server__subcmd__check,js)
                cmd="nats__subcmd__server__subcmd__check__subcmd__jetstream"
                ;;
            nats__subcmd__server__subcmd__check,server)
                cmd="nats__subcmd__server__subcmd__check__subcmd__server"
                ;;
            nats__subcmd__server__subcmd__report,conn)
                cmd="nats__subcmd__server__subcmd__report__subcmd__connections"
                ;;
            nats__subcmd__server__subcmd__report,connections)
                cmd="nats__subcmd__server__subcmd__report__subcmd__connections"
                ;;
            nats__subcmd__server__subcmd__report,conns)
                cmd="nats__subcmd__server__subcmd__report__subcmd__connections"
                ;;
            nats__subcmd__server__subcmd__report,connz)
                cmd="nats__subcmd__server__subcmd__report__subcmd__connections"
                ;;
            nats__subcmd__server__subcmd__request,accounts)
                cmd="nats__subcmd__server__subcmd__request__subcmd__accounts"
                ;;
            nats__subcmd__server__subcmd__request,accountz)
                cmd="nats__subcmd__server__subcmd__request__subcmd__accounts"
                ;;
            nats__subcmd__server__subcmd__request,acct)
                cmd="nats__subcmd__server__subcmd__request__subcmd__accounts"
                ;;
            nats__subcmd__server__subcmd__request,conn)
                cmd="nats__subcmd__server__subcmd__request__subcmd__connections"
                ;;
            nats__subcmd__server__subcmd__request,connections)
                cmd="nats__subcmd__server__subcmd__request__subcmd__connections"
                ;;
            nats__subcmd__server__subcmd__request,connz)
                cmd="nats__subcmd__server__subcmd__request__subcmd__connections"
                ;;
            nats__subcmd__server__subcmd__request,healthz)
                cmd="nats__subcmd__server__subcmd__request__subcmd__jetstream__subcmd__health"
                ;;
            nats__subcmd__server__subcmd__request,jetstream)
                cmd="nats__subcmd__server__subcmd__request__subcmd__jetstream"
                ;;
            nats__subcmd__server__subcmd__request,jetstream-health)
                cmd="nats__subcmd__server__subcmd__request__subcmd__jetstream__subcmd__health"
                ;;
            nats__subcmd__server__subcmd__request,js)
                cmd="nats__subcmd__server__subcmd__request__subcmd__jetstream"
                ;;
            nats__subcmd__server__subcmd__request,jsz)
                cmd="nats__subcmd__server__subcmd__request__subcmd__jetstream"
                ;;
            nats__subcmd__server__subcmd__request,sub)
                cmd="nats__subcmd__server__subcmd__request__subcmd__subscriptions"
                ;;
            nats__subcmd__server__subcmd__request,subscriptions)
                cmd="nats__subcmd__server__subcmd__request__subcmd__subscriptions"
                ;;
            nats__subcmd__server__subcmd__request,subsz)
                cmd="nats__subcmd__server__subcmd__request__subcmd__subscriptions"
                ;;
            nats__subcmd__server__subcmd__request,var)
                cmd="nats__subcmd__server__subcmd__request__subcmd__variables"
                ;;
            nats__subcmd__server__subcmd__request,variables)
                cmd="nats__subcmd__server__subcmd__request__subcmd__variables"
                ;;
            nats__subcmd__server__subcmd__request,varz)
                cmd="nats__subcmd__server__subcmd__request__subcmd__variables"
                ;;
            nats__subcmd__stream,add)
                cmd="nats__subcmd__stream__subcmd__add"
                ;;
            nats__subcmd__stream,create)
                cmd="nats__subcmd__stream__subcmd__add"
                ;;
            nats__subcmd__stream,del)
                cmd="nats__subcmd__stream__subcmd__rm"
                ;;
            nats__subcmd__stream,delete)
                cmd="nats__subcmd__stream__subcmd__rm"
                ;;
            nats__subcmd__stream,edit)
                cmd="nats__subcmd__stream__subcmd__edit"
                ;;
            nats__subcmd__stream,get)
                cmd="nats__subcmd__stream__subcmd__get"
                ;;
            nats__subcmd__stream,i)
                cmd="nats__subcmd__stream__subcmd__info"
                ;;
            nats__subcmd__stream,info)
                cmd="nats__subcmd__stream__subcmd__info"
                ;;
            nats__subcmd__stream,l)
                cmd="nats__subcmd__stream__subcmd__ls"
                ;;
            nats__subcmd__stream,list)
                cmd="nats__subcmd__stream__subcmd__ls"
                ;;
            nats__subcmd__stream,ls)
                cmd="nats__subcmd__stream__subcmd__ls"
                ;;
            nats__subcmd__stream,new)
                cmd="nats__subcmd__stream__subcmd__add"
                ;;
            nats__subcmd__stream,nfo)
                cmd="nats__subcmd__stream__subcmd__info"
                ;;
            nats__subcmd__stream,purge)
                cmd="nats__subcmd__stream__subcmd__purge"
                ;;
            nats__subcmd__stream,report)
                cmd="nats__subcmd__stream__subcmd__report"
                ;;
            nats__subcmd__stream,rm)
                cmd="nats__subcmd__stream__subcmd__rm"
                ;;
            nats__subcmd__stream,rmm)
                cmd="nats__subcmd__stream__subcmd__rmm"
                ;;
            nats__subcmd__stream,state)
                cmd="nats__subcmd__stream__subcmd__state"
                ;;
            nats__subcmd__stream,subj)
                cmd="nats__subcmd__stream__subcmd__subjects"
                ;;
            nats__subcmd__stream,subjects)
                cmd="nats__subcmd__stream__subcmd__subjects"
                ;;
            nats__subcmd__stream,update)
                cmd="nats__subcmd__stream__subcmd__edit"
                ;;
            nats__subcmd__stream,view)
                cmd="nats__subcmd__stream__subcmd__view"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        nats)
            opts="-s -h -V --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help --version publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__account)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help info nfo report rep"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__account__subcmd__info)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__account__subcmd__report)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help connections conn connz conns statistics stats statsz"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__account__subcmd__report__subcmd__connections)
            opts="-R -s -h --sort --top --subject --username --reverse --state --closed-reason --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sort)
                    COMPREPLY=($(compgen -W "in-bytes out-bytes in-msgs out-msgs uptime cid subs" -- "${cur}"))
                    return 0
                    ;;
                --top)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -W "open closed all" -- "${cur}"))
                    return 0
                    ;;
                --closed-reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__account__subcmd__report__subcmd__statistics)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help pub sub service js kv oldjs"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__js)
            opts="-s -h --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help pub ordered consume fetch"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__js__subcmd__consume)
            opts="-s -h --consumer --batch --acks --doubleack --filter --purge --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --consumer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --batch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --acks)
                    COMPREPLY=($(compgen -W "explicit none all" -- "${cur}"))
                    return 0
                    ;;
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__js__subcmd__fetch)
            opts="-s -h --consumer --batch --acks --doubleack --filter --purge --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --consumer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --batch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --acks)
                    COMPREPLY=($(compgen -W "explicit none all" -- "${cur}"))
                    return 0
                    ;;
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__js__subcmd__ordered)
            opts="-s -h --batch --purge --filter --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --batch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__js__subcmd__pub)
            opts="-s -h --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help sync async"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__js__subcmd__pub__subcmd__async)
            opts="-H -s -h --multisubject --multisubjectmax --payload --header --create --storage --replicas --maxbytes --dedup --dedupwindow --purge --batch --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --multisubjectmax)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --payload)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage)
                    COMPREPLY=($(compgen -W "file memory" -- "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --maxbytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dedupwindow)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --batch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__js__subcmd__pub__subcmd__sync)
            opts="-H -s -h --multisubject --multisubjectmax --payload --header --create --storage --replicas --maxbytes --dedup --dedupwindow --purge --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --multisubjectmax)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --payload)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage)
                    COMPREPLY=($(compgen -W "file memory" -- "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --maxbytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dedupwindow)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__kv)
            opts="-s -h --clients --msgs --progress --no-progress --csv --size --bucket --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help put get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bucket)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__kv__subcmd__get)
            opts="-s -h --randomize --clients --msgs --progress --no-progress --csv --size --bucket --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --randomize)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bucket)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__kv__subcmd__put)
            opts="-s -h --storage --replicas --maxbytes --history --purge --randomize --throughput --duration --clients --msgs --progress --no-progress --csv --size --bucket --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --storage)
                    COMPREPLY=($(compgen -W "file memory" -- "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --maxbytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --randomize)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --throughput)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bucket)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__oldjs)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__pub)
            opts="-H -s -h --clients --msgs --duration --progress --no-progress --csv --size --sleep --multisubject --multisubjectmax --payload --header --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --multisubjectmax)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --payload)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__service)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help request serve"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__service__subcmd__request)
            opts="-H -s -h --clients --msgs --duration --progress --no-progress --csv --size --sleep --payload --header --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --payload)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__service__subcmd__serve)
            opts="-s -h --clients --msgs --duration --progress --no-progress --csv --size --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__bench__subcmd__sub)
            opts="-s -h --clients --msgs --duration --progress --no-progress --csv --size --multisubject --queue --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --clients)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --queue)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__consumer)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add create new ls list info nfo rm delete del next sub"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__consumer__subcmd__add)
            opts="-s -h --config --output --defaults --ack --bps --backoff --backoff-steps --backoff-min --backoff-max --deliver --deliver-group --description --ephemeral --filter --flow-control --heartbeat --headers-only --no-headers-only --max-deliver --max-outstanding --max-pending --max-waiting --max-pull-batch --max-pull-expire --max-pull-bytes --pull --replay --sample --target --wait --inactive-threshold --memory --replicas --metadata --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ack)
                    COMPREPLY=($(compgen -W "none all explicit" -- "${cur}"))
                    return 0
                    ;;
                --bps)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backoff)
                    COMPREPLY=($(compgen -W "linear none" -- "${cur}"))
                    return 0
                    ;;
                --backoff-steps)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backoff-min)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backoff-max)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deliver)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deliver-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --heartbeat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-deliver)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-pending)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-outstanding)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-waiting)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-pull-batch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-pull-expire)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-pull-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replay)
                    COMPREPLY=($(compgen -W "instant original" -- "${cur}"))
                    return 0
                    ;;
                --sample)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inactive-threshold)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__consumer__subcmd__info)
            opts="-j -s -h --json --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__consumer__subcmd__ls)
            opts="-j -n -s -h --json --names --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__consumer__subcmd__next)
            opts="-r -s -h --ack --no-ack --nak --term --raw --wait --count --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__consumer__subcmd__rm)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__consumer__subcmd__sub)
            opts="-r -s -h --ack --no-ack --raw --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__add)
            opts="-s -h --description --select --embed --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__copy)
            opts="-s -h --description --select --embed --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__edit)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__info)
            opts="-j -s -h --json --connect --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__ls)
            opts="-j -s -h --completion --json --names --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__previous)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__rm)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__select)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__unselect)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__context__subcmd__validate)
            opts="-s -h --connect --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add new edit put get create update del rm purge history revert info view status watch ls list compact"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__add)
            opts="-s -h --description --history --storage --ttl --marker-ttl --replicas --max-value-size --max-bucket-size --tags --cluster --compress --no-compress --metadata --republish-source --republish-destination --republish-headers --mirror --mirror-domain --source --no-mirror --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage)
                    COMPREPLY=($(compgen -W "file f memory m" -- "${cur}"))
                    return 0
                    ;;
                --ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --marker-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-value-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-bucket-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --republish-source)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --republish-destination)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mirror)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mirror-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__compact)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__create)
            opts="-s -h --ttl --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__del)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__edit)
            opts="-s -h --description --history --storage --ttl --marker-ttl --replicas --max-value-size --max-bucket-size --tags --cluster --compress --no-compress --metadata --republish-source --republish-destination --republish-headers --mirror --mirror-domain --source --no-mirror --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage)
                    COMPREPLY=($(compgen -W "file f memory m" -- "${cur}"))
                    return 0
                    ;;
                --ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --marker-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-value-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-bucket-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --republish-source)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --republish-destination)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mirror)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mirror-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__get)
            opts="-s -h --revision --raw --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --revision)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__history)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__info)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__ls)
            opts="-n -v -s -h --names --verbose --display-value --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__purge)
            opts="-f -s -h --force --ttl --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__put)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__revert)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__update)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__kv__subcmd__watch)
            opts="-s -h --history --deletes --no-deletes --updates --revision --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --revision)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add edit put del rm get info show i ls seal watch"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object__subcmd__add)
            opts="-s -h --ttl --replicas --max-bucket-size --description --storage --tags --cluster --metadata --compress --no-compress --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-bucket-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage)
                    COMPREPLY=($(compgen -W "file f memory m" -- "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object__subcmd__del)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object__subcmd__edit)
            opts="-s -h --ttl --replicas --max-bucket-size --description --storage --tags --cluster --metadata --compress --no-compress --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-bucket-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage)
                    COMPREPLY=($(compgen -W "file f memory m" -- "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object__subcmd__get)
            opts="-O -f -s -h --output --progress --no-progress --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -O)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object__subcmd__info)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object__subcmd__ls)
            opts="-n -s -h --names --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object__subcmd__put)
            opts="-H -f -s -h --name --description --header --chunk-size --progress --no-progress --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --chunk-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object__subcmd__seal)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__object__subcmd__watch)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__publish)
            opts="-H -J -q -s -h --reply --header --atomic --count --force-stdin --jetstream --quiet --schedule-after --schedule-at --schedule-cron --schedule-dest --schedule-every --schedule-source --schedule-ttl --send-on --sleep --templates --no-templates --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --reply)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schedule-after)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schedule-at)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schedule-cron)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schedule-dest)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schedule-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schedule-source)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schedule-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --send-on)
                    COMPREPLY=($(compgen -W "eof newline" -- "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__reply)
            opts="-q -H -s -h --echo --command --queue --sleep --header --count --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --queue)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -q)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sleep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__request)
            opts="-r -H -s -h --raw --header --count --replies --reply-timeout --wait-for-empty --translate --force-stdin --send-on --templates --no-templates --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replies)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reply-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --translate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --send-on)
                    COMPREPLY=($(compgen -W "eof newline" -- "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__rtt)
            opts="-j -s -h --json --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help ping request req check passwd mkpasswd pass password info i list ls report rep"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__check)
            opts="-s -h --format --outfile --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help connection conn server jetstream js"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "nagios json text" -- "${cur}"))
                    return 0
                    ;;
                --outfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__check__subcmd__connection)
            opts="-s -h --connect-warn --connect-critical --rtt-warn --rtt-critical --req-warn --req-critical --format --outfile --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --connect-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connect-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rtt-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rtt-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --req-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --req-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "nagios json text" -- "${cur}"))
                    return 0
                    ;;
                --outfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__check__subcmd__jetstream)
            opts="-s -h --mem-warn --mem-critical --store-warn --store-critical --streams-warn --streams-critical --consumers-warn --consumers-critical --replicas --replica-seen-critical --replica-lag-critical --format --outfile --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --mem-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mem-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --store-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --store-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --streams-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --streams-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --consumers-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --consumers-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --replica-seen-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replica-lag-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "nagios json text" -- "${cur}"))
                    return 0
                    ;;
                --outfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__check__subcmd__server)
            opts="-s -h --name --cpu-warn --cpu-critical --mem-warn --mem-critical --conn-warn --conn-critical --subs-warn --subs-critical --uptime-warn --uptime-critical --auth-required --tls-required --js-required --format --outfile --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mem-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mem-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --conn-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --conn-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subs-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subs-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --uptime-warn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --uptime-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "nagios json text" -- "${cur}"))
                    return 0
                    ;;
                --outfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__info)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__list)
            opts="-j -R -s -h --json --sort --reverse --compact --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sort)
                    COMPREPLY=($(compgen -W "name cluster conns conn subs sub routes route gw gws mem cpu slow uptime rtt" -- "${cur}"))
                    return 0
                    ;;
                --compact)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__passwd)
            opts="-p -c -g -s -h --pass --cost --generate --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --pass)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cost)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__ping)
            opts="-s -h --graph --id --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__report)
            opts="-j -R -s -h --json --reverse --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help connections conn connz conns"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__report__subcmd__connections)
            opts="-j -R -s -h --account --sort --top --username --state --subject --closed-reason --filter --json --reverse --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort)
                    COMPREPLY=($(compgen -W "in-bytes out-bytes in-msgs out-msgs uptime cid subs" -- "${cur}"))
                    return 0
                    ;;
                --top)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -W "open closed all" -- "${cur}"))
                    return 0
                    ;;
                --subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --closed-reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__request)
            opts="-s -h --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help variables var varz connections conn connz subscriptions sub subsz jetstream jsz js accounts accountz acct jetstream-health healthz"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --offset)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__request__subcmd__accounts)
            opts="-s -h --account --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --offset)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__request__subcmd__connections)
            opts="-s -h --sort --subscriptions --filter-cid --filter-state --filter-user --filter-account --filter-empty --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sort)
                    COMPREPLY=($(compgen -W "cid start subs pending msgs_to msgs_from bytes_to bytes_from last idle uptime stop reason rtt" -- "${cur}"))
                    return 0
                    ;;
                --filter-cid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter-state)
                    COMPREPLY=($(compgen -W "open closed all" -- "${cur}"))
                    return 0
                    ;;
                --filter-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --offset)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__request__subcmd__jetstream)
            opts="-s -h --account --accounts --streams --consumer --config --leader --all --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --offset)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__request__subcmd__jetstream__subcmd__health)
            opts="-J -S -s -h --js-enabled --server-only --account --stream --consumer --details --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --consumer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --details)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --offset)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__request__subcmd__subscriptions)
            opts="-s -h --detail --filter-account --filter-subject --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter-subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --offset)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__server__subcmd__request__subcmd__variables)
            opts="-s -h --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --offset)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__add)
            opts="-j -s -h --config --output --first-sequence --defaults --subjects --description --storage --compression --replicas --ack --no-ack --retention --discard --discard-per-subject --max-age --max-bytes --max-consumers --max-msg-size --max-msgs --max-msgs-per-subject --dupe-window --allow-rollup --no-allow-rollup --deny-delete --no-deny-delete --deny-purge --no-deny-purge --allow-direct --no-allow-direct --allow-msg-ttl --metadata --json --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --first-sequence)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subjects)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage)
                    COMPREPLY=($(compgen -W "file f memory m" -- "${cur}"))
                    return 0
                    ;;
                --compression)
                    COMPREPLY=($(compgen -W "none s2" -- "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retention)
                    COMPREPLY=($(compgen -W "limits interest workq work" -- "${cur}"))
                    return 0
                    ;;
                --discard)
                    COMPREPLY=($(compgen -W "new old" -- "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-consumers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-msg-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-msgs-per-subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dupe-window)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__edit)
            opts="-f -j -s -h --config --force --dry-run --subjects --description --storage --compression --replicas --ack --no-ack --retention --discard --discard-per-subject --max-age --max-bytes --max-consumers --max-msg-size --max-msgs --max-msgs-per-subject --dupe-window --allow-rollup --no-allow-rollup --deny-delete --no-deny-delete --deny-purge --no-deny-purge --allow-direct --no-allow-direct --allow-msg-ttl --metadata --json --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subjects)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage)
                    COMPREPLY=($(compgen -W "file f memory m" -- "${cur}"))
                    return 0
                    ;;
                --compression)
                    COMPREPLY=($(compgen -W "none s2" -- "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retention)
                    COMPREPLY=($(compgen -W "limits interest workq work" -- "${cur}"))
                    return 0
                    ;;
                --discard)
                    COMPREPLY=($(compgen -W "new old" -- "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-consumers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-msg-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-msgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-msgs-per-subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dupe-window)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__get)
            opts="-S -j -s -h --last-for --json --translate --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --last-for)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -S)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --translate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__info)
            opts="-j -s -h --json --state --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__ls)
            opts="-n -j -a -s -h --subject --names --json --all --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__purge)
            opts="-j -f -s -h --json --force --subject --seq --keep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__report)
            opts="-o -m -n -t -r -j -a -s -h --subject --consumers --messages --name --storage --raw --json --all --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__rm)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__rmm)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__state)
            opts="-j -s -h --json --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__subjects)
            opts="-j -R -s -h --json --sort --reverse --names --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sort)
                    COMPREPLY=($(compgen -W "name subjects messages count" -- "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__stream__subcmd__view)
            opts="-s -h --id --raw --translate --subject --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --translate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        nats__subcmd__subscribe)
            opts="-r -i -T -I -t -d -s -h --queue --durable --raw --translate --ack --match-replies --inbox --count --dump --headers-only --subjects-only --start-sequence --all --new --last --since --last-per-subject --terminate-at-end --stream --ignore-subject --wait --report-subjects --report-subscriptions --report-top --timestamp --delta-time --graph --direct --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --queue)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --durable)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --translate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dump)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start-sequence)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -I)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-top)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --creds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlskey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlsca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --socks-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-api-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-event-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inbox-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --colors)
                    COMPREPLY=($(compgen -W "rounded double yellow blue cyan green magenta red" -- "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _nats -o nosort -o bashdefault -o default nats
else
    complete -F _nats -o bashdefault -o default nats
fi
