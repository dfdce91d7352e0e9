/**
 * Leaders (领导干部) and their terms, §3.5 and §6: the city's leaders at 副市级 and above and each
 * county's at 副县级 and above, in protocol order; each county's 常委组织部长 (the 联络人 of the city
 * leaders' contact points there). Leaders change at every term: a term that ends keeps the person
 * (and the contact points he guided) as history; the successor is a new leader with a term of his own.
 *
 * Terms are half-open like every validity of this package: in office from `termStart`, no longer on
 * `termEnd` (the first day out of office). A leader recorded before terms were kept has no start.
 */
import { type IsoDate, isIsoDate } from "./dates.js";
import { isCountyCode, type LeaderLevel } from "./hierarchy.js";
import { type Finding, type Verdict, verdict } from "./result.js";

export const MAX_LEADER_NAME_LENGTH = 32;
export const MAX_LEADER_TITLE_LENGTH = 64;
export const MAX_PHONE_LENGTH = 32;
/** Protocol order within a level (and county): 1 first. */
export const MAX_SORT_ORDER = 9999;

export interface LeaderTerm {
  /** First day in office; null when it was not recorded (leaders entered before terms were kept). */
  readonly termStart: IsoDate | null;
  /** First day no longer in office (离任); null while in office. */
  readonly termEnd: IsoDate | null;
}

/** In office on `date`: the term has started (or its start is unknown) and has not ended. */
export function leaderInOffice(term: LeaderTerm, date: IsoDate): boolean {
  return (term.termStart === null || term.termStart <= date) && (term.termEnd === null || term.termEnd > date);
}

/** The two terms share at least one day. */
export function termsOverlap(a: LeaderTerm, b: LeaderTerm): boolean {
  const startsBeforeBEnds = b.termEnd === null || a.termStart === null || a.termStart < b.termEnd;
  const startsBeforeAEnds = a.termEnd === null || b.termStart === null || b.termStart < a.termEnd;
  return startsBeforeBEnds && startsBeforeAEnds;
}

export type LeaderRuleCode =
  | "NAME_REQUIRED"
  | "NAME_TOO_LONG"
  | "TITLE_REQUIRED"
  | "TITLE_TOO_LONG"
  | "PHONE_INVALID"
  | "COUNTY_REQUIRED"
  | "COUNTY_NOT_ALLOWED"
  | "UNKNOWN_COUNTY"
  | "ORDER_OUT_OF_RANGE"
  | "TERM_START_REQUIRED"
  | "TERM_START_IN_FUTURE"
  | "TERM_END_NOT_AFTER_START"
  | "TERM_END_IN_FUTURE"
  | "HEAD_NOT_COUNTY_LEADER"
  | "HEAD_TERMS_OVERLAP";

export interface LeaderValues extends LeaderTerm {
  readonly level: LeaderLevel;
  /** Null for a city leader. */
  readonly countyCode: string | null;
  readonly name: string;
  readonly title: string;
  readonly phone: string | null;
  readonly sortOrder: number;
  /** This county leader is the county's 常委组织部长. */
  readonly organizationHead: boolean;
}

/** Another organization head of the same county, to check that their terms do not overlap. */
export interface OrganizationHeadFacts extends LeaderTerm {
  readonly name: string;
}

const PHONE_RE = /^[0-9+\-() ]{3,32}$/;

/** A work phone as people write it: digits, spaces and + - ( ), 3 to 32 characters. */
export const isPhone = (phone: string): boolean => PHONE_RE.test(phone.trim());

/**
 * Checks a leader's values (a new leader, or a correction of one): a city leader has no county and a
 * county leader one of the nine; a term starts on or before today and ends after it starts (never
 * after today: an ending is recorded when it happens); only a county leader is a 组织部长, and a
 * county has one at a time, so his term may not overlap another head's of the same county
 * (`otherHeads`). `requireStart`: new leaders must give the day their term started.
 */
export function validateLeader(
  v: LeaderValues,
  options: {
    readonly today: IsoDate;
    readonly requireStart: boolean;
    readonly otherHeads: readonly OrganizationHeadFacts[];
  },
): Verdict<LeaderRuleCode> {
  const errors: Finding<LeaderRuleCode>[] = [];
  const at = (name: string) => [name];
  const name = v.name.trim();
  const title = v.title.trim();
  if (name === "") errors.push({ code: "NAME_REQUIRED", message: "姓名不能为空", field: at("name") });
  if (name.length > MAX_LEADER_NAME_LENGTH) {
    errors.push({ code: "NAME_TOO_LONG", message: `姓名最多${MAX_LEADER_NAME_LENGTH}个字符`, field: at("name") });
  }
  if (title === "") errors.push({ code: "TITLE_REQUIRED", message: "职务不能为空", field: at("title") });
  if (title.length > MAX_LEADER_TITLE_LENGTH) {
    errors.push({ code: "TITLE_TOO_LONG", message: `职务最多${MAX_LEADER_TITLE_LENGTH}个字符`, field: at("title") });
  }
  if (v.phone !== null && !isPhone(v.phone)) {
    errors.push({ code: "PHONE_INVALID", message: "电话只能包含数字、空格和 + - ( )，3至32位", field: at("phone") });
  }
  if (v.level === "CITY" && v.countyCode !== null) {
    errors.push({ code: "COUNTY_NOT_ALLOWED", message: "市级领导干部不属于某个县（市）区", field: at("countyCode") });
  }
  if (v.level === "COUNTY") {
    if (v.countyCode === null) {
      errors.push({ code: "COUNTY_REQUIRED", message: "县级领导干部须指定县（市）区", field: at("countyCode") });
    } else if (!isCountyCode(v.countyCode)) {
      errors.push({
        code: "UNKNOWN_COUNTY",
        message: `未知的县（市）区代码：${v.countyCode}`,
        field: at("countyCode"),
      });
    }
  }
  if (!Number.isSafeInteger(v.sortOrder) || v.sortOrder < 1 || v.sortOrder > MAX_SORT_ORDER) {
    errors.push({ code: "ORDER_OUT_OF_RANGE", message: `排序须为1至${MAX_SORT_ORDER}的整数`, field: at("sortOrder") });
  }
  errors.push(...termFindings(v, options.today, options.requireStart));
  if (v.organizationHead) {
    if (v.level !== "COUNTY") {
      errors.push({
        code: "HEAD_NOT_COUNTY_LEADER",
        message: "组织部长须为县级领导干部",
        field: at("organizationHead"),
      });
    } else {
      const clash = options.otherHeads.find((other) => termsOverlap(v, other));
      if (clash) {
        errors.push({
          code: "HEAD_TERMS_OVERLAP",
          message: `本县（市）区同一时间只有一名组织部长：${clash.name}的任期${clash.termEnd ? `至${clash.termEnd}` : "尚未结束"}，请先为其登记离任`,
          field: at("organizationHead"),
        });
      }
    }
  }
  return verdict(errors, []);
}

function termFindings(t: LeaderTerm, today: IsoDate, requireStart: boolean): Finding<LeaderRuleCode>[] {
  const out: Finding<LeaderRuleCode>[] = [];
  if (t.termStart === null) {
    if (requireStart) out.push({ code: "TERM_START_REQUIRED", message: "请填写任职日期", field: ["termStart"] });
  } else if (!isIsoDate(t.termStart)) {
    out.push({ code: "TERM_START_REQUIRED", message: "任职日期无效", field: ["termStart"] });
  } else if (t.termStart > today) {
    out.push({ code: "TERM_START_IN_FUTURE", message: `任职日期不能晚于今天（${today}）`, field: ["termStart"] });
  }
  if (t.termEnd !== null) {
    if (!isIsoDate(t.termEnd) || t.termEnd > today) {
      out.push({ code: "TERM_END_IN_FUTURE", message: `离任日期不能晚于今天（${today}）`, field: ["termEnd"] });
    } else if (t.termStart !== null && t.termEnd <= t.termStart) {
      out.push({
        code: "TERM_END_NOT_AFTER_START",
        message: `离任日期须晚于任职日期（${t.termStart}）`,
        field: ["termEnd"],
      });
    }
  }
  return out;
}

export type TermEndCode = "ALREADY_ENDED" | LeaderRuleCode | "POINT_STARTS_AFTER_END";

/**
 * Ending a leader's term on `termEnd` (the first day out of office): the term is still running, the
 * day lies after its start and not after today. The contact points the leader holds end the same day
 * and stay with him as history, so none may have started on or after it.
 */
export function checkTermEnd(
  leader: LeaderTerm & { readonly name: string },
  termEnd: IsoDate,
  today: IsoDate,
  pointsInForce: readonly { readonly startedOn: IsoDate; readonly organizationName: string }[],
): Verdict<TermEndCode> {
  if (leader.termEnd !== null) {
    return verdict(
      [{ code: "ALREADY_ENDED", message: `${leader.name}已于${leader.termEnd}离任`, field: ["termEnd"] }],
      [],
    );
  }
  const findings: Finding<TermEndCode>[] = termFindings({ termStart: leader.termStart, termEnd }, today, false);
  for (const p of pointsInForce) {
    if (p.startedOn >= termEnd) {
      findings.push({
        code: "POINT_STARTS_AFTER_END",
        message: `联系点「${p.organizationName}」自${p.startedOn}起，离任日期须晚于它`,
        field: ["termEnd"],
      });
    }
  }
  return verdict(findings, []);
}

/**
 * The county's 组织部长 on `date`: the organization head in office then (at most one by the rule
 * above; the latest start wins should old records disagree).
 */
export function organizationHeadOn<L extends LeaderTerm & { readonly organizationHead: boolean }>(
  leaders: readonly L[],
  date: IsoDate,
): L | null {
  let found: L | null = null;
  for (const l of leaders) {
    if (!l.organizationHead || !leaderInOffice(l, date)) continue;
    if (found === null || (l.termStart ?? "") > (found.termStart ?? "")) found = l;
  }
  return found;
}

/** The next protocol position in a list: after the last one. */
export function nextSortOrder(existing: readonly number[]): number {
  return Math.min(MAX_SORT_ORDER, existing.reduce((max, n) => Math.max(max, n), 0) + 1);
}
