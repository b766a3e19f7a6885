import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CheckItem } from '../../../src/shared/ui/check-item';
import { Disclosure } from '../../../src/shared/ui/disclosure';
import { Notice } from '../../../src/shared/ui/notice';
import { StepProgress } from '../../../src/shared/ui/step-progress';
import { renderWithApp } from '../../support/render-with-app';

describe('StepProgress', () => {
  it('says the step in words, in each language', async () => {
    await renderWithApp(<StepProgress current={2} total={6} />);
    expect(await screen.findByText('第 2 步 / 共 6 步')).toBeInTheDocument();
  });

  it('keeps a wrong step number inside the range instead of showing nonsense', async () => {
    await renderWithApp(<StepProgress current={9} total={6} />, { language: 'en' });
    expect(await screen.findByText('Step 6 of 6')).toBeInTheDocument();
  });
});

describe('CheckItem', () => {
  function Controlled({ onChange }: { onChange: (checked: boolean) => void }) {
    const [checked, setChecked] = useState(false);
    return (
      <CheckItem
        checked={checked}
        onChange={(next) => {
          setChecked(next);
          onChange(next);
        }}
        description="人脸信息只在这部手机上处理"
      >
        我同意
      </CheckItem>
    );
  }

  it('toggles when the person taps anywhere on the row, and has an accessible name and description', async () => {
    const onChange = vi.fn();
    await renderWithApp(<Controlled onChange={onChange} />);
    const box = await screen.findByRole('checkbox', { name: /我同意/ });
    expect(box).toHaveAccessibleDescription('人脸信息只在这部手机上处理');
    await userEvent.click(screen.getByText('人脸信息只在这部手机上处理'));
    expect(box).toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(true);
    await userEvent.click(screen.getByText('我同意'));
    expect(box).not.toBeChecked();
  });
});

describe('Disclosure', () => {
  it('shows its content only after the summary is tapped', async () => {
    await renderWithApp(
      <Disclosure summary="刷脸失败怎么办？">
        <p>换个光线亮的地方再试。</p>
      </Disclosure>,
    );
    const details = (await screen.findByText('刷脸失败怎么办？')).closest('details');
    expect(details).not.toHaveAttribute('open');
    await userEvent.click(screen.getByText('刷脸失败怎么办？'));
    expect(details).toHaveAttribute('open');
  });
});

describe('Notice', () => {
  it('says what kind of notice it is in words, not only by colour', async () => {
    await renderWithApp(
      <Notice tone="danger" title="请注意" role="alert">
        <p>不要把验证码告诉任何人。</p>
      </Notice>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('请注意');
    expect(alert).toHaveTextContent('不要把验证码告诉任何人。');
    expect(alert).toHaveClass('notice-danger');
  });
});
