/**
 * 机构与人员 through GraphQL (issue 15): leaders taking office, corrected and leaving office (history
 * kept, contact points staying with the person and ending with his term), the county's 组织部长 (one
 * at a time, the 联络人 of city leaders' points there), parks and their 工委; the role × county rules;
 * audit entries; and hostile input that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../src/common/clock.js";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { ASSIGN, expectRefusedUnchanged, type Hostile, missingId, type UserErrorJson, write } from "./support/sites.js";

const OWN = "211281"; // 调兵山市
const OTHER = "211282"; // 开原市
const COUNTY_ADMIN = `county-${OWN}`;

const LEADER_FIELDS = "id name title level sortOrder termStart termEnd inOffice organizationHead phone county { code }";
const CREATE = `mutation($i: CreateLeaderInput!) { createLeader(input: $i) { leader { ${LEADER_FIELDS} } userErrors { code field message } } }`;
const UPDATE = `mutation($i: UpdateLeaderInput!) { updateLeader(input: $i) { leader { ${LEADER_FIELDS} } userErrors { code field message } } }`;
const END = `mutation($i: EndLeaderTermInput!) { endLeaderTerm(input: $i) { leader { ${LEADER_FIELDS} } userErrors { code field message } } }`;
const PARK_FIELDS = "id name workCommitteeName workCommitteeSecretary workCommitteePhone county { code }";
const CREATE_PARK = `mutation($i: CreateParkInput!) { createPark(input: $i) { park { ${PARK_FIELDS} } userErrors { code field message } } }`;
const UPDATE_PARK = `mutation($i: UpdateParkInput!) { updatePark(input: $i) { park { ${PARK_FIELDS} } userErrors { code field message } } }`;

interface LeaderJson {
  id: string;
  name: string;
  title: string;
  level: string;
  sortOrder: number;
  termStart: string | null;
  termEnd: string | null;
  inOffice: boolean;
  organizationHead: boolean;
  phone: string | null;
  county: { code: string } | null;
}
type LeaderPayload = { leader: LeaderJson | null; userErrors: UserErrorJson[] };
type ParkPayload = {
  park: {
    id: string;
    name: string;
    workCommitteeName: string | null;
    workCommitteeSecretary: string | null;
    workCommitteePhone: string | null;
    county: { code: string };
  } | null;
  userErrors: UserErrorJson[];
};

/** The department's clock (UTC+8), moved by one test and put back. */
const NOW = "2026-11-27T02:00:00Z";
let instant = NOW;
const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" });
const clock: Clock = { now: () => new Date(instant), today: () => day.format(new Date(instant)) };

describe.each(backends())("机构与人员 on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "directory", clock });
  });
  afterAll(async () => server?.stop());

  const leaders = (args: string, username = "city-admin") =>
    server
      .query<{ leaders: { totalCount: number; nodes: LeaderJson[] } }>(
        `{ leaders(${args}, first: 100) { totalCount nodes { ${LEADER_FIELDS} } } }`,
        {},
        username,
      )
      .then((d) => d.leaders);
  const countyHead = (code: string, username = "city-admin") =>
    server.query<{ county: { organizationHeadName: string | null; organizationHead: LeaderJson | null } }>(
      `query($c: String!) { county(code: $c) { organizationHeadName organizationHead { ${LEADER_FIELDS} } } }`,
      { c: code },
      username,
    );

  it("lists the reference leaders in protocol order: the city's 26, then each county's, each county's 组织部长 flagged", async () => {
    const city = await leaders("level: CITY");
    expect(city.totalCount).toBe(26);
    expect(city.nodes[0]).toMatchObject({ title: "市委书记", sortOrder: 1, inOffice: true, termStart: null });
    expect(city.nodes.map((l) => l.sortOrder)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    const own = await leaders(`level: COUNTY, countyCode: "${OWN}"`);
    const heads = own.nodes.filter((l) => l.organizationHead);
    expect(heads).toHaveLength(1);
    expect(heads[0]?.title).toContain("组织部长");
    expect((await countyHead(OWN)).county.organizationHeadName).toBe(heads[0]?.name);
    // Paging in protocol order across the city and the counties gives every leader once.
    const all = await leaders("status: ALL");
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { leaders: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await server.query(
          "query($a: String) { leaders(status: ALL, first: 7, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }",
          { a: after },
        );
      seen.push(...page.leaders.nodes.map((n) => n.id));
      if (!page.leaders.pageInfo.hasNextPage) break;
      after = page.leaders.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.id));
  });

  it("records a successor: the old 组织部长 leaves office (history kept), the new one takes over as 联络人", async () => {
    const before = (await countyHead(OWN)).county.organizationHead as LeaderJson;
    // A second head while the first is in office is a conflict.
    const clash = await write<LeaderPayload>(server, COUNTY_ADMIN, CREATE, {
      level: "COUNTY",
      countyCode: OWN,
      name: "周新",
      title: "市委常委、组织部长",
      termStart: "2026-11-20",
      organizationHead: true,
    });
    expect(clash.userErrors.map((e) => [e.code, e.field])).toEqual([["CONFLICT", ["input", "organizationHead"]]]);
    expect(clash.userErrors[0]?.message).toContain(before.name);

    const ended = await write<LeaderPayload>(server, COUNTY_ADMIN, END, { leaderId: before.id, termEnd: "2026-11-20" });
    expect(ended.userErrors).toEqual([]);
    expect(ended.leader).toMatchObject({ termEnd: "2026-11-20", inOffice: false, organizationHead: true });
    expect((await countyHead(OWN)).county).toEqual({ organizationHeadName: null, organizationHead: null });

    const created = await write<LeaderPayload>(server, COUNTY_ADMIN, CREATE, {
      level: "COUNTY",
      countyCode: OWN,
      name: "周新",
      title: "市委常委、组织部长",
      phone: "024-76111111",
      termStart: "2026-11-20",
      organizationHead: true,
    });
    expect(created.userErrors).toEqual([]);
    expect(created.leader).toMatchObject({
      name: "周新",
      inOffice: true,
      organizationHead: true,
      county: { code: OWN },
    });
    // After the county's others in protocol order.
    expect(created.leader?.sortOrder).toBe(7);
    expect((await countyHead(OWN)).county.organizationHeadName).toBe("周新");

    // The former head stays, as history: listed among FORMER, not CURRENT.
    const former = await leaders(`level: COUNTY, countyCode: "${OWN}", status: FORMER`);
    expect(former.nodes.map((l) => l.id)).toEqual([before.id]);
    const current = await leaders(`level: COUNTY, countyCode: "${OWN}"`);
    expect(current.nodes.map((l) => l.name)).toContain("周新");
    expect(current.nodes.map((l) => l.id)).not.toContain(before.id);
    // A second ending is refused.
    const again = await write<LeaderPayload>(server, COUNTY_ADMIN, END, { leaderId: before.id, termEnd: "2026-11-21" });
    expect(again.userErrors.map((e) => e.code)).toEqual(["INVALID_TRANSITION"]);
    // Audited.
    const audit = await server.query<{ auditLog: { nodes: { operation: string; username: string }[] } }>(
      "query($id: ID!) { auditLog(entityId: $id) { nodes { operation username } } }",
      { id: before.id },
    );
    expect(audit.auditLog.nodes).toEqual([{ operation: "endLeaderTerm", username: COUNTY_ADMIN }]);
  });

  it("ends a leaving city leader's contact point with his term; the point stays with him; no new point after", async () => {
    const city = await leaders("level: CITY");
    const leader = city.nodes[25] as LeaderJson;
    const units = await server.query<{ county: { organizations: { nodes: { id: string }[] } } }>(
      `{ county(code: "${OTHER}") { organizations(first: 1, filter: {inPopulation: true}) { nodes { id } } } }`,
    );
    const unit = units.county.organizations.nodes[0]?.id as string;
    // The point is assigned a week before he leaves.
    instant = "2026-11-20T02:00:00Z";
    const point = await write<{ contactPoint: { id: string } | null }>(server, "city-admin", ASSIGN, {
      leaderId: leader.id,
      organizationId: unit,
      year: 2026,
    });
    instant = NOW;
    expect(point.userErrors).toEqual([]);
    // He cannot leave before the point began.
    const early = await write<LeaderPayload>(server, "city-admin", END, { leaderId: leader.id, termEnd: "2026-11-20" });
    expect(early.userErrors.map((e) => [e.code, e.field])).toEqual([["INVALID_INPUT", ["input", "termEnd"]]]);
    // A county admin does not manage city leaders.
    const scoped = await write<LeaderPayload>(server, COUNTY_ADMIN, END, {
      leaderId: leader.id,
      termEnd: "2026-11-26",
    });
    expect(scoped.userErrors.map((e) => e.code)).toEqual(["OUT_OF_SCOPE"]);
    const ended = await write<LeaderPayload>(server, "city-admin", END, { leaderId: leader.id, termEnd: "2026-11-26" });
    expect(ended.userErrors).toEqual([]);
    const points = await server.query<{ node: { contactPoints: { id: string; endedOn: string | null }[] } }>(
      "query($id: ID!) { node(id: $id) { ... on Leader { contactPoints(year: 2026) { id endedOn } } } }",
      { id: leader.id },
    );
    expect(points.node.contactPoints).toEqual([{ id: point.contactPoint?.id, endedOn: "2026-11-26" }]);
    const refused = await write(server, "city-admin", ASSIGN, {
      leaderId: leader.id,
      organizationId: unit,
      year: 2026,
    });
    expect(refused.userErrors.map((e) => [e.code, e.field])).toEqual([["INVALID_INPUT", ["input", "leaderId"]]]);
    // The compliance of the year counts the 25 in office.
    const compliance = await server.query<{ contactPointCompliance: { cityLeaderCount: number } }>(
      "{ contactPointCompliance(year: 2026) { cityLeaderCount } }",
    );
    expect(compliance.contactPointCompliance.cityLeaderCount).toBe(25);
  });

  it("corrects a leader's details without a new term", async () => {
    const own = await leaders(`level: COUNTY, countyCode: "${OWN}"`);
    const target = own.nodes.find((l) => !l.organizationHead) as LeaderJson;
    const updated = await write<LeaderPayload>(server, COUNTY_ADMIN, UPDATE, {
      leaderId: target.id,
      title: "副市长（兼）",
      phone: "",
      sortOrder: 9,
      termStart: "2021-06-01",
    });
    expect(updated.userErrors).toEqual([]);
    expect(updated.leader).toMatchObject({
      id: target.id,
      title: "副市长（兼）",
      phone: null,
      sortOrder: 9,
      termStart: "2021-06-01",
    });
  });

  it("masks leaders' phones for roles that do not manage the county, and hides other counties' leaders", async () => {
    const mine = await leaders(`level: COUNTY, countyCode: "${OWN}"`, COUNTY_ADMIN);
    const withPhone = mine.nodes.find((l) => l.phone !== null) as LeaderJson;
    expect(withPhone.phone).not.toContain("****");
    const other = await leaders(`level: COUNTY, countyCode: "${OWN}"`, "reviewer");
    expect(other.nodes.find((l) => l.id === withPhone.id)?.phone).toContain("****");
    const foreign = await leaders(`level: COUNTY, countyCode: "${OTHER}"`, COUNTY_ADMIN);
    expect(foreign.totalCount).toBe(0);
    expect((await countyHead(OTHER, COUNTY_ADMIN)).county.organizationHead).toBeNull();
  });

  it("adds a park with its 工委 (found by name in the county's ledger import), renames it, keeps names unique", async () => {
    const created = await write<ParkPayload>(server, COUNTY_ADMIN, CREATE_PARK, {
      countyCode: OWN,
      name: "调兵山市新材料产业园",
      workCommitteeName: "调兵山市新材料产业园党工委",
      workCommitteeSecretary: "赵刚",
      workCommitteePhone: "024-76222222",
    });
    expect(created.userErrors).toEqual([]);
    expect(created.park).toMatchObject({
      name: "调兵山市新材料产业园",
      county: { code: OWN },
      workCommitteePhone: "024-76222222",
    });
    const id = created.park?.id as string;
    const parks = await server.query<{ parks: { id: string; workCommitteePhone: string | null }[] }>(
      `{ parks(countyCode: "${OWN}") { id workCommitteePhone } }`,
      {},
      "reviewer",
    );
    expect(parks.parks.find((p) => p.id === id)?.workCommitteePhone).toContain("****");
    const county = await server.query<{ county: { parks: { name: string }[] } }>(
      `{ county(code: "${OWN}") { parks { name } } }`,
    );
    expect(county.county.parks.map((p) => p.name)).toContain("调兵山市新材料产业园");

    const taken = await write<ParkPayload>(server, "city-admin", CREATE_PARK, {
      countyCode: OWN,
      name: " 调兵山市新材料产业园 ",
    });
    expect(taken.userErrors.map((e) => [e.code, e.field])).toEqual([["CONFLICT", ["input", "name"]]]);
    // The same name in another county is another park.
    const elsewhere = await write<ParkPayload>(server, "city-admin", CREATE_PARK, {
      countyCode: OTHER,
      name: "调兵山市新材料产业园",
    });
    expect(elsewhere.userErrors).toEqual([]);

    const renamed = await write<ParkPayload>(server, COUNTY_ADMIN, UPDATE_PARK, {
      parkId: id,
      name: "调兵山市新材料产业园区",
      workCommitteePhone: "",
    });
    expect(renamed.park).toMatchObject({
      name: "调兵山市新材料产业园区",
      workCommitteeSecretary: "赵刚",
      workCommitteePhone: null,
    });
    const foreign = await write<ParkPayload>(server, COUNTY_ADMIN, UPDATE_PARK, {
      parkId: elsewhere.park?.id,
      name: "x园",
    });
    expect(foreign.userErrors.map((e) => e.code)).toEqual(["OUT_OF_SCOPE"]);
  });

  describe("hostile input changes nothing", () => {
    const cases: [string, () => Promise<Omit<Hostile, "name">>][] = [
      [
        "a county admin creating a city leader",
        async () => ({
          user: COUNTY_ADMIN,
          query: CREATE,
          variables: { i: { level: "CITY", name: "某某", title: "副市长", termStart: "2026-01-01" } },
          userError: "OUT_OF_SCOPE",
        }),
      ],
      [
        "a county admin creating another county's leader",
        async () => ({
          user: COUNTY_ADMIN,
          query: CREATE,
          variables: {
            i: { level: "COUNTY", countyCode: OTHER, name: "某某", title: "副县长", termStart: "2026-01-01" },
          },
          userError: "OUT_OF_SCOPE",
        }),
      ],
      [
        "a term starting tomorrow",
        async () => ({
          user: "city-admin",
          query: CREATE,
          variables: {
            i: { level: "COUNTY", countyCode: OWN, name: "某某", title: "副市长", termStart: "2026-11-28" },
          },
          userError: "INVALID_INPUT",
          field: ["input", "termStart"],
        }),
      ],
      [
        "an unknown county",
        async () => ({
          user: "city-admin",
          query: CREATE,
          variables: {
            i: { level: "COUNTY", countyCode: "999999", name: "某某", title: "副县长", termStart: "2026-01-01" },
          },
          userError: "NOT_FOUND",
        }),
      ],
      [
        "a name of 33 characters",
        async () => ({
          user: "city-admin",
          query: CREATE,
          variables: { i: { level: "CITY", name: "名".repeat(33), title: "副市长", termStart: "2026-01-01" } },
          thrown: "BAD_USER_INPUT",
          field: ["input", "name"],
        }),
      ],
      [
        "an order of 0",
        async () => ({
          user: "city-admin",
          query: CREATE,
          variables: { i: { level: "CITY", name: "某某", title: "副市长", sortOrder: 0, termStart: "2026-01-01" } },
          thrown: "BAD_USER_INPUT",
        }),
      ],
      [
        "a city leader as 组织部长",
        async () => ({
          user: "city-admin",
          query: CREATE,
          variables: {
            i: { level: "CITY", name: "某某", title: "组织部长", termStart: "2026-01-01", organizationHead: true },
          },
          userError: "INVALID_INPUT",
          field: ["input", "organizationHead"],
        }),
      ],
      [
        "SQL in a name and a phone that is not one",
        async () => ({
          user: "city-admin",
          query: CREATE,
          variables: {
            i: {
              level: "CITY",
              name: "x'); DROP TABLE leader;--",
              title: "副市长",
              phone: "<script>",
              termStart: "2026-01-01",
            },
          },
          userError: "INVALID_INPUT",
          field: ["input", "phone"],
        }),
      ],
      [
        "ending the term of a leader that does not exist",
        async () => ({
          user: "city-admin",
          query: END,
          variables: { i: { leaderId: missingId("Leader"), termEnd: "2026-01-01" } },
          userError: "NOT_FOUND",
        }),
      ],
      [
        "a term ending tomorrow",
        async () => {
          const city = await leaders("level: CITY");
          return {
            user: "city-admin",
            query: END,
            variables: { i: { leaderId: city.nodes[0]?.id, termEnd: "2026-11-28" } },
            userError: "INVALID_INPUT",
            field: ["input", "termEnd"],
          };
        },
      ],
      [
        "an organization's id as a leader's",
        async () => {
          const units = await server.query<{ organizations: { nodes: { id: string }[] } }>(
            "{ organizations(first: 1) { nodes { id } } }",
          );
          return {
            user: "city-admin",
            query: UPDATE,
            variables: { i: { leaderId: units.organizations.nodes[0]?.id, name: "某某" } },
            userError: "NOT_FOUND",
          };
        },
      ],
      [
        "a park without a name",
        async () => ({
          user: "city-admin",
          query: CREATE_PARK,
          variables: { i: { countyCode: OWN, name: "   " } },
          userError: "INVALID_INPUT",
          field: ["input", "name"],
        }),
      ],
      [
        "a park in another county by a county admin",
        async () => ({
          user: COUNTY_ADMIN,
          query: CREATE_PARK,
          variables: { i: { countyCode: OTHER, name: "别处园区" } },
          userError: "OUT_OF_SCOPE",
        }),
      ],
      [
        "a viewer adding a park",
        async () => ({
          user: "viewer",
          query: CREATE_PARK,
          variables: { i: { countyCode: OWN, name: "某园区" } },
          thrown: "FORBIDDEN",
        }),
      ],
    ];
    it.each(cases)("%s", async (name, make) => {
      await expectRefusedUnchanged(server, { name, ...(await make()) });
    });
  });
});
