import type { IsoDate } from "@liangxin/domain";

/** The calendar day of a time zone, e.g. the department's "today" in Asia/Shanghai. */
export interface Clock {
  now(): Date;
  today(): IsoDate;
}

export function systemClock(timeZone: string): Clock {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return {
    now: () => new Date(),
    today: () => format.format(new Date()),
  };
}

/** A clock stopped at a given instant (tests). */
export function fixedClock(instant: string, timeZone = "Asia/Shanghai"): Clock {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return { now: () => new Date(instant), today: () => format.format(new Date(instant)) };
}

/** The zone's offset from UTC at an instant, in milliseconds (Asia/Shanghai: +8 h). */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a calendar day begins in a time zone: 2026-11-27 in Asia/Shanghai is 2026-11-26T16:00Z. */
export function startOfDay(date: IsoDate, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let t = midnightUtc;
  // Twice: the offset at the guess, then at the corrected instant (a change of offset that day).
  for (let i = 0; i < 2; i++) t = midnightUtc - offsetMs(new Date(t), timeZone);
  return new Date(t);
}
