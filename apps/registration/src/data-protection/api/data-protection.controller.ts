import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { DataProtectionHandler } from '../application/data-protection.handler';
import { ErasureRequest, LegalHoldRequest, RetentionScheduleRequest, SubjectAccessQuery } from './data-protection.request';
import { subjectAccessDocument } from './subject-access.document';

const summary = (c: { id: string; lifecycle: object }) => ({ id: c.id, ...c.lifecycle });

@ApiTags('data protection')
@ApiBearerAuth()
@Roles('council-officer')
@Controller()
export class DataProtectionController {
  constructor(private readonly dp: DataProtectionHandler) {}

  /** Everything held about one carer, with its audit trail: JSON, or a readable document with ?format=html. */
  @Get('carers/:carerId/subject-access')
  async subjectAccess(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Query() query: SubjectAccessQuery, @CurrentPrincipal() who: Principal, @Res({ passthrough: true }) res: Response) {
    const found = await this.dp.subjectAccess(who, carerId);
    const body = { ...found, carer: { id: found.carer.id, ...found.carer.details, registeredOn: found.carer.registeredOn, ...found.carer.lifecycle } };
    if (query.format !== 'html') return body;
    res.type('html');
    return subjectAccessDocument(found);
  }

  @Post('carers/:carerId/erasure')
  @HttpCode(200)
  async erase(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Body() body: ErasureRequest, @CurrentPrincipal() who: Principal) {
    return summary(await this.dp.erase(who, carerId, body.reason));
  }

  @Put('carers/:carerId/legal-hold')
  async hold(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Body() body: LegalHoldRequest, @CurrentPrincipal() who: Principal) {
    return summary(await this.dp.setLegalHold(who, carerId, body.reason));
  }

  @Delete('carers/:carerId/legal-hold')
  async release(@Param('carerId', new ParseUUIDPipe()) carerId: string, @CurrentPrincipal() who: Principal) {
    return summary(await this.dp.setLegalHold(who, carerId, undefined));
  }

  @Get('retention-schedule')
  async schedule(@CurrentPrincipal() who: Principal) {
    return { yearsAfterDeregistration: await this.dp.retentionYears(who.tenantId) };
  }

  @Put('retention-schedule')
  async setSchedule(@Body() body: RetentionScheduleRequest, @CurrentPrincipal() who: Principal) {
    return { yearsAfterDeregistration: await this.dp.setRetentionYears(who.tenantId, body.yearsAfterDeregistration) };
  }

  /** Runs the retention job now (it also runs daily by itself). */
  @Post('admin/retention/run')
  @Roles('platform-admin')
  @HttpCode(200)
  async runRetention() {
    return { anonymised: await this.dp.runRetention() };
  }
}
