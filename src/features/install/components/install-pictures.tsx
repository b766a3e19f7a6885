/**
 * Simple drawings of what the person will see, drawn inline (no third-party images, nothing to
 * download, works offline). The steps beside them say the same thing in words; each picture has
 * its own description for screen readers.
 */

import { pictureColors, Pointer } from '../../../shared/ui/in-app-menu-picture';

const { ink, paper, screenGrey, mark } = pictureColors;

type PictureProps = { label: string };
type LabelledPictureProps = PictureProps & { itemText: string };

export function IosSharePicture({ label }: PictureProps) {
  return (
    <svg className="install-picture" viewBox="0 0 320 150" role="img" aria-label={label}>
      <rect x="2" y="2" width="316" height="146" rx="16" fill={screenGrey} stroke={ink} strokeWidth="3" />
      <rect x="2" y="80" width="316" height="68" rx="16" fill={paper} stroke={ink} strokeWidth="3" />
      <path d="M36 100 l-12 14 l12 14" stroke={ink} strokeWidth="4" fill="none" strokeLinecap="round" />
      <path d="M84 100 l12 14 l-12 14" stroke={ink} strokeWidth="4" fill="none" strokeLinecap="round" />
      <circle cx="160" cy="114" r="28" fill={paper} stroke={mark} strokeWidth="5" />
      <path d="M150 110 h-6 v22 h32 v-22 h-6" stroke={ink} strokeWidth="3.5" fill="none" />
      <path d="M160 98 v24 M152 106 l8 -8 l8 8" stroke={ink} strokeWidth="3.5" fill="none" strokeLinecap="round" />
      <rect x="218" y="102" width="24" height="24" rx="3" stroke={ink} strokeWidth="3" fill="none" />
      <rect x="268" y="102" width="24" height="24" rx="3" stroke={ink} strokeWidth="3" fill="none" />
      <Pointer x={140} y={86} />
    </svg>
  );
}

export function IosAddPicture({ label, itemText }: LabelledPictureProps) {
  return (
    <svg className="install-picture" viewBox="0 0 320 190" role="img" aria-label={label}>
      <rect x="2" y="2" width="316" height="186" rx="16" fill={screenGrey} stroke={ink} strokeWidth="3" />
      <rect x="16" y="16" width="288" height="44" rx="8" fill={paper} />
      <rect x="30" y="32" width="120" height="12" rx="6" fill={screenGrey} />
      <rect x="16" y="72" width="288" height="56" rx="8" fill={paper} stroke={mark} strokeWidth="5" />
      <text x="30" y="108" fontSize="20" fill={ink}>
        {itemText}
      </text>
      <rect x="262" y="86" width="28" height="28" rx="5" stroke={ink} strokeWidth="3" fill="none" />
      <path d="M276 92 v16 M268 100 h16" stroke={ink} strokeWidth="3" strokeLinecap="round" />
      <rect x="16" y="140" width="288" height="36" rx="8" fill={paper} />
      <rect x="30" y="152" width="90" height="12" rx="6" fill={screenGrey} />
    </svg>
  );
}

export function AndroidMenuPicture({ label, itemText }: LabelledPictureProps) {
  return (
    <svg className="install-picture" viewBox="0 0 320 200" role="img" aria-label={label}>
      <rect x="2" y="2" width="316" height="196" rx="16" fill={screenGrey} stroke={ink} strokeWidth="3" />
      <rect x="2" y="2" width="316" height="48" rx="16" fill={paper} stroke={ink} strokeWidth="3" />
      <rect x="20" y="14" width="220" height="22" rx="11" fill={screenGrey} />
      <circle cx="286" cy="26" r="20" fill={paper} stroke={mark} strokeWidth="5" />
      <circle cx="286" cy="17" r="3" fill={ink} />
      <circle cx="286" cy="26" r="3" fill={ink} />
      <circle cx="286" cy="35" r="3" fill={ink} />
      <rect x="96" y="58" width="214" height="132" rx="10" fill={paper} stroke={ink} strokeWidth="2" />
      <rect x="112" y="74" width="120" height="12" rx="6" fill={screenGrey} />
      <rect x="104" y="100" width="198" height="48" rx="8" fill={paper} stroke={mark} strokeWidth="5" />
      <text x="116" y="132" fontSize="19" fill={ink}>
        {itemText}
      </text>
      <rect x="112" y="164" width="90" height="12" rx="6" fill={screenGrey} />
    </svg>
  );
}
