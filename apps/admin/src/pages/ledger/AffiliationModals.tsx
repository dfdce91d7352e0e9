/**
 * 挂靠党组织 and 结束挂靠, each in a modal. A unit with fewer than 3 formal members that cannot join
 * a joint branch attaches to an existing branch of its county: the user finds the unit that has the
 * branch, picks the branch, and the first day; the server's formation rules decide.
 */
import { FORMATION_LABELS } from "@liangxin/domain";
import { Alert, Form, Input, Modal, Select } from "antd";
import { useEffect } from "react";
import { FormErrors } from "../../components/FormErrors";
import { OrganizationPicker } from "../../components/OrganizationPicker";
import type { AffiliateOrganizationMutation, EndAffiliationMutation } from "../../gql/graphql";
import { useGqlQuery } from "../../graphql/hooks";
import { AFFILIATE_FIELDS, type AffiliateFormValues, todayInChina } from "../../lib/ledger-forms";
import { EndOnDateModal } from "./EndOnDateModal";
import { AffiliateOrganizationDocument, AffiliationBranchesDocument, EndAffiliationDocument } from "./queries";
import { useLedgerWrite } from "./useLedgerWrite";

export function AffiliateModal({
  open,
  onClose,
  unit,
}: {
  open: boolean;
  onClose: () => void;
  unit: { id: string; name: string; countyCode: string; formalMemberCount: number };
}) {
  const [form] = Form.useForm<AffiliateFormValues>();
  const today = todayInChina();
  const hostId = Form.useWatch("hostId", form);
  const branches = useGqlQuery(AffiliationBranchesDocument, { id: hostId ?? "" }, { enabled: Boolean(hostId) });
  const node = branches.data?.node;
  const options =
    node && "branchLinks" in node
      ? node.branchLinks
          .filter((l) => l.role !== "AFFILIATED")
          .map((l) => ({
            value: l.branch.id,
            label: `${l.branch.name}（${FORMATION_LABELS[l.branch.formation]}，${l.branch.foundedOn}成立）`,
          }))
      : [];
  const write = useLedgerWrite({
    document: AffiliateOrganizationDocument,
    payloadOf: (r: AffiliateOrganizationMutation) => r.affiliateOrganization,
    form,
    fields: AFFILIATE_FIELDS,
    success: "已挂靠",
    onDone: onClose,
  });
  const initial: AffiliateFormValues = { hostId: undefined, branchId: undefined, from: today };
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initial);
      write.reset();
    }
  }, [open]);
  useEffect(() => {
    // One branch: choose it; otherwise let the user choose.
    form.setFieldsValue({ branchId: options.length === 1 ? options[0]?.value : undefined });
  }, [hostId, options.length]);
  return (
    <Modal
      open={open}
      title={`挂靠党组织：${unit.name}`}
      width={640}
      okText="挂靠"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="正式党员不足3名、又不具备联合组建条件的单位，其党员可挂靠到本县（市）区现有党组织；挂靠后该单位计入组建率。"
      />
      <FormErrors messages={write.general} />
      <Form<AffiliateFormValues>
        form={form}
        layout="vertical"
        name="affiliate"
        initialValues={initial}
        onFinish={(v) => write.mutation.mutate({ organizationId: unit.id, branchId: v.branchId ?? "", from: v.from })}
      >
        <Form.Item
          name="hostId"
          label="党组织所在单位"
          rules={[{ required: true, message: "请选择单位" }]}
          extra="已建立党组织的本县（市）区单位"
        >
          <OrganizationPicker countyCode={unit.countyCode} filter={{ inPopulation: true, organizationCovered: true }} />
        </Form.Item>
        <Form.Item name="branchId" label="挂靠的党组织" rules={[{ required: true, message: "请选择党组织" }]}>
          <Select
            placeholder={hostId ? "选择党组织" : "先选择单位"}
            loading={branches.isFetching}
            options={options}
            disabled={!hostId}
          />
        </Form.Item>
        <Form.Item name="from" label="挂靠日期" rules={[{ required: true, message: "请选择日期" }]}>
          <Input type="date" max={today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function EndAffiliationModal({
  open,
  onClose,
  organizationId,
  branch,
}: {
  open: boolean;
  onClose: () => void;
  organizationId: string;
  branch: { id: string; name: string };
}) {
  return (
    <EndOnDateModal
      open={open}
      onClose={onClose}
      name="end-affiliation"
      title={`结束挂靠：${branch.name}`}
      action="结束挂靠"
      success="已结束挂靠"
      extra="自此日起该单位不再由该党组织覆盖"
      document={EndAffiliationDocument}
      payloadOf={(r: EndAffiliationMutation) => r.endAffiliation}
      inputOf={(to) => ({ organizationId, branchId: branch.id, to })}
    />
  );
}
