import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { regionFullName, regions } from '../data/region-text';
import { useChosenRegion } from '../hooks/use-chosen-region';
import { usePlaces } from '../hooks/use-places';
import { findRegions } from '../model/search-regions';
import { useRegionStore } from '../region-store';
import '../../../shared/ui/form-field.css';
import './region.css';

export function RegionScreen() {
  const { t } = useTranslation('region');
  const [, navigate] = useLocation();
  const chooseRegion = useRegionStore((s) => s.chooseRegion);
  const { region: chosen, language } = useChosenRegion();
  const [query, setQuery] = useState('');
  const places = usePlaces();
  const matches = useMemo(() => findRegions(regions, query, places), [query, places]);
  const inputId = useId();
  const hintId = useId();

  function pick(code: string) {
    chooseRegion(code);
    navigate('/channels');
  }

  return (
    <Screen title={t('title')} backTo="/">
      <p className="lead">{t('intro')}</p>
      {chosen && (
        <Notice>
          <p>{t('lastChoice', { region: regionFullName(chosen, language) })}</p>
          <Link href="/channels" className="btn btn-secondary btn-block">
            {t('seeLastChoice', { region: regionFullName(chosen, language) })}
          </Link>
        </Notice>
      )}
      <div className="region-search">
        <label htmlFor={inputId} className="field-label">
          {t('searchLabel')}
        </label>
        <p id={hintId} className="field-hint">
          {t('searchHint')}
        </p>
        <div className="region-search-row">
          <input
            id={inputId}
            type="search"
            className="text-input"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby={hintId}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
          />
          {query !== '' && (
            <button type="button" className="btn btn-secondary" onClick={() => setQuery('')}>
              {t('clearSearch')}
            </button>
          )}
        </div>
        <p className="region-count" role="status">
          {query === '' ? '' : matches.length === 0 ? t('noMatch', { query }) : t('found', { count: matches.length })}
        </p>
      </div>
      <ul className="region-list" aria-label={t('listLabel')}>
        {matches.map(({ region, via }) => {
          const isChosen = chosen?.code === region.code;
          return (
            <li key={region.code}>
              <button
                type="button"
                className={isChosen ? 'region-option region-option-chosen' : 'region-option'}
                aria-current={isChosen ? 'true' : undefined}
                onClick={() => pick(region.code)}
                lang={language}
              >
                <span className="region-option-text">
                  <span>{regionFullName(region, language)}</span>
                  {via && (
                    <span className="region-via">
                      {t('cityMatch', { city: via.name, region: regionFullName(region, language) })}
                    </span>
                  )}
                </span>
                {isChosen && (
                  <span className="region-chosen-mark">
                    <span aria-hidden="true">✓ </span>
                    {t('chosen')}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </Screen>
  );
}
