/**
 * The plan form against a fake /graphql: the suggestion with its note, 采用建议 filling the parts,
 * the sum against the total as it is typed, and the server's userErrors on their fields.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Providers } from "../../app/App";
import { QuotaPlanEditor } from "./QuotaPlanEditor";

const counties = [
  { code: "211221", name: "铁岭县" },
  { code: "211281", name: "调兵山市" },
];
const NOTE = "建议名额按最大余额法计算：总数调整后须重新计算。";

function fakeServer(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "";
      calls.push({ operation, variables: body.variables });
      const answer = answers[operation];
      if (!answer) throw new Error(`unexpected ${operation}`);
      return new Response(JSON.stringify({ data: answer(body.variables) }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("QuotaPlanEditor", () => {
  it("adopts the suggestion, follows the sum, and puts QUOTA_BELOW_USED on the county's field", async () => {
    const calls = fakeServer({
      QuotaSuggestion: (v) => ({
        quotaSuggestion: {
          total: v.total,
          weight: v.weight,
          minimumPerCounty: v.minimumPerCounty ?? 0,
          asOf: "2026-11-28",
          note: NOTE,
          allocations: [
            { county: counties[0], quota: 6, weight: 60, exactShare: 6.0 },
            { county: counties[1], quota: 4, weight: 40, exactShare: 4.0 },
          ],
        },
      }),
      SetQuotaPlan: () => ({
        setQuotaPlan: {
          plan: null,
          userErrors: [
            {
              field: ["input", "allocations", "1", "quota"],
              message: "调兵山市已推荐和批准5个，名额不能少于5个（拟定3个）",
              code: "QUOTA_BELOW_USED",
            },
          ],
        },
      }),
    });
    const user = userEvent.setup({ delay: null });
    render(
      <Providers>
        <QuotaPlanEditor year={2026} level="COUNTY" plan={null} counties={counties} onClose={() => undefined} />
      </Providers>,
    );
    const total = await screen.findByLabelText("总数");
    await user.clear(total);
    await user.type(total, "10");
    expect(screen.getByTestId("quota-sum").textContent).toBe("合计 0 个，与总数 10 个不符（还差 10 个）");

    await user.click(screen.getByRole("button", { name: "计算建议" }));
    expect(await screen.findByText(NOTE)).toBeTruthy();
    expect(calls.find((c) => c.operation === "QuotaSuggestion")?.variables).toMatchObject({
      level: "COUNTY",
      year: 2026,
      total: 10,
      weight: "ELIGIBLE_UNITS",
    });
    await user.click(screen.getByRole("button", { name: "采用建议" }));
    await waitFor(() => expect((screen.getByLabelText("铁岭县") as HTMLInputElement).value).toBe("6"));
    expect((screen.getByLabelText("调兵山市") as HTMLInputElement).value).toBe("4");
    await waitFor(() => expect(screen.getByTestId("quota-sum").textContent).toBe("合计 10 个，与总数 10 个相符"));

    const tiaobingshan = screen.getByLabelText("调兵山市");
    await user.clear(tiaobingshan);
    await user.type(tiaobingshan, "3");
    await waitFor(() => expect(screen.getByTestId("quota-sum").textContent).toContain("还差 1 个"));
    await user.click(screen.getByRole("button", { name: "保存方案" }));
    await screen.findByText("调兵山市已推荐和批准5个，名额不能少于5个（拟定3个）");
    const item = tiaobingshan.closest(".ant-form-item") as HTMLElement;
    expect(within(item).getByText(/名额不能少于5个/)).toBeTruthy();
    expect(calls.find((c) => c.operation === "SetQuotaPlan")?.variables).toEqual({
      input: {
        level: "COUNTY",
        year: 2026,
        total: 10,
        allocations: [
          { countyCode: "211221", quota: 6 },
          { countyCode: "211281", quota: 3 },
        ],
      },
    });

    // Another total: the old suggestion is withdrawn, to be computed again (not patched).
    await user.clear(total);
    await user.type(total, "11");
    await waitFor(() => expect(screen.queryByText(NOTE)).toBeNull());
    expect(screen.queryByRole("button", { name: "采用建议" })).toBeNull();
  }, 60_000);
});
