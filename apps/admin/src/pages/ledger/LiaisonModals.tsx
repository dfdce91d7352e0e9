/** 选派联络员 to a unit and 结束 an assignment, each in a modal. */
import { LIAISON_KINDS } from "@liangxin/domain";
import { Col, Form, Input, Modal, Row, Select } from "antd";
import { useEffect } from "react";
import { FormErrors } from "../../components/FormErrors";
import type { DispatchLiaisonMutation, EndLiaisonAssignmentMutation } from "../../gql/graphql";
import { LIAISON_KIND_LABELS } from "../../lib/labels";
import {
  DISPATCH_LIAISON_FIELDS,
  type DispatchLiaisonFormValues,
  toDispatchLiaisonInput,
  todayInChina,
} from "../../lib/ledger-forms";
import { EndOnDateModal } from "./EndOnDateModal";
import { DispatchLiaisonDocument, EndLiaisonAssignmentDocument } from "./queries";
import { useLedgerWrite } from "./useLedgerWrite";

export function DispatchLiaisonModal({
  open,
  onClose,
  countyCode,
  organizationId,
}: {
  open: boolean;
  onClose: () => void;
  countyCode: string;
  organizationId: string;
}) {
  const [form] = Form.useForm<DispatchLiaisonFormValues>();
  const today = todayInChina();
  const write = useLedgerWrite({
    document: DispatchLiaisonDocument,
    payloadOf: (r: DispatchLiaisonMutation) => r.dispatchLiaison,
    form,
    fields: DISPATCH_LIAISON_FIELDS,
    success: "已选派联络员",
    onDone: onClose,
  });
  const initial: DispatchLiaisonFormValues = { name: "", kind: "LIAISON", title: "", phone: "", from: today };
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initial);
      write.reset();
    }
  }, [open]);
  return (
    <Modal
      open={open}
      title="选派联络员"
      width={640}
      okText="选派"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <FormErrors messages={write.general} />
      <Form<DispatchLiaisonFormValues>
        form={form}
        layout="vertical"
        name="dispatch-liaison"
        initialValues={initial}
        onFinish={(v) => write.mutation.mutate(toDispatchLiaisonInput(v, countyCode, [organizationId]))}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
              <Select options={LIAISON_KINDS.map((k) => ({ value: k, label: LIAISON_KIND_LABELS[k] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="title" label="职务">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label="工作电话">
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="from" label="派驻日期" rules={[{ required: true, message: "请选择日期" }]}>
              <Input type="date" max={today} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

export function EndLiaisonModal({
  open,
  onClose,
  liaison,
  organizationId,
}: {
  open: boolean;
  onClose: () => void;
  liaison: { id: string; name: string };
  organizationId: string;
}) {
  return (
    <EndOnDateModal
      open={open}
      onClose={onClose}
      name="end-liaison"
      title={`结束派驻：${liaison.name}`}
      action="结束派驻"
      success="已结束派驻"
      extra="自此日起不再派驻该单位"
      document={EndLiaisonAssignmentDocument}
      payloadOf={(r: EndLiaisonAssignmentMutation) => r.endLiaisonAssignment}
      inputOf={(to) => ({ liaisonId: liaison.id, organizationId, to })}
    />
  );
}
