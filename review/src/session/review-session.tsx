import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Reviewer } from '../../../contract/review-api';
import type { ReviewApi } from '../api/review-api';
import type { DecisionDraft } from '../model/reasons';

export type SessionNotice = 'expired' | 'signed-out' | null;

export type ReviewSession = {
  api: ReviewApi;
  /** undefined while the console asks the server who is signed in. */
  reviewer: Reviewer | null | undefined;
  /** Set when /me itself failed (server down): the sign-in screen shows it. */
  checkError: unknown;
  notice: SessionNotice;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Any call answered 401: back to the sign-in screen, keeping the page the reviewer was on. */
  expire(): void;
  /**
   * Half-made decisions by submission id, in memory only: they survive a sign-in after the session
   * expired (nothing the reviewer did is lost) and are dropped on sign-out.
   */
  drafts: Map<string, DecisionDraft>;
};

const SessionContext = createContext<ReviewSession | null>(null);

export function ReviewSessionProvider({ api, children }: { api: ReviewApi; children: ReactNode }) {
  const [reviewer, setReviewer] = useState<Reviewer | null | undefined>(undefined);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [notice, setNotice] = useState<SessionNotice>(null);
  const [drafts] = useState(() => new Map<string, DecisionDraft>());

  useEffect(() => {
    const controller = new AbortController();
    api.me(controller.signal).then(
      (who) => setReviewer(who),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setCheckError(error);
        setReviewer(null);
      },
    );
    return () => controller.abort();
  }, [api]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const who = await api.login(username, password);
      setNotice(null);
      setCheckError(null);
      setReviewer(who);
    },
    [api],
  );

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      // Even if the server cannot be reached, this screen no longer shows anything of the session.
      drafts.clear();
      setReviewer(null);
      setNotice('signed-out');
    }
  }, [api, drafts]);

  const expire = useCallback(() => {
    setReviewer(null);
    setNotice('expired');
  }, []);

  const value = useMemo(
    () => ({ api, reviewer, checkError, notice, signIn, signOut, expire, drafts }),
    [api, reviewer, checkError, notice, signIn, signOut, expire, drafts],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useReviewSession(): ReviewSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useReviewSession must be used inside <ReviewSessionProvider>');
  return session;
}
