import type { PersonDetails } from '../../../adapters/backend/certification-backend';
import { checkIdNumber, type IdNumberProblem } from '../../../../contract/id-number';

export type PersonFormInput = { name: string; idNumber: string; phone: string };

export type PersonFormErrors = {
  name?: 'nameEmpty';
  idNumber?: IdNumberProblem;
  phone?: 'phone';
};

export type PersonFormResult = { ok: true; person: PersonDetails } | { ok: false; errors: PersonFormErrors };

/** Mainland mobile numbers: 11 digits starting with 1. Spaces and dashes, as people type them, are ignored. */
const mobilePattern = /^1\d{10}$/;

/**
 * Checks what was typed; every problem gets its own plain message. The ID number is checked by the
 * contract's rule, the one the server applies to the same number.
 */
export function validatePersonForm(input: PersonFormInput, today: Date): PersonFormResult {
  const errors: PersonFormErrors = {};
  const name = input.name.trim();
  if (name === '') errors.name = 'nameEmpty';
  const id = checkIdNumber(input.idNumber, today);
  if (!id.valid) errors.idNumber = id.problem;
  const phone = input.phone.replace(/[\s-]/g, '');
  if (phone !== '' && !mobilePattern.test(phone)) errors.phone = 'phone';
  if (errors.name || errors.idNumber || errors.phone || !id.valid) return { ok: false, errors };
  return { ok: true, person: phone === '' ? { name, idNumber: id.normalized } : { name, idNumber: id.normalized, phone } };
}
