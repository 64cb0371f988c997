import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * An amount in pounds: a finite number from `min` up to ten million with at most two decimal places. (class-validator's
 * IsNumber with maxDecimalPlaces throws on numbers written with an exponent, such as 7e-323.)
 */
export function IsMoney(min: number, options?: ValidationOptions) {
  return ValidateBy({
    name: 'isMoney',
    validator: {
      validate: (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= 10_000_000 && Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
      defaultMessage: () => `$property must be an amount in pounds from ${min} with at most two decimal places`,
    },
  }, options);
}
