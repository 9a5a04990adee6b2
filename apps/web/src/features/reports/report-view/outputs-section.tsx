import { AGE_BANDS, SESSION_FORMATS } from '@common-ground/domain';
import { List, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumber } from '../../value/shared/format';
import type { ReportOutputs } from '../api/types';
import { AttendanceByMonthChart } from './attendance-by-month-chart';
import { EvidenceLink } from './evidence-link';
import { NumberCell, NumberHeader, ReportTable } from './report-table';
import { ReportSection, SubHeading, type HeadingLevel } from './report-section';
import { count } from './report-words';
import classes from './report-view.module.css';

/** Programs, sessions and attendance of the programs the library sponsors or co-sponsors; promotion-only apart. */
export function OutputsSection({ outputs, order }: { outputs: ReportOutputs; order: HeadingLevel }) {
  const sessions = count(outputs.sessions, 'session', 'sessions');
  const recorded = outputs.attendance.byFormat.find((line) => line.format === 'recorded');
  const recordedSource = outputs.formatSources.find((line) => line.format === 'recorded')?.source;
  return (
    <ReportSection title="Outputs" order={order}>
      <Text size="sm" c="dimmed">
        Counted only for programs the library sponsors or co-sponsors.
      </Text>
      <dl className={classes.figures}>
        <Figure label="Programs">
          <EvidenceLink source={outputs.programsSource} label={`${count(outputs.programs, 'program', 'programs')} — show the programs`}>
            {formatNumber(outputs.programs)}
          </EvidenceLink>
        </Figure>
        <Figure label="Sessions">
          <EvidenceLink source={outputs.sessionsSource} label={`${sessions} — show the ${sessions}`}>
            {formatNumber(outputs.sessions)}
          </EvidenceLink>
        </Figure>
        <Figure label="Attendance">
          <EvidenceLink source={outputs.sessionsSource} label={`${formatNumber(outputs.attendance.total)} attending — show the ${sessions}`}>
            {formatNumber(outputs.attendance.total)}
          </EvidenceLink>
        </Figure>
        <Figure label="Recorded views">
          {recordedSource ? (
            <EvidenceLink
              source={recordedSource}
              label={`${count(outputs.attendance.recordedViews, 'recorded view', 'recorded views')} — show the ${count(recorded?.sessions ?? 0, 'recorded session', 'recorded sessions')}`}
            >
              {formatNumber(outputs.attendance.recordedViews)}
            </EvidenceLink>
          ) : (
            formatNumber(outputs.attendance.recordedViews)
          )}
        </Figure>
      </dl>
      <AttendanceTable outputs={outputs} />
      <AttendanceByMonthChart months={outputs.byMonth} />
      <PromotionOnly outputs={outputs} order={order} />
    </ReportSection>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.figure}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <dd>{children}</dd>
    </div>
  );
}

/** Attendance by age band × format; each format's total opens its sessions. */
function AttendanceTable({ outputs }: { outputs: ReportOutputs }) {
  const { attendance, formatSources } = outputs;
  const sourceOf = (format: string) => formatSources.find((line) => line.format === format)?.source;
  return (
    <ReportTable caption="Attendance by age band and format" minWidth={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Age band</Table.Th>
          {attendance.byFormat.map((line) => (
            <NumberHeader key={line.format}>{SESSION_FORMATS.labels[line.format]}</NumberHeader>
          ))}
          <NumberHeader>All formats</NumberHeader>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {AGE_BANDS.keys.map((band) => (
          <Table.Tr key={band}>
            <Table.Th scope="row" fw={400}>
              {AGE_BANDS.labels[band]}
            </Table.Th>
            {attendance.byFormat.map((line) => (
              <NumberCell key={line.format}>{formatNumber(line.byAgeBand[band])}</NumberCell>
            ))}
            <NumberCell>{formatNumber(attendance.byAgeBand[band])}</NumberCell>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">All ages</Table.Th>
          {attendance.byFormat.map((line) => {
            const source = sourceOf(line.format);
            const label = `${formatNumber(line.attendance)} attending ${SESSION_FORMATS.labels[line.format].toLowerCase()} — show the ${count(line.sessions, 'session', 'sessions')}`;
            return (
              <NumberCell key={line.format}>
                {source ? (
                  <EvidenceLink source={source} label={label}>
                    {formatNumber(line.attendance)}
                  </EvidenceLink>
                ) : (
                  formatNumber(line.attendance)
                )}
              </NumberCell>
            );
          })}
          <NumberCell>
            <strong>{formatNumber(attendance.total)}</strong>
          </NumberCell>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Sessions</Table.Th>
          {attendance.byFormat.map((line) => (
            <NumberCell key={line.format}>{formatNumber(line.sessions)}</NumberCell>
          ))}
          <NumberCell>{formatNumber(outputs.sessions)}</NumberCell>
        </Table.Tr>
      </Table.Tfoot>
    </ReportTable>
  );
}

/** Programs the library only promoted: listed so the funder sees them, never added to the outputs above. */
function PromotionOnly({ outputs, order }: { outputs: ReportOutputs; order: HeadingLevel }) {
  const promotion = outputs.promotionOnly;
  const programs = count(promotion.programs, 'program', 'programs');
  return (
    <Stack gap={4}>
      <SubHeading order={order}>Promoted only (not counted above)</SubHeading>
      {promotion.programs === 0 ? (
        <Text size="sm">No program the library only promoted had a session in this period.</Text>
      ) : (
        <>
          <Text size="sm">
            <EvidenceLink source={promotion.source} label={`${programs} promoted only — show the ${programs}`}>
              {programs}
            </EvidenceLink>
            , {count(promotion.sessions, 'session', 'sessions')}, {formatNumber(promotion.attendance)} attending.
          </Text>
          <List size="sm" spacing={2}>
            {promotion.list.map((program) => (
              <List.Item key={program.id}>
                {program.title}: {count(program.sessions, 'session', 'sessions')}, {formatNumber(program.attendance)} attending
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
