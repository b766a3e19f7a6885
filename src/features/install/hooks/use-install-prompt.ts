import { useState } from 'react';
import { promptInstall, useInstallPromptStore } from '../effects/install-prompt';

export type InstallResult = 'accepted' | 'dismissed' | null;

/** The browser's own install dialog (Android Chrome, Edge, Samsung Internet), when it offers one. */
export function useInstallPrompt() {
  const canPrompt = useInstallPromptStore((s) => s.deferred !== null);
  const installedNow = useInstallPromptStore((s) => s.installed);
  const [result, setResult] = useState<InstallResult>(null);

  async function install() {
    const outcome = await promptInstall();
    if (outcome !== 'unavailable') setResult(outcome);
  }

  return { canPrompt, installedNow, result, install };
}
