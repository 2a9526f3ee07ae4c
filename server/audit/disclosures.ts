import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { AuditEntry, AuditService } from "./audit.service.ts";

/** Data a root field is about to disclose (a FHIR export), and the audit entry that records it. */
export interface Disclosure {
  /** The response key (alias or name) of the root field that carries the data. */
  responseKey: string;
  audit: AuditEntry;
}

/**
 * Records disclosures as they leave rather than as they are made. When a response is complete, the audit rows of
 * the disclosures it carries are written, all or none, and only then is it sent. A disclosure whose field failed,
 * or whose data the response dropped (a failing non-null sibling field empties `data`), is never recorded as made;
 * a response whose audit rows cannot be written leaves without its data.
 */
export function disclosureAudit<Context extends { disclosures: Disclosure[] }>(
  audit: AuditService,
  internalError: (error: unknown) => GraphQLFormattedError,
): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ response, contextValue }) {
          if (contextValue.disclosures.length === 0 || response.body?.kind !== "single") return;
          const result = response.body.singleResult;
          const carried = contextValue.disclosures.filter(({ responseKey }) => result.data?.[responseKey] != null);
          try {
            await audit.recordTogether(carried.map((disclosure) => disclosure.audit));
          } catch (error) {
            response.body = {
              kind: "single",
              singleResult: { data: null, errors: [...(result.errors ?? []), internalError(error)] },
            };
          }
        },
      });
    },
  };
}
