/**
 * The activities of the speech (domain.md §4): 创先争优 (six steps per branch and year, in order),
 * 书记培训 (courses and the secretaries who attended), 星级量化 (a score per branch and period, mapped
 * to stars by the configured bands) and 联席会 (joint meetings of the city or a county).
 *
 * The rules are the domain's (`advanceExcellence`, `nextExcellenceStep`, `excellenceCompletion`,
 * `starsForScore`, `trainedShare`); writes go through `mutate`, check the viewer's scope inside the
 * transaction after locking what they depend on, and leave an audit entry.
 */
import {
  advanceExcellence,
  CITY,
  EXCELLENCE_STEPS,
  type ExcellenceStep,
  excellenceCompletionOf,
  type IsoDate,
  isCountyCode,
  minDate,
  type Period,
  parseIsoDate,
  parsePeriod,
  periodEnd,
  periodOf,
  periodStart,
  type Rate,
  type StarBands,
  starsForScore,
  trainedShare,
  yearEnd,
  yearStart,
} from "@liangxin/domain";
import { decodeIntId } from "../common/ids.js";
import type { Db, Tx } from "./db.js";
import { mutate, type Outcome, refuse } from "./outcome.js";
import { BRANCH_COLUMNS, type BranchRecord, branchFromRow, selectColumns } from "./records.js";
import type { ScopeService } from "./scope.service.js";
import { addTo, branchInForce, dateValue, num, Params, sqlInstant } from "./sql.js";

type Field = readonly (string | number)[];
const field = (...path: (string | number)[]): string[] => path.map(String);

/** Years an activity may be recorded for: from 2000 to the current year. */
const FIRST_YEAR = 2000;

export interface ExcellenceStepRecord {
  readonly step: ExcellenceStep;
  readonly note: string | null;
  readonly recordedOn: IsoDate;
}

export interface ExcellenceCampaignRecord {
  readonly branchId: number;
  readonly year: number;
  readonly steps: readonly ExcellenceStepRecord[];
}

export interface ExcellenceCompletionRecord {
  /** Null for the whole city. */
  readonly countyCode: string | null;
  /** Branches that recorded at least one step. */
  readonly campaigns: number;
  /** Branches expected to take part (the domain's expectedInExcellence): the rates' denominator. */
  readonly expected: number;
  readonly rates: Readonly<Record<ExcellenceStep, Rate>>;
}

export interface TrainingCourseRecord {
  readonly id: number;
  readonly level: "CITY" | "COUNTY";
  /** Null for a city-level course. */
  readonly countyCode: string | null;
  readonly name: string;
  readonly heldOn: IsoDate;
  readonly hours: number;
}

export interface TrainingAttendanceRecord {
  readonly courseId: number;
  readonly branchId: number;
  readonly countyCode: string;
  readonly secretaryName: string | null;
}

export interface TrainedShareRecord {
  readonly countyCode: string | null;
  readonly secretaries: number;
  readonly trained: number;
  readonly share: Rate;
}

export interface StarRatingRecord {
  readonly branchId: number;
  readonly period: Period;
  readonly score: number;
  readonly stars: number;
}

export interface StarSummaryRecord {
  readonly countyCode: string | null;
  readonly rated: number;
  /** Branches with 1, 2, 3, 4 and 5 stars. */
  readonly byStars: readonly [number, number, number, number, number];
}

export interface JointMeetingRecord {
  readonly id: number;
  /** Null for a meeting of the city. */
  readonly countyCode: string | null;
  readonly heldOn: IsoDate;
  readonly title: string;
  readonly departments: readonly string[];
  readonly decisions: readonly string[];
}

const courseFromRow = (r: Record<string, unknown>): TrainingCourseRecord => ({
  id: num(r.id),
  level: String(r.level) as "CITY" | "COUNTY",
  countyCode: String(r.owner_code) === CITY.code ? null : String(r.owner_code),
  name: String(r.name),
  heldOn: dateValue(r.held_on) as IsoDate,
  hours: num(r.hours),
});

const meetingFromRow = (r: Record<string, unknown>): JointMeetingRecord => ({
  id: num(r.id),
  countyCode: String(r.owner_code) === CITY.code ? null : String(r.owner_code),
  heldOn: dateValue(r.held_on) as IsoDate,
  title: String(r.title),
  departments: JSON.parse(String(r.departments)) as string[],
  decisions: JSON.parse(String(r.decisions)) as string[],
});

/** A trimmed text, refused when empty. */
function text(value: string, fieldPath: Field, what: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw refuse("INVALID_INPUT", `${what}不能为空`, field(...fieldPath));
  return trimmed;
}

const noteValue = (note: string | null | undefined): string | null => note?.trim() || null;

function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string; errno?: number }; errno?: number };
  const code = e?.driverError?.code ?? e?.code;
  const errno = e?.driverError?.errno ?? e?.errno;
  return errno === 1062 || code === "ER_DUP_ENTRY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/** The branch existed on some day of [from, to]. */
const existedDuring = (b: BranchRecord, from: IsoDate, to: IsoDate): boolean =>
  b.foundedOn <= to && (b.dissolvedOn === null || b.dissolvedOn > from);

export class ActivityService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
    private readonly starBands: StarBands,
  ) {}

  private checkYear(year: number, today: IsoDate, fieldPath: Field): number {
    const current = Number(today.slice(0, 4));
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > current) {
      throw refuse("INVALID_INPUT", `年度须在 ${FIRST_YEAR} 至 ${current} 之间`, field(...fieldPath));
    }
    return year;
  }

  private checkDate(value: string, fieldPath: Field): IsoDate {
    const parsed = parseIsoDate(value.trim());
    if (!parsed.ok || parsed.value < yearStart(FIRST_YEAR)) {
      throw refuse("INVALID_INPUT", `日期须为 ${FIRST_YEAR} 年以后的有效日期（YYYY-MM-DD）`, field(...fieldPath));
    }
    return parsed.value;
  }

  /** Locks a branch the viewer may change: NOT_FOUND for an unknown id, OUT_OF_SCOPE for another county's. */
  private async lockBranch(tx: Tx, id: string, fieldPath: Field): Promise<BranchRecord> {
    const branchId = decodeIntId(id, "Branch");
    if (branchId === null) throw refuse("NOT_FOUND", "没有这个党组织", field(...fieldPath));
    const [row] = await tx.query(
      `SELECT ${selectColumns("b", BRANCH_COLUMNS)} FROM branch b WHERE b.id = ?${tx.forUpdate}`,
      [branchId],
    );
    if (!row) throw refuse("NOT_FOUND", "没有这个党组织", field(...fieldPath));
    const branch = branchFromRow(row);
    this.scope.assertWritable(branch.countyCode, field(...fieldPath));
    return branch;
  }

  /** A county (or the city, for null) the viewer may record for; OUT_OF_SCOPE otherwise. */
  private ownerFor(countyCode: string | null | undefined, fieldPath: Field): string {
    const code = countyCode?.trim() || null;
    if (code === null) {
      if (this.scope.viewer?.role !== "CITY_ADMIN") {
        throw refuse("OUT_OF_SCOPE", "市级活动只能由市级管理员登记", field(...fieldPath));
      }
      return CITY.code;
    }
    if (!isCountyCode(code)) {
      throw refuse("NOT_FOUND", `没有代码为「${code.slice(0, 20)}」的县（市）区`, field(...fieldPath));
    }
    this.scope.assertWritable(code, field(...fieldPath));
    return code;
  }

  // --- 创先争优 -----------------------------------------------------------------------------

  /** The steps recorded for each (branch, year), in order. */
  async campaigns(keys: readonly { branchId: number; year: number }[]): Promise<ExcellenceCampaignRecord[]> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT branch_id, year, step, note, recorded_on FROM excellence_step
       WHERE branch_id IN ${p.list([...new Set(keys.map((k) => k.branchId))])}
         AND year IN ${p.list([...new Set(keys.map((k) => k.year))])}
       ORDER BY branch_id, year, position`,
      p.values,
    );
    const steps = new Map<string, ExcellenceStepRecord[]>();
    for (const r of rows) {
      const key = `${num(r.branch_id)}|${num(r.year)}`;
      steps.set(key, [
        ...(steps.get(key) ?? []),
        {
          step: String(r.step) as ExcellenceStep,
          note: r.note == null ? null : String(r.note),
          recordedOn: dateValue(r.recorded_on) as IsoDate,
        },
      ]);
    }
    return keys.map((k) => ({ ...k, steps: steps.get(`${k.branchId}|${k.year}`) ?? [] }));
  }

  /** Records the next of the six steps for a branch and year: a skip or a repeat is INVALID_TRANSITION. */
  advanceExcellence(
    input: { branchId: string; year: number; step: ExcellenceStep; note?: string | null },
    today: IsoDate,
  ): Promise<Outcome<ExcellenceCampaignRecord>> {
    return mutate(this.db, async (tx) => {
      const branch = await this.lockBranch(tx, input.branchId, ["input", "branchId"]);
      const year = this.checkYear(input.year, today, ["input", "year"]);
      if (!existedDuring(branch, yearStart(year), minDate(today, yearEnd(year)))) {
        throw refuse("INVALID_INPUT", `该党组织在 ${year} 年不存在`, ["input", "year"]);
      }
      if (!(EXCELLENCE_STEPS as readonly string[]).includes(input.step)) {
        throw refuse("INVALID_INPUT", "环节无效", ["input", "step"]);
      }
      const [before] = await this.campaignsIn(tx, branch.id, year);
      const completed = before.steps.map((s) => s.step);
      const advanced = advanceExcellence(completed, input.step);
      if (!advanced.ok) throw refuse("INVALID_TRANSITION", advanced.error.message, ["input", "step"]);
      const note = noteValue(input.note);
      await tx.query(
        "INSERT INTO excellence_step (branch_id, year, step, position, note, recorded_on) VALUES (?, ?, ?, ?, ?, ?)",
        [branch.id, year, input.step, advanced.value.length, note, today],
      );
      const [after] = await this.campaignsIn(tx, branch.id, year);
      await tx.audit({
        operation: "advanceExcellenceStep",
        entityType: "Branch",
        entityKey: branch.id,
        before: { [`excellence${year}`]: completed },
        after: { [`excellence${year}`]: advanced.value, [`excellence${year}:${input.step}:note`]: note },
      });
      return after;
    });
  }

  private async campaignsIn(tx: Tx, branchId: number, year: number): Promise<[ExcellenceCampaignRecord]> {
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT step, note, recorded_on FROM excellence_step WHERE branch_id = ? AND year = ? ORDER BY position${tx.forUpdate}`,
      [branchId, year],
    );
    return [
      {
        branchId,
        year,
        steps: rows.map((r) => ({
          step: String(r.step) as ExcellenceStep,
          note: r.note == null ? null : String(r.note),
          recordedOn: dateValue(r.recorded_on) as IsoDate,
        })),
      },
    ];
  }

  /**
   * Completion rate of each step, for the city and each county: branches that completed it ÷
   * branches expected to take part (the domain's `expectedInExcellence`: in force on the day the year
   * is measured, or having recorded a step that year), counted in SQL.
   */
  async excellenceCompletion(
    year: number,
    countyCodes: readonly string[],
    today: IsoDate,
  ): Promise<ExcellenceCompletionRecord[]> {
    const asOf = minDate(today, yearEnd(year));
    const p = new Params();
    // Placeholders are added in the order they appear in the text.
    const stepped = () =>
      `EXISTS (SELECT 1 FROM excellence_step s WHERE s.branch_id = b.id AND s.year = ${p.add(year)})`;
    const expectedRows: Record<string, unknown>[] = await this.db.query(
      `SELECT b.county_code AS county_code, COUNT(*) AS expected, SUM(CASE WHEN ${stepped()} THEN 1 ELSE 0 END) AS campaigns
       FROM branch b WHERE (${branchInForce("b", p, asOf)}) OR ${stepped()}
       GROUP BY b.county_code`,
      p.values,
    );
    const stepRows: Record<string, unknown>[] = await this.db.query(
      `SELECT b.county_code AS county_code, s.step AS step, COUNT(DISTINCT s.branch_id) AS n
       FROM excellence_step s JOIN branch b ON b.id = s.branch_id WHERE s.year = ? GROUP BY b.county_code, s.step`,
      [year],
    );
    const zero = () => Object.fromEntries(EXCELLENCE_STEPS.map((step) => [step, 0])) as Record<ExcellenceStep, number>;
    const tally = new Map<
      string | null,
      { expected: number; campaigns: number; completed: Record<ExcellenceStep, number> }
    >();
    const of = (code: string | null) => {
      const t = tally.get(code) ?? { expected: 0, campaigns: 0, completed: zero() };
      tally.set(code, t);
      return t;
    };
    for (const r of expectedRows) {
      for (const t of [of(null), of(String(r.county_code))]) {
        t.expected += num(r.expected);
        t.campaigns += num(r.campaigns);
      }
    }
    for (const r of stepRows) {
      for (const t of [of(null), of(String(r.county_code))]) t.completed[String(r.step) as ExcellenceStep] += num(r.n);
    }
    return [null, ...countyCodes].map((countyCode) => {
      const t = of(countyCode);
      const rates = excellenceCompletionOf({ expected: t.expected, completed: t.completed });
      if (!rates.ok) throw new Error(`excellence counts of ${countyCode ?? "the city"}: ${rates.error.message}`);
      return { countyCode, campaigns: t.campaigns, expected: t.expected, rates: rates.value };
    });
  }

  // --- 书记培训 -----------------------------------------------------------------------------

  createTrainingCourse(input: {
    name: string;
    level: "CITY" | "COUNTY";
    countyCode?: string | null;
    heldOn: string;
    hours: number;
  }): Promise<Outcome<TrainingCourseRecord>> {
    return mutate(this.db, async (tx) => {
      const countyCode = input.countyCode?.trim() || null;
      if (input.level === "CITY" && countyCode !== null) {
        throw refuse("INVALID_INPUT", "市级培训班不属于某个县（市）区", ["input", "countyCode"]);
      }
      if (input.level === "COUNTY" && countyCode === null) {
        throw refuse("INVALID_INPUT", "县级培训班须指定县（市）区", ["input", "countyCode"]);
      }
      const owner = this.ownerFor(countyCode, ["input", "countyCode"]);
      const name = text(input.name, ["input", "name"], "培训班名称");
      const heldOn = this.checkDate(input.heldOn, ["input", "heldOn"]);
      if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > 500) {
        throw refuse("INVALID_INPUT", "学时须为 1 至 500 的整数", ["input", "hours"]);
      }
      const [same] = await tx.query(
        `SELECT id FROM training_course WHERE owner_code = ? AND held_on = ? AND name = ?${tx.forUpdate}`,
        [owner, heldOn, name],
      );
      if (same) throw refuse("CONFLICT", `${heldOn} 已登记过「${name}」培训班`, ["input", "name"]);
      try {
        await tx.query("INSERT INTO training_course (owner_code, level, name, held_on, hours) VALUES (?, ?, ?, ?, ?)", [
          owner,
          input.level,
          name,
          heldOn,
          input.hours,
        ]);
      } catch (error) {
        if (isDuplicateKey(error)) throw refuse("CONFLICT", `${heldOn} 已登记过「${name}」培训班`, ["input", "name"]);
        throw error;
      }
      const [row] = await tx.query("SELECT * FROM training_course WHERE owner_code = ? AND held_on = ? AND name = ?", [
        owner,
        heldOn,
        name,
      ]);
      const course = courseFromRow(row as Record<string, unknown>);
      await tx.audit({
        operation: "createTrainingCourse",
        entityType: "TrainingCourse",
        entityKey: course.id,
        before: null,
        after: { level: course.level, countyCode: course.countyCode, name, heldOn, hours: course.hours },
      });
      return course;
    });
  }

  /**
   * Records the secretaries of these branches as attendants of a course held already: the viewer's
   * branches, of the course's county for a county-level course, in existence on the course's day.
   */
  recordTrainingAttendance(
    input: { courseId: string; branchIds: readonly string[] },
    today: IsoDate,
  ): Promise<Outcome<TrainingCourseRecord>> {
    return mutate(this.db, async (tx) => {
      const courseId = decodeIntId(input.courseId, "TrainingCourse");
      const [row] =
        courseId === null
          ? []
          : await tx.query(`SELECT * FROM training_course WHERE id = ?${tx.forUpdate}`, [courseId]);
      if (!row) throw refuse("NOT_FOUND", "没有这个培训班", ["input", "courseId"]);
      const course = courseFromRow(row);
      if (course.heldOn > today) {
        throw refuse("INVALID_INPUT", `培训班 ${course.heldOn} 才举办，尚不能登记参训`, ["input", "courseId"]);
      }
      if (input.branchIds.length === 0) throw refuse("INVALID_INPUT", "至少登记一个党组织", ["input", "branchIds"]);
      if (new Set(input.branchIds).size !== input.branchIds.length) {
        throw refuse("INVALID_INPUT", "党组织重复", ["input", "branchIds"]);
      }
      const branches: BranchRecord[] = [];
      for (const [i, id] of input.branchIds.entries()) {
        const branch = await this.lockBranch(tx, id, ["input", "branchIds", i]);
        if (course.countyCode !== null && branch.countyCode !== course.countyCode) {
          throw refuse("INVALID_INPUT", "县级培训班只能登记本县（市）区党组织的书记", [
            "input",
            "branchIds",
            String(i),
          ]);
        }
        if (!existedDuring(branch, course.heldOn, course.heldOn)) {
          throw refuse("INVALID_INPUT", `「${branch.name}」在培训当天不存在`, ["input", "branchIds", String(i)]);
        }
        const [already] = await tx.query(
          `SELECT id FROM training_attendance WHERE course_id = ? AND branch_id = ?${tx.forUpdate}`,
          [course.id, branch.id],
        );
        if (already) {
          throw refuse("CONFLICT", `「${branch.name}」的书记已登记参加本培训班`, ["input", "branchIds", String(i)]);
        }
        branches.push(branch);
      }
      for (const branch of branches) {
        try {
          await tx.query("INSERT INTO training_attendance (course_id, branch_id, secretary_name) VALUES (?, ?, ?)", [
            course.id,
            branch.id,
            branch.secretaryName,
          ]);
        } catch (error) {
          if (isDuplicateKey(error))
            throw refuse("CONFLICT", `「${branch.name}」的书记已登记参加本培训班`, ["input", "branchIds"]);
          throw error;
        }
        await tx.audit({
          operation: "recordTrainingAttendance",
          entityType: "Branch",
          entityKey: branch.id,
          before: null,
          after: { trainingCourse: course.id, trainingCourseName: course.name, secretaryName: branch.secretaryName },
        });
      }
      return course;
    });
  }

  /**
   * Courses held in a year: of one county (with the city's, which its secretaries attend too), or
   * every course the viewer may read when no county is asked for.
   */
  async trainingCourses(year: number, countyCode: string | null): Promise<TrainingCourseRecord[]> {
    const county = this.scope.countyForRead(countyCode);
    const p = new Params();
    // Placeholders are added in the order they appear in the text.
    const held = `held_on >= ${p.add(yearStart(year))} AND held_on <= ${p.add(yearEnd(year))}`;
    const owners = county === null ? "1 = 1" : `owner_code IN ${p.list([CITY.code, county])}`;
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT * FROM training_course WHERE ${held} AND ${owners} ORDER BY held_on, id`,
      p.values,
    );
    return rows.map(courseFromRow);
  }

  /** The attendants of each course that the viewer may read (a county role: its own branches). */
  async attendance(courseIds: readonly number[]): Promise<TrainingAttendanceRecord[][]> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT a.course_id, a.branch_id, a.secretary_name, b.county_code
       FROM training_attendance a JOIN branch b ON b.id = a.branch_id
       WHERE a.course_id IN ${p.list(courseIds)} ORDER BY a.course_id, a.branch_id`,
      p.values,
    );
    const byCourse = new Map<number, TrainingAttendanceRecord[]>();
    for (const r of rows) {
      const record = this.scope.readable({
        courseId: num(r.course_id),
        branchId: num(r.branch_id),
        countyCode: String(r.county_code),
        secretaryName: r.secretary_name == null ? null : String(r.secretary_name),
      });
      if (record) addTo(byCourse, record.courseId, record);
    }
    return courseIds.map((id) => byCourse.get(id) ?? []);
  }

  /**
   * Share of branch secretaries trained in a year, as of a day: secretaries of the branches in force
   * that day, and those of them whose secretary attended a course held that year by then.
   */
  async trainedShares(year: number, asOf: IsoDate, countyCodes: readonly string[]): Promise<TrainedShareRecord[]> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT b.county_code AS county_code, COUNT(*) AS secretaries,
         COUNT(CASE WHEN EXISTS (
           SELECT 1 FROM training_attendance a JOIN training_course c ON c.id = a.course_id
           WHERE a.branch_id = b.id AND c.held_on >= ${p.add(yearStart(year))} AND c.held_on <= ${p.add(asOf)}
         ) THEN 1 END) AS trained
       FROM branch b
       WHERE b.founded_on <= ${p.add(asOf)} AND (b.dissolved_on IS NULL OR b.dissolved_on > ${p.add(asOf)})
       GROUP BY b.county_code`,
      p.values,
    );
    const byCounty = new Map(rows.map((r) => [String(r.county_code), { s: num(r.secretaries), t: num(r.trained) }]));
    const total = [...byCounty.values()].reduce((a, b) => ({ s: a.s + b.s, t: a.t + b.t }), { s: 0, t: 0 });
    return [null, ...countyCodes].map((countyCode) => {
      const c = countyCode === null ? total : (byCounty.get(countyCode) ?? { s: 0, t: 0 });
      return { countyCode, secretaries: c.s, trained: c.t, share: trainedShare(c.s, c.t) };
    });
  }

  // --- 星级量化 -----------------------------------------------------------------------------

  get bands(): StarBands {
    return this.starBands;
  }

  /** Sets (or changes) a branch's score for a period; the stars follow from the configured bands. */
  rateBranch(
    input: { branchId: string; period: string; score: number },
    today: IsoDate,
  ): Promise<Outcome<StarRatingRecord>> {
    return mutate(this.db, async (tx) => {
      const branch = await this.lockBranch(tx, input.branchId, ["input", "branchId"]);
      const parsed = parsePeriod(input.period.trim());
      if (!parsed.ok) throw refuse("INVALID_INPUT", parsed.error.message.slice(0, 80), ["input", "period"]);
      const period = parsed.value;
      if (period > periodOf(today) || period < `${FIRST_YEAR}-01`) {
        throw refuse("INVALID_INPUT", `评定期须在 ${FIRST_YEAR}-01 至 ${periodOf(today)} 之间`, ["input", "period"]);
      }
      if (!existedDuring(branch, periodStart(period), periodEnd(period))) {
        throw refuse("INVALID_INPUT", `该党组织在 ${period} 不存在`, ["input", "period"]);
      }
      const tenths = Math.round(input.score * 10);
      if (
        !Number.isFinite(input.score) ||
        input.score < 0 ||
        input.score > 1000 ||
        Math.abs(input.score * 10 - tenths) > 1e-6
      ) {
        throw refuse("INVALID_INPUT", "得分须在 0 至 1000 之间，最多一位小数", ["input", "score"]);
      }
      const [row] = await tx.query(
        `SELECT id, score_tenths FROM star_rating WHERE branch_id = ? AND period = ?${tx.forUpdate}`,
        [branch.id, period],
      );
      const before = row ? this.rating(branch.id, period, num(row.score_tenths)) : null;
      if (row && num(row.score_tenths) !== tenths) {
        await tx.query("UPDATE star_rating SET score_tenths = ?, updated_at = ? WHERE id = ?", [
          tenths,
          sqlInstant(new Date()),
          num(row.id),
        ]);
      } else if (!row) {
        await tx.query("INSERT INTO star_rating (branch_id, period, score_tenths) VALUES (?, ?, ?)", [
          branch.id,
          period,
          tenths,
        ]);
      }
      const after = this.rating(branch.id, period, tenths);
      const audited = (r: StarRatingRecord | null) =>
        r ? { [`stars${period}`]: { score: r.score, stars: r.stars } } : null;
      await tx.audit({
        operation: "rateBranchStars",
        entityType: "Branch",
        entityKey: branch.id,
        before: audited(before) ?? { [`stars${period}`]: null },
        after: audited(after),
      });
      return after;
    });
  }

  private rating(branchId: number, period: Period, tenths: number): StarRatingRecord {
    const score = tenths / 10;
    return { branchId, period, score, stars: starsForScore(score, this.starBands) };
  }

  async ratings(keys: readonly { branchId: number; period: Period }[]): Promise<(StarRatingRecord | null)[]> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT branch_id, period, score_tenths FROM star_rating
       WHERE branch_id IN ${p.list([...new Set(keys.map((k) => k.branchId))])}
         AND period IN ${p.list([...new Set(keys.map((k) => k.period))])}`,
      p.values,
    );
    const found = new Map(rows.map((r) => [`${num(r.branch_id)}|${r.period}`, num(r.score_tenths)]));
    return keys.map((k) => {
      const tenths = found.get(`${k.branchId}|${k.period}`);
      return tenths === undefined ? null : this.rating(k.branchId, k.period, tenths);
    });
  }

  /** Branches rated in a period and how many got each number of stars, for the city and each county. */
  async starSummary(period: Period, countyCodes: readonly string[]): Promise<StarSummaryRecord[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT b.county_code AS county_code, r.score_tenths AS score_tenths
       FROM star_rating r JOIN branch b ON b.id = r.branch_id WHERE r.period = ?`,
      [period],
    );
    const empty = (): [number, number, number, number, number] => [0, 0, 0, 0, 0];
    const byCounty = new Map<string | null, [number, number, number, number, number]>([[null, empty()]]);
    for (const r of rows) {
      const stars = starsForScore(num(r.score_tenths) / 10, this.starBands);
      for (const key of [null, String(r.county_code)]) {
        const counts = byCounty.get(key) ?? empty();
        counts[stars - 1] = (counts[stars - 1] as number) + 1;
        byCounty.set(key, counts);
      }
    }
    return [null, ...countyCodes].map((countyCode) => {
      const byStars = byCounty.get(countyCode) ?? empty();
      return { countyCode, rated: byStars.reduce((a, b) => a + b, 0), byStars };
    });
  }

  // --- 联席会 -------------------------------------------------------------------------------

  recordJointMeeting(
    input: {
      countyCode?: string | null;
      heldOn: string;
      title: string;
      departments: readonly string[];
      decisions: readonly string[];
    },
    today: IsoDate,
  ): Promise<Outcome<JointMeetingRecord>> {
    return mutate(this.db, async (tx) => {
      const owner = this.ownerFor(input.countyCode, ["input", "countyCode"]);
      const heldOn = this.checkDate(input.heldOn, ["input", "heldOn"]);
      if (heldOn > today) throw refuse("INVALID_INPUT", "不能登记尚未召开的会议", ["input", "heldOn"]);
      const title = text(input.title, ["input", "title"], "会议名称");
      const departments = input.departments.map((d, i) => text(d, ["input", "departments", i], "参会部门"));
      if (departments.length === 0) throw refuse("INVALID_INPUT", "至少列出一个参会部门", ["input", "departments"]);
      if (new Set(departments).size !== departments.length) {
        throw refuse("INVALID_INPUT", "参会部门重复", ["input", "departments"]);
      }
      const decisions = input.decisions.map((d, i) => text(d, ["input", "decisions", i], "议定事项"));
      const [same] = await tx.query(
        `SELECT id FROM joint_meeting WHERE owner_code = ? AND held_on = ? AND title = ?${tx.forUpdate}`,
        [owner, heldOn, title],
      );
      if (same) throw refuse("CONFLICT", `${heldOn} 已登记过「${title}」`, ["input", "title"]);
      try {
        await tx.query(
          "INSERT INTO joint_meeting (owner_code, held_on, title, departments, decisions) VALUES (?, ?, ?, ?, ?)",
          [owner, heldOn, title, JSON.stringify(departments), JSON.stringify(decisions)],
        );
      } catch (error) {
        if (isDuplicateKey(error)) throw refuse("CONFLICT", `${heldOn} 已登记过「${title}」`, ["input", "title"]);
        throw error;
      }
      const [row] = await tx.query("SELECT * FROM joint_meeting WHERE owner_code = ? AND held_on = ? AND title = ?", [
        owner,
        heldOn,
        title,
      ]);
      const meeting = meetingFromRow(row as Record<string, unknown>);
      await tx.audit({
        operation: "recordJointMeeting",
        entityType: "JointMeeting",
        entityKey: meeting.id,
        before: null,
        after: { countyCode: meeting.countyCode, heldOn, title, departments, decisions },
      });
      return meeting;
    });
  }

  /** Meetings held in a year: of the city (no county), or of a county the viewer may read. */
  async jointMeetings(year: number, countyCode: string | null): Promise<JointMeetingRecord[]> {
    const owner = countyCode === null ? CITY.code : (this.scope.countyForRead(countyCode) as string);
    const rows: Record<string, unknown>[] = await this.db.query(
      "SELECT * FROM joint_meeting WHERE owner_code = ? AND held_on >= ? AND held_on <= ? ORDER BY held_on, id",
      [owner, yearStart(year), yearEnd(year)],
    );
    return rows.map(meetingFromRow);
  }
}
