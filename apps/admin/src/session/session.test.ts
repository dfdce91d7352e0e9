import { describe, expect, it } from "vitest";
import { clearSession, isExpired, loadSession, msUntilExpiry, SESSION_KEY, saveSession } from "./session";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const now = new Date("2026-11-27T10:00:00Z");
const session = { token: "t0ken", username: "city-admin", expiresAt: "2026-11-27T18:00:00.000Z" };

describe("session", () => {
  it("round-trips through storage", () => {
    const storage = memoryStorage();
    saveSession(storage, session);
    expect(loadSession(storage, now)).toEqual(session);
    clearSession(storage);
    expect(loadSession(storage, now)).toBeNull();
  });

  it("drops an expired session from storage", () => {
    const storage = memoryStorage();
    saveSession(storage, session);
    expect(loadSession(storage, new Date("2026-11-27T18:00:00Z"))).toBeNull();
    expect(storage.data.has(SESSION_KEY)).toBe(false);
  });

  it("drops what it cannot read", () => {
    for (const raw of ["{", "null", '{"token":""}', '{"token":1,"username":"x"}', '"text"']) {
      const storage = memoryStorage({ [SESSION_KEY]: raw });
      expect(loadSession(storage, now), raw).toBeNull();
      expect(storage.data.has(SESSION_KEY), raw).toBe(false);
    }
  });

  it("treats a session without expiry as open and a bad date as expired", () => {
    expect(isExpired({ ...session, expiresAt: null }, now)).toBe(false);
    expect(msUntilExpiry({ ...session, expiresAt: null }, now)).toBeNull();
    expect(isExpired({ ...session, expiresAt: "soon" }, now)).toBe(true);
    expect(msUntilExpiry({ ...session, expiresAt: "soon" }, now)).toBe(0);
  });

  it("counts down to the expiry, never below zero", () => {
    expect(msUntilExpiry(session, now)).toBe(8 * 3600 * 1000);
    expect(msUntilExpiry(session, new Date("2026-11-28T00:00:00Z"))).toBe(0);
    expect(isExpired(session, new Date("2026-11-27T17:59:59.999Z"))).toBe(false);
  });
});
