import { Injectable } from '@nestjs/common';
import { TrustedProviders } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { ProviderNamesRepository } from '../application/provider-names.repository';

@Injectable()
export class SqlProviderNamesRepository extends ProviderNamesRepository {
  async nameOf(tx: Tx, providerId: string): Promise<string | undefined> {
    const member = await TrustedProviders.organisationOf(tx, providerId);
    if (member) return member;
    const [consortium] = await tx.query<{ organisation: string }>(
      `SELECT consortium_organisation AS organisation FROM contract_terms WHERE tenant_id = $1 AND consortium_id = $2 ORDER BY starts_on DESC LIMIT 1`,
      [tx.tenantId, providerId],
    );
    return consortium?.organisation;
  }
}
