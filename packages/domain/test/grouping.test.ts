import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GroupableUnit, proposeJointGroupings, validateBranch } from "../src/index.js";

const u = (id: string, members: number, extra: Partial<GroupableUnit> = {}): GroupableUnit => ({
  id,
  countyCode: "211281",
  formalMemberCount: members,
  ...extra,
});

describe("proposeJointGroupings", () => {
  it("groups the units of a park first, then the county's rest", () => {
    const proposal = proposeJointGroupings([
      u("p1", 2, { parkId: "调兵山市工业园区" }),
      u("p2", 1, { parkId: "调兵山市工业园区" }),
      u("c1", 1),
      u("c2", 1),
      u("c3", 1),
      u("big", 5),
    ]);
    expect(proposal.shouldFormOwn).toEqual(["big"]);
    expect(proposal.groups).toEqual([
      { countyCode: "211281", basis: "PARK", key: "调兵山市工业园区", unitIds: ["p1", "p2"], formalMemberCount: 3 },
      { countyCode: "211281", basis: "COUNTY", key: null, unitIds: ["c1", "c3", "c2"], formalMemberCount: 3 },
    ]);
    expect(proposal.unplaced).toEqual([]);
  });

  it("groups by industry before the county, and never across counties", () => {
    const proposal = proposeJointGroupings([
      u("a", 2, { industry: "餐饮" }),
      u("b", 1, { industry: "餐饮" }),
      u("x", 2, { countyCode: "211282" }),
      u("y", 1),
    ]);
    expect(proposal.groups.map((g) => [g.basis, g.unitIds])).toEqual([["INDUSTRY", ["a", "b"]]]);
    expect(proposal.unplaced).toEqual(["x", "y"]);
  });

  it("fills room with units without members, up to the cap, unless asked not to", () => {
    const units = [u("a", 2), u("b", 1), u("z1", 0), u("z2", 0), u("z3", 0), u("z4", 0)];
    const filled = proposeJointGroupings(units);
    expect(filled.groups[0]?.unitIds).toEqual(["a", "b", "z1", "z2", "z3"]);
    expect(filled.unplaced).toEqual(["z4"]);
    const bare = proposeJointGroupings(units, { includeUnitsWithoutMembers: false });
    expect(bare.groups[0]?.unitIds).toEqual(["a", "b"]);
    expect(bare.unplaced).toEqual(["z1", "z2", "z3", "z4"]);
  });

  it("places a leftover contributor into a group with room", () => {
    const proposal = proposeJointGroupings([u("a", 2), u("b", 2), u("c", 1)]);
    expect(proposal.groups.map((g) => g.unitIds)).toEqual([["a", "c", "b"]]);
  });

  describe("properties", () => {
    const units = fc
      .uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 6 }),
          countyCode: fc.constantFrom("211221", "211281", "211282"),
          formalMemberCount: fc.nat({ max: 6 }),
          parkId: fc.option(fc.constantFrom("p1", "p2"), { nil: null }),
          industry: fc.option(fc.constantFrom("制造业", "餐饮"), { nil: null }),
        }),
        { selector: (x) => x.id, maxLength: 60 },
      )
      .map((xs) => xs as GroupableUnit[]);

    it("every group is a valid joint branch: one county, ≤ cap units, ≥ 3 members; every unit accounted for once", () => {
      fc.assert(
        fc.property(units, fc.integer({ min: 2, max: 10 }), fc.boolean(), (input, cap, fill) => {
          const p = proposeJointGroupings(input, { jointUnitCap: cap, includeUnitsWithoutMembers: fill });
          const byId = new Map(input.map((x) => [x.id, x]));
          const placed = p.groups.flatMap((g) => g.unitIds);
          const all = [...placed, ...p.unplaced, ...p.shouldFormOwn].sort();
          expect(all).toEqual(input.map((x) => x.id).sort());
          for (const g of p.groups) {
            const members = g.unitIds.map((id) => byId.get(id) as GroupableUnit);
            expect(new Set(members.map((m) => m.countyCode))).toEqual(new Set([g.countyCode]));
            expect(g.unitIds.length).toBeLessThanOrEqual(cap);
            expect(g.formalMemberCount).toBe(members.reduce((s, m) => s + m.formalMemberCount, 0));
            const verdict = validateBranch(
              { formation: "JOINT", formalMemberCount: g.formalMemberCount, committeeSize: null, units: members },
              { jointUnitCap: cap },
            );
            expect(verdict.errors.filter((e) => !e.code.startsWith("COMMITTEE"))).toEqual([]);
            expect(verdict.warnings.filter((w) => w.code === "SHOULD_FORM_OWN")).toEqual([]);
          }
        }),
      );
    });

    it("is deterministic", () => {
      fc.assert(
        fc.property(units, (input) => {
          expect(proposeJointGroupings(input)).toEqual(proposeJointGroupings(input));
        }),
      );
    });
  });
});
