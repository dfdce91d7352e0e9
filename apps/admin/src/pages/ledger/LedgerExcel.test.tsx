/**
 * 导入 in a simulated DOM with a stand-in XMLHttpRequest: the row errors of a 校验 in a table with
 * 确认导入 held back, then a clean 校验 that allows it, and the import itself.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Providers } from "../../app/App";
import { SESSION_KEY } from "../../session/session";
import { ImportDrawer } from "./LedgerExcel";

interface Sent {
  url: string;
  auth: string | null;
  file: unknown;
}

/** Answers each upload with the next of these (status, body). */
function stubUploads(answers: { status: number; body: unknown }[]) {
  const sent: Sent[] = [];
  class FakeRequest {
    status = 0;
    responseText = "";
    upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private url = "";
    private auth: string | null = null;
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      if (name === "authorization") this.auth = value;
    }
    abort() {
      this.onabort?.();
    }
    send(form: FormData) {
      sent.push({ url: this.url, auth: this.auth, file: form.get("file") });
      const answer = answers.shift() ?? { status: 500, body: null };
      this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 2 });
      setTimeout(() => {
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.onload?.();
      }, 10);
    }
  }
  vi.stubGlobal("XMLHttpRequest", FakeRequest);
  return sent;
}

beforeEach(() => {
  window.localStorage.setItem(
    SESSION_KEY,
    JSON.stringify({
      token: "tok",
      username: "county-211281",
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const report = (fields: Record<string, unknown>) => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  dryRun: true,
  errors: [],
  warnings: [],
  ...fields,
});

describe("导入", () => {
  it("shows a 校验's row errors and holds back 确认导入; a clean 校验 allows it", async () => {
    const sent = stubUploads([
      {
        status: 422,
        body: report({ errors: [{ row: 3, column: "正式党员数", cell: "K3", message: "请填写正式党员数" }] }),
      },
      { status: 200, body: report({ created: 2 }) },
      { status: 200, body: report({ created: 2, dryRun: false }) },
    ]);
    render(
      <Providers>
        <ImportDrawer open onClose={() => undefined} />
      </Providers>,
    );
    const user = userEvent.setup();
    const confirm = () => screen.getByRole("button", { name: "确认导入" });
    expect((confirm() as HTMLButtonElement).disabled).toBe(true);
    const input = document.querySelector("input[type=file]") as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array([0x50, 0x4b, 3, 4])], "台账.xlsx"));
    await screen.findByText("台账.xlsx");

    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByText(/校验未通过：1 处错误/);
    const table = screen.getByRole("table", { name: "错误" });
    const cells = within(table)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells).toEqual(["3", "正式党员数", "K3", "请填写正式党员数"]);
    expect((confirm() as HTMLButtonElement).disabled).toBe(true);
    expect(sent[0]).toMatchObject({ url: "/import/organizations?dryRun=true", auth: "Bearer tok" });
    expect(sent[0]?.file).toBeInstanceOf(Blob);

    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByText("校验通过，可以确认导入");
    await waitFor(() => expect((confirm() as HTMLButtonElement).disabled).toBe(false));
    await user.click(confirm());
    await screen.findByText("导入完成");
    expect(sent.map((s) => s.url)).toEqual([
      "/import/organizations?dryRun=true",
      "/import/organizations?dryRun=true",
      "/import/organizations",
    ]);
  });

  it("shows the server's message when the file is refused", async () => {
    stubUploads([{ status: 415, body: { errors: [{ message: "文件不是 Excel（.xlsx）格式" }] } }]);
    render(
      <Providers>
        <ImportDrawer open onClose={() => undefined} />
      </Providers>,
    );
    const user = userEvent.setup();
    await user.upload(document.querySelector("input[type=file]") as HTMLInputElement, new File(["x"], "a.xlsx"));
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByText("文件不是 Excel（.xlsx）格式");
    expect((screen.getByRole("button", { name: "确认导入" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
