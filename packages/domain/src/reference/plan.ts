/**
 * The calibration of the reference dataset: per county, how many units of each kind the generator
 * creates. Only the city totals come from the speech (domain.md §5, restated in REFERENCE_FIGURES);
 * the split over counties is invented, shaped so that 调兵山市 leads as the speech says.
 * The generator builds entities from this plan; the tests then recompute every figure from the
 * entities with the domain's own functions, never from this table.
 */

/** The figures the speech reports, as of 2023-05-31 (domain.md §5). */
export const REFERENCE_FIGURES = {
  asOf: "2023-05-31",
  nonPublic: {
    eligible: 1822,
    branches: 472,
    coveredUnits: 514,
    organizationCoveragePercent: "28.2%",
    standaloneBranches: 452,
    jointBranches: 20,
    jointUnits: 62,
    founded2023: { from: "2023-01-01", to: "2023-05-31", total: 124, standalone: 112, joint: 12, jointUnits: 36 },
    liaisons: 1184,
    liaisonUnits: 1618,
    liaisonCoveragePercent: "88.8%",
    liaisonUnitsWithBranch: 400,
    dualCovered: 1732,
    gaps: 90,
    aboveScale: 286,
    aboveScaleCovered: 252,
    baselineCovered: 366,
  },
  social: {
    eligible: 430,
    branches: 97,
    coveredUnits: 138,
    organizationCoveragePercent: "32.1%",
    standaloneBranches: 82,
    jointBranches: 15,
    jointUnits: 56,
    founded2023: { from: "2023-01-01", to: "2023-05-31", total: 38, standalone: 32, joint: 6, jointUnits: 18 },
    liaisons: 360,
    liaisonUnits: 387,
    liaisonCoveragePercent: "90.0%",
    liaisonUnitsWithBranch: 120,
    dualCovered: 405,
    gaps: 25,
    foundedSinceNovember: { from: "2022-11-01", to: "2023-05-31", total: 43, inDiaobingshan: 39, percent: "90.7%" },
    baselineCovered: 88,
  },
  diaobingshan: { code: "211281", aboveScale: 41, aboveScaleCoveragePercent: "100.0%" },
  cityLeaders: 26,
  documentedContactPoint: {
    leaderTitle: "市委书记",
    organization: "辽宁唐人神曙光农牧集团",
    countyCode: "211224",
    year: 2023,
  },
  targets2023: {
    aboveScale: { required: 286, achieved: 252 },
    liaisonDispatch: { required: 1600, achieved: 1485 },
    doubling: { required: 908, achieved: 652 },
  },
  quotas: { city: 30, county: 200 },
} as const;

/** Units of one category in one county, by how they are covered on 2023-05-31. */
export interface CategoryPlan {
  /** Eligible, operating units on the ledger. */
  readonly eligible: number;
  /** Units hosting a STANDALONE branch, and how many of those branches were founded 2023-01-01..05-31. */
  readonly standalone: number;
  readonly standalone2023: number;
  /** Of the standalone ones, founded 2022-11-01..12-31 (the months the speech counts from). */
  readonly standaloneNovDec2022: number;
  /** Joint branches founded before 2023 and the units they cover (2–5 each). */
  readonly jointOld: { readonly branches: number; readonly units: number };
  /** Of the jointOld branches, founded 2022-11-01..12-31 (3 units each). */
  readonly jointNovDec2022: number;
  /** Joint branches founded 2023-01-01..05-31, each covering 3 units. */
  readonly joint2023: number;
  /** Liaisons (people) with an assignment in force, and the units they cover. */
  readonly liaisons: number;
  readonly liaisonUnits: number;
  /** Of the liaison-covered units, those that also have a branch. */
  readonly liaisonUnitsWithBranch: number;
  /** Above-scale units and how many are organization-covered (non-public enterprises only). */
  readonly aboveScale: number;
  readonly aboveScaleCovered: number;
  /** Units on the ledger outside the population: not eligible, and ceased before 2023-05-31. */
  readonly ineligible: number;
  readonly ceased: number;
}

export interface CountyPlan {
  readonly code: string;
  /** Prefixes of organization names registered there. */
  readonly places: readonly string[];
  /** The county's industrial park, if any (its 党工委 guides party work there). */
  readonly park: string | null;
  readonly nonPublic: CategoryPlan;
  readonly social: CategoryPlan;
}

const np = (p: Omit<CategoryPlan, "standaloneNovDec2022" | "jointNovDec2022">): CategoryPlan => ({
  ...p,
  standaloneNovDec2022: 0,
  jointNovDec2022: 0,
});
const so = (p: Omit<CategoryPlan, "aboveScale" | "aboveScaleCovered">): CategoryPlan => ({
  ...p,
  aboveScale: 0,
  aboveScaleCovered: 0,
});

export const COUNTY_PLANS: readonly CountyPlan[] = [
  {
    code: "211221",
    places: ["铁岭县", "铁岭"],
    park: "铁岭县工业园区",
    nonPublic: np({
      eligible: 230,
      standalone: 49,
      standalone2023: 11,
      jointOld: { branches: 1, units: 3 },
      joint2023: 1,
      liaisons: 147,
      liaisonUnits: 201,
      liaisonUnitsWithBranch: 40,
      aboveScale: 32,
      aboveScaleCovered: 27,
      ineligible: 3,
      ceased: 2,
    }),
    social: so({
      eligible: 45,
      standalone: 6,
      standalone2023: 1,
      standaloneNovDec2022: 0,
      jointOld: { branches: 1, units: 4 },
      jointNovDec2022: 0,
      joint2023: 0,
      liaisons: 36,
      liaisonUnits: 39,
      liaisonUnitsWithBranch: 8,
      ineligible: 1,
      ceased: 0,
    }),
  },
  {
    code: "211282",
    places: ["开原市", "开原"],
    park: "开原市工业园区",
    nonPublic: np({
      eligible: 290,
      standalone: 66,
      standalone2023: 15,
      jointOld: { branches: 1, units: 3 },
      joint2023: 2,
      liaisons: 186,
      liaisonUnits: 254,
      liaisonUnitsWithBranch: 55,
      aboveScale: 40,
      aboveScaleCovered: 34,
      ineligible: 3,
      ceased: 2,
    }),
    social: so({
      eligible: 60,
      standalone: 9,
      standalone2023: 1,
      standaloneNovDec2022: 0,
      jointOld: { branches: 2, units: 9 },
      jointNovDec2022: 0,
      joint2023: 0,
      liaisons: 48,
      liaisonUnits: 52,
      liaisonUnitsWithBranch: 14,
      ineligible: 1,
      ceased: 1,
    }),
  },
  {
    code: "211224",
    places: ["昌图县", "昌图"],
    park: "昌图县工业园区",
    nonPublic: np({
      eligible: 260,
      standalone: 50,
      standalone2023: 12,
      jointOld: { branches: 1, units: 4 },
      joint2023: 2,
      liaisons: 162,
      liaisonUnits: 222,
      liaisonUnitsWithBranch: 40,
      aboveScale: 36,
      aboveScaleCovered: 30,
      ineligible: 4,
      ceased: 2,
    }),
    social: so({
      eligible: 50,
      standalone: 5,
      standalone2023: 0,
      standaloneNovDec2022: 0,
      jointOld: { branches: 1, units: 4 },
      jointNovDec2022: 0,
      joint2023: 0,
      liaisons: 39,
      liaisonUnits: 42,
      liaisonUnitsWithBranch: 6,
      ineligible: 1,
      ceased: 0,
    }),
  },
  {
    code: "211281",
    places: ["调兵山市", "调兵山"],
    park: "调兵山市工业园区",
    nonPublic: np({
      eligible: 250,
      standalone: 97,
      standalone2023: 28,
      jointOld: { branches: 1, units: 4 },
      joint2023: 3,
      liaisons: 176,
      liaisonUnits: 240,
      liaisonUnitsWithBranch: 100,
      aboveScale: 41,
      aboveScaleCovered: 41,
      ineligible: 2,
      ceased: 1,
    }),
    social: so({
      eligible: 70,
      standalone: 35,
      standalone2023: 29,
      standaloneNovDec2022: 4,
      jointOld: { branches: 1, units: 3 },
      jointNovDec2022: 1,
      joint2023: 5,
      liaisons: 65,
      liaisonUnits: 70,
      liaisonUnitsWithBranch: 53,
      ineligible: 0,
      ceased: 1,
    }),
  },
  {
    code: "211223",
    places: ["西丰县", "西丰"],
    park: "西丰县工业园区",
    nonPublic: np({
      eligible: 150,
      standalone: 24,
      standalone2023: 6,
      jointOld: { branches: 1, units: 3 },
      joint2023: 1,
      liaisons: 94,
      liaisonUnits: 128,
      liaisonUnitsWithBranch: 20,
      aboveScale: 18,
      aboveScaleCovered: 14,
      ineligible: 2,
      ceased: 1,
    }),
    social: so({
      eligible: 30,
      standalone: 3,
      standalone2023: 0,
      standaloneNovDec2022: 0,
      jointOld: { branches: 1, units: 4 },
      jointNovDec2022: 0,
      joint2023: 0,
      liaisons: 23,
      liaisonUnits: 25,
      liaisonUnitsWithBranch: 5,
      ineligible: 0,
      ceased: 0,
    }),
  },
  {
    code: "211202",
    places: ["铁岭", "银州区"],
    park: null,
    nonPublic: np({
      eligible: 260,
      standalone: 64,
      standalone2023: 14,
      jointOld: { branches: 1, units: 3 },
      joint2023: 1,
      liaisons: 168,
      liaisonUnits: 230,
      liaisonUnitsWithBranch: 50,
      aboveScale: 42,
      aboveScaleCovered: 37,
      ineligible: 3,
      ceased: 2,
    }),
    social: so({
      eligible: 75,
      standalone: 10,
      standalone2023: 1,
      standaloneNovDec2022: 0,
      jointOld: { branches: 1, units: 5 },
      jointNovDec2022: 0,
      joint2023: 1,
      liaisons: 62,
      liaisonUnits: 67,
      liaisonUnitsWithBranch: 14,
      ineligible: 1,
      ceased: 1,
    }),
  },
  {
    code: "211204",
    places: ["铁岭", "清河区"],
    park: "清河区工业园区",
    nonPublic: np({
      eligible: 120,
      standalone: 22,
      standalone2023: 5,
      jointOld: { branches: 1, units: 3 },
      joint2023: 0,
      liaisons: 74,
      liaisonUnits: 101,
      liaisonUnitsWithBranch: 15,
      aboveScale: 15,
      aboveScaleCovered: 12,
      ineligible: 2,
      ceased: 1,
    }),
    social: so({
      eligible: 35,
      standalone: 4,
      standalone2023: 0,
      standaloneNovDec2022: 0,
      jointOld: { branches: 0, units: 0 },
      jointNovDec2022: 0,
      joint2023: 0,
      liaisons: 29,
      liaisonUnits: 31,
      liaisonUnitsWithBranch: 3,
      ineligible: 0,
      ceased: 0,
    }),
  },
  {
    code: "211271",
    places: ["铁岭"],
    park: null,
    nonPublic: np({
      eligible: 180,
      standalone: 54,
      standalone2023: 13,
      jointOld: { branches: 1, units: 3 },
      joint2023: 1,
      liaisons: 123,
      liaisonUnits: 168,
      liaisonUnitsWithBranch: 55,
      aboveScale: 38,
      aboveScaleCovered: 34,
      ineligible: 2,
      ceased: 1,
    }),
    social: so({
      eligible: 40,
      standalone: 6,
      standalone2023: 0,
      standaloneNovDec2022: 0,
      jointOld: { branches: 1, units: 5 },
      jointNovDec2022: 0,
      joint2023: 0,
      liaisons: 36,
      liaisonUnits: 38,
      liaisonUnitsWithBranch: 10,
      ineligible: 0,
      ceased: 0,
    }),
  },
  {
    code: "211272",
    places: ["铁岭"],
    park: null,
    nonPublic: np({
      eligible: 82,
      standalone: 26,
      standalone2023: 8,
      jointOld: { branches: 0, units: 0 },
      joint2023: 1,
      liaisons: 54,
      liaisonUnits: 74,
      liaisonUnitsWithBranch: 25,
      aboveScale: 24,
      aboveScaleCovered: 23,
      ineligible: 1,
      ceased: 1,
    }),
    social: so({
      eligible: 25,
      standalone: 4,
      standalone2023: 0,
      standaloneNovDec2022: 0,
      jointOld: { branches: 1, units: 4 },
      jointNovDec2022: 0,
      joint2023: 0,
      liaisons: 22,
      liaisonUnits: 23,
      liaisonUnitsWithBranch: 7,
      ineligible: 0,
      ceased: 0,
    }),
  },
];
