import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage } from '../../../i18n/languages';
import { Disclosure } from '../../../shared/ui/disclosure';
import { skipReadAloud } from '../../../shared/ui/readable-text';
import { referenceSources, type SourceId } from '../data/reference-sources';

type SourceListProps = {
  ids: readonly SourceId[];
  /** Behind a "资料来源" show-more (guide steps) or always visible (FAQ answers). */
  collapsed?: boolean;
};

/** Where the text above comes from: title, date and a link for each source. Read aloud skips it. */
export function SourceList({ ids, collapsed = false }: SourceListProps) {
  const { t, i18n } = useTranslation('guide');
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const list = (
    <ul className="source-list">
      {ids.map((id) => {
        const source = referenceSources[id];
        const date = source.date ?? t('sources.dateUnknown');
        return (
          <li key={id}>
            <a className="source-item" href={source.url} target="_blank" rel="noopener noreferrer">
              <span className="source-title">{source.title[language]}</span>
              <span className="source-date">{t('sources.date', { date })}</span>
              <span className="visually-hidden">{t('sources.external')}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
  if (collapsed) {
    return (
      <div {...skipReadAloud}>
        <Disclosure summary={t('sources.heading', { count: ids.length })}>{list}</Disclosure>
      </div>
    );
  }
  return (
    <div className="source-block" {...skipReadAloud}>
      <p className="source-heading">{t('sources.inline')}</p>
      {list}
    </div>
  );
}
