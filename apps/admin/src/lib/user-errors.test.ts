import { describe, expect, it, vi } from "vitest";
import { applyUserErrors, mapUserErrors, namePathOf } from "./user-errors";

describe("namePathOf", () => {
  it("drops the leading input and turns list indexes into numbers", () => {
    expect(namePathOf(["input", "organizationId"])).toEqual(["organizationId"]);
    expect(namePathOf(["input", "allocations", "2", "quota"])).toEqual(["allocations", 2, "quota"]);
    expect(namePathOf(["first"])).toEqual(["first"]);
    expect(namePathOf(["input", "a01"])).toEqual(["a01"]);
  });
});

describe("mapUserErrors", () => {
  const fields = ["username", "password", "allocations"];

  it("puts an error on its field", () => {
    const mapped = mapUserErrors(
      [{ code: "INVALID_INPUT", field: ["input", "password"], message: "用户名或密码错误" }],
      fields,
    );
    expect(mapped).toEqual({ fields: [{ name: ["password"], errors: ["用户名或密码错误"] }], general: [] });
  });

  it("keeps errors without a field, or on a field the form lacks, for above the form", () => {
    const mapped = mapUserErrors(
      [
        { code: "QUOTA_EXCEEDED", field: null, message: "名额已满" },
        { code: "NOT_FOUND", field: ["input", "organizationId"], message: "组织不存在" },
        { code: "CONFLICT", message: "数据已被他人修改" },
      ],
      fields,
    );
    expect(mapped.fields).toEqual([]);
    expect(mapped.general).toEqual(["名额已满", "组织不存在", "数据已被他人修改"]);
  });

  it("groups several errors of one field, without repeating a message, in the server's order", () => {
    const mapped = mapUserErrors(
      [
        { field: ["input", "allocations", "1", "quota"], message: "不能小于已用名额" },
        { field: ["input", "username"], message: "请输入用户名" },
        { field: ["input", "allocations", "1", "quota"], message: "须为整数" },
        { field: ["input", "allocations", "1", "quota"], message: "须为整数" },
      ],
      fields,
    );
    expect(mapped.fields).toEqual([
      { name: ["allocations", 1, "quota"], errors: ["不能小于已用名额", "须为整数"] },
      { name: ["username"], errors: ["请输入用户名"] },
    ]);
    expect(mapped.general).toEqual([]);
  });
});

describe("applyUserErrors", () => {
  it("sets the field errors on the form and returns the rest", () => {
    const setFields = vi.fn();
    const general = applyUserErrors<{ password: string; username: string }>(
      { setFields },
      [
        { field: ["input", "password"], message: "用户名或密码错误" },
        { field: null, message: "账号已停用" },
      ],
      ["username", "password"],
    );
    expect(setFields).toHaveBeenCalledWith([{ name: ["password"], errors: ["用户名或密码错误"] }]);
    expect(general).toEqual(["账号已停用"]);
  });

  it("does not touch the form when no error belongs to a field", () => {
    const setFields = vi.fn();
    expect(applyUserErrors<{ name: string }>({ setFields }, [{ message: "失败" }], ["name"])).toEqual(["失败"]);
    expect(setFields).not.toHaveBeenCalled();
  });
});
