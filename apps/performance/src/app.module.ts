import { Module } from '@nestjs/common';
import { PlatformModule } from '@carers/platform/service';
import { KpisModule } from './kpis/kpis.module';
import { PeriodsModule } from './periods/periods.module';
import { ProvidersModule } from './providers/providers.module';
import { PERFORMANCE } from './service';

@Module({ imports: [PlatformModule.forService(PERFORMANCE), KpisModule, PeriodsModule, ProvidersModule] })
export class AppModule {}
