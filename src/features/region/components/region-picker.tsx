import { useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findRegion, regionFullName, regions, toLanguage } from '../data/region-text';
import { usePlaces } from '../hooks/use-places';
import { findRegions } from '../model/search-regions';
import '../../../shared/ui/form-field.css';
import './region.css';

type Props = {
  /** What the field asks ("养老金在哪个省领？"). */
  legend: string;
  /** GB/T 2260 two-digit code, or null: not known (the national rules apply). */
  value: string | null;
  onChange(code: string | null): void;
};

/**
 * A province field for forms, with the guide's own region data and search (every province; cities,
 * one-character abbreviations and pinyin find theirs). Shows the choice in words, and a search only
 * when the person wants to change it. Never submits the form it sits in.
 */
export function RegionPicker({ legend, value, onChange }: Props) {
  const { t, i18n } = useTranslation('region');
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const chosen = findRegion(value);
  const [searching, setSearching] = useState(false);
  const [query, setQuery] = useState('');
  const inputId = useId();
  const hintId = useId();

  const pick = (code: string | null) => {
    onChange(code);
    setSearching(false);
    setQuery('');
  };

  return (
    <fieldset className="region-picker">
      <legend className="field-label">{legend}</legend>
      {!searching ? (
        <>
          <p className="region-picker-value">
            {chosen ? (
              <>
                <span aria-hidden="true">✓ </span>
                {regionFullName(chosen, language)}
              </>
            ) : (
              t('picker.none')
            )}
          </p>
          <button type="button" className="btn btn-secondary btn-block" onClick={() => setSearching(true)}>
            {chosen ? t('picker.change') : t('picker.choose')}
          </button>
        </>
      ) : (
        <RegionSearch
          inputId={inputId}
          hintId={hintId}
          query={query}
          onQuery={setQuery}
          chosenCode={chosen?.code ?? null}
          onPick={pick}
        />
      )}
    </fieldset>
  );
}

function RegionSearch({
  inputId,
  hintId,
  query,
  onQuery,
  chosenCode,
  onPick,
}: {
  inputId: string;
  hintId: string;
  query: string;
  onQuery(query: string): void;
  chosenCode: string | null;
  onPick(code: string | null): void;
}) {
  const { t, i18n } = useTranslation('region');
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const places = usePlaces();
  const matches = useMemo(() => (query.trim() === '' ? [] : findRegions(regions, query, places)), [query, places]);
  // The person tapped 选择省份 / 换一个省份: the search is what they came for.
  const focusOnShow = useCallback((input: HTMLInputElement | null) => input?.focus(), []);
  // Enter in the search must not send the form around it.
  const noSubmit = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };
  return (
    <div className="region-search">
      <label htmlFor={inputId} className="field-label">
        {t('searchLabel')}
      </label>
      <p id={hintId} className="field-hint">
        {t('searchHint')}
      </p>
      <input
        id={inputId}
        type="search"
        className="text-input region-picker-input"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={noSubmit}
        aria-describedby={hintId}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        ref={focusOnShow}
      />
      <p className="region-count" role="status">
        {query.trim() === '' ? '' : matches.length === 0 ? t('noMatch', { query }) : t('found', { count: matches.length })}
      </p>
      <ul className="region-list" aria-label={t('listLabel')}>
        {matches.map(({ region, via }) => (
          <li key={region.code}>
            <button
              type="button"
              className={chosenCode === region.code ? 'region-option region-option-chosen' : 'region-option'}
              aria-current={chosenCode === region.code ? 'true' : undefined}
              onClick={() => onPick(region.code)}
              lang={language}
            >
              <span className="region-option-text">
                <span>{regionFullName(region, language)}</span>
                {via && <span className="region-via">{t('cityMatch', { city: via.name, region: regionFullName(region, language) })}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-secondary btn-block" onClick={() => onPick(null)}>
        {t('picker.unknown')}
      </button>
    </div>
  );
}
