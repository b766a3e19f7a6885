/**
 * Remembers every object URL the page creates while kiosk mode is on (photo previews, video
 * players, downloads: created by several features), so 下一位 can revoke them all and no blob of
 * the last person stays reachable. Installed by the kiosk shell, uninstalled when it unmounts.
 */
export type ObjectUrlTracker = { revokeAll: () => number; uninstall: () => void };

type UrlStatics = { createObjectURL: (obj: Blob | MediaSource) => string; revokeObjectURL: (url: string) => void };

export function installObjectUrlTracker(urlStatics: UrlStatics = URL): ObjectUrlTracker {
  const originalCreate = urlStatics.createObjectURL;
  const originalRevoke = urlStatics.revokeObjectURL;
  const live = new Set<string>();
  urlStatics.createObjectURL = (obj) => {
    const url = originalCreate.call(urlStatics, obj);
    live.add(url);
    return url;
  };
  urlStatics.revokeObjectURL = (url) => {
    live.delete(url);
    originalRevoke.call(urlStatics, url);
  };
  return {
    revokeAll: () => {
      const count = live.size;
      for (const url of live) originalRevoke.call(urlStatics, url);
      live.clear();
      return count;
    },
    uninstall: () => {
      urlStatics.createObjectURL = originalCreate;
      urlStatics.revokeObjectURL = originalRevoke;
    },
  };
}
