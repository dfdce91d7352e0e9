/** Changes to a unit or a branch as the audit trail recorded them, and a unit's coverage over time. */
import { Button, Card, Drawer, Space, Table, Tabs, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { EmptyState, LoadError, Loading } from "../../components/PageState";
import type { OrganizationHistoryQuery } from "../../gql/graphql";
import { useGqlQuery } from "../../graphql/hooks";
import { BRANCH_LEVEL_LABELS, COVERAGE_ROLE_LABELS, ROLE_LABELS } from "../../lib/labels";
import { auditTime, auditValue, fieldLabel, operationLabel } from "../../lib/ledger-history";
import { BranchHistoryDocument, OrganizationHistoryDocument } from "./queries";

const PAGE = 50;

interface AuditEntryShown {
  readonly id: string;
  readonly occurredAt: string;
  readonly operation: string;
  readonly username: string;
  readonly role: string;
  readonly changes: readonly { field: string; before?: string | null; after?: string | null }[];
}

function AuditTable({ entries, label }: { entries: readonly AuditEntryShown[]; label: string }) {
  return (
    <Table<AuditEntryShown>
      rowKey="id"
      size="small"
      pagination={entries.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      dataSource={[...entries]}
      aria-label={label}
      locale={{ emptyText: <EmptyState description="暂无变更记录" /> }}
      columns={[
        { title: "时间", width: 150, render: (_, e) => auditTime(e.occurredAt) },
        { title: "操作", width: 110, render: (_, e) => operationLabel(e.operation) },
        {
          title: "操作人",
          width: 150,
          render: (_, e) => `${e.username}（${(ROLE_LABELS as Record<string, string>)[e.role] ?? e.role}）`,
        },
        {
          title: "变更内容",
          render: (_, e) => (
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {e.changes.map((c) => (
                <li key={c.field}>
                  {fieldLabel(c.field)}：{auditValue(c.field, c.before ?? null)} →{" "}
                  {auditValue(c.field, c.after ?? null)}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}

type HistoryOrganization = Extract<NonNullable<OrganizationHistoryQuery["node"]>, { history: unknown }>;
type CoverageRow = HistoryOrganization["coverageHistory"][number];
type StatusRow = HistoryOrganization["statusHistory"][number];

/** 历史记录 of a unit: its changes and every branch that covered it (for roles with READ_HISTORY). */
export function OrganizationHistoryCard({ organizationId }: { organizationId: string }) {
  const query = useGqlQuery(OrganizationHistoryDocument, { id: organizationId, first: PAGE });
  const [branch, setBranch] = useState<{ id: string; name: string } | null>(null);
  let body: ReactNode;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <LoadError error={query.error} onRetry={() => query.refetch()} />;
  else {
    const node = query.data.node;
    const organization = node && "history" in node ? node : null;
    if (!organization) body = <EmptyState description="未找到该组织" />;
    else {
      body = (
        <Tabs
          items={[
            {
              key: "changes",
              label: `变更记录（${organization.history.totalCount}）`,
              children: (
                <>
                  <AuditTable entries={organization.history.nodes} label="变更记录" />
                  {organization.history.totalCount > organization.history.nodes.length ? (
                    <Typography.Text type="secondary">
                      显示最近 {organization.history.nodes.length} 条，共 {organization.history.totalCount} 条
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
            {
              key: "coverage",
              label: `党组织覆盖历程（${organization.coverageHistory.length}）`,
              children: (
                <Table<CoverageRow>
                  rowKey={(r) => `${r.branch.id}-${r.from}`}
                  size="small"
                  pagination={false}
                  dataSource={organization.coverageHistory}
                  aria-label="党组织覆盖历程"
                  locale={{ emptyText: <EmptyState description="该单位从未有党组织覆盖" /> }}
                  columns={[
                    { title: "党组织", render: (_, r) => r.branch.name },
                    { title: "本单位角色", width: 100, render: (_, r) => COVERAGE_ROLE_LABELS[r.role] },
                    { title: "覆盖期间", width: 210, render: (_, r) => `${r.from} 至 ${r.to ?? "今"}` },
                    {
                      title: "层级变化",
                      render: (_, r) =>
                        r.branch.levelHistory.map((p) => `${BRANCH_LEVEL_LABELS[p.level]}（${p.from} 起）`).join(" → "),
                    },
                    {
                      title: "",
                      width: 100,
                      render: (_, r) => (
                        <Button size="small" onClick={() => setBranch({ id: r.branch.id, name: r.branch.name })}>
                          变更记录
                        </Button>
                      ),
                    },
                  ]}
                />
              ),
            },
            {
              key: "status",
              label: `规模以上 / 具备条件历程（${organization.statusHistory.length}）`,
              children: (
                <Table<StatusRow>
                  rowKey="from"
                  size="small"
                  pagination={false}
                  dataSource={organization.statusHistory}
                  aria-label="规模以上与具备条件历程"
                  columns={[
                    { title: "期间", width: 210, render: (_, r) => `${r.from} 至 ${r.to ?? "今"}` },
                    { title: "具备开展党建工作条件", width: 170, render: (_, r) => (r.eligible ? "是" : "否") },
                    { title: "规模以上", width: 100, render: (_, r) => (r.aboveScale ? "是" : "否") },
                    { title: "记录人", render: (_, r) => r.recordedBy ?? "—" },
                  ]}
                />
              ),
            },
          ]}
        />
      );
    }
  }
  return (
    <Card title="历史记录">
      {body}
      <BranchHistoryDrawer branch={branch} onClose={() => setBranch(null)} />
    </Card>
  );
}

export function BranchHistoryDrawer({
  branch,
  onClose,
}: {
  branch: { id: string; name: string } | null;
  onClose: () => void;
}) {
  return (
    <Drawer open={branch !== null} onClose={onClose} width={760} title={branch ? `${branch.name}：变更记录` : ""}>
      {branch ? <BranchHistory branchId={branch.id} /> : null}
    </Drawer>
  );
}

function BranchHistory({ branchId }: { branchId: string }) {
  const query = useGqlQuery(BranchHistoryDocument, { id: branchId, first: PAGE });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const node = query.data.node;
  const branch = node && "history" in node ? node : null;
  if (!branch) return <EmptyState description="未找到该党组织" />;
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <AuditTable entries={branch.history.nodes} label="党组织变更记录" />
    </Space>
  );
}
