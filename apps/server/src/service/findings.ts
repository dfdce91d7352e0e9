/** The domain's findings (a Verdict's errors) as a refusal: each message on its input field. */
import { problem, Refusal, type UserErrorCode } from "./outcome.js";

export function refuseFindings(
  findings: readonly { message: string; field?: readonly string[] }[],
  code: UserErrorCode = "INVALID_INPUT",
): Refusal {
  return new Refusal(findings.map((f) => problem(code, f.message, f.field ? ["input", ...f.field] : null)));
}
