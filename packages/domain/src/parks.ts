/**
 * Industrial parks (工业园区) and their party working committees (党工委), §2: a park lies in one
 * county; its 工委 has a name and a secretary (书记) the department contacts. The speech names the
 * parks' party building a weak link, so the ledger records which units lie in which park.
 */
import { isCountyCode } from "./hierarchy.js";
import { isPhone, MAX_LEADER_NAME_LENGTH, MAX_PHONE_LENGTH } from "./leaders.js";
import { type Finding, type Verdict, verdict } from "./result.js";

export const MAX_PARK_NAME_LENGTH = 100;

export type ParkRuleCode =
  | "NAME_REQUIRED"
  | "NAME_TOO_LONG"
  | "UNKNOWN_COUNTY"
  | "NAME_TAKEN"
  | "COMMITTEE_NAME_TOO_LONG"
  | "SECRETARY_TOO_LONG"
  | "PHONE_INVALID";

export interface ParkValues {
  readonly countyCode: string;
  readonly name: string;
  /** The park's 党工委, e.g. 调兵山市工业园区党工委; null when it has none yet. */
  readonly workCommitteeName: string | null;
  /** The 工委's secretary (书记). */
  readonly workCommitteeSecretary: string | null;
  readonly workCommitteePhone: string | null;
}

/**
 * Checks a park's values; `otherNames` are the names of the county's other parks (a name is unique
 * within its county, so an import can find the park by it).
 */
export function validatePark(v: ParkValues, otherNames: readonly string[]): Verdict<ParkRuleCode> {
  const errors: Finding<ParkRuleCode>[] = [];
  const name = v.name.trim();
  if (name === "") errors.push({ code: "NAME_REQUIRED", message: "园区名称不能为空", field: ["name"] });
  if (name.length > MAX_PARK_NAME_LENGTH) {
    errors.push({ code: "NAME_TOO_LONG", message: `园区名称最多${MAX_PARK_NAME_LENGTH}个字符`, field: ["name"] });
  }
  if (!isCountyCode(v.countyCode)) {
    errors.push({ code: "UNKNOWN_COUNTY", message: `未知的县（市）区代码：${v.countyCode}`, field: ["countyCode"] });
  }
  if (name !== "" && otherNames.some((n) => n.trim() === name)) {
    errors.push({ code: "NAME_TAKEN", message: `本县（市）区已有园区「${name}」`, field: ["name"] });
  }
  if ((v.workCommitteeName?.trim().length ?? 0) > MAX_PARK_NAME_LENGTH) {
    errors.push({
      code: "COMMITTEE_NAME_TOO_LONG",
      message: `党工委名称最多${MAX_PARK_NAME_LENGTH}个字符`,
      field: ["workCommitteeName"],
    });
  }
  if ((v.workCommitteeSecretary?.trim().length ?? 0) > MAX_LEADER_NAME_LENGTH) {
    errors.push({
      code: "SECRETARY_TOO_LONG",
      message: `书记姓名最多${MAX_LEADER_NAME_LENGTH}个字符`,
      field: ["workCommitteeSecretary"],
    });
  }
  const phone = v.workCommitteePhone?.trim() ?? "";
  if (phone !== "" && (!isPhone(phone) || phone.length > MAX_PHONE_LENGTH)) {
    errors.push({
      code: "PHONE_INVALID",
      message: "电话只能包含数字、空格和 + - ( )，3至32位",
      field: ["workCommitteePhone"],
    });
  }
  return verdict(errors, []);
}
