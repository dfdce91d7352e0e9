/**
 * Matrix cases of issue 15: 机构与人员 (leaders, 组织部长, parks: MANAGE_DIRECTORY, the city admin
 * anywhere, a county admin in its own county), the first start (anonymous setup, refused once users
 * exist), the audit trail's search choices, the 五有 rate, and liaisons' work targets (WRITE_LEDGER).
 */
import { freshUnit } from "./cases-ledger.js";
import { all, countyRead, countyWrite, type MatrixCase, type MatrixHelpers, type Target } from "./types.js";

type Payload<K extends string> = Record<K, { [key: string]: { id: string } | null } & { userErrors: unknown[] }>;

/** A county leader of the target county, created by the city admin. */
async function freshLeader(h: MatrixHelpers, t: Target): Promise<string> {
  const d = await h.asCityAdmin<Payload<"createLeader">>(
    "mutation($i: CreateLeaderInput!) { createLeader(input: $i) { leader { id } userErrors { message } } }",
    {
      i: {
        level: "COUNTY",
        countyCode: h.countyOf(t),
        name: "矩阵",
        title: h.unique("副县长"),
        termStart: "2020-01-01",
      },
    },
  );
  const id = d.createLeader.leader?.id;
  if (!id) throw new Error(`setup: ${JSON.stringify(d)}`);
  return id;
}

async function freshPark(h: MatrixHelpers, t: Target): Promise<string> {
  const d = await h.asCityAdmin<Payload<"createPark">>(
    "mutation($i: CreateParkInput!) { createPark(input: $i) { park { id } userErrors { message } } }",
    { i: { countyCode: h.countyOf(t), name: h.unique("矩阵园区") } },
  );
  const id = d.createPark.park?.id;
  if (!id) throw new Error(`setup: ${JSON.stringify(d)}`);
  return id;
}

/** A new unit of the target county with a liaison dispatched to it, by the city admin. */
async function dispatched(h: MatrixHelpers, t: Target): Promise<{ unit: string; liaison: string }> {
  const unit = await freshUnit(h, h.countyOf(t), 0);
  const d = await h.asCityAdmin<Payload<"dispatchLiaison">>(
    "mutation($i: DispatchLiaisonInput!) { dispatchLiaison(input: $i) { liaison { id } userErrors { message } } }",
    {
      i: {
        name: h.unique("联络员"),
        kind: "LIAISON",
        countyCode: h.countyOf(t),
        organizationIds: [unit],
        from: "2026-10-01",
      },
    },
  );
  const liaison = d.dispatchLiaison.liaison?.id;
  if (!liaison) throw new Error(`setup: ${JSON.stringify(d)}`);
  return { unit, liaison };
}

const cityReads = {
  CITY_ADMIN: "OK",
  REVIEWER: "OK",
  COUNTY_ADMIN: "FORBIDDEN",
  VIEWER: "FORBIDDEN",
  COUNTY_VIEWER: "FORBIDDEN",
} as const;

export const DIRECTORY_CASES: MatrixCase[] = [
  {
    field: "parks",
    kind: "query",
    request: (t, h) => ({
      query: "query($c: String) { parks(countyCode: $c) { name } }",
      variables: { c: h.countyOf(t) },
    }),
    expect: all("OK"),
  },
  {
    field: "createLeader",
    kind: "mutation",
    request: (t, h) => ({
      query: "mutation($i: CreateLeaderInput!) { createLeader(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          level: "COUNTY",
          countyCode: h.countyOf(t),
          name: "矩阵",
          title: h.unique("副县长"),
          termStart: "2024-01-01",
        },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "updateLeader",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: UpdateLeaderInput!) { updateLeader(input: $i) { userErrors { code } } }",
      variables: { i: { leaderId: await freshLeader(h, t), phone: "024-12345678" } },
    }),
    expect: countyWrite(),
  },
  {
    field: "endLeaderTerm",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: EndLeaderTermInput!) { endLeaderTerm(input: $i) { userErrors { code } } }",
      variables: { i: { leaderId: await freshLeader(h, t), termEnd: "2026-01-01" } },
    }),
    expect: countyWrite(),
  },
  {
    field: "createPark",
    kind: "mutation",
    request: (t, h) => ({
      query: "mutation($i: CreateParkInput!) { createPark(input: $i) { userErrors { code } } }",
      variables: { i: { countyCode: h.countyOf(t), name: h.unique("矩阵园区"), workCommitteeName: "矩阵园区党工委" } },
    }),
    expect: countyWrite(),
  },
  {
    field: "updatePark",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: UpdateParkInput!) { updatePark(input: $i) { userErrors { code } } }",
      variables: { i: { parkId: await freshPark(h, t), workCommitteeSecretary: "赵刚" } },
    }),
    expect: countyWrite(),
  },
  {
    field: "setupRequired",
    kind: "query",
    request: () => ({ query: "{ setupRequired }" }),
    expect: all("OK"),
  },
  {
    field: "setupFirstAdmin",
    kind: "mutation",
    // Users exist: refused for everyone, whatever the code.
    request: () => ({
      query:
        'mutation { setupFirstAdmin(input: {setupCode: "AAAA-BBBB-CCCC-DDDD-EEEE", username: "first-admin", password: "First-Passw0rd"}) { userErrors { code } } }',
    }),
    expect: all("USER_ERROR:INVALID_TRANSITION"),
  },
  {
    field: "auditLogFacets",
    kind: "query",
    request: () => ({ query: "{ auditLogFacets { operations entityTypes } }" }),
    expect: cityReads,
  },
  {
    field: "fiveHavesRate",
    kind: "query",
    request: () => ({
      query: "{ fiveHavesRate(year: 2026) { city { assessed rate { percent } } counties { county { code } } } }",
    }),
    expect: all("OK"),
  },
  {
    field: "liaisonWorkTargets",
    kind: "query",
    request: (t, h) => ({
      query: "query($c: String) { liaisonWorkTargets(countyCode: $c, status: OVERDUE) { totalCount } }",
      variables: { c: h.countyOf(t) },
    }),
    expect: countyRead(),
  },
  {
    field: "recordLiaisonWorkTarget",
    kind: "mutation",
    request: async (t, h) => {
      const { unit, liaison } = await dispatched(h, t);
      return {
        query:
          "mutation($i: RecordLiaisonWorkTargetInput!) { recordLiaisonWorkTarget(input: $i) { userErrors { code } } }",
        variables: {
          i: { organizationId: unit, liaisonId: liaison, description: "年底前建立党支部", dueOn: "2026-12-31" },
        },
      };
    },
    expect: countyWrite(),
  },
  {
    field: "completeLiaisonWorkTarget",
    kind: "mutation",
    request: async (t, h) => {
      const { unit, liaison } = await dispatched(h, t);
      const d = await h.asCityAdmin<Payload<"recordLiaisonWorkTarget">>(
        "mutation($i: RecordLiaisonWorkTargetInput!) { recordLiaisonWorkTarget(input: $i) { workTarget { id } userErrors { message } } }",
        { i: { organizationId: unit, liaisonId: liaison, description: "年底前建立党支部", dueOn: "2026-12-31" } },
      );
      return {
        query:
          "mutation($i: CompleteLiaisonWorkTargetInput!) { completeLiaisonWorkTarget(input: $i) { userErrors { code } } }",
        variables: { i: { workTargetId: d.recordLiaisonWorkTarget.workTarget?.id } },
      };
    },
    expect: countyWrite(),
  },
];
