/**
 * 月报与通报 with the real providers and a fake /graphql: a userError of the server shown in place
 * (nothing changes), the return reason required before anything is sent, and only what the role
 * may do offered.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppRoutes, Providers } from "../../app/App";
import { SESSION_KEY } from "../../session/session";

type Handler = (variables: Record<string, unknown>) => unknown;

function fakeServer(handlers: Record<string, Handler>) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "";
    calls.push({ operation, variables: body.variables });
    const handler = handlers[operation];
    if (!handler) throw new Error(`unexpected operation ${operation}`);
    return new Response(JSON.stringify(handler(body.variables)), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetch);
  return { calls };
}

const rate = (numerator: number, denominator: number, percent: string) => ({ numerator, denominator, percent });

function report(code: string, name: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id: `report-${code}`,
    period: "2026-10",
    status,
    frozen: status === "SUBMITTED" || status === "ACCEPTED",
    dueOn: "2026-11-05",
    submittedAt: status === "DRAFT" ? null : "2026-11-03T02:00:00Z",
    daysLate: status === "DRAFT" ? null : 0,
    note: null,
    returnNote: null,
    reviewNote: null,
    reviewedAt: null,
    county: { code, name, fullName: name },
    coverage: {
      asOf: "2026-10-31",
      eligibleCount: 120,
      branchCount: 40,
      liaisonCount: 90,
      organizationCoverage: rate(42, 120, "35.0%"),
      liaisonCoverage: rate(100, 120, "83.3%"),
      dualCoverage: rate(110, 120, "91.7%"),
    },
    ...extra,
  };
}

const viewers = {
  county: {
    username: "county-211281",
    displayName: null,
    role: "COUNTY_ADMIN",
    capabilities: ["WRITE_LEDGER", "PREPARE_REPORT"],
    county: { code: "211281", name: "调兵山市", fullName: "调兵山市" },
  },
  reviewer: {
    username: "reviewer",
    displayName: null,
    role: "REVIEWER",
    capabilities: ["REVIEW_SITE", "REVIEW_REPORT"],
    county: null,
  },
  viewer: { username: "viewer", displayName: null, role: "VIEWER", capabilities: [], county: null },
};

function renderPage(path: string) {
  window.localStorage.setItem(
    SESSION_KEY,
    JSON.stringify({ token: "t", username: "u", expiresAt: new Date(Date.now() + 3_600_000).toISOString() }),
  );
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Providers>
        <AppRoutes />
      </Providers>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 10, 28, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("ReportsPage", () => {
  it("shows the server's userError on submit in place and changes nothing", async () => {
    const server = fakeServer({
      Viewer: () => ({ data: { viewer: viewers.county } }),
      MonthlyReports: () => ({
        data: { monthlyReports: [report("211221", "铁岭县", "DRAFT"), report("211281", "调兵山市", "DRAFT")] },
      }),
      SubmitMonthlyReport: () => ({
        data: {
          submitMonthlyReport: {
            report: null,
            userErrors: [{ field: ["input", "reportId"], message: "月报须在月末之后报送", code: "INVALID_INPUT" }],
          },
        },
      }),
    });
    renderPage("/reports?period=2026-10");
    const detail = await screen.findByTestId("report-detail");
    // A county's user sees its own county only.
    const table = screen.getByRole("table", { name: "各县（市）区月报" });
    expect(within(table).queryByText("铁岭县")).toBeNull();
    expect(within(detail).getByText("草稿")).toBeTruthy();

    await userEvent.type(screen.getByLabelText("月报说明"), "十月情况");
    await userEvent.click(screen.getByRole("button", { name: "报送" }));
    expect(await screen.findByText("月报须在月末之后报送")).toBeTruthy();
    expect(within(screen.getByTestId("report-detail")).getByText("草稿")).toBeTruthy();
    const submit = server.calls.find((c) => c.operation === "SubmitMonthlyReport");
    expect(submit?.variables).toEqual({ input: { reportId: "report-211281", note: "十月情况" } });
    // No refetch after a refused change.
    expect(server.calls.filter((c) => c.operation === "MonthlyReports")).toHaveLength(1);
  });

  it("explains before the click why a month still running cannot be submitted", async () => {
    fakeServer({
      Viewer: () => ({ data: { viewer: viewers.county } }),
      MonthlyReports: () => ({
        data: { monthlyReports: [report("211281", "调兵山市", "DRAFT", { period: "2026-11" })] },
      }),
    });
    renderPage("/reports?period=2026-11");
    expect(await screen.findByText(/暂不能报送：2026-11 月尚未结束/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "报送" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "保存草稿" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("requires a reason before a reviewer's return is sent", async () => {
    const server = fakeServer({
      Viewer: () => ({ data: { viewer: viewers.reviewer } }),
      MonthlyReports: () => ({ data: { monthlyReports: [report("211281", "调兵山市", "SUBMITTED")] } }),
      ReturnMonthlyReport: (variables) => ({
        data: {
          returnMonthlyReport: {
            report: report("211281", "调兵山市", "RETURNED", {
              returnNote: (variables.input as { note: string }).note,
            }),
            userErrors: [],
          },
        },
      }),
    });
    renderPage("/reports?period=2026-10&county=211281");
    await screen.findByTestId("report-detail");
    expect(screen.queryByRole("button", { name: "保存草稿" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "退回" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "确认退回" }));
    expect(await within(dialog).findByText("请填写退回理由")).toBeTruthy();
    expect(server.calls.some((c) => c.operation === "ReturnMonthlyReport")).toBe(false);
    await userEvent.type(within(dialog).getByLabelText("退回理由"), "数据不符");
    await userEvent.click(within(dialog).getByRole("button", { name: "确认退回" }));
    await waitFor(() => expect(server.calls.some((c) => c.operation === "ReturnMonthlyReport")).toBe(true));
    expect(server.calls.find((c) => c.operation === "ReturnMonthlyReport")?.variables).toEqual({
      input: { reportId: "report-211281", note: "数据不符" },
    });
  });

  it("offers a 查看者 no write", async () => {
    fakeServer({
      Viewer: () => ({ data: { viewer: viewers.viewer } }),
      MonthlyReports: () => ({
        data: {
          monthlyReports: [
            report("211281", "调兵山市", "SUBMITTED", { note: "已报送说明" }),
            report("211221", "铁岭县", "DRAFT"),
          ],
        },
      }),
    });
    renderPage("/reports?period=2026-10&county=211281");
    const detail = await screen.findByTestId("report-detail");
    expect(within(detail).getByText("已报送说明")).toBeTruthy();
    for (const name of ["保存草稿", "报送", "审核通过", "退回"]) {
      expect(screen.queryByRole("button", { name })).toBeNull();
    }
    expect(screen.queryByLabelText("月报说明")).toBeNull();
  });
});
