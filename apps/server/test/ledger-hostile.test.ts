/**
 * Hostile input for every ledger write: wrong types, huge strings, negative and overflowing numbers,
 * unknown ids, other counties' ids, SQL and HTML metacharacters, duplicate submissions. Each gets a
 * clear error (a thrown BAD_USER_INPUT or a userError with a message) and leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { LEDGER_TABLES, newUnit, ok, unique, write } from "./support/ledger.js";
import { ALL_TABLES, snapshot } from "./support/snapshot.js";

const OWN = "211281";
const OTHER = "211282";
const TABLES = [...new Set([...ALL_TABLES, ...LEDGER_TABLES])];
const gid = (type: string, key: string | number) => Buffer.from(`${type}:${key}`).toString("base64url");
const HUGE = "党".repeat(100_000);
const SQL = "211281' OR '1'='1' --";
const HTML = "<script>alert('x')</script>";

interface Fixtures {
  ownUnit: string;
  otherUnit: string;
  ownBranch: string;
  otherBranch: string;
  ownLiaison: string;
  otherLiaison: string;
}

type Case = readonly [
  label: string,
  mutation: string,
  input: (f: Fixtures) => unknown,
  expected: string,
  user?: string,
];

const org = (extra: Record<string, unknown> = {}) => ({
  name: unique("恶意输入单位"),
  category: "NON_PUBLIC_ENTERPRISE",
  countyCode: OWN,
  aboveScale: false,
  formalMemberCount: 1,
  ...extra,
});
const branch = (f: Fixtures, extra: Record<string, unknown> = {}) => ({
  name: unique("中共恶意输入支部"),
  formation: "STANDALONE",
  organizationIds: [f.ownUnit],
  foundedOn: "2026-11-01",
  formalMemberCount: 3,
  ...extra,
});
const liaison = (f: Fixtures, extra: Record<string, unknown> = {}) => ({
  name: unique("恶意联络员"),
  kind: "LIAISON",
  countyCode: OWN,
  organizationIds: [f.ownUnit],
  from: "2026-11-01",
  ...extra,
});

/** [label, mutation, input, expected code (thrown or userError), user]. */
const CASES: Case[] = [
  // createOrganization
  [
    "createOrganization: a string for a count",
    "createOrganization",
    () => org({ formalMemberCount: "三" }),
    "BAD_USER_INPUT",
  ],
  ["createOrganization: a huge name", "createOrganization", () => org({ name: HUGE }), "BAD_USER_INPUT"],
  ["createOrganization: a negative count", "createOrganization", () => org({ employeeCount: -5 }), "BAD_USER_INPUT"],
  [
    "createOrganization: an overflowing count",
    "createOrganization",
    () => org({ formalMemberCount: 2 ** 31 }),
    "BAD_USER_INPUT",
  ],
  [
    "createOrganization: a count out of range",
    "createOrganization",
    () => org({ probationaryMemberCount: 99_999_999 }),
    "BAD_USER_INPUT",
  ],
  ["createOrganization: SQL in the county", "createOrganization", () => org({ countyCode: SQL }), "BAD_USER_INPUT"],
  [
    "createOrganization: HTML in the subtype",
    "createOrganization",
    () => org({ subtype: "<b>x</b>" }),
    "INVALID_INPUT",
  ],
  ["createOrganization: an unknown park", "createOrganization", () => org({ parkId: gid("Park", 99999) }), "NOT_FOUND"],
  [
    "createOrganization: a park of another county",
    "createOrganization",
    () => org({ parkId: gid("Park", 1) }),
    "INVALID_INPUT",
  ],
  [
    "createOrganization: another county",
    "createOrganization",
    () => org({ countyCode: OTHER }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  ["createOrganization: an empty name", "createOrganization", () => org({ name: " 　 " }), "INVALID_INPUT"],
  ["createOrganization: a future day", "createOrganization", () => org({ addedOn: "2030-01-01" }), "INVALID_INPUT"],
  ["createOrganization: not a day", "createOrganization", () => org({ addedOn: "2026-02-30" }), "BAD_USER_INPUT"],
  [
    "createOrganization: a malformed credit code",
    "createOrganization",
    () => org({ creditCode: "91-DROP-TABLE" }),
    "INVALID_INPUT",
  ],
  [
    "createOrganization: a credit code already registered",
    "createOrganization",
    () => org({ creditCode: "91211221MAXF1KGF5H" }),
    "CONFLICT",
  ],
  // updateOrganization
  [
    "updateOrganization: an unknown id",
    "updateOrganization",
    () => ({ id: gid("Organization", 999999), employeeCount: 1 }),
    "NOT_FOUND",
  ],
  [
    "updateOrganization: a branch's id",
    "updateOrganization",
    (f) => ({ id: f.ownBranch, employeeCount: 1 }),
    "NOT_FOUND",
  ],
  ["updateOrganization: SQL as the id", "updateOrganization", () => ({ id: SQL, employeeCount: 1 }), "NOT_FOUND"],
  [
    "updateOrganization: a huge id",
    "updateOrganization",
    () => ({ id: "A".repeat(5000), employeeCount: 1 }),
    "BAD_USER_INPUT",
  ],
  [
    "updateOrganization: another county's unit",
    "updateOrganization",
    (f) => ({ id: f.otherUnit, employeeCount: 1 }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  [
    "updateOrganization: a boolean as a count",
    "updateOrganization",
    (f) => ({ id: f.ownUnit, employeeCount: true }),
    "BAD_USER_INPUT",
  ],
  [
    "updateOrganization: a negative count",
    "updateOrganization",
    (f) => ({ id: f.ownUnit, formalMemberCount: -1 }),
    "BAD_USER_INPUT",
  ],
  [
    "updateOrganization: ceasing before entering the ledger",
    "updateOrganization",
    (f) => ({ id: f.ownUnit, ceasedOn: "2019-01-01" }),
    "INVALID_INPUT",
  ],
  [
    "updateOrganization: another unit's name",
    "updateOrganization",
    (f) => ({ id: f.ownUnit, name: "辽宁留德润滑油有限公司" }),
    "CONFLICT",
  ],
  // foundBranch
  [
    "foundBranch: an unknown unit",
    "foundBranch",
    (f) => branch(f, { organizationIds: [gid("Organization", 999999)] }),
    "NOT_FOUND",
  ],
  ["foundBranch: garbage ids", "foundBranch", (f) => branch(f, { organizationIds: [HTML] }), "NOT_FOUND"],
  [
    "foundBranch: another county's unit",
    "foundBranch",
    (f) => branch(f, { organizationIds: [f.otherUnit] }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  ["foundBranch: a wrong enum", "foundBranch", (f) => branch(f, { formation: "DROP TABLE" }), "BAD_USER_INPUT"],
  ["foundBranch: an overflowing count", "foundBranch", (f) => branch(f, { formalMemberCount: 1e12 }), "BAD_USER_INPUT"],
  [
    "foundBranch: too many ids",
    "foundBranch",
    (f) => branch(f, { organizationIds: Array(300).fill(f.ownUnit) }),
    "BAD_USER_INPUT",
  ],
  ["foundBranch: a future day", "foundBranch", (f) => branch(f, { foundedOn: "2099-01-01" }), "INVALID_INPUT"],
  ["foundBranch: a huge name", "foundBranch", (f) => branch(f, { name: HUGE }), "BAD_USER_INPUT"],
  ["foundBranch: a ceased unit", "foundBranch", (f) => branch(f, { organizationIds: ["CEASED"] }), "INVALID_INPUT"],
  // updateBranch
  [
    "updateBranch: an unknown branch",
    "updateBranch",
    () => ({ branchId: gid("Branch", 999999), effectiveOn: "2026-11-01" }),
    "NOT_FOUND",
  ],
  [
    "updateBranch: another county's branch",
    "updateBranch",
    (f) => ({ branchId: f.otherBranch, effectiveOn: "2026-11-01", name: "x" }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  [
    "updateBranch: a day before its founding",
    "updateBranch",
    (f) => ({ branchId: f.ownBranch, effectiveOn: "2000-01-01", name: "x" }),
    "INVALID_INPUT",
  ],
  [
    "updateBranch: a wrong level",
    "updateBranch",
    (f) => ({ branchId: f.ownBranch, effectiveOn: "2026-11-01", level: "KING" }),
    "BAD_USER_INPUT",
  ],
  [
    "updateBranch: a unit of another county",
    "updateBranch",
    (f) => ({ branchId: f.ownBranch, effectiveOn: "2026-11-01", organizationIds: [f.otherUnit] }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  // dissolveBranch
  [
    "dissolveBranch: an unknown branch",
    "dissolveBranch",
    () => ({ branchId: gid("Branch", 999999), dissolvedOn: "2026-11-01", reason: "x" }),
    "NOT_FOUND",
  ],
  [
    "dissolveBranch: another county's branch",
    "dissolveBranch",
    (f) => ({ branchId: f.otherBranch, dissolvedOn: "2026-11-01", reason: "x" }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  [
    "dissolveBranch: a huge reason",
    "dissolveBranch",
    (f) => ({ branchId: f.ownBranch, dissolvedOn: "2026-11-01", reason: HUGE }),
    "BAD_USER_INPUT",
  ],
  [
    "dissolveBranch: a number as the day",
    "dissolveBranch",
    (f) => ({ branchId: f.ownBranch, dissolvedOn: 20261101, reason: "x" }),
    "BAD_USER_INPUT",
  ],
  [
    "dissolveBranch: SQL as the id",
    "dissolveBranch",
    () => ({ branchId: "1; DROP TABLE branch", dissolvedOn: "2026-11-01", reason: "x" }),
    "NOT_FOUND",
  ],
  // dispatchLiaison
  [
    "dispatchLiaison: an unknown kind",
    "dispatchLiaison",
    (f) => liaison(f, { kind: HTML.slice(0, 16) }),
    "INVALID_INPUT",
  ],
  [
    "dispatchLiaison: SQL in the county",
    "dispatchLiaison",
    (f) => liaison(f, { countyCode: "1' OR" }),
    "INVALID_INPUT",
  ],
  ["dispatchLiaison: no units", "dispatchLiaison", (f) => liaison(f, { organizationIds: [] }), "INVALID_INPUT"],
  [
    "dispatchLiaison: a unit twice",
    "dispatchLiaison",
    (f) => liaison(f, { organizationIds: [f.ownUnit, f.ownUnit] }),
    "INVALID_INPUT",
  ],
  [
    "dispatchLiaison: another county",
    "dispatchLiaison",
    (f) => liaison(f, { countyCode: OTHER, organizationIds: [f.otherUnit] }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  ["dispatchLiaison: a huge name", "dispatchLiaison", (f) => liaison(f, { name: HUGE }), "BAD_USER_INPUT"],
  ["dispatchLiaison: a bad phone", "dispatchLiaison", (f) => liaison(f, { phone: "<img src=x>" }), "INVALID_INPUT"],
  [
    "dispatchLiaison: an unknown unit",
    "dispatchLiaison",
    (f) => liaison(f, { organizationIds: [gid("Organization", 999999)] }),
    "NOT_FOUND",
  ],
  // endLiaisonAssignment
  [
    "endLiaisonAssignment: an unknown liaison",
    "endLiaisonAssignment",
    (f) => ({ liaisonId: gid("Liaison", 999999), organizationId: f.ownUnit, to: "2026-11-20" }),
    "NOT_FOUND",
  ],
  [
    "endLiaisonAssignment: a unit it is not assigned to",
    "endLiaisonAssignment",
    (f) => ({ liaisonId: f.ownLiaison, organizationId: f.otherUnit, to: "2026-11-20" }),
    "NOT_FOUND",
  ],
  [
    "endLiaisonAssignment: another county's liaison",
    "endLiaisonAssignment",
    (f) => ({ liaisonId: f.otherLiaison, organizationId: f.otherUnit, to: "2026-11-20" }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  [
    "endLiaisonAssignment: before it began",
    "endLiaisonAssignment",
    (f) => ({ liaisonId: f.ownLiaison, organizationId: f.ownUnit, to: "2026-01-01" }),
    "INVALID_INPUT",
  ],
  // affiliateOrganization (挂靠)
  [
    "affiliateOrganization: SQL as the unit",
    "affiliateOrganization",
    (f) => ({ organizationId: SQL, branchId: f.ownBranch, from: "2026-11-01" }),
    "NOT_FOUND",
  ],
  [
    "affiliateOrganization: an unknown branch",
    "affiliateOrganization",
    (f) => ({ organizationId: f.ownUnit, branchId: gid("Branch", 999999), from: "2026-11-01" }),
    "NOT_FOUND",
  ],
  [
    "affiliateOrganization: a unit that must form its own",
    "affiliateOrganization",
    (f) => ({ organizationId: f.ownUnit, branchId: f.ownBranch, from: "2026-11-01" }),
    "FORMATION_RULE",
  ],
  [
    "affiliateOrganization: another county's branch",
    "affiliateOrganization",
    (f) => ({ organizationId: f.ownUnit, branchId: f.otherBranch, from: "2026-11-01" }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  [
    "affiliateOrganization: a day in the future",
    "affiliateOrganization",
    (f) => ({ organizationId: f.ownUnit, branchId: f.ownBranch, from: "2026-12-01" }),
    "INVALID_INPUT",
  ],
  [
    "affiliateOrganization: a day that does not exist",
    "affiliateOrganization",
    (f) => ({ organizationId: f.ownUnit, branchId: f.ownBranch, from: "2026-02-30" }),
    "BAD_USER_INPUT",
  ],
  [
    "affiliateOrganization: a huge id",
    "affiliateOrganization",
    (f) => ({ organizationId: HUGE, branchId: f.ownBranch, from: "2026-11-01" }),
    "BAD_USER_INPUT",
  ],
  // endAffiliation
  [
    "endAffiliation: a unit not affiliated",
    "endAffiliation",
    (f) => ({ organizationId: f.ownUnit, branchId: f.ownBranch, to: "2026-11-20" }),
    "NOT_FOUND",
  ],
  [
    "endAffiliation: HTML as the branch",
    "endAffiliation",
    (f) => ({ organizationId: f.ownUnit, branchId: HTML, to: "2026-11-20" }),
    "NOT_FOUND",
  ],
  [
    "endAffiliation: another county's unit",
    "endAffiliation",
    (f) => ({ organizationId: f.otherUnit, branchId: f.otherBranch, to: "2026-11-20" }),
    "OUT_OF_SCOPE",
    `county-${OWN}`,
  ],
  [
    "endLiaisonAssignment: an int as the id",
    "endLiaisonAssignment",
    (f) => ({ liaisonId: f.ownLiaison, organizationId: 12, to: "2026-11-20" }),
    "NOT_FOUND",
  ],
];

describe.each(backends())("hostile input to the ledger's writes on %s", (backend) => {
  let server: TestServer;
  let f: Fixtures;
  let ceased: string;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "hostile" });
    const ownUnit = (await newUnit(server, OWN, 3)).id;
    const otherUnit = (await newUnit(server, OTHER, 3)).id;
    const found = async (unit: string) =>
      (
        await ok<{ id: string }>(server, "foundBranch", {
          name: unique("中共夹具支部"),
          formation: "STANDALONE",
          organizationIds: [unit],
          foundedOn: "2026-10-01",
          formalMemberCount: 3,
        })
      ).id;
    const dispatch = async (unit: string, county: string) =>
      (
        await ok<{ id: string }>(server, "dispatchLiaison", {
          name: unique("夹具联络员"),
          kind: "LIAISON",
          countyCode: county,
          organizationIds: [unit],
          from: "2026-10-01",
        })
      ).id;
    const spare = (await newUnit(server, OWN, 3)).id;
    const otherSpare = (await newUnit(server, OTHER, 3)).id;
    f = {
      ownUnit,
      otherUnit,
      ownBranch: await found(spare),
      otherBranch: await found(otherSpare),
      ownLiaison: await dispatch(ownUnit, OWN),
      otherLiaison: await dispatch(otherUnit, OTHER),
    };
    ceased = (await newUnit(server, OWN, 3)).id;
    await ok(server, "updateOrganization", { id: ceased, ceasedOn: "2026-06-01" });
  });
  afterAll(async () => server?.stop());

  it.each(CASES.map((c) => [c[0], c] as const))("%s", async (_, [, mutation, input, expected, user]) => {
    let payload = input(f);
    if (mutation === "foundBranch" && JSON.stringify(payload).includes("CEASED")) {
      payload = { ...(payload as object), organizationIds: [ceased] };
    }
    const before = await snapshot(server, TABLES);
    const r = await write(server, mutation, payload, user);
    if (expected === "BAD_USER_INPUT") {
      expect(r.errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(r.errors[0]?.message.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.errors)).not.toMatch(/SELECT|INSERT|sqlite|mysql|at \//i);
    } else {
      expect(r.errors).toEqual([]);
      expect(r.value).toBeNull();
      expect(r.userErrors[0]?.code).toBe(expected);
      expect(r.userErrors[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await snapshot(server, TABLES)).toEqual(before);
  });

  it("stores SQL and HTML metacharacters in a name as text, touching nothing else", async () => {
    const name = `${HTML}'); DROP TABLE organization; --`;
    const before = await snapshot(server, ["branch", "coverage_link", "liaison", "app_user"]);
    const created = await ok<{ id: string; name: string }>(server, "createOrganization", org({ name }));
    expect(created.name).toBe(name);
    const d = await server.query<{ organizations: { nodes: { name: string }[] } }>(
      "query($n: String!) { organizations(filter: {nameContains: $n}) { nodes { name } } }",
      { n: "DROP TABLE" },
    );
    expect(d.organizations.nodes.map((n) => n.name)).toEqual([name]);
    expect(await snapshot(server, ["branch", "coverage_link", "liaison", "app_user"])).toEqual(before);
  });

  describe("duplicate submissions", () => {
    it.each([
      ["createOrganization", () => org({ name: "重复提交测试单位" }), "CONFLICT"],
      ["dispatchLiaison", (fx: Fixtures) => liaison(fx, { name: "重复提交联络员" }), "CONFLICT"],
    ] as const)("%s twice: the second is refused, nothing more written", async (mutation, input, code) => {
      const payload = input(f);
      await ok(server, mutation, payload);
      const before = await snapshot(server, TABLES);
      const again = await write(server, mutation, payload);
      expect(again.userErrors[0]?.code).toBe(code);
      expect(await snapshot(server, TABLES)).toEqual(before);
    });

    it("foundBranch, dissolveBranch and endLiaisonAssignment twice: refused the second time", async () => {
      const unit = (await newUnit(server, OWN, 3)).id;
      const input = branch(f, { organizationIds: [unit] });
      const b = await ok<{ id: string }>(server, "foundBranch", input);
      let before = await snapshot(server, TABLES);
      expect((await write(server, "foundBranch", input)).userErrors[0]?.code).toBe("CONFLICT");
      expect(await snapshot(server, TABLES)).toEqual(before);

      const dissolve = { branchId: b.id, dissolvedOn: "2026-11-20", reason: "重复提交" };
      await ok(server, "dissolveBranch", dissolve);
      before = await snapshot(server, TABLES);
      expect((await write(server, "dissolveBranch", dissolve)).userErrors[0]?.code).toBe("INVALID_TRANSITION");
      expect(await snapshot(server, TABLES)).toEqual(before);

      const li = (await ok<{ id: string }>(server, "dispatchLiaison", liaison(f, { organizationIds: [unit] }))).id;
      const end = { liaisonId: li, organizationId: unit, to: "2026-11-20" };
      await ok(server, "endLiaisonAssignment", end);
      before = await snapshot(server, TABLES);
      expect((await write(server, "endLiaisonAssignment", end)).userErrors[0]?.code).toBe("INVALID_TRANSITION");
      expect(await snapshot(server, TABLES)).toEqual(before);
    });

    it("updateOrganization and updateBranch twice: the second changes nothing and records nothing", async () => {
      const u = { id: f.ownUnit, employeeCount: 77 };
      await ok(server, "updateOrganization", u);
      let before = await snapshot(server, TABLES);
      expect((await write(server, "updateOrganization", u)).userErrors).toEqual([]);
      expect(await snapshot(server, TABLES)).toEqual(before);
      const b = { branchId: f.ownBranch, effectiveOn: "2026-11-10", secretaryName: "赵书记" };
      await ok(server, "updateBranch", b);
      before = await snapshot(server, TABLES);
      expect((await write(server, "updateBranch", b)).userErrors).toEqual([]);
      expect(await snapshot(server, TABLES)).toEqual(before);
    });
  });

  it("refuses every write to the reviewer and viewers (FORBIDDEN) and to anonymous callers", async () => {
    const before = await snapshot(server, TABLES);
    for (const user of ["reviewer", "viewer"]) {
      const r = await write(server, "createOrganization", org(), user);
      expect(r.errors[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const anon = await server.gql(
      "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { userErrors { code } } }",
      { i: org() },
    );
    expect(anon.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await snapshot(server, TABLES)).toEqual(before);
  });
});
