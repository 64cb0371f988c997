/**
 * A UK telephone number in E.164 (+44...). Accepts the ways people write them (07700 900123,
 * +44 (0)1432 260000, 0044 20 7946 0000) and refuses what cannot be dialled, so letters and calls
 * never go to a mistyped number.
 */
export function toUkE164(input: string): string | undefined {
  const compact = input
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\-().]/g, '');
  let national: string;
  if (/^\+44\d+$/.test(compact)) national = compact.slice(3);
  else if (/^0044\d+$/.test(compact)) national = compact.slice(4);
  else if (/^0\d+$/.test(compact)) national = compact.slice(1);
  else return undefined;
  return DIALLABLE.test(national) ? `+44${national}` : undefined;
}

// national significant numbers: geographic 1 (9 or 10 digits) and 2, non-geographic 3, mobiles 71-75 and 77-79
// (not 70 personal numbers or 76 pagers), freephone 80 (10 digits)
const DIALLABLE = /^(1\d{8,9}|2\d{9}|3\d{9}|7[1-57-9]\d{8}|80\d{8})$/;
