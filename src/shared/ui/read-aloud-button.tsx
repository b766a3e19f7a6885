import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useSettingsStore } from '../../features/settings/settings-store';

type Problem = 'noChineseVoice' | 'notSupported' | 'off' | null;

/** Reads the screen's own visible text, so what is heard is exactly what is shown. */
export function ReadAloudButton({ getText }: { getText: () => string }) {
  const { t, i18n } = useTranslation();
  const { speech } = useServices();
  const readAloudEnabled = useSettingsStore((s) => s.readAloudEnabled);
  const [speaking, setSpeaking] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  // Leaving the screen stops its reading.
  useEffect(() => () => speech.cancel(), [speech]);

  function toggle() {
    if (speaking) {
      speech.cancel();
      setSpeaking(false);
      return;
    }
    if (!readAloudEnabled) {
      setProblem('off');
      return;
    }
    const text = getText();
    const outcome = speech.speak(text, i18n.language, { onEnd: () => setSpeaking(false) });
    if (outcome === 'speaking') {
      setProblem(null);
      setSpeaking(true);
    } else {
      setProblem(outcome === 'no-voice-for-language' ? 'noChineseVoice' : 'notSupported');
    }
  }

  return (
    <>
      <button type="button" className="btn btn-secondary read-aloud" onClick={toggle} aria-pressed={speaking}>
        <span aria-hidden="true" className="icon">🔊</span>
        {speaking ? t('action.stopReading') : t('action.readAloud')}
      </button>
      {problem && (
        <p className="notice" role="status">
          {t(`readAloud.${problem}`)}
        </p>
      )}
    </>
  );
}
