import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@carers/contracts';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { UnitOfWork } from '@carers/platform/persistence';
import { MonthClose } from '../application/month-close';
import { MonthlyReturns } from '../application/monthly-returns';
import { packCsv } from './pack.csv';
import { DecisionRequest, DisputeParam, DisputeRequest, MonthlyReturnRequest, PeriodParam, ReliefRequest } from './periods.requests';

const isProvider = (who: Principal) => who.roles.includes('provider-worker') && !who.roles.includes('council-officer');

function providerFor(who: Principal, asked?: string): string {
  if (isProvider(who)) return who.providerId!;
  if (!asked) throw new DomainError('invalid-request', 'providerId: a council officer says which provider this is for');
  return asked;
}

/** Month close, disputes, relief, monthly returns and the Performance Outcomes Group's pack. */
@ApiTags('month close')
@ApiBearerAuth()
@Controller()
export class PeriodsController {
  constructor(private readonly close: MonthClose, private readonly returns: MonthlyReturns, private readonly uow: UnitOfWork) {}

  @Get('periods/:period')
  @Roles('council-officer', 'board-member', 'provider-worker')
  state(@Param() { period }: PeriodParam, @CurrentPrincipal() who: Principal) {
    return this.close.state(who.tenantId, period);
  }

  @Get('periods/:period/pack')
  @Roles('council-officer', 'board-member')
  pack(@Param() { period }: PeriodParam, @CurrentPrincipal() who: Principal) {
    return this.close.pack(who.tenantId, period);
  }

  @Get('periods/:period/pack.csv')
  @Roles('council-officer', 'board-member')
  @Header('content-type', 'text/csv; charset=utf-8')
  async packAsCsv(@Param() { period }: PeriodParam, @CurrentPrincipal() who: Principal): Promise<string> {
    return packCsv(await this.close.pack(who.tenantId, period));
  }

  @Post('periods/:period/disputes')
  @Roles('council-officer', 'provider-worker')
  dispute(@Param() { period }: PeriodParam, @Body() body: DisputeRequest, @CurrentPrincipal() who: Principal) {
    return this.close.dispute(who.tenantId, providerFor(who, body.providerId), period, body.kpiId, body.reason, who.subject);
  }

  @Post('disputes/:id/decision')
  @Roles('council-officer')
  @HttpCode(200)
  decide(@Param() { id }: DisputeParam, @Body() body: DecisionRequest, @CurrentPrincipal() who: Principal) {
    return this.close.decide(who.tenantId, id, body.outcome, body.reason, who.subject);
  }

  @Post('periods/:period/reliefs')
  @Roles('council-officer')
  relief(@Param() { period }: PeriodParam, @Body() body: ReliefRequest, @CurrentPrincipal() who: Principal) {
    return this.close.relief(who.tenantId, period, body.reason, who.subject, body.providerId, body.kpiId);
  }

  @Post('periods/:period/confirmation')
  @Roles('council-officer')
  @HttpCode(200)
  confirm(@Param() { period }: PeriodParam, @CurrentPrincipal() who: Principal) {
    return this.close.confirm(who.tenantId, period, who.subject);
  }

  @Post('monthly-returns')
  @Roles('council-officer', 'provider-worker')
  async monthlyReturn(@Body() body: MonthlyReturnRequest, @CurrentPrincipal() who: Principal) {
    const providerId = providerFor(who, body.providerId);
    const { late } = await this.uow.run(who.tenantId, (tx) => this.returns.receive(tx, { ...body, providerId }));
    return { providerId, period: body.period, measure: body.measure, value: body.value, responses: body.responses, late };
  }

  /** Closes the months that have ended now, rather than waiting for the hourly run. */
  @Post('admin/month-close/run')
  @Roles('platform-admin')
  @HttpCode(200)
  run() {
    return this.close.closeDue();
  }
}
