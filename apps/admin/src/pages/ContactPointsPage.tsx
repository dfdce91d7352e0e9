/**
 * 联系点: the leaders (副市级以上, and a county's 副县级以上) with their contact points for a year and
 * the 联络人 of each point. A county's user sees the points in its county only.
 */
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { Link, useSearchParams } from "react-router";
import { useViewer } from "../app/viewer";
import { LoadError, Loading } from "../components/PageState";
import type { LeaderContactPointsQuery, LeaderLevel } from "../gql/graphql";
import { useGqlQuery, useRequest } from "../graphql/hooks";
import { type ContactPointRow, contactPointRows, summarize, yearOptions } from "../lib/contact-points";
import { canSeeCounty, type Scope } from "../lib/scope";
import { useSession } from "../session/SessionProvider";
import { CountyNamesDocument, LeaderContactPointsDocument } from "./contact-points-queries";

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

function PointsTable({
  rows,
  scope,
  emptyText,
  showCounty,
}: {
  rows: ContactPointRow<Leader>[];
  scope: Scope;
  emptyText: string;
  showCounty: boolean;
}) {
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
      <PointsTable rows={contactPointRows(leaders)} scope={scope} showCounty emptyText="没有市级领导" />
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
        showCounty={false}
        emptyText="该县（市）区没有登记领导干部"
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
  const tab = params.get("tab") === "county" ? "county" : "city";
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
        ]}
      />
    </Card>
  );
}
