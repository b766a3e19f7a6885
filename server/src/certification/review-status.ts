import type { DecisionRequest } from '../../../contract/review-api';
import type { StoredState } from '../storage/submissions-repository';

/** Pure rules for how a submission's state may change. */
export function stateAfterDecision(decision: DecisionRequest['decision']): 'approved' | 'rejected' | 'redo-requested' {
  return decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'redo-requested';
}

export function canDecide(state: StoredState): boolean {
  return state === 'received' || state === 'in-review';
}
