import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { allows } from '@/lib/authorization';
import { cycleName } from '@/lib/cycle';
import { formatDate } from '@/lib/dates';
import { useRecertList } from '../api/get-recert-list';
import type { RecertItem, Review } from '../api/types';
import { ScheduleReviewDialog } from './ScheduleReviewDialog';

type Section = 'expiring' | 'toSchedule' | 'scheduled';

function RecertTable({
  section,
  items,
  onSchedule,
}: {
  section: Section;
  items: RecertItem[];
  onSchedule: (item: RecertItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ScrollTable minWidth={680} label={t(`recert.sections.${section}`)}>
      <Table striped data-testid={`recert-${section}-table`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('recert.fields.organisation')}</Table.Th>
            <Table.Th scope="col">{t('recert.fields.certificate')}</Table.Th>
            <Table.Th scope="col">{t('recert.fields.validUntil')}</Table.Th>
            <Table.Th scope="col">
              {section === 'toSchedule'
                ? t('recert.fields.windowOpens')
                : t('recert.fields.review')}
            </Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.certificate.id}>
              <Table.Th scope="row" fw={500}>
                <AnchorLink
                  to="/certifications/$certificationId"
                  params={{ certificationId: item.certificate.certification_id }}
                >
                  {cycleName(t, item.organisation_name, item.certificate.cycle)}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{item.certificate.number}</Table.Td>
              <Table.Td>{formatDate(item.certificate.valid_until, lang)}</Table.Td>
              <Table.Td>
                {section === 'toSchedule'
                  ? formatDate(item.window_opens_on, lang)
                  : item.review
                    ? t('recert.reviewOn', {
                        date: formatDate(item.review.scheduled_on, lang),
                        name: item.review.auditor_name ?? '–',
                      })
                    : t('recert.notScheduled')}
              </Table.Td>
              <Table.Td>
                {item.review ? (
                  <AnchorLink
                    to="/reviews/$reviewId"
                    params={{ reviewId: item.review.id }}
                    aria-label={t('recert.openReviewNamed', { name: item.organisation_name })}
                  >
                    {t('recert.openReview')}
                  </AnchorLink>
                ) : (
                  allows(item, 'review:book') && (
                    <Button
                      size="compact-sm"
                      onClick={() => onSchedule(item)}
                      aria-label={t('recert.scheduleNamed', { name: item.organisation_name })}
                    >
                      {t('recert.schedule.open')}
                    </Button>
                  )
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function SectionPaper({
  section,
  count,
  children,
}: {
  section: Section;
  count?: number;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const id = `recert-${section}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id} data-testid={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {t(`recert.sections.${section}`)}
        {count !== undefined ? ` (${count})` : ''}
      </Title>
      <Text size="sm" mb="sm">
        {t(`recert.sectionHints.${section}`)}
      </Text>
      {children}
    </Paper>
  );
}

/**
 * The auditor's lists: certificates that expire soon, reviews to schedule (the window is open and
 * no review is booked) and booked reviews not yet decided.
 */
export function RecertificationLists({
  canChooseAuditor,
  onScheduled,
}: {
  /** Whether the auditors can be listed to choose from (admins); others book for themselves. */
  canChooseAuditor: boolean;
  onScheduled: (review: Review) => void;
}) {
  const { t } = useTranslation();
  const open = useRecertList('open');
  const expiring = useRecertList('expiring');
  const [scheduling, setScheduling] = useState<RecertItem | null>(null);
  const openItems = open.data?.items ?? [];
  const toSchedule = openItems.filter((x) => !x.review);
  const scheduled = openItems.filter((x) => x.review && !x.review.outcome);
  const expiringItems = expiring.data?.items ?? [];

  const body = (query: typeof open, section: Section, items: RecertItem[]): React.ReactNode => {
    if (query.isPending) return <Loading />;
    if (query.isError) return <ErrorAlert error={query.error} />;
    if (items.length === 0) return <Text>{t(`recert.empty.${section}`)}</Text>;
    return <RecertTable section={section} items={items} onSchedule={setScheduling} />;
  };

  return (
    <Stack gap="lg">
      <SectionPaper section="expiring" count={expiring.data ? expiringItems.length : undefined}>
        {body(expiring, 'expiring', expiringItems)}
      </SectionPaper>
      <SectionPaper section="toSchedule" count={open.data ? toSchedule.length : undefined}>
        {body(open, 'toSchedule', toSchedule)}
      </SectionPaper>
      <SectionPaper section="scheduled" count={open.data ? scheduled.length : undefined}>
        {body(open, 'scheduled', scheduled)}
      </SectionPaper>
      {scheduling && (
        <ScheduleReviewDialog
          item={scheduling}
          canChooseAuditor={canChooseAuditor}
          onClose={() => setScheduling(null)}
          onScheduled={(review) => {
            setScheduling(null);
            onScheduled(review);
          }}
        />
      )}
    </Stack>
  );
}
