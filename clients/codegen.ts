// graphql-codegen over the repository's schema.graphql and the documented operations:
// tests/api/test_codegen.py runs it, then `tsc --strict` over src/.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["operations/*.graphql"],
  generates: {
    "generated/graphql.ts": {
      plugins: ["typescript", "typescript-operations"],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true },
        scalars: { Date: "string", DateTime: "string", JSONString: "string" },
      },
    },
  },
};

export default config;
