import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppWebView, type InAppBrowser } from '../../../shared/in-app-browser';
import { InAppMenuPicture } from '../../../shared/ui/in-app-menu-picture';
import { Notice } from '../../../shared/ui/notice';

/**
 * Where the live check failed inside an app's built-in browser (WeChat, QQ, Alipay, Baidu) or a phone
 * maker's or UC/Quark browser: how to open this page in the phone's own browser, in plain words, with a
 * picture of the ⋯ menu for the apps that have one and a copy button for the address.
 */
export function OpenInBrowser({ browser }: { browser: InAppBrowser }) {
  const { t } = useTranslation('liveness');
  const [copied, setCopied] = useState(false);
  const appMenu = isAppWebView(browser);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      // No clipboard here (some in-app browsers): the address stays visible to copy by hand.
      setCopied(false);
    }
  };
  return (
    <Notice tone="info" title={t('inApp.title')}>
      <p>{t('inApp.here', { app: t(`inApp.app.${browser}`) })}</p>
      {appMenu ? (
        <>
          <ol className="open-in-browser-steps">
            <li>{t('inApp.menuStep1')}</li>
            <li>{t('inApp.menuStep2')}</li>
            <li>{t('inApp.menuStep3')}</li>
          </ol>
          <InAppMenuPicture className="open-in-browser-picture" label={t('inApp.picture')} itemText={t('inApp.pictureItem')} />
        </>
      ) : (
        <>
          <ol className="open-in-browser-steps">
            <li>{t('inApp.browserStep1')}</li>
            <li>{t('inApp.browserStep2')}</li>
            <li>{t('inApp.browserStep3')}</li>
          </ol>
          <p className="open-in-browser-address">{window.location.href}</p>
          <button type="button" className="btn btn-secondary btn-block" onClick={() => void copy()}>
            {t('inApp.copy')}
          </button>
          {copied && <p role="status">{t('inApp.copied')}</p>}
        </>
      )}
    </Notice>
  );
}
