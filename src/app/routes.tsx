import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { HomeScreen } from '../features/home/components/home-screen';
// Deep import on purpose: home is the first page, and the due-date feature's index.ts would bring
// its form, calendar file and summary screens into that first load. The reminder itself loads only
// where a date is saved (preloadDueReminder, before the first render).
import { DueDateLink, DueReminderSlot } from '../features/due-date/components/due-reminder-slot';
import { KioskLock } from '../features/kiosk/components/kiosk-lock';
import { NotFoundScreen } from './not-found-screen';
import { lazyScreen } from '../shared/ui/lazy-screen';

export { preloadDueReminder as preloadHome } from '../features/due-date/components/due-reminder-slot';

// Every screen, by URL. Features also use one another, but only along the edges docs/structure.md
// lists, through their index.ts (lint holds it). Every screen but home is its own chunk, so the
// first page load stays small; the service worker precaches them all for offline use.
const SettingsScreen = lazyScreen(
  () => import('../features/settings/components/settings-screen').then((m) => m.SettingsScreen),
  ['settings'],
);
const PracticeScreen = lazy(() =>
  import('../features/practice/components/practice-screen').then((m) => ({ default: m.PracticeScreen })),
);

const InstallScreen = lazyScreen(
  () => import('../features/install/components/install-screen').then((m) => m.InstallScreen),
  ['install'],
);

const RegionScreen = lazy(() =>
  import('../features/region/components/region-screen').then((m) => ({ default: m.RegionScreen })),
);
const ChannelsScreen = lazy(() =>
  import('../features/region/components/channels-screen').then((m) => ({ default: m.ChannelsScreen })),
);
const GuideIntroScreen = lazy(() =>
  import('../features/guide/components/guide-intro-screen').then((m) => ({ default: m.GuideIntroScreen })),
);
const GuideStepScreen = lazy(() =>
  import('../features/guide/components/guide-step-screen').then((m) => ({ default: m.GuideStepScreen })),
);
const FaqScreen = lazy(() => import('../features/guide/components/faq-screen').then((m) => ({ default: m.FaqScreen })));
const ScamScreen = lazy(() =>
  import('../features/guide/components/scam-screen').then((m) => ({ default: m.ScamScreen })),
);
const OfflineOptionsScreen = lazy(() =>
  import('../features/guide/components/offline-options-screen').then((m) => ({
    default: m.OfflineOptionsScreen,
  })),
);

const CertifyScreen = lazy(() =>
  import('../features/certify/components/certify-screen').then((m) => ({ default: m.CertifyScreen })),
);
const StatusScreen = lazy(() =>
  import('../features/status/components/status-screen').then((m) => ({ default: m.StatusScreen })),
);
const KioskScreen = lazy(() =>
  import('../features/kiosk/components/kiosk-screen').then((m) => ({ default: m.KioskScreen })),
);
const FamilyScreen = lazy(() =>
  import('../features/family/components/family-screen').then((m) => ({ default: m.FamilyScreen })),
);
const AddElderScreen = lazy(() =>
  import('../features/family/components/add-elder-screen').then((m) => ({ default: m.AddElderScreen })),
);
const ElderCertifyScreen = lazy(() =>
  import('../features/family/components/elder-certify-screen').then((m) => ({ default: m.ElderCertifyScreen })),
);
const DueDateScreen = lazy(() =>
  import('../features/due-date/components/due-date-screen').then((m) => ({ default: m.DueDateScreen })),
);

function Home() {
  return <HomeScreen reminder={<DueReminderSlot />} more={<DueDateLink />} />;
}

export function AppRoutes() {
  return (
    <>
    <KioskLock />
    <Switch>
      <Route path="/" component={Home} />
      <Route path="/settings" component={SettingsScreen} />
      <Route path="/certify" component={CertifyScreen} />
      <Route path="/status" component={StatusScreen} />
      <Route path="/practice" component={PracticeScreen} />
      <Route path="/install" component={InstallScreen} />
      <Route path="/region" component={RegionScreen} />
      <Route path="/channels" component={ChannelsScreen} />
      <Route path="/guide" component={GuideIntroScreen} />
      <Route path="/guide/:step" component={GuideStepScreen} />
      <Route path="/faq" component={FaqScreen} />
      <Route path="/scam" component={ScamScreen} />
      <Route path="/offline-options" component={OfflineOptionsScreen} />
      <Route path="/kiosk" component={KioskScreen} />
      <Route path="/kiosk/back" component={KioskScreen} />
      <Route path="/kiosk/recover" component={KioskScreen} />
      <Route path="/kiosk/recovered" component={KioskScreen} />
      <Route path="/due" component={DueDateScreen} />
      <Route path="/family" component={FamilyScreen} />
      <Route path="/family/add" component={AddElderScreen} />
      <Route path="/family/certify/:id" component={ElderCertifyScreen} />
      <Route component={NotFoundScreen} />
    </Switch>
    </>
  );
}
