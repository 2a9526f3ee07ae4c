import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CriticalityLevel, diff } from "@graphql-inspector/core";
import type { GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";

/**
 * graphql as the inspector loads it. The test runner resolves a plain `import` of graphql to its ES module build and
 * the inspector gets the CommonJS one; graphql refuses a schema made by the other copy.
 */
const { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } = createRequire(import.meta.url)(
  "graphql",
) as typeof import("graphql");

const RELEASED = "docs/api/schema-0.1.0.graphql";

const schemaAt = (file: string) => buildSchema(readFileSync(path.resolve(file), "utf8"));

/** The "Breaking changes" section under the changelog's "Unreleased" heading, up to the next heading of its level. */
function unreleasedBreakingChanges(changelog: string): string {
  const unreleased = /^## \[?Unreleased\]?\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1];
  if (unreleased === undefined) throw new Error('CHANGELOG.md has no "## Unreleased" heading.');
  const breaking = /^### Breaking changes\s*$([\s\S]*?)(?=^### |(?![\s\S]))/m.exec(unreleased)?.[1];
  if (breaking === undefined) throw new Error('CHANGELOG.md has no "### Breaking changes" under "Unreleased".');
  return breaking;
}

/** Schema coordinates written in backticks: `Type.field`, `Type.field.argument`, `Enum.VALUE`. */
const coordinatesIn = (text: string) => new Set([...text.matchAll(/`([A-Z]\w*(?:\.\w+){1,2})`/g)].map((m) => m[1]!));

/** Types named as removed: "the `Name` type" (a whole type has no dotted coordinate). */
const removedTypesIn = (text: string) => new Set([...text.matchAll(/the `([A-Z]\w*)` type/g)].map((m) => m[1]!));

/** Whether a schema coordinate names something in the schema. */
function names(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName, member, argument] = coordinate.split(".") as [string, string, string | undefined];
  const type = schema.getType(typeName);
  if (isEnumType(type)) return argument === undefined && type.getValue(member) !== undefined;
  if (isInputObjectType(type)) return argument === undefined && member in type.getFields();
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    return field !== undefined && (argument === undefined || field.args.some((arg) => arg.name === argument));
  }
  return false;
}

describe(`the API's breaking changes since 0.1.0 (${RELEASED})`, () => {
  const changelog = readFileSync(path.resolve("CHANGELOG.md"), "utf8");
  const released = schemaAt(RELEASED);
  const current = schemaAt("schema.graphql");

  it("are each listed in CHANGELOG.md under Unreleased → Breaking changes, by the coordinate the inspector gives", async () => {
    const section = unreleasedBreakingChanges(changelog);
    const listed = new Set([...coordinatesIn(section), ...removedTypesIn(section)]);
    const breaking = (await diff(released, current)).filter((c) => c.criticality.level === CriticalityLevel.Breaking);
    const unlisted = breaking
      .filter((change) => !listed.has(change.path ?? change.type))
      .map((change) => `${change.path ?? change.type}: ${change.message}`);
    expect(unlisted).toEqual([]);
  });

  it("name, in that section, only things that exist in the released schema or the current one", () => {
    const listed = [...coordinatesIn(unreleasedBreakingChanges(changelog))];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((coordinate) => !names(released, coordinate) && !names(current, coordinate))).toEqual([]);
  });

  it("name as removed types only types the released schema has and the current one lacks", () => {
    const types = [...removedTypesIn(unreleasedBreakingChanges(changelog))];
    expect(types.filter((name) => !released.getType(name) || current.getType(name))).toEqual([]);
  });

  it("read the changelog as written: the section ends at the next heading, and only backticked coordinates count", () => {
    const text = [
      "## Unreleased",
      "### Breaking changes",
      "- `Query.a` and `Enum.VALUE`, `Type.field.argument`; not Plain.words or `lowercase.thing`.",
      "### Added",
      "- `Query.b`",
      "## 0.1.0",
      "### Breaking changes",
      "- `Query.c`",
    ].join("\n");
    expect([...coordinatesIn(unreleasedBreakingChanges(text))]).toEqual([
      "Query.a",
      "Enum.VALUE",
      "Type.field.argument",
    ]);
  });
});
