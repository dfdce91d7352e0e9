import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The client is served by the server at `/`, same origin as /graphql; `pnpm dev` proxies to a local server. */
export default defineConfig({
  plugins: [react()],
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
