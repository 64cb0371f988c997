import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ClockKind } from '@carers/contracts';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { AddBankHolidayHandler } from '../application/add-bank-holiday.handler';
import { ClockPolicyQuery } from '../application/clock-policy.query';
import { RemoveBankHolidayHandler } from '../application/remove-bank-holiday.handler';
import { SetTimescaleHandler } from '../application/set-timescale.handler';
import { BankHolidayRequest, ClockKindParam, ClockPolicyRequest, ClosureDayParam } from './clock-policy.request';

/** Each council's timescales (council-wide, or for one provider's contract) and bank holidays. A change applies to clocks started after it. */
@ApiTags('clock policy')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('clock-policy')
export class ClockPolicyController {
  constructor(
    private readonly policy: ClockPolicyQuery,
    private readonly setTimescale: SetTimescaleHandler,
    private readonly addBankHoliday: AddBankHolidayHandler,
    private readonly removeBankHoliday: RemoveBankHolidayHandler,
  ) {}

  @Get()
  show(@CurrentPrincipal() who: Principal) {
    return this.policy.execute(who.tenantId);
  }

  @Put(':kind')
  async set(@Param() { kind }: ClockKindParam, @Body() body: ClockPolicyRequest, @CurrentPrincipal() who: Principal) {
    await this.setTimescale.execute({
      tenantId: who.tenantId,
      kind: kind as ClockKind,
      days: body.days,
      basis: body.basis,
      providerId: body.providerId,
    });
    return { kind, ...body };
  }

  @Post('bank-holidays')
  async addHoliday(@Body() body: BankHolidayRequest, @CurrentPrincipal() who: Principal) {
    await this.addBankHoliday.execute({ tenantId: who.tenantId, day: body.day, name: body.name });
    return body;
  }

  /** A closure day added in error, or cancelled: counted as a working day again from now on (ADR 0017). */
  @Post('bank-holidays/:day/removal')
  @HttpCode(200)
  async removeHoliday(@Param() { day }: ClosureDayParam, @CurrentPrincipal() who: Principal) {
    await this.removeBankHoliday.execute(who.tenantId, day);
    return { day, removed: true };
  }
}
