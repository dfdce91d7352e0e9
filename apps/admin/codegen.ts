/**
 * GraphQL Code Generator: typed operations from the committed server schema, offline. The output in
 * src/gql is committed; `pnpm --filter @liangxin/admin codegen` rewrites it after an operation or the
 * schema changes, and src/gql/codegen.test.ts fails while it is out of date.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

export const GENERATED_DIR = "src/gql/";

const config: CodegenConfig = {
  schema: "../server/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    [GENERATED_DIR]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: "string", DateTime: "string" },
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
