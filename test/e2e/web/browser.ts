/**
 * The browser tests' Chromium and server. Debian's Chromium through playwright-core, offline: a throw-away
 * profile, office.js answered by an empty script (the test injects Office), the test's own server let
 * through, and every other request aborted (tests never touch the network).
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { OFFICE_JS_URL } from "./office-stub";

export const CHROMIUM = "/usr/bin/chromium";

export interface OfflineBrowser {
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  dispose(): Promise<void>;
}

export async function offlineChromium(origin: string, viewport?: { width: number; height: number }): Promise<OfflineBrowser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (never npx playwright install).`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dvht-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(viewport ? { viewport } : {}),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL)
      return route.fulfill({ status: 200, contentType: "text/javascript", body: "/* office.js stub: Office is injected by the test */" });
    if (url.startsWith(origin)) return route.continue();
    return route.abort(); // tests never touch the network
  });
  return {
    context,
    dispose: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml" };

export interface DistServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  close(): Promise<void>;
}

/**
 * A static server for `dir` (the built dist/) under `base` ("/" or a sub-path such as "/dvht/", as an add-in
 * may be hosted), in the test's process: closed by the test, nothing left running. Anything outside is a 404.
 */
export async function serveDist(dir: string, base = "/"): Promise<DistServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const rel = url.pathname.startsWith(base) ? decodeURIComponent(url.pathname.slice(base.length)) : undefined;
    const file = rel === undefined ? "" : path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
