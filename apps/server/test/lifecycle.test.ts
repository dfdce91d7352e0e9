/**
 * The process around the API: internal failures reach clients without internals, readiness follows
 * the database, shutdown lets requests in flight finish, and a MariaDB server with pending
 * migrations refuses to start.
 */
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { startApp } from "../src/app.js";
import { fixedClock } from "../src/common/clock.js";
import { loadConfig } from "../src/config/config.js";
import { createDataSource } from "../src/config/data-source.js";
import { backends, freshMysqlDatabase, JWT_SECRET, startTestServer } from "./support/harness.js";

describe.each(backends())("lifecycle on %s", (backend) => {
  it("finishes a request in flight when stopped, then refuses new connections", async () => {
    // The server asks its clock for the day as it builds a request's context: the request is then
    // in flight (a fixed pause instead raced the connection under load and reset it now and then).
    const base = fixedClock("2026-11-27T02:00:00Z");
    let armed = false;
    let received: () => void = () => {};
    const inServer = new Promise<void>((resolve) => {
      received = resolve;
    });
    const clock = {
      now: base.now,
      today: () => {
        if (armed) received();
        return base.today();
      },
    };
    const server = await startTestServer(backend, { label: "stop", clock });
    const token = await server.login();
    armed = true;
    const inFlight = server.gql("{ city { coverage { organizationCoverage { percent } } } }", {}, token);
    await inServer;
    const stopping = server.stop();
    const r = await inFlight;
    await stopping;
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it("answers a database failure with INTERNAL_SERVER_ERROR, a request id and no internals; /readyz says 503", async () => {
    const server = await startTestServer(backend, { label: "fail" });
    const token = await server.login();
    await server.app.dataSource.query("DROP TABLE liaison_assignment");
    const r = await server.gql("{ organizations(first: 1) { nodes { liaisons { name } } } }", {}, token);
    const error = r.body.errors?.[0];
    expect(error?.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: r.requestId });
    expect(error?.message).toBe("服务器内部错误，请稍后重试或联系管理员（请提供请求编号）");
    const text = JSON.stringify(r.body);
    for (const leak of ["SELECT", "liaison_assignment", "sql", "stack", "at ", "node_modules", "/src/"]) {
      expect(text, leak).not.toContain(leak);
    }
    expect(server.logs.some((l) => l.msg === "internal error" && l.requestId === r.requestId)).toBe(true);
    await server.app.dataSource.destroy().catch(() => {});
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    await server.stop().catch(() => {});
  });
});

describe.runIf(backends().includes("mysql"))("MariaDB schema changes", () => {
  it("a server finding pending migrations refuses to start (they run once, before a rollout)", async () => {
    const db = await freshMysqlDatabase("pending");
    try {
      const config = loadConfig({ DATABASE_URL: db.url, JWT_SECRET, PORT: "0", HOST: "127.0.0.1" });
      await expect(startApp({ config, logDestination: pino.destination("/dev/null") })).rejects.toThrow(/pnpm migrate/);
      const ds = createDataSource(config.database, pino({ level: "silent" }));
      await ds.initialize();
      const tables: Record<string, string>[] = await ds.query("SHOW TABLES");
      await ds.destroy();
      // Only TypeORM's bookkeeping table exists; no application table was created.
      expect(tables.map((t) => Object.values(t)[0])).toEqual(["schema_migration"]);
    } finally {
      await db.drop();
    }
  });

  it("refuses to start without JWT_SECRET", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://root@127.0.0.1:3306/x" })).toThrow(/JWT_SECRET/);
  });
});
