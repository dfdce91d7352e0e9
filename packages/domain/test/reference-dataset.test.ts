import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  coverageFigures,
  findCounty,
  levelForMemberCount,
  MIN_FORMAL_MEMBERS,
  validateBranch,
  validateCreditCode,
} from "../src/index.js";
import { generateReferenceDataset, NAMED_ORGANIZATIONS, REFERENCE_FIGURES } from "../src/reference/index.js";

const data = generateReferenceDataset();

describe("the reference dataset generator", () => {
  it("is deterministic: the same output on every run", () => {
    expect(generateReferenceDataset()).toEqual(data);
  });

  it("is pinned: a change to the data is a deliberate change to this digest", () => {
    const digest = createHash("sha256").update(JSON.stringify(data)).digest("hex");
    expect(digest).toBe(PINNED_DIGEST);
  });

  it("gives another dataset with the same figures for another seed", () => {
    const other = generateReferenceDataset({ seed: "another" });
    expect(other.organizations.map((o) => o.name)).not.toEqual(data.organizations.map((o) => o.name));
    const f = coverageFigures(other, { category: "NON_PUBLIC_ENTERPRISE" }, REFERENCE_FIGURES.asOf);
    expect(f.organizationCoverage.percent).toBe("28.2%");
    expect(f.liaisonCoverage.percent).toBe("88.8%");
  });

  it("holds about 2,252 organizations in the nine counties, with unique names and valid credit codes", () => {
    expect(data.organizations.length).toBeGreaterThanOrEqual(2252);
    expect(data.organizations.length).toBeLessThan(2400);
    expect(new Set(data.organizations.map((o) => o.name)).size).toBe(data.organizations.length);
    expect(new Set(data.organizations.map((o) => o.creditCode)).size).toBe(data.organizations.length);
    for (const o of data.organizations) {
      expect(findCounty(o.countyCode)).toBeDefined();
      const v = validateCreditCode(o.creditCode);
      expect(v.kind).toBe("UNIFIED");
      expect(v.warnings).toEqual([]);
      expect(o.name).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it("includes the organizations the speech names, where it puts them", () => {
    for (const named of NAMED_ORGANIZATIONS) {
      const o = data.organizations.find((x) => x.name === named.name);
      expect(o, named.name).toMatchObject({ countyCode: named.countyCode, category: named.category });
      expect(data.links.some((l) => l.organizationId === o?.id)).toBe(true);
      if (named.inPark) expect(o?.parkId).toBe("park-211281");
    }
    const shuguang = data.organizations.find((o) => o.name === "辽宁唐人神曙光农牧集团");
    const link = data.links.find((l) => l.organizationId === shuguang?.id);
    expect(data.branches.find((b) => b.id === link?.branchId)).toMatchObject({
      level: "COMMITTEE",
      formalMemberCount: 117,
    });
    expect(data.parks.find((p) => p.id === "park-211281")?.name).toBe("调兵山市工业园区");
  });

  it("keeps referential integrity and its own rules", () => {
    const orgs = new Map(data.organizations.map((o) => [o.id, o]));
    const branches = new Map(data.branches.map((b) => [b.id, b]));
    const liaisons = new Map(data.liaisons.map((l) => [l.id, l]));
    for (const l of data.links) {
      const o = orgs.get(l.organizationId);
      const b = branches.get(l.branchId);
      expect(o && b).toBeTruthy();
      expect(o?.countyCode).toBe(b?.countyCode);
      expect((o?.addedOn ?? "9999") <= l.from).toBe(true);
    }
    for (const b of data.branches) {
      const units = data.links.filter((l) => l.branchId === b.id).map((l) => orgs.get(l.organizationId));
      const verdict = validateBranch({
        formation: b.formation,
        level: b.level,
        formalMemberCount: b.formalMemberCount,
        committeeSize: b.committeeSize,
        units: units.map((u) => ({ ...(u as NonNullable<typeof u>) })),
      });
      expect(verdict.errors, b.name).toEqual([]);
      expect(b.level).toBe(levelForMemberCount(b.formalMemberCount));
      if (b.formation === "STANDALONE") expect(units[0]?.formalMemberCount).toBe(b.formalMemberCount);
      else for (const u of units) expect(u?.formalMemberCount).toBeLessThan(MIN_FORMAL_MEMBERS);
    }
    for (const a of data.assignments) {
      expect(orgs.get(a.organizationId)?.countyCode).toBe(liaisons.get(a.liaisonId)?.countyCode);
      if (a.to) expect(a.to > a.from).toBe(true);
    }
  });

  it("has nothing after its as-of date, so every later date reads the same figures", () => {
    const dates = [
      ...data.organizations.flatMap((o) => [o.addedOn, o.ceasedOn]),
      ...data.branches.map((b) => b.foundedOn),
      ...data.links.flatMap((l) => [l.from, l.to]),
      ...data.assignments.flatMap((a) => [a.from, a.to]),
    ].filter((d): d is string => d != null);
    expect(dates.every((d) => d <= REFERENCE_FIGURES.asOf)).toBe(true);
    const later = coverageFigures(data, {}, "2026-11-27");
    const then = coverageFigures(data, {}, REFERENCE_FIGURES.asOf);
    expect({ ...later, asOf: null }).toEqual({ ...then, asOf: null });
  });

  it("has a 常委组织部长 for every county and county leaders in each", () => {
    for (const c of data.counties) {
      expect(c.organizationHeadName).not.toBe("");
      expect(data.leaders.filter((l) => l.countyCode === c.code).length).toBeGreaterThanOrEqual(5);
    }
  });
});

const PINNED_DIGEST = "26b7db9177574fffeb4ac0432c18d69c52c387c58d9ff84e9b3a1e2c8b12a6ae";
