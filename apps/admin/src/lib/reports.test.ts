import { describe, expect, it } from "vitest";
import {
  bulletinCategories,
  defaultPeriod,
  formatChangePoints,
  joinNames,
  localIsoDate,
  periodLabel,
  periodOptions,
  REPORT_STATUS_LABELS,
  reportActions,
  submitBlockedReason,
} from "./reports";

describe("periods", () => {
  it("offers the current month and the ones before it, newest first, across a year's end", () => {
    const options = periodOptions("2026-02-14", 4);
    expect(options).toEqual([
      { value: "2026-02", label: "2026年2月" },
      { value: "2026-01", label: "2026年1月" },
      { value: "2025-12", label: "2025年12月" },
      { value: "2025-11", label: "2025年11月" },
    ]);
    expect(periodOptions("2026-11-28")).toHaveLength(24);
    expect(periodOptions("2026-11-28").at(-1)?.value).toBe("2024-12");
  });

  it("defaults to the last month that has ended", () => {
    expect(defaultPeriod("2026-11-28")).toBe("2026-10");
    expect(defaultPeriod("2026-01-01")).toBe("2025-12");
  });

  it("labels a period in Chinese and takes the local day of a Date", () => {
    expect(periodLabel("2026-09")).toBe("2026年9月");
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });

  it("explains with the domain's message why a month still running cannot be submitted", () => {
    expect(submitBlockedReason("2026-10", "2026-11-28")).toBeNull();
    expect(submitBlockedReason("2026-11", "2026-11-28")).toBe("2026-11 月尚未结束，月报须在 2026-11-30 之后报送");
    expect(submitBlockedReason("2026-11", "2026-11-30")).not.toBeNull();
    expect(submitBlockedReason("2026-11", "2026-12-01")).toBeNull();
  });
});

describe("status labels and actions", () => {
  it("uses the domain's labels", () => {
    expect(REPORT_STATUS_LABELS).toEqual({
      DRAFT: "草稿",
      SUBMITTED: "已报送",
      RETURNED: "已退回",
      ACCEPTED: "已审核",
    });
  });

  const county = { canPrepare: true, canReview: false, inScope: true };
  const reviewer = { canPrepare: false, canReview: true, inScope: true };
  const viewer = { canPrepare: false, canReview: false, inScope: true };

  it("lets a preparer prepare and submit only a DRAFT or RETURNED report in its scope", () => {
    expect(reportActions("DRAFT", county)).toEqual({ prepare: true, submit: true, review: false });
    expect(reportActions("RETURNED", county)).toEqual({ prepare: true, submit: true, review: false });
    expect(reportActions("SUBMITTED", county)).toEqual({ prepare: false, submit: false, review: false });
    expect(reportActions("ACCEPTED", county)).toEqual({ prepare: false, submit: false, review: false });
    expect(reportActions("DRAFT", { ...county, inScope: false })).toEqual({
      prepare: false,
      submit: false,
      review: false,
    });
  });

  it("lets a reviewer return or accept only a SUBMITTED report, and a viewer nothing", () => {
    expect(reportActions("SUBMITTED", reviewer).review).toBe(true);
    for (const status of ["DRAFT", "RETURNED", "ACCEPTED"] as const) {
      expect(reportActions(status, reviewer).review).toBe(false);
    }
    for (const status of ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const) {
      expect(reportActions(status, viewer)).toEqual({ prepare: false, submit: false, review: false });
    }
  });
});

describe("bulletin helpers", () => {
  it("ranks 规上组建率 for non-public enterprises only", () => {
    expect(bulletinCategories("ABOVE_SCALE_COVERAGE")).toEqual(["NON_PUBLIC_ENTERPRISE"]);
    expect(bulletinCategories("DUAL_COVERAGE")).toEqual(["NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION"]);
  });

  it("signs the change in percentage points", () => {
    expect(formatChangePoints(1.25)).toBe("+1.3");
    expect(formatChangePoints(-0.5)).toBe("-0.5");
    expect(formatChangePoints(-0.01)).toBe("0.0");
    expect(formatChangePoints(0)).toBe("0.0");
    expect(formatChangePoints(null)).toBe("—");
  });

  it("joins county names or says 无", () => {
    expect(joinNames(["铁岭县", "开原市"])).toBe("铁岭县、开原市");
    expect(joinNames([])).toBe("无");
  });
});
