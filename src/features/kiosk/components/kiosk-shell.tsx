import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../shared/ui/icons';
import { Screen } from '../../../shared/ui/screen';
import { CertifyFlow, PersonForm } from '../../certify';
import { useCertification } from '../../submission';
import { useKioskSession } from '../hooks/use-kiosk-session';
import { IdleDialog } from './idle-dialog';
import { KioskSent } from './kiosk-sent';
import { KioskToday } from './kiosk-today';
import { PinCheckForm } from './pin-check-form';

/**
 * Kiosk mode is on: one person after another through the app's one certification flow, each
 * forgotten by 下一位 or the idle timer (useKioskSession); staff type the person, the person
 * does the face check, the receipt goes home with them.
 */
export function KioskShell() {
  const { t } = useTranslation('kiosk');
  const { backend } = useCertification();
  const kiosk = useKioskSession();
  const [exiting, setExiting] = useState(false);

  const bar = (
    <div className="kiosk-bar" role="region" aria-label={t('title')}>
      <span className="kiosk-bar-title">
        <Icon name="staff" className="icon" />
        {t('title')}
      </span>
      {kiosk.serving && (
        <button type="button" className="btn btn-primary kiosk-next" onClick={kiosk.next}>
          {t('next.button')}
        </button>
      )}
      <button type="button" className="btn btn-secondary" onClick={() => setExiting(true)}>
        {t('exit.button')}
      </button>
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
        onExit={() => void kiosk.wipe()}
        onSaved={kiosk.recordSaved}
        renderPersonStep={({ person, idProblem, onSubmit, banner }) => (
          <Screen title={t('person.title')} backTo="/kiosk/back">
            {banner}
            <PersonForm
              initial={person}
              serverIdProblem={idProblem}
              onSubmit={onSubmit}
              intro={t('person.intro')}
              fieldClassName="kiosk-field"
              sharedDevice
            />
          </Screen>
        )}
        renderCheckHeader={(person) => <p className="kiosk-handover">{t('face.handover', { name: person.name })}</p>}
        renderSent={(props) => <KioskSent {...props} onNext={kiosk.next} />}
      />
    );
  }

  return (
    <div className="kiosk">
      {bar}
      {kiosk.confirmingNext && (
        <div className="notice kiosk-confirm" role="alert">
          <p>{t('next.uploadingWarning')}</p>
          <button type="button" className="btn btn-primary" onClick={kiosk.nextAnyway}>
            {t('next.uploadingConfirm')}
          </button>
        </div>
      )}
      {content}
      {kiosk.idle.view.phase === 'warning' && <IdleDialog secondsLeft={kiosk.idle.view.secondsLeft} onStillHere={kiosk.idle.stillHere} />}
    </div>
  );
}
