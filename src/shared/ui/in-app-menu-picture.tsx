/**
 * The ⋯ menu of an app's built-in browser (WeChat, QQ, Alipay, Baidu) and its "open in browser" item,
 * drawn inline (our own drawing: no third-party image, nothing to download, works offline). The words
 * beside it say the same; the picture has its own description for screen readers.
 */
/** The drawings' palette (also the install screen's pictures): ink, paper, screen and the mark for "here". */
export const pictureColors = { ink: '#333333', paper: '#ffffff', screenGrey: '#e8edf2', mark: '#8a3b00' } as const;
const { ink, paper, screenGrey, mark } = pictureColors;

export function Pointer({ x, y }: { x: number; y: number }) {
  // A thick arrow pointing at (x, y) from below-left: "tap here".
  return (
    <path
      d={`M${x - 34} ${y + 40} L${x - 6} ${y + 8} M${x - 6} ${y + 8} l-2 16 M${x - 6} ${y + 8} l-16 2`}
      stroke={mark}
      strokeWidth="6"
      strokeLinecap="round"
      fill="none"
    />
  );
}

export function InAppMenuPicture({ label, itemText, className = 'install-picture' }: { label: string; itemText: string; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 320 220" role="img" aria-label={label}>
      <rect x="2" y="2" width="316" height="216" rx="16" fill={screenGrey} stroke={ink} strokeWidth="3" />
      <rect x="2" y="2" width="316" height="48" rx="16" fill={paper} stroke={ink} strokeWidth="3" />
      <text x="22" y="35" fontSize="24" fill={ink}>
        ✕
      </text>
      <circle cx="282" cy="26" r="20" fill={paper} stroke={mark} strokeWidth="5" />
      <text x="282" y="33" fontSize="24" fill={ink} textAnchor="middle" fontWeight="700">
        ···
      </text>
      <Pointer x={262} y={50} />
      <rect x="12" y="120" width="296" height="90" rx="12" fill={paper} stroke={ink} strokeWidth="2" />
      <circle cx="60" cy="150" r="18" fill={screenGrey} stroke={ink} strokeWidth="2" />
      <circle cx="120" cy="150" r="18" fill={screenGrey} stroke={ink} strokeWidth="2" />
      <rect x="160" y="128" width="140" height="76" rx="10" fill={paper} stroke={mark} strokeWidth="5" />
      <circle cx="230" cy="152" r="16" fill={paper} stroke={ink} strokeWidth="3" />
      <path d="M224 158 l10 -12 l-4 14 z" fill={ink} />
      <text x="230" y="192" fontSize="18" fill={ink} textAnchor="middle">
        {itemText}
      </text>
    </svg>
  );
}

