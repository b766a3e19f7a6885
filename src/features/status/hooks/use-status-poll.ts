import { useEffect, useState } from 'react';
import { pollStatus, type RetryPolicy } from '../../submission';
import type { CertificationBackend, SubmissionStatus } from '../../../adapters/backend/certification-backend';
import { browserTimers } from '../../../shared/timers';

export type PolledStatus = { status?: SubmissionStatus; fatalCode?: string; checkedAtMs?: number; lastPollFailed: boolean };

/** Follows one status token (e.g. from a kiosk receipt link) while the screen is open. */
export function useStatusPoll(
  backend: CertificationBackend,
  statusToken: string | undefined,
  policy?: RetryPolicy,
): PolledStatus {
  // Kept with its token, so a new token starts from nothing without resetting state in the effect.
  const [state, setState] = useState<PolledStatus & { token?: string }>({ lastPollFailed: false });
  useEffect(() => {
    if (!statusToken) return;
    const update = (patch: (current: PolledStatus) => Partial<PolledStatus>) =>
      setState((current) => {
        const base: PolledStatus = current.token === statusToken ? current : { lastPollFailed: false };
        return { ...base, ...patch(base), token: statusToken };
      });
    const poller = pollStatus({
      backend,
      statusToken,
      timers: browserTimers,
      random: Math.random,
      policy,
      onStatus: (status) => update(() => ({ status })),
      onFatalError: (code) => update(() => ({ fatalCode: code })),
      onPoll: (outcome) =>
        update((current) => ({
          lastPollFailed: outcome === 'error',
          checkedAtMs: outcome === 'error' ? current.checkedAtMs : browserTimers.now(),
        })),
    });
    const onOnline = () => poller.pollNow();
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
      poller.stop();
    };
  }, [backend, statusToken, policy]);
  return state.token === statusToken ? state : { lastPollFailed: false };
}
