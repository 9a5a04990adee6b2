/** The attention list's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type AttentionRoute = paths['/api/v1/attention'];

export type AttentionPage = AttentionRoute['get']['responses'][200]['content']['application/json'];
export type AttentionItem = AttentionPage['items'][number];
export type AttentionQuery = NonNullable<AttentionRoute['get']['parameters']['query']>;
/** What the API filters by; the items themselves say agreement-review or goal-review. */
export type AttentionFilterKind = NonNullable<AttentionQuery['kind']>;
