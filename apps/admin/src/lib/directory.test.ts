import { describe, expect, it } from "vitest";
import { termLabel, toCreateLeaderInput, toCreateParkInput, toUpdateLeaderInput, toUpdateParkInput } from "./directory";

describe("leader forms", () => {
  it("create a county leader with the 组织部长 flag; a city leader without county or flag", () => {
    const values = {
      name: " 周新 ",
      title: "市委常委、组织部长",
      phone: " ",
      termStart: "2026-11-20",
      organizationHead: true,
    };
    expect(toCreateLeaderInput(values, "COUNTY", "211281")).toEqual({
      level: "COUNTY",
      countyCode: "211281",
      name: "周新",
      title: "市委常委、组织部长",
      termStart: "2026-11-20",
      organizationHead: true,
    });
    expect(toCreateLeaderInput({ ...values, sortOrder: 3 }, "CITY", null)).toEqual({
      level: "CITY",
      name: "周新",
      title: "市委常委、组织部长",
      termStart: "2026-11-20",
      sortOrder: 3,
    });
  });

  it("send only what changed on edit; a cleared phone as an empty string", () => {
    const before = {
      name: "王明",
      title: "副县长",
      phone: "024-1",
      sortOrder: 4,
      termStart: null,
      organizationHead: false,
    };
    expect(
      toUpdateLeaderInput("L1", before, { name: "王明", title: "副县长", phone: "", sortOrder: 4, termStart: "" }),
    ).toEqual({
      leaderId: "L1",
      phone: "",
    });
    expect(
      toUpdateLeaderInput("L1", before, {
        name: "王敏",
        title: "副县长",
        phone: "024-1",
        sortOrder: 2,
        termStart: "2022-01-01",
        organizationHead: true,
      }),
    ).toEqual({ leaderId: "L1", name: "王敏", sortOrder: 2, termStart: "2022-01-01", organizationHead: true });
  });

  it("read a term", () => {
    expect(termLabel({ termStart: "2021-06-01", termEnd: null })).toBe("2021-06-01 至今");
    expect(termLabel({ termStart: null, termEnd: null })).toBe("任职日期未登记");
    expect(termLabel({ termStart: "2019-01-01", termEnd: "2024-01-05" })).toBe("2019-01-01 至 2024-01-05（已离任）");
  });
});

describe("park forms", () => {
  it("leave empty texts out on create and clear them on edit", () => {
    expect(
      toCreateParkInput({ name: " 新材料园 ", workCommitteeName: "新材料园党工委", workCommitteePhone: " " }, "211281"),
    ).toEqual({
      countyCode: "211281",
      name: "新材料园",
      workCommitteeName: "新材料园党工委",
    });
    expect(toUpdateParkInput("P1", { name: "新材料园" })).toEqual({
      parkId: "P1",
      name: "新材料园",
      workCommitteeName: "",
      workCommitteeSecretary: "",
      workCommitteePhone: "",
    });
  });
});
