export * from './bank-holidays';
export * from './working-calendar';
export * from './working-days';
export * from './months';
