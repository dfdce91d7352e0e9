import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One graphql: its ESM and CommonJS entry points would otherwise load two copies ("another realm").
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
