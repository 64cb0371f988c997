import { Module } from '@nestjs/common';
import { PlatformModule } from '@carers/platform/service';
import { ESCALATION } from './service';

@Module({ imports: [PlatformModule.forService(ESCALATION)] })
export class AppModule {}
