import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { CertifyFlow, SentEntry, type PersonStepProps } from '../../certify';
import { useFamilyStore } from '../family-store';
import type { Elder } from '../model/elder';
import '../family.css';

/** `/family/certify/:id`: the elder's own certification on the helper's phone, through the app's one flow. */
export function ElderCertifyScreen() {
  const { t } = useTranslation('family');
  const { id } = useParams<{ id: string }>();
  const elder = useFamilyStore((s) => s.elders.find((e) => e.id === id));
  const updateElder = useFamilyStore((s) => s.updateElder);
  if (!elder) {
    return (
      <Screen title={t('title')} backTo="/family">
        <p>{t('certify.notFound')}</p>
      </Screen>
    );
  }
  return (
    <CertifyFlow
      person={{ name: elder.name, idNumber: elder.idNumber }}
      exitTo="/family"
      onSaved={(entry) => updateElder(elder.id, { lastSubmissionId: entry.id })}
      renderPersonStep={(props) => <HandOver elder={elder} {...props} />}
      renderSent={({ entryId, restart, banner }) => (
        <Screen title={t('certify.submitTitle', { name: elder.name })} backTo="/family">
          {banner}
          <SentEntry entryId={entryId} onCertifyAgain={restart} />
          <p>{t('certify.submitted')}</p>
          <Link href="/family" className="btn btn-primary btn-block">
            {t('certify.backToList')}
          </Link>
        </Screen>
      )}
    />
  );
}

/**
 * The family's "who" step: nothing to type (the elder was added with their consent), the phone is
 * handed over. If the server refused the ID number saved for the elder, it says which problem and
 * leads back to the list to remove and add them again.
 */
function HandOver({ elder, idProblem, onSubmit, banner }: PersonStepProps & { elder: Elder }) {
  const { t } = useTranslation('family');
  const { t: tCommon } = useTranslation();
  return (
    <Screen title={t('card.certify', { name: elder.name })} backTo="/family">
      {banner}
      {idProblem ? (
        <>
          <Notice tone="warning" role="alert" title={t('certify.idRefused', { name: elder.name })}>
            <p>{tCommon(`idNumber.problem.${idProblem}`, { count: elder.idNumber.length })}</p>
            <p>{t('certify.idRefusedNext', { name: elder.name })}</p>
          </Notice>
          <Link href="/family" className="btn btn-primary btn-block">
            {t('certify.backToList')}
          </Link>
        </>
      ) : (
        <>
          <p className="family-handover">{t('certify.handover', { name: elder.name })}</p>
          <button
            type="button"
            className="btn btn-primary btn-block"
            onClick={() => onSubmit({ name: elder.name, idNumber: elder.idNumber })}
          >
            {t('certify.start', { name: elder.name })}
          </button>
        </>
      )}
    </Screen>
  );
}
