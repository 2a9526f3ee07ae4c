import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";

/**
 * Files of personal health information written by the operator commands (CSV and FHIR exports, printed reports):
 * - readable and writable by their owner only (mode 0600), whatever the umask;
 * - written beside the target under a fresh temporary name, created exclusively (a file or link planted at that
 *   name is refused, not followed), and renamed over the target only once complete, so a failure never leaves a
 *   truncated file that looks whole, and an existing file is replaced only by a complete one.
 */
const OWNER_ONLY = 0o600;

const temporaryFor = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.partial`);

/** Streams into the file; `write` gets the stream and resolves once it has written everything and ended it. */
export async function writeOutputFile<T>(target: string, write: (output: Writable) => Promise<T>): Promise<T> {
  const temporary = temporaryFor(target);
  const output = createWriteStream(temporary, { flags: "wx", mode: OWNER_ONLY });
  // Opened before anything is written: a folder that cannot take the file fails here, and nothing opens later.
  await once(output, "open");
  try {
    const result = await write(output);
    if (!output.writableFinished) await finished(output);
    renameSync(temporary, target);
    return result;
  } catch (error) {
    if (!output.closed) {
      // Writes still pending fail as the stream is destroyed; the error that matters is the one being thrown.
      output.on("error", () => {});
      const closed = new Promise<void>((resolve) => output.once("close", () => resolve()));
      output.destroy();
      await closed;
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function writeOutputFileSync(target: string, data: string | Uint8Array): void {
  const temporary = temporaryFor(target);
  try {
    writeFileSync(temporary, data, { flag: "wx", mode: OWNER_ONLY });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
