import { afterEach, describe, expect, it } from 'vitest';
import { createMediaInspector, MediaInspectorBusyError, type MediaInspector } from '../../src/media/media-inspector';
import { hostileWebm } from '../support/hostile-media';
import { fixtureFacts, fixtures } from '../support/test-server';

const hangingThread = new URL('../support/hanging-inspection-thread.mjs', import.meta.url);
const inspectors: MediaInspector[] = [];
afterEach(async () => {
  await Promise.all(inspectors.splice(0).map((inspector) => inspector.close()));
});

describe('media inspector (worker threads)', () => {
  it('reads the real fixtures in a thread', async () => {
    const inspector = createMediaInspector();
    inspectors.push(inspector);
    expect(await inspector.inspectPhoto(fixtures.jpeg)).toEqual({
      ok: true,
      facts: { width: fixtureFacts.jpegWidth, height: fixtureFacts.jpegHeight },
    });
    expect(await inspector.inspectVideo(fixtures.webm)).toEqual({
      ok: true,
      facts: { mimeType: 'video/webm', durationMs: fixtureFacts.webmDurationMs },
    });
    expect(await inspector.inspectVideo(hostileWebm.hugeTimecode)).toMatchObject({
      ok: false,
      refusal: { code: 'unreadable-video', reason: 'bad-length' },
    });
  });

  it('stops a reader that never returns at its deadline, keeps the event loop free, and gives the next file a fresh thread', async () => {
    const hanging = createMediaInspector({ threadFile: hangingThread, timeoutMs: 300, maxThreads: 1 });
    inspectors.push(hanging);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 20);
    try {
      const result = await hanging.inspectVideo(fixtures.webm);
      expect(result).toMatchObject({ ok: false, refusal: { code: 'unreadable-video', reason: 'too-slow' } });
    } finally {
      clearInterval(ticker);
    }
    // The main thread kept running timers while the thread spun.
    expect(ticks).toBeGreaterThan(3);
    const again = await hanging.inspectPhoto(fixtures.jpeg);
    expect(again).toMatchObject({ ok: false, refusal: { code: 'unreadable-photo', reason: 'too-slow' } });
  });

  it('turns files away (busy) when too many wait for a thread', async () => {
    const hanging = createMediaInspector({ threadFile: hangingThread, timeoutMs: 300, maxThreads: 1, maxQueue: 1 });
    inspectors.push(hanging);
    const file = fixtures.webm;
    // One thread, one place in the queue: of three files sent at once, at least the third is turned away.
    const outcomes = await Promise.allSettled([hanging.inspectVideo(file), hanging.inspectVideo(file), hanging.inspectVideo(file)]);
    const busy = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const outcome of busy) expect(outcome.reason).toBeInstanceOf(MediaInspectorBusyError);
    for (const outcome of outcomes) if (outcome.status === 'fulfilled') expect(outcome.value).toMatchObject({ ok: false, refusal: { reason: 'too-slow' } });
    expect(outcomes[0]?.status).toBe('fulfilled');
  });
});
