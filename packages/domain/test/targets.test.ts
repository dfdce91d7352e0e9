import { describe, expect, it } from "vitest";
import { type CoverageData, targetDueOn, targetProgress } from "../src/index.js";

const org = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  countyCode: "211281",
  category: "NON_PUBLIC_ENTERPRISE" as const,
  aboveScale: false,
  eligible: true,
  addedOn: "2020-01-01",
  ceasedOn: null,
  formalMemberCount: 0,
  ...extra,
});

// Covered on Jan 1: a. Covered now: a, b. Above-scale: a (covered), n (new in March, uncovered).
const data: CoverageData = {
  organizations: [
    org("a", { aboveScale: true, formalMemberCount: 10 }),
    org("b", { formalMemberCount: 3 }),
    org("c", { formalMemberCount: 1 }),
    org("d", { formalMemberCount: 4 }),
    org("n", { aboveScale: true, addedOn: "2023-03-01" }),
    org("s", { category: "SOCIAL_ORGANIZATION", countyCode: "211282" }),
  ],
  branches: [
    { id: "A", formation: "STANDALONE", level: "BRANCH", foundedOn: "2019-01-01" },
    { id: "B", formation: "STANDALONE", level: "BRANCH", foundedOn: "2023-04-01" },
  ],
  links: [
    { branchId: "A", organizationId: "a", role: "HOST", from: "2019-01-01" },
    { branchId: "B", organizationId: "b", role: "HOST", from: "2023-04-01" },
  ],
  assignments: [
    { liaisonId: "L", organizationId: "c", from: "2022-01-01" },
    { liaisonId: "L", organizationId: "s", from: "2022-01-01" },
  ],
};

describe("targets of document No. 5 (§3.3)", () => {
  const [aboveScale, dispatch, doubling] = targetProgress(data, { year: 2023, asOf: "2023-05-31" });

  it("ABOVE_SCALE_FORMATION_100 counts new registrations at once (动态组建率)", () => {
    expect(aboveScale).toEqual({
      target: "ABOVE_SCALE_FORMATION_100",
      dueOn: "2023-06-30",
      required: 2,
      achieved: 1,
      met: false,
      gapOrganizationIds: ["n"],
    });
  });

  it("LIAISON_DISPATCH_100: every unit without a branch has a liaison; the gap lists 应建未建 first", () => {
    expect(dispatch).toMatchObject({ required: 4, achieved: 2, met: false, gapOrganizationIds: ["d", "n"] });
  });

  it("COVERAGE_DOUBLING: covered now against twice the covered units of January 1", () => {
    expect(doubling).toMatchObject({
      dueOn: "2023-12-31",
      required: 2,
      achieved: 2,
      met: true,
      gapOrganizationIds: [],
    });
  });

  it("works for one county", () => {
    const county = targetProgress(data, { year: 2023, asOf: "2023-05-31", countyCode: "211282" });
    expect(county.map((t) => [t.required, t.achieved, t.met])).toEqual([
      [0, 0, true],
      [1, 1, true],
      [0, 0, true],
    ]);
  });

  it("knows the due days", () => {
    expect(targetDueOn("LIAISON_DISPATCH_100", 2024)).toBe("2024-06-30");
    expect(targetDueOn("COVERAGE_DOUBLING", 2024)).toBe("2024-12-31");
  });
});
