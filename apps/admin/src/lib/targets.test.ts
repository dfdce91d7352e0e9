import { describe, expect, it } from "vitest";
import { chartMax, targetProgress, targetStatus } from "./targets";

describe("targets of document No. 5", () => {
  it("shows the speech's city progress with the domain's half-up rounding", () => {
    expect(targetProgress({ achieved: 252, required: 286 })).toEqual({ percent: "88.1%", value: 88.1 });
    expect(targetProgress({ achieved: 1485, required: 1600 }).percent).toBe("92.8%");
    expect(targetProgress({ achieved: 652, required: 908 }).percent).toBe("71.8%");
    expect(targetProgress({ achieved: 3, required: 0 })).toEqual({ percent: "—", value: null });
    expect(targetProgress({ achieved: 30, required: 20 }).value).toBe(150);
  });

  it("says what is left", () => {
    expect(targetStatus({ met: false, shortfall: 1234, required: 2000 })).toBe("差 1,234");
    expect(targetStatus({ met: true, shortfall: 0, required: 10 })).toBe("已达成");
    expect(targetStatus({ met: true, shortfall: 0, required: 0 })).toBe("无需完成");
  });

  it("keeps 100% on the chart and makes room above it", () => {
    expect(chartMax([12, null, 88])).toBe(100);
    expect(chartMax([150.2])).toBe(160);
  });
});
