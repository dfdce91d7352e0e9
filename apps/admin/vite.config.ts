import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * Writes file.br and file.gz beside each built script and stylesheet, which the server sends to
 * browsers that accept them: about a third of the bytes, and no compression work per request.
 * It reads the files as written, after every other plugin has had its say on their content.
 */
function precompress(): Plugin {
  return {
    name: "liangxin-precompress",
    apply: "build",
    writeBundle(options, bundle) {
      const dir = options.dir ?? "dist";
      for (const fileName of Object.keys(bundle)) {
        if (!/^assets\/.+\.(js|css|svg|json)$/.test(fileName)) continue;
        const path = join(dir, fileName);
        const bytes = readFileSync(path);
        if (bytes.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/** The client is served by the server at `/`, same origin as /graphql; `pnpm dev` proxies to a local server. */
export default defineConfig({
  plugins: [react(), precompress()],
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // antd and echarts are large; pages load lazily, so the first screen (登录) stays small.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { "/graphql": { target: process.env.API_URL ?? "http://localhost:4000", changeOrigin: true } },
  },
});
