/**
 * Random coverage datasets for property tests: six units in two counties and two parks, some changing
 * eligibility or above-scale after they entered the ledger; up to four branches (some changing level),
 * eight links and eight liaison assignments, all on days within about a year.
 */
import fc from "fast-check";
import {
  BRANCH_LEVELS,
  COVERAGE_ROLES,
  type CoverageData,
  FORMATIONS,
  type LiaisonAssignmentFacts,
  type OrganizationFacts,
} from "../src/index.js";

export const day = fc.integer({ min: 0, max: 400 }).map((n) => {
  const d = new Date(Date.UTC(2022, 6, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
});
const interval = fc.tuple(day, fc.option(day, { nil: null })).map(([a, b]) => {
  if (b === null || b === a) return { from: a, to: null };
  const [from, to] = [a, b].sort();
  return { from: from as string, to: to as string };
});
const ids = ["o1", "o2", "o3", "o4", "o5", "o6"];
export const coverageDataset = fc
  .record({
    organizations: fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          countyCode: fc.constantFrom("211281", "211282"),
          // Parks P1, P2 (a park may hold units of either county here: the figures do not care).
          parkId: fc.constantFrom(null, "1", "2"),
          category: fc.constantFrom("NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION" as const),
          aboveScale: fc.boolean(),
          eligible: fc.boolean(),
          addedOn: day,
          ceasedOn: fc.option(day, { nil: null }),
          formalMemberCount: fc.nat({ max: 5 }),
          change: fc.option(fc.record({ day, eligible: fc.boolean(), aboveScale: fc.boolean() }), { nil: null }),
        }),
      ),
    ),
    branches: fc.array(
      fc.record({
        formation: fc.constantFrom(...FORMATIONS),
        level: fc.constantFrom(...BRANCH_LEVELS),
        validity: interval,
        history: fc.option(fc.tuple(fc.constantFrom(...BRANCH_LEVELS), day), { nil: null }),
      }),
      { maxLength: 4 },
    ),
    links: fc.array(
      fc.record({
        b: fc.nat({ max: 3 }),
        o: fc.constantFrom(...ids),
        role: fc.constantFrom(...COVERAGE_ROLES),
        v: interval,
      }),
      { maxLength: 8 },
    ),
    assignments: fc.array(
      fc.record({ l: fc.constantFrom("L1", "L2", "L3"), o: fc.constantFrom(...ids), v: interval }),
      { maxLength: 8 },
    ),
  })
  .map(
    (r): CoverageData => ({
      // Some units change eligibility or above-scale on a day after they entered the ledger.
      organizations: r.organizations.map(({ change, ...o }): OrganizationFacts => {
        if (!change || change.day <= o.addedOn) return o as OrganizationFacts;
        return {
          ...(o as OrganizationFacts),
          eligible: change.eligible,
          aboveScale: change.aboveScale,
          statusHistory: [
            { from: o.addedOn, to: change.day, eligible: o.eligible, aboveScale: o.aboveScale },
            { from: change.day, to: null, eligible: change.eligible, aboveScale: change.aboveScale },
          ],
        };
      }),
      branches: r.branches.map((b, i) => ({
        id: `B${i}`,
        formation: b.formation,
        level: b.level,
        foundedOn: b.validity.from,
        dissolvedOn: b.validity.to,
        // A level change on a day inside the branch's life: the first level until then.
        levelHistory:
          b.history && b.history[1] > b.validity.from && (b.validity.to == null || b.history[1] < b.validity.to)
            ? [
                { level: b.level, from: b.validity.from, to: b.history[1] },
                { level: b.history[0], from: b.history[1], to: b.validity.to },
              ]
            : undefined,
      })),
      links: r.links.map((l) => ({ branchId: `B${l.b}`, organizationId: l.o, role: l.role, ...l.v })),
      assignments: r.assignments.map((a): LiaisonAssignmentFacts => ({ liaisonId: a.l, organizationId: a.o, ...a.v })),
    }),
  );
