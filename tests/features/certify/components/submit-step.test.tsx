import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SubmitStep } from '../../../../src/features/certify/components/submit-step';
import { renderWithApp } from '../../../support/render-with-app';
import { anEvidence } from '../../submission/support/evidence';

const handlers = () => ({ onSubmit: vi.fn(), onRedo: vi.fn(), onRestart: vi.fn(), onDiscard: vi.fn() });

beforeEach(() => {
  URL.createObjectURL ??= () => 'blob:test';
  URL.revokeObjectURL ??= () => {};
});

describe('submit step', () => {
  it('sends nothing until 提交, and offers to redo or delete instead', async () => {
    const on = handlers();
    const expiresAt = new Date(Date.now() + 10 * 60_000).toISOString();
    await renderWithApp(<SubmitStep evidence={anEvidence()} expiresAt={expiresAt} saving={false} saveFailed={false} {...on} />);
    expect(await screen.findByText(/不点“提交”，什么都不会发出去/)).toBeVisible();
    expect(screen.queryByText(/最多还能等/)).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '重新刷脸' }));
    await user.click(screen.getByRole('button', { name: '不发了，删除照片' }));
    expect(on.onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(on.onSubmit).toHaveBeenCalledTimes(1);
    expect(on.onRedo).toHaveBeenCalledTimes(1);
    expect(on.onDiscard).toHaveBeenCalledTimes(1);
  });

  it('warns a few minutes before the session ends', async () => {
    const expiresAt = new Date(Date.now() + 2 * 60_000 + 10_000).toISOString();
    await renderWithApp(<SubmitStep evidence={anEvidence()} expiresAt={expiresAt} saving={false} saveFailed={false} {...handlers()} />);
    expect(await screen.findByText('请尽快点“提交”：这一步最多还能等 3 分钟，过期后要重新刷脸。')).toBeVisible();
  });

  it('once the session has ended, says so and starts again instead of failing later', async () => {
    const on = handlers();
    const expiresAt = new Date(Date.now() - 1000).toISOString();
    await renderWithApp(<SubmitStep evidence={anEvidence()} expiresAt={expiresAt} saving={false} saveFailed={false} {...on} />);
    expect(await screen.findByText('这一步等待太久，已经过期。请重新做一次，只要几分钟。')).toBeVisible();
    expect(screen.queryByRole('button', { name: '提交' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: '重新刷脸' }));
    expect(on.onRestart).toHaveBeenCalledTimes(1);
  });
});
