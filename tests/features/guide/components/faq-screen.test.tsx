import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FaqScreen } from '../../../../src/features/guide/components/faq-screen';
import { faqQuestions } from '../../../../src/features/guide/data/faq-questions';
import { renderWithApp } from '../../../support/render-with-app';

describe('FaqScreen', () => {
  it('lists the questions as expandable items, each answer with its sources', async () => {
    const user = userEvent.setup();
    const { container } = await renderWithApp(<FaqScreen />, { path: '/faq' });
    await screen.findByRole('heading', { level: 1, name: '常见问题' });
    const items = container.querySelectorAll('details');
    expect(items).toHaveLength(faqQuestions.length);
    for (const item of items) {
      const links = within(item as HTMLElement).getAllByRole('link');
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toHaveAttribute('href', expect.stringMatching(/^https?:\/\//));
      expect(item).toHaveTextContent(/日期：(\d{4}|不详)/);
    }

    const question = screen.getByText('忘了认证会怎样？');
    const details = question.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(question);
    expect(details.open).toBe(true);
    expect(details).toHaveTextContent('停发的钱会补发');
    expect(details).toHaveTextContent('吉林省社会保险事业管理局');
  }, 20_000);

  it('answers the questions the issue asks about', async () => {
    await renderWithApp(<FaqScreen />, { path: '/faq' });
    for (const text of ['为什么每年要认证？', '下次什么时候认证？', '什么是“静默认证”“无感认证”？', '能帮家人认证吗？', '住在国外怎么办？', '不会用手机怎么办？']) {
      expect(await screen.findByText(text)).toBeInTheDocument();
    }
    expect(screen.getByText(/中国领事/)).toBeInTheDocument();
  }, 20_000);
});
