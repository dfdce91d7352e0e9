import { describe, expect, it } from "vitest";
import {
  EMPTY_SEARCH,
  isFiltered,
  ledgerSearchParams,
  pageCount,
  parseLedgerSearch,
  readTrail,
  toOrganizationFilter,
} from "./ledger-search";

describe("ledger search in the URL", () => {
  it("reads filters, page size and cursor", () => {
    const search = parseLedgerSearch(
      new URLSearchParams(
        "category=SOCIAL_ORGANIZATION&aboveScale=false&covered=true&q=%20留德%20&size=50&after=Y3Vyc29yOjk2OA",
      ),
    );
    expect(search).toEqual({
      category: "SOCIAL_ORGANIZATION",
      aboveScale: false,
      organizationCovered: true,
      nameContains: "留德",
      size: 50,
      after: "Y3Vyc29yOjk2OA",
    });
    expect(toOrganizationFilter(search)).toEqual({
      category: "SOCIAL_ORGANIZATION",
      aboveScale: false,
      organizationCovered: true,
      nameContains: "留德",
    });
  });

  it("ignores what it cannot read instead of sending it to the server", () => {
    const search = parseLedgerSearch(new URLSearchParams("category=STATE_OWNED&aboveScale=yes&covered=1&size=1000"));
    expect(search).toEqual(EMPTY_SEARCH);
    expect(toOrganizationFilter(search)).toEqual({});
    expect(isFiltered(search)).toBe(false);
  });

  it("writes only what differs from the defaults, and reads back the same", () => {
    expect(ledgerSearchParams(EMPTY_SEARCH).toString()).toBe("");
    const search = { ...EMPTY_SEARCH, aboveScale: true, organizationCovered: false, nameContains: "电缆" };
    const params = ledgerSearchParams(search);
    expect(params.toString()).toBe("aboveScale=true&covered=false&q=%E7%94%B5%E7%BC%86");
    expect(parseLedgerSearch(params)).toEqual(search);
    expect(isFiltered(search)).toBe(true);
  });

  it("keeps false filters, which mean 'without'", () => {
    expect(toOrganizationFilter({ ...EMPTY_SEARCH, organizationCovered: false })).toEqual({
      organizationCovered: false,
    });
  });

  it("reads the cursor trail from history state defensively", () => {
    expect(readTrail({ cursors: ["", "abc"] })).toEqual({ cursors: ["", "abc"] });
    expect(readTrail(null)).toEqual({ cursors: [] });
    expect(readTrail({ cursors: [1, 2] })).toEqual({ cursors: [] });
  });

  it("counts pages, at least one", () => {
    expect(pageCount(110, 20)).toBe(6);
    expect(pageCount(100, 20)).toBe(5);
    expect(pageCount(0, 20)).toBe(1);
  });
});
