import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BranchProposal,
  coverageFigures,
  FORMATIONS,
  levelForMemberCount,
  needsCommittee,
  recommendFormation,
  type UnitInBranch,
  validateAffiliation,
  validateBranch,
} from "../src/index.js";

const unit = (id: string, formalMemberCount: number, extra: Partial<UnitInBranch> = {}): UnitInBranch => ({
  id,
  countyCode: "211281",
  formalMemberCount,
  ...extra,
});
const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe("levelForMemberCount (3–49 党支部, 50–99 党总支, 100+ 党委)", () => {
  it.each([
    [0, null],
    [2, null],
    [3, "BRANCH"],
    [49, "BRANCH"],
    [50, "GENERAL_BRANCH"],
    [99, "GENERAL_BRANCH"],
    [100, "COMMITTEE"],
    [117, "COMMITTEE"], // 辽宁唐人神曙光农牧集团
  ])("%i formal members → %s", (members, level) => {
    expect(levelForMemberCount(members)).toBe(level);
  });

  it("asks for a committee from 7 formal members, a secretary below", () => {
    expect(needsCommittee(6)).toBe(false);
    expect(needsCommittee(7)).toBe(true);
  });
});

describe("recommendFormation", () => {
  it("凡有正式党员3名以上的，要单独组建党组织", () => {
    expect(recommendFormation({ formalMemberCount: 3 })).toMatchObject({
      kind: "STANDALONE",
      level: "BRANCH",
      leadership: "SECRETARY",
    });
    expect(recommendFormation({ formalMemberCount: 117 })).toMatchObject({
      kind: "STANDALONE",
      level: "COMMITTEE",
      leadership: "COMMITTEE",
    });
  });

  it("党员不足3名的，按照行业相近、地域相邻的原则建立联合党支部 (or a park/trade branch, 挂靠, a liaison)", () => {
    expect(recommendFormation({ formalMemberCount: 2, parkId: "park-211281", industry: "制造业" })).toEqual({
      kind: "JOINT",
      alternatives: ["REGIONAL", "INDUSTRY", "AFFILIATE", "LIAISON"],
      reason: expect.stringContaining("联合党支部"),
    });
    expect(recommendFormation({ formalMemberCount: 1 })).toMatchObject({
      kind: "JOINT",
      alternatives: ["AFFILIATE", "LIAISON"],
    });
  });

  it("a unit without members gets a liaison or instructor (选派党建工作联络员、指导员)", () => {
    expect(recommendFormation({ formalMemberCount: 0 })).toMatchObject({ kind: "LIAISON", alternatives: ["JOINT"] });
  });
});

describe("validateBranch", () => {
  const standalone = (members: number, extra: Partial<BranchProposal> = {}): BranchProposal => ({
    formation: "STANDALONE",
    formalMemberCount: members,
    units: [unit("org-1", members, { name: "辽宁留德润滑油有限公司" })],
    ...extra,
  });

  it("accepts a standalone 党支部 of 3 with a secretary, and derives the level", () => {
    const v = validateBranch(standalone(3));
    expect(v).toMatchObject({ valid: true, errors: [], warnings: [], level: "BRANCH" });
  });

  it("STANDALONE_MIN_MEMBERS: a unit with 2 formal members cannot form its own", () => {
    const v = validateBranch(standalone(2));
    expect(v.valid).toBe(false);
    expect(codes(v.errors)).toEqual(["BRANCH_MIN_MEMBERS", "STANDALONE_MIN_MEMBERS"]);
    expect(v.errors[1]?.message).toContain("辽宁留德润滑油有限公司");
  });

  it("STANDALONE_ONE_UNIT: a standalone branch covers only its own unit", () => {
    const v = validateBranch({ ...standalone(5), units: [unit("a", 5), unit("b", 3)] });
    expect(codes(v.errors)).toContain("STANDALONE_ONE_UNIT");
  });

  it("NO_UNITS and DUPLICATE_UNIT", () => {
    expect(codes(validateBranch({ ...standalone(5), units: [] }).errors)).toContain("NO_UNITS");
    const dup = validateBranch({ formation: "JOINT", formalMemberCount: 4, units: [unit("a", 2), unit("a", 2)] });
    expect(codes(dup.errors)).toContain("DUPLICATE_UNIT");
  });

  it("LEVEL_BELOW_MEMBER_COUNT is advice (allowed with approval); LEVEL_ABOVE_MEMBER_COUNT is refused", () => {
    const lower = validateBranch(standalone(60, { level: "BRANCH", committeeSize: 5 }));
    expect(lower.valid).toBe(true);
    expect(codes(lower.warnings)).toEqual(["LEVEL_BELOW_MEMBER_COUNT", "BRANCH_OVER_50"]);
    const higher = validateBranch(standalone(30, { level: "COMMITTEE", committeeSize: 5 }));
    expect(codes(higher.errors)).toEqual(["LEVEL_ABOVE_MEMBER_COUNT"]);
  });

  it("BRANCH_OVER_50: a 党支部 above 50 members is warned, at 50 it is not", () => {
    const at50 = validateBranch(standalone(50, { level: "BRANCH", committeeSize: 5 }));
    expect(codes(at50.warnings)).not.toContain("BRANCH_OVER_50");
    const at51 = validateBranch(standalone(51, { level: "BRANCH", committeeSize: 5 }));
    expect(codes(at51.warnings)).toContain("BRANCH_OVER_50");
  });

  describe("joint branches (联合党支部)", () => {
    const joint = (...members: number[]): BranchProposal => ({
      formation: "JOINT",
      formalMemberCount: members.reduce((a, b) => a + b, 0),
      units: members.map((m, i) => unit(`u${i}`, m, { name: `单位${i}` })),
    });

    it("accepts 2–5 units with 3+ members in all", () => {
      expect(validateBranch(joint(2, 1)).valid).toBe(true);
      expect(validateBranch(joint(1, 1, 1, 0, 0)).valid).toBe(true);
    });

    it("JOINT_MIN_UNITS: one unit is not a joint branch", () => {
      expect(codes(validateBranch({ ...joint(2), formalMemberCount: 3 }).errors)).toContain("JOINT_MIN_UNITS");
    });

    it("JOINT_MAX_UNITS: at most 5 units (national rule), configurable to 10", () => {
      const six = joint(1, 1, 1, 0, 0, 0);
      expect(codes(validateBranch(six).errors)).toEqual(["JOINT_MAX_UNITS"]);
      expect(validateBranch(six, { jointUnitCap: 10 }).valid).toBe(true);
    });

    it("JOINT_MIN_MEMBERS: the units need 3 formal members together", () => {
      const v = validateBranch({ ...joint(1, 1), formalMemberCount: 3 });
      expect(codes(v.errors)).toEqual(["JOINT_MIN_MEMBERS"]);
    });

    it("SHOULD_FORM_OWN: a member unit with 3+ members is flagged 应单独组建, naming it", () => {
      const v = validateBranch(joint(4, 1));
      expect(v.valid).toBe(true);
      expect(v.warnings).toEqual([
        expect.objectContaining({
          code: "SHOULD_FORM_OWN",
          subjects: ["u0"],
          message: expect.stringContaining("单位0"),
        }),
      ]);
    });

    it("UNITS_IN_DIFFERENT_COUNTIES: grouped units stay in one county", () => {
      const v = validateBranch({ ...joint(2, 1), units: [unit("a", 2), unit("b", 1, { countyCode: "211282" })] });
      expect(codes(v.errors)).toEqual(["UNITS_IN_DIFFERENT_COUNTIES"]);
    });
  });

  it("REGIONAL and INDUSTRY branches: advice when units are in different parks or trades", () => {
    const regional = validateBranch({
      formation: "REGIONAL",
      formalMemberCount: 6,
      units: [unit("a", 2, { parkId: "p1" }), unit("b", 2, { parkId: "p2" }), unit("c", 2, { parkId: "p1" })],
    });
    expect(regional.valid).toBe(true);
    expect(codes(regional.warnings)).toEqual(["REGIONAL_DIFFERENT_PARKS"]);
    const industry = validateBranch({
      formation: "INDUSTRY",
      formalMemberCount: 3,
      units: [unit("a", 2, { industry: "律师" }), unit("b", 1, { industry: "会计" })],
    });
    expect(codes(industry.warnings)).toEqual(["INDUSTRY_DIFFERENT_INDUSTRIES"]);
  });

  describe("committee (支委会) sizes", () => {
    it("COMMITTEE_RECOMMENDED: 7+ members and no committee", () => {
      expect(codes(validateBranch(standalone(7)).warnings)).toEqual(["COMMITTEE_RECOMMENDED"]);
    });
    it("COMMITTEE_NOT_ALLOWED: fewer than 7 members have a secretary only", () => {
      expect(codes(validateBranch(standalone(6, { committeeSize: 3 })).errors)).toEqual(["COMMITTEE_NOT_ALLOWED"]);
    });
    it("支委会 of 3–5; 6–7 is unusual; more than 7 is refused; fewer than 3 too", () => {
      expect(validateBranch(standalone(20, { committeeSize: 3 })).warnings).toEqual([]);
      expect(validateBranch(standalone(20, { committeeSize: 5 })).warnings).toEqual([]);
      expect(codes(validateBranch(standalone(20, { committeeSize: 7 })).warnings)).toEqual(["COMMITTEE_ABOVE_USUAL"]);
      expect(codes(validateBranch(standalone(20, { committeeSize: 8 })).errors)).toEqual(["COMMITTEE_TOO_LARGE"]);
      expect(codes(validateBranch(standalone(20, { committeeSize: 2 })).errors)).toEqual(["COMMITTEE_TOO_SMALL"]);
    });
    it("党委 committees of 5–9, at most 11; 总支 5–7", () => {
      expect(validateBranch(standalone(117, { committeeSize: 9 })).valid).toBe(true);
      expect(codes(validateBranch(standalone(117, { committeeSize: 11 })).warnings)).toEqual(["COMMITTEE_ABOVE_USUAL"]);
      expect(codes(validateBranch(standalone(117, { committeeSize: 13 })).errors)).toEqual(["COMMITTEE_TOO_LARGE"]);
      expect(codes(validateBranch(standalone(60, { committeeSize: 3 })).errors)).toEqual(["COMMITTEE_TOO_SMALL"]);
    });
    it("COMMITTEE_EXCEEDS_MEMBERS", () => {
      const v = validateBranch({
        formation: "JOINT",
        formalMemberCount: 8,
        committeeSize: 9,
        level: "COMMITTEE",
        units: [unit("a", 2), unit("b", 2)],
      });
      expect(codes(v.errors)).toContain("COMMITTEE_EXCEEDS_MEMBERS");
    });
  });

  it("INVALID_COUNT: negative or fractional counts stop the check", () => {
    const v = validateBranch({ ...standalone(3), formalMemberCount: -1 });
    expect(v).toMatchObject({ valid: false, level: null });
    expect(codes(v.errors)).toEqual(["INVALID_COUNT"]);
    expect(v.errors[0]?.field).toEqual(["formalMemberCount"]);
    const units = validateBranch({ ...standalone(3), units: [unit("a", 2.5)] });
    expect(units.errors.map((e) => e.field)).toEqual([["units", "0", "formalMemberCount"]]);
  });
});

describe("挂靠 (validateAffiliation)", () => {
  const unit = { id: "u1", name: "甲公司", countyCode: "211281", formalMemberCount: 2, addedOn: "2020-01-01" };
  const branch = { id: "b1", name: "中共乙公司支部委员会", countyCode: "211281", foundedOn: "2021-01-01" };
  const codes = (p: Partial<Parameters<typeof validateAffiliation>[0]>) => {
    const v = validateAffiliation({ unit, branch, on: "2023-03-01", coverage: [], ...p });
    return { errors: v.errors.map((e) => e.code), warnings: v.warnings.map((w) => w.code) };
  };

  it("affiliates a unit with 1–2 members to a branch of its county in force", () => {
    expect(codes({})).toEqual({ errors: [], warnings: [] });
  });

  it("refuses a unit that must form its own, advises a liaison for one without members", () => {
    expect(codes({ unit: { ...unit, formalMemberCount: 3 } }).errors).toEqual(["AFFILIATE_SHOULD_FORM_OWN"]);
    expect(codes({ unit: { ...unit, formalMemberCount: 0 } })).toEqual({
      errors: [],
      warnings: ["AFFILIATE_NO_MEMBERS"],
    });
  });

  it("refuses a branch of another county, not yet founded or dissolved, and a day before the ledger's", () => {
    expect(codes({ branch: { ...branch, countyCode: "211282" } }).errors).toEqual(["UNITS_IN_DIFFERENT_COUNTIES"]);
    expect(codes({ on: "2020-12-31" }).errors).toEqual(["AFFILIATE_BRANCH_NOT_IN_FORCE"]);
    expect(codes({ branch: { ...branch, dissolvedOn: "2023-03-01" } }).errors).toEqual([
      "AFFILIATE_BRANCH_NOT_IN_FORCE",
    ]);
    expect(codes({ branch: { ...branch, foundedOn: "2019-01-01" }, on: "2019-06-01" }).errors).toEqual([
      "AFFILIATE_BEFORE_ADDED",
    ]);
  });

  it("refuses a unit covered then or later by any branch; a link ended by then is history", () => {
    const link = { branchId: "b2", branchName: "中共丙联合支部", role: "MEMBER" as const, from: "2022-01-01" };
    expect(codes({ coverage: [link] }).errors).toEqual(["AFFILIATE_ALREADY_COVERED"]);
    expect(codes({ coverage: [{ ...link, role: "AFFILIATED", from: "2023-05-01" }] }).errors).toEqual([
      "AFFILIATE_ALREADY_COVERED",
    ]);
    expect(codes({ coverage: [{ ...link, to: "2023-03-01" }] }).errors).toEqual([]);
  });

  it("property: an affiliated unit counts as organization-covered, never as standalone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...FORMATIONS), (members, formation) => {
        const data = {
          organizations: [
            {
              id: "u1",
              countyCode: "211281",
              category: "NON_PUBLIC_ENTERPRISE" as const,
              aboveScale: false,
              eligible: true,
              addedOn: "2020-01-01",
              formalMemberCount: members,
            },
          ],
          branches: [{ id: "b1", formation, level: "BRANCH" as const, foundedOn: "2021-01-01" }],
          links: [{ branchId: "b1", organizationId: "u1", role: "AFFILIATED" as const, from: "2023-03-01" }],
          assignments: [],
        };
        const before = coverageFigures(data, {}, "2023-02-28");
        const after = coverageFigures(data, {}, "2023-03-01");
        expect([before.organizationCoverage.numerator, after.organizationCoverage.numerator]).toEqual([0, 1]);
        expect(after.standaloneCoverage.numerator).toBe(0);
      }),
    );
  });
});
