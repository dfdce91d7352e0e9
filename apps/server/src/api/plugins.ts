/**
 * Apollo plugins: the error policy and the per-request bookkeeping for the log line. The gate that
 * lets anonymous requests do nothing but log in, and the query limits, are in complexity.ts.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { ERROR_CODES } from "../common/errors.js";
import { isTokenCapError } from "./complexity.js";
import type { ApiContext } from "./context.js";

/**
 * The request's bookkeeping: the operation name for its log line; internal errors logged with the
 * request id (before they are masked); the request id added to every error sent.
 */
export function requestInfoPlugin(log: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          contextValue.store.operationName = operationName ?? "(anonymous)";
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? "");
            if (PUBLIC_CODES.has(code) || CLIENT_FAULT_CODES.has(code)) continue;
            log.error(
              { err: unwrapResolverError(error), requestId: contextValue.requestId, path: error.path },
              "internal error",
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}

const PUBLIC_CODES = new Set<string>(ERROR_CODES.filter((c) => c !== "INTERNAL_SERVER_ERROR"));
/** Apollo's own codes for a request the client got wrong. */
const CLIENT_FAULT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * The error policy at the edge: the contract's codes pass with their message; anything else reaches
 * the client as INTERNAL_SERVER_ERROR with nothing internal (it was logged in full, see above).
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? "");
  const validation = validationProblem(formatted.extensions?.validationErrors);
  const field = validation?.field ?? formatted.extensions?.field;
  if (PUBLIC_CODES.has(code)) {
    return {
      message: validation?.message ?? formatted.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code, ...(Array.isArray(field) ? { field } : {}) },
    };
  }
  if (code === "GRAPHQL_PARSE_FAILED" && isTokenCapError(formatted.message)) {
    return {
      message: "查询文本过长（超过词法单元上限），请拆分查询",
      extensions: { code: "QUERY_TOO_COMPLEX" },
    };
  }
  if (CLIENT_FAULT_CODES.has(code)) {
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: "BAD_USER_INPUT", reason: code },
    };
  }
  return {
    message: "服务器内部错误，请稍后重试或联系管理员（请提供请求编号）",
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

interface ValidationErrorJson {
  property?: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorJson[];
}

/** The first class-validator failure of an argument, as a message and a field path under `input`. */
function validationProblem(errors: unknown): { message: string; field: string[] } | null {
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const path: string[] = ["input"];
  let current = errors[0] as ValidationErrorJson;
  for (;;) {
    if (current.property) path.push(current.property);
    const messages = Object.values(current.constraints ?? {});
    if (messages.length > 0) return { message: messages[0] as string, field: path };
    const child = current.children?.[0];
    if (!child) return { message: "输入无效", field: path };
    current = child;
  }
}
