/**
 * The GraphQL transport: POST to /graphql on the same origin, typed by the generated documents.
 * Every failure becomes a GraphQLRequestError with the contract's code (UNAUTHENTICATED, FORBIDDEN,
 * NOT_FOUND, BAD_USER_INPUT, QUERY_TOO_COMPLEX, INTERNAL_SERVER_ERROR) or NETWORK_ERROR, so callers
 * can react to the code and show a Chinese message (errorMessage).
 */
import type { TypedDocumentString } from "../gql/graphql";

export const GRAPHQL_PATH = "/graphql";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "QUERY_TOO_COMPLEX"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK_ERROR"
  | "UNKNOWN";

const KNOWN_CODES: ReadonlySet<string> = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "QUERY_TOO_COMPLEX",
  "INTERNAL_SERVER_ERROR",
]);

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

interface GraphQLErrorJson {
  message?: unknown;
  extensions?: { code?: unknown; requestId?: unknown };
}

export interface RequestOptions {
  readonly token?: string | null;
  readonly signal?: AbortSignal;
  /** Injected in tests; the browser's fetch otherwise. */
  readonly fetch?: typeof fetch;
}

const codeOf = (raw: unknown, status: number): ErrorCode => {
  if (typeof raw === "string" && KNOWN_CODES.has(raw)) return raw as ErrorCode;
  if (status === 401) return "UNAUTHENTICATED";
  if (status >= 500) return "INTERNAL_SERVER_ERROR";
  return "UNKNOWN";
};

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(GRAPHQL_PATH, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new GraphQLRequestError("无法连接服务器，请检查网络后重试", "NETWORK_ERROR");
  }
  const requestIdHeader = response.headers.get("x-request-id");
  let body: { data?: TResult | null; errors?: GraphQLErrorJson[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(
      `服务器返回了无法识别的响应（HTTP ${response.status}）`,
      codeOf(undefined, response.status),
      requestIdHeader,
    );
  }
  const first = body.errors?.[0];
  if (first) {
    const requestId = typeof first.extensions?.requestId === "string" ? first.extensions.requestId : requestIdHeader;
    const message = typeof first.message === "string" ? first.message : "请求失败";
    throw new GraphQLRequestError(message, codeOf(first.extensions?.code, response.status), requestId);
  }
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(
      `请求失败（HTTP ${response.status}）`,
      codeOf(undefined, response.status),
      requestIdHeader,
    );
  }
  return body.data;
}

export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof GraphQLRequestError && error.code === "UNAUTHENTICATED";

/** A message for a person: the server's own Chinese message where it has one, with the request id to quote. */
export function errorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    switch (error.code) {
      case "NETWORK_ERROR":
        return error.message;
      case "INTERNAL_SERVER_ERROR":
        return `服务器内部错误，请稍后重试${error.requestId ? `（请求编号 ${error.requestId}）` : ""}`;
      case "QUERY_TOO_COMPLEX":
        return "查询过于复杂，请缩小范围后重试";
      default:
        return error.message;
    }
  }
  return "发生未知错误，请刷新页面后重试";
}
