/**
 * The activities of the speech: 创先争优, 书记培训, 星级量化, 联席会. Thin resolvers over ActivityService;
 * per-branch fields go through the request's DataLoaders.
 */
import {
  COUNTY_CODES,
  EXCELLENCE_STEP_LABELS,
  EXCELLENCE_STEPS,
  type ExcellenceStep,
  isCountyCode,
  minDate,
  nextExcellenceStep,
  yearEnd,
  yearStart,
} from "@liangxin/domain";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { toGlobalId } from "../../common/ids.js";
import type {
  ExcellenceCampaignRecord,
  ExcellenceCompletionRecord,
  JointMeetingRecord,
  StarRatingRecord,
  StarSummaryRecord,
  TrainedShareRecord,
  TrainingCourseRecord,
} from "../../service/activity.service.js";
import type { ApiContext } from "../context.js";
import { toBranch } from "../mappers.js";
import { payload } from "../payloads.js";
import {
  AdvanceExcellenceInput,
  CreateTrainingCourseInput,
  ExcellenceCampaign,
  ExcellenceCompletion,
  ExcellencePayload,
  ExcellenceProgress,
  ExcellenceStepEntry,
  ExcellenceStepRate,
  JointMeeting,
  JointMeetingPayload,
  RateBranchStarsInput,
  RecordJointMeetingInput,
  RecordTrainingAttendanceInput,
  SecretaryTraining,
  SecretaryTrainingReport,
  StarRating,
  StarRatingPayload,
  StarRatingSummary,
  StarRatings,
  TrainingAttendance,
  TrainingCourse,
  TrainingCoursePayload,
} from "../types/activities.js";
import { Rate } from "../types/common.js";
import { Branch, County } from "../types/hierarchy.js";
import { countyOf, periodArg } from "./report.resolver.js";
import { yearArg } from "./target.resolver.js";

const toRate = (r: { numerator: number; denominator: number; ratio: number | null; percent: string | null }): Rate =>
  Object.assign(new Rate(), r);

function toCampaign(c: ExcellenceCampaignRecord): ExcellenceCampaign {
  const completed = c.steps.map((s) => s.step);
  return Object.assign(new ExcellenceCampaign(), {
    year: c.year,
    completedSteps: completed,
    nextStep: nextExcellenceStep(completed),
    steps: c.steps.map((s) =>
      Object.assign(new ExcellenceStepEntry(), {
        step: s.step,
        label: EXCELLENCE_STEP_LABELS[s.step],
        note: s.note,
        recordedOn: s.recordedOn,
      }),
    ),
  });
}

const toCompletion = (c: ExcellenceCompletionRecord): ExcellenceCompletion =>
  Object.assign(new ExcellenceCompletion(), {
    countyCode: c.countyCode,
    campaignCount: c.campaigns,
    expectedCount: c.expected,
    steps: EXCELLENCE_STEPS.map((step: ExcellenceStep) =>
      Object.assign(new ExcellenceStepRate(), {
        step,
        label: EXCELLENCE_STEP_LABELS[step],
        rate: toRate(c.rates[step]),
      }),
    ),
  });

const toCourse = (c: TrainingCourseRecord): TrainingCourse =>
  Object.assign(new TrainingCourse(), {
    id: toGlobalId("TrainingCourse", c.id),
    dbId: c.id,
    name: c.name,
    level: c.level,
    heldOn: c.heldOn,
    hours: c.hours,
    countyCode: c.countyCode,
  });

const toShare = (s: TrainedShareRecord): SecretaryTraining =>
  Object.assign(new SecretaryTraining(), {
    countyCode: s.countyCode,
    secretaries: s.secretaries,
    trained: s.trained,
    share: toRate(s.share),
  });

const toRating = (r: StarRatingRecord): StarRating =>
  Object.assign(new StarRating(), { branchId: r.branchId, period: r.period, score: r.score, stars: r.stars });

const toStarSummary = (s: StarSummaryRecord): StarRatingSummary =>
  Object.assign(new StarRatingSummary(), { countyCode: s.countyCode, rated: s.rated, byStars: [...s.byStars] });

const toMeeting = (m: JointMeetingRecord): JointMeeting =>
  Object.assign(new JointMeeting(), {
    id: toGlobalId("JointMeeting", m.id),
    countyCode: m.countyCode,
    heldOn: m.heldOn,
    title: m.title,
    departments: [...m.departments],
    decisions: [...m.decisions],
  });

const countyArg = (code: string | null | undefined): string | null => {
  if (code == null) return null;
  if (!isCountyCode(code)) throw badUserInput("未知的县（市）区代码", ["countyCode"]);
  return code;
};

const optionalCounty = (ctx: ApiContext, code: string | null): Promise<County | null> =>
  code === null ? Promise.resolve(null) : countyOf(ctx, code);

@Resolver()
export class ActivityResolver {
  // --- 创先争优 -----------------------------------------------------------------------------

  @Authorized("ADVANCE_EXCELLENCE")
  @Mutation(() => ExcellencePayload, {
    description: "Records the next of the six steps for a branch and year; a skip or a repeat is INVALID_TRANSITION.",
  })
  async advanceExcellenceStep(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => AdvanceExcellenceInput) input: AdvanceExcellenceInput,
  ): Promise<ExcellencePayload> {
    const outcome = await ctx.services.activities.advanceExcellence(input, ctx.today);
    return Object.assign(new ExcellencePayload(), payload(outcome, "campaign", toCampaign));
  }

  @Query(() => ExcellenceProgress, { description: "Completion rate of each step of 创先争优, city and counties." })
  async excellenceCompletion(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
  ): Promise<ExcellenceProgress> {
    const [city, ...counties] = await ctx.services.activities.excellenceCompletion(
      yearArg(year),
      COUNTY_CODES,
      ctx.today,
    );
    return Object.assign(new ExcellenceProgress(), {
      year,
      city: toCompletion(city as ExcellenceCompletionRecord),
      counties: counties.map(toCompletion),
    });
  }

  // --- 书记培训 -----------------------------------------------------------------------------

  @Authorized("RECORD_ACTIVITY")
  @Mutation(() => TrainingCoursePayload, {
    description: "A training course of the city (CITY_ADMIN) or of a county.",
  })
  async createTrainingCourse(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => CreateTrainingCourseInput) input: CreateTrainingCourseInput,
  ): Promise<TrainingCoursePayload> {
    const outcome = await ctx.services.activities.createTrainingCourse(input);
    return Object.assign(new TrainingCoursePayload(), payload(outcome, "course", toCourse));
  }

  @Authorized("RECORD_ACTIVITY")
  @Mutation(() => TrainingCoursePayload, {
    description: "Records the secretaries of these branches as having attended a course held already.",
  })
  async recordTrainingAttendance(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => RecordTrainingAttendanceInput) input: RecordTrainingAttendanceInput,
  ): Promise<TrainingCoursePayload> {
    const outcome = await ctx.services.activities.recordTrainingAttendance(input, ctx.today);
    return Object.assign(new TrainingCoursePayload(), payload(outcome, "course", toCourse));
  }

  @Query(() => [TrainingCourse], {
    description:
      "Courses held in a year: a county's with the city's, or (no county) all a city role may read; a county role reads its own county.",
  })
  async trainingCourses(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
  ): Promise<TrainingCourse[]> {
    return (await ctx.services.activities.trainingCourses(yearArg(year), countyArg(countyCode))).map(toCourse);
  }

  @Query(() => SecretaryTrainingReport, {
    description: "Share of branch secretaries trained in a year, city and counties.",
  })
  async secretaryTraining(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
  ): Promise<SecretaryTrainingReport> {
    const asOf = minDate(ctx.today, yearEnd(yearArg(year)));
    if (asOf < yearStart(year)) throw badUserInput(`${year} 年尚未开始`, ["year"]);
    const [city, ...counties] = await ctx.services.activities.trainedShares(year, asOf, COUNTY_CODES);
    return Object.assign(new SecretaryTrainingReport(), {
      year,
      asOf,
      city: toShare(city as TrainedShareRecord),
      counties: counties.map(toShare),
    });
  }

  // --- 星级量化 -----------------------------------------------------------------------------

  @Authorized("RECORD_ACTIVITY")
  @Mutation(() => StarRatingPayload, { description: "Sets (or changes) a branch's score for a period." })
  async rateBranchStars(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => RateBranchStarsInput) input: RateBranchStarsInput,
  ): Promise<StarRatingPayload> {
    const outcome = await ctx.services.activities.rateBranch(input, ctx.today);
    return Object.assign(new StarRatingPayload(), payload(outcome, "rating", toRating));
  }

  @Query(() => StarRatings, { description: "Branches rated in a period by stars, city and counties, with the bands." })
  async starRatings(@Ctx() ctx: ApiContext, @Arg("period") period: string): Promise<StarRatings> {
    const p = periodArg(period);
    const [city, ...counties] = await ctx.services.activities.starSummary(p, COUNTY_CODES);
    return Object.assign(new StarRatings(), {
      period: p,
      bands: [...ctx.services.activities.bands],
      city: toStarSummary(city as StarSummaryRecord),
      counties: counties.map(toStarSummary),
    });
  }

  // --- 联席会 -------------------------------------------------------------------------------

  @Authorized("RECORD_ACTIVITY")
  @Mutation(() => JointMeetingPayload, { description: "A joint meeting of the city (CITY_ADMIN) or of a county." })
  async recordJointMeeting(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => RecordJointMeetingInput) input: RecordJointMeetingInput,
  ): Promise<JointMeetingPayload> {
    const outcome = await ctx.services.activities.recordJointMeeting(input, ctx.today);
    return Object.assign(new JointMeetingPayload(), payload(outcome, "meeting", toMeeting));
  }

  @Query(() => [JointMeeting], {
    description: "Joint meetings held in a year: the city's (no county), or a county's (county roles: their own).",
  })
  async jointMeetings(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
  ): Promise<JointMeeting[]> {
    return (await ctx.services.activities.jointMeetings(yearArg(year), countyArg(countyCode))).map(toMeeting);
  }
}

@Resolver(() => Branch)
export class BranchActivityResolver {
  @FieldResolver(() => ExcellenceCampaign, {
    nullable: true,
    description: "创先争优 of a year (the steps done so far); null when the branch did not exist that year.",
  })
  async excellence(
    @Root() branch: Branch,
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
  ): Promise<ExcellenceCampaign | null> {
    yearArg(year);
    const from = yearStart(year);
    const to = yearEnd(year);
    if (branch.foundedOn === null || branch.foundedOn > to || (branch.dissolvedOn && branch.dissolvedOn <= from)) {
      return null;
    }
    return toCampaign(await ctx.loaders.excellence.load({ branchId: branch.dbId, year }));
  }

  @FieldResolver(() => StarRating, { nullable: true, description: "The branch's 星级量化 of a period (YYYY-MM)." })
  async starRating(
    @Root() branch: Branch,
    @Ctx() ctx: ApiContext,
    @Arg("period") period: string,
  ): Promise<StarRating | null> {
    const rating = await ctx.loaders.starRating.load({ branchId: branch.dbId, period: periodArg(period) });
    return rating ? toRating(rating) : null;
  }
}

@Resolver(() => TrainingCourse)
export class TrainingCourseResolver {
  @FieldResolver(() => County, { nullable: true, description: "Null for a course of the city." })
  county(@Root() course: TrainingCourse, @Ctx() ctx: ApiContext): Promise<County | null> {
    return optionalCounty(ctx, course.countyCode);
  }

  @FieldResolver(() => [TrainingAttendance], {
    description: "Secretaries who attended (a county role: those of its own county).",
  })
  async attendees(@Root() course: TrainingCourse, @Ctx() ctx: ApiContext): Promise<TrainingAttendance[]> {
    return (await ctx.loaders.trainingAttendance.load(course.dbId)).map((a) =>
      Object.assign(new TrainingAttendance(), { secretaryName: a.secretaryName, branchId: a.branchId }),
    );
  }
}

@Resolver(() => TrainingAttendance)
export class TrainingAttendanceResolver {
  @FieldResolver(() => Branch)
  async branch(@Root() attendance: TrainingAttendance, @Ctx() ctx: ApiContext): Promise<Branch> {
    const branch = await ctx.loaders.branch.load(attendance.branchId);
    if (!branch) throw new Error(`attendance of an unreadable branch ${attendance.branchId}`);
    return toBranch(branch);
  }
}

@Resolver(() => ExcellenceCompletion)
export class ExcellenceCompletionResolver {
  @FieldResolver(() => County, { nullable: true, description: "Null for the whole city." })
  county(@Root() c: ExcellenceCompletion, @Ctx() ctx: ApiContext): Promise<County | null> {
    return optionalCounty(ctx, c.countyCode);
  }
}

@Resolver(() => SecretaryTraining)
export class SecretaryTrainingResolver {
  @FieldResolver(() => County, { nullable: true, description: "Null for the whole city." })
  county(@Root() s: SecretaryTraining, @Ctx() ctx: ApiContext): Promise<County | null> {
    return optionalCounty(ctx, s.countyCode);
  }
}

@Resolver(() => StarRatingSummary)
export class StarRatingSummaryResolver {
  @FieldResolver(() => County, { nullable: true, description: "Null for the whole city." })
  county(@Root() s: StarRatingSummary, @Ctx() ctx: ApiContext): Promise<County | null> {
    return optionalCounty(ctx, s.countyCode);
  }
}

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @FieldResolver(() => County, { nullable: true, description: "Null for a meeting of the city." })
  county(@Root() m: JointMeeting, @Ctx() ctx: ApiContext): Promise<County | null> {
    return optionalCounty(ctx, m.countyCode);
  }
}
