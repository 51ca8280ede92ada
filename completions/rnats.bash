_rnats() {
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
                cmd="rnats"
                ;;
            rnats,nats)
                cmd="rnats__subcmd__nats"
                ;;
            rnats,nsc)
                cmd="rnats__subcmd__nsc"
                ;;
            rnats,server)
                cmd="rnats__subcmd__server"
                ;;
            rnats,top)
                cmd="rnats__subcmd__top"
                ;;
            rnats__subcmd__nats,a)
                cmd="rnats__subcmd__nats__subcmd__account"
                ;;
            rnats__subcmd__nats,account)
                cmd="rnats__subcmd__nats__subcmd__account"
                ;;
            rnats__subcmd__nats,bench)
                cmd="rnats__subcmd__nats__subcmd__bench"
                ;;
            rnats__subcmd__nats,c)
                cmd="rnats__subcmd__nats__subcmd__consumer"
                ;;
            rnats__subcmd__nats,con)
                cmd="rnats__subcmd__nats__subcmd__consumer"
                ;;
            rnats__subcmd__nats,consumer)
                cmd="rnats__subcmd__nats__subcmd__consumer"
                ;;
            rnats__subcmd__nats,context)
                cmd="rnats__subcmd__nats__subcmd__context"
                ;;
            rnats__subcmd__nats,ctx)
                cmd="rnats__subcmd__nats__subcmd__context"
                ;;
            rnats__subcmd__nats,kv)
                cmd="rnats__subcmd__nats__subcmd__kv"
                ;;
            rnats__subcmd__nats,ms)
                cmd="rnats__subcmd__nats__subcmd__stream"
                ;;
            rnats__subcmd__nats,obj)
                cmd="rnats__subcmd__nats__subcmd__object"
                ;;
            rnats__subcmd__nats,object)
                cmd="rnats__subcmd__nats__subcmd__object"
                ;;
            rnats__subcmd__nats,obs)
                cmd="rnats__subcmd__nats__subcmd__consumer"
                ;;
            rnats__subcmd__nats,pub)
                cmd="rnats__subcmd__nats__subcmd__publish"
                ;;
            rnats__subcmd__nats,publish)
                cmd="rnats__subcmd__nats__subcmd__publish"
                ;;
            rnats__subcmd__nats,reply)
                cmd="rnats__subcmd__nats__subcmd__reply"
                ;;
            rnats__subcmd__nats,req)
                cmd="rnats__subcmd__nats__subcmd__request"
                ;;
            rnats__subcmd__nats,request)
                cmd="rnats__subcmd__nats__subcmd__request"
                ;;
            rnats__subcmd__nats,rtt)
                cmd="rnats__subcmd__nats__subcmd__rtt"
                ;;
            rnats__subcmd__nats,s)
                cmd="rnats__subcmd__nats__subcmd__stream"
                ;;
            rnats__subcmd__nats,server)
                cmd="rnats__subcmd__nats__subcmd__server"
                ;;
            rnats__subcmd__nats,srv)
                cmd="rnats__subcmd__nats__subcmd__server"
                ;;
            rnats__subcmd__nats,st)
                cmd="rnats__subcmd__nats__subcmd__stream"
                ;;
            rnats__subcmd__nats,str)
                cmd="rnats__subcmd__nats__subcmd__stream"
                ;;
            rnats__subcmd__nats,stream)
                cmd="rnats__subcmd__nats__subcmd__stream"
                ;;
            rnats__subcmd__nats,sub)
                cmd="rnats__subcmd__nats__subcmd__subscribe"
                ;;
            rnats__subcmd__nats,subscribe)
                cmd="rnats__subcmd__nats__subcmd__subscribe"
                ;;
            rnats__subcmd__nats__subcmd__account,info)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__account,nfo)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__account,rep)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__report"
                ;;
            rnats__subcmd__nats__subcmd__account,report)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__report"
                ;;
            rnats__subcmd__nats__subcmd__account__subcmd__report,conn)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__report__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__account__subcmd__report,connections)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__report__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__account__subcmd__report,conns)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__report__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__account__subcmd__report,connz)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__report__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__account__subcmd__report,statistics)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__report__subcmd__statistics"
                ;;
            rnats__subcmd__nats__subcmd__account__subcmd__report,stats)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__report__subcmd__statistics"
                ;;
            rnats__subcmd__nats__subcmd__account__subcmd__report,statsz)
                cmd="rnats__subcmd__nats__subcmd__account__subcmd__report__subcmd__statistics"
                ;;
            rnats__subcmd__nats__subcmd__bench,js)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__js"
                ;;
            rnats__subcmd__nats__subcmd__bench,kv)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__kv"
                ;;
            rnats__subcmd__nats__subcmd__bench,oldjs)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__oldjs"
                ;;
            rnats__subcmd__nats__subcmd__bench,pub)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__pub"
                ;;
            rnats__subcmd__nats__subcmd__bench,service)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__service"
                ;;
            rnats__subcmd__nats__subcmd__bench,sub)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__sub"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__js,consume)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__consume"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__js,fetch)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__fetch"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__js,ordered)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__ordered"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__js,pub)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__pub"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__pub,async)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__pub__subcmd__async"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__pub,sync)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__pub__subcmd__sync"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__kv,get)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__kv__subcmd__get"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__kv,put)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__kv__subcmd__put"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__service,request)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__service__subcmd__request"
                ;;
            rnats__subcmd__nats__subcmd__bench__subcmd__service,serve)
                cmd="rnats__subcmd__nats__subcmd__bench__subcmd__service__subcmd__serve"
                ;;
            rnats__subcmd__nats__subcmd__consumer,add)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__consumer,create)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__consumer,del)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__rm"
                ;;
            rnats__subcmd__nats__subcmd__consumer,delete)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__rm"
                ;;
            rnats__subcmd__nats__subcmd__consumer,info)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__consumer,list)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__consumer,ls)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__consumer,new)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__consumer,next)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__next"
                ;;
            rnats__subcmd__nats__subcmd__consumer,nfo)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__consumer,rm)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__rm"
                ;;
            rnats__subcmd__nats__subcmd__consumer,sub)
                cmd="rnats__subcmd__nats__subcmd__consumer__subcmd__sub"
                ;;
            rnats__subcmd__nats__subcmd__context,-)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__previous"
                ;;
            rnats__subcmd__nats__subcmd__context,add)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__context,copy)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__copy"
                ;;
            rnats__subcmd__nats__subcmd__context,cp)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__copy"
                ;;
            rnats__subcmd__nats__subcmd__context,create)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__context,edit)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__edit"
                ;;
            rnats__subcmd__nats__subcmd__context,info)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__context,l)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__context,list)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__context,ls)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__context,previous)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__previous"
                ;;
            rnats__subcmd__nats__subcmd__context,remove)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__rm"
                ;;
            rnats__subcmd__nats__subcmd__context,rm)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__rm"
                ;;
            rnats__subcmd__nats__subcmd__context,save)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__context,select)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__select"
                ;;
            rnats__subcmd__nats__subcmd__context,set)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__select"
                ;;
            rnats__subcmd__nats__subcmd__context,show)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__context,switch)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__select"
                ;;
            rnats__subcmd__nats__subcmd__context,unselect)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__unselect"
                ;;
            rnats__subcmd__nats__subcmd__context,v)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__context,validate)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__validate"
                ;;
            rnats__subcmd__nats__subcmd__context,vi)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__edit"
                ;;
            rnats__subcmd__nats__subcmd__context,view)
                cmd="rnats__subcmd__nats__subcmd__context__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__kv,add)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__kv,compact)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__compact"
                ;;
            rnats__subcmd__nats__subcmd__kv,create)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__create"
                ;;
            rnats__subcmd__nats__subcmd__kv,del)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__del"
                ;;
            rnats__subcmd__nats__subcmd__kv,edit)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__edit"
                ;;
            rnats__subcmd__nats__subcmd__kv,get)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__get"
                ;;
            rnats__subcmd__nats__subcmd__kv,history)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__history"
                ;;
            rnats__subcmd__nats__subcmd__kv,info)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__kv,list)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__kv,ls)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__kv,new)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__kv,purge)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__purge"
                ;;
            rnats__subcmd__nats__subcmd__kv,put)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__put"
                ;;
            rnats__subcmd__nats__subcmd__kv,revert)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__revert"
                ;;
            rnats__subcmd__nats__subcmd__kv,rm)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__del"
                ;;
            rnats__subcmd__nats__subcmd__kv,status)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__kv,update)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__update"
                ;;
            rnats__subcmd__nats__subcmd__kv,view)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__kv,watch)
                cmd="rnats__subcmd__nats__subcmd__kv__subcmd__watch"
                ;;
            rnats__subcmd__nats__subcmd__object,add)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__object,del)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__del"
                ;;
            rnats__subcmd__nats__subcmd__object,edit)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__edit"
                ;;
            rnats__subcmd__nats__subcmd__object,get)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__get"
                ;;
            rnats__subcmd__nats__subcmd__object,i)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__object,info)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__object,ls)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__object,put)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__put"
                ;;
            rnats__subcmd__nats__subcmd__object,rm)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__del"
                ;;
            rnats__subcmd__nats__subcmd__object,seal)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__seal"
                ;;
            rnats__subcmd__nats__subcmd__object,show)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__object,watch)
                cmd="rnats__subcmd__nats__subcmd__object__subcmd__watch"
                ;;
            rnats__subcmd__nats__subcmd__server,check)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__check"
                ;;
            rnats__subcmd__nats__subcmd__server,i)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__server,info)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__server,list)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__list"
                ;;
            rnats__subcmd__nats__subcmd__server,ls)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__list"
                ;;
            rnats__subcmd__nats__subcmd__server,mkpasswd)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__passwd"
                ;;
            rnats__subcmd__nats__subcmd__server,pass)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__passwd"
                ;;
            rnats__subcmd__nats__subcmd__server,passwd)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__passwd"
                ;;
            rnats__subcmd__nats__subcmd__server,password)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__passwd"
                ;;
            rnats__subcmd__nats__subcmd__server,ping)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__ping"
                ;;
            rnats__subcmd__nats__subcmd__server,rep)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__report"
                ;;
            rnats__subcmd__nats__subcmd__server,report)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__report"
                ;;
            rnats__subcmd__nats__subcmd__server,req)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request"
                ;;
            rnats__subcmd__nats__subcmd__server,request)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__check,conn)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__check__subcmd__connection"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__check,connection)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__check__subcmd__connection"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__check,jetstream)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__check__subcmd__jetstream"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__check,js)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__check__subcmd__jetstream"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__check,server)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__check__subcmd__server"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__report,conn)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__report__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__report,connections)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__report__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__report,conns)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__report__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__report,connz)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__report__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,accounts)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__accounts"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,accountz)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__accounts"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,acct)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__accounts"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,conn)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,connections)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,connz)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__connections"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,healthz)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__jetstream__subcmd__health"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,jetstream)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__jetstream"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,jetstream-health)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__jetstream__subcmd__health"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,js)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__jetstream"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,jsz)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__jetstream"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,sub)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__subscriptions"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,subscriptions)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__subscriptions"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,subsz)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__subscriptions"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,var)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__variables"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,variables)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__variables"
                ;;
            rnats__subcmd__nats__subcmd__server__subcmd__request,varz)
                cmd="rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__variables"
                ;;
            rnats__subcmd__nats__subcmd__stream,add)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__stream,create)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__stream,del)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__rm"
                ;;
            rnats__subcmd__nats__subcmd__stream,delete)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__rm"
                ;;
            rnats__subcmd__nats__subcmd__stream,edit)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__edit"
                ;;
            rnats__subcmd__nats__subcmd__stream,get)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__get"
                ;;
            rnats__subcmd__nats__subcmd__stream,i)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__stream,info)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__stream,l)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__stream,list)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__stream,ls)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__ls"
                ;;
            rnats__subcmd__nats__subcmd__stream,new)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__add"
                ;;
            rnats__subcmd__nats__subcmd__stream,nfo)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__info"
                ;;
            rnats__subcmd__nats__subcmd__stream,purge)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__purge"
                ;;
            rnats__subcmd__nats__subcmd__stream,report)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__report"
                ;;
            rnats__subcmd__nats__subcmd__stream,rm)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__rm"
                ;;
            rnats__subcmd__nats__subcmd__stream,rmm)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__rmm"
                ;;
            rnats__subcmd__nats__subcmd__stream,state)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__state"
                ;;
            rnats__subcmd__nats__subcmd__stream,subj)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__subjects"
                ;;
            rnats__subcmd__nats__subcmd__stream,subjects)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__subjects"
                ;;
            rnats__subcmd__nats__subcmd__stream,update)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__edit"
                ;;
            rnats__subcmd__nats__subcmd__stream,view)
                cmd="rnats__subcmd__nats__subcmd__stream__subcmd__view"
                ;;
            rnats__subcmd__nsc,add)
                cmd="rnats__subcmd__nsc__subcmd__add"
                ;;
            rnats__subcmd__nsc,delete)
                cmd="rnats__subcmd__nsc__subcmd__delete"
                ;;
            rnats__subcmd__nsc,describe)
                cmd="rnats__subcmd__nsc__subcmd__describe"
                ;;
            rnats__subcmd__nsc,edit)
                cmd="rnats__subcmd__nsc__subcmd__edit"
                ;;
            rnats__subcmd__nsc,env)
                cmd="rnats__subcmd__nsc__subcmd__env"
                ;;
            rnats__subcmd__nsc,generate)
                cmd="rnats__subcmd__nsc__subcmd__generate"
                ;;
            rnats__subcmd__nsc,init)
                cmd="rnats__subcmd__nsc__subcmd__init"
                ;;
            rnats__subcmd__nsc,list)
                cmd="rnats__subcmd__nsc__subcmd__list"
                ;;
            rnats__subcmd__nsc,pull)
                cmd="rnats__subcmd__nsc__subcmd__pull"
                ;;
            rnats__subcmd__nsc,push)
                cmd="rnats__subcmd__nsc__subcmd__push"
                ;;
            rnats__subcmd__nsc,revocations)
                cmd="rnats__subcmd__nsc__subcmd__revocations"
                ;;
            rnats__subcmd__nsc,select)
                cmd="rnats__subcmd__nsc__subcmd__select"
                ;;
            rnats__subcmd__nsc,validate)
                cmd="rnats__subcmd__nsc__subcmd__validate"
                ;;
            rnats__subcmd__nsc__subcmd__add,account)
                cmd="rnats__subcmd__nsc__subcmd__add__subcmd__account"
                ;;
            rnats__subcmd__nsc__subcmd__add,export)
                cmd="rnats__subcmd__nsc__subcmd__add__subcmd__export"
                ;;
            rnats__subcmd__nsc__subcmd__add,import)
                cmd="rnats__subcmd__nsc__subcmd__add__subcmd__import"
                ;;
            rnats__subcmd__nsc__subcmd__add,mapping)
                cmd="rnats__subcmd__nsc__subcmd__add__subcmd__mapping"
                ;;
            rnats__subcmd__nsc__subcmd__add,operator)
                cmd="rnats__subcmd__nsc__subcmd__add__subcmd__operator"
                ;;
            rnats__subcmd__nsc__subcmd__add,user)
                cmd="rnats__subcmd__nsc__subcmd__add__subcmd__user"
                ;;
            rnats__subcmd__nsc__subcmd__delete,account)
                cmd="rnats__subcmd__nsc__subcmd__delete__subcmd__account"
                ;;
            rnats__subcmd__nsc__subcmd__delete,user)
                cmd="rnats__subcmd__nsc__subcmd__delete__subcmd__user"
                ;;
            rnats__subcmd__nsc__subcmd__describe,account)
                cmd="rnats__subcmd__nsc__subcmd__describe__subcmd__account"
                ;;
            rnats__subcmd__nsc__subcmd__describe,jwt)
                cmd="rnats__subcmd__nsc__subcmd__describe__subcmd__jwt"
                ;;
            rnats__subcmd__nsc__subcmd__describe,operator)
                cmd="rnats__subcmd__nsc__subcmd__describe__subcmd__operator"
                ;;
            rnats__subcmd__nsc__subcmd__describe,user)
                cmd="rnats__subcmd__nsc__subcmd__describe__subcmd__user"
                ;;
            rnats__subcmd__nsc__subcmd__edit,account)
                cmd="rnats__subcmd__nsc__subcmd__edit__subcmd__account"
                ;;
            rnats__subcmd__nsc__subcmd__edit,operator)
                cmd="rnats__subcmd__nsc__subcmd__edit__subcmd__operator"
                ;;
            rnats__subcmd__nsc__subcmd__edit,user)
                cmd="rnats__subcmd__nsc__subcmd__edit__subcmd__user"
                ;;
            rnats__subcmd__nsc__subcmd__generate,activation)
                cmd="rnats__subcmd__nsc__subcmd__generate__subcmd__activation"
                ;;
            rnats__subcmd__nsc__subcmd__generate,config)
                cmd="rnats__subcmd__nsc__subcmd__generate__subcmd__config"
                ;;
            rnats__subcmd__nsc__subcmd__generate,creds)
                cmd="rnats__subcmd__nsc__subcmd__generate__subcmd__creds"
                ;;
            rnats__subcmd__nsc__subcmd__generate,nkey)
                cmd="rnats__subcmd__nsc__subcmd__generate__subcmd__nkey"
                ;;
            rnats__subcmd__nsc__subcmd__list,accounts)
                cmd="rnats__subcmd__nsc__subcmd__list__subcmd__accounts"
                ;;
            rnats__subcmd__nsc__subcmd__list,keys)
                cmd="rnats__subcmd__nsc__subcmd__list__subcmd__keys"
                ;;
            rnats__subcmd__nsc__subcmd__list,operators)
                cmd="rnats__subcmd__nsc__subcmd__list__subcmd__operators"
                ;;
            rnats__subcmd__nsc__subcmd__list,users)
                cmd="rnats__subcmd__nsc__subcmd__list__subcmd__users"
                ;;
            rnats__subcmd__nsc__subcmd__revocations,add-user)
                cmd="rnats__subcmd__nsc__subcmd__revocations__subcmd__add__subcmd__user"
                ;;
            rnats__subcmd__nsc__subcmd__revocations,delete-user)
                cmd="rnats__subcmd__nsc__subcmd__revocations__subcmd__delete__subcmd__user"
                ;;
            rnats__subcmd__nsc__subcmd__revocations,list-users)
                cmd="rnats__subcmd__nsc__subcmd__revocations__subcmd__list__subcmd__users"
                ;;
            rnats__subcmd__nsc__subcmd__select,account)
                cmd="rnats__subcmd__nsc__subcmd__select__subcmd__account"
                ;;
            rnats__subcmd__nsc__subcmd__select,operator)
                cmd="rnats__subcmd__nsc__subcmd__select__subcmd__operator"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        rnats)
            opts="-h -V --list --help --version server nats nsc top"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        rnats__subcmd__nats)
            opts="-s -h -V --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help --version publish pub subscribe sub request req reply rtt account a bench consumer con obs c context ctx kv object obj stream str st ms s server srv"
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
        rnats__subcmd__nats__subcmd__account)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help info nfo report rep"
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
        rnats__subcmd__nats__subcmd__account__subcmd__info)
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
        rnats__subcmd__nats__subcmd__account__subcmd__report)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help connections conn connz conns statistics stats statsz"
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
        rnats__subcmd__nats__subcmd__account__subcmd__report__subcmd__connections)
            opts="-R -s -h --sort --top --subject --username --reverse --state --closed-reason --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__account__subcmd__report__subcmd__statistics)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help pub sub service js kv oldjs"
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
        rnats__subcmd__nats__subcmd__bench__subcmd__js)
            opts="-s -h --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help pub ordered consume fetch"
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
        rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__consume)
            opts="-s -h --consumer --batch --acks --doubleack --filter --purge --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__fetch)
            opts="-s -h --consumer --batch --acks --doubleack --filter --purge --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__ordered)
            opts="-s -h --batch --purge --filter --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__pub)
            opts="-s -h --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help sync async"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__pub__subcmd__async)
            opts="-H -s -h --multisubject --multisubjectmax --payload --header --create --storage --replicas --maxbytes --dedup --dedupwindow --purge --batch --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__js__subcmd__pub__subcmd__sync)
            opts="-H -s -h --multisubject --multisubjectmax --payload --header --create --storage --replicas --maxbytes --dedup --dedupwindow --purge --clients --msgs --progress --no-progress --csv --size --stream --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__kv)
            opts="-s -h --clients --msgs --progress --no-progress --csv --size --bucket --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help put get"
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
        rnats__subcmd__nats__subcmd__bench__subcmd__kv__subcmd__get)
            opts="-s -h --randomize --clients --msgs --progress --no-progress --csv --size --bucket --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__kv__subcmd__put)
            opts="-s -h --storage --replicas --maxbytes --history --purge --randomize --throughput --duration --clients --msgs --progress --no-progress --csv --size --bucket --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__oldjs)
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
        rnats__subcmd__nats__subcmd__bench__subcmd__pub)
            opts="-H -s -h --clients --msgs --duration --progress --no-progress --csv --size --sleep --multisubject --multisubjectmax --payload --header --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__bench__subcmd__service)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help request serve"
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
        rnats__subcmd__nats__subcmd__bench__subcmd__service__subcmd__request)
            opts="-H -s -h --clients --msgs --duration --progress --no-progress --csv --size --sleep --payload --header --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__service__subcmd__serve)
            opts="-s -h --clients --msgs --duration --progress --no-progress --csv --size --sleep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__bench__subcmd__sub)
            opts="-s -h --clients --msgs --duration --progress --no-progress --csv --size --multisubject --queue --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__consumer)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add create new ls list info nfo rm delete del next sub"
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
        rnats__subcmd__nats__subcmd__consumer__subcmd__add)
            opts="-s -h --config --output --defaults --ack --bps --backoff --backoff-steps --backoff-min --backoff-max --deliver --deliver-group --description --ephemeral --filter --flow-control --heartbeat --headers-only --no-headers-only --max-deliver --max-outstanding --max-pending --max-waiting --max-pull-batch --max-pull-expire --max-pull-bytes --pull --replay --sample --target --wait --inactive-threshold --memory --replicas --metadata --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__consumer__subcmd__info)
            opts="-j -s -h --json --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__consumer__subcmd__ls)
            opts="-j -n -s -h --json --names --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__consumer__subcmd__next)
            opts="-r -s -h --ack --no-ack --nak --term --raw --wait --count --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__consumer__subcmd__rm)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__consumer__subcmd__sub)
            opts="-r -s -h --ack --no-ack --raw --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__context)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add create save copy cp edit vi ls list l rm remove select switch set unselect info show v view validate previous -"
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
        rnats__subcmd__nats__subcmd__context__subcmd__add)
            opts="-s -h --description --select --embed --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__context__subcmd__copy)
            opts="-s -h --description --select --embed --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__context__subcmd__edit)
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
        rnats__subcmd__nats__subcmd__context__subcmd__info)
            opts="-j -s -h --json --connect --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__context__subcmd__ls)
            opts="-j -s -h --completion --json --names --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__context__subcmd__previous)
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
        rnats__subcmd__nats__subcmd__context__subcmd__rm)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__context__subcmd__select)
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
        rnats__subcmd__nats__subcmd__context__subcmd__unselect)
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
        rnats__subcmd__nats__subcmd__context__subcmd__validate)
            opts="-s -h --connect --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__kv)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add new edit put get create update del rm purge history revert info view status watch ls list compact"
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
        rnats__subcmd__nats__subcmd__kv__subcmd__add)
            opts="-s -h --description --history --storage --ttl --marker-ttl --replicas --max-value-size --max-bucket-size --tags --cluster --compress --no-compress --metadata --republish-source --republish-destination --republish-headers --mirror --mirror-domain --source --no-mirror --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__kv__subcmd__compact)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__kv__subcmd__create)
            opts="-s -h --ttl --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__kv__subcmd__del)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__kv__subcmd__edit)
            opts="-s -h --description --history --storage --ttl --marker-ttl --replicas --max-value-size --max-bucket-size --tags --cluster --compress --no-compress --metadata --republish-source --republish-destination --republish-headers --mirror --mirror-domain --source --no-mirror --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__kv__subcmd__get)
            opts="-s -h --revision --raw --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__kv__subcmd__history)
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
        rnats__subcmd__nats__subcmd__kv__subcmd__info)
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
        rnats__subcmd__nats__subcmd__kv__subcmd__ls)
            opts="-n -v -s -h --names --verbose --display-value --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__kv__subcmd__purge)
            opts="-f -s -h --force --ttl --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__kv__subcmd__put)
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
        rnats__subcmd__nats__subcmd__kv__subcmd__revert)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__kv__subcmd__update)
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
        rnats__subcmd__nats__subcmd__kv__subcmd__watch)
            opts="-s -h --history --deletes --no-deletes --updates --revision --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__object)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add edit put del rm get info show i ls seal watch"
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
        rnats__subcmd__nats__subcmd__object__subcmd__add)
            opts="-s -h --ttl --replicas --max-bucket-size --description --storage --tags --cluster --metadata --compress --no-compress --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__object__subcmd__del)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__object__subcmd__edit)
            opts="-s -h --ttl --replicas --max-bucket-size --description --storage --tags --cluster --metadata --compress --no-compress --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__object__subcmd__get)
            opts="-O -f -s -h --output --progress --no-progress --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__object__subcmd__info)
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
        rnats__subcmd__nats__subcmd__object__subcmd__ls)
            opts="-n -s -h --names --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__object__subcmd__put)
            opts="-H -f -s -h --name --description --header --chunk-size --progress --no-progress --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__object__subcmd__seal)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__object__subcmd__watch)
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
        rnats__subcmd__nats__subcmd__publish)
            opts="-H -J -q -s -h --reply --header --atomic --count --force-stdin --jetstream --quiet --schedule-after --schedule-at --schedule-cron --schedule-dest --schedule-every --schedule-source --schedule-ttl --send-on --sleep --templates --no-templates --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
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
        rnats__subcmd__nats__subcmd__reply)
            opts="-q -H -s -h --echo --command --queue --sleep --header --count --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
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
        rnats__subcmd__nats__subcmd__request)
            opts="-r -H -s -h --raw --header --count --replies --reply-timeout --wait-for-empty --translate --force-stdin --send-on --templates --no-templates --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
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
        rnats__subcmd__nats__subcmd__rtt)
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
        rnats__subcmd__nats__subcmd__server)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help ping request req check passwd mkpasswd pass password info i list ls report rep"
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
        rnats__subcmd__nats__subcmd__server__subcmd__check)
            opts="-s -h --format --outfile --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help connection conn server jetstream js"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__check__subcmd__connection)
            opts="-s -h --connect-warn --connect-critical --rtt-warn --rtt-critical --req-warn --req-critical --format --outfile --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__check__subcmd__jetstream)
            opts="-s -h --mem-warn --mem-critical --store-warn --store-critical --streams-warn --streams-critical --consumers-warn --consumers-critical --replicas --replica-seen-critical --replica-lag-critical --format --outfile --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__check__subcmd__server)
            opts="-s -h --name --cpu-warn --cpu-critical --mem-warn --mem-critical --conn-warn --conn-critical --subs-warn --subs-critical --uptime-warn --uptime-critical --auth-required --tls-required --js-required --format --outfile --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__info)
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
        rnats__subcmd__nats__subcmd__server__subcmd__list)
            opts="-j -R -s -h --json --sort --reverse --compact --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__passwd)
            opts="-p -c -g -s -h --pass --cost --generate --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__ping)
            opts="-s -h --graph --id --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__server__subcmd__report)
            opts="-j -R -s -h --json --reverse --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help connections conn connz conns"
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
        rnats__subcmd__nats__subcmd__server__subcmd__report__subcmd__connections)
            opts="-j -R -s -h --account --sort --top --username --state --subject --closed-reason --filter --json --reverse --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__request)
            opts="-s -h --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help variables var varz connections conn connz subscriptions sub subsz jetstream jsz js accounts accountz acct jetstream-health healthz"
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
        rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__accounts)
            opts="-s -h --account --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__connections)
            opts="-s -h --sort --subscriptions --filter-cid --filter-state --filter-user --filter-account --filter-empty --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__jetstream)
            opts="-s -h --account --accounts --streams --consumer --config --leader --all --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__jetstream__subcmd__health)
            opts="-J -S -s -h --js-enabled --server-only --account --stream --consumer --details --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__subscriptions)
            opts="-s -h --detail --filter-account --filter-subject --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__server__subcmd__request__subcmd__variables)
            opts="-s -h --limit --offset --name --host --cluster --tags --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        rnats__subcmd__nats__subcmd__stream)
            opts="-s -h --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help add create new ls list l report info nfo i state subjects subj edit update rm delete del purge rmm view get"
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
        rnats__subcmd__nats__subcmd__stream__subcmd__add)
            opts="-j -s -h --config --output --first-sequence --defaults --subjects --description --storage --compression --replicas --ack --no-ack --retention --discard --discard-per-subject --max-age --max-bytes --max-consumers --max-msg-size --max-msgs --max-msgs-per-subject --dupe-window --allow-rollup --no-allow-rollup --deny-delete --no-deny-delete --deny-purge --no-deny-purge --allow-direct --no-allow-direct --allow-msg-ttl --metadata --json --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__stream__subcmd__edit)
            opts="-f -j -s -h --config --force --dry-run --subjects --description --storage --compression --replicas --ack --no-ack --retention --discard --discard-per-subject --max-age --max-bytes --max-consumers --max-msg-size --max-msgs --max-msgs-per-subject --dupe-window --allow-rollup --no-allow-rollup --deny-delete --no-deny-delete --deny-purge --no-deny-purge --allow-direct --no-allow-direct --allow-msg-ttl --metadata --json --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__stream__subcmd__get)
            opts="-S -j -s -h --last-for --json --translate --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__stream__subcmd__info)
            opts="-j -s -h --json --state --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__stream__subcmd__ls)
            opts="-n -j -a -s -h --subject --names --json --all --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__stream__subcmd__purge)
            opts="-j -f -s -h --json --force --subject --seq --keep --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__stream__subcmd__report)
            opts="-o -m -n -t -r -j -a -s -h --subject --consumers --messages --name --storage --raw --json --all --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__stream__subcmd__rm)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__stream__subcmd__rmm)
            opts="-f -s -h --force --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__stream__subcmd__state)
            opts="-j -s -h --json --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
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
        rnats__subcmd__nats__subcmd__stream__subcmd__subjects)
            opts="-j -R -s -h --json --sort --reverse --names --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__stream__subcmd__view)
            opts="-s -h --id --raw --translate --subject --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
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
        rnats__subcmd__nats__subcmd__subscribe)
            opts="-r -i -T -I -t -d -s -h --queue --durable --raw --translate --ack --match-replies --inbox --count --dump --headers-only --subjects-only --start-sequence --all --new --last --since --last-per-subject --terminate-at-end --stream --ignore-subject --wait --report-subjects --report-subscriptions --report-top --timestamp --delta-time --graph --direct --server --user --password --token --connection-name --creds --nkey --jwt --seed --tlscert --tlskey --tlsca --tlsfirst --timeout --socks-proxy --js-api-prefix --js-event-prefix --js-domain --inbox-prefix --colors --context --trace --no-context --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
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
        rnats__subcmd__nsc)
            opts="-H -K -i -h -V --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help --version init env add edit delete describe list generate select validate push pull revocations"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__add)
            opts="-H -K -i -h --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help operator account user export import mapping"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__add__subcmd__account)
            opts="-n -k -o -H -K -i -h --name --public-key --tag --operator --allow-pub --allow-pubsub --allow-sub --deny-pub --deny-pubsub --deny-sub --allow-pub-response --response-ttl --rm --rm-response-perms --start --expiry --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pubsub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-pub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-pubsub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pub-response)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --response-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expiry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__add__subcmd__export)
            opts="-n -s -r -p -a -H -K -i -h --name --subject --service --private --response-type --account-token-position --advertise --allow-trace --account --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --response-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account-token-position)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__add__subcmd__import)
            opts="-n -u -s -a -H -K -i -h --name --token --local-subject --src-account --remote-subject --service --share --allow-trace --account --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --local-subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --src-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remote-subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__add__subcmd__mapping)
            opts="-a -f -t -H -K -i -h --account --from --to --weight --cluster --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --weight)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__add__subcmd__operator)
            opts="-n -s -u -H -K -i -h --name --generate-signing-key --sys --url --force --start --expiry --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expiry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__add__subcmd__user)
            opts="-n -a -k -H -K -i -h --name --account --public-key --bearer --tag --source-network --allow-pub --allow-pubsub --allow-sub --deny-pub --deny-pubsub --deny-sub --allow-pub-response --response-ttl --rm --rm-response-perms --start --expiry --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-network)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pubsub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-pub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-pubsub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pub-response)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --response-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expiry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__delete)
            opts="-H -K -i -h --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help account user"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__delete__subcmd__account)
            opts="-n -D -C -H -K -i -h --name --rm-nkey --rm-creds --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__delete__subcmd__user)
            opts="-n -a -R -D -C -H -K -i -h --name --account --revoke --rm-nkey --rm-creds --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__describe)
            opts="-J -R -W -H -K -i -h --json --raw --long-ids --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help operator account user jwt"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__describe__subcmd__account)
            opts="-n -J -R -W -H -K -i -h --name --json --raw --long-ids --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__describe__subcmd__jwt)
            opts="-f -o -J -R -W -H -K -i -h --file --output-file --json --raw --long-ids --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__describe__subcmd__operator)
            opts="-n -J -R -W -H -K -i -h --name --json --raw --long-ids --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__describe__subcmd__user)
            opts="-n -a -J -R -W -H -K -i -h --name --account --json --raw --long-ids --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__edit)
            opts="-H -K -i -h --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help operator account user"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__edit__subcmd__account)
            opts="-n -H -K -i -h --name --conns --leaf-conns --subscriptions --payload --data --imports --exports --wildcard-exports --disallow-bearer --js-mem-storage --js-disk-storage --js-streams --js-consumer --js-max-ack-pending --js-max-mem-stream --js-max-disk-stream --js-max-bytes-required --js-tier --js-enable --js-disable --rm-js-tier --sk --rm-sk --description --info-url --tag --rm-tag --allow-pub --allow-pubsub --allow-sub --deny-pub --deny-pubsub --deny-sub --allow-pub-response --response-ttl --rm --rm-response-perms --start --expiry --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --conns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leaf-conns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscriptions)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --payload)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --imports)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --exports)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wildcard-exports)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --disallow-bearer)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --js-mem-storage)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-disk-storage)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-streams)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-consumer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-max-ack-pending)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-max-mem-stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-max-disk-stream)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-max-bytes-required)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --js-tier)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --js-enable)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-js-tier)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sk)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-sk)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --info-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pubsub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-pub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-pubsub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pub-response)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --response-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expiry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__edit__subcmd__operator)
            opts="-u -H -K -i -h --service-url --rm-service-url --account-jwt-server-url --rm-account-jwt-server-url --system-account --require-signing-keys --sk --rm-sk --tag --rm-tag --start --expiry --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --service-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-service-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account-jwt-server-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --require-signing-keys)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --sk)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-sk)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expiry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__edit__subcmd__user)
            opts="-n -a -H -K -i -h --name --account --bearer --conn-type --rm-conn-type --source-network --rm-source-network --time --rm-time --locale --subs --data --payload --tag --rm-tag --allow-pub --allow-pubsub --allow-sub --deny-pub --deny-pubsub --deny-sub --allow-pub-response --response-ttl --rm --rm-response-perms --start --expiry --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bearer)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --conn-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-conn-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-network)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-source-network)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --locale)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --payload)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm-tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pubsub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-pub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-pubsub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-pub-response)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --response-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expiry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__env)
            opts="-o -a -s -H -K -i -h --operator --account --store --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --store)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__generate)
            opts="-H -K -i -h --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help nkey creds config activation"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__generate__subcmd__activation)
            opts="-a -s -t -o -H -K -i -h --account --subject --target-account --output-file --push --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__generate__subcmd__config)
            opts="-o -H -K -i -h --mem-resolver --nats-resolver --nats-resolver-cache --nkey --config-file --dir --sys-account --operator --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__generate__subcmd__creds)
            opts="-a -n -o -H -K -i -h --account --name --output-file --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__generate__subcmd__nkey)
            opts="-o -a -u -x -S -H -K -i -h --operator --account --user --curve --store --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__init)
            opts="-n -d -u -H -K -i -h --name --dir --url --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__list)
            opts="-H -K -i -h --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help operators accounts users keys"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__list__subcmd__accounts)
            opts="-J -H -K -i -h --json --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__list__subcmd__keys)
            opts="-o -a -u -A -S -H -K -i -h --operator --accounts --users --all --show-seeds --not-referenced --account --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__list__subcmd__operators)
            opts="-J -H -K -i -h --json --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__list__subcmd__users)
            opts="-a -J -H -K -i -h --account --json --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__pull)
            opts="-A -a -F -H -K -i -h --all --account --overwrite-newer --system-account --system-user --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__push)
            opts="-A -a -F -u -D -P -R -H -K -i -h --all --account --force --account-jwt-server-url --diff --prune --account-removal --system-account --system-user --timeout --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account-jwt-server-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account-removal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -R)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__revocations)
            opts="-H -K -i -h --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help add-user delete-user list-users"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__revocations__subcmd__add__subcmd__user)
            opts="-n -u -a -H -K -i -h --name --user-public-key --account --at --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --at)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__revocations__subcmd__delete__subcmd__user)
            opts="-n -u -a -H -K -i -h --name --user-public-key --account --at --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --at)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__revocations__subcmd__list__subcmd__users)
            opts="-a -H -K -i -h --account --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__select)
            opts="-H -K -i -h --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help operator account"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__select__subcmd__account)
            opts="-H -K -i -h --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__select__subcmd__operator)
            opts="-H -K -i -h --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__nsc__subcmd__validate)
            opts="-A -a -f -H -K -i -h --all-accounts --account --file --config-dir --data-dir --keystore-dir --all-dirs --private-key --interactive --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keystore-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --all-dirs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -K)
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
        rnats__subcmd__server)
            opts="-a -p -n -P -m -c -t -l -T -s -r -D -V -h -v --net --addr --port --server_name --name --pid --http_port --ms --https_port --config --sl --signal --client_advertise --ports_file_dir --log --logtime --logtime_utc --syslog --remote_syslog --debug --trace --VV --DV --DVV --log_size_limit --max_traced_msg_len --js --jetstream --sd --store_dir --user --pass --auth --tls --tlscert --tlskey --tlsverify --tlscacert --routes --cluster --cluster_name --no_advertise --cluster_advertise --connect_retries --cluster_listen --profile --help --version --help_tls"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --net)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server_name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pid)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -P)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --http_port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -m)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --https_port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -c)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --signal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client_advertise)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ports_file_dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --log)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -l)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --remote_syslog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -r)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log_size_limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max_traced_msg_len)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --store_dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --sd)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pass)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tlscert)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --tlskey)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --tlscacert)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --routes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster_name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster_advertise)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connect_retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster_listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
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
        rnats__subcmd__top)
            opts="--s --m --ms --n --d --sort --lookup --o --l --b --r --display-subscriptions-column --u --cert --key --cacert --k --version --v --help --h"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --m)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --d)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --o)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --r)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --key)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --cacert)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
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
    complete -F _rnats -o nosort -o bashdefault -o default rnats
else
    complete -F _rnats -o bashdefault -o default rnats
fi
