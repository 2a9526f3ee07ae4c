import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed operations from the checked-in schema: `npm run codegen` after changing a query or the schema. */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["web/src/**/*.{ts,tsx}", "!web/src/graphql/**"],
  ignoreNoDocuments: false,
  generates: {
    "web/src/graphql/": {
      preset: "client",
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
      config: {
        scalars: { DateTimeISO: "string", LocalDate: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
