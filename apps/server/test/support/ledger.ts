/**
 * Helpers for the ledger's tests: GraphQL writes as a given user, fresh units, figures as of a day.
 */
import type { TestServer } from "./harness.js";

export interface Problem {
  code: string;
  message: string;
  field: string[] | null;
}

export interface WriteResult<T> {
  value: T | null;
  userErrors: Problem[];
  warnings: Problem[];
  /** Thrown GraphQL errors (auth, input validation). */
  errors: { message: string; extensions?: { code?: string; field?: string[] } }[];
}

const SELECTIONS: Record<string, string> = {
  createOrganization: "organization { id name creditCode formalMemberCount ceasedOn county { code } }",
  updateOrganization: "organization { id name creditCode formalMemberCount employeeCount industry ceasedOn }",
  foundBranch: "branch { id name level formation foundedOn formalMemberCount organizations { id } }",
  updateBranch: "branch { id name level formalMemberCount organizations { id } }",
  dissolveBranch: "branch { id dissolvedOn }",
  dispatchLiaison: "liaison { id name kind county { code } }",
  endLiaisonAssignment: "liaison { id name }",
  affiliateOrganization: "organization { id name branchLinks { role from to branch { id name } } }",
  endAffiliation: "organization { id name branchLinks { role from to branch { id name } } }",
};
const INPUT_TYPES: Record<string, string> = {
  createOrganization: "CreateOrganizationInput",
  updateOrganization: "UpdateOrganizationInput",
  foundBranch: "FoundBranchInput",
  updateBranch: "UpdateBranchInput",
  dissolveBranch: "DissolveBranchInput",
  dispatchLiaison: "DispatchLiaisonInput",
  endLiaisonAssignment: "EndLiaisonAssignmentInput",
  affiliateOrganization: "AffiliateOrganizationInput",
  endAffiliation: "EndAffiliationInput",
};
const HAS_WARNINGS = new Set(Object.keys(SELECTIONS));

/** Runs one of the ledger mutations and returns its payload, userErrors, warnings and thrown errors. */
export async function write<T = Record<string, unknown>>(
  server: TestServer,
  mutation: string,
  input: unknown,
  username = "city-admin",
): Promise<WriteResult<T>> {
  const selection = SELECTIONS[mutation] as string;
  const key = selection.split(" ")[0] as string;
  const query = `mutation($i: ${INPUT_TYPES[mutation]}!) { ${mutation}(input: $i) { ${selection}
    userErrors { code message field } ${HAS_WARNINGS.has(mutation) ? "warnings { code message field }" : ""} } }`;
  const r = await server.gql<Record<string, Record<string, unknown>>>(
    query,
    { i: input },
    await server.login(username),
  );
  const p = r.body.data?.[mutation];
  return {
    value: (p?.[key] as T | null) ?? null,
    userErrors: (p?.userErrors as Problem[]) ?? [],
    warnings: (p?.warnings as Problem[]) ?? [],
    errors: (r.body.errors as WriteResult<T>["errors"]) ?? [],
  };
}

/** Like `write`, but fails unless the write committed; returns the object. */
export async function ok<T extends object = Record<string, unknown>>(
  server: TestServer,
  mutation: string,
  input: unknown,
  username = "city-admin",
): Promise<T & { warnings: Problem[] }> {
  const r = await write<T>(server, mutation, input, username);
  if (r.errors.length > 0 || r.userErrors.length > 0 || r.value === null) {
    throw new Error(`${mutation} failed: ${JSON.stringify({ errors: r.errors, userErrors: r.userErrors })}`);
  }
  return { ...(r.value as T & object), warnings: r.warnings };
}

let seq = 0;
/** A name no other test used. */
export const unique = (prefix: string): string => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A new unit of the county with `members` formal party members. */
export async function newUnit(
  server: TestServer,
  countyCode: string,
  members: number,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; name: string }> {
  return ok(server, "createOrganization", {
    name: unique("测试单位"),
    category: "NON_PUBLIC_ENTERPRISE",
    countyCode,
    aboveScale: false,
    formalMemberCount: members,
    addedOn: "2020-01-01",
    ...extra,
  });
}

export interface Figures {
  eligibleCount: number;
  organizationCovered: number;
  liaisonCovered: number;
  standalone: number;
  branchCount: number;
  committeeCount: number;
  generalBranchCount: number;
  liaisonCount: number;
}

/** The county's figures as of a day. */
export async function figures(server: TestServer, countyCode: string, asOf: string): Promise<Figures> {
  const d = await server.query<{
    county: {
      coverage: {
        eligibleCount: number;
        organizationCoverage: { numerator: number };
        liaisonCoverage: { numerator: number };
        standaloneCoverage: { numerator: number };
        branchCount: number;
        committeeCount: number;
        generalBranchCount: number;
        liaisonCount: number;
      };
    };
  }>(
    `query($c: String!, $d: Date!) { county(code: $c) { coverage(asOf: $d) { eligibleCount
      organizationCoverage { numerator } liaisonCoverage { numerator } standaloneCoverage { numerator }
      branchCount committeeCount generalBranchCount liaisonCount } } }`,
    { c: countyCode, d: asOf },
  );
  const c = d.county.coverage;
  return {
    eligibleCount: c.eligibleCount,
    organizationCovered: c.organizationCoverage.numerator,
    liaisonCovered: c.liaisonCoverage.numerator,
    standalone: c.standaloneCoverage.numerator,
    branchCount: c.branchCount,
    committeeCount: c.committeeCount,
    generalBranchCount: c.generalBranchCount,
    liaisonCount: c.liaisonCount,
  };
}

/** Audit entries of an entity, newest first, as the city admin reads them. */
export async function auditOf(
  server: TestServer,
  entityId: string,
): Promise<
  {
    username: string;
    role: string;
    operation: string;
    changes: { field: string; before: string | null; after: string | null }[];
  }[]
> {
  const d = await server.query<{ auditLog: { nodes: never[] } }>(
    `query($id: ID!) { auditLog(entityId: $id, first: 50) { nodes { username role operation changes { field before after } } } }`,
    { id: entityId },
  );
  return d.auditLog.nodes;
}

export const LEDGER_TABLES = [
  "organization",
  "organization_status_period",
  "branch",
  "coverage_link",
  "branch_level_period",
  "liaison",
  "liaison_assignment",
  "audit_log",
] as const;
