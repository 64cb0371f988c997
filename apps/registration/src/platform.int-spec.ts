import { describePlatformConformance } from '@carers/testing';
import { AppModule } from './app.module';
import { REGISTRATION } from './service';

describePlatformConformance(AppModule, REGISTRATION);
