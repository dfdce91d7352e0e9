/**
 * The writes of 联系点: assigning a leader's contact point for a year, ending one (reassignment is
 * ending the old point, then assigning the new), and recording that a county reported its list.
 * Shown only to users who may assign points, for the leaders they manage (the server checks again).
 */
import { App, Button, DatePicker, Form, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { FormErrors } from "../components/FormErrors";
import { OrganizationPicker } from "../components/OrganizationPicker";
import { errorMessage } from "../graphql/client";
import { useInvalidate, useRequest } from "../graphql/hooks";
import { useFormMutation } from "../graphql/use-form-mutation";
import {
  AssignContactPointDocument,
  EndContactPointDocument,
  ReportContactPointListDocument,
} from "./contact-points-queries";

/** The queries a contact-point write changes. */
const AFFECTED = ["LeaderContactPoints", "ContactPointCompliance"];

interface LeaderRef {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  /** Null for a city leader: the point may be in any county. */
  readonly countyCode: string | null;
}

interface AssignValues {
  organizationId?: string;
}

/** 确定联系点: one organization for a leader and a year. */
export function AssignPointButton({ leader, year }: { leader: LeaderRef; year: number }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<AssignValues>();
  const run = useRequest();
  const write = useFormMutation({
    send: (organizationId: string) =>
      run(AssignContactPointDocument, { input: { leaderId: leader.id, organizationId, year } }),
    payloadOf: (data) => data.assignContactPoint,
    form,
    fields: ["organizationId"],
    success: (data) => `已确定${leader.name}的联系点：${data.assignContactPoint.contactPoint?.organization.name ?? ""}`,
    affects: AFFECTED,
    onDone: () => close(),
  });
  const close = () => {
    setOpen(false);
    write.reset();
    form.resetFields();
  };

  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)}>
        确定联系点
      </Button>
      <Modal
        title={`确定联系点 · ${leader.name}（${leader.title}）`}
        open={open}
        onCancel={close}
        okText="确定"
        cancelText="取消"
        confirmLoading={write.mutation.isPending}
        onOk={() => form.submit()}
        destroyOnClose
      >
        <Typography.Paragraph type="secondary">
          {year} 年度；{leader.countyCode ? "联系点须为本县（市）区" : "可选全市"}
          具备开展党建工作条件、正常经营的两新组织。
        </Typography.Paragraph>
        <FormErrors messages={write.general} />
        <Form<AssignValues>
          form={form}
          layout="vertical"
          onFinish={(values) => write.mutation.mutate(values.organizationId ?? "")}
          preserve={false}
        >
          <Form.Item name="organizationId" label="联系单位" rules={[{ required: true, message: "请选择联系单位" }]}>
            <OrganizationPicker countyCode={leader.countyCode} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

interface EndValues {
  endedOn?: Dayjs;
}

/** 结束: the point stays as history; the leader may then be given another. */
export function EndPointButton({
  point,
  leaderName,
}: {
  point: { id: string; startedOn: string; organization: { name: string } };
  leaderName: string;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<EndValues>();
  const run = useRequest();
  const write = useFormMutation({
    send: (endedOn: Dayjs | undefined) =>
      run(EndContactPointDocument, {
        input: { contactPointId: point.id, ...(endedOn ? { endedOn: endedOn.format("YYYY-MM-DD") } : {}) },
      }),
    payloadOf: (data) => data.endContactPoint,
    form,
    fields: ["endedOn"],
    success: `已结束${leaderName}在${point.organization.name}的联系点`,
    affects: AFFECTED,
    onDone: () => close(),
  });
  const close = () => {
    setOpen(false);
    write.reset();
  };

  return (
    <>
      <Button size="small" type="link" danger onClick={() => setOpen(true)}>
        结束
      </Button>
      <Modal
        title={`结束联系点 · ${leaderName}`}
        open={open}
        onCancel={close}
        okText="结束联系点"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={write.mutation.isPending}
        onOk={() => form.submit()}
        destroyOnClose
      >
        <Typography.Paragraph>
          结束后 {point.organization.name} 作为历史保留（{point.startedOn} 起），可再为{leaderName}确定新的联系点。
        </Typography.Paragraph>
        <FormErrors messages={write.general} />
        <Form<EndValues> form={form} layout="vertical" onFinish={(values) => write.mutation.mutate(values.endedOn)}>
          <Form.Item
            name="endedOn"
            label="结束日期"
            extra="不再作为联系点的第一天；不填为今天。不早于确定日期，不晚于今天。"
          >
            <DatePicker
              style={{ width: "100%" }}
              placeholder="今天"
              disabledDate={(d) => d.isBefore(dayjs(point.startedOn), "day")}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 报送名单: records today as the day the county reported its county leaders' list. */
export function ReportListButton({
  countyCode,
  countyName,
  year,
}: {
  countyCode: string;
  countyName: string;
  year: number;
}) {
  const [saving, setSaving] = useState(false);
  const run = useRequest();
  const invalidate = useInvalidate();
  const { message, modal } = App.useApp();

  const report = async () => {
    setSaving(true);
    try {
      const data = await run(ReportContactPointListDocument, { input: { countyCode, year } });
      const [first] = data.reportContactPointList.userErrors;
      if (first) {
        message.error(first.message);
        return;
      }
      const list = data.reportContactPointList.contactList;
      message.success(
        `已登记${countyName} ${year} 年度联系点名单报送（${list?.reportedOn ?? "今天"}${list?.overdue ? "，已逾期" : ""}）`,
      );
      await invalidate(...AFFECTED);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Button
      size="small"
      loading={saving}
      onClick={() =>
        modal.confirm({
          title: `登记${countyName}联系点名单已报送？`,
          content: `以今天为 ${year} 年度县级领导联系点名单的报送日期，登记后不可更改。`,
          okText: "登记报送",
          cancelText: "取消",
          onOk: report,
        })
      }
    >
      登记报送
    </Button>
  );
}
