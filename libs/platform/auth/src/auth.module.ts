import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtAuthGuard } from './jwt-auth.guard';
import { TokenVerifier, tokenVerifierFromEnv } from './token-verifier';

@Module({})
export class AuthModule {
  /** The verifier is made when the service starts (from its environment, by default), not when the module is imported. */
  static forRoot(verifier: () => TokenVerifier = () => tokenVerifierFromEnv()): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: TokenVerifier, useFactory: verifier },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
      ],
      exports: [TokenVerifier],
    };
  }
}
