import { ServiceDefinition } from '@carers/platform/service';
import { CreateKnownCarers1764000000200 } from './database/migrations/1764000000200-create-known-carers';
import { CreateAssessments1764000000210 } from './database/migrations/1764000000210-create-assessments';
import { ClockPolicyPerContract1764000000220 } from './database/migrations/1764000000220-clock-policy-per-contract';
import { ClosedRequests1764000000230 } from './database/migrations/1764000000230-closed-requests';

export const ASSESSMENTS: ServiceDefinition = {
  name: 'assessments',
  defaultPort: 3002,
  migrations: [
    CreateKnownCarers1764000000200,
    CreateAssessments1764000000210,
    ClockPolicyPerContract1764000000220,
    ClosedRequests1764000000230,
  ],
};
