/** Counties, parks, leaders and contact points: small reference tables read whole or by id. */

import type { IsoDate } from "@liangxin/domain";
import { ContactPointEntity } from "../entity/entities.js";
import type { Db } from "./db.js";
import {
  type CountyRecord,
  countyFromRow,
  type LeaderRecord,
  leaderFromRow,
  type ParkRecord,
  parkFromRow,
} from "./records.js";
import type { ScopeService } from "./scope.service.js";
import { Params } from "./sql.js";

export class HierarchyService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
  ) {}

  /** The nine counties in the order the speech lists them (read on every request: a raw, cheap statement). */
  async counties(): Promise<CountyRecord[]> {
    return (await this.db.query("SELECT * FROM county ORDER BY sort_order")).map(countyFromRow);
  }

  /** Parks are places, like the counties: everyone's to read (their 工委's phone is masked). */
  async parksByIds(ids: readonly number[]): Promise<(ParkRecord | null)[]> {
    const p = new Params();
    const rows = (await this.db.query(`SELECT * FROM park WHERE id IN ${p.list(ids)}`, p.values)).map(parkFromRow);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * The parks of some counties, or of every county (in the counties' order), by name. Parks are
   * everyone's to read: the ledger of any county names them, and they are few.
   */
  async parks(countyCodes: readonly string[] | string | null): Promise<ParkRecord[]> {
    const p = new Params();
    const codes = typeof countyCodes === "string" ? [countyCodes] : countyCodes;
    const where = codes === null ? "" : `WHERE k.county_code IN ${p.list(codes)}`;
    const rows = await this.db.query(
      `SELECT k.* FROM park k JOIN county c ON c.code = k.county_code ${where} ORDER BY c.sort_order, k.name, k.id`,
      p.values,
    );
    return rows.map(parkFromRow);
  }

  /** Each county's 常委组织部长 on `date`: the organization head whose term runs then. */
  async organizationHeads(date: IsoDate): Promise<Map<string, LeaderRecord>> {
    const rows = (
      await this.db.query(
        `SELECT * FROM leader WHERE organization_head = 1 AND (term_start IS NULL OR term_start <= ?)
           AND (term_end IS NULL OR term_end > ?) ORDER BY county_code, term_start, id`,
        [date, date],
      )
    ).map(leaderFromRow);
    // Should old records disagree, the latest start wins (rows come in start order).
    return new Map(rows.map((l) => [l.countyCode as string, l]));
  }

  async leadersByIds(ids: readonly number[]): Promise<(LeaderRecord | null)[]> {
    const p = new Params();
    const rows = (await this.db.query(`SELECT * FROM leader WHERE id IN ${p.list(ids)}`, p.values)).map(leaderFromRow);
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

/** Leaders whose term has not ended (任职中, appointed ones included), those who left, or both. */
export type LeaderStatus = "CURRENT" | "FORMER" | "ALL";

export interface LeaderPageKey {
  readonly level: string | null;
  readonly countyCode: string | null;
  readonly status: LeaderStatus;
  readonly today: IsoDate;
  readonly first: number;
  readonly afterId: number | null;
}

export class LeaderService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
  ) {}

  /**
   * Leaders in protocol order, one page after the leader `afterId`: the city's first, then each
   * county in the counties' order; within them by their order (排序), then as entered.
   */
  async page(key: LeaderPageKey): Promise<{ rows: LeaderRecord[]; hasNextPage: boolean; totalCount: number }> {
    const p = new Params();
    const where = ["1 = 1"];
    if (key.level) where.push(`l.level = ${p.add(key.level)}`);
    if (key.countyCode) where.push(`l.county_code = ${p.add(key.countyCode)}`);
    // County leaders are read within the viewer's scope; city leaders by everyone.
    if (this.scope.read.kind === "COUNTY") {
      where.push(`(l.county_code IS NULL OR l.county_code = ${p.add(this.scope.read.countyCode)})`);
    }
    if (key.status === "CURRENT") where.push(`(l.term_end IS NULL OR l.term_end > ${p.add(key.today)})`);
    if (key.status === "FORMER") where.push(`l.term_end <= ${p.add(key.today)}`);
    const from = "FROM leader l LEFT JOIN county c ON c.code = l.county_code";
    const order = "COALESCE(c.sort_order, 0)";
    const [count] = await this.db.query(`SELECT COUNT(*) AS n ${from} WHERE ${where.join(" AND ")}`, p.values);
    if (key.afterId !== null) {
      const [cursor] = await this.db.query(`SELECT ${order} AS k1, l.sort_order AS k2 ${from} WHERE l.id = ?`, [
        key.afterId,
      ]);
      if (!cursor) return { rows: [], hasNextPage: false, totalCount: Number(count?.n ?? 0) };
      const [k1, k2] = [Number(cursor.k1), Number(cursor.k2)];
      where.push(
        `(${order} > ${p.add(k1)} OR (${order} = ${p.add(k1)} AND (l.sort_order > ${p.add(k2)} OR (l.sort_order = ${p.add(k2)} AND l.id > ${p.add(key.afterId)}))))`,
      );
    }
    const rows = (
      await this.db.query(
        `SELECT l.* ${from} WHERE ${where.join(" AND ")} ORDER BY ${order}, l.sort_order, l.id LIMIT ${p.add(key.first + 1)}`,
        p.values,
      )
    ).map(leaderFromRow);
    return { rows: rows.slice(0, key.first), hasNextPage: rows.length > key.first, totalCount: Number(count?.n ?? 0) };
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
