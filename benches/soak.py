#!/usr/bin/env python3
"""Soak load driver and report for benches/soak.sh (issue 16, item 7; not run in CI).

    soak.py drive --url nats://127.0.0.1:P --monitor M --pid PID --label L --duration S --out F
    soak.py report F1 F2 ...

`drive` puts a fixed, paced mixed load on one server for S seconds and appends one JSON line
per sample (every SAMPLE seconds, default 10) to F: the server's RSS and open file descriptors
(from /proc/PID), its varz counters, and what the load generators saw in that window: messages
per second per workload, request/reply round-trip p50/p99, errors. The load (rates per second,
overridable through the environment):

  core fan-out   FAN_RATE (500) x 256 B on soak.fan to 3 subscribers
  queue group    Q_RATE (500) x 256 B on soak.q to 3 members of one queue group
  request/reply  RPC_RATE (50) sequential round trips to one responder (latency measured)
  JetStream      JS_RATE (100) x 256 B acknowledged publishes into file stream SOAK
                 (max 50,000 messages), read by a durable pull consumer (fetch 100, ack each)
                 and a durable push consumer (explicit ack)
  slow consumer  SLOW_RATE (64) x 32 KiB on soak.slow; one subscriber reads nothing for 30 s,
                 then leaves and a new one takes its place (the server should cut it off)
  churn          CHURN_RATE (10) clients connect, subscribe, flush and leave, plus as many
                 half-open TCP connections (connect, close without CONNECT)

`report` prints, per server, a table over time and a summary line. Only the Python standard
library and nats-py are needed. Every wait is bounded; the driver stops after S seconds.
"""

import argparse
import asyncio
import json
import os
import socket
import sys
import time
import urllib.request

import nats
from nats.js.api import AckPolicy, ConsumerConfig, DiscardPolicy, StorageType, StreamConfig

PAYLOAD = b"s" * 256
SLOW_PAYLOAD = b"w" * (32 * 1024)


def env_rate(name, default):
    return float(os.environ.get(name, default))


class Stats:
    """Counters since the last sample, plus totals."""

    KEYS = (
        "fan_tx", "fan_rx", "q_tx", "q_rx", "rpc", "js_tx", "pull_rx", "push_rx",
        "slow_tx", "churn", "half_open", "errors",
    )

    def __init__(self):
        self.window = dict.fromkeys(self.KEYS, 0)
        self.total = dict.fromkeys(self.KEYS, 0)
        self.latencies = []
        self.all_latencies = []
        self.error_kinds = {}

    def add(self, key, n=1):
        self.window[key] += n
        self.total[key] += n

    def error(self, kind):
        self.add("errors")
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1

    def take(self):
        window, lat = self.window, self.latencies
        self.window = dict.fromkeys(self.KEYS, 0)
        self.latencies = []
        return window, lat


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    k = min(len(values) - 1, max(0, int(round(p / 100.0 * (len(values) - 1)))))
    return values[k]


def proc_figures(pid):
    rss = None
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
        fds = len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return None, None
    return rss, fds


def varz(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/varz", timeout=5) as r:
            return json.load(r)
    except Exception:  # noqa: BLE001 - a missed sample is reported as such
        return {}


async def paced(stop, rate, send, stats, label):
    """Calls `send()` `rate` times per second (in 100 ms ticks) until `stop` is set."""
    if rate <= 0:
        return
    start = time.monotonic()
    done = 0
    while not stop.is_set():
        due = int((time.monotonic() - start) * rate)
        # Never try to catch up more than one second of backlog at once.
        if due - done > rate:
            done = due - int(rate)
        while done < due and not stop.is_set():
            try:
                await send()
            except Exception as e:  # noqa: BLE001 - every failure is counted, none stops the soak
                stats.error(f"{label}: {type(e).__name__}")
            done += 1
        await asyncio.sleep(0.1)


CONNECTIONS = []


async def connect(url, stats, name):
    async def on_error(e):
        stats.error(f"{name} async: {type(e).__name__}")

    nc = await nats.connect(
        url, name=name, allow_reconnect=False, connect_timeout=5, error_cb=on_error,
        max_reconnect_attempts=0,
    )
    CONNECTIONS.append(nc)
    return nc


async def slow_consumer_loop(stop, host, port, stats):
    """A subscriber to soak.slow that never reads; replaced every 30 s."""
    while not stop.is_set():
        sock = None
        try:
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.settimeout(5)
            sock.connect((host, port))
            sock.recv(4096)  # INFO
            sock.sendall(b'CONNECT {"verbose":false}\r\nSUB soak.slow 1\r\nPING\r\n')
            sock.setblocking(False)
        except OSError as e:
            stats.error(f"slow: {type(e).__name__}")
        try:
            await asyncio.wait_for(stop.wait(), 30)
        except asyncio.TimeoutError:
            pass
        if sock is not None:
            sock.close()


async def churn_loop(stop, url, host, port, rate, stats):
    if rate <= 0:
        return

    async def quiet(_e):
        pass  # the failed connect raises too; paced() counts it once

    async def one():
        nc = await nats.connect(url, allow_reconnect=False, connect_timeout=5,
                                max_reconnect_attempts=0, error_cb=quiet)
        await nc.subscribe("soak.churn")
        await nc.flush(timeout=5)
        await nc.close()
        stats.add("churn")
        s = socket.create_connection((host, port), timeout=5)
        s.close()
        stats.add("half_open")

    await paced(stop, rate, one, stats, "churn")


async def drive(args):
    stats = Stats()
    stop = asyncio.Event()
    url = args.url
    host, port = url.rsplit("//", 1)[1].rsplit(":", 1)
    port = int(port)
    tasks = []

    # Core fan-out: three subscribers, one publisher.
    fan_pub = await connect(url, stats, "fan-pub")
    for i in range(3):
        sub_nc = await connect(url, stats, f"fan-sub-{i}")

        async def on_fan(_msg):
            stats.add("fan_rx")

        await sub_nc.subscribe("soak.fan", cb=on_fan)
        await sub_nc.flush()

    async def pub_fan():
        await fan_pub.publish("soak.fan", PAYLOAD)
        stats.add("fan_tx")

    # Queue group: three members, one publisher.
    q_pub = await connect(url, stats, "q-pub")
    for i in range(3):
        q_nc = await connect(url, stats, f"q-sub-{i}")

        async def on_q(_msg):
            stats.add("q_rx")

        await q_nc.subscribe("soak.q", queue="workers", cb=on_q)
        await q_nc.flush()

    async def pub_q():
        await q_pub.publish("soak.q", PAYLOAD)
        stats.add("q_tx")

    # Request/reply.
    responder = await connect(url, stats, "responder")

    async def respond(msg):
        await msg.respond(b"pong")

    await responder.subscribe("soak.rpc", cb=respond)
    await responder.flush()
    requester = await connect(url, stats, "requester")

    async def request():
        t0 = time.perf_counter()
        await requester.request("soak.rpc", b"ping", timeout=2)
        ms = (time.perf_counter() - t0) * 1000.0
        stats.latencies.append(ms)
        stats.all_latencies.append(ms)
        stats.add("rpc")

    # JetStream: a file stream, a pull and a push consumer.
    js_nc = await connect(url, stats, "js")
    js = js_nc.jetstream(timeout=5)
    await js.add_stream(StreamConfig(
        name="SOAK", subjects=["soak.js.>"], storage=StorageType.FILE, max_msgs=50_000,
        discard=DiscardPolicy.OLD,
    ))

    async def pub_js():
        await js.publish("soak.js.x", PAYLOAD)
        stats.add("js_tx")

    pull_nc = await connect(url, stats, "pull")
    pull_js = pull_nc.jetstream(timeout=5)
    psub = await pull_js.pull_subscribe(
        "soak.js.>", durable="PULL", config=ConsumerConfig(ack_policy=AckPolicy.EXPLICIT))

    async def pull_loop():
        while not stop.is_set():
            try:
                msgs = await psub.fetch(100, timeout=1)
            except (nats.errors.TimeoutError, asyncio.TimeoutError):
                continue  # nothing to fetch within a second is not an error
            except Exception as e:  # noqa: BLE001
                stats.error(f"pull: {type(e).__name__}")
                await asyncio.sleep(0.1)
                continue
            for m in msgs:
                await m.ack()
                stats.add("pull_rx")

    push_nc = await connect(url, stats, "push")
    push_js = push_nc.jetstream(timeout=5)

    async def on_push(msg):
        await msg.ack()
        stats.add("push_rx")

    await push_js.subscribe("soak.js.>", durable="PUSH", cb=on_push, manual_ack=True)

    # The slow consumer's feed.
    slow_pub = await connect(url, stats, "slow-pub")

    async def pub_slow():
        await slow_pub.publish("soak.slow", SLOW_PAYLOAD)
        stats.add("slow_tx")

    tasks += [
        asyncio.create_task(paced(stop, env_rate("FAN_RATE", 500), pub_fan, stats, "fan")),
        asyncio.create_task(paced(stop, env_rate("Q_RATE", 500), pub_q, stats, "queue")),
        asyncio.create_task(paced(stop, env_rate("RPC_RATE", 50), request, stats, "rpc")),
        asyncio.create_task(paced(stop, env_rate("JS_RATE", 100), pub_js, stats, "js")),
        asyncio.create_task(paced(stop, env_rate("SLOW_RATE", 64), pub_slow, stats, "slow")),
        asyncio.create_task(pull_loop()),
        asyncio.create_task(slow_consumer_loop(stop, host, port, stats)),
        asyncio.create_task(churn_loop(stop, url, host, port, env_rate("CHURN_RATE", 10),
                                       stats)),
    ]

    start = time.monotonic()
    last = start
    out = open(args.out, "a")
    while True:
        elapsed = time.monotonic() - start
        if elapsed >= args.duration:
            break
        await asyncio.sleep(min(args.sample, args.duration - elapsed))
        now = time.monotonic()
        window, lat = stats.take()
        span = max(now - last, 1e-6)
        last = now
        rss, fds = proc_figures(args.pid)
        v = await asyncio.get_running_loop().run_in_executor(None, varz, args.monitor)
        row = {
            "label": args.label, "t": round(now - start), "rss_kib": rss, "fds": fds,
            "conns": v.get("connections"), "slow_consumers": v.get("slow_consumers"),
            "p50_ms": percentile(lat, 50), "p99_ms": percentile(lat, 99),
            "rates": {k: round(window[k] / span, 1) for k in window if k != "errors"},
            "errors": window["errors"],
        }
        out.write(json.dumps(row) + "\n")
        out.flush()
        print(f"{args.label:>12} t={row['t']:>4}s rss={rss and rss // 1024}MiB fds={fds} "
              f"p99={row['p99_ms'] and round(row['p99_ms'], 2)}ms errors={window['errors']}",
              file=sys.stderr, flush=True)

    stop.set()
    await asyncio.wait(tasks, timeout=10)
    for t in tasks:
        t.cancel()
    summary = {
        "label": args.label, "summary": True, "total": stats.total,
        "p50_ms": percentile(stats.all_latencies, 50),
        "p99_ms": percentile(stats.all_latencies, 99),
        "max_ms": max(stats.all_latencies) if stats.all_latencies else None,
        "error_kinds": stats.error_kinds,
    }
    out.write(json.dumps(summary) + "\n")
    out.close()
    for nc in CONNECTIONS:
        try:
            await asyncio.wait_for(nc.close(), 5)
        except Exception:  # noqa: BLE001 - the figures are written; a stuck close is not fatal
            pass


def fmt(v, nd=1):
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.{nd}f}"
    return str(v)


def report(files):
    rows, summaries = {}, {}
    for path in files:
        with open(path) as f:
            for line in f:
                r = json.loads(line)
                if r.get("summary"):
                    summaries[r["label"]] = r
                else:
                    rows.setdefault(r["label"], []).append(r)
    for label, samples in rows.items():
        print(f"\n### {label}\n")
        print("| t (s) | RSS MiB | fds | conns | fan-out rx/s | queue rx/s | JS pub/s | pull/s "
              "| push/s | req/s | p50 ms | p99 ms | slow consumers | errors |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in samples:
            q = r["rates"]
            print(f"| {r['t']} | {fmt(r['rss_kib'] and r['rss_kib'] / 1024)} | {fmt(r['fds'])} "
                  f"| {fmt(r['conns'])} | {fmt(q['fan_rx'], 0)} | {fmt(q['q_rx'], 0)} "
                  f"| {fmt(q['js_tx'], 0)} | {fmt(q['pull_rx'], 0)} | {fmt(q['push_rx'], 0)} "
                  f"| {fmt(q['rpc'], 0)} | {fmt(r['p50_ms'], 2)} | {fmt(r['p99_ms'], 2)} "
                  f"| {fmt(r['slow_consumers'])} | {r['errors']} |")
    print("\n| server | RSS MiB min-max | fds min-max | fan-out rx | queue rx | JS acked "
          "| pull | push | requests | p50 ms | p99 ms | max ms | slow consumers | errors |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for label, samples in rows.items():
        s = summaries.get(label, {})
        tot = s.get("total", {})
        rss = [r["rss_kib"] / 1024 for r in samples if r["rss_kib"]]
        fds = [r["fds"] for r in samples if r["fds"] is not None]
        kinds = s.get("error_kinds") or {}
        errors = str(tot.get("errors", "?"))
        if kinds:
            errors += " (" + ", ".join(f"{k}: {n}" for k, n in sorted(kinds.items())) + ")"
        print(f"| {label} | {min(rss):.0f}-{max(rss):.0f} | {min(fds)}-{max(fds)} "
              f"| {tot.get('fan_rx', '?')} of {3 * tot.get('fan_tx', 0)} "
              f"| {tot.get('q_rx', '?')} of {tot.get('q_tx', '?')} | {tot.get('js_tx', '?')} "
              f"| {tot.get('pull_rx', '?')} | {tot.get('push_rx', '?')} | {tot.get('rpc', '?')} "
              f"| {fmt(s.get('p50_ms'), 2)} | {fmt(s.get('p99_ms'), 2)} "
              f"| {fmt(s.get('max_ms'), 1)} | {fmt(samples[-1]['slow_consumers'])} | {errors} |")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("drive")
    d.add_argument("--url", required=True)
    d.add_argument("--monitor", type=int, required=True)
    d.add_argument("--pid", type=int, required=True)
    d.add_argument("--label", required=True)
    d.add_argument("--duration", type=float, required=True)
    d.add_argument("--sample", type=float, default=float(os.environ.get("SAMPLE", 10)))
    d.add_argument("--out", required=True)
    r = sub.add_parser("report")
    r.add_argument("files", nargs="+")
    args = p.parse_args()
    if args.cmd == "drive":
        try:
            asyncio.run(drive(args))
        except asyncio.CancelledError:
            pass
    else:
        report(args.files)


if __name__ == "__main__":
    main()
