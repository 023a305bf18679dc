import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Mark, replacementOf } from '@/lib/language-check';
import classes from './LanguageCheckedField.module.css';

/**
 * One finding under a checked field: the severity, the flagged text, the explanation, the
 * suggestions as buttons that put one in place of the flagged text, advice as tips, the source.
 */
export function LanguageFinding({
  mark,
  onApply,
}: {
  mark: Mark;
  onApply: (replacement: string) => void;
}) {
  const { t } = useTranslation();
  const { finding } = mark;
  // The server says which suggestions can take the flagged text's place and which are advice.
  const replacements = [...new Set(finding.suggestions.map((s) => replacementOf(finding, s)))].map(
    (replacement) => ({ replacement, note: null as string | null }),
  );
  const tips = finding.advice;
  return (
    <li className={classes.item} data-severity={finding.severity} data-testid="language-finding">
      <Text size="sm">
        <span className={classes.severity}>{t(`languageCheck.severity.${finding.severity}`)}</span>{' '}
        <span lang="sv">{t('languageCheck.flagged', { text: finding.text })}</span>
      </Text>
      <Text size="sm">{finding.explanation}</Text>
      {replacements.length > 0 && (
        <Group
          gap={6}
          mt={4}
          wrap="wrap"
          role="group"
          aria-label={t('languageCheck.replaceWith', { text: finding.text })}
        >
          <Text size="sm" component="span" aria-hidden="true">
            {t('languageCheck.suggestions')}
          </Text>
          {replacements.map(({ replacement, note }) => (
            <Group key={replacement} gap={4} wrap="nowrap" maw="100%">
              <Button
                size="compact-sm"
                variant="outline"
                lang="sv"
                classNames={{ root: classes.suggestion, label: classes.suggestionLabel }}
                onClick={() => onApply(replacement)}
              >
                {replacement}
              </Button>
              {note && (
                <Text size="xs" component="span" lang="sv">
                  ({note})
                </Text>
              )}
            </Group>
          ))}
        </Group>
      )}
      {tips.length > 0 && (
        <Text size="sm" mt={4}>
          {t('languageCheck.tips')} <span lang="sv">{tips.join('; ')}</span>
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={2}>
        {t('languageCheck.source', { source: finding.source })}
      </Text>
    </li>
  );
}
