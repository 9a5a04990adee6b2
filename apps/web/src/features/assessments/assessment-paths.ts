/** The staff pages of the assessments feature, in one place so links follow them. */
export const staffAssessmentPath = (partnerId: string) => `/partners/${partnerId}/assessment`;
export const partnerAssessmentsPath = (partnerId: string) => `/partners/${partnerId}/assessments`;
