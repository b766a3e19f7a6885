import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useServices } from '../../../app/services';
import { LivenessFlow } from '../../liveness/components/liveness-flow';
import { createRandomId, cryptoRandom, pickChallenges } from '../../liveness/model/pick-challenges';
import { PrepareFaceCheck } from './prepare-face-check';

/** Three actions: enough to learn every kind of movement over a few tries, short enough not to tire. */
const practiceActionCount = 3;

/** /practice: the real check with nothing submitted, and more feedback. Practice certifies nothing. */
export function PracticeScreen() {
  const { t } = useTranslation('practice');
  const { config } = useServices();
  const [, navigate] = useLocation();
  const [session] = useState(() => ({
    challenges: config.practice.challenges ?? pickChallenges(practiceActionCount, Math.random),
    challengeId: `practice-${createRandomId(cryptoRandom, 8)}`,
    nonce: createRandomId(cryptoRandom),
  }));
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
