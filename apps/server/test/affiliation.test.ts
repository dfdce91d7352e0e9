/**
 * 挂靠 (affiliated units) through GraphQL on both back ends (issue 15): a unit with fewer than 3
 * formal members attached to an existing branch in force counts as organization-covered (组建率) from
 * the day it is affiliated until the day it ends, never as standalone; the rules of
 * validateAffiliation refuse what the speech does not allow, changing nothing; the branch's own
 * writes keep working with an affiliated unit, and dissolving it ends the affiliation.
 */
import { type CoverageLinkFacts, classifyUnit, type IsoDate, type OrganizationFacts } from "@liangxin/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { auditOf, figures, LEDGER_TABLES, newUnit, ok, unique, write } from "./support/ledger.js";
import { snapshot } from "./support/snapshot.js";

const OWN = "211272"; // 高新区: small, so the figures move visibly
const OTHER = "211282";

type Link = { role: string; from: string; to: string | null; branch: { id: string; name: string } };

describe.each(backends())("挂靠 on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "affiliation" });
  });
  afterAll(async () => server?.stop());

  /** A standalone branch of a new unit with 3 members, founded on a day. */
  const hostBranch = async (county = OWN, foundedOn = "2025-03-01") => {
    const host = await newUnit(server, county, 3);
    return ok<{ id: string; name: string }>(server, "foundBranch", {
      name: unique("中共挂靠测试支部"),
      formation: "STANDALONE",
      organizationIds: [host.id],
      foundedOn,
      formalMemberCount: 3,
    });
  };
  const cityRate = async (asOf: string) => {
    const d = await server.query<{
      city: { coverage: { organizationCoverage: { numerator: number; denominator: number } } };
    }>(`query($d: Date!) { city { coverage(asOf: $d) { organizationCoverage { numerator denominator } } } }`, {
      d: asOf,
    });
    return d.city.coverage.organizationCoverage;
  };
  const links = async (id: string) =>
    (
      await server.query<{ node: { branchLinks: Link[]; coverageHistory: Link[] } }>(
        `query($id: ID!) { node(id: $id) { ... on Organization {
          branchLinks { role from to branch { id name } } coverageHistory { role from to branch { id name } } } } }`,
        { id },
      )
    ).node;

  it("counts an affiliated unit as organization-covered from its first day to its last, never as standalone", async () => {
    const branch = await hostBranch();
    const unit = await newUnit(server, OWN, 2);
    const days = ["2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01"];
    const before = await Promise.all(days.map((d) => figures(server, OWN, d)));
    const cityBefore = await Promise.all(days.map((d) => cityRate(d)));

    const affiliated = await write<{ id: string; branchLinks: Link[] }>(server, "affiliateOrganization", {
      organizationId: unit.id,
      branchId: branch.id,
      from: "2026-05-01",
    });
    expect(affiliated.userErrors).toEqual([]);
    expect(affiliated.warnings).toEqual([]);
    expect(affiliated.value?.branchLinks).toEqual([
      { role: "AFFILIATED", from: "2026-05-01", to: null, branch: { id: branch.id, name: branch.name } },
    ]);
    const during = await Promise.all(days.map((d) => figures(server, OWN, d)));
    expect(during[0]).toEqual(before[0]);
    for (const i of [1, 2, 3]) {
      const b = before[i] as (typeof before)[number];
      // One more unit covered, the same population, branches and standalone units.
      expect(during[i]).toEqual({ ...b, organizationCovered: b.organizationCovered + 1 });
    }
    expect((await cityRate("2026-05-01")).numerator).toBe((cityBefore[1]?.numerator as number) + 1);

    await ok(server, "endAffiliation", { organizationId: unit.id, branchId: branch.id, to: "2026-09-01" });
    const after = await Promise.all(days.map((d) => figures(server, OWN, d)));
    expect([after[0], after[3]]).toEqual([before[0], before[3]]);
    expect([after[1], after[2]]).toEqual([during[1], during[2]]);
    expect(await Promise.all(days.map((d) => cityRate(d)))).toEqual([
      cityBefore[0],
      { ...cityBefore[1], numerator: (cityBefore[1]?.numerator as number) + 1 },
      { ...cityBefore[2], numerator: (cityBefore[2]?.numerator as number) + 1 },
      cityBefore[3],
    ]);
    const l = await links(unit.id);
    expect(l.branchLinks).toEqual([]);
    expect(l.coverageHistory).toMatchObject([{ role: "AFFILIATED", from: "2026-05-01", to: "2026-09-01" }]);
    const audit = await auditOf(server, unit.id);
    expect(audit.slice(0, 2).map((a) => a.operation)).toEqual(["endAffiliation", "affiliateOrganization"]);
  });

  it("classifies the unit as the domain does, affiliated and after the affiliation ends", async () => {
    const branch = await hostBranch(OWN, "2025-01-01");
    const unit = await newUnit(server, OWN, 1);
    const today = "2026-11-27" as IsoDate;
    const facts: OrganizationFacts = {
      id: unit.id,
      countyCode: OWN,
      category: "NON_PUBLIC_ENTERPRISE",
      aboveScale: false,
      eligible: true,
      addedOn: "2020-01-01",
      formalMemberCount: 1,
    };
    const link: CoverageLinkFacts = {
      branchId: branch.id,
      organizationId: unit.id,
      role: "AFFILIATED",
      from: "2026-02-01",
    };
    const data = (to: IsoDate | null) => ({
      organizations: [facts],
      branches: [
        { id: branch.id, formation: "STANDALONE" as const, level: "BRANCH" as const, foundedOn: "2025-01-01" },
      ],
      links: [{ ...link, to }],
      assignments: [],
    });
    const status = async () =>
      (
        await server.query<{ node: { coverageStatus: string } }>(
          `query($id: ID!) { node(id: $id) { ... on Organization { coverageStatus } } }`,
          { id: unit.id },
        )
      ).node.coverageStatus;
    await ok(server, "affiliateOrganization", { organizationId: unit.id, branchId: branch.id, from: "2026-02-01" });
    const affiliated = classifyUnit(data(null), unit.id, today);
    expect(affiliated).toMatchObject({ status: "ORGANIZATION_ONLY", standaloneCovered: false });
    expect(await status()).toBe(affiliated?.status);
    await ok(server, "endAffiliation", { organizationId: unit.id, branchId: branch.id, to: today });
    expect(await status()).toBe(classifyUnit(data(today), unit.id, today)?.status);
    expect(await status()).toBe("GAP");
  });

  it("refuses what the speech does not allow, changing nothing", async () => {
    const branch = await hostBranch();
    const otherBranch = await hostBranch(OTHER);
    const big = await newUnit(server, OWN, 3);
    const small = await newUnit(server, OWN, 1);
    const late = await newUnit(server, OWN, 1, { addedOn: "2026-01-01" });
    const young = await hostBranch(OWN, "2026-06-01");
    const cases: [Record<string, unknown>, string, RegExp, string?][] = [
      [
        { organizationId: big.id, branchId: branch.id, from: "2026-05-01" },
        "FORMATION_RULE",
        /AFFILIATE_SHOULD_FORM_OWN/,
      ],
      [
        { organizationId: small.id, branchId: otherBranch.id, from: "2026-05-01" },
        "FORMATION_RULE",
        /UNITS_IN_DIFFERENT_COUNTIES/,
      ],
      [
        { organizationId: small.id, branchId: young.id, from: "2026-05-31" },
        "FORMATION_RULE",
        /AFFILIATE_BRANCH_NOT_IN_FORCE/,
      ],
      [
        { organizationId: late.id, branchId: branch.id, from: "2025-12-31" },
        "FORMATION_RULE",
        /AFFILIATE_BEFORE_ADDED/,
      ],
      [{ organizationId: small.id, branchId: branch.id, from: "2026-11-28" }, "INVALID_INPUT", /不能晚于今天/],
      [
        { organizationId: small.id, branchId: otherBranch.id, from: "2026-05-01" },
        "OUT_OF_SCOPE",
        /./,
        `county-${OWN}`,
      ],
    ];
    for (const [input, code, message, user] of cases) {
      const before = await snapshot(server, LEDGER_TABLES);
      const r = await write(server, "affiliateOrganization", input, user);
      expect(r.value, JSON.stringify(input)).toBeNull();
      expect(r.userErrors[0]?.code).toBe(code);
      expect(r.userErrors[0]?.message).toMatch(message);
      expect(await snapshot(server, LEDGER_TABLES)).toEqual(before);
    }
    // Covered already: by the affiliation itself (a duplicate submission), or as a member of a joint branch.
    await ok(server, "affiliateOrganization", { organizationId: small.id, branchId: branch.id, from: "2026-05-01" });
    const before = await snapshot(server, LEDGER_TABLES);
    const again = await write(server, "affiliateOrganization", {
      organizationId: small.id,
      branchId: branch.id,
      from: "2026-05-01",
    });
    expect(again.userErrors).toMatchObject([{ code: "CONFLICT", message: expect.stringMatching(/请先结束该挂靠/) }]);
    const a = await newUnit(server, OWN, 2);
    const b = await newUnit(server, OWN, 2);
    await ok(server, "foundBranch", {
      name: unique("中共联合测试支部"),
      formation: "JOINT",
      organizationIds: [a.id, b.id],
      foundedOn: "2026-01-01",
      formalMemberCount: 4,
    });
    const before2 = await snapshot(server, LEDGER_TABLES);
    const member = await write(server, "affiliateOrganization", {
      organizationId: a.id,
      branchId: branch.id,
      from: "2026-05-01",
    });
    expect(member.userErrors).toMatchObject([{ code: "CONFLICT", message: expect.stringMatching(/不能再挂靠/) }]);
    expect(await snapshot(server, LEDGER_TABLES)).toEqual(before2);
    expect(before2.coverage_link?.length).toBeGreaterThan(before.coverage_link?.length ?? 0);

    // Ending: before it began, twice, or one that does not exist.
    const end = (to: string, organizationId = small.id, branchId = branch.id) =>
      write(server, "endAffiliation", { organizationId, branchId, to });
    const snap = await snapshot(server, LEDGER_TABLES);
    expect((await end("2026-05-01")).userErrors[0]?.code).toBe("INVALID_INPUT");
    expect((await end("2026-11-28")).userErrors[0]?.code).toBe("INVALID_INPUT");
    expect((await end("2026-10-01", big.id)).userErrors[0]?.code).toBe("NOT_FOUND");
    expect(await snapshot(server, LEDGER_TABLES)).toEqual(snap);
    await ok(server, "endAffiliation", { organizationId: small.id, branchId: branch.id, to: "2026-10-01" });
    expect((await end("2026-10-01")).userErrors[0]?.code).toBe("INVALID_TRANSITION");
  });

  it("advises a liaison for a unit without members, and its own branch once it has 3", async () => {
    const branch = await hostBranch();
    const unit = await newUnit(server, OWN, 0);
    const r = await write(server, "affiliateOrganization", {
      organizationId: unit.id,
      branchId: branch.id,
      from: "2026-06-01",
    });
    expect(r.userErrors).toEqual([]);
    expect(r.warnings).toMatchObject([
      { code: "FORMATION_RULE", message: expect.stringMatching(/AFFILIATE_NO_MEMBERS/) },
    ]);
    const grown = await write(server, "updateOrganization", { id: unit.id, formalMemberCount: 3 });
    expect(grown.warnings).toMatchObject([
      { code: "FORMATION_RULE", message: expect.stringMatching(/SHOULD_FORM_OWN.*挂靠/) },
    ]);
    // Forming its own branch needs the affiliation ended first.
    const own = {
      name: unique("中共自建支部"),
      formation: "STANDALONE",
      organizationIds: [unit.id],
      foundedOn: "2026-07-01",
      formalMemberCount: 3,
    };
    const refused = await write(server, "foundBranch", own);
    expect(refused.userErrors).toMatchObject([{ code: "CONFLICT", message: expect.stringMatching(/请先结束挂靠/) }]);
    await ok(server, "endAffiliation", { organizationId: unit.id, branchId: branch.id, to: "2026-07-01" });
    await ok(server, "foundBranch", own);
  });

  it("the host branch's writes keep working; dissolving it ends the affiliation, not before it began", async () => {
    const branch = await hostBranch();
    const unit = await newUnit(server, OWN, 2);
    await ok(server, "affiliateOrganization", { organizationId: unit.id, branchId: branch.id, from: "2026-06-01" });
    // A standalone branch still covers its one unit: the affiliated one is not part of its formation.
    await ok(server, "updateBranch", { branchId: branch.id, effectiveOn: "2026-04-01", secretaryName: "王书记" });
    const early = await write(server, "dissolveBranch", {
      branchId: branch.id,
      dissolvedOn: "2026-05-01",
      reason: "测试",
    });
    expect(early.userErrors[0]?.code).toBe("INVALID_INPUT");
    await ok(server, "dissolveBranch", { branchId: branch.id, dissolvedOn: "2026-10-01", reason: "测试" });
    expect((await links(unit.id)).coverageHistory).toMatchObject([
      { role: "AFFILIATED", from: "2026-06-01", to: "2026-10-01" },
    ]);
  });
});
