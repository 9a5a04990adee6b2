/** The value view's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

export type PartnerValue = paths['/api/v1/partners/{id}/value']['get']['responses'][200]['content']['application/json'];
export type ValueFigures = PartnerValue['previous'];
export type ValueOutcome = PartnerValue['outcomes'][number];
export type ValueNote = PartnerValue['notes']['better-programs'][number];
