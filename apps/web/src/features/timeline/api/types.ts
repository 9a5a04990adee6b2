/** The timeline feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type TimelineRoute = paths['/api/v1/partners/{id}/timeline'];

export type TimelinePage = TimelineRoute['get']['responses'][200]['content']['application/json'];
export type TimelineItem = TimelinePage['items'][number];
export type TimelineQuery = NonNullable<TimelineRoute['get']['parameters']['query']>;
/** 'change', 'communication', 'commitment', 'program', 'assessment'. */
export type TimelineKind = NonNullable<TimelineQuery['kind']>;
export type TimelineRecordType = TimelineItem['recordType'];
/** A logged conversation's facts, on the timeline item that is the conversation itself. */
export type TimelineCommunication = NonNullable<TimelineItem['communication']>;
