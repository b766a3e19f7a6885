import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { maskIdNumber } from '../../../../contract/id-number';
import { Screen } from '../../../shared/ui/screen';
import { AddToCalendarButton, DueDateForm, DueSummary, useToday, nextDueDate } from '../../due-date';
import { calendarDateOf } from '../../../../contract/calendar-date';
import { useOutboxSnapshot, entryDisplay } from '../../submission';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';
import { useFamilyStore } from '../family-store';
import type { Elder } from '../model/elder';
import '../family.css';

/** `/family`: the elders this phone follows, each with their last result and next due date. */
export function FamilyScreen() {
  const { t } = useTranslation('family');
  const elders = useFamilyStore((s) => s.elders);
  const snapshot = useOutboxSnapshot();
  const updateElder = useFamilyStore((s) => s.updateElder);

  // An approval in this app is the elder's latest certification: the next due date follows from it
  // (not the demo backend's pretend approval: the demo certifies nobody).
  useEffect(() => {
    for (const elder of elders) {
      const entry = snapshot.entries.find((e) => e.id === elder.lastSubmissionId);
      if (entry?.status?.state === 'approved' && entry.backendKind !== 'demo') {
        const day = calendarDateOf(new Date(entry.status.decidedAt));
        if (elder.lastCertifiedOn !== day) updateElder(elder.id, { lastCertifiedOn: day });
      }
    }
  }, [elders, snapshot.entries, updateElder]);

  return (
    <Screen title={t('title')} backTo="/">
      <p className="lead">{t('intro')}</p>
      {elders.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="elder-list">
          {elders.map((elder) => (
            <li key={elder.id}>
              <ElderCard elder={elder} entry={snapshot.entries.find((e) => e.id === elder.lastSubmissionId)} />
            </li>
          ))}
        </ul>
      )}
      <Link href="/family/add" className="btn btn-primary btn-block">
        {t('add')}
      </Link>
    </Screen>
  );
}

function ElderCard({ elder, entry }: { elder: Elder; entry: OutboxEntry | undefined }) {
  const { t } = useTranslation('family');
  const today = useToday();
  const updateElder = useFamilyStore((s) => s.updateElder);
  const removeElder = useFamilyStore((s) => s.removeElder);
  const [editingDate, setEditingDate] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const headingId = `elder-${elder.id}`;
  const due = elder.lastCertifiedOn
    ? nextDueDate({ lastCertifiedOn: elder.lastCertifiedOn, provinceCode: elder.provinceCode, benefitType: elder.benefitType })
    : null;

  return (
    <article className="elder-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('card.person', { name: elder.name, relation: t(`relation.${elder.relation}`) })}</h2>
      <p>{t('card.id', { id: maskIdNumber(elder.idNumber) })}</p>
      <p>{entry ? t('card.lastResult', { result: t(`result.${entryDisplay(entry)}`) }) : t('card.noResult', { name: elder.name })}</p>
      {due ? <DueSummary due={due} today={today} showRule={false} /> : <p>{t('card.noDate')}</p>}
      <Link href={`/family/certify/${elder.id}`} className="btn btn-primary btn-block">
        {t('card.certify', { name: elder.name })}
      </Link>
      {due && <AddToCalendarButton due={due} today={today} uidPrefix={`family-${elder.id}`} forName={elder.name} />}
      {editingDate ? (
        <section aria-label={t('dateForm.title', { name: elder.name })}>
          <DueDateForm
            initial={{ lastCertifiedOn: elder.lastCertifiedOn ?? undefined, provinceCode: elder.provinceCode, benefitType: elder.benefitType }}
            today={today}
            onSave={(value) => {
              updateElder(elder.id, value);
              setEditingDate(false);
            }}
          />
        </section>
      ) : (
        <button type="button" className="btn btn-secondary btn-block" onClick={() => setEditingDate(true)}>
          {t('card.setDate')}
        </button>
      )}
      {confirmRemove ? (
        // Opened in place and scrolled until its last answer is clear of the help bar: both answers
        // are seen (at 特大 on a small phone the panel is taller than what the bar leaves, and then
        // the answers matter more than the question's first line).
        <div className="notice" role="alert" ref={(panel) => panel?.lastElementChild?.scrollIntoView?.({ block: 'nearest' })}>
          <p>{t('card.removeConfirm', { name: elder.name })}</p>
          <button type="button" className="btn btn-primary btn-block" onClick={() => removeElder(elder.id)}>
            {t('card.removeYes')}
          </button>
          <button type="button" className="btn btn-secondary btn-block" onClick={() => setConfirmRemove(false)}>
            {t('card.removeNo')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-secondary btn-block" onClick={() => setConfirmRemove(true)}>
          {t('card.remove', { name: elder.name })}
        </button>
      )}
    </article>
  );
}
