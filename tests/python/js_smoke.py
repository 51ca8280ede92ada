"""JetStream with the official Python client (nats-py), unchanged, against a server given by URL.

Run by tests/python.rs against rnats and the reference nats-server: streams, publish with
dedupe and expectations, pull consumers (fetch, ack, nak redelivery), push and ordered
consumers, stream info, message get, purge and delete. Prints `ok` and exits 0, or raises.
"""

import asyncio
import sys

import nats
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy, StreamConfig
from nats.js.errors import BadRequestError, NotFoundError


async def main(url: str) -> None:
    nc = await nats.connect(url)
    js = nc.jetstream()

    info = await js.add_stream(StreamConfig(name="PY", subjects=["py.>"], duplicate_window=60))
    assert info.config.name == "PY", info

    for i in range(10):
        ack = await js.publish(f"py.{i % 2}", f"m-{i}".encode())
        assert (ack.stream, ack.seq) == ("PY", i + 1), ack

    # Deduplication and expectations.
    a = await js.publish("py.0", b"dup", headers={"Nats-Msg-Id": "x1"})
    b = await js.publish("py.0", b"dup", headers={"Nats-Msg-Id": "x1"})
    assert a.seq == b.seq == 11 and b.duplicate, (a, b)
    try:
        await js.publish("py.0", b"late", headers={"Nats-Expected-Last-Sequence": "3"})
        raise AssertionError("wrong expected last sequence accepted")
    except BadRequestError as e:
        assert e.err_code == 10071, e

    si = await js.stream_info("PY")
    assert si.state.messages == 11 and si.state.last_seq == 11, si.state

    msg = await js.get_msg("PY", 2)
    assert msg.data == b"m-1" and msg.subject == "py.1", msg

    # Pull consumer: fetch, ack, nak and redelivery.
    psub = await js.pull_subscribe("py.>", durable="pull", stream="PY")
    got = await psub.fetch(5, timeout=5)
    assert [m.data for m in got] == [f"m-{i}".encode() for i in range(5)], got
    for m in got[:4]:
        await m.ack()
    await got[4].nak()
    # The NAKed message comes again (delivery 2) among the rest.
    redelivered = None
    rest = []
    while len(rest) < 6 or redelivered is None:
        for m in await psub.fetch(7, timeout=5):
            if m.data == b"m-4":
                redelivered = m.metadata.num_delivered
            else:
                rest.append(m.data)
            await m.ack_sync()
    assert redelivered == 2, redelivered
    assert rest == [f"m-{i}".encode() for i in range(5, 10)] + [b"dup"], rest
    ci = await js.consumer_info("PY", "pull")
    assert ci.ack_floor.stream_seq == 11 and ci.num_pending == 0, ci

    # Push consumer with a filter, and an ordered consumer.
    sub = await js.subscribe(
        "py.1",
        stream="PY",
        config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL, ack_policy=AckPolicy.EXPLICIT),
    )
    seen = []
    for _ in range(5):
        m = await sub.next_msg(timeout=5)
        seen.append(m.data)
        await m.ack()
    assert seen == [f"m-{i}".encode() for i in (1, 3, 5, 7, 9)], seen
    await sub.unsubscribe()

    osub = await js.subscribe("py.0", ordered_consumer=True)
    first = await osub.next_msg(timeout=5)
    assert first.data == b"m-0", first
    await osub.unsubscribe()

    # Purge by subject, delete a message, delete the stream.
    await js.purge_stream("PY", subject="py.1")
    assert (await js.stream_info("PY")).state.messages == 6
    assert await js.delete_msg("PY", 3) in (True, None)
    assert (await js.stream_info("PY")).state.messages == 5
    await js.delete_stream("PY")
    try:
        await js.stream_info("PY")
        raise AssertionError("deleted stream still there")
    except NotFoundError as e:
        assert e.err_code == 10059, e

    await nc.close()
    print("ok")


if __name__ == "__main__":
    asyncio.run(asyncio.wait_for(main(sys.argv[1]), 60))
