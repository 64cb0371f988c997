/** Direction of travel against the month before, in the KPI's own sense of better. */
export function directionOfTravel(
  current: number | undefined,
  previous: number | undefined,
  direction: 'higher-is-better' | 'lower-is-better',
): 'improving' | 'worsening' | 'same' | 'new' {
  if (current === undefined || previous === undefined) return 'new';
  if (current === previous) return 'same';
  return current > previous === (direction === 'higher-is-better') ? 'improving' : 'worsening';
}

/** Whether a return for `period` received on `receivedOn` is late: due on day `dueDay` of the following month. */
export function isLate(period: string, receivedOn: string, dueDay: number): boolean {
  const [y, m] = period.split('-').map(Number);
  const due = new Date(Date.UTC(y, m, dueDay)).toISOString().slice(0, 10);
  return receivedOn > due;
}
