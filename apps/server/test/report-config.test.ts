/**
 * The configurable rules of issue 7: the day monthly reports are due (REPORT_DUE_DAY) and the score
 * bands of 星级量化 (STAR_BANDS), read once at start-up and applied by the server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../src/common/clock.js";
import { ConfigError, loadConfig } from "../src/config/config.js";
import { backends, JWT_SECRET, startTestServer, type TestServer } from "./support/harness.js";
import { mutation } from "./support/report-tables.js";

describe("configuration", () => {
  const load = (env: Record<string, string>) => loadConfig({ JWT_SECRET, ...env });

  it("reads the star bands, 60/70/80/90 by default", () => {
    expect(load({}).starBands).toEqual([60, 70, 80, 90]);
    expect(load({ STAR_BANDS: " 50, 65 ,80,95.5" }).starBands).toEqual([50, 65, 80, 95.5]);
  });

  it("refuses bands that are not four strictly increasing numbers, and a due day outside 1–28", () => {
    for (const [bands, message] of [
      ["60,50,70,80", /严格递增/],
      ["60,60,70,80", /严格递增/],
      ["60,70,80", /4个分数线/],
      ["60,70,80,90,95", /4个分数线/],
      ["a,b,c,d", /4个分数线/],
      ["60,,80,90", /4个分数线/],
    ] as const) {
      expect(() => load({ STAR_BANDS: bands }), bands).toThrow(ConfigError);
      expect(() => load({ STAR_BANDS: bands }), bands).toThrow(message);
    }
    for (const day of ["0", "29", "5.5", "x"]) expect(() => load({ REPORT_DUE_DAY: day })).toThrow(/REPORT_DUE_DAY/);
    expect(load({ REPORT_DUE_DAY: "10" }).reportDueDay).toBe(10);
  });
});

describe.each(backends())("a server with its own due day and bands on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, {
      label: "config",
      clock: fixedClock("2023-06-08T02:00:00Z"),
      env: { REPORT_DUE_DAY: "10", STAR_BANDS: "50,65,80,95" },
    });
  });
  afterAll(async () => server?.stop());

  it("makes reports due on the 10th: a submission on the 8th is on time, and nobody is overdue yet", async () => {
    const id = Buffer.from("MonthlyReport:211281-2023-05", "latin1").toString("base64url");
    const r = await mutation<{ report: { dueOn: string; daysLate: number } }>(
      server,
      "county-211281",
      "mutation($i: ReportTransitionInput!) { submitMonthlyReport(input: $i) { report { dueOn daysLate } userErrors { code } } }",
      { i: { reportId: id } },
    );
    expect(r).toEqual({ report: { dueOn: "2023-06-10", daysLate: 0 }, userErrors: [] });
    const b = await server.query<{ bulletin: { dueOn: string; missing: unknown[]; overdue: unknown[] } }>(
      '{ bulletin(period: "2023-05", metric: DUAL_COVERAGE) { dueOn missing { code } overdue { code } } }',
    );
    expect(b.bulletin).toMatchObject({ dueOn: "2023-06-10", overdue: [] });
    expect(b.bulletin.missing).toHaveLength(8);
  });

  it("maps scores to stars by the configured bands", async () => {
    const d = await server.query<{ county: { organizations: { nodes: { branches: { id: string }[] }[] } } }>(
      '{ county(code: "211281") { organizations(first: 1, filter: {organizationCovered: true}) { nodes { branches { id } } } } }',
    );
    const branchId = d.county.organizations.nodes[0]?.branches[0]?.id;
    const rate = async (score: number) =>
      (
        await mutation<{ rating: { stars: number } }>(
          server,
          "county-211281",
          "mutation($i: RateBranchStarsInput!) { rateBranchStars(input: $i) { rating { stars } userErrors { code } } }",
          { i: { branchId, period: "2023-05", score } },
        )
      ).rating.stars;
    expect(await rate(66)).toBe(3); // 2 stars under the default bands
    expect(await rate(49.9)).toBe(1);
    expect(await rate(95)).toBe(5);
    const s = await server.query<{ starRatings: { bands: number[]; city: { byStars: number[] } } }>(
      '{ starRatings(period: "2023-05") { bands city { byStars } } }',
    );
    expect(s.starRatings).toEqual({ bands: [50, 65, 80, 95], city: { byStars: [0, 0, 0, 0, 1] } });
  });
});
