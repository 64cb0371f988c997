/**
 * `platform-admin` administers the platform for one council (its tenant claim); `platform-operator` runs it for
 * every council and alone sees cross-council operational data, such as every council's parked messages.
 */
export const ROLES = [
  'council-officer',
  'provider-worker',
  'board-member',
  'emergency-responder',
  'platform-admin',
  'platform-operator',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from a verified bearer token. */
export interface Principal {
  readonly subject: string;
  readonly roles: readonly Role[];
  /** The council's GSS code. */
  readonly tenantId: string;
  /** Set for provider-worker: the consortium member they work for. */
  readonly providerId?: string;
  /** When the token stops being valid: a stream opened with it closes then (issue 21, finding 8). */
  readonly expiresAt?: Date;
}
