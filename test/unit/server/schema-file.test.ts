import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSchema } from "../../../server/schema/build-schema.ts";

describe("schema.graphql", () => {
  it("is exactly what the code builds (run `npm run schema` after changing the API)", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "follow-up-schema-"));
    try {
      const emitted = path.join(directory, "schema.graphql");
      await createSchema(emitted);
      expect(readFileSync(path.resolve("schema.graphql"), "utf8")).toBe(readFileSync(emitted, "utf8"));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("keeps the API names the dashboard and integrators rely on", () => {
    const schema = readFileSync(path.resolve("schema.graphql"), "utf8");
    for (const field of [
      "me: User",
      "caseload(",
      "client(id: ID!): Client",
      "clientProgress(",
      "login(",
      "logout: Boolean!",
    ]) {
      expect(schema).toContain(field);
    }
    for (const mutation of ["recordSession(", "logEpisode(", "assignHomework(", "updateHomework(", "revisePlan("]) {
      expect(schema).toContain(mutation);
    }
  });
});
