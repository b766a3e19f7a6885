import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarDateOf } from '../../../../contract/calendar-date';
import { KioskToday } from '../../../../src/features/kiosk/components/kiosk-today';
import { useKioskStore } from '../../../../src/features/kiosk/kiosk-store';
import type { CertificationBackend } from '../../../../src/adapters/backend/certification-backend';
import { renderWithApp } from '../../../support/render-with-app';

function fakeBackend(): CertificationBackend {
  return {
    kind: 'fake',
    startSession: vi.fn(),
    uploadEvidence: vi.fn(),
    withdraw: vi.fn(),
    lookupStatusToken: vi.fn(),
    getStatus: vi.fn(async ({ statusToken }: { statusToken: string }) =>
      statusToken === 'token-approved'
        ? { notModified: false as const, status: { state: 'approved' as const, decidedAt: '2026-11-27T09:00:00Z' } }
        : { notModified: true as const },
    ),
  };
}

describe("kiosk: today's count", () => {
  beforeEach(() => {
    const today = calendarDateOf(new Date());
    useKioskStore.setState({
      records: [
        { id: 'a', day: today, state: 'received', statusToken: 'token-approved' },
        { id: 'b', day: today, state: 'received', statusToken: 'token-unchanged' },
        { id: 'c', day: today, state: 'uploading' },
        { id: 'd', day: '2000-01-01', state: 'approved', statusToken: 'old' },
      ],
    });
  });

  it('counts today only, asks the server for open results, and shows numbers without names', async () => {
    const backend = fakeBackend();
    await renderWithApp(<KioskToday backend={backend} />);
    expect(await screen.findByText('今天共提交：3 人')).toBeInTheDocument();
    expect(await screen.findByText('已通过：1')).toBeInTheDocument();
    expect(screen.getByText('已收到：1')).toBeInTheDocument();
    expect(screen.getByText('正在上传：1')).toBeInTheDocument();
    expect(backend.getStatus).toHaveBeenCalledTimes(2);
    expect(useKioskStore.getState().records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
