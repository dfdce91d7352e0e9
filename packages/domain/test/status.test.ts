import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  changeStatus,
  coverageFigures,
  isInPopulation,
  type OrganizationFacts,
  restartStatus,
  type StatusPeriod,
  statusOn,
  statusTimeline,
} from "../src/index.js";

const unit = (extra: Partial<OrganizationFacts> = {}): OrganizationFacts => ({
  id: "u",
  countyCode: "211281",
  category: "NON_PUBLIC_ENTERPRISE",
  aboveScale: true,
  eligible: true,
  addedOn: "2020-01-01",
  ceasedOn: null,
  formalMemberCount: 0,
  ...extra,
});

const contiguous = (t: readonly StatusPeriod[]) =>
  t.every((p, i) => (i === t.length - 1 ? p.to == null : p.to === t[i + 1]?.from && p.from < (p.to as string)));

describe("status timeline", () => {
  it("a unit without history has its flags from the day it entered the ledger", () => {
    const u = unit({ eligible: false });
    expect(statusTimeline(u)).toEqual([{ from: "2020-01-01", to: null, eligible: false, aboveScale: true }]);
    expect(statusOn(u, "2019-12-31")).toBeNull();
    expect(statusOn(u, "2020-01-01")).toEqual({ eligible: false, aboveScale: true });
  });

  it("the population and the above-scale scope follow the period in force", () => {
    const statusHistory: StatusPeriod[] = [
      { from: "2020-01-01", to: "2023-03-01", eligible: true, aboveScale: false },
      { from: "2023-03-01", to: "2023-06-01", eligible: true, aboveScale: true },
      { from: "2023-06-01", to: null, eligible: false, aboveScale: true },
    ];
    // Today's flags (the row) say ineligible: the history decides by date.
    const u = unit({ eligible: false, aboveScale: true, statusHistory });
    expect(isInPopulation(u, "2023-05-31")).toBe(true);
    expect(isInPopulation(u, "2023-06-01")).toBe(false);
    const data = { organizations: [u], branches: [], links: [], assignments: [] };
    const above = (d: string) => coverageFigures(data, { aboveScaleOnly: true }, d).eligibleCount;
    expect([above("2023-02-28"), above("2023-03-01"), above("2023-05-31"), above("2023-06-01")]).toEqual([0, 1, 1, 0]);
  });

  it("refuses a change in the future, before the ledger date or before the last change", () => {
    const t = statusTimeline(unit());
    const ctx = { addedOn: "2020-01-01", today: "2023-05-31" };
    const code = (r: ReturnType<typeof changeStatus>) => (r.ok ? null : r.error.code);
    expect(code(changeStatus(t, { on: "2023-06-01", eligible: false, aboveScale: true }, ctx))).toBe(
      "STATUS_IN_FUTURE",
    );
    expect(code(changeStatus(t, { on: "2019-12-31", eligible: false, aboveScale: true }, ctx))).toBe(
      "STATUS_BEFORE_ADDED",
    );
    const changed = changeStatus(t, { on: "2023-05-01", eligible: false, aboveScale: true }, ctx);
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(code(changeStatus(changed.value, { on: "2023-04-30", eligible: true, aboveScale: true }, ctx))).toBe(
      "STATUS_BEFORE_LAST_CHANGE",
    );
  });

  it("a change undone on the same day merges back into the period before", () => {
    const ctx = { addedOn: "2020-01-01", today: "2023-05-31" };
    const t = statusTimeline(unit());
    const a = changeStatus(t, { on: "2023-05-01", eligible: false, aboveScale: true }, ctx);
    if (!a.ok) throw new Error("refused");
    const b = changeStatus(a.value, { on: "2023-05-01", eligible: true, aboveScale: true }, ctx);
    expect(b).toEqual({ ok: true, value: [{ from: "2020-01-01", to: null, eligible: true, aboveScale: true }] });
  });

  it("moving the ledger date moves the first period's start, unless a change would be lost", () => {
    const t: StatusPeriod[] = [
      { from: "2020-01-01", to: "2021-01-01", eligible: true, aboveScale: false },
      { from: "2021-01-01", to: null, eligible: false, aboveScale: false },
    ];
    expect(restartStatus(t, "2019-06-01")).toEqual({
      ok: true,
      value: [
        { from: "2019-06-01", to: "2021-01-01", eligible: true, aboveScale: false },
        { from: "2021-01-01", to: null, eligible: false, aboveScale: false },
      ],
    });
    expect(restartStatus(t, "2021-01-01").ok).toBe(false);
  });

  const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays("2020-01-01", n));
  const change = fc.record({ on: day, eligible: fc.boolean(), aboveScale: fc.boolean() });

  it("property: a change on a day moves exactly the days from it on; the timeline stays contiguous", () => {
    fc.assert(
      fc.property(
        fc.array(change, { maxLength: 8 }),
        change,
        fc.array(day, { maxLength: 20 }),
        (history, c, probes) => {
          const ctx = { addedOn: "2020-01-01", today: addDays("2020-01-01", 2000) };
          let t: readonly StatusPeriod[] = statusTimeline(unit());
          for (const h of [...history].sort((a, b) => a.on.localeCompare(b.on))) {
            const r = changeStatus(t, h, ctx);
            if (r.ok) t = r.value;
          }
          const r = changeStatus(t, c, ctx);
          if (!r.ok) return;
          const subject = (statusHistory: readonly StatusPeriod[]) => unit({ statusHistory });
          expect(contiguous(r.value)).toBe(true);
          expect(r.value[0]?.from).toBe("2020-01-01");
          for (const d of probes) {
            const after = statusOn(subject(r.value), d);
            if (d >= c.on) expect(after).toEqual({ eligible: c.eligible, aboveScale: c.aboveScale });
            else expect(after).toEqual(statusOn(subject(t), d));
          }
        },
      ),
    );
  });
});
