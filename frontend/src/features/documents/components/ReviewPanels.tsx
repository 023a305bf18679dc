import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { originalUrl, reviewedDocxUrl, versionReportUrl } from '../api/download-urls';
import { useLocale } from '../api/locale';
import type { CheckSettings, PassageComment, Version } from '../api/types';
import classes from './documents.module.css';
import { groundLabel } from './labels';

/** The snapshot a version was checked with, read defensively (the server's is free-form). */
export function checkSettingsOf(settings: Version['settings']): CheckSettings {
  const terms = Array.isArray(settings.accepted_terms) ? settings.accepted_terms : [];
  return {
    non_binary: settings.non_binary === true,
    disabled_groups: Array.isArray(settings.disabled_groups)
      ? settings.disabled_groups.filter((g): g is string => typeof g === 'string')
      : [],
    accepted_terms: terms.flatMap((x) =>
      x && typeof x === 'object' && typeof (x as { term?: unknown }).term === 'string'
        ? [
            {
              term: (x as { term: string }).term,
              reason: String((x as { reason?: unknown }).reason ?? ''),
            },
          ]
        : [],
    ),
  };
}

/** "Granskad med": why something was or was not flagged in this version. */
export function CheckSettingsPanel({ settings }: { settings: Version['settings'] }) {
  const { t } = useTranslation();
  const s = checkSettingsOf(settings);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="section"
      aria-labelledby="check-settings-title"
      data-testid="check-settings"
    >
      <Title order={3} size="h5" id="check-settings-title" mb={4}>
        {t('documents.checkSettings.title')}
      </Title>
      <Stack gap={2}>
        <Text size="sm">
          {t('documents.checkSettings.nonBinary')}{' '}
          <strong>{s.non_binary ? t('documents.on') : t('documents.off')}</strong>
        </Text>
        <Text size="sm">
          {t('documents.checkSettings.disabledGroups')}{' '}
          {s.disabled_groups.length
            ? s.disabled_groups.map((g) => groundLabel(t, g)).join(', ')
            : t('documents.checkSettings.none')}
        </Text>
        <Text size="sm">{t('documents.checkSettings.acceptedTerms')}</Text>
        {s.accepted_terms.length === 0 ? (
          <Text size="sm" pl="md">
            {t('documents.checkSettings.none')}
          </Text>
        ) : (
          <List size="sm" className={classes.wrap} data-testid="check-settings-terms">
            {s.accepted_terms.map((term) => (
              <List.Item key={term.term}>
                <span lang="sv">{term.term}</span>
                {term.reason && ` – ${term.reason}`}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

export function VersionDownloads({ version }: { version: Pick<Version, 'id' | 'document_title'> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Group
      gap="sm"
      wrap="wrap"
      role="group"
      aria-label={t('documents.downloads.label', { title: version.document_title })}
    >
      <Text size="sm" aria-hidden="true">
        {t('documents.downloads.heading')}
      </Text>
      <Anchor size="sm" href={originalUrl(version.id)} download>
        {t('documents.downloads.original')}
      </Anchor>
      <Anchor size="sm" href={reviewedDocxUrl(version.id, locale)} download>
        {t('documents.downloads.reviewed')}
      </Anchor>
      <Anchor size="sm" href={versionReportUrl(version.id, locale)} download>
        {t('documents.downloads.report')}
      </Anchor>
    </Group>
  );
}

/** The comments on passages, in the order of the text. */
export function CommentsList({ comments }: { comments: readonly PassageComment[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="comments-title" data-testid="comments">
      <Title order={3} size="h5" id="comments-title" mb={4}>
        {t('documents.review.comments', { count: comments.length })}
      </Title>
      {comments.length === 0 ? (
        <Text size="sm">{t('documents.review.noComments')}</Text>
      ) : (
        <ul className={classes.stack}>
          {comments.map((c) => (
            <li key={c.id} className={classes.finding} data-testid="comment">
              <Text size="sm" className={classes.wrap}>
                <span lang="sv">”{c.quote}”</span>
              </Text>
              <Text size="sm" className={classes.preWrap}>
                {c.body}
              </Text>
              <Text size="xs" c="dimmed">
                {c.author_name ?? t('documents.review.someone')}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
