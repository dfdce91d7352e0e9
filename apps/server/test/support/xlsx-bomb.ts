/**
 * Hostile workbooks, generated: the import template with its ledger sheet swapped for one that
 * inflates to hundreds of megabytes, has more rows than the cap, or whose directory lies about its
 * size; and an archive of too many entries. Each is a well-formed zip (CRCs and sizes right, unless
 * lying is the point).
 */
import { createDeflateRaw, inflateRawSync } from "node:zlib";
import { templateWorkbook } from "../../src/http/ledger-sheet.js";
import { centralDirectory } from "../../src/http/xlsx-archive.js";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(crc: number, data: Buffer): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** CRC of `times` repetitions of `chunk` (repetitions of one buffer: computed once per distinct state). */
function crcOfRepeats(crc: number, chunk: Buffer, times: number): number {
  let c = crc;
  for (let i = 0; i < times; i++) c = crc32(c, chunk);
  return c;
}

interface ZipEntry {
  readonly name: string;
  readonly compressed: Buffer;
  readonly crc: number;
  readonly size: number;
}

async function deflated(parts: { chunk: Buffer; times: number }[]): Promise<ZipEntry["compressed"]> {
  const deflate = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => deflate.on("end", resolve));
  for (const { chunk, times } of parts) {
    for (let i = 0; i < times; i++) {
      if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
    }
  }
  deflate.end();
  await ended;
  return Buffer.concat(out);
}

async function entryOf(name: string, parts: { chunk: Buffer; times: number }[]): Promise<ZipEntry> {
  let crc = 0;
  let size = 0;
  for (const { chunk, times } of parts) {
    crc = times > 1 ? crcOfRepeats(crc, chunk, times) : crc32(crc, chunk);
    size += chunk.length * times;
  }
  return { name, compressed: await deflated(parts), crc, size };
}

/** A zip of deflated entries; `declare` overrides the size the directory states (to lie). */
export function zip(entries: ZipEntry[], declare: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const size = declare[e.name] ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET = "xl/worksheets/sheet1.xml";

/** The import template's entries, inflated (to rebuild it with one part swapped). */
async function templateEntries(): Promise<{ name: string; data: Buffer }[]> {
  const file = await templateWorkbook();
  const limits = { maxEntries: 1000, maxEntryBytes: 1e9, maxTotalBytes: 1e9, maxSheetRows: 1e9 };
  return centralDirectory(file, limits).map((e) => {
    const start = e.localOffset + 30 + file.readUInt16LE(e.localOffset + 26) + file.readUInt16LE(e.localOffset + 28);
    const raw = file.subarray(start, start + e.compressedSize);
    return { name: e.name, data: e.method === 8 ? inflateRawSync(raw) : Buffer.from(raw) };
  });
}

/** The template with its first sheet replaced by `head`, `filler` × `times`, `foot`. */
async function withSheet(
  head: string,
  filler: Buffer,
  times: number,
  foot: string,
  declare: Record<string, number> = {},
) {
  const entries: ZipEntry[] = [];
  for (const e of await templateEntries()) {
    if (e.name === SHEET) {
      entries.push(
        await entryOf(SHEET, [
          { chunk: Buffer.from(head), times: 1 },
          { chunk: filler, times },
          { chunk: Buffer.from(foot), times: 1 },
        ]),
      );
    } else {
      entries.push(await entryOf(e.name, [{ chunk: e.data, times: 1 }]));
    }
  }
  return zip(entries, declare);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>单位名称</t></is></c></row>';
const SHEET_FOOT = "</sheetData></worksheet>";

/** A valid .xlsx of about 1 MB whose ledger sheet inflates to `megabytes` MB (whitespace). */
export function inflationBomb(megabytes: number): Promise<Buffer> {
  return withSheet(SHEET_HEAD, Buffer.alloc(1024 * 1024, 0x20), megabytes, SHEET_FOOT);
}

/** The same bomb, its directory declaring the sheet a few kilobytes. */
export function lyingBomb(megabytes: number): Promise<Buffer> {
  return withSheet(SHEET_HEAD, Buffer.alloc(1024 * 1024, 0x20), megabytes, SHEET_FOOT, { [SHEET]: 4096 });
}

/** A small .xlsx whose sheet has `rows` empty rows after the header (a few MB inflated). */
export function rowBomb(rows: number): Promise<Buffer> {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 2}"/>`).join("");
  return withSheet(SHEET_HEAD, Buffer.from(body), 1, SHEET_FOOT);
}

/** An archive of `count` tiny entries. */
export async function entryBomb(count: number): Promise<Buffer> {
  const entries: ZipEntry[] = [];
  const one = await entryOf("x", [{ chunk: Buffer.from("x"), times: 1 }]);
  for (let i = 0; i < count; i++) entries.push({ ...one, name: `xl/media/f${i}.bin` });
  return zip(entries);
}
