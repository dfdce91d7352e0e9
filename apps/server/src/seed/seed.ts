/**
 * Loads the reference dataset (domain.md §5) into an empty database, in one transaction.
 * Idempotent: a database already holding the same dataset is left as it is; a database holding
 * anything else is refused, never mixed.
 */

import { createHash } from "node:crypto";
import { COUNTIES, statusTimeline } from "@liangxin/domain";
import { generateReferenceDataset, type ReferenceDataset } from "@liangxin/domain/reference";
import type { DataSource, EntityManager, ObjectLiteral } from "typeorm";
import {
  BranchEntity,
  ContactPointEntity,
  CountyEntity,
  CoverageLinkEntity,
  LeaderEntity,
  LiaisonAssignmentEntity,
  LiaisonEntity,
  MetaEntity,
  OrganizationEntity,
  ParkEntity,
  QuotaAllocationEntity,
  QuotaPlanEntity,
  UserEntity,
} from "../entity/entities.js";
import { rebuildAggregates } from "../service/aggregates.js";
import { generatePassword, hashPassword } from "../service/password.js";

export const SEED_MARKER_KEY = "reference_dataset";

export type SeedOutcome =
  | {
      readonly kind: "SEEDED";
      readonly digest: string;
      /**
       * Each seeded account's own generated password (shown once, never stored), or null when
       * SEED_PASSWORD gave them one.
       */
      readonly generatedPasswords: ReadonlyMap<string, string> | null;
      readonly users: string[];
    }
  | { readonly kind: "ALREADY_SEEDED"; readonly digest: string };

export class SeedRefused extends Error {}

export function datasetDigest(dataset: ReferenceDataset): string {
  return createHash("sha256").update(JSON.stringify(dataset)).digest("hex");
}

/** Trailing number of a reference key: org-00042 → 42. */
const seq = (key: string): number => Number(/(\d+)$/.exec(key)?.[1]);

export const SEEDED_USERNAMES = ["city-admin", "reviewer", "viewer", ...COUNTIES.map((c) => `county-${c.code}`)];

async function insertChunked<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
  chunk = 400,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + chunk))
      .execute();
  }
}

/**
 * Seeds `dataset` (the reference dataset by default). Users get `password`, or one generated here and
 * returned once in the outcome for the caller to print.
 */
export async function seedReferenceData(
  dataSource: DataSource,
  options: { password: string | null; dataset?: ReferenceDataset },
): Promise<SeedOutcome> {
  const dataset = options.dataset ?? generateReferenceDataset();
  const digest = datasetDigest(dataset);
  const marker = await dataSource.getRepository(MetaEntity).findOneBy({ key: SEED_MARKER_KEY });
  if (marker) {
    if (marker.value === digest) return { kind: "ALREADY_SEEDED", digest };
    throw new SeedRefused(`数据库已载入另一版参考数据（${marker.value.slice(0, 12)}…），拒绝混合载入`);
  }
  // The nine counties are reference data every migrated database holds; anything else is refused.
  const existing = await dataSource.getRepository(OrganizationEntity).count();
  const users = await dataSource.getRepository(UserEntity).count();
  const leaders = await dataSource.getRepository(LeaderEntity).count();
  const parks = await dataSource.getRepository(ParkEntity).count();
  const known = new Set(dataset.counties.map((c) => c.code));
  const foreign = (await dataSource.getRepository(CountyEntity).find()).filter((c) => !known.has(c.code));
  if (existing > 0 || users > 0 || leaders > 0 || parks > 0 || foreign.length > 0) {
    throw new SeedRefused("数据库中已有数据且不是参考数据，拒绝载入（请使用空数据库）");
  }

  // Every account its own password (one leaked password must not open the others), unless the
  // operator chose one (SEED_PASSWORD, e.g. for a demo or tests).
  const passwords = SEEDED_USERNAMES.map(() => options.password ?? generatePassword());
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
  const leaderIds = new Map(dataset.leaders.map((l, i) => [l.id, i + 1]));
  const parkIds = new Map(dataset.parks.map((p, i) => [p.id, i + 1]));

  const heads = new Map(dataset.counties.map((c) => [c.code, c.organizationHeadName]));

  await dataSource.transaction(async (m) => {
    // Counties the migrations have not put there (a dataset of its own may bring them).
    const present = new Set((await m.getRepository(CountyEntity).find()).map((c) => c.code));
    const missing = dataset.counties.filter((c) => !present.has(c.code));
    if (missing.length > 0) {
      await insertChunked(
        m,
        CountyEntity,
        missing.map((c) => ({
          code: c.code,
          name: c.name,
          fullName: c.fullName,
          kind: c.kind,
          official: c.official,
          sortOrder: c.order,
        })),
      );
    }
    await insertChunked(
      m,
      ParkEntity,
      dataset.parks.map((p) => ({
        id: parkIds.get(p.id),
        countyCode: p.countyCode,
        name: p.name,
        workCommitteeName: p.workCommitteeName,
      })),
    );
    await insertChunked(
      m,
      OrganizationEntity,
      dataset.organizations.map((o) => ({
        id: seq(o.id),
        name: o.name,
        creditCode: o.creditCode,
        category: o.category,
        subtype: o.subtype,
        countyCode: o.countyCode,
        parkId: o.parkId ? (parkIds.get(o.parkId) ?? null) : null,
        industry: o.industry,
        employeeCount: o.employeeCount,
        aboveScale: o.aboveScale,
        eligible: o.eligible,
        formalMemberCount: o.formalMemberCount,
        probationaryMemberCount: o.probationaryMemberCount,
        legalRepresentativeIsMember: o.legalRepresentativeIsMember,
        addedOn: o.addedOn,
        ceasedOn: o.ceasedOn ?? null,
      })),
    );
    // Eligibility and above-scale over time: the dataset's history, or one period from the ledger date.
    const statusPeriods = dataset.organizations.flatMap((o) =>
      statusTimeline(o).map(
        (p) => [seq(o.id), p.from, p.to ?? null, p.eligible ? 1 : 0, p.aboveScale ? 1 : 0] as const,
      ),
    );
    for (let i = 0; i < statusPeriods.length; i += 200) {
      const chunk = statusPeriods.slice(i, i + 200);
      await m.query(
        `INSERT INTO organization_status_period (organization_id, valid_from, valid_to, eligible, above_scale)
         VALUES ${chunk.map(() => "(?, ?, ?, ?, ?)").join(", ")}`,
        chunk.flat(),
      );
    }
    await insertChunked(
      m,
      BranchEntity,
      dataset.branches.map((b) => ({
        id: seq(b.id),
        name: b.name,
        countyCode: b.countyCode,
        formation: b.formation,
        level: b.level,
        foundedOn: b.foundedOn,
        dissolvedOn: b.dissolvedOn ?? null,
        formalMemberCount: b.formalMemberCount,
        committeeSize: b.committeeSize,
        secretaryName: b.secretaryName,
        secretaryPhone: b.secretaryPhone,
      })),
    );
    const levelPeriods = dataset.branches.flatMap((b) =>
      (b.levelHistory ?? []).map((h) => [seq(b.id), h.level, h.from, h.to ?? null] as const),
    );
    for (let i = 0; i < levelPeriods.length; i += 200) {
      const chunk = levelPeriods.slice(i, i + 200);
      await m.query(
        `INSERT INTO branch_level_period (branch_id, level, valid_from, valid_to) VALUES ${chunk.map(() => "(?, ?, ?, ?)").join(", ")}`,
        chunk.flat(),
      );
    }
    await insertChunked(
      m,
      CoverageLinkEntity,
      dataset.links.map((l) => ({
        branchId: seq(l.branchId),
        organizationId: seq(l.organizationId),
        role: l.role,
        validFrom: l.from,
        validTo: l.to ?? null,
      })),
    );
    await insertChunked(
      m,
      LiaisonEntity,
      dataset.liaisons.map((l) => ({
        id: seq(l.id),
        name: l.name,
        kind: l.kind,
        countyCode: l.countyCode,
        title: l.title,
        phone: l.phone,
      })),
    );
    await insertChunked(
      m,
      LiaisonAssignmentEntity,
      dataset.assignments.map((a) => ({
        liaisonId: seq(a.liaisonId),
        organizationId: seq(a.organizationId),
        validFrom: a.from,
        validTo: a.to ?? null,
      })),
    );
    await insertChunked(
      m,
      LeaderEntity,
      dataset.leaders.map((l) => ({
        id: leaderIds.get(l.id),
        name: l.name,
        title: l.title,
        level: l.level,
        countyCode: l.countyCode,
        phone: l.phone,
        sortOrder: l.order,
        termStart: null,
        termEnd: null,
        // The county's 常委组织部长 is the county leader the dataset names as its head.
        organizationHead: l.countyCode !== null && l.title.includes("组织部长") && heads.get(l.countyCode) === l.name,
      })),
    );
    await insertChunked(
      m,
      ContactPointEntity,
      dataset.contactPoints.map((p) => ({
        leaderId: leaderIds.get(p.leaderId),
        organizationId: seq(p.organizationId),
        year: p.year,
        startedOn: p.startedOn,
        endedOn: p.endedOn,
      })),
    );
    for (const plan of dataset.quotaPlans) {
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(QuotaPlanEntity)
        .values({ year: plan.year, level: plan.level, total: plan.total })
        .execute();
      const planId = Number(inserted.identifiers[0]?.id);
      if (plan.allocations.length > 0) {
        await insertChunked(
          m,
          QuotaAllocationEntity,
          plan.allocations.map((a) => ({ planId, countyCode: a.countyCode, quota: a.quota })),
        );
      }
    }
    await insertChunked(
      m,
      UserEntity,
      SEEDED_USERNAMES.map((username, i) => {
        const county = username.startsWith("county-") ? username.slice("county-".length) : null;
        const role = county ? "COUNTY_ADMIN" : username === "city-admin" ? "CITY_ADMIN" : username.toUpperCase();
        return {
          username,
          passwordHash: hashes[i],
          role,
          countyCode: county,
          displayName: county ? `${COUNTIES.find((c) => c.code === county)?.name}管理员` : null,
          disabled: false,
          tokenVersion: 0,
        };
      }),
    );
    await m.getRepository(MetaEntity).insert({ key: SEED_MARKER_KEY, value: digest });
    // The kept coverage aggregates of the new ledger, in the same transaction.
    await rebuildAggregates(m, dataSource.options.type === "mysql");
  });

  return {
    kind: "SEEDED",
    digest,
    generatedPasswords: options.password ? null : new Map(SEEDED_USERNAMES.map((u, i) => [u, passwords[i] as string])),
    users: SEEDED_USERNAMES,
  };
}
