import { badUserInput } from "../common/errors.js";
import { fromCursor, toCursor } from "../common/ids.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size.js";
import { PageInfo } from "./types/common.js";

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/** Validates `first`/`after`: first in 1..100 (default 20); an unreadable cursor is refused. */
export function pageArgs(first: number | null | undefined, after: string | null | undefined) {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`first 须在 1 到 ${MAX_PAGE_SIZE} 之间（收到 ${first}）`, ["first"]);
  }
  let afterId: number | null = null;
  if (after != null) {
    afterId = fromCursor(after);
    if (afterId === null) throw badUserInput("after 游标无效", ["after"]);
  }
  return { first: size, afterId };
}

export function pageInfo(ids: readonly number[], hasNextPage: boolean, hasPreviousPage: boolean): PageInfo {
  return Object.assign(new PageInfo(), {
    hasNextPage,
    hasPreviousPage,
    startCursor: ids.length > 0 ? toCursor(ids[0] as number) : null,
    endCursor: ids.length > 0 ? toCursor(ids[ids.length - 1] as number) : null,
  });
}
