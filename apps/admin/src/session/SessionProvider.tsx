/**
 * The session for the whole app: who is signed in, sign in/out, and expiry. A session ends cleanly
 * when its time is up (a timer at expiresAt) or when the server answers UNAUTHENTICATED to any
 * request: cached data is dropped and the routes send the user back to 登录 with a notice, keeping
 * the page they were on so that signing in again returns to it.
 */
import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import {
  clearSession,
  loadSession,
  MAX_TIMER_MS,
  msUntilExpiry,
  SESSION_KEY,
  type SessionStorage,
  type StoredSession,
  saveSession,
} from "./session";

export const EXPIRED_NOTICE = "登录已过期，请重新登录";

export interface SessionContextValue {
  readonly session: StoredSession | null;
  /** Why the last session ended, shown on 登录; null after a deliberate sign-out. */
  readonly notice: string | null;
  signIn(session: StoredSession): void;
  signOut(): void;
  /** Ends the session because the server refused it (or its time ran out). */
  expire(message?: string): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({
  children,
  storage = window.localStorage,
  now = () => new Date(),
}: {
  children: ReactNode;
  storage?: SessionStorage;
  now?: () => Date;
}) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<StoredSession | null>(() => loadSession(storage, now()));
  const [notice, setNotice] = useState<string | null>(null);
  const nowRef = useRef(now);
  nowRef.current = now;

  const end = useCallback(
    (message: string | null) => {
      clearSession(storage);
      setSession(null);
      setNotice(message);
      queryClient.cancelQueries();
      queryClient.clear();
    },
    [queryClient, storage],
  );

  const signIn = useCallback(
    (next: StoredSession) => {
      queryClient.clear();
      saveSession(storage, next);
      setNotice(null);
      setSession(next);
    },
    [queryClient, storage],
  );
  const signOut = useCallback(() => end(null), [end]);
  const expire = useCallback((message?: string) => end(message ?? EXPIRED_NOTICE), [end]);

  // The timer at expiresAt; a session longer than setTimeout's range is re-checked when it fires.
  useEffect(() => {
    if (!session) return;
    const remaining = msUntilExpiry(session, nowRef.current());
    if (remaining === null) return;
    const timer = setTimeout(
      () => {
        if (msUntilExpiry(session, nowRef.current()) === 0) expire();
        else setSession({ ...session });
      },
      Math.min(remaining, MAX_TIMER_MS),
    );
    return () => clearTimeout(timer);
  }, [session, expire]);

  // Another tab signed out or in: follow it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== SESSION_KEY) return;
      const stored = loadSession(storage, nowRef.current());
      setSession((current) => (current?.token === stored?.token ? current : stored));
      if (!stored) queryClient.clear();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [queryClient, storage]);

  const value = useMemo(
    () => ({ session, notice, signIn, signOut, expire }),
    [session, notice, signIn, signOut, expire],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
