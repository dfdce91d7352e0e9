/**
 * 示范点: for a year and a level (市级 30, 县级 200), the quota board per county, the plan (SET_QUOTA),
 * nominating (NOMINATE_SITE), the list of sites with the review queue (REVIEW_SITE) and the 五有 form
 * (ASSESS_FIVE_HAVES). What a role may not do is not offered.
 */
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useCan, useViewer } from "../../app/viewer";
import { LoadError, Loading } from "../../components/PageState";
import type { QuotaPlanQuery, SiteLevel } from "../../gql/graphql";
import { useGqlQuery, useRequest } from "../../graphql/hooks";
import { yearOptions } from "../../lib/contact-points";
import { type BoardRow, boardRows, orderYears } from "../../lib/sites";
import { useSession } from "../../session/SessionProvider";
import { SITE_LEVEL_LABELS } from "./common";
import { NominateDialog } from "./NominateDialog";
import { QuotaPlanEditor } from "./QuotaPlanEditor";
import { DemonstrationSitesDocument, PlanYearsDocument, QuotaPlanDocument, SiteCountiesDocument } from "./queries";
import { SiteList } from "./SiteList";

type Plan = NonNullable<QuotaPlanQuery["quotaPlan"]>;

/** The years among `years` that have a plan of either level. */
function usePlanYears(years: readonly number[]) {
  const run = useRequest();
  const { session } = useSession();
  return useQuery({
    queryKey: ["PlanYears", years, session?.username ?? null],
    enabled: session !== null,
    queryFn: async ({ signal }) => {
      const withPlan = new Set<number>();
      for (const year of years) {
        const data = await run(PlanYearsDocument, { year }, signal);
        if (data.city || data.county) withPlan.add(year);
      }
      return withPlan;
    },
  });
}

function Board({ plan, rows, ownCounty }: { plan: Plan; rows: BoardRow[]; ownCounty: string | null }) {
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Text data-testid="board-summary">
        名额总数 {plan.total} 个，已推荐 {plan.nominated} 个，已批准 {plan.approved} 个，剩余 {plan.remaining} 个
        {plan.rejected + plan.revoked > 0 ? `（未通过 ${plan.rejected} 个、已撤销 ${plan.revoked} 个，不占名额）` : ""}
        。
      </Typography.Text>
      {plan.split ? null : (
        <Typography.Text type="secondary">
          名额未分配到各县（市）区，全市共用 {plan.total} 个；下表为各县（市）区的推荐和批准情况。
        </Typography.Text>
      )}
      <Table<BoardRow>
        rowKey="countyCode"
        size="small"
        pagination={false}
        dataSource={rows}
        aria-label="名额看板"
        data-testid="quota-board"
        onRow={(row) => (row.countyCode === ownCounty ? { style: { background: "#fff1f0", fontWeight: 600 } } : {})}
        columns={[
          {
            title: "县（市）区",
            render: (_, row) => (
              <Space size={4}>
                {row.countyName}
                {row.countyCode === ownCounty ? <Tag color="red">本县（市）区</Tag> : null}
              </Space>
            ),
          },
          { title: "名额", align: "right", render: (_, row) => row.quota ?? "—" },
          { title: "已推荐", align: "right", dataIndex: "nominated" },
          { title: "已批准", align: "right", dataIndex: "approved" },
          {
            title: "剩余",
            align: "right",
            render: (_, row) =>
              row.remaining === null ? (
                "—"
              ) : (
                <Typography.Text type={row.remaining <= 0 ? "danger" : undefined}>{row.remaining}</Typography.Text>
              ),
          },
        ]}
      />
    </Space>
  );
}

function LevelPanel({
  year,
  level,
  planYears,
  onYear,
}: {
  year: number;
  level: SiteLevel;
  planYears: readonly number[];
  onYear: (year: number) => void;
}) {
  const { scope } = useViewer();
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const [nominating, setNominating] = useState(false);
  const counties = useGqlQuery(SiteCountiesDocument, {}, { staleTime: Number.POSITIVE_INFINITY });
  const plan = useGqlQuery(QuotaPlanDocument, { level, year });
  const sites = useGqlQuery(DemonstrationSitesDocument, { year, level, countyCode: null, status: null });

  if (counties.isPending || plan.isPending) return <Loading />;
  if (counties.isError) return <LoadError error={counties.error} onRetry={() => counties.refetch()} />;
  if (plan.isError) return <LoadError error={plan.error} onRetry={() => plan.refetch()} />;
  const quotaPlan = plan.data.quotaPlan;
  const allCounties = counties.data.city.counties;
  const ownCounty = scope.kind === "COUNTY" ? scope.countyCode : null;
  const levelLabel = SITE_LEVEL_LABELS[level];
  const mayNominate = can("NOMINATE_SITE") && quotaPlan !== null;

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        size="small"
        title={`${year} 年度${levelLabel}示范点名额`}
        extra={
          <Space>
            {can("SET_QUOTA") ? (
              <Button onClick={() => setEditing(true)}>{quotaPlan ? "调整名额方案" : "制定名额方案"}</Button>
            ) : null}
            {mayNominate ? (
              <Button type="primary" onClick={() => setNominating(true)}>
                推荐示范点
              </Button>
            ) : null}
          </Space>
        }
      >
        {quotaPlan === null ? (
          <Alert
            type="info"
            showIcon
            role="status"
            message={`${year} 年度尚未制定${levelLabel}示范点名额方案`}
            description={
              <Space direction="vertical" size={4}>
                <span>
                  {can("SET_QUOTA")
                    ? "制定名额方案后，各县（市）区方可推荐示范点。"
                    : "名额方案由市委组织部制定；制定前不能推荐示范点。"}
                </span>
                {planYears.length > 0 ? (
                  <Space size={4} wrap>
                    <span>已有方案的年度：</span>
                    {planYears.map((y) => (
                      <Button key={y} size="small" type="link" onClick={() => onYear(y)}>
                        {y} 年
                      </Button>
                    ))}
                  </Space>
                ) : null}
              </Space>
            }
          />
        ) : sites.isError && !quotaPlan.split ? (
          <LoadError error={sites.error} onRetry={() => sites.refetch()} />
        ) : sites.isPending && !quotaPlan.split ? (
          <Loading />
        ) : (
          <Board
            plan={quotaPlan}
            rows={boardRows(quotaPlan, allCounties, sites.data?.demonstrationSites ?? [], ownCounty)}
            ownCounty={ownCounty}
          />
        )}
      </Card>
      <SiteList year={year} level={level} counties={allCounties} sites={sites} />
      {editing ? (
        <QuotaPlanEditor
          year={year}
          level={level}
          plan={quotaPlan}
          counties={allCounties}
          onClose={() => setEditing(false)}
        />
      ) : null}
      {nominating && quotaPlan ? (
        <NominateDialog year={year} level={level} counties={allCounties} onClose={() => setNominating(false)} />
      ) : null}
    </Space>
  );
}

export default function SitesPage() {
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const years = yearOptions(currentYear);
  const planYears = usePlanYears(years);
  const withPlan = planYears.data ?? new Set<number>();
  const requestedYear = Number(params.get("year"));
  const year = years.includes(requestedYear) ? requestedYear : currentYear;
  const level: SiteLevel = params.get("level") === "COUNTY" ? "COUNTY" : "CITY";

  const update = (change: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) next.set(key, value);
    setParams(next);
  };

  const planYearList = orderYears(years, withPlan).filter((y) => withPlan.has(y) && y !== year);
  const onYear = (y: number) => update({ year: String(y) });

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          示范点
        </Typography.Title>
        <Space>
          <label htmlFor="sites-year">年度</label>
          <Select<number>
            id="sites-year"
            style={{ width: 180 }}
            value={year}
            onChange={onYear}
            options={orderYears(years, withPlan).map((y) => ({
              value: y,
              label: withPlan.has(y) ? `${y} 年（有方案）` : `${y} 年`,
            }))}
          />
        </Space>
      </Space>
      <Tabs
        activeKey={level}
        onChange={(key) => update({ level: key })}
        destroyOnHidden
        items={[
          {
            key: "CITY",
            label: "市级示范点",
            children: <LevelPanel year={year} level="CITY" planYears={planYearList} onYear={onYear} />,
          },
          {
            key: "COUNTY",
            label: "县级示范点",
            children: <LevelPanel year={year} level="COUNTY" planYears={planYearList} onYear={onYear} />,
          },
        ]}
      />
    </Card>
  );
}
