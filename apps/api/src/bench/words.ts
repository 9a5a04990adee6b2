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
