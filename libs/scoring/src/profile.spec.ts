import type { Factor } from '@common-ground/domain';
import { profileOf, type ProfileInput } from './profile';

const factor = (score: number, band: ProfileInput['band'], confidence: ProfileInput['confidence'] = 'medium'): ProfileInput => ({
  score,
  band,
  confidence,
});

describe('the profile', () => {
  it('counts factors per band as "1 strength · 3 borderline · 1 concern"', () => {
    const profile = profileOf({
      SA: factor(4.2, 'strength'),
      TW: factor(3.5, 'borderline'),
      CE: factor(3.1, 'borderline'),
      IR: factor(3.9, 'borderline'),
      OC: factor(2.5, 'concern'),
    });
    expect(profile.summary).toBe('1 strength · 3 borderline · 1 concern');
    expect(profile.counts).toEqual({ strength: 1, borderline: 3, concern: 1, insufficient: 0 });
    expect(profile.overall).toBeCloseTo((4.2 + 3.5 + 3.1 + 3.9 + 2.5) / 5, 12);
  });

  it('names the weakest factor with at least medium confidence, passing over provisional scores', () => {
    const factors: Record<Factor, ProfileInput> = {
      SA: factor(3.8, 'borderline', 'high'),
      TW: factor(3.4, 'borderline', 'medium'),
      CE: factor(2.0, 'insufficient', 'low'),
      IR: factor(3.6, 'borderline', 'high'),
      OC: factor(3.0, 'insufficient', 'low'),
    };
    const profile = profileOf(factors);
    expect(profile.weakest).toBe('TW');
    expect(profile.summary).toBe('3 borderline · 2 insufficient evidence');
  });

  it('has no weakest factor when every score is provisional', () => {
    const low = factor(3, 'insufficient', 'low');
    expect(profileOf({ SA: low, TW: low, CE: low, IR: low, OC: low }).weakest).toBeNull();
  });
});
