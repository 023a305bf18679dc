import { Text, Title } from '@mantine/core';
import type { LiveQuestion, LiveRoom } from '../api/types';
import classes from './live.module.css';
import { QuestionCard } from './QuestionCard';

/** A titled, numbered list of a room's questions of one purpose (exercises or evaluation). */
export function QuestionList({
  room,
  title,
  id,
  questions,
  empty,
  intro,
}: {
  room: LiveRoom;
  title: string;
  /** Names the section and its title (`${id}-title`) and its test id (`${id}-section`). */
  id: string;
  questions: LiveQuestion[];
  /** Said instead of the list when there are no questions. */
  empty: string;
  intro?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={`${id}-section`}>
      <Title order={2} size="h3" id={`${id}-title`} mb="xs">
        {title}
      </Title>
      {intro && (
        <Text size="sm" mb="sm">
          {intro}
        </Text>
      )}
      {questions.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <ol className={classes.questions}>
          {questions.map((q, i) => (
            <li key={q.id}>
              <QuestionCard room={room} question={q} number={i + 1} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
