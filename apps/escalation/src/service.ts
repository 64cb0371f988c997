import { ServiceDefinition } from '@carers/platform/service';
import { CreateEscalation1764000000400 } from './database/migrations/1764000000400-create-escalation';
import { ClosedMonths1764000000420 } from './database/migrations/1764000000420-closed-months';
import { CreditsFollowClosure1764000000430 } from './database/migrations/1764000000430-credits-follow-closure';
import { CouncilClosureDays1764000000440 } from './database/migrations/1764000000440-council-closure-days';
import { SustainedRecovery1764000000410 } from './database/migrations/1764000000410-sustained-recovery';
import { CreditSettlement1764000000450 } from './database/migrations/1764000000450-credit-settlement';
import { ContractTerms1764000000460 } from './database/migrations/1764000000460-contract-terms';
import { SealedWebhookSecrets1764000000470 } from './database/migrations/1764000000470-sealed-webhook-secrets';
import { Notices1764000000480 } from './database/migrations/1764000000480-notices';
import { SharedRemedialPlans1764000000490 } from './database/migrations/1764000000490-shared-remedial-plans';
import { JointInvestigations1764000000500 } from './database/migrations/1764000000500-joint-investigations';

export const ESCALATION: ServiceDefinition = {
  name: 'escalation',
  defaultPort: 3004,
  migrations: [
    CreateEscalation1764000000400,
    SustainedRecovery1764000000410,
    ClosedMonths1764000000420,
    CreditsFollowClosure1764000000430,
    CouncilClosureDays1764000000440,
    CreditSettlement1764000000450,
    ContractTerms1764000000460,
    SealedWebhookSecrets1764000000470,
    Notices1764000000480,
    SharedRemedialPlans1764000000490,
    JointInvestigations1764000000500,
  ],
};
