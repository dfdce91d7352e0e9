/**
 * 机构与人员's forms → the API's inputs, and how a leader's term reads. Dates are the form's
 * `YYYY-MM-DD` strings; empty optional texts are left out on create and sent as "" (clear) on edit.
 */
import type {
  CreateLeaderInput,
  CreateParkInput,
  LeaderLevel,
  UpdateLeaderInput,
  UpdateParkInput,
} from "../gql/graphql";

export interface LeaderFormValues {
  name: string;
  title: string;
  phone?: string;
  sortOrder?: number | null;
  termStart: string;
  organizationHead?: boolean;
}

export const LEADER_FIELDS = ["name", "title", "phone", "sortOrder", "termStart", "organizationHead"] as const;

export function toCreateLeaderInput(
  values: LeaderFormValues,
  level: LeaderLevel,
  countyCode: string | null,
): CreateLeaderInput {
  const input: CreateLeaderInput = {
    level,
    name: values.name.trim(),
    title: values.title.trim(),
    termStart: values.termStart,
  };
  if (countyCode) input.countyCode = countyCode;
  const phone = values.phone?.trim();
  if (phone) input.phone = phone;
  if (values.sortOrder != null) input.sortOrder = values.sortOrder;
  if (level === "COUNTY") input.organizationHead = values.organizationHead === true;
  return input;
}

/** Only what changed is sent; a cleared phone is sent as "" (the API clears it). */
export function toUpdateLeaderInput(
  leaderId: string,
  before: {
    name: string;
    title: string;
    phone: string | null;
    sortOrder: number;
    termStart: string | null;
    organizationHead: boolean;
  },
  values: LeaderFormValues,
): UpdateLeaderInput {
  const input: UpdateLeaderInput = { leaderId };
  if (values.name.trim() !== before.name) input.name = values.name.trim();
  if (values.title.trim() !== before.title) input.title = values.title.trim();
  const phone = values.phone?.trim() ?? "";
  if (phone !== (before.phone ?? "")) input.phone = phone;
  if (values.sortOrder != null && values.sortOrder !== before.sortOrder) input.sortOrder = values.sortOrder;
  if (values.termStart && values.termStart !== before.termStart) input.termStart = values.termStart;
  if ((values.organizationHead === true) !== before.organizationHead)
    input.organizationHead = values.organizationHead === true;
  return input;
}

/** 任期: "2021-06-01 至今", "2019-01-01 至 2024-01-05（已离任）", "任职日期未登记". */
export function termLabel(leader: { termStart: string | null; termEnd: string | null }): string {
  const start = leader.termStart ?? "任职日期未登记";
  if (leader.termEnd === null) return leader.termStart ? `${start} 至今` : start;
  return `${start} 至 ${leader.termEnd}（已离任）`;
}

export interface ParkFormValues {
  name: string;
  workCommitteeName?: string;
  workCommitteeSecretary?: string;
  workCommitteePhone?: string;
}

export const PARK_FIELDS = ["name", "workCommitteeName", "workCommitteeSecretary", "workCommitteePhone"] as const;

export function toCreateParkInput(values: ParkFormValues, countyCode: string): CreateParkInput {
  const input: CreateParkInput = { countyCode, name: values.name.trim() };
  for (const key of ["workCommitteeName", "workCommitteeSecretary", "workCommitteePhone"] as const) {
    const v = values[key]?.trim();
    if (v) input[key] = v;
  }
  return input;
}

export function toUpdateParkInput(parkId: string, values: ParkFormValues): UpdateParkInput {
  return {
    parkId,
    name: values.name.trim(),
    workCommitteeName: values.workCommitteeName?.trim() ?? "",
    workCommitteeSecretary: values.workCommitteeSecretary?.trim() ?? "",
    workCommitteePhone: values.workCommitteePhone?.trim() ?? "",
  };
}
