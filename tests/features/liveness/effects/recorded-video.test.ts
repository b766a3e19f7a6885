import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { analyseRecording, type VideoFrameSource } from '../../../../src/features/liveness/effects/recorded-video';
import { fittingVideoBitsPerSecond, sniffVideoType } from '../../../../src/features/liveness/effects/fit-recording';
import type { ChallengeKind } from '../../../../src/features/liveness/model/challenge';
import { defaultLivenessConfig } from '../../../../src/features/liveness/model/liveness-config';
import { createFakeFrameGrabber } from '../../../support/fakes/fake-frame-grabber';
import { createScriptedFaceDetector } from '../../../support/fakes/scripted-face-detector';
import { loadTrace } from '../../../support/traces';

/** A recorded file played once (a file does not loop like the fake camera), `fps` frames per second of video. */
function traceAsFile(traceId: string, fps: number) {
  const trace = loadTrace(traceId);
  const durationMs = Math.round(trace.clip_duration_s * 1000);
  const grabber = createFakeFrameGrabber();
  let nextMs = 0;
  const source: VideoFrameSource = {
    durationMs,
    async next() {
      if (nextMs >= durationMs) return null;
      const mediaTimeMs = nextMs;
      nextMs += 1000 / fps;
      return { frame: await grabber.grabFrame(), mediaTimeMs };
    },
    close: () => undefined,
  };
  return { source, detector: createScriptedFaceDetector(trace), grabber };
}

async function analyse(traceId: string, challenges: ChallengeKind[], fps = 15) {
  const { source, detector, grabber } = traceAsFile(traceId, fps);
  const offered: number[] = [];
  const analysis = await analyseRecording({
    source,
    detector,
    measureBrightness: () => 128,
    bestFrame: { bestQuality: 0, offer: (_frame, quality) => void offered.push(quality), toJpeg: () => Promise.resolve(null), clear: () => undefined },
    challenges,
    config: defaultLivenessConfig,
    timestampBaseMs: 0,
  });
  return { analysis, offered, openFrames: grabber.open };
}

describe('analyseRecording (the recorded route: the same engine over the frames of a file)', () => {
  it('passes a head-turn recording asked in the order it was filmed, with a photo candidate, and closes every frame', async () => {
    const { analysis, offered, openFrames } = await analyse('real-03-head-turn-woman-hijab', ['turn-right', 'turn-left']);
    expect(analysis.passed).toBe(true);
    expect(analysis.state.records.map((record) => record.kind)).toEqual(['turn-right', 'turn-left']);
    expect(analysis.analysedFps).toBeCloseTo(15, 0);
    expect(offered.length).toBeGreaterThan(0);
    expect(openFrames).toBe(0);
  });

  it('refuses the same recording asked in the other order: each action must follow the previous one', async () => {
    const { analysis } = await analyse('real-03-head-turn-woman-hijab', ['turn-left', 'turn-right']);
    expect(analysis.passed).toBe(false);
  });

  it('never passes a photo held up to the camera', async () => {
    for (const kind of ['mouth-open', 'turn-left', 'close-eyes'] as const) {
      const { analysis } = await analyse('attack-04-screen-elderly-woman', [kind]);
      expect(analysis.passed, kind).toBe(false);
    }
  });

  it('passes the slow tier’s actions at a low analysis rate too (a slow phone checks fewer frames)', async () => {
    expect((await analyse('real-02-mouth-open-man', ['mouth-open'], 6)).analysis.passed).toBe(true);
  });
});

describe('fitting the file to the server’s limits', () => {
  it('knows MP4 (a phone’s .mov too) and WebM by their bytes, not their names', async () => {
    // Node's own Blob: jsdom's has no arrayBuffer().
    const mp4 = new NodeBlob([new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypqt  ')])], { type: '' });
    const webm = new NodeBlob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0, 0, 0, 0, 0])], { type: 'video/mp4' });
    expect(await sniffVideoType(mp4 as unknown as Blob)).toBe('video/mp4');
    expect(await sniffVideoType(webm as unknown as Blob)).toBe('video/webm');
  });

  it('picks a bit rate that keeps the video with its sound under the limit, within a face-readable range', () => {
    const bits = fittingVideoBitsPerSecond(8 * 1024 * 1024, 20_000);
    expect(((bits + 32_000) * 20) / 8).toBeLessThan(8 * 1024 * 1024);
    expect(fittingVideoBitsPerSecond(100_000, 30_000)).toBe(150_000);
    expect(fittingVideoBitsPerSecond(100 * 1024 * 1024, 5_000)).toBe(600_000);
  });
});
