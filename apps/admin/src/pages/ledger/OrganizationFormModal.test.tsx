/**
 * 新增组织 with the real providers and a fake /graphql: what the form sends, the server's userErrors
 * under their fields (the rest above the form), and closing on success.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Providers } from "../../app/App";
import { SESSION_KEY } from "../../session/session";
import { OrganizationFormModal } from "./OrganizationFormModal";

function fakeGraphql(answer: (input: Record<string, unknown>) => unknown) {
  const sent: { operation: string; input: Record<string, unknown>; auth: string | undefined }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: { input: Record<string, unknown> } };
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "";
      sent.push({
        operation,
        input: body.variables.input,
        auth: (init.headers as Record<string, string>).authorization,
      });
      return Response.json({ data: answer(body.variables.input) });
    }),
  );
  return sent;
}

const payload = (fields: { organization?: unknown; userErrors?: unknown[] }) => ({
  createOrganization: { organization: null, userErrors: [], warnings: [], ...fields },
});

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

function renderForm(onClose = vi.fn(), onCreated = vi.fn()) {
  render(
    <Providers>
      <OrganizationFormModal mode="create" countyCode="211281" open onClose={onClose} onCreated={onCreated} />
    </Providers>,
  );
  return { onClose, onCreated };
}

describe("新增组织", () => {
  it("puts the server's userErrors under their fields and the others above the form", async () => {
    const sent = fakeGraphql(() =>
      payload({
        userErrors: [
          { field: ["input", "name"], message: "调兵山市已有同名单位", code: "ALREADY_EXISTS" },
          { field: ["input", "parkId"], message: "园区不属于本县", code: "INVALID_INPUT" },
        ],
      }),
    );
    const { onClose } = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("单位名称"), "调兵山市某公司");
    await user.clear(screen.getByLabelText("正式党员"));
    await user.type(screen.getByLabelText("正式党员"), "4");
    await user.click(screen.getByRole("button", { name: "保存" }));

    await screen.findByText("调兵山市已有同名单位");
    // Under 单位名称 (its help, which the input names), not above the form.
    const help = screen.getByLabelText("单位名称").getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(help)?.textContent).toBe("调兵山市已有同名单位");
    const above = screen.getByText("园区不属于本县");
    expect(above.closest(".ant-alert")).not.toBeNull();
    expect(above.closest(".ant-alert")?.textContent).not.toContain("调兵山市已有同名单位");
    expect(onClose).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      operation: "CreateOrganization",
      auth: "Bearer tok",
      input: {
        countyCode: "211281",
        name: "调兵山市某公司",
        category: "NON_PUBLIC_ENTERPRISE",
        aboveScale: false,
        formalMemberCount: 4,
        probationaryMemberCount: 0,
        eligible: true,
        legalRepresentativeIsMember: false,
      },
    });
  });

  it("does not send a form without a name", async () => {
    const sent = fakeGraphql(() => payload({}));
    renderForm();
    await userEvent.setup().click(screen.getByRole("button", { name: "保存" }));
    await screen.findByText("请输入单位名称");
    expect(sent).toHaveLength(0);
  });

  it("closes and hands on the new unit's id on success", async () => {
    fakeGraphql((input) => payload({ organization: { id: "T3JnOjk5", name: input.name } }));
    const { onClose, onCreated } = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("单位名称"), "新单位");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith("T3JnOjk5"));
    expect(onClose).toHaveBeenCalled();
  });
});
