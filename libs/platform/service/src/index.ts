export * from './runtime-config';
export * from './platform.module';
export * from './bootstrap';
export * from './domain-error.filter';
export * from './validation.pipe';
export * from './migrate-only';
export * from './clock';
export * from './councils';
