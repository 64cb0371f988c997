import { describePlatformConformance } from '@carers/testing';
import { AppModule } from './app.module';
import { ASSESSMENTS } from './service';

describePlatformConformance(AppModule, ASSESSMENTS);
