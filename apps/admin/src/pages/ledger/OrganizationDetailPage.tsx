/** An organization's page: its ledger entry, the branches covering it and its liaisons. */
import { Breadcrumb, Button, Card, Descriptions, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, type Location, useLocation, useParams } from "react-router";
import { useCan, useViewer } from "../../app/viewer";
import { EmptyState, LoadError, Loading } from "../../components/PageState";
import type { OrganizationDetailQuery } from "../../gql/graphql";
import { useGqlQuery } from "../../graphql/hooks";
import {
  BRANCH_LEVEL_LABELS,
  CATEGORY_LABELS,
  COVERAGE_ROLE_LABELS,
  COVERAGE_STATUS_LABELS,
  FORMATION_LABELS,
  liaisonKindLabel,
  subtypeLabel,
} from "../../lib/labels";
import { canSeeCounty } from "../../lib/scope";
import { AffiliateModal, EndAffiliationModal } from "./AffiliationModals";
import { type BranchShown, DissolveBranchModal, FoundBranchModal, UpdateBranchModal } from "./BranchModals";
import { BranchHistoryDrawer, OrganizationHistoryCard } from "./HistoryViews";
import { DispatchLiaisonModal, EndLiaisonModal } from "./LiaisonModals";
import { OrganizationFormModal } from "./OrganizationFormModal";
import { OutOfScope } from "./OutOfScope";
import { OrganizationDetailDocument } from "./queries";
import { useMayWriteLedger } from "./useLedgerWrite";

type Organization = Extract<NonNullable<OrganizationDetailQuery["node"]>, { name: string }>;
type BranchLinkRow = Organization["branchLinks"][number];
type LiaisonRow = Organization["liaisons"][number];

/** Which write form is open (one at a time). */
type Dialog =
  | { kind: "edit" }
  | { kind: "found" }
  | { kind: "update"; branch: BranchShown }
  | { kind: "dissolve"; branch: BranchShown }
  | { kind: "dispatch" }
  | { kind: "end"; liaison: { id: string; name: string } }
  | { kind: "affiliate" }
  | { kind: "endAffiliation"; branch: { id: string; name: string } }
  | null;

const orDash = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === "" ? "—" : value;

export default function OrganizationDetailPage() {
  const { countyCode = "", organizationId = "" } = useParams();
  const { scope } = useViewer();
  const location = useLocation();
  const can = useCan();
  const mayWrite = useMayWriteLedger(countyCode);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [branchHistory, setBranchHistory] = useState<{ id: string; name: string } | null>(null);
  const close = () => setDialog(null);
  const back = (location.state as { back?: Location } | null)?.back;
  const query = useGqlQuery(
    OrganizationDetailDocument,
    { id: organizationId },
    { enabled: canSeeCounty(scope, countyCode) },
  );

  if (!canSeeCounty(scope, countyCode)) return <OutOfScope />;
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const node = query.data.node;
  const organization = node && "name" in node ? node : null;
  if (!organization) return <EmptyState description="未找到该组织，可能已从台账中移除" />;
  if (!canSeeCounty(scope, organization.county.code)) return <OutOfScope />;

  const listLink = back ? (
    <Link to={{ pathname: back.pathname, search: back.search }} state={back.state}>
      {organization.county.name}
    </Link>
  ) : (
    <Link to={`/ledger/${organization.county.code}`}>{organization.county.name}</Link>
  );

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb
        items={[
          scope.kind === "CITY" ? { title: <Link to="/ledger">组织台账</Link> } : { title: "组织台账" },
          { title: listLink },
          { title: organization.name },
        ]}
      />
      <Card>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: 12 }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {organization.name}
          </Typography.Title>
          {mayWrite ? (
            <Button type="primary" onClick={() => setDialog({ kind: "edit" })}>
              编辑
            </Button>
          ) : null}
        </div>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label="统一社会信用代码">{orDash(organization.creditCode)}</Descriptions.Item>
          <Descriptions.Item label="类别">
            {CATEGORY_LABELS[organization.category]}
            {organization.subtype ? `（${subtypeLabel(organization.subtype)}）` : ""}
          </Descriptions.Item>
          <Descriptions.Item label="所属县（市）区">{organization.county.name}</Descriptions.Item>
          <Descriptions.Item label="所在园区">
            {organization.park
              ? `${organization.park.name}${organization.park.workCommitteeName ? `（${organization.park.workCommitteeName}）` : ""}`
              : "—"}
          </Descriptions.Item>
          <Descriptions.Item label="行业">{orDash(organization.industry)}</Descriptions.Item>
          <Descriptions.Item label="规模以上">{organization.aboveScale ? "是" : "否"}</Descriptions.Item>
          <Descriptions.Item label="从业人员">{orDash(organization.employeeCount)}</Descriptions.Item>
          <Descriptions.Item label="正式党员 / 预备党员">
            {organization.formalMemberCount} / {organization.probationaryMemberCount}
          </Descriptions.Item>
          <Descriptions.Item label="法定代表人是党员">
            {organization.legalRepresentativeIsMember ? "是" : "否"}
          </Descriptions.Item>
          <Descriptions.Item label="覆盖情况">
            <Tag>{COVERAGE_STATUS_LABELS[organization.coverageStatus]}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="具备开展党建工作条件">{organization.eligible ? "是" : "否"}</Descriptions.Item>
          <Descriptions.Item label="纳入台账日期">{organization.addedOn}</Descriptions.Item>
          {organization.ceasedOn ? (
            <Descriptions.Item label="停止经营日期">{organization.ceasedOn}</Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>

      <Card
        title="党组织"
        extra={
          mayWrite && !organization.ceasedOn ? (
            <Space>
              {organization.branchLinks.length === 0 && organization.formalMemberCount < 3 ? (
                <Button onClick={() => setDialog({ kind: "affiliate" })}>挂靠党组织</Button>
              ) : null}
              <Button onClick={() => setDialog({ kind: "found" })}>成立党组织</Button>
            </Space>
          ) : null
        }
      >
        <Table<BranchLinkRow>
          rowKey={(row) => row.branch.id}
          pagination={false}
          dataSource={organization.branchLinks}
          aria-label="党组织"
          locale={{ emptyText: <EmptyState description="该单位目前没有党组织覆盖" /> }}
          columns={[
            { title: "名称", render: (_, row) => row.branch.name },
            { title: "层级", width: 90, render: (_, row) => BRANCH_LEVEL_LABELS[row.branch.level] },
            { title: "组建方式", width: 100, render: (_, row) => FORMATION_LABELS[row.branch.formation] },
            { title: "本单位角色", width: 100, render: (_, row) => COVERAGE_ROLE_LABELS[row.role] },
            { title: "正式党员", width: 90, align: "right", render: (_, row) => row.branch.formalMemberCount },
            {
              title: "书记",
              width: 110,
              render: (_, row) =>
                `${orDash(row.branch.secretaryName)}${row.branch.committeeSize ? `（支委会 ${row.branch.committeeSize} 人）` : ""}`,
            },
            { title: "成立日期", width: 110, render: (_, row) => orDash(row.branch.foundedOn) },
            {
              title: "覆盖单位",
              render: (_, row) =>
                row.branch.organizations.length <= 1 ? (
                  "本单位"
                ) : (
                  <Space size={[4, 4]} wrap>
                    {row.branch.organizations.map((o) =>
                      o.id === organization.id ? (
                        <Tag key={o.id}>{o.name}</Tag>
                      ) : (
                        <Link key={o.id} to={`/ledger/${organization.county.code}/${encodeURIComponent(o.id)}`}>
                          <Tag color="blue">{o.name}</Tag>
                        </Link>
                      ),
                    )}
                  </Space>
                ),
            },
            ...(mayWrite || can("READ_HISTORY")
              ? [
                  {
                    title: "操作",
                    width: mayWrite ? 170 : 90,
                    render: (_: unknown, row: BranchLinkRow) => (
                      <Space size={4} wrap>
                        {mayWrite && row.role === "AFFILIATED" ? (
                          <Button
                            size="small"
                            onClick={() => setDialog({ kind: "endAffiliation", branch: row.branch })}
                          >
                            结束挂靠
                          </Button>
                        ) : null}
                        {mayWrite && row.role !== "AFFILIATED" ? (
                          <>
                            <Button size="small" onClick={() => setDialog({ kind: "update", branch: row.branch })}>
                              调整
                            </Button>
                            <Button
                              size="small"
                              danger
                              onClick={() => setDialog({ kind: "dissolve", branch: row.branch })}
                            >
                              撤销
                            </Button>
                          </>
                        ) : null}
                        {can("READ_HISTORY") ? (
                          <Button
                            size="small"
                            type="link"
                            onClick={() => setBranchHistory({ id: row.branch.id, name: row.branch.name })}
                          >
                            变更记录
                          </Button>
                        ) : null}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card
        title="党建工作联络员 / 指导员"
        extra={
          mayWrite && !organization.ceasedOn ? (
            <Button onClick={() => setDialog({ kind: "dispatch" })}>选派联络员</Button>
          ) : null
        }
      >
        <Table<LiaisonRow>
          rowKey="id"
          pagination={false}
          dataSource={organization.liaisons}
          aria-label="联络员"
          locale={{ emptyText: <EmptyState description="该单位目前没有派驻联络员或指导员" /> }}
          columns={[
            { title: "姓名", dataIndex: "name", width: 140 },
            { title: "类别", dataIndex: "kind", width: 160, render: (kind: string) => liaisonKindLabel(kind) },
            { title: "职务", dataIndex: "title", render: (title: string | null) => orDash(title) },
            ...(mayWrite
              ? [
                  {
                    title: "操作",
                    width: 90,
                    render: (_: unknown, row: LiaisonRow) => (
                      <Button size="small" onClick={() => setDialog({ kind: "end", liaison: row })}>
                        结束
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      {can("READ_HISTORY") ? <OrganizationHistoryCard organizationId={organization.id} /> : null}

      {mayWrite ? (
        <>
          <OrganizationFormModal
            mode="edit"
            organization={organization}
            open={dialog?.kind === "edit"}
            onClose={close}
          />
          <FoundBranchModal
            open={dialog?.kind === "found"}
            onClose={close}
            unit={{
              id: organization.id,
              name: organization.name,
              countyCode: organization.county.code,
              category: organization.category,
              formalMemberCount: organization.formalMemberCount,
              parkId: organization.park?.id ?? null,
              industry: organization.industry ?? null,
            }}
          />
          {dialog?.kind === "update" ? <UpdateBranchModal open onClose={close} branch={dialog.branch} /> : null}
          {dialog?.kind === "dissolve" ? <DissolveBranchModal open onClose={close} branch={dialog.branch} /> : null}
          <DispatchLiaisonModal
            open={dialog?.kind === "dispatch"}
            onClose={close}
            countyCode={organization.county.code}
            organizationId={organization.id}
          />
          {dialog?.kind === "end" ? (
            <EndLiaisonModal open onClose={close} liaison={dialog.liaison} organizationId={organization.id} />
          ) : null}
          <AffiliateModal
            open={dialog?.kind === "affiliate"}
            onClose={close}
            unit={{
              id: organization.id,
              name: organization.name,
              countyCode: organization.county.code,
              formalMemberCount: organization.formalMemberCount,
            }}
          />
          {dialog?.kind === "endAffiliation" ? (
            <EndAffiliationModal open onClose={close} organizationId={organization.id} branch={dialog.branch} />
          ) : null}
        </>
      ) : null}
      <BranchHistoryDrawer branch={branchHistory} onClose={() => setBranchHistory(null)} />
    </Space>
  );
}
