import { useMemo } from 'react';
import { detectInstallPlatform, type InstallPlatform } from '../model/install-platform';

function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  const media = typeof window.matchMedia === 'function' && window.matchMedia('(display-mode: standalone)').matches;
  return iosStandalone || media;
}

export function useInstallPlatform(): InstallPlatform {
  return useMemo(
    () =>
      detectInstallPlatform({
        userAgent: navigator.userAgent,
        standalone: isStandalone(),
        maxTouchPoints: navigator.maxTouchPoints ?? 0,
      }),
    [],
  );
}

/** The app's address, to copy into another browser. */
export function useAppAddress(): string {
  return `${window.location.origin}/`;
}
