import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { IsoDate, ScoringPolicy } from '@common-ground/scoring';
import type { PartnerHealthDto, WaveRefDto } from './dto/partner-health.response.dto';
import type { EvidenceText } from './health-evidence.repository';
import type { SnapshotRow } from './health-snapshots.repository';

/** Everything one partner's health page is computed from; the page is a pure function of it. */
export interface PartnerHealthInputs {
  asOf: IsoDate;
  policy: ScoringPolicy;
  evidence: EvidenceText;
  snapshots: readonly SnapshotRow[];
  waves: readonly WaveRefDto[];
}

/**
 * The fingerprint of a page's inputs: the day, the policy, the evidence exactly as PostgreSQL wrote it, and the
 * stored history. Two requests with the same fingerprint get the same page, whatever changed elsewhere; any change
 * to a record the model reads changes the evidence text, and so the fingerprint.
 */
export function healthFingerprint(inputs: PartnerHealthInputs): string {
  const hash = createHash('sha256');
  // Every part is followed by a separator no JSON text or day contains, so parts cannot run into each other.
  const part = (text: string | null) => hash.update(text ?? '\u0000null').update('\u0000');
  part(inputs.asOf);
  part(JSON.stringify(inputs.policy));
  for (const column of inputs.evidence.columns) part(column);
  part(JSON.stringify(inputs.snapshots));
  part(JSON.stringify(inputs.waves));
  return hash.digest('base64');
}

/**
 * The last pages computed, by partner, each with the fingerprint of its inputs. Scoring a busy partner and building
 * its page is a few milliseconds of the API's single thread (the evidence statement itself is about two), and the
 * page is read again and again while nothing changes: on each visit to the partner, and whenever the SPA refreshes
 * it. A page is served from here only when the inputs just read have the same fingerprint, so it is never stale;
 * the records are still read on every request. Per process: nothing to keep coherent between API processes.
 */
@Injectable()
export class PartnerHealthMemo {
  /** Partners' pages are ~25 kB of JSON; a bound keeps the memo at a few megabytes (least recently used go first). */
  static readonly CAPACITY = 64;
  private readonly pages = new LRUCache<string, { fingerprint: string; page: PartnerHealthDto }>({ max: PartnerHealthMemo.CAPACITY });

  get(partnerId: string, fingerprint: string): PartnerHealthDto | undefined {
    const entry = this.pages.get(partnerId);
    return entry?.fingerprint === fingerprint ? entry.page : undefined;
  }

  /** The partner's newest page: it replaces the one computed from older inputs. */
  set(partnerId: string, fingerprint: string, page: PartnerHealthDto): void {
    this.pages.set(partnerId, { fingerprint, page });
  }

  get size(): number {
    return this.pages.size;
  }
}
