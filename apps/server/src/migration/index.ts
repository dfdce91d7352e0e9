import { InitialSchema1795737600000 } from "./1795737600000-initial-schema.js";

/**
 * Every migration, in order. TypeORM wants a millisecond timestamp in each class name. New schema
 * changes append a class here; a migration that has landed is never edited.
 */
export const MIGRATIONS = [InitialSchema1795737600000];
