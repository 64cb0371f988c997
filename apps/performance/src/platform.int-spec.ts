import { describePlatformConformance } from '@carers/testing';
import { AppModule } from './app.module';
import { PERFORMANCE } from './service';

describePlatformConformance(AppModule, PERFORMANCE);
