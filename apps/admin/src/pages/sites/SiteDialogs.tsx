/** The review of a site (approve / reject / revoke) and the 五有 form of a branch covering it. */
import { FIVE_HAVES, FIVE_HAVES_LABELS, type FiveHavesCheck } from "@liangxin/domain";
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, Checkbox, Descriptions, Form, Input, Modal, Select, Space, Typography } from "antd";
import { useState } from "react";
import { FormErrors } from "../../components/FormErrors";
import type { ReviewDecision } from "../../gql/graphql";
import { errorMessage } from "../../graphql/client";
import { useRequest } from "../../graphql/hooks";
import { useFormMutation } from "../../graphql/use-form-mutation";
import { applyUserErrors } from "../../lib/user-errors";
import { DECISION_LABELS, SITE_QUERIES, SITE_STATUS_LABELS, useRefreshSites } from "./common";
import { AssessFiveHavesDocument, ReviewSiteDocument } from "./queries";
import type { Site } from "./SiteList";

interface ReviewValues {
  note?: string;
}

export function ReviewDialog({
  site,
  decision,
  onClose,
  onOpenFiveHaves,
}: {
  site: Site;
  decision: ReviewDecision;
  onClose: () => void;
  /** Opens the 五有 form instead, for a user who may fill it; null otherwise. */
  onOpenFiveHaves: (() => void) | null;
}) {
  const { message } = App.useApp();
  const run = useRequest();
  const refresh = useRefreshSites();
  const [form] = Form.useForm<ReviewValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [prerequisite, setPrerequisite] = useState<string | null>(null);
  const noteRequired = decision !== "APPROVE";
  const label = DECISION_LABELS[decision];

  const review = useMutation({
    mutationFn: (values: ReviewValues) =>
      run(ReviewSiteDocument, { input: { siteId: site.id, decision, note: values.note?.trim() || null } }),
    onSuccess: async (data) => {
      const errors = data.reviewDemonstrationSite.userErrors;
      if (errors.length > 0) {
        const missing = errors.find((e) => e.code === "PREREQUISITE_MISSING");
        setPrerequisite(missing ? missing.message : null);
        setGeneral(
          applyUserErrors(
            form,
            errors.filter((e) => e !== missing),
            ["note"],
          ),
        );
        return;
      }
      await refresh();
      message.success(`已${label}`);
      onClose();
    },
    onError: (error) => setGeneral([errorMessage(error)]),
  });

  return (
    <Modal
      open
      title={`${label}示范点`}
      okText={label}
      okButtonProps={{ danger: decision !== "APPROVE" }}
      cancelText="取消"
      confirmLoading={review.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: "org", label: "单位", children: site.organization.name },
          { key: "county", label: "县（市）区", children: site.county.name },
          { key: "status", label: "当前状态", children: SITE_STATUS_LABELS[site.status] },
        ]}
      />
      {prerequisite ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ margin: "12px 0" }}
          message={prerequisite}
          description={
            <Space direction="vertical" size={4}>
              <span>
                批准示范点须覆盖该单位的党组织在 {site.year}{" "}
                年度「五有」（有组织、有制度、有活动、有阵地、有作用）评估全部通过。
              </span>
              {onOpenFiveHaves ? (
                <Button size="small" onClick={onOpenFiveHaves}>
                  填写五有评估
                </Button>
              ) : (
                <span>请联系县（市）区管理员或审核员填写五有评估。</span>
              )}
            </Space>
          }
        />
      ) : null}
      <FormErrors messages={general} />
      <Form<ReviewValues>
        form={form}
        name="review"
        layout="vertical"
        onFinish={(values) => {
          setGeneral([]);
          setPrerequisite(null);
          review.mutate(values);
        }}
      >
        <Form.Item
          label={noteRequired ? "理由" : "审核意见（可选）"}
          name="note"
          rules={noteRequired ? [{ required: true, whitespace: true, message: `${label}须填写理由` }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type FiveHavesValues = Record<FiveHavesCheck, boolean> & {
  branchId: string;
  evidence?: string;
  /** What each check rests on: one text per check. */
  evidenceByCheck?: Partial<Record<FiveHavesCheck, string>>;
};

function valuesOf(branch: Site["organization"]["branches"][number] | undefined): FiveHavesValues {
  const f = branch?.fiveHaves ?? null;
  return {
    branchId: branch?.id ?? "",
    evidence: f?.evidence ?? "",
    evidenceByCheck: Object.fromEntries(
      FIVE_HAVES.map((k) => [k, f?.checks.find((c) => c.check === k)?.evidence ?? ""]),
    ) as Record<FiveHavesCheck, string>,
    ...(Object.fromEntries(FIVE_HAVES.map((k) => [k, f ? f[k] : false])) as Record<FiveHavesCheck, boolean>),
  };
}

/** The 五有 of a branch covering the site's unit, for the site's year (a re-assessment replaces it). */
export function FiveHavesDialog({ site, year, onClose }: { site: Site; year: number; onClose: () => void }) {
  const run = useRequest();
  const [form] = Form.useForm<FiveHavesValues>();
  const branches = site.organization.branches;

  const assess = useFormMutation({
    send: (values: FiveHavesValues) =>
      run(AssessFiveHavesDocument, {
        input: {
          branchId: values.branchId,
          year,
          evidence: values.evidence?.trim() || null,
          evidenceByCheck: Object.fromEntries(
            FIVE_HAVES.map((k) => [k, values.evidenceByCheck?.[k]?.trim() || null]),
          ) as Record<FiveHavesCheck, string | null>,
          hasOrganization: values.hasOrganization === true,
          hasRules: values.hasRules === true,
          hasActivities: values.hasActivities === true,
          hasVenue: values.hasVenue === true,
          hasImpact: values.hasImpact === true,
        },
      }),
    payloadOf: (data) => data.assessFiveHaves,
    form,
    fields: ["branchId", "evidence", "evidenceByCheck", ...FIVE_HAVES],
    success: ({ assessFiveHaves: { fiveHaves } }) =>
      fiveHaves?.passed ? "五有评估已保存：通过" : `五有评估已保存：未通过（缺${fiveHaves?.missing.join("、")}）`,
    affects: SITE_QUERIES,
    onDone: onClose,
  });

  return (
    <Modal
      open
      title={`${year} 年度五有评估`}
      okText="保存评估"
      cancelText="取消"
      confirmLoading={assess.mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {site.organization.name}（{site.county.name}）。五项全部符合为通过；再次评估将替换本年度的评估。
      </Typography.Paragraph>
      <FormErrors messages={assess.general} />
      <Form<FiveHavesValues>
        form={form}
        name="five-haves"
        layout="vertical"
        initialValues={valuesOf(branches[0])}
        onFinish={(values) => {
          assess.mutation.mutate(values);
        }}
      >
        <Form.Item label="党组织" name="branchId" rules={[{ required: true, message: "请选择党组织" }]}>
          <Select
            options={branches.map((b) => ({ value: b.id, label: b.name }))}
            onChange={(id: string) => form.setFieldsValue(valuesOf(branches.find((b) => b.id === id)))}
          />
        </Form.Item>
        <fieldset style={{ border: 0, padding: 0, margin: "0 0 16px" }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>五项检查（勾选表示符合，并写明每项的依据）</legend>
          {FIVE_HAVES.map((k) => (
            <Space key={k} align="start" style={{ display: "flex", marginBottom: 8 }}>
              <Form.Item name={k} valuePropName="checked" noStyle>
                <Checkbox style={{ width: 88, paddingTop: 5 }}>{FIVE_HAVES_LABELS[k]}</Checkbox>
              </Form.Item>
              <Form.Item name={["evidenceByCheck", k]} style={{ marginBottom: 0, width: 360 }}>
                <Input
                  aria-label={`${FIVE_HAVES_LABELS[k]}的依据`}
                  placeholder="依据：文件、台账、实地查看"
                  maxLength={1000}
                />
              </Form.Item>
            </Space>
          ))}
        </fieldset>
        <Form.Item label="总体说明" name="evidence" extra="可选：评估的总体情况。">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
