import { Stack } from '@mantine/core';
import { DocumentList } from './DocumentList';
import { DocumentReview } from './DocumentReview';
import { LanguageSettingsPanel } from './LanguageSettingsPanel';

/**
 * The certification page's "Dokument" tab: the documents and the organisation's language
 * settings, or one version's review when the address names it (`?tab=documents&version=…`, as the
 * notifications link).
 */
export function DocumentsSection({
  certificationId,
  organisationId,
  versionId,
}: {
  certificationId: number;
  organisationId: number;
  versionId?: number;
}) {
  if (versionId !== undefined) {
    return (
      <DocumentReview key={versionId} certificationId={certificationId} versionId={versionId} />
    );
  }
  return (
    <Stack gap="md">
      <DocumentList certificationId={certificationId} />
      <LanguageSettingsPanel organisationId={organisationId} />
    </Stack>
  );
}
