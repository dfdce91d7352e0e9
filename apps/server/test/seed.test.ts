/**
 * `pnpm seed`: migrate and load the reference dataset; again, and nothing changes; into a database
 * holding anything else, and it refuses rather than mix.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COUNTIES } from "@liangxin/domain";
import { generateReferenceDataset } from "@liangxin/domain/reference";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { databaseConfig } from "../src/config/config.js";
import { createDataSource } from "../src/config/data-source.js";
import { createUserCli, runCli } from "../src/seed/cli.js";
import { SeedRefused, seedReferenceData } from "../src/seed/seed.js";
import { verifyPassword } from "../src/service/password.js";
import { backends, freshMysqlDatabase, TEST_PASSWORD } from "./support/harness.js";

const TABLES = [
  "county",
  "park",
  "organization",
  "branch",
  "coverage_link",
  "liaison",
  "liaison_assignment",
  "leader",
  "contact_point",
  "quota_plan",
  "quota_allocation",
  "app_user",
];

describe.each(backends())("seeding on %s", (backend) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    if (backend === "mysql") {
      const db = await freshMysqlDatabase("seed");
      env = { DATABASE_URL: db.url, SEED_PASSWORD: TEST_PASSWORD };
      cleanup = db.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), "liangxin-seed-"));
      env = { SQLITE_FILE: join(dir, "db.sqlite"), DATA_DIR: dir, SEED_PASSWORD: TEST_PASSWORD };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterEach(async () => cleanup());

  const open = async () => {
    const ds = createDataSource(databaseConfig(env, "."), pino({ level: "silent" }));
    await ds.initialize();
    return ds;
  };
  const counts = async () => {
    const ds = await open();
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t] = Number((await ds.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n);
    await ds.destroy();
    return out;
  };

  it("migrates and seeds, then a second run leaves the same data", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await runCli("seed", env)).toBe(0);
    const first = await counts();
    const data = generateReferenceDataset();
    expect(first).toMatchObject({
      county: 9,
      organization: data.organizations.length,
      branch: data.branches.length,
      coverage_link: data.links.length,
      liaison: data.liaisons.length,
      liaison_assignment: data.assignments.length,
      leader: data.leaders.length,
      contact_point: 1,
      quota_plan: 2,
      quota_allocation: 9,
      app_user: 12,
    });
    expect(await runCli("seed", env)).toBe(0);
    expect(await counts()).toEqual(first);
    expect(log.mock.calls.flat().join("\n")).toContain("参考数据已载入，未作改动");
    log.mockRestore();
  });

  it("migrating alone leaves the nine counties of the domain and nothing else; the seed loads onto them", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await runCli("migrate", env)).toBe(0);
    expect(await counts()).toEqual(Object.fromEntries(TABLES.map((t) => [t, t === "county" ? 9 : 0])));
    const ds = await open();
    const counties = await ds.query(
      "SELECT code, name, full_name, kind, official, sort_order FROM county ORDER BY sort_order",
    );
    await ds.destroy();
    expect(
      counties.map((c: Record<string, unknown>) => [
        c.code,
        c.name,
        c.full_name,
        c.kind,
        Number(c.official) === 1,
        Number(c.sort_order),
      ]),
    ).toEqual(COUNTIES.map((c) => [c.code, c.name, c.fullName, c.kind, c.official, c.order]));
    // Migrating again changes nothing; seeding loads the reference data onto the counties.
    expect(await runCli("migrate", env)).toBe(0);
    expect(await runCli("seed", env)).toBe(0);
    vi.restoreAllMocks();
    const after = await counts();
    expect(after.county).toBe(9);
    expect(after.organization).toBe(generateReferenceDataset().organizations.length);
    // Each county's 常委组织部长 is the leader the dataset names.
    const db = await open();
    const heads = await db.query(
      "SELECT l.county_code, l.name FROM leader l WHERE l.organization_head = 1 ORDER BY l.county_code",
    );
    await db.destroy();
    const data = generateReferenceDataset();
    expect(heads.map((h: Record<string, unknown>) => [h.county_code, h.name])).toEqual(
      [...data.counties].sort((a, b) => a.code.localeCompare(b.code)).map((c) => [c.code, c.organizationHeadName]),
    );
  });

  it("gives every seeded account its own generated password, printed once, when SEED_PASSWORD is unset", async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...args) => lines.push(args.join(" ")));
    const { SEED_PASSWORD: _, ...withoutPassword } = env;
    expect(await runCli("seed", withoutPassword)).toBe(0);
    log.mockRestore();
    const printed = new Map(
      lines
        .map((l) => /^\s+(\S+)\s+([A-Za-z0-9]{16})$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1] as string, m[2] as string]),
    );
    const ds = await open();
    const users: { username: string; password_hash: string }[] = await ds.query(
      "SELECT username, password_hash FROM app_user ORDER BY username",
    );
    await ds.destroy();
    expect([...printed.keys()].sort()).toEqual(users.map((u) => u.username));
    expect(new Set(printed.values()).size).toBe(users.length);
    for (const u of users) {
      const password = printed.get(u.username) as string;
      expect(u.password_hash.startsWith("scrypt$") && !u.password_hash.includes(password)).toBe(true);
      expect(await verifyPassword(password, u.password_hash)).toBe(true);
    }
    // One account's password opens no other.
    const [first, second] = users;
    expect(
      await verifyPassword(printed.get(first?.username as string) as string, second?.password_hash as string),
    ).toBe(false);
  });

  it("refuses a database that holds other data, and changes nothing", async () => {
    const ds = await open();
    await ds.runMigrations({ transaction: "each" });
    await ds.query(
      "INSERT INTO county (code, name, full_name, kind, official, sort_order) VALUES ('999999', '别处', '别处', 'COUNTY', 1, 1)",
    );
    await expect(seedReferenceData(ds, { password: TEST_PASSWORD })).rejects.toBeInstanceOf(SeedRefused);
    await ds.destroy();
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await runCli("seed", env)).toBe(1);
    expect(err.mock.calls.flat().join("")).toContain("拒绝载入");
    vi.restoreAllMocks();
    // The nine of the migrations, and the foreign one.
    expect(await counts()).toMatchObject({ county: 10, organization: 0, app_user: 0 });
  });

  it("refuses a database seeded with another version of the reference data", async () => {
    const ds = await open();
    await ds.runMigrations({ transaction: "each" });
    await seedReferenceData(ds, { password: TEST_PASSWORD, dataset: generateReferenceDataset({ seed: "other" }) });
    await expect(seedReferenceData(ds, { password: TEST_PASSWORD })).rejects.toThrow(/另一版参考数据/);
    await ds.destroy();
  });
});

describe.each(backends())("creating the first admin on %s", (backend) => {
  it("creates a user on an empty, migrated database and prints a generated password once", async () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    if (backend === "mysql") {
      const db = await freshMysqlDatabase("admin");
      env = { DATABASE_URL: db.url };
      cleanup = db.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), "liangxin-admin-"));
      env = { SQLITE_FILE: join(dir, "db.sqlite"), DATA_DIR: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    try {
      const lines: string[] = [];
      const log = vi.spyOn(console, "log").mockImplementation((...a) => lines.push(a.join(" ")));
      const err = vi.spyOn(console, "error").mockImplementation((...a) => lines.push(a.join(" ")));
      expect(
        await createUserCli(["--username", "chen-admin", "--role", "CITY_ADMIN", "--display", "陈管理员"], env),
      ).toBe(0);
      expect(await createUserCli(["--username", "chen-admin", "--role", "CITY_ADMIN"], env)).toBe(1);
      expect(await createUserCli(["--role", "CITY_ADMIN"], env)).toBe(2);
      log.mockRestore();
      err.mockRestore();
      const password =
        lines
          .find((l) => l.includes("初始密码"))
          ?.split("：")[1]
          ?.trim() ?? "";
      expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(lines.join("\n")).toContain("用户名「chen-admin」已被使用");
      const ds = createDataSource(databaseConfig(env, "."), pino({ level: "silent" }));
      await ds.initialize();
      const users = await ds.query("SELECT username, role FROM app_user");
      const audit = await ds.query("SELECT operation, username FROM audit_log");
      await ds.destroy();
      expect(users).toEqual([{ username: "chen-admin", role: "CITY_ADMIN" }]);
      expect(audit).toEqual([{ operation: "createUser", username: "system" }]);
    } finally {
      await cleanup();
    }
  });
});

describe("generated passwords", () => {
  it("always meet the password policy", async () => {
    const { generatePassword } = await import("../src/service/password.js");
    const { passwordProblem } = await import("../src/service/user.service.js");
    for (let i = 0; i < 2000; i++) expect(passwordProblem(generatePassword())).toBeNull();
  });
});
