/**
 * Matrix cases of the ledger writes (issue: the ledger): WRITE_LEDGER is the city admin's anywhere
 * and a county admin's in its own county (OUT_OF_SCOPE elsewhere); the reviewer and viewers never
 * write. Every cell prepares fresh data as the city admin, so each cell's write can succeed on its own.
 */
import { countyWrite, type MatrixCase, type MatrixHelpers } from "./types.js";

type Payload<K extends string> = Record<K, { [key: string]: { id: string } | null } & { userErrors: unknown[] }>;

/** A new unit of the county with `members` formal members, created by the city admin. */
export async function freshUnit(h: MatrixHelpers, countyCode: string, members: number): Promise<string> {
  const d = await h.asCityAdmin<Payload<"createOrganization">>(
    "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } userErrors { message } } }",
    {
      i: {
        name: h.unique("矩阵测试单位"),
        category: "NON_PUBLIC_ENTERPRISE",
        countyCode,
        aboveScale: false,
        formalMemberCount: members,
        addedOn: "2020-01-01",
      },
    },
  );
  const id = d.createOrganization.organization?.id;
  if (!id) throw new Error(`setup: ${JSON.stringify(d)}`);
  return id;
}

/** A new standalone branch of a new unit of the county, founded by the city admin. */
async function freshBranch(h: MatrixHelpers, countyCode: string): Promise<string> {
  const unit = await freshUnit(h, countyCode, 3);
  const d = await h.asCityAdmin<Payload<"foundBranch">>(
    "mutation($i: FoundBranchInput!) { foundBranch(input: $i) { branch { id } userErrors { message } } }",
    {
      i: {
        name: h.unique("中共矩阵测试支部"),
        formation: "STANDALONE",
        organizationIds: [unit],
        foundedOn: "2026-10-01",
        formalMemberCount: 3,
      },
    },
  );
  const id = d.foundBranch.branch?.id;
  if (!id) throw new Error(`setup: ${JSON.stringify(d)}`);
  return id;
}

export const LEDGER_CASES: MatrixCase[] = [
  {
    field: "createOrganization",
    kind: "mutation",
    request: (t, h) => ({
      query: "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          name: h.unique("矩阵测试单位"),
          category: "NON_PUBLIC_ENTERPRISE",
          countyCode: h.countyOf(t),
          aboveScale: false,
          formalMemberCount: 0,
        },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "updateOrganization",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { userErrors { code } } }",
      variables: { i: { id: await freshUnit(h, h.countyOf(t), 0), employeeCount: 12 } },
    }),
    expect: countyWrite(),
  },
  {
    field: "foundBranch",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: FoundBranchInput!) { foundBranch(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          name: h.unique("中共测试支部"),
          formation: "STANDALONE",
          organizationIds: [await freshUnit(h, h.countyOf(t), 3)],
          foundedOn: "2026-11-01",
          formalMemberCount: 3,
        },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "updateBranch",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: UpdateBranchInput!) { updateBranch(input: $i) { userErrors { code } } }",
      variables: {
        i: { branchId: await freshBranch(h, h.countyOf(t)), effectiveOn: "2026-11-01", secretaryName: "矩阵书记" },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "dissolveBranch",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: DissolveBranchInput!) { dissolveBranch(input: $i) { userErrors { code } } }",
      variables: {
        i: { branchId: await freshBranch(h, h.countyOf(t)), dissolvedOn: "2026-11-01", reason: "矩阵测试" },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "dispatchLiaison",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: DispatchLiaisonInput!) { dispatchLiaison(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          name: h.unique("联络员"),
          kind: "LIAISON",
          countyCode: h.countyOf(t),
          organizationIds: [await freshUnit(h, h.countyOf(t), 0)],
          from: "2026-11-01",
        },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "endLiaisonAssignment",
    kind: "mutation",
    request: async (t, h) => {
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
      return {
        query: "mutation($i: EndLiaisonAssignmentInput!) { endLiaisonAssignment(input: $i) { userErrors { code } } }",
        variables: { i: { liaisonId: d.dispatchLiaison.liaison?.id, organizationId: unit, to: "2026-11-01" } },
      };
    },
    expect: countyWrite(),
  },
  {
    field: "affiliateOrganization",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: AffiliateOrganizationInput!) { affiliateOrganization(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          organizationId: await freshUnit(h, h.countyOf(t), 1),
          branchId: await freshBranch(h, h.countyOf(t)),
          from: "2026-11-01",
        },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "endAffiliation",
    kind: "mutation",
    request: async (t, h) => {
      const organizationId = await freshUnit(h, h.countyOf(t), 1);
      const branchId = await freshBranch(h, h.countyOf(t));
      const d = await h.asCityAdmin<Payload<"affiliateOrganization">>(
        "mutation($i: AffiliateOrganizationInput!) { affiliateOrganization(input: $i) { organization { id } userErrors { message } } }",
        { i: { organizationId, branchId, from: "2026-10-15" } },
      );
      if (!d.affiliateOrganization.organization) throw new Error(`setup: ${JSON.stringify(d)}`);
      return {
        query: "mutation($i: EndAffiliationInput!) { endAffiliation(input: $i) { userErrors { code } } }",
        variables: { i: { organizationId, branchId, to: "2026-11-01" } },
      };
    },
    expect: countyWrite(),
  },
];
