/**
 * 修改密码, for everyone signed in: the current password and a new one (twice). Changing it ends every
 * session of the account, this one included: the user signs in again with the new password.
 */
import { KeyOutlined } from "@ant-design/icons";
import { Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useRequest } from "../graphql/hooks";
import { useFormMutation } from "../graphql/use-form-mutation";
import { ChangeOwnPasswordDocument } from "../pages/accounts/queries";
import { useSession } from "../session/SessionProvider";
import { FormErrors } from "./FormErrors";

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordButton() {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const run = useRequest();
  const { expire } = useSession();
  const write = useFormMutation({
    send: (v: Values) =>
      run(ChangeOwnPasswordDocument, { input: { currentPassword: v.currentPassword, newPassword: v.newPassword } }),
    payloadOf: (d) => d.changeOwnPassword,
    form,
    fields: ["currentPassword", "newPassword"],
    success: "密码已修改",
    affects: [],
    onDone: () => {
      setOpen(false);
      expire("密码已修改，请用新密码重新登录");
    },
  });
  return (
    <>
      <Button icon={<KeyOutlined aria-hidden />} onClick={() => setOpen(true)}>
        修改密码
      </Button>
      <Modal
        open={open}
        title="修改密码"
        okText="修改"
        cancelText="取消"
        onCancel={() => {
          setOpen(false);
          write.reset();
          form.resetFields();
        }}
        onOk={() => form.submit()}
        confirmLoading={write.mutation.isPending}
        destroyOnHidden
      >
        <FormErrors messages={write.general} />
        <Form<Values> form={form} layout="vertical" name="change-password" onFinish={(v) => write.mutation.mutate(v)}>
          <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: "请输入当前密码" }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label="新密码"
            extra="10至200个字符，须同时包含字母和数字。修改后所有会话失效，需重新登录。"
            rules={[{ required: true, message: "请输入新密码" }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label="确认新密码"
            dependencies={["newPassword"]}
            rules={[
              { required: true, message: "请再次输入新密码" },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue("newPassword")
                    ? Promise.resolve()
                    : Promise.reject(new Error("两次输入的新密码不一致")),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
