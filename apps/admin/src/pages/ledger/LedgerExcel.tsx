/**
 * 导出 a county's ledger, and 导入 from Excel: the template, a 校验 (dry run) showing the row errors,
 * then 确认导入. The server writes nothing while any row has an error.
 */
import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Descriptions, Drawer, Progress, Space, Table, Typography, Upload } from "antd";
import { useRef, useState } from "react";
import { errorMessage, isUnauthenticated } from "../../graphql/client";
import { useInvalidate } from "../../graphql/hooks";
import { fetchFile, saveBlob } from "../../lib/download";
import { exportUrl, type ImportProblem, type ImportResult, TEMPLATE_PATH, uploadImport } from "../../lib/ledger-excel";
import { useSession } from "../../session/SessionProvider";
import { LEDGER_QUERIES } from "./useLedgerWrite";

function useDownload() {
  const { session, expire } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, url: string, fallback: string) => {
    setBusy(key);
    try {
      const { blob, fileName } = await fetchFile(url, { token: session?.token ?? null });
      saveBlob(blob, fileName ?? fallback);
    } catch (error) {
      if (isUnauthenticated(error)) expire(errorMessage(error));
      else message.error(`下载失败：${errorMessage(error)}`);
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}

export function ExportButton({ countyCode, countyName }: { countyCode: string; countyName: string }) {
  const { busy, run } = useDownload();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy !== null}
      onClick={() => run("export", exportUrl(countyCode), `${countyName}两新组织台账.xlsx`)}
    >
      {busy ? "正在导出…" : "导出"}
    </Button>
  );
}

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; dryRun: boolean; percent: number }
  | { kind: "checked"; result: ImportResult }
  | { kind: "imported"; result: ImportResult }
  | { kind: "failed"; message: string };

export function ImportDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { session, expire } = useSession();
  const invalidate = useInvalidate();
  const { message } = App.useApp();
  const template = useDownload();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    abort.current = new AbortController();
    setPhase({ kind: "uploading", dryRun, percent: 0 });
    try {
      const result = await uploadImport(file, {
        token: session?.token ?? null,
        dryRun,
        signal: abort.current.signal,
        onUnauthenticated: expire,
        onProgress: (percent) => setPhase({ kind: "uploading", dryRun, percent }),
      });
      if (!dryRun && result.errors.length === 0) {
        await invalidate(...LEDGER_QUERIES);
        message.success(`导入完成：新增 ${result.created} 家，更新 ${result.updated} 家`);
        setPhase({ kind: "imported", result });
      } else {
        setPhase({ kind: "checked", result });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") setPhase({ kind: "idle" });
      else setPhase({ kind: "failed", message: error instanceof Error ? error.message : "导入失败" });
    } finally {
      abort.current = null;
    }
  };

  const close = () => {
    abort.current?.abort();
    setFile(null);
    setPhase({ kind: "idle" });
    onClose();
  };

  const uploading = phase.kind === "uploading";
  const result = phase.kind === "checked" || phase.kind === "imported" ? phase.result : null;
  const canConfirm = phase.kind === "checked" && phase.result.dryRun && phase.result.errors.length === 0;

  return (
    <Drawer open={open} onClose={close} width={760} title="从 Excel 导入台账" destroyOnHidden>
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          按模板填写后上传。先“校验”检查每一行，没有错误时再“确认导入”；只要有一行出错，整个文件都不会写入。
          已在台账中的单位（按统一社会信用代码或名称）会被更新。
        </Typography.Paragraph>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={template.busy !== null}
            onClick={() => template.run("template", TEMPLATE_PATH, "两新组织台账导入模板.xlsx")}
          >
            下载导入模板
          </Button>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(f) => {
              setFile(f);
              setPhase({ kind: "idle" });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} disabled={uploading}>
              选择文件
            </Button>
          </Upload>
          <Typography.Text data-testid="import-file">{file ? file.name : "尚未选择文件"}</Typography.Text>
        </Space>
        <Space wrap>
          <Button type="primary" disabled={!file || uploading} onClick={() => send(true)}>
            校验
          </Button>
          <Button type="primary" disabled={!canConfirm} onClick={() => send(false)}>
            确认导入
          </Button>
          {uploading ? <Button onClick={() => abort.current?.abort()}>取消</Button> : null}
        </Space>
        {uploading ? (
          <div role="status" aria-live="polite">
            <Typography.Text>{phase.dryRun ? "正在上传并校验…" : "正在导入…"}</Typography.Text>
            <Progress percent={phase.percent} status="active" aria-label="上传进度" />
            {phase.percent >= 100 ? (
              <Typography.Text type="secondary">文件已上传，服务器正在处理…</Typography.Text>
            ) : null}
          </div>
        ) : null}
        {phase.kind === "failed" ? <Alert type="error" showIcon role="alert" message={phase.message} /> : null}
        {result ? <ImportReport result={result} imported={phase.kind === "imported"} /> : null}
      </Space>
    </Drawer>
  );
}

function ImportReport({ result, imported }: { result: ImportResult; imported: boolean }) {
  const failed = result.errors.length > 0;
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }} data-testid="import-result">
      {failed ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={`校验未通过：${result.errors.length} 处错误，未写入任何数据`}
          description="请按下表修改文件后重新校验。"
        />
      ) : imported ? (
        <Alert type="success" showIcon message="导入完成" />
      ) : (
        <Alert type="success" showIcon message="校验通过，可以确认导入" />
      )}
      <Descriptions size="small" bordered column={3}>
        <Descriptions.Item label={imported ? "新增" : "将新增"}>{result.created}</Descriptions.Item>
        <Descriptions.Item label={imported ? "更新" : "将更新"}>{result.updated}</Descriptions.Item>
        <Descriptions.Item label="无变化">{result.unchanged}</Descriptions.Item>
      </Descriptions>
      {failed ? <ProblemTable problems={result.errors} label="错误" /> : null}
      {result.warnings.length > 0 ? (
        <>
          <Typography.Text strong>提示（不影响导入）</Typography.Text>
          <ProblemTable problems={result.warnings} label="提示" />
        </>
      ) : null}
    </Space>
  );
}

function ProblemTable({ problems, label }: { problems: readonly ImportProblem[]; label: string }) {
  return (
    <Table<ImportProblem>
      rowKey="key"
      size="small"
      aria-label={label}
      dataSource={[...problems]}
      pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        { title: "行", dataIndex: "row", width: 60, render: (r: number | null) => r ?? "—" },
        { title: "列", dataIndex: "column", width: 160, render: (c: string | null) => c ?? "—" },
        { title: "单元格", dataIndex: "cell", width: 80, render: (c: string | null) => c ?? "—" },
        { title: "问题", dataIndex: "message" },
      ]}
    />
  );
}
