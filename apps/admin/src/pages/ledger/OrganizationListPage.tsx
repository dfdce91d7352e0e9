/**
 * 组织台账 of a county: the organizations with filters (类别, 规上, 组织覆盖, 名称) and cursor paging
 * (`first`/`after`, `totalCount`); filters and cursor live in the URL.
 */

import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Breadcrumb, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { useViewer } from "../../app/viewer";
import { EmptyState, LoadError } from "../../components/PageState";
import type { CountyOrganizationsQuery, OrganizationCategory } from "../../gql/graphql";
import { useGqlQuery } from "../../graphql/hooks";
import { CATEGORY_LABELS, COVERAGE_STATUS_LABELS, subtypeLabel } from "../../lib/labels";
import {
  EMPTY_SEARCH,
  isFiltered,
  type LedgerSearch,
  ledgerSearchParams,
  PAGE_SIZES,
  pageCount,
  parseLedgerSearch,
  readTrail,
  toOrganizationFilter,
} from "../../lib/ledger-search";
import { formatCount } from "../../lib/rates";
import { canSeeCounty } from "../../lib/scope";
import { ExportButton, ImportDrawer } from "./LedgerExcel";
import { OrganizationFormModal } from "./OrganizationFormModal";
import { OutOfScope } from "./OutOfScope";
import { CountyOrganizationsDocument } from "./queries";
import { useMayWriteLedger } from "./useLedgerWrite";

type OrganizationRow = NonNullable<CountyOrganizationsQuery["county"]>["organizations"]["nodes"][number];

const STATUS_COLORS: Record<OrganizationRow["coverageStatus"], string> = {
  ORGANIZATION_AND_LIAISON: "green",
  ORGANIZATION_ONLY: "green",
  LIAISON_ONLY: "gold",
  GAP: "red",
  NOT_IN_POPULATION: "default",
};

type TriState = "all" | "true" | "false";
const tri = (value: boolean | null): TriState => (value === null ? "all" : value ? "true" : "false");
const fromTri = (value: TriState): boolean | null => (value === "all" ? null : value === "true");

export default function OrganizationListPage() {
  const { countyCode = "" } = useParams();
  const { scope } = useViewer();
  if (!canSeeCounty(scope, countyCode)) return <OutOfScope />;
  return <OrganizationList countyCode={countyCode} />;
}

function OrganizationList({ countyCode }: { countyCode: string }) {
  const { scope } = useViewer();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const search = parseLedgerSearch(params);
  const mayWrite = useMayWriteLedger(countyCode);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const trail = readTrail(location.state);
  const pageIndex = search.after ? trail.cursors.length : 0;

  const query = useGqlQuery(
    CountyOrganizationsDocument,
    { code: countyCode, first: search.size, after: search.after, filter: toOrganizationFilter(search) },
    { placeholderData: (previous) => previous },
  );

  const go = (next: LedgerSearch, cursors: readonly string[] = []) => {
    const qs = ledgerSearchParams(next).toString();
    navigate({ pathname: location.pathname, search: qs ? `?${qs}` : "" }, { state: { cursors } });
  };
  /** A changed filter starts again at the first page. */
  const refine = (change: Partial<LedgerSearch>) => go({ ...search, ...change, after: null });

  const county = query.data?.county;
  const connection = county?.organizations;
  const title = county?.fullName ?? "";

  if (query.isError && !query.data) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  if (query.data && !county) return <EmptyState description="未找到该县（市）区" />;

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb
        items={[
          scope.kind === "CITY" ? { title: <Link to="/ledger">组织台账</Link> } : { title: "组织台账" },
          { title: title || countyCode },
        ]}
      />
      <Card>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: 12 }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {title ? `${title}两新组织` : "两新组织"}
          </Typography.Title>
          <Space wrap>
            {mayWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                新增组织
              </Button>
            ) : null}
            {mayWrite ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                导入
              </Button>
            ) : null}
            <ExportButton countyCode={countyCode} countyName={county?.name ?? countyCode} />
          </Space>
        </div>
        {mayWrite ? (
          <>
            <OrganizationFormModal
              mode="create"
              countyCode={countyCode}
              open={creating}
              onClose={() => setCreating(false)}
              onCreated={(id) =>
                navigate(`/ledger/${countyCode}/${encodeURIComponent(id)}`, { state: { back: location } })
              }
            />
            <ImportDrawer open={importing} onClose={() => setImporting(false)} />
          </>
        ) : null}
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="筛选">
          <Form.Item label="类别" htmlFor="filter-category">
            <Select<OrganizationCategory | "all">
              id="filter-category"
              style={{ width: 170 }}
              value={search.category ?? "all"}
              onChange={(v) => refine({ category: v === "all" ? null : v })}
              options={[
                { value: "all", label: "全部" },
                { value: "NON_PUBLIC_ENTERPRISE", label: CATEGORY_LABELS.NON_PUBLIC_ENTERPRISE },
                { value: "SOCIAL_ORGANIZATION", label: CATEGORY_LABELS.SOCIAL_ORGANIZATION },
              ]}
            />
          </Form.Item>
          <Form.Item label="规模" htmlFor="filter-above-scale">
            <Select<TriState>
              id="filter-above-scale"
              style={{ width: 120 }}
              value={tri(search.aboveScale)}
              onChange={(v) => refine({ aboveScale: fromTri(v) })}
              options={[
                { value: "all", label: "全部" },
                { value: "true", label: "规模以上" },
                { value: "false", label: "规模以下" },
              ]}
            />
          </Form.Item>
          <Form.Item label="党组织" htmlFor="filter-covered">
            <Select<TriState>
              id="filter-covered"
              style={{ width: 130 }}
              value={tri(search.organizationCovered)}
              onChange={(v) => refine({ organizationCovered: fromTri(v) })}
              options={[
                { value: "all", label: "全部" },
                { value: "true", label: "已建党组织" },
                { value: "false", label: "未建党组织" },
              ]}
            />
          </Form.Item>
          <Form.Item label="名称" htmlFor="filter-name">
            <Input.Search
              id="filter-name"
              key={search.nameContains}
              defaultValue={search.nameContains}
              placeholder="输入名称中的字词"
              allowClear
              enterButton="查询"
              style={{ width: 280 }}
              onSearch={(value) => refine({ nameContains: value.trim() })}
            />
          </Form.Item>
          {isFiltered(search) ? (
            <Form.Item>
              <Button onClick={() => go({ ...EMPTY_SEARCH, size: search.size })}>清除筛选</Button>
            </Form.Item>
          ) : null}
        </Form>
        <Table<OrganizationRow>
          rowKey="id"
          loading={query.isFetching}
          pagination={false}
          dataSource={connection?.nodes ?? []}
          aria-label="两新组织列表"
          locale={{
            emptyText: query.isPending ? (
              " "
            ) : (
              <EmptyState
                description={isFiltered(search) ? "没有符合筛选条件的组织" : "该县（市）区台账中还没有组织"}
              />
            ),
          }}
          columns={[
            {
              title: "名称",
              dataIndex: "name",
              render: (name: string, row) => (
                <Link to={`/ledger/${countyCode}/${encodeURIComponent(row.id)}`} state={{ back: location }}>
                  {name}
                </Link>
              ),
            },
            {
              title: "类别",
              dataIndex: "category",
              width: 150,
              render: (category: OrganizationCategory, row) => (
                <span>
                  {CATEGORY_LABELS[category]}
                  {row.subtype ? (
                    <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                      {subtypeLabel(row.subtype)}
                    </Typography.Text>
                  ) : null}
                </span>
              ),
            },
            { title: "规上", dataIndex: "aboveScale", width: 70, render: (v: boolean) => (v ? "是" : "否") },
            { title: "正式党员", dataIndex: "formalMemberCount", width: 90, align: "right" },
            {
              title: "覆盖情况",
              dataIndex: "coverageStatus",
              width: 160,
              render: (status: OrganizationRow["coverageStatus"]) => (
                <Tag color={STATUS_COLORS[status]}>{COVERAGE_STATUS_LABELS[status]}</Tag>
              ),
            },
            { title: "园区", width: 180, render: (_, row) => row.park?.name ?? "—" },
          ]}
        />
        <nav
          aria-label="分页"
          style={{
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
            marginTop: 16,
            gap: 12,
            flexWrap: "wrap",
          }}
        >
          <Typography.Text data-testid="paging-summary">
            {connection
              ? `共 ${formatCount(connection.totalCount)} 家${
                  search.after && trail.cursors.length === 0
                    ? ""
                    : `，第 ${pageIndex + 1} / ${pageCount(connection.totalCount, search.size)} 页`
                }`
              : "\u00a0"}
          </Typography.Text>
          <Space wrap>
            <Select<number>
              aria-label="每页条数"
              value={search.size}
              style={{ width: 110 }}
              onChange={(size) => refine({ size })}
              options={PAGE_SIZES.map((n) => ({ value: n, label: `每页 ${n} 条` }))}
            />
            {search.after && trail.cursors.length === 0 ? (
              <Button onClick={() => go({ ...search, after: null })}>第一页</Button>
            ) : (
              <Button
                disabled={pageIndex === 0}
                onClick={() => {
                  const previous = trail.cursors[trail.cursors.length - 1] ?? "";
                  go({ ...search, after: previous === "" ? null : previous }, trail.cursors.slice(0, -1));
                }}
              >
                上一页
              </Button>
            )}
            <Button
              disabled={!connection?.pageInfo.hasNextPage || query.isFetching}
              onClick={() => {
                const end = connection?.pageInfo.endCursor;
                if (end) go({ ...search, after: end }, [...trail.cursors, search.after ?? ""]);
              }}
            >
              下一页
            </Button>
          </Space>
        </nav>
      </Card>
    </Space>
  );
}
