import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createWebSpeechService } from '../../../src/adapters/speech/web-speech-service';
import { useSettingsStore } from '../../../src/shared/settings-store';
import { Screen } from '../../../src/shared/ui/screen';
import { FakeSpeechSynthesis, fakeUtterance, fakeVoice } from '../../adapters/speech/fake-speech-synthesis';
import { renderWithApp } from '../../support/render-with-app';

function setup(synth: FakeSpeechSynthesis | undefined) {
  const speech = createWebSpeechService({
    synth: synth as unknown as SpeechSynthesis | undefined,
    createUtterance: fakeUtterance,
  });
  return renderWithApp(
    <Screen title="第一步" backTo="/">
      <p>请打开手机上的软件。</p>
    </Screen>,
    { services: { speech } },
  );
}

describe('ReadAloudButton in the screen frame', () => {
  it("reads the screen's own heading and text with the Chinese voice, and can be stopped", async () => {
    const synth = new FakeSpeechSynthesis();
    synth.voices = [fakeVoice('zh-CN')];
    await setup(synth);
    // jsdom has no innerText layout; the screen falls back to textContent there.
    await userEvent.click(await screen.findByRole('button', { name: /朗读/ }));
    expect(synth.spoken.map((u) => u.text).join('')).toContain('第一步');
    expect(synth.spoken.map((u) => u.text).join('')).toContain('请打开手机上的软件。');
    const stop = await screen.findByRole('button', { name: /停止朗读/ });
    await userEvent.click(stop);
    expect(await screen.findByRole('button', { name: /^朗读$/ })).toBeInTheDocument();
    expect(synth.cancelCount).toBeGreaterThan(0);
  });

  it('explains in words when the phone has no Chinese voice', async () => {
    const synth = new FakeSpeechSynthesis();
    synth.voices = [fakeVoice('en-US')];
    await setup(synth);
    await userEvent.click(await screen.findByRole('button', { name: /朗读/ }));
    expect(await screen.findByRole('status')).toHaveTextContent('没有中文朗读声音');
    expect(synth.spoken).toHaveLength(0);
  });

  it('explains when the browser cannot read aloud at all', async () => {
    await setup(undefined);
    await userEvent.click(await screen.findByRole('button', { name: /朗读/ }));
    expect(await screen.findByRole('status')).toHaveTextContent('不支持朗读');
  });

  it('goes back to "朗读" by itself when the reading ends', async () => {
    const synth = new FakeSpeechSynthesis();
    synth.voices = [fakeVoice('zh-CN')];
    await setup(synth);
    await userEvent.click(await screen.findByRole('button', { name: /朗读/ }));
    await screen.findByRole('button', { name: /停止朗读/ });
    synth.finishAll();
    await waitFor(() => expect(screen.getByRole('button', { name: /^朗读$/ })).toBeInTheDocument());
  });

  it('is not shown when reading aloud is turned off in settings', async () => {
    useSettingsStore.setState({ readAloudEnabled: false });
    try {
      await setup(new FakeSpeechSynthesis());
      await screen.findByRole('heading', { level: 1, name: '第一步' });
      expect(screen.queryByRole('button', { name: /朗读/ })).not.toBeInTheDocument();
      // The 12333 hotline stays in the same place.
      expect(screen.getByRole('link', { name: /12333/ })).toHaveAttribute('href', 'tel:12333');
    } finally {
      useSettingsStore.setState({ readAloudEnabled: true });
    }
  });
});
