/** Writes apps/server/schema.graphql from the code (`pnpm --filter @liangxin/server schema`). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printedSchema } from "./schema.js";

const target = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
writeFileSync(target, await printedSchema());
console.log(`wrote ${target}`);
