import type { PersonDetails } from '../../../adapters/backend/certification-backend';
import { checkIdNumber, type IdNumberProblem } from '../../../../contract/id-number';
import { checkPersonName, type PersonNameProblem } from '../../../../contract/person-name';

export type PersonFormInput = { name: string; idNumber: string; phone: string };

export type PersonFormErrors = {
  name?: PersonNameProblem;
  idNumber?: IdNumberProblem;
  phone?: 'phone';
};

export type PersonFormResult = { ok: true; person: PersonDetails } | { ok: false; errors: PersonFormErrors };

/** Mainland mobile numbers: 11 digits starting with 1. Spaces and dashes, as people type them, are ignored. */
const mobilePattern = /^1\d{10}$/;

/**
 * Checks what was typed; every problem gets its own plain message. The name and the ID number are
 * checked by the contract's rules, the ones the server applies to the same input.
 */
export function validatePersonForm(input: PersonFormInput, today: Date): PersonFormResult {
  const errors: PersonFormErrors = {};
  const name = checkPersonName(input.name);
  if (!name.valid) errors.name = name.problem;
  const id = checkIdNumber(input.idNumber, today);
  if (!id.valid) errors.idNumber = id.problem;
  const phone = input.phone.replace(/[\s-]/g, '');
  if (phone !== '' && !mobilePattern.test(phone)) errors.phone = 'phone';
  if (errors.name || errors.idNumber || errors.phone || !id.valid || !name.valid) return { ok: false, errors };
  const person = { name: name.normalized, idNumber: id.normalized };
  return { ok: true, person: phone === '' ? person : { ...person, phone } };
}
