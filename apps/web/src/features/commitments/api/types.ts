/** The commitments (follow-ups) feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type CommitmentsRoute = paths['/api/v1/commitments'];
type CommitmentRoute = paths['/api/v1/commitments/{id}'];

export type CommitmentPage = CommitmentsRoute['get']['responses'][200]['content']['application/json'];
export type Commitment = CommitmentPage['items'][number];
export type CommitmentsQuery = NonNullable<CommitmentsRoute['get']['parameters']['query']>;
export type CreateCommitmentBody = NonNullable<CommitmentsRoute['post']['requestBody']>['content']['application/json'];
export type UpdateCommitmentBody = NonNullable<CommitmentRoute['patch']['requestBody']>['content']['application/json'];
/** A person or partner named in a record: `{ id, name }`. */
export type NamedRef = Commitment['partner'];
