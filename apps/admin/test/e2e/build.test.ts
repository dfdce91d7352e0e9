/**
 * The built client as the server sends it: every precompressed variant (file.br, file.gz) holds
 * exactly the file it stands for, and the large scripts have one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ADMIN_DIST } from "./support";

const assets = join(ADMIN_DIST, "assets");

describe("the build's precompressed files", () => {
  const files = readdirSync(assets);
  const scripts = files.filter((f) => f.endsWith(".js") || f.endsWith(".css"));

  it("decompress to the very bytes of their file", () => {
    const variants = files.filter((f) => f.endsWith(".br") || f.endsWith(".gz"));
    expect(variants.length).toBeGreaterThan(0);
    for (const variant of variants) {
      const original = readFileSync(join(assets, variant.slice(0, -3)));
      const packed = readFileSync(join(assets, variant));
      const unpacked = variant.endsWith(".br") ? brotliDecompressSync(packed) : gunzipSync(packed);
      expect(unpacked.equals(original), variant).toBe(true);
    }
  });

  it("exist for every script or stylesheet of 1 KiB or more", () => {
    for (const file of scripts) {
      if (readFileSync(join(assets, file)).length < 1024) continue;
      expect(files, file).toContain(`${file}.br`);
      expect(files, file).toContain(`${file}.gz`);
    }
  });
});
