import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Principal, Role } from './roles';

export const PUBLIC_ROUTE = 'carers:public-route';
export const REQUIRED_ROLES = 'carers:required-roles';

/** Marks a route that needs no token (health probes, metrics, API docs). Everything else is guarded. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles allowed to call a route or every route of a controller. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest().principal;
});
