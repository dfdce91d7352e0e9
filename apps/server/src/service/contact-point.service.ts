/**
 * Leaders' contact points (领导干部联系点), domain.md §3.5: assigning and explicitly ending them
 * (history stays), the counties' reports of their county leaders' lists (due July 31), and the
 * year's compliance: city leaders without a point, counties overdue, points not yet sites.
 */
import {
  CITY,
  type ContactPointError,
  checkContactPoint,
  checkContactPointEnd,
  contactPointsWithoutSite,
  countyContactListDueOn,
  type IsoDate,
  isContactListOverdue,
  type LeaderLevel,
  leaderInOffice,
  minDate,
  QUOTA_HOLDING_STATUSES,
  yearEnd,
} from "@liangxin/domain";
import { countyClaim, type Db, leaderClaim, type Tx } from "./db.js";
import { mutate, type Outcome, refuse, type UserErrorCode } from "./outcome.js";
import { type LeaderRecord, leaderFromRow } from "./records.js";
import type { ScopeService } from "./scope.service.js";
import { dateValue, inPopulation, insertedId, num, Params, sqlInstant } from "./sql.js";

type Row = Record<string, unknown>;

export interface ContactPointRecord {
  readonly id: number;
  readonly leaderId: number;
  readonly organizationId: number;
  readonly year: number;
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
  /** The organization's county: where the point lies. */
  readonly countyCode: string;
}

export interface ContactListRecord {
  readonly countyCode: string;
  readonly year: number;
  readonly dueOn: IsoDate;
  readonly reportedOn: IsoDate | null;
  readonly overdue: boolean;
  /** County leaders' points of the year in force in the county. */
  readonly pointCount: number;
}

export interface ComplianceRecord {
  readonly year: number;
  readonly dueOn: IsoDate;
  readonly cityLeaderCount: number;
  readonly cityLeadersWithoutPoint: LeaderRecord[];
  readonly counties: ContactListRecord[];
  readonly pointsWithoutSite: ContactPointRecord[];
}

const POINT_SELECT =
  "cp.id, cp.leader_id, cp.organization_id, cp.year, cp.started_on, cp.ended_on, o.county_code AS point_county";

function pointFromRow(r: Row): ContactPointRecord {
  return {
    id: num(r.id),
    leaderId: num(r.leader_id),
    organizationId: num(r.organization_id),
    year: num(r.year),
    startedOn: dateValue(r.started_on) as IsoDate,
    endedOn: dateValue(r.ended_on),
    countyCode: String(r.point_county),
  };
}

const RULE_CODES: Readonly<Record<ContactPointError["code"], { code: UserErrorCode; field: string }>> = {
  ALREADY_ASSIGNED: { code: "ALREADY_ASSIGNED", field: "leaderId" },
  OUT_OF_SCOPE: { code: "OUT_OF_SCOPE", field: "organizationId" },
  NOT_ELIGIBLE: { code: "INVALID_INPUT", field: "organizationId" },
  INVALID_YEAR: { code: "INVALID_INPUT", field: "year" },
};

const auditedPoint = (p: ContactPointRecord) => ({
  leaderId: p.leaderId,
  organizationId: p.organizationId,
  year: p.year,
  startedOn: p.startedOn,
  endedOn: p.endedOn,
});

export class ContactPointService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
  ) {}

  private async lockPoint(tx: Tx, id: number): Promise<(ContactPointRecord & { leaderCounty: string | null }) | null> {
    const [row] = await tx.query(
      `SELECT ${POINT_SELECT}, l.county_code AS leader_county FROM contact_point cp
       JOIN organization o ON o.id = cp.organization_id JOIN leader l ON l.id = cp.leader_id
       WHERE cp.id = ?${tx.forUpdate}`,
      [id],
    );
    return row
      ? { ...pointFromRow(row), leaderCounty: row.leader_county == null ? null : String(row.leader_county) }
      : null;
  }

  /**
   * Who may assign or end a leader's points: a city leader's, the city admin; a county leader's, the
   * city admin or that county's admin. A city leader belongs to the city, which no county admin manages.
   */
  private assertManages(leaderCounty: string | null): void {
    this.scope.assertWritable(leaderCounty ?? CITY.code, ["input", "leaderId"]);
  }

  /** Assigns an organization as a leader's contact point for a year (checkContactPoint). */
  assign(
    input: { leaderId: number | null; organizationId: number | null; year: number },
    today: IsoDate,
  ): Promise<Outcome<ContactPointRecord>> {
    return mutate(this.db, async (tx) => {
      // The leader's claim and row are the lock: two assignments for one leader cannot both see no point.
      if (input.leaderId !== null) await tx.claim(leaderClaim(input.leaderId));
      const [leader] =
        input.leaderId === null
          ? []
          : await tx.query(`SELECT * FROM leader WHERE id = ?${tx.forUpdate}`, [input.leaderId]);
      if (!leader) throw refuse("NOT_FOUND", "没有这位领导干部", ["input", "leaderId"]);
      const leaderCounty = leader.county_code == null ? null : String(leader.county_code);
      this.assertManages(leaderCounty);
      // Points stay with the person: one who has left office takes no new point.
      const record = leaderFromRow(leader);
      if (!leaderInOffice(record, today)) {
        throw refuse(
          "INVALID_INPUT",
          `${record.name}不在任（${record.termEnd ?? record.termStart}），不能确定新的联系点`,
          ["input", "leaderId"],
        );
      }
      const p = new Params();
      const [org] =
        input.organizationId === null
          ? []
          : await tx.query(
              `SELECT o.id, o.county_code, CASE WHEN ${inPopulation("o", p, today)} THEN 1 ELSE 0 END AS in_population
               FROM organization o WHERE o.id = ${p.add(input.organizationId)}`,
              p.values,
            );
      if (!org) throw refuse("NOT_FOUND", "没有这个单位", ["input", "organizationId"]);
      const existing = (
        await tx.query("SELECT leader_id, organization_id, year, ended_on FROM contact_point WHERE leader_id = ?", [
          num(leader.id),
        ])
      ).map((r) => ({
        leaderId: String(r.leader_id),
        organizationId: String(r.organization_id),
        year: num(r.year),
        endedOn: dateValue(r.ended_on),
      }));
      const verdict = checkContactPoint(
        { id: String(leader.id), level: String(leader.level) as LeaderLevel, countyCode: leaderCounty },
        { id: String(org.id), countyCode: String(org.county_code), inPopulation: num(org.in_population) === 1 },
        input.year,
        existing,
      );
      if (!verdict.ok) {
        const { code, field } = RULE_CODES[verdict.error.code];
        throw refuse(code, verdict.error.message, ["input", field]);
      }
      const id = insertedId(
        await tx.query("INSERT INTO contact_point (leader_id, organization_id, year, started_on) VALUES (?, ?, ?, ?)", [
          num(leader.id),
          num(org.id),
          input.year,
          today,
        ]),
      );
      const point = (await this.lockPoint(tx, id)) as ContactPointRecord;
      await tx.audit({
        operation: "assignContactPoint",
        entityType: "ContactPoint",
        entityKey: id,
        before: null,
        after: auditedPoint(point),
      });
      return point;
    });
  }

  /**
   * Ends a contact point on a day (today by default): from then on it is history, and a city leader
   * may be given another point for the year.
   */
  end(
    input: { contactPointId: number | null; endedOn: IsoDate | null },
    today: IsoDate,
  ): Promise<Outcome<ContactPointRecord>> {
    return mutate(this.db, async (tx) => {
      const point = input.contactPointId === null ? null : await this.lockPoint(tx, input.contactPointId);
      if (!point) throw refuse("NOT_FOUND", "没有这个联系点", ["input", "contactPointId"]);
      this.assertManages(point.leaderCounty);
      const end = checkContactPointEnd(point, input.endedOn ?? today, today);
      if (!end.ok) {
        throw end.error.code === "ALREADY_ENDED"
          ? refuse("INVALID_TRANSITION", end.error.message, ["input", "contactPointId"])
          : refuse("INVALID_INPUT", end.error.message, ["input", "endedOn"]);
      }
      const endedOn = end.value;
      await tx.query("UPDATE contact_point SET ended_on = ? WHERE id = ?", [endedOn, point.id]);
      const after = (await this.lockPoint(tx, point.id)) as ContactPointRecord;
      await tx.audit({
        operation: "endContactPoint",
        entityType: "ContactPoint",
        entityKey: point.id,
        before: auditedPoint(point),
        after: auditedPoint(after),
      });
      return after;
    });
  }

  /** Records that a county reported its county leaders' contact-point list for a year (today). */
  reportList(
    input: { countyCode: string; year: number },
    today: IsoDate,
    now: Date,
  ): Promise<Outcome<ContactListRecord>> {
    const field = ["input", "countyCode"];
    return mutate(this.db, async (tx) => {
      // The county's claim and row are the lock: two reports of one list cannot both see none.
      await tx.claim(countyClaim(input.countyCode));
      const [county] = await tx.query(`SELECT code FROM county WHERE code = ?${tx.forUpdate}`, [input.countyCode]);
      if (!county) throw refuse("NOT_FOUND", "没有这个县（市）区", field);
      this.scope.assertWritable(input.countyCode, field);
      const [reported] = await tx.query(
        "SELECT reported_on FROM contact_list_report WHERE county_code = ? AND year = ?",
        [input.countyCode, input.year],
      );
      if (reported) {
        throw refuse(
          "CONFLICT",
          `本县（市）区${input.year}年度联系点名单已于${dateValue(reported.reported_on)}报送`,
          field,
        );
      }
      const id = insertedId(
        await tx.query(
          "INSERT INTO contact_list_report (county_code, year, reported_on, reported_at) VALUES (?, ?, ?, ?)",
          [input.countyCode, input.year, today, sqlInstant(now)],
        ),
      );
      await tx.audit({
        operation: "reportContactPointList",
        entityType: "ContactListReport",
        entityKey: id,
        before: null,
        after: { countyCode: input.countyCode, year: input.year, reportedOn: today },
      });
      const lists = await this.contactLists(tx, input.year, today);
      return lists.find((l) => l.countyCode === input.countyCode) as ContactListRecord;
    });
  }

  /** Every county's list of a year: reported when, overdue or not, points in force (aggregates). */
  private async contactLists(q: Pick<Tx, "query">, year: number, today: IsoDate): Promise<ContactListRecord[]> {
    const rows = await q.query(
      `SELECT c.code, r.reported_on,
         (SELECT COUNT(*) FROM contact_point cp JOIN leader l ON l.id = cp.leader_id
          WHERE l.county_code = c.code AND l.level = 'COUNTY' AND cp.year = ? AND cp.ended_on IS NULL) AS points
       FROM county c LEFT JOIN contact_list_report r ON r.county_code = c.code AND r.year = ?
       ORDER BY c.sort_order`,
      [year, year],
    );
    return rows.map((r) => {
      const reportedOn = dateValue(r.reported_on);
      return {
        countyCode: String(r.code),
        year,
        dueOn: countyContactListDueOn(year),
        reportedOn,
        overdue: isContactListOverdue(year, reportedOn, today),
        pointCount: num(r.points),
      };
    });
  }

  /**
   * The year's compliance (§3.5): lists are read in the viewer's scope, counts city-wide. The city
   * leaders are those in office on the year's last day, or today while the year runs.
   */
  async compliance(year: number, today: IsoDate): Promise<ComplianceRecord> {
    const asOf = minDate(today, yearEnd(year));
    const leaders = (await this.db.query("SELECT * FROM leader WHERE level = 'CITY' ORDER BY sort_order, id"))
      .map(leaderFromRow)
      .filter((l) => leaderInOffice(l, asOf));
    const points = (
      await this.db.query(
        `SELECT ${POINT_SELECT} FROM contact_point cp JOIN organization o ON o.id = cp.organization_id
         WHERE cp.year = ? ORDER BY cp.id`,
        [year],
      )
    ).map(pointFromRow);
    const p = new Params();
    const siteOrganizations = await this.db.query(
      `SELECT DISTINCT organization_id FROM demonstration_site
       WHERE year = ${p.add(year)} AND status IN ${p.list(QUOTA_HOLDING_STATUSES)}`,
      p.values,
    );
    const withPoint = new Set(points.filter((pt) => pt.endedOn === null).map((pt) => pt.leaderId));
    return {
      year,
      dueOn: countyContactListDueOn(year),
      cityLeaderCount: leaders.length,
      cityLeadersWithoutPoint: leaders.filter((l) => !withPoint.has(l.id)),
      counties: await this.contactLists(this.db, year, today),
      pointsWithoutSite: contactPointsWithoutSite(
        points.map((pt) => ({
          ...pt,
          leaderId: String(pt.leaderId),
          organizationId: String(pt.organizationId),
          point: pt,
        })),
        new Set(siteOrganizations.map((r) => String(r.organization_id))),
      )
        .map((x) => x.point)
        .filter((pt) => this.scope.mayRead(pt.countyCode)),
    };
  }
}
