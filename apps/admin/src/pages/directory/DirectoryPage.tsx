/**
 * 机构与人员: the city's leaders (副市级以上), each county's leaders (副县级以上) with its 常委组织部长,
 * and the county's industrial parks with their 党工委. Those who may (MANAGE_DIRECTORY: the city admin
 * anywhere, a county admin its own county; city leaders the city admin only) add, correct and record
 * the end of a term; former leaders stay, shown with 显示已离任.
 */
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Select, Space, Switch, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useCan, useViewer } from "../../app/viewer";
import { EmptyState, LoadError, Loading } from "../../components/PageState";
import type { LeaderLevel } from "../../gql/graphql";
import { useGqlQuery } from "../../graphql/hooks";
import { termLabel } from "../../lib/directory";
import { EndTermModal, type Leader, LeaderModal, ParkModal, type ParkRow } from "./DirectoryModals";

/** A park of the list, with its coverage today (园区覆盖: the park's units). */
type ParkListRow = ParkRow & {
  readonly coverage?: {
    readonly eligibleCount: number;
    readonly organizationCoverage: { readonly percent?: string | null };
    readonly liaisonCoverage: { readonly percent?: string | null };
    readonly gapCount: number;
  } | null;
};

import { DirectoryCountiesDocument, DirectoryCountyDocument, DirectoryLeadersDocument } from "./queries";

function statusTag(leader: Leader) {
  if (leader.termEnd) return <Tag>已离任</Tag>;
  if (!leader.inOffice) return <Tag color="blue">待到任</Tag>;
  return <Tag color="green">在任</Tag>;
}

function LeaderTable({
  level,
  countyCode,
  countyName,
  manage,
}: {
  level: LeaderLevel;
  countyCode: string | null;
  countyName: string | null;
  manage: boolean;
}) {
  const [showFormer, setShowFormer] = useState(false);
  const [editing, setEditing] = useState<Leader | null | "new">(null);
  const [ending, setEnding] = useState<Leader | null>(null);
  const leaders = useGqlQuery(DirectoryLeadersDocument, {
    level,
    countyCode,
    status: showFormer ? "ALL" : "CURRENT",
  });
  const title = level === "CITY" ? "市级领导干部（副市级以上）" : `${countyName ?? ""}领导干部（副县级以上）`;
  return (
    <Card
      title={title}
      extra={
        <Space>
          <span>
            显示已离任 <Switch size="small" checked={showFormer} onChange={setShowFormer} aria-label="显示已离任" />
          </span>
          {manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
              新增领导
            </Button>
          ) : null}
        </Space>
      }
    >
      {leaders.isPending ? (
        <Loading />
      ) : leaders.isError ? (
        <LoadError error={leaders.error} onRetry={() => leaders.refetch()} />
      ) : (
        <Table<Leader>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={leaders.data.leaders.nodes}
          locale={{ emptyText: <EmptyState description="暂无领导干部" /> }}
          columns={[
            { title: "排序", dataIndex: "sortOrder", width: 64 },
            {
              title: "姓名",
              width: 160,
              render: (_, l) => (
                <Space size={4}>
                  {l.name}
                  {l.organizationHead ? <Tag color="red">组织部长</Tag> : null}
                </Space>
              ),
            },
            { title: "职务", dataIndex: "title" },
            { title: "工作电话", width: 140, render: (_, l) => l.phone ?? "—" },
            {
              title: "任期",
              width: 250,
              render: (_, l) => termLabel({ termStart: l.termStart ?? null, termEnd: l.termEnd ?? null }),
            },
            { title: "状态", width: 80, render: (_, l) => statusTag(l) },
            ...(manage
              ? [
                  {
                    title: "操作",
                    width: 120,
                    render: (_: unknown, l: Leader) => (
                      <Space size={0}>
                        <Button type="link" size="small" onClick={() => setEditing(l)} aria-label={`编辑${l.name}`}>
                          编辑
                        </Button>
                        {l.termEnd ? null : (
                          <Button
                            type="link"
                            size="small"
                            danger
                            onClick={() => setEnding(l)}
                            aria-label={`${l.name}离任`}
                          >
                            离任
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <LeaderModal
        open={editing !== null}
        onClose={() => setEditing(null)}
        level={level}
        countyCode={countyCode}
        countyName={countyName}
        leader={editing === "new" ? null : editing}
      />
      <EndTermModal open={ending !== null} onClose={() => setEnding(null)} leader={ending} />
    </Card>
  );
}

function ParkTable({ countyCode, countyName, manage }: { countyCode: string; countyName: string; manage: boolean }) {
  const county = useGqlQuery(DirectoryCountyDocument, { code: countyCode });
  const [editing, setEditing] = useState<ParkRow | null | "new">(null);
  return (
    <Card
      title={`${countyName}园区与党工委`}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            新增园区
          </Button>
        ) : null
      }
    >
      {county.isPending ? (
        <Loading />
      ) : county.isError ? (
        <LoadError error={county.error} onRetry={() => county.refetch()} />
      ) : (
        <Table<ParkListRow>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={county.data.county?.parks ?? []}
          locale={{ emptyText: <EmptyState description="暂无园区" /> }}
          columns={[
            { title: "园区名称", dataIndex: "name" },
            { title: "党工委", render: (_, p) => p.workCommitteeName ?? "—" },
            { title: "书记", width: 120, render: (_, p) => p.workCommitteeSecretary ?? "—" },
            { title: "工作电话", width: 140, render: (_, p) => p.workCommitteePhone ?? "—" },
            { title: "具备条件单位", width: 100, render: (_, p) => p.coverage?.eligibleCount ?? "—" },
            { title: "组建率", width: 80, render: (_, p) => p.coverage?.organizationCoverage.percent ?? "—" },
            { title: "联络员覆盖率", width: 100, render: (_, p) => p.coverage?.liaisonCoverage.percent ?? "—" },
            { title: "空白点", width: 70, render: (_, p) => p.coverage?.gapCount ?? "—" },
            ...(manage
              ? [
                  {
                    title: "操作",
                    width: 80,
                    render: (_: unknown, p: ParkListRow) => (
                      <Button type="link" size="small" onClick={() => setEditing(p)} aria-label={`编辑${p.name}`}>
                        编辑
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <ParkModal
        open={editing !== null}
        onClose={() => setEditing(null)}
        countyCode={countyCode}
        countyName={countyName}
        park={editing === "new" ? null : editing}
      />
    </Card>
  );
}

export default function DirectoryPage() {
  const { scope } = useViewer();
  const can = useCan();
  const counties = useGqlQuery(DirectoryCountiesDocument, {});
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") ?? (scope.kind === "CITY" ? "city" : "county");
  const list = counties.data?.city.counties ?? [];
  const countyCode = scope.kind === "COUNTY" ? scope.countyCode : (params.get("county") ?? list[0]?.code ?? "");
  const county = list.find((c) => c.code === countyCode);
  const mayManage = (code: string | null) =>
    can("MANAGE_DIRECTORY") && (scope.kind === "CITY" || (code !== null && scope.countyCode === code));
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  if (counties.isPending) return <Loading />;
  if (counties.isError) return <LoadError error={counties.error} onRetry={() => counties.refetch()} />;

  const countyPicker =
    scope.kind === "CITY" ? (
      <Space>
        <label htmlFor="directory-county">县（市）区</label>
        <Select
          id="directory-county"
          style={{ width: 200 }}
          value={countyCode}
          onChange={(v: string) => set("county", v)}
          options={list.map((c) => ({ value: c.code, label: c.name }))}
        />
        {county ? (
          <Typography.Text type="secondary">组织部长：{county.organizationHeadName ?? "未登记"}</Typography.Text>
        ) : null}
      </Space>
    ) : null;

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        机构与人员
      </Typography.Title>
      {tab === "city" ? null : countyPicker}
      <Tabs
        activeKey={tab}
        onChange={(key) => set("tab", key)}
        items={[
          {
            key: "city",
            label: "市级领导",
            children: (
              <LeaderTable
                level="CITY"
                countyCode={null}
                countyName={null}
                manage={mayManage(null) && scope.kind === "CITY"}
              />
            ),
          },
          {
            key: "county",
            label: "县级领导与组织部长",
            children: (
              <>
                {county ? (
                  <LeaderTable
                    level="COUNTY"
                    countyCode={county.code}
                    countyName={county.name}
                    manage={mayManage(county.code)}
                  />
                ) : null}
              </>
            ),
          },
          {
            key: "parks",
            label: "园区与党工委",
            children: (
              <>
                {county ? (
                  <ParkTable countyCode={county.code} countyName={county.name} manage={mayManage(county.code)} />
                ) : null}
              </>
            ),
          },
        ]}
      />
    </Space>
  );
}
