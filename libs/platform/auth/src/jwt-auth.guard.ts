import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, Optional, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators';
import { ProviderRegistry } from './provider-registry';
import { Principal, Role } from './roles';
import { TokenVerifier } from './token-verifier';

/** Global guard: every HTTP route needs a valid bearer token unless it is marked @Public(); @Roles() narrows who. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Optional() private readonly registry?: ProviderRegistry,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // Kafka deliveries are authorised by the inbox against contracts
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers['authorization'];
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>).');
    let principal: Principal;
    try {
      principal = await this.verifier.verify(token);
    } catch (error) {
      throw this.refused(request, (error as Error).message);
    }
    const { tenantId, providerId } = principal;
    // fail-closed: without a registry to ask, no provider's token is taken
    if (providerId !== undefined && !(await this.registry?.holdsContract(tenantId, providerId)))
      throw this.refused(request, `provider ${providerId} holds no contract with council ${tenantId}`);
    request.principal = principal;

    const required = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => request.principal.roles.includes(role))) {
      throw new ForbiddenException(`This action needs one of the roles: ${required.join(', ')}.`);
    }
    return true;
  }

  /** Why is for the operator, never the caller: a reason would tell a forger what to change (issue 21, finding 8). */
  private refused(request: { route?: { path?: string } }, reason: string): UnauthorizedException {
    this.logger.warn({ msg: 'bearer token refused', reason, route: request.route?.path });
    return new UnauthorizedException('The bearer token was refused: ask your identity provider for a new access token.');
  }
}
