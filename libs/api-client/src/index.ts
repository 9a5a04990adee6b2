/**
 * The API contract as TypeScript types, generated from openapi.json by openapi-typescript.
 * Regenerate with `npm run openapi` at the top level; never edit schema.ts by hand.
 */
export type { components, operations, paths } from './schema';
import type { components } from './schema';

export type Schemas = components['schemas'];
