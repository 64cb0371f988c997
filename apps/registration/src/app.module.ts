import { Module } from '@nestjs/common';
import { PlatformModule } from '@carers/platform/service';
import { CarersModule } from './carers/carers.module';
import { EmergencyModule } from './emergency/emergency.module';
import { REGISTRATION } from './service';

@Module({ imports: [PlatformModule.forService(REGISTRATION), CarersModule, EmergencyModule] })
export class AppModule {}
