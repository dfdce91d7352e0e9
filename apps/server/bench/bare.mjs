// The ceiling for the nested read: node:http + mysql2 and hand-written SQL, no GraphQL. It does the
// same work a real endpoint must (verify the token, load the user) and answers the same JSON, byte
// for byte, as the GraphQL server. Started by run.mjs as a process of its own.
import { createServer } from "node:http";
import { jwtVerify } from "jose";
import mysql from "mysql2/promise";

const pool = mysql.createPool({
  uri: process.env.DATABASE_URL,
  connectionLimit: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  dateStrings: ["DATE"],
  timezone: "Z",
  charset: "utf8mb4_unicode_ci",
});
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
const today = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const gid = (type, id) => Buffer.from(`${type}:${id}`, "latin1").toString("base64url");
const cursor = (id) => Buffer.from(`cursor:${id}`, "latin1").toString("base64url");
// The same columns the GraphQL server selects.
const ORG = [
  "id",
  "name",
  "credit_code",
  "category",
  "subtype",
  "county_code",
  "park_id",
  "industry",
  "employee_count",
  "above_scale",
  "eligible",
  "formal_member_count",
  "probationary_member_count",
  "legal_representative_is_member",
  "added_on",
  "ceased_on",
]
  .map((c) => `o.${c}`)
  .join(", ");
let requests = 0;
let statements = 0;

async function q(sql, params) {
  statements += 1;
  const [rows] = await pool.query(sql, params);
  return rows;
}

async function nested(n, token) {
  const { payload } = await jwtVerify(token, secret, {
    issuer: "liangxin",
    audience: "liangxin-api",
    algorithms: ["HS256"],
  });
  const [user] = await q("SELECT * FROM app_user WHERE id = ? LIMIT 1", [Number(payload.sub)]);
  if (!user || user.disabled || user.token_version !== Number(payload.ver)) throw new Error("unauthenticated");
  const d = today.format(new Date());
  const counties = await q("SELECT code FROM county ORDER BY sort_order ASC");
  const codes = counties.map((c) => c.code);
  const ph = (xs) => xs.map(() => "?").join(", ");
  const page = await q(
    codes
      .map(
        (_, i) =>
          `SELECT * FROM (SELECT ${ORG} FROM organization o WHERE 1 = 1 AND o.county_code = ? ORDER BY o.id LIMIT ?) p${i}`,
      )
      .join(" UNION ALL "),
    codes.flatMap((c) => [c, n + 1]),
  );
  const totals = await q(
    `SELECT o.county_code AS county, COUNT(*) AS n FROM organization o WHERE 1 = 1 AND o.county_code IN (${ph(codes)}) GROUP BY o.county_code`,
    codes,
  );
  const byCounty = new Map(codes.map((c) => [c, []]));
  for (const r of page) byCounty.get(r.county_code).push(r);
  const shown = codes.flatMap((c) => byCounty.get(c).slice(0, n));
  const orgIds = shown.map((o) => o.id);
  const links = await q(
    `SELECT l.organization_id, b.id, b.name, b.formation FROM coverage_link l JOIN branch b ON b.id = l.branch_id
     WHERE l.organization_id IN (${ph(orgIds)}) AND l.valid_from <= ? AND (l.valid_to IS NULL OR l.valid_to > ?)
       AND b.founded_on <= ? AND (b.dissolved_on IS NULL OR b.dissolved_on > ?)
     ORDER BY l.organization_id, b.id`,
    [...orgIds, d, d, d, d],
  );
  const branchIds = [...new Set(links.map((l) => l.id))];
  const members = branchIds.length
    ? await q(
        `SELECT l.branch_id, o.id, o.name FROM coverage_link l JOIN branch b ON b.id = l.branch_id JOIN organization o ON o.id = l.organization_id
         WHERE l.branch_id IN (${ph(branchIds)}) AND ((l.valid_from <= ? AND (l.valid_to IS NULL OR l.valid_to > ?))
           OR (b.dissolved_on IS NOT NULL AND l.valid_to = b.dissolved_on))
         ORDER BY l.branch_id, o.id`,
        [...branchIds, d, d],
      )
    : [];
  const liaisons = await q(
    `SELECT a.organization_id, li.id, li.name, li.kind FROM liaison_assignment a JOIN liaison li ON li.id = a.liaison_id
     WHERE a.organization_id IN (${ph(orgIds)}) AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to > ?)
     ORDER BY a.organization_id, li.id`,
    [...orgIds, d, d],
  );
  const group = (rows, key) => {
    const m = new Map();
    for (const r of rows) m.set(r[key], [...(m.get(r[key]) ?? []), r]);
    return m;
  };
  const linksOf = group(links, "organization_id");
  const membersOf = group(members, "branch_id");
  const liaisonsOf = new Map();
  for (const l of liaisons) {
    const list = liaisonsOf.get(l.organization_id) ?? [];
    if (!list.some((x) => x.id === l.id)) list.push(l);
    liaisonsOf.set(l.organization_id, list);
  }
  const total = new Map(totals.map((t) => [t.county, Number(t.n)]));
  return {
    data: {
      city: {
        counties: codes.map((code) => {
          const rows = byCounty.get(code);
          const nodes = rows.slice(0, n);
          return {
            code,
            organizations: {
              totalCount: total.get(code) ?? 0,
              pageInfo: {
                hasNextPage: rows.length > n,
                endCursor: nodes.length ? cursor(nodes[nodes.length - 1].id) : null,
              },
              nodes: nodes.map((o) => {
                const bs = linksOf.get(o.id) ?? [];
                const ls = liaisonsOf.get(o.id) ?? [];
                return {
                  id: gid("Organization", o.id),
                  name: o.name,
                  organizationCovered: bs.length > 0,
                  liaisonCovered: ls.length > 0,
                  branches: bs.map((b) => ({
                    id: gid("Branch", b.id),
                    name: b.name,
                    formation: b.formation,
                    organizations: (membersOf.get(b.id) ?? []).map((m) => ({
                      id: gid("Organization", m.id),
                      name: m.name,
                    })),
                  })),
                  liaisons: ls.map((l) => ({ id: gid("Liaison", l.id), name: l.name, kind: l.kind })),
                };
              }),
            },
          };
        }),
      },
    },
  };
}

const server = createServer((req, res) => {
  if (req.url === "/stats") {
    res.end(JSON.stringify({ requests, statements }));
    return;
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      const token = (req.headers.authorization ?? "").slice(7);
      const out = await nested(body.variables.n, token);
      requests += 1;
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.end(`${JSON.stringify(out)}\n`);
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: String(error) }));
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("bare listening"));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
