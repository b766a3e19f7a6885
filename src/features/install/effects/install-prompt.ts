import { create } from 'zustand';

/** Chrome's beforeinstallprompt event (not in the DOM typings). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

type InstallPromptState = {
  /** The deferred prompt, while the browser offers one. */
  deferred: BeforeInstallPromptEvent | null;
  installed: boolean;
};

export const useInstallPromptStore = create<InstallPromptState>()(() => ({ deferred: null, installed: false }));

function isBeforeInstallPrompt(event: Event): event is BeforeInstallPromptEvent {
  return 'prompt' in event && typeof (event as { prompt?: unknown }).prompt === 'function';
}

/**
 * Chrome fires beforeinstallprompt once, early, on whatever page is open; the install screen is a
 * lazy chunk that may load much later. So the composition root starts listening at start-up and
 * keeps the event here. Returns the function that stops listening.
 */
export function captureInstallPrompt(target: Window = window): () => void {
  const onPrompt = (event: Event) => {
    if (!isBeforeInstallPrompt(event)) return;
    // Keep Chrome's own mini-infobar away: the person installs from our big, explained button.
    event.preventDefault();
    useInstallPromptStore.setState({ deferred: event });
  };
  const onInstalled = () => useInstallPromptStore.setState({ deferred: null, installed: true });
  target.addEventListener('beforeinstallprompt', onPrompt);
  target.addEventListener('appinstalled', onInstalled);
  return () => {
    target.removeEventListener('beforeinstallprompt', onPrompt);
    target.removeEventListener('appinstalled', onInstalled);
  };
}

/** Shows the browser's own install dialog; a prompt can be used only once. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const { deferred } = useInstallPromptStore.getState();
  if (!deferred) return 'unavailable';
  useInstallPromptStore.setState({ deferred: null });
  await deferred.prompt();
  const choice = await deferred.userChoice;
  if (choice.outcome === 'accepted') useInstallPromptStore.setState({ installed: true });
  return choice.outcome;
}
