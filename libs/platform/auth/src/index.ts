export * from './roles';
export * from './auth.decorators';
export * from './token-claims';
export * from './token-verifier';
export * from './dev-issuer';
export * from './jwt-auth.guard';
export * from './auth.module';
