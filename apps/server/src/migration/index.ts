import { InitialSchema1795737600000 } from "./1795737600000-initial-schema.js";
import { AuditAndThrottle1795737600100 } from "./1795737600100-audit-and-throttle.js";
import { LedgerHistory1795737600200 } from "./1795737600200-ledger-history.js";

/**
 * Every migration, in order. TypeORM wants a millisecond timestamp at the end of each class name. New
 * schema changes append a class here; a migration that has landed is never edited.
 */
export const MIGRATIONS = [InitialSchema1795737600000, AuditAndThrottle1795737600100, LedgerHistory1795737600200];
