"""Evaluation results as CSV for Swedish spreadsheets: UTF-8 with BOM, semicolons, decimal comma."""

from __future__ import annotations

import csv
import io

from backend.live.schemas import EvaluationResults
from backend.models.enums import QuestionKind

KIND_LABELS = {
    QuestionKind.SINGLE_CHOICE: "enkelval",
    QuestionKind.MULTIPLE_CHOICE: "flerval",
    QuestionKind.SCALE: "skala 1–5",
    QuestionKind.WORD_CLOUD: "ordmoln",
    QuestionKind.OPEN_TEXT: "fritext",
}
HEADER = [
    "Fråga",
    "Typ",
    "Dagar",
    "Svar",
    "Hoppade över",
    "Medel",
    "Alternativ",
    "Antal",
    "Fritext",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """Text that a spreadsheet would run as a formula is quoted (CSV injection)."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def results_csv(results: EvaluationResults) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for q in results.questions:
        base = [q.prompt, KIND_LABELS[q.kind], q.days, q.answer_count, q.skip_count]
        if q.withheld:
            writer.writerow([_cell(v) for v in [*base, "", f"färre än {results.min_answers} svar"]])
            continue
        writer.writerow([_cell(v) for v in [*base, _number(q.mean)]])
        for item in q.distribution:
            writer.writerow(
                [_cell(v) for v in [q.prompt, "", "", "", "", "", item.label, item.count]]
            )
        for text in q.texts:
            writer.writerow([_cell(v) for v in [q.prompt, "", "", "", "", "", "", "", text]])
    return out.getvalue()
