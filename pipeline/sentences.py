"""Sentence segmentation with pysbd, which keeps a multi-sentence quotation whole.

Sentence frame columns (``sentences_frame``):
    doc, article, paragraph   as in the paragraph frame
    sentence_id               running number of the sentence within its document
    offset                    character offset of the sentence in the document
    sentence                  the sentence, exactly as it stands in the document
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import pandas as pd
import pysbd

SENTENCE_COLUMNS = ["doc", "article", "paragraph", "sentence_id", "offset", "sentence"]


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    # clean=False keeps the text untouched, so sentences stay substrings of the document.
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of one paragraph with their offsets in it, whitespace-trimmed."""
    out: list[tuple[int, str]] = []
    cursor = 0
    for piece in _segmenter().segment(text):
        sentence = piece.strip()
        if not sentence:
            continue
        start = text.find(sentence, cursor)
        if start < 0:  # pysbd never rewrites with clean=False; stay safe if it does
            continue
        out.append((start, sentence))
        cursor = start + len(sentence)
    return out


def sentences_frame(paragraphs: pd.DataFrame, progress: Callable[[int], None] | None = None) -> pd.DataFrame:
    """Sentences of every paragraph; ``progress`` is told the characters done after each paragraph."""
    rows: list[dict[str, object]] = []
    counters: dict[str, int] = {}
    for para in paragraphs.itertuples(index=False):
        for start, sentence in split_sentences(para.text):
            n = counters.get(para.doc, 0)
            counters[para.doc] = n + 1
            rows.append(
                {
                    "doc": para.doc,
                    "article": para.article,
                    "paragraph": para.paragraph,
                    "sentence_id": n,
                    "offset": para.offset + start,
                    "sentence": sentence,
                }
            )
        if progress is not None:
            progress(len(para.text))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
