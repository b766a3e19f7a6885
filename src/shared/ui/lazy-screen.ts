import { lazy, type ComponentType } from 'react';
import { getI18n } from 'react-i18next';

/**
 * A lazy route whose locale namespaces load in parallel with its code. Plain lazy() loads the
 * chunk, renders, and only then finds out it needs its namespace: a second round trip before the
 * screen shows, which on a slow rural network is most of a second.
 *
 *   const SettingsScreen = lazyScreen(() => import('…/settings-screen').then((m) => m.SettingsScreen), ['settings']);
 */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  namespaces: readonly string[],
) {
  return lazy(async () => {
    const i18n = getI18n();
    const [component] = await Promise.all([
      load(),
      // A failed namespace load is not fatal here: the screen's own useTranslation retries it.
      i18n ? i18n.loadNamespaces([...namespaces]).catch(() => undefined) : undefined,
    ]);
    return { default: component };
  });
}
