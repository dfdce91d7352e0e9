/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character set
 * (no I, O, Z, S, V): registration authority (1), organization type (1), administrative division (6),
 * the organization's identifier per GB 11714 (9, with its own check character) and a check character.
 * Old units still carry legacy numbers (15-digit business registration numbers, 9-character
 * organization codes) or codes with a bad check character: those are warnings, not errors, since the
 * ledger must be able to record them (§6).
 */
import { type Finding, type Verdict, verdict } from "./result.js";

export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The check character of a code's first 17 characters (which must be from the charset). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] as number);
  const c = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET.charAt(c === 31 ? 0 : c);
}

/** GB 11714 check character of an organization code's first 8 characters (digits and A–Z). */
export function organizationCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(first8.charAt(i), 36) * (ORG_CODE_WEIGHTS[i] as number);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** Full-width to half-width, upper case, no spaces or hyphens: codes as people type them. */
export function normalizeCreditCode(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-－—]/g, "")
    .toUpperCase();
}

export type CreditCodeKind = "UNIFIED" | "LEGACY_REGISTRATION_NUMBER" | "LEGACY_ORGANIZATION_CODE";

export type CreditCodeRule =
  | "EMPTY"
  | "INVALID_FORMAT"
  | "CHECKSUM_MISMATCH"
  | "ORGANIZATION_CODE_MISMATCH"
  | "LEGACY_CODE";

export interface CreditCodeVerdict extends Verdict<CreditCodeRule> {
  /** The code as stored: normalized. */
  readonly normalized: string;
  readonly kind: CreditCodeKind | null;
}

const UNIFIED_RE = new RegExp(`^[${CREDIT_CODE_CHARSET}]{18}$`);
const REGISTRATION_RE = /^\d{15}$/;
const ORG_CODE_RE = /^[0-9A-Z]{8}[0-9X]$/;

export function validateCreditCode(raw: string): CreditCodeVerdict {
  const normalized = normalizeCreditCode(raw);
  const errors: Finding<CreditCodeRule>[] = [];
  const warnings: Finding<CreditCodeRule>[] = [];
  let kind: CreditCodeKind | null = null;
  if (normalized === "") {
    errors.push({ code: "EMPTY", message: "统一社会信用代码为空" });
  } else if (UNIFIED_RE.test(normalized)) {
    kind = "UNIFIED";
    const expected = creditCodeCheckChar(normalized.slice(0, 17));
    if (normalized.charAt(17) !== expected) {
      warnings.push({
        code: "CHECKSUM_MISMATCH",
        message: `统一社会信用代码校验位不符（应为 ${expected}），请核对；旧代码可先登记`,
      });
    } else if (/^[0-9A-Z]{8}[0-9X]$/.test(normalized.slice(8, 17))) {
      const orgCheck = organizationCodeCheckChar(normalized.slice(8, 16));
      if (normalized.charAt(16) !== orgCheck) {
        warnings.push({ code: "ORGANIZATION_CODE_MISMATCH", message: "代码中的组织机构代码校验位不符，请核对" });
      }
    }
  } else if (REGISTRATION_RE.test(normalized)) {
    kind = "LEGACY_REGISTRATION_NUMBER";
    warnings.push({ code: "LEGACY_CODE", message: "这是15位旧工商注册号，请在换发后更新为统一社会信用代码" });
  } else if (ORG_CODE_RE.test(normalized)) {
    kind = "LEGACY_ORGANIZATION_CODE";
    warnings.push({ code: "LEGACY_CODE", message: "这是9位旧组织机构代码，请在换发后更新为统一社会信用代码" });
  } else {
    errors.push({
      code: "INVALID_FORMAT",
      message: "统一社会信用代码应为18位（数字或除 I、O、Z、S、V 以外的大写字母）",
    });
  }
  return { ...verdict(errors, warnings), normalized, kind };
}
