import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { councilsRunBy } from '@carers/platform/service';
import { EraseCarerHandler } from '../application/erase-carer.handler';
import { RetentionScheduleQuery } from '../application/retention-schedule.query';
import { RetentionJob } from '../application/retention.job';
import { SetLegalHoldHandler } from '../application/set-legal-hold.handler';
import { SetRetentionScheduleHandler } from '../application/set-retention-schedule.handler';
import { SubjectAccessQuery } from '../application/subject-access.query';
import { ErasureRequest, LegalHoldRequest, RetentionScheduleRequest, SubjectAccessRequest } from './data-protection.request';
import { subjectAccessDocument } from './subject-access.response';

const summary = (c: { id: string; lifecycle: object }) => ({ id: c.id, ...c.lifecycle });

@ApiTags('data protection')
@ApiBearerAuth()
@Roles('council-officer')
@Controller()
export class DataProtectionController {
  constructor(
    private readonly subjectAccesses: SubjectAccessQuery,
    private readonly erasures: EraseCarerHandler,
    private readonly holds: SetLegalHoldHandler,
    private readonly schedules: RetentionScheduleQuery,
    private readonly scheduleChanges: SetRetentionScheduleHandler,
    private readonly retention: RetentionJob,
  ) {}

  /** Everything held about one carer, with its audit trail: JSON, or a readable document with ?format=html. */
  @Get('carers/:carerId/subject-access')
  async subjectAccess(
    @Param('carerId', new ParseUUIDPipe()) carerId: string,
    @Query() query: SubjectAccessRequest,
    @CurrentPrincipal() who: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    const found = await this.subjectAccesses.execute(who.tenantId, carerId);
    const body = {
      ...found,
      carer: { id: found.carer.id, ...found.carer.details, registeredOn: found.carer.registeredOn, ...found.carer.lifecycle },
    };
    if (query.format !== 'html') return body;
    res.type('html');
    return subjectAccessDocument(found);
  }

  @Post('carers/:carerId/erasure')
  @HttpCode(200)
  async erase(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Body() body: ErasureRequest, @CurrentPrincipal() who: Principal) {
    return summary(await this.erasures.execute(who, carerId, body.reason));
  }

  @Put('carers/:carerId/legal-hold')
  async hold(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Body() body: LegalHoldRequest, @CurrentPrincipal() who: Principal) {
    return summary(await this.holds.execute(who.tenantId, carerId, body.reason));
  }

  @Delete('carers/:carerId/legal-hold')
  async release(@Param('carerId', new ParseUUIDPipe()) carerId: string, @CurrentPrincipal() who: Principal) {
    return summary(await this.holds.execute(who.tenantId, carerId, undefined));
  }

  @Get('retention-schedule')
  async schedule(@CurrentPrincipal() who: Principal) {
    return { yearsAfterDeregistration: await this.schedules.execute(who.tenantId) };
  }

  @Put('retention-schedule')
  async setSchedule(@Body() body: RetentionScheduleRequest, @CurrentPrincipal() who: Principal) {
    return { yearsAfterDeregistration: await this.scheduleChanges.execute(who.tenantId, body.yearsAfterDeregistration) };
  }

  /** Runs the retention job now (it also runs daily by itself): the administrator's own council, or every council for the operator. */
  @Post('admin/retention/run')
  @Roles('platform-admin', 'platform-operator')
  @HttpCode(200)
  async runRetention(@CurrentPrincipal() who: Principal) {
    return { anonymised: await this.retention.runOnce(councilsRunBy(who)) };
  }
}
