/** The search feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type SearchRoute = paths['/api/v1/search'];

export type SearchResults = SearchRoute['get']['responses'][200]['content']['application/json'];
export type SearchResult = SearchResults['items'][number];
export type SearchQuery = SearchRoute['get']['parameters']['query'];
