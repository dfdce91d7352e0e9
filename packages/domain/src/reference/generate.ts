/**
 * The reference dataset of domain.md §5: a deterministic Tieling (铁岭市) of 2023-05-31 whose
 * figures, computed with this package's own functions, are exactly the speech's.
 */
import { CREDIT_CODE_CHARSET, creditCodeCheckChar, organizationCodeCheckChar } from "../credit-code.js";
import { addDays, fromEpochDay, type IsoDate, toEpochDay } from "../dates.js";
import { levelForMemberCount, needsCommittee } from "../formation.js";
import {
  type BranchLevel,
  CITY,
  CITY_SITE_QUOTA_TOTAL,
  COUNTIES,
  type County,
  findCounty,
  type LiaisonKind,
  type OrganizationCategory,
  type OrganizationSubtype,
} from "../hierarchy.js";
import { type CategoryPlan, COUNTY_PLANS, type CountyPlan, REFERENCE_FIGURES } from "./plan.js";
import { createRandom, type Random } from "./random.js";
import type {
  ReferenceBranch,
  ReferenceContactPoint,
  ReferenceCounty,
  ReferenceCoverageLink,
  ReferenceDataset,
  ReferenceLeader,
  ReferenceLiaison,
  ReferenceLiaisonAssignment,
  ReferenceOrganization,
  ReferencePark,
} from "./types.js";
import {
  ENTERPRISE_INDUSTRIES,
  ENTERPRISE_SUFFIXES,
  GIVEN_NAME_CHARS,
  LARGE_ENTERPRISE_SUFFIXES,
  SOCIAL_SUBTYPES,
  SURNAMES,
  socialIndustryFor,
  TRADE_NAMES,
} from "./vocabulary.js";

export const REFERENCE_SEED = "liangxin/tieling/2023-05-31";
export const REFERENCE_AS_OF: IsoDate = REFERENCE_FIGURES.asOf;

/** The organizations the speech names (domain.md §5). */
export const NAMED_ORGANIZATIONS = [
  {
    name: "辽宁留德润滑油有限公司",
    countyCode: "211281",
    category: "NON_PUBLIC_ENTERPRISE",
    industry: "制造业",
    inPark: true,
    formalMemberCount: 26,
    employeeCount: 420,
  },
  {
    name: "上海浦东电缆辽宁有限公司",
    countyCode: "211281",
    category: "NON_PUBLIC_ENTERPRISE",
    industry: "制造业",
    inPark: true,
    formalMemberCount: 34,
    employeeCount: 560,
  },
  {
    name: "辽宁唐人神曙光农牧集团",
    countyCode: "211224",
    category: "NON_PUBLIC_ENTERPRISE",
    industry: "农、林、牧、渔业",
    inPark: false,
    formalMemberCount: 117,
    employeeCount: 2600,
  },
  {
    name: "开原市赢德肉禽有限公司",
    countyCode: "211282",
    category: "NON_PUBLIC_ENTERPRISE",
    industry: "农、林、牧、渔业",
    inPark: false,
    formalMemberCount: 42,
    employeeCount: 1300,
  },
  {
    name: "开原市沁园春老年公寓",
    countyCode: "211282",
    category: "SOCIAL_ORGANIZATION",
    industry: "卫生和社会工作",
    inPark: false,
    formalMemberCount: 5,
    employeeCount: 46,
  },
] as const;

/** The 26 city leaders at 副市级 and above, in protocol order (titles only; names are invented). */
export const CITY_LEADER_TITLES = [
  "市委书记",
  "市委副书记、市长",
  "市人大常委会主任",
  "市政协主席",
  "市委副书记",
  "市委常委、常务副市长",
  "市委常委、组织部长",
  "市委常委、市纪委书记、市监委主任",
  "市委常委、宣传部长",
  "市委常委、政法委书记",
  "市委常委、秘书长",
  "市委常委、统战部长",
  "市委常委、副市长",
  "副市长",
  "副市长",
  "副市长",
  "副市长",
  "市人大常委会副主任",
  "市人大常委会副主任",
  "市人大常委会副主任",
  "市政协副主席",
  "市政协副主席",
  "市政协副主席",
  "市政协副主席",
  "市中级人民法院院长",
  "市人民检察院检察长",
] as const;

const COUNTY_LEADER_TITLES: Readonly<Record<County["kind"], readonly string[]>> = {
  COUNTY: ["县委书记", "县委副书记、县长", "县委副书记", "县委常委、组织部长", "县委常委、常务副县长", "副县长"],
  COUNTY_CITY: ["市委书记", "市委副书记、市长", "市委副书记", "市委常委、组织部长", "市委常委、常务副市长", "副市长"],
  DISTRICT: ["区委书记", "区委副书记、区长", "区委副书记", "区委常委、组织部长", "区委常委、常务副区长", "副区长"],
  DEVELOPMENT_ZONE: ["党工委书记", "党工委副书记、管委会主任", "党工委副书记", "党工委委员、组织部长", "管委会副主任"],
  HIGH_TECH_ZONE: ["党工委书记", "党工委副书记、管委会主任", "党工委副书记", "党工委委员、组织部长", "管委会副主任"],
};

const LIAISON_TITLES = [
  "乡镇（街道）党（工）委组织委员",
  "两新组织党工委干事",
  "机关选派干部",
  "退居二线干部",
  "社区党组织书记",
  "园区党工委干部",
  "退休党员干部",
];

// --- slots: what each unit is, before it gets a name ----------------------------------------

type FoundingPeriod = "OLD" | "NOVDEC2022" | "Y2023";
type Named = (typeof NAMED_ORGANIZATIONS)[number];

interface Slot {
  countyCode: string;
  category: OrganizationCategory;
  population: "ELIGIBLE" | "INELIGIBLE" | "CEASED";
  cover: { kind: "STANDALONE"; period: FoundingPeriod } | { kind: "JOINT"; group: JointPlan } | { kind: "NONE" };
  aboveScale: boolean;
  liaison: boolean;
  inPark: boolean;
  named: Named | null;
  formalMembers: number;
  id: string;
}

interface JointPlan {
  period: FoundingPeriod;
  units: Slot[];
}

const FIRST_DAY = "2004-01-01";
const NOV_2022 = "2022-11-01";
const DEC_2022 = "2022-12-31";
const YEAR_2023_FIRST_FOUNDING = "2023-01-02";

function dateBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return fromEpochDay(random.int(toEpochDay(from), toEpochDay(to)));
}

/** Founding window of a period; social branches of OLD are founded before November 2022. */
function foundingWindow(period: FoundingPeriod, category: OrganizationCategory, asOf: IsoDate): [IsoDate, IsoDate] {
  if (period === "Y2023") return [YEAR_2023_FIRST_FOUNDING, asOf];
  if (period === "NOVDEC2022") return [NOV_2022, DEC_2022];
  return [FIRST_DAY, category === "SOCIAL_ORGANIZATION" ? addDays(NOV_2022, -1) : DEC_2022];
}

/** Splits `units` over `groups` as evenly as possible, larger groups first. */
function evenSplit(units: number, groups: number): number[] {
  const base = Math.floor(units / groups);
  return Array.from({ length: groups }, (_, i) => base + (i < units % groups ? 1 : 0));
}

function checkPlan(plan: CountyPlan, category: OrganizationCategory, p: CategoryPlan): void {
  const where = `${plan.code}/${category}`;
  const jointUnits = p.jointOld.units + 3 * p.joint2023;
  const covered = p.standalone + jointUnits;
  const problems: string[] = [];
  if (p.standalone2023 + p.standaloneNovDec2022 > p.standalone) problems.push("standalone periods exceed standalone");
  if (p.jointNovDec2022 > p.jointOld.branches) problems.push("jointNovDec2022 exceeds jointOld");
  for (const size of p.jointOld.branches > 0 ? evenSplit(p.jointOld.units, p.jointOld.branches) : []) {
    if (size < 2 || size > 5) problems.push(`old joint branch of ${size} units`);
  }
  if (p.jointOld.branches === 0 && p.jointOld.units > 0) problems.push("joint units without branches");
  if (covered > p.eligible) problems.push("more covered than eligible");
  if (p.liaisonUnitsWithBranch > covered) problems.push("liaison overlap exceeds covered");
  if (p.liaisonUnits - p.liaisonUnitsWithBranch > p.eligible - covered) problems.push("liaison-only exceeds uncovered");
  if (p.liaisons > p.liaisonUnits || p.liaisons * 4 < p.liaisonUnits) problems.push("liaisons out of range");
  if (p.aboveScaleCovered > p.standalone) problems.push("above-scale covered exceeds standalone");
  if (p.aboveScale - p.aboveScaleCovered > p.eligible - covered)
    problems.push("above-scale uncovered exceeds uncovered");
  if (problems.length > 0) throw new Error(`reference plan ${where} is inconsistent: ${problems.join("; ")}`);
}

function buildSlots(plan: CountyPlan, category: OrganizationCategory, p: CategoryPlan, random: Random): Slot[] {
  checkPlan(plan, category, p);
  const slot = (cover: Slot["cover"], population: Slot["population"] = "ELIGIBLE"): Slot => ({
    countyCode: plan.code,
    category,
    population,
    cover,
    aboveScale: false,
    liaison: false,
    inPark: false,
    named: null,
    formalMembers: 0,
    id: "",
  });
  const standalone: Slot[] = [
    ...Array.from({ length: p.standalone2023 }, () => slot({ kind: "STANDALONE", period: "Y2023" })),
    ...Array.from({ length: p.standaloneNovDec2022 }, () => slot({ kind: "STANDALONE", period: "NOVDEC2022" })),
    ...Array.from({ length: p.standalone - p.standalone2023 - p.standaloneNovDec2022 }, () =>
      slot({ kind: "STANDALONE", period: "OLD" }),
    ),
  ];
  const groups: JointPlan[] = [];
  const oldSizes = p.jointOld.branches > 0 ? evenSplit(p.jointOld.units, p.jointOld.branches) : [];
  oldSizes.forEach((size, i) => {
    groups.push({ period: i < p.jointNovDec2022 ? "NOVDEC2022" : "OLD", units: Array(size) });
  });
  for (let i = 0; i < p.joint2023; i++) groups.push({ period: "Y2023", units: Array(3) });
  const joint: Slot[] = [];
  for (const group of groups) {
    for (let i = 0; i < group.units.length; i++) {
      const s = slot({ kind: "JOINT", group });
      group.units[i] = s;
      joint.push(s);
    }
  }
  const covered = [...standalone, ...joint];
  const uncovered = Array.from({ length: p.eligible - covered.length }, () => slot({ kind: "NONE" }));

  // Above-scale: covered ones host their own branch (older ones first); the rest have none.
  const byAge = [
    ...random.shuffle(standalone.filter((s) => s.cover.kind === "STANDALONE" && s.cover.period === "OLD")),
    ...random.shuffle(standalone.filter((s) => s.cover.kind === "STANDALONE" && s.cover.period !== "OLD")),
  ];
  for (const s of byAge.slice(0, p.aboveScaleCovered)) s.aboveScale = true;
  for (const s of random.shuffle(uncovered).slice(0, p.aboveScale - p.aboveScaleCovered)) s.aboveScale = true;

  // Liaisons: some units with a branch keep an instructor; most units without one have a liaison.
  for (const s of random.shuffle(covered).slice(0, p.liaisonUnitsWithBranch)) s.liaison = true;
  for (const s of random.shuffle(uncovered).slice(0, p.liaisonUnits - p.liaisonUnitsWithBranch)) s.liaison = true;

  const extras = [
    ...Array.from({ length: p.ineligible }, () => slot({ kind: "NONE" }, "INELIGIBLE")),
    ...Array.from({ length: p.ceased }, () => slot({ kind: "NONE" }, "CEASED")),
  ];
  return [...covered, ...uncovered, ...extras];
}

function assignMembers(slots: Slot[], random: Random): void {
  const seenGroups = new Set<JointPlan>();
  for (const s of slots) {
    if (s.named) {
      s.formalMembers = s.named.formalMemberCount;
      continue;
    }
    switch (s.cover.kind) {
      case "STANDALONE": {
        const young = s.cover.period !== "OLD";
        const [min, max] = young
          ? random.weighted<readonly [number, number]>([
              [[3, 8], 70],
              [[9, 20], 25],
              [[21, 45], 5],
            ])
          : s.aboveScale
            ? random.weighted<readonly [number, number]>([
                [[8, 49], 80],
                [[50, 99], 16],
                [[100, 160], 4],
              ])
            : random.weighted<readonly [number, number]>([
                [[3, 8], 50],
                [[9, 30], 36],
                [[31, 49], 9],
                [[50, 80], 5],
              ]);
        s.formalMembers = random.int(min, max);
        break;
      }
      case "JOINT": {
        const group = s.cover.group;
        if (seenGroups.has(group)) break;
        seenGroups.add(group);
        for (const u of group.units) u.formalMembers = random.int(0, 2);
        // A joint branch needs 3+ formal members in all; raise the smallest until it has them.
        while (group.units.reduce((sum, u) => sum + u.formalMembers, 0) < 3) {
          const smallest = group.units.reduce((a, b) => (b.formalMembers < a.formalMembers ? b : a));
          smallest.formalMembers += 1;
        }
        break;
      }
      case "NONE":
        s.formalMembers = random.weighted<number>([
          [0, 55],
          [1, 20],
          [2, 14],
          [random.int(3, 6), 11],
        ]);
        break;
    }
  }
}

// --- names, codes, people -----------------------------------------------------------------

class Namer {
  private readonly usedNames = new Set<string>();
  private readonly usedCodes = new Set<string>();
  constructor(private readonly random: Random) {}

  reserve(name: string): void {
    this.usedNames.add(name);
  }

  unique(build: () => string): string {
    for (let attempt = 0; attempt < 200; attempt++) {
      const name = build();
      if (!this.usedNames.has(name)) {
        this.usedNames.add(name);
        return name;
      }
    }
    throw new Error("reference generator: could not find a unique name");
  }

  person(): string {
    const surname = this.random.weighted(SURNAMES.map((s, i) => [s, 1 / (i + 8)] as const));
    const given = this.random.chance(0.7)
      ? this.random.pick(GIVEN_NAME_CHARS) + this.random.pick(GIVEN_NAME_CHARS)
      : this.random.pick(GIVEN_NAME_CHARS);
    return surname + given;
  }

  phone(): string {
    return `024-7${String(this.random.int(2000000, 8999999))}`;
  }

  /** A unified social credit code with valid check characters (GB 32100 and GB 11714). */
  creditCode(prefix: string, division: string, orgPrefix: string): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      let body = orgPrefix;
      while (body.length < 8) body += this.random.pick([...CREDIT_CODE_CHARSET]);
      const org = body + organizationCodeCheckChar(body);
      const first17 = prefix + division + org;
      const code = first17 + creditCodeCheckChar(first17);
      if (!this.usedCodes.has(code)) {
        this.usedCodes.add(code);
        return code;
      }
    }
    throw new Error("reference generator: could not find a unique credit code");
  }
}

// --- the generator ------------------------------------------------------------------------

export interface ReferenceOptions {
  /** Another seed gives another dataset with the same figures. Default REFERENCE_SEED. */
  readonly seed?: string;
}

export function generateReferenceDataset(options: ReferenceOptions = {}): ReferenceDataset {
  const seed = options.seed ?? REFERENCE_SEED;
  const root = createRandom(seed);
  const asOf = REFERENCE_AS_OF;
  const namer = new Namer(root.fork("names"));
  for (const n of NAMED_ORGANIZATIONS) namer.reserve(n.name);

  const parks: ReferencePark[] = COUNTY_PLANS.filter((p) => p.park).map((p) => ({
    id: `park-${p.code}`,
    countyCode: p.code,
    name: p.park as string,
    workCommitteeName: `${p.park}党工委`,
  }));

  const organizations: ReferenceOrganization[] = [];
  const branches: ReferenceBranch[] = [];
  const links: ReferenceCoverageLink[] = [];
  const liaisons: ReferenceLiaison[] = [];
  const assignments: ReferenceLiaisonAssignment[] = [];
  let orgSeq = 0;
  let branchSeq = 0;
  let liaisonSeq = 0;
  const id = (prefix: string, n: number, width: number): string => `${prefix}-${String(n).padStart(width, "0")}`;

  for (const plan of COUNTY_PLANS) {
    const county = findCounty(plan.code) as County;
    const random = root.fork(`county/${plan.code}`);
    const parkId = plan.park ? `park-${plan.code}` : null;
    const division = county.official ? county.code : CITY.code;

    const slots = [
      ...buildSlots(plan, "NON_PUBLIC_ENTERPRISE", plan.nonPublic, random.fork("np")),
      ...buildSlots(plan, "SOCIAL_ORGANIZATION", plan.social, random.fork("so")),
    ];
    // The named organizations take older standalone places (above-scale for enterprises).
    for (const named of NAMED_ORGANIZATIONS.filter((n) => n.countyCode === plan.code)) {
      const place = slots.find(
        (s) =>
          !s.named &&
          s.category === named.category &&
          s.cover.kind === "STANDALONE" &&
          s.cover.period === "OLD" &&
          (named.category === "SOCIAL_ORGANIZATION" || s.aboveScale),
      );
      if (!place) throw new Error(`reference plan has no place for ${named.name}`);
      place.named = named;
      place.inPark = named.inPark;
    }
    for (const s of slots) {
      if (!s.named && parkId && s.category === "NON_PUBLIC_ENTERPRISE") s.inPark = random.chance(0.28);
    }
    assignMembers(slots, random.fork("members"));

    // Ids in a shuffled order, so that an organization's id says nothing about its coverage.
    for (const s of random.shuffle(slots)) s.id = id("org", ++orgSeq, 5);
    slots.sort((a, b) => (a.id < b.id ? -1 : 1));

    // Branches: founding dates first, since a unit joins the ledger no later than its branch.
    const founded = new Map<Slot, IsoDate>();
    const jointGroups = [...new Set(slots.flatMap((s) => (s.cover.kind === "JOINT" ? [s.cover.group] : [])))];
    const dates = random.fork("dates");
    for (const s of slots) {
      if (s.cover.kind === "STANDALONE")
        founded.set(s, dateBetween(dates, ...foundingWindow(s.cover.period, s.category, asOf)));
    }
    const groupFounded = new Map<JointPlan, IsoDate>();
    for (const g of jointGroups) {
      const category = (g.units[0] as Slot).category;
      groupFounded.set(g, dateBetween(dates, ...foundingWindow(g.period, category, asOf)));
      for (const u of g.units) founded.set(u, groupFounded.get(g) as IsoDate);
    }

    const names = random.fork("orgnames");
    const orgBySlot = new Map<Slot, ReferenceOrganization>();
    for (const s of slots) {
      const org = materializeOrganization(s, {
        random: names,
        namer,
        plan,
        parkId,
        division,
        founded: founded.get(s) ?? null,
        asOf,
      });
      orgBySlot.set(s, org);
      organizations.push(org);
    }

    // Standalone branches.
    const people = random.fork("people");
    for (const s of slots) {
      if (s.cover.kind !== "STANDALONE") continue;
      const org = orgBySlot.get(s) as ReferenceOrganization;
      const branchId = id("br", ++branchSeq, 4);
      const level = levelForMemberCount(s.formalMembers) as BranchLevel;
      branches.push({
        id: branchId,
        name: standaloneBranchName(org.name, level),
        countyCode: plan.code,
        formation: "STANDALONE",
        level,
        foundedOn: founded.get(s) as IsoDate,
        dissolvedOn: null,
        formalMemberCount: s.formalMembers,
        committeeSize: committeeSizeFor(level, s.formalMembers, people),
        secretaryName: namer.person(),
        secretaryPhone: namer.phone(),
      });
      links.push({ branchId, organizationId: org.id, role: "HOST", from: founded.get(s) as IsoDate, to: null });
    }
    // Joint branches, numbered per county and category in founding order.
    const sortedGroups = [...jointGroups].sort((a, b) =>
      (groupFounded.get(a) as IsoDate) < (groupFounded.get(b) as IsoDate) ? -1 : 1,
    );
    const jointNumber: Record<OrganizationCategory, number> = { NON_PUBLIC_ENTERPRISE: 0, SOCIAL_ORGANIZATION: 0 };
    for (const g of sortedGroups) {
      const category = (g.units[0] as Slot).category;
      const members = g.units.reduce((sum, u) => sum + u.formalMembers, 0);
      const level = levelForMemberCount(members) as BranchLevel;
      const branchId = id("br", ++branchSeq, 4);
      const inPark = g.units.every((u) => u.inPark);
      const n = ++jointNumber[category];
      const scope = inPark
        ? (plan.park as string)
        : `${county.fullName}${category === "NON_PUBLIC_ENTERPRISE" ? "非公企业" : "社会组织"}`;
      branches.push({
        id: branchId,
        name: `中共${scope}第${chineseOrdinal(n)}联合支部委员会`,
        countyCode: plan.code,
        formation: "JOINT",
        level,
        foundedOn: groupFounded.get(g) as IsoDate,
        dissolvedOn: null,
        formalMemberCount: members,
        committeeSize: committeeSizeFor(level, members, people),
        secretaryName: namer.person(),
        secretaryPhone: namer.phone(),
      });
      for (const u of g.units) {
        const org = orgBySlot.get(u) as ReferenceOrganization;
        links.push({
          branchId,
          organizationId: org.id,
          role: "MEMBER",
          from: groupFounded.get(g) as IsoDate,
          to: null,
        });
      }
    }

    // Liaisons per category: each covers 1–4 units; a few served earlier and stood down.
    for (const category of ["NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION"] as const) {
      const p = category === "NON_PUBLIC_ENTERPRISE" ? plan.nonPublic : plan.social;
      const lr = random.fork(`liaisons/${category}`);
      const covered = lr.shuffle(slots.filter((s) => s.category === category && s.liaison));
      const people: ReferenceLiaison[] = [];
      const load: number[] = [];
      const unitsOf: Slot[][] = [];
      for (let i = 0; i < p.liaisons; i++) {
        const first = covered[i] as Slot;
        const kind: LiaisonKind = first.cover.kind !== "NONE" || lr.chance(0.1) ? "INSTRUCTOR" : "LIAISON";
        people.push({
          id: id("li", ++liaisonSeq, 4),
          name: namer.person(),
          kind,
          countyCode: plan.code,
          title: lr.pick(LIAISON_TITLES),
          phone: namer.phone(),
        });
        load.push(1);
        unitsOf.push([first]);
      }
      for (const s of covered.slice(p.liaisons)) {
        let i = lr.int(0, people.length - 1);
        while ((load[i] as number) >= 4) i = (i + 1) % people.length;
        load[i] = (load[i] as number) + 1;
        (unitsOf[i] as Slot[]).push(s);
      }
      people.forEach((person, i) => {
        liaisons.push(person);
        for (const s of unitsOf[i] as Slot[]) {
          const org = orgBySlot.get(s) as ReferenceOrganization;
          const earliest = org.addedOn > "2020-01-01" ? org.addedOn : "2020-01-01";
          assignments.push({
            liaisonId: person.id,
            organizationId: org.id,
            from: dateBetween(lr, earliest, asOf),
            to: null,
          });
        }
      });
      // History that no figure of 2023-05-31 may count: liaisons who stood down before it.
      const pool = slots.filter(
        (s) =>
          s.category === category &&
          s.population === "ELIGIBLE" &&
          (orgBySlot.get(s) as ReferenceOrganization).addedOn < "2022-01-01",
      );
      for (let k = 0; k < 2; k++) {
        const person: ReferenceLiaison = {
          id: id("li", ++liaisonSeq, 4),
          name: namer.person(),
          kind: "LIAISON",
          countyCode: plan.code,
          title: lr.pick(LIAISON_TITLES),
          phone: namer.phone(),
        };
        liaisons.push(person);
        const org = orgBySlot.get(lr.pick(pool)) as ReferenceOrganization;
        const from = dateBetween(lr, org.addedOn > "2019-01-01" ? org.addedOn : "2019-01-01", "2022-03-31");
        assignments.push({
          liaisonId: person.id,
          organizationId: org.id,
          from,
          to: dateBetween(lr, addDays(from, 30), "2023-04-30"),
        });
      }
    }
  }

  const counties = buildCounties(namer);
  const leaders = counties.leaders;
  const secretary = leaders.find((l) => l.level === "CITY" && l.title === "市委书记") as ReferenceLeader;
  const point = organizations.find((o) => o.name === REFERENCE_FIGURES.documentedContactPoint.organization);
  if (!point) throw new Error("reference generator: the documented contact point is missing");
  const contactPoints: ReferenceContactPoint[] = [
    {
      id: "cp-0001",
      leaderId: secretary.id,
      organizationId: point.id,
      year: 2023,
      startedOn: "2023-03-01",
      endedOn: null,
    },
  ];

  return {
    seed,
    asOf,
    city: { code: CITY.code, name: CITY.name },
    counties: counties.counties,
    parks,
    organizations,
    branches,
    links,
    liaisons,
    assignments,
    leaders,
    contactPoints,
    quotaPlans: [
      {
        year: 2023,
        level: "COUNTY",
        total: REFERENCE_FIGURES.quotas.county,
        allocations: COUNTIES.map((c) => ({ countyCode: c.code, quota: c.countySiteQuota })),
      },
      { year: 2023, level: "CITY", total: CITY_SITE_QUOTA_TOTAL, allocations: [] },
    ],
  };
}

function materializeOrganization(
  s: Slot,
  ctx: {
    random: Random;
    namer: Namer;
    plan: CountyPlan;
    parkId: string | null;
    division: string;
    founded: IsoDate | null;
    asOf: IsoDate;
  },
): ReferenceOrganization {
  const { random, namer, plan } = ctx;
  const place = random.pick(plan.places);
  let name: string;
  let subtype: OrganizationSubtype;
  let industry: string;
  let codePrefix: string;
  let orgPrefix: string;
  if (s.category === "NON_PUBLIC_ENTERPRISE") {
    subtype = random.weighted<OrganizationSubtype>([
      ["PRIVATE", 94],
      ["HK_MACAO_TAIWAN", 2],
      ["FOREIGN_INVESTED", 4],
    ]);
    const vocabulary = random.weighted(ENTERPRISE_INDUSTRIES.map((v) => [v, v.weight] as const));
    industry = vocabulary.industry;
    name = namer.unique(() => {
      const prefix = s.aboveScale && random.chance(0.3) ? "辽宁" : place;
      const suffix = random.pick(s.aboveScale ? LARGE_ENTERPRISE_SUFFIXES : ENTERPRISE_SUFFIXES);
      return `${prefix}${random.pick(TRADE_NAMES)}${random.pick(vocabulary.words)}${suffix}`;
    });
    codePrefix = "91";
    orgPrefix = "MA";
  } else {
    const vocabulary = random.weighted(SOCIAL_SUBTYPES.map((v) => [v, v.weight] as const));
    subtype = vocabulary.subtype;
    name = namer.unique(() => vocabulary.name(place, random.pick(TRADE_NAMES), random.pick));
    industry = socialIndustryFor(name, vocabulary.industry);
    codePrefix = vocabulary.codePrefix;
    orgPrefix = codePrefix === "91" ? "MA" : "MJ";
  }
  if (s.named) {
    name = s.named.name;
    industry = s.named.industry;
    subtype = s.category === "NON_PUBLIC_ENTERPRISE" ? "PRIVATE" : "PRIVATE_NON_ENTERPRISE";
    codePrefix = s.category === "NON_PUBLIC_ENTERPRISE" ? "91" : "52";
    orgPrefix = s.category === "NON_PUBLIC_ENTERPRISE" ? "MA" : "MJ";
  }

  // On the ledger no later than its branch was founded; units without one joined any time before 2023-05-31.
  const latest = ctx.founded ?? (random.chance(0.85) ? "2022-12-31" : ctx.asOf);
  const addedOn =
    s.population === "CEASED"
      ? dateBetween(random, "2005-01-01", "2019-12-31")
      : dateBetween(random, "2003-01-01", latest);
  const ceasedOn = s.population === "CEASED" ? dateBetween(random, "2021-01-01", "2023-05-20") : null;

  const employeeCount =
    s.named?.employeeCount ??
    (s.aboveScale
      ? random.int(120, 1500)
      : s.category === "SOCIAL_ORGANIZATION"
        ? random.int(3, 80)
        : s.cover.kind === "STANDALONE"
          ? random.int(20, 400)
          : random.int(3, 150));
  const probationary =
    s.formalMembers > 0
      ? random.weighted<number>([
          [0, 70],
          [1, 20],
          [2, 10],
        ])
      : 0;
  return {
    id: s.id,
    name,
    creditCode: ctx.namer.creditCode(codePrefix, ctx.division, orgPrefix),
    category: s.category,
    subtype,
    countyCode: s.countyCode,
    parkId: s.inPark ? ctx.parkId : null,
    industry,
    employeeCount: Math.max(employeeCount, s.formalMembers + probationary),
    aboveScale: s.aboveScale,
    eligible: s.population !== "INELIGIBLE",
    addedOn,
    ceasedOn,
    formalMemberCount: s.formalMembers,
    probationaryMemberCount: probationary,
    legalRepresentativeIsMember: s.formalMembers > 0 && random.chance(0.35),
  };
}

function standaloneBranchName(orgName: string, level: BranchLevel): string {
  const suffix = level === "COMMITTEE" ? "委员会" : level === "GENERAL_BRANCH" ? "总支部委员会" : "支部委员会";
  return `中共${orgName}${suffix}`;
}

function committeeSizeFor(level: BranchLevel, members: number, random: Random): number | null {
  if (!needsCommittee(members)) return null;
  const options = level === "BRANCH" ? [3, 3, 5] : level === "GENERAL_BRANCH" ? [5, 7] : [7, 9];
  return random.pick(options);
}

function chineseOrdinal(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n < 10) return digits.charAt(n);
  if (n < 20) return `十${n % 10 === 0 ? "" : digits.charAt(n % 10)}`;
  return `${digits.charAt(Math.floor(n / 10))}十${n % 10 === 0 ? "" : digits.charAt(n % 10)}`;
}

function buildCounties(namer: Namer): { counties: ReferenceCounty[]; leaders: ReferenceLeader[] } {
  const leaders: ReferenceLeader[] = CITY_LEADER_TITLES.map((title, i) => ({
    id: `ld-c${String(i + 1).padStart(2, "0")}`,
    name: namer.person(),
    title,
    level: "CITY",
    countyCode: null,
    phone: namer.phone(),
    order: i + 1,
  }));
  const counties: ReferenceCounty[] = COUNTIES.map((county) => {
    const titles = COUNTY_LEADER_TITLES[county.kind];
    let head = "";
    titles.forEach((title, i) => {
      const name = namer.person();
      if (title.includes("组织部长")) head = name;
      leaders.push({
        id: `ld-${county.code}-${i + 1}`,
        name,
        title:
          county.kind === "DEVELOPMENT_ZONE" || county.kind === "HIGH_TECH_ZONE" ? `${county.name}${title}` : title,
        level: "COUNTY",
        countyCode: county.code,
        phone: namer.phone(),
        order: i + 1,
      });
    });
    return { ...county, organizationHeadName: head };
  });
  return { counties, leaders };
}
