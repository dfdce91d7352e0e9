import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkWorkTargetCompletion,
  classifyPopulation,
  compareByActionability,
  coverageFigures,
  EXCELLENCE_STEPS,
  type ExcellenceStep,
  excellenceCompletion,
  excellenceCompletionOf,
  expectedInExcellence,
  fiveHavesRateOf,
  indexCoverageData,
  isNewWithoutBranch,
  newWithoutBranchList,
  shouldFormOwnBranch,
  shouldFormOwnList,
  targetProgress,
  unitsPerLiaison,
  validateFiveHaves,
  validateWorkTarget,
  workTargetStatus,
} from "../src/index.js";
import { REFERENCE_FIGURES as F, generateReferenceDataset } from "../src/reference/index.js";

const data = generateReferenceDataset();
const index = indexCoverageData(data);
const members = (id: string) => index.organizationById.get(id)?.formalMemberCount ?? 0;

describe("应建未建: units with 3+ members and no branch of their own", () => {
  it("counts a member of a joint branch with 3+ members: it should form its own", () => {
    const small = {
      organizations: [
        {
          id: "a",
          countyCode: "211281",
          category: "NON_PUBLIC_ENTERPRISE",
          aboveScale: false,
          eligible: true,
          addedOn: "2020-01-01",
          formalMemberCount: 4,
        },
        {
          id: "b",
          countyCode: "211281",
          category: "NON_PUBLIC_ENTERPRISE",
          aboveScale: false,
          eligible: true,
          addedOn: "2020-01-01",
          formalMemberCount: 1,
        },
      ],
      branches: [{ id: "j", formation: "JOINT", level: "BRANCH", foundedOn: "2021-01-01" }],
      links: [
        { branchId: "j", organizationId: "a", role: "MEMBER", from: "2021-01-01" },
        { branchId: "j", organizationId: "b", role: "MEMBER", from: "2021-01-01" },
      ],
      assignments: [],
    } as const;
    expect(shouldFormOwnList(small, {}, "2023-01-01").map((u) => [u.organizationId, u.organizationCovered])).toEqual([
      ["a", true],
    ]);
  });

  it("is the population's units with 3+ formal members not hosting a standalone branch", () => {
    expect(shouldFormOwnBranch({ inPopulation: true, formalMemberCount: 3, standaloneCovered: false })).toBe(true);
    expect(shouldFormOwnBranch({ inPopulation: true, formalMemberCount: 2, standaloneCovered: false })).toBe(false);
    expect(shouldFormOwnBranch({ inPopulation: true, formalMemberCount: 9, standaloneCovered: true })).toBe(false);
    expect(shouldFormOwnBranch({ inPopulation: false, formalMemberCount: 9, standaloneCovered: false })).toBe(false);
  });

  it("lists them on the reference data in work order, joint-branch members included", () => {
    const list = shouldFormOwnList(index, {}, F.asOf);
    const all = classifyPopulation(index, {}, F.asOf);
    const expected = all.filter((u) => members(u.organizationId) >= 3 && !u.standaloneCovered);
    expect(list.map((u) => u.organizationId).sort()).toEqual(expected.map((u) => u.organizationId).sort());
    expect(list.length).toBe(149);
    expect(shouldFormOwnList(index, { countyCode: "211281" }, F.asOf)).toHaveLength(19);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]?.organizationId as string;
      const b = list[i]?.organizationId as string;
      expect(
        compareByActionability(
          { formalMemberCount: members(a), ledgerOrder: a },
          { formalMemberCount: members(b), ledgerOrder: b },
        ),
      ).toBeLessThan(0);
    }
  });

  it("orders like the targets' gaps", () => {
    const [aboveScale] = targetProgress(index, { year: 2023, asOf: F.asOf });
    const ids = aboveScale?.gapOrganizationIds ?? [];
    const sorted = [...ids].sort((a, b) =>
      compareByActionability(
        { formalMemberCount: members(a), ledgerOrder: a },
        { formalMemberCount: members(b), ledgerOrder: b },
      ),
    );
    expect(ids).toEqual(sorted);
    expect(ids.length).toBe(286 - 252);
  });
});

describe("边建厂边建党: units added in a period still without a branch", () => {
  it("is a unit of the population added in the period that no branch covers", () => {
    const unit = { addedOn: "2023-03-01", inPopulation: true, organizationCovered: false };
    expect(isNewWithoutBranch(unit, "2023-01-01", "2023-05-31")).toBe(true);
    expect(isNewWithoutBranch(unit, "2023-03-02", "2023-05-31")).toBe(false);
    expect(isNewWithoutBranch({ ...unit, organizationCovered: true }, "2023-01-01", "2023-05-31")).toBe(false);
  });
  it("lists those of the reference data", () => {
    const list = newWithoutBranchList(index, {}, "2023-01-01", "2023-05-31", F.asOf);
    expect(list).toHaveLength(6);
    for (const u of list) {
      const addedOn = index.organizationById.get(u.organizationId)?.addedOn ?? "";
      expect(addedOn >= "2023-01-01" && addedOn <= "2023-05-31").toBe(true);
      expect(u.organizationCovered).toBe(false);
    }
  });
});

describe("units per liaison", () => {
  it("is liaison-covered units over liaisons: 1618 / 1184 for non-public enterprises", () => {
    expect(unitsPerLiaison(1618, 1184)).toBeCloseTo(1.3666, 3);
    expect(unitsPerLiaison(5, 0)).toBeNull();
    expect(coverageFigures(index, { category: "NON_PUBLIC_ENTERPRISE" }, F.asOf).unitsPerLiaison).toBe(1618 / 1184);
  });
});

describe("创先争优 completion", () => {
  it("divides by every branch expected to take part, not those that began", () => {
    const c = excellenceCompletion([["PUBLIC_PLEDGE"], [], [], []]);
    expect(c.PUBLIC_PLEDGE).toMatchObject({ numerator: 1, denominator: 4, percent: "25.0%" });
  });

  it("expects the branches in force on the day it is measured, and any other that recorded a step", () => {
    const branch = { foundedOn: "2020-01-01", dissolvedOn: "2023-03-01" };
    expect(expectedInExcellence(branch, 0, "2023-12-31")).toBe(false);
    expect(expectedInExcellence(branch, 2, "2023-12-31")).toBe(true);
    expect(expectedInExcellence({ foundedOn: "2023-06-01" }, 0, "2023-12-31")).toBe(true);
    expect(expectedInExcellence({ foundedOn: "2024-01-01" }, 0, "2023-12-31")).toBe(false);
  });

  // From counts (SQL) or from the campaigns themselves, the same rates.
  it("from counts agrees with the campaigns (property)", () => {
    const campaign = fc.integer({ min: 0, max: 6 }).map((n) => EXCELLENCE_STEPS.slice(0, n) as ExcellenceStep[]);
    fc.assert(
      fc.property(fc.array(campaign, { maxLength: 30 }), (campaigns) => {
        const completed = Object.fromEntries(
          EXCELLENCE_STEPS.map((s) => [s, campaigns.filter((c) => c.includes(s)).length]),
        ) as Record<ExcellenceStep, number>;
        const fromCounts = excellenceCompletionOf({ expected: campaigns.length, completed });
        expect(fromCounts).toEqual({ ok: true, value: excellenceCompletion(campaigns) });
      }),
    );
  });

  it("refuses counts where a later step outnumbers an earlier one, or the expected", () => {
    const completed = {
      PUBLIC_PLEDGE: 2,
      SELF_REVIEW: 3,
      LEADER_REVIEW: 0,
      MASS_APPRAISAL: 0,
      ORG_SELECTION: 0,
      COMMENDATION: 0,
    };
    expect(excellenceCompletionOf({ expected: 5, completed })).toMatchObject({
      ok: false,
      error: { code: "INVALID_COUNTS" },
    });
    expect(excellenceCompletionOf({ expected: 1, completed: { ...completed, SELF_REVIEW: 0 } }).ok).toBe(false);
  });
});

describe("五有", () => {
  const checks = { hasOrganization: true, hasRules: true, hasActivities: false, hasVenue: true, hasImpact: true };
  const evidence = {
    hasOrganization: "支部委员会名单",
    hasRules: "三会一课制度",
    hasActivities: null,
    hasVenue: "",
    hasImpact: "x".repeat(1001),
  };
  it("keeps one evidence text per check: too long is refused, a held check without one is advised", () => {
    const v = validateFiveHaves(checks, evidence);
    expect(v.errors.map((e) => [e.code, e.field])).toEqual([["EVIDENCE_TOO_LONG", ["evidenceByCheck", "hasImpact"]]]);
    expect(v.warnings.map((e) => [e.code, e.field])).toEqual([["EVIDENCE_MISSING", ["evidenceByCheck", "hasVenue"]]]);
  });
  it("has a pass rate from counts: passed ÷ assessed", () => {
    expect(fiveHavesRateOf(3, 4)).toMatchObject({ ok: true, value: { percent: "75.0%" } });
    expect(fiveHavesRateOf(5, 4).ok).toBe(false);
  });
});

describe("liaisons' work targets", () => {
  it("are open, overdue, done or done late", () => {
    const t = { dueOn: "2023-06-30", completedOn: null };
    expect(workTargetStatus(t, "2023-06-30")).toBe("OPEN");
    expect(workTargetStatus(t, "2023-07-01")).toBe("OVERDUE");
    expect(workTargetStatus({ ...t, completedOn: "2023-06-30" }, "2023-09-01")).toBe("DONE");
    expect(workTargetStatus({ ...t, completedOn: "2023-07-02" }, "2023-09-01")).toBe("DONE_LATE");
  });
  it("want a description and a deadline not before the dispatch; a passed deadline is advised", () => {
    expect(
      validateWorkTarget({ description: " ", dueOn: "2023-01-01" }, { from: "2023-02-01" }, "2023-05-01").errors.map(
        (e) => e.code,
      ),
    ).toEqual(["DESCRIPTION_REQUIRED", "DUE_BEFORE_ASSIGNMENT"]);
    const late = validateWorkTarget(
      { description: "年底前建立党支部", dueOn: "2023-04-01" },
      { from: "2023-02-01" },
      "2023-05-01",
    );
    expect(late.valid).toBe(true);
    expect(late.warnings.map((w) => w.code)).toEqual(["DUE_DATE_PASSED"]);
  });
  it("are completed once, not in the future, not before they were set", () => {
    const t = { dueOn: "2023-06-30", completedOn: null, setOn: "2023-03-01" };
    expect(checkWorkTargetCompletion(t, "2023-05-01", "2023-05-02").valid).toBe(true);
    expect(checkWorkTargetCompletion(t, "2023-05-03", "2023-05-02").errors[0]?.code).toBe("COMPLETED_IN_FUTURE");
    expect(checkWorkTargetCompletion(t, "2023-02-01", "2023-05-02").errors[0]?.code).toBe("COMPLETED_BEFORE_SET");
    expect(
      checkWorkTargetCompletion({ ...t, completedOn: "2023-04-01" }, "2023-05-01", "2023-05-02").errors[0]?.code,
    ).toBe("ALREADY_COMPLETED");
  });
});
