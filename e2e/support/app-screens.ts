/**
 * The screens every quality check walks (shell-quality.spec.ts, offline.spec.ts). Add a screen
 * here when it ships; `offline: true` screens must also work with no network after one visit.
 */
export type AppScreen = { route: string; name: string; offline: boolean };

export const appScreens: readonly AppScreen[] = [
  { route: '/', name: 'home', offline: true },
  { route: '/settings', name: 'settings', offline: true },
  { route: '/install', name: 'install', offline: true },
  { route: '/region', name: 'region', offline: true },
  { route: '/channels', name: 'channels', offline: true },
  { route: '/guide', name: 'guide', offline: true },
  ...[1, 2, 3, 4, 5, 6].map((step) => ({ route: `/guide/${step}`, name: `guide-${step}`, offline: true })),
  { route: '/faq', name: 'faq', offline: true },
  { route: '/scam', name: 'scam', offline: true },
  { route: '/offline-options', name: 'offline-options', offline: true },
];
