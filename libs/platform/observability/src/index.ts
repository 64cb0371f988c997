export * from './request-context';
export * from './logger';
export * from './safe-error';
export * from './metrics';
export * from './health';
