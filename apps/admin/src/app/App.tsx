/** Providers (Ant Design in 简体中文, TanStack Query, the session) and the routes. */
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider, Result } from "antd";
import zhCN from "antd/locale/zh_CN";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { Link, Route, Routes } from "react-router";
import { Loading } from "../components/PageState";
import { shouldRetry } from "../graphql/hooks";
import { LoginPage } from "../pages/LoginPage";
import { SetupPage } from "../pages/SetupPage";
import { SessionProvider, type SessionProvider as SessionProviderType } from "../session/SessionProvider";
import { AppLayout } from "./AppLayout";
import { RequireSession } from "./RequireSession";

const OverviewPage = lazy(() => import("../pages/OverviewPage"));
const LedgerIndexPage = lazy(() => import("../pages/ledger/LedgerIndexPage"));
const OrganizationListPage = lazy(() => import("../pages/ledger/OrganizationListPage"));
const OrganizationDetailPage = lazy(() => import("../pages/ledger/OrganizationDetailPage"));
const ContactPointsPage = lazy(() => import("../pages/ContactPointsPage"));
const ReportsPage = lazy(() => import("../pages/reports/ReportsPage"));
const SitesPage = lazy(() => import("../pages/sites/SitesPage"));
const WorkListsPage = lazy(() => import("../pages/work/WorkListsPage"));
const DirectoryPage = lazy(() => import("../pages/directory/DirectoryPage"));
const AccountsPage = lazy(() => import("../pages/accounts/AccountsPage"));
const AuditPage = lazy(() => import("../pages/accounts/AuditPage"));

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

type SessionProps = Omit<Parameters<typeof SessionProviderType>[0], "children">;

/** Everything but the router, so tests can wrap the routes in a MemoryRouter. */
export function Providers({ children, session }: { children: ReactNode; session?: SessionProps }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: "#c62828" } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider {...session}>{children}</SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function NotFound() {
  return <Result status="404" title="页面不存在" extra={<Link to="/">返回总览</Link>} />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/setup" element={<SetupPage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<OverviewPage />} />
          <Route path="ledger" element={<LedgerIndexPage />} />
          <Route path="ledger/:countyCode" element={<OrganizationListPage />} />
          <Route path="ledger/:countyCode/:organizationId" element={<OrganizationDetailPage />} />
          <Route path="contact-points" element={<ContactPointsPage />} />
          <Route path="reports" element={<ReportsPage />} />
          <Route path="sites" element={<SitesPage />} />
          <Route path="work" element={<WorkListsPage />} />
          <Route path="directory" element={<DirectoryPage />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
