/**
 * The kept coverage aggregates (coverage_delta) against the reference scan, on both back ends:
 * random sequences of ledger writes through the API — back-dated units, branches founded, changed,
 * upgraded and dissolved, units affiliated (挂靠) and released, liaisons dispatched and ended, units ceasing or losing eligibility, Excel
 * imports, units placed in industrial parks and moved between them — then every figure for every cell
 * (city, counties, parks, categories, above-scale) at random dates,
 * compared with the scan, and every stored delta with a recomputation from the ledger. Also: a
 * corrupted delta is reported by verify and repaired by rebuild.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEDGER_COLUMNS } from "../src/http/ledger-sheet.js";
import { rebuildAggregates } from "../src/service/aggregates.js";
import { verifyAggregates } from "../src/service/aggregates-check.js";
import { Db } from "../src/service/db.js";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { unique, write } from "./support/ledger.js";

const COUNTIES = ["211281", "211282"] as const;
const BASE = Date.UTC(2021, 0, 1);
const dayOf = (n: number) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10);

const pick = fc.nat({ max: 1000 });
const op = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("create" as const),
      county: fc.constantFrom(...COUNTIES),
      category: fc.constantFrom("NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION"),
      aboveScale: fc.boolean(),
      eligible: fc.boolean(),
      members: fc.nat({ max: 5 }),
      day: fc.nat({ max: 300 }),
      park: fc.option(pick, { nil: undefined }),
    }),
  },
  fc.record({
    kind: fc.constant("movePark" as const),
    unit: pick,
    // undefined: out of any park.
    park: fc.option(pick, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("update" as const),
    unit: pick,
    eligible: fc.option(fc.boolean(), { nil: undefined }),
    aboveScale: fc.option(fc.boolean(), { nil: undefined }),
    ceased: fc.option(fc.integer({ min: 300, max: 900 }), { nil: undefined }),
    effective: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("found" as const),
    units: fc.array(pick, { minLength: 1, maxLength: 3 }),
    formation: fc.constantFrom("STANDALONE", "JOINT", "REGIONAL", "INDUSTRY"),
    members: fc.integer({ min: 3, max: 8 }),
    day: fc.integer({ min: 100, max: 700 }),
  }),
  fc.record({
    kind: fc.constant("changeBranch" as const),
    branch: pick,
    units: fc.option(fc.array(pick, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    level: fc.option(fc.constantFrom("BRANCH", "GENERAL_BRANCH"), { nil: undefined }),
    day: fc.integer({ min: 200, max: 800 }),
  }),
  fc.record({ kind: fc.constant("dissolve" as const), branch: pick, day: fc.integer({ min: 200, max: 900 }) }),
  fc.record({
    kind: fc.constant("dispatch" as const),
    units: fc.array(pick, { minLength: 1, maxLength: 3 }),
    day: fc.integer({ min: 100, max: 700 }),
  }),
  fc.record({
    kind: fc.constant("endAssignment" as const),
    liaison: pick,
    unit: pick,
    day: fc.integer({ min: 200, max: 900 }),
  }),
  fc.record({
    kind: fc.constant("affiliate" as const),
    unit: pick,
    branch: pick,
    day: fc.integer({ min: 100, max: 800 }),
    end: fc.option(fc.integer({ min: 200, max: 900 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("import" as const),
    unit: pick,
    eligible: fc.boolean(),
    ceased: fc.option(fc.integer({ min: 300, max: 900 }), { nil: undefined }),
    newDay: fc.nat({ max: 600 }),
    park: fc.option(pick, { nil: undefined }),
  }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface Unit {
  id: string;
  name: string;
  county: string;
  category: string;
  members: number;
  park: string | null;
}

interface ParkRef {
  id: string;
  name: string;
  county: string;
}

describe.each(backends())("kept coverage aggregates on %s", (backend) => {
  let server: TestServer;
  let db: Db;
  const units: Unit[] = [];
  const branches: { id: string; county: string }[] = [];
  const liaisons: { id: string; units: string[] }[] = [];
  const parks: ParkRef[] = [];
  let imports = 0;
  let parkMoves = 0;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "aggregates" });
    db = new Db(server.app.dataSource);
    // Two parks in each county, so units can move between parks of their county.
    for (const county of COUNTIES)
      for (const n of [1, 2]) {
        const name = unique(`汇总测试园区${n}`);
        const r = await server.query<{ createPark: { park: { id: string } | null } }>(
          "mutation($i: CreateParkInput!) { createPark(input: $i) { park { id } userErrors { code message } } }",
          { i: { countyCode: county, name } },
        );
        const id = r.createPark.park?.id;
        if (!id) throw new Error("createPark failed");
        parks.push({ id, name, county });
      }
  });
  /** A park of the county, or none. */
  const parkOf = (county: string, index: number | undefined): ParkRef | null => {
    if (index === undefined) return null;
    const own = parks.filter((p) => p.county === county);
    return own[index % own.length] ?? null;
  };
  afterAll(async () => server?.stop());

  const sameCounty = (indices: number[], county?: string): Unit[] => {
    if (units.length === 0) return [];
    const first = units[(indices[0] as number) % units.length] as Unit;
    const c = county ?? first.county;
    const list = indices.map((i) => units[i % units.length] as Unit).filter((u) => u.county === c);
    return [...new Map(list.map((u) => [u.id, u])).values()];
  };

  async function importRows(rows: Record<string, unknown>[]): Promise<void> {
    const headers = LEDGER_COLUMNS.map((c) => c.header);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("单位台账");
    sheet.addRow(headers);
    for (const r of rows) sheet.addRow(headers.map((h) => r[h] ?? null));
    const form = new FormData();
    form.append("file", new Blob([Buffer.from(await wb.xlsx.writeBuffer())]), "台账.xlsx");
    const res = await fetch(`${server.url}/import/organizations`, {
      method: "POST",
      body: form,
      headers: { authorization: `Bearer ${await server.login("city-admin")}` },
    });
    // 422: a row refused, nothing written (also a case the aggregates must survive).
    expect([200, 422]).toContain(res.status);
    if (res.status === 200) imports += 1;
  }

  async function apply(o: Op): Promise<void> {
    switch (o.kind) {
      case "create": {
        const park = parkOf(o.county, o.park);
        const r = await write<{ id: string; name: string }>(server, "createOrganization", {
          ...(park ? { parkId: park.id } : {}),
          name: unique("汇总测试单位"),
          category: o.category,
          countyCode: o.county,
          aboveScale: o.category === "NON_PUBLIC_ENTERPRISE" && o.aboveScale,
          eligible: o.eligible,
          formalMemberCount: o.members,
          addedOn: dayOf(o.day),
        });
        if (r.value)
          units.push({
            id: r.value.id,
            name: r.value.name,
            county: o.county,
            category: o.category,
            members: o.members,
            park: park?.id ?? null,
          });
        return;
      }
      case "movePark": {
        const u = units[o.unit % Math.max(units.length, 1)];
        if (!u) return;
        const park = parkOf(u.county, o.park);
        // An empty string takes the unit out of its park.
        const r = await write(server, "updateOrganization", { id: u.id, parkId: park?.id ?? "" });
        if (r.value && (park?.id ?? null) !== u.park) parkMoves += 1;
        if (r.value) u.park = park?.id ?? null;
        return;
      }
      case "update": {
        const u = units[o.unit % Math.max(units.length, 1)];
        if (!u) return;
        await write(server, "updateOrganization", {
          id: u.id,
          ...(o.eligible === undefined ? {} : { eligible: o.eligible }),
          ...(o.aboveScale === undefined || u.category !== "NON_PUBLIC_ENTERPRISE" ? {} : { aboveScale: o.aboveScale }),
          ...(o.ceased === undefined ? {} : { ceasedOn: dayOf(o.ceased) }),
          // Eligibility and above-scale changes dated in the past (dated eligibility).
          ...(o.effective === undefined ? {} : { effectiveOn: dayOf(o.effective) }),
        });
        return;
      }
      case "found": {
        const list = sameCounty(o.units);
        if (list.length === 0) return;
        const r = await write<{ id: string }>(server, "foundBranch", {
          name: unique("汇总测试支部"),
          formation: o.formation,
          foundedOn: dayOf(o.day),
          formalMemberCount: o.members,
          organizationIds: (o.formation === "STANDALONE" ? list.slice(0, 1) : list).map((u) => u.id),
        });
        if (r.value) branches.push({ id: r.value.id, county: (list[0] as Unit).county });
        return;
      }
      case "changeBranch": {
        const b = branches[o.branch % Math.max(branches.length, 1)];
        if (!b) return;
        const list = o.units ? sameCounty(o.units, b.county) : null;
        await write(server, "updateBranch", {
          branchId: b.id,
          effectiveOn: dayOf(o.day),
          ...(list && list.length > 0 ? { organizationIds: list.map((u) => u.id) } : {}),
          ...(o.level ? { level: o.level } : {}),
        });
        return;
      }
      case "dissolve": {
        const b = branches[o.branch % Math.max(branches.length, 1)];
        if (!b) return;
        await write(server, "dissolveBranch", { branchId: b.id, dissolvedOn: dayOf(o.day), reason: "测试撤销" });
        return;
      }
      case "dispatch": {
        const list = sameCounty(o.units);
        if (list.length === 0) return;
        const r = await write<{ id: string }>(server, "dispatchLiaison", {
          countyCode: (list[0] as Unit).county,
          kind: "LIAISON",
          name: unique("联络员"),
          from: dayOf(o.day),
          organizationIds: list.map((u) => u.id),
        });
        if (r.value) liaisons.push({ id: r.value.id, units: list.map((u) => u.id) });
        return;
      }
      case "endAssignment": {
        const l = liaisons[o.liaison % Math.max(liaisons.length, 1)];
        if (!l) return;
        await write(server, "endLiaisonAssignment", {
          liaisonId: l.id,
          organizationId: l.units[o.unit % l.units.length],
          to: dayOf(o.day),
        });
        return;
      }
      case "affiliate": {
        const u = units[o.unit % Math.max(units.length, 1)];
        const b = branches[o.branch % Math.max(branches.length, 1)];
        if (!u || !b) return;
        await write(server, "affiliateOrganization", { organizationId: u.id, branchId: b.id, from: dayOf(o.day) });
        if (o.end !== undefined) {
          await write(server, "endAffiliation", { organizationId: u.id, branchId: b.id, to: dayOf(o.end) });
        }
        return;
      }
      case "import": {
        const u = units[o.unit % Math.max(units.length, 1)];
        const rows: Record<string, unknown>[] = [
          {
            单位名称: unique("汇总导入单位"),
            单位类别: "非公有制经济组织",
            "所属县（市）区": "调兵山市",
            正式党员数: 1,
            纳入台账日期: dayOf(o.newDay),
          },
        ];
        if (u) {
          const park = parkOf(u.county, o.park);
          rows.push({
            所在园区: park?.name ?? null,
            单位名称: u.name,
            单位类别: u.category === "NON_PUBLIC_ENTERPRISE" ? "非公有制经济组织" : "新社会组织",
            "所属县（市）区": u.county,
            正式党员数: u.members,
            具备党建工作条件: o.eligible ? "是" : "否",
            ...(o.ceased === undefined ? {} : { 停止经营日期: dayOf(o.ceased) }),
          });
        }
        await importRows(rows);
        // What the unit's park is now (an import that was refused changed nothing).
        if (u) {
          const r = await server.query<{ node: { park: { id: string } | null } | null }>(
            "query($id: ID!) { node(id: $id) { ... on Organization { park { id } } } }",
            { id: u.id },
          );
          const now = r.node?.park?.id ?? null;
          if (now !== u.park) parkMoves += 1;
          u.park = now;
        }
        return;
      }
    }
  }

  it("after random sequences of ledger writes, every figure of every cell equals the scan's", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 4, maxLength: 10 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 2, maxLength: 3 }),
        async (ops, days) => {
          for (const o of ops) await apply(o);
          const differences = await verifyAggregates(db, { dates: days.map(dayOf) });
          expect(differences).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
    // The sequences did write: units, branches and liaisons exist.
    expect(units.length).toBeGreaterThan(0);
    expect(branches.length).toBeGreaterThan(0);
    expect(liaisons.length).toBeGreaterThan(0);
    expect(imports).toBeGreaterThan(0);
    expect(parkMoves).toBeGreaterThan(0);
    expect(units.some((u) => u.park !== null)).toBe(true);
  }, 240_000);

  it("verify reports a corrupted delta; rebuild repairs it", async () => {
    const dates = ["2022-12-31", "2023-05-31"];
    expect(await verifyAggregates(db, { dates })).toEqual([]);
    await server.app.dataSource.query(
      `UPDATE coverage_delta SET eligible = eligible + 1, liaisons = liaisons - 1
       WHERE county = '211281' AND category = '*' AND above_scale = 0
         AND day = (SELECT MIN(day) FROM (SELECT day FROM coverage_delta WHERE county = '211281') t)`,
    );
    const found = await verifyAggregates(db, { dates });
    expect(
      found.some(
        (d) => d.kind === "scan" && d.figure === "units.eligible" && d.where.startsWith("211281/all/all units"),
      ),
    ).toBe(true);
    expect(found.some((d) => d.kind === "row" && d.figure === "liaisons")).toBe(true);
    await db.transaction((tx) => rebuildAggregates(tx, db.isMysql));
    expect(await verifyAggregates(db, { dates })).toEqual([]);
  }, 120_000);

  it("migration 1795737600950: down drops the park cells, up (a database without them) rebuilds them", async () => {
    const ds = server.app.dataSource;
    const parkRows = async () =>
      Number((await ds.query("SELECT COUNT(*) AS n FROM coverage_delta WHERE county LIKE 'P%'"))[0]?.n ?? 0);
    expect(await parkRows()).toBeGreaterThan(0);
    await ds.undoLastMigration({ transaction: "each" });
    expect(await parkRows()).toBe(0);
    // Without park cells the park figures are wrong, and verify says so.
    expect((await verifyAggregates(db, { dates: ["2023-05-31"] })).some((d) => d.where.startsWith("park "))).toBe(true);
    await ds.runMigrations({ transaction: "each" });
    expect(await parkRows()).toBeGreaterThan(0);
    expect(await verifyAggregates(db, { dates: ["2022-12-31", "2023-05-31"] })).toEqual([]);
  }, 120_000);
});
