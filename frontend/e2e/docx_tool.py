"""DOCX files for e2e/documents.spec.ts, run with the project's Python (python-docx).

    python docx_tool.py make OUT.docx '[["heading", "Titel"], ["paragraph", "Text"]]'
    python docx_tool.py comments IN.docx

`comments` prints, as JSON, each Word comment with its author, its text and the document text
it is anchored on (the runs between its commentRangeStart and commentRangeEnd, paragraphs
joined by a line break).
"""

from __future__ import annotations

import json
import sys

import docx
from docx.oxml.ns import qn


def make(out: str, blocks: str) -> None:
    document = docx.Document()
    for kind, text in json.loads(blocks):
        if kind == "heading":
            document.add_heading(text, level=1)
        elif kind == "list_item":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    document.save(out)


def comments(path: str) -> None:
    document = docx.Document(path)
    open_ranges: dict[int, list[str]] = {}
    anchored: dict[int, str] = {}
    for paragraph in document.element.body.iter(qn("w:p")):
        for element in paragraph.iter():
            if element.tag == qn("w:commentRangeStart"):
                open_ranges[int(element.get(qn("w:id")))] = []
            elif element.tag == qn("w:commentRangeEnd"):
                comment_id = int(element.get(qn("w:id")))
                anchored[comment_id] = "".join(open_ranges.pop(comment_id, []))
            elif element.tag == qn("w:t"):
                for parts in open_ranges.values():
                    parts.append(element.text or "")
        for parts in open_ranges.values():
            parts.append("\n")
    out = []
    for comment_id, text in sorted(anchored.items()):
        comment = document.comments.get(comment_id)
        out.append(
            {
                "id": comment_id,
                "author": comment.author if comment else None,
                "text": comment.text if comment else None,
                "anchored": text,
            }
        )
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"make": make, "comments": comments}[command](*args)
