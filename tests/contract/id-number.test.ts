import { describe, expect, it } from 'vitest';
import { checkIdNumber, expectedCheckCharacter, maskIdNumber, normalizeIdNumberInput } from '../../contract/id-number';

const today = new Date(Date.UTC(2026, 10, 27));

/** Builds a number with the right check character from its first 17 digits. */
function withCheck(first17: string): string {
  return first17 + expectedCheckCharacter(first17);
}

describe('checkIdNumber (GB 11643)', () => {
  it('accepts the standard published example, with a capital X check character', () => {
    expect(checkIdNumber('11010519491231002X', today)).toEqual({ valid: true, normalized: '11010519491231002X' });
  });

  it('accepts numbers with a digit check character and ignores spaces typed in groups', () => {
    const id = withCheck('44030419550607123');
    expect(id).toMatch(/^\d{17}[\dX]$/);
    expect(checkIdNumber(id, today)).toEqual({ valid: true, normalized: id });
    const grouped = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    expect(checkIdNumber(grouped, today)).toEqual({ valid: true, normalized: id });
  });

  it('computes check characters by the ISO 7064 MOD 11-2 weights', () => {
    expect(expectedCheckCharacter('11010519491231002')).toBe('X');
    expect(expectedCheckCharacter('44052418800101001')).toBe('4');
  });

  it('says empty for nothing typed', () => {
    expect(checkIdNumber('   ', today)).toEqual({ valid: false, problem: 'empty' });
  });

  it('says wrong-length for 17, 19 and old 15-digit numbers', () => {
    expect(checkIdNumber('11010519491231002', today)).toEqual({ valid: false, problem: 'wrong-length' });
    expect(checkIdNumber('11010519491231002X1', today)).toEqual({ valid: false, problem: 'wrong-length' });
    expect(checkIdNumber('110105491231002', today)).toEqual({ valid: false, problem: 'wrong-length' });
  });

  it('takes a small x, a full-width Ｘ and full-width digits as what they mean', () => {
    expect(checkIdNumber('11010519491231002x', today)).toEqual({ valid: true, normalized: '11010519491231002X' });
    expect(checkIdNumber('１１０１０５１９４９１２３１００２ｘ', today)).toEqual({ valid: true, normalized: '11010519491231002X' });
    expect(checkIdNumber('11010519491231002Ｘ', today)).toEqual({ valid: true, normalized: '11010519491231002X' });
  });

  it('says bad-characters for letters or X in the middle', () => {
    expect(checkIdNumber('1101051949123100AX', today)).toEqual({ valid: false, problem: 'bad-characters' });
    expect(checkIdNumber('11010519X91231002X', today)).toEqual({ valid: false, problem: 'bad-characters' });
    expect(checkIdNumber('11010519x91231002X', today)).toEqual({ valid: false, problem: 'bad-characters' });
  });

  it('says bad-region when the first two digits are no province', () => {
    expect(checkIdNumber(withCheck('00010519491231002'), today)).toEqual({ valid: false, problem: 'bad-region' });
    expect(checkIdNumber(withCheck('99010519491231002'), today)).toEqual({ valid: false, problem: 'bad-region' });
  });

  it('says bad-birth-date for impossible, too old and future dates', () => {
    const cases = [
      '11010519490230002', // 30 February
      '11010519491301002', // month 13
      '11010519490100002', // day 0
      '11010518991231002', // before 1900
      '11010520270101002', // after "today"
      '11010519490229002', // 1949 is no leap year
    ];
    for (const first17 of cases) {
      expect(checkIdNumber(withCheck(first17), today), first17).toEqual({ valid: false, problem: 'bad-birth-date' });
    }
  });

  it('accepts 29 February in a leap year and a birthday of today', () => {
    expect(checkIdNumber(withCheck('11010519480229002'), today).valid).toBe(true);
    expect(checkIdNumber(withCheck('11010520261127002'), today).valid).toBe(true);
  });

  it('says check-digit when one digit was mistyped', () => {
    const id = '11010519491231002X';
    const sequenceTypo = `${id.slice(0, 15)}1${id.slice(16)}`; // 002X → 012X
    expect(checkIdNumber(sequenceTypo, today)).toEqual({ valid: false, problem: 'check-digit' });
    expect(checkIdNumber('110105194912310021', today)).toEqual({ valid: false, problem: 'check-digit' });
  });
});

describe('normalizeIdNumberInput', () => {
  it('upper-cases x and turns full-width characters into plain ones, leaving everything else as typed', () => {
    expect(normalizeIdNumberInput('110105 1949x')).toBe('110105 1949X');
    expect(normalizeIdNumberInput('１２３ｘＸ')).toBe('123XX');
    expect(normalizeIdNumberInput('12a-b')).toBe('12a-b');
  });
});

describe('maskIdNumber', () => {
  it('keeps only the first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('1234567')).toBe('*******');
  });
});
