import { describe, expect, it, vi } from "vitest";
import { ViewerDocument } from "../app/viewer";
import { errorMessage, GraphQLRequestError, isUnauthenticated, request } from "./client";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("request", () => {
  it("posts the operation with the bearer token and returns data", async () => {
    const fetch = vi.fn(async () =>
      json(200, { data: { viewer: { username: "city-admin", displayName: null, role: "CITY_ADMIN", county: null } } }),
    );
    const data = await request(ViewerDocument, {}, { token: "abc", fetch });
    expect(data.viewer.username).toBe("city-admin");
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/graphql");
    expect((init.headers as Record<string, string>).authorization).toBe("Bearer abc");
    const body = JSON.parse(String(init.body));
    expect(body.query).toContain("query Viewer");
    expect(body.variables).toEqual({});
  });

  it("sends no authorization header without a token", async () => {
    const fetch = vi.fn(async () => json(200, { data: { viewer: null } }));
    await request(ViewerDocument, {}, { fetch }).catch(() => undefined);
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it("turns the contract's error codes into GraphQLRequestError", async () => {
    const fetch = vi.fn(async () =>
      json(401, {
        errors: [{ message: "登录已过期，请重新登录", extensions: { code: "UNAUTHENTICATED", requestId: "r-1" } }],
      }),
    );
    const error = await request(ViewerDocument, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", message: "登录已过期，请重新登录", requestId: "r-1" });
    expect(isUnauthenticated(error)).toBe(true);
  });

  it("keeps FORBIDDEN distinct from a lost session", async () => {
    const fetch = vi.fn(async () =>
      json(200, { errors: [{ message: "此功能尚未开放", extensions: { code: "FORBIDDEN" } }] }),
    );
    const error = await request(ViewerDocument, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FORBIDDEN" });
    expect(isUnauthenticated(error)).toBe(false);
    expect(errorMessage(error)).toBe("此功能尚未开放");
  });

  it("reports a network failure in Chinese", async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await request(ViewerDocument, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NETWORK_ERROR" });
    expect(errorMessage(error)).toBe("无法连接服务器，请检查网络后重试");
  });

  it("reports a non-JSON answer (a proxy's error page) by its status", async () => {
    const fetch = vi.fn(
      async () => new Response("<html>Bad Gateway</html>", { status: 502, headers: { "x-request-id": "r-9" } }),
    );
    const error = await request(ViewerDocument, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INTERNAL_SERVER_ERROR", requestId: "r-9" });
    expect(errorMessage(error)).toBe("服务器内部错误，请稍后重试（请求编号 r-9）");
  });

  it("treats a 401 without a readable code as a lost session", async () => {
    const fetch = vi.fn(async () => json(401, { errors: [{ message: "Unauthorized" }] }));
    expect(await request(ViewerDocument, {}, { fetch }).catch((e: unknown) => e)).toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});

describe("errorMessage", () => {
  it("never shows an English or empty message for an unknown failure", () => {
    expect(errorMessage(new Error("boom"))).toBe("发生未知错误，请刷新页面后重试");
    expect(errorMessage(new GraphQLRequestError("x", "QUERY_TOO_COMPLEX"))).toBe("查询过于复杂，请缩小范围后重试");
  });
});
