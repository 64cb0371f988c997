/** A setting that counts something, at least 1; unset or empty gives the fallback; anything else stops the service, saying why. */
export function wholeNumberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, of = ''): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`${name} must be a whole number${of ? ` ${of}` : ''}, at least 1, not "${value}"`);
  return Number(value);
}
