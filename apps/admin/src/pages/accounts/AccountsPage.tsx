/**
 * 账号管理 (市级管理员, MANAGE_USERS): the accounts with filters; 新增账号 for the counties' staff (the
 * server generates the password and it is shown once); 重置密码 (a new one, shown once; the old
 * sessions end); 停用 / 启用.
 */
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useViewer } from "../../app/viewer";
import { FormErrors } from "../../components/FormErrors";
import { EmptyState, LoadError, Loading } from "../../components/PageState";
import type { Role, UsersQuery } from "../../gql/graphql";
import { errorMessage } from "../../graphql/client";
import { useGqlQuery, useInvalidate, useRequest } from "../../graphql/hooks";
import { useFormMutation } from "../../graphql/use-form-mutation";
import { type NewAccountValues, roleMayHaveCounty, roleNeedsCounty, toCreateUserInput } from "../../lib/accounts";
import { ROLE_LABELS } from "../../lib/labels";
import {
  AccountCountiesDocument,
  CreateUserDocument,
  ResetUserPasswordDocument,
  SetUserDisabledDocument,
  UsersDocument,
} from "./queries";

type Account = UsersQuery["users"]["nodes"][number];
const ROLES: Role[] = ["COUNTY_ADMIN", "VIEWER", "REVIEWER", "CITY_ADMIN"];

/** A password the server generated: shown once, to hand to the user. */
function PasswordOnce({
  shown,
  onClose,
}: {
  shown: { username: string; password: string } | null;
  onClose: () => void;
}) {
  return (
    <Modal
      open={shown !== null}
      title="初始密码（只显示这一次）"
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下
        </Button>
      }
      maskClosable={false}
    >
      <Typography.Paragraph>
        账号 <Typography.Text strong>{shown?.username}</Typography.Text> 的密码：
      </Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: shown?.password ?? "" }}>
        <Typography.Text code data-testid="generated-password" style={{ fontSize: 18 }}>
          {shown?.password}
        </Typography.Text>
      </Typography.Paragraph>
      <Alert type="warning" showIcon message="关闭后无法再次查看。请交给本人，并提醒其登录后在「修改密码」中更改。" />
    </Modal>
  );
}

function NewAccountModal({
  open,
  onClose,
  onCreated,
  counties,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (username: string, password: string) => void;
  counties: readonly { code: string; name: string }[];
}) {
  const [form] = Form.useForm<NewAccountValues>();
  const run = useRequest();
  const role = Form.useWatch("role", form) ?? "COUNTY_ADMIN";
  const write = useFormMutation({
    send: (values: NewAccountValues) => run(CreateUserDocument, { input: toCreateUserInput(values) }),
    payloadOf: (d) => d.createUser,
    form,
    fields: ["username", "displayName", "role", "countyCode"],
    success: (d) => `已创建账号 ${d.createUser.user?.username ?? ""}`,
    affects: ["Users"],
    onDone: (d) => {
      form.resetFields();
      onClose();
      if (d.createUser.user && d.createUser.generatedPassword) {
        onCreated(d.createUser.user.username, d.createUser.generatedPassword);
      }
    },
  });
  return (
    <Modal
      open={open}
      title="新增账号"
      okText="创建"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.mutation.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <Typography.Paragraph type="secondary">密码由系统生成，创建后只显示一次。</Typography.Paragraph>
      <FormErrors messages={write.general} />
      <Form<NewAccountValues>
        form={form}
        layout="vertical"
        name="new-account"
        initialValues={{ role: "COUNTY_ADMIN" }}
        onFinish={(v) => write.mutation.mutate(v)}
      >
        <Form.Item
          name="username"
          label="用户名"
          extra="3至64位小写字母、数字或 . _ -，如 tbs-zhangsan"
          rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="显示名称">
          <Input maxLength={32} placeholder="如：调兵山市委组织部 张三" />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        {roleMayHaveCounty(role) ? (
          <Form.Item
            name="countyCode"
            label="县（市）区"
            rules={roleNeedsCounty(role) ? [{ required: true, message: "县级管理员须指定县（市）区" }] : []}
          >
            <Select allowClear options={counties.map((c) => ({ value: c.code, label: c.name }))} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

export default function AccountsPage() {
  const { viewer } = useViewer();
  const counties = useGqlQuery(AccountCountiesDocument, {});
  const [filter, setFilter] = useState<{ role?: Role; countyCode?: string; search?: string }>({});
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const users = useGqlQuery(UsersDocument, { filter, after });
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const run = useRequest();
  const invalidate = useInvalidate();
  const { message, modal } = App.useApp();

  const refilter = (next: typeof filter) => {
    setFilter(next);
    setCursors([null]);
  };

  const reset = (u: Account) =>
    modal.confirm({
      title: `重置 ${u.username} 的密码？`,
      content: "系统生成新密码（只显示一次），该账号已登录的会话立即失效。",
      okText: "重置",
      cancelText: "取消",
      onOk: async () => {
        try {
          const d = await run(ResetUserPasswordDocument, { input: { username: u.username } });
          const [error] = d.resetUserPassword.userErrors;
          if (error) return void message.error(error.message);
          if (d.resetUserPassword.generatedPassword) {
            setShown({ username: u.username, password: d.resetUserPassword.generatedPassword });
          }
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  const toggle = async (u: Account) => {
    try {
      const d = await run(SetUserDisabledDocument, { input: { username: u.username, disabled: !u.disabled } });
      const [error] = d.setUserDisabled.userErrors;
      if (error) return void message.error(error.message);
      message.success(`${u.username} 已${u.disabled ? "启用" : "停用"}`);
      await invalidate("Users");
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const countyList = counties.data?.city.counties ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        账号管理
      </Typography.Title>
      <Card
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新增账号
          </Button>
        }
        title={
          <Space wrap>
            <Select
              aria-label="按角色筛选"
              allowClear
              placeholder="全部角色"
              style={{ width: 140 }}
              value={filter.role}
              onChange={(role?: Role) => refilter({ ...filter, role })}
              options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            />
            <Select
              aria-label="按县（市）区筛选"
              allowClear
              placeholder="全部县（市）区"
              style={{ width: 160 }}
              value={filter.countyCode}
              onChange={(countyCode?: string) => refilter({ ...filter, countyCode })}
              options={countyList.map((c) => ({ value: c.code, label: c.name }))}
            />
            <Input.Search
              aria-label="搜索用户名或显示名称"
              placeholder="用户名或显示名称"
              allowClear
              style={{ width: 220 }}
              onSearch={(search) => refilter({ ...filter, search: search.trim() || undefined })}
            />
          </Space>
        }
      >
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <LoadError error={users.error} onRetry={() => users.refetch()} />
        ) : (
          <>
            <Table<Account>
              rowKey="username"
              size="middle"
              pagination={false}
              dataSource={users.data.users.nodes}
              locale={{ emptyText: <EmptyState description="没有符合条件的账号" /> }}
              columns={[
                { title: "用户名", dataIndex: "username" },
                { title: "显示名称", render: (_, u) => u.displayName ?? "—" },
                { title: "角色", width: 110, render: (_, u) => ROLE_LABELS[u.role] },
                { title: "县（市）区", width: 110, render: (_, u) => u.county?.name ?? "—" },
                {
                  title: "状态",
                  width: 80,
                  render: (_, u) => (u.disabled ? <Tag>已停用</Tag> : <Tag color="green">启用</Tag>),
                },
                {
                  title: "创建时间",
                  width: 170,
                  render: (_, u) => (u.createdAt ? new Date(u.createdAt).toLocaleString("zh-CN") : "—"),
                },
                {
                  title: "操作",
                  width: 150,
                  render: (_, u) =>
                    u.username === viewer.username ? (
                      <Typography.Text type="secondary">当前账号</Typography.Text>
                    ) : (
                      <Space size={0}>
                        <Button
                          type="link"
                          size="small"
                          onClick={() => reset(u)}
                          aria-label={`重置${u.username}的密码`}
                        >
                          重置密码
                        </Button>
                        <Button
                          type="link"
                          size="small"
                          danger={!u.disabled}
                          onClick={() => toggle(u)}
                          aria-label={`${u.disabled ? "启用" : "停用"}${u.username}`}
                        >
                          {u.disabled ? "启用" : "停用"}
                        </Button>
                      </Space>
                    ),
                },
              ]}
            />
            <Space style={{ marginTop: 16 }}>
              <Typography.Text type="secondary">共 {users.data.users.totalCount} 个账号</Typography.Text>
              <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                上一页
              </Button>
              <Button
                disabled={!users.data.users.pageInfo.hasNextPage}
                onClick={() => setCursors([...cursors, users.data.users.pageInfo.endCursor ?? null])}
              >
                下一页
              </Button>
            </Space>
          </>
        )}
      </Card>
      <NewAccountModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(username, password) => setShown({ username, password })}
        counties={countyList}
      />
      <PasswordOnce shown={shown} onClose={() => setShown(null)} />
    </Space>
  );
}
