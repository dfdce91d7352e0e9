/**
 * Serves the built admin client (apps/admin/dist) at `/`, same origin as /graphql: files with their
 * content type, index.html for the client's own routes (/ledger/211281 …), long caching for the
 * hashed files under /assets/ and revalidation for the rest, and the build's precompressed
 * variants (file.br, file.gz) to browsers that accept them. Nothing outside the folder is ever
 * read. Without the folder (the client not built) it declines and the server answers 404 as before.
 */
import { createReadStream, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, isAbsolute, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** apps/admin/dist, from this file in src/http or dist/http of the server package. */
const DEFAULT_ADMIN_DIR = fileURLToPath(new URL("../../../admin/dist", import.meta.url));

/** The client's folder: ADMIN_DIR (relative to the working directory) or apps/admin/dist. */
export function adminDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.ADMIN_DIR;
  if (configured && configured !== "") return isAbsolute(configured) ? configured : resolve(configured);
  return DEFAULT_ADMIN_DIR;
}

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Vite names what it builds into /assets/ with a content hash: safe to cache for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else (index.html above all) is revalidated, so a new build is picked up at once. */
const REVALIDATE = "no-cache";

/** Precompressed variants the build writes beside a file, in order of preference. */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;
type Encoding = (typeof ENCODINGS)[number];

/** The encodings an Accept-Encoding header allows (a q of 0 refuses one). */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  for (const part of value.split(",")) {
    const [name = "", ...params] = part.toLowerCase().split(";");
    const token = name.trim();
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (token !== "" && !(q && Number(q.slice(2)) === 0)) accepted.add(token);
  }
  return accepted;
}

export type StaticOutcome = "served" | "not-found";

export interface StaticHandler {
  readonly root: string;
  /** Answers a GET or HEAD; "not-found" when there is nothing to serve (the caller answers 404). */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<StaticOutcome>;
}

async function fileAt(path: string): Promise<Stats | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/**
 * The file a URL path names inside `root`, or null for a path that is malformed, reaches outside
 * the root, or names a hidden file.
 */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/").filter((s) => s !== "");
  if (segments.some((s) => s === ".." || s.startsWith("."))) return null;
  const target = resolve(root, ...segments);
  return target === root || target.startsWith(root + sep) ? target : null;
}

/** A client route (no file extension in the last segment) falls back to index.html. */
const isClientRoute = (pathname: string): boolean => extname(pathname.split("/").pop() ?? "") === "";

export function createStaticHandler(rootDir: string): StaticHandler {
  const root = resolve(rootDir);

  /** The best precompressed variant of `file` the request accepts, if the build wrote one. */
  const variantFor = async (req: IncomingMessage, file: string) => {
    const accepted = acceptedEncodings(req.headers["accept-encoding"]);
    let available = false;
    for (const encoding of ENCODINGS) {
      const info = await fileAt(file + encoding.suffix);
      if (!info) continue;
      available = true;
      if (accepted.has(encoding.name)) return { available, chosen: { encoding, info } };
    }
    return { available, chosen: null };
  };

  const send = async (req: IncomingMessage, res: ServerResponse, file: string, original: Stats, cache: string) => {
    const variant = await variantFor(req, file);
    const encoding: Encoding | null = variant.chosen?.encoding ?? null;
    const info = variant.chosen?.info ?? original;
    const body = encoding ? file + encoding.suffix : file;
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${encoding ? `-${encoding.name}` : ""}"`;
    res.setHeader("content-type", CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream");
    if (variant.available) res.setHeader("vary", "accept-encoding");
    if (encoding) res.setHeader("content-encoding", encoding.name);
    res.setHeader("cache-control", cache);
    res.setHeader("etag", etag);
    res.setHeader("last-modified", info.mtime.toUTCString());
    res.setHeader("x-content-type-options", "nosniff");
    if (req.headers["if-none-match"] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = 200;
    res.setHeader("content-length", info.size);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    return new Promise<void>((done, fail) => {
      const stream = createReadStream(body);
      stream.on("error", fail);
      res.on("close", () => {
        stream.destroy();
        done();
      });
      stream.pipe(res);
    });
  };

  return {
    root,
    async serve(req, res, pathname) {
      const index = resolve(root, "index.html");
      const indexInfo = await fileAt(index);
      if (!indexInfo) return "not-found"; // not built: the server answers as it did without a client
      const target = resolveInside(root, pathname);
      if (target === null) return "not-found";
      const info = target === root ? null : await fileAt(target);
      if (info) {
        const hashed = pathname.startsWith("/assets/");
        await send(req, res, target, info, hashed ? IMMUTABLE : REVALIDATE);
        return "served";
      }
      if (!isClientRoute(pathname)) return "not-found";
      await send(req, res, index, indexInfo, REVALIDATE);
      return "served";
    },
  };
}
