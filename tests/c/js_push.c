/*
 * The NATS C client (cnats 3.4, Debian's libnats-dev) against a server given by URL: JetStream
 * push consumers (js_Subscribe with a callback, js_SubscribeSync), an ordered consumer, a
 * pull subscription, and KV watch and history. Prints "ok" and exits 0 when every step got
 * what it should, otherwise names the failing step on stderr and exits 1.
 *
 * Used by tests/c_client.rs, which builds it with `cc js_push.c -lnats` and runs it against
 * rnats and the reference nats-server. The 3.4 client has no object store API.
 */
#include <nats/nats.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 5
/* Messages in the stream when each consumer starts; N more are published while it runs. */
#define WAIT_MS 5000

static void
fail(const char *step, natsStatus s, jsErrCode jerr)
{
    fprintf(stderr, "FAIL %s: %s (jerr %d) %s\n", step, natsStatus_GetText(s), (int) jerr,
            nats_GetLastError(NULL) ? nats_GetLastError(NULL) : "");
    exit(1);
}

#define CHECK(step, call)                                                                \
    do {                                                                                   \
        natsStatus s_ = (call);                                                            \
        if (s_ != NATS_OK)                                                                 \
            fail(step, s_, 0);                                                             \
    } while (0)

typedef struct {
    pthread_mutex_t mu;
    int count;
    int bad;
} counter;

static void
on_msg(natsConnection *nc, natsSubscription *sub, natsMsg *msg, void *closure)
{
    counter *c = closure;
    char want[16];
    (void) nc;
    (void) sub;
    pthread_mutex_lock(&c->mu);
    snprintf(want, sizeof want, "m%d", c->count + 1);
    if (natsMsg_GetDataLength(msg) != (int) strlen(want) ||
        memcmp(natsMsg_GetData(msg), want, strlen(want)) != 0)
        c->bad++;
    c->count++;
    pthread_mutex_unlock(&c->mu);
    natsMsg_Destroy(msg);
}

static int published = 0;

/* Publishes the next `n` messages m<k> to cs.a. */
static void
publish(jsCtx *js, int n)
{
    for (int i = 0; i < n; i++) {
        char body[16];
        jsErrCode jerr = 0;
        snprintf(body, sizeof body, "m%d", ++published);
        natsStatus s = js_Publish(NULL, js, "cs.a", body, (int) strlen(body), NULL, &jerr);
        if (s != NATS_OK)
            fail("publish", s, jerr);
    }
}

static void
wait_count(const char *step, counter *c, int want)
{
    int64_t deadline = nats_Now() + WAIT_MS;
    int got, bad;
    for (;;) {
        pthread_mutex_lock(&c->mu);
        got = c->count;
        bad = c->bad;
        pthread_mutex_unlock(&c->mu);
        if (got >= want || nats_Now() >= deadline)
            break;
        nats_Sleep(10);
    }
    if (got != want || bad != 0) {
        fprintf(stderr, "FAIL %s: %d of %d messages (%d out of order)\n", step, got, want, bad);
        exit(1);
    }
}

/* Reads messages m1..m<total> from a synchronous subscription. */
static void
read_sync(const char *step, natsSubscription *sub, int total, int ack)
{
    for (int i = 1; i <= total; i++) {
        natsMsg *m = NULL;
        char want[16];
        natsStatus s = natsSubscription_NextMsg(&m, sub, WAIT_MS);
        if (s != NATS_OK) {
            fprintf(stderr, "FAIL %s: message %d: %s\n", step, i, natsStatus_GetText(s));
            exit(1);
        }
        snprintf(want, sizeof want, "m%d", i);
        if (natsMsg_GetDataLength(m) != (int) strlen(want) ||
            memcmp(natsMsg_GetData(m), want, strlen(want)) != 0) {
            fprintf(stderr, "FAIL %s: message %d is %.*s\n", step, i, natsMsg_GetDataLength(m),
                    natsMsg_GetData(m));
            exit(1);
        }
        if (ack)
            CHECK("ack", natsMsg_Ack(m, NULL));
        natsMsg_Destroy(m);
    }
}

int
main(int argc, char **argv)
{
    natsConnection *nc = NULL;
    jsCtx *js = NULL;
    jsStreamConfig cfg;
    jsErrCode jerr = 0;
    natsStatus s;

    if (argc != 2) {
        fprintf(stderr, "usage: %s URL\n", argv[0]);
        return 2;
    }
    CHECK("connect", natsConnection_ConnectTo(&nc, argv[1]));
    CHECK("jetstream", natsConnection_JetStream(&js, nc, NULL));

    jsStreamConfig_Init(&cfg);
    cfg.Name = "CS";
    const char *subjects[] = {"cs.>"};
    cfg.Subjects = subjects;
    cfg.SubjectsLen = 1;
    s = js_AddStream(NULL, js, &cfg, NULL, &jerr);
    if (s != NATS_OK)
        fail("add stream", s, jerr);
    publish(js, N);

    /* js_Subscribe: push consumer, callback, auto ack. */
    {
        counter c = {PTHREAD_MUTEX_INITIALIZER, 0, 0};
        natsSubscription *sub = NULL;
        s = js_Subscribe(&sub, js, "cs.a", on_msg, &c, NULL, NULL, &jerr);
        if (s != NATS_OK)
            fail("js_Subscribe", s, jerr);
        wait_count("js_Subscribe (stored)", &c, published);
        publish(js, N);
        wait_count("js_Subscribe (live)", &c, published);
        CHECK("unsubscribe", natsSubscription_Unsubscribe(sub));
        natsSubscription_Destroy(sub);
    }

    /* js_SubscribeSync: push consumer read with NextMsg, explicit acks. */
    {
        natsSubscription *sub = NULL;
        s = js_SubscribeSync(&sub, js, "cs.a", NULL, NULL, &jerr);
        if (s != NATS_OK)
            fail("js_SubscribeSync", s, jerr);
        publish(js, N);
        read_sync("js_SubscribeSync", sub, published, 1);
        CHECK("unsubscribe", natsSubscription_Unsubscribe(sub));
        natsSubscription_Destroy(sub);
    }

    /* Ordered consumer (flow control and heartbeats set by the client). */
    {
        natsSubscription *sub = NULL;
        jsSubOptions so;
        jsSubOptions_Init(&so);
        so.Ordered = true;
        s = js_SubscribeSync(&sub, js, "cs.a", NULL, &so, &jerr);
        if (s != NATS_OK)
            fail("ordered subscribe", s, jerr);
        publish(js, N);
        read_sync("ordered", sub, published, 0);
        CHECK("unsubscribe", natsSubscription_Unsubscribe(sub));
        natsSubscription_Destroy(sub);
    }

    /* Pull subscription: fetch all N. */
    {
        natsSubscription *sub = NULL;
        natsMsgList list = {0};
        s = js_PullSubscribe(&sub, js, "cs.a", "PULL", NULL, NULL, &jerr);
        if (s != NATS_OK)
            fail("js_PullSubscribe", s, jerr);
        s = natsSubscription_Fetch(&list, sub, published, WAIT_MS, &jerr);
        if (s != NATS_OK || list.Count != published)
            fail("fetch", s, jerr);
        for (int i = 0; i < list.Count; i++)
            CHECK("ack", natsMsg_Ack(list.Msgs[i], NULL));
        natsMsgList_Destroy(&list);
        CHECK("unsubscribe", natsSubscription_Unsubscribe(sub));
        natsSubscription_Destroy(sub);
    }

    /* KV: put, watch (initial values then a live update), history. */
    {
        kvStore *kv = NULL;
        kvConfig kc;
        kvWatcher *w = NULL;
        kvEntry *e = NULL;
        kvEntryList hist = {0};
        kvConfig_Init(&kc);
        kc.Bucket = "CKV";
        kc.History = 5;
        CHECK("create kv", js_CreateKeyValue(&kv, js, &kc));
        CHECK("kv put", kvStore_PutString(NULL, kv, "k", "v1"));
        CHECK("kv put", kvStore_PutString(NULL, kv, "k", "v2"));
        CHECK("kv put", kvStore_PutString(NULL, kv, "other", "o1"));
        CHECK("kv watch", kvStore_Watch(&w, kv, "k", NULL));
        CHECK("kv watch initial", kvWatcher_Next(&e, w, WAIT_MS));
        if (e == NULL || strcmp(kvEntry_ValueString(e), "v2") != 0) {
            fprintf(stderr, "FAIL kv watch initial: %s\n", e ? kvEntry_ValueString(e) : "(null)");
            return 1;
        }
        kvEntry_Destroy(e);
        /* The end of the initial values is a NULL entry. */
        CHECK("kv watch marker", kvWatcher_Next(&e, w, WAIT_MS));
        if (e != NULL) {
            fprintf(stderr, "FAIL kv watch marker: got %s\n", kvEntry_ValueString(e));
            return 1;
        }
        CHECK("kv put", kvStore_PutString(NULL, kv, "k", "v3"));
        CHECK("kv watch update", kvWatcher_Next(&e, w, WAIT_MS));
        if (e == NULL || strcmp(kvEntry_ValueString(e), "v3") != 0 || kvEntry_Revision(e) != 4) {
            fprintf(stderr, "FAIL kv watch update\n");
            return 1;
        }
        kvEntry_Destroy(e);
        kvWatcher_Destroy(w);
        CHECK("kv history", kvStore_History(&hist, kv, "k", NULL));
        if (hist.Count != 3 || strcmp(kvEntry_ValueString(hist.Entries[0]), "v1") != 0 ||
            strcmp(kvEntry_ValueString(hist.Entries[2]), "v3") != 0) {
            fprintf(stderr, "FAIL kv history: %d entries\n", hist.Count);
            return 1;
        }
        kvEntryList_Destroy(&hist);
        kvStore_Destroy(kv);
    }

    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    printf("ok\n");
    return 0;
}
