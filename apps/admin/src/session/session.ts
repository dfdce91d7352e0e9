/**
 * The login session kept in the browser: the bearer token and when it expires. Kept in
 * localStorage so a second tab is signed in too; dropped as soon as it has expired or the server
 * answers UNAUTHENTICATED.
 */

export const SESSION_KEY = "liangxin.session";

export interface StoredSession {
  readonly token: string;
  readonly username: string;
  /** ISO instant, or null when the server gave none. */
  readonly expiresAt: string | null;
}

/** The part of Storage this needs. */
export type SessionStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function isExpired(session: StoredSession, now: Date): boolean {
  if (!session.expiresAt) return false;
  const at = Date.parse(session.expiresAt);
  return Number.isNaN(at) || at <= now.getTime();
}

/** Milliseconds until the session expires (0 when it has), or null when it has no expiry. */
export function msUntilExpiry(session: StoredSession, now: Date): number | null {
  if (!session.expiresAt) return null;
  const at = Date.parse(session.expiresAt);
  if (Number.isNaN(at)) return 0;
  return Math.max(0, at - now.getTime());
}

function parse(raw: string | null): StoredSession | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredSession> | null;
    if (!value || typeof value.token !== "string" || value.token === "" || typeof value.username !== "string") {
      return null;
    }
    const expiresAt = typeof value.expiresAt === "string" ? value.expiresAt : null;
    return { token: value.token, username: value.username, expiresAt };
  } catch {
    return null;
  }
}

/** The stored session if it is readable and not expired; anything else is removed. */
export function loadSession(storage: SessionStorage, now: Date): StoredSession | null {
  const raw = storage.getItem(SESSION_KEY);
  const session = parse(raw);
  if (!session || isExpired(session, now)) {
    if (raw !== null) storage.removeItem(SESSION_KEY);
    return null;
  }
  return session;
}

export function saveSession(storage: SessionStorage, session: StoredSession): void {
  storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(storage: SessionStorage): void {
  storage.removeItem(SESSION_KEY);
}

/** Largest delay setTimeout accepts; longer sessions are re-checked when it fires. */
export const MAX_TIMER_MS = 2_147_483_647;
