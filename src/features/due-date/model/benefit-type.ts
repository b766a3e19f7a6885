/**
 * The kinds of pension benefit the due-date rules tell apart. On its own so the saved due date
 * (due-date-store.ts, read at start-up) does not bring the rules into the first page load.
 */
export const benefitTypes = ['employee', 'public-sector', 'urban-rural-resident', 'survivor', 'work-injury'] as const;
export type BenefitType = (typeof benefitTypes)[number];

export function isBenefitType(value: unknown): value is BenefitType {
  return typeof value === 'string' && (benefitTypes as readonly string[]).includes(value);
}
