import "reflect-metadata";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMMUTABLE } from "../../server/static-assets.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

/**
 * The dashboard's files over real HTTP, from a build made here (as web/build/precompress.ts makes one: each text
 * file with .br and .gz copies beside it), with a secret beside the build that no address may reach.
 */
const INDEX = Buffer.from(
  `<!doctype html><html lang="en"><head><title>Follow-Up</title>` +
    `<script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body>${"<div></div>".repeat(40)}</body></html>`,
);
const SCRIPT = Buffer.from(
  `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i}`))};`,
);
const STYLE = Buffer.from(`body { margin: 0 }\n${".a { color: red }\n".repeat(50)}`);
const SECRET = "the contents of a file outside the build";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request as it goes on the wire: the path exactly as given, the body as sent (not decompressed). */
function get(base: string, pathname: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const decoded = (answer: Answer): Buffer => {
  const coding = answer.headers["content-encoding"];
  if (coding === "br") return brotliDecompressSync(answer.body);
  if (coding === "gzip") return gunzipSync(answer.body);
  return answer.body;
};

function expectSecurityHeaders(answer: Answer) {
  expect(answer.headers["content-security-policy"]).toContain("script-src 'self'");
  expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers["x-frame-options"]).toBe("DENY");
  expect(answer.headers["referrer-policy"]).toBe("no-referrer");
}

describe("the dashboard's files", () => {
  let server: TestServer;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "follow-up-web-"));
    const root = path.join(directory, "dist");
    mkdirSync(path.join(root, "assets"), { recursive: true });
    const write = (name: string, body: Buffer) => {
      writeFileSync(path.join(root, name), body);
      writeFileSync(path.join(root, `${name}.br`), brotliCompressSync(body));
      writeFileSync(path.join(root, `${name}.gz`), gzipSync(body, { level: 9 }));
    };
    write("index.html", INDEX);
    write("assets/index-Ab12Cd34.js", SCRIPT);
    write("assets/index-Ef56Gh78.css", STYLE);
    writeFileSync(path.join(directory, "secret.txt"), SECRET);
    server = await startTestServer({ webRoot: root });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, deflate", "gzip"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0, gzip;q=0", undefined],
    ["identity", undefined],
    ["", undefined],
  ])("answers Accept-Encoding %j with %s, the same bytes once decoded", async (accept, coding) => {
    const answer = await get(server.url, "/assets/index-Ab12Cd34.js", accept ? { "accept-encoding": accept } : {});
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe(coding);
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(answer.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
    expect(decoded(answer).equals(SCRIPT)).toBe(true);
  });

  it("sends the compressed copies made at build, smaller than the file", async () => {
    const br = await get(server.url, "/assets/index-Ab12Cd34.js", { "accept-encoding": "br" });
    const gzip = await get(server.url, "/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip" });
    expect(br.body.equals(brotliCompressSync(SCRIPT))).toBe(true);
    expect(gzip.body.equals(gzipSync(SCRIPT, { level: 9 }))).toBe(true);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 2);
    expect(gzip.body.length).toBeLessThan(SCRIPT.length / 2);
  });

  it("caches a hashed file for a year, immutable, and gives a stylesheet its type", async () => {
    const script = await get(server.url, "/assets/index-Ab12Cd34.js", { "accept-encoding": "br" });
    expect(script.headers["cache-control"]).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe("public, max-age=31536000, immutable");
    const style = await get(server.url, "/assets/index-Ef56Gh78.css", { "accept-encoding": "gzip" });
    expect(style.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(style.headers["cache-control"]).toBe(IMMUTABLE);
    expect(decoded(style).equals(STYLE)).toBe(true);
    expectSecurityHeaders(script);
    expectSecurityHeaders(style);
  });

  it.each(["/", "/login", "/caseload", "/clients/7", "/clients/7/report?from=2026-01-01"])(
    "answers %s with index.html, no-cache with an ETag, compressed like any file",
    async (address) => {
      const answer = await get(server.url, address, { "accept-encoding": "gzip, deflate, br" });
      expect(answer.status).toBe(200);
      expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(answer.headers["cache-control"]).toBe("no-cache");
      expect(answer.headers.etag).toMatch(/^"[^"]+"$/);
      expect(answer.headers["content-encoding"]).toBe("br");
      expect(answer.headers.vary).toBe("Accept-Encoding");
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      expect(decoded(answer).equals(INDEX)).toBe(true);
      expectSecurityHeaders(answer);
    },
  );

  it("answers 304 without a body while index.html is unchanged, in whatever coding the copy came", async () => {
    const first = await get(server.url, "/caseload", { "accept-encoding": "gzip" });
    const etag = first.headers.etag!;
    expect(first.headers["content-encoding"]).toBe("gzip");

    const again = await get(server.url, "/caseload", { "accept-encoding": "gzip", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers["cache-control"]).toBe("no-cache");
    expectSecurityHeaders(again);

    // Stored as gzip, asked for again by a browser that now accepts brotli: the same content, still 304.
    const otherCoding = await get(server.url, "/", { "accept-encoding": "br", "if-none-match": etag });
    expect(otherCoding.status).toBe(304);

    const stale = await get(server.url, "/", { "accept-encoding": "gzip", "if-none-match": '"an-old-build"' });
    expect(stale.status).toBe(200);
    expect(decoded(stale).equals(INDEX)).toBe(true);
  });

  it("answers a missing hashed file with 404, not the page", async () => {
    for (const address of ["/assets/index-00000000.js", "/assets/", "/assets/index-Ab12Cd34.js.br"]) {
      const answer = await get(server.url, address, { "accept-encoding": "gzip, br" });
      expect(answer.status, address).toBe(404);
      expect(answer.body.toString()).not.toContain("<html");
      expect(answer.headers["cache-control"], address).not.toBe(IMMUTABLE);
      expectSecurityHeaders(answer);
    }
  });

  it.each([
    "/assets/../../secret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/assets/..%5c..%5csecret.txt",
    "/assets/%00index-Ab12Cd34.js",
    "/assets/.%2findex-Ab12Cd34.js",
    "/assets/%E0%A4%A",
    "/assets/../index.html",
  ])("refuses %s under /assets with a 404", async (address) => {
    const answer = await get(server.url, address);
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain(SECRET);
  });

  it.each(["/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/secret.txt"])(
    "answers %s outside /assets with the page itself, never a file outside the build",
    async (address) => {
      const answer = await get(server.url, address);
      expect(answer.status).toBe(200);
      expect(answer.body.equals(INDEX)).toBe(true);
      expect(answer.body.toString()).not.toContain(SECRET);
    },
  );

  it("answers HEAD with the headers of GET and no body", async () => {
    const answer = await get(server.url, "/assets/index-Ab12Cd34.js", { "accept-encoding": "br" }, "HEAD");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(Number(answer.headers["content-length"])).toBe(brotliCompressSync(SCRIPT).length);
    expect(answer.body.length).toBe(0);
  });

  it("leaves /graphql to the API", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });
});
