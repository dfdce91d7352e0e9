/**
 * The gate of the signed-in pages: without a session, to 登录 (remembering the page); with one,
 * loads `viewer` and provides it. A refused token on the way ends the session like any other request.
 */
import { Button, Result } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Loading } from "../components/PageState";
import { errorMessage } from "../graphql/client";
import { useGqlQuery } from "../graphql/hooks";
import { useSession } from "../session/SessionProvider";
import { ViewerDocument, ViewerProvider } from "./viewer";

export interface LoginRedirectState {
  readonly from?: string;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const location = useLocation();
  const viewer = useGqlQuery(ViewerDocument, {}, { staleTime: Number.POSITIVE_INFINITY });

  if (!session) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  if (viewer.isPending) return <Loading label="正在验证登录…" />;
  if (viewer.isError) {
    return (
      <Result
        status="warning"
        title="无法获取当前用户"
        subTitle={errorMessage(viewer.error)}
        extra={[
          <Button key="retry" type="primary" onClick={() => viewer.refetch()}>
            重试
          </Button>,
          <Button key="logout" onClick={signOut}>
            重新登录
          </Button>,
        ]}
      />
    );
  }
  return <ViewerProvider viewer={viewer.data.viewer}>{children}</ViewerProvider>;
}
