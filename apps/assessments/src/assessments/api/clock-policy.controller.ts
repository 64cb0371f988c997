import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CLOCK_KINDS } from '@carers/contracts';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { UnitOfWork } from '@carers/platform/persistence';

class ClockKindParam {
  @IsIn(CLOCK_KINDS) kind!: string;
}

class ClockPolicyRequest {
  @ApiProperty({ description: 'the timescale, in days' }) @IsInt() @Min(1) @Max(730) days!: number;
  @ApiProperty({ enum: ['calendar', 'working'] }) @IsIn(['calendar', 'working']) basis!: 'calendar' | 'working';
  @ApiPropertyOptional({ description: "for one provider's contract only; the council-wide timescale when absent" })
  @IsOptional() @Matches(/^[a-z0-9-]{2,40}$/, { message: 'providerId must be a provider code' }) providerId?: string;
}

class BankHolidayRequest {
  @ApiProperty({ example: '2028-01-03' }) @IsISO8601({ strict: true }, { message: 'day must be a date like 2028-01-03' }) day!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
}

/** Each council's timescales (council-wide, or for one provider's contract) and bank holidays. A change applies to clocks started after it. */
@ApiTags('clock policy')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('clock-policy')
export class ClockPolicyController {
  constructor(private readonly uow: UnitOfWork) {}

  @Get()
  show(@CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, async (tx) => ({
      timescales: await tx.query(`SELECT kind, days, basis, NULLIF(provider_id, '') AS "providerId" FROM clock_policy ORDER BY provider_id, kind`),
      bankHolidays: await tx.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, name FROM bank_holiday ORDER BY day`),
    }));
  }

  @Put(':kind')
  async set(@Param() { kind }: ClockKindParam, @Body() body: ClockPolicyRequest, @CurrentPrincipal() who: Principal) {
    await this.uow.run(who.tenantId, (tx) => tx.query(
      `INSERT INTO clock_policy (tenant_id, kind, days, basis, provider_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, provider_id, kind) DO UPDATE SET days = $3, basis = $4`, [who.tenantId, kind, body.days, body.basis, body.providerId ?? '']));
    return { kind, ...body };
  }

  @Post('bank-holidays')
  async addHoliday(@Body() body: BankHolidayRequest, @CurrentPrincipal() who: Principal) {
    await this.uow.run(who.tenantId, (tx) => tx.query(
      `INSERT INTO bank_holiday VALUES ($1, $2, $3) ON CONFLICT (tenant_id, day) DO UPDATE SET name = $3`, [who.tenantId, body.day, body.name]));
    return body;
  }
}
