export * from './assessment-items';
export * from './staff-roles';
export * from './vocabulary';
