import { describePlatformConformance } from '@carers/testing';
import { AppModule } from './app.module';
import { ESCALATION } from './service';

describePlatformConformance(AppModule, ESCALATION);
