import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { useDocuments } from '../api/get-documents';

/**
 * Where the review of the organisation's documents stands, for the certification overview: the
 * documents, how many are finished, and the findings by decision, with a link to the tab.
 */
export function DocumentReviewSummary({ certificationId }: { certificationId: number }) {
  const { t } = useTranslation();
  const { data } = useDocuments(certificationId);
  if (!data) return null;
  const reviewed = data.items.filter((item) => item.status === 'reviewed').length;
  const { by_status: status, resolved } = data.totals;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="document-review-summary"
      data-testid="document-review-summary"
    >
      <Title order={2} size="h4" id="document-review-summary" mb="xs">
        {t('documents.summary.title')}
      </Title>
      <Text>
        {data.items.length === 0
          ? t('documents.summary.none')
          : t('documents.summary.line', {
              documents: data.items.length,
              reviewed,
              open: status.open,
              accepted: status.accepted,
              dismissed: status.dismissed,
              resolved,
            })}
      </Text>
      <AnchorLink
        to="/certifications/$certificationId"
        params={{ certificationId }}
        search={{ tab: 'documents' }}
      >
        {t('documents.summary.open')}
      </AnchorLink>
    </Paper>
  );
}
