"""nats-py's ordered push consumer when its stream is deleted and across a server restart.

Usage: ordered.py URL deleted|restart

`deleted`: read m1..m3, delete the stream, expect the client's error callback to report
`stream not found` (10059) from its recreate attempts, then create the stream again, publish
n1..n5 and expect n4, n5 (the recreated consumer starts after the last sequence seen, 3).

`restart`: read m1..m5, print "restart" and wait for a line on stdin (the test restarts the
server on the same store and port meanwhile), publish m6..m10 and expect exactly those, in
order, without duplicates. Prints "ok" on success.
"""
import asyncio
import sys

import nats
from nats.js.api import StreamConfig
from nats.js.errors import NotFoundError


async def main(url, mode):
    errors = []

    async def on_error(e):
        errors.append(e)

    nc = await nats.connect(
        url,
        error_cb=on_error,
        max_reconnect_attempts=-1,
        reconnect_time_wait=0.2,
    )
    js = nc.jetstream()
    await js.add_stream(StreamConfig(name="ORD", subjects=["ord.>"]))
    total = 3 if mode == "deleted" else 5
    for i in range(1, total + 1):
        await js.publish("ord.x", f"m{i}".encode())
    sub = await js.subscribe("ord.x", ordered_consumer=True, idle_heartbeat=0.5)

    async def expect(want, wait):
        for w in want:
            m = await sub.next_msg(timeout=wait)
            got = m.data.decode()
            assert got == w, f"got {got}, want {w}"

    await expect([f"m{i}" for i in range(1, total + 1)], 5)
    if mode == "deleted":
        await js.delete_stream("ORD")
        for _ in range(50):
            if any(isinstance(e, NotFoundError) and e.err_code == 10059 for e in errors):
                break
            await asyncio.sleep(0.1)
        else:
            raise AssertionError(f"no stream-not-found error: {errors!r}")
        await js.add_stream(StreamConfig(name="ORD", subjects=["ord.>"]))
        for i in range(1, 6):
            await js.publish("ord.x", f"n{i}".encode())
        await expect(["n4", "n5"], 10)
    else:
        print("restart", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        for i in range(6, 11):
            for _ in range(100):
                try:
                    await js.publish("ord.x", f"m{i}".encode(), timeout=1)
                    break
                except Exception:
                    await asyncio.sleep(0.1)
            else:
                raise AssertionError(f"cannot publish m{i} after the restart")
        await expect([f"m{i}" for i in range(6, 11)], 15)
    try:
        extra = await sub.next_msg(timeout=0.5)
        raise AssertionError(f"unexpected {extra.data!r}")
    except nats.errors.TimeoutError:
        pass
    await nc.close()
    print("ok", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
