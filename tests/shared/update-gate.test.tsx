import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selectUpdateAllowed, useUpdateGate, useUpdateGateStore } from '../../src/shared/update-gate';

function Busy({ busy, reason }: { busy: boolean; reason: string }) {
  useUpdateGate(busy, reason);
  return null;
}

const allowed = () => selectUpdateAllowed(useUpdateGateStore.getState());

afterEach(() => useUpdateGateStore.setState({ busyReasons: [] }));

describe('useUpdateGate', () => {
  it('holds the update prompt while any screen is busy and lets go when all are done', () => {
    const first = render(<Busy busy reason="face-check" />);
    const second = render(<Busy busy reason="upload" />);
    expect(allowed()).toBe(false);
    first.rerender(<Busy busy={false} reason="face-check" />);
    expect(allowed()).toBe(false);
    second.unmount();
    expect(allowed()).toBe(true);
  });

  it('lets go when the busy screen is left', () => {
    const { unmount } = render(<Busy busy reason="form" />);
    expect(allowed()).toBe(false);
    unmount();
    expect(allowed()).toBe(true);
  });
});
