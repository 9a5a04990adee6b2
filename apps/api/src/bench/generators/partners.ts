import {
  FOCUS_AREAS,
  type FocusArea,
  IMPACT_AREAS,
  type ImpactArea,
  INTERACTION_TYPES,
  type InteractionType,
  type PartnerStage,
  PARTNER_TYPES,
  type PartnerType,
  type Public,
} from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import type { Rng } from '../random';
import type { SeedContext, SeededPartner, SeedGenerator } from '../seed-context';
import { between, daysBefore } from '../seed-context';
import { LAST_NAMES, PLACES, SAINTS, STREETS, TAGS } from '../words';

/** Share of each stage in a large library's portfolio (relative weights). */
const STAGE_WEIGHTS: ReadonlyArray<readonly [PartnerStage, number]> = [
  ['prospect', 12], ['exploring', 13], ['active', 35], ['sustaining', 22], ['paused', 8], ['ended', 10],
];

const TYPE_WEIGHTS: ReadonlyArray<readonly [PartnerType, number]> = [
  ['k12-school', 18], ['social-service-nonprofit', 18], ['civic-community-group', 12], ['arts-cultural', 9],
  ['health-provider', 8], ['faith-based', 8], ['government-agency', 7], ['business', 7], ['college-university', 5],
  ['museum', 3], ['media', 3], ['other-library', 2],
];

/** Name patterns per type: {place}, {surname}, {saint}. */
const NAME_PATTERNS: Record<PartnerType, readonly string[]> = {
  'k12-school': ['{surname} Elementary School', '{place} Middle School', '{place} High School', '{surname} Academy', '{place} Montessori School', '{place} School District PTA'],
  'college-university': ['{place} Community College', '{surname} College', '{place} State University Extension', '{place} Technical Institute'],
  'health-provider': ['{place} Community Health Center', '{place} Family Clinic', '{surname} Memorial Hospital', '{place} Behavioral Health', '{place} Dental Collective', '{place} Public Health Office'],
  'social-service-nonprofit': ['{place} Food Pantry', '{place} Housing Alliance', '{place} Family Services', '{place} Youth Network', '{place} Refugee Welcome Center', '{place} Senior Services', '{place} Literacy Council', '{place} Immigrant Legal Clinic'],
  'arts-cultural': ['{place} Arts Council', '{place} Community Theater', '{place} Youth Orchestra', '{place} Dance Collective', '{place} Poetry Project', '{place} Mural Society'],
  museum: ['{place} History Museum', "{place} Children's Museum", '{place} Science Center', '{surname} House Museum', '{place} Heritage Center'],
  'faith-based': ['{place} Interfaith Alliance', 'St. {saint} Parish ({place})', '{place} Baptist Church', '{place} Masjid', '{place} Temple Sisterhood', '{place} United Methodist Church'],
  'government-agency': ['{place} Park District', '{place} Ward Office', '{place} Workforce Center', '{place} Police District Community Office', '{place} Senior Center', '{place} Health Department Outreach'],
  business: ['{surname} & Sons Hardware', '{place} Chamber of Commerce', '{place} Credit Union', '{place} Coffee Roasters', '{place} Bookshop', '{surname} Family Bakery', '{place} Small Business Association'],
  media: ['{place} Gazette', '{place} Community Radio', '{place} Neighborhood News', '{place} Public Access TV', '{place} Weekly'],
  'civic-community-group': ['{place} Neighborhood Association', '{place} Garden Club', '{place} Rotary Club', '{place} Block Club', 'Friends of {place} Park', '{place} Veterans Post', '{place} YMCA', '{place} Makerspace'],
  'other-library': ['{place} College Library', '{place} Law Library', '{place} Historical Society Archive', '{place} School Library Network', '{place} Township Library'],
};

const TYPE_FOCUS: Record<PartnerType, readonly FocusArea[]> = {
  'k12-school': ['early-literacy', 'summer-reading', 'stem', 'lifelong-learning', 'digital-learning'],
  'college-university': ['lifelong-learning', 'stem', 'economic-development', 'digital-learning'],
  'health-provider': ['health-wellness', 'early-literacy', 'civic-engagement'],
  'social-service-nonprofit': ['economic-development', 'civic-engagement', 'health-wellness', 'lifelong-learning', 'digital-learning'],
  'arts-cultural': ['arts-culture', 'civic-engagement', 'lifelong-learning'],
  museum: ['arts-culture', 'stem', 'lifelong-learning', 'summer-reading'],
  'faith-based': ['civic-engagement', 'health-wellness', 'lifelong-learning'],
  'government-agency': ['civic-engagement', 'economic-development', 'health-wellness'],
  business: ['economic-development', 'digital-learning', 'civic-engagement'],
  media: ['media-literacy', 'civic-engagement', 'arts-culture'],
  'civic-community-group': ['civic-engagement', 'arts-culture', 'health-wellness', 'stem'],
  'other-library': ['lifelong-learning', 'media-literacy', 'digital-learning'],
};

const TYPE_PUBLICS: Record<PartnerType, readonly Public[]> = {
  'k12-school': ['children-6-11', 'teens', 'families', 'students'],
  'college-university': ['students', 'adults', 'job-seekers'],
  'health-provider': ['families', 'older-adults', 'children-0-5', 'people-with-disabilities'],
  'social-service-nonprofit': ['new-americans', 'job-seekers', 'people-experiencing-homelessness', 'families', 'older-adults'],
  'arts-cultural': ['whole-community', 'teens', 'adults'],
  museum: ['families', 'children-6-11', 'whole-community'],
  'faith-based': ['families', 'older-adults', 'new-americans'],
  'government-agency': ['whole-community', 'older-adults', 'job-seekers', 'veterans'],
  business: ['adults', 'job-seekers', 'whole-community'],
  media: ['whole-community', 'adults'],
  'civic-community-group': ['whole-community', 'families', 'older-adults', 'veterans', 'teens'],
  'other-library': ['students', 'adults', 'whole-community'],
};

export const partnersGenerator: SeedGenerator = {
  kind: 'partners',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('partners');
    const librarians = ctx.staff.filter((s) => s.role === 'librarian');
    const managers = ctx.staff.filter((s) => s.role !== 'librarian');
    // Live names must stay unique (any case): start from the names already in use (e.g. demo partners).
    const existing = await ctx.db.query<{ name: string }>('SELECT lower(name) AS name FROM partners WHERE archived_at IS NULL');
    const names = new Set(existing.rows.map((r) => r.name));
    const rows: PartnerRow[] = [];
    for (let i = 0; i < ctx.scale.partners; i++) {
      const type = rng.weighted(TYPE_WEIGHTS);
      const stage = rng.weighted(STAGE_WEIGHTS);
      const name = uniqueName(rng, type, names);
      const place = PLACES.find((p) => name.includes(p)) ?? rng.pick(PLACES);
      const createdAt = between(rng, daysBefore(ctx.now, stage === 'prospect' ? 300 : 2190), daysBefore(ctx.now, 1));
      // Most edits are recent: skew the last change towards now.
      const updatedAt = new Date(createdAt.getTime() + (ctx.now.getTime() - createdAt.getTime()) * (1 - rng.float() ** 3));
      const liaisonPool = rng.chance(0.85) && librarians.length > 0 ? librarians : managers.length > 0 ? managers : ctx.staff;
      const liaisonId = rng.chance(0.94) ? rng.pick(liaisonPool).id : null;
      const archived = stage === 'ended' ? rng.chance(0.3) : rng.chance(0.01);
      const engaged = stage === 'active' || stage === 'sustaining';
      const focusAreas = rng.sample(TYPE_FOCUS[type], rng.int(1, 2));
      const extra = rng.pick(FOCUS_AREAS.keys);
      if (rng.chance(0.25) && !focusAreas.includes(extra)) focusAreas.push(extra);
      const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.example`;
      rows.push({
        id: rng.uuid(),
        name,
        type,
        stage,
        website: rng.chance(0.8) ? `https://www.${domain}` : null,
        address: rng.chance(0.85) ? `${rng.int(10, 9800)} ${rng.pick(STREETS)}, ${place}` : null,
        description: describe(rng, name, type, place, focusAreas),
        focusAreas,
        publics: rng.sample(TYPE_PUBLICS[type], rng.int(1, 3)),
        interactionTypes: rng.sample(INTERACTION_TYPES.keys, engaged ? rng.int(2, 4) : rng.int(0, 2)) as InteractionType[],
        impactAreas: rng.sample(IMPACT_AREAS.keys, engaged ? rng.int(1, 3) : rng.int(0, 1)) as ImpactArea[],
        liaisonId,
        contactCadenceDays: rng.weighted([[30, 60], [14, 10], [60, 15], [90, 15]] as const),
        collaborationLevelLibrary: stage === 'prospect' ? null : engaged ? rng.int(2, 5) : rng.int(0, 3),
        collaborationLevelPartner: stage === 'prospect' || rng.chance(0.3) ? null : engaged ? rng.int(2, 5) : rng.int(0, 3),
        tags: rng.sample(TAGS, rng.weighted([[0, 25], [1, 35], [2, 25], [3, 10], [4, 5]] as const)),
        createdAt,
        updatedAt,
        createdBy: rng.pick(ctx.staff).id,
        updatedBy: rng.pick(ctx.staff).id,
        archivedAt: archived ? between(rng, updatedAt, ctx.now) : null,
        domain,
      });
    }

    const count = await bulkInsert(ctx.db, 'partners', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'name', type: 'text', value: (r) => r.name },
      { name: 'type', type: 'text', value: (r) => r.type },
      { name: 'website', type: 'text', value: (r) => r.website },
      { name: 'address', type: 'text', value: (r) => r.address },
      { name: 'description', type: 'text', value: (r) => r.description },
      { name: 'focus_areas', type: 'text[]', value: (r) => r.focusAreas },
      { name: 'publics', type: 'text[]', value: (r) => r.publics },
      { name: 'interaction_types', type: 'text[]', value: (r) => r.interactionTypes },
      { name: 'impact_areas', type: 'text[]', value: (r) => r.impactAreas },
      { name: 'stage', type: 'text', value: (r) => r.stage },
      { name: 'liaison_id', type: 'uuid', value: (r) => r.liaisonId },
      { name: 'contact_cadence_days', type: 'integer', value: (r) => r.contactCadenceDays },
      { name: 'collaboration_level_library', type: 'smallint', value: (r) => r.collaborationLevelLibrary },
      { name: 'collaboration_level_partner', type: 'smallint', value: (r) => r.collaborationLevelPartner },
      { name: 'tags', type: 'text[]', value: (r) => r.tags },
      ...trackedRecordColumns<PartnerRow>(),
    ], rows);

    ctx.partners = rows.map<SeededPartner>((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      stage: r.stage,
      liaisonId: r.liaisonId,
      domain: r.domain,
      createdAt: r.createdAt,
      archived: r.archivedAt !== null,
      archivedAt: r.archivedAt,
      contactCadenceDays: r.contactCadenceDays,
      focusAreas: r.focusAreas,
      publics: r.publics,
    }));
    return count;
  },
};

interface PartnerRow {
  id: string;
  name: string;
  type: PartnerType;
  stage: PartnerStage;
  website: string | null;
  address: string | null;
  description: string;
  focusAreas: FocusArea[];
  publics: Public[];
  interactionTypes: InteractionType[];
  impactAreas: ImpactArea[];
  liaisonId: string | null;
  contactCadenceDays: number;
  collaborationLevelLibrary: number | null;
  collaborationLevelPartner: number | null;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
  archivedAt: Date | null;
  domain: string;
}

const QUALIFIERS = ['North', 'South', 'East', 'West', 'Upper', 'Lower', 'Greater', 'Old'];

/** Unique (case-insensitively) among every generated partner, so the live-name unique index never trips. */
function uniqueName(rng: Rng, type: PartnerType, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    let name = rng
      .pick(NAME_PATTERNS[type])
      .replace('{place}', rng.pick(PLACES))
      .replace('{surname}', rng.pick(LAST_NAMES))
      .replace('{saint}', rng.pick(SAINTS));
    if (attempt >= 10) name = `${rng.pick(QUALIFIERS)} ${name}`;
    if (attempt >= 30) name = `${name} ${attempt}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function describe(rng: Rng, name: string, type: PartnerType, place: string, focusAreas: FocusArea[]): string {
  const focus = focusAreas.map((f) => FOCUS_AREAS.labels[f].toLowerCase()).join(' and ');
  const openers = [
    `${name} is a ${PARTNER_TYPES.labels[type].toLowerCase()} serving the ${place} neighbourhood.`,
    `Based in ${place}, ${name} works with families and residents across the east side.`,
    `${name} has partnered with branch staff on outreach in ${place}.`,
  ];
  const middles = [
    `We work together on ${focus}.`,
    `Joint work so far centres on ${focus}.`,
    `The relationship grew out of a shared interest in ${focus}.`,
  ];
  const closers = [
    'They host events in their community room and promote library programs to their members.',
    'Staff refer residents to the branch for computer help and library cards.',
    'Volunteers from their team help at summer reading and the annual book sale.',
    '',
  ];
  return [rng.pick(openers), rng.pick(middles), rng.pick(closers)].filter(Boolean).join(' ');
}

