/** The mark shown instead of a count from 1 to 7. */
export const SUPPRESSED = '*';

/**
 * Small-number suppression for the area board: 0 stays "0", 1 to 7 become "*", anything larger is rounded to the
 * nearest 5, so no one can be picked out of a small count nor found by subtracting one published figure from another.
 */
export function suppress(n: number): string {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`a count must be a number of 0 or more, not ${n}`);
  const whole = Math.round(n);
  if (whole === 0) return '0';
  if (whole <= 7) return SUPPRESSED;
  return String(Math.round(whole / 5) * 5);
}

export const isSuppressed = (shown: string | undefined) => shown === SUPPRESSED;
