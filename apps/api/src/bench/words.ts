/**
 * Small word lists for plausible generated names. Places are invented neighbourhood names of a large city; phone
 * numbers use the 555-01xx range reserved for fiction; web and mail domains use the reserved `.example` suffix.
 */

export const FIRST_NAMES = [
  'Aaliyah', 'Abdul', 'Adriana', 'Ahmed', 'Aiko', 'Alejandro', 'Alicia', 'Amara', 'Ana', 'Andre', 'Angela', 'Anh',
  'Arjun', 'Aylin', 'Beatriz', 'Benjamin', 'Bianca', 'Blessing', 'Brandon', 'Carlos', 'Carmen', 'Chen', 'Chioma',
  'Claire', 'Daniel', 'Darius', 'Deborah', 'Deshawn', 'Diego', 'Dmitri', 'Elena', 'Elijah', 'Emeka', 'Emily',
  'Esperanza', 'Fatima', 'Felipe', 'Grace', 'Hana', 'Hassan', 'Ibrahim', 'Imani', 'Isabel', 'Jamal', 'James',
  'Jasmine', 'Javier', 'Jennifer', 'Jin', 'Joaquin', 'Jordan', 'Joseph', 'Kateryna', 'Keisha', 'Kenji', 'Kwame',
  'Laila', 'Latoya', 'Leila', 'Linh', 'Lucia', 'Luis', 'Malik', 'Marcus', 'Maria', 'Mariam', 'Marisol', 'Mark',
  'Martha', 'Maya', 'Mei', 'Miguel', 'Mohammed', 'Nadia', 'Naomi', 'Nia', 'Nikolai', 'Noor', 'Olga', 'Omar',
  'Oscar', 'Patricia', 'Priya', 'Rafael', 'Rahul', 'Rashida', 'Rebecca', 'Ricardo', 'Rosa', 'Ruth', 'Samir',
  'Samuel', 'Sara', 'Sean', 'Sofia', 'Somchai', 'Tamika', 'Tariq', 'Teresa', 'Thanh', 'Thomas', 'Tomas', 'Trang',
  'Valentina', 'Victor', 'Wei', 'William', 'Xiomara', 'Yasmin', 'Yusuf', 'Zainab', 'Zoe',
] as const;

export const LAST_NAMES = [
  'Abdullah', 'Adeyemi', 'Alvarez', 'Anderson', 'Bakr', 'Banerjee', 'Barnes', 'Bell', 'Brooks', 'Castillo', 'Chang',
  'Chavez', 'Cohen', 'Coleman', 'Cruz', 'Daniels', 'Diaz', 'Dubois', 'Edwards', 'Estrada', 'Evans', 'Fernandez',
  'Flores', 'Foster', 'Garcia', 'Gonzalez', 'Gupta', 'Haddad', 'Hall', 'Harris', 'Hernandez', 'Hoang', 'Hughes',
  'Ibrahim', 'Jackson', 'Jensen', 'Johnson', 'Kaplan', 'Kim', 'Kowalski', 'Kumar', 'Lee', 'Lewis', 'Lopez',
  'Martinez', 'Mendoza', 'Mitchell', 'Morales', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', "O'Brien", 'Okafor',
  'Okonkwo', 'Olsen', 'Ortiz', 'Owusu', 'Park', 'Patel', 'Perez', 'Petrov', 'Phillips', 'Ramirez', 'Reyes',
  'Richardson', 'Rivera', 'Robinson', 'Rodriguez', 'Romero', 'Rossi', 'Sanchez', 'Santos', 'Schmidt', 'Shah',
  'Silva', 'Singh', 'Sullivan', 'Tanaka', 'Taylor', 'Thompson', 'Torres', 'Tran', 'Turner', 'Vargas', 'Vasquez',
  'Walker', 'Washington', 'Watson', 'Williams', 'Wilson', 'Wong', 'Wright', 'Yilmaz', 'Young', 'Zhang',
] as const;

/** Invented neighbourhoods of a large city. */
export const PLACES = [
  'Ashland', 'Bayside', 'Beacon Hill', 'Birchwood', 'Brookfield', 'Canal Street', 'Cedar Grove', 'Central',
  'Cherry Hill', 'Clearwater', 'Cloverdale', 'Crescent Park', 'Eastgate', 'Edgewater', 'Elm Park', 'Fairview',
  'Foxhollow', 'Glenwood', 'Greenpoint', 'Harbor View', 'Hawthorne', 'Highland Park', 'Hillcrest', 'Ironbridge',
  'Juniper', 'Kingsbury', 'Lakeview', 'Laurel Heights', 'Lincoln Square', 'Maplewood', 'Marigold', 'Meadowbrook',
  'Midtown', 'Millbrook', 'North Shore', 'Northfield', 'Oak Hollow', 'Old Town', 'Orchard Park', 'Parkside',
  'Pine Ridge', 'Pleasant Valley', 'Prospect Heights', 'Quarry Hill', 'Redwood', 'Ridgeway', 'Riverbend',
  'Riverside', 'Rosedale', 'Sandy Point', 'Southport', 'Stonebridge', 'Sunnyside', 'Tanner Creek', 'Union Mills',
  'University Park', 'Valley Forge', 'Westbrook', 'Westlake', 'Willow Creek', 'Windsor', 'Woodlawn',
] as const;

export const STREETS = [
  'Main St', 'Oak Ave', 'Lake Shore Dr', 'Market St', 'Elm St', 'Jefferson Ave', 'Union Blvd', 'Park Ave',
  'Washington St', 'Cedar Rd', 'Harbor Way', 'Central Ave', 'Mill Rd', 'King Dr', 'Maple Ln', 'River Rd',
] as const;

export const SAINTS = ['Anne', 'Augustine', 'Bridget', 'Catherine', 'Francis', 'James', 'Joseph', 'Mark', 'Monica', 'Paul', 'Rita', 'Teresa'] as const;

/** Free-text tags librarians would type, a small shared vocabulary (lists filter by one tag). */
export const TAGS = [
  'after-school', 'author-visit', 'bilingual', 'board-priority', 'book-club', 'digital-navigators', 'esl',
  'grant-funded', 'health-fair', 'homework-help', 'job-fair', 'makerspace', 'memory-cafe', 'mou-renewal',
  'outreach', 'seed-library', 'spanish', 'stem-week', 'story-time', 'summer', 'tax-help', 'teen-advisory',
  'voter-registration', 'youth-employment',
] as const;

/** Titles any organisation has; generators/contacts.ts adds a few typical of each partner type. */
export const CONTACT_TITLES = [
  'Executive Director', 'Program Director', 'Program Coordinator', 'Outreach Coordinator', 'Volunteer Coordinator',
  'Community Engagement Manager', 'Development Director', 'Communications Manager', 'Operations Manager',
  'Board Chair', 'Grants Manager', 'Office Manager',
] as const;

export const GOAL_TEXTS = [
  'Reach {n} families with joint early literacy programs this year',
  'Co-host a monthly program series at both sites',
  'Refer {n} adults to the library\'s job-search help',
  'Share attendance and survey results after every joint program',
  'Train {n} volunteers together each season',
  'Promote each other\'s events in newsletters and on social media',
  'Offer bilingual sessions for new Americans',
  'Grow summer reading sign-ups in the neighbourhood by {n}%',
  'Bring a library card drive to every family night',
  'Plan a shared digital skills curriculum',
  'Host {n} health information sessions at the branch',
  'Document each side\'s contributions in a written agreement',
] as const;

export const AGREEMENT_TITLES = [
  'Memorandum of understanding: joint programs',
  'Space-use agreement',
  'Data-sharing letter',
  'Summer reading partnership',
  'Sponsorship contract',
  'Volunteer services agreement',
  'Informal programming understanding',
  'Outreach services contract',
] as const;

/** What a logged conversation was about: "{topic}" completes "Talked about …" (see generators/communications.ts). */
export const COMMUNICATION_TOPICS = [
  'the spring program calendar', 'next term\'s class visits', 'the summer reading kickoff', 'a joint grant application',
  'the renewal of our agreement', 'attendance at the last three sessions', 'volunteer shifts for the book sale',
  'a bilingual storytime series', 'room bookings for the coming quarter', 'the family literacy night',
  'digital skills classes for seniors', 'a job fair at the branch', 'the tax-help clinic schedule',
  'promoting each other\'s events', 'survey results from the last program', 'a library card drive for new families',
  'the teen advisory group', 'a health information table in the lobby', 'transport for a group visit',
  'the ESL conversation circle', 'a new contact person on their side', 'budget cuts on their side',
  'an author visit', 'the makerspace workshop series', 'voter registration at the branch', 'a museum pass program',
  'after-school homework help', 'a shared newsletter article', 'data we could share about participants',
  'the next planning meeting',
] as const;

/** A sentence after the topic: what came of it. */
export const COMMUNICATION_OUTCOMES = [
  'Both sides want to go ahead.', 'They need to check with their board first.', 'Agreed on dates; details by email.',
  'Attendance is up on last year.', 'They raised a staffing problem early.', 'We owe them a proposal.',
  'Good conversation; nothing decided yet.', 'They asked for materials in Spanish.', 'Room and equipment confirmed.',
  'They will bring more families next time.', 'A few loose ends, listed as follow-ups.', '',
] as const;

/** Follow-up commitments ("{n}" becomes a small number). */
export const FOLLOW_UP_TEXTS = [
  'Send the flyer', 'Book the meeting room', 'Share the attendance figures', 'Send the draft agreement',
  'Confirm the dates', 'Introduce the new coordinator', 'Order {n} copies of the book', 'Send the survey results',
  'Print {n} sign-up sheets', 'Reserve the laptop cart', 'Ask the board about funding', 'Send the volunteer rota',
  'Share the grant budget', 'Translate the handout into Spanish', 'Post the event on social media',
  'Send photos from the event', 'Schedule the next check-in', 'Return the signed agreement', 'Send the invoice',
  'Confirm the speaker', 'Draft the program description', 'Update the contact list', 'Send the room layout',
  'Collect feedback from families',
] as const;

/** Why a follow-up was cancelled (by agreement). */
export const CANCEL_REASONS = [
  'No longer needed: the event moved online', 'They handled it themselves', 'Replaced by a new plan', 'Program postponed',
] as const;

/** Notes on factor tags ("they raised the budget problem early" → Communication & Expectations, positive). */
export const FACTOR_NOTES = {
  SA: ['Fits their strategic plan', 'Their board named this a priority', 'Goals drifted apart'],
  TW: ['Staff on both sides covered for each other', 'Roles were unclear on the day', 'They brought volunteers unasked'],
  CE: ['They raised the budget problem early', 'We learned of the change only afterwards', 'Clear agenda sent beforehand'],
  IR: ['Warm, candid conversation', 'New contact still getting to know us', 'They thanked our staff publicly'],
  OC: ['Room double-booked again', 'They solved the transport problem themselves', 'Paperwork delays on their side'],
} as const;
