import { DynamicModule, Module } from '@nestjs/common';
import { JwtAuthGuard } from './jwt-auth.guard';
import { TokenVerifier, tokenVerifierFromEnv } from './token-verifier';

@Module({})
export class AuthModule {
  /**
   * The verifier is made when the service starts (from its environment, by default), not when the module is imported.
   * The guard is the importer's to apply, first among its global guards (the platform's rate limits key on who it finds).
   */
  static forRoot(verifier: () => TokenVerifier = () => tokenVerifierFromEnv()): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [{ provide: TokenVerifier, useFactory: verifier }, JwtAuthGuard],
      exports: [TokenVerifier, JwtAuthGuard],
    };
  }
}
