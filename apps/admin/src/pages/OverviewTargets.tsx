/**
 * 总览's targets of document No. 5 (5号文件): for the city (or the user's county) each target with
 * what is required, what is achieved and the gap; the units of a gap one click away; for the city,
 * the nine counties' progress against 100% side by side.
 */
import { useQueries } from "@tanstack/react-query";
import { Button, Card, Drawer, Progress, Select, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useViewer } from "../app/viewer";
import { PercentBarChart } from "../components/BarChart";
import { LoadError, Loading } from "../components/PageState";
import type { TargetsQuery } from "../gql/graphql";
import { operationName, useGqlQuery, useRequest } from "../graphql/hooks";
import { yearOptions } from "../lib/contact-points";
import { CATEGORY_LABELS } from "../lib/labels";
import { canSeeCounty } from "../lib/scope";
import { chartMax, targetProgress, targetStatus } from "../lib/targets";
import { useSession } from "../session/SessionProvider";
import { TargetGapDocument, TargetsDocument } from "./overview-queries";

type Target = TargetsQuery["targets"][number];

const GAP_PAGE = 20;

const TARGET_COLORS = ["#c62828", "#ef6c00", "#1565c0"];

/** The units that make up one target's gap, paged by cursor. */
function GapDrawer({
  year,
  countyCode,
  target,
  onClose,
}: {
  year: number;
  countyCode: string | null;
  target: Target | null;
  onClose: () => void;
}) {
  const { scope } = useViewer();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const query = useGqlQuery(
    TargetGapDocument,
    { year, countyCode, first: GAP_PAGE, after },
    { enabled: target !== null },
  );
  const progress = query.data?.targets.find((t) => t.target === target?.target);
  const gap = progress?.gap;
  const page = cursors.length;
  return (
    <Drawer
      title={target ? `差距单位 · ${target.label}` : "差距单位"}
      open={target !== null}
      onClose={() => {
        setCursors([null]);
        onClose();
      }}
      width={640}
    >
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Typography.Text type="secondary" data-testid="gap-summary">
            截至 {progress?.asOf}，共 {(gap?.totalCount ?? 0).toLocaleString("zh-CN")} 家，第 {page} 页
          </Typography.Text>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            aria-label="差距单位"
            dataSource={gap?.nodes ?? []}
            locale={{ emptyText: "没有差距单位" }}
            columns={[
              {
                title: "单位名称",
                render: (_, o) =>
                  canSeeCounty(scope, o.county.code) ? (
                    <Link to={`/ledger/${o.county.code}/${encodeURIComponent(o.id)}`}>{o.name}</Link>
                  ) : (
                    o.name
                  ),
              },
              { title: "县（市）区", width: 100, render: (_, o) => o.county.name },
              {
                title: "类别",
                width: 150,
                render: (_, o) => `${CATEGORY_LABELS[o.category]}${o.aboveScale ? "（规上）" : ""}`,
              },
            ]}
          />
          <Space>
            <Button disabled={page <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
              上一页
            </Button>
            <Button
              disabled={!gap?.pageInfo.hasNextPage}
              onClick={() => setCursors((c) => [...c, gap?.pageInfo.endCursor ?? null])}
            >
              下一页
            </Button>
          </Space>
        </Space>
      )}
    </Drawer>
  );
}

function TargetTable({ targets, onShowGap }: { targets: readonly Target[]; onShowGap: (t: Target) => void }) {
  return (
    <Table<Target>
      rowKey="target"
      size="small"
      pagination={false}
      aria-label="5号文件目标"
      dataSource={[...targets]}
      columns={[
        { title: "目标", dataIndex: "label" },
        { title: "期限", dataIndex: "dueOn", width: 110 },
        { title: "要求", align: "right", width: 90, render: (_, t) => t.required.toLocaleString("zh-CN") },
        { title: "已完成", align: "right", width: 90, render: (_, t) => t.achieved.toLocaleString("zh-CN") },
        {
          title: "进度",
          width: 200,
          render: (_, t) => {
            const p = targetProgress(t);
            return (
              <Progress
                percent={Math.min(100, p.value ?? 0)}
                format={() => p.percent}
                status={t.met ? "success" : "active"}
                size="small"
              />
            );
          },
        },
        {
          title: "状态",
          width: 110,
          render: (_, t) => <Tag color={t.met ? "success" : "error"}>{targetStatus(t)}</Tag>,
        },
        {
          title: "差距单位",
          width: 110,
          render: (_, t) =>
            t.met || t.shortfall === 0 ? (
              "—"
            ) : (
              <Button type="link" size="small" onClick={() => onShowGap(t)}>
                查看单位
              </Button>
            ),
        },
      ]}
    />
  );
}

/** The nine counties' progress on each target (one request per county, in parallel). */
function CountyTargetsChart({ year, counties }: { year: number; counties: readonly { code: string; name: string }[] }) {
  const run = useRequest();
  const { session } = useSession();
  const results = useQueries({
    queries: counties.map((c) => ({
      queryKey: [operationName(TargetsDocument), { year, countyCode: c.code }, session?.username ?? null],
      queryFn: ({ signal }: { signal: AbortSignal }) => run(TargetsDocument, { year, countyCode: c.code }, signal),
    })),
  });
  const failed = results.find((r) => r.isError);
  const ready = results.every((r) => r.isSuccess);
  const series = useMemo(() => {
    if (!ready) return [];
    const first = results[0]?.data?.targets ?? [];
    return first.map((t, i) => ({
      name: t.label,
      color: TARGET_COLORS[i % TARGET_COLORS.length] as string,
      values: results.map((r) => {
        const mine = r.data?.targets.find((x) => x.target === t.target);
        return mine ? targetProgress(mine).value : null;
      }),
      ...(i === 0 ? { reference: { label: "目标 100%", value: 100 } } : {}),
    }));
  }, [ready, results]);
  if (failed) return <LoadError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!ready) return <Loading label="正在加载各县（市）区目标进度…" />;
  return (
    <PercentBarChart
      categories={counties.map((c) => c.name)}
      series={series}
      max={chartMax(series.flatMap((s) => s.values))}
      ariaLabel={`${year} 年各县（市）区5号文件目标完成进度柱状图（完成数 ÷ 要求数）`}
    />
  );
}

export function OverviewTargets({
  countyCode,
  counties,
}: {
  /** The county's targets; the city's when null. */
  countyCode: string | null;
  /** For the city: the counties to chart. */
  counties?: readonly { code: string; name: string }[];
}) {
  const years = yearOptions(new Date().getFullYear());
  const [year, setYear] = useState(years[0] ?? new Date().getFullYear());
  const [gapOf, setGapOf] = useState<Target | null>(null);
  const query = useGqlQuery(TargetsDocument, { year, countyCode });
  return (
    <Card
      title="5号文件目标"
      data-testid="targets"
      extra={
        <Space>
          <label htmlFor="targets-year">年度</label>
          <Select<number>
            id="targets-year"
            style={{ width: 110 }}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
          />
        </Space>
      }
    >
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: "100%" }}>
          <Typography.Text type="secondary">
            截至 {query.data.targets[0]?.asOf ?? "—"}：6 月 30 日前规上非公企业动态组建率保持
            100%、未建党组织单位联络员派驻率 100%；12 月 31 日前组织覆盖单位数比年初翻一番。
          </Typography.Text>
          <TargetTable targets={query.data.targets} onShowGap={setGapOf} />
          {counties && counties.length > 0 ? <CountyTargetsChart year={year} counties={counties} /> : null}
        </Space>
      )}
      <GapDrawer year={year} countyCode={countyCode} target={gapOf} onClose={() => setGapOf(null)} />
    </Card>
  );
}
