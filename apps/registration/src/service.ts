import { ServiceDefinition } from '@carers/platform/service';
import { CreateCarers1764000000100 } from './database/migrations/1764000000100-create-carers';
import { CreateEmergencyPlans1764000000110 } from './database/migrations/1764000000110-create-emergency-plans';
import { ExtendTheRegister1764000000120 } from './database/migrations/1764000000120-extend-the-register';
import { CarerLifecycleAndDataProtection1764000000130 } from './database/migrations/1764000000130-carer-lifecycle-and-data-protection';
import { EmergencyCardsByKeyedHash1764000000140 } from './database/migrations/1764000000140-emergency-cards-by-keyed-hash';
import { RegistrationReferrals1764000000150 } from './database/migrations/1764000000150-registration-referrals';

export const REGISTRATION: ServiceDefinition = {
  name: 'registration',
  defaultPort: 3001,
  migrations: [
    CreateCarers1764000000100,
    CreateEmergencyPlans1764000000110,
    ExtendTheRegister1764000000120,
    CarerLifecycleAndDataProtection1764000000130,
    EmergencyCardsByKeyedHash1764000000140,
    RegistrationReferrals1764000000150,
  ],
};
