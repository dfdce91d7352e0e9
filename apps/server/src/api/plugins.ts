/**
 * Apollo plugins: the gate that lets anonymous requests do nothing but log in, the error policy, and
 * the per-request bookkeeping for the log line.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLFormattedError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Logger } from "pino";
import { ERROR_CODES } from "../common/errors.js";
import type { ApiContext } from "./context.js";

/** Top-level field names of an operation, through fragments. */
export function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/** `setupFirstAdmin` works only while no user exists, and only with the setup code (service/setup.service.ts). */
const ANONYMOUS_MUTATIONS = new Set(["login", "setupFirstAdmin", "__typename"]);
const ANONYMOUS_QUERIES = new Set(["setupRequired", "__typename"]);
const INTROSPECTION = new Set(["__schema", "__type", "__typename"]);

/**
 * Every operation except `login` (and, for the first start, `setupRequired` and `setupFirstAdmin`)
 * needs a valid token (introspection too, in production).
 */
export function authGatePlugin(production: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }: GraphQLRequestContext<ApiContext>) {
          if (contextValue.viewer || !operation) return;
          const names = rootFieldNames(operation, document as DocumentNode);
          const allowed =
            operation.operation === "mutation"
              ? names.every((n) => ANONYMOUS_MUTATIONS.has(n))
              : operation.operation === "query" &&
                (names.every((n) => ANONYMOUS_QUERIES.has(n)) ||
                  (!production && names.every((n) => INTROSPECTION.has(n))));
          if (allowed) return;
          const message =
            contextValue.tokenProblem === "EXPIRED"
              ? "登录已过期，请重新登录"
              : contextValue.tokenProblem
                ? "登录凭证无效，请重新登录"
                : "请先登录";
          throw new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
        },
      };
    },
  };
}

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
