import { describe, expect, it } from "vitest";
import { canSeeCounty, scopeOf } from "./scope";

describe("scopeOf", () => {
  it("gives city-wide roles the city", () => {
    for (const role of ["CITY_ADMIN", "REVIEWER", "VIEWER"] as const) {
      expect(scopeOf({ role, county: null })).toEqual({ kind: "CITY" });
    }
  });

  it("limits a user with a county to it, whatever the role", () => {
    const county = { code: "211281", name: "调兵山市" };
    expect(scopeOf({ role: "COUNTY_ADMIN", county })).toEqual({
      kind: "COUNTY",
      countyCode: "211281",
      countyName: "调兵山市",
    });
    expect(scopeOf({ role: "VIEWER", county }).kind).toBe("COUNTY");
  });

  it("gives a county admin without a county nothing rather than the city", () => {
    const scope = scopeOf({ role: "COUNTY_ADMIN", county: null });
    expect(scope.kind).toBe("COUNTY");
    expect(canSeeCounty(scope, "211281")).toBe(false);
  });
});

describe("canSeeCounty", () => {
  it("lets the city see every county and a county only itself", () => {
    expect(canSeeCounty({ kind: "CITY" }, "211224")).toBe(true);
    const own = { kind: "COUNTY", countyCode: "211281", countyName: "调兵山市" } as const;
    expect(canSeeCounty(own, "211281")).toBe(true);
    expect(canSeeCounty(own, "211224")).toBe(false);
  });
});
