"""`make bench-language`: how well and how fast the inclusive-language checker reads Swedish.

The corpus (`bench/language_corpus.toml`) was written for the project without looking at the
rules: realistic sentences of policies, job ads, forms, web texts and plans, each with the
findings a trainer would mark (ground and exact text), and many traps that must stay silent.
A finding counts as right when its ground and its span equal an expected one.

- precision: right findings ÷ all findings; recall: right findings ÷ expected findings;
  both overall and per ground;
- speed: words per second on one core, checking the whole corpus as one document many times
  over (after one warm-up pass, so the rule tables are built), and checking it sentence by
  sentence as the editor's underlining does.

Nothing asserts on time. Figures go to stdout and bench/results/language-latest.json.

    .venv/bin/python -m bench.language [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from backend.language import CheckOptions, check
from backend.language.tokens import tokenise

CORPUS = Path(__file__).with_name("language_corpus.toml")
RESULTS = Path(__file__).with_name("results") / "language-latest.json"

Span = tuple[str, int, int]  # ground, start, end


@dataclass
class Case:
    kind: str
    text: str
    non_binary: bool
    expected: list[Span]


def load_corpus(path: Path = CORPUS) -> list[Case]:
    cases = []
    for raw in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
        text = raw["text"]
        expected = []
        for item in raw.get("expect", []):
            start = -1
            for _ in range(item.get("occurrence", 1)):
                start = text.index(item["text"], start + 1)
            expected.append((item["ground"], start, start + len(item["text"])))
        cases.append(Case(raw["kind"], text, bool(raw.get("non_binary")), expected))
    return cases


@dataclass
class Score:
    true_positives: Counter[str]
    false_positives: Counter[str]
    false_negatives: Counter[str]
    mistakes: list[dict[str, object]]

    @staticmethod
    def ratio(numerator: int, denominator: int) -> float:
        return round(numerator / denominator, 4) if denominator else 1.0

    def precision(self, ground: str | None = None) -> float:
        tp, fp = self._counts(ground)[:2]
        return self.ratio(tp, tp + fp)

    def recall(self, ground: str | None = None) -> float:
        tp, _, fn = self._counts(ground)
        return self.ratio(tp, tp + fn)

    def _counts(self, ground: str | None) -> tuple[int, int, int]:
        counters = (self.true_positives, self.false_positives, self.false_negatives)
        tp, fp, fn = (sum(c.values()) if ground is None else c[ground] for c in counters)
        return tp, fp, fn


def score(cases: list[Case]) -> Score:
    result = Score(Counter(), Counter(), Counter(), [])
    for case in cases:
        findings = check(case.text, CheckOptions(non_binary=case.non_binary))
        found = {(f.ground, f.start, f.end): f for f in findings}
        expected = set(case.expected)
        for span in found.keys() & expected:
            result.true_positives[span[0]] += 1
        for span in found.keys() - expected:
            result.false_positives[span[0]] += 1
            finding = found[span]
            result.mistakes.append(
                {
                    "kind": "false_positive",
                    "rule": finding.rule_id,
                    "ground": span[0],
                    "text": finding.text,
                    "sentence": case.text,
                }
            )
        for span in expected - found.keys():
            result.false_negatives[span[0]] += 1
            result.mistakes.append(
                {
                    "kind": "missed",
                    "ground": span[0],
                    "text": case.text[span[1] : span[2]],
                    "sentence": case.text,
                }
            )
    return result


def words_per_second(texts: list[str], rounds: int) -> float:
    words = sum(1 for text in texts for token in tokenise(text) if token.is_word)
    for text in texts:  # warm-up: the rule tables are built once per process
        check(text)
    started = time.process_time()
    for _ in range(rounds):
        for text in texts:
            check(text)
    return words * rounds / (time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    cases = load_corpus()
    result = score(cases)
    grounds = sorted({span[0] for case in cases for span in case.expected})
    sentences = [case.text for case in cases]
    document = "\n\n".join(sentences)
    per_ground = {
        ground: {"precision": result.precision(ground), "recall": result.recall(ground)}
        for ground in grounds
    }
    report = {
        "cases": len(cases),
        "expected_findings": sum(len(case.expected) for case in cases),
        "precision": result.precision(),
        "recall": result.recall(),
        "per_ground": per_ground,
        "words_in_corpus": sum(1 for t in tokenise(document) if t.is_word),
        "words_per_second_document": round(words_per_second([document], args.rounds)),
        "words_per_second_sentences": round(words_per_second(sentences, args.rounds)),
        "mistakes": result.mistakes,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for mistake in result.mistakes:
        print(f"  {mistake['kind']:<14} {mistake['ground']:<22} {mistake['text']!r:<28} "
              f"in {mistake['sentence']!r}")  # fmt: skip
    print(f"cases {report['cases']}, expected findings {report['expected_findings']}")
    for ground, figures in per_ground.items():
        print(f"  {ground:<22} precision {figures['precision']:.3f} "
              f"recall {figures['recall']:.3f}")  # fmt: skip
    print(f"precision {report['precision']:.3f}  recall {report['recall']:.3f}")
    print(f"words per second, one core: {report['words_per_second_document']:,} as one document, "
          f"{report['words_per_second_sentences']:,} sentence by sentence")  # fmt: skip
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
