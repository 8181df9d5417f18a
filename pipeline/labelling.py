"""``stance label``: label a crisis's statements in the terminal, most useful first, never losing work.

The statements come from the engine (``engine.extract``), exactly as ``stance predict`` finds them,
and the model's probabilities from ``StanceModel.predict``. The most uncertain come first (the
smallest margin between the two most probable stances), spread across actors and documents:
statements are grouped by (actor, document), each group sorted by margin, the groups ordered by
their most uncertain statement and visited round-robin, so the first answers cover the crisis
rather than one speech.

Storage (``LabelStore``):

- every answer is one complete CSV row appended to the labels file with write + flush + fsync,
  valid for ``stance validate``: ``source`` = ``labelled``, ``doc`` = the input file's path
  relative to the labels file's folder (so validation finds it and checks the sentence), plus two
  columns of its own: ``speaker`` (who the extractor saw speak) and ``extracted_actor`` (the
  actor the extractor gave, which differs from ``actor`` when it was corrected with ``a``);
- "not a statement" answers (``x``) go to a sidecar file beside it, ``<name>.not_statements.csv``
  (``doc, sentence, actor, speaker``), so the labels file stays valid for training and
  attribution mistakes stay visible;
- undo removes the session's last answer from whichever file holds it, rewriting that file
  atomically (temporary file + rename);
- a row cut short by a kill (no final newline) is dropped when the file is next opened, so the
  file is valid again; a statement is skipped when (doc, sentence, extracted actor) is in
  either file, so running again resumes.
"""

from __future__ import annotations

import csv
import io
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
import pandas as pd

from pipeline import config, engine
from pipeline.actors import NOT_AN_ACTOR, ActorRegistry
from pipeline.labels import LABEL_COLUMNS
from pipeline.model import StanceModel, train_model
from pipeline.persistence import atomic_write_bytes

LABEL_SOURCE = "labelled"
LABELLED_COLUMNS = [*LABEL_COLUMNS, "note", "speaker", "extracted_actor"]
NOT_STATEMENT_COLUMNS = ["doc", "sentence", "actor", "speaker"]
KEY_COLUMNS = ["doc", "sentence", "extracted_actor"]


def sidecar_path(labels: Path) -> Path:
    """Where the "not a statement" answers for ``labels`` are kept."""
    return labels.with_name(f"{labels.stem}.not_statements.csv")


# --- candidates and their order ---------------------------------------------------------------


def label_doc(document: Any, labels: Path) -> str:
    """The ``doc`` of a label row: the input file relative to the labels file's folder, so that
    ``stance validate`` finds it; a row of a CSV/JSON input keeps its document id."""
    path = getattr(document, "path", "")
    if not path or ":" in document.id:
        return document.id
    return os.path.relpath(Path(path).resolve(), labels.resolve().parent)


def candidates(documents: Sequence[Any], registry: ActorRegistry, labels: Path) -> pd.DataFrame:
    """Every statement the engine finds: doc (as a label row names it), sentence, the sentence
    before it in its article, actor, speaker."""
    sentences, statements = engine.extract(documents, registry)
    statements = statements[statements["actor"] != NOT_AN_ACTOR].reset_index(drop=True)
    docs = {d.id: label_doc(d, labels) for d in documents}
    previous: dict[tuple[str, int], str] = {}
    for _, rows in sentences.groupby("article", sort=False):
        before = ""
        for row in rows.itertuples(index=False):
            previous[(row.doc, row.sentence_id)] = before
            before = row.sentence
    out = pd.DataFrame({
        "doc": statements["doc"].map(docs),
        "sentence": statements["sentence"],
        "previous": [previous.get((d, i), "") for d, i in zip(statements["doc"], statements["sentence_id"])],
        "actor": statements["actor"],
        "speaker": statements["speaker"].fillna(""),
    })
    return out.drop_duplicates(["doc", "sentence", "actor"]).reset_index(drop=True)


def margins(probabilities: np.ndarray) -> np.ndarray:
    """Top stance probability minus the second: small is uncertain."""
    ranked = np.sort(probabilities, axis=1)
    return ranked[:, -1] - ranked[:, -2]


def score(frame: pd.DataFrame, model: StanceModel) -> pd.DataFrame:
    """The frame with the model's p_<stance>, stance, sentiment and margin."""
    frame = frame.reset_index(drop=True)
    predicted = model.predict(frame[["sentence", "actor"]])
    out = frame.drop(columns=[c for c in predicted.columns if c in frame.columns] + ["margin"], errors="ignore")
    out = pd.concat([out, predicted[["stance", "sentiment", *config.PROBABILITY_COLUMNS]]], axis=1)
    out["margin"] = margins(out[config.PROBABILITY_COLUMNS].to_numpy()) if len(out) else []
    return out


def uncertainty_order(frame: pd.DataFrame, spread: bool = True) -> list[int]:
    """Index labels of ``frame`` (with ``margin``, ``actor``, ``doc``), most uncertain first;
    ``spread`` visits (actor, document) groups round-robin (see the module docstring)."""
    if frame.empty:
        return []
    ranked = frame.sort_values("margin", kind="stable")
    if not spread:
        return list(ranked.index)
    buckets: dict[tuple[str, str], list[int]] = {}
    for index, actor, doc in zip(ranked.index, ranked["actor"], ranked["doc"]):
        buckets.setdefault((actor, doc), []).append(index)
    queues = list(buckets.values())  # in order of each group's most uncertain statement
    order: list[int] = []
    depth = 0
    while len(order) < len(ranked):
        for queue in queues:
            if depth < len(queue):
                order.append(queue[depth])
        depth += 1
    return order


# --- storage ----------------------------------------------------------------------------------


def _row_text(values: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


class CsvLog:
    """A CSV file appended one fsynced row at a time; its last row can be taken back."""

    def __init__(self, path: Path, columns: list[str]) -> None:
        self.path = path
        self.repaired = False
        if not path.exists() or path.stat().st_size == 0:
            atomic_write_bytes(path, _row_text(columns).encode("utf-8"))
        data = path.read_bytes()
        if not data.endswith(b"\n"):
            # A row cut short by a kill: it was never confirmed, and would make the file invalid.
            atomic_write_bytes(path, data[:data.rfind(b"\n") + 1] if b"\n" in data else _row_text(columns).encode())
            self.repaired = True
        text = path.read_text(encoding="utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        self.columns = [c.strip() for c in rows[0]] if rows else columns
        self.rows = [dict(zip(self.columns, r)) for r in rows[1:] if any(v.strip() for v in r)]

    def append(self, row: dict[str, str]) -> None:
        values = [str(row.get(c, "")) for c in self.columns]
        data = _row_text(values).encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        try:
            os.write(fd, data)  # one write of one whole row
            os.fsync(fd)
        finally:
            os.close(fd)
        self.rows.append(dict(zip(self.columns, values)))

    def remove_last(self, row: dict[str, str]) -> bool:
        """Take back the last row equal to ``row`` (on the columns the file has); rewritten atomically."""
        wanted = [str(row.get(c, "")) for c in self.columns]
        for i in range(len(self.rows) - 1, -1, -1):
            if [self.rows[i].get(c, "") for c in self.columns] == wanted:
                del self.rows[i]
                text = _row_text(self.columns) + "".join(
                    _row_text([r.get(c, "") for c in self.columns]) for r in self.rows)
                atomic_write_bytes(self.path, text.encode("utf-8"))
                return True
        return False


def _key(row: dict[str, str]) -> tuple[str, str, str]:
    return row.get("doc", ""), row.get("sentence", ""), row.get("extracted_actor") or row.get("actor", "")


class LabelStore:
    """The labels file and its "not a statement" sidecar, with the session's undo history."""

    def __init__(self, labels: Path) -> None:
        self.labels = CsvLog(labels, LABELLED_COLUMNS)
        missing = [c for c in LABEL_COLUMNS if c not in self.labels.columns]
        if missing:
            raise ValueError(f"{labels}:1: missing column(s): {', '.join(missing)}")
        self.rejected = CsvLog(sidecar_path(labels), NOT_STATEMENT_COLUMNS)
        self.history: list[tuple[CsvLog, dict[str, str]]] = []
        self.done = {_key(r) for r in self.labels.rows} | {_key(r) for r in self.rejected.rows}

    @property
    def repaired(self) -> bool:
        return self.labels.repaired or self.rejected.repaired

    def answer(self, item: dict[str, str], stance: str, sentiment: str, actor: str) -> None:
        row = {"doc": item["doc"], "sentence": item["sentence"], "actor": actor, "stance": stance,
               "sentiment": sentiment, "target": "", "source": LABEL_SOURCE,
               "note": "" if actor == item["actor"] else f"actor corrected from {item['actor']}",
               "speaker": item.get("speaker", ""), "extracted_actor": item["actor"]}
        self._add(self.labels, row)

    def not_a_statement(self, item: dict[str, str]) -> None:
        row = {"doc": item["doc"], "sentence": item["sentence"], "actor": item["actor"],
               "speaker": item.get("speaker", "")}
        self._add(self.rejected, row)

    def _add(self, log: CsvLog, row: dict[str, str]) -> None:
        log.append(row)
        self.history.append((log, row))
        self.done.add(_key(row))

    def undo(self) -> dict[str, str] | None:
        """Take back the session's last answer; returns its row, None when there is none."""
        if not self.history:
            return None
        log, row = self.history.pop()
        log.remove_last(row)
        self.done.discard(_key(row))
        return row

    def new_labels(self) -> pd.DataFrame:
        frame = pd.DataFrame(self.labels.rows, columns=self.labels.columns).fillna("")
        return frame[frame["stance"].isin(config.STANCES) & frame["sentiment"].isin(config.SENTIMENTS)]


# --- background retraining --------------------------------------------------------------------


@dataclass
class Retrainer:
    """Trains on the base labels + the new ones in a background thread, then rescored the
    remaining candidates; ``take()`` hands over (model, scored frame) once, when ready."""

    base: pd.DataFrame
    registry: ActorRegistry
    train: Callable[[pd.DataFrame, ActorRegistry], StanceModel] = train_model
    runs: int = 0
    error: str = ""
    _thread: threading.Thread | None = None
    _result: tuple[StanceModel, pd.DataFrame] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, new_labels: pd.DataFrame, remaining: pd.DataFrame) -> bool:
        if self.busy or new_labels.empty:
            return False
        columns = ["sentence", "actor", "stance", "sentiment"]
        rows = pd.concat([self.base[columns], new_labels[columns]], ignore_index=True)

        def work() -> None:
            try:
                model = self.train(rows, self.registry)
                scored = score(remaining, model) if len(remaining) else remaining
                with self._lock:
                    self._result = (model, scored)
            except Exception as error:  # noqa: BLE001 - a failed retrain keeps the current model
                self.error = f"{type(error).__name__}: {error}"

        self._thread = threading.Thread(target=work, name="stance-retrain", daemon=True)
        self._thread.start()
        return True

    def take(self) -> tuple[StanceModel, pd.DataFrame] | None:
        with self._lock:
            result, self._result = self._result, None
        if result is not None:
            self.runs += 1
        return result

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


# --- the loop ---------------------------------------------------------------------------------

STANCE_KEYS = {"c": "condemning", "s": "supporting", "n": "neutral", "t": "calling_for_talks"}
SENTIMENT_KEYS = {"1": "negative", "2": "neutral", "3": "positive"}
HELP = """keys:
  c condemning   s supporting   n neutral   t calling for talks   (saves the answer)
  1 negative     2 neutral      3 positive  (sentiment; the model's guess is preselected)
  a correct the actor (type a canonical name or an alias the registry knows)
  x not a statement (kept in the .not_statements.csv file beside the labels)
  u undo the last answer    ? this help    q quit (every answer is already saved)"""
PROMPT = "key> "


@dataclass
class Session:
    """The state of one ``stance label`` run: the scored candidates and the order to show them."""

    store: LabelStore
    scored: pd.DataFrame
    registry: ActorRegistry
    retrainer: Retrainer | None = None
    retrain_every: int = 20
    answers: int = 0
    queue: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.reorder()

    def pending(self) -> pd.DataFrame:
        keys = list(zip(self.scored["doc"], self.scored["sentence"], self.scored["actor"]))
        return self.scored[[k not in self.store.done for k in keys]]

    def reorder(self) -> None:
        self.queue = uncertainty_order(self.pending())

    def after_answer(self) -> None:
        self.answers += 1
        if self.retrainer is not None and self.retrain_every > 0 and self.answers % self.retrain_every == 0:
            self.retrainer.start(self.store.new_labels(), self.pending()[self.scored.columns.intersection(
                ["doc", "sentence", "previous", "actor", "speaker"])])

    def refresh(self) -> bool:
        """Take a finished retrain's scores and recompute the order; True when it did."""
        if self.retrainer is None:
            return False
        result = self.retrainer.take()
        if result is None:
            return False
        _, rescored = result
        done = self.scored[[k in self.store.done for k in zip(self.scored["doc"], self.scored["sentence"],
                                                                 self.scored["actor"])]]
        rescored = rescored[[k not in self.store.done for k in zip(rescored["doc"], rescored["sentence"],
                                                                    rescored["actor"])]]
        self.scored = pd.concat([done, rescored], ignore_index=True)
        self.reorder()
        return True


def _bar(p: float, width: int = 20) -> str:
    return "█" * int(round(p * width)) + "·" * (width - int(round(p * width)))


def show(console: Any, item: dict[str, Any], actor: str, sentiment: str, session: Session) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    left = len(session.queue)
    retrained = session.retrainer.runs if session.retrainer else 0
    status = f"{session.answers} answered this session · {left} to go · retrained {retrained} time(s)"
    if session.retrainer is not None and session.retrainer.busy:
        status += " · retraining…"
    lines = [f"[dim]{escape(status)}[/]",
             f"document [bold]{escape(item['doc'])}[/]   actor [bold cyan]{escape(actor)}[/]"
             + (f" [yellow](extractor: {escape(item['actor'])})[/]" if actor != item["actor"] else "")
             + f"   speaker [bold]{escape(item['speaker'] or '—')}[/]"]
    if item.get("previous"):
        lines.append(f"[dim]before: {escape(item['previous'])}[/]")
    lines.append(f"[bold]{escape(item['sentence'])}[/]")
    lines.append("")
    for key, stance in STANCE_KEYS.items():
        p = float(item[f"p_{stance}"])
        lines.append(f"  {key} {stance:<18} {p:5.2f} {_bar(p)}")
    lines.append("  sentiment: " + "   ".join(
        (f"[reverse]\\[{k} {s}][/]" if s == sentiment else f" {k} {s} ") for k, s in SENTIMENT_KEYS.items()))
    console.print(Panel("\n".join(lines), title="stance label", subtitle="? for help", expand=True))


def run(session: Session, keys: Any, console: Any) -> str:
    """Show the queue one statement at a time until it is empty, ``q``, or end of input.
    Returns why it stopped: "done", "quit" or "eof"."""
    while True:
        if session.refresh():
            console.print("[green]model retrained: order recomputed[/]")
        session.queue = [i for i in session.queue
                         if (session.scored.at[i, "doc"], session.scored.at[i, "sentence"],
                             session.scored.at[i, "actor"]) not in session.store.done] \
            if session.queue else session.queue
        if not session.queue:
            session.reorder()
            if not session.queue:
                return "done"
        item = session.scored.loc[session.queue[0]].to_dict()
        actor, sentiment = item["actor"], item["sentiment"]
        show(console, item, actor, sentiment, session)
        while True:
            console.print(PROMPT, end="", markup=False, highlight=False)
            key = keys.key()
            if key == "":
                return "eof"
            key = key.lower()
            console.print(key if key.isprintable() else "", markup=False, highlight=False)
            if key in STANCE_KEYS:
                session.store.answer(item, STANCE_KEYS[key], sentiment, actor)
                console.print(f"saved: {actor} {STANCE_KEYS[key]} {sentiment}", markup=False, highlight=False)
                break
            if key in SENTIMENT_KEYS:
                sentiment = SENTIMENT_KEYS[key]
                console.print(f"sentiment: {sentiment}", markup=False, highlight=False)
            elif key == "x":
                session.store.not_a_statement(item)
                console.print("saved: not a statement", markup=False, highlight=False)
                break
            elif key == "a":
                typed = keys.line("actor (canonical name or alias; empty keeps it): ")
                if typed is None:
                    return "eof"
                typed = typed.strip()
                if typed:
                    resolved = session.registry.resolve(typed)
                    if resolved is None:
                        console.print(f"unknown actor {typed!r}: add it to the actors file first "
                                      "(stance actors suggest --write)", markup=False, highlight=False)
                    else:
                        actor = resolved
                        console.print(f"actor: {actor}", markup=False, highlight=False)
            elif key == "u":
                row = session.store.undo()
                if row is None:
                    console.print("nothing to undo in this session", markup=False, highlight=False)
                    continue
                session.answers = max(0, session.answers - 1)
                console.print(f"undone: {row.get('actor', '')} {row.get('stance', 'not a statement')}",
                              markup=False, highlight=False)
                back = session.scored.index[(session.scored["doc"] == row["doc"])
                                            & (session.scored["sentence"] == row["sentence"])
                                            & (session.scored["actor"] == (row.get("extracted_actor")
                                                                           or row["actor"]))]
                session.queue = [*back[:1], *[i for i in session.queue if i not in set(back)]]
                break
            elif key == "?":
                console.print(HELP, markup=False, highlight=False)
            elif key == "q":
                return "quit"
            else:
                console.print("? for help", markup=False, highlight=False)
                continue
            if key in ("a", "1", "2", "3"):
                show(console, item, actor, sentiment, session)
        if key in STANCE_KEYS or key == "x":
            session.after_answer()
