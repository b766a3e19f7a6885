import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { Link } from 'wouter';
import { useDueDateStore } from '../due-date-store';
import type * as DueReminderBannerModule from './due-reminder-banner';

// What home shows of the due-date feature. The reminder (its rules, dates and words) is a chunk of
// its own, loaded only on a phone where a date is saved: a first visit does not download it.
type BannerModule = typeof DueReminderBannerModule;
let bannerModule: BannerModule | undefined;

function loadBanner(i18n: I18n): Promise<BannerModule> {
  return Promise.all([import('./due-reminder-banner'), i18n.loadNamespaces('due')]).then(([module]) => {
    bannerModule = module;
    return module;
  });
}

/**
 * Called before the first render (src/main.tsx): where a date is saved, the reminder is ready when
 * home first appears, so it never pushes the choices down under the person's finger.
 */
export function preloadDueReminder(i18n: I18n): Promise<void> {
  if (!useDueDateStore.getState().own || bannerModule) return Promise.resolve();
  return loadBanner(i18n).then(
    () => undefined,
    (error: unknown) => console.warn('the due-date reminder could not load', error),
  );
}

/** From month 10 of the cycle on (or when overdue), the reminder at the top of home. */
export function DueReminderSlot() {
  const { i18n } = useTranslation();
  const hasDate = useDueDateStore((s) => s.own !== null);
  const [module, setModule] = useState(bannerModule);
  useEffect(() => {
    // A date saved during this visit (on /due, or after an approval): load it now.
    if (hasDate && !module) void loadBanner(i18n).then(setModule, () => undefined);
  }, [hasDate, module, i18n]);
  if (!hasDate || !module) return null;
  return <module.DueReminderBanner />;
}

/** While no date is known, a quiet way to "am I due?": below the main choices, not above them. */
export function DueDateLink() {
  // Home's words: this link is on every first visit, and the due-date words load with the reminder.
  const { t } = useTranslation('home');
  const hasDate = useDueDateStore((s) => s.own !== null);
  if (hasDate) return null;
  return (
    <p>
      <Link href="/due" className="btn btn-secondary btn-block">
        {t('dueLink')}
      </Link>
    </p>
  );
}
