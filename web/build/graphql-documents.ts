import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

/**
 * Each `graphql(`…`)` call in the dashboard's code becomes the document it names, written in place, so that a page
 * carries its own documents and nothing else. Without this every page would import the generated map of all of
 * them (web/src/graphql/gql.ts), and the sign-in page would load the whole app's queries. The types still come
 * from the generated files; only the built code changes.
 */
export function graphqlDocuments(): Plugin {
  const generated = path.resolve(import.meta.dirname, "../src/graphql");
  let documents: Map<string, string> | null = null;

  const load = (): Map<string, string> => {
    const map = readFileSync(path.join(generated, "gql.ts"), "utf8");
    const types = readFileSync(path.join(generated, "graphql.ts"), "utf8");
    const bodies = new Map<string, string>();
    for (const [, name, body] of types.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm)) {
      bodies.set(name!, body!);
    }
    const start = map.indexOf("const documents: Documents = {");
    const block = map.slice(start, map.indexOf("\n};", start));
    const bySource = new Map<string, string>();
    for (const [, key, name] of block.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
      const body = bodies.get(name!);
      if (!body) throw new Error(`The generated document ${name} was not found: run npm run codegen.`);
      bySource.set(JSON.parse(key!) as string, body);
    }
    return bySource;
  };

  return {
    name: "follow-up:graphql-documents",
    enforce: "pre",
    buildStart() {
      documents = load();
    },
    transform(code, id) {
      const file = id.split("?")[0]!;
      if (!/\.tsx?$/.test(file) || file.startsWith(generated) || !code.includes("graphql(`")) return null;
      const known = documents ?? load();
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, source: string) => {
        const body = known.get(source);
        if (!body) this.error(`A graphql() document in ${path.basename(file)} is not generated: run npm run codegen.`);
        return body;
      });
      return { code: replaced, map: null };
    },
  };
}
