/**
 * 联系点: the leaders (副市级以上, and a county's 副县级以上) with their contact points for a year and
 * the 联络人 of each point. A county's user sees the points in its county only.
 */
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { Link, useSearchParams } from "react-router";
import { useCan, useViewer } from "../app/viewer";
import { LoadError, Loading } from "../components/PageState";
import type { LeaderContactPointsQuery, LeaderLevel } from "../gql/graphql";
import { useGqlQuery, useRequest } from "../graphql/hooks";
import {
  type ContactPointRow,
  contactListStatus,
  contactPointRows,
  hasCurrentPoint,
  summarize,
  yearOptions,
} from "../lib/contact-points";
import { canSeeCounty, type Scope } from "../lib/scope";
import { useSession } from "../session/SessionProvider";
import { AssignPointButton, EndPointButton, ReportListButton } from "./ContactPointActions";
import {
  ContactPointComplianceDocument,
  CountyNamesDocument,
  LeaderContactPointsDocument,
} from "./contact-points-queries";

type Leader = LeaderContactPointsQuery["leaders"]["nodes"][number];

/** Safety bound on paging through leaders (100 a page). */
const MAX_PAGES = 20;

/** Every leader of a level (and county), all pages. */
function useLeaders(level: LeaderLevel, countyCode: string | null, year: number, enabled = true) {
  const run = useRequest();
  const { session } = useSession();
  return useQuery({
    queryKey: ["LeaderContactPoints", level, countyCode, year, session?.username ?? null],
    enabled: enabled && session !== null,
    queryFn: async ({ signal }) => {
      const leaders: Leader[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const data: LeaderContactPointsQuery = await run(
          LeaderContactPointsDocument,
          { level, countyCode, year, after },
          signal,
        );
        leaders.push(...data.leaders.nodes);
        if (!data.leaders.pageInfo.hasNextPage || !data.leaders.pageInfo.endCursor) break;
        after = data.leaders.pageInfo.endCursor;
      }
      return leaders;
    },
  });
}

/** Whether the signed-in user may assign and end this leader's points (the server checks again). */
function useManages(scope: Scope): (leader: Leader) => boolean {
  const can = useCan();
  if (!can("ASSIGN_CONTACT_POINT")) return () => false;
  // A city leader's points are the city's; a county leader's, the city's or that county's.
  return (leader) => (leader.county ? canSeeCounty(scope, leader.county.code) : scope.kind === "CITY");
}

function PointsTable({
  rows,
  scope,
  emptyText,
  showCounty,
  year,
}: {
  rows: ContactPointRow<Leader>[];
  scope: Scope;
  emptyText: string;
  showCounty: boolean;
  year: number;
}) {
  const manages = useManages(scope);
  const anyManaged = rows.some((row) => manages(row.leader));
  const firstRowOf = new Set<string>();
  const seenLeaders = new Set<string>();
  for (const row of rows) {
    if (!seenLeaders.has(row.leader.id)) firstRowOf.add(row.key);
    seenLeaders.add(row.leader.id);
  }
  return (
    <Table<ContactPointRow<Leader>>
      rowKey="key"
      pagination={false}
      dataSource={rows}
      size="middle"
      aria-label="领导干部联系点"
      locale={{ emptyText }}
      columns={[
        { title: "序号", dataIndex: "order", width: 64, align: "right" },
        { title: "领导干部", render: (_, row) => row.leader.name, width: 100 },
        { title: "职务", render: (_, row) => row.leader.title },
        {
          title: "联系点",
          render: (_, row) => {
            if (!row.point) return <Typography.Text type="secondary">尚未确定</Typography.Text>;
            const org = row.point.organization;
            const name = canSeeCounty(scope, org.county.code) ? (
              <Link to={`/ledger/${org.county.code}/${encodeURIComponent(org.id)}`}>{org.name}</Link>
            ) : (
              org.name
            );
            return (
              <Space size={4} wrap>
                {name}
                {row.point.endedOn ? <Tag>已于 {row.point.endedOn} 调整</Tag> : null}
              </Space>
            );
          },
        },
        ...(showCounty
          ? [
              {
                title: "所在县（市）区",
                width: 120,
                render: (_: unknown, row: ContactPointRow<Leader>) => row.point?.organization.county.name ?? "—",
              },
            ]
          : []),
        { title: "联络人", width: 100, render: (_, row) => (row.point ? (row.point.liaisonOfficerName ?? "—") : "—") },
        { title: "确定日期", width: 110, render: (_, row) => row.point?.startedOn ?? "—" },
        ...(anyManaged
          ? [
              {
                title: "操作",
                width: 120,
                render: (_: unknown, row: ContactPointRow<Leader>) => {
                  if (!manages(row.leader)) return null;
                  if (row.point && !row.point.endedOn) {
                    return <EndPointButton point={row.point} leaderName={row.leader.name} />;
                  }
                  if (firstRowOf.has(row.key) && !hasCurrentPoint(row.leader)) {
                    return (
                      <AssignPointButton
                        year={year}
                        leader={{
                          id: row.leader.id,
                          name: row.leader.name,
                          title: row.leader.title,
                          countyCode: row.leader.county?.code ?? null,
                        }}
                      />
                    );
                  }
                  return null;
                },
              },
            ]
          : []),
      ]}
    />
  );
}

function CityLeaders({ year, scope }: { year: number; scope: Scope }) {
  const query = useLeaders("CITY", null, year);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const leaders = query.data;
  if (scope.kind === "COUNTY") {
    const rows = contactPointRows(leaders, { onlyCountyCode: scope.countyCode });
    return (
      <Space direction="vertical" style={{ width: "100%" }}>
        <Typography.Text type="secondary">
          {year} 年度市级领导在{scope.countyName}的联系点 {rows.length} 个；联络人为本县（市）区常委组织部长。
        </Typography.Text>
        <PointsTable
          rows={rows}
          scope={scope}
          year={year}
          showCounty={false}
          emptyText={`${year} 年度没有市级领导联系点在本县（市）区`}
        />
      </Space>
    );
  }
  const summary = summarize(leaders);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Text type="secondary" data-testid="contact-summary">
        {year} 年度副市级以上领导 {summary.leaders} 名，已确定联系点 {summary.withPoint} 名，尚未确定{" "}
        {summary.withoutPoint} 名。 每名市级领导包扶一个两新组织，联络人为联系点所在县（市）区的常委组织部长。
      </Typography.Text>
      <PointsTable rows={contactPointRows(leaders)} scope={scope} year={year} showCounty emptyText="没有市级领导" />
    </Space>
  );
}

function CountyLeaders({ year, countyCode, scope }: { year: number; countyCode: string; scope: Scope }) {
  const query = useLeaders("COUNTY", countyCode, year, countyCode !== "");
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const summary = summarize(query.data);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Text type="secondary">
        {year} 年度副县级以上领导 {summary.leaders} 名，已确定联系点 {summary.withPoint} 名，尚未确定{" "}
        {summary.withoutPoint} 名。 各县（市）区于 7 月 31 日前向市委组织部报送联系点名单。
      </Typography.Text>
      <PointsTable
        rows={contactPointRows(query.data)}
        scope={scope}
        year={year}
        showCounty={false}
        emptyText="该县（市）区没有登记领导干部"
      />
    </Space>
  );
}

/** 落实情况: the year's points against the rules of the speech. */
function Compliance({ year, scope }: { year: number; scope: Scope }) {
  const can = useCan();
  const query = useGqlQuery(ContactPointComplianceDocument, { year });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const c = query.data.contactPointCompliance;
  const counties = c.counties.filter((row) => canSeeCounty(scope, row.county.code));
  const mayReport = (code: string) => can("ASSIGN_CONTACT_POINT") && canSeeCounty(scope, code);
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      {scope.kind === "CITY" ? (
        <Card
          size="small"
          title={`尚未确定联系点的市级领导（${c.cityLeadersWithoutPoint.length} / ${c.cityLeaderCount}）`}
        >
          {c.cityLeadersWithoutPoint.length === 0 ? (
            <Typography.Text type="success">{year} 年度每名副市级以上领导均已确定联系点。</Typography.Text>
          ) : (
            <Space size={[8, 8]} wrap data-testid="leaders-without-point">
              {c.cityLeadersWithoutPoint.map((l) => (
                <Tag key={l.id}>
                  {l.name} · {l.title}
                </Tag>
              ))}
            </Space>
          )}
        </Card>
      ) : null}
      <Table
        rowKey={(row) => row.county.code}
        size="small"
        pagination={false}
        aria-label="县级领导联系点名单报送"
        title={() => `县级领导联系点名单报送（${c.dueOn} 前报送市委组织部）`}
        dataSource={counties}
        columns={[
          { title: "县（市）区", render: (_, row) => row.county.name },
          { title: "县级领导联系点", align: "right", render: (_, row) => `${row.pointCount} 个` },
          { title: "报送日期", render: (_, row) => row.reportedOn ?? "—" },
          {
            title: "状态",
            render: (_, row) => {
              const status = contactListStatus(row);
              return <Tag color={status.color}>{status.label}</Tag>;
            },
          },
          ...(counties.some((row) => mayReport(row.county.code) && !row.reportedOn)
            ? [
                {
                  title: "操作",
                  render: (_: unknown, row: (typeof counties)[number]) =>
                    mayReport(row.county.code) && !row.reportedOn ? (
                      <ReportListButton countyCode={row.county.code} countyName={row.county.name} year={year} />
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        aria-label="尚未成为示范点的联系点"
        title={() => `尚未成为 ${year} 年度示范点的联系点（${c.pointsWithoutSite.length} 个）`}
        dataSource={c.pointsWithoutSite}
        locale={{ emptyText: "联系点均已成为示范点" }}
        columns={[
          { title: "领导干部", render: (_, p) => `${p.leader.name}（${p.leader.title}）` },
          {
            title: "联系点",
            render: (_, p) =>
              canSeeCounty(scope, p.organization.county.code) ? (
                <Link to={`/ledger/${p.organization.county.code}/${encodeURIComponent(p.organization.id)}`}>
                  {p.organization.name}
                </Link>
              ) : (
                p.organization.name
              ),
          },
          { title: "所在县（市）区", render: (_, p) => p.organization.county.name },
          { title: "确定日期", render: (_, p) => p.startedOn },
        ]}
      />
    </Space>
  );
}

function CountyPicker({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const counties = useGqlQuery(CountyNamesDocument, {}, { staleTime: Number.POSITIVE_INFINITY });
  if (counties.isError) return <Alert type="error" showIcon message="县（市）区列表加载失败" />;
  return (
    <Select<string>
      aria-label="县（市）区"
      style={{ width: 160 }}
      loading={counties.isPending}
      value={value || undefined}
      placeholder="选择县（市）区"
      onChange={onChange}
      options={(counties.data?.city.counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
    />
  );
}

export default function ContactPointsPage() {
  const { scope } = useViewer();
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const years = yearOptions(currentYear);
  const requestedYear = Number(params.get("year"));
  const year = years.includes(requestedYear) ? requestedYear : (years[0] ?? currentYear);
  const requestedTab = params.get("tab");
  const tab = requestedTab === "county" || requestedTab === "compliance" ? requestedTab : "city";
  const county = scope.kind === "COUNTY" ? scope.countyCode : (params.get("county") ?? "");

  const update = (change: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) next.set(key, value);
    setParams(next);
  };

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          领导干部联系点
        </Typography.Title>
        <Space>
          <label htmlFor="contact-year">年度</label>
          <Select<number>
            id="contact-year"
            style={{ width: 110 }}
            value={year}
            onChange={(y) => update({ year: String(y) })}
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
          />
        </Space>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key })}
        items={[
          {
            key: "city",
            label: "市级领导联系点",
            children: <CityLeaders year={year} scope={scope} />,
          },
          {
            key: "county",
            label: scope.kind === "COUNTY" ? `${scope.countyName}领导联系点` : "县级领导联系点",
            children: (
              <Space direction="vertical" style={{ width: "100%" }}>
                {scope.kind === "CITY" ? (
                  <CountyPicker value={county} onChange={(code) => update({ county: code })} />
                ) : null}
                {county ? (
                  <CountyLeaders year={year} countyCode={county} scope={scope} />
                ) : (
                  <Typography.Text type="secondary">请选择县（市）区。</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            key: "compliance",
            label: "落实情况",
            children: <Compliance year={year} scope={scope} />,
          },
        ]}
      />
    </Card>
  );
}
