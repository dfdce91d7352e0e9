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
