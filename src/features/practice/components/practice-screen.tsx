import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useServices } from '../../../shared/services';
import { LivenessFlow } from '../../liveness';
import { browserRandomBytes, cryptoRandom } from '../../../shared/random';
import { newPracticeSession } from '../model/practice-session';
import { PracticeNextStep } from './practice-next-step';
import { PrepareFaceCheck } from './prepare-face-check';

/** /practice: the real check with nothing submitted, and more feedback. Practice certifies nothing. */
export function PracticeScreen() {
  const { t } = useTranslation('practice');
  const { config } = useServices();
  const [, navigate] = useLocation();
  const [session] = useState(() =>
    newPracticeSession({ fixedChallenges: config.practice.challenges, tier: 'standard', randomBytes: browserRandomBytes, random: cryptoRandom }),
  );
  return (
    <LivenessFlow
      mode="practice"
      title={t('title')}
      backTo="/"
      challenges={session.challenges}
      challengeId={session.challengeId}
      nonce={session.nonce}
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
