import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Request, RequestHandler, Response } from "express";

/**
 * The dashboard's files from the build (web/dist), sent as the build made them:
 * - each text file in brotli or gzip when the browser accepts it (`.br`/`.gz` copies made at build, never on a
 *   request), else as it is; `Vary: Accept-Encoding` on every answer so a cache keeps them apart;
 * - hashed files under /assets never change under their name: cached for a year, `immutable`, so a second visit
 *   asks for none of them; a name that is not there is a 404, never the page;
 * - `index.html`, also the answer for every address of the app (`/caseload`, `/clients/7`), is `no-cache`: checked
 *   each time with its ETag and answered 304 while the build is the same, so a new build is seen at once.
 * Names are matched against a strict pattern before any file is opened: nothing outside the build can be reached.
 */
export function staticAssets(webRoot: string): RequestHandler | null {
  const indexFile = path.join(webRoot, "index.html");
  if (!existsSync(indexFile)) return null;
  const assetsDir = path.join(webRoot, "assets");
  const index = new ShellPage(indexFile);

  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    if (/^\/graphql/.test(req.path)) return next();
    if (req.path.startsWith("/assets/")) return sendAsset(req, res, assetsDir, req.path.slice("/assets/".length));
    return index.send(req, res);
  };
}

export const IMMUTABLE = "public, max-age=31536000, immutable";

type Coding = "br" | "gzip" | "identity";
const SUFFIX: Record<Coding, string> = { br: ".br", gzip: ".gz", identity: "" };

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

/** A file name of the build: letters, digits, `.`, `_`, `-`, not starting with a dot, no compressed copy. */
const NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * The codings the request accepts, best first: by q-value, then brotli before gzip before none. `br;q=0` refuses
 * brotli; `*` stands for every coding not named; identity is acceptable unless refused.
 */
export function acceptedCodings(header: string | undefined): Coding[] {
  const q = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    const value = weight ? Number(weight[1]) : 1;
    q.set(name === "x-gzip" ? "gzip" : name, Number.isFinite(value) ? value : 0);
  }
  const weightOf = (coding: Coding) => q.get(coding) ?? q.get("*") ?? (coding === "identity" ? 1 : 0);
  const order: Coding[] = ["br", "gzip", "identity"];
  return order.filter((c) => weightOf(c) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}

/** The file to send for `file` and the codings accepted: the first compressed copy that exists, else the file. */
function choose(file: string, accepted: Coding[]): { coding: Coding; path: string; size: number } {
  for (const coding of accepted) {
    const candidate = file + SUFFIX[coding];
    const stat = statSync(candidate, { throwIfNoEntry: false });
    if (stat?.isFile()) return { coding, path: candidate, size: stat.size };
  }
  const stat = statSync(file);
  return { coding: "identity", path: file, size: stat.size };
}

function sendAsset(req: Request, res: Response, assetsDir: string, encodedName: string): void {
  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    name = "";
  }
  const file = path.join(assetsDir, name);
  const found =
    NAME.test(name) &&
    !/\.(br|gz)$/.test(name) &&
    path.dirname(file) === assetsDir &&
    statSync(file, { throwIfNoEntry: false })?.isFile();
  if (!found) {
    res.status(404).set("Cache-Control", "no-cache").type("text/plain").send("Not found");
    return;
  }
  const chosen = choose(file, acceptedCodings(req.headers["accept-encoding"]));
  res.status(200);
  res.set({
    "Content-Type": TYPES[path.extname(name).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": String(chosen.size),
    "Cache-Control": IMMUTABLE,
    Vary: "Accept-Encoding",
  });
  if (chosen.coding !== "identity") res.set("Content-Encoding", chosen.coding);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(chosen.path);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

interface Representation {
  body: Buffer;
  etag: string;
}

/**
 * index.html in each coding, read again when the file changes (a new build under a running server), with an ETag
 * per coding that shares the content's hash, so a browser's stored copy is recognised whatever coding it came in.
 */
class ShellPage {
  private mtime = -1;
  private hash = "";
  private representations = new Map<Coding, Representation>();

  constructor(private readonly file: string) {}

  private load(): void {
    const stat = statSync(this.file);
    if (stat.mtimeMs === this.mtime) return;
    const identity = readFileSync(this.file);
    this.hash = createHash("sha256").update(identity).digest("base64url").slice(0, 27);
    this.representations = new Map();
    for (const coding of ["br", "gzip", "identity"] as const) {
      const copy = this.file + SUFFIX[coding];
      if (coding !== "identity" && !existsSync(copy)) continue;
      const body = coding === "identity" ? identity : readFileSync(copy);
      this.representations.set(coding, { body, etag: `"${this.hash}${coding === "identity" ? "" : `-${coding}`}"` });
    }
    this.mtime = stat.mtimeMs;
  }

  send(req: Request, res: Response): void {
    this.load();
    const coding =
      acceptedCodings(req.headers["accept-encoding"]).find((c) => this.representations.has(c)) ?? "identity";
    const chosen = this.representations.get(coding)!;
    res.set({
      "Content-Type": TYPES[".html"]!,
      "Cache-Control": "no-cache",
      Vary: "Accept-Encoding",
      ETag: chosen.etag,
    });
    const tags = (req.headers["if-none-match"] ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
    if (tags.includes("*") || tags.some((t) => t.replace(/-(br|gzip)"$/, '"') === `"${this.hash}"`)) {
      res.status(304).end();
      return;
    }
    if (coding !== "identity") res.set("Content-Encoding", coding);
    res.set("Content-Length", String(chosen.body.length));
    res.status(200);
    if (req.method === "HEAD") res.end();
    else res.end(chosen.body);
  }
}
