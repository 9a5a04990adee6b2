import type { ContributionType, FocusArea, ImpactNoteKind, ProgramFormat, ProgramRole, ProgramStatusReason } from '@common-ground/domain';

/**
 * Word lists for generated programs and what hangs off them: titles are "{subject} {noun}" (the subject from the
 * program's topic, the noun from its format), the rest short sentences with a few blanks. Places and people come
 * from words.ts; web addresses use the reserved `.example` suffix.
 */

/** What a program is about, by topic. */
export const TOPIC_SUBJECTS: Record<FocusArea, readonly string[]> = {
  'civic-engagement': ['Know Your Rights', 'Voter Registration', 'Meet Your Council Member', 'Community Conversations', 'Citizenship Preparation', 'Neighborhood Town Hall', 'Civic Leadership', 'Census Outreach'],
  'digital-learning': ['Computer Basics', 'Smartphone Help', 'Email for Beginners', 'Online Safety', 'Tech Help', 'Video Calling for Seniors', 'Spreadsheet Skills', 'Digital Navigator'],
  'early-literacy': ['Baby Rhymes', 'Toddler Tales', 'Bilingual Stories', 'Ready to Read', 'Sing and Sign', 'Pajama Stories', 'Books for Babies', 'Little Learners'],
  'economic-development': ['Resume Writing', 'Job Search', 'Small Business Basics', 'Free Tax Help', 'Money Matters', 'Interview Skills', 'Starting a Business', 'Career Pathways'],
  'lifelong-learning': ['Local History', 'Memoir Writing', 'Family Genealogy', 'English Conversation', 'Great Books', 'Backyard Gardening', 'Learn Spanish', 'Retirement Planning'],
  'health-wellness': ['Community Health', 'Chair Yoga', 'Healthy Cooking', 'Mental Health First Aid', 'Medicare Basics', 'Blood Pressure Check', 'Mindful Mornings', 'Healthy Families'],
  'arts-culture': ['Family Art', 'Poetry Open Mic', 'Film Night', 'Lunar New Year', 'Día de los Niños', 'Jazz in the Stacks', 'Zine Making', 'Community Mural', 'Hispanic Heritage'],
  'media-literacy': ['News Detectives', 'Podcasting', 'Spotting Misinformation', 'Digital Storytelling', 'Youth Journalism', 'Media Makers'],
  'summer-reading': ['Summer Reading Kickoff', 'Summer Reading Challenge', 'Reading Buddies', 'Summer Reading Finale', 'Read and Play', 'Summer Stories'],
  stem: ['Coding Club', 'Robotics', 'Science Saturdays', 'Maker Lab', 'Star Gazing', 'LEGO Engineers', 'Citizen Science', 'Girls Who Code'],
  other: ['Community Open House', 'Friends Book Sale', 'Library Card Sign-up', 'Seed Library', 'Volunteer Fair', 'Branch Anniversary'],
};

/** The noun a title ends with, by format. */
export const FORMAT_NOUNS: Record<ProgramFormat, readonly string[]> = {
  'workshop-class': ['Workshop', 'Class', 'Bootcamp', 'Clinic'],
  'talk-presentation': ['Talk', 'Info Session', 'Presentation', 'Panel'],
  'discussion-group': ['Discussion Group', 'Book Club', 'Circle'],
  storytime: ['Storytime'],
  'club-series': ['Club', 'Series', 'Meet-up'],
  'drop-in-help': ['Drop-in', 'Help Desk', 'Office Hours'],
  'fair-festival': ['Fair', 'Festival', 'Expo'],
  performance: ['Concert', 'Screening', 'Showcase'],
  exhibition: ['Exhibition', 'Display'],
  'tour-visit': ['Tour', 'Field Trip', 'Visit'],
  other: ['Day', 'Event', 'Celebration'],
};

export const PROGRAM_DESCRIPTIONS: readonly string[] = [
  'A {format} for {audience}, run with {partner}.',
  'Hands-on and free: {audience} learn with staff from {partner}.',
  'Planned with {partner} after residents asked for it at the branch.',
  'Part of the branch’s {season} line-up; {partner} brings the expertise, the library the space and the promotion.',
  'Registration encouraged but not required. Materials provided.',
  'Repeats a popular program from last year, with more sessions for {audience}.',
  'Offered in English and Spanish. {partner} provides interpreters.',
  '',
];

export const STATUS_NOTES: Record<'cancelled' | 'postponed', Record<ProgramStatusReason, readonly string[]>> = {
  cancelled: {
    time: ['Presenter double-booked; could not find another date this term.'],
    funding: ['The grant that paid for materials was not renewed.'],
    staff: ['Children’s librarian on leave and no cover available.'],
    'low-registration': ['Only three people signed up by the deadline.', 'Low sign-ups; will try a Saturday slot next time.'],
    weather: ['Branch closed for the snowstorm.', 'Heat advisory: outdoor event called off.'],
    other: ['Room flooded the week before.', 'Partner withdrew.'],
  },
  postponed: {
    time: ['Moved to next term to avoid exam weeks.'],
    funding: ['Waiting for the foundation’s decision on funding.'],
    staff: ['Postponed until the new outreach librarian starts.'],
    'low-registration': ['Pushed back a month to give promotion more time.'],
    weather: ['Postponed for the storm; new date to be set.'],
    other: ['Venue under renovation; new date to be set.'],
  },
};

export const ROLE_RESPONSIBILITIES: Record<ProgramRole, readonly string[]> = {
  lead: ['Plans the content and recruits presenters', 'Runs the program and reports attendance', ''],
  'co-host': ['Shares planning and hosting with the library', 'Greets participants and runs sign-in', ''],
  presenter: ['Presents the sessions and brings handouts', 'Leads the hands-on activity', 'Gives the talk and answers questions'],
  'venue-host': ['Provides the room, chairs and AV', 'Opens the building and hosts the sessions on site'],
  promoter: ['Shares the flyer with members and in the newsletter', 'Posts on social media and at the front desk', ''],
  funder: ['Pays for materials and snacks', 'Funds the presenter’s fee'],
  'volunteer-provider': ['Sends volunteers to help at each session', 'Recruits and briefs volunteers'],
  evaluator: ['Runs the participant survey and writes up results', 'Collects follow-up surveys'],
  other: ['Lends equipment', 'Provides interpreters', ''],
};

/** What partners bring by role (with a little of everything else). */
export const ROLE_CONTRIBUTIONS: Record<ProgramRole, readonly ContributionType[]> = {
  lead: ['expertise', 'staff-time', 'materials', 'promotion'],
  'co-host': ['staff-time', 'expertise', 'promotion'],
  presenter: ['expertise', 'expertise', 'materials'],
  'venue-host': ['space', 'space', 'staff-time'],
  promoter: ['promotion', 'promotion'],
  funder: ['funding', 'funding', 'materials'],
  'volunteer-provider': ['volunteers', 'volunteers'],
  evaluator: ['expertise', 'staff-time'],
  other: ['materials', 'expertise', 'space'],
};

export const CONTRIBUTION_DESCRIPTIONS: Record<ContributionType, readonly string[]> = {
  expertise: ['Presenter time, preparation included', 'Nurse practitioner for the screenings', 'Tax preparer volunteers’ lead', 'Curriculum and handouts'],
  space: ['Community room', 'Gym and tables for the fair', 'Meeting room, evenings', 'Classroom after school'],
  promotion: ['Flyers sent home in backpacks', 'Newsletter and social media', 'Announcement at services', 'Posters at the clinic'],
  funding: ['Grant for materials', 'Sponsorship', 'Presenter’s fee', 'Snacks and supplies'],
  volunteers: ['Volunteers at sign-in and activity tables', 'Reading buddies', 'Tech tutors', 'Set-up and clean-up crew'],
  'staff-time': ['Planning meetings and set-up', 'Staff at the event', 'Outreach and registration calls'],
  materials: ['Books to give away', 'Art supplies', 'Laptops on loan', 'Seed packets and soil'],
};

export const SESSION_NOTES: readonly string[] = [
  'Rain kept numbers down.',
  'Room was full; turned a few people away.',
  'Presenter ran over by 15 minutes.',
  'New families from the school flyer.',
  'Projector trouble at the start.',
  'Several first-time visitors signed up for library cards.',
];

/** Texts of impact notes by kind: {program}, {partner}, {place} and {name} are filled in. */
export const NOTE_TEXTS: Record<ImpactNoteKind, readonly string[]> = {
  story: [
    'A father who came to {program} every week now brings his neighbour’s kids too.',
    'After {program}, two participants started a study group that meets at the branch on Saturdays.',
    'A teen volunteer from {partner} is now applying for a library page job.',
    'One family got their first library cards at {program} and has checked out books every week since.',
    'A participant used what she learned to help her mother book a doctor’s appointment online.',
  ],
  quote: [
    '“I didn’t know the library did this. I’ll be back next week.”',
    '“My daughter asks every Tuesday if it’s story day.”',
    '“I finally understand how to video call my grandkids.”',
    '“The staff made me feel welcome, not judged.”',
    '“I got the job. The mock interview made the difference.”',
  ],
  outcome: [
    '{n} participants filed their taxes for free through {program}.',
    '{n} people signed up for library cards at {program}.',
    '{n} families received free books to take home.',
    'Blood pressure screenings for {n} adults; {m} referred to the clinic.',
    '{n} residents registered to vote.',
  ],
  lesson: [
    'Evening sessions drew more working parents than mornings; schedule the next series after 6 pm.',
    'Registration through {partner} reached people the library’s own flyers did not.',
    'Childcare on site doubled attendance at the adult sessions.',
    'Shorter sessions kept teens engaged; split the two-hour workshop in two.',
    'Interpreters need the slides a week ahead.',
  ],
  'media-mention': [
    '{program} featured in the {place} Gazette’s weekend section.',
    'Segment on {place} Community Radio about {program}.',
    'Photo of {program} on the front page of the {place} Weekly.',
    '{partner} wrote about the partnership in their newsletter.',
  ],
};

export const QUOTE_ATTRIBUTIONS: readonly string[] = [
  'a parent at {program}', 'a participant', '{name}, participant', 'a grandmother at storytime', 'a teen in the program',
  'a job seeker', '{name}, volunteer', 'a teacher from {partner}',
];

export const MEDIA_OUTLETS: readonly string[] = ['{place} Gazette', '{place} Community Radio', '{place} Weekly', '{place} Neighborhood News'];
