import { describe, expect, it, vi } from "vitest";
import { GraphQLRequestError } from "../graphql/client";
import { bulletinXlsxUrl, fetchFile, fileNameOf, saveBlob } from "./download";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("bulletinXlsxUrl", () => {
  it("carries period and metric, and the category only when one is chosen", () => {
    expect(bulletinXlsxUrl("2026-10", "DUAL_COVERAGE", null)).toBe(
      "/export/bulletin.xlsx?period=2026-10&metric=DUAL_COVERAGE",
    );
    expect(bulletinXlsxUrl("2026-10", "ORGANIZATION_COVERAGE", "SOCIAL_ORGANIZATION")).toBe(
      "/export/bulletin.xlsx?period=2026-10&metric=ORGANIZATION_COVERAGE&category=SOCIAL_ORGANIZATION",
    );
  });
});

describe("fileNameOf", () => {
  it("prefers the UTF-8 name, falls back to the plain one", () => {
    const name = "铁岭市两新组织党建工作通报-2026年10月.xlsx";
    expect(fileNameOf(`attachment; filename="bulletin.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)).toBe(name);
    expect(fileNameOf('attachment; filename="bulletin-2026-10.xlsx"')).toBe("bulletin-2026-10.xlsx");
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A")).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});

describe("fetchFile", () => {
  it("GETs with the bearer token and returns the body and the server's file name", async () => {
    const fetch = vi.fn(
      async () =>
        new Response(new Uint8Array([0x50, 0x4b, 3, 4]), {
          status: 200,
          headers: { "content-type": XLSX, "content-disposition": 'attachment; filename="b.xlsx"' },
        }),
    );
    const { blob, fileName } = await fetchFile("/export/bulletin.xlsx?period=2026-10", { token: "tok", fetch });
    expect(fileName).toBe("b.xlsx");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/export/bulletin.xlsx?period=2026-10");
    expect(init.method).toBe("GET");
    expect((init.headers as Record<string, string>).authorization).toBe("Bearer tok");
  });

  it("turns a 401 into UNAUTHENTICATED with the server's message, so the session ends", async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ errors: [{ message: "请先登录", extensions: { code: "UNAUTHENTICATED" } }] }), {
          status: 401,
          headers: { "content-type": "application/json" },
        }),
    );
    const error = await fetchFile("/x", { token: "old", fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe("UNAUTHENTICATED");
    expect((error as GraphQLRequestError).message).toBe("请先登录");
  });

  it("keeps the server's message of a refused request, and the status when the body is not JSON", async () => {
    const bad = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            errors: [{ message: "period 须为 YYYY-MM 格式的月份", extensions: { code: "BAD_USER_INPUT" } }],
          }),
          { status: 400 },
        ),
    );
    const e1 = (await fetchFile("/x", { token: "t", fetch: bad }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(e1.code).toBe("BAD_USER_INPUT");
    expect(e1.message).toBe("period 须为 YYYY-MM 格式的月份");
    const broken = vi.fn(async () => new Response("<html>bad gateway</html>", { status: 502 }));
    const e2 = (await fetchFile("/x", { token: "t", fetch: broken }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(e2.code).toBe("INTERNAL_SERVER_ERROR");
    expect(e2.message).toBe("下载失败（HTTP 502）");
  });

  it("reports a network failure as NETWORK_ERROR", async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = (await fetchFile("/x", { token: null, fetch }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.code).toBe("NETWORK_ERROR");
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).authorization).toBeUndefined();
  });
});

describe("saveBlob", () => {
  it("clicks a hidden link with the object URL and the file name, then removes it", () => {
    const created = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:test-1");
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    saveBlob(new Blob(["PK"]), "通报.xlsx");
    expect(created).toHaveBeenCalledOnce();
    expect(clicked).toEqual([{ href: "blob:test-1", download: "通报.xlsx" }]);
    expect(document.querySelectorAll("a[download]").length).toBe(0);
    created.mockRestore();
    click.mockRestore();
  });
});
