export * from './assessment-items';
export * from './staff-roles';
export * from './vocabulary';
export * from './impact-reports';
