import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarTable } from '@/components/BarTable';
import { formatNumber } from '@/lib/numbers';
import type { LiveQuestion } from '../api/types';
import classes from './live.module.css';
import { excerpt, resultsView } from './results-model';

/**
 * A question's results as the room sees them: nothing while hidden, only the count while withheld
 * (below `min_answers`), else bars with a table, a word cloud with a list, or the free texts as
 * cards (in the server's order) that the trainer may hide. `large` is for the projector.
 */
export function QuestionResults({
  question,
  minAnswers,
  large = false,
  onHide,
  onShowHidden,
  busyAnswerId,
  showHiddenTexts = false,
}: {
  question: LiveQuestion;
  minAnswers: number;
  large?: boolean;
  /** Hide one free-text answer from the projector. */
  onHide?: (answerId: string) => void;
  /** Show hidden answers again (all of them, or the one given). */
  onShowHidden?: (answerIds: string[]) => void;
  busyAnswerId?: string | null;
  /** List the hidden answers themselves (the control page), not only their number. */
  showHiddenTexts?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const view = resultsView(question, minAnswers);
  const size = large ? '1.2em' : 'sm';

  switch (view.kind) {
    case 'hidden':
      return (
        <Text fz={size} data-testid="results-hidden">
          {t('live.results.hidden')}
        </Text>
      );
    case 'withheld':
      return (
        <Text fz={size} fw={large ? 600 : undefined} data-testid="results-withheld">
          {t('live.results.withheld', { count: view.answers, min: view.min })}
        </Text>
      );
    case 'distribution':
      return (
        <Stack gap="sm">
          {view.mean !== null && (
            <Text fz={size} fw={600} data-testid="results-mean">
              {t('results.mean', { mean: formatNumber(view.mean, i18n.language) })}
            </Text>
          )}
          <BarTable
            rows={view.rows}
            caption={t('results.tableCaption', { prompt: question.prompt })}
            labelHeader={question.kind === 'scale' ? t('results.step') : t('results.option')}
            large={large}
            testId="results-table"
          />
        </Stack>
      );
    case 'words':
      return (
        <Stack gap="sm">
          <div className={classes.cloud} aria-hidden="true" data-testid="word-cloud">
            {view.words.map((w) => (
              <span key={w.word} style={{ fontSize: `${w.size * (large ? 1.6 : 1)}em` }}>
                {w.word}
              </span>
            ))}
          </div>
          <ul className={classes.wordList} data-testid="word-list">
            {view.words.map((w) => (
              <li key={w.word}>{t('results.wordCount', { word: w.word, count: w.count })}</li>
            ))}
          </ul>
        </Stack>
      );
    case 'texts':
      return (
        <Stack gap="sm">
          {view.visible.length === 0 ? (
            <Text fz={size}>{t('live.results.noVisibleTexts')}</Text>
          ) : (
            <ul
              className={classes.texts}
              data-testid="text-answers"
              style={large ? { fontSize: 'clamp(1.1rem, 2vw, 1.75rem)' } : undefined}
            >
              {view.visible.map((a) => (
                <li key={a.id} className={classes.textCard} data-testid="text-answer">
                  <p>{a.text}</p>
                  {onHide && (
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => onHide(a.id)}
                      loading={busyAnswerId === a.id}
                      aria-label={t('live.results.hideNamed', { text: excerpt(a.text) })}
                    >
                      {t('live.results.hide')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {view.hidden.length > 0 && (
            <Group gap="sm" data-testid="hidden-answers">
              <Text size="sm">{t('live.results.hiddenCount', { count: view.hidden.length })}</Text>
              {onShowHidden && !showHiddenTexts && (
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => onShowHidden(view.hidden.map((a) => a.id))}
                >
                  {t('live.results.showHiddenAll', { count: view.hidden.length })}
                </Button>
              )}
            </Group>
          )}
          {showHiddenTexts && view.hidden.length > 0 && (
            <details>
              <summary>{t('live.results.hiddenList', { count: view.hidden.length })}</summary>
              <ul className={classes.texts} style={{ marginTop: 8 }}>
                {view.hidden.map((a) => (
                  <li key={a.id} className={classes.textCard}>
                    <p>{a.text}</p>
                    {onShowHidden && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => onShowHidden([a.id])}
                        loading={busyAnswerId === a.id}
                        aria-label={t('live.results.unhideNamed', { text: excerpt(a.text) })}
                      >
                        {t('live.results.unhide')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </Stack>
      );
  }
}
