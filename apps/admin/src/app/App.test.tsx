/**
 * The app's routes with the real providers and a fake /graphql: signing in, the session ending
 * (server refusal or time), and what a county's user is not shown.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, useLocation } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_KEY } from "../session/session";
import { AppRoutes, Providers } from "./App";

type Handler = (variables: Record<string, unknown>, token: string | null) => unknown;

/** A fake /graphql: answers by operation name; an operation without a handler never answers. */
function fakeServer(handlers: Record<string, Handler>) {
  const calls: { operation: string; variables: Record<string, unknown>; token: string | null }[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "";
    const auth = (init.headers as Record<string, string>).authorization;
    const token = auth ? auth.replace(/^Bearer /, "") : null;
    calls.push({ operation, variables: body.variables, token });
    const handler = handlers[operation];
    if (!handler) {
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    }
    return new Response(JSON.stringify(handler(body.variables, token)), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetch);
  return { calls };
}

const cityAdmin = {
  username: "city-admin",
  displayName: null,
  role: "CITY_ADMIN",
  capabilities: ["WRITE_LEDGER", "NOMINATE_SITE", "REVIEW_SITE", "SET_QUOTA", "ASSIGN_CONTACT_POINT"],
  county: null,
};
const countyAdmin = {
  username: "county-211281",
  displayName: "调兵山市委组织部",
  role: "COUNTY_ADMIN",
  capabilities: ["WRITE_LEDGER", "NOMINATE_SITE", "ASSIGN_CONTACT_POINT"],
  county: { code: "211281", name: "调兵山市", fullName: "调兵山市" },
};

function storeSession(expiresAt: string | null = new Date(Date.now() + 3_600_000).toISOString()) {
  window.localStorage.setItem(
    SESSION_KEY,
    JSON.stringify({ token: "stored-token", username: "city-admin", expiresAt }),
  );
}

function Where() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Providers>
        <AppRoutes />
        <Where />
      </Providers>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  window.localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("登录", () => {
  it("shows the server's message under 密码 on a wrong password, and keeps no session", async () => {
    const server = fakeServer({
      Login: () => ({
        data: {
          login: {
            token: null,
            expiresAt: null,
            user: null,
            userErrors: [{ code: "INVALID_INPUT", field: ["input", "password"], message: "用户名或密码错误" }],
          },
        },
      }),
    });
    renderApp("/");
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("用户名"), "city-admin");
    await user.type(screen.getByLabelText("密码"), "wrong{Enter}");
    expect(await screen.findByText("用户名或密码错误")).toBeTruthy();
    // The login page also asks (anonymously) whether the system waits for its first admin.
    const logins = server.calls.filter((c) => c.operation !== "SetupRequired");
    expect(logins.map((c) => c.operation)).toEqual(["Login"]);
    expect(logins[0]?.variables).toEqual({ input: { username: "city-admin", password: "wrong" } });
    expect(window.localStorage.getItem(SESSION_KEY)).toBeNull();
    expect(screen.getByTestId("location").textContent).toBe("/login");
  });

  it("asks for both fields before calling the server", async () => {
    const server = fakeServer({});
    renderApp("/login");
    await userEvent.setup().click(await screen.findByRole("button", { name: "登录" }));
    expect(await screen.findByText("请输入用户名")).toBeTruthy();
    expect(await screen.findByText("请输入密码")).toBeTruthy();
    expect(server.calls.filter((c) => c.operation !== "SetupRequired")).toEqual([]);
  });

  it("on an empty system, leads to 初始化: the code creates the first admin, then 登录 with the username", async () => {
    const server = fakeServer({
      SetupRequired: () => ({ data: { setupRequired: true } }),
      SetupFirstAdmin: (variables) => {
        const input = (variables as { input: { setupCode: string } }).input;
        return {
          data: {
            setupFirstAdmin:
              input.setupCode === "ABCD-EFGH-JKLM-NPQR-STUV"
                ? { user: { username: "chen-admin" }, userErrors: [] }
                : {
                    user: null,
                    userErrors: [{ code: "INVALID_INPUT", field: ["input", "setupCode"], message: "初始化码不正确" }],
                  },
          },
        };
      },
    });
    renderApp("/login");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("link", { name: "用初始化码创建第一位市级管理员" }));
    expect(screen.getByTestId("location").textContent).toBe("/setup");
    await user.type(await screen.findByLabelText("初始化码"), "WRONG");
    await user.type(screen.getByLabelText("用户名"), "chen-admin");
    await user.type(screen.getByLabelText("密码"), "First-Admin-2026");
    await user.type(screen.getByLabelText("确认密码"), "First-Admin-2026");
    await user.click(screen.getByRole("button", { name: "创建管理员" }));
    expect(await screen.findByText("初始化码不正确")).toBeTruthy();
    await user.clear(screen.getByLabelText("初始化码"));
    await user.type(screen.getByLabelText("初始化码"), "ABCD-EFGH-JKLM-NPQR-STUV");
    await user.click(screen.getByRole("button", { name: "创建管理员" }));
    expect(await screen.findByText("管理员 chen-admin 已创建，请登录")).toBeTruthy();
    expect(screen.getByTestId("location").textContent).toBe("/login");
    expect((screen.getByLabelText("用户名") as HTMLInputElement).value).toBe("chen-admin");
    const setups = server.calls.filter((c) => c.operation === "SetupFirstAdmin");
    expect(setups.map((c) => [c.token, c.variables])).toEqual([
      [
        null,
        { input: { setupCode: "WRONG", username: "chen-admin", password: "First-Admin-2026", displayName: null } },
      ],
      [
        null,
        {
          input: {
            setupCode: "ABCD-EFGH-JKLM-NPQR-STUV",
            username: "chen-admin",
            password: "First-Admin-2026",
            displayName: null,
          },
        },
      ],
    ]);
  });

  it("signs in, keeps the token and goes back to the page that was asked for", async () => {
    const server = fakeServer({
      Login: () => ({
        data: {
          login: {
            token: "new-token",
            expiresAt: "2099-01-01T00:00:00.000Z",
            user: { username: "city-admin" },
            userErrors: [],
          },
        },
      }),
      Viewer: () => ({ data: { viewer: cityAdmin } }),
    });
    renderApp("/contact-points");
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("用户名"), "city-admin");
    await user.type(screen.getByLabelText("密码"), "right");
    await user.click(screen.getByRole("button", { name: "登录" }));
    expect(await screen.findByText(/city-admin（市级管理员）/)).toBeTruthy();
    expect(screen.getByTestId("location").textContent).toBe("/contact-points");
    expect(document.title).toBe("联系点 · 两新组织党建工作管理系统");
    expect(JSON.parse(window.localStorage.getItem(SESSION_KEY) ?? "{}")).toMatchObject({
      token: "new-token",
      username: "city-admin",
    });
    expect(server.calls.find((c) => c.operation === "Viewer")?.token).toBe("new-token");
  });
});

describe("a session that ends", () => {
  it("goes back to 登录 with the server's reason when a request is refused, and returns after signing in", async () => {
    storeSession();
    let refused = true;
    const server = fakeServer({
      Viewer: () =>
        refused
          ? { errors: [{ message: "登录已过期，请重新登录", extensions: { code: "UNAUTHENTICATED" } }], data: null }
          : { data: { viewer: cityAdmin } },
      Login: () => ({
        data: {
          login: {
            token: "fresh",
            expiresAt: "2099-01-01T00:00:00.000Z",
            user: { username: "city-admin" },
            userErrors: [],
          },
        },
      }),
    });
    renderApp("/ledger");
    expect(await screen.findByText("登录已过期，请重新登录")).toBeTruthy();
    expect(screen.getByTestId("location").textContent).toBe("/login");
    expect(window.localStorage.getItem(SESSION_KEY)).toBeNull();
    expect(server.calls[0]).toMatchObject({ operation: "Viewer", token: "stored-token" });

    refused = false;
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("用户名"), "city-admin");
    await user.type(screen.getByLabelText("密码"), "right{Enter}");
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/ledger"));
    await waitFor(() =>
      expect(server.calls.some((c) => c.operation === "LedgerCounties" && c.token === "fresh")).toBe(true),
    );
  });

  it("goes back to 登录 when its time is up, without waiting for a request", async () => {
    storeSession(new Date(Date.now() + 400).toISOString());
    fakeServer({ Viewer: () => ({ data: { viewer: cityAdmin } }) });
    renderApp("/contact-points");
    expect(await screen.findByText(/city-admin（市级管理员）/)).toBeTruthy();
    expect(await screen.findByText("登录已过期，请重新登录")).toBeTruthy();
    expect(screen.getByTestId("location").textContent).toBe("/login");
    expect(window.localStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it("follows another tab that signed out", async () => {
    storeSession();
    fakeServer({ Viewer: () => ({ data: { viewer: cityAdmin } }) });
    renderApp("/contact-points");
    expect(await screen.findByText(/city-admin（市级管理员）/)).toBeTruthy();
    window.localStorage.removeItem(SESSION_KEY);
    window.dispatchEvent(new StorageEvent("storage", { key: SESSION_KEY }));
    expect(await screen.findByRole("button", { name: "登录" })).toBeTruthy();
    expect(screen.getByTestId("location").textContent).toBe("/login");
  });

  it("退出登录 ends it without a notice", async () => {
    storeSession();
    fakeServer({ Viewer: () => ({ data: { viewer: cityAdmin } }) });
    renderApp("/contact-points");
    await userEvent.setup().click(await screen.findByRole("button", { name: "退出登录" }));
    expect(await screen.findByRole("button", { name: "登录" })).toBeTruthy();
    expect(screen.queryByText("登录已过期，请重新登录")).toBeNull();
    expect(window.localStorage.getItem(SESSION_KEY)).toBeNull();
  });
});

describe("a county's user", () => {
  it("goes from 组织台账 straight to its county, and is not shown another county", async () => {
    storeSession();
    const server = fakeServer({ Viewer: () => ({ data: { viewer: countyAdmin } }) });
    renderApp("/ledger");
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/ledger/211281"));
    await waitFor(() =>
      expect(server.calls.find((c) => c.operation === "CountyOrganizations")?.variables).toMatchObject({
        code: "211281",
      }),
    );
    expect(screen.getByText(/调兵山市委组织部（县级管理员 · 调兵山市）/)).toBeTruthy();
  });

  it("sees 无权查看 for another county's ledger or organization, and nothing is fetched for it", async () => {
    storeSession();
    const server = fakeServer({ Viewer: () => ({ data: { viewer: countyAdmin } }) });
    renderApp("/ledger/211224");
    expect(await screen.findByText("无权查看")).toBeTruthy();
    server.calls.length = 0;
    renderApp("/ledger/211224/T3JnYW5pemF0aW9uOjcwMA");
    expect((await screen.findAllByText("无权查看")).length).toBeGreaterThan(0);
    expect(server.calls.filter((c) => c.operation !== "Viewer")).toEqual([]);
  });
});
