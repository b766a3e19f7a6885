import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../services';
import { useSettingsStore } from '../settings-store';
import { Icon } from './icons';

type Problem = 'noChineseVoice' | 'notSupported' | null;
type Phase = 'idle' | 'starting' | 'speaking';

/**
 * Reads the screen's own visible text, so what is heard is exactly what is shown. Hidden when the
 * person turned reading aloud off in Settings; where the phone cannot speak the language, it says
 * so in words instead of silently doing nothing.
 */
export function ReadAloudButton({ getText }: { getText: () => string }) {
  const { t, i18n } = useTranslation();
  const { speech } = useServices();
  const readAloudEnabled = useSettingsStore((s) => s.readAloudEnabled);
  const [phase, setPhase] = useState<Phase>('idle');
  const [problem, setProblem] = useState<Problem>(null);
  const mounted = useRef(true);

  // Leaving the screen stops its reading.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      speech.cancel();
    };
  }, [speech]);

  if (!readAloudEnabled) return null;

  async function toggle() {
    if (phase !== 'idle') {
      speech.cancel();
      setPhase('idle');
      return;
    }
    setPhase('starting');
    const outcome = await speech.speak(getText(), i18n.language, {
      onEnd: () => {
        if (mounted.current) setPhase('idle');
      },
    });
    if (!mounted.current) return;
    if (outcome === 'speaking') {
      setProblem(null);
      setPhase((current) => (current === 'starting' ? 'speaking' : current));
    } else {
      setPhase('idle');
      setProblem(outcome === 'no-voice-for-language' ? 'noChineseVoice' : 'notSupported');
    }
  }

  const active = phase !== 'idle';
  return (
    <>
      <button type="button" className="btn btn-secondary read-aloud" onClick={() => void toggle()}>
        <Icon name={active ? 'stop' : 'speaker'} className="icon" />
        {active ? t('action.stopReading') : t('action.readAloud')}
      </button>
      <div role="status" className="read-aloud-status">
        {problem && <p className="notice notice-info">{t(`readAloud.${problem}`)}</p>}
      </div>
    </>
  );
}
