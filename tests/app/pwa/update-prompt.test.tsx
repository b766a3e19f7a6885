import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../src/app/pwa/update-prompt';
import { useUpdateGateStore } from '../../../src/shared/update-gate';
import { renderWithApp } from '../../support/render-with-app';

// The service worker registration, as workbox-window would report it: a new version is waiting.
const pwa = vi.hoisted(() => ({
  needRefresh: true,
  setNeedRefresh: vi.fn(),
  updateServiceWorker: vi.fn(() => Promise.resolve()),
  registration: { update: vi.fn(() => Promise.resolve()), installing: null } as unknown as ServiceWorkerRegistration,
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options?: { onRegisteredSW?: (url: string, r: ServiceWorkerRegistration) => void }) => {
    options?.onRegisteredSW?.('/sw.js', pwa.registration);
    return {
      needRefresh: [pwa.needRefresh, pwa.setNeedRefresh],
      offlineReady: [false, vi.fn()],
      updateServiceWorker: pwa.updateServiceWorker,
    };
  },
}));

afterEach(() => {
  useUpdateGateStore.setState({ busyReasons: [] });
  vi.useRealTimers();
  vi.clearAllMocks();
});

describe('UpdatePrompt', () => {
  it('offers the new version and updates only when the person taps it', async () => {
    await renderWithApp(<UpdatePrompt />);
    const update = await screen.findByRole('button', { name: '有新版本，点此更新' });
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
    await userEvent.click(update);
    expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('"以后再说" puts it away', async () => {
    await renderWithApp(<UpdatePrompt />);
    await userEvent.click(await screen.findByRole('button', { name: '以后再说' }));
    expect(pwa.setNeedRefresh).toHaveBeenCalledWith(false);
  });

  it('stays hidden while a screen holds the update gate, and appears once it lets go', async () => {
    useUpdateGateStore.getState().hold('face-check');
    await renderWithApp(<UpdatePrompt />);
    expect(screen.queryByRole('button', { name: '有新版本，点此更新' })).not.toBeInTheDocument();
    act(() => useUpdateGateStore.getState().release('face-check'));
    expect(await screen.findByRole('button', { name: '有新版本，点此更新' })).toBeInTheDocument();
  });

  it('asks for a new version periodically while online, and stops when it goes away', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { unmount } = await renderWithApp(<UpdatePrompt checkIntervalMs={1000} />);
    await vi.advanceTimersByTimeAsync(3100);
    expect(vi.mocked(pwa.registration.update).mock.calls.length).toBe(3);
    unmount();
    await vi.advanceTimersByTimeAsync(3000);
    expect(vi.mocked(pwa.registration.update).mock.calls.length).toBe(3);
  });
});
