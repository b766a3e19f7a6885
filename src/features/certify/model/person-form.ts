import { checkIdNumber, type IdNumberProblem } from '../../../../contract/id-number';
import type { PersonDetails } from '../../submission/model/certification-backend';

export type PersonFormInput = { name: string; idNumber: string; phone: string };

export type PersonFormErrors = {
  name?: 'nameEmpty';
  idNumber?: { problem: IdNumberProblem; lengthChars: number };
  phone?: 'phone';
};

export type PersonFormResult = { ok: true; person: PersonDetails } | { ok: false; errors: PersonFormErrors };

/** Mainland mobile numbers: 11 digits starting with 1. Spaces and dashes, as people type them, are ignored. */
const mobilePattern = /^1\d{10}$/;

/** Checks what the person typed; every problem gets its own plain message (see certify.json person.error). */
export function validatePersonForm(input: PersonFormInput, today: Date): PersonFormResult {
  const errors: PersonFormErrors = {};
  const name = input.name.trim();
  if (name === '') errors.name = 'nameEmpty';
  const id = checkIdNumber(input.idNumber, today);
  if (!id.valid) errors.idNumber = { problem: id.problem, lengthChars: input.idNumber.replace(/\s+/g, '').length };
  const phone = input.phone.replace(/[\s-]/g, '');
  if (phone !== '' && !mobilePattern.test(phone)) errors.phone = 'phone';
  if (errors.name || errors.idNumber || errors.phone || !id.valid) return { ok: false, errors };
  return { ok: true, person: phone === '' ? { name, idNumber: id.normalized } : { name, idNumber: id.normalized, phone } };
}
