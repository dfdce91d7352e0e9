/**
 * 初始化: the first start on an empty database, in the browser alone. The server printed a one-time
 * setup code (初始化码) at start; with it, the first 市级管理员 is created here, then signs in. The
 * server accepts this only while no user exists (and the code is spent once used).
 */

import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Result, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { errorMessage, request } from "../graphql/client";
import { applyUserErrors } from "../lib/user-errors";
import { SetupFirstAdminDocument, SetupRequiredDocument } from "./accounts/queries";

interface SetupValues {
  setupCode: string;
  username: string;
  displayName?: string;
  password: string;
  confirm: string;
}

const FIELDS = ["setupCode", "username", "displayName", "password"] as const;

/** Whether the system waits for its first admin (an anonymous question). */
export function useSetupRequired() {
  return useQuery({
    queryKey: ["SetupRequired"],
    queryFn: () => request(SetupRequiredDocument, {}).then((d) => d.setupRequired),
    staleTime: 10_000,
  });
}

/** The login page's state after the first admin was created. */
export interface SetupDoneState {
  readonly setupUsername: string;
}

export function SetupPage() {
  const [form] = Form.useForm<SetupValues>();
  const required = useSetupRequired();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);

  const onFinish = async (values: SetupValues) => {
    setSubmitting(true);
    setGeneral([]);
    try {
      const { setupFirstAdmin } = await request(SetupFirstAdminDocument, {
        input: {
          setupCode: values.setupCode.trim(),
          username: values.username.trim(),
          password: values.password,
          displayName: values.displayName?.trim() || null,
        },
      });
      if (setupFirstAdmin.user) {
        const state: SetupDoneState = { setupUsername: setupFirstAdmin.user.username };
        navigate("/login", { replace: true, state });
        return;
      }
      setGeneral(applyUserErrors(form, setupFirstAdmin.userErrors, FIELDS));
    } catch (error) {
      setGeneral([errorMessage(error)]);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: "100vh",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "linear-gradient(160deg, #b71c1c 0%, #7f0000 100%)",
        padding: 16,
      }}
    >
      <main style={{ width: 480, maxWidth: "100%" }}>
        <Typography.Title level={3} style={{ color: "#fff", textAlign: "center" }}>
          两新组织党建工作管理系统
        </Typography.Title>
        <Card>
          {required.data === false ? (
            <Result
              status="success"
              title="系统已初始化"
              subTitle="请使用已有账号登录；新账号由市级管理员在「账号管理」中创建。"
              extra={<Link to="/login">前往登录</Link>}
            />
          ) : (
            <>
              <Typography.Title level={4} style={{ marginTop: 0 }}>
                初始化：创建第一位市级管理员
              </Typography.Title>
              <Typography.Paragraph type="secondary">
                初始化码在服务首次启动时输出（服务器日志中的「初始化码」），只能使用一次。也可以在服务器上运行 pnpm
                create-user 创建。
              </Typography.Paragraph>
              {general.map((m) => (
                <Alert key={m} type="error" showIcon role="alert" message={m} style={{ marginBottom: 16 }} />
              ))}
              <Form<SetupValues> form={form} layout="vertical" name="setup" onFinish={onFinish} disabled={submitting}>
                <Form.Item
                  name="setupCode"
                  label="初始化码"
                  rules={[{ required: true, whitespace: true, message: "请输入初始化码" }]}
                >
                  <Input placeholder="XXXX-XXXX-XXXX-XXXX-XXXX" autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name="username"
                  label="用户名"
                  extra="3至64位小写字母、数字或 . _ -"
                  rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
                >
                  <Input autoComplete="username" maxLength={64} />
                </Form.Item>
                <Form.Item name="displayName" label="显示名称">
                  <Input maxLength={32} placeholder="如：市委组织部 两新组织党工委" />
                </Form.Item>
                <Form.Item
                  name="password"
                  label="密码"
                  extra="10至200个字符，须同时包含字母和数字"
                  rules={[{ required: true, message: "请设置密码" }]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
                <Form.Item
                  name="confirm"
                  label="确认密码"
                  dependencies={["password"]}
                  rules={[
                    { required: true, message: "请再次输入密码" },
                    ({ getFieldValue }) => ({
                      validator: (_, value) =>
                        !value || value === getFieldValue("password")
                          ? Promise.resolve()
                          : Promise.reject(new Error("两次输入的密码不一致")),
                    }),
                  ]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
                <Button type="primary" htmlType="submit" block loading={submitting}>
                  创建管理员
                </Button>
              </Form>
            </>
          )}
        </Card>
      </main>
    </div>
  );
}
