import { memo, type Ref } from 'react';
import type { DocumentFinding } from '../api/types';
import classes from './documents.module.css';
import { type BlockView, groupBlocks, type Piece } from './text-model';

/**
 * The version's text in its blocks (headings, paragraphs, list items, table cells), each cut into
 * pieces at the edges of findings and comments. A piece under a finding or comment is a `<mark>`;
 * every piece carries its UTF-16 start and end (`data-start`, `data-end`), which is how a
 * selection is placed in the text. The current finding is outlined by the review itself (an
 * attribute set on its marks), so that moving between findings never draws the text again.
 */
export const ReviewText = memo(function ReviewText({
  blocks,
  findings,
  textRef,
}: {
  blocks: readonly BlockView[];
  findings: ReadonlyMap<number, DocumentFinding>;
  textRef: Ref<HTMLDivElement>;
}) {
  const piece = (p: Piece) => {
    if (p.findings.length === 0 && p.comments.length === 0) {
      return (
        <span key={p.start} data-start={p.start} data-end={p.end}>
          {p.text}
        </span>
      );
    }
    const covering = p.findings.flatMap((id) => {
      const f = findings.get(id);
      return f ? [f] : [];
    });
    const severity = covering.length
      ? covering.some((f) => f.severity === 'avoid')
        ? 'avoid'
        : 'consider'
      : undefined;
    const decided = covering.length > 0 && covering.every((f) => f.status !== 'open');
    return (
      <mark
        key={p.start}
        className={classes.mark}
        data-start={p.start}
        data-end={p.end}
        data-severity={severity}
        data-decided={decided || undefined}
        data-comment={p.comments.length > 0 || undefined}
        data-findings={p.findings.length ? p.findings.join(' ') : undefined}
        data-comments={p.comments.length ? p.comments.join(' ') : undefined}
      >
        {p.text}
      </mark>
    );
  };
  const block = (b: BlockView) => {
    const content = b.pieces.map(piece);
    switch (b.kind) {
      case 'heading':
        return <h4 key={b.start}>{content}</h4>;
      case 'list_item':
        return <li key={b.start}>{content}</li>;
      case 'table_cell':
        return (
          <p key={b.start} className={classes.cell}>
            {content}
          </p>
        );
      default:
        return <p key={b.start}>{content}</p>;
    }
  };
  return (
    <div className={classes.text} ref={textRef} lang="sv" data-testid="review-text">
      {groupBlocks(blocks).map((g) =>
        g.kind === 'list' ? <ul key={g.items[0]?.start}>{g.items.map(block)}</ul> : block(g.block),
      )}
    </div>
  );
});
