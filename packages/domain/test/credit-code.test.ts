import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CREDIT_CODE_CHARSET, creditCodeCheckChar, normalizeCreditCode, validateCreditCode } from "../src/index.js";

describe("统一社会信用代码 (GB 32100)", () => {
  it("accepts codes with a valid check character", () => {
    for (const code of ["91350100M000100Y43", "91110000100006485K", "91310000MA1FL1MMXL"]) {
      expect(validateCreditCode(code)).toMatchObject({ valid: true, kind: "UNIFIED", warnings: [] });
    }
  });

  it("warns on a bad check character (old codes exist), naming the expected one", () => {
    const v = validateCreditCode("91350100M000100Y44");
    expect(v.valid).toBe(true);
    expect(v.warnings).toEqual([
      expect.objectContaining({ code: "CHECKSUM_MISMATCH", message: expect.stringContaining("3") }),
    ]);
  });

  it("warns on legacy numbers: 15-digit registration numbers and 9-character organization codes", () => {
    expect(validateCreditCode("211200000012345")).toMatchObject({ valid: true, kind: "LEGACY_REGISTRATION_NUMBER" });
    expect(validateCreditCode("12345678-9").warnings[0]?.code).toBe("LEGACY_CODE");
  });

  it("normalizes codes as people type them: full-width, lower case, spaces", () => {
    expect(normalizeCreditCode(" ９１３５０１００ｍ０００１００ｙ４３ ")).toBe("91350100M000100Y43");
    expect(validateCreditCode("91350100 m000100 y43").valid).toBe(true);
  });

  it("refuses empty input and what is no code at all", () => {
    expect(validateCreditCode("  ").errors[0]?.code).toBe("EMPTY");
    expect(validateCreditCode("91350100M000100YI3").errors[0]?.code).toBe("INVALID_FORMAT"); // I is not in the set
    expect(validateCreditCode("12345").errors[0]?.code).toBe("INVALID_FORMAT");
  });

  it("any 17 characters from the set plus their check character validate (property)", () => {
    const body = fc
      .array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(body, (first17) => {
        const code = first17 + creditCodeCheckChar(first17);
        const v = validateCreditCode(code);
        expect(v.valid).toBe(true);
        expect(v.warnings.map((w) => w.code)).not.toContain("CHECKSUM_MISMATCH");
      }),
    );
  });

  it("catches every single-character substitution (property)", () => {
    const body = fc
      .array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(body, fc.nat({ max: 16 }), fc.constantFrom(...CREDIT_CODE_CHARSET), (first17, at, ch) => {
        fc.pre(first17.charAt(at) !== ch);
        const code = first17 + creditCodeCheckChar(first17);
        const typo = code.slice(0, at) + ch + code.slice(at + 1);
        expect(validateCreditCode(typo).warnings.map((w) => w.code)).toContain("CHECKSUM_MISMATCH");
      }),
    );
  });
});
