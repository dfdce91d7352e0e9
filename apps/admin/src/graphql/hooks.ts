/**
 * Typed GraphQL queries for the pages: TanStack Query over `request`, with the session's token.
 * An UNAUTHENTICATED answer ends the session (back to 登录); the other errors stay with the query
 * and the page shows them in place.
 */
import {
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useCallback } from "react";
import type { TypedDocumentString } from "../gql/graphql";
import { useSession } from "../session/SessionProvider";
import { GraphQLRequestError, request } from "./client";

/** The operation's name, for query keys and logs. */
export function operationName(document: { toString(): string }): string {
  const match = /\b(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(document.toString());
  return match?.[1] ?? "anonymous";
}

/** Runs an operation with the session's token; ends the session on UNAUTHENTICATED. */
export function useRequest() {
  const { session, expire } = useSession();
  const token = session?.token ?? null;
  return useCallback(
    async <TResult, TVariables>(
      document: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
      signal?: AbortSignal,
    ): Promise<TResult> => {
      try {
        return await request(document, variables, { token, ...(signal ? { signal } : {}) });
      } catch (error) {
        if (error instanceof GraphQLRequestError && error.code === "UNAUTHENTICATED") expire(error.message);
        throw error;
      }
    },
    [token, expire],
  );
}

export type GqlQueryOptions<TResult> = Omit<UseQueryOptions<TResult, Error, TResult, QueryKey>, "queryKey" | "queryFn">;

export function useGqlQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: GqlQueryOptions<TResult> = {},
): UseQueryResult<TResult, Error> {
  const run = useRequest();
  const { session } = useSession();
  return useQuery({
    ...options,
    queryKey: [operationName(document), variables, session?.username ?? null],
    queryFn: ({ signal }) => run(document, variables, signal),
    enabled: session !== null && options.enabled !== false,
  });
}

/** Errors not worth retrying: the same request will get the same answer. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof GraphQLRequestError) {
    if (error.code !== "NETWORK_ERROR" && error.code !== "INTERNAL_SERVER_ERROR") return false;
  }
  return failureCount < 2;
}

/**
 * Invalidates the cached queries of these operations (by name) after a write, so every page showing
 * them reads again.
 */
export function useInvalidate() {
  const client = useQueryClient();
  return useCallback(
    (...operations: string[]) =>
      client.invalidateQueries({
        predicate: (query) => typeof query.queryKey[0] === "string" && operations.includes(query.queryKey[0]),
      }),
    [client],
  );
}
