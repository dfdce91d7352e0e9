/**
 * 总览: for the city (or the user's county), 组建率, 联络员覆盖率 and 双覆盖率 by category; for
 * the city the nine counties side by side (chart and table); the targets of document No. 5 with
 * their gaps.
 */
import { Card, Col, Row, Segmented, Space, Statistic, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useViewer } from "../app/viewer";
import { PercentBarChart } from "../components/BarChart";
import { EmptyState, LoadError, Loading } from "../components/PageState";
import type { CoverageFiguresFragment, OrganizationCategory } from "../gql/graphql";
import { useGqlQuery } from "../graphql/hooks";
import { CATEGORY_LABELS } from "../lib/labels";
import { formatCount, formatFraction, formatPercent, percentValue } from "../lib/rates";
import { OverviewTargets } from "./OverviewTargets";
import { CityOverviewDocument, CountyOverviewDocument } from "./overview-queries";

const RATE_KEYS = [
  { key: "organizationCoverage", label: "组建率", color: "#c62828", hint: "有党组织覆盖的单位 / 应统计单位" },
  { key: "liaisonCoverage", label: "联络员覆盖率", color: "#ef6c00", hint: "有联络员或指导员的单位 / 应统计单位" },
  { key: "dualCoverage", label: "双覆盖率", color: "#1565c0", hint: "组织覆盖或联络员覆盖的单位 / 应统计单位" },
] as const;

type Figures = CoverageFiguresFragment;

function CategoryCard({ category, figures }: { category: OrganizationCategory; figures: Figures }) {
  const title = CATEGORY_LABELS[category];
  return (
    <Card title={title} data-testid={`coverage-${category}`}>
      {figures.eligibleCount === 0 ? (
        <EmptyState description="暂无应统计的单位" />
      ) : (
        <>
          <Row gutter={16}>
            {RATE_KEYS.map((r) => (
              <Col span={8} key={r.key}>
                <Statistic
                  title={<span title={r.hint}>{r.label}</span>}
                  value={formatPercent(figures[r.key])}
                  valueStyle={{ color: r.color, fontWeight: 600 }}
                />
                <Typography.Text type="secondary">{formatFraction(figures[r.key])} 家</Typography.Text>
              </Col>
            ))}
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            应统计单位 {formatCount(figures.eligibleCount)} 家 · 党组织 {formatCount(figures.branchCount)} 个 ·
            联络员（指导员） {formatCount(figures.liaisonCount)} 名
            {figures.unitsPerLiaison == null ? "" : `（人均联系 ${figures.unitsPerLiaison.toFixed(2)} 家）`} · 空白点{" "}
            {formatCount(figures.gapCount)} 家
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

function CategoryCards({ nonPublic, social }: { nonPublic: Figures; social: Figures }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <CategoryCard category="NON_PUBLIC_ENTERPRISE" figures={nonPublic} />
      </Col>
      <Col xs={24} xl={12}>
        <CategoryCard category="SOCIAL_ORGANIZATION" figures={social} />
      </Col>
    </Row>
  );
}

interface CountyRow {
  readonly code: string;
  readonly name: string;
  readonly nonPublic: Figures;
  readonly social: Figures;
}

function CountyComparison({ counties }: { counties: readonly CountyRow[] }) {
  const [category, setCategory] = useState<OrganizationCategory>("NON_PUBLIC_ENTERPRISE");
  const pick = (row: CountyRow) => (category === "NON_PUBLIC_ENTERPRISE" ? row.nonPublic : row.social);
  const names = useMemo(() => counties.map((c) => c.name), [counties]);
  const series = useMemo(
    () =>
      RATE_KEYS.map((r) => ({
        name: r.label,
        color: r.color,
        values: counties.map((c) =>
          percentValue((category === "NON_PUBLIC_ENTERPRISE" ? c.nonPublic : c.social)[r.key]),
        ),
      })),
    [counties, category],
  );
  return (
    <Card
      title="各县（市）区覆盖率"
      extra={
        <Segmented<OrganizationCategory>
          aria-label="组织类别"
          value={category}
          onChange={setCategory}
          options={[
            { value: "NON_PUBLIC_ENTERPRISE", label: CATEGORY_LABELS.NON_PUBLIC_ENTERPRISE },
            { value: "SOCIAL_ORGANIZATION", label: CATEGORY_LABELS.SOCIAL_ORGANIZATION },
          ]}
        />
      }
    >
      <PercentBarChart
        categories={names}
        series={series}
        ariaLabel={`${CATEGORY_LABELS[category]}各县（市）区组建率、联络员覆盖率、双覆盖率柱状图，数据见下表`}
      />
      <Table<CountyRow>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={[...counties]}
        style={{ marginTop: 16 }}
        aria-label="各县（市）区覆盖率"
        columns={[
          {
            title: "县（市）区",
            dataIndex: "name",
            render: (name: string, row) => <Link to={`/ledger/${row.code}`}>{name}</Link>,
          },
          { title: "应统计单位", align: "right", render: (_, row) => formatCount(pick(row).eligibleCount) },
          ...RATE_KEYS.map((r) => ({
            title: r.label,
            key: r.key,
            align: "right" as const,
            sorter: (a: CountyRow, b: CountyRow) =>
              (percentValue(pick(a)[r.key]) ?? -1) - (percentValue(pick(b)[r.key]) ?? -1),
            render: (_: unknown, row: CountyRow) => (
              <span title={formatFraction(pick(row)[r.key])}>{formatPercent(pick(row)[r.key])}</span>
            ),
          })),
        ]}
      />
    </Card>
  );
}

function Heading({ place, asOf }: { place: string; asOf: string }) {
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        总览 · {place}
      </Typography.Title>
      <Typography.Text type="secondary">
        统计截至 {asOf}；口径：具备开展党建工作条件、正常经营的两新组织，按单位计。
      </Typography.Text>
    </div>
  );
}

function CityOverview() {
  const query = useGqlQuery(CityOverviewDocument, {});
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const { city } = query.data;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Heading place={city.name} asOf={city.nonPublic.asOf} />
      <CategoryCards nonPublic={city.nonPublic} social={city.social} />
      <CountyComparison counties={city.counties} />
      <OverviewTargets countyCode={null} counties={city.counties} />
    </Space>
  );
}

function CountyOverview({ code }: { code: string }) {
  const query = useGqlQuery(CountyOverviewDocument, { code });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const county = query.data.county;
  if (!county) return <EmptyState description="未找到所属县（市）区，请联系市委组织部核对账号" />;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Heading place={county.fullName} asOf={county.nonPublic.asOf} />
      <CategoryCards nonPublic={county.nonPublic} social={county.social} />
      <OverviewTargets countyCode={county.code} />
    </Space>
  );
}

export default function OverviewPage() {
  const { scope } = useViewer();
  return scope.kind === "CITY" ? <CityOverview /> : <CountyOverview code={scope.countyCode} />;
}
