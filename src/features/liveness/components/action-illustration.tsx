import { isChallengeKind } from '../model/challenge';
import type { LivenessPrompt } from '../model/to-view';

/**
 * A face doing the asked action, moving gently (no flashing; prefers-reduced-motion stops it, see
 * liveness.css). Decorative: the prompt text next to it says the same.
 */
export function ActionIllustration({ prompt }: { prompt: LivenessPrompt | null }) {
  const kind = isChallengeKind(prompt) ? prompt : null;
  if (!kind) return null;
  // The drawing faces the person like a mirror: "your left" is drawn on the screen's left.
  const arrow = kind === 'turn-left' ? 'M30 14 H6 M14 6 L6 14 L14 22' : kind === 'turn-right' ? 'M50 14 H74 M66 6 L74 14 L66 22' : null;
  return (
    <svg className={`action-illustration action-${kind}`} viewBox="0 0 80 80" width="80" height="80" aria-hidden="true" focusable="false">
      {arrow && <path d={arrow} fill="none" stroke="#0b4f8a" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />}
      <g className="action-head">
        <ellipse cx="40" cy="48" rx="20" ry="25" fill="#fde3c8" stroke="#111" strokeWidth="2.5" />
        <g className="action-eyes">
          <ellipse cx="33" cy="45" rx="3" ry="3" fill="#111" />
          <ellipse cx="47" cy="45" rx="3" ry="3" fill="#111" />
        </g>
        <ellipse className="action-mouth" cx="40" cy="60" rx="6" ry="2" fill="#7a1f1f" />
      </g>
    </svg>
  );
}
