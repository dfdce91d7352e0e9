/** Records of sites, quota plans, 五有 and contact-point lists → GraphQL objects. */
import { FIVE_HAVES, FIVE_HAVES_LABELS, fiveHavesMissing } from "@liangxin/domain";
import { toGlobalId } from "../common/ids.js";
import type { ContactListRecord } from "../service/contact-point.service.js";
import type { FiveHavesRecord } from "../service/five-haves.service.js";
import type { AllocationRecord, QuotaPlanRecord, SiteRecord, SuggestionRecord } from "../service/site.service.js";
import { FiveHaves, FiveHavesCheckResult } from "./types/activities.js";
import { CountyContactList } from "./types/leaders.js";
import { DemonstrationSite, QuotaAllocation, QuotaPlan, QuotaSuggestion } from "./types/sites.js";

export function toDemonstrationSite(s: SiteRecord): DemonstrationSite {
  return Object.assign(new DemonstrationSite(), {
    id: toGlobalId("DemonstrationSite", s.id),
    dbId: s.id,
    year: s.year,
    level: s.level,
    status: s.status,
    organizationId: s.organizationId,
    countyCode: s.countyCode,
    nominationNote: s.nominationNote,
    reviewNote: s.reviewNote,
    nominatedAt: s.nominatedAt,
    reviewedAt: s.reviewedAt,
  });
}

export function toQuotaAllocation(a: AllocationRecord): QuotaAllocation {
  return Object.assign(new QuotaAllocation(), {
    countyCode: a.countyCode,
    year: a.year,
    level: a.level,
    quota: a.quota,
    nominated: a.nominated,
    approved: a.approved,
    remaining: a.remaining,
    rejected: a.rejected,
    revoked: a.revoked,
    weight: a.weight,
    exactShare: a.exactShare,
  });
}

export function toQuotaPlan(p: QuotaPlanRecord): QuotaPlan {
  return Object.assign(new QuotaPlan(), {
    year: p.year,
    level: p.level,
    total: p.total,
    split: p.split,
    allocations: p.allocations.map(toQuotaAllocation),
    nominated: p.nominated,
    approved: p.approved,
    rejected: p.rejected,
    revoked: p.revoked,
    remaining: p.remaining,
  });
}

export function toQuotaSuggestion(s: SuggestionRecord, note: string): QuotaSuggestion {
  return Object.assign(new QuotaSuggestion(), {
    year: s.year,
    level: s.level,
    total: s.total,
    weight: s.weight,
    minimumPerCounty: s.minimumPerCounty,
    asOf: s.asOf,
    allocations: s.allocations.map(toQuotaAllocation),
    note,
  });
}

export function toFiveHaves(f: FiveHavesRecord): FiveHaves {
  return Object.assign(new FiveHaves(), {
    year: f.year,
    hasOrganization: f.hasOrganization,
    hasRules: f.hasRules,
    hasActivities: f.hasActivities,
    hasVenue: f.hasVenue,
    hasImpact: f.hasImpact,
    passed: f.passed,
    evidence: f.evidence,
    checks: FIVE_HAVES.map((k) =>
      Object.assign(new FiveHavesCheckResult(), {
        check: k,
        label: FIVE_HAVES_LABELS[k],
        held: f[k],
        evidence: f.evidenceByCheck[k],
      }),
    ),
    missing: fiveHavesMissing(f).map((k) => FIVE_HAVES_LABELS[k]),
    assessedAt: f.assessedAt,
  });
}

export function toCountyContactList(l: ContactListRecord): CountyContactList {
  return Object.assign(new CountyContactList(), {
    countyCode: l.countyCode,
    year: l.year,
    dueOn: l.dueOn,
    reportedOn: l.reportedOn,
    overdue: l.overdue,
    pointCount: l.pointCount,
  });
}
