/** The assessments feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type ItemsRoute = paths['/api/v1/assessment-items'];
type PartnerAssessmentsRoute = paths['/api/v1/partners/{id}/assessments'];
type InvitationsRoute = paths['/api/v1/partners/{id}/assessment-invitations'];
type PublicRoute = paths['/api/v1/public/assessments/{token}'];

export type ItemBank = ItemsRoute['get']['responses'][200]['content']['application/json'];
export type PartnerAssessments = PartnerAssessmentsRoute['get']['responses'][200]['content']['application/json'];
export type AssessmentWave = PartnerAssessments['waves'][number];
export type AssessmentResponse = AssessmentWave['responses'][number];
export type AssessmentInvitation = AssessmentWave['invitations'][number];
export type AnswerAssessmentBody = NonNullable<PartnerAssessmentsRoute['post']['requestBody']>['content']['application/json'];
export type CreateInvitationBody = NonNullable<InvitationsRoute['post']['requestBody']>['content']['application/json'];
export type CreatedInvitation = InvitationsRoute['post']['responses'][201]['content']['application/json'];
export type PublicAssessment = PublicRoute['get']['responses'][200]['content']['application/json'];
export type PublicThanks = PublicRoute['post']['responses'][201]['content']['application/json'];

/** What both forms need of the item bank: the partner's copy has no `reverse`, which neither form shows. */
export type FormItemBank = Pick<ItemBank, 'valueItems' | 'collaborationLevels' | 'answerScale'> & {
  items: Pick<ItemBank['items'][number], 'id' | 'factor' | 'text'>[];
};
