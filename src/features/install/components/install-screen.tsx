import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../shared/ui/disclosure';
import { Icon } from '../../../shared/ui/icons';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { useAppAddress, useInstallPlatform } from '../hooks/use-install-platform';
import { useInstallPrompt } from '../hooks/use-install-prompt';
import { InAppMenuPicture } from '../../../shared/ui/in-app-menu-picture';
import { AndroidMenuPicture, IosAddPicture, IosSharePicture } from './install-pictures';
import './install.css';

function Steps({ children }: { children: ReactNode }) {
  return <ol className="install-steps">{children}</ol>;
}

function AndroidSteps() {
  const { t } = useTranslation('install');
  return (
    <>
      <Steps>
        <li>{t('android.step1')}</li>
        <li>{t('android.step2')}</li>
        <li>{t('android.step3')}</li>
      </Steps>
      <AndroidMenuPicture label={t('picture.android')} itemText={t('picture.menuAdd')} />
    </>
  );
}

function WeChatSteps() {
  const { t } = useTranslation('install');
  return (
    <>
      <p>{t('wechat.why')}</p>
      <Steps>
        <li>{t('wechat.step1')}</li>
        <li>{t('wechat.step2')}</li>
        <li>{t('wechat.step3')}</li>
      </Steps>
      <InAppMenuPicture label={t('picture.wechat')} itemText={t('picture.openInBrowser')} />
    </>
  );
}

function IosSteps() {
  const { t } = useTranslation('install');
  return (
    <>
      <Steps>
        <li>
          {t('ios.step1')}
          <IosSharePicture label={t('picture.iosShare')} />
        </li>
        <li>
          {t('ios.step2')}
          <IosAddPicture label={t('picture.iosAdd')} itemText={t('picture.menuAdd')} />
        </li>
        <li>{t('ios.step3')}</li>
      </Steps>
    </>
  );
}

function Address() {
  const { t } = useTranslation('install');
  const address = useAppAddress();
  return (
    <p className="install-address">
      {t('address')}
      <span className="install-address-value" translate="no">
        {address}
      </span>
    </p>
  );
}

function AndroidSection() {
  const { t } = useTranslation('install');
  const { canPrompt, result, install } = useInstallPrompt();
  // An accepted install is shown by InstallScreen (the app is now on the home screen).
  return (
    <>
      {result === 'dismissed' && (
        <Notice tone="info" role="status">
          <p>{t('android.dismissed')}</p>
        </Notice>
      )}
      {canPrompt ? (
        <>
          <h2>{t('android.promptTitle')}</h2>
          <p>{t('android.promptBody')}</p>
          <button type="button" className="btn btn-primary btn-block" onClick={() => void install()}>
            <Icon name="install" className="icon" />
            {t('android.button')}
          </button>
        </>
      ) : (
        <AndroidSteps />
      )}
    </>
  );
}

/** Install help that fits the browser the page is open in, with the other phones' ways folded below. */
export function InstallScreen() {
  const { t } = useTranslation('install');
  const platform = useInstallPlatform();
  const { installedNow } = useInstallPrompt();

  const main =
    platform === 'installed' ? (
      <Notice tone="success" title={t('installed.title')}>
        <p>{t('installed.body')}</p>
      </Notice>
    ) : installedNow ? (
      <Notice tone="success" title={t('installed.title')} role="status">
        <p>{t('android.accepted')}</p>
      </Notice>
    ) : platform === 'wechat' ? (
      <WeChatSteps />
    ) : platform === 'ios-safari' ? (
      <IosSteps />
    ) : platform === 'ios-other' ? (
      <>
        <p>{t('iosOther.why')}</p>
        <p>{t('iosOther.step0')}</p>
        <Address />
        <IosSteps />
      </>
    ) : platform === 'android' ? (
      <AndroidSection />
    ) : (
      <>
        <p>{t('other.body')}</p>
        <Address />
      </>
    );

  return (
    <Screen title={t('title')} backTo="/settings">
      <p className="lead">{t('intro')}</p>
      {main}
      <Disclosure summary={t('otherPhones')}>
        {platform !== 'android' && (
          <section>
            <h2>{t('heading.android')}</h2>
            <AndroidSteps />
          </section>
        )}
        {platform !== 'ios-safari' && platform !== 'ios-other' && (
          <section>
            <h2>{t('heading.ios')}</h2>
            <IosSteps />
          </section>
        )}
        {platform !== 'wechat' && (
          <section>
            <h2>{t('heading.wechat')}</h2>
            <WeChatSteps />
          </section>
        )}
      </Disclosure>
    </Screen>
  );
}
