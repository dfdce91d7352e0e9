import { describe, expect, it, vi } from "vitest";
import { exportUrl, importUrl, readImportResponse, TransferError, uploadImport } from "./ledger-excel";

describe("urls", () => {
  it("asks for the county's export and a dry run", () => {
    expect(exportUrl("211281")).toBe("/export/organizations.xlsx?county=211281");
    expect(exportUrl(null)).toBe("/export/organizations.xlsx");
    expect(importUrl(true)).toBe("/import/organizations?dryRun=true");
    expect(importUrl(false)).toBe("/import/organizations");
  });
});

describe("readImportResponse", () => {
  it("reads a report with row errors (422, nothing written)", () => {
    const result = readImportResponse(422, {
      created: 0,
      updated: 0,
      unchanged: 0,
      dryRun: true,
      errors: [{ row: 3, column: "正式党员数", cell: "K3", message: "请填写正式党员数" }],
      warnings: [],
    });
    expect(result).toEqual({
      dryRun: true,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [{ key: "error-0", row: 3, column: "正式党员数", cell: "K3", message: "请填写正式党员数" }],
      warnings: [],
    });
  });

  it("reads a done import", () => {
    const result = readImportResponse(200, {
      created: 2,
      updated: 1,
      unchanged: 0,
      dryRun: false,
      errors: [],
      warnings: [],
    });
    expect(result).toMatchObject({ created: 2, updated: 1, dryRun: false, errors: [] });
  });

  it("turns another answer into the server's message", () => {
    expect(() =>
      readImportResponse(415, {
        errors: [{ message: "文件不是 Excel（.xlsx）格式", extensions: { code: "BAD_USER_INPUT" } }],
      }),
    ).toThrow("文件不是 Excel（.xlsx）格式");
    expect(() => readImportResponse(422, { errors: [{ message: "工作表缺少表头" }] })).toThrow("工作表缺少表头");
    expect(() => readImportResponse(500, null)).toThrow(TransferError);
  });
});

/** A stand-in XMLHttpRequest that answers as told. */
function fakeRequest(status: number, body: unknown) {
  const sent: { method?: string; url?: string; headers: Record<string, string>; body?: unknown } = { headers: {} };
  const xhr = {
    status,
    responseText: JSON.stringify(body),
    upload: {} as { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void },
    onload: null as null | (() => void),
    onerror: null as null | (() => void),
    onabort: null as null | (() => void),
    open(method: string, url: string) {
      sent.method = method;
      sent.url = url;
    },
    setRequestHeader(name: string, value: string) {
      sent.headers[name] = value;
    },
    abort() {
      this.onabort?.();
    },
    send(payload: unknown) {
      sent.body = payload;
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
      queueMicrotask(() => this.onload?.());
    },
  };
  return { xhr, sent };
}

describe("uploadImport", () => {
  it("posts the file as multipart field file with the token, reporting progress", async () => {
    const { xhr, sent } = fakeRequest(200, {
      created: 1,
      updated: 0,
      unchanged: 0,
      dryRun: true,
      errors: [],
      warnings: [],
    });
    const progress: number[] = [];
    const result = await uploadImport(new File([new Uint8Array([0x50, 0x4b])], "台账.xlsx"), {
      token: "tok",
      dryRun: true,
      onProgress: (p) => progress.push(p),
      createRequest: () => xhr as unknown as XMLHttpRequest,
    });
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe("/import/organizations?dryRun=true");
    expect(sent.headers.authorization).toBe("Bearer tok");
    expect((sent.body as FormData).get("file")).toBeInstanceOf(Blob);
    expect(progress).toEqual([50, 100]);
    expect(result.created).toBe(1);
  });

  it("ends the session on 401", async () => {
    const { xhr } = fakeRequest(401, { errors: [{ message: "登录已失效" }] });
    const onUnauthenticated = vi.fn();
    await expect(
      uploadImport(new Blob(["x"]), {
        token: "t",
        dryRun: false,
        onUnauthenticated,
        createRequest: () => xhr as unknown as XMLHttpRequest,
      }),
    ).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledWith("登录已失效");
  });
});
