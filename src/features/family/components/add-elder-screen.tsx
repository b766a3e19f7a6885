import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { checkIdNumber, type IdNumberProblem } from '../../../../contract/id-number';
import { Screen } from '../../../shared/ui/screen';
import { AgencyDetails } from '../../certify';
import { TextField } from '../../../shared/ui/text-field';
import { IdNumberField } from '../../../shared/ui/id-number-field';
import { newRandomId } from '../../../shared/random';
import { useFamilyStore } from '../family-store';
import { consentTextVersion, isRelation, relations, type Relation } from '../model/elder';
import '../family.css';

type Draft = { name: string; relation: Relation; idNumber: string };

/** `/family/add`: the helper types the elder's details, then hands the phone over for consent. */
export function AddElderScreen() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [declined, setDeclined] = useState(false);
  const addElder = useFamilyStore((s) => s.addElder);
  const [, navigate] = useLocation();

  if (declined) return <Declined />;
  if (!draft) return <ElderForm onNext={setDraft} />;
  return (
    <ElderConsent
      name={draft.name}
      onAgree={() => {
        addElder({
          id: newRandomId(),
          ...draft,
          consent: { givenAt: new Date().toISOString(), textVersion: consentTextVersion },
          provinceCode: null,
          benefitType: null,
          lastCertifiedOn: null,
          lastSubmissionId: null,
        });
        navigate('/family');
      }}
      onDecline={() => {
        setDraft(null);
        setDeclined(true);
      }}
    />
  );
}

function ElderForm({ onNext }: { onNext: (draft: Draft) => void }) {
  const { t } = useTranslation('family');
  const id = useId();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState<Relation>('mother');
  const [idNumber, setIdNumber] = useState('');
  const [nameError, setNameError] = useState(false);
  const [idProblem, setIdProblem] = useState<IdNumberProblem | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkIdNumber(idNumber);
    setNameError(name.trim() === '');
    setIdProblem(check.valid ? null : check.problem);
    if (name.trim() === '' || !check.valid) return;
    onNext({ name: name.trim(), relation, idNumber: check.normalized });
  }

  return (
    <Screen title={t('form.title')} backTo="/family">
      <form className="family-form" onSubmit={submit} noValidate>
        <TextField
          id={`${id}-name`}
          label={t('form.name')}
          value={name}
          error={nameError ? t('form.nameMissing') : null}
          onChange={setName}
        />
        <fieldset className="option-group">
          <legend>{t('form.relation')}</legend>
          {relations.map((value) => (
            <label key={value} className="option">
              <input
                type="radio"
                name={`${id}-relation`}
                value={value}
                checked={relation === value}
                onChange={(event) => isRelation(event.target.value) && setRelation(event.target.value)}
              />
              {t(`relation.${value}`)}
            </label>
          ))}
        </fieldset>
        <IdNumberField id={`${id}-id`} label={t('form.idNumber')} value={idNumber} problem={idProblem} onChange={setIdNumber} />
        <button type="submit" className="btn btn-primary btn-block">
          {t('form.next')}
        </button>
      </form>
    </Screen>
  );
}

/** The elder's own, separate consent, in plain words, on the same phone (PIPL Art. 29). */
function ElderConsent({ name, onAgree, onDecline }: { name: string; onAgree: () => void; onDecline: () => void }) {
  const { t } = useTranslation('family');
  return (
    <Screen title={t('consent.title', { name })} backTo="/family">
      <p className="lead">{t('consent.intro', { name })}</p>
      <ul className="family-consent">
        <li>{t('consent.what')}</li>
        <li>{t('consent.face')}</li>
        <li>{t('consent.stored')}</li>
        <li>{t('consent.yours')}</li>
        <li>{t('consent.free')}</li>
      </ul>
      <AgencyDetails />
      <button type="button" className="btn btn-primary btn-block" onClick={onAgree}>
        {t('consent.agree', { name })}
      </button>
      <button type="button" className="btn btn-secondary btn-block" onClick={onDecline}>
        {t('consent.decline')}
      </button>
    </Screen>
  );
}

function Declined() {
  const { t } = useTranslation('family');
  return (
    <Screen title={t('title')} backTo="/family">
      <p className="notice" role="status">
        {t('consent.declined')}
      </p>
    </Screen>
  );
}
