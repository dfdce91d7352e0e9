/**
 * Composition root: configuration → database → services → GraphQL → HTTP. `main.ts` runs it as a
 * process; the tests start it in-process on a free port and talk to it over real HTTP.
 */
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { type DestinationStream, type Logger, pino } from "pino";
import type { DataSource } from "typeorm";
import { authGatePlugin, createQueryGuard } from "./api/complexity.js";
import { type ApiContext, createLoaders, type Services } from "./api/context.js";
import { jitExecutor } from "./api/executor.js";
import { formatError, requestInfoPlugin } from "./api/plugins.js";
import { createSchema } from "./api/schema.js";
import { type Clock, systemClock } from "./common/clock.js";
import type { Viewer } from "./common/request-context.js";
import { type ClusterInfo, databaseReady, prepareCluster } from "./config/cluster.js";
import type { AppConfig } from "./config/config.js";
import { createDataSource } from "./config/data-source.js";
import { ROUTES } from "./http/routes.js";
import { clientAddress, createHttpServer } from "./http/server.js";
import { seedReferenceData } from "./seed/seed.js";
import { ActivityService } from "./service/activity.service.js";
import { AuditService } from "./service/audit.service.js";
import { AuthService } from "./service/auth.service.js";
import { ContactPointService } from "./service/contact-point.service.js";
import { CoverageService } from "./service/coverage.service.js";
import { CoverageAggregates } from "./service/coverage-aggregates.service.js";
import { Db } from "./service/db.js";
import { DirectoryService } from "./service/directory.service.js";
import { FiveHavesService } from "./service/five-haves.service.js";
import { HierarchyService, LeaderService } from "./service/hierarchy.service.js";
import { LedgerService } from "./service/ledger.service.js";
import { LiaisonTargetService } from "./service/liaison-target.service.js";
import { OrganizationService } from "./service/organization.service.js";
import { ReportService } from "./service/report.service.js";
import { ScopeService } from "./service/scope.service.js";
import { prepareSetupCode, SetupService } from "./service/setup.service.js";
import { SiteService } from "./service/site.service.js";
import { TargetService } from "./service/target.service.js";
import { UserService } from "./service/user.service.js";

export interface App {
  readonly url: string;
  readonly port: number;
  readonly dataSource: DataSource;
  /** Whether the database is a Galera node, and the session settings that follow. */
  readonly cluster: ClusterInfo;
  readonly log: Logger;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly config: AppConfig;
  readonly clock?: Clock;
  /** Where log lines go (stdout by default). */
  readonly logDestination?: DestinationStream;
  /** Called with the generated passwords when the embedded database is seeded on first start. */
  readonly onSeeded?: (info: { generatedPasswords: ReadonlyMap<string, string> | null; users: string[] }) => void;
  /** Called with the one-time setup code while no user exists (the first admin is created with it). */
  readonly onSetupCode?: (code: string) => void;
}

/**
 * The services of one request: on a database handle that counts the request's statements and knows
 * who acts (for the audit trail), and with the viewer's scope, which every service applies.
 */
export function createServices(db: Db, config: AppConfig, viewer: Viewer | null): Services {
  const scope = new ScopeService(viewer);
  const coverage = config.coverageReads === "scan" ? new CoverageService(db) : new CoverageAggregates(db);
  return {
    audit: new AuditService(db, config.timeZone),
    auth: new AuthService(db, config.jwtSecret, config.tokenTtlSeconds, config.throttle),
    coverage,
    directory: new DirectoryService(db, scope),
    hierarchy: new HierarchyService(db, scope),
    leaders: new LeaderService(db, scope),
    organizations: new OrganizationService(db, scope),
    scope,
    setup: new SetupService(db),
    users: new UserService(db),
    reports: new ReportService(db, scope, coverage, config),
    targets: new TargetService(coverage),
    activities: new ActivityService(db, scope, config.starBands),
    sites: new SiteService(db, scope, coverage),
    fiveHaves: new FiveHavesService(db, scope),
    contactPoints: new ContactPointService(db, scope),
    ledger: new LedgerService(db, scope, config.jointUnitCap),
    liaisonTargets: new LiaisonTargetService(db, scope),
  };
}

/**
 * Brings the schema up to date: the embedded SQLite file migrates itself; MariaDB/MySQL is migrated
 * once before a rollout (`pnpm migrate` or `pnpm seed`), so a server finding pending migrations
 * refuses to start rather than race other replicas.
 */
async function prepareDatabase(dataSource: DataSource, config: AppConfig, log: Logger, options: StartOptions) {
  if (config.database.kind === "sqlite") {
    await dataSource.runMigrations({ transaction: "each" });
    if (config.seedOnFirstStart) {
      const outcome = await seedReferenceData(dataSource, { password: config.seedPassword });
      if (outcome.kind === "SEEDED") {
        log.info({ users: outcome.users }, "embedded database seeded with the reference dataset");
        options.onSeeded?.({ generatedPasswords: outcome.generatedPasswords, users: outcome.users });
      }
    }
    return;
  }
  if (await dataSource.showMigrations()) {
    throw new Error("数据库结构不是最新：请先运行 pnpm migrate（或 pnpm seed）再启动服务");
  }
}

export async function startApp(options: StartOptions): Promise<App> {
  const { config } = options;
  const clock = options.clock ?? systemClock(config.timeZone);
  const log = pino({ level: config.logLevel, base: { service: "liangxin-server" } }, options.logDestination);
  const dataSource = createDataSource(config.database, log);
  await dataSource.initialize();
  let cluster: ClusterInfo;
  try {
    cluster = await prepareCluster(dataSource, config.database, log);
    await prepareDatabase(dataSource, config, log, options);
    const setupCode = await prepareSetupCode(dataSource);
    if (setupCode) {
      log.info("no user yet: the first admin is created in the admin client's 初始化 page with the setup code");
      options.onSetupCode?.(setupCode);
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }

  const schema = await createSchema();
  const apollo = new ApolloServer<ApiContext>({
    gateway: jitExecutor(schema),
    // Every document is checked by the guard before Apollo reads it; a hash alone would skip that.
    persistedQueries: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      authGatePlugin(config.production),
      requestInfoPlugin(log),
    ],
  });
  await apollo.start();

  let draining = false;
  const server = createHttpServer<ApiContext>({
    apollo,
    log,
    corsOrigins: config.corsOrigins,
    routes: ROUTES,
    timeouts: config.httpTimeouts,
    guard: createQueryGuard(schema, config.queryLimits, config.production),
    ready: async () => {
      if (draining) return false;
      return databaseReady(dataSource, cluster);
    },
    context: async (req, store) => {
      const db = new Db(dataSource, store, store);
      const header = req.headers.authorization;
      const token = typeof header === "string" && header.startsWith("Bearer ") ? header.slice(7).trim() : null;
      let viewer: Viewer | null = null;
      let tokenProblem: ApiContext["tokenProblem"] = null;
      if (token) {
        const check = await new AuthService(db, config.jwtSecret, config.tokenTtlSeconds, config.throttle).authenticate(
          token,
        );
        if (check.kind === "VALID") viewer = check.viewer;
        else tokenProblem = check.reason;
      }
      store.viewer = viewer;
      const services = createServices(db, config, viewer);
      const today = clock.today();
      return {
        requestId: store.requestId,
        store,
        address: clientAddress(req, config.trustProxy),
        viewer,
        tokenProblem,
        config,
        clock,
        today,
        services,
        loaders: createLoaders(services, today),
      };
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ port, database: config.database.kind }, "listening");

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      draining = true;
      // Stop accepting; keep-alive sockets are closed as soon as their request in flight is answered.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const deadline = setTimeout(() => server.closeAllConnections(), 10_000);
      server.closeIdleConnections();
      await closed;
      clearInterval(sweep);
      clearTimeout(deadline);
      await apollo.stop();
      await dataSource.destroy();
      log.info("stopped");
    })();
    return stopping;
  };

  return { url: `http://127.0.0.1:${port}`, port, dataSource, cluster, log, stop };
}
