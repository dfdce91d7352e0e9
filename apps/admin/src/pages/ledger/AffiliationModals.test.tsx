/**
 * 结束挂靠 and 编辑组织's effective day with the real providers and a fake /graphql: what the forms
 * send, the server's userErrors under their fields, closing on success.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Providers } from "../../app/App";
import { SESSION_KEY } from "../../session/session";
import { EndAffiliationModal } from "./AffiliationModals";
import { OrganizationFormModal } from "./OrganizationFormModal";

function fakeGraphql(answer: (operation: string, input: Record<string, unknown>) => unknown) {
  const sent: { operation: string; input: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: { input: Record<string, unknown> } };
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "";
      sent.push({ operation, input: body.variables.input });
      return Response.json({ data: answer(operation, body.variables.input) });
    }),
  );
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

describe("结束挂靠", () => {
  const renderModal = (onClose = vi.fn()) => {
    render(
      <Providers>
        <EndAffiliationModal
          open
          onClose={onClose}
          organizationId="T3JnOjE="
          branch={{ id: "QnI6Nw==", name: "中共某公司支部委员会" }}
        />
      </Providers>,
    );
    return onClose;
  };

  it("sends the unit, the branch and the day; a refusal of the day shows under it", async () => {
    const sent = fakeGraphql(() => ({
      endAffiliation: {
        organization: null,
        userErrors: [
          { field: ["input", "to"], message: "结束日期须晚于挂靠日期（2026-05-01）", code: "INVALID_INPUT" },
        ],
        warnings: [],
      },
    }));
    const onClose = renderModal();
    const user = userEvent.setup();
    const day = screen.getByLabelText("结束日期");
    await user.clear(day);
    await user.type(day, "2026-04-01");
    await user.click(screen.getByRole("button", { name: "结束挂靠" }));
    await screen.findByText("结束日期须晚于挂靠日期（2026-05-01）");
    // Under the field (its help, which the input names), not above the form.
    const described = (screen.getByLabelText("结束日期").getAttribute("aria-describedby") ?? "").split(" ");
    expect(described.map((id) => document.getElementById(id)?.textContent ?? "").join("|")).toContain(
      "结束日期须晚于挂靠日期",
    );
    expect(sent).toEqual([
      { operation: "EndAffiliation", input: { organizationId: "T3JnOjE=", branchId: "QnI6Nw==", to: "2026-04-01" } },
    ]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it("closes on success", async () => {
    fakeGraphql(() => ({ endAffiliation: { organization: { id: "T3JnOjE=" }, userErrors: [], warnings: [] } }));
    const onClose = renderModal();
    await userEvent.setup().click(screen.getByRole("button", { name: "结束挂靠" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});

describe("编辑组织: a change of 规模以上 asks from when", () => {
  it("shows the effective day only when the flag changes, and sends it", async () => {
    const sent = fakeGraphql(() => ({
      updateOrganization: { organization: { id: "T3JnOjE=" }, userErrors: [], warnings: [] },
    }));
    const organization = {
      id: "T3JnOjE=",
      name: "调兵山市某公司",
      category: "NON_PUBLIC_ENTERPRISE" as const,
      aboveScale: false,
      eligible: true,
      formalMemberCount: 1,
      probationaryMemberCount: 0,
      legalRepresentativeIsMember: false,
      addedOn: "2020-01-01",
    };
    const onClose = vi.fn();
    render(
      <Providers>
        <OrganizationFormModal mode="edit" organization={organization} open onClose={onClose} />
      </Providers>,
    );
    const user = userEvent.setup();
    expect(screen.queryByLabelText("规模以上 / 具备条件的变更生效日期")).toBeNull();
    await user.click(screen.getByLabelText("规模以上"));
    const day = await screen.findByLabelText("规模以上 / 具备条件的变更生效日期");
    await user.type(day, "2026-03-01");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toEqual([
      { operation: "UpdateOrganization", input: { id: "T3JnOjE=", aboveScale: true, effectiveOn: "2026-03-01" } },
    ]);
  });
});
