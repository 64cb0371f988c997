import { Module } from '@nestjs/common';
import { PlatformModule } from '@carers/platform/service';
import { CarersModule } from './carers/carers.module';
import { ConsentsModule } from './consents/consents.module';
import { DataProtectionModule } from './data-protection/data-protection.module';
import { RelationshipsModule } from './relationships/relationships.module';
import { EmergencyModule } from './emergency/emergency.module';
import { ImportsModule } from './imports/imports.module';
import { REGISTRATION } from './service';

@Module({
  imports: [
    PlatformModule.forService(REGISTRATION),
    CarersModule,
    EmergencyModule,
    RelationshipsModule,
    ConsentsModule,
    DataProtectionModule,
    ImportsModule,
  ],
})
export class AppModule {}
