/** Counties, parks, leaders and contact points: small reference tables read whole or by id. */

import { In } from "typeorm";
import { ContactPointEntity, LeaderEntity, ParkEntity } from "../entity/entities.js";
import type { Db } from "./db.js";
import { type CountyRecord, countyFromRow } from "./records.js";
import type { ScopeService } from "./scope.service.js";

export class HierarchyService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
  ) {}

  /** The nine counties in the order the speech lists them (read on every request: a raw, cheap statement). */
  async counties(): Promise<CountyRecord[]> {
    return (await this.db.query("SELECT * FROM county ORDER BY sort_order")).map(countyFromRow);
  }

  async parksByIds(ids: readonly number[]): Promise<(ParkEntity | null)[]> {
    const rows = await this.db.run((m) => m.getRepository(ParkEntity).findBy({ id: In([...ids]) }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => this.scope.readable(byId.get(id) ?? null));
  }

  async leadersByIds(ids: readonly number[]): Promise<(LeaderEntity | null)[]> {
    const rows = await this.db.run((m) => m.getRepository(LeaderEntity).findBy({ id: In([...ids]) }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    // City leaders are everyone's to see; county leaders belong to their county's scope.
    return ids.map((id) => {
      const leader = byId.get(id) ?? null;
      return leader && (leader.countyCode === null || this.scope.mayRead(leader.countyCode)) ? leader : null;
    });
  }

  /** Contact points by id; a point whose organization lies outside the viewer's scope is absent. */
  async contactPointsByIds(ids: readonly number[]): Promise<(ContactPointEntity | null)[]> {
    const rows = await this.db.run((m) =>
      m
        .getRepository(ContactPointEntity)
        .createQueryBuilder("cp")
        .innerJoin("organization", "o", "o.id = cp.organization_id")
        .addSelect("o.county_code", "county_code")
        .where("cp.id IN (:...ids)", { ids: [...ids] })
        .getRawAndEntities(),
    );
    const byId = new Map<number, ContactPointEntity>();
    rows.entities.forEach((e, i) => {
      if (this.scope.mayRead(String(rows.raw[i]?.county_code))) byId.set(e.id, e);
    });
    return ids.map((id) => byId.get(id) ?? null);
  }
}

export interface LeaderPageKey {
  readonly level: string | null;
  readonly countyCode: string | null;
  readonly first: number;
  readonly afterId: number | null;
}

export class LeaderService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
  ) {}

  /** Leaders in protocol order (ids follow it), one page after `afterId`. */
  async page(key: LeaderPageKey): Promise<{ rows: LeaderEntity[]; hasNextPage: boolean; totalCount: number }> {
    return this.db.run(async (m) => {
      const qb = m.getRepository(LeaderEntity).createQueryBuilder("l");
      if (key.level) qb.andWhere("l.level = :level", { level: key.level });
      if (key.countyCode) qb.andWhere("l.county_code = :county", { county: key.countyCode });
      // County leaders are read within the viewer's scope; city leaders by everyone.
      if (this.scope.read.kind === "COUNTY") {
        qb.andWhere("(l.county_code IS NULL OR l.county_code = :own)", { own: this.scope.read.countyCode });
      }
      const totalCount = await qb.clone().getCount();
      if (key.afterId !== null) qb.andWhere("l.id > :after", { after: key.afterId });
      const rows = await qb
        .orderBy("l.id", "ASC")
        .take(key.first + 1)
        .getMany();
      return { rows: rows.slice(0, key.first), hasNextPage: rows.length > key.first, totalCount };
    });
  }

  /** Contact points of each leader in a year (history included: ended ones carry endedOn). */
  async contactPoints(keys: readonly { leaderId: number; year: number }[]): Promise<ContactPointEntity[][]> {
    const result = await this.db.run((m) =>
      m
        .getRepository(ContactPointEntity)
        .createQueryBuilder("cp")
        .innerJoin("organization", "o", "o.id = cp.organization_id")
        .addSelect("o.county_code", "county_code")
        .where("cp.leader_id IN (:...leaders)", { leaders: [...new Set(keys.map((k) => k.leaderId))] })
        .orderBy("cp.id", "ASC")
        .getRawAndEntities(),
    );
    // Points whose organization lies outside the viewer's scope are not shown.
    const rows = result.entities.filter((_, i) => this.scope.mayRead(String(result.raw[i]?.county_code)));
    return keys.map((k) => rows.filter((r) => r.leaderId === k.leaderId && r.year === k.year));
  }
}
