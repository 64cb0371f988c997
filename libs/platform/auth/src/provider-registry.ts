/**
 * The providers a council contracts with, as the service keeps them (ADR 0014). A token naming any other provider,
 * or one whose contract has ended, is refused (issue 21, finding 2).
 */
export abstract class ProviderRegistry {
  abstract holdsContract(tenantId: string, providerId: string): Promise<boolean>;
}
