/**
 * The committed src/gql is what GraphQL Code Generator makes today from ../server/schema.graphql and
 * the operations in src: run `pnpm --filter @liangxin/admin codegen` when this fails.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../codegen";

describe("generated GraphQL types", () => {
  it("are up to date with the schema and the operations", async () => {
    const root = resolve(import.meta.dirname, "..");
    const cwd = process.cwd();
    process.chdir(root);
    let files: { filename: string; content: string }[];
    try {
      files = await generate({ ...config, silent: true, cwd: root }, false);
    } finally {
      process.chdir(cwd);
    }
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = readFileSync(join(root, file.filename), "utf8");
      expect(committed, `${file.filename} is stale: run pnpm --filter @liangxin/admin codegen`).toBe(file.content);
    }
  }, 60_000);
});
