import type { PartnerType } from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import { apportion } from '../random';
import type { SeedContext, SeededContact, SeedGenerator } from '../seed-context';
import { between, isoDate } from '../seed-context';
import { CONTACT_TITLES, FIRST_NAMES, LAST_NAMES } from '../words';

/** Big institutions have many people the library deals with; a garden club has one or two. */
const TYPE_SIZE: Record<PartnerType, number> = {
  'k12-school': 1.6, 'college-university': 2.2, 'health-provider': 1.3, 'social-service-nonprofit': 1, 'arts-cultural': 0.8,
  museum: 1.2, 'faith-based': 0.6, 'government-agency': 1.5, business: 0.5, media: 0.8, 'civic-community-group': 0.5,
  'other-library': 1,
};

const TYPE_TITLES: Record<PartnerType, readonly string[]> = {
  'k12-school': ['Principal', 'Assistant Principal', 'School Librarian', 'Family Liaison', 'Reading Specialist'],
  'college-university': ['Dean of Students', 'Extension Educator', 'Career Services Director', 'Librarian'],
  'health-provider': ['Community Health Worker', 'Patient Navigator', 'Clinic Manager', 'Pediatrician'],
  'social-service-nonprofit': ['Case Manager', 'Youth Services Lead', 'Resettlement Caseworker', 'Housing Counselor'],
  'arts-cultural': ['Artistic Director', 'Education Manager', 'Teaching Artist'],
  museum: ['Curator of Education', 'Visitor Services Manager', 'Archivist'],
  'faith-based': ['Pastor', 'Imam', 'Rabbi', 'Outreach Minister', 'Parish Administrator'],
  'government-agency': ['Program Supervisor', 'Ward Superintendent', 'Park Supervisor', 'Workforce Counselor'],
  business: ['Owner', 'Store Manager', 'Marketing Lead'],
  media: ['Editor', 'Reporter', 'Station Manager', 'Producer'],
  'civic-community-group': ['President', 'Secretary', 'Treasurer', 'Membership Chair'],
  'other-library': ['Library Director', 'Reference Librarian', 'Archivist', 'Systems Librarian'],
};

/**
 * Exactly `scale.contacts` people, at least one per partner, skewed (most partners have a handful, a few dozens).
 * The first contact of each partner is its primary; about 5% of the others have left (affiliation ended, archived).
 */
export const contactsGenerator: SeedGenerator = {
  kind: 'contacts',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('contacts');
    // A long-tailed weight per partner: a squared uniform times the type's size.
    const weights = ctx.partners.map((p) => TYPE_SIZE[p.type] * (0.2 + rng.float() ** 2 * 3));
    const counts = apportion(ctx.scale.contacts, weights, 1);
    const rows: ContactRow[] = [];
    ctx.partners.forEach((partner, index) => {
      for (let k = 0; k < counts[index]!; k++) {
        const first = rng.pick(FIRST_NAMES);
        const last = rng.pick(LAST_NAMES);
        const createdAt = between(rng, partner.createdAt, ctx.now);
        const left = k > 0 && rng.chance(0.05);
        const updatedAt = between(rng, createdAt, ctx.now);
        const start = rng.chance(0.6) ? isoDate(createdAt, -rng.int(0, 2000)) : null;
        rows.push({
          id: rng.uuid(),
          partnerId: partner.id,
          name: `${first} ${last}`,
          title: rng.chance(0.85) ? (rng.chance(0.5) ? rng.pick(TYPE_TITLES[partner.type]) : rng.pick(CONTACT_TITLES)) : null,
          email: rng.chance(0.9) ? `${mailbox(first)}.${mailbox(last)}${k > 30 ? k : ''}@${partner.domain}` : null,
          phone: rng.chance(0.7) ? `(${rng.pick(['312', '773', '872'])}) 555-01${String(rng.int(0, 99)).padStart(2, '0')}` : null,
          isPrimary: k === 0,
          affiliationStart: start,
          affiliationEnd: left ? isoDate(updatedAt) : null,
          createdAt,
          updatedAt,
          createdBy: partner.liaisonId ?? rng.pick(ctx.staff).id,
          archivedAt: left ? updatedAt : null,
        });
      }
    });
    // Keep the affiliation check (end ≥ start) true whatever the draws were.
    for (const r of rows) if (r.affiliationStart && r.affiliationEnd && r.affiliationEnd < r.affiliationStart) r.affiliationStart = r.affiliationEnd;

    const count = await bulkInsert(ctx.db, 'contacts', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'name', type: 'text', value: (r) => r.name },
      { name: 'title', type: 'text', value: (r) => r.title },
      { name: 'email', type: 'text', value: (r) => r.email },
      { name: 'phone', type: 'text', value: (r) => r.phone },
      { name: 'is_primary', type: 'boolean', value: (r) => r.isPrimary },
      { name: 'affiliation_start', type: 'date', value: (r) => r.affiliationStart },
      { name: 'affiliation_end', type: 'date', value: (r) => r.affiliationEnd },
      ...trackedRecordColumns<ContactRow>(),
    ], rows);
    ctx.contacts = rows.map<SeededContact>((r) => ({ id: r.id, partnerId: r.partnerId, name: r.name, archived: r.archivedAt !== null }));
    return count;
  },
};

interface ContactRow {
  id: string;
  partnerId: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  isPrimary: boolean;
  affiliationStart: string | null;
  affiliationEnd: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  archivedAt: Date | null;
}

function mailbox(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}
