import type { Factor, Side } from '@common-ground/domain';
import type { DemoStaffName } from './demo-partners';

/**
 * The demo's partnership assessments: rounds of answers from both sides that, with the year of conversations and
 * programs, give the portfolio a range of profiles a manager would recognise:
 * - Millbrook Unified School District: thriving. Two rounds, both sides answering, the latest six weeks ago.
 * - Three Rivers Workforce Development Board: a perception gap. The library thinks communication is fine (4.2); the
 *   board's two contacts do not (2.6 and 2.4): decisions reach them late.
 * - State University Extension: going quiet. A good round ten months ago, no conversation for seven weeks since.
 * - Forge Makerspace: resource cancellations. Operational concerns low on both sides after the laser-cutting
 *   workshop was cancelled for lack of funding.
 * - Eastside Community Health Clinic: single-sided. Only Marcus has answered; the clinic never has.
 * - Millbrook Historical Society & Museum: stale. Both sides answered fifteen months ago, nobody since.
 * - Millbrook Area Food Bank: a steady borderline-to-strength partnership answered three months ago.
 */

/** One respondent's answers: a level per factor (the mean their five items come to), then exceptions. */
export interface DemoResponse {
  side: Side;
  /** A demo staff member (library side) or a contact of the partner (partner side). */
  who: DemoStaffName | string;
  daysAgo: number;
  levels: Record<Factor, number>;
  /** Items answered "don't know". */
  dontKnow?: string[];
  /** The three value statements, 1–5. */
  value?: [number, number, number];
  collaborationLevel?: number;
  comments?: string;
}

export interface DemoAssessmentRound {
  partner: string;
  openedDaysAgo: number;
  openedBy: DemoStaffName;
  responses: DemoResponse[];
}

const level = (SA: number, TW: number, CE: number, IR: number, OC: number): Record<Factor, number> => ({ SA, TW, CE, IR, OC });

export const DEMO_ASSESSMENT_ROUNDS: readonly DemoAssessmentRound[] = [
  {
    partner: 'Millbrook Unified School District',
    openedDaysAgo: 330,
    openedBy: 'Lena Okafor',
    responses: [
      { side: 'library', who: 'Lena Okafor', daysAgo: 328, levels: level(4.2, 4.0, 4.0, 4.4, 3.6), value: [4, 4, 5], collaborationLevel: 3 },
      { side: 'partner', who: 'Angela Brooks', daysAgo: 320, levels: level(4.0, 3.8, 3.8, 4.2, 3.4), value: [4, 4, 4], collaborationLevel: 3 },
    ],
  },
  {
    partner: 'Millbrook Unified School District',
    openedDaysAgo: 45,
    openedBy: 'Lena Okafor',
    responses: [
      { side: 'library', who: 'Lena Okafor', daysAgo: 44, levels: level(4.6, 4.4, 4.4, 4.6, 4.0), value: [5, 4, 5], collaborationLevel: 4 },
      { side: 'library', who: 'Dana Whitfield', daysAgo: 42, levels: level(4.4, 4.2, 4.2, 4.6, 3.8), value: [5, 4, 4], collaborationLevel: 4 },
      {
        side: 'partner',
        who: 'Angela Brooks',
        daysAgo: 38,
        levels: level(4.6, 4.2, 4.4, 4.8, 4.0),
        value: [5, 5, 5],
        collaborationLevel: 4,
        comments: 'The homework help nights are the best thing we have done together. Keep the Thursday slot.',
      },
      { side: 'partner', who: 'Tomás Herrera', daysAgo: 35, levels: level(4.4, 4.2, 4.2, 4.6, 3.8), dontKnow: ['OC2'], value: [5, 4, 5], collaborationLevel: 4 },
    ],
  },
  {
    partner: 'Three Rivers Workforce Development Board',
    openedDaysAgo: 40,
    openedBy: 'Marcus Reyes',
    responses: [
      { side: 'library', who: 'Marcus Reyes', daysAgo: 39, levels: level(4.0, 3.8, 4.2, 4.0, 3.6), value: [4, 4, 4], collaborationLevel: 3 },
      {
        side: 'partner',
        who: 'Samuel Ortiz',
        daysAgo: 30,
        levels: level(3.8, 3.2, 2.6, 3.6, 3.4),
        value: [4, 3, 4],
        collaborationLevel: 2,
        comments: 'We heard about the date change for the job fair from the flyer. Please tell us before things go to print.',
      },
      { side: 'partner', who: 'Linda Park', daysAgo: 28, levels: level(3.6, 3.0, 2.4, 3.4, 3.2), value: [4, 3, 4], collaborationLevel: 2 },
    ],
  },
  {
    partner: 'State University Extension – Millbrook County',
    openedDaysAgo: 300,
    openedBy: 'Lena Okafor',
    responses: [
      { side: 'library', who: 'Lena Okafor', daysAgo: 298, levels: level(4.2, 4.0, 4.2, 4.4, 3.8), value: [4, 4, 4], collaborationLevel: 3 },
      { side: 'partner', who: 'Elaine Fischer', daysAgo: 290, levels: level(4.0, 4.0, 4.0, 4.2, 3.6), value: [4, 4, 4], collaborationLevel: 3 },
    ],
  },
  {
    partner: 'Forge Makerspace',
    openedDaysAgo: 50,
    openedBy: 'Dana Whitfield',
    responses: [
      {
        side: 'library',
        who: 'Dana Whitfield',
        daysAgo: 49,
        levels: level(3.8, 3.4, 3.6, 3.8, 2.6),
        value: [4, 3, 4],
        collaborationLevel: 2,
        comments: 'Good people, but the Teen Lab cannot host what they bring until we find money for ventilation.',
      },
      { side: 'partner', who: 'Kai Nakamura', daysAgo: 41, levels: level(3.6, 3.2, 3.4, 3.8, 2.2), value: [3, 3, 4], collaborationLevel: 2 },
    ],
  },
  {
    partner: 'Eastside Community Health Clinic',
    openedDaysAgo: 20,
    openedBy: 'Marcus Reyes',
    responses: [{ side: 'library', who: 'Marcus Reyes', daysAgo: 20, levels: level(4.4, 4.0, 3.6, 4.2, 3.8), value: [5, 4, 4], collaborationLevel: 3 }],
  },
  {
    partner: 'Millbrook Historical Society & Museum',
    openedDaysAgo: 460,
    openedBy: 'Dana Whitfield',
    responses: [
      { side: 'library', who: 'Dana Whitfield', daysAgo: 458, levels: level(4.0, 3.8, 3.6, 4.2, 3.6), value: [4, 3, 4], collaborationLevel: 2 },
      { side: 'partner', who: 'Harold Lindqvist', daysAgo: 450, levels: level(4.2, 3.8, 3.8, 4.4, 3.4), value: [4, 3, 4], collaborationLevel: 2 },
    ],
  },
  {
    partner: 'Millbrook Area Food Bank',
    openedDaysAgo: 95,
    openedBy: 'Lena Okafor',
    responses: [
      { side: 'library', who: 'Lena Okafor', daysAgo: 94, levels: level(4.2, 3.8, 4.0, 4.2, 3.6), value: [4, 5, 4], collaborationLevel: 3 },
      { side: 'partner', who: 'Keisha Moore', daysAgo: 88, levels: level(4.0, 3.8, 3.8, 4.4, 3.2), value: [4, 5, 5], collaborationLevel: 3 },
    ],
  },
];
