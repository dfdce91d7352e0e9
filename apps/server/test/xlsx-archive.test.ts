/**
 * The archive check of an uploaded workbook, without a server: rows are counted exactly across the
 * inflater's chunk boundaries (the cap admitted, one more refused), and the template passes.
 */
import { describe, expect, it } from "vitest";
import { IMPORT_ARCHIVE_LIMITS, MAX_IMPORT_ROWS, templateWorkbook } from "../src/http/ledger-sheet.js";
import { HttpError } from "../src/http/server.js";
import { checkXlsxArchive } from "../src/http/xlsx-archive.js";
import { rowBomb } from "./support/xlsx-bomb.js";

const refusal = (file: Buffer) =>
  checkXlsxArchive(file, IMPORT_ARCHIVE_LIMITS).then(
    () => null,
    (e: unknown) => (e instanceof HttpError ? [e.status, e.message] : e),
  );

describe("the archive check", () => {
  it("admits the template and a sheet of exactly the row cap; refuses one row more with 413", async () => {
    expect(await refusal(await templateWorkbook())).toBeNull();
    expect(await refusal(await rowBomb(MAX_IMPORT_ROWS))).toBeNull();
    expect(await refusal(await rowBomb(MAX_IMPORT_ROWS + 1))).toEqual([
      413,
      `一次最多导入${MAX_IMPORT_ROWS}行（工作表 xl/worksheets/sheet1.xml 超过），请分批导入`,
    ]);
  });

  it("refuses what is not a zip archive with 415", async () => {
    expect(await refusal(Buffer.from("PK\u0003\u0004 not really a zip"))).toEqual([
      415,
      "无法读取该文件：不是有效的 Excel（.xlsx）工作簿",
    ]);
  });
});
