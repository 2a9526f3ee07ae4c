import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeOutputFile, writeOutputFileSync } from "../../../server/interchange/output-file.ts";

describe("files the operator commands write", () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), "follow-up-output-"));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it("are readable by their owner only, whatever the umask", async () => {
    const previous = process.umask(0o000);
    try {
      writeOutputFileSync(path.join(directory, "bundle.json"), "{}\n");
      await writeOutputFile(path.join(directory, "rows.csv"), (output) => {
        output.end("a,b\n");
        return Promise.resolve();
      });
    } finally {
      process.umask(previous);
    }
    expect(statSync(path.join(directory, "bundle.json")).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(directory, "rows.csv")).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(directory, "rows.csv"), "utf8")).toBe("a,b\n");
  });

  it("leave an existing file as it was, and nothing beside it, when writing fails part-way", async () => {
    const target = path.join(directory, "episodes.csv");
    writeFileSync(target, "the previous export\n");
    await expect(
      writeOutputFile(target, (output) => {
        output.write("half a row,");
        return Promise.reject(new Error("the database went away"));
      }),
    ).rejects.toThrow("the database went away");
    expect(readFileSync(target, "utf8")).toBe("the previous export\n");
    expect(readdirSync(directory)).toEqual(["episodes.csv"]);
  });

  it("replace an existing file only with a complete one", () => {
    const target = path.join(directory, "report.pdf");
    writeFileSync(target, "old");
    writeOutputFileSync(target, "new and complete");
    expect(readFileSync(target, "utf8")).toBe("new and complete");
    expect(readdirSync(directory)).toEqual(["report.pdf"]);
  });
});
