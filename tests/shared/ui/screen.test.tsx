import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Screen } from '../../../src/shared/ui/screen';
import { renderWithApp } from '../../support/render-with-app';

describe('Screen (every screen’s frame)', () => {
  it('has a visible way back, one h1, a main region, the tab title and the 12333 hotline', async () => {
    const { location } = await renderWithApp(
      <Screen title="常见问题" backTo="/guide">
        <p>内容</p>
      </Screen>,
      { path: '/faq' },
    );
    expect(await screen.findAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('main')).toHaveTextContent('内容');
    await waitFor(() => expect(document.title).toBe('常见问题 · 养老金认证助手'));
    const hotline = screen.getByRole('link', { name: '拨打 12333，人社服务热线' });
    expect(hotline).toHaveAttribute('href', 'tel:12333');
    await userEvent.click(screen.getByRole('link', { name: '返回上一页' }));
    expect(location.history?.at(-1)).toBe('/guide');
  });

  it('has no back button on the home screen', async () => {
    await renderWithApp(
      <Screen title="养老金认证助手">
        <p>首页</p>
      </Screen>,
    );
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: '返回上一页' })).not.toBeInTheDocument();
  });
});
