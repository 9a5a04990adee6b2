import type { Channel, Factor, FactorTagSign, Side } from '@common-ground/domain';
import type { DemoStaffName } from './demo-partners';

/**
 * A year of the demo library's work with its partners: meetings, calls, emails, site visits and events, and the
 * follow-ups they produced. Plain data, like demo-partners.ts; load-demo-communications.ts writes it.
 *
 * Dates are offsets from "today" (the injected clock), so the demo always looks current: a follow-up due 7 days
 * after a meeting 12 days ago is 5 days overdue whenever the demo starts. The stories are chosen so the home page
 * and the attention list have something to say without everything being on fire:
 * - Lena Okafor (librarian@commonground.example) has follow-ups overdue and due this week, one partner gone quiet
 *   (State University Extension: last two-way conversation 48 days ago, cadence 30) and one going quiet (Parks and
 *   Recreation, 25 days);
 * - Marcus Reyes has Oak Street Senior Center quiet (52 days) and two going quiet (the clinic, the Arts Council);
 * - Dana Whitfield has The Millbrook Courier quiet (75 days against a 60-day cadence: only one-way emails since);
 * - the other active and sustaining partners were spoken with within their cadence.
 * Partners also owe things (partner-side follow-ups), some of them overdue.
 */

export interface DemoFactorTag {
  factor: Factor;
  sign: FactorTagSign;
  note?: string;
}

/**
 * A follow-up agreed in the communication. Library side by default, owned by `owner` (default: whoever logged
 * the communication); `partner` puts it on the partner's side: a contact's name, or true for the organisation.
 * Without an outcome it is still open.
 */
export interface DemoFollowUp {
  what: string;
  /** Due this many days after the day of the communication. */
  due: number;
  owner?: DemoStaffName;
  partner?: string | true;
  /** Done, this many days after the due date (0: on the day; negative: early). */
  done?: number;
  /** Missed (noticed a few days after the due date). */
  missed?: true;
  /** Cancelled by agreement, for this reason. */
  cancelled?: string;
}

export interface DemoCommunication {
  daysAgo: number;
  /** Hour of the day it happened, UTC (the library is on US Central time: 14–22 UTC is the working day). */
  hour?: number;
  channel: Channel;
  initiatedBy: Side;
  /** Default true; false for a message nobody answered. */
  twoWay?: boolean;
  /** Default SUBSTANTIVE_BY_DEFAULT[channel]. */
  substantive?: boolean;
  /** Who logged it; default the partner's liaison (the manager for a partner without one). Takes part too. */
  by?: DemoStaffName;
  /** Other staff who took part. */
  staff?: DemoStaffName[];
  /** The partner's contacts who took part, by name (see demo-partners.ts). */
  contacts: string[];
  summary: string;
  tags?: DemoFactorTag[];
  followUps?: DemoFollowUp[];
}

/** Each demo partner's communications by partner name, oldest first. */
export const DEMO_COMMUNICATIONS: Readonly<Record<string, readonly DemoCommunication[]>> = {
  'Millbrook Unified School District': [
    {
      daysAgo: 340, channel: 'meeting', initiatedBy: 'library', contacts: ['Angela Brooks', 'Tomás Herrera'], staff: ['Marcus Reyes'],
      summary: 'Year planning with Curriculum and Family Engagement: a class visit for every second grade, the kindergarten library-card drive, and summer reading lists aligned with the district’s reading specialists.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'The card drive is written into the district’s family-engagement plan' }],
      followUps: [
        { what: 'Draft the class-visit schedule for all 22 schools', due: 14, done: -2 },
        { what: 'Send kindergarten enrolment counts by school', due: 21, partner: 'Tomás Herrera', done: 6 },
      ],
    },
    {
      daysAgo: 300, channel: 'email', initiatedBy: 'partner', substantive: true, contacts: ['Tomás Herrera'],
      summary: 'Tomás sent the kindergarten enrolment counts (1,380 children) and asked for card applications in Spanish and Vietnamese.',
      followUps: [{ what: 'Print card applications in Spanish and Vietnamese', due: 10, done: 0 }],
    },
    {
      daysAgo: 262, hour: 23, channel: 'site-visit', initiatedBy: 'library', contacts: ['Angela Brooks'],
      summary: 'Card-drive night at Lincoln Elementary: 212 families signed up. The sign-up table needs to move nearer the entrance next time.',
      tags: [{ factor: 'TW', sign: 'positive', note: 'Teachers handed out the forms at pick-up without being asked' }],
    },
    {
      daysAgo: 215, channel: 'call', initiatedBy: 'partner', contacts: ['Angela Brooks'],
      summary: 'Angela called about class visits: the bus budget was cut, so Garfield and Rosa Parks Elementary cannot come this term. Agreed to try librarian visits to those schools instead.',
      tags: [
        { factor: 'CE', sign: 'positive', note: 'They raised the budget problem early' },
        { factor: 'OC', sign: 'positive', note: 'A workaround was agreed before any visit was cancelled' },
      ],
      followUps: [{ what: 'Offer librarian-led visits to Garfield and Rosa Parks Elementary', due: 14, done: 3 }],
    },
    {
      daysAgo: 170, channel: 'meeting', initiatedBy: 'library', contacts: ['Angela Brooks', 'Tomás Herrera'], staff: ['Marcus Reyes'],
      summary: 'Mid-year review of the card MOU: cards issued to 87% of kindergartners against a goal of every child. Discussed sharing anonymised counts per school.',
      tags: [{ factor: 'IR', sign: 'positive', note: 'Angela is candid about what the district can and cannot share' }],
      followUps: [
        { what: 'Write up the MOU review notes for both teams', due: 7, done: 1 },
        { what: 'Confirm whether per-school card counts can be shared under the district’s data policy', due: 30, partner: 'Angela Brooks', missed: true },
      ],
    },
    {
      daysAgo: 120, channel: 'email', initiatedBy: 'library', twoWay: false, contacts: ['Angela Brooks'],
      summary: 'Sent the draft K–5 summer reading list for the reading specialists to comment on.',
    },
    {
      daysAgo: 95, channel: 'video', initiatedBy: 'partner', contacts: ['Angela Brooks', 'Tomás Herrera'],
      summary: 'The reading specialists’ comments on the summer list: swap four titles for decodable readers and add more graphic novels for grades 4–5.',
      followUps: [
        { what: 'Revise the K–5 list with the specialists’ swaps', due: 10, done: 0 },
        { what: 'Translate the family letter about summer reading', due: 21, partner: 'Tomás Herrera', cancelled: 'The district’s translation office did it for every school' },
      ],
    },
    {
      daysAgo: 60, channel: 'meeting', initiatedBy: 'library', contacts: ['Angela Brooks'],
      summary: 'Summer reading planning: reading logs on paper and online, kickoff assemblies at 12 schools, and a shared count of finishers per school.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'Finishers per school will feed the district’s literacy dashboard' }],
      followUps: [
        { what: 'Book kickoff assembly dates with 12 principals', due: 21, done: 9 },
        { what: 'Send the principals’ contact list for the assemblies', due: 7, partner: 'Angela Brooks', done: 0 },
      ],
    },
    {
      daysAgo: 35, channel: 'call', initiatedBy: 'library', contacts: ['Tomás Herrera'],
      summary: 'Talked through family nights: Tomás would like a library table at every back-to-school night.',
      followUps: [{ what: 'Send the list of back-to-school night dates', due: 14, partner: 'Tomás Herrera' }],
    },
    {
      daysAgo: 12, channel: 'meeting', initiatedBy: 'partner', contacts: ['Angela Brooks', 'Tomás Herrera'], staff: ['Marcus Reyes'],
      summary: 'MOU renewal ahead of the review: both sides want to keep the card drive and add card-use numbers. The district asked for a one-page summary for its school board.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'They sent their board’s questions in writing beforehand' }],
      followUps: [
        { what: 'Write the one-page card-drive summary for the school board', due: 10 },
        { what: 'Draft the renewed MOU with a card-use clause', due: 16 },
        { what: 'Ask the district’s counsel about sharing card-use numbers', due: 14, partner: 'Angela Brooks' },
      ],
    },
  ],

  'Eastside Community Health Clinic': [
    {
      daysAgo: 330, channel: 'meeting', initiatedBy: 'library', contacts: ['Priya Raman'],
      summary: 'Annual planning: a book at every well-child visit continues, and the clinic would like a health-literacy fair in the Main library’s auditorium.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'Book-giving is part of their pediatric quality plan' }],
      followUps: [
        { what: 'Reserve the auditorium for the health-literacy fair', due: 14, done: 0 },
        { what: 'Confirm the clinic’s staff for the fair’s tables', due: 45, partner: 'Priya Raman', done: 10 },
      ],
    },
    {
      daysAgo: 280, channel: 'call', initiatedBy: 'partner', contacts: ['Jorge Villanueva'],
      summary: 'Jorge asked for large-print and Spanish pamphlets on diabetes for the lobby drop-ins.',
      followUps: [{ what: 'Order Spanish and large-print diabetes materials', due: 21, done: 4 }],
    },
    {
      daysAgo: 240, hour: 17, channel: 'event', initiatedBy: 'library', substantive: true, contacts: ['Priya Raman', 'Jorge Villanueva'], staff: ['Lena Okafor'],
      summary: 'Health-literacy fair: 340 visitors, 58 blood-pressure checks, 41 new library cards. The clinic’s interpreters made the Spanish sessions work.',
      tags: [{ factor: 'TW', sign: 'positive', note: 'Clinic and library staff covered each other’s tables all day' }],
      followUps: [{ what: 'Send the fair’s visitor and card counts to Priya', due: 7, done: 0 }],
    },
    {
      daysAgo: 190, channel: 'meeting', initiatedBy: 'partner', contacts: ['Priya Raman'],
      summary: 'Priya said the grant that buys the well-child books ends next year, and asked whether the Friends of the Library could cover part of it. The last book order arrived two months late.',
      tags: [
        { factor: 'CE', sign: 'positive', note: 'They raised the budget problem early' },
        { factor: 'OC', sign: 'negative', note: 'Book order two months late because of the clinic’s purchasing freeze' },
      ],
      followUps: [
        { what: 'Ask the Friends of the Library about funding half of the books', due: 30, done: 12 },
        { what: 'Send the book budget and the number of well-child visits', due: 21, partner: 'Priya Raman', done: 0 },
      ],
    },
    {
      daysAgo: 130, channel: 'email', initiatedBy: 'library', substantive: true, contacts: ['Priya Raman'],
      summary: 'The Friends of the Library will fund half of next year’s well-child books; sent Priya their letter, and she confirmed the clinic covers the rest.',
    },
    {
      daysAgo: 85, channel: 'site-visit', initiatedBy: 'library', contacts: ['Jorge Villanueva'],
      summary: 'Lobby drop-in at the clinic: 14 people in two hours, most asking about Medicaid renewal. The library’s laptop cart would help.',
      followUps: [
        { what: 'Bring a laptop cart to the lobby drop-ins', due: 14, done: 0 },
        { what: 'Put the library drop-in times on the clinic’s patient portal', due: 21, partner: 'Jorge Villanueva', missed: true },
      ],
    },
    {
      daysAgo: 40, channel: 'call', initiatedBy: 'partner', contacts: ['Priya Raman'],
      summary: 'Planning the next fair: Priya proposes a mental-health table and moving the fair to a Saturday.',
      tags: [{ factor: 'IR', sign: 'positive', note: 'Priya follows up personally every time' }],
      followUps: [
        { what: 'Check Saturday availability of the auditorium', due: 7, done: 0 },
        { what: 'Ask the county mental-health board to staff a table at the fair', due: 21 },
      ],
    },
    {
      daysAgo: 9, channel: 'email', initiatedBy: 'partner', contacts: ['Jorge Villanueva'],
      summary: 'Jorge sent the new lobby drop-in flyer for the branches to print.',
      followUps: [{ what: 'Print 200 drop-in flyers for the branches', due: 7 }],
    },
  ],

  'Millbrook Area Food Bank': [
    {
      daysAgo: 320, channel: 'meeting', initiatedBy: 'partner', contacts: ['Keisha Moore'],
      summary: 'Keisha proposed the Northside branch as a third summer meal site. Meals need a room with a sink and two volunteers a day.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'Meals and summer reading reach the same families' }],
      followUps: [
        { what: 'Check the Northside meeting room against the health inspector’s requirements', due: 14, done: 0 },
        { what: 'Send the meal-site requirements checklist', due: 7, partner: 'Keisha Moore', done: 3 },
      ],
    },
    {
      daysAgo: 270, channel: 'site-visit', initiatedBy: 'partner', contacts: ['Keisha Moore'], staff: ['Marcus Reyes'],
      summary: 'Health inspector’s walk-through at Northside with Keisha: approved once a hand-washing station is added.',
      tags: [{ factor: 'OC', sign: 'positive', note: 'Keisha arranged the inspection herself' }],
      followUps: [{ what: 'Order a portable hand-washing station for Northside', due: 30, owner: 'Marcus Reyes', done: 8 }],
    },
    {
      daysAgo: 210, channel: 'call', initiatedBy: 'library', contacts: ['Keisha Moore'],
      summary: 'Volunteer shortage: the food bank can staff two sites on Fridays, not three.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'They told us about the Friday gap a month ahead' }],
      followUps: [{ what: 'Recruit teen volunteers for Friday meals at Northside', due: 21, done: 0 }],
    },
    {
      daysAgo: 150, channel: 'meeting', initiatedBy: 'library', contacts: ['Keisha Moore'],
      summary: 'Site agreement check-in: 9,800 meals served at three branches and both sides want to continue. Pantry referral cards run out too fast at the service desks.',
      followUps: [
        { what: 'Send 2,000 more pantry referral cards', due: 14, partner: 'Keisha Moore', done: 20 },
        { what: 'Draft the renewal of the summer meals site agreement', due: 60, done: 5 },
      ],
    },
    {
      daysAgo: 90, channel: 'email', initiatedBy: 'partner', substantive: true, contacts: ['Keisha Moore'],
      summary: 'Keisha sent the renewal back with the food bank’s changes and its insurance certificate.',
      followUps: [{ what: 'Send the renewal to the city attorney for review', due: 7, done: 0 }],
    },
    {
      daysAgo: 45, channel: 'call', initiatedBy: 'library', contacts: ['Keisha Moore'],
      summary: 'A produce stand at the Main library: Keisha needs a shaded spot near the loading dock and one power outlet.',
      followUps: [
        { what: 'Ask facilities about a shaded spot by the Main loading dock', due: 14, done: 12 },
        { what: 'Send the produce stand’s space and power needs in writing', due: 21, partner: 'Keisha Moore' },
      ],
    },
    {
      daysAgo: 18, channel: 'meeting', initiatedBy: 'partner', contacts: ['Keisha Moore'],
      summary: 'Renewal ahead of the agreement review: keep three sites and try the produce stand. The food bank asks for storage for 20 folding tables.',
      tags: [{ factor: 'TW', sign: 'positive', note: 'Their drivers and our custodians worked out delivery times together' }],
      followUps: [
        { what: 'Confirm table storage space with facilities', due: 14 },
        { what: 'Send the signed renewal to Keisha', due: 22 },
      ],
    },
  ],

  'Millbrook Historical Society & Museum': [
    {
      daysAgo: 345, channel: 'meeting', initiatedBy: 'library', contacts: ['Harold Lindqvist', 'Grace Okonjo'],
      summary: 'Digitisation plan: 500 photographs over two years. The museum selects and describes, the library scans and hosts.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'The shared archive is in both strategic plans' }],
      followUps: [
        { what: 'Set up the shared online archive collection', due: 30, done: 0 },
        { what: 'Send the first 100 photographs with descriptions', due: 45, partner: 'Grace Okonjo', done: 15 },
      ],
    },
    {
      daysAgo: 290, channel: 'site-visit', initiatedBy: 'library', contacts: ['Grace Okonjo'],
      summary: 'Collected the first 100 photographs; 12 need a conservator before they can be scanned.',
      followUps: [{ what: 'Decide which fragile photographs go to the conservator', due: 21, partner: 'Grace Okonjo', done: 0 }],
    },
    {
      daysAgo: 230, hour: 23, channel: 'event', initiatedBy: 'partner', substantive: true, contacts: ['Harold Lindqvist'], staff: ['Marcus Reyes'],
      summary: 'Local-history lecture on the canal: 95 people, the largest audience yet. Harold would like two lectures a season.',
      tags: [{ factor: 'IR', sign: 'positive', note: 'Harold thanked the branch staff publicly' }],
    },
    {
      daysAgo: 175, channel: 'meeting', initiatedBy: 'partner', contacts: ['Harold Lindqvist', 'Grace Okonjo'],
      summary: 'Scanning is behind: 160 of 250 planned. The museum’s volunteer describer left, and descriptions are the bottleneck.',
      tags: [
        { factor: 'OC', sign: 'negative', note: 'Descriptions stalled for two months' },
        { factor: 'CE', sign: 'positive', note: 'Harold told us as soon as the describer left' },
      ],
      followUps: [
        { what: 'Ask the Literacy Council about volunteers to describe photographs', due: 14, done: 0 },
        { what: 'Recruit a volunteer describer', due: 60, partner: 'Harold Lindqvist', missed: true },
      ],
    },
    {
      daysAgo: 110, channel: 'call', initiatedBy: 'library', contacts: ['Grace Okonjo'],
      summary: 'Grace will describe photographs in batches of 25; library staff fill in the dates from the city directories.',
      followUps: [{ what: 'Train two library pages to date photographs from the city directories', due: 21, done: 3 }],
    },
    {
      daysAgo: 50, channel: 'meeting', initiatedBy: 'library', contacts: ['Harold Lindqvist', 'Grace Okonjo'],
      summary: 'Progress: 310 photographs online and 4,200 views in the first month. Next lecture series: the neighbourhoods in photographs.',
      tags: [{ factor: 'TW', sign: 'positive', note: 'Scanning and describing now run as one weekly routine' }],
      followUps: [
        { what: 'Book the auditorium for three lectures', due: 14, done: 0 },
        { what: 'Pick 40 photographs for the lecture slides', due: 30, partner: 'Grace Okonjo' },
      ],
    },
    {
      daysAgo: 20, channel: 'email', initiatedBy: 'partner', contacts: ['Grace Okonjo'],
      summary: 'Grace sent the lecture speakers’ names and biographies for the website.',
    },
  ],

  'Grace Fellowship Church': [
    {
      daysAgo: 75, channel: 'meeting', initiatedBy: 'partner', contacts: ['Denise Carter'],
      summary: 'Pastor Carter offered the fellowship hall for a weekly homework-help night; tutors would need background checks.',
      tags: [{ factor: 'IR', sign: 'positive', note: 'Pastor Carter knows every family by name' }],
      followUps: [
        { what: 'Ask the volunteer office about background checks for tutors', due: 14, done: 0 },
        { what: 'Send the hall’s free evenings', due: 14, partner: 'Denise Carter', done: 5 },
      ],
    },
    {
      daysAgo: 40, channel: 'site-visit', initiatedBy: 'library', contacts: ['Denise Carter'],
      summary: 'Saw the fellowship hall: good tables and wifi, no printer. Tuesday evenings work for the church.',
      followUps: [{ what: 'Draft a one-term pilot plan for Tuesday homework help', due: 30 }],
    },
    {
      daysAgo: 6, channel: 'call', initiatedBy: 'partner', contacts: ['Denise Carter'],
      summary: 'Pastor Carter asked whether the pilot could start before the next school term; eight families have already asked about it.',
      followUps: [{ what: 'Send Pastor Carter the pilot plan and a start date', due: 9 }],
    },
  ],

  'Three Rivers Workforce Development Board': [
    {
      daysAgo: 355, channel: 'meeting', initiatedBy: 'library', contacts: ['Samuel Ortiz', 'Ahmed Saleh'],
      summary: 'Job-search lab review: 1,240 visits last year and 186 placements reported. The board would like résumé help in Spanish.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'Lab visits count toward their federal performance measures' }],
      followUps: [
        { what: 'Find a Spanish-speaking volunteer for the Wednesday lab', due: 30, done: 14 },
        { what: 'Send the placement report for the last half-year', due: 30, partner: 'Ahmed Saleh', done: 0 },
      ],
    },
    {
      daysAgo: 300, channel: 'call', initiatedBy: 'partner', contacts: ['Linda Park'],
      summary: 'Linda wants a youth job fair for 16–21-year-olds at the Main library.',
      followUps: [{ what: 'Hold the auditorium for a youth job fair', due: 7, done: 0 }],
    },
    {
      daysAgo: 250, hour: 18, channel: 'event', initiatedBy: 'library', substantive: true, contacts: ['Linda Park', 'Samuel Ortiz'], staff: ['Lena Okafor'],
      summary: 'Youth job fair: 38 employers, 410 young people, 60 interviews on the spot.',
      tags: [{ factor: 'TW', sign: 'positive', note: 'Their staff ran the employer tables, ours the résumé clinic' }],
    },
    {
      daysAgo: 200, channel: 'meeting', initiatedBy: 'partner', contacts: ['Samuel Ortiz'],
      summary: 'Samuel reported a shortage of career coaches: the Eastside lab drops to every other week from next month.',
      tags: [
        { factor: 'CE', sign: 'positive', note: 'Told us three weeks before the change' },
        { factor: 'OC', sign: 'negative', note: 'Eastside lab hours cut without a plan to replace them' },
      ],
      followUps: [
        { what: 'Put the changed lab hours on the website and the branch signs', due: 3, done: 0 },
        { what: 'Propose a replacement coach for the Eastside lab', due: 30, partner: 'Samuel Ortiz', missed: true },
      ],
    },
    {
      daysAgo: 150, channel: 'video', initiatedBy: 'library', contacts: ['Ahmed Saleh'],
      summary: 'Data-sharing letter: agreed which lab outcomes the board can share (placements yes, wages no).',
      followUps: [{ what: 'Send the lab outcome report in the agreed format', due: 45, partner: 'Ahmed Saleh', done: 30 }],
    },
    {
      daysAgo: 100, channel: 'meeting', initiatedBy: 'library', contacts: ['Samuel Ortiz', 'Linda Park'],
      summary: 'MOU check-in: the Eastside lab is weekly again with a new coach. Planning a second youth job fair.',
      tags: [{ factor: 'IR', sign: 'positive', note: 'Samuel came to the branch to introduce the new coach' }],
      followUps: [
        { what: 'Draft the youth job fair budget', due: 21, done: 0 },
        { what: 'Send last year’s employer list', due: 14, partner: 'Linda Park', cancelled: 'Linda’s team will invite the employers directly this year' },
      ],
    },
    {
      daysAgo: 55, channel: 'call', initiatedBy: 'partner', contacts: ['Linda Park'],
      summary: 'The youth job fair date is set; Linda asks for the Teen Lab computers for online applications.',
      followUps: [{ what: 'Reserve the Teen Lab for the job fair day', due: 7, done: 0 }],
    },
    {
      daysAgo: 22, channel: 'meeting', initiatedBy: 'library', contacts: ['Samuel Ortiz', 'Ahmed Saleh'], staff: ['Dana Whitfield'],
      summary: 'MOU renewal ahead of the review: keep the labs and add a quarterly outcomes meeting. The board’s lawyer is reviewing the data clause.',
      followUps: [
        { what: 'Return the MOU with the lawyer’s changes', due: 14, partner: 'Samuel Ortiz' },
        { what: 'Prepare outcome figures for the first quarterly meeting', due: 25 },
      ],
    },
  ],

  'The Millbrook Courier': [
    {
      daysAgo: 330, channel: 'email', initiatedBy: 'partner', contacts: ['Rachel Nguyen'],
      summary: 'Rachel asked for next month’s Library Picks column by the 20th.',
    },
    {
      daysAgo: 290, channel: 'meeting', initiatedBy: 'library', contacts: ['Rachel Nguyen'],
      summary: 'Lunch with Rachel: the column’s readership is steady. She would like library staff to write a local-history feature each quarter.',
      tags: [{ factor: 'IR', sign: 'positive', note: 'Rachel offered the feature slot unprompted' }],
      followUps: [{ what: 'Pitch four local-history features for the year', due: 21, done: 0 }],
    },
    {
      daysAgo: 220, channel: 'call', initiatedBy: 'partner', contacts: ['Rachel Nguyen'],
      summary: 'Rachel warned that the print edition drops to three days a week; the column moves online first.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'Told us before the public announcement' }],
      followUps: [{ what: 'Resize the column for the online layout', due: 14, done: 6 }],
    },
    {
      daysAgo: 150, channel: 'email', initiatedBy: 'library', contacts: ['Rachel Nguyen'],
      summary: 'Sent the Library Picks column with two photos.',
    },
    {
      daysAgo: 75, channel: 'call', initiatedBy: 'library', contacts: ['Rachel Nguyen'],
      summary: 'Coverage of the new Teen Lab opening: Rachel might send a photographer.',
      followUps: [
        { what: 'Send Rachel the Teen Lab press release', due: 7, done: 0 },
        { what: 'Confirm a photographer for the Teen Lab opening', due: 14, partner: 'Rachel Nguyen', missed: true },
      ],
    },
    {
      daysAgo: 40, channel: 'email', initiatedBy: 'library', twoWay: false, contacts: ['Rachel Nguyen'],
      summary: 'Sent this month’s Library Picks column. No reply.',
    },
    {
      daysAgo: 10, channel: 'email', initiatedBy: 'library', twoWay: false, contacts: ['Rachel Nguyen'],
      summary: 'Sent the column again and asked whether the online-first schedule still stands. No reply.',
    },
  ],

  'State University Extension – Millbrook County': [
    {
      daysAgo: 340, channel: 'meeting', initiatedBy: 'partner', contacts: ['Elaine Fischer'],
      summary: 'Seed library season: Elaine’s master gardeners will staff the seed desk two Saturdays a month.',
      followUps: [
        { what: 'Order seed envelopes and a catalogue drawer', due: 21, done: 0 },
        { what: 'Send the master gardeners’ rota', due: 14, partner: 'Elaine Fischer', done: 2 },
      ],
    },
    {
      daysAgo: 280, hour: 16, channel: 'event', initiatedBy: 'library', substantive: true, contacts: ['Elaine Fischer', 'Jamal Wright'],
      summary: 'Spring gardening workshop: 64 people, 900 seed packets taken. The 4-H members ran the seed-sorting table.',
      tags: [{ factor: 'TW', sign: 'positive', note: '4-H members and our teen volunteers sorted seeds together' }],
    },
    {
      daysAgo: 220, channel: 'meeting', initiatedBy: 'library', contacts: ['Elaine Fischer'],
      summary: 'Planned the six-week money-management class: Extension brings the curriculum, the library the room and the laptops.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'The class fits their financial-literacy outreach goal' }],
      followUps: [
        { what: 'Set up online registration for the money-management class', due: 21, done: 2 },
        { what: 'Send the class curriculum and workbook', due: 14, partner: 'Elaine Fischer', done: 0 },
      ],
    },
    {
      daysAgo: 170, channel: 'call', initiatedBy: 'partner', contacts: ['Elaine Fischer'],
      summary: 'Only 9 of the 20 people registered finished the money class; Elaine suspects the evening time.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'Elaine shared the attendance problem candidly' }],
      followUps: [{ what: 'Survey registrants about a Saturday class time', due: 21, done: 10 }],
    },
    {
      daysAgo: 120, channel: 'video', initiatedBy: 'library', contacts: ['Jamal Wright'],
      summary: 'The 4-H robotics club would like to use the makerspace; talked about insurance.',
      followUps: [{ what: 'Send the 4-H insurance certificate', due: 14, partner: 'Jamal Wright', done: 0 }],
    },
    {
      daysAgo: 78, channel: 'meeting', initiatedBy: 'library', contacts: ['Elaine Fischer', 'Jamal Wright'],
      summary: 'The seed library letter is up for review soon and both sides want to keep it, but Extension’s seed budget may shrink.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'They raised the budget problem early' }],
      followUps: [
        { what: 'Draft the renewal of the seed library letter', due: 21, done: 3 },
        { what: 'Confirm next year’s seed budget', due: 30, partner: 'Elaine Fischer' },
      ],
    },
    {
      daysAgo: 48, channel: 'call', initiatedBy: 'library', contacts: ['Elaine Fischer'],
      summary: 'The seed budget is still undecided; Elaine will know after Extension’s board meets.',
      followUps: [{ what: 'Follow up with Elaine after the Extension board meeting', due: 21 }],
    },
    {
      daysAgo: 25, channel: 'email', initiatedBy: 'library', twoWay: false, contacts: ['Elaine Fischer'],
      summary: 'Emailed Elaine about the seed budget and the letter renewal. No reply yet.',
    },
    {
      daysAgo: 8, channel: 'email', initiatedBy: 'library', twoWay: false, contacts: ['Jamal Wright'],
      summary: 'Asked Jamal whether the 4-H robotics club is still coming to the makerspace. No reply.',
    },
  ],

  'Millbrook Arts Council': [
    {
      daysAgo: 350, channel: 'meeting', initiatedBy: 'partner', contacts: ['Sofia Delgado'],
      summary: 'The gallery year: four local artists chosen. The council pays the artists’ fees; the library hangs and insures the work.',
      followUps: [{ what: 'Confirm insurance cover for the gallery', due: 14, done: 0 }],
    },
    {
      daysAgo: 300, hour: 23, channel: 'event', initiatedBy: 'library', contacts: ['Sofia Delgado', 'Ben Whitaker'], staff: ['Dana Whitfield'],
      summary: 'Opening night of the river paintings exhibition: about 120 guests.',
    },
    {
      daysAgo: 260, channel: 'call', initiatedBy: 'partner', contacts: ['Ben Whitaker'],
      summary: 'Ben proposed a teen mural at the Eastside branch with a teaching artist.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'The mural fits both organisations’ teen engagement plans' }],
      followUps: [{ what: 'Ask the city for permission for an exterior mural', due: 30, done: 18 }],
    },
    {
      daysAgo: 190, channel: 'meeting', initiatedBy: 'library', contacts: ['Sofia Delgado', 'Ben Whitaker'],
      summary: 'Mural permission granted and 12 teens signed up; the council’s grant covers the paint and the artist.',
      tags: [{ factor: 'TW', sign: 'positive', note: 'Their teaching artist trained our teen staff' }],
      followUps: [{ what: 'Send the mural design for approval', due: 21, partner: 'Ben Whitaker', done: 0 }],
    },
    {
      daysAgo: 140, channel: 'site-visit', initiatedBy: 'partner', contacts: ['Ben Whitaker'],
      summary: 'The mural is half done despite the rain; the teens asked to keep meeting after it is finished.',
      followUps: [{ what: 'Plan a follow-on teen art club', due: 30, cancelled: 'The teens joined the council’s own youth studio instead' }],
    },
    {
      daysAgo: 90, channel: 'meeting', initiatedBy: 'library', contacts: ['Sofia Delgado'],
      summary: 'Gallery agreement check-in: three exhibitions a year with longer runs. The council asked again for better gallery lighting.',
      tags: [{ factor: 'OC', sign: 'negative', note: 'Gallery lighting still not fixed after two requests' }],
      followUps: [
        { what: 'Get a quote for gallery track lighting', due: 30, done: 25 },
        { what: 'Send the next artist’s hanging plan', due: 45, partner: 'Sofia Delgado', done: 0 },
      ],
    },
    {
      daysAgo: 26, channel: 'call', initiatedBy: 'partner', contacts: ['Sofia Delgado'],
      summary: 'Sofia called about the next opening date and when the new lighting goes in.',
      followUps: [{ what: 'Confirm the electrician’s date with facilities', due: 10 }],
    },
  ],

  'Millbrook Parks and Recreation Department': [
    {
      daysAgo: 330, channel: 'meeting', initiatedBy: 'library', contacts: ['Derek Olsen', 'Maria Santos'],
      summary: 'StoryWalk season plan: a new book every six weeks; Parks replaces damaged panels.',
      followUps: [
        { what: 'Choose the next four StoryWalk books', due: 14, done: 0 },
        { what: 'Order weatherproof sign frames', due: 30, partner: 'Derek Olsen', done: 9 },
      ],
    },
    {
      daysAgo: 270, hour: 15, channel: 'event', initiatedBy: 'partner', substantive: true, contacts: ['Maria Santos'],
      summary: 'Nature storytime in Riverside Park: 45 children and parents, and Maria brought the turtle.',
      tags: [{ factor: 'IR', sign: 'positive', note: 'Maria stays after every session to talk with parents' }],
    },
    {
      daysAgo: 210, channel: 'call', initiatedBy: 'partner', contacts: ['Derek Olsen'],
      summary: 'Two StoryWalk panels were vandalised. Parks replaces the frames; the library reprints the pages.',
      tags: [{ factor: 'OC', sign: 'positive', note: 'Parks fixed the frames within a week' }],
      followUps: [{ what: 'Reprint pages 7 and 8 of the current StoryWalk book', due: 7, done: 0 }],
    },
    {
      daysAgo: 160, channel: 'meeting', initiatedBy: 'library', contacts: ['Derek Olsen', 'Maria Santos'],
      summary: 'Summer nature storytimes at three parks; Parks would like a bilingual StoryWalk.',
      tags: [{ factor: 'SA', sign: 'positive' }],
      followUps: [
        { what: 'Find a bilingual picture book whose publisher allows StoryWalk use', due: 30, done: 12 },
        { what: 'Send the park dates for the storytimes', due: 14, partner: 'Maria Santos', done: 0 },
      ],
    },
    {
      daysAgo: 100, channel: 'site-visit', initiatedBy: 'library', contacts: ['Derek Olsen'],
      summary: 'Walked the StoryWalk with Derek: three posts are loose and the trail map needs the library’s logo.',
      followUps: [{ what: 'Fix the three loose StoryWalk posts', due: 21, partner: 'Derek Olsen', done: 0 }],
    },
    {
      daysAgo: 25, channel: 'call', initiatedBy: 'partner', contacts: ['Derek Olsen'],
      summary: 'Derek confirmed the date of the StoryWalk MOU review and asked for next season’s book list.',
      followUps: [
        { what: 'Send next season’s StoryWalk book list', due: 14, done: 3 },
        { what: 'Send the MOU with Parks’ edits', due: 21, partner: 'Derek Olsen' },
      ],
    },
    {
      daysAgo: 11, channel: 'email', initiatedBy: 'partner', contacts: ['Maria Santos'],
      summary: 'Maria sent photos of the bilingual StoryWalk for the library’s social media.',
    },
  ],

  'Oak Street Senior Center': [
    {
      daysAgo: 320, channel: 'meeting', initiatedBy: 'library', contacts: ['Evelyn Brooks'],
      summary: 'Tech-help hours twice a month; residents mostly ask about phones and telehealth visits.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'Telehealth help is one of the center’s goals this year' }],
      followUps: [{ what: 'Schedule two digital navigators for the tech-help hours', due: 14, done: 0 }],
    },
    {
      daysAgo: 250, channel: 'site-visit', initiatedBy: 'library', contacts: ['Evelyn Brooks'], staff: ['Lena Okafor'],
      summary: 'Swapped the large-print deposit collection (180 titles); mysteries and westerns are read most.',
      followUps: [{ what: 'Send the residents’ requests list', due: 21, partner: 'Evelyn Brooks', done: 10 }],
    },
    {
      daysAgo: 180, channel: 'call', initiatedBy: 'partner', contacts: ['Evelyn Brooks'],
      summary: 'Evelyn proposed a monthly memory café at the center.',
      tags: [{ factor: 'IR', sign: 'positive', note: 'Evelyn introduced us to the residents’ council' }],
      followUps: [{ what: 'Ask the Alzheimer’s Association about memory café training', due: 30, done: 0 }],
    },
    {
      daysAgo: 120, channel: 'meeting', initiatedBy: 'partner', contacts: ['Evelyn Brooks'],
      summary: 'Memory café pilot planned: the center’s van can bring residents to the branch once a month.',
      followUps: [
        { what: 'Book the branch meeting room for the memory café', due: 14, done: 2 },
        { what: 'Confirm the van schedule', due: 14, partner: 'Evelyn Brooks', missed: true },
      ],
    },
    {
      daysAgo: 52, channel: 'call', initiatedBy: 'library', contacts: ['Evelyn Brooks'],
      summary: 'Only three people came to the last tech-help hour; Evelyn thinks it clashes with the new lunch time.',
      tags: [{ factor: 'CE', sign: 'negative', note: 'Schedule changes reach us only after sessions are empty' }],
      followUps: [
        { what: 'Move the tech-help hours to after lunch', due: 14, done: 0 },
        { what: 'Put the new tech-help time in the center’s newsletter', due: 21, partner: 'Evelyn Brooks' },
      ],
    },
    {
      daysAgo: 30, channel: 'email', initiatedBy: 'library', twoWay: false, contacts: ['Evelyn Brooks'],
      summary: 'Emailed Evelyn the new tech-help times and asked about the van. No reply.',
    },
    {
      daysAgo: 14, channel: 'email', initiatedBy: 'library', twoWay: false, contacts: ['Evelyn Brooks'],
      summary: 'Second email about the memory café van. No reply; the front desk says Evelyn is on leave.',
    },
  ],

  'New Roots Refugee Resettlement': [
    {
      daysAgo: 130, channel: 'call', initiatedBy: 'partner', contacts: ['Amina Yusuf'],
      summary: 'Amina asked whether the library can give orientations in Dari and Pashto.',
      followUps: [{ what: 'Find Dari and Pashto interpreters through the county language line', due: 21, done: 8 }],
    },
    {
      daysAgo: 70, channel: 'meeting', initiatedBy: 'library', contacts: ['Amina Yusuf', 'Daniel Haile'], staff: ['Marcus Reyes'],
      summary: 'First planning meeting: a monthly orientation for newly arrived families. New Roots brings the families; the library issues cards on the spot.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'A library orientation is on their resettlement checklist' }],
      followUps: [
        { what: 'Translate the library card application into Dari and Pashto', due: 30, done: 0 },
        { what: 'Send the arrival schedule for the next three months', due: 14, partner: 'Daniel Haile', done: 0 },
      ],
    },
    {
      daysAgo: 28, channel: 'site-visit', initiatedBy: 'partner', contacts: ['Daniel Haile'],
      summary: 'Daniel brought six families for a trial orientation: cards for everyone, and the children’s room was the highlight.',
      tags: [{ factor: 'TW', sign: 'positive', note: 'Daniel’s caseworkers interpreted alongside our staff' }],
      followUps: [
        { what: 'Write up the trial orientation as a plan we can repeat', due: 21 },
        { what: 'Collect feedback from the six families', due: 14, partner: 'Daniel Haile', done: 3 },
      ],
    },
  ],

  'Forge Makerspace': [
    {
      daysAgo: 200, channel: 'meeting', initiatedBy: 'partner', contacts: ['Kai Nakamura'],
      summary: 'Kai offered to lend the 3D printer to the Teen Lab for monthly workshops.',
      followUps: [{ what: 'Check the insurance for lent equipment', due: 21, done: 0 }],
    },
    {
      daysAgo: 170, channel: 'meeting', initiatedBy: 'library', contacts: ['Kai Nakamura'], staff: ['Marcus Reyes'],
      summary: 'Signed the equipment loan letter. The first workshop will print phone stands.',
      followUps: [{ what: 'Deliver and set up the 3D printer in the Teen Lab', due: 14, partner: 'Kai Nakamura', done: 3 }],
    },
    {
      daysAgo: 130, hour: 22, channel: 'event', initiatedBy: 'library', substantive: true, contacts: ['Kai Nakamura'],
      summary: 'First teen 3D-printing workshop: 14 teens, three failed prints and one very good chess set.',
      tags: [{ factor: 'TW', sign: 'positive', note: 'Kai and our teen librarian taught in pairs' }],
    },
    {
      daysAgo: 90, channel: 'call', initiatedBy: 'partner', contacts: ['Kai Nakamura'],
      summary: 'The laser cutter needs a ventilation hood the Teen Lab does not have.',
      tags: [{ factor: 'OC', sign: 'positive', note: 'Kai proposed a safe alternative (a vinyl cutter) himself' }],
      followUps: [{ what: 'Ask facilities about venting in the Teen Lab', due: 30, cancelled: 'Agreed to use a vinyl cutter instead' }],
    },
    {
      daysAgo: 45, hour: 23, channel: 'event', initiatedBy: 'partner', contacts: ['Kai Nakamura'],
      summary: 'Stopped by Forge’s open house and chatted with Kai about the teen workshops.',
    },
    {
      daysAgo: 16, channel: 'meeting', initiatedBy: 'library', contacts: ['Kai Nakamura'],
      summary: 'Workshop review: every monthly workshop is full with a waiting list. Kai can add a second session if the library buys the filament.',
      tags: [{ factor: 'SA', sign: 'positive' }],
      followUps: [
        { what: 'Order filament for a second monthly session', due: 10, done: 2 },
        { what: 'Send the dates for the second session', due: 14, partner: 'Kai Nakamura' },
      ],
    },
  ],

  'Discovery Children’s Museum': [
    {
      daysAgo: 20, channel: 'email', initiatedBy: 'library', contacts: ['Laura Bennett'],
      summary: 'Introduced the museum-pass idea to Laura; she replied that she will take it to the museum’s director.',
    },
    {
      daysAgo: 5, channel: 'call', initiatedBy: 'partner', contacts: ['Laura Bennett'],
      summary: 'Laura called back: the museum is open to passes if the library covers the admissions it loses for families on assistance.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'They named the cost straight away' }],
      followUps: [
        { what: 'Price out 50 museum passes a month', due: 7 },
        { what: 'Send last year’s admission figures', due: 10, partner: 'Laura Bennett' },
      ],
    },
  ],

  'Hearth Housing Partners': [
    {
      daysAgo: 300, channel: 'meeting', initiatedBy: 'partner', contacts: ['Andre Lewis'],
      summary: 'Andre asked for storytimes at two housing communities; the library brings the staff and the books.',
      tags: [{ factor: 'SA', sign: 'positive' }],
      followUps: [{ what: 'Schedule weekly storytimes at Maple Court and Riverside Homes', due: 21, done: 0 }],
    },
    {
      daysAgo: 240, channel: 'site-visit', initiatedBy: 'library', contacts: ['Kim Tran'], staff: ['Lena Okafor'],
      summary: 'First storytime at Maple Court: 11 children. The community room echoes badly.',
      followUps: [{ what: 'Find a quieter room at Maple Court', due: 14, partner: 'Kim Tran', done: 0 }],
    },
    {
      daysAgo: 180, channel: 'call', initiatedBy: 'partner', contacts: ['Kim Tran'],
      summary: 'Kim asked for homework help on Thursdays as well.',
      followUps: [{ what: 'Find volunteers for Thursday homework help', due: 30, done: 14 }],
    },
    {
      daysAgo: 120, channel: 'meeting', initiatedBy: 'library', contacts: ['Andre Lewis', 'Kim Tran'],
      summary: 'MOU check-in: 10–15 children at each storytime and homework help has started. Residents asked for library cards without a proof of address.',
      tags: [{ factor: 'OC', sign: 'positive', note: 'They vouch for residents’ addresses with a letter' }],
      followUps: [{ what: 'Ask circulation whether a Hearth letter can serve as proof of address', due: 14, done: 0 }],
    },
    {
      daysAgo: 60, channel: 'call', initiatedBy: 'library', contacts: ['Andre Lewis'],
      summary: 'Andre said Kim moves to another site; a new youth program lead starts next month.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'Andre told us before Kim left' }],
    },
    {
      daysAgo: 19, channel: 'meeting', initiatedBy: 'partner', contacts: ['Andre Lewis'],
      summary: 'Plans for the new Elm Street community: Andre would like storytime there from the day it opens.',
      followUps: [
        { what: 'Add Elm Street to the storytime rota', due: 21 },
        { what: 'Introduce the new youth program lead', due: 14, partner: 'Andre Lewis' },
      ],
    },
  ],

  'VFW Post 1187': [
    {
      daysAgo: 280, hour: 16, channel: 'event', initiatedBy: 'library', substantive: true, contacts: ['Robert Kowalski'],
      summary: 'Veterans History Project recording day: nine interviews recorded.',
    },
    {
      daysAgo: 200, channel: 'call', initiatedBy: 'partner', contacts: ['Robert Kowalski'],
      summary: 'Robert explained the hall renovation: recording days are on hold until it is finished.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'Robert told us as soon as the renovation was approved' }],
      followUps: [{ what: 'Offer the library’s studio for recordings during the renovation', due: 14, done: 0 }],
    },
    {
      daysAgo: 95, channel: 'email', initiatedBy: 'library', contacts: ['Robert Kowalski'],
      summary: 'Checked in on the renovation; Robert expects the hall to reopen in about four months.',
    },
  ],

  'Millbrook Community College': [
    {
      daysAgo: 350, channel: 'meeting', initiatedBy: 'library', contacts: ['Naomi Fields'], staff: ['Dana Whitfield'],
      summary: 'Reciprocal borrowing review: 2,300 students borrowed from the library. The college wants new students’ IDs loaded at enrolment.',
      followUps: [{ what: 'Send the enrolment ID file each term', due: 30, partner: 'Naomi Fields', done: 0 }],
    },
    {
      daysAgo: 300, channel: 'meeting', initiatedBy: 'partner', contacts: ['Victor Alvarez', 'Hannah Cole'],
      summary: 'GED and ESL classes in branch meeting rooms: the college needs four rooms two evenings a week.',
      tags: [{ factor: 'SA', sign: 'positive' }],
      followUps: [{ what: 'Book four rooms for Tuesday and Thursday evenings', due: 14, done: 0 }],
    },
    {
      daysAgo: 250, channel: 'email', initiatedBy: 'partner', substantive: true, contacts: ['Hannah Cole'],
      summary: 'Hannah reported ESL waiting lists at two branches and asked for a third room.',
      followUps: [{ what: 'Find a third room for ESL at Westside', due: 14, done: 9 }],
    },
    {
      daysAgo: 200, channel: 'video', initiatedBy: 'library', contacts: ['Naomi Fields'],
      summary: 'Planning the open educational resources fair with the college’s faculty.',
      followUps: [{ what: 'Recruit six faculty speakers for the OER fair', due: 30, partner: 'Naomi Fields', done: 0 }],
    },
    {
      daysAgo: 160, hour: 17, channel: 'event', initiatedBy: 'library', substantive: true, contacts: ['Naomi Fields', 'Victor Alvarez'], staff: ['Dana Whitfield'],
      summary: 'OER fair: 140 students and 30 faculty; an estimated $48,000 of textbooks replaced with open ones.',
      tags: [{ factor: 'TW', sign: 'positive' }],
    },
    {
      daysAgo: 110, channel: 'call', initiatedBy: 'partner', contacts: ['Victor Alvarez'],
      summary: 'Victor warned that the adult education grant may be cut, which could end the GED class at one branch.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'They raised the budget problem early' }],
      followUps: [{ what: 'Ask the Friends of the Library about bridging funds for the GED class', due: 30, done: 0 }],
    },
    {
      daysAgo: 70, channel: 'meeting', initiatedBy: 'library', contacts: ['Naomi Fields', 'Victor Alvarez', 'Hannah Cole'], staff: ['Marcus Reyes'],
      summary: 'Space-use MOU review: the grant came through for another year, so the GED class stays. The MOU ends soon and needs renewing.',
      followUps: [
        { what: 'Draft the renewal of the adult education space-use MOU', due: 30 },
        { what: 'Send next term’s class schedule', due: 21, partner: 'Victor Alvarez', done: 5 },
      ],
    },
    {
      daysAgo: 9, channel: 'video', initiatedBy: 'partner', contacts: ['Hannah Cole'],
      summary: 'Hannah asked for a room at the Main library for a Saturday conversation circle.',
      followUps: [{ what: 'Check Saturday room availability at the Main library', due: 10 }],
    },
  ],

  'WMBK 89.7 Millbrook Public Radio': [
    {
      daysAgo: 60, channel: 'meeting', initiatedBy: 'partner', contacts: ['Oliver Grant'],
      summary: 'Oliver pitched a six-episode podcast on local authors, recorded in the library’s studio.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'The podcast fits the station’s local-voices push' }],
      followUps: [
        { what: 'Check studio availability for six recording sessions', due: 14, done: 0 },
        { what: 'Send a draft episode list', due: 21, partner: 'Oliver Grant', done: 12 },
      ],
    },
    {
      daysAgo: 15, channel: 'call', initiatedBy: 'library', contacts: ['Oliver Grant'],
      summary: 'Agreed on the first three authors; the station needs a release form the library can sign.',
      followUps: [{ what: 'Send the station’s release form', due: 10, partner: 'Oliver Grant' }],
    },
  ],

  'Millbrook Small Business Association': [
    {
      daysAgo: 320, channel: 'meeting', initiatedBy: 'library', contacts: ['Teresa Gomez'],
      summary: 'Resource fair debrief: 62 businesses and 15 vendors came. Next year: more on grant writing.',
      followUps: [{ what: 'Book a grant-writing trainer for the next fair', due: 60, done: 0 }],
    },
    {
      daysAgo: 260, channel: 'email', initiatedBy: 'partner', substantive: true, contacts: ['Li Wei'],
      summary: 'Li asked for a members’ workshop on the library’s business databases.',
      followUps: [{ what: 'Schedule a business databases workshop for SBA members', due: 30, done: 8 }],
    },
    {
      daysAgo: 200, hour: 23, channel: 'event', initiatedBy: 'library', substantive: true, contacts: ['Li Wei'],
      summary: 'Business databases workshop: 18 members, most interested in market research.',
    },
    {
      daysAgo: 130, channel: 'meeting', initiatedBy: 'partner', contacts: ['Teresa Gomez', 'Li Wei'],
      summary: 'Planning the autumn resource fair; Teresa wants a “pitch practice” corner.',
      tags: [{ factor: 'TW', sign: 'positive' }],
      followUps: [
        { what: 'Recruit three volunteer pitch coaches', due: 30, missed: true },
        { what: 'Confirm the fair’s sponsors', due: 45, partner: 'Teresa Gomez', done: 0 },
      ],
    },
    {
      daysAgo: 70, channel: 'call', initiatedBy: 'library', contacts: ['Teresa Gomez'],
      summary: 'Fair logistics: the association pays for printing, the library provides rooms and AV.',
      followUps: [{ what: 'Send the AV list to facilities', due: 7, done: 0 }],
    },
    {
      daysAgo: 35, hour: 16, channel: 'event', initiatedBy: 'library', substantive: true, contacts: ['Teresa Gomez', 'Li Wei'], staff: ['Marcus Reyes'],
      summary: 'Small-business resource fair: 80 businesses and 20 vendors; the grant-writing session was full.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'The fair now anchors their member services calendar' }],
      followUps: [
        { what: 'Send the fair’s attendance figures to Teresa', due: 7, done: 0 },
        { what: 'Share the members’ feedback survey results', due: 21, partner: 'Li Wei' },
      ],
    },
  ],

  'Valley Regional Library System': [
    {
      daysAgo: 280, channel: 'meeting', initiatedBy: 'library', contacts: ['Catherine Doyle'], staff: ['Marcus Reyes'],
      summary: 'Annual directors’ meeting: the shared summer reading platform is renewed; delivery goes from three days a week to two.',
      tags: [{ factor: 'OC', sign: 'negative', note: 'The delivery cut was decided without asking us' }],
      followUps: [{ what: 'Share the new delivery schedule', due: 14, partner: 'Catherine Doyle', done: 5 }],
    },
    {
      daysAgo: 180, channel: 'call', initiatedBy: 'partner', contacts: ['Mark Feldman'],
      summary: 'Mark reported interlibrary loan turnaround up to nine days with the new van schedule.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'Mark shares the turnaround figures every month' }],
      followUps: [{ what: 'Propose a Wednesday swap point to shorten delivery', due: 21, done: 0 }],
    },
    {
      daysAgo: 100, channel: 'video', initiatedBy: 'library', contacts: ['Catherine Doyle', 'Mark Feldman'],
      summary: 'Swap point agreed and turnaround is back to five days. The summer reading platform licence is shared 60/40.',
      tags: [{ factor: 'TW', sign: 'positive' }],
      followUps: [{ what: 'Pay our 60% share of the platform licence', due: 30, done: 0 }],
    },
    {
      daysAgo: 40, channel: 'email', initiatedBy: 'partner', substantive: true, contacts: ['Catherine Doyle'],
      summary: 'Catherine sent the draft reciprocal borrowing statistics for the year and asked for comments.',
      followUps: [{ what: 'Comment on the reciprocal borrowing statistics', due: 14, done: 10 }],
    },
  ],

  'YMCA of Greater Millbrook': [
    {
      daysAgo: 340, channel: 'meeting', initiatedBy: 'partner', contacts: ['Jasmine Reed'],
      summary: 'Jasmine proposed reading buddies: teen volunteers reading with younger children at six Y sites.',
      tags: [{ factor: 'SA', sign: 'positive' }],
      followUps: [{ what: 'Put together book bins for six sites', due: 21, done: 0 }],
    },
    {
      daysAgo: 280, channel: 'site-visit', initiatedBy: 'library', contacts: ['Carlos Mendes'],
      summary: 'Reading buddies at the Westside Y: 18 pairs. The teens would like training in reading aloud.',
      followUps: [{ what: 'Run a read-aloud training for the teen volunteers', due: 30, done: 6 }],
    },
    {
      daysAgo: 220, channel: 'call', initiatedBy: 'partner', contacts: ['Jasmine Reed'],
      summary: 'Two sites lost their teen volunteers when the school year ended.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'Jasmine let us know the same week' }],
      followUps: [{ what: 'Recruit teens for the two sites', due: 30, partner: 'Jasmine Reed', done: 0 }],
    },
    {
      daysAgo: 160, channel: 'meeting', initiatedBy: 'library', contacts: ['Jasmine Reed', 'Carlos Mendes'],
      summary: 'Reading buddies MOU signed: book bins refreshed every two months, and the Y tracks minutes read.',
      followUps: [{ what: 'Send the first minutes-read report', due: 30, partner: 'Carlos Mendes', done: 21 }],
    },
    {
      daysAgo: 100, hour: 16, channel: 'event', initiatedBy: 'partner', contacts: ['Carlos Mendes'],
      summary: 'Y family fun day: the library table signed up 37 new cardholders.',
    },
    {
      daysAgo: 50, channel: 'call', initiatedBy: 'library', contacts: ['Carlos Mendes'],
      summary: 'Minutes-read report: 12,000 minutes across six sites; the bins at two sites need swapping.',
      followUps: [{ what: 'Swap the book bins at the Eastside and North Y sites', due: 14, done: 2 }],
    },
    {
      daysAgo: 13, channel: 'meeting', initiatedBy: 'partner', contacts: ['Jasmine Reed', 'Carlos Mendes'],
      summary: 'Reading buddies MOU review ahead of the date: add a seventh site and a summer session.',
      tags: [{ factor: 'TW', sign: 'positive', note: 'Their site leads now run the book swaps themselves' }],
      followUps: [
        { what: 'Prepare a seventh book bin', due: 7, done: 1 },
        { what: 'Send the MOU amendment for the seventh site', due: 18 },
        { what: 'Name the coordinator for the new site', due: 14, partner: 'Jasmine Reed' },
      ],
    },
  ],

  'Millbrook Immigrant Legal Clinic': [
    {
      daysAgo: 290, channel: 'meeting', initiatedBy: 'partner', contacts: ['Ana Ruiz'],
      summary: 'Ana asked for branch rooms for monthly “Know your rights” sessions in Spanish and Arabic.',
      followUps: [{ what: 'Book rooms at Main and Eastside for the monthly sessions', due: 14, done: 0 }],
    },
    {
      daysAgo: 230, hour: 23, channel: 'event', initiatedBy: 'library', substantive: true, contacts: ['Yusuf Haddad'],
      summary: 'First “Know your rights” session in Arabic: 26 people, many questions about travel documents.',
    },
    {
      daysAgo: 170, channel: 'call', initiatedBy: 'partner', contacts: ['Yusuf Haddad'],
      summary: 'Yusuf asked for the sessions to go in the library’s Spanish newsletter.',
      followUps: [{ what: 'Add the sessions to the Spanish newsletter', due: 14, done: 0 }],
    },
    {
      daysAgo: 110, channel: 'meeting', initiatedBy: 'library', contacts: ['Ana Ruiz', 'Yusuf Haddad'], staff: ['Lena Okafor'],
      summary: 'Citizenship clinics: the clinic needs quiet rooms for one-on-one interviews.',
      tags: [{ factor: 'OC', sign: 'positive', note: 'They suggested study rooms instead of the auditorium' }],
      followUps: [
        { what: 'Reserve study rooms for the citizenship clinics', due: 14, owner: 'Lena Okafor', done: 0 },
        { what: 'Send the volunteer attorneys’ rota', due: 21, partner: 'Ana Ruiz', done: 4 },
      ],
    },
    {
      daysAgo: 48, channel: 'call', initiatedBy: 'partner', contacts: ['Ana Ruiz'],
      summary: 'A session had to move because its room was double-booked.',
      tags: [{ factor: 'OC', sign: 'negative', note: 'Our double booking moved a session' }],
      followUps: [{ what: 'Fix the room bookings for the next three sessions', due: 7, done: 0 }],
    },
    {
      daysAgo: 8, channel: 'meeting', initiatedBy: 'partner', contacts: ['Ana Ruiz', 'Yusuf Haddad'],
      summary: 'Space-use letter check-in; the clinic would like to add a Saturday session.',
      followUps: [
        { what: 'Check Saturday room availability for the clinic', due: 10 },
        { what: 'Send the Saturday session flyer', due: 14, partner: 'Yusuf Haddad' },
      ],
    },
  ],

  'Millbrook Literacy Council': [
    {
      daysAgo: 355, channel: 'meeting', initiatedBy: 'library', contacts: ['Margaret Hughes'], staff: ['Dana Whitfield'],
      summary: 'Year plan: 60 learner–tutor matches and conversation circles at every branch.',
      tags: [{ factor: 'SA', sign: 'positive' }],
      followUps: [{ what: 'Send the tutor training calendar', due: 14, partner: 'Margaret Hughes', done: 0 }],
    },
    {
      daysAgo: 300, channel: 'call', initiatedBy: 'partner', contacts: ['Luis Romero'],
      summary: 'Luis needs private rooms for tutoring pairs; three branches are full.',
      followUps: [{ what: 'Find tutoring rooms at Westside and Northside', due: 21, done: 4 }],
    },
    {
      daysAgo: 240, channel: 'meeting', initiatedBy: 'library', contacts: ['Fatima Noor'],
      summary: 'Conversation circles: nine branches running, eight people on average; two need a second facilitator.',
      followUps: [{ what: 'Train two more circle facilitators', due: 45, partner: 'Fatima Noor', done: 0 }],
    },
    {
      daysAgo: 180, hour: 23, channel: 'event', initiatedBy: 'partner', substantive: true, contacts: ['Margaret Hughes', 'Luis Romero', 'Fatima Noor'], staff: ['Marcus Reyes'],
      summary: 'Learner celebration: 41 learners recognised; three read their own stories aloud.',
      tags: [{ factor: 'IR', sign: 'positive', note: 'Margaret thanked each branch by name' }],
    },
    {
      daysAgo: 130, channel: 'meeting', initiatedBy: 'partner', contacts: ['Margaret Hughes'],
      summary: 'Matches at 38 of 60: the council is short of tutors.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'Margaret shared the shortfall early' }],
      followUps: [
        { what: 'Promote the tutor training on the library’s screens', due: 14, done: 0 },
        { what: 'Run an extra tutor training', due: 45, partner: 'Luis Romero', done: 10 },
      ],
    },
    {
      daysAgo: 75, channel: 'call', initiatedBy: 'library', contacts: ['Luis Romero'],
      summary: 'Tutor numbers are up: 52 matches so far.',
    },
    {
      daysAgo: 28, channel: 'meeting', initiatedBy: 'library', contacts: ['Margaret Hughes', 'Fatima Noor'],
      summary: 'The tutoring MOU review is coming up: keep tutoring and circles; the council would like a shared learner count.',
      tags: [{ factor: 'SA', sign: 'positive', note: 'A shared learner count serves both annual reports' }],
      followUps: [
        { what: 'Draft the tutoring MOU renewal with a shared learner count', due: 34 },
        { what: 'Send the council’s definition of an active learner', due: 14, partner: 'Margaret Hughes', done: 2 },
      ],
    },
    {
      daysAgo: 4, channel: 'call', initiatedBy: 'partner', contacts: ['Fatima Noor'],
      summary: 'Fatima asked to move the Northside circle to the larger meeting room.',
      followUps: [{ what: 'Move the Northside circle to the large meeting room', due: 5 }],
    },
  ],

  'Millbrook Garden Club': [
    {
      daysAgo: 330, channel: 'meeting', initiatedBy: 'partner', contacts: ['Dorothy Evans'],
      summary: 'Dorothy explained the club is winding down; members will keep the pollinator garden until the spring.',
      tags: [{ factor: 'CE', sign: 'positive', note: 'They gave plenty of notice' }],
      followUps: [
        { what: 'Ask the Extension’s master gardeners to take over the pollinator garden', due: 60, done: 0 },
        { what: 'Hand over the garden’s plant list and watering schedule', due: 90, partner: 'Dorothy Evans', done: 0 },
      ],
    },
    {
      daysAgo: 250, channel: 'email', initiatedBy: 'library', twoWay: false, contacts: ['Dorothy Evans'],
      summary: 'Sent a thank-you letter from the library board for every club member.',
    },
  ],

  'CodeBridge Youth': [
    {
      daysAgo: 30, hour: 17, channel: 'event', initiatedBy: 'partner', contacts: ['Tyler Washington'],
      summary: 'Met Tyler at the STEM fair: CodeBridge would like to run a teen coding club at the Teen Lab.',
    },
    {
      daysAgo: 12, channel: 'email', initiatedBy: 'library', twoWay: false, contacts: ['Tyler Washington'],
      summary: 'Sent Tyler the Teen Lab’s hours and equipment list.',
    },
  ],
};
