/**
 * Ends something of a unit on a day (a liaison's assignment, an affiliation): one date field that
 * defaults to today and may not be in the future, the write's errors on it or above the form.
 */
import { Form, Input, Modal } from "antd";
import { useEffect } from "react";
import { FormErrors } from "../../components/FormErrors";
import type { TypedDocumentString } from "../../gql/graphql";
import type { PayloadLike } from "../../graphql/use-form-mutation";
import { todayInChina } from "../../lib/ledger-forms";
import { useLedgerWrite } from "./useLedgerWrite";

interface EndValues {
  to: string;
}

export function EndOnDateModal<TResult, TInput>({
  open,
  onClose,
  name,
  title,
  action,
  success,
  extra,
  document,
  payloadOf,
  inputOf,
}: {
  open: boolean;
  onClose: () => void;
  /** The form's name (its fields' ids). */
  name: string;
  title: string;
  /** The button's text, e.g. 结束派驻. */
  action: string;
  success: string;
  /** What ending means, under the date. */
  extra: string;
  document: TypedDocumentString<TResult, { input: TInput }>;
  payloadOf: (result: TResult) => PayloadLike;
  inputOf: (to: string) => TInput;
}) {
  const [form] = Form.useForm<EndValues>();
  const today = todayInChina();
  const write = useLedgerWrite({ document, payloadOf, form, fields: ["to"], success, onDone: onClose });
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ to: today });
      write.reset();
    }
  }, [open]);
  return (
    <Modal
      open={open}
      title={title}
      okText={action}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <FormErrors messages={write.general} />
      <Form<EndValues>
        form={form}
        layout="vertical"
        name={name}
        initialValues={{ to: today }}
        onFinish={(v) => write.mutation.mutate(inputOf(v.to))}
      >
        <Form.Item name="to" label="结束日期" rules={[{ required: true, message: "请选择日期" }]} extra={extra}>
          <Input type="date" max={today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
