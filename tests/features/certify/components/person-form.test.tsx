import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonForm } from '../../../../src/features/certify/components/person-form';
import { validatePersonForm } from '../../../../src/features/certify/model/person-form';
import { renderWithApp } from '../../../support/render-with-app';

const today = new Date('2026-01-15T08:00:00Z');

describe('person form', { timeout: 15_000 }, () => {
  it('accepts a valid person, normalising spaces in the ID number and the phone', () => {
    expect(validatePersonForm({ name: ' 张桂兰 ', idNumber: '110105 19491231 002X', phone: '138 0013 8000' }, today)).toEqual({
      ok: true,
      person: { name: '张桂兰', idNumber: '11010519491231002X', phone: '13800138000' },
    });
    expect(validatePersonForm({ name: '张桂兰', idNumber: '11010519491231002X', phone: '' }, today)).toEqual({
      ok: true,
      person: { name: '张桂兰', idNumber: '11010519491231002X' },
    });
  });

  it.each([
    ['', '请填写身份证号码。'],
    ['1101051949123100', '身份证号码应该是 18 位，现在是 16 位。请对照身份证再看看。'],
    ['1101051949123100AX', '身份证号码只能是数字，最后一位可以是大写的 X。'],
    ['99010519491231002X', '前两位数字不对。请对照身份证再看看。'],
    ['110105194902300021', '中间的出生日期（第 7 到第 14 位）不对。请对照身份证再看看。'],
    ['110105194912310021', '号码里有一位不对。请对照身份证，一位一位再看看。'],
  ])('says plainly what is wrong with “%s”', async (idNumber, message) => {
    const onSubmit = vi.fn();
    await renderWithApp(<PersonForm onSubmit={onSubmit} today={() => today} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('姓名'), '张桂兰');
    if (idNumber) await user.type(screen.getByLabelText('身份证号码'), idNumber);
    await user.click(screen.getByRole('button', { name: '下一步' }));
    const field = screen.getByLabelText('身份证号码');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('opens the number pad for the ID number, upper-cases a small x as it is typed, and has an X key', async () => {
    const onSubmit = vi.fn();
    await renderWithApp(<PersonForm onSubmit={onSubmit} today={() => today} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('姓名'), '张桂兰');
    const field = screen.getByLabelText('身份证号码');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    await user.type(field, '11010519491231002x');
    expect(field).toHaveValue('11010519491231002X');
    await user.clear(field);
    // The number pad has no X: the key beside the field types it where the caret is.
    await user.type(field, '11010519491231002');
    await user.click(screen.getByRole('button', { name: '输入字母 X' }));
    expect(field).toHaveValue('11010519491231002X');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: '张桂兰', idNumber: '11010519491231002X' });
  });

  it('refuses a name with invisible characters in plain words, and keeps names in one normal form', async () => {
    expect(validatePersonForm({ name: '张\u200B桂兰', idNumber: '11010519491231002X', phone: '' }, today)).toEqual({ ok: false, errors: { name: 'invisible-characters' } });
    expect(validatePersonForm({ name: 'Jose\u0301  Garci\u0301a', idNumber: '11010519491231002X', phone: '' }, today)).toMatchObject({ ok: true, person: { name: 'José García' } });
    const onSubmit = vi.fn();
    await renderWithApp(<PersonForm onSubmit={onSubmit} today={() => today} />);
    const user = userEvent.setup();
    // Pasted from a chat message with a right-to-left override in it.
    await user.click(await screen.findByLabelText('姓名'));
    await user.paste('张桂\u202E兰');
    await user.type(screen.getByLabelText('身份证号码'), '11010519491231002X');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    const name = screen.getByLabelText('姓名');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('姓名里有看不见的特殊符号'));
    expect(name).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for the name and checks an optional phone number', async () => {
    const onSubmit = vi.fn();
    await renderWithApp(<PersonForm onSubmit={onSubmit} today={() => today} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('身份证号码'), '11010519491231002X');
    await user.type(screen.getByLabelText('手机号（可以不填）'), '12345');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText('请填写姓名。')).toBeVisible();
    expect(screen.getByText('手机号应该是 11 位数字，也可以不填。')).toBeVisible();
    expect(screen.getByLabelText('姓名')).toHaveFocus();

    await user.type(screen.getByLabelText('姓名'), '张桂兰');
    await user.clear(screen.getByLabelText('手机号（可以不填）'));
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: '张桂兰', idNumber: '11010519491231002X' });
  });
});
