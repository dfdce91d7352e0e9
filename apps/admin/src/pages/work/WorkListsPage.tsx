/**
 * 重点工作: the lists the speech sets the counties (应建未建: 3+ members, no branch of their own;
 * 边建厂边建党: units added in a period still without a branch), liaisons' work targets and deadlines
 * (overdue ones marked; set and completed by WRITE_LEDGER in the county), and the year's measures
 * (五有 pass rate, 创先争优 completion over every branch expected, units per liaison). Lists come in the
 * domain's order (most formal members first) and download as Excel.
 */
import { LIAISON_KIND_LABELS, type LiaisonKind, WORK_TARGET_STATUSES, type WorkTargetStatus } from "@liangxin/domain";
import { Button, Card, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useCan, useViewer } from "../../app/viewer";
import { DownloadButton } from "../../components/DownloadButton";
import { FormErrors } from "../../components/FormErrors";
import { OrganizationPicker } from "../../components/OrganizationPicker";
import { EmptyState, LoadError, Loading } from "../../components/PageState";
import type { OrganizationFilter, WorkTargetsQuery, WorkUnitFragment } from "../../gql/graphql";
import { useGqlQuery, useRequest } from "../../graphql/hooks";
import { useFormMutation } from "../../graphql/use-form-mutation";
import { COVERAGE_STATUS_LABELS } from "../../lib/labels";
import { todayInChina } from "../../lib/ledger-forms";
import {
  defaultPeriod,
  newWithoutBranchXlsxUrl,
  STATUS_COLORS,
  shouldFormXlsxUrl,
  WORK_TARGET_STATUS_LABELS,
  workTargetsXlsxUrl,
} from "../../lib/work-lists";
import { AccountCountiesDocument } from "../accounts/queries";
import {
  CityWorkListDocument,
  CompleteWorkTargetDocument,
  CountyWorkListDocument,
  RecordWorkTargetDocument,
  UnitLiaisonsDocument,
  WorkMeasuresDocument,
  WorkTargetsDocument,
} from "./queries";

const TARGET_QUERIES = ["WorkTargets"];

/** One page after another of a work list, for the city or a county. */
function UnitList({
  countyCode,
  filter,
  empty,
}: {
  countyCode: string | null;
  filter: OrganizationFilter;
  empty: string;
}) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const city = useGqlQuery(CityWorkListDocument, { filter, after }, { enabled: countyCode === null });
  const county = useGqlQuery(
    CountyWorkListDocument,
    { code: countyCode ?? "", filter, after },
    { enabled: countyCode !== null },
  );
  const query = countyCode === null ? city : county;
  const connection = countyCode === null ? city.data?.organizations : county.data?.county?.organizations;
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  return (
    <>
      <Table<WorkUnitFragment>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={connection?.nodes ?? []}
        locale={{ emptyText: <EmptyState description={empty} /> }}
        columns={[
          {
            title: "单位名称",
            render: (_, o) => <Link to={`/ledger/${o.county.code}/${encodeURIComponent(o.id)}`}>{o.name}</Link>,
          },
          { title: "县（市）区", width: 110, render: (_, o) => o.county.name },
          { title: "正式党员", width: 90, dataIndex: "formalMemberCount" },
          { title: "纳入台账", width: 110, dataIndex: "addedOn" },
          { title: "覆盖情况", width: 140, render: (_, o) => COVERAGE_STATUS_LABELS[o.coverageStatus] },
          { title: "所在党组织", render: (_, o) => o.branches.map((b) => b.name).join("、") || "—" },
          { title: "联络员", width: 140, render: (_, o) => o.liaisons.map((l) => l.name).join("、") || "—" },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" data-testid="work-list-total">
          共 {connection?.totalCount ?? 0} 家
        </Typography.Text>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          上一页
        </Button>
        <Button
          disabled={!connection?.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, connection?.pageInfo.endCursor ?? null])}
        >
          下一页
        </Button>
      </Space>
    </>
  );
}

function NewUnitsTab({ countyCode, label }: { countyCode: string | null; label: string }) {
  const [period, setPeriod] = useState(defaultPeriod(todayInChina()));
  const [draft, setDraft] = useState(period);
  const filter: OrganizationFilter = {
    addedFrom: period.from,
    addedTo: period.to,
    organizationCovered: false,
    inPopulation: true,
  };
  return (
    <Card
      title={
        <Space wrap>
          纳入台账
          <Input
            type="date"
            aria-label="起始日期"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            style={{ width: 150 }}
          />
          至
          <Input
            type="date"
            aria-label="截止日期"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            style={{ width: 150 }}
          />
          <Button onClick={() => draft.from && draft.to && draft.from <= draft.to && setPeriod(draft)}>查询</Button>
        </Space>
      }
      extra={
        <DownloadButton
          url={newWithoutBranchXlsxUrl(countyCode, period.from, period.to)}
          fallbackName={`${label}新建未建党组织单位.xlsx`}
        />
      }
    >
      <Typography.Paragraph type="secondary">
        边建厂边建党：在此期间纳入台账、至今尚未建立（或加入）党组织的单位，党员多的在前。
      </Typography.Paragraph>
      <UnitList
        key={`${period.from}|${period.to}|${countyCode}`}
        countyCode={countyCode}
        filter={filter}
        empty="该期间新纳入的单位均已建立党组织"
      />
    </Card>
  );
}

interface TargetValues {
  organizationId?: string;
  liaisonId?: string;
  description: string;
  dueOn: string;
}

function RecordTargetModal({
  open,
  onClose,
  countyCode,
}: {
  open: boolean;
  onClose: () => void;
  countyCode: string | null;
}) {
  const [form] = Form.useForm<TargetValues>();
  const run = useRequest();
  const unit = Form.useWatch("organizationId", form);
  const liaisons = useGqlQuery(UnitLiaisonsDocument, { id: unit ?? "" }, { enabled: Boolean(unit) });
  const options =
    liaisons.data?.node && "liaisons" in liaisons.data.node
      ? liaisons.data.node.liaisons.map((l) => ({
          value: l.id,
          label: `${l.name}（${LIAISON_KIND_LABELS[l.kind as LiaisonKind] ?? l.kind}）`,
        }))
      : [];
  const write = useFormMutation({
    send: (v: TargetValues) =>
      run(RecordWorkTargetDocument, {
        input: {
          organizationId: v.organizationId ?? "",
          liaisonId: v.liaisonId ?? "",
          description: v.description.trim(),
          dueOn: v.dueOn,
        },
      }),
    payloadOf: (d) => d.recordLiaisonWorkTarget,
    form,
    fields: ["organizationId", "liaisonId", "description", "dueOn"],
    success: "已确定工作目标",
    affects: TARGET_QUERIES,
    onDone: () => {
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      title="确定联络员工作目标"
      okText="确定"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <Typography.Paragraph type="secondary">
        为派驻到单位的联络员（指导员）明确工作目标及完成时限。
      </Typography.Paragraph>
      <FormErrors messages={write.general} />
      <Form<TargetValues> form={form} layout="vertical" name="work-target" onFinish={(v) => write.mutation.mutate(v)}>
        <Form.Item name="organizationId" label="单位" rules={[{ required: true, message: "请选择单位" }]}>
          <OrganizationPicker
            countyCode={countyCode}
            filter={{ inPopulation: true, liaisonCovered: true }}
            aria-label="单位"
          />
        </Form.Item>
        <Form.Item name="liaisonId" label="联络员（指导员）" rules={[{ required: true, message: "请选择联络员" }]}>
          <Select options={options} disabled={!unit} aria-label="联络员（指导员）" />
        </Form.Item>
        <Form.Item
          name="description"
          label="工作目标"
          rules={[{ required: true, whitespace: true, message: "请填写工作目标" }]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder="如：年底前建立党支部" />
        </Form.Item>
        <Form.Item name="dueOn" label="完成时限" rules={[{ required: true, message: "请选择完成时限" }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Target = WorkTargetsQuery["liaisonWorkTargets"]["nodes"][number];

function TargetsTab({ countyCode, label, manage }: { countyCode: string | null; label: string; manage: boolean }) {
  const [status, setStatus] = useState<WorkTargetStatus | null>(null);
  const [recording, setRecording] = useState(false);
  const [completing, setCompleting] = useState<Target | null>(null);
  const targets = useGqlQuery(WorkTargetsDocument, { countyCode, status, after: null });
  const run = useRequest();
  const [form] = Form.useForm<{ completedOn: string }>();
  const complete = useFormMutation({
    send: (v: { completedOn: string }) =>
      run(CompleteWorkTargetDocument, { input: { workTargetId: completing?.id ?? "", completedOn: v.completedOn } }),
    payloadOf: (d) => d.completeLiaisonWorkTarget,
    form,
    fields: ["completedOn"],
    success: "已登记完成",
    affects: TARGET_QUERIES,
    onDone: () => setCompleting(null),
  });
  return (
    <Card
      title={
        <Select
          aria-label="状态"
          allowClear
          placeholder="全部状态"
          style={{ width: 140 }}
          value={status ?? undefined}
          onChange={(v?: WorkTargetStatus) => setStatus(v ?? null)}
          options={WORK_TARGET_STATUSES.map((s) => ({ value: s, label: WORK_TARGET_STATUS_LABELS[s] }))}
        />
      }
      extra={
        <Space>
          <DownloadButton url={workTargetsXlsxUrl(countyCode, status)} fallbackName={`${label}联络员工作目标.xlsx`} />
          {manage ? (
            <Button type="primary" onClick={() => setRecording(true)}>
              确定工作目标
            </Button>
          ) : null}
        </Space>
      }
    >
      {targets.isPending ? (
        <Loading />
      ) : targets.isError ? (
        <LoadError error={targets.error} onRetry={() => targets.refetch()} />
      ) : (
        <Table<Target>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={targets.data.liaisonWorkTargets.nodes}
          locale={{ emptyText: <EmptyState description="暂无工作目标" /> }}
          columns={[
            { title: "单位", render: (_, t) => t.organization?.name ?? "—" },
            { title: "县（市）区", width: 100, render: (_, t) => t.organization?.county.name ?? "—" },
            { title: "联络员", width: 100, render: (_, t) => t.liaison?.name ?? "—" },
            { title: "工作目标", dataIndex: "description" },
            { title: "完成时限", width: 110, dataIndex: "dueOn" },
            { title: "完成日期", width: 110, render: (_, t) => t.completedOn ?? "—" },
            {
              title: "状态",
              width: 90,
              render: (_, t) => <Tag color={STATUS_COLORS[t.status]}>{WORK_TARGET_STATUS_LABELS[t.status]}</Tag>,
            },
            ...(manage
              ? [
                  {
                    title: "操作",
                    width: 90,
                    render: (_: unknown, t: Target) =>
                      t.completedOn ? null : (
                        <Button
                          type="link"
                          size="small"
                          onClick={() => {
                            form.setFieldsValue({ completedOn: todayInChina() });
                            complete.reset();
                            setCompleting(t);
                          }}
                        >
                          登记完成
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <RecordTargetModal open={recording} onClose={() => setRecording(false)} countyCode={countyCode} />
      <Modal
        open={completing !== null}
        title={`登记完成 · ${completing?.description ?? ""}`}
        okText="登记"
        cancelText="取消"
        onCancel={() => setCompleting(null)}
        onOk={() => form.submit()}
        confirmLoading={complete.mutation.isPending}
      >
        <FormErrors messages={complete.general} />
        <Form form={form} layout="vertical" name="complete-target" onFinish={(v) => complete.mutation.mutate(v)}>
          <Form.Item name="completedOn" label="完成日期" rules={[{ required: true, message: "请选择完成日期" }]}>
            <Input type="date" max={todayInChina()} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function MeasuresTab({ countyCode }: { countyCode: string | null }) {
  const thisYear = Number(todayInChina().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const measures = useGqlQuery(WorkMeasuresDocument, { year });
  if (measures.isPending) return <Loading />;
  if (measures.isError) return <LoadError error={measures.error} onRetry={() => measures.refetch()} />;
  const d = measures.data;
  const rows = [
    { code: null as string | null, name: "全市" },
    ...d.city.counties.map((c) => ({ code: c.code as string | null, name: c.name })),
  ].filter((r) => countyCode === null || r.code === null || r.code === countyCode);
  const five = (code: string | null) =>
    code === null ? d.fiveHavesRate.city : d.fiveHavesRate.counties.find((c) => c.county?.code === code);
  const excellence = (code: string | null) =>
    code === null ? d.excellenceCompletion.city : d.excellenceCompletion.counties.find((c) => c.county?.code === code);
  const coverage = (code: string | null) =>
    code === null ? d.city.coverage : d.city.counties.find((c) => c.code === code)?.coverage;
  return (
    <Card
      title={
        <Select
          aria-label="年度"
          style={{ width: 120 }}
          value={year}
          onChange={setYear}
          options={[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({ value: y, label: `${y} 年` }))}
        />
      }
    >
      <Table
        rowKey={(r) => r.code ?? "city"}
        size="middle"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: "", dataIndex: "name", width: 90 },
          {
            title: "五有达标率",
            render: (_, r) => {
              const f = five(r.code);
              return f ? `${f.rate.percent ?? "—"}（${f.passed}/${f.assessed}）` : "—";
            },
          },
          {
            title: "创先争优：公开承诺",
            render: (_, r) => {
              const s = excellence(r.code)?.steps[0];
              return s ? `${s.rate.percent ?? "—"}（${s.rate.numerator}/${s.rate.denominator}）` : "—";
            },
          },
          {
            title: "创先争优：表彰",
            render: (_, r) => {
              const s = excellence(r.code)?.steps[5];
              return s ? `${s.rate.percent ?? "—"}（${s.rate.numerator}/${s.rate.denominator}）` : "—";
            },
          },
          {
            title: "联络员人均联系单位",
            render: (_, r) => {
              const c = coverage(r.code);
              return c?.unitsPerLiaison == null ? "—" : `${c.unitsPerLiaison.toFixed(2)} 家（${c.liaisonCount} 名）`;
            },
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        五有达标率 = 五项全部符合的党组织 / 已评估的党组织；创先争优完成率 = 完成该环节的党组织 /
        应参加的党组织（年末或今天在册的，及本年已开展的）；人均联系单位 = 有联络员的单位 / 联络员人数（今天）。
      </Typography.Paragraph>
    </Card>
  );
}

export default function WorkListsPage() {
  const { scope } = useViewer();
  const can = useCan();
  const counties = useGqlQuery(AccountCountiesDocument, {});
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") ?? "should-form";
  const countyCode = scope.kind === "COUNTY" ? scope.countyCode : params.get("county") || null;
  const countyName = countyCode
    ? (counties.data?.city.counties.find((c) => c.code === countyCode)?.name ?? "")
    : "全市";
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const manageTargets = can("WRITE_LEDGER");

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Space style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          重点工作
        </Typography.Title>
        {scope.kind === "CITY" ? (
          <Select
            aria-label="范围"
            style={{ width: 160 }}
            value={countyCode ?? ""}
            onChange={(v: string) => set("county", v || null)}
            options={[
              { value: "", label: "全市" },
              ...(counties.data?.city.counties ?? []).map((c) => ({ value: c.code, label: c.name })),
            ]}
          />
        ) : null}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => set("tab", key)}
        items={[
          {
            key: "should-form",
            label: "应建未建",
            children: (
              <Card
                extra={
                  <DownloadButton url={shouldFormXlsxUrl(countyCode)} fallbackName={`${countyName}应建未建单位.xlsx`} />
                }
              >
                <Typography.Paragraph type="secondary">
                  正式党员3名以上、尚未单独建立党组织的单位（含仅在联合党支部中的单位），党员多的在前：应建尽建。
                </Typography.Paragraph>
                <UnitList
                  key={countyCode ?? "city"}
                  countyCode={countyCode}
                  filter={{ shouldFormOwnBranch: true }}
                  empty="没有应建未建的单位"
                />
              </Card>
            ),
          },
          {
            key: "new-units",
            label: "边建厂边建党",
            children: <NewUnitsTab countyCode={countyCode} label={countyName} />,
          },
          {
            key: "targets",
            label: "联络员工作目标",
            children: <TargetsTab countyCode={countyCode} label={countyName} manage={manageTargets} />,
          },
          { key: "measures", label: "五有与创先争优", children: <MeasuresTab countyCode={countyCode} /> },
        ]}
      />
    </Space>
  );
}
