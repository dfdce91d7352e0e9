/**
 * The admin client's files at `/`: content types, the index.html fallback for client routes, cache
 * headers, no way out of the folder, and the server's own routes untouched; without a built client,
 * 404 as before.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedEncodings, adminDirectory, resolveInside } from "../src/http/static.js";
import { startTestServer, type TestServer } from "./support/harness.js";

const INDEX = '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>';

const SCRIPT = `console.log(${JSON.stringify("两新组织党建".repeat(200))});`;

/** A raw GET (fetch would normalise `..` away and decompress before the test sees it). */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; raw: Buffer }> {
  const url = new URL(base);
  return new Promise((done, fail) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        done({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString("utf8"), raw });
      });
    });
    req.on("error", fail);
    req.end();
  });
}

describe("adminDirectory", () => {
  it("defaults to apps/admin/dist beside the server package", () => {
    expect(adminDirectory({})).toBe(resolve(import.meta.dirname, "../../admin/dist"));
  });
  it("takes ADMIN_DIR, relative to the working directory", () => {
    expect(adminDirectory({ ADMIN_DIR: "some/where" })).toBe(resolve("some/where"));
    expect(adminDirectory({ ADMIN_DIR: "/srv/admin" })).toBe("/srv/admin");
  });
});

describe("acceptedEncodings", () => {
  it("reads Accept-Encoding, q=0 refusing an encoding", () => {
    expect([...acceptedEncodings("gzip, deflate, br, zstd")]).toEqual(["gzip", "deflate", "br", "zstd"]);
    expect([...acceptedEncodings("br;q=0, gzip;q=0.8")]).toEqual(["gzip"]);
    expect([...acceptedEncodings("GZIP ; q=1")]).toEqual(["gzip"]);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
    expect([...acceptedEncodings(["gzip", "br"])]).toEqual(["gzip", "br"]);
  });
});

describe("resolveInside", () => {
  const root = resolve("/srv/admin");
  it("maps a path to a file inside the root", () => {
    expect(resolveInside(root, "/assets/index-abc.js")).toBe(join(root, "assets", "index-abc.js"));
    expect(resolveInside(root, "/")).toBe(root);
  });
  it("refuses traversal, encoded or not, hidden files, backslashes and NUL", () => {
    for (const path of [
      "/../etc/passwd",
      "/assets/../../etc/passwd",
      "/%2e%2e/etc/passwd",
      "/%2E%2E%2Fetc%2Fpasswd",
      "/.env",
      "/assets/.hidden",
      "/..%5c..%5cetc",
      "/a%00b",
      "/%E0%A4%A",
    ]) {
      expect(resolveInside(root, path), path).toBeNull();
    }
  });
});

describe("the server with a built admin client", () => {
  let server: TestServer;
  let dir: string;
  const previous = process.env.ADMIN_DIR;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), "liangxin-admin-"));
    dir = join(base, "dist");
    mkdirSync(join(dir, "assets"), { recursive: true });
    writeFileSync(join(dir, "index.html"), INDEX);
    writeFileSync(join(dir, "assets", "index-3f2a1b.js"), "console.log('两新');");
    writeFileSync(join(dir, "assets", "big-77aa00.js"), SCRIPT);
    writeFileSync(join(dir, "assets", "big-77aa00.js.gz"), gzipSync(SCRIPT));
    writeFileSync(join(dir, "assets", "big-77aa00.js.br"), brotliCompressSync(SCRIPT));
    writeFileSync(join(dir, "assets", "index-3f2a1b.css"), "body{margin:0}");
    writeFileSync(join(dir, ".secret"), "no");
    writeFileSync(join(base, "outside.txt"), "outside the client folder");
    process.env.ADMIN_DIR = dir;
    server = await startTestServer("sqlite", { label: "static" });
  });

  afterAll(async () => {
    await server?.stop();
    if (previous === undefined) delete process.env.ADMIN_DIR;
    else process.env.ADMIN_DIR = previous;
    rmSync(join(dir, ".."), { recursive: true, force: true });
  });

  it("serves index.html at / without long caching", async () => {
    const res = await rawGet(server.url, "/");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.body).toBe(INDEX);
  });

  it("serves hashed assets with their type, cached for a year, and answers 304 to a matching ETag", async () => {
    const js = await rawGet(server.url, "/assets/index-3f2a1b.js");
    expect(js.status).toBe(200);
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(js.body).toBe("console.log('两新');");
    const css = await rawGet(server.url, "/assets/index-3f2a1b.css");
    expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
    const again = await rawGet(server.url, "/assets/index-3f2a1b.js", { "if-none-match": String(js.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
  });

  it("sends the build's precompressed variant the browser accepts, brotli first", async () => {
    const br = await rawGet(server.url, "/assets/big-77aa00.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(br.headers.vary).toBe("accept-encoding");
    expect(Number(br.headers["content-length"])).toBe(br.raw.length);
    expect(br.raw.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 3);
    expect(brotliDecompressSync(br.raw).toString("utf8")).toBe(SCRIPT);

    const gz = await rawGet(server.url, "/assets/big-77aa00.js", { "accept-encoding": "gzip;q=1, br;q=0" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.raw).toString("utf8")).toBe(SCRIPT);
    expect(gz.headers.etag).not.toBe(br.headers.etag);

    const plain = await rawGet(server.url, "/assets/big-77aa00.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toBe("accept-encoding");
    expect(plain.body).toBe(SCRIPT);

    // A file without variants is sent as it is, with no Vary.
    const small = await rawGet(server.url, "/assets/index-3f2a1b.js", { "accept-encoding": "br, gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.headers.vary).toBeUndefined();
  });

  it("answers HEAD with the headers only", async () => {
    const res = await rawGet(server.url, "/assets/index-3f2a1b.js", {}, "HEAD");
    expect(res.status).toBe(200);
    expect(res.headers["content-length"]).toBe(String(Buffer.byteLength("console.log('两新');")));
    expect(res.body).toBe("");
  });

  it("falls back to index.html for the client's routes, not for missing files", async () => {
    for (const path of ["/ledger/211281", "/contact-points?year=2023", "/login"]) {
      const res = await rawGet(server.url, path);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toBe(INDEX);
    }
    const missing = await rawGet(server.url, "/assets/missing-123.js");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ error: "not found" });
  });

  it("never serves anything outside the folder or a hidden file", async () => {
    for (const path of ["/../outside.txt", "/%2e%2e/outside.txt", "/assets/%2e%2e/%2e%2e/outside.txt", "/.secret"]) {
      const res = await rawGet(server.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain("outside the client folder");
      expect(res.body, path).not.toBe("no");
    }
  });

  it("leaves /graphql, /healthz and /readyz to the server", async () => {
    expect((await rawGet(server.url, "/healthz")).body).toBe('{"status":"ok"}');
    expect((await rawGet(server.url, "/readyz")).body).toBe('{"status":"ready"}');
    const token = await server.login();
    const r = await server.gql<{ viewer: { username: string } }>("{ viewer { username } }", {}, token);
    expect(r.body.data?.viewer.username).toBe("city-admin");
    const post = await fetch(`${server.url}/ledger`, { method: "POST" });
    expect(post.status).toBe(404);
  });
});

describe("the server without a built admin client", () => {
  let server: TestServer;
  const previous = process.env.ADMIN_DIR;

  beforeAll(async () => {
    process.env.ADMIN_DIR = join(tmpdir(), "liangxin-admin-missing-folder");
    server = await startTestServer("sqlite", { label: "nostatic" });
  });

  afterAll(async () => {
    await server?.stop();
    if (previous === undefined) delete process.env.ADMIN_DIR;
    else process.env.ADMIN_DIR = previous;
  });

  it("answers 404 as before", async () => {
    for (const path of ["/", "/ledger/211281", "/assets/index.js"]) {
      const res = await rawGet(server.url, path);
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.body)).toEqual({ error: "not found" });
    }
  });
});
