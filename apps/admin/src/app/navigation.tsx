/**
 * The pages in the side menu, for every role: each page reads what the role may read and offers
 * only the writes it may do (`useCan`); `visible` would keep a whole page from a role.
 */
import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  ProfileOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserSwitchOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import { type Viewer, viewerCan } from "./viewer";

export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: ReactNode;
  readonly visible?: (viewer: Viewer) => boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: "/", label: "总览", icon: <DashboardOutlined aria-hidden /> },
  { path: "/ledger", label: "组织台账", icon: <ApartmentOutlined aria-hidden /> },
  { path: "/sites", label: "示范点", icon: <TrophyOutlined aria-hidden /> },
  { path: "/contact-points", label: "联系点", icon: <FlagOutlined aria-hidden /> },
  { path: "/reports", label: "月报与通报", icon: <FileTextOutlined aria-hidden /> },
  { path: "/work", label: "重点工作", icon: <ProfileOutlined aria-hidden /> },
  { path: "/directory", label: "机构与人员", icon: <TeamOutlined aria-hidden /> },
  {
    path: "/accounts",
    label: "账号管理",
    icon: <UserSwitchOutlined aria-hidden />,
    visible: (viewer) => viewerCan(viewer, "MANAGE_USERS"),
  },
  {
    path: "/audit",
    label: "审计日志",
    icon: <AuditOutlined aria-hidden />,
    visible: (viewer) => viewerCan(viewer, "READ_AUDIT"),
  },
];

export function visibleNavItems(viewer: Viewer): NavItem[] {
  return NAV_ITEMS.filter((item) => item.visible?.(viewer) ?? true);
}

/** The menu entry a path belongs to (the longest matching prefix). */
export function activeNavPath(pathname: string, items: readonly NavItem[]): string | null {
  let best: string | null = null;
  for (const item of items) {
    const matches =
      item.path === "/" ? pathname === "/" : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (matches && (best === null || item.path.length > best.length)) best = item.path;
  }
  return best;
}
