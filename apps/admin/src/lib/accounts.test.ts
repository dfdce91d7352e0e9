import { describe, expect, it } from "vitest";
import { changeLine, entityLabel, operationLabel, toCreateUserInput } from "./accounts";

describe("account forms", () => {
  it("send no password (the server generates one) and a county only for roles that have one", () => {
    expect(
      toCreateUserInput({
        username: " TBS-Staff ",
        displayName: "调兵山市组织部",
        role: "COUNTY_ADMIN",
        countyCode: "211281",
      }),
    ).toEqual({
      username: "tbs-staff",
      displayName: "调兵山市组织部",
      role: "COUNTY_ADMIN",
      countyCode: "211281",
    });
    expect(toCreateUserInput({ username: "rev", role: "REVIEWER", countyCode: "211281", displayName: " " })).toEqual({
      username: "rev",
      role: "REVIEWER",
    });
  });
});

describe("the audit trail in Chinese", () => {
  it("names operations and entities, unknown ones as they are", () => {
    expect(operationLabel("createLeader")).toBe("登记领导任职");
    expect(operationLabel("somethingNew")).toBe("somethingNew");
    expect(entityLabel("Park")).toBe("园区");
  });
  it("shows a change as before → after", () => {
    expect(changeLine({ field: "name", before: '"甲"', after: '"乙"' })).toBe("name：甲 → 乙");
    expect(changeLine({ field: "disabled", before: "false", after: "true" })).toBe("disabled：否 → 是");
    expect(changeLine({ field: "termEnd", before: null, after: '"2026-11-20"' })).toBe("termEnd：空 → 2026-11-20");
  });
});
