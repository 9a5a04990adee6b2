/** The reports feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestJsonOf<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

type ReportsRoute = paths['/api/v1/reports/impact'];
type EvidenceRoute = paths['/api/v1/reports/impact/evidence'];

export type ReportDefinition = RequestJsonOf<paths['/api/v1/reports/impact/preview']['post']>;
export type ReportScope = ReportDefinition['scope'];
export type ReportScopeKind = ReportScope['kind'];
export type ReportPeriod = ReportDefinition['period'];
export type ReportFigures = JsonOf<paths['/api/v1/reports/impact/preview']['post']['responses'][200]>;
export type SavedReport = JsonOf<paths['/api/v1/reports/impact/{id}']['get']['responses'][200]>;
export type ReportPage = JsonOf<ReportsRoute['get']['responses'][200]>;
export type ReportSummary = ReportPage['items'][number];
export type ReportsListQuery = NonNullable<ReportsRoute['get']['parameters']['query']>;
export type EvidencePage = JsonOf<EvidenceRoute['get']['responses'][200]>;
export type EvidenceRecord = EvidencePage['items'][number];
export type EvidenceQuery = EvidenceRoute['get']['parameters']['query'];

export type ReportHeader = ReportFigures['header'];
export type ReportOutputs = ReportFigures['outputs'];
export type ReportOutcome = ReportFigures['outcomes'][number];
export type ReportPartners = ReportFigures['partners'];
export type ReportPartner = ReportPartners['list'][number];
export type ReportHealth = ReportFigures['health'];
export type ReportFactor = ReportHealth['factors'][number];
export type ReportStories = ReportFigures['stories'];
