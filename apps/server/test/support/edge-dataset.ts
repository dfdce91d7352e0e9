/**
 * The reference dataset with the history the speech's snapshot lacks: dissolved branches, ended
 * links and assignments, 挂靠 (affiliated) units, regional and trade branches, units that ceased
 * operating, a unit that joined the ledger late, and units whose eligibility or above-scale flag
 * changed (with their history). The SQL aggregates must agree with the domain
 * functions on it too.
 */
import { generateReferenceDataset, type ReferenceDataset } from "@liangxin/domain/reference";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function edgeCaseDataset(): ReferenceDataset {
  const base = generateReferenceDataset();
  const organizations: Mutable<ReferenceDataset["organizations"][number]>[] = base.organizations.map((o) => ({ ...o }));
  const branches = base.branches.map((b) => ({ ...b }));
  const links = base.links.map((l) => ({ ...l }));
  const assignments = base.assignments.map((a) => ({ ...a }));
  const linked = new Set(links.map((l) => l.organizationId));

  // Dissolve every 30th older standalone branch on 2023-03-01; its link ends the same day.
  const dissolved = branches.filter(
    (b, i) => b.formation === "STANDALONE" && b.foundedOn < "2022-01-01" && i % 30 === 0,
  );
  for (const b of dissolved) {
    b.dissolvedOn = "2023-03-01";
    for (const l of links) if (l.branchId === b.id) l.to = "2023-03-01";
  }

  // 挂靠: eight units without a branch attach to a standalone branch of their county.
  const hosts = branches.filter((b) => b.formation === "STANDALONE" && !b.dissolvedOn);
  let attached = 0;
  for (const o of organizations) {
    if (attached >= 8 || linked.has(o.id) || !o.eligible || o.ceasedOn) continue;
    const host = hosts.find((b) => b.countyCode === o.countyCode);
    if (!host) continue;
    links.push({ branchId: host.id, organizationId: o.id, role: "AFFILIATED", from: "2022-06-01", to: null });
    linked.add(o.id);
    attached += 1;
  }

  // A regional branch in 调兵山市工业园区 and a trade branch in 开原市; one member of the latter left.
  const free = (county: string, park: boolean) =>
    organizations.filter(
      (o) =>
        o.countyCode === county && !linked.has(o.id) && o.eligible && !o.ceasedOn && (park ? o.parkId !== null : true),
    );
  const regionalUnits = free("211281", true).slice(0, 4);
  const industryUnits = free("211282", false).slice(0, 3);
  branches.push(
    {
      id: "br-9001",
      name: "中共调兵山市工业园区区域联合委员会",
      countyCode: "211281",
      formation: "REGIONAL",
      level: "BRANCH",
      foundedOn: "2023-02-15",
      dissolvedOn: null,
      formalMemberCount: 8,
      committeeSize: 3,
      secretaryName: "测试",
      secretaryPhone: "024-70000000",
    },
    {
      id: "br-9002",
      name: "中共开原市物流行业支部委员会",
      countyCode: "211282",
      formation: "INDUSTRY",
      level: "BRANCH",
      foundedOn: "2021-05-01",
      // Dissolved with its links left open (as old records are): the branch's own dates must decide.
      dissolvedOn: "2023-04-01",
      formalMemberCount: 5,
      committeeSize: null,
      secretaryName: "测试",
      secretaryPhone: "024-70000001",
    },
  );
  for (const o of regionalUnits)
    links.push({ branchId: "br-9001", organizationId: o.id, role: "MEMBER", from: "2023-02-15", to: null });
  for (const [i, o] of industryUnits.entries()) {
    links.push({
      branchId: "br-9002",
      organizationId: o.id,
      role: "MEMBER",
      from: "2021-05-01",
      to: i === 0 ? "2022-12-01" : null,
    });
  }

  // One standalone 党支部 became a 党总支 on 2023-04-20 (its members grew past 50).
  const upgraded = branches.find(
    (b) => b.formation === "STANDALONE" && b.level === "BRANCH" && !b.dissolvedOn && b.foundedOn < "2022-01-01",
  );
  if (upgraded) {
    Object.assign(upgraded, {
      level: "GENERAL_BRANCH",
      formalMemberCount: 56,
      levelHistory: [
        { level: "BRANCH", from: upgraded.foundedOn, to: "2023-04-20" },
        { level: "GENERAL_BRANCH", from: "2023-04-20", to: null },
      ],
    });
  }

  // Six covered units cease operating on 2023-04-15; one new unit joins the ledger on 2023-05-20.
  organizations
    .filter((o) => linked.has(o.id) && o.eligible && !o.ceasedOn)
    .filter((_, i) => i % 97 === 0)
    .slice(0, 6)
    .forEach((o) => {
      o.ceasedOn = "2023-04-15";
    });
  const late = organizations.find((o) => !linked.has(o.id) && o.eligible && !o.ceasedOn && o.countyCode === "211221");
  if (late) late.addedOn = "2023-05-20";

  // Eligibility and above-scale over time: the row holds today's flags, the history decides by date.
  // Ten covered enterprises stopped being eligible on 2023-04-01 (three of them above-scale);
  const enterprises = organizations.filter(
    (o) => o.category === "NON_PUBLIC_ENTERPRISE" && o.eligible && !o.ceasedOn && o.addedOn < "2022-01-01",
  );
  const covered = enterprises.filter((o) => linked.has(o.id));
  for (const o of [
    ...covered.filter((x) => x.aboveScale).slice(0, 3),
    ...covered.filter((x) => !x.aboveScale).slice(0, 7),
  ]) {
    o.eligible = false;
    o.statusHistory = [
      { from: o.addedOn, to: "2023-04-01", eligible: true, aboveScale: o.aboveScale },
      { from: "2023-04-01", to: null, eligible: false, aboveScale: o.aboveScale },
    ];
  }
  // six enterprises became above-scale on 2023-01-01 and four others ceased to be on 2023-02-28;
  const plain = enterprises.filter((o) => !o.statusHistory && !o.aboveScale);
  for (const o of plain.slice(0, 6)) {
    o.aboveScale = true;
    o.statusHistory = [
      { from: o.addedOn, to: "2023-01-01", eligible: true, aboveScale: false },
      { from: "2023-01-01", to: null, eligible: true, aboveScale: true },
    ];
  }
  for (const o of enterprises.filter((x) => !x.statusHistory && x.aboveScale).slice(0, 4)) {
    o.aboveScale = false;
    o.statusHistory = [
      { from: o.addedOn, to: "2023-02-28", eligible: true, aboveScale: true },
      { from: "2023-02-28", to: null, eligible: true, aboveScale: false },
    ];
  }
  // and an ineligible unit on the ledger since 2019 became eligible on 2023-03-01, above-scale on 2023-04-19.
  const ineligible = organizations.find(
    (o) => o.category === "NON_PUBLIC_ENTERPRISE" && !o.eligible && !o.ceasedOn && !o.statusHistory,
  );
  if (ineligible) {
    Object.assign(ineligible, {
      eligible: true,
      aboveScale: true,
      statusHistory: [
        { from: ineligible.addedOn, to: "2023-03-01", eligible: false, aboveScale: false },
        { from: "2023-03-01", to: "2023-04-19", eligible: true, aboveScale: false },
        { from: "2023-04-19", to: null, eligible: true, aboveScale: true },
      ],
    });
  }

  // Twenty liaison assignments end on 2023-02-01.
  assignments
    .filter((_, i) => i % 100 === 0)
    .slice(0, 20)
    .forEach((a) => {
      a.to = "2023-02-01";
    });

  return { ...base, seed: "edge-cases", organizations, branches, links, assignments };
}
