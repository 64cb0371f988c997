import { Module } from '@nestjs/common';
import { PlatformModule } from '@carers/platform/service';
import { AssessmentsModule } from './assessments/assessments.module';
import { KnownCarersModule } from './carers/known-carers.module';
import { ASSESSMENTS } from './service';

@Module({ imports: [PlatformModule.forService(ASSESSMENTS), KnownCarersModule, AssessmentsModule] })
export class AppModule {}
