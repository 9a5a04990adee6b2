import type { Partner, PartnerList } from '../../lib/api-types';
import { problem } from '../../test/mock-api';

/** A partner as the API returns it, with sensible defaults; tests override what they are about. */
export function partner(overrides: Partial<Partner> & Pick<Partner, 'id' | 'name'>): Partner {
  return {
    type: 'social-service-nonprofit',
    website: null,
    address: null,
    description: '',
    focusAreas: [],
    publics: [],
    interactionTypes: [],
    impactAreas: [],
    stage: 'prospect',
    liaison: null,
    contactCadenceDays: 30,
    collaborationLevelLibrary: null,
    collaborationLevelPartner: null,
    tags: [],
    primaryContact: null,
    nextReviewOn: null,
    needsReview: false,
    lastContactAt: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    createdBy: 'u-admin',
    version: 1,
    archivedAt: null,
    ...overrides,
  };
}

export function partnerPage(items: Partner[], total = items.length): { status: number; body: PartnerList } {
  return { status: 200, body: { items, total, nextCursor: null } };
}

/** A problem as the API sends it for one of its codes (the type URI ends in the code). */
export function codedProblem(status: number, code: string, title: string, detail: string, errors?: { field: string; message: string }[]) {
  return { ...problem(status, title, detail, errors), type: `https://common-ground.example/problems/${code}` };
}
