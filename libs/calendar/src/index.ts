export * from './working-days';
export * from './months';
