import { readFileSync } from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../../../web/codegen.ts";

describe("web/src/graphql", () => {
  it("holds exactly the operation types codegen makes from schema.graphql (run `npm run codegen` after a change)", async () => {
    const outputs = (await generate({ ...config, silent: true, verbose: false }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(path.resolve(output.filename), "utf8"), output.filename).toBe(output.content);
    }
  }, 60_000);
});
