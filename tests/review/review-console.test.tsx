import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aSubmission, createFakeReviewServer } from './support/fake-review-server';
import { renderConsole } from './support/render-console';

// Whole sign-in and decision flows typed key by key: generous on a busy 2-core CI machine.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });

async function signIn(user: ReturnType<typeof userEvent.setup>, password = 'correct horse') {
  await user.type(await screen.findByLabelText('账号'), 'wang');
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('review console: signing in', () => {
  it('asks for the account, says plainly when the password is wrong, keeps the username, then shows the queue', async () => {
    const server = createFakeReviewServer();
    const user = userEvent.setup();
    await renderConsole(server.fetchImpl);

    expect(await screen.findByRole('heading', { level: 1, name: '工作人员登录' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请填写账号和密码。');

    await signIn(user, 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('账号或密码不对，请再输入一次。');
    expect(screen.getByLabelText('账号')).toHaveValue('wang');
    expect(screen.getByLabelText('密码')).toHaveValue('');

    await user.type(screen.getByLabelText('密码'), 'correct horse');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { level: 1, name: '认证材料' })).toBeInTheDocument();
    expect(screen.getByText('当前登录：wang')).toBeInTheDocument();
    const login = server.state.requests.find((r) => r.path === '/api/review/login' && r.body !== undefined);
    expect(login?.headers['x-requested-with']).toBe('review-console');
  });

  it('shows a network problem in plain words instead of a blank screen', async () => {
    const server = createFakeReviewServer();
    server.state.failNext = { path: /\/me$/, status: 0 };
    await renderConsole(server.fetchImpl);
    expect(await screen.findByRole('alert')).toHaveTextContent('连不上服务器。请检查网络后再试。');
    expect(screen.getByRole('button', { name: '登录' })).toBeEnabled();
  });
});

describe('review console: the queue', () => {
  it('lists open submissions with the masked ID number, received time and pre-checks in words, and filters by state', async () => {
    const failing = aSubmission({
      id: 'sub-2',
      name: '李建国',
      idNumberMasked: '4401**********0012',
      precheck: { passed: 5, failed: 1, warnings: 0, unknown: 0, allPassed: false },
    });
    const approved = aSubmission({ id: 'sub-3', name: '王秀兰', state: 'approved' });
    const server = createFakeReviewServer({ signedIn: true, submissions: [aSubmission(), failing, approved] });
    const user = userEvent.setup();
    await renderConsole(server.fetchImpl);

    const list = await screen.findByRole('list', { name: '待审核' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('张桂英');
    expect(cards[0]).toHaveTextContent('1101**********123X');
    expect(cards[0]).toHaveTextContent('全部通过（6 项）');
    expect(cards[0]).toHaveTextContent('2026');
    expect(cards[1]).toHaveTextContent('未通过 1 项，通过 5 项');
    expect(cards[1]).not.toHaveTextContent('0 项');
    expect(within(cards[1]!).getByText('✗')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByText('王秀兰')).not.toBeInTheDocument();
    expect(within(list).getByRole('link', { name: '查看 李建国 的材料' })).toHaveAttribute('href', '/submissions/sub-2');

    await user.click(screen.getByRole('radio', { name: '已通过' }));
    expect(await screen.findByText('王秀兰')).toBeInTheDocument();
    expect(screen.queryByText('张桂英')).not.toBeInTheDocument();
    expect(server.state.requests.map((r) => r.path)).toContain('/api/review/queue?state=approved');
  });

  it('says so when there is nothing to review', async () => {
    const server = createFakeReviewServer({ signedIn: true, submissions: [] });
    await renderConsole(server.fetchImpl);
    expect(await screen.findByText('这里没有材料。')).toBeInTheDocument();
  });
});

describe('review console: a submission', () => {
  it('shows the photo, the video with controls, the actions with times and peaks, the device and the pre-checks', async () => {
    const server = createFakeReviewServer({ signedIn: true });
    await renderConsole(server.fetchImpl, { path: '/submissions/sub-1' });

    expect(await screen.findByRole('heading', { level: 1, name: '认证材料：张桂英' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '张桂英 认证时拍的照片' })).toHaveAttribute('src', '/api/review/submissions/sub-1/photo');
    const video = document.querySelector('video');
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAttribute('src', '/api/review/submissions/sub-1/video');
    expect(screen.getByText(/时长 9\.1 秒/)).toBeInTheDocument();

    const order = screen.getByRole('heading', { name: '要求的动作顺序' }).nextElementSibling as HTMLElement;
    expect(within(order).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['向右转头', '向左转头']);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['1向右转头1.32.531°', '2向左转头5.86.928°']);
    expect(screen.getByText('前置（本人自拍）')).toBeInTheDocument();
    expect(screen.getByText('360x740')).toBeInTheDocument();

    const checks = screen.getByRole('heading', { name: '自动预检结果' }).parentElement as HTMLElement;
    expect(within(checks).getAllByText('通过').length).toBeGreaterThanOrEqual(2);
    expect(within(checks).getByText('动作顺序和要求一致')).toBeInTheDocument();
    // Every line in the console's language, from the server's notes.
    expect(within(checks).getByText('按要求的顺序做了：向右转头、向左转头。')).toBeInTheDocument();
    expect(within(checks).getByText('第 1 个动作只用了 20 毫秒（少于 80 毫秒）。')).toBeInTheDocument();
    expect(within(checks).queryByText(/Actions done in the order asked|lasted 20 ms/)).toBeNull();
    // A result stored before notes existed, or a note this console has no words for: the English, said to be English.
    expect(within(checks).getByText('Video bytes are video/webm; metadata says video/webm.')).toHaveAttribute('lang', 'en');
    expect(within(checks).getAllByText(/较早的记录，只有英文说明/)).toHaveLength(2);
    expect(within(checks).getByText('future-check')).toBeInTheDocument();
  });

  it('says the evidence was deleted instead of showing broken media', async () => {
    const server = createFakeReviewServer({ signedIn: true, submissions: [aSubmission({ evidenceAvailable: false })] });
    await renderConsole(server.fetchImpl, { path: '/submissions/sub-1' });
    expect(await screen.findByText(/照片和视频已删除/)).toBeInTheDocument();
    expect(document.querySelector('video')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('rejects only with a reason from the list, after a confirmation, and records it', async () => {
    const server = createFakeReviewServer({ signedIn: true });
    const user = userEvent.setup();
    await renderConsole(server.fetchImpl, { path: '/submissions/sub-1' });

    await user.click(await screen.findByRole('button', { name: '下一步：确认' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请先选择“通过”、“不通过”或“请重新认证”。');

    await user.click(screen.getByRole('radio', { name: '不通过' }));
    await user.click(screen.getByRole('button', { name: '下一步：确认' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请选择原因。');
    expect(server.state.requests.some((r) => r.path.endsWith('/decision'))).toBe(false);

    const reason = screen.getByRole('combobox', { name: '原因（必选）' });
    expect(within(reason).getAllByRole('option').map((o) => o.textContent)).toEqual(['请选择原因', '看不清脸', '不是本人']);
    await user.selectOptions(reason, 'not-the-person');
    await user.type(screen.getByRole('textbox', { name: /补充说明/ }), "照片里是另一个人'); DROP TABLE x;--");
    await user.click(screen.getByRole('button', { name: '下一步：确认' }));

    expect(screen.getByRole('heading', { name: '请确认' })).toHaveFocus();
    expect(screen.getByText('确定 张桂英 的认证不通过吗？')).toBeInTheDocument();
    expect(screen.getByText('原因：不是本人')).toBeInTheDocument();
    expect(server.state.requests.some((r) => r.path.endsWith('/decision'))).toBe(false);

    await user.click(screen.getByRole('button', { name: '确定' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已保存决定：不通过');
    const decision = server.state.requests.find((r) => r.path.endsWith('/decision'));
    expect(decision?.body).toEqual({
      decision: 'reject',
      reasonCode: 'not-the-person',
      reasonText: "照片里是另一个人'); DROP TABLE x;--",
    });
    expect(decision?.headers['x-requested-with']).toBe('review-console');
    expect(await screen.findByText('已有决定：不通过')).toBeInTheDocument();
    expect(screen.getByText('当前状态').nextElementSibling).toHaveTextContent('未通过');
  });

  it('asks to redo with the redo reasons only, and lets the reviewer go back and change before confirming', async () => {
    const server = createFakeReviewServer({ signedIn: true });
    const user = userEvent.setup();
    await renderConsole(server.fetchImpl, { path: '/submissions/sub-1' });

    await user.click(await screen.findByRole('radio', { name: '请重新认证' }));
    const reason = screen.getByRole('combobox', { name: '原因（必选）' });
    expect(within(reason).getAllByRole('option').map((o) => o.textContent)).toEqual(['请选择原因', '看不清脸']);
    await user.selectOptions(reason, 'face-not-visible');
    await user.click(screen.getByRole('button', { name: '下一步：确认' }));
    expect(screen.getByText('确定请 张桂英 重新认证吗？')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '返回修改' }));
    expect(screen.getByRole('radio', { name: '请重新认证' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: '原因（必选）' })).toHaveValue('face-not-visible');
    await user.click(screen.getByRole('radio', { name: '通过' }));
    expect(screen.queryByRole('combobox', { name: '原因（必选）' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步：确认' }));
    expect(screen.getByText('确定让 张桂英 的认证通过吗？')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '确定' }));

    expect(await screen.findByText('已有决定：通过')).toBeInTheDocument();
    expect(server.state.requests.filter((r) => r.path.endsWith('/decision')).map((r) => r.body)).toEqual([{ decision: 'approve' }]);
  });

  it('keeps the confirmation open with a plain message when someone else decided first', async () => {
    const server = createFakeReviewServer({ signedIn: true });
    server.state.failNext = { path: /\/decision$/, status: 409, body: { code: 'already-decided', message: 'x' } };
    const user = userEvent.setup();
    await renderConsole(server.fetchImpl, { path: '/submissions/sub-1' });
    await user.click(await screen.findByRole('radio', { name: '通过' }));
    await user.click(screen.getByRole('button', { name: '下一步：确认' }));
    await user.click(screen.getByRole('button', { name: '确定' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('这份材料已经有人作了决定。请刷新后查看。');
    expect(screen.getByRole('button', { name: '确定' })).toBeEnabled();
  });

  it('goes back to sign-in when the session ends, then returns to the same submission', async () => {
    const server = createFakeReviewServer({ signedIn: true });
    const user = userEvent.setup();
    const { location } = await renderConsole(server.fetchImpl, { path: '/submissions/sub-1' });
    await screen.findByRole('heading', { level: 1, name: '认证材料：张桂英' });

    // The page may still be loading its evidence; end the session only once the decision form is
    // there, so it is the decision, not a late evidence request, that meets the expired session.
    const approve = await screen.findByRole('radio', { name: '通过' });
    server.state.signedIn = false;
    await user.click(approve);
    await user.click(screen.getByRole('button', { name: '下一步：确认' }));
    await user.click(screen.getByRole('button', { name: '确定' }));
    expect(await screen.findByText('登录已过期，请重新登录。您刚才打开的页面会保留。')).toBeInTheDocument();

    await signIn(user);
    expect(await screen.findByRole('heading', { level: 1, name: '认证材料：张桂英' })).toBeInTheDocument();
    expect(location.history.at(-1)).toBe('/submissions/sub-1');
    // The half-made decision is still there.
    expect(await screen.findByRole('radio', { name: '通过' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: '下一步：确认' }));
    await user.click(screen.getByRole('button', { name: '确定' }));
    expect(await screen.findByText('已有决定：通过')).toBeInTheDocument();
  });

  it('says plainly when the submission no longer exists', async () => {
    const server = createFakeReviewServer({ signedIn: true });
    await renderConsole(server.fetchImpl, { path: '/submissions/gone' });
    expect(await screen.findByRole('alert')).toHaveTextContent('找不到这份材料，可能已被本人撤回。');
  });
});

describe('review console: audit log and sign-out', () => {
  it('lists every decision in the audit log', async () => {
    const server = createFakeReviewServer({ signedIn: true });
    const user = userEvent.setup();
    await renderConsole(server.fetchImpl, { path: '/submissions/sub-1' });
    await user.click(await screen.findByRole('radio', { name: '通过' }));
    await user.click(screen.getByRole('button', { name: '下一步：确认' }));
    await user.click(screen.getByRole('button', { name: '确定' }));
    await screen.findByText('已有决定：通过');

    await user.click(screen.getByRole('link', { name: '操作记录' }));
    expect(await screen.findByRole('heading', { level: 1, name: '操作记录' })).toBeInTheDocument();
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('wang');
    expect(rows[0]).toHaveTextContent('审核决定：通过');
    expect(within(rows[0]!).getByRole('link', { name: 'sub-1' })).toHaveAttribute('href', '/submissions/sub-1');
  });

  it('signs out and shows the sign-in screen', async () => {
    const server = createFakeReviewServer({ signedIn: true });
    const user = userEvent.setup();
    await renderConsole(server.fetchImpl);
    await user.click(await screen.findByRole('button', { name: '退出登录' }));
    expect(await screen.findByText('您已退出登录。')).toBeInTheDocument();
    expect(server.state.signedIn).toBe(false);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('works in English too', async () => {
    const server = createFakeReviewServer({ signedIn: true });
    await renderConsole(server.fetchImpl, { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Submissions' })).toBeInTheDocument();
    expect(await screen.findByText('All passed (6)')).toBeInTheDocument();
  });
});
