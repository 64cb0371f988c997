/**
 * What a caller's work may reach, the one shape every service's access rules use (issue 21, finding 2): a council
 * scope reaches all of the council's records; a provider scope only those its provider holds. Plain TypeScript, so
 * each service's domain can apply it; `scopeOf` in @carers/platform/auth makes one from a verified token.
 */
export type Scope =
  | { readonly kind: 'council'; readonly tenantId: string }
  | { readonly kind: 'provider'; readonly tenantId: string; readonly providerId: string };

/** The provider a scope is limited to, if it is. */
export const providerOf = (scope: Scope): string | undefined => (scope.kind === 'provider' ? scope.providerId : undefined);

/** Whether a record held by `holder` (a provider id, or none) is within the scope. */
export const reaches = (scope: Scope, holder: string | null | undefined): boolean =>
  scope.kind === 'council' || holder === scope.providerId;

/** The council's own reach, for work the service does for it (a listener, a scheduled job), not for a caller. */
export const councilScope = (tenantId: string): Scope => ({ kind: 'council', tenantId });
