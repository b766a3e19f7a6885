import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Icon } from '../../../shared/ui/icons';
import { entryDisplay, entryStateIcons, entryStateKeys, useOutboxSnapshot } from '../../submission';

/**
 * 认证进度 on home, whenever this device has a submission (waiting, sent, in review or decided):
 * the newest one's state in words, leading to /status. Its own chunk (it needs the outbox), so
 * the first page stays small; nothing at all where the device has never submitted.
 */
export function ProgressCard() {
  const { t, i18n } = useTranslation(['home', 'submission']);
  const { entries, loaded } = useOutboxSnapshot();
  const latest = entries[0];
  if (!loaded || !latest) return null;
  const display = entryDisplay(latest);
  const state = t(`submission:${entryStateKeys[display]}`);
  const date = new Intl.DateTimeFormat(i18n.language, { month: 'long', day: 'numeric' }).format(new Date(latest.createdAt));
  return (
    <Link href="/status" className={`choice progress-card progress-card-${display}`} data-testid="progress-card">
      <Icon name={entryStateIcons[display]} className="choice-icon" />
      <span className="choice-text">
        <span className="choice-label">{t('home:progress.title')}</span>
        <span className="progress-card-state">
          {t(latest.backendKind === 'demo' ? 'home:progress.demoState' : 'home:progress.state', { name: latest.personName, state })}
        </span>
        <span className="choice-hint">{t('home:progress.hint', { date })}</span>
        {entries.length > 1 && <span className="choice-hint">{t('home:progress.more', { count: entries.length - 1 })}</span>}
      </span>
      <Icon name="forward" className="choice-arrow" />
    </Link>
  );
}
