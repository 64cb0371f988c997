import { ServiceDefinition } from '@carers/platform/service';
import { CreatePerformance1764000000300 } from './database/migrations/1764000000300-create-performance';
import { MonthClose1764000000310 } from './database/migrations/1764000000310-month-close';
import { RegisterFacts1764000000320 } from './database/migrations/1764000000320-register-facts';
import { ClosedRequests1764000000325 } from './database/migrations/1764000000325-closed-requests';
import { KpiTallies1764000000330 } from './database/migrations/1764000000330-kpi-tallies';
import { ProviderRegistry1764000000340 } from './database/migrations/1764000000340-provider-registry';
import { ContractTerms1764000000350 } from './database/migrations/1764000000350-contract-terms';
import { ProviderOrganisations1764000000360 } from './database/migrations/1764000000360-provider-organisations';
import { DisputeClearance1764000000370 } from './database/migrations/1764000000370-dispute-clearance';

export const PERFORMANCE: ServiceDefinition = {
  name: 'performance',
  defaultPort: 3003,
  migrations: [
    CreatePerformance1764000000300,
    MonthClose1764000000310,
    RegisterFacts1764000000320,
    ClosedRequests1764000000325,
    KpiTallies1764000000330,
    ProviderRegistry1764000000340,
    ContractTerms1764000000350,
    ProviderOrganisations1764000000360,
    DisputeClearance1764000000370,
  ],
};
