import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Measurement } from '../application/measurement';
import { previousMonth } from '../domain/kpi-calculation';
import { KpiCatalogue } from '../application/kpi-catalogue';
import { PerformanceStore } from '../application/performance-store';
import { KpiDefinitionRequest, KpiValuesQuery } from './kpi-definition.request';

class RecomputeRequest {
  @IsOptional() @IsInt() @Min(1) @Max(36) months?: number;
}

export function lastMonths(count: number, today: string): string[] {
  const months = [today.slice(0, 7)];
  while (months.length < count) months.unshift(previousMonth(months[0]));
  return months;
}

class KpiIdParam {
  @Matches(/^[a-z0-9-]{2,60}$/) id!: string;
}

/** The KPI catalogue, and the values measured against it. No personal data: providers, KPIs, months and numbers. */
@ApiTags('KPIs')
@ApiBearerAuth()
@Controller()
export class KpisController {
  constructor(
    private readonly catalogue: KpiCatalogue,
    private readonly store: PerformanceStore,
    private readonly uow: UnitOfWork,
    private readonly measurement: Measurement,
    private readonly clock: Clock,
  ) {}

  @Get('kpis')
  @Roles('council-officer', 'board-member', 'provider-worker')
  async list(@CurrentPrincipal() who: Principal) {
    return { kpis: await this.catalogue.list(who.tenantId) };
  }

  @Get('kpis/:id/versions')
  @Roles('council-officer', 'board-member', 'provider-worker')
  async versions(@Param() { id }: KpiIdParam, @CurrentPrincipal() who: Principal) {
    return { versions: await this.catalogue.versions(who.tenantId, id) };
  }

  @Post('kpis')
  @Roles('council-officer')
  create(@Body() body: KpiDefinitionRequest, @CurrentPrincipal() who: Principal) {
    return this.catalogue.save(who.tenantId, body, who.subject, false);
  }

  @Put('kpis/:id')
  @Roles('council-officer')
  change(@Param() { id }: KpiIdParam, @Body() body: KpiDefinitionRequest, @CurrentPrincipal() who: Principal) {
    return this.catalogue.save(who.tenantId, { ...body, id }, who.subject, true);
  }

  /** A provider worker sees its own provider's values only; officers and the board see every provider's and the consortium's. */
  @Get('kpi-values')
  @Roles('council-officer', 'board-member', 'provider-worker')
  async values(@Query() query: KpiValuesQuery, @CurrentPrincipal() who: Principal) {
    const own = who.roles.includes('provider-worker') && !who.roles.includes('council-officer') && !who.roles.includes('board-member');
    if (own && query.providerId && query.providerId !== who.providerId) return { values: [] };
    return { values: await this.uow.run(who.tenantId, (tx) => this.store.values(tx, { ...query, providerId: own ? who.providerId : query.providerId })) };
  }

  /** Recomputes every KPI for the last `months` months (12 by default), e.g. after a definition changed. */
  @Post('admin/kpis/recompute')
  @Roles('platform-admin')
  @HttpCode(200)
  async recompute(@Body() body: RecomputeRequest, @CurrentPrincipal() who: Principal) {
    const started = Date.now();
    const months = lastMonths(body.months ?? 12, this.clock.today());
    const targets = await this.uow.run(who.tenantId, (tx) => this.measurement.recomputeAll(tx, months));
    return { months, targets, ms: Date.now() - started };
  }

  @Get('providers')
  @Roles('council-officer', 'board-member', 'provider-worker')
  providers(@CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, async (tx) => ({
      consortia: await tx.query(`SELECT id, name FROM consortium ORDER BY id`),
      providers: await tx.query(`SELECT id, name, consortium_id AS "consortiumId", role FROM provider ORDER BY role, id`),
      contracts: await tx.query(`SELECT id, consortium_id AS "consortiumId", value::float AS value, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn",
                                        to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", extension_options AS "extensionOptions", kpi_schedule AS "kpiSchedule",
                                        service_credit_schedule AS "serviceCreditSchedule" FROM contract ORDER BY id`),
    }));
  }
}
