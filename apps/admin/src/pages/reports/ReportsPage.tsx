/**
 * 月报与通报: the nine counties' monthly reports of a month (a county's user: its own), one county's
 * report with its figures and note, preparing and submitting it (PREPARE_REPORT, in scope),
 * returning and accepting it (REVIEW_REPORT); and the bulletin (通报) ranking the counties by a
 * metric, with the counties that have not reported, and its xlsx export.
 */
import { DownloadOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { useCan, useViewer } from "../../app/viewer";
import { FormErrors } from "../../components/FormErrors";
import { EmptyState, LoadError, Loading } from "../../components/PageState";
import type {
  BulletinMetric,
  BulletinQuery,
  OrganizationCategory,
  ReportFiguresFragment,
  ReportStatus,
} from "../../gql/graphql";
import { errorMessage, isUnauthenticated } from "../../graphql/client";
import { useGqlQuery, useInvalidate, useRequest } from "../../graphql/hooks";
import { useFormMutation } from "../../graphql/use-form-mutation";
import { bulletinXlsxUrl, fetchFile, saveBlob } from "../../lib/download";
import { CATEGORY_LABELS } from "../../lib/labels";
import { formatCount, formatFraction, formatPercent } from "../../lib/rates";
import {
  BULLETIN_METRIC_LABELS,
  BULLETIN_METRICS,
  bulletinCategories,
  defaultPeriod,
  formatChangePoints,
  joinNames,
  localIsoDate,
  periodLabel,
  periodOptions,
  REPORT_STATUS_COLORS,
  REPORT_STATUS_LABELS,
  reportActions,
  submitBlockedReason,
} from "../../lib/reports";
import { canSeeCounty } from "../../lib/scope";
import { applyUserErrors, type UserErrorLike } from "../../lib/user-errors";
import { useSession } from "../../session/SessionProvider";
import {
  AcceptMonthlyReportDocument,
  BulletinDocument,
  MonthlyReportsDocument,
  PrepareMonthlyReportDocument,
  ReturnMonthlyReportDocument,
  SubmitMonthlyReportDocument,
} from "./queries";

type Report = ReportFiguresFragment;
type BulletinRow = BulletinQuery["bulletin"]["rows"][number];

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

const formatDateTime = (value: string | null | undefined): string => (value ? dateTime.format(new Date(value)) : "—");

function StatusTag({ status }: { status: ReportStatus }) {
  return <Tag color={REPORT_STATUS_COLORS[status]}>{REPORT_STATUS_LABELS[status]}</Tag>;
}

/** After a change: the reports and the bulletins read again. */
/** The queries a report's transition changes. */
const REPORT_QUERIES = ["MonthlyReports", "Bulletin"];

function useRefreshReports() {
  const invalidate = useInvalidate();
  return () => invalidate(...REPORT_QUERIES);
}

interface NoteForm {
  note?: string;
}

/** The county's note, saved as a draft or submitted with the report. */
function PrepareForm({ report, today }: { report: Report; today: string }) {
  const run = useRequest();
  const refresh = useRefreshReports();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoteForm>();
  const [errors, setErrors] = useState<string[]>([]);
  const blocked = submitBlockedReason(report.period, today);

  const handle = (userErrors: readonly UserErrorLike[], done: string) => {
    if (userErrors.length > 0) {
      setErrors(applyUserErrors(form, userErrors, ["note"]));
      return;
    }
    message.success(done);
    return refresh();
  };

  const prepare = useMutation({
    mutationFn: (note: string) =>
      run(PrepareMonthlyReportDocument, {
        input: { countyCode: report.county.code, period: report.period, note: note.trim() === "" ? null : note },
      }),
    onMutate: () => setErrors([]),
    onSuccess: (data) => handle(data.prepareMonthlyReport.userErrors, "草稿已保存"),
    onError: (error) => setErrors([errorMessage(error)]),
  });
  const submit = useMutation({
    mutationFn: (note: string) =>
      run(SubmitMonthlyReportDocument, {
        input: { reportId: report.id, ...(note.trim() === "" ? {} : { note }) },
      }),
    onMutate: () => setErrors([]),
    onSuccess: (data) => handle(data.submitMonthlyReport.userErrors, "月报报送成功"),
    onError: (error) => setErrors([errorMessage(error)]),
  });
  const busy = prepare.isPending || submit.isPending;
  const noteOf = () => form.getFieldValue("note") ?? "";

  return (
    <Form<NoteForm>
      form={form}
      layout="vertical"
      initialValues={{ note: report.note ?? "" }}
      aria-label="编制月报"
      onFinish={(values) => prepare.mutate(values.note ?? "")}
    >
      <FormErrors messages={errors} />
      <Form.Item
        label="月报说明"
        name="note"
        htmlFor="report-note"
        rules={[{ max: 2000, message: "说明不超过 2000 字" }]}
      >
        <Input.TextArea
          id="report-note"
          rows={3}
          maxLength={2000}
          placeholder="本月工作情况、数据变化的说明（可不填）"
        />
      </Form.Item>
      {blocked ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`暂不能报送：${blocked}`} /> : null}
      <Space>
        <Button htmlType="submit" loading={prepare.isPending} disabled={busy}>
          保存草稿
        </Button>
        <Button
          type="primary"
          loading={submit.isPending}
          disabled={busy || blocked !== null}
          onClick={() =>
            form.validateFields().then(
              () => submit.mutate(noteOf()),
              () => undefined,
            )
          }
        >
          报送
        </Button>
      </Space>
    </Form>
  );
}

/** Return (a reason is required) or accept (an optional remark), in a modal. */
function ReviewModal({
  report,
  action,
  onClose,
}: {
  report: Report;
  action: "RETURN" | "ACCEPT";
  onClose: () => void;
}) {
  const run = useRequest();
  const [form] = Form.useForm<NoteForm>();
  const returning = action === "RETURN";
  const review = useFormMutation({
    send: async (note: string) => {
      const input = { reportId: report.id, ...(note.trim() === "" ? {} : { note: note.trim() }) };
      if (returning) return (await run(ReturnMonthlyReportDocument, { input })).returnMonthlyReport;
      return (await run(AcceptMonthlyReportDocument, { input })).acceptMonthlyReport;
    },
    payloadOf: (payload) => payload,
    form,
    fields: ["note"],
    success: returning ? "已退回该月报" : "已审核通过该月报",
    affects: REPORT_QUERIES,
    onDone: onClose,
  });
  const label = returning ? "退回理由" : "审核意见";
  return (
    <Modal
      open
      title={`${returning ? "退回" : "审核通过"}：${report.county.name} ${periodLabel(report.period)}月报`}
      okText={returning ? "确认退回" : "确认通过"}
      okButtonProps={{ danger: returning, loading: review.mutation.isPending }}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <FormErrors messages={review.general} />
      <Form<NoteForm>
        form={form}
        layout="vertical"
        name={returning ? "return-report" : "accept-report"}
        onFinish={(values) => review.mutation.mutate(values.note ?? "")}
      >
        <Form.Item
          label={label}
          name="note"
          htmlFor="review-note"
          rules={[
            ...(returning ? [{ required: true, whitespace: true, message: "请填写退回理由" }] : []),
            { max: 2000, message: "不超过 2000 字" },
          ]}
        >
          <Input.TextArea
            id="review-note"
            rows={3}
            maxLength={2000}
            placeholder={returning ? "说明退回的原因，县（市）区将看到" : "可不填"}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReportDetail({ report, today }: { report: Report; today: string }) {
  const { scope } = useViewer();
  const can = useCan();
  const [review, setReview] = useState<"RETURN" | "ACCEPT" | null>(null);
  const actions = reportActions(report.status, {
    canPrepare: can("PREPARE_REPORT"),
    canReview: can("REVIEW_REPORT"),
    inScope: canSeeCounty(scope, report.county.code),
  });
  const c = report.coverage;
  return (
    <Card
      size="small"
      data-testid="report-detail"
      title={
        <Space>
          <span>
            {report.county.fullName} {periodLabel(report.period)}月报
          </span>
          <StatusTag status={report.status} />
        </Space>
      }
      extra={
        actions.review ? (
          <Space>
            <Button type="primary" onClick={() => setReview("ACCEPT")}>
              审核通过
            </Button>
            <Button danger onClick={() => setReview("RETURN")}>
              退回
            </Button>
          </Space>
        ) : null
      }
    >
      {report.status === "RETURNED" && report.returnNote ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="月报已退回"
          description={`退回理由：${report.returnNote}`}
          data-testid="return-note"
        />
      ) : null}
      <Descriptions size="small" column={3} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label="数据截至">{c.asOf}</Descriptions.Item>
        <Descriptions.Item label="数据来源">{report.frozen ? "报送时冻结" : "实时数据"}</Descriptions.Item>
        <Descriptions.Item label="报送截止">{report.dueOn}</Descriptions.Item>
        <Descriptions.Item label="两新组织总数">{formatCount(c.eligibleCount)}</Descriptions.Item>
        <Descriptions.Item label="党组织数">{formatCount(c.branchCount)}</Descriptions.Item>
        <Descriptions.Item label="联络员人数">{formatCount(c.liaisonCount)}</Descriptions.Item>
        <Descriptions.Item label="组建率">
          {formatPercent(c.organizationCoverage)}（{formatFraction(c.organizationCoverage)}）
        </Descriptions.Item>
        <Descriptions.Item label="联络员覆盖率">
          {formatPercent(c.liaisonCoverage)}（{formatFraction(c.liaisonCoverage)}）
        </Descriptions.Item>
        <Descriptions.Item label="双覆盖率">
          {formatPercent(c.dualCoverage)}（{formatFraction(c.dualCoverage)}）
        </Descriptions.Item>
        <Descriptions.Item label="报送时间">
          {formatDateTime(report.submittedAt)}
          {report.daysLate ? `（迟报 ${report.daysLate} 天）` : ""}
        </Descriptions.Item>
        <Descriptions.Item label="审核时间">{formatDateTime(report.reviewedAt)}</Descriptions.Item>
        <Descriptions.Item label="审核意见">
          {report.status === "ACCEPTED" ? (report.reviewNote ?? "—") : "—"}
        </Descriptions.Item>
        {actions.prepare ? null : (
          <Descriptions.Item label="月报说明" span={3}>
            {report.note ?? "—"}
          </Descriptions.Item>
        )}
      </Descriptions>
      {actions.prepare ? <PrepareForm key={`${report.id}|${report.status}`} report={report} today={today} /> : null}
      {review ? <ReviewModal report={report} action={review} onClose={() => setReview(null)} /> : null}
    </Card>
  );
}

function ReportsTab({
  period,
  today,
  selected,
  onSelect,
}: {
  period: string;
  today: string;
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const { scope } = useViewer();
  const query = useGqlQuery(MonthlyReportsDocument, { period });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const reports = query.data.monthlyReports.filter((r) => canSeeCounty(scope, r.county.code));
  if (reports.length === 0) return <EmptyState description="本月没有可查看的月报" />;
  const current = scope.kind === "COUNTY" ? reports[0] : (reports.find((r) => r.county.code === selected) ?? null);
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Table<Report>
        rowKey={(r) => r.county.code}
        dataSource={reports}
        pagination={false}
        size="small"
        aria-label="各县（市）区月报"
        rowClassName={(r) => (r.county.code === current?.county.code ? "ant-table-row-selected" : "")}
        columns={[
          { title: "县（市）区", render: (_, r) => r.county.name, width: 110 },
          { title: "状态", render: (_, r) => <StatusTag status={r.status} />, width: 90 },
          { title: "报送截止", dataIndex: "dueOn", width: 110 },
          {
            title: "报送时间",
            width: 170,
            render: (_, r) => (
              <span>
                {formatDateTime(r.submittedAt)}
                {r.daysLate ? <Tag style={{ marginLeft: 4 }}>迟报 {r.daysLate} 天</Tag> : null}
              </span>
            ),
          },
          { title: "组建率", align: "right", render: (_, r) => formatPercent(r.coverage.organizationCoverage) },
          { title: "联络员覆盖率", align: "right", render: (_, r) => formatPercent(r.coverage.liaisonCoverage) },
          { title: "双覆盖率", align: "right", render: (_, r) => formatPercent(r.coverage.dualCoverage) },
          {
            title: "数据来源",
            width: 100,
            render: (_, r) => (r.frozen ? "报送时冻结" : <Typography.Text type="secondary">实时数据</Typography.Text>),
          },
          {
            title: "操作",
            width: 80,
            render: (_, r) => (
              <Button
                type="link"
                size="small"
                aria-label={`查看${r.county.name}月报`}
                onClick={() => onSelect(r.county.code)}
              >
                查看
              </Button>
            ),
          },
        ]}
      />
      {current ? (
        <ReportDetail key={current.id} report={current} today={today} />
      ) : (
        <Typography.Text type="secondary">点击“查看”打开一个县（市）区的月报。</Typography.Text>
      )}
    </Space>
  );
}

/** The bulletin workbook, fetched with the session's token and saved by the browser. */
function ExportButton({
  period,
  metric,
  category,
}: {
  period: string;
  metric: BulletinMetric;
  category: OrganizationCategory | null;
}) {
  const { session, expire } = useSession();
  const { message } = App.useApp();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const download = async () => {
    setState({ busy: true, error: null });
    try {
      const { blob, fileName } = await fetchFile(bulletinXlsxUrl(period, metric, category), {
        token: session?.token ?? null,
      });
      saveBlob(blob, fileName ?? `通报-${period}.xlsx`);
      setState({ busy: false, error: null });
      message.success("通报已导出");
    } catch (error) {
      if (isUnauthenticated(error)) expire(errorMessage(error));
      setState({ busy: false, error: `导出失败：${errorMessage(error)}` });
    }
  };
  return (
    <Space direction="vertical" size={4} style={{ alignItems: "flex-end" }}>
      <Button icon={<DownloadOutlined />} loading={state.busy} onClick={download}>
        {state.busy ? "正在导出…" : "导出 xlsx"}
      </Button>
      {state.error ? <Alert type="error" showIcon role="alert" message={state.error} /> : null}
    </Space>
  );
}

function BulletinTab({
  period,
  metric,
  category,
  onChange,
}: {
  period: string;
  metric: BulletinMetric;
  category: OrganizationCategory | null;
  onChange: (change: Record<string, string>) => void;
}) {
  const query = useGqlQuery(BulletinDocument, { period, metric, category });
  const categories = bulletinCategories(metric);
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space style={{ width: "100%", justifyContent: "space-between", alignItems: "flex-start" }} wrap>
        <Space wrap>
          <label htmlFor="bulletin-metric">通报指标</label>
          <Select<BulletinMetric>
            id="bulletin-metric"
            style={{ width: 260 }}
            value={metric}
            onChange={(value) => onChange({ metric: value })}
            options={BULLETIN_METRICS.map((m) => ({ value: m, label: BULLETIN_METRIC_LABELS[m] }))}
          />
          <label htmlFor="bulletin-category">类别</label>
          <Select<string>
            id="bulletin-category"
            style={{ width: 160 }}
            value={category ?? "ALL"}
            onChange={(value) => onChange({ category: value })}
            options={[
              ...(metric === "ABOVE_SCALE_COVERAGE" ? [] : [{ value: "ALL", label: "两类合计" }]),
              ...categories.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
            ]}
          />
        </Space>
        <ExportButton period={period} metric={metric} category={category} />
      </Space>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <BulletinBody bulletin={query.data.bulletin} />
      )}
    </Space>
  );
}

function BulletinBody({ bulletin }: { bulletin: BulletinQuery["bulletin"] }) {
  const missing = bulletin.missing.map((c) => c.name);
  const overdue = bulletin.overdue.map((c) => c.name);
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">
        {bulletin.metricLabel}
        {bulletin.category ? `（${CATEGORY_LABELS[bulletin.category]}）` : ""} · {periodLabel(bulletin.period)} ·
        数据截至 {bulletin.asOf} · 报送截止 {bulletin.dueOn}
      </Typography.Text>
      <Alert
        type={missing.length > 0 ? "warning" : "success"}
        showIcon
        data-testid="bulletin-missing"
        message={
          missing.length > 0
            ? `未报送月报的县（市）区（${missing.length} 个）：${joinNames(missing)}`
            : "九个县（市）区均已报送月报"
        }
        description={
          missing.length > 0
            ? `逾期未报送：${joinNames(overdue)}。未报送的按截至 ${bulletin.asOf} 的实时数据排名，标注“实时数据”。`
            : undefined
        }
      />
      <Table<BulletinRow>
        rowKey={(r) => r.county.code}
        dataSource={bulletin.rows}
        pagination={false}
        size="small"
        aria-label="通报排名"
        columns={[
          { title: "排名", dataIndex: "rank", width: 64, align: "right" },
          { title: "县（市）区", render: (_, r) => r.county.name, width: 110 },
          { title: "覆盖数 / 总数", align: "right", render: (_, r) => formatFraction(r.rate) },
          { title: "比率", align: "right", render: (_, r) => formatPercent(r.rate) },
          { title: "较上月（百分点）", align: "right", render: (_, r) => formatChangePoints(r.changePoints) },
          {
            title: "报送状态",
            render: (_, r) => (
              <span>
                <StatusTag status={r.reportStatus} />
                {r.daysLate ? `迟报 ${r.daysLate} 天` : null}
              </span>
            ),
          },
          {
            title: "数据来源",
            render: (_, r) => (r.live ? <Tag color="warning">实时数据</Tag> : "月报数据"),
          },
        ]}
      />
    </Space>
  );
}

export default function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => localIsoDate(new Date()), []);
  const options = useMemo(() => periodOptions(today), [today]);
  const requested = params.get("period");
  const period = options.some((o) => o.value === requested) ? (requested as string) : defaultPeriod(today);
  const tab = params.get("tab") === "bulletin" ? "bulletin" : "reports";
  const requestedMetric = params.get("metric") as BulletinMetric | null;
  const metric =
    requestedMetric && BULLETIN_METRICS.includes(requestedMetric) ? requestedMetric : "ORGANIZATION_COVERAGE";
  const requestedCategory = params.get("category") as OrganizationCategory | null;
  const category =
    requestedCategory && bulletinCategories(metric).includes(requestedCategory)
      ? requestedCategory
      : metric === "ABOVE_SCALE_COVERAGE"
        ? "NON_PUBLIC_ENTERPRISE"
        : null;

  const update = (change: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) next.set(key, value);
    if (change.metric) next.delete("category");
    if (next.get("category") === "ALL") next.delete("category");
    setParams(next);
  };

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          月报与通报
        </Typography.Title>
        <Space>
          <label htmlFor="report-period">月份</label>
          <Select<string>
            id="report-period"
            style={{ width: 140 }}
            value={period}
            onChange={(value) => update({ period: value })}
            options={options}
          />
        </Space>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key })}
        items={[
          {
            key: "reports",
            label: "月报",
            children: (
              <ReportsTab
                period={period}
                today={today}
                selected={params.get("county")}
                onSelect={(code) => update({ county: code })}
              />
            ),
          },
          {
            key: "bulletin",
            label: "通报",
            children: <BulletinTab period={period} metric={metric} category={category} onChange={update} />,
          },
        ]}
      />
    </Card>
  );
}
