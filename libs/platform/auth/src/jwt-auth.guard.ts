import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators';
import { Role } from './roles';
import { TokenVerifier } from './token-verifier';

/** Global guard: every HTTP route needs a valid bearer token unless it is marked @Public(); @Roles() narrows who. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // Kafka deliveries are authorised by the inbox against contracts
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers['authorization'];
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>).');
    try {
      request.principal = await this.verifier.verify(token);
    } catch (error) {
      throw new UnauthorizedException(`The bearer token was refused: ${(error as Error).message}`);
    }

    const required = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => request.principal.roles.includes(role))) {
      throw new ForbiddenException(`This action needs one of the roles: ${required.join(', ')}.`);
    }
    return true;
  }
}
