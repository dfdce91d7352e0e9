/**
 * Text as county staff type it, made into ledger values: stray and full-width spaces, full-width
 * digits and letters, labels in Chinese or codes, dates in the forms Chinese offices write them.
 * Used by the GraphQL writes and the Excel import alike, so that both store the same value for the
 * same text (and re-importing an export changes nothing).
 */
import {
  CATEGORY_LABELS,
  COUNTIES,
  ORGANIZATION_CATEGORIES,
  type OrganizationCategory,
  parseIsoDate,
  SUBTYPE_LABELS,
} from "@liangxin/domain";

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u3000]+/g;

/** Trims, drops zero-width characters and collapses runs of spaces (full-width ones too) into one. */
export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/** Full-width ASCII (Ａ１，) to half-width; the ideographic space to a space. */
export function toHalfWidth(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** A text field: cleaned, null when empty. */
export function optionalText(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const t = cleanText(raw);
  return t === "" ? null : t;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Largest count the ledger accepts (people, members): far above any real unit, far below overflow. */
export { MAX_COUNT } from "@liangxin/domain";

import { MAX_COUNT } from "@liangxin/domain";

/** A non-negative whole number from a cell: 12, "１２", " 1,200 ", "12人", "12名". */
export function parseCount(raw: unknown): Parsed<number | null> {
  if (raw == null) return ok(null);
  if (typeof raw === "number") {
    if (!Number.isInteger(raw)) return fail("须为整数");
    if (raw < 0) return fail("不能为负数");
    if (raw > MAX_COUNT) return fail(`不能超过${MAX_COUNT}`);
    return ok(raw);
  }
  const text = toHalfWidth(cleanText(String(raw)))
    .replace(/[\s,，]/g, "")
    .replace(/[人名个家]$/, "");
  if (text === "") return ok(null);
  if (/^-\d+$/.test(text)) return fail("不能为负数");
  if (!/^\d+(\.0+)?$/.test(text)) return fail(`「${cleanText(String(raw))}」不是整数`);
  const n = Number(text);
  if (n > MAX_COUNT) return fail(`不能超过${MAX_COUNT}`);
  return ok(n);
}

const YES = new Set(["是", "y", "yes", "true", "1", "√", "✓", "有", "规上", "是的"]);
const NO = new Set(["否", "n", "no", "false", "0", "×", "✗", "无", "不是", "规下"]);

/** 是/否 and its usual spellings. */
export function parseFlag(raw: unknown): Parsed<boolean | null> {
  if (raw == null) return ok(null);
  if (typeof raw === "boolean") return ok(raw);
  if (typeof raw === "number") return raw === 1 ? ok(true) : raw === 0 ? ok(false) : fail("应填「是」或「否」");
  const text = toHalfWidth(cleanText(String(raw))).toLowerCase();
  if (text === "") return ok(null);
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(`「${cleanText(String(raw))}」应为「是」或「否」`);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A calendar day: a date cell, an Excel serial number, or text such as 2023-05-31, 2023/5/31,
 * 2023.5.31, 2023年5月31日, 20230531 (full-width digits too).
 */
export function parseDay(raw: unknown): Parsed<string | null> {
  if (raw == null) return ok(null);
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail("日期无效");
    return checkDay(raw.toISOString().slice(0, 10), raw.toISOString().slice(0, 10));
  }
  if (typeof raw === "number") {
    if (!Number.isInteger(raw) || raw < 1 || raw > 400_000) return fail("日期无效");
    const day = new Date(EXCEL_EPOCH_MS + raw * 86_400_000).toISOString().slice(0, 10);
    return checkDay(day, String(raw));
  }
  const original = cleanText(String(raw));
  const text = toHalfWidth(original).replace(/\s/g, "");
  if (text === "") return ok(null);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text) ?? null;
  if (!m) return fail(`「${original}」不是日期，应写作 2023-05-31`);
  return checkDay(`${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`, original);
}

function checkDay(day: string, original: string): Parsed<string> {
  const r = parseIsoDate(day);
  return r.ok ? ok(r.value) : fail(`「${original}」不是有效日期`);
}

const CATEGORY_ALIASES: Readonly<Record<string, OrganizationCategory>> = {
  非公企业: "NON_PUBLIC_ENTERPRISE",
  非公有制企业: "NON_PUBLIC_ENTERPRISE",
  非公有制经济组织: "NON_PUBLIC_ENTERPRISE",
  非公经济组织: "NON_PUBLIC_ENTERPRISE",
  社会组织: "SOCIAL_ORGANIZATION",
  新社会组织: "SOCIAL_ORGANIZATION",
};

export function parseCategory(raw: unknown): Parsed<OrganizationCategory | null> {
  if (raw == null) return ok(null);
  const text = toHalfWidth(cleanText(String(raw))).replace(/\s/g, "");
  if (text === "") return ok(null);
  const byCode = ORGANIZATION_CATEGORIES.find((c) => c === text.toUpperCase());
  if (byCode) return ok(byCode);
  const byLabel = ORGANIZATION_CATEGORIES.find((c) => CATEGORY_LABELS[c] === text) ?? CATEGORY_ALIASES[text];
  if (byLabel) return ok(byLabel);
  return fail(`「${cleanText(String(raw))}」不是单位类别，应为「非公有制经济组织」或「新社会组织」`);
}

/** A subtype code from its code or its Chinese label (私营企业 → PRIVATE). */
export function parseSubtype(raw: unknown): Parsed<string | null> {
  if (raw == null) return ok(null);
  const text = toHalfWidth(cleanText(String(raw))).replace(/\s/g, "");
  if (text === "") return ok(null);
  for (const [code, label] of Object.entries(SUBTYPE_LABELS)) {
    if (code === text.toUpperCase() || label === text) return ok(code);
  }
  return fail(`「${cleanText(String(raw))}」不是单位类型，可填：${Object.values(SUBTYPE_LABELS).join("、")}`);
}

/** A county from its code, short name or full name (调兵山市, 211281, 铁岭经济技术开发区). */
export function parseCounty(raw: unknown): Parsed<string | null> {
  if (raw == null) return ok(null);
  const text = toHalfWidth(cleanText(String(raw))).replace(/\s/g, "");
  if (text === "") return ok(null);
  const county = COUNTIES.find((c) => c.code === text || c.name === text || c.fullName === text);
  if (county) return ok(county.code);
  return fail(`「${cleanText(String(raw))}」不是本市的县（市）区，可填：${COUNTIES.map((c) => c.name).join("、")}`);
}

/** Labels for export: the same words the import reads back. */
export const countyName = (code: string): string => COUNTIES.find((c) => c.code === code)?.name ?? code;
export const flagText = (v: boolean): string => (v ? "是" : "否");
