/**
 * 登录: 用户名 and 密码, 登录. The server's userErrors (用户名或密码错误) are shown under their field;
 * a session that ended (expired, refused) is explained above the form; after signing in, back to
 * the page the user was on.
 */
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import type { LoginRedirectState } from "../app/RequireSession";
import { graphql } from "../gql";
import { errorMessage, request } from "../graphql/client";
import { applyUserErrors } from "../lib/user-errors";
import { useSession } from "../session/SessionProvider";
import { type SetupDoneState, useSetupRequired } from "./SetupPage";

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        username
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

interface LoginForm {
  username: string;
  password: string;
}

const FIELDS = ["username", "password"] as const;

/** Only paths inside the app: never an absolute URL from the state. */
function safeReturnPath(from: string | undefined): string {
  return from?.startsWith("/") && !from.startsWith("//") && !from.startsWith("/login") ? from : "/";
}

export function LoginPage() {
  const [form] = Form.useForm<LoginForm>();
  const { session, notice, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = safeReturnPath((location.state as LoginRedirectState | null)?.from);
  const [submitting, setSubmitting] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const setupRequired = useSetupRequired();
  const setupDone = (location.state as SetupDoneState | null)?.setupUsername ?? null;

  if (session) return <Navigate to={from} replace />;

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setFormErrors([]);
    try {
      const { login } = await request(LoginDocument, {
        input: { username: values.username.trim(), password: values.password },
      });
      if (login.token && login.user) {
        signIn({ token: login.token, username: login.user.username, expiresAt: login.expiresAt });
        navigate(from, { replace: true });
        return;
      }
      const general = applyUserErrors(form, login.userErrors, FIELDS);
      setFormErrors(general.length > 0 || login.userErrors.length > 0 ? general : ["登录失败，请重试"]);
    } catch (error) {
      setFormErrors([errorMessage(error)]);
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
      <main style={{ width: 400, maxWidth: "100%" }}>
        <Typography.Title level={3} style={{ color: "#fff", textAlign: "center", marginBottom: 4 }}>
          两新组织党建工作管理系统
        </Typography.Title>
        <Typography.Paragraph style={{ color: "rgba(255,255,255,0.85)", textAlign: "center" }}>
          中共铁岭市委组织部
        </Typography.Paragraph>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            登录
          </Typography.Title>
          {setupRequired.data === true ? (
            <Alert
              type="info"
              showIcon
              message="系统尚未初始化"
              description={<Link to="/setup">用初始化码创建第一位市级管理员</Link>}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          {setupDone && formErrors.length === 0 ? (
            <Alert
              type="success"
              showIcon
              message={`管理员 ${setupDone} 已创建，请登录`}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          {notice && formErrors.length === 0 ? (
            <Alert type="warning" showIcon message={notice} style={{ marginBottom: 16 }} />
          ) : null}
          {formErrors.map((message) => (
            <Alert key={message} type="error" showIcon role="alert" message={message} style={{ marginBottom: 16 }} />
          ))}
          <Form<LoginForm>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={onFinish}
            initialValues={setupDone ? { username: setupDone } : undefined}
            onValuesChange={() => setFormErrors([])}
            disabled={submitting}
          >
            <Form.Item
              label="用户名"
              name="username"
              rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
            >
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
            </Form.Item>
            <Form.Item style={{ marginBottom: 0 }}>
              <Button type="primary" htmlType="submit" block loading={submitting}>
                登录
              </Button>
            </Form.Item>
          </Form>
        </Card>
      </main>
    </div>
  );
}
