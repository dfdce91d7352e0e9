/**
 * One error policy. Expected business failures are userErrors in payloads (see api/types/user-error);
 * what is thrown carries one of the contract's codes. Anything else is logged in full and reaches the
 * client as INTERNAL_SERVER_ERROR with the request id, never with SQL text, stack or paths.
 */
import { GraphQLError } from "graphql";

export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "QUERY_TOO_COMPLEX",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = "请先登录") => apiError("UNAUTHENTICATED", message);
export const forbidden = (message = "无权执行此操作") => apiError("FORBIDDEN", message);
export const notFound = (message: string) => apiError("NOT_FOUND", message);
export const badUserInput = (message: string, field?: readonly string[]) =>
  apiError("BAD_USER_INPUT", message, field ? { field } : {});
