/** Counties, parks, leaders and contact points: small reference tables read whole or by id. */

import { In } from "typeorm";
import { ContactPointEntity, LeaderEntity, ParkEntity } from "../entity/entities.js";
import type { Db } from "./db.js";
import { type CountyRecord, countyFromRow } from "./records.js";

export class HierarchyService {
  constructor(private readonly db: Db) {}

  /** The nine counties in the order the speech lists them (read on every request: a raw, cheap statement). */
  async counties(): Promise<CountyRecord[]> {
    return (await this.db.query("SELECT * FROM county ORDER BY sort_order")).map(countyFromRow);
  }

  async parksByIds(ids: readonly number[]): Promise<(ParkEntity | null)[]> {
    const rows = await this.db.run((m) => m.getRepository(ParkEntity).findBy({ id: In([...ids]) }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async leadersByIds(ids: readonly number[]): Promise<(LeaderEntity | null)[]> {
    const rows = await this.db.run((m) => m.getRepository(LeaderEntity).findBy({ id: In([...ids]) }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async contactPointsByIds(ids: readonly number[]): Promise<(ContactPointEntity | null)[]> {
    const rows = await this.db.run((m) => m.getRepository(ContactPointEntity).findBy({ id: In([...ids]) }));
    const byId = new Map(rows.map((r) => [r.id, r]));
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
  constructor(private readonly db: Db) {}

  /** Leaders in protocol order (ids follow it), one page after `afterId`. */
  async page(key: LeaderPageKey): Promise<{ rows: LeaderEntity[]; hasNextPage: boolean; totalCount: number }> {
    return this.db.run(async (m) => {
      const qb = m.getRepository(LeaderEntity).createQueryBuilder("l");
      if (key.level) qb.andWhere("l.level = :level", { level: key.level });
      if (key.countyCode) qb.andWhere("l.county_code = :county", { county: key.countyCode });
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
    const rows = await this.db.run((m) =>
      m.getRepository(ContactPointEntity).find({
        where: keys.map((k) => ({ leaderId: k.leaderId, year: k.year })),
        order: { id: "ASC" },
      }),
    );
    return keys.map((k) => rows.filter((r) => r.leaderId === k.leaderId && r.year === k.year));
  }
}
