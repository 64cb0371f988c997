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

const COUNCIL_NAMES: Readonly<Record<string, string>> = { E06000019: 'Herefordshire Council', E06000054: 'Wiltshire Council' };

/**
 * A council as its letters and notices name it, never by its GSS code alone. CARERS_COUNCIL_NAMES adds or renames
 * councils as `code=Name` pairs separated by semicolons ("E06000019=Herefordshire Council;E10000034=Worcestershire County Council").
 */
export function councilName(code: string, env: NodeJS.ProcessEnv = process.env): string {
  const named = (env['CARERS_COUNCIL_NAMES'] ?? '')
    .split(';')
    .map((pair) => pair.split('=').map((p) => p.trim()))
    .find(([c, name]) => c === code && name);
  return named?.[1] ?? COUNCIL_NAMES[code] ?? `Council ${code}`;
}
