/** The outcomes feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type ProgramOutcomesRoute = paths['/api/v1/programs/{id}/outcomes'];
type OutcomeRoute = paths['/api/v1/outcome-results/{id}'];

export type OutcomeResultPage = ProgramOutcomesRoute['get']['responses'][200]['content']['application/json'];
export type OutcomeResult = OutcomeResultPage['items'][number];
export type AnswerCounts = OutcomeResult['counts'];
export type CreateOutcomeBody = NonNullable<ProgramOutcomesRoute['post']['requestBody']>['content']['application/json'];
export type UpdateOutcomeBody = NonNullable<OutcomeRoute['patch']['requestBody']>['content']['application/json'];
export type ProgramSession = paths['/api/v1/programs/{id}/sessions']['get']['responses'][200]['content']['application/json']['items'][number];
