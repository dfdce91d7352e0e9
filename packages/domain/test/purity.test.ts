import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The domain package is pure: functions and types only. No I/O, no decorators, no framework, no
// clock or randomness of the environment (the reference generator brings its own seeded generator).
const src = join(import.meta.dirname, "..", "src");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

describe("packages/domain stays pure", () => {
  const sources = files(src).filter((f) => f.endsWith(".ts"));

  it("has sources to check", () => expect(sources.length).toBeGreaterThan(10));

  it.each(sources.map((f) => [relative(src, f), f]))("%s imports only its own modules", (_, file) => {
    const text = readFileSync(file, "utf8");
    const specifiers = [...text.matchAll(/\bfrom\s+"([^"]+)"|\bimport\s*\(\s*"([^"]+)"\s*\)|\brequire\s*\(/g)].map(
      (m) => m[1] ?? m[2] ?? "require(",
    );
    for (const s of specifiers) expect(s, `${file}: ${s}`).toMatch(/^\.\.?\//);
  });

  it.each(sources.map((f) => [relative(src, f), f]))("%s has no decorators, clock or global randomness", (_, file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/^\s*@\w+/m);
    expect(text).not.toMatch(/\bDate\.now\(|new Date\(\)|Math\.random\(|process\.|globalThis\./);
  });
});
