/** 新增组织 / 编辑组织: one form for a unit's ledger entry, in a modal. */
import { ORGANIZATION_SUBTYPES } from "@liangxin/domain";
import { Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import { useEffect } from "react";
import { FormErrors } from "../../components/FormErrors";
import type { CreateOrganizationMutation, OrganizationCategory, UpdateOrganizationMutation } from "../../gql/graphql";
import { CATEGORIES, CATEGORY_LABELS, subtypeLabel } from "../../lib/labels";
import {
  changesAnything,
  changesStatus,
  EMPTY_ORGANIZATION,
  ORGANIZATION_FIELDS,
  type OrganizationFormValues,
  type OrganizationShown,
  organizationFormValues,
  toCreateOrganizationInput,
  todayInChina,
  toUpdateOrganizationInput,
} from "../../lib/ledger-forms";
import { CreateOrganizationDocument, UpdateOrganizationDocument } from "./queries";
import { useLedgerWrite } from "./useLedgerWrite";

type Props = {
  open: boolean;
  onClose: () => void;
} & (
  | { mode: "create"; countyCode: string; onCreated?: (id: string) => void }
  | { mode: "edit"; organization: OrganizationShown }
);

export function OrganizationFormModal(props: Props) {
  const [form] = Form.useForm<OrganizationFormValues>();
  const category = Form.useWatch("category", form) ?? "NON_PUBLIC_ENTERPRISE";
  const aboveScale = Form.useWatch("aboveScale", form) ?? false;
  const eligible = Form.useWatch("eligible", form) ?? true;
  const statusChanged = props.mode === "edit" && changesStatus(props.organization, { category, aboveScale, eligible });
  const today = todayInChina();

  const create = useLedgerWrite({
    document: CreateOrganizationDocument,
    payloadOf: (r: CreateOrganizationMutation) => r.createOrganization,
    form,
    fields: ORGANIZATION_FIELDS,
    success: "已新增组织",
    onDone: (r) => {
      props.onClose();
      const id = r.createOrganization.organization?.id;
      if (props.mode === "create" && id) props.onCreated?.(id);
    },
  });
  const update = useLedgerWrite({
    document: UpdateOrganizationDocument,
    payloadOf: (r: UpdateOrganizationMutation) => r.updateOrganization,
    form,
    fields: ORGANIZATION_FIELDS,
    success: "已保存修改",
    onDone: () => props.onClose(),
  });
  const write = props.mode === "create" ? create : update;

  const initial = props.mode === "create" ? EMPTY_ORGANIZATION : organizationFormValues(props.organization);
  useEffect(() => {
    if (props.open) {
      form.resetFields();
      form.setFieldsValue(initial);
      create.reset();
      update.reset();
    }
  }, [props.open]);

  const submit = (values: OrganizationFormValues) => {
    if (props.mode === "create") {
      create.mutation.mutate(toCreateOrganizationInput(values, props.countyCode));
    } else {
      const input = toUpdateOrganizationInput(props.organization, values);
      if (!changesAnything(input)) {
        props.onClose();
        return;
      }
      update.mutation.mutate(input);
    }
  };

  const subtypes = ORGANIZATION_SUBTYPES[category as OrganizationCategory] ?? [];
  return (
    <Modal
      open={props.open}
      title={props.mode === "create" ? "新增组织" : "编辑组织"}
      width={760}
      okText="保存"
      cancelText="取消"
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <FormErrors messages={write.general} />
      <Form<OrganizationFormValues>
        form={form}
        layout="vertical"
        name={props.mode === "create" ? "create-organization" : "edit-organization"}
        initialValues={initial}
        onFinish={submit}
        onValuesChange={(changed) => {
          if ("category" in changed) form.setFieldsValue({ subtype: null, aboveScale: false });
        }}
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="name"
              label="单位名称"
              rules={[{ required: true, whitespace: true, message: "请输入单位名称" }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="creditCode" label="统一社会信用代码">
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="category" label="类别" rules={[{ required: true }]}>
              <Select options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="subtype" label="单位类型">
              <Select
                allowClear
                placeholder="未填"
                options={subtypes.map((s) => ({ value: s, label: subtypeLabel(s) ?? s }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="industry" label="行业">
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="employeeCount" label="从业人员">
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="formalMemberCount" label="正式党员" rules={[{ required: true, message: "请输入人数" }]}>
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="probationaryMemberCount"
              label="预备党员"
              rules={[{ required: true, message: "请输入人数" }]}
            >
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            {props.mode === "create" ? (
              <Form.Item name="addedOn" label="纳入台账日期" extra="留空为今天">
                <Input type="date" max={today} />
              </Form.Item>
            ) : (
              <Form.Item name="ceasedOn" label="停止经营日期" extra="填写后该单位自此日起不再计入统计">
                <Input type="date" max={today} disabled={Boolean(props.organization.ceasedOn)} />
              </Form.Item>
            )}
          </Col>
          <Col span={8}>
            <Form.Item name="aboveScale" valuePropName="checked">
              <Checkbox disabled={category !== "NON_PUBLIC_ENTERPRISE"}>规模以上</Checkbox>
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="eligible" valuePropName="checked">
              <Checkbox>具备开展党建工作条件</Checkbox>
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="legalRepresentativeIsMember" valuePropName="checked">
              <Checkbox>法定代表人是党员</Checkbox>
            </Form.Item>
          </Col>
          {statusChanged ? (
            <Col span={8}>
              <Form.Item
                name="effectiveOn"
                label="规模以上 / 具备条件的变更生效日期"
                extra="留空为今天；此前日期的统计数字不变"
              >
                <Input type="date" max={today} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Modal>
  );
}
