import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { supportedLanguages } from '../../../i18n/languages';
import { Icon } from '../../../shared/ui/icons';
import { Screen } from '../../../shared/ui/screen';
import { textSizes, useSettingsStore } from '../../../shared/settings-store';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const { textSize, language, readAloudEnabled, updateSettings } = useSettingsStore();
  const { i18n } = useTranslation();
  const currentLanguage = language ?? i18n.language;

  return (
    <Screen title={t('title')} backTo="/">
      <fieldset className="option-group">
        <legend>{t('textSize.label')}</legend>
        {textSizes.map((size) => (
          <label key={size} className="option">
            <input
              type="radio"
              name="text-size"
              value={size}
              checked={textSize === size}
              onChange={() => updateSettings({ textSize: size })}
            />
            <span>{t(`textSize.${size}`)}</span>
          </label>
        ))}
        <p className="sample">{t('textSize.sample')}</p>
      </fieldset>

      <fieldset className="option-group">
        <legend>{t('language.label')}</legend>
        {supportedLanguages.map((lng) => (
          <label key={lng} className="option" lang={lng}>
            <input
              type="radio"
              name="language"
              value={lng}
              checked={currentLanguage === lng}
              onChange={() => updateSettings({ language: lng })}
            />
            <span>{t(`language.${lng}`)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="option-group">
        <legend>{t('readAloud.label')}</legend>
        <p>{t('readAloud.description')}</p>
        <label className="option">
          <input
            type="radio"
            name="read-aloud"
            checked={readAloudEnabled}
            onChange={() => updateSettings({ readAloudEnabled: true })}
          />
          <span>{t('readAloud.on')}</span>
        </label>
        <label className="option">
          <input
            type="radio"
            name="read-aloud"
            checked={!readAloudEnabled}
            onChange={() => updateSettings({ readAloudEnabled: false })}
          />
          <span>{t('readAloud.off')}</span>
        </label>
      </fieldset>

      <section className="option-group" aria-labelledby="settings-install">
        <h2 id="settings-install" className="option-group-title">
          {t('install.label')}
        </h2>
        <p>{t('install.description')}</p>
        <Link href="/install" className="btn btn-secondary btn-block">
          <Icon name="install" className="icon" />
          {t('install.link')}
        </Link>
      </section>
    </Screen>
  );
}
