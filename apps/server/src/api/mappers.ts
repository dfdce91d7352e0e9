/** Records and rows → GraphQL objects (class instances, so interfaces resolve their type). */
import type { IsoDate, OrganizationCategory } from "@liangxin/domain";
import { toGlobalId } from "../common/ids.js";
import type { ContactPointEntity } from "../entity/entities.js";
import type {
  BranchRecord,
  CountyRecord,
  LeaderRecord,
  LiaisonRecord,
  OrganizationRecord,
  ParkRecord,
} from "../service/records.js";
import { Branch, County, CoverageStats, Liaison, Organization, Park } from "./types/hierarchy.js";
import { ContactPoint, Leader } from "./types/leaders.js";

export function toCounty(c: CountyRecord): County {
  return Object.assign(new County(), {
    id: toGlobalId("County", c.code),
    code: c.code,
    name: c.name,
    fullName: c.fullName,
    kind: c.kind,
    official: c.official,
    sortOrder: c.sortOrder,
  });
}

/** Built field by field (no intermediate object): this runs for every unit of every page. */
export function toOrganization(o: OrganizationRecord): Organization {
  const org = new Organization();
  org.id = toGlobalId("Organization", o.id);
  org.dbId = o.id;
  org.name = o.name;
  org.creditCode = o.creditCode;
  org.category = o.category;
  org.subtype = o.subtype;
  org.countyCode = o.countyCode;
  org.parkId = o.parkId;
  org.industry = o.industry;
  org.employeeCount = o.employeeCount;
  org.aboveScale = o.aboveScale;
  org.eligible = o.eligible;
  org.formalMemberCount = o.formalMemberCount;
  org.probationaryMemberCount = o.probationaryMemberCount;
  org.legalRepresentativeIsMember = o.legalRepresentativeIsMember;
  org.addedOn = o.addedOn;
  org.ceasedOn = o.ceasedOn;
  return org;
}

export function toBranch(b: BranchRecord): Branch {
  return Object.assign(new Branch(), {
    id: toGlobalId("Branch", b.id),
    dbId: b.id,
    name: b.name,
    countyCode: b.countyCode,
    formation: b.formation,
    level: b.level,
    foundedOn: b.foundedOn,
    dissolvedOn: b.dissolvedOn,
    formalMemberCount: b.formalMemberCount,
    committeeSize: b.committeeSize,
    secretaryName: b.secretaryName,
    secretaryPhone: b.secretaryPhone,
  });
}

export function toLiaison(l: LiaisonRecord): Liaison {
  return Object.assign(new Liaison(), {
    id: toGlobalId("Liaison", l.id),
    dbId: l.id,
    name: l.name,
    kind: l.kind,
    title: l.title,
    phone: l.phone,
    countyCode: l.countyCode,
  });
}

export function toPark(p: ParkRecord): Park {
  return Object.assign(new Park(), {
    id: toGlobalId("Park", p.id),
    dbId: p.id,
    name: p.name,
    workCommitteeName: p.workCommitteeName,
    workCommitteeSecretary: p.workCommitteeSecretary,
    workCommitteePhone: p.workCommitteePhone,
    countyCode: p.countyCode,
  });
}

export function toLeader(l: LeaderRecord): Leader {
  return Object.assign(new Leader(), {
    id: toGlobalId("Leader", l.id),
    dbId: l.id,
    name: l.name,
    title: l.title,
    level: l.level,
    countyCode: l.countyCode,
    phone: l.phone,
    sortOrder: l.sortOrder,
    termStart: l.termStart,
    termEnd: l.termEnd,
    organizationHead: l.organizationHead,
  });
}

export function toContactPoint(p: ContactPointEntity): ContactPoint {
  return Object.assign(new ContactPoint(), {
    id: toGlobalId("ContactPoint", p.id),
    dbId: p.id,
    year: p.year,
    startedOn: p.startedOn,
    endedOn: p.endedOn,
    leaderId: p.leaderId,
    organizationId: p.organizationId,
  });
}

export function toCoverageStats(scope: {
  countyCode: string | null;
  parkId?: string | null;
  category: OrganizationCategory | null;
  aboveScaleOnly: boolean;
  asOf: IsoDate;
}): CoverageStats {
  return Object.assign(new CoverageStats(), { asOf: scope.asOf, scope });
}
