/**
 * The councils this deployment serves (GSS codes), for work that runs for every council at once, such as
 * schedulers: row-level security lets each transaction see one council only. CARERS_COUNCILS overrides.
 */
export function councils(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env['CARERS_COUNCILS'] ?? 'E06000019,E06000054')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}
