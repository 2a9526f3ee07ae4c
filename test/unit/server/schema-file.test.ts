import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSchema, type GraphQLField } from "graphql";
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
    const schema = buildSchema(readFileSync(path.resolve("schema.graphql"), "utf8"));
    const signature = (field: GraphQLField<unknown, unknown> | undefined) =>
      field && `(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(", ")}): ${String(field.type)}`;
    const queries = schema.getQueryType()!.getFields();
    const mutations = schema.getMutationType()!.getFields();
    expect(signature(queries.me)).toBe("(): User");
    expect(signature(queries.client)).toBe("(id: ID!): Client");
    expect(signature(mutations.logout)).toBe("(): Boolean!");
    for (const field of ["caseload", "clientProgress"]) expect(queries[field], field).toBeDefined();
    for (const field of ["login", "recordSession", "logEpisode", "assignHomework", "updateHomework", "revisePlan"]) {
      expect(mutations[field], field).toBeDefined();
    }
  });
});
