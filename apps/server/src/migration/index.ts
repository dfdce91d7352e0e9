import { InitialSchema1795737600000 } from "./1795737600000-initial-schema.js";
import { AuditAndThrottle1795737600100 } from "./1795737600100-audit-and-throttle.js";
import { LedgerHistory1795737600200 } from "./1795737600200-ledger-history.js";
import { SitesFiveHavesContactLists1795737600300 } from "./1795737600300-sites-five-haves-contact-lists.js";
import { MonthlyReports1795737600400 } from "./1795737600400-monthly-reports.js";
import { Activities1795737600401 } from "./1795737600401-activities.js";
import { WriteClaims1795737600600 } from "./1795737600600-write-claims.js";
import { CoverageAggregates1795737600700 } from "./1795737600700-coverage-aggregates.js";
import { ReferenceCounties1795737600800 } from "./1795737600800-reference-counties.js";
import { PeopleAndPlaces1795737600801 } from "./1795737600801-people-and-places.js";
import { OrganizationStatusPeriod1795737600900 } from "./1795737600900-organization-status-period.js";
import { ParkCoverageCells1795737600950 } from "./1795737600950-park-coverage-cells.js";

/**
 * Every migration, in order. TypeORM wants a millisecond timestamp at the end of each class name. New
 * schema changes append a class here; a migration that has landed is never edited.
 */
export const MIGRATIONS = [
  InitialSchema1795737600000,
  AuditAndThrottle1795737600100,
  LedgerHistory1795737600200,
  SitesFiveHavesContactLists1795737600300,
  MonthlyReports1795737600400,
  Activities1795737600401,
  WriteClaims1795737600600,
  ReferenceCounties1795737600800,
  PeopleAndPlaces1795737600801,
  CoverageAggregates1795737600700,
  OrganizationStatusPeriod1795737600900,
  ParkCoverageCells1795737600950,
];
