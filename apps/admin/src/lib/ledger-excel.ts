/**
 * 台账 in Excel: the addresses of the export and the template (downloaded with lib/download.ts), and
 * the import upload with the session's bearer token and its progress. A 401 ends the session as
 * GraphQL requests do; other failures carry the server's Chinese message.
 */

export const EXPORT_PATH = "/export/organizations.xlsx";
export const TEMPLATE_PATH = "/import/organizations/template.xlsx";
export const IMPORT_PATH = "/import/organizations";

export class TransferError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "TransferError";
  }
}

export const exportUrl = (countyCode: string | null): string =>
  countyCode ? `${EXPORT_PATH}?county=${encodeURIComponent(countyCode)}` : EXPORT_PATH;

export const importUrl = (dryRun: boolean): string => (dryRun ? `${IMPORT_PATH}?dryRun=true` : IMPORT_PATH);

/** The server's message of a failed answer (`{ errors: [{ message }] }` as GraphQL), or a general one. */
export function messageOf(body: unknown, status: number): string {
  if (body && typeof body === "object") {
    const first = (body as { errors?: unknown }).errors;
    const message = Array.isArray(first) ? (first[0] as { message?: unknown } | undefined)?.message : undefined;
    if (typeof message === "string" && message !== "") return message;
  }
  if (status === 401) return "登录已过期，请重新登录";
  if (status === 403) return "无权进行此操作";
  return `请求失败（HTTP ${status}）`;
}

// --- import ---------------------------------------------------------------------------------

export interface ImportProblem {
  readonly key: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly message: string;
}

export interface ImportResult {
  readonly dryRun: boolean;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly errors: ImportProblem[];
  readonly warnings: ImportProblem[];
}

const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

function problems(list: unknown, kind: string): ImportProblem[] {
  if (!Array.isArray(list)) return [];
  return list.map((raw, i) => {
    const p = (raw ?? {}) as Record<string, unknown>;
    return {
      key: `${kind}-${i}`,
      row: typeof p.row === "number" ? p.row : null,
      column: typeof p.column === "string" ? p.column : null,
      cell: typeof p.cell === "string" ? p.cell : null,
      message: typeof p.message === "string" ? p.message : "未知错误",
    };
  });
}

/**
 * The import's answer: 200 (done, or would be done) and 422 (row errors; nothing written) carry a
 * report; anything else is a failure with the server's message.
 */
export function readImportResponse(status: number, body: unknown): ImportResult {
  const isReport =
    body !== null && typeof body === "object" && "dryRun" in body && "errors" in body && Array.isArray(body.errors);
  if ((status === 200 || status === 422) && isReport) {
    const b = body as Record<string, unknown>;
    return {
      dryRun: b.dryRun === true,
      created: count(b.created),
      updated: count(b.updated),
      unchanged: count(b.unchanged),
      errors: problems(b.errors, "error"),
      warnings: problems(b.warnings, "warning"),
    };
  }
  throw new TransferError(messageOf(body, status), status);
}

export interface UploadOptions {
  readonly token: string | null;
  readonly dryRun: boolean;
  /** 0–100 while the file goes up. */
  readonly onProgress?: (percent: number) => void;
  readonly onUnauthenticated?: (message: string) => void;
  readonly signal?: AbortSignal;
  /** Injected in tests. */
  readonly createRequest?: () => XMLHttpRequest;
}

/** POSTs the file (multipart field `file`) with upload progress; resolves with the report. */
export function uploadImport(file: Blob, options: UploadOptions): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = options.createRequest ? options.createRequest() : new XMLHttpRequest();
    xhr.open("POST", importUrl(options.dryRun));
    if (options.token) xhr.setRequestHeader("authorization", `Bearer ${options.token}`);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        options.onProgress?.(Math.round((event.loaded / event.total) * 100));
      }
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 401) {
        const message = messageOf(body, 401);
        options.onUnauthenticated?.(message);
        reject(new TransferError(message, 401));
        return;
      }
      try {
        resolve(readImportResponse(xhr.status, body));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(new TransferError("上传失败：无法连接服务器，请检查网络后重试", 0));
    xhr.onabort = () => reject(new DOMException("上传已取消", "AbortError"));
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append("file", file, file instanceof File ? file.name : "ledger.xlsx");
    xhr.send(form);
  });
}
