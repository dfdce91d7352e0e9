import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Logic of the client, and components rendered in a simulated DOM.
        plugins: [react()],
        test: {
          name: "unit",
          environment: "happy-dom",
          include: ["src/**/*.test.{ts,tsx}"],
          setupFiles: ["test/setup-dom.ts"],
          testTimeout: 20_000,
        },
      },
      {
        // The built client in Debian's Chromium against the real server (test/e2e/README in the file headers).
        resolve: {
          // One graphql for the server started in-process (as in the server's own vitest config).
          alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
        },
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
