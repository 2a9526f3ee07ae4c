import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** What is worth compressing: text. Images and fonts are compressed already. */
const TEXT = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;

/**
 * After the build, a `.br` (brotli, quality 11) and a `.gz` (gzip, level 9) beside each text file of web/dist, made
 * once here so the server sends them as they are (server/static-assets.ts) instead of compressing on every request.
 * A compressed copy that would not be smaller is not written; the file is then sent as it is.
 */
export function precompress(): Plugin {
  return {
    name: "follow-up:precompress",
    apply: "build",
    async writeBundle(options) {
      const root = options.dir;
      if (!root) return;
      for (const file of await files(root)) {
        if (!TEXT.test(file)) continue;
        const body = await readFile(file);
        const br = await brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        });
        const gz = await gzipped(body, { level: 9 });
        if (br.length < body.length) await writeFile(`${file}.br`, br);
        if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
      }
    },
  };
}

async function files(directory: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(directory)) {
    const full = path.join(directory, name);
    if ((await stat(full)).isDirectory()) found.push(...(await files(full)));
    else found.push(full);
  }
  return found;
}
