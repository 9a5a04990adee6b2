export * from './staff-roles';
export * from './vocabulary';
