/**
 * Opaque global IDs (Relay style): base64url of "Type:key". Clients must not parse them; the server
 * decodes and checks the type before it looks anything up.
 */
export const NODE_TYPES = [
  "County",
  "Organization",
  "Branch",
  "Liaison",
  "Leader",
  "ContactPoint",
  "DemonstrationSite",
  "MonthlyReport",
  "Park",
  "User",
  "TrainingCourse",
  "JointMeeting",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, key: string | number): string {
  // Types and keys are ASCII (county codes, row ids): latin1 encodes them as they are.
  return Buffer.from(`${type}:${key}`, "latin1").toString("base64url");
}

export function fromGlobalId(id: string): { type: NodeType; key: string } | null {
  if (id.length === 0 || id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const at = decoded.indexOf(":");
  if (at <= 0) return null;
  const type = decoded.slice(0, at);
  const key = decoded.slice(at + 1);
  if (!(NODE_TYPES as readonly string[]).includes(type) || key.length === 0) return null;
  return { type: type as NodeType, key };
}

/** Decodes an ID of an expected type with a positive integer key (database row ids). */
export function decodeIntId(id: string, type: NodeType): number | null {
  const parsed = fromGlobalId(id);
  if (!parsed || parsed.type !== type || !/^[1-9]\d{0,14}$/.test(parsed.key)) return null;
  return Number(parsed.key);
}

/** Connection cursors: opaque too, and they carry the row id after which the next page starts. */
export function toCursor(id: number): string {
  return Buffer.from(`cursor:${id}`, "latin1").toString("base64url");
}

export function fromCursor(cursor: string): number | null {
  if (cursor.length > 100 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const m = /^cursor:([1-9]\d{0,14})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return m ? Number(m[1]) : null;
}
