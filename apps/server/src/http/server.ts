/**
 * The HTTP edge on plain node:http: /graphql (Apollo), /healthz and /readyz for operators.
 * One JSON log line per request with its id, user, operation, duration and SQL statement count.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ApolloServer } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { GraphQLError } from "graphql";
import type { Logger } from "pino";
import type { GraphQLRequestBody } from "../api/complexity.js";
import type { RequestStore } from "../common/request-context.js";
import { adminDirectory, createStaticHandler } from "./static.js";

/** Largest body of a GraphQL request with a token; without one (a login), ANONYMOUS_BODY_BYTES. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const ANONYMOUS_BODY_BYTES = 16 * 1024;

/** Node's own limits for slow or idle clients (config.ts: HTTP_*_TIMEOUT_MS). */
export interface HttpTimeouts {
  /** Time to receive a request's headers. */
  readonly headersMs: number;
  /** Time to receive a whole request (headers and body). */
  readonly requestMs: number;
  /** How long an idle keep-alive connection stays open (above a load balancer's idle timeout). */
  readonly keepAliveMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 60_000, keepAliveMs: 65_000 };

/**
 * A plain HTTP endpoint beside /graphql (file downloads and uploads). It gets the same context as a
 * GraphQL request (viewer, scoped services, loaders); it must check the viewer itself (`requireViewer`).
 */
export interface HttpRoute<C> {
  readonly method: "GET" | "POST";
  readonly path: string;
  handle(req: IncomingMessage, res: ServerResponse, context: C, url: URL): Promise<void>;
}

export interface HttpDeps<C extends object> {
  readonly apollo: ApolloServer<C>;
  readonly log: Logger;
  /** Builds the request context (authenticates the bearer token). */
  readonly context: (req: IncomingMessage, store: RequestStore) => Promise<C>;
  readonly ready: () => Promise<boolean>;
  readonly corsOrigins: readonly string[];
  readonly routes?: readonly HttpRoute<C>[];
  /**
   * Checks a GraphQL request before Apollo parses it (the anonymous gate and the query limits,
   * api/complexity.ts): the refusal to send, or null.
   */
  readonly guard?: (request: GraphQLRequestBody, context: C) => GraphQLError | null;
  readonly timeouts?: HttpTimeouts;
}

/** An HTTP failure with a status and a message for the client (JSON: `{ errors: [{ message, extensions }] }`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = "BAD_USER_INPUT",
  ) {
    super(message);
  }
}

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the 413 is sent with `connection: close` and the socket closed after it.
        req.removeAllListeners("data");
        req.pause();
        return reject(
          new HttpError(
            413,
            limit >= 1024 * 1024
              ? `请求体过大（上限 ${Math.round(limit / 1024 / 1024)} MB）`
              : `请求体过大（未登录时上限 ${Math.round(limit / 1024)} KB）`,
          ),
        );
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The body as text: up to MAX_BODY_BYTES with a bearer token, ANONYMOUS_BODY_BYTES without one. */
async function readBodyText(req: IncomingMessage): Promise<string> {
  const signed = typeof req.headers.authorization === "string" && req.headers.authorization.startsWith("Bearer ");
  return (await readBody(req, signed ? MAX_BODY_BYTES : ANONYMOUS_BODY_BYTES)).toString("utf8");
}

/**
 * The client's address: the socket's, or behind `trustedHops` proxies the X-Forwarded-For entry that
 * many places from the right (each proxy appends the address it saw; entries further left are the
 * client's own to choose). With fewer entries than hops, the left-most one.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string | null {
  const socket = req.socket.remoteAddress ?? null;
  if (trustedHops <= 0) return socket;
  const header = req.headers["x-forwarded-for"];
  const entries = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  if (entries.length === 0) return socket;
  return entries[Math.max(0, entries.length - trustedHops)] ?? socket;
}

/** The caller's X-Request-Id when well formed (kept for the log line only), else null. */
const clientRequestIdOf = (req: IncomingMessage): string | null => {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : null;
};

/** The query, operation name and variables of a GET (search parameters) or POST (JSON body) request. */
function graphQLRequestOf(method: string | undefined, url: URL, body: unknown): GraphQLRequestBody {
  if (method === "GET") {
    let variables: unknown;
    try {
      variables = JSON.parse(url.searchParams.get("variables") ?? "null");
    } catch {
      variables = null;
    }
    return {
      query: url.searchParams.get("query") ?? undefined,
      operationName: url.searchParams.get("operationName") ?? undefined,
      variables,
    };
  }
  return body && typeof body === "object" && !Array.isArray(body) ? (body as GraphQLRequestBody) : {};
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

export function createHttpServer<C extends object>(deps: HttpDeps<C>): Server {
  const { apollo, log } = deps;
  const adminClient = createStaticHandler(adminDirectory());

  const graphql = async (req: IncomingMessage, res: ServerResponse, url: URL, store: RequestStore) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      const text = await readBodyText(req);
      const type = headers.get("content-type") ?? "";
      if (type.includes("application/json")) {
        try {
          body = text.length > 0 ? JSON.parse(text) : {};
        } catch {
          throw new HttpError(400, "请求体不是有效的 JSON");
        }
      } else {
        body = text;
      }
    }
    const contextValue = await deps.context(req, store);
    const refusal = deps.guard?.(graphQLRequestOf(req.method, url, body), contextValue);
    if (refusal) {
      store.operationName = "(refused)";
      const status = (refusal.extensions.http as { status?: number } | undefined)?.status ?? 400;
      return sendJson(res, status, {
        errors: [
          { message: refusal.message, extensions: { code: refusal.extensions.code, requestId: store.requestId } },
        ],
      });
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: async () => contextValue,
    });
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === "complete") {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const cors = (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    if (origin && deps.corsOrigins.includes(origin)) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "origin");
      res.setHeader(
        "access-control-allow-headers",
        "authorization, content-type, x-request-id, apollo-require-preflight",
      );
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    }
    if (req.method === "OPTIONS") {
      res.statusCode = 204;
      res.end();
      return true;
    }
    return false;
  };

  const timeouts = deps.timeouts ?? DEFAULT_HTTP_TIMEOUTS;
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // How often node looks for requests over their time (its default, 30 s, would let a slow
      // client hold a connection that long past the limit).
      connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
    },
    (req, res) => {
      const started = process.hrtime.bigint();
      // The server's own id: a client cannot choose what the audit trail records as its request.
      const store: RequestStore = {
        requestId: randomUUID(),
        clientRequestId: clientRequestIdOf(req),
        viewer: null,
        operationName: null,
        sqlStatements: 0,
      };
      res.setHeader("x-request-id", store.requestId);
      const url = new URL(req.url ?? "/", "http://localhost");
      res.on("finish", () => {
        if (url.pathname === "/healthz" || url.pathname === "/readyz") return;
        log.info(
          {
            requestId: store.requestId,
            ...(store.clientRequestId ? { clientRequestId: store.clientRequestId } : {}),
            method: req.method,
            path: url.pathname,
            status: res.statusCode,
            ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
            user: store.viewer?.username ?? null,
            operation: store.operationName,
            sql: store.sqlStatements,
          },
          "request",
        );
      });
      void (async () => {
        try {
          if (cors(req, res)) return;
          if (url.pathname === "/graphql") return await graphql(req, res, url, store);
          const route = deps.routes?.find((r) => r.path === url.pathname && r.method === req.method);
          if (route) return await route.handle(req, res, await deps.context(req, store), url);
          if (url.pathname === "/healthz" && req.method === "GET") return sendJson(res, 200, { status: "ok" });
          if (url.pathname === "/readyz" && req.method === "GET") {
            const ready = await deps.ready().catch(() => false);
            return sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "unavailable" });
          }
          if (
            (req.method === "GET" || req.method === "HEAD") &&
            url.pathname !== "/healthz" &&
            url.pathname !== "/readyz"
          ) {
            if ((await adminClient.serve(req, res, url.pathname)) === "served") return;
          }
          sendJson(res, 404, { error: "not found" });
        } catch (error) {
          if (error instanceof HttpError) {
            return sendJson(res, error.status, {
              errors: [{ message: error.message, extensions: { code: error.code, requestId: store.requestId } }],
            });
          }
          log.error({ err: error, requestId: store.requestId }, "unhandled request error");
          if (!res.headersSent) {
            sendJson(res, 500, {
              errors: [
                {
                  message: "服务器内部错误",
                  extensions: { code: "INTERNAL_SERVER_ERROR", requestId: store.requestId },
                },
              ],
            });
          } else {
            res.end();
          }
        }
      })();
    },
  );
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
  return server;
}
