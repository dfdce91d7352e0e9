/**
 * The reference dataset (domain.md §5): a deterministic generator of the speech's Tieling, for the
 * server's seed and for tests. Pure: it returns data and writes nothing.
 */
export * from "./generate.js";
export * from "./plan.js";
export * from "./random.js";
export type * from "./types.js";
