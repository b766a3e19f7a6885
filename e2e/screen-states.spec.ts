import { test } from '@playwright/test';
import { appJourneys, prepareJourney } from './support/app-states';
import {
  expectElderlyFriendly,
  expectInFirstScreen,
  expectInView,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  saveScreenshot,
  useTextSize,
  waitForScreen,
} from './support/elderly-friendly';

// Every state in app-states.ts as a person meets it, on the 360 px phone with 特大 text (the
// hardest case; shell-quality.spec.ts checks the first screens at the standard size on both
// phones). Each state is measured with the elderly-first numbers and the layout check, checked with
// axe, its main action looked for where it must be, and photographed
// (e2e-artifacts/phone-360/state-<name>.png). The help bar (朗读, 拨打 12333) is in view on every one.
test.use({ serviceWorkers: 'block' });

for (const journey of appJourneys) {
  test(`${journey.name}: ${journey.states.map((s) => s.name).join(', ')} at 特大`, async ({ page, context }, testInfo) => {
    // Skipped on the 390 px phone on purpose: the walk is the hardest case (360 px, 特大), walked once;
    // shell-quality.spec.ts checks first screens at both widths.
    test.skip(testInfo.project.name !== 'phone-360', 'walked once, on the 360 px phone');
    test.setTimeout(journey.slow ? 240_000 : 60_000 + journey.states.length * 30_000);
    await useTextSize(context, 'extraLarge');
    await prepareJourney(context, journey);
    await page.goto(journey.route);
    await waitForScreen(page);
    for (const state of journey.states) {
      await test.step(state.name, async () => {
        await state.reach?.(page);
        await waitForScreen(page);
        await saveScreenshot(page, testInfo, `state-${state.name}`);
        await expectNoHorizontalScroll(page);
        await expectElderlyFriendly(page, { minFontPx: 28, minHeadingPx: 39 });
        await expectNoAxeViolations(page);
        if (state.inView) await expectInView(page, state.inView(page));
        // With the keyboard closed (no field focused), as a person looks at the screen.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const bar = page.locator('.help-bar');
        const helpBar = state.modal ? [] : [bar.getByRole('link', { name: /^拨打 12333/ }), bar.getByRole('button', { name: '朗读' })];
        await expectInFirstScreen(page, [...(state.firstScreen?.(page) ?? []), ...helpBar]);
      });
    }
  });
}
