import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

/** One script the browser fetched (or took from its cache) for a page, as Chromium's network log tells it. */
export interface ScriptTransfer {
  /** The file's path, `/assets/index-Ab12Cd34.js`. */
  path: string;
  /** Bytes that came over the network for it, headers included: 0 when the cache answered. */
  bytes: number;
  /** The coding it came in ("br", "gzip", "" for none), when it came from the network. */
  encoding: string;
  fromCache: boolean;
}

/**
 * Every JavaScript file a page loads, with the bytes actually transferred for it, from Chromium's DevTools protocol
 * (Network.loadingFinished's encodedDataLength): what came over the wire, not what the cache held.
 */
export async function watchScripts(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  // The browser's own cache stays on, as a person's browser has it.
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
  const open = new Map<string, { path: string; encoding: string; fromCache: boolean }>();
  let done: ScriptTransfer[] = [];
  const isScript = (url: string) => {
    const { pathname } = new URL(url);
    return pathname.startsWith("/assets/") && pathname.endsWith(".js") ? pathname : null;
  };
  cdp.on("Network.requestWillBeSent", (event) => {
    const script = isScript(event.request.url);
    if (script) open.set(event.requestId, { path: script, encoding: "", fromCache: false });
  });
  cdp.on("Network.requestServedFromCache", (event) => {
    const entry = open.get(event.requestId);
    if (entry) entry.fromCache = true;
  });
  cdp.on("Network.responseReceived", (event) => {
    const entry = open.get(event.requestId);
    if (!entry) return;
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    entry.encoding = String(headers["content-encoding"] ?? "");
    entry.fromCache ||= Boolean(event.response.fromDiskCache || event.response.fromPrefetchCache);
  });
  cdp.on("Network.loadingFinished", (event) => {
    const entry = open.get(event.requestId);
    if (!entry) return;
    open.delete(event.requestId);
    done.push({ ...entry, bytes: event.encodedDataLength });
  });
  return {
    /** The scripts finished since the last call, and forgets them. */
    take(): ScriptTransfer[] {
      const taken = done;
      done = [];
      return taken;
    },
    detach: () => cdp.detach(),
  };
}

/** The scripts index.html loads before anything else: its module script and the module preloads. */
export function entryScripts(webRoot = "web/dist"): string[] {
  const html = readFileSync(path.join(webRoot, "index.html"), "utf8");
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
}

/** The built scripts that carry the chart library (Recharts), found by a class name only it writes. */
export function chartScripts(webRoot = "web/dist"): string[] {
  const assets = path.join(webRoot, "assets");
  return readdirSync(assets)
    .filter(
      (name) => name.endsWith(".js") && readFileSync(path.join(assets, name), "utf8").includes("recharts-wrapper"),
    )
    .map((name) => `/assets/${name}`);
}

/**
 * The bytes the server sends for a built file to a browser that accepts gzip: its gzip copy (made at build,
 * web/build/precompress.ts), or the file itself when it is too small for compression to help.
 */
export function gzipBytes(file: string, webRoot = "web/dist"): number {
  const copy = path.join(webRoot, `${file}.gz`);
  return existsSync(copy) ? statSync(copy).size : statSync(path.join(webRoot, file)).size;
}
