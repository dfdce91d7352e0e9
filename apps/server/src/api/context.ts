/**
 * The request context: who is asking, the services, and one set of DataLoaders created for this
 * request only (no cache outlives it, so replicas share nothing but the database).
 */
import type { IsoDate } from "@liangxin/domain";
import DataLoader from "dataloader";
import type { Clock } from "../common/clock.js";
import type { RequestStore, Viewer } from "../common/request-context.js";
import type { AppConfig } from "../config/config.js";
import type { ContactPointEntity } from "../entity/entities.js";
import type {
  ActivityService,
  ExcellenceCampaignRecord,
  StarRatingRecord,
  TrainingAttendanceRecord,
} from "../service/activity.service.js";
import type { AuditService } from "../service/audit.service.js";
import type { AuthService } from "../service/auth.service.js";
import type { ContactPointService } from "../service/contact-point.service.js";
import type { BranchCounts, CoverageKey, FoundedCounts, FoundedKey, UnitCounts } from "../service/coverage.service.js";
import type { CoverageReader } from "../service/coverage-aggregates.service.js";
import type { DirectoryService } from "../service/directory.service.js";
import type { FiveHavesRecord, FiveHavesService } from "../service/five-haves.service.js";
import type { HierarchyService, LeaderService } from "../service/hierarchy.service.js";
import type { LedgerService } from "../service/ledger.service.js";
import type { LiaisonTargetService, WorkTargetRecord } from "../service/liaison-target.service.js";
import type { OrganizationService, Page, PageKey } from "../service/organization.service.js";
import type {
  BranchLinkRecord,
  BranchRecord,
  CountyRecord,
  LeaderRecord,
  LiaisonRecord,
  OrganizationRecord,
  ParkRecord,
} from "../service/records.js";
import type { ReportService } from "../service/report.service.js";
import type { ScopeService } from "../service/scope.service.js";
import type { SetupService } from "../service/setup.service.js";
import type { SiteRecord, SiteService } from "../service/site.service.js";
import type { TargetService } from "../service/target.service.js";
import type { UserService } from "../service/user.service.js";

export interface Services {
  readonly audit: AuditService;
  readonly auth: AuthService;
  readonly coverage: CoverageReader;
  readonly directory: DirectoryService;
  readonly hierarchy: HierarchyService;
  readonly leaders: LeaderService;
  readonly organizations: OrganizationService;
  readonly scope: ScopeService;
  readonly setup: SetupService;
  readonly users: UserService;
  readonly reports: ReportService;
  readonly targets: TargetService;
  readonly activities: ActivityService;
  readonly sites: SiteService;
  readonly fiveHaves: FiveHavesService;
  readonly contactPoints: ContactPointService;
  readonly ledger: LedgerService;
  readonly liaisonTargets: LiaisonTargetService;
}

export interface ApiContext {
  readonly requestId: string;
  /** The request's bookkeeping: operation name and SQL statement count for its log line. */
  readonly store: RequestStore;
  readonly viewer: Viewer | null;
  /** The client's address (for login throttling). */
  readonly address: string | null;
  /** Why a bearer token was not accepted, when one was sent. */
  readonly tokenProblem: "MALFORMED" | "EXPIRED" | "REVOKED" | null;
  readonly config: AppConfig;
  readonly clock: Clock;
  /** The department's calendar day when the request started. */
  readonly today: IsoDate;
  readonly services: Services;
  readonly loaders: Loaders;
}

const json = (key: unknown): string => JSON.stringify(key);

/**
 * Loads lists of keys into `into`: the lists asked in the same tick (several counties' pages resolved
 * together) are fetched with one call, as a DataLoader batches single keys, at the cost of one promise
 * per list instead of one per key. Keys already there are not fetched again.
 */
export function prefetcher<V>(
  into: Map<number, V>,
  fetch: (ids: readonly number[]) => Promise<V[]>,
): (ids: readonly number[]) => Promise<void> {
  let pending: { ids: Set<number>; done: Promise<void> } | null = null;
  return (ids) => {
    const missing = ids.filter((id) => !into.has(id));
    if (missing.length === 0) return Promise.resolve();
    if (!pending) {
      const batch: { ids: Set<number>; done: Promise<void> } = { ids: new Set(), done: Promise.resolve() };
      // Dispatched once the promise jobs queued now have run (DataLoader's own schedule).
      batch.done = Promise.resolve()
        .then(() => new Promise<void>((resolve) => process.nextTick(resolve)))
        .then(async () => {
          pending = null;
          const keys = [...batch.ids].filter((id) => !into.has(id));
          if (keys.length === 0) return;
          const values = await fetch(keys);
          for (let i = 0; i < keys.length; i++) into.set(keys[i] as number, values[i] as V);
        });
      pending = batch;
    }
    for (const id of missing) pending.ids.add(id);
    return pending.done;
  };
}

export function createLoaders(services: Services, today: IsoDate) {
  const byId = <T>(fetch: (ids: readonly number[]) => Promise<(T | null)[]>) =>
    new DataLoader<number, T | null>((ids) => fetch(ids));
  // What the per-unit loaders have fetched, readable without a promise: a list resolver that loaded
  // its items' branches and liaisons in one batch (hot-fields.ts) lets each item's fields answer
  // synchronously from here.
  const known = {
    branchLinks: new Map<number, BranchLinkRecord[]>(),
    organizationLiaisons: new Map<number, LiaisonRecord[]>(),
    branchOrganizations: new Map<number, OrganizationRecord[]>(),
  };
  const remembered =
    <V>(map: Map<number, V>, fetch: (ids: readonly number[]) => Promise<V[]>) =>
    async (ids: readonly number[]): Promise<V[]> => {
      const values = await fetch(ids);
      for (let i = 0; i < ids.length; i++) map.set(ids[i] as number, values[i] as V);
      return values;
    };
  const linksOf = (ids: readonly number[]) => services.organizations.branchLinks(ids, today);
  const liaisonsOf = (ids: readonly number[]) => services.organizations.liaisonsOf(ids, today);
  const unitsOf = (ids: readonly number[]) => services.organizations.organizationsOfBranches(ids, today);
  let counties: Promise<CountyRecord[]> | null = null;
  let heads: Promise<Map<string, LeaderRecord>> | null = null;
  return {
    /** All nine counties, read once per request. */
    counties: (): Promise<CountyRecord[]> => {
      counties ??= services.hierarchy.counties();
      return counties;
    },
    organization: byId<OrganizationRecord>((ids) => services.organizations.byIds(ids)),
    branch: byId<BranchRecord>((ids) => services.organizations.branchesByIds(ids)),
    liaison: byId<LiaisonRecord>((ids) => services.organizations.liaisonsByIds(ids)),
    park: byId<ParkRecord>((ids) => services.hierarchy.parksByIds(ids)),
    leader: byId<LeaderRecord>((ids) => services.hierarchy.leadersByIds(ids)),
    parksOfCounty: new DataLoader<string, ParkRecord[]>(async (codes) => {
      const parks = await services.hierarchy.parks(codes);
      return codes.map((code) => parks.filter((p) => p.countyCode === code));
    }),
    /** Each county's 常委组织部长 today, read once per request. */
    organizationHeads: (): Promise<Map<string, LeaderRecord>> => {
      heads ??= services.hierarchy.organizationHeads(today);
      return heads;
    },
    contactPoint: byId<ContactPointEntity>((ids) => services.hierarchy.contactPointsByIds(ids)),
    organizationPage: new DataLoader<PageKey, Page, string>((keys) => services.organizations.pages(keys), {
      cacheKeyFn: json,
    }),
    organizationCount: new DataLoader<Pick<PageKey, "countyCode" | "filter" | "today">, number, string>(
      (keys) => services.organizations.counts(keys),
      { cacheKeyFn: json },
    ),
    /** Read only: filled by the loaders below and by `prefetch`. */
    known,
    /** Whole lists of keys into `known`, one statement for all the lists asked in the same tick. */
    prefetch: {
      branchLinks: prefetcher(known.branchLinks, linksOf),
      organizationLiaisons: prefetcher(known.organizationLiaisons, liaisonsOf),
      branchOrganizations: prefetcher(known.branchOrganizations, unitsOf),
    },
    branchLinks: new DataLoader<number, BranchLinkRecord[]>(remembered(known.branchLinks, linksOf)),
    branchOrganizations: new DataLoader<number, OrganizationRecord[]>(remembered(known.branchOrganizations, unitsOf)),
    organizationLiaisons: new DataLoader<number, LiaisonRecord[]>(remembered(known.organizationLiaisons, liaisonsOf)),
    unitCounts: new DataLoader<CoverageKey, UnitCounts, string>((keys) => services.coverage.unitCounts(keys), {
      cacheKeyFn: json,
    }),
    branchCounts: new DataLoader<CoverageKey, BranchCounts, string>((keys) => services.coverage.branchCounts(keys), {
      cacheKeyFn: json,
    }),
    liaisonCounts: new DataLoader<CoverageKey, number, string>((keys) => services.coverage.liaisonCounts(keys), {
      cacheKeyFn: json,
    }),
    contactPointsOfLeader: new DataLoader<{ leaderId: number; year: number }, ContactPointEntity[], string>(
      (keys) => services.leaders.contactPoints(keys),
      { cacheKeyFn: json },
    ),
    founded: new DataLoader<FoundedKey, FoundedCounts, string>((keys) => services.coverage.founded(keys), {
      cacheKeyFn: json,
    }),
    excellence: new DataLoader<{ branchId: number; year: number }, ExcellenceCampaignRecord, string>(
      (keys) => services.activities.campaigns(keys),
      { cacheKeyFn: json },
    ),
    starRating: new DataLoader<{ branchId: number; period: string }, StarRatingRecord | null, string>(
      (keys) => services.activities.ratings(keys),
      { cacheKeyFn: json },
    ),
    trainingAttendance: new DataLoader<number, TrainingAttendanceRecord[]>((ids) =>
      services.activities.attendance(ids),
    ),
    demonstrationSite: byId<SiteRecord>((ids) => services.sites.sitesByIds(ids)),
    /** Every readable site of a plan's year and level (the quota board's lists). */
    sitesOfPlan: new DataLoader<{ year: number; level: SiteRecord["level"] }, SiteRecord[], string>(
      (keys) => services.sites.sitesOfPlans(keys),
      { cacheKeyFn: json },
    ),
    /** The site an organization became in a year (ContactPoint.demonstrationSite). */
    siteOfOrganization: new DataLoader<{ organizationId: number; year: number }, SiteRecord | null, string>(
      (keys) => services.sites.siteOfOrganizations(keys),
      { cacheKeyFn: json },
    ),
    workTargetsOfOrganization: new DataLoader<number, WorkTargetRecord[]>((ids) =>
      services.liaisonTargets.byOrganizations(ids),
    ),
    fiveHaves: new DataLoader<{ branchId: number; year: number }, FiveHavesRecord | null, string>(
      (keys) => services.fiveHaves.byBranches(keys),
      { cacheKeyFn: json },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
