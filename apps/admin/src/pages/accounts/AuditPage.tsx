/**
 * 审计日志 (市级管理员, 审核员: READ_AUDIT): every change, newest first, searched by operation, user,
 * kind of entity and a range of days; each entry with who, when, the changed fields before and
 * after, and the request id the server's log shares. Paged 20 at a time (the API caps pages at 100).
 */
import { Button, Card, DatePicker, Input, Select, Space, Table, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { EmptyState, LoadError, Loading } from "../../components/PageState";
import type { AuditLogFilter, AuditLogQuery } from "../../gql/graphql";
import { useGqlQuery } from "../../graphql/hooks";
import { changeLine, entityLabel, operationLabel } from "../../lib/accounts";
import { AuditLogDocument, AuditLogFacetsDocument } from "./queries";

type Entry = AuditLogQuery["auditLog"]["nodes"][number];

export default function AuditPage() {
  const facets = useGqlQuery(AuditLogFacetsDocument, {});
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const log = useGqlQuery(AuditLogDocument, { filter, after });
  const refilter = (next: AuditLogFilter) => {
    setFilter(next);
    setCursors([null]);
  };
  const days = (range: [Dayjs | null, Dayjs | null] | null) => {
    const { from: _f, to: _t, ...rest } = filter;
    const from = range?.[0]?.format("YYYY-MM-DD");
    const to = range?.[1]?.format("YYYY-MM-DD");
    refilter({ ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  };
  const pick = <K extends keyof AuditLogFilter>(key: K, value: AuditLogFilter[K] | undefined) => {
    const next = { ...filter };
    if (value) next[key] = value;
    else delete next[key];
    refilter(next);
  };

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        审计日志
      </Typography.Title>
      <Card
        title={
          <Space wrap>
            <Select
              aria-label="操作"
              allowClear
              showSearch
              placeholder="全部操作"
              style={{ width: 190 }}
              optionFilterProp="label"
              value={filter.operation ?? undefined}
              onChange={(v?: string) => pick("operation", v)}
              options={(facets.data?.auditLogFacets.operations ?? []).map((o) => ({
                value: o,
                label: operationLabel(o),
              }))}
            />
            <Select
              aria-label="对象"
              allowClear
              placeholder="全部对象"
              style={{ width: 150 }}
              value={filter.entityType ?? undefined}
              onChange={(v?: string) => pick("entityType", v)}
              options={(facets.data?.auditLogFacets.entityTypes ?? []).map((t) => ({
                value: t,
                label: entityLabel(t),
              }))}
            />
            <Input.Search
              aria-label="用户"
              placeholder="用户名"
              allowClear
              style={{ width: 170 }}
              onSearch={(v) => pick("username", v.trim() || undefined)}
            />
            <DatePicker.RangePicker aria-label="日期范围" onChange={(range) => days(range)} />
          </Space>
        }
      >
        {log.isPending ? (
          <Loading />
        ) : log.isError ? (
          <LoadError error={log.error} onRetry={() => log.refetch()} />
        ) : (
          <>
            <Table<Entry>
              rowKey="id"
              size="middle"
              pagination={false}
              dataSource={log.data.auditLog.nodes}
              locale={{ emptyText: <EmptyState description="没有符合条件的记录" /> }}
              columns={[
                {
                  title: "时间",
                  width: 170,
                  render: (_, e) => new Date(e.occurredAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" }),
                },
                { title: "用户", width: 130, dataIndex: "username" },
                { title: "操作", width: 150, render: (_, e) => operationLabel(e.operation) },
                { title: "对象", width: 100, render: (_, e) => entityLabel(e.entityType) },
                {
                  title: "变更内容",
                  render: (_, e) => (
                    <Typography.Paragraph
                      ellipsis={{ rows: 3, expandable: true, symbol: "展开" }}
                      style={{ marginBottom: 0, whiteSpace: "pre-line" }}
                    >
                      {e.changes.map(changeLine).join("\n") || "—"}
                    </Typography.Paragraph>
                  ),
                },
                {
                  title: "请求编号",
                  width: 120,
                  render: (_, e) => (
                    <Typography.Text type="secondary" copyable={{ text: e.requestId }} style={{ fontSize: 12 }}>
                      {e.requestId.slice(0, 8)}
                    </Typography.Text>
                  ),
                },
              ]}
            />
            <Space style={{ marginTop: 16 }}>
              <Typography.Text type="secondary" data-testid="audit-total">
                共 {log.data.auditLog.totalCount} 条
              </Typography.Text>
              <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                上一页
              </Button>
              <Button
                disabled={!log.data.auditLog.pageInfo.hasNextPage}
                onClick={() => setCursors([...cursors, log.data.auditLog.pageInfo.endCursor ?? null])}
              >
                下一页
              </Button>
            </Space>
          </>
        )}
      </Card>
    </Space>
  );
}
