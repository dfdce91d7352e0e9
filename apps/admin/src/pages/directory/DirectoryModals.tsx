/**
 * The writes of 机构与人员, each in a modal: 新增领导 (a leader taking office, perhaps the county's
 * 组织部长), 编辑 (corrections), 离任 (the term ends; the leader stays as history and his contact
 * points end that day), and a park with its 党工委 (新增 / 编辑).
 */
import { Checkbox, Col, Form, Input, InputNumber, Modal, Row, Typography } from "antd";
import { useEffect } from "react";
import { FormErrors } from "../../components/FormErrors";
import type { LeaderFieldsFragment, LeaderLevel } from "../../gql/graphql";
import { useRequest } from "../../graphql/hooks";
import { useFormMutation } from "../../graphql/use-form-mutation";
import {
  LEADER_FIELDS,
  type LeaderFormValues,
  PARK_FIELDS,
  type ParkFormValues,
  toCreateLeaderInput,
  toCreateParkInput,
  toUpdateLeaderInput,
  toUpdateParkInput,
} from "../../lib/directory";
import { todayInChina } from "../../lib/ledger-forms";
import {
  CreateLeaderDocument,
  CreateParkDocument,
  DIRECTORY_QUERIES,
  EndLeaderTermDocument,
  UpdateLeaderDocument,
  UpdateParkDocument,
} from "./queries";

export type Leader = LeaderFieldsFragment;

export function LeaderModal({
  open,
  onClose,
  level,
  countyCode,
  countyName,
  leader,
}: {
  open: boolean;
  onClose: () => void;
  level: LeaderLevel;
  countyCode: string | null;
  countyName: string | null;
  /** Editing this leader; a new one when absent. */
  leader?: Leader | null;
}) {
  const [form] = Form.useForm<LeaderFormValues>();
  const run = useRequest();
  const today = todayInChina();
  const write = useFormMutation({
    send: (values: LeaderFormValues) =>
      leader
        ? run(UpdateLeaderDocument, {
            input: toUpdateLeaderInput(
              leader.id,
              { ...leader, termStart: leader.termStart ?? null, phone: leader.phone ?? null },
              values,
            ),
          }).then((d) => d.updateLeader)
        : run(CreateLeaderDocument, { input: toCreateLeaderInput(values, level, countyCode) }).then(
            (d) => d.createLeader,
          ),
    payloadOf: (payload) => payload,
    form,
    fields: LEADER_FIELDS,
    success: (payload) =>
      leader ? `已保存${payload.leader?.name ?? ""}的信息` : `已登记${payload.leader?.name ?? ""}任职`,
    affects: DIRECTORY_QUERIES,
    onDone: onClose,
  });
  useEffect(() => {
    if (!open) return;
    write.reset();
    form.resetFields();
    form.setFieldsValue(
      leader
        ? {
            name: leader.name,
            title: leader.title,
            phone: leader.phone ?? "",
            sortOrder: leader.sortOrder,
            termStart: leader.termStart ?? "",
            organizationHead: leader.organizationHead,
          }
        : { name: "", title: "", phone: "", sortOrder: null, termStart: today, organizationHead: false },
    );
  }, [open, leader]);

  const where = level === "CITY" ? "市级领导干部（副市级以上）" : `${countyName ?? ""}领导干部（副县级以上）`;
  return (
    <Modal
      open={open}
      title={leader ? `编辑 · ${leader.name}` : `新增${where}`}
      width={640}
      okText={leader ? "保存" : "登记任职"}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      {leader ? null : (
        <Typography.Paragraph type="secondary">
          换届时为继任者新增一条任职记录，并为前任登记离任：前任及其联系点作为历史保留。
        </Typography.Paragraph>
      )}
      <FormErrors messages={write.general} />
      <Form<LeaderFormValues> form={form} layout="vertical" name="leader" onFinish={(v) => write.mutation.mutate(v)}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="title" label="职务" rules={[{ required: true, whitespace: true, message: "请输入职务" }]}>
              <Input maxLength={64} placeholder={level === "CITY" ? "如：副市长" : "如：县委常委、组织部长"} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label="工作电话">
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sortOrder" label="排序" extra={leader ? undefined : "不填则排在最后"}>
              <InputNumber min={1} max={9999} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="termStart"
              label="任职日期"
              rules={leader?.termStart === null ? [] : [{ required: true, message: "请选择任职日期" }]}
            >
              <Input type="date" max={today} />
            </Form.Item>
          </Col>
          {level === "COUNTY" ? (
            <Col span={12}>
              <Form.Item name="organizationHead" valuePropName="checked" label="常委组织部长">
                <Checkbox>是本县（市）区组织部长（市级领导联系点的联络人）</Checkbox>
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Modal>
  );
}

interface EndValues {
  termEnd: string;
}

export function EndTermModal({ open, onClose, leader }: { open: boolean; onClose: () => void; leader: Leader | null }) {
  const [form] = Form.useForm<EndValues>();
  const run = useRequest();
  const today = todayInChina();
  const write = useFormMutation({
    send: (values: EndValues) =>
      run(EndLeaderTermDocument, { input: { leaderId: leader?.id ?? "", termEnd: values.termEnd } }),
    payloadOf: (d) => d.endLeaderTerm,
    form,
    fields: ["termEnd"],
    success: `已登记${leader?.name ?? ""}离任`,
    affects: DIRECTORY_QUERIES,
    onDone: onClose,
  });
  useEffect(() => {
    if (open) {
      write.reset();
      form.setFieldsValue({ termEnd: today });
    }
  }, [open]);
  return (
    <Modal
      open={open}
      title={`登记离任 · ${leader?.name ?? ""}`}
      okText="登记离任"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {leader?.name}（{leader?.title}）离任后作为历史保留；其本年度及以后仍有效的联系点于离任日期结束，
        并保留在其名下。{leader?.organizationHead ? "请随后登记新任组织部长。" : ""}
      </Typography.Paragraph>
      <FormErrors messages={write.general} />
      <Form<EndValues> form={form} layout="vertical" name="end-term" onFinish={(v) => write.mutation.mutate(v)}>
        <Form.Item
          name="termEnd"
          label="离任日期"
          extra="不再担任该职务的第一天；晚于任职日期，不晚于今天。"
          rules={[{ required: true, message: "请选择离任日期" }]}
        >
          <Input type="date" max={today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface ParkRow {
  readonly id: string;
  readonly name: string;
  readonly workCommitteeName?: string | null;
  readonly workCommitteeSecretary?: string | null;
  readonly workCommitteePhone?: string | null;
}

export function ParkModal({
  open,
  onClose,
  countyCode,
  countyName,
  park,
}: {
  open: boolean;
  onClose: () => void;
  countyCode: string;
  countyName: string;
  park?: ParkRow | null;
}) {
  const [form] = Form.useForm<ParkFormValues>();
  const run = useRequest();
  const write = useFormMutation({
    send: (values: ParkFormValues) =>
      park
        ? run(UpdateParkDocument, { input: toUpdateParkInput(park.id, values) }).then((d) => d.updatePark)
        : run(CreateParkDocument, { input: toCreateParkInput(values, countyCode) }).then((d) => d.createPark),
    payloadOf: (payload) => payload,
    form,
    fields: PARK_FIELDS,
    success: (payload) => `已保存园区：${payload.park?.name ?? ""}`,
    affects: DIRECTORY_QUERIES,
    onDone: onClose,
  });
  useEffect(() => {
    if (!open) return;
    write.reset();
    form.resetFields();
    form.setFieldsValue({
      name: park?.name ?? "",
      workCommitteeName: park?.workCommitteeName ?? "",
      workCommitteeSecretary: park?.workCommitteeSecretary ?? "",
      // A masked phone is not edited back.
      workCommitteePhone: park?.workCommitteePhone?.includes("*") ? "" : (park?.workCommitteePhone ?? ""),
    });
  }, [open, park]);
  return (
    <Modal
      open={open}
      title={park ? `编辑园区 · ${park.name}` : `新增${countyName}园区`}
      width={640}
      okText="保存"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <FormErrors messages={write.general} />
      <Form<ParkFormValues> form={form} layout="vertical" name="park" onFinish={(v) => write.mutation.mutate(v)}>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              name="name"
              label="园区名称"
              extra="台账导入时按名称匹配本县（市）区的园区。"
              rules={[{ required: true, whitespace: true, message: "请输入园区名称" }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="workCommitteeName" label="党工委名称">
              <Input maxLength={100} placeholder="如：调兵山市工业园区党工委" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="workCommitteeSecretary" label="党工委书记">
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="workCommitteePhone" label="工作电话">
              <Input maxLength={32} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
