/** The latest date of birth of someone who is at least `months` old today. */
export function bornOnOrBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function turns18In(dateOfBirth: string): string {
  return `${Number(dateOfBirth.slice(0, 4)) + 18}${dateOfBirth.slice(4, 7)}`;
}
