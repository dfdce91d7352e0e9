/**
 * The plain HTTP endpoints beside /graphql. Each feature adds its routes here (file downloads and
 * uploads); a route checks its viewer with `requireViewer` and reads through the scoped services.
 */
import type { ApiContext } from "../api/context.js";
import { type Capability, can } from "../common/policy.js";
import type { Viewer } from "../common/request-context.js";
import { LEDGER_ROUTES } from "./ledger-routes.js";
import { LIST_ROUTES } from "./list-routes.js";
import { bulletinXlsxRoute } from "./report-routes.js";
import { HttpError, type HttpRoute } from "./server.js";

export function requireViewer(ctx: ApiContext, capability?: Capability): Viewer {
  if (!ctx.viewer) {
    throw new HttpError(401, ctx.tokenProblem === "EXPIRED" ? "登录已过期，请重新登录" : "请先登录", "UNAUTHENTICATED");
  }
  if (capability && !can(ctx.viewer.role, capability)) throw new HttpError(403, "当前角色无权执行此操作", "FORBIDDEN");
  return ctx.viewer;
}

export const ROUTES: HttpRoute<ApiContext>[] = [...LEDGER_ROUTES, bulletinXlsxRoute, ...LIST_ROUTES];
