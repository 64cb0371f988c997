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

/**
 * The councils an administrator's on-demand run acts for (issue 21, finding 10): a council's `platform-admin` its
 * own council only; the `platform-operator`, who runs the platform for every council, all of them.
 */
export function councilsRunBy(who: { roles: readonly string[]; tenantId: string }, env: NodeJS.ProcessEnv = process.env): string[] {
  return who.roles.includes('platform-operator') ? councils(env) : [who.tenantId];
}
