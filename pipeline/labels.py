"""Hand labels: reading and validating ``labels/statements.csv``.

Label frame columns: ``doc, sentence, actor, stance, sentiment, target, source``
(``note`` optional). ``actor`` may be empty for an unnamed speaker kept as a
stance example; such rows train the model but never count for an actor.
"""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import config
from pipeline.actors import ActorRegistry
from pipeline.inputs import decode

LABEL_COLUMNS = ["doc", "sentence", "actor", "stance", "sentiment", "target", "source"]


class LabelError(Exception):
    """The labels cannot be used; ``problems`` are ``file:line: what is wrong`` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Validation:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def read_labels(path: Path) -> pd.DataFrame:
    """The label rows as strings, with a ``line`` column (file line number)."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise LabelError([f"{path}:0: cannot be read ({err.strerror or err})"]) from err
    text = decode(raw)
    if text is None:
        raise LabelError([f"{path}:1: not a text CSV file"])
    try:
        rows = list(csv.reader(text.splitlines()))
    except csv.Error as err:
        raise LabelError([f"{path}:1: not a CSV file ({err})"]) from err
    if not rows:
        raise LabelError([f"{path}:1: empty file, expected a header with {', '.join(LABEL_COLUMNS)}"])
    header = [h.strip() for h in rows[0]]
    missing = [c for c in LABEL_COLUMNS if c not in header]
    if missing:
        raise LabelError([f"{path}:1: missing column(s): {', '.join(missing)}"])
    records = []
    problems = []
    for line, values in enumerate(rows[1:], start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(f"{path}:{line}: expected {len(header)} fields, found {len(values)}")
            continue
        records.append({"line": line, **dict(zip(header, values))})
    if problems:
        raise LabelError(problems)
    frame = pd.DataFrame(records, columns=["line", *header]).fillna("")
    for column in LABEL_COLUMNS:
        if column != "sentence":
            frame[column] = frame[column].str.strip()
    return frame


def document_path(doc: str, labels_path: Path, roots: tuple[Path, ...] = ()) -> Path | None:
    """Where the document a label row names lives: beside the labels file, else in ``roots``."""
    for root in (labels_path.parent, *roots):
        if (root / doc).is_file():
            return root / doc
    return None


_TAG = re.compile(r"<[^<>]+>")


def document_text(doc: str, labels_path: Path, cache: dict[Path, str | None], roots: tuple[Path, ...] = ()) -> str | None:
    """Raw text of the document a label row names; ``None`` when it is not found."""
    path = document_path(doc, labels_path, roots)
    if path is None:
        return None
    if path not in cache:
        text = decode(path.read_bytes())
        # an HTML page may write "Trump&#39;s" or "<strong>JEFFREY FELTMAN</strong>, Under-Secretary-General":
        # the label holds the text a reader sees
        if text is not None and path.suffix.lower() in {".html", ".htm"}:
            text = html.unescape(_TAG.sub("", text))
        cache[path] = text
    return cache[path]


def validate_labels(frame: pd.DataFrame, path: Path, registry: ActorRegistry, roots: tuple[Path, ...] = ()) -> Validation:
    """Every problem of the label rows; documents are looked up beside ``path``, then in ``roots``."""
    result = Validation()
    cache: dict[Path, str | None] = {}
    seen: dict[tuple[str, str, str], pd.Series] = {}
    for row in frame.itertuples(index=False):
        where = f"{path}:{row.line}"
        if not row.doc:
            result.problems.append(f"{where}: empty doc")
        if not row.sentence.strip():
            result.problems.append(f"{where}: empty sentence")
        if row.stance not in config.STANCES:
            result.problems.append(f"{where}: unknown stance {row.stance!r} (allowed: {', '.join(config.STANCES)})")
        if row.sentiment not in config.SENTIMENTS:
            result.problems.append(
                f"{where}: unknown sentiment {row.sentiment!r} (allowed: {', '.join(config.SENTIMENTS)})"
            )
        if row.source not in config.LABEL_SOURCES:
            result.problems.append(
                f"{where}: unknown source {row.source!r} (allowed: {', '.join(config.LABEL_SOURCES)})"
            )
        for column in ("actor", "target"):
            name = getattr(row, column)
            if name and not registry.knows(name):
                result.problems.append(f"{where}: unknown {column} {name!r} (add it to labels/actors.csv)")
        if row.doc and row.sentence.strip():
            text = document_text(row.doc, path, cache, roots)
            if text is None:
                result.warnings.append(f"{where}: document {row.doc!r} not found, sentence not checked")
            elif row.sentence not in text:
                result.problems.append(f"{where}: sentence not found in document {row.doc!r}")
        key = (row.doc, row.sentence, row.actor)
        if key in seen:
            first = seen[key]
            same = (first.stance, first.sentiment) == (row.stance, row.sentiment)
            kind = "duplicate" if same else "conflicting"
            result.problems.append(f"{where}: {kind} row for this (doc, sentence, actor), first at line {first.line}")
        else:
            seen[key] = row
    return result


def load_valid_labels(path: Path, registry: ActorRegistry, roots: tuple[Path, ...] = ()) -> tuple[pd.DataFrame, Validation]:
    """Read and validate; raises LabelError listing every problem."""
    frame = read_labels(path)
    if frame.empty:
        raise LabelError([f"{path}:2: no label rows"])
    result = validate_labels(frame, path, registry, roots)
    if not result.ok:
        raise LabelError(result.problems)
    return frame, result
