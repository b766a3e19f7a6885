import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Screen } from '../../../shared/ui/screen';
import { LivenessFlow } from '../../liveness/components/liveness-flow';
import { alreadyIssued } from '../../liveness/model/challenge-issue';
import type { Evidence } from '../../liveness/model/evidence';
import { useCertification } from '../../submission/hooks/use-certification';
import type { CertificationSession } from '../../submission/model/certification-backend';
import { entryDisplay } from '../../submission/model/outbox';
import { useFamilyStore } from '../family-store';
import type { Elder } from '../model/elder';
import '../family.css';

type Stage =
  | { kind: 'handover' }
  | { kind: 'face'; session: CertificationSession }
  | { kind: 'submit'; session: CertificationSession; evidence: Evidence }
  | { kind: 'sent'; entryId: string };

/** `/family/certify/:id`: the elder's own certification on the helper's phone. */
export function ElderCertifyScreen() {
  const { t } = useTranslation('family');
  const { id } = useParams<{ id: string }>();
  const elder = useFamilyStore((s) => s.elders.find((e) => e.id === id));
  if (!elder) {
    return (
      <Screen title={t('title')} backTo="/family">
        <p>{t('certify.notFound')}</p>
      </Screen>
    );
  }
  return <ElderCertifyFlow elder={elder} />;
}

function ElderCertifyFlow({ elder }: { elder: Elder }) {
  const { t } = useTranslation('family');
  const { backend, outbox } = useCertification();
  const updateElder = useFamilyStore((s) => s.updateElder);
  const snapshot = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
  const [stage, setStage] = useState<Stage>({ kind: 'handover' });
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const person = { name: elder.name, idNumber: elder.idNumber };

  async function start() {
    setBusy(true);
    setFailed(false);
    try {
      setStage({ kind: 'face', session: await backend.startSession(person) });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  async function submit(session: CertificationSession, evidence: Evidence) {
    setBusy(true);
    const entry = await outbox.enqueue({ person, session, evidence });
    updateElder(elder.id, { lastSubmissionId: entry.id });
    setBusy(false);
    setStage({ kind: 'sent', entryId: entry.id });
  }

  switch (stage.kind) {
    case 'handover':
      return (
        <Screen title={t('card.certify', { name: elder.name })} backTo="/family">
          <p className="family-handover">{t('certify.handover', { name: elder.name })}</p>
          {failed && (
            <p className="notice" role="alert">
              {t('certify.startFailed')}
            </p>
          )}
          <button type="button" className="btn btn-primary btn-block" disabled={busy} onClick={() => void start()}>
            {busy ? t('certify.starting') : t('certify.start', { name: elder.name })}
          </button>
        </Screen>
      );
    case 'face':
      return (
        <LivenessFlow
          mode="certify"
          backTo="/family"
          issueChallenges={alreadyIssued({ challenges: stage.session.challenges, challengeId: stage.session.sessionId, nonce: stage.session.nonce })}
          onPassed={(evidence) => setStage({ kind: 'submit', session: stage.session, evidence })}
          onExit={() => setStage({ kind: 'handover' })}
        />
      );
    case 'submit':
      return (
        <Screen title={t('certify.submitTitle', { name: elder.name })} backTo="/family">
          <p className="lead">{t('certify.submitIntro', { name: elder.name })}</p>
          <button
            type="button"
            className="btn btn-primary btn-block"
            disabled={busy}
            onClick={() => void submit(stage.session, stage.evidence)}
          >
            {t('certify.submit')}
          </button>
        </Screen>
      );
    case 'sent': {
      const entry = snapshot.entries.find((e) => e.id === stage.entryId);
      return (
        <Screen title={t('certify.submitTitle', { name: elder.name })} backTo="/family">
          <p role="status" className="lead">
            {entry ? t(`result.${entryDisplay(entry)}`) : t('result.saved-offline')}
          </p>
          <p>{t('certify.submitted')}</p>
          <Link href="/family" className="btn btn-primary btn-block">
            {t('certify.backToList')}
          </Link>
        </Screen>
      );
    }
  }
}
