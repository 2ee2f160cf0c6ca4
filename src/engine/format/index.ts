export * from './conditions';
export * from './scenario';
export * from './text';
