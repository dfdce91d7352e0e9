/**
 * The ledger's writes through GraphQL over HTTP: the formation rules, history and as-of figures
 * before and after each write, the audit entry of each write (and none for a refused one), the live
 * ledger (one branch per unit at a time), and concurrent writes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { auditOf, figures, LEDGER_TABLES, newUnit, ok, unique, write } from "./support/ledger.js";
import { snapshot } from "./support/snapshot.js";

const OWN = "211281"; // 调兵山市
const OTHER = "211282"; // 开原市
const TODAY = "2026-11-27";

describe.each(backends())("the ledger on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "ledger" });
  });
  afterAll(async () => server?.stop());

  /** Asserts a refusal with the code (and the message fragment) and that nothing changed. */
  async function refused(mutation: string, input: unknown, code: string, fragment: string, username = "city-admin") {
    const before = await snapshot(server, LEDGER_TABLES);
    const r = await write(server, mutation, input, username);
    expect(r.errors).toEqual([]);
    expect(r.value).toBeNull();
    expect(r.userErrors.length).toBeGreaterThan(0);
    expect(r.userErrors.map((e) => e.code)).toContain(code);
    expect(r.userErrors.map((e) => e.message).join(" ")).toContain(fragment);
    expect(await snapshot(server, LEDGER_TABLES)).toEqual(before);
    return r;
  }

  describe("organizations", () => {
    it("creates a unit: in the population from the day it enters the ledger, not before; audited", async () => {
      const before = await figures(server, OWN, "2026-03-01");
      const dayBefore = await figures(server, OWN, "2026-02-28");
      const org = await ok<{ id: string; name: string; county: { code: string } }>(server, "createOrganization", {
        name: "  调兵山市　测试  建材有限公司 ",
        creditCode: "９１２１１２８１ＭＡ０Ｘ５ＷＨＬ８Ｊ",
        category: "NON_PUBLIC_ENTERPRISE",
        subtype: "PRIVATE",
        countyCode: OWN,
        aboveScale: false,
        employeeCount: 80,
        formalMemberCount: 2,
        addedOn: "2026-03-01",
      });
      expect(org.name).toBe("调兵山市 测试 建材有限公司");
      expect(org.county.code).toBe(OWN);
      expect((await figures(server, OWN, "2026-03-01")).eligibleCount).toBe(before.eligibleCount + 1);
      expect(await figures(server, OWN, "2026-02-28")).toEqual(dayBefore);
      const [entry] = await auditOf(server, org.id);
      expect(entry).toMatchObject({ username: "city-admin", role: "CITY_ADMIN", operation: "createOrganization" });
      const changed = Object.fromEntries(entry?.changes.map((c) => [c.field, [c.before, c.after]]) ?? []);
      expect(changed.name).toEqual([null, JSON.stringify("调兵山市 测试 建材有限公司")]);
      expect(changed.creditCode?.[1]).toBe(JSON.stringify("91211281MA0X5WHL8J"));
    });

    it("warns about a credit code whose check character is wrong, and records it", async () => {
      const r = await write(server, "createOrganization", {
        name: unique("校验位单位"),
        creditCode: "91211281MA0X5WHL80",
        category: "NON_PUBLIC_ENTERPRISE",
        countyCode: OWN,
        aboveScale: false,
        formalMemberCount: 0,
      });
      expect(r.userErrors).toEqual([]);
      expect(r.warnings).toEqual([
        expect.objectContaining({
          code: "INVALID_INPUT",
          field: ["input", "creditCode"],
          message: expect.stringContaining("CHECKSUM_MISMATCH"),
        }),
      ]);
    });

    it("refuses a subtype of the other category, above-scale social organizations, an unknown county", async () => {
      const base = { category: "NON_PUBLIC_ENTERPRISE", countyCode: OWN, aboveScale: false, formalMemberCount: 1 };
      await refused(
        "createOrganization",
        { ...base, name: unique("类型"), subtype: "LAW_FIRM" },
        "INVALID_INPUT",
        "单位类型与单位类别不符",
      );
      await refused(
        "createOrganization",
        { ...base, name: unique("规上"), category: "SOCIAL_ORGANIZATION", aboveScale: true },
        "INVALID_INPUT",
        "规模以上",
      );
      await refused(
        "createOrganization",
        { ...base, name: unique("县"), countyCode: "999999" },
        "INVALID_INPUT",
        "999999",
      );
      await refused("createOrganization", { ...base, name: "辽宁留德润滑油有限公司" }, "CONFLICT", "已有名为");
    });

    it("a unit that ceases operating leaves the population from that day; its history stays", async () => {
      const unit = await newUnit(server, OWN, 0);
      const before = await figures(server, OWN, "2026-06-30");
      const r = await ok<{ ceasedOn: string }>(server, "updateOrganization", { id: unit.id, ceasedOn: "2026-07-01" });
      expect(r.ceasedOn).toBe("2026-07-01");
      expect(await figures(server, OWN, "2026-06-30")).toEqual(before);
      expect((await figures(server, OWN, "2026-07-01")).eligibleCount).toBe(before.eligibleCount - 1);
      const d = await server.query<{ node: { name: string; ceasedOn: string } }>(
        "query($id: ID!) { node(id: $id) { ... on Organization { name ceasedOn } } }",
        { id: unit.id },
      );
      expect(d.node).toEqual({ name: unit.name, ceasedOn: "2026-07-01" });
      const [entry] = await auditOf(server, unit.id);
      expect(entry?.operation).toBe("updateOrganization");
      expect(entry?.changes).toEqual([{ field: "ceasedOn", before: null, after: JSON.stringify("2026-07-01") }]);
    });

    it("updates only what is given; empty text clears; no audit entry when nothing changes", async () => {
      const unit = await newUnit(server, OWN, 1, { industry: "制造业", employeeCount: 10 });
      const u = await ok<{ industry: string | null; employeeCount: number }>(server, "updateOrganization", {
        id: unit.id,
        employeeCount: 12,
        industry: "",
      });
      expect(u).toMatchObject({ industry: null, employeeCount: 12 });
      const entries = await auditOf(server, unit.id);
      await ok(server, "updateOrganization", { id: unit.id, employeeCount: 12 });
      expect(await auditOf(server, unit.id)).toHaveLength(entries.length);
      expect(entries[0]?.changes.map((c) => c.field).sort()).toEqual(["employeeCount", "industry"]);
    });

    it("loses no update when two writes to the same unit run at once", async () => {
      const unit = await newUnit(server, OWN, 0);
      const writes = await Promise.all([
        write(server, "updateOrganization", { id: unit.id, employeeCount: 33 }),
        write(server, "updateOrganization", { id: unit.id, industry: "批发和零售业" }),
        write(server, "updateOrganization", { id: unit.id, probationaryMemberCount: 2 }),
        write(server, "updateOrganization", { id: unit.id, formalMemberCount: 1 }),
      ]);
      for (const w of writes) expect(w.userErrors).toEqual([]);
      const d = await server.query<{ node: Record<string, unknown> }>(
        "query($id: ID!) { node(id: $id) { ... on Organization { employeeCount industry probationaryMemberCount formalMemberCount } } }",
        { id: unit.id },
      );
      expect(d.node).toEqual({
        employeeCount: 33,
        industry: "批发和零售业",
        probationaryMemberCount: 2,
        formalMemberCount: 1,
      });
      // Each audit entry's "before" is the state the previous one left: the writes were serialized.
      const entries = (await auditOf(server, unit.id)).filter((e) => e.operation === "updateOrganization");
      expect(entries).toHaveLength(4);
    });
  });

  describe("founding a branch: the formation rules", () => {
    let small: { id: string }[]; // units with 1 formal member
    let big: { id: string }; // a unit with 60 members
    let seven: { id: string };
    beforeAll(async () => {
      small = [];
      for (let i = 0; i < 6; i++) small.push(await newUnit(server, OWN, 1));
      big = await newUnit(server, OWN, 60);
      seven = await newUnit(server, OWN, 8);
    });
    const found = (input: Record<string, unknown>) => ({
      name: unique("中共测试支部"),
      foundedOn: "2026-10-01",
      formation: "STANDALONE",
      ...input,
    });

    it.each([
      ["NO_UNITS", { formation: "JOINT", organizationIds: [], formalMemberCount: 3 }],
      ["BRANCH_MIN_MEMBERS", { organizationIds: "big", formalMemberCount: 2 }],
      ["STANDALONE_ONE_UNIT", { organizationIds: "big+seven", formalMemberCount: 60 }],
      ["STANDALONE_MIN_MEMBERS", { organizationIds: "small1", formalMemberCount: 3 }],
      ["DUPLICATE_UNIT", { formation: "JOINT", organizationIds: "small0,small0,small1", formalMemberCount: 3 }],
      ["JOINT_MIN_UNITS", { formation: "JOINT", organizationIds: "small0", formalMemberCount: 3 }],
      ["JOINT_MAX_UNITS", { formation: "JOINT", organizationIds: "small6", formalMemberCount: 6 }],
      ["JOINT_MIN_MEMBERS", { formation: "JOINT", organizationIds: "small0,small1", formalMemberCount: 3 }],
      ["LEVEL_ABOVE_MEMBER_COUNT", { organizationIds: "seven", formalMemberCount: 8, level: "COMMITTEE" }],
      ["COMMITTEE_NOT_ALLOWED", { organizationIds: "big", formalMemberCount: 5, committeeSize: 3 }],
      ["COMMITTEE_TOO_SMALL", { organizationIds: "big", formalMemberCount: 20, committeeSize: 2 }],
      ["COMMITTEE_TOO_LARGE", { organizationIds: "big", formalMemberCount: 20, committeeSize: 8 }],
      ["COMMITTEE_EXCEEDS_MEMBERS", { organizationIds: "seven", formalMemberCount: 8, committeeSize: 9 }],
      ["INVALID_COUNT", { organizationIds: "big", formalMemberCount: -1 }],
    ] as const)("refuses %s as a FORMATION_RULE userError, writing nothing", async (rule, input) => {
      const ids = (spec: string | readonly never[]) => {
        if (typeof spec !== "string") return [];
        if (spec === "big") return [big.id];
        if (spec === "seven") return [seven.id];
        if (spec === "big+seven") return [big.id, seven.id];
        if (spec === "small6") return small.map((s) => s.id);
        return spec.split(",").map((s) => (small[Number(s.replace("small", ""))] as { id: string }).id);
      };
      const r = await refused(
        "foundBranch",
        found({ ...input, organizationIds: ids(input.organizationIds) }),
        "FORMATION_RULE",
        `[${rule}]`,
      );
      expect(r.userErrors.every((e) => e.code === "FORMATION_RULE")).toBe(true);
    });

    it("refuses units of two counties in one joint branch", async () => {
      const there = await newUnit(server, OTHER, 2);
      await refused(
        "foundBranch",
        found({
          formation: "JOINT",
          organizationIds: [(small[0] as { id: string }).id, there.id],
          formalMemberCount: 3,
        }),
        "FORMATION_RULE",
        "[UNITS_IN_DIFFERENT_COUNTIES]",
      );
    });

    it("gives advice as warnings: a lower level, a branch above 50, a committee, units that should form their own", async () => {
      const unit = await newUnit(server, OWN, 60);
      const b = await ok<{ level: string }>(
        server,
        "foundBranch",
        found({ organizationIds: [unit.id], formalMemberCount: 60, level: "BRANCH" }),
      );
      expect(b.level).toBe("BRANCH");
      const codes = b.warnings.map((w) => /^\[(\w+)\]/.exec(w.message)?.[1]).sort();
      expect(codes).toEqual(["BRANCH_OVER_50", "COMMITTEE_RECOMMENDED", "LEVEL_BELOW_MEMBER_COUNT"]);
      expect(b.warnings.every((w) => w.code === "FORMATION_RULE")).toBe(true);

      const a = await newUnit(server, OWN, 4);
      const c = await newUnit(server, OWN, 1);
      const joint = await ok<{ level: string; formation: string }>(
        server,
        "foundBranch",
        found({ formation: "JOINT", organizationIds: [a.id, c.id], formalMemberCount: 5 }),
      );
      expect(joint).toMatchObject({ level: "BRANCH", formation: "JOINT" });
      expect(joint.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^\[SHOULD_FORM_OWN\]/)]);

      const d = await newUnit(server, OWN, 20);
      const usual = await ok(
        server,
        "foundBranch",
        found({ organizationIds: [d.id], formalMemberCount: 20, committeeSize: 6 }),
      );
      expect(usual.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^\[COMMITTEE_ABOVE_USUAL\]/)]);
    });

    it("warns when a regional branch spans parks and an industry branch spans industries", async () => {
      const units = [
        await newUnit(server, OWN, 1, { industry: "制造业" }),
        await newUnit(server, OWN, 2, { industry: "建筑业" }),
      ];
      const ids = units.map((u) => u.id);
      const regional = await write(
        server,
        "foundBranch",
        found({ formation: "INDUSTRY", organizationIds: ids, formalMemberCount: 3 }),
      );
      expect(regional.userErrors).toEqual([]);
      expect(regional.warnings.map((w) => w.message)).toEqual([
        expect.stringMatching(/^\[INDUSTRY_DIFFERENT_INDUSTRIES\]/),
      ]);
    });

    it("derives the level from the members when none is given", async () => {
      const unit = await newUnit(server, OWN, 120);
      const b = await ok<{ level: string }>(
        server,
        "foundBranch",
        found({ organizationIds: [unit.id], formalMemberCount: 120, committeeSize: 7 }),
      );
      expect(b.level).toBe("COMMITTEE");
    });
  });

  describe("history and as-of figures", () => {
    it("founding counts from its founding day, not before; a second standalone branch is a CONFLICT", async () => {
      const unit = await newUnit(server, OWN, 5);
      const eve = await figures(server, OWN, "2026-09-30");
      const dayOf = await figures(server, OWN, "2026-10-01");
      const b = await ok<{ id: string }>(server, "foundBranch", {
        name: unique("中共测试公司支部"),
        formation: "STANDALONE",
        organizationIds: [unit.id],
        foundedOn: "2026-10-01",
        formalMemberCount: 5,
        secretaryName: "王书记",
      });
      expect(await figures(server, OWN, "2026-09-30")).toEqual(eve);
      const after = await figures(server, OWN, "2026-10-01");
      expect(after.organizationCovered).toBe(dayOf.organizationCovered + 1);
      expect(after.standalone).toBe(dayOf.standalone + 1);
      expect(after.branchCount).toBe(dayOf.branchCount + 1);
      const founded = await server.query<{ county: { coverage: { branchesFounded: { standalone: number } } } }>(
        `{ county(code: "${OWN}") { coverage { branchesFounded(from: "2026-10-01", to: "2026-10-01") { standalone } } } }`,
      );
      expect(founded.county.coverage.branchesFounded.standalone).toBeGreaterThanOrEqual(1);
      const [entry] = await auditOf(server, b.id);
      expect(entry).toMatchObject({ operation: "foundBranch", username: "city-admin" });
      expect(entry?.changes.map((c) => c.field)).toEqual(
        expect.arrayContaining(["name", "formation", "level", "foundedOn", "organizationIds", "secretaryName"]),
      );
      await refused(
        "foundBranch",
        {
          name: unique("重复支部"),
          formation: "STANDALONE",
          organizationIds: [unit.id],
          foundedOn: "2026-11-01",
          formalMemberCount: 5,
        },
        "CONFLICT",
        "已单独组建",
      );
      // A unit already in a branch cannot be put into a joint one either.
      const other = await newUnit(server, OWN, 1);
      await refused(
        "foundBranch",
        {
          name: unique("联合"),
          formation: "JOINT",
          organizationIds: [unit.id, other.id],
          foundedOn: "2026-11-01",
          formalMemberCount: 6,
        },
        "CONFLICT",
        "已单独组建",
      );
    });

    it("dissolving ends coverage on that day: figures before unchanged; the unit can found again from then", async () => {
      const unit = await newUnit(server, OWN, 4);
      const b = await ok<{ id: string }>(server, "foundBranch", {
        name: unique("中共撤销测试支部"),
        formation: "STANDALONE",
        organizationIds: [unit.id],
        foundedOn: "2025-01-01",
        formalMemberCount: 4,
      });
      const before = await figures(server, OWN, "2026-05-31");
      const onDay = await figures(server, OWN, "2026-06-01");
      const d = await ok<{ dissolvedOn: string }>(server, "dissolveBranch", {
        branchId: b.id,
        dissolvedOn: "2026-06-01",
        reason: "企业经营困难，党员流出",
      });
      expect(d.dissolvedOn).toBe("2026-06-01");
      expect(await figures(server, OWN, "2026-05-31")).toEqual(before);
      const after = await figures(server, OWN, "2026-06-01");
      expect(after.organizationCovered).toBe(onDay.organizationCovered - 1);
      expect(after.branchCount).toBe(onDay.branchCount - 1);
      const [entry] = await auditOf(server, b.id);
      expect(entry?.operation).toBe("dissolveBranch");
      expect(entry?.changes).toEqual(
        expect.arrayContaining([
          { field: "dissolvedOn", before: null, after: JSON.stringify("2026-06-01") },
          { field: "reason", before: null, after: JSON.stringify("企业经营困难，党员流出") },
        ]),
      );
      // The dissolved branch still lists the units it covered; the unit's history keeps the link.
      const hist = await server.query<{ node: { coverageHistory: { from: string; to: string; role: string }[] } }>(
        "query($id: ID!) { node(id: $id) { ... on Organization { coverageHistory { from to role } } } }",
        { id: unit.id },
      );
      expect(hist.node.coverageHistory).toEqual([{ from: "2025-01-01", to: "2026-06-01", role: "HOST" }]);
      await refused(
        "dissolveBranch",
        { branchId: b.id, dissolvedOn: "2026-07-01", reason: "再次" },
        "INVALID_TRANSITION",
        "已于2026-06-01撤销",
      );
      await refused(
        "foundBranch",
        {
          name: unique("重建"),
          formation: "STANDALONE",
          organizationIds: [unit.id],
          foundedOn: "2026-05-31",
          formalMemberCount: 4,
        },
        "CONFLICT",
        "已单独组建",
      );
      const again = await ok(server, "foundBranch", {
        name: unique("中共重建支部"),
        formation: "STANDALONE",
        organizationIds: [unit.id],
        foundedOn: "2026-06-01",
        formalMemberCount: 4,
      });
      expect(again.warnings).toEqual([]);
      expect((await figures(server, OWN, "2026-06-01")).organizationCovered).toBe(onDay.organizationCovered);
    });

    it("refuses a dissolution before the founding or in the future", async () => {
      const unit = await newUnit(server, OWN, 3);
      const b = await ok<{ id: string }>(server, "foundBranch", {
        name: unique("中共日期支部"),
        formation: "STANDALONE",
        organizationIds: [unit.id],
        foundedOn: "2026-01-10",
        formalMemberCount: 3,
      });
      await refused(
        "dissolveBranch",
        { branchId: b.id, dissolvedOn: "2026-01-10", reason: "测试" },
        "INVALID_INPUT",
        "须晚于成立日期",
      );
      await refused(
        "dissolveBranch",
        { branchId: b.id, dissolvedOn: "2027-01-01", reason: "测试" },
        "INVALID_INPUT",
        "不能晚于今天",
      );
      await refused(
        "dissolveBranch",
        { branchId: b.id, dissolvedOn: "2026-02-01", reason: "   " },
        "INVALID_INPUT",
        "撤销原因",
      );
    });

    it("upgrading keeps the level history: figures by level as of before the day are unchanged", async () => {
      const unit = await newUnit(server, OWN, 45);
      const b = await ok<{ id: string; level: string }>(server, "foundBranch", {
        name: unique("中共升格测试支部"),
        formation: "STANDALONE",
        organizationIds: [unit.id],
        foundedOn: "2024-03-01",
        formalMemberCount: 45,
        committeeSize: 5,
      });
      expect(b.level).toBe("BRANCH");
      await ok(server, "updateOrganization", { id: unit.id, formalMemberCount: 55 });
      const before = await figures(server, OWN, "2026-08-31");
      const onDay = await figures(server, OWN, "2026-09-01");
      await refused(
        "updateBranch",
        { branchId: b.id, effectiveOn: "2026-09-01", level: "COMMITTEE", formalMemberCount: 55 },
        "FORMATION_RULE",
        "[LEVEL_ABOVE_MEMBER_COUNT]",
      );
      const up = await ok<{ level: string }>(server, "updateBranch", {
        branchId: b.id,
        effectiveOn: "2026-09-01",
        level: "GENERAL_BRANCH",
        formalMemberCount: 55,
        name: "中共升格测试总支部委员会",
      });
      expect(up.level).toBe("GENERAL_BRANCH");
      expect(await figures(server, OWN, "2026-08-31")).toEqual(before);
      const after = await figures(server, OWN, "2026-09-01");
      expect(after.generalBranchCount).toBe(onDay.generalBranchCount + 1);
      expect(after.branchCount).toBe(onDay.branchCount);
      const h = await server.query<{ node: { levelHistory: { level: string; from: string; to: string | null }[] } }>(
        "query($id: ID!) { node(id: $id) { ... on Branch { levelHistory { level from to } } } }",
        { id: b.id },
      );
      expect(h.node.levelHistory).toEqual([
        { level: "BRANCH", from: "2024-03-01", to: "2026-09-01" },
        { level: "GENERAL_BRANCH", from: "2026-09-01", to: null },
      ]);
      const [entry] = await auditOf(server, b.id);
      expect(entry?.operation).toBe("updateBranch");
      expect(entry?.changes).toEqual(
        expect.arrayContaining([
          { field: "level", before: JSON.stringify("BRANCH"), after: JSON.stringify("GENERAL_BRANCH") },
        ]),
      );
      await refused(
        "updateBranch",
        { branchId: b.id, effectiveOn: "2026-08-01", secretaryName: "李书记" },
        "INVALID_INPUT",
        "历史不可改写",
      );
    });

    it("changing a joint branch's units ends the left unit's coverage that day and starts the new one's", async () => {
      const [a, c, e] = [await newUnit(server, OWN, 1), await newUnit(server, OWN, 2), await newUnit(server, OWN, 1)];
      const j = await ok<{ id: string }>(server, "foundBranch", {
        name: unique("中共联合支部"),
        formation: "JOINT",
        organizationIds: [a.id, c.id],
        foundedOn: "2025-05-01",
        formalMemberCount: 3,
      });
      await refused(
        "updateBranch",
        { branchId: j.id, effectiveOn: "2026-10-01", organizationIds: [a.id] },
        "FORMATION_RULE",
        "[JOINT_MIN_UNITS]",
      );
      const outside = await newUnit(server, OTHER, 2);
      await refused(
        "updateBranch",
        { branchId: j.id, effectiveOn: "2026-10-01", organizationIds: [c.id, outside.id] },
        "FORMATION_RULE",
        "[UNITS_IN_DIFFERENT_COUNTIES]",
      );
      const before = await figures(server, OWN, "2026-09-30");
      await ok(server, "updateBranch", { branchId: j.id, effectiveOn: "2026-10-01", organizationIds: [c.id, e.id] });
      expect(await figures(server, OWN, "2026-09-30")).toEqual(before);
      const covered = async (id: string, asOf: string) =>
        (
          await server.query<{ node: { coverageHistory: { from: string; to: string | null }[] } }>(
            "query($id: ID!) { node(id: $id) { ... on Organization { coverageHistory { from to } } } }",
            { id },
          )
        ).node.coverageHistory.some((l) => l.from <= asOf && (l.to === null || l.to > asOf));
      expect([await covered(a.id, "2026-09-30"), await covered(a.id, "2026-10-01")]).toEqual([true, false]);
      expect([await covered(e.id, "2026-09-30"), await covered(e.id, "2026-10-01")]).toEqual([false, true]);
      expect(await covered(c.id, TODAY)).toBe(true);
      const branch = await server.query<{ node: { organizations: { id: string }[] } }>(
        "query($id: ID!) { node(id: $id) { ... on Branch { organizations { id } } } }",
        { id: j.id },
      );
      expect(branch.node.organizations.map((o) => o.id).sort()).toEqual([c.id, e.id].sort());
    });
  });

  describe("liaisons", () => {
    it("dispatching creates the person and the assignments, counted from that day; ending keeps history", async () => {
      const units = [await newUnit(server, OWN, 0), await newUnit(server, OWN, 0)];
      const eve = await figures(server, OWN, "2026-04-30");
      const dayOf = await figures(server, OWN, "2026-05-01");
      const name = unique("联络员");
      const li = await ok<{ id: string; kind: string; county: { code: string } }>(server, "dispatchLiaison", {
        name,
        kind: "指导员",
        countyCode: OWN,
        organizationIds: units.map((u) => u.id),
        from: "2026-05-01",
        title: "党建指导员",
        phone: "024-76543210",
      });
      expect(li).toMatchObject({ kind: "INSTRUCTOR", county: { code: OWN } });
      expect(await figures(server, OWN, "2026-04-30")).toEqual(eve);
      const after = await figures(server, OWN, "2026-05-01");
      expect(after.liaisonCovered).toBe(dayOf.liaisonCovered + 2);
      expect(after.liaisonCount).toBe(dayOf.liaisonCount + 1);
      await refused(
        "dispatchLiaison",
        { name, kind: "INSTRUCTOR", countyCode: OWN, organizationIds: [units[0]?.id], from: "2026-06-01" },
        "CONFLICT",
        "请勿重复派驻",
      );
      const ended = await ok(server, "endLiaisonAssignment", {
        liaisonId: li.id,
        organizationId: units[0]?.id,
        to: "2026-08-01",
      });
      expect(ended).toMatchObject({ id: li.id });
      const late = await figures(server, OWN, "2026-08-01");
      const mid = await figures(server, OWN, "2026-07-31");
      expect(late.liaisonCovered).toBe(mid.liaisonCovered - 1);
      const [entry] = await auditOf(server, li.id);
      expect(entry?.operation).toBe("endLiaisonAssignment");
      await refused(
        "endLiaisonAssignment",
        { liaisonId: li.id, organizationId: units[0]?.id, to: "2026-09-01" },
        "INVALID_TRANSITION",
        "已于2026-08-01结束",
      );
      const created = (await auditOf(server, li.id)).find((e) => e.operation === "dispatchLiaison");
      const phone = created?.changes.find((c) => c.field === "phone");
      expect(phone?.after).toBe(JSON.stringify("024-****3210"));
    });

    it("warns when a unit already has a liaison, and refuses units of another county", async () => {
      const unit = await newUnit(server, OWN, 0);
      await ok(server, "dispatchLiaison", {
        name: unique("甲"),
        kind: "LIAISON",
        countyCode: OWN,
        organizationIds: [unit.id],
        from: "2026-01-01",
      });
      const second = await ok(server, "dispatchLiaison", {
        name: unique("乙"),
        kind: "LIAISON",
        countyCode: OWN,
        organizationIds: [unit.id],
        from: "2026-02-01",
      });
      expect(second.warnings.map((w) => w.code)).toEqual(["ALREADY_ASSIGNED"]);
      const there = await newUnit(server, OTHER, 0);
      await refused(
        "dispatchLiaison",
        { name: unique("丙"), kind: "LIAISON", countyCode: OWN, organizationIds: [there.id], from: "2026-02-01" },
        "INVALID_INPUT",
        "不在该联络员所属县",
      );
      await refused(
        "dispatchLiaison",
        { name: unique("丁"), kind: "LIAISON", countyCode: OTHER, organizationIds: [there.id], from: "2026-02-01" },
        "OUT_OF_SCOPE",
        "只能修改本县",
        `county-${OWN}`,
      );
    });
  });

  describe("concurrency", () => {
    it("founds one standalone branch when several requests for the same unit arrive at once", async () => {
      const unit = await newUnit(server, OWN, 6);
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          write(server, "foundBranch", {
            name: unique(`中共并发支部${i}`),
            formation: "STANDALONE",
            organizationIds: [unit.id],
            foundedOn: "2026-10-15",
            formalMemberCount: 6,
          }),
        ),
      );
      const committed = results.filter((r) => r.value !== null);
      expect(committed).toHaveLength(1);
      for (const r of results.filter((x) => x.value === null))
        expect(r.userErrors.map((e) => e.code)).toEqual(["CONFLICT"]);
      const d = await server.query<{ node: { coverageHistory: unknown[] } }>(
        "query($id: ID!) { node(id: $id) { ... on Organization { coverageHistory { from } } } }",
        { id: unit.id },
      );
      expect(d.node.coverageHistory).toHaveLength(1);
    });
  });
});
