#!/usr/bin/env python3
"""Holds NATS connections or subscriptions open for benches/compare.sh's memory scenarios.

usage: hold.py PORT conns N   N idle connections (CONNECT, PING, PONG each)
       hold.py PORT subs N    one connection with N subscriptions, a tenth of them wildcards

Loopback only (127.0.0.1). Prints "ready" once the server has answered a PING sent after the
last connection or subscription, then keeps everything open (answering the server's PINGs and
discarding any message) until it is killed.
"""

import socket
import sys
import threading

HOST = "127.0.0.1"


def open_conn(port):
    s = socket.create_connection((HOST, port), timeout=30)
    s.recv(4096)  # INFO
    s.sendall(b'CONNECT {"verbose":false,"pedantic":false,"echo":false}\r\n')
    return s


def wait_pong(s):
    buf = b""
    while b"PONG\r\n" not in buf:
        chunk = s.recv(1 << 16)
        if not chunk:
            raise SystemExit("connection closed before PONG: %r" % buf[-200:])
        if b"-ERR" in chunk:
            raise SystemExit("server error: %r" % chunk[:200])
        buf = buf[-8:] + chunk


def drain(s):
    """Answers PINGs and discards everything else until the connection ends."""
    s.settimeout(None)
    tail = b""
    while True:
        try:
            chunk = s.recv(1 << 20)
        except OSError:
            return
        if not chunk:
            return
        if b"PING\r\n" in tail + chunk:
            s.sendall(b"PONG\r\n")
        tail = chunk[-6:]


def subject(i):
    a, b, c = i % 100, (i // 100) % 100, i // 10000
    if i % 20 == 0:
        return "sub.%d.*.%d" % (a, c)
    if i % 10 == 0:
        return "sub.%d.%d.>" % (a, b)
    return "sub.%d.%d.%d" % (a, b, c)


def main():
    port, mode, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    conns = []
    if mode == "conns":
        for _ in range(n):
            s = open_conn(port)
            s.sendall(b"PING\r\n")
            wait_pong(s)
            conns.append(s)
    elif mode == "subs":
        s = open_conn(port)
        batch = []
        for i in range(n):
            batch.append("SUB %s %d\r\n" % (subject(i), i + 1))
            if len(batch) == 1000:
                s.sendall("".join(batch).encode())
                batch = []
        s.sendall(("".join(batch) + "PING\r\n").encode())
        wait_pong(s)
        conns.append(s)
    else:
        raise SystemExit("unknown mode %r" % mode)
    threads = [threading.Thread(target=drain, args=(s,), daemon=True) for s in conns[:1]]
    for t in threads:
        t.start()
    print("ready", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
