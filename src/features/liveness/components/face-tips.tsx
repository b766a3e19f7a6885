import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Simple line drawings: older eyes read a picture faster than a sentence. Decorative: the text says it all. */
function Head({ children }: { children?: ReactNode }) {
  return (
    <>
      <ellipse cx="40" cy="44" rx="20" ry="25" fill="#fde3c8" stroke="#111" strokeWidth="2.5" />
      <circle cx="33" cy="42" r="2.5" fill="#111" />
      <circle cx="47" cy="42" r="2.5" fill="#111" />
      <path d="M33 56 Q40 61 47 56" fill="none" stroke="#111" strokeWidth="2.5" strokeLinecap="round" />
      {children}
    </>
  );
}

const drawings = {
  light: (
    <>
      <Head />
      <circle cx="68" cy="14" r="8" fill="#f5b400" stroke="#7a4b00" strokeWidth="2" />
      <path d="M68 0v4M68 24v4M54 14h4M78 14h4" stroke="#7a4b00" strokeWidth="2.5" strokeLinecap="round" />
    </>
  ),
  hat: (
    <Head>
      <path d="M16 24 L64 24" stroke="#9b1111" strokeWidth="4" strokeLinecap="round" />
      <path d="M24 24 Q40 0 56 24" fill="#cc4444" stroke="#9b1111" strokeWidth="2.5" />
      <path d="M12 8 L68 40" stroke="#9b1111" strokeWidth="4" strokeLinecap="round" />
    </Head>
  ),
  glasses: (
    <Head>
      <circle cx="33" cy="42" r="7" fill="none" stroke="#111" strokeWidth="2.5" />
      <circle cx="47" cy="42" r="7" fill="none" stroke="#111" strokeWidth="2.5" />
      <path d="M40 42h0M26 36 l4 -4M50 36 l4 -4" stroke="#0b4f8a" strokeWidth="2.5" strokeLinecap="round" />
    </Head>
  ),
  level: (
    <>
      <Head />
      <rect x="64" y="30" width="12" height="22" rx="2" fill="#fff" stroke="#0b4f8a" strokeWidth="2.5" />
      <path d="M4 42 H62" stroke="#0b4f8a" strokeWidth="2" strokeDasharray="4 3" />
    </>
  ),
} as const;

const tips = [
  { key: 'tipLight', drawing: 'light' },
  { key: 'tipHat', drawing: 'hat' },
  { key: 'tipGlasses', drawing: 'glasses' },
  { key: 'tipLevel', drawing: 'level' },
] as const;

export function FaceTips() {
  const { t } = useTranslation('liveness');
  return (
    <section aria-labelledby="face-tips-title">
      <h2 id="face-tips-title">{t('intro.tipsTitle')}</h2>
      <ul className="face-tips">
        {tips.map((tip) => (
          <li key={tip.key} className="face-tip">
            <svg viewBox="0 0 84 76" width="84" height="76" aria-hidden="true" focusable="false">
              {drawings[tip.drawing]}
            </svg>
            <span>{t(`intro.${tip.key}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
