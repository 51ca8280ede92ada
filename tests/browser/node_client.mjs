// Node's nats.ws client against a server's WebSocket port: publish/subscribe to itself, a
// request answered by a TCP client of the same server, and a JetStream publish when asked.
// Usage: node node_client.mjs <ws-url> [jetstream]
// Prints "PASS <echo> <reply> [<seq>]" or "FAIL <reason>" and exits non-zero on failure.
import WebSocket from "ws";

globalThis.WebSocket = WebSocket;
const { connect, StringCodec } = await import("nats.ws");

const url = process.argv[2];
const withJs = process.argv[3] === "jetstream";
const timer = setTimeout(() => {
  console.log("FAIL timeout");
  process.exit(2);
}, 20000);
try {
  const nc = await connect({ servers: url });
  const sc = StringCodec();
  const sub = nc.subscribe("node.echo", { max: 1 });
  await nc.flush();
  nc.publish("node.echo", sc.encode("from-node"));
  let echo = "";
  for await (const m of sub) {
    echo = sc.decode(m.data);
  }
  const r = await nc.request("svc.upper", sc.encode("hello"), { timeout: 5000 });
  let out = `PASS ${echo} ${sc.decode(r.data)}`;
  if (withJs) {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.add({ name: "NODEWS", subjects: ["nodews.>"] });
    const js = nc.jetstream();
    const ack = await js.publish("nodews.a", sc.encode("x"));
    out += ` ${ack.seq}`;
  }
  await nc.drain();
  clearTimeout(timer);
  console.log(out);
} catch (e) {
  console.log(`FAIL ${e}`);
  process.exit(1);
}
