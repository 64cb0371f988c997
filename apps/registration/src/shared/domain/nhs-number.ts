/** An NHS number: ten digits whose last is the Modulus 11 check digit of the first nine. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false; // such numbers are never issued
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
