import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useServices } from '../../../shared/services';
import { LivenessFlow, type IssueChallenges } from '../../liveness';
import { browserRandomBytes, cryptoRandom } from '../../../shared/random';
import { newPracticeSession } from '../model/practice-session';
import { PracticeNextStep } from './practice-next-step';
import { PrepareFaceCheck } from './prepare-face-check';

/** /practice: the real check with nothing submitted, and more feedback. Practice certifies nothing. */
export function PracticeScreen() {
  const { t } = useTranslation('practice');
  const { config } = useServices();
  const [, navigate] = useLocation();
  // Picked when the check asks, for the tier this phone's measured frame rate earns: the server's rules.
  const fixedChallenges = config.practice.challenges;
  const issueChallenges = useCallback<IssueChallenges>(
    (request) =>
      Promise.resolve({
        ...newPracticeSession({ fixedChallenges, tier: request.tier, route: request.route, randomBytes: browserRandomBytes, random: cryptoRandom }),
        issuedAtEpochMs: Date.now(),
      }),
    [fixedChallenges],
  );
  return (
    <LivenessFlow
      mode="practice"
      title={t('title')}
      backTo="/"
      issueChallenges={issueChallenges}
      onPassed={() => navigate('/')}
      onExit={() => navigate('/')}
      passedNext={<PracticeNextStep />}
      introExtra={
        <>
          <p className="notice practice-notice" role="note">
            {t('notice')}
          </p>
          <PrepareFaceCheck />
        </>
      }
    />
  );
}
