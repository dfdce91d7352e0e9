/**
 * Leaders' contact points through GraphQL (domain.md §3.5): one point a year per city leader, ended
 * explicitly with history kept; county leaders' points in their county; eligible units only; the
 * 联络人 of a city leader's point; the site a point became; the counties' lists due July 31; and
 * hostile input that must change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../src/common/clock.js";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import {
  ASSIGN,
  auditRows,
  END_POINT,
  expectRefusedUnchanged,
  type Hostile,
  missingId,
  NOMINATE,
  REPORT_LIST,
  REVIEW,
  type UnitRef,
  type UserErrorJson,
  unitPool,
  write,
} from "./support/sites.js";

const OWN = "211281"; // 调兵山市
const OTHER = "211282"; // 开原市
const CHANGTU = "211224"; // 昌图县, where the documented point lies

/** The department's clock, moved by the tests (Asia/Shanghai is UTC+8). */
function movableClock(start: string): Clock & { set(instant: string): void } {
  let instant = start;
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return {
    now: () => new Date(instant),
    today: () => day.format(new Date(instant)),
    set(next: string) {
      instant = next;
    },
  };
}

interface Point {
  id: string;
  year: number;
  startedOn: string;
  endedOn: string | null;
  leader: { id: string };
  organization: { id: string };
}
type PointPayload = { contactPoint: Point | null; userErrors: UserErrorJson[] };
type ListPayload = {
  contactList: {
    county: { code: string };
    year: number;
    dueOn: string;
    reportedOn: string | null;
    overdue: boolean;
    pointCount: number;
  } | null;
  userErrors: UserErrorJson[];
};
interface Leader {
  id: string;
  title: string;
}

describe.each(backends())("contact points on %s", (backend) => {
  let server: TestServer;
  let units: (countyCode: string, count?: number) => Promise<UnitRef[]>;
  const clock = movableClock("2026-11-27T02:00:00Z");
  let cityLeaders: Leader[];
  const countyLeaders = new Map<string, Leader[]>();

  beforeAll(async () => {
    server = await startTestServer(backend, { label: "points", clock });
    units = unitPool(server);
    cityLeaders = (
      await server.query<{ leaders: { nodes: Leader[] } }>("{ leaders(level: CITY, first: 30) { nodes { id title } } }")
    ).leaders.nodes;
    for (const code of [OWN, OTHER, CHANGTU]) {
      const d = await server.query<{ leaders: { nodes: Leader[] } }>(
        "query($c: String!) { leaders(level: COUNTY, countyCode: $c, first: 10) { nodes { id title } } }",
        { c: code },
      );
      countyLeaders.set(code, d.leaders.nodes);
    }
  });
  afterAll(async () => server?.stop());

  const assign = (user: string, leader: Leader, unit: { id: string }, year: number) =>
    write<PointPayload>(server, user, ASSIGN, { leaderId: leader.id, organizationId: unit.id, year });
  const end = (user: string, point: { id: string }, endedOn?: string) =>
    write<PointPayload>(server, user, END_POINT, { contactPointId: point.id, ...(endedOn ? { endedOn } : {}) });
  const report = (user: string, countyCode: string, year: number) =>
    write<ListPayload>(server, user, REPORT_LIST, { countyCode, year });
  const countyLeader = (code: string, i = 0) => countyLeaders.get(code)?.[i] as Leader;
  const POINTS_OF = `query($id: ID!, $y: Int!) { node(id: $id) { ... on Leader { contactPoints(year: $y) {
    id endedOn startedOn organization { id name county { code organizationHeadName } } liaisonOfficerName
    demonstrationSite { id status } } } } }`;
  type PointsOf = {
    node: {
      contactPoints: {
        id: string;
        endedOn: string | null;
        startedOn: string;
        organization: { id: string; name: string; county: { code: string; organizationHeadName: string } };
        liaisonOfficerName: string | null;
        demonstrationSite: { id: string; status: string } | null;
      }[];
    };
  };
  const pointsOf = async (leader: Leader, year: number, user = "city-admin") =>
    (await server.query<PointsOf>(POINTS_OF, { id: leader.id, y: year }, user)).node.contactPoints;
  const COMPLIANCE = `query($y: Int!) { contactPointCompliance(year: $y) { year dueOn cityLeaderCount
    cityLeadersWithoutPoint { id } counties { county { code } dueOn reportedOn overdue pointCount }
    pointsWithoutSite { id organization { county { code } } } } }`;
  type Compliance = {
    contactPointCompliance: {
      year: number;
      dueOn: string;
      cityLeaderCount: number;
      cityLeadersWithoutPoint: { id: string }[];
      counties: {
        county: { code: string };
        dueOn: string;
        reportedOn: string | null;
        overdue: boolean;
        pointCount: number;
      }[];
      pointsWithoutSite: { id: string; organization: { county: { code: string } } }[];
    };
  };
  const compliance = async (year: number, user = "city-admin") =>
    (await server.query<Compliance>(COMPLIANCE, { y: year }, user)).contactPointCompliance;

  it("holds the documented point: the 市委书记's at 辽宁唐人神曙光农牧集团, 联络人 昌图县's 组织部长", async () => {
    const secretary = cityLeaders[0] as Leader;
    expect(secretary.title).toBe("市委书记");
    const [point, ...rest] = await pointsOf(secretary, 2023);
    expect(rest).toEqual([]);
    expect(point).toMatchObject({
      startedOn: "2023-03-01",
      endedOn: null,
      organization: { name: "辽宁唐人神曙光农牧集团", county: { code: CHANGTU } },
      demonstrationSite: null,
    });
    expect(point?.liaisonOfficerName).toBe(point?.organization.county.organizationHeadName);
    expect(point?.liaisonOfficerName?.length).toBeGreaterThan(0);
    const c = await compliance(2023);
    expect(c).toMatchObject({ year: 2023, dueOn: "2023-07-31", cityLeaderCount: 26 });
    expect(c.cityLeadersWithoutPoint).toHaveLength(25);
    expect(c.cityLeadersWithoutPoint.map((l) => l.id)).not.toContain(secretary.id);
    expect(c.pointsWithoutSite.map((p) => p.id)).toEqual([point?.id]);
  });

  it("gives a city leader one point a year: another is refused until the first is ended; history stays", async () => {
    const secretary = cityLeaders[0] as Leader;
    const [original] = await pointsOf(secretary, 2023);
    const [next] = await units(OWN);
    await expectRefusedUnchanged(server, {
      name: "second point",
      user: "city-admin",
      query: ASSIGN,
      variables: { i: { leaderId: secretary.id, organizationId: next?.id, year: 2023 } },
      userError: "ALREADY_ASSIGNED",
      field: ["input", "leaderId"],
    });
    const ended = await end("city-admin", original as { id: string });
    expect(ended.contactPoint).toMatchObject({ id: original?.id, endedOn: "2026-11-27", startedOn: "2023-03-01" });
    const [endEntry] = (await auditRows(server, "endContactPoint")).slice(-1);
    expect(JSON.parse(String(endEntry?.changes))).toEqual({ endedOn: [null, "2026-11-27"] });
    const assigned = await assign("city-admin", secretary, next as UnitRef, 2023);
    expect(assigned.userErrors).toEqual([]);
    expect(assigned.contactPoint).toMatchObject({ year: 2023, startedOn: "2026-11-27", endedOn: null });
    const [assignEntry] = (await auditRows(server, "assignContactPoint")).slice(-1);
    expect(assignEntry).toMatchObject({ entity_type: "ContactPoint", username: "city-admin" });
    expect(JSON.parse(String(assignEntry?.changes))).toMatchObject({
      year: [null, 2023],
      startedOn: [null, "2026-11-27"],
    });

    const history = await pointsOf(secretary, 2023);
    expect(history.map((p) => [p.id, p.endedOn])).toEqual([
      [original?.id, "2026-11-27"],
      [assigned.contactPoint?.id, null],
    ]);
    // The new point lies in 调兵山市: its 联络人 is that county's 组织部长.
    expect(history[1]?.liaisonOfficerName).toBe(history[1]?.organization.county.organizationHeadName);
    expect(history[1]?.organization.county.code).toBe(OWN);
    const c = await compliance(2023);
    expect(c.pointsWithoutSite.map((p) => p.id)).toEqual([assigned.contactPoint?.id]);
    // Another year is another point.
    const [later] = await units(OWN);
    expect((await assign("city-admin", secretary, later as UnitRef, 2024)).userErrors).toEqual([]);
  });

  it("assigns one city leader only once when ten assignments arrive at once", async () => {
    const leader = cityLeaders[5] as Leader;
    const candidates = await units(OTHER, 10);
    const results = await Promise.all(candidates.map((u) => assign("city-admin", leader, u, 2030)));
    expect(results.filter((r) => r.contactPoint !== null)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === "ALREADY_ASSIGNED")).toHaveLength(9);
    expect(await pointsOf(leader, 2030)).toHaveLength(1);
  });

  it("keeps a county leader's points in the leader's county; several are allowed, the same unit once", async () => {
    const leader = countyLeader(OWN);
    const [elsewhere] = await units(OTHER);
    await expectRefusedUnchanged(server, {
      name: "county leader outside his county",
      user: "city-admin",
      query: ASSIGN,
      variables: { i: { leaderId: leader.id, organizationId: elsewhere?.id, year: 2025 } },
      userError: "OUT_OF_SCOPE",
      field: ["input", "organizationId"],
    });
    const [a, b] = (await units(OWN, 2)) as UnitRef[];
    expect((await assign(`county-${OWN}`, leader, a as UnitRef, 2025)).userErrors).toEqual([]);
    expect((await assign(`county-${OWN}`, leader, b as UnitRef, 2025)).userErrors).toEqual([]);
    await expectRefusedUnchanged(server, {
      name: "same unit again",
      user: `county-${OWN}`,
      query: ASSIGN,
      variables: { i: { leaderId: leader.id, organizationId: a?.id, year: 2025 } },
      userError: "ALREADY_ASSIGNED",
    });
    const points = await pointsOf(leader, 2025, `county-${OWN}`);
    expect(points).toHaveLength(2);
    // County leaders' points have no 联络人 by rule.
    expect(points.map((p) => p.liaisonOfficerName)).toEqual([null, null]);
    const own = (await compliance(2025)).counties.find((c) => c.county.code === OWN);
    expect(own?.pointCount).toBe(2);
  });

  it("lets a county admin manage only the points of its own county's leaders", async () => {
    const [unit] = await units(OWN);
    for (const [name, leader] of [
      ["a city leader", cityLeaders[10] as Leader],
      ["another county's leader", countyLeader(OTHER)],
    ] as const) {
      await expectRefusedUnchanged(server, {
        name,
        user: `county-${OWN}`,
        query: ASSIGN,
        variables: { i: { leaderId: leader.id, organizationId: unit?.id, year: 2025 } },
        userError: "OUT_OF_SCOPE",
      });
    }
    const [otherUnit] = await units(OTHER);
    const theirs = (await assign(`county-${OTHER}`, countyLeader(OTHER), otherUnit as UnitRef, 2025)).contactPoint;
    expect(theirs).not.toBeNull();
    await expectRefusedUnchanged(server, {
      name: "end another county's point",
      user: `county-${OWN}`,
      query: END_POINT,
      variables: { i: { contactPointId: theirs?.id } },
      userError: "OUT_OF_SCOPE",
    });
    const cityPoint = (await pointsOf(cityLeaders[0] as Leader, 2024))[0];
    await expectRefusedUnchanged(server, {
      name: "end a city leader's point",
      user: `county-${OWN}`,
      query: END_POINT,
      variables: { i: { contactPointId: cityPoint?.id } },
      userError: "OUT_OF_SCOPE",
    });
    // Another county's points are not listed to a county admin.
    const seen = await compliance(2025, `county-${OWN}`);
    expect(seen.pointsWithoutSite.every((p) => p.organization.county.code === OWN)).toBe(true);
    expect(seen.pointsWithoutSite.map((p) => p.id)).not.toContain(theirs?.id);
  });

  it("takes only units on the ledger, operating and eligible", async () => {
    const d = await server.query<{ county: { organizations: { nodes: { id: string }[] } } }>(
      `query($c: String!) { county(code: $c) { organizations(first: 1, filter: {inPopulation: false}) { nodes { id } } } }`,
      { c: OWN },
    );
    const outside = d.county.organizations.nodes[0];
    expect(outside).toBeDefined();
    await expectRefusedUnchanged(server, {
      name: "not eligible",
      user: "city-admin",
      query: ASSIGN,
      variables: { i: { leaderId: countyLeader(OWN).id, organizationId: outside?.id, year: 2025 } },
      userError: "INVALID_INPUT",
      field: ["input", "organizationId"],
    });
  });

  it("ends a point only between its start and today, once", async () => {
    const [unit] = await units(OWN);
    const point = (await assign("city-admin", countyLeader(OWN, 1), unit as UnitRef, 2026)).contactPoint as Point;
    for (const [endedOn, userError] of [
      ["2026-11-26", "INVALID_INPUT"],
      ["2026-11-28", "INVALID_INPUT"],
    ] as const) {
      await expectRefusedUnchanged(server, {
        name: `end on ${endedOn}`,
        user: "city-admin",
        query: END_POINT,
        variables: { i: { contactPointId: point.id, endedOn } },
        userError,
        field: ["input", "endedOn"],
      });
    }
    expect((await end(`county-${OWN}`, point, "2026-11-27")).contactPoint).toMatchObject({ endedOn: "2026-11-27" });
    await expectRefusedUnchanged(server, {
      name: "end twice",
      user: "city-admin",
      query: END_POINT,
      variables: { i: { contactPointId: point.id } },
      userError: "INVALID_TRANSITION",
    });
  });

  it("links a point to the site its unit became in the year, and lists the points that are not yet sites", async () => {
    const leader = cityLeaders[2] as Leader;
    const [unit] = await units(CHANGTU);
    const point = (await assign("city-admin", leader, unit as UnitRef, 2023)).contactPoint as Point;
    expect((await compliance(2023)).pointsWithoutSite.map((p) => p.id)).toContain(point.id);
    const site = await write<{ site: { id: string } | null }>(server, `county-${CHANGTU}`, NOMINATE, {
      organizationId: unit?.id,
      year: 2023,
      level: "COUNTY",
    });
    expect(site.userErrors).toEqual([]);
    const linked = (await pointsOf(leader, 2023)).find((p) => p.id === point.id);
    expect(linked?.demonstrationSite).toEqual({ id: site.site?.id, status: "NOMINATED" });
    expect((await compliance(2023)).pointsWithoutSite.map((p) => p.id)).not.toContain(point.id);
    // Another year's site is not this point's.
    expect((await pointsOf(leader, 2024)).every((p) => p.demonstrationSite === null)).toBe(true);
    // A rejected site is none: the point is back on the list.
    expect(
      (await write(server, "reviewer", REVIEW, { siteId: site.site?.id, decision: "REJECT", note: "不符合" }))
        .userErrors,
    ).toEqual([]);
    expect((await pointsOf(leader, 2023)).find((p) => p.id === point.id)?.demonstrationSite).toBeNull();
    expect((await compliance(2023)).pointsWithoutSite.map((p) => p.id)).toContain(point.id);
  });

  describe("the counties' lists, due July 31", () => {
    afterAll(() => clock.set("2026-11-27T02:00:00Z"));

    it("is on time on July 31 and overdue from August 1 (Beijing time), reported or not", async () => {
      clock.set("2026-07-31T15:59:00Z"); // 23:59 on July 31 in 铁岭
      const onTime = await report(`county-${OWN}`, OWN, 2026);
      expect(onTime.contactList).toMatchObject({
        county: { code: OWN },
        year: 2026,
        dueOn: "2026-07-31",
        reportedOn: "2026-07-31",
        overdue: false,
      });
      const [entry] = (await auditRows(server, "reportContactPointList")).slice(-1);
      expect(entry).toMatchObject({ entity_type: "ContactListReport", username: `county-${OWN}` });
      let lists = (await compliance(2026)).counties;
      expect(lists.find((l) => l.county.code === OTHER)).toMatchObject({ reportedOn: null, overdue: false });

      clock.set("2026-07-31T16:00:00Z"); // 00:00 on August 1
      lists = (await compliance(2026)).counties;
      expect(lists.find((l) => l.county.code === OWN)).toMatchObject({ reportedOn: "2026-07-31", overdue: false });
      expect(lists.find((l) => l.county.code === OTHER)).toMatchObject({ reportedOn: null, overdue: true });
      const late = await report("city-admin", OTHER, 2026);
      expect(late.contactList).toMatchObject({ reportedOn: "2026-08-01", overdue: true });
      lists = (await compliance(2026)).counties;
      expect(lists.filter((l) => l.overdue).map((l) => l.county.code)).toEqual(
        lists.filter((l) => l.county.code !== OWN).map((l) => l.county.code),
      );
      // Next year's lists are not due yet.
      expect((await compliance(2027)).counties.every((l) => !l.overdue && l.reportedOn === null)).toBe(true);
    });

    it("takes a county's list once: five reports at once make one", async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => report(`county-${OWN}`, OWN, 2028)));
      expect(results.filter((r) => r.contactList !== null)).toHaveLength(1);
      expect(results.filter((r) => r.userErrors[0]?.code === "CONFLICT")).toHaveLength(4);
    });
  });

  describe("hostile input changes nothing", () => {
    let point: Point;
    let ownUnit: UnitRef;
    let otherUnit: UnitRef;

    beforeAll(async () => {
      [ownUnit] = (await units(OWN)) as [UnitRef];
      [otherUnit] = (await units(OTHER)) as [UnitRef];
      const [u] = await units(OWN);
      point = (await assign("city-admin", countyLeader(OWN), u as UnitRef, 2029)).contactPoint as Point;
      expect((await report(`county-${OWN}`, OWN, 2029)).userErrors).toEqual([]);
    });

    const huge = "联".repeat(100_000);
    const C = `county-${OWN}`;
    const cases = (): Hostile[] => {
      const assignInput = (i: Record<string, unknown>) => ({
        i: { leaderId: countyLeader(OWN).id, organizationId: ownUnit.id, year: 2029, ...i },
      });
      const endInput = (i: Record<string, unknown>) => ({ i: { contactPointId: point.id, ...i } });
      const reportInput = (i: Record<string, unknown>) => ({ i: { countyCode: OWN, year: 2031, ...i } });
      return [
        // assignContactPoint
        {
          name: "assign: year as text",
          user: C,
          query: ASSIGN,
          variables: assignInput({ year: "2029" }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "assign: negative year",
          user: C,
          query: ASSIGN,
          variables: assignInput({ year: -1 }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "year"],
        },
        {
          name: "assign: overflowing year",
          user: C,
          query: ASSIGN,
          variables: assignInput({ year: 2 ** 53 }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "assign: huge leader id",
          user: C,
          query: ASSIGN,
          variables: assignInput({ leaderId: huge }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "leaderId"],
        },
        {
          name: "assign: unknown leader",
          user: C,
          query: ASSIGN,
          variables: assignInput({ leaderId: missingId("Leader") }),
          userError: "NOT_FOUND",
          field: ["input", "leaderId"],
        },
        {
          name: "assign: unknown unit",
          user: C,
          query: ASSIGN,
          variables: assignInput({ organizationId: missingId("Organization") }),
          userError: "NOT_FOUND",
          field: ["input", "organizationId"],
        },
        {
          name: "assign: SQL as unit",
          user: C,
          query: ASSIGN,
          variables: assignInput({ organizationId: "0 UNION SELECT * FROM app_user" }),
          userError: "NOT_FOUND",
        },
        {
          name: "assign: HTML as leader",
          user: C,
          query: ASSIGN,
          variables: assignInput({ leaderId: "<b onmouseover=alert(1)>" }),
          userError: "NOT_FOUND",
        },
        {
          name: "assign: a unit as leader",
          user: C,
          query: ASSIGN,
          variables: assignInput({ leaderId: ownUnit.id }),
          userError: "NOT_FOUND",
        },
        {
          name: "assign: another county's unit",
          user: C,
          query: ASSIGN,
          variables: assignInput({ organizationId: otherUnit.id }),
          userError: "OUT_OF_SCOPE",
        },
        {
          name: "assign: by a reviewer",
          user: "reviewer",
          query: ASSIGN,
          variables: assignInput({}),
          thrown: "FORBIDDEN",
        },
        // endContactPoint
        {
          name: "end: malformed date",
          user: C,
          query: END_POINT,
          variables: endInput({ endedOn: "2026-13-01" }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "end: date as number",
          user: C,
          query: END_POINT,
          variables: endInput({ endedOn: 20261127 }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "end: SQL as date",
          user: C,
          query: END_POINT,
          variables: endInput({ endedOn: "2026-11-27' OR 1=1 --" }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "end: huge id",
          user: C,
          query: END_POINT,
          variables: endInput({ contactPointId: huge }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "end: unknown point",
          user: C,
          query: END_POINT,
          variables: endInput({ contactPointId: missingId("ContactPoint") }),
          userError: "NOT_FOUND",
          field: ["input", "contactPointId"],
        },
        {
          name: "end: a leader as point",
          user: C,
          query: END_POINT,
          variables: endInput({ contactPointId: countyLeader(OWN).id }),
          userError: "NOT_FOUND",
        },
        {
          name: "end: before it started",
          user: C,
          query: END_POINT,
          variables: endInput({ endedOn: "2000-01-01" }),
          userError: "INVALID_INPUT",
        },
        { name: "end: by a viewer", user: "viewer", query: END_POINT, variables: endInput({}), thrown: "FORBIDDEN" },
        // reportContactPointList
        {
          name: "report: huge county code",
          user: C,
          query: REPORT_LIST,
          variables: reportInput({ countyCode: huge }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "countyCode"],
        },
        {
          name: "report: HTML county code",
          user: C,
          query: REPORT_LIST,
          variables: reportInput({ countyCode: "<script>" }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "report: SQL county code",
          user: "city-admin",
          query: REPORT_LIST,
          variables: reportInput({ countyCode: "1' --" }),
          userError: "NOT_FOUND",
          field: ["input", "countyCode"],
        },
        {
          name: "report: unknown county",
          user: "city-admin",
          query: REPORT_LIST,
          variables: reportInput({ countyCode: "999999" }),
          userError: "NOT_FOUND",
        },
        {
          name: "report: another county",
          user: C,
          query: REPORT_LIST,
          variables: reportInput({ countyCode: OTHER }),
          userError: "OUT_OF_SCOPE",
        },
        {
          name: "report: year 1999",
          user: C,
          query: REPORT_LIST,
          variables: reportInput({ year: 1999 }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "year"],
        },
        {
          name: "report: fractional year",
          user: C,
          query: REPORT_LIST,
          variables: reportInput({ year: 2031.5 }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "report: again",
          user: C,
          query: REPORT_LIST,
          variables: reportInput({ year: 2029 }),
          userError: "CONFLICT",
        },
        {
          name: "report: by a reviewer",
          user: "reviewer",
          query: REPORT_LIST,
          variables: reportInput({}),
          thrown: "FORBIDDEN",
        },
      ];
    };
    const OPERATIONS: Record<string, string> = {
      assignContactPoint: ASSIGN,
      endContactPoint: END_POINT,
      reportContactPointList: REPORT_LIST,
    };
    it.each(Object.keys(OPERATIONS))("%s: a clear error for each, nothing changed", async (operation) => {
      const mine = cases().filter((c) => c.query === OPERATIONS[operation]);
      expect(mine.length).toBeGreaterThanOrEqual(8);
      for (const c of mine) await expectRefusedUnchanged(server, c);
    });

    it("a duplicate assignment and a duplicate end are refused and change nothing", async () => {
      await expectRefusedUnchanged(server, {
        name: "duplicate assignment",
        user: C,
        query: ASSIGN,
        variables: { i: { leaderId: countyLeader(OWN).id, organizationId: point.organization.id, year: 2029 } },
        userError: "ALREADY_ASSIGNED",
      });
      expect((await end(C, point)).userErrors).toEqual([]);
      await expectRefusedUnchanged(server, {
        name: "duplicate end",
        user: C,
        query: END_POINT,
        variables: { i: { contactPointId: point.id } },
        userError: "INVALID_TRANSITION",
      });
    });
  });
});
