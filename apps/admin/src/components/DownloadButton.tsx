/** A button that downloads a file the server builds, with the session's token (a link cannot carry it). */
import { DownloadOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { errorMessage, isUnauthenticated } from "../graphql/client";
import { fetchFile, saveBlob } from "../lib/download";
import { useSession } from "../session/SessionProvider";

export function DownloadButton({
  url,
  fallbackName,
  label = "导出 Excel",
}: {
  url: string;
  fallbackName: string;
  label?: string;
}) {
  const { session, expire } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const { blob, fileName } = await fetchFile(url, { token: session?.token ?? null });
          saveBlob(blob, fileName ?? fallbackName);
        } catch (error) {
          if (isUnauthenticated(error)) expire(errorMessage(error));
          else message.error(`下载失败：${errorMessage(error)}`);
        } finally {
          setBusy(false);
        }
      }}
    >
      {label}
    </Button>
  );
}
