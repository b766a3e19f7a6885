import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDeviceWording } from '../../../i18n/device-words';
import { Icon } from '../../../shared/ui/icons';
import { Screen } from '../../../shared/ui/screen';
import { CertifyFlow, PersonForm, type CertifyStep } from '../../certify';
import { useCertification } from '../../submission';
import { useKioskSession } from '../hooks/use-kiosk-session';
import { useKioskStore } from '../kiosk-store';
import { ConfirmWipeDialog } from './confirm-wipe-dialog';
import { IdleDialog } from './idle-dialog';
import { KioskSent } from './kiosk-sent';
import { KioskToday } from './kiosk-today';
import { PinCheckForm } from './pin-check-form';

/** The steps that are the person's own (face check, 提交): no staff control within their reach. */
const personsOwnSteps: ReadonlySet<CertifyStep> = new Set(['liveness', 'review', 'saving', 'save-failed']);

/**
 * Kiosk mode is on: one person after another through the app's one certification flow, each
 * forgotten by 下一位 or the idle timer (useKioskSession); staff type the person, the person
 * does the face check, the receipt goes home with them. The screens say 平板, not 手机.
 */
export function KioskShell() {
  const { t } = useTranslation('kiosk');
  useDeviceWording('tablet');
  const { backend } = useCertification();
  const kiosk = useKioskSession();
  const servicePoint = useKioskStore((s) => s.servicePoint);
  const [exiting, setExiting] = useState(false);
  const [step, setStep] = useState<CertifyStep | null>(null);
  const staffControls = kiosk.serving && (step === null || !personsOwnSteps.has(step));

  const bar = (
    <div className="kiosk-bar" role="region" aria-label={t('title')}>
      <span className="kiosk-bar-title">
        <Icon name="staff" className="icon" />
        {servicePoint ? t('start.servicePoint', { name: servicePoint }) : t('title')}
      </span>
      {staffControls && (
        <button type="button" className="btn btn-primary kiosk-next" onClick={() => kiosk.askToWipe('serving')}>
          {t('next.button')}
        </button>
      )}
      {!kiosk.serving && (
        <button type="button" className="btn btn-secondary" onClick={() => setExiting(true)}>
          {t('exit.button')}
        </button>
      )}
    </div>
  );

  let content;
  if (exiting) {
    content = (
      <Screen title={t('exit.title')} backTo="/kiosk">
        <p className="lead">{t('exit.intro')}</p>
        <PinCheckForm submitLabel={t('exit.confirm')} onCorrect={() => void kiosk.leaveKiosk()}>
          <button type="button" className="btn btn-secondary btn-block" onClick={() => setExiting(false)}>
            {t('exit.cancel')}
          </button>
        </PinCheckForm>
        <Link href="/kiosk/recover" className="btn btn-secondary btn-block">
          {t('unlock.forgot')}
        </Link>
      </Screen>
    );
  } else if (!kiosk.serving) {
    content = (
      // The kiosk's own home: nowhere further back to go while kiosk mode is on.
      <Screen title={t('title')}>
        <p className="lead">{t('start.intro')}</p>
        <button type="button" className="btn btn-primary btn-block kiosk-start" onClick={kiosk.startPerson}>
          {t('start.button')}
        </button>
        <KioskToday backend={backend} />
      </Screen>
    );
  } else {
    content = (
      <CertifyFlow
        key={kiosk.personKey}
        exitTo="/kiosk/back"
        onExit={() => kiosk.askToWipe('back')}
        onSaved={kiosk.recordSaved}
        onStepChange={setStep}
        renderPersonStep={({ person, idProblem, onSubmit, banner, demo }) => (
          <Screen title={t('person.title')} backTo="/kiosk/back">
            {banner}
            <PersonForm
              initial={person}
              serverIdProblem={idProblem}
              onSubmit={onSubmit}
              intro={t('person.intro')}
              fieldClassName="kiosk-field"
              sharedDevice
              demo={demo}
            />
          </Screen>
        )}
        renderCheckHeader={(person) => <p className="kiosk-handover">{t('face.handover', { name: person.name })}</p>}
        renderSent={(props) => <KioskSent {...props} onNext={() => kiosk.askToWipe('receipt')} />}
      />
    );
  }

  return (
    <div className="kiosk">
      {bar}
      {content}
      {kiosk.asking && (
        <ConfirmWipeDialog
          question={kiosk.asking.question}
          uploading={kiosk.asking.uploading}
          onConfirm={kiosk.confirmWipe}
          onCancel={kiosk.cancelWipe}
        />
      )}
      {kiosk.idle.view.phase === 'warning' && <IdleDialog secondsLeft={kiosk.idle.view.secondsLeft} onStillHere={kiosk.idle.stillHere} />}
    </div>
  );
}
