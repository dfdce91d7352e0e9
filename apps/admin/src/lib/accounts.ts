/**
 * 账号管理 and 审计日志: what the forms send and how the trail reads in Chinese. The names of
 * operations and entities are the API's (the mutation, the kind of entity); unknown ones show as is.
 */
import type { CreateUserInput, Role } from "../gql/graphql";

export interface NewAccountValues {
  username: string;
  displayName?: string;
  role: Role;
  countyCode?: string | null;
}

/** Roles that belong to a county: a county admin must have one; a viewer may. */
export const roleNeedsCounty = (role: Role): boolean => role === "COUNTY_ADMIN";
export const roleMayHaveCounty = (role: Role): boolean => role === "COUNTY_ADMIN" || role === "VIEWER";

/** The server generates the password (shown once): none is sent. */
export function toCreateUserInput(values: NewAccountValues): CreateUserInput {
  const input: CreateUserInput = { username: values.username.trim().toLowerCase(), role: values.role };
  const display = values.displayName?.trim();
  if (display) input.displayName = display;
  if (roleMayHaveCounty(values.role) && values.countyCode) input.countyCode = values.countyCode;
  return input;
}

export const OPERATION_LABELS: Readonly<Record<string, string>> = {
  createOrganization: "新增组织",
  updateOrganization: "编辑组织",
  foundBranch: "成立党组织",
  updateBranch: "调整党组织",
  dissolveBranch: "撤销党组织",
  dispatchLiaison: "选派联络员",
  endLiaisonAssignment: "结束派驻",
  importOrganizations: "导入台账",
  createUser: "新增账号",
  updateUser: "修改账号",
  resetUserPassword: "重置密码",
  setUserDisabled: "停用/启用账号",
  changeOwnPassword: "修改本人密码",
  setupFirstAdmin: "系统初始化",
  createLeader: "登记领导任职",
  updateLeader: "编辑领导信息",
  endLeaderTerm: "登记领导离任",
  createPark: "新增园区",
  updatePark: "编辑园区",
  assignContactPoint: "确定联系点",
  endContactPoint: "结束联系点",
  reportContactPointList: "报送联系点名单",
  setQuotaPlan: "设定示范点名额",
  nominateDemonstrationSite: "推荐示范点",
  reviewDemonstrationSite: "审核示范点",
  assessFiveHaves: "五有评估",
  advanceExcellenceStep: "创先争优环节",
  createTrainingCourse: "新增培训班",
  recordTrainingAttendance: "登记培训",
  rateBranchStars: "星级评定",
  recordJointMeeting: "登记联席会",
  prepareMonthlyReport: "准备月报",
  submitMonthlyReport: "报送月报",
  returnMonthlyReport: "退回月报",
  acceptMonthlyReport: "接收月报",
  recordLiaisonWorkTarget: "确定联络员工作目标",
  completeLiaisonWorkTarget: "完成联络员工作目标",
};

export const ENTITY_LABELS: Readonly<Record<string, string>> = {
  Organization: "组织",
  Branch: "党组织",
  Liaison: "联络员",
  User: "账号",
  Leader: "领导干部",
  Park: "园区",
  ContactPoint: "联系点",
  ContactListReport: "联系点名单",
  DemonstrationSite: "示范点",
  QuotaPlan: "名额计划",
  MonthlyReport: "月报",
  TrainingCourse: "培训班",
  JointMeeting: "联席会",
  LiaisonWorkTarget: "联络员工作目标",
};

export const operationLabel = (op: string): string => OPERATION_LABELS[op] ?? op;
export const entityLabel = (type: string): string => ENTITY_LABELS[type] ?? type;

/** A changed field as a line: "名称：甲 → 乙" (JSON values shown plainly; null as 空). */
export function changeLine(change: { field: string; before?: string | null; after?: string | null }): string {
  const show = (json: string | null | undefined) => {
    if (json == null) return "空";
    try {
      const v = JSON.parse(json) as unknown;
      if (typeof v === "string") return v;
      if (typeof v === "boolean") return v ? "是" : "否";
      return JSON.stringify(v);
    } catch {
      return json;
    }
  };
  return `${change.field}：${show(change.before)} → ${show(change.after)}`;
}
