import { describe, expect, it } from "vitest";
import { defaultPeriod, newWithoutBranchXlsxUrl, shouldFormXlsxUrl, workTargetsXlsxUrl } from "./work-lists";

describe("work lists", () => {
  it("download a county's lists, or the viewer's whole scope without one", () => {
    expect(shouldFormXlsxUrl("211281")).toBe("/export/lists/should-form.xlsx?county=211281");
    expect(shouldFormXlsxUrl(null)).toBe("/export/lists/should-form.xlsx");
    expect(newWithoutBranchXlsxUrl(null, "2026-01-01", "2026-11-27")).toBe(
      "/export/lists/new-without-branch.xlsx?from=2026-01-01&to=2026-11-27",
    );
    expect(workTargetsXlsxUrl("211281", "OVERDUE")).toBe(
      "/export/lists/liaison-targets.xlsx?status=OVERDUE&county=211281",
    );
  });
  it("look at this year so far for new units", () => {
    expect(defaultPeriod("2026-11-27")).toEqual({ from: "2026-01-01", to: "2026-11-27" });
  });
});
