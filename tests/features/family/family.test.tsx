import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AddElderScreen } from '../../../src/features/family/components/add-elder-screen';
import { FamilyScreen } from '../../../src/features/family/components/family-screen';
import { useFamilyStore } from '../../../src/features/family/family-store';
import { consentTextVersion, parseElder, type Elder } from '../../../src/features/family/model/elder';
import { renderWithApp } from '../../support/render-with-app';

const mother: Elder = {
  id: 'e1',
  name: '张桂兰',
  relation: 'mother',
  idNumber: '11010519491231002X',
  consent: { givenAt: '2026-01-01T08:00:00.000Z', textVersion: consentTextVersion },
  provinceCode: null,
  benefitType: null,
  lastCertifiedOn: '2026-03-15',
  lastSubmissionId: null,
};

describe('family mode', () => {
  beforeEach(() => useFamilyStore.setState({ elders: [] }));

  it('adds an elder only after the elder taps 同意, recording when and which text', async () => {
    const user = userEvent.setup();
    const { location } = await renderWithApp(<AddElderScreen />, { path: '/family/add' });
    await user.click(await screen.findByLabelText('老人的姓名'));
    await user.paste('李福生');
    await user.click(screen.getByLabelText('父亲'));
    await user.click(screen.getByLabelText('老人的身份证号（18位）'));
    await user.paste('110105194912310021');
    await user.click(screen.getByRole('button', { name: '下一步：请老人同意' }));
    expect(screen.getByRole('alert')).toHaveTextContent('号码里有一位不对');
    expect(useFamilyStore.getState().elders).toEqual([]);

    // A small x is taken as the capital X it means.
    await user.clear(screen.getByLabelText('老人的身份证号（18位）'));
    await user.click(screen.getByLabelText('老人的身份证号（18位）'));
    await user.paste('11010519491231002x');
    expect(screen.getByLabelText('老人的身份证号（18位）')).toHaveValue('11010519491231002X');
    await user.click(screen.getByRole('button', { name: '下一步：请老人同意' }));
    expect(await screen.findByRole('heading', { level: 1, name: '请把手机交给 李福生' })).toBeInTheDocument();
    expect(screen.getByText(/照片和一小段视频只发给社保经办机构审核/)).toBeInTheDocument();
    expect(useFamilyStore.getState().elders).toEqual([]);

    await user.click(screen.getByRole('button', { name: '我是 李福生，我同意' }));
    const [saved] = useFamilyStore.getState().elders;
    expect(saved).toMatchObject({ name: '李福生', relation: 'father', idNumber: '11010519491231002X' });
    expect(saved?.consent.textVersion).toBe(consentTextVersion);
    expect(Number.isNaN(Date.parse(saved?.consent.givenAt ?? ''))).toBe(false);
    expect(location.history?.at(-1)).toBe('/family');
  });

  it('stores nothing when the elder declines', async () => {
    const user = userEvent.setup();
    await renderWithApp(<AddElderScreen />, { path: '/family/add' });
    await user.click(await screen.findByLabelText('老人的姓名'));
    await user.paste('李福生');
    await user.click(screen.getByLabelText('老人的身份证号（18位）'));
    await user.paste('11010519491231002X');
    await user.click(screen.getByRole('button', { name: '下一步：请老人同意' }));
    await user.click(await screen.findByRole('button', { name: '我不同意' }));
    expect(screen.getByText(/没有保存任何信息/)).toBeInTheDocument();
    expect(useFamilyStore.getState().elders).toEqual([]);
    expect(localStorage.getItem('family') ?? '').not.toContain('李福生');
  });

  it('lists several elders, each with a masked ID, last result and next due date', async () => {
    useFamilyStore.setState({
      elders: [mother, { ...mother, id: 'e2', name: '李福生', relation: 'father', lastCertifiedOn: null }],
    });
    const user = userEvent.setup();
    await renderWithApp(<FamilyScreen />, { path: '/family' });
    const motherCard = await screen.findByRole('article', { name: '张桂兰（母亲）' });
    expect(within(motherCard).getByText('身份证 1101**********002X')).toBeInTheDocument();
    expect(within(motherCard).getByText('下次请在 2027年3月15日 前认证')).toBeInTheDocument();
    expect(within(motherCard).getByText('还没有在这部手机上为 张桂兰 认证过。')).toBeInTheDocument();
    expect(within(motherCard).getByRole('link', { name: '为 张桂兰 认证' })).toHaveAttribute('href', '/family/certify/e1');
    const fatherCard = screen.getByRole('article', { name: '李福生（父亲）' });
    expect(within(fatherCard).getByText(/算不出下次/)).toBeInTheDocument();

    await user.click(within(fatherCard).getByRole('button', { name: '删除 李福生' }));
    expect(within(fatherCard).getByText('确定删除 李福生 吗？删除后，这部手机上不再留有 李福生 的姓名和身份证号。')).toBeInTheDocument();
    await user.click(within(fatherCard).getByRole('button', { name: '确定删除' }));
    expect(useFamilyStore.getState().elders.map((e) => e.name)).toEqual(['张桂兰']);
  });

  it('speaks of the elder by name or plain words, never the slang "TA" (zh-CN, zh-TW)', () => {
    for (const language of ['zh-CN', 'zh-TW']) {
      const texts = JSON.stringify(JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../src/i18n/locales/${language}/family.json`), 'utf8')));
      expect(texts, language).not.toMatch(/(^|[^A-Za-z])TA([^A-Za-z]|$)/);
    }
  });

  it('drops stored elders that are not well-formed', () => {
    expect(parseElder({ ...mother, relation: 'boss' })).toBeNull();
    expect(parseElder({ ...mother, consent: undefined })).toBeNull();
    expect(parseElder(mother)).toEqual(mother);
  });
});
