/**
 * The viewer's scope, applied by every service to what it reads and writes (one place, not
 * per-resolver checks): rows of other counties are not read (FORBIDDEN for a direct ask, absent from
 * lists, null from node), and are not written (a userError OUT_OF_SCOPE).
 */
import { forbidden } from "../common/errors.js";
import { mayRead, mayWrite, type ReadScope, readScopeOf } from "../common/policy.js";
import type { Viewer } from "../common/request-context.js";
import { refuse } from "./outcome.js";

export class ScopeService {
  readonly read: ReadScope;

  constructor(readonly viewer: Viewer | null) {
    this.read = readScopeOf(viewer);
  }

  /** The county whose rows a list should hold: the one asked for, or the viewer's own when none is. */
  countyForRead(countyCode: string | null): string | null {
    if (this.read.kind === "CITY") return countyCode;
    if (countyCode === null || countyCode === this.read.countyCode) return this.read.countyCode;
    throw forbidden("只能查看本县（市）区的数据");
  }

  mayRead(countyCode: string): boolean {
    return mayRead(this.read, countyCode);
  }

  /** Keeps what the viewer may read; the rest becomes null (a node out of scope does not exist). */
  readable<T extends { countyCode: string }>(row: T | null): T | null {
    return row && this.mayRead(row.countyCode) ? row : null;
  }

  /** Refuses (rolls back) a write to a county the viewer does not manage. */
  assertWritable(countyCode: string, field: readonly string[] | null = null): void {
    if (!mayWrite(this.viewer, countyCode)) throw refuse("OUT_OF_SCOPE", "只能修改本县（市）区的数据", field);
  }

  /**
   * How a message to the viewer names a row: 「name」 when the viewer may read the row's county,
   * else `other` (a refusal never tells a county what another county holds).
   */
  nameFor(countyCode: string | null, name: string, other: string): string {
    return countyCode !== null && this.mayRead(countyCode) ? `「${name}」` : other;
  }

  mayWrite(countyCode: string): boolean {
    return mayWrite(this.viewer, countyCode);
  }
}
