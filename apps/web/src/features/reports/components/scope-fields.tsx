import { FOCUS_AREAS, REPORT_SCOPE_KINDS } from '@common-ground/domain';
import { Checkbox, Radio, SimpleGrid, Stack } from '@mantine/core';
import { BUILDER_FIELD_IDS, type BuilderErrors, type BuilderValues } from '../report-definition';
import { ScopePicker } from './scope-picker';

interface ScopeFieldsProps {
  values: BuilderValues;
  errors: BuilderErrors;
  onChange: (changes: Partial<BuilderValues>) => void;
}

/** What the report covers: everything, chosen partners, chosen programs, or programs of chosen focus areas. */
export function ScopeFields({ values, errors, onChange }: ScopeFieldsProps) {
  return (
    <Stack gap="sm">
      <Radio.Group
        label="What the report covers"
        value={values.scopeKind}
        onChange={(kind) => {
          if (REPORT_SCOPE_KINDS.has(kind)) onChange({ scopeKind: kind });
        }}
        error={errors.scopeKind}
      >
        <Stack gap={6} mt={6}>
          {REPORT_SCOPE_KINDS.keys.map((kind, index) => (
            <Radio key={kind} value={kind} label={REPORT_SCOPE_KINDS.labels[kind]} id={index === 0 ? BUILDER_FIELD_IDS.scopeKind : undefined} />
          ))}
        </Stack>
      </Radio.Group>
      {values.scopeKind === 'partners' && (
        <ScopePicker kind="partners" id={BUILDER_FIELD_IDS.partners} value={values.partners} onChange={(partners) => onChange({ partners })} error={errors.partners} />
      )}
      {values.scopeKind === 'programs' && (
        <ScopePicker kind="programs" id={BUILDER_FIELD_IDS.programs} value={values.programs} onChange={(programs) => onChange({ programs })} error={errors.programs} />
      )}
      {values.scopeKind === 'focus-areas' && (
        <Checkbox.Group
          label="Focus areas"
          description="Programs whose topic is one of these"
          value={values.focusAreas}
          onChange={(areas) => onChange({ focusAreas: areas.filter(FOCUS_AREAS.has) })}
          error={errors.focusAreas}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
            {FOCUS_AREAS.keys.map((area, index) => (
              <Checkbox key={area} value={area} label={FOCUS_AREAS.labels[area]} id={index === 0 ? BUILDER_FIELD_IDS.focusAreas : undefined} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
