import { isCalendarDate, type CalendarDate } from '../../../../contract/calendar-date';
import { isBenefitType, type BenefitType } from '../../due-date';

/** An elder a family member follows from their own phone, added with the elder's own consent. */
export const relations = ['father', 'mother', 'spouse', 'grandparent', 'other'] as const;
export type Relation = (typeof relations)[number];

export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && (relations as readonly string[]).includes(value);
}

/**
 * Which consent text the elder agreed to: when the text changes in a way that matters, this
 * number goes up and the elder is asked again (PIPL Art. 14: re-consent on change).
 */
export const consentTextVersion = 1;

export type ElderConsent = { givenAt: string; textVersion: number };

export type Elder = {
  id: string;
  name: string;
  relation: Relation;
  idNumber: string;
  consent: ElderConsent;
  provinceCode: string | null;
  benefitType: BenefitType | null;
  lastCertifiedOn: CalendarDate | null;
  /** The outbox entry of the latest submission made for this elder on this phone. */
  lastSubmissionId: string | null;
};

export function needsConsentAgain(elder: Elder): boolean {
  return elder.consent.textVersion < consentTextVersion;
}

export function parseElder(value: unknown): Elder | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const consent = raw.consent as Record<string, unknown> | undefined;
  if (
    typeof raw.id !== 'string' ||
    typeof raw.name !== 'string' ||
    !isRelation(raw.relation) ||
    typeof raw.idNumber !== 'string' ||
    typeof consent !== 'object' ||
    consent === null ||
    typeof consent.givenAt !== 'string' ||
    typeof consent.textVersion !== 'number'
  ) {
    return null;
  }
  return {
    id: raw.id,
    name: raw.name,
    relation: raw.relation,
    idNumber: raw.idNumber,
    consent: { givenAt: consent.givenAt, textVersion: consent.textVersion },
    provinceCode: typeof raw.provinceCode === 'string' ? raw.provinceCode : null,
    benefitType: isBenefitType(raw.benefitType) ? raw.benefitType : null,
    lastCertifiedOn: isCalendarDate(raw.lastCertifiedOn) ? raw.lastCertifiedOn : null,
    lastSubmissionId: typeof raw.lastSubmissionId === 'string' ? raw.lastSubmissionId : null,
  };
}
