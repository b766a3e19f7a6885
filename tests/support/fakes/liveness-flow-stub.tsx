import { useEffect, useState } from 'react';
import type { LivenessFlowProps } from '../../../src/features/liveness/components/liveness-flow';
import { anEvidence } from '../../features/submission/support/evidence';

/**
 * The face check for flows that mount it (certify, kiosk, family), which have their own tests: as the
 * real check does once the person is in place, it asks for its actions (a standard-tier phone, live),
 * shows them, and passes when asked. Use it with
 * `vi.mock('…/liveness/components/liveness-flow', async () => ({ LivenessFlow: (await import('…/liveness-flow-stub')).LivenessFlowStub }))`.
 */
export function LivenessFlowStub(props: LivenessFlowProps) {
  const [issued, setIssued] = useState('');
  const { issueChallenges } = props;
  useEffect(() => {
    const controller = new AbortController();
    issueChallenges({ tier: 'standard', analysedFps: 25, route: 'live' }, controller.signal).then(
      (answer) => setIssued(`${answer.challenges.join(',')} ${answer.nonce}`),
      () => undefined, // the flow shows its own "could not start" screen
    );
    return () => controller.abort();
  }, [issueChallenges]);
  return (
    <div>
      <p>
        face check: {props.mode} {issued}
      </p>
      <button type="button" onClick={() => props.onPassed(anEvidence())}>
        pass the face check
      </button>
    </div>
  );
}
