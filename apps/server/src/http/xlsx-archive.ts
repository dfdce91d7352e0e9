/**
 * An uploaded .xlsx is a zip archive: before any Excel parsing, its central directory is read and
 * every entry is inflated once, as a stream whose output is counted and thrown away, so that a small
 * file inflating to hundreds of megabytes (a zip bomb) is refused with 413 before it is held in
 * memory. The directory's declared sizes are checked first (cheap), then the real ones while
 * inflating (a directory can lie). Worksheet rows are counted while inflating: past the row cap
 * the reading stops there.
 */
import { createInflateRaw } from "node:zlib";
import { HttpError } from "./server.js";

export interface ArchiveLimits {
  /** Entries (files) in the archive. */
  readonly maxEntries: number;
  /** Inflated bytes of one entry. */
  readonly maxEntryBytes: number;
  /** Inflated bytes of all entries together. */
  readonly maxTotalBytes: number;
  /** `<row` elements of one worksheet (the header row included). */
  readonly maxSheetRows: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const notXlsx = () => new HttpError(415, "无法读取该文件：不是有效的 Excel（.xlsx）工作簿");
const mb = (bytes: number) => Math.ceil(bytes / MB);

/** The central directory's entries (throws 415 for a damaged archive, 413 for too many entries). */
export function centralDirectory(file: Buffer, limits: ArchiveLimits): Entry[] {
  const floor = Math.max(0, file.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = file.length - 22; i >= floor; i--) {
    if (file.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx();
  const count = file.readUInt16LE(eocd + 10);
  const offset = file.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new HttpError(413, "Excel 文件过大（ZIP64 格式），请分批导入");
  }
  if (count > limits.maxEntries) {
    throw new HttpError(413, `Excel 文件包含的部件过多（${count} 个，上限 ${limits.maxEntries} 个）`);
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL) throw notXlsx();
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    entries.push({
      method: file.readUInt16LE(at + 10),
      compressedSize: file.readUInt32LE(at + 20),
      size: file.readUInt32LE(at + 24),
      name: file.toString("utf8", at + 46, at + 46 + nameLength),
      localOffset: file.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Checks an uploaded .xlsx against the limits, reading no more than the limits allow: throws
 * HttpError 413 (with what was over) or 415 (not a readable archive).
 */
export async function checkXlsxArchive(file: Buffer, limits: ArchiveLimits): Promise<void> {
  const entries = centralDirectory(file, limits);
  let declared = 0;
  for (const entry of entries) {
    if (entry.size > limits.maxEntryBytes) throw entryTooLarge(entry, entry.size, limits);
    declared += entry.size;
  }
  if (declared > limits.maxTotalBytes) throw totalTooLarge(declared, limits);
  let total = 0;
  for (const entry of entries) {
    total += await inflatedSize(file, entry, limits, limits.maxTotalBytes - total);
  }
}

function entryTooLarge(entry: Entry, size: number, limits: ArchiveLimits): HttpError {
  return new HttpError(
    413,
    `Excel 文件解压后过大：部件 ${entry.name} 超过 ${mb(Math.min(size, limits.maxEntryBytes + 1))} MB（单个部件上限 ${mb(limits.maxEntryBytes)} MB），请分批导入`,
  );
}

function totalTooLarge(size: number, limits: ArchiveLimits): HttpError {
  return new HttpError(
    413,
    `Excel 文件解压后过大（超过 ${mb(Math.min(size, limits.maxTotalBytes + 1))} MB，上限 ${mb(limits.maxTotalBytes)} MB），请分批导入`,
  );
}

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
const ROW_TAG = Buffer.from("<row");
const TAG_END = new Set([0x20, 0x3e, 0x2f, 0x09, 0x0a, 0x0d]);

/**
 * `<row` tags in `chunk`, counted once the character after the tag is known: those starting in the
 * previous chunk's last bytes (`tail`), then those inside the chunk (one at its very end is counted
 * with the next chunk, as part of its tail). No copy of the chunk is made.
 */
function rowTags(tail: Buffer, chunk: Buffer): number {
  let count = 0;
  if (tail.length > 0) {
    const edge = Buffer.concat([tail, chunk.subarray(0, ROW_TAG.length)]);
    for (let i = edge.indexOf(ROW_TAG); i >= 0 && i < tail.length; i = edge.indexOf(ROW_TAG, i + 1)) {
      const next = edge[i + ROW_TAG.length];
      if (next !== undefined && TAG_END.has(next)) count += 1;
    }
  }
  for (let i = chunk.indexOf(ROW_TAG); i >= 0; i = chunk.indexOf(ROW_TAG, i + 1)) {
    const next = chunk[i + ROW_TAG.length];
    if (next === undefined) break;
    if (TAG_END.has(next)) count += 1;
  }
  return count;
}

/**
 * Inflates one entry as a stream, counting (and dropping) its output; stops as soon as the entry
 * is over its size (declared or limit), the archive over what is left of its total, or a
 * worksheet over the row cap.
 */
function inflatedSize(file: Buffer, entry: Entry, limits: ArchiveLimits, remaining: number): Promise<number> {
  const at = entry.localOffset;
  if (at + 30 > file.length || file.readUInt32LE(at) !== LOCAL) return Promise.reject(notXlsx());
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  const data = file.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return Promise.reject(notXlsx());
  if (entry.method === 0) return Promise.resolve(data.length);
  if (entry.method !== 8) return Promise.reject(notXlsx());
  const cap = Math.min(entry.size, limits.maxEntryBytes);
  const countRows = isWorksheet(entry.name);
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    let size = 0;
    let rows = 0;
    let tail = Buffer.alloc(0);
    let done = false;
    const finish = (error: Error | null) => {
      if (done) return;
      done = true;
      inflate.destroy();
      if (error) reject(error);
      else resolve(size);
    };
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > remaining) return finish(totalTooLarge(limits.maxTotalBytes + 1, limits));
      if (size > cap) {
        return finish(
          size > limits.maxEntryBytes
            ? entryTooLarge(entry, size, limits)
            : new HttpError(415, `无法读取该文件：部件 ${entry.name} 的实际大小与目录不符`),
        );
      }
      if (countRows) {
        rows += rowTags(tail, chunk);
        const source = chunk.length >= ROW_TAG.length ? chunk : Buffer.concat([tail, chunk]);
        tail = Buffer.from(source.subarray(Math.max(0, source.length - ROW_TAG.length)));
        if (rows > limits.maxSheetRows) {
          return finish(
            new HttpError(413, `一次最多导入${limits.maxSheetRows - 1}行（工作表 ${entry.name} 超过），请分批导入`),
          );
        }
      }
    });
    inflate.on("end", () => finish(null));
    inflate.on("error", () => finish(notXlsx()));
    inflate.end(data);
  });
}
