import type { ReviewReason } from '../../../contract/review-api';

export type Decision = 'approve' | 'reject' | 'redo';

export function reasonsFor(reasons: readonly ReviewReason[], decision: Decision): ReviewReason[] {
  if (decision === 'approve') return [];
  return reasons.filter((reason) => reason.appliesTo.includes(decision));
}

/** The reason's words in the console's language (zh-CN when that language has none). */
export function reasonLabel(reason: ReviewReason, language: string): string {
  const labels: Record<string, string> = reason.label;
  return labels[language] ?? reason.label['zh-CN'];
}

export type DecisionDraft = { decision: Decision | null; reasonCode: string; note: string };

export type DraftProblem = 'needChoice' | 'needReason' | null;

/** What is still missing before the decision can be confirmed. */
export function draftProblem(draft: DecisionDraft): DraftProblem {
  if (draft.decision === null) return 'needChoice';
  if (draft.decision !== 'approve' && draft.reasonCode === '') return 'needReason';
  return null;
}
