/**
 * @liangxin/domain: the rules of 两新组织党建 (domain.md), as small pure functions.
 * No I/O, no decorators, no framework. Validating functions return `Result`/`Verdict` values;
 * `*Unchecked` cores assume valid input.
 */
export * from "./activities.js";
export * from "./apportion.js";
export * from "./contact-points.js";
export * from "./coverage.js";
export * from "./coverage-contributions.js";
export * from "./credit-code.js";
export * from "./dates.js";
export * from "./formation.js";
export * from "./grouping.js";
export * from "./hierarchy.js";
export * from "./leaders.js";
export * from "./liaison-targets.js";
export * from "./organization.js";
export * from "./parks.js";
export * from "./quota.js";
export * from "./ranking.js";
export * from "./rate.js";
export * from "./reports.js";
export * from "./result.js";
export * from "./sites.js";
export * from "./status.js";
export * from "./targets.js";
export * from "./worklists.js";
