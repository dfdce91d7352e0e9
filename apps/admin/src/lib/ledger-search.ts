/**
 * The organization list's state in the URL (filters, page size, cursor), so that a list can be
 * bookmarked, reloaded and returned to from an organization's page. The cursors of the pages before
 * the current one travel in the history entry's state (they are only needed for 上一页).
 */
import type { OrganizationCategory, OrganizationFilter } from "../gql/graphql";

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface LedgerSearch {
  readonly category: OrganizationCategory | null;
  readonly aboveScale: boolean | null;
  readonly organizationCovered: boolean | null;
  /** Substring of the name, trimmed; "" for none. */
  readonly nameContains: string;
  readonly size: number;
  readonly after: string | null;
}

export const EMPTY_SEARCH: LedgerSearch = {
  category: null,
  aboveScale: null,
  organizationCovered: null,
  nameContains: "",
  size: DEFAULT_PAGE_SIZE,
  after: null,
};

const bool = (value: string | null): boolean | null => (value === "true" ? true : value === "false" ? false : null);

/** Reads the URL's query string; anything unreadable is ignored rather than sent to the server. */
export function parseLedgerSearch(params: URLSearchParams): LedgerSearch {
  const category = params.get("category");
  const size = Number(params.get("size"));
  const after = params.get("after");
  return {
    category: category === "NON_PUBLIC_ENTERPRISE" || category === "SOCIAL_ORGANIZATION" ? category : null,
    aboveScale: bool(params.get("aboveScale")),
    organizationCovered: bool(params.get("covered")),
    nameContains: (params.get("q") ?? "").trim().slice(0, 100),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    after: after && after.length <= 200 ? after : null,
  };
}

export function ledgerSearchParams(search: LedgerSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.category) params.set("category", search.category);
  if (search.aboveScale !== null) params.set("aboveScale", String(search.aboveScale));
  if (search.organizationCovered !== null) params.set("covered", String(search.organizationCovered));
  if (search.nameContains) params.set("q", search.nameContains);
  if (search.size !== DEFAULT_PAGE_SIZE) params.set("size", String(search.size));
  if (search.after) params.set("after", search.after);
  return params;
}

/** The API filter: only what is set. */
export function toOrganizationFilter(search: LedgerSearch): OrganizationFilter {
  const filter: OrganizationFilter = {};
  if (search.category) filter.category = search.category;
  if (search.aboveScale !== null) filter.aboveScale = search.aboveScale;
  if (search.organizationCovered !== null) filter.organizationCovered = search.organizationCovered;
  if (search.nameContains) filter.nameContains = search.nameContains;
  return filter;
}

export function isFiltered(search: LedgerSearch): boolean {
  return (
    search.category !== null ||
    search.aboveScale !== null ||
    search.organizationCovered !== null ||
    search.nameContains !== ""
  );
}

/** History state of a list page: the `after` of each page before this one ("" for the first). */
export interface PageTrail {
  readonly cursors: readonly string[];
}

export function readTrail(state: unknown): PageTrail {
  const cursors = (state as { cursors?: unknown } | null)?.cursors;
  return { cursors: Array.isArray(cursors) && cursors.every((c) => typeof c === "string") ? cursors : [] };
}

export function pageCount(totalCount: number, size: number): number {
  return Math.max(1, Math.ceil(totalCount / size));
}
