/** 成立党组织, 调整 and 撤销 of the branches covering a unit, each in a modal. */
import { BRANCH_LEVELS, FORMATIONS } from "@liangxin/domain";
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import { useEffect, useRef, useState } from "react";
import { FormErrors } from "../../components/FormErrors";
import type { BranchLevel, DissolveBranchMutation, FoundBranchMutation, UpdateBranchMutation } from "../../gql/graphql";
import { useGqlQuery } from "../../graphql/hooks";
import { BRANCH_LEVEL_LABELS, FORMATION_LABELS } from "../../lib/labels";
import {
  branchAdvice,
  FOUND_BRANCH_FIELDS,
  type FoundBranchFormValues,
  todayInChina,
  toFoundBranchInput,
  toUpdateBranchInput,
  type UnitFacts,
  UPDATE_BRANCH_FIELDS,
  type UpdateBranchFormValues,
} from "../../lib/ledger-forms";
import {
  BranchUnitCandidatesDocument,
  DissolveBranchDocument,
  FoundBranchDocument,
  UpdateBranchDocument,
} from "./queries";
import { useLedgerWrite } from "./useLedgerWrite";

const levelOptions = BRANCH_LEVELS.map((l) => ({ value: l, label: BRANCH_LEVEL_LABELS[l] }));

export function FoundBranchModal({ open, onClose, unit }: { open: boolean; onClose: () => void; unit: UnitFacts }) {
  const [form] = Form.useForm<FoundBranchFormValues>();
  const values = Form.useWatch([], form) as Partial<FoundBranchFormValues> | undefined;
  const today = todayInChina();
  const write = useLedgerWrite({
    document: FoundBranchDocument,
    payloadOf: (r: FoundBranchMutation) => r.foundBranch,
    form,
    fields: FOUND_BRANCH_FIELDS,
    success: "已成立党组织",
    onDone: onClose,
  });
  const initial: FoundBranchFormValues = {
    name: `中共${unit.name}支部委员会`,
    formation: "STANDALONE",
    level: null,
    formalMemberCount: unit.formalMemberCount,
    committeeSize: null,
    secretaryName: "",
    foundedOn: today,
  };
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initial);
      write.reset();
    }
  }, [open]);
  const [others, setOthers] = useState<UnitFacts[]>([]);
  const [search, setSearch] = useState("");
  const known = useRef(new Map<string, UnitFacts>());
  const candidates = useGqlQuery(
    BranchUnitCandidatesDocument,
    { code: unit.countyCode, name: search.trim() || null },
    { enabled: open, placeholderData: (previous) => previous },
  );
  for (const o of candidates.data?.county?.organizations.nodes ?? []) {
    known.current.set(o.id, {
      id: o.id,
      name: o.name,
      countyCode: unit.countyCode,
      category: o.category,
      formalMemberCount: o.formalMemberCount,
      parkId: o.park?.id ?? null,
      industry: o.industry ?? null,
    });
  }
  useEffect(() => {
    if (open) {
      setOthers([]);
      setSearch("");
    }
  }, [open]);
  const units = [unit, ...others];
  const advice = branchAdvice(values ?? initial, units);

  return (
    <Modal
      open={open}
      title="成立党组织"
      width={720}
      okText="成立"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <FormErrors messages={write.general} />
      <Form<FoundBranchFormValues>
        form={form}
        layout="vertical"
        name="found-branch"
        initialValues={initial}
        onFinish={(v) =>
          write.mutation.mutate(
            toFoundBranchInput(
              v,
              units.map((u) => u.id),
            ),
          )
        }
      >
        <Form.Item
          label="其他覆盖单位"
          htmlFor="found-branch-others"
          extra="联合组建、区域组建或行业组建时，选择同一党组织覆盖的其他单位（本单位为牵头单位）"
        >
          <Select<string[]>
            id="found-branch-others"
            mode="multiple"
            showSearch
            filterOption={false}
            placeholder="输入名称查找本县（市）区的单位"
            value={others.map((o) => o.id)}
            onSearch={setSearch}
            onChange={(ids) =>
              setOthers(ids.map((id) => known.current.get(id)).filter((u): u is UnitFacts => u !== undefined))
            }
            loading={candidates.isFetching}
            notFoundContent={candidates.isFetching ? "正在查找…" : "没有符合的单位"}
            options={[
              ...others
                .filter((o) => !candidates.data?.county?.organizations.nodes.some((n) => n.id === o.id))
                .map((o) => ({ value: o.id, label: `${o.name}（正式党员 ${o.formalMemberCount}）` })),
              ...(candidates.data?.county?.organizations.nodes ?? [])
                .filter((o) => o.id !== unit.id)
                .map((o) => ({
                  value: o.id,
                  label: `${o.name}（正式党员 ${o.formalMemberCount}${o.organizationCovered ? "，已有党组织" : ""}）`,
                })),
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label="党组织名称" rules={[{ required: true, whitespace: true, message: "请输入名称" }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="formation" label="组建方式" rules={[{ required: true }]}>
              <Select options={FORMATIONS.map((f) => ({ value: f, label: FORMATION_LABELS[f] }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="level" label="层级">
              <Select allowClear placeholder="按党员人数确定" options={levelOptions} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="foundedOn" label="成立日期" rules={[{ required: true, message: "请选择成立日期" }]}>
              <Input type="date" max={today} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="formalMemberCount"
              label="正式党员人数"
              rules={[{ required: true, message: "请输入人数" }]}
            >
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="committeeSize" label="支委会人数" extra="只设书记的不填">
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="secretaryName" label="书记姓名">
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {advice.errors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          message="不符合组建规则"
          description={<AdviceList items={advice.errors.map((a) => a.message)} />}
          data-testid="formation-errors"
        />
      ) : null}
      {advice.warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message="组建建议"
          description={<AdviceList items={advice.warnings.map((a) => a.message)} />}
          data-testid="formation-warnings"
        />
      ) : null}
    </Modal>
  );
}

function AdviceList({ items }: { items: readonly string[] }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {items.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

export interface BranchShown {
  readonly id: string;
  readonly name: string;
  readonly level: BranchLevel;
  readonly formalMemberCount: number;
  readonly committeeSize?: number | null;
  readonly secretaryName?: string | null;
}

export function UpdateBranchModal({
  open,
  onClose,
  branch,
}: {
  open: boolean;
  onClose: () => void;
  branch: BranchShown;
}) {
  const [form] = Form.useForm<UpdateBranchFormValues>();
  const today = todayInChina();
  const write = useLedgerWrite({
    document: UpdateBranchDocument,
    payloadOf: (r: UpdateBranchMutation) => r.updateBranch,
    form,
    fields: UPDATE_BRANCH_FIELDS,
    success: "已调整党组织",
    onDone: onClose,
  });
  const initial: UpdateBranchFormValues = {
    effectiveOn: today,
    formalMemberCount: branch.formalMemberCount,
    level: branch.level,
    committeeSize: branch.committeeSize ?? null,
    secretaryName: branch.secretaryName ?? "",
  };
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
      title={`调整：${branch.name}`}
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
      <Form<UpdateBranchFormValues>
        form={form}
        layout="vertical"
        name="update-branch"
        initialValues={initial}
        onFinish={(v) => write.mutation.mutate(toUpdateBranchInput(branch, v))}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="effectiveOn"
              label="自何日起"
              rules={[{ required: true, message: "请选择日期" }]}
              extra="此日之前的情况保持不变"
            >
              <Input type="date" max={today} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="level" label="层级">
              <Select options={levelOptions} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="formalMemberCount" label="正式党员人数">
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="committeeSize" label="支委会人数">
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="secretaryName" label="书记姓名">
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

interface DissolveValues {
  dissolvedOn: string;
  reason: string;
}

export function DissolveBranchModal({
  open,
  onClose,
  branch,
}: {
  open: boolean;
  onClose: () => void;
  branch: BranchShown;
}) {
  const [form] = Form.useForm<DissolveValues>();
  const today = todayInChina();
  const write = useLedgerWrite({
    document: DissolveBranchDocument,
    payloadOf: (r: DissolveBranchMutation) => r.dissolveBranch,
    form,
    fields: ["dissolvedOn", "reason"],
    success: "已撤销党组织",
    onDone: onClose,
  });
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ dissolvedOn: today, reason: "" });
      write.reset();
    }
  }, [open]);
  return (
    <Modal
      open={open}
      title={`撤销：${branch.name}`}
      okText="撤销党组织"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <FormErrors messages={write.general} />
      <Form<DissolveValues>
        form={form}
        layout="vertical"
        name="dissolve-branch"
        initialValues={{ dissolvedOn: today, reason: "" }}
        onFinish={(v) =>
          write.mutation.mutate({ branchId: branch.id, dissolvedOn: v.dissolvedOn, reason: v.reason.trim() })
        }
      >
        <Form.Item name="dissolvedOn" label="撤销日期" rules={[{ required: true, message: "请选择日期" }]}>
          <Input type="date" max={today} />
        </Form.Item>
        <Form.Item name="reason" label="撤销原因" rules={[{ required: true, whitespace: true, message: "请填写原因" }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
