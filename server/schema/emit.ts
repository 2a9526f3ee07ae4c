import "reflect-metadata";
import path from "node:path";
import { createSchema } from "./build-schema.ts";

/** `npm run schema`: writes the schema the code builds to the root `schema.graphql`. */
const target = path.resolve(import.meta.dirname, "../../schema.graphql");
await createSchema(target);
console.log(`schema written to ${path.relative(process.cwd(), target)}`);
