/** The frame of every signed-in page: the side menu, the user and 退出登录, the page. */
import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Layout, Menu, Space, Typography } from "antd";
import { Suspense, useEffect } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { ChangePasswordButton } from "../components/ChangePasswordButton";
import { Loading } from "../components/PageState";
import { ROLE_LABELS } from "../lib/labels";
import { useSession } from "../session/SessionProvider";
import { activeNavPath, visibleNavItems } from "./navigation";
import { useViewer } from "./viewer";

const { Header, Sider, Content } = Layout;

export const APP_TITLE = "两新组织党建工作管理系统";

export function AppLayout() {
  const { viewer, scope } = useViewer();
  const { signOut } = useSession();
  const location = useLocation();
  const items = visibleNavItems(viewer);
  const active = activeNavPath(location.pathname, items);
  const activeLabel = items.find((item) => item.path === active)?.label;

  // The tab and the history list name the page.
  useEffect(() => {
    document.title = activeLabel ? `${activeLabel} · ${APP_TITLE}` : APP_TITLE;
  }, [activeLabel]);

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Sider width={200} breakpoint="lg" collapsedWidth={64} theme="dark">
        <div
          style={{
            color: "#fff",
            padding: "16px 12px",
            fontWeight: 600,
            fontSize: 15,
            lineHeight: 1.4,
            textAlign: "center",
          }}
        >
          两新组织党建
        </div>
        <nav aria-label="主菜单">
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={active ? [active] : []}
            items={items.map((item) => ({
              key: item.path,
              icon: item.icon,
              label: <Link to={item.path}>{item.label}</Link>,
            }))}
          />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{
            background: "#fff",
            padding: "0 24px",
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
            borderBottom: "1px solid #f0f0f0",
          }}
        >
          <Typography.Text strong style={{ fontSize: 16 }}>
            {scope.kind === "COUNTY" ? `铁岭市 · ${scope.countyName}` : "铁岭市委组织部"} 两新组织党建工作管理系统
          </Typography.Text>
          <Space size="middle">
            <span data-testid="current-user">
              <UserOutlined aria-hidden /> {viewer.displayName ?? viewer.username}（{ROLE_LABELS[viewer.role]}
              {viewer.county ? ` · ${viewer.county.name}` : ""}）
            </span>
            <ChangePasswordButton />
            <Button icon={<LogoutOutlined aria-hidden />} onClick={signOut}>
              退出登录
            </Button>
          </Space>
        </Header>
        {/* Layout.Content renders the page's <main>. */}
        <Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
