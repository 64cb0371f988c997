import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CurrentPrincipal, Principal, Roles, providerOf, scopeOf } from '@carers/platform/auth';
import { ListKpiValuesQuery } from '../application/list-kpi-values.query';
import { ListKpiVersionsQuery } from '../application/list-kpi-versions.query';
import { ListKpisQuery } from '../application/list-kpis.query';
import { ListProvidersQuery } from '../application/list-providers.query';
import { RecomputeKpisHandler } from '../application/recompute-kpis.handler';
import { SaveKpiDefinitionHandler } from '../application/save-kpi-definition.handler';
import { KpiDefinitionRequest, KpiValuesQuery } from './kpi-definition.request';

class RecomputeRequest {
  @IsOptional() @IsInt() @Min(1) @Max(36) months?: number;
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
    private readonly listing: ListKpisQuery,
    private readonly versionsOf: ListKpiVersionsQuery,
    private readonly saving: SaveKpiDefinitionHandler,
    private readonly valuesOf: ListKpiValuesQuery,
    private readonly recomputing: RecomputeKpisHandler,
    private readonly commissioned: ListProvidersQuery,
  ) {}

  @Get('kpis')
  @Roles('council-officer', 'board-member', 'provider-worker')
  async list(@CurrentPrincipal() who: Principal) {
    return { kpis: await this.listing.execute(who.tenantId) };
  }

  @Get('kpis/:id/versions')
  @Roles('council-officer', 'board-member', 'provider-worker')
  async versions(@Param() { id }: KpiIdParam, @CurrentPrincipal() who: Principal) {
    return { versions: await this.versionsOf.execute(who.tenantId, id) };
  }

  @Post('kpis')
  @Roles('council-officer')
  create(@Body() body: KpiDefinitionRequest, @CurrentPrincipal() who: Principal) {
    return this.saving.execute({ tenantId: who.tenantId, definition: body, by: who.subject, expectExisting: false });
  }

  @Put('kpis/:id')
  @Roles('council-officer')
  change(@Param() { id }: KpiIdParam, @Body() body: KpiDefinitionRequest, @CurrentPrincipal() who: Principal) {
    return this.saving.execute({ tenantId: who.tenantId, definition: { ...body, id }, by: who.subject, expectExisting: true });
  }

  /** A provider worker sees its own provider's values only; officers and the board see every provider's and the consortium's. */
  @Get('kpi-values')
  @Roles('council-officer', 'board-member', 'provider-worker')
  async values(@Query() query: KpiValuesQuery, @CurrentPrincipal() who: Principal) {
    const own = providerOf(scopeOf(who));
    return { values: await this.valuesOf.execute(who.tenantId, query, own ? { providerId: own } : undefined) };
  }

  /** Recomputes every KPI for the last `months` months (12 by default), e.g. after a definition changed. */
  @Post('admin/kpis/recompute')
  @Roles('platform-admin')
  @HttpCode(200)
  recompute(@Body() body: RecomputeRequest, @CurrentPrincipal() who: Principal) {
    return this.recomputing.execute({ tenantId: who.tenantId, months: body.months ?? 12 });
  }

  @Get('providers')
  @Roles('council-officer', 'board-member', 'provider-worker')
  providers(@CurrentPrincipal() who: Principal) {
    return this.commissioned.execute(who.tenantId);
  }
}
