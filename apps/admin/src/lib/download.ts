/**
 * Downloads of files the server builds (the bulletin workbook): fetched with the session's bearer
 * token (a link cannot carry it), then handed to the browser as a Blob under an object URL with
 * `a.download`. Failures come back as GraphQLRequestError with the contract's codes, so the caller
 * ends the session on UNAUTHENTICATED like every other request.
 */
import { GraphQLRequestError } from "../graphql/client";

export interface DownloadOptions {
  readonly token: string | null;
  readonly signal?: AbortSignal;
  /** Injected in tests; the browser's fetch otherwise. */
  readonly fetch?: typeof fetch;
}

/** The file name from a Content-Disposition header (filename* in UTF-8 first), or null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name ? name : null;
}

const codeOfStatus = (status: number, raw: unknown) => {
  if (typeof raw === "string" && ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT"].includes(raw)) {
    return raw as "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT";
  }
  if (status === 401) return "UNAUTHENTICATED" as const;
  if (status === 403) return "FORBIDDEN" as const;
  if (status === 404) return "NOT_FOUND" as const;
  if (status >= 500) return "INTERNAL_SERVER_ERROR" as const;
  return "UNKNOWN" as const;
};

/** GETs a file with the token; the body as a Blob and the server's file name. */
export async function fetchFile(
  url: string,
  options: DownloadOptions,
): Promise<{ blob: Blob; fileName: string | null }> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(url, {
      method: "GET",
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new GraphQLRequestError("无法连接服务器，请检查网络后重试", "NETWORK_ERROR");
  }
  if (!response.ok) {
    let message = `下载失败（HTTP ${response.status}）`;
    let code: unknown;
    let requestId = response.headers.get("x-request-id");
    try {
      const body = (await response.json()) as {
        errors?: { message?: unknown; extensions?: { code?: unknown; requestId?: unknown } }[];
      };
      const first = body.errors?.[0];
      if (typeof first?.message === "string") message = first.message;
      code = first?.extensions?.code;
      if (typeof first?.extensions?.requestId === "string") requestId = first.extensions.requestId;
    } catch {
      // not JSON: keep the status message
    }
    throw new GraphQLRequestError(message, codeOfStatus(response.status, code), requestId);
  }
  const blob = await response.blob();
  return { blob, fileName: fileNameOf(response.headers.get("content-disposition")) };
}

/** Hands a Blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  try {
    const a = doc.createElement("a");
    a.href = url;
    a.download = fileName;
    a.style.display = "none";
    doc.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Revoked after the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** The bulletin workbook's address. */
export function bulletinXlsxUrl(period: string, metric: string, category: string | null): string {
  const params = new URLSearchParams({ period, metric });
  if (category) params.set("category", category);
  return `/export/bulletin.xlsx?${params.toString()}`;
}
