"""nats-py over TLS and mutual TLS: publish/subscribe and request/reply through a server
whose client port has `tls { verify: true }`. Usage: tls_smoke.py URL CA CERT KEY.
Prints "ok" on success; exits non-zero with the reason otherwise."""
import asyncio
import ssl
import sys

import nats


async def main(url, ca, cert, key):
    ctx = ssl.create_default_context(cafile=ca)
    ctx.load_cert_chain(certfile=cert, keyfile=key)
    nc = await nats.connect(url, tls=ctx, connect_timeout=5, max_reconnect_attempts=0)
    sub = await nc.subscribe("py.tls")
    await nc.publish("py.tls", b"hello over tls")
    msg = await sub.next_msg(timeout=5)
    assert msg.data == b"hello over tls", msg.data

    async def echo(m):
        await m.respond(m.data.upper())

    await nc.subscribe("py.tls.svc", cb=echo)
    resp = await nc.request("py.tls.svc", b"ping", timeout=5)
    assert resp.data == b"PING", resp.data
    await nc.drain()

    # Without a client certificate the server refuses the handshake.
    bare = ssl.create_default_context(cafile=ca)
    try:
        nc2 = await nats.connect(url, tls=bare, connect_timeout=3, max_reconnect_attempts=0,
                                 allow_reconnect=False)
        await nc2.flush(timeout=3)
        await nc2.close()
        raise SystemExit("connected without a client certificate")
    except SystemExit:
        raise
    except Exception:
        pass
    print("ok")


asyncio.run(main(*sys.argv[1:5]))
