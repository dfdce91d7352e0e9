import { err, ok, type Result } from "./result.js";

/**
 * A calendar date as an ISO string `YYYY-MM-DD`. Dates compare correctly as strings, carry no time
 * zone and no time of day: the domain speaks of days (founding dates, due dates, "as of").
 */
export type IsoDate = string;

/** A reporting month `YYYY-MM`. */
export type Period = string;

export type DateError =
  | { readonly code: "INVALID_DATE"; readonly value: string; readonly message: string }
  | { readonly code: "INVALID_PERIOD"; readonly value: string; readonly message: string };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD_RE = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");

/** Builds an ISO date from numbers that are known to be valid. */
export function isoDateUnchecked(year: number, month: number, day: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Validates `YYYY-MM-DD` (a real calendar day, years 1900–2999). */
export function parseIsoDate(value: string): Result<IsoDate, DateError> {
  const m = DATE_RE.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return ok(value);
    }
  }
  return err({ code: "INVALID_DATE", value, message: `日期格式应为 YYYY-MM-DD 的有效日期，收到「${value}」` });
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value).ok;
}

/** Splits a valid ISO date into numbers. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (proleptic Gregorian), for arithmetic on valid dates. */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * 86_400_000);
  return isoDateUnchecked(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** `later - earlier` in days. */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return toEpochDay(later) - toEpochDay(earlier);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/** Validates `YYYY-MM`. */
export function parsePeriod(value: string): Result<Period, DateError> {
  const m = PERIOD_RE.exec(value);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (year >= 1900 && year <= 2999 && month >= 1 && month <= 12) return ok(value);
  }
  return err({ code: "INVALID_PERIOD", value, message: `月份格式应为 YYYY-MM，收到「${value}」` });
}

export function periodParts(period: Period): { year: number; month: number } {
  return { year: Number(period.slice(0, 4)), month: Number(period.slice(5, 7)) };
}

export function periodOf(date: IsoDate): Period {
  return date.slice(0, 7);
}

export function periodStart(period: Period): IsoDate {
  return `${period}-01`;
}

export function periodEnd(period: Period): IsoDate {
  const { year, month } = periodParts(period);
  return isoDateUnchecked(year, month, daysInMonth(year, month));
}

export function addMonths(period: Period, months: number): Period {
  const { year, month } = periodParts(period);
  const index = year * 12 + (month - 1) + months;
  return `${pad4(Math.floor(index / 12))}-${pad2((index % 12) + 1)}`;
}

export const previousPeriod = (period: Period): Period => addMonths(period, -1);
export const nextPeriod = (period: Period): Period => addMonths(period, 1);

/** The year's first day, `YYYY-01-01`. */
export const yearStart = (year: number): IsoDate => isoDateUnchecked(year, 1, 1);
/** The year's last day, `YYYY-12-31`. */
export const yearEnd = (year: number): IsoDate => isoDateUnchecked(year, 12, 31);

/**
 * A validity interval, half-open: in force on `from` and every later day before `to`.
 * `to` is the first day it no longer applies (a dissolution or end date); null means open-ended.
 */
export interface Validity {
  readonly from: IsoDate;
  readonly to?: IsoDate | null;
}

export function isInForce(validity: Validity, date: IsoDate): boolean {
  return validity.from <= date && (validity.to == null || date < validity.to);
}

export type IntervalError = DateError | { readonly code: "INVALID_INTERVAL"; readonly message: string };

/** Validates an interval: both ends valid dates and `to` after `from` (an empty interval is refused). */
export function parseValidity(from: string, to?: string | null): Result<Validity, IntervalError> {
  const f = parseIsoDate(from);
  if (!f.ok) return f;
  if (to == null) return ok({ from: f.value, to: null });
  const t = parseIsoDate(to);
  if (!t.ok) return t;
  if (t.value <= f.value) {
    return err({ code: "INVALID_INTERVAL", message: `结束日期（${to}）必须晚于开始日期（${from}）` });
  }
  return ok({ from: f.value, to: t.value });
}
