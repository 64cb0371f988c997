import { Module } from '@nestjs/common';
import { PlatformModule } from '@carers/platform/service';
import { CasesModule } from './cases/cases.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ESCALATION } from './service';

@Module({ imports: [PlatformModule.forService(ESCALATION), CasesModule, NotificationsModule] })
export class AppModule {}
