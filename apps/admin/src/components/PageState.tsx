/** Loading, error and empty states, the same on every page. */
import { Alert, Button, Empty, Spin } from "antd";
import type { ReactNode } from "react";
import { errorMessage } from "../graphql/client";

export function Loading({ label = "正在加载…" }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" style={{ padding: "48px 0", textAlign: "center" }}>
      <Spin />
      <div style={{ marginTop: 12, color: "rgba(0,0,0,0.45)" }}>{label}</div>
    </div>
  );
}

export function LoadError({
  error,
  onRetry,
  title = "加载失败",
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={title}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}

export function EmptyState({ description, children }: { description: ReactNode; children?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {children}
    </Empty>
  );
}
