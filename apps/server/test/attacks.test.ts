/**
 * Hostile traffic, as an attacker would send it, anonymous and signed in: each attack gets a clear
 * refusal, and /healthz keeps answering while it runs. The bounds here are liveness bounds (an
 * attack that stalls the server fails them by minutes), not performance targets: `pnpm
 * bench:attacks` measures the latencies.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { unique, write } from "./support/ledger.js";
import { entryBomb, inflationBomb, lyingBomb, rowBomb } from "./support/xlsx-bomb.js";

/** Generous: an unprotected server took minutes on the first attack below. */
const ATTACK_BOUND_MS = 20_000;
const HEALTH_BOUND_MS = 5_000;

/** A document of `levels` fragments, each spreading the next three times, ending in `__typename`. */
export function fragmentBomb(levels: number): string {
  const parts = ["query { city { ...F0 } }"];
  for (let i = 0; i < levels; i++) {
    parts.push(
      i === levels - 1
        ? `fragment F${i} on City { __typename }`
        : `fragment F${i} on City { ...F${i + 1} ...F${i + 1} ...F${i + 1} }`,
    );
  }
  return parts.join("\n");
}

interface Answer {
  status: number;
  body: { errors?: { message: string; extensions?: { code?: string } }[]; [key: string]: unknown };
}

/**
 * Runs `attack` while asking /healthz every 50 ms: every health check started during the attack must
 * answer 200 within HEALTH_BOUND_MS, and the attack must end within ATTACK_BOUND_MS.
 */
async function whileAttacking<T>(server: TestServer, attack: (signal: AbortSignal) => Promise<T>): Promise<T> {
  let running = true;
  const checks: Promise<number>[] = [];
  const health = async () => {
    const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(HEALTH_BOUND_MS) });
    await res.arrayBuffer();
    return res.status;
  };
  const outcome = attack(AbortSignal.timeout(ATTACK_BOUND_MS)).finally(() => {
    running = false;
  });
  checks.push(health());
  const poll = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (running) checks.push(health());
    }
  })();
  const result = await outcome;
  await poll;
  const statuses = await Promise.all(checks);
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.every((s) => s === 200)).toBe(true);
  return result;
}

describe.each(backends())("attacks on %s", (backend) => {
  let server: TestServer;
  let token: string;

  const post = async (signal: AbortSignal, query: string, variables: Record<string, unknown> = {}, auth?: string) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    return { status: res.status, body: (await res.json()) as Answer["body"] };
  };
  const code = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    server = await startTestServer(backend, {
      label: "attacks",
      env: {
        HTTP_HEADERS_TIMEOUT_MS: "1000",
        HTTP_REQUEST_TIMEOUT_MS: "2000",
        LOGIN_MAX_FAILURES_PER_ADDRESS: "1000",
      },
    });
    token = await server.login();
  });
  afterAll(() => server?.stop());

  describe("queries", () => {
    it("a fragment bomb: 401 anonymous, QUERY_TOO_COMPLEX signed in, measured in one pass", async () => {
      const bomb = fragmentBomb(30);
      expect(bomb.length).toBeLessThan(3000);
      const anonymous = await whileAttacking(server, (signal) => post(signal, bomb));
      expect([anonymous.status, code(anonymous)]).toEqual([401, "UNAUTHENTICATED"]);
      const signedIn = await whileAttacking(server, (signal) => post(signal, bomb, {}, token));
      expect([signedIn.status, code(signedIn)]).toEqual([400, "QUERY_TOO_COMPLEX"]);
      expect(signedIn.body.errors?.[0]?.message).toMatch(/查询过于复杂/);
    });

    it("thousands of aliased introspection walks: over the token cap, the alias cap or the cost", async () => {
      const walks = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: __schema { types { name fields { name } } }`).join(" ")} }`;
      const anonymous = await whileAttacking(server, (signal) => post(signal, walks(100)));
      expect([anonymous.status, code(anonymous)]).toEqual([401, "UNAUTHENTICATED"]);
      const thousands = await whileAttacking(server, (signal) => post(signal, walks(3000), {}, token));
      expect([thousands.status, code(thousands)]).toEqual([400, "QUERY_TOO_COMPLEX"]);
      expect(thousands.body.errors?.[0]?.message).toMatch(/词法单元/);
      const dozens = await whileAttacking(server, (signal) => post(signal, walks(40), {}, token));
      expect(dozens.body.errors?.[0]?.message).toMatch(/别名过多/);
      const heavy = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: __schema { types { name fields { name type { name fields { name type { name fields { name } } } } } } }`).join(" ")} }`;
      const costly = await whileAttacking(server, (signal) => post(signal, heavy, {}, token));
      expect(costly.body.errors?.[0]?.message).toMatch(/查询过于复杂/);
    });

    it("coverage on hundreds of distinct dates: refused for too many aggregate keys", async () => {
      const dates = Array.from({ length: 300 }, (_, i) => {
        const d = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
        return `d${i}: coverage(asOf: "${d}") { eligibleCount }`;
      });
      // Through variables as well: each distinct value is a key.
      const viaVariables = `query(${dates
        .slice(0, 8)
        .map((_, i) => `$d${i}: Date`)
        .join(", ")}) { city { ${dates
        .slice(0, 8)
        .map((_, i) => `c${i}: coverage(asOf: $d${i}) { eligibleCount }`)
        .join(" ")} } }`;
      const variables = Object.fromEntries(dates.slice(0, 8).map((_, i) => [`d${i}`, `2025-01-0${i + 1}`]));
      const anonymous = await whileAttacking(server, (signal) =>
        post(signal, `{ city { ${dates.slice(0, 100).join(" ")} } }`),
      );
      expect(code(anonymous)).toBe("UNAUTHENTICATED");
      const many = await whileAttacking(server, (signal) =>
        post(signal, `{ city { ${dates.slice(0, 25).join(" ")} } }`, {}, token),
      );
      expect(code(many)).toBe("QUERY_TOO_COMPLEX");
      const eight = await whileAttacking(server, (signal) => post(signal, viaVariables, variables, token));
      expect(eight.body.errors?.[0]?.message).toMatch(/统计口径过多/);
      // A handful is fine.
      const few = await post(
        AbortSignal.timeout(ATTACK_BOUND_MS),
        `{ city { a: coverage(asOf: "2025-01-01") { eligibleCount } b: coverage(asOf: "2025-06-30") { eligibleCount } } }`,
        {},
        token,
      );
      expect(few.body.errors).toBeUndefined();
    });

    it("a walk through branches and their 250 units: refused before it runs", async () => {
      const walk = `{ organizations(first: 20) { nodes { branches { organizations { branches { organizations { name } } } } } } }`;
      const signedIn = await whileAttacking(server, (signal) => post(signal, walk, {}, token));
      expect([signedIn.status, code(signedIn)]).toEqual([400, "QUERY_TOO_COMPLEX"]);
      const anonymous = await whileAttacking(server, (signal) => post(signal, walk));
      expect(code(anonymous)).toBe("UNAUTHENTICATED");
    });

    it("an anonymous body over 16 KB: 413 before it is parsed", async () => {
      const big = `mutation { login(input: { username: "${"a".repeat(40_000)}", password: "x" }) { token } }`;
      const r = await whileAttacking(server, (signal) => post(signal, big));
      expect(r.status).toBe(413);
      expect(r.body.errors?.[0]?.message).toMatch(/请求体过大/);
    });
  });

  describe("passwords", () => {
    it("aliased logins and password changes: one password operation a request", async () => {
      const logins = `mutation { ${Array.from({ length: 10 }, (_, i) => `l${i}: login(input: { username: "city-admin", password: "guess-${i}" }) { token }`).join(" ")} }`;
      const anonymous = await whileAttacking(server, (signal) => post(signal, logins));
      expect(anonymous.body.errors?.[0]?.message).toMatch(/最多一次登录或密码操作/);
      const changes = `mutation { ${Array.from({ length: 10 }, (_, i) => `c${i}: changeOwnPassword(input: { currentPassword: "guess-${i}", newPassword: "Another-Passw0rd" }) { user { username } }`).join(" ")} }`;
      const signedIn = await whileAttacking(server, (signal) => post(signal, changes, {}, token));
      expect(code(signedIn)).toBe("QUERY_TOO_COMPLEX");
    });

    it("parallel password changes do not hold the write lock: writes and /healthz go on", async () => {
      const viewer = await server.login("viewer");
      const change = (signal: AbortSignal, i: number) =>
        post(
          signal,
          `mutation($i: ChangeOwnPasswordInput!) { changeOwnPassword(input: $i) { userErrors { message } } }`,
          { i: { currentPassword: `wrong-${i}`, newPassword: "Another-Passw0rd1" } },
          viewer,
        );
      const park = `mutation($i: CreateParkInput!) { createPark(input: $i) { park { name } userErrors { message } } }`;
      const [changes, write] = await whileAttacking(server, (signal) =>
        Promise.all([
          Promise.all(Array.from({ length: 8 }, (_, i) => change(signal, i))),
          post(signal, park, { i: { countyCode: "211202", name: `攻击测试园区${backend}` } }, token),
        ]),
      );
      for (const c of changes) {
        expect(
          (c.body.data as { changeOwnPassword: { userErrors: { message: string }[] } }).changeOwnPassword,
        ).toMatchObject({ userErrors: [{ message: "当前密码不正确" }] });
      }
      expect(write.body.errors).toBeUndefined();
      expect((write.body.data as { createPark: { park: { name: string } } }).createPark.park.name).toBe(
        `攻击测试园区${backend}`,
      );
    });
  });

  describe("imports", () => {
    const upload = async (signal: AbortSignal, file: Buffer, auth?: string) => {
      const form = new FormData();
      form.append("file", new Blob([file]), "台账.xlsx");
      const res = await fetch(`${server.url}/import/organizations?dryRun=true`, {
        method: "POST",
        body: form,
        headers: auth ? { authorization: `Bearer ${auth}` } : {},
        signal,
      });
      return { status: res.status, body: (await res.json()) as Answer["body"] };
    };

    it("a 3 MB workbook inflating to 600 MB: 413 before it is held in memory", async () => {
      const bomb = await inflationBomb(600);
      expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
      const anonymous = await whileAttacking(server, (signal) => upload(signal, bomb));
      expect(anonymous.status).toBe(401);
      const signedIn = await whileAttacking(server, (signal) => upload(signal, bomb, token));
      expect(signedIn.status).toBe(413);
      expect(signedIn.body.errors?.[0]?.message).toMatch(/Excel 文件解压后过大.*上限 64 MB/);
    }, 60_000);

    it("a directory that lies about the size, too many rows, too many entries: refused while reading", async () => {
      const lying = await whileAttacking(server, async (signal) => upload(signal, await lyingBomb(600), token));
      expect(lying.status).toBe(415);
      expect(lying.body.errors?.[0]?.message).toMatch(/实际大小与目录不符/);
      const rows = await whileAttacking(server, async (signal) => upload(signal, await rowBomb(60_000), token));
      expect(rows.status).toBe(413);
      expect(rows.body.errors?.[0]?.message).toMatch(/一次最多导入50000行/);
      const entries = await whileAttacking(server, async (signal) => upload(signal, await entryBomb(2000), token));
      expect(entries.status).toBe(413);
      expect(entries.body.errors?.[0]?.message).toMatch(/部件过多（2000 个，上限 1000 个）/);
    }, 60_000);
  });

  describe("slow clients", () => {
    /** Opens a socket, sends `first`, then trickles a byte every 200 ms until the server closes it. */
    const trickle = (first: string, signal: AbortSignal) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(server.app.port, "127.0.0.1");
        let received = "";
        const timer = setInterval(() => socket.write("x"), 200);
        socket.on("connect", () => socket.write(first));
        socket.on("data", (d) => {
          received += d.toString();
        });
        socket.on("close", () => {
          clearInterval(timer);
          resolve(received);
        });
        socket.on("error", () => undefined);
        signal.addEventListener("abort", () => {
          clearInterval(timer);
          socket.destroy();
          reject(new Error("the server kept a slow client's connection open"));
        });
      });

    it("headers sent a byte at a time: the connection is closed (408) after the headers timeout", async () => {
      const answer = await whileAttacking(server, (signal) =>
        trickle("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ", signal),
      );
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    });

    it("a body that never ends: the connection is closed (408) after the request timeout", async () => {
      const answer = await whileAttacking(server, (signal) =>
        trickle(
          `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"`,
          signal,
        ),
      );
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    });
  });

  describe("fooling the server", () => {
    it("the audit trail keeps the server's request id, whatever X-Request-Id the client sends", async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${token}`,
          "x-request-id": "forged-request-id-0001",
        },
        body: JSON.stringify({
          query: `mutation($i: CreateParkInput!) { createPark(input: $i) { park { name } userErrors { message } } }`,
          variables: { i: { countyCode: "211204", name: unique("审计园区") } },
        }),
      });
      const body = (await res.json()) as { data: { createPark: { park: { name: string } | null } } };
      expect(body.data.createPark.park).not.toBeNull();
      const id = res.headers.get("x-request-id");
      expect(id).not.toBe("forged-request-id-0001");
      const rows = await server.app.dataSource.query(
        "SELECT request_id FROM audit_log WHERE operation = 'createPark' ORDER BY id DESC LIMIT 1",
      );
      expect(rows[0]?.request_id).toBe(id);
      const forged = await server.app.dataSource.query(
        "SELECT COUNT(*) AS n FROM audit_log WHERE request_id = 'forged-request-id-0001'",
      );
      expect(Number(forged[0]?.n)).toBe(0);
    });

    it("a county's refusals never name another county's units", async () => {
      const [other] = await server.app.dataSource.query(
        "SELECT name, credit_code FROM organization WHERE credit_code IS NOT NULL AND county_code <> '211202' ORDER BY id LIMIT 1",
      );
      const input = {
        name: unique("探测单位"),
        category: "NON_PUBLIC_ENTERPRISE",
        countyCode: "211202",
        aboveScale: false,
        formalMemberCount: 0,
        addedOn: "2020-01-01",
        creditCode: String(other.credit_code),
      };
      const county = await write(server, "createOrganization", input, "county-211202");
      expect(county.userErrors.map((e) => e.code)).toContain("CONFLICT");
      const message = county.userErrors.map((e) => e.message).join(" ");
      expect(message).toContain("其他县（市）区的单位");
      expect(message).not.toContain(String(other.name));
      // The city sees the whole city: its refusal names the unit.
      const city = await write(server, "createOrganization", input, "city-admin");
      expect(city.userErrors.map((e) => e.message).join(" ")).toContain(`「${String(other.name)}」`);
    });
  });
});
