/**
 * Standardization and activities, §4: the 五有 checklist, the six steps of 创先争优, and 星级量化.
 */
import { type IsoDate, isInForce } from "./dates.js";
import { coverageRate, type Rate, rateUnchecked } from "./rate.js";
import { err, type Finding, ok, type Result, type Verdict, verdict } from "./result.js";

// --- 五有 ----------------------------------------------------------------------------------

export const FIVE_HAVES = ["hasOrganization", "hasRules", "hasActivities", "hasVenue", "hasImpact"] as const;
export type FiveHavesCheck = (typeof FIVE_HAVES)[number];

export const FIVE_HAVES_LABELS: Readonly<Record<FiveHavesCheck, string>> = {
  hasOrganization: "有组织",
  hasRules: "有制度",
  hasActivities: "有活动",
  hasVenue: "有阵地",
  hasImpact: "有作用",
};

export type FiveHavesChecks = Readonly<Record<FiveHavesCheck, boolean>>;

/** Passed when all five checks hold. */
export function fiveHavesPassed(checks: FiveHavesChecks): boolean {
  return FIVE_HAVES.every((k) => checks[k]);
}

/** The checks that do not hold, in checklist order. */
export function fiveHavesMissing(checks: FiveHavesChecks): FiveHavesCheck[] {
  return FIVE_HAVES.filter((k) => !checks[k]);
}

/** 五有 rate: assessed branches that passed ÷ assessed branches. */
export function fiveHavesRate(assessments: readonly FiveHavesChecks[]): Rate {
  return rateUnchecked(assessments.filter(fiveHavesPassed).length, assessments.length);
}

/** The 五有 rate from counts (as SQL aggregates give them): passed ÷ assessed, passed ≤ assessed. */
export function fiveHavesRateOf(
  passed: number,
  assessed: number,
): Result<Rate, { code: "INVALID_RATE"; message: string }> {
  return coverageRate(passed, assessed);
}

/** Longest evidence text of one check. */
export const MAX_FIVE_HAVES_EVIDENCE_LENGTH = 1000;

/** What each check rests on (documents, visits, photos of the venue): one text per check. */
export type FiveHavesEvidence = Readonly<Record<FiveHavesCheck, string | null>>;

export type FiveHavesRuleCode = "EVIDENCE_TOO_LONG" | "EVIDENCE_MISSING";

/**
 * Checks an assessment's evidence: each text at most 1000 characters (an error); a check that holds
 * without evidence is advice (a warning): the standard is 有 … with something to show for it.
 */
export function validateFiveHaves(checks: FiveHavesChecks, evidence: FiveHavesEvidence): Verdict<FiveHavesRuleCode> {
  const errors: Finding<FiveHavesRuleCode>[] = [];
  const warnings: Finding<FiveHavesRuleCode>[] = [];
  for (const check of FIVE_HAVES) {
    const text = evidence[check]?.trim() ?? "";
    if (text.length > MAX_FIVE_HAVES_EVIDENCE_LENGTH) {
      errors.push({
        code: "EVIDENCE_TOO_LONG",
        message: `「${FIVE_HAVES_LABELS[check]}」的依据最多${MAX_FIVE_HAVES_EVIDENCE_LENGTH}个字符`,
        field: ["evidenceByCheck", check],
      });
    } else if (checks[check] && text === "") {
      warnings.push({
        code: "EVIDENCE_MISSING",
        message: `「${FIVE_HAVES_LABELS[check]}」已认定，但未填写依据`,
        field: ["evidenceByCheck", check],
      });
    }
  }
  return verdict(errors, warnings);
}

// --- 创先争优 ------------------------------------------------------------------------------

/** The six steps, in the order none may skip. */
export const EXCELLENCE_STEPS = [
  "PUBLIC_PLEDGE",
  "SELF_REVIEW",
  "LEADER_REVIEW",
  "MASS_APPRAISAL",
  "ORG_SELECTION",
  "COMMENDATION",
] as const;
export type ExcellenceStep = (typeof EXCELLENCE_STEPS)[number];

export const EXCELLENCE_STEP_LABELS: Readonly<Record<ExcellenceStep, string>> = {
  PUBLIC_PLEDGE: "公开承诺",
  SELF_REVIEW: "自我讲评",
  LEADER_REVIEW: "领导讲评",
  MASS_APPRAISAL: "群众评议",
  ORG_SELECTION: "组织选评",
  COMMENDATION: "表彰",
};

/** The next step after the completed ones; null once commended. */
export function nextExcellenceStep(completed: readonly ExcellenceStep[]): ExcellenceStep | null {
  return EXCELLENCE_STEPS[completed.length] ?? null;
}

export type ExcellenceError = { readonly code: "INVALID_TRANSITION"; readonly message: string };

/**
 * Records one more step. Only the next step in order is accepted: a skip, a repeat, or a step after
 * 表彰 is INVALID_TRANSITION. `completed` must itself be a prefix of the six steps.
 */
export function advanceExcellence(
  completed: readonly ExcellenceStep[],
  step: ExcellenceStep,
): Result<ExcellenceStep[], ExcellenceError> {
  const isPrefix = completed.every((s, i) => EXCELLENCE_STEPS[i] === s);
  if (!isPrefix) return err({ code: "INVALID_TRANSITION", message: "已完成的环节顺序有误" });
  const next = nextExcellenceStep(completed);
  if (next === null) return err({ code: "INVALID_TRANSITION", message: "六个环节已全部完成" });
  if (step !== next) {
    const done = completed.includes(step);
    return err({
      code: "INVALID_TRANSITION",
      message: done
        ? `「${EXCELLENCE_STEP_LABELS[step]}」已完成，不能重复`
        : `须先完成「${EXCELLENCE_STEP_LABELS[next]}」，环节不能跳过`,
    });
  }
  return ok([...completed, step]);
}

/**
 * Who is expected to take part in a year's 创先争优: every branch in force on the day the campaign is
 * measured (the year's last day, or today while the year runs), and any other branch that recorded a
 * step that year (it took part before it was dissolved). A branch that has not begun is expected all
 * the same: it counts in the denominator with no step done.
 */
export function expectedInExcellence(
  branch: { readonly foundedOn: IsoDate; readonly dissolvedOn?: IsoDate | null },
  recordedSteps: number,
  asOf: IsoDate,
): boolean {
  return recordedSteps > 0 || isInForce({ from: branch.foundedOn, to: branch.dissolvedOn ?? null }, asOf);
}

/**
 * Completion rate of each step: branches that completed it ÷ branches expected to take part. Pass
 * every expected branch, with `[]` for those that have not begun (else the first step reads 100%).
 */
export function excellenceCompletion(
  participants: readonly (readonly ExcellenceStep[])[],
): Readonly<Record<ExcellenceStep, Rate>> {
  return excellenceCompletionUnchecked({
    expected: participants.length,
    completed: Object.fromEntries(
      EXCELLENCE_STEPS.map((step) => [step, participants.filter((c) => c.includes(step)).length]),
    ) as Record<ExcellenceStep, number>,
  });
}

/** A year's 创先争优 as counts: branches expected to take part, and those that completed each step. */
export interface ExcellenceCounts {
  readonly expected: number;
  readonly completed: Readonly<Record<ExcellenceStep, number>>;
}

export type ExcellenceCountsError = { readonly code: "INVALID_COUNTS"; readonly message: string };

export function excellenceCompletionUnchecked(counts: ExcellenceCounts): Readonly<Record<ExcellenceStep, Rate>> {
  return Object.fromEntries(
    EXCELLENCE_STEPS.map((step) => [step, rateUnchecked(counts.completed[step], counts.expected)]),
  ) as Record<ExcellenceStep, Rate>;
}

/**
 * Completion rates from counts (SQL aggregates): each step's count lies between 0 and the expected
 * branches, and no step is completed by more branches than the one before it (none is skipped).
 */
export function excellenceCompletionOf(
  counts: ExcellenceCounts,
): Result<Readonly<Record<ExcellenceStep, Rate>>, ExcellenceCountsError> {
  const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (!isCount(counts.expected)) return err({ code: "INVALID_COUNTS", message: "参加的党组织数须为非负整数" });
  let previous = counts.expected;
  for (const step of EXCELLENCE_STEPS) {
    const n = counts.completed[step];
    if (!isCount(n) || n > previous) {
      return err({
        code: "INVALID_COUNTS",
        message: `「${EXCELLENCE_STEP_LABELS[step]}」的完成数（${n}）须在0至${previous}之间`,
      });
    }
    previous = n;
  }
  return ok(excellenceCompletionUnchecked(counts));
}

// --- 星级量化 ------------------------------------------------------------------------------

/**
 * Score thresholds for 2, 3, 4 and 5 stars (a score below the first gets 1 star). Configurable; the
 * default follows a 100-point scale [choice].
 */
export type StarBands = readonly [number, number, number, number];

export const DEFAULT_STAR_BANDS: StarBands = [60, 70, 80, 90];

export type StarBandsError = { readonly code: "INVALID_BANDS"; readonly message: string };

export function parseStarBands(bands: readonly number[]): Result<StarBands, StarBandsError> {
  if (bands.length !== 4 || bands.some((b) => !Number.isFinite(b))) {
    return err({ code: "INVALID_BANDS", message: "星级分档须给出4个分数线（2至5星）" });
  }
  for (let i = 1; i < bands.length; i++) {
    if ((bands[i] as number) <= (bands[i - 1] as number)) {
      return err({ code: "INVALID_BANDS", message: "星级分数线须严格递增" });
    }
  }
  return ok(bands as unknown as StarBands);
}

/** 1–5 stars for a score: the number of thresholds reached, plus one. */
export function starsForScore(score: number, bands: StarBands = DEFAULT_STAR_BANDS): number {
  return 1 + bands.filter((threshold) => score >= threshold).length;
}

/** Share of branch secretaries who attended a training course: trained ÷ secretaries. */
export function trainedShare(secretaries: number, trained: number): Rate {
  return rateUnchecked(Math.min(trained, secretaries), secretaries);
}
