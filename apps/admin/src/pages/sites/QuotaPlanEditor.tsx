/**
 * The quota plan of a year and level (SET_QUOTA): a part per county, the suggestion of the server
 * (weight, optional minimum, its note beside it), "采用建议" to fill the parts, the sum against the
 * total as it is typed, and the server's userErrors on the fields.
 */
import { useMutation } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Drawer,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from "antd";
import { useState } from "react";
import { FormErrors } from "../../components/FormErrors";
import type { QuotaPlanQuery, QuotaSuggestionQuery, QuotaWeight, SiteLevel } from "../../gql/graphql";
import { errorMessage } from "../../graphql/client";
import { useRequest } from "../../graphql/hooks";
import {
  allocationSum,
  type CountyRef,
  type PlanFormValues,
  planFormValues,
  sumStatus,
  toSetQuotaPlanInput,
} from "../../lib/sites";
import { mapUserErrors } from "../../lib/user-errors";
import { SITE_LEVEL_LABELS, useRefreshSites, WEIGHT_LABELS } from "./common";
import { QuotaSuggestionDocument, SetQuotaPlanDocument } from "./queries";

type Plan = NonNullable<QuotaPlanQuery["quotaPlan"]>;
type Suggestion = QuotaSuggestionQuery["quotaSuggestion"];

interface FormValues extends PlanFormValues {
  split: boolean;
}

export function QuotaPlanEditor({
  year,
  level,
  plan,
  counties,
  onClose,
}: {
  year: number;
  level: SiteLevel;
  plan: Plan | null;
  counties: readonly CountyRef[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const run = useRequest();
  const refresh = useRefreshSites();
  const [form] = Form.useForm<FormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [sumErrors, setSumErrors] = useState<string[]>([]);
  const [weight, setWeight] = useState<QuotaWeight>("ELIGIBLE_UNITS");
  const [minimum, setMinimum] = useState<number | null>(null);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [suggestError, setSuggestError] = useState<string | null>(null);
  const [suggesting, setSuggesting] = useState(false);

  const initial: FormValues = {
    ...planFormValues(counties, plan, level),
    split: plan ? plan.split : level === "COUNTY",
  };
  const total = Form.useWatch("total", form);
  const split = Form.useWatch("split", form) ?? initial.split;
  const allocations = Form.useWatch("allocations", form);
  const sum = allocationSum(allocations);
  const status = sumStatus(sum, total);

  const save = useMutation({
    mutationFn: (values: FormValues) =>
      run(SetQuotaPlanDocument, { input: toSetQuotaPlanInput(values, level, year, values.split) }),
    onSuccess: async (data) => {
      const errors = data.setQuotaPlan.userErrors;
      if (errors.length > 0) {
        const mapped = mapUserErrors(errors, ["total", "allocations"]);
        const onList = mapped.fields.filter((f) => f.name.length === 1 && f.name[0] === "allocations");
        const onFields = mapped.fields.filter((f) => !onList.includes(f));
        form.setFields(onFields.map((f) => ({ name: f.name, errors: f.errors })) as never);
        setSumErrors(onList.flatMap((f) => f.errors));
        setGeneral(mapped.general);
        return;
      }
      await refresh();
      message.success("名额方案已保存");
      onClose();
    },
    onError: (error) => setGeneral([errorMessage(error)]),
  });

  const suggest = async () => {
    const t = form.getFieldValue("total");
    if (typeof t !== "number") {
      setSuggestError("请先填写总数");
      return;
    }
    setSuggesting(true);
    setSuggestError(null);
    try {
      const data = await run(QuotaSuggestionDocument, {
        level,
        year,
        total: t,
        weight,
        minimumPerCounty: minimum,
      });
      setSuggestion(data.quotaSuggestion);
    } catch (error) {
      setSuggestion(null);
      setSuggestError(errorMessage(error));
    } finally {
      setSuggesting(false);
    }
  };

  const adopt = () => {
    if (!suggestion) return;
    const values = planFormValues(counties, suggestion, level);
    form.setFieldsValue({ total: values.total, allocations: values.allocations, split: true });
    setSumErrors([]);
  };

  return (
    <Drawer
      open
      width={760}
      title={`${year} 年度${SITE_LEVEL_LABELS[level]}示范点名额方案`}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存方案
          </Button>
        </Space>
      }
    >
      <Form<FormValues>
        form={form}
        name="quota-plan"
        layout="vertical"
        initialValues={initial}
        onValuesChange={(changed: Partial<FormValues>) => {
          if (sumErrors.length > 0) setSumErrors([]);
          // A suggestion is for one total: recomputed, never patched, when the total changes.
          if ("total" in changed && suggestion && changed.total !== suggestion.total) setSuggestion(null);
        }}
        onFinish={() => {
          setGeneral([]);
          setSumErrors([]);
          save.mutate(form.getFieldsValue(true) as FormValues);
        }}
      >
        <FormErrors messages={general} />
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="总数" name="total" rules={[{ required: true, message: "请填写总数" }]}>
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label=" " name="split" valuePropName="checked">
              <Checkbox>分配到各县（市）区（不勾选则全市共用一个名额池）</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        {split ? (
          <>
            <Card title="建议分配">
              <Space wrap align="end">
                <Space direction="vertical" size={2}>
                  <label htmlFor="quota-weight">权重</label>
                  <Select<QuotaWeight>
                    id="quota-weight"
                    style={{ width: 220 }}
                    value={weight}
                    onChange={setWeight}
                    options={(Object.keys(WEIGHT_LABELS) as QuotaWeight[]).map((w) => ({
                      value: w,
                      label: WEIGHT_LABELS[w],
                    }))}
                  />
                </Space>
                <Space direction="vertical" size={2}>
                  <label htmlFor="quota-minimum">每县（市）区至少（可选）</label>
                  <InputNumber<number>
                    id="quota-minimum"
                    min={0}
                    precision={0}
                    value={minimum}
                    onChange={(v) => setMinimum(typeof v === "number" ? v : null)}
                  />
                </Space>
                <Button loading={suggesting} onClick={suggest}>
                  计算建议
                </Button>
                {suggestion ? (
                  <Button type="primary" ghost onClick={adopt}>
                    采用建议
                  </Button>
                ) : null}
              </Space>
              {suggestError ? (
                <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} message={suggestError} />
              ) : null}
              {suggestion ? (
                <Row gutter={16} style={{ marginTop: 12 }}>
                  <Col span={14}>
                    <Table
                      size="small"
                      rowKey={(a) => a.county.code}
                      pagination={false}
                      dataSource={suggestion.allocations}
                      aria-label="建议分配"
                      columns={[
                        { title: "县（市）区", render: (_, a) => a.county.name },
                        { title: "权重", align: "right", render: (_, a) => a.weight ?? "—" },
                        {
                          title: "精确份额",
                          align: "right",
                          render: (_, a) => (a.exactShare === null ? "—" : a.exactShare.toFixed(2)),
                        },
                        { title: "建议名额", align: "right", dataIndex: "quota" },
                      ]}
                    />
                  </Col>
                  <Col span={10}>
                    <Alert
                      type="warning"
                      showIcon
                      data-testid="suggestion-note"
                      message={`建议总数 ${suggestion.total} 个（${WEIGHT_LABELS[suggestion.weight]}，统计日 ${suggestion.asOf}）`}
                      description={suggestion.note}
                    />
                  </Col>
                </Row>
              ) : null}
            </Card>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              各县（市）区名额
            </Typography.Title>
            <Row gutter={16}>
              {counties.map((c, i) => (
                <Col span={8} key={c.code}>
                  <Form.Item label={c.name} name={["allocations", i, "quota"]}>
                    <InputNumber min={0} precision={0} style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            <Typography.Text type={status.ok ? "success" : "danger"} data-testid="quota-sum" role="status">
              {status.text}
            </Typography.Text>
            {sumErrors.map((e) => (
              <div key={e}>
                <Typography.Text type="danger" role="alert">
                  {e}
                </Typography.Text>
              </div>
            ))}
          </>
        ) : (
          <Typography.Text type="secondary">
            全市共用 {typeof total === "number" ? total : "—"} 个名额。
          </Typography.Text>
        )}
      </Form>
    </Drawer>
  );
}
