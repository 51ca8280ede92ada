// A real browser (headless Chromium, driven by playwright-core) loads a page that connects to
// a server's WebSocket port with the nats.ws bundle, publishes to itself, and asks a service
// answered by a TCP client of the same server. The outcome is the page title.
// Usage: node browser.mjs <ws-url>   (CHROMIUM overrides /usr/bin/chromium)
// Prints the final title ("PASS ..." or "FAIL ...") and exits non-zero unless it passed.
import http from "node:http";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const wsUrl = process.argv[2];
const bundle = readFileSync(path.join(here, "node_modules/nats.ws/esm/nats.js"));
const page = `<!doctype html>
<html><head><title>loading</title></head><body>
<pre id="log"></pre>
<script type="module">
import { connect, StringCodec } from "./nats.js";
const ws = new URLSearchParams(location.search).get("ws");
const log = (t) => { document.getElementById("log").textContent += t + "\\n"; };
try {
  const nc = await connect({ servers: ws });
  const sc = StringCodec();
  const sub = nc.subscribe("browser.echo", { max: 1 });
  await nc.flush();
  // Big enough to be compressed when permessage-deflate is on.
  const big = "browser-".repeat(2000);
  nc.publish("browser.echo", sc.encode(big));
  let echo = "";
  for await (const m of sub) { echo = sc.decode(m.data); }
  if (echo !== big) throw new Error("echo mismatch: " + echo.length);
  const r = await nc.request("svc.upper", sc.encode("from browser"), { timeout: 5000 });
  log("reply " + sc.decode(r.data));
  await nc.drain();
  document.title = "PASS " + sc.decode(r.data);
} catch (e) {
  document.title = "FAIL " + e;
}
</script></body></html>`;

const server = http.createServer((req, res) => {
  if (req.url.startsWith("/nats.js")) {
    res.writeHead(200, { "content-type": "text/javascript" });
    res.end(bundle);
  } else {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(page);
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const port = server.address().port;
let code = 1;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const p = await browser.newPage();
  await p.goto(`http://127.0.0.1:${port}/?ws=${encodeURIComponent(wsUrl)}`);
  await p.waitForFunction(
    () => document.title.startsWith("PASS") || document.title.startsWith("FAIL"),
    null,
    { timeout: 20000 },
  );
  const title = await p.title();
  console.log(title);
  code = title.startsWith("PASS") ? 0 : 1;
} catch (e) {
  console.log(`FAIL ${e}`);
} finally {
  await browser.close();
  server.close();
}
process.exit(code);
