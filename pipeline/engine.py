"""The engine: the one place where the whole flow is wired.

    documents -> paragraphs -> sentences -> statements -> stance, sentiment and target

``process_batch`` runs that flow on a batch of documents, given the actor registry and the model
as values. Everything that runs the flow calls it: ``stance predict`` (``run``: in this process,
in a pool of processes, or on a Dask cluster), the end-to-end folds of ``stance evaluate`` and
``make bench``. So "the evaluation runs exactly as predict" holds by construction.

``run`` streams: documents are grouped into batches of bounded size, at most a few batches are
in flight at once, and results come back in input order whatever the number of workers, so the
output of ``--jobs 4`` is byte-identical to ``--jobs 1``.

Statement columns (``BatchResult.statements``): the statement frame's columns (doc, article,
paragraph, sentence_id, offset, sentence, date, source, url, title, actor, speaker, cue, rule),
then the model's (stance, confidence, p_<stance>, sentiment, sentiment_score) and the targets'
(``target``, ``target_rule``, ``target_first``: see ``pipeline.targets``).
"""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

import pandas as pd

from pipeline.actors import NOT_AN_ACTOR, ActorRegistry
from pipeline.attribution import statements_from_paragraphs
from pipeline.documents import cut_point, paragraphs_frame
from pipeline.model import StanceModel
from pipeline.dates import fill_dates
from pipeline.targets import TARGET_COLUMNS, statement_targets

# Metadata a document carries into every one of its statements.
METADATA_COLUMNS = ["date", "source", "url", "title"]
# A batch closes at this many characters or documents, whichever comes first: big enough that the
# model's vectorised work dominates (a thousand statements or so), small enough that memory stays
# flat and that a few megabytes already give every worker several batches to share.
BATCH_CHARS = 250_000
BATCH_DOCUMENTS = 200
# A document longer than this is read in pieces (see ``run``): far above any article.
PART_CHARS = 500_000


class Document(Protocol):
    id: str
    text: str
    date: str
    source: str
    url: str
    title: str


@dataclass
class BatchResult:
    statements: pd.DataFrame
    documents: int
    sentences: int
    characters: int
    paragraphs: int = 0  # prose paragraphs read
    articles: int = 0  # one past the highest article number ("doc#n") read


def extract(documents: Sequence[Document], registry: ActorRegistry) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents -> (sentence frame, statement frame), each row carrying its document's metadata."""
    texts = {d.id: d.text for d in documents}
    paragraphs = paragraphs_frame(texts, keep_headings=True)
    for column in METADATA_COLUMNS:
        values = {d.id: getattr(d, column, "") or "" for d in documents}
        paragraphs[column] = paragraphs["doc"].map(values).fillna("").astype(str)
    paragraphs["date"] = fill_dates(paragraphs, texts)
    return statements_from_paragraphs(paragraphs, registry)


def classify(statements: pd.DataFrame, model: StanceModel, registry: ActorRegistry) -> pd.DataFrame:
    """The statements with the model's columns and each statement's targets."""
    statements = statements.reset_index(drop=True)
    predicted = pd.concat([statements, model.predict(statements)], axis=1)
    predicted[TARGET_COLUMNS] = statement_targets(predicted, registry)
    return predicted


def process_batch(documents: Sequence[Document], registry: ActorRegistry, model: StanceModel) -> BatchResult:
    """The whole flow on one batch of documents."""
    sentences, statements = extract(documents, registry)
    predicted = classify(statements, model, registry)
    predicted = predicted[predicted["actor"] != NOT_AN_ACTOR].reset_index(drop=True)
    paragraphs = len(sentences[["doc", "paragraph"]].drop_duplicates()) if len(sentences) else 0
    articles = max((int(a.rsplit("#", 1)[1]) for a in set(sentences["article"])), default=-1) + 1
    return BatchResult(predicted, len(documents), len(sentences), sum(len(d.text) for d in documents),
                       paragraphs, articles)


def split_text(text: str, max_chars: int = PART_CHARS) -> list[tuple[int, str]]:
    """(start, piece) of a text cut into pieces of at most ``max_chars``: after the last line break
    of the window, else after its last sentence end, else at its last space."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = window.rfind("\n") + 1
        if cut < max_chars // 2:
            cut = cut_point(window)  # no line break in the second half: a sentence end, else a space
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


@dataclass(frozen=True)
class Part:
    """Where a batch that is one piece of a long document sits in it (``split_text``)."""

    doc: str
    start: int
    first: bool


def batches(documents: Iterable[Document], max_chars: int = BATCH_CHARS,
            max_documents: int = BATCH_DOCUMENTS) -> Iterator[list[Document]]:
    """Consecutive groups of documents, each closed at ``max_chars`` characters or ``max_documents``."""
    for batch, _part in _planned(documents, max_chars, max_documents):
        yield batch


def _planned(documents: Iterable[Document], max_chars: int = BATCH_CHARS, max_documents: int = BATCH_DOCUMENTS,
             part_chars: int = PART_CHARS) -> Iterator[tuple[list[Document], Part | None]]:
    """``batches``, with each piece of a document longer than ``part_chars`` a batch of its own."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        if len(document.text) > part_chars:
            if batch:
                yield batch, None
                batch, size = [], 0
            for n, (start, piece) in enumerate(split_text(document.text, part_chars)):
                yield [dataclasses.replace(document, text=piece)], Part(document.id, start, n == 0)
            continue
        batch.append(document)
        size += len(document.text)
        if size >= max_chars or len(batch) >= max_documents:
            yield batch, None
            batch, size = [], 0
    if batch:
        yield batch, None


# --- running batches: here, in a process pool, or on Dask ---------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(registry: ActorRegistry, model: StanceModel) -> None:
    _WORKER["registry"], _WORKER["model"] = registry, model


def _work(batch: list[Document]) -> BatchResult:
    return process_batch(batch, _WORKER["registry"], _WORKER["model"])


def _in_order(submit: Callable[[list[Document]], Any], wait: Callable[[Any], BatchResult],
              work: Iterable[list[Document]], window: int) -> Iterator[BatchResult]:
    """Submit batches keeping at most ``window`` in flight; yield results in submission order."""
    pending: deque[Any] = deque()
    for batch in work:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield wait(pending.popleft())
    while pending:
        yield wait(pending.popleft())


def run(documents: Iterable[Document], registry: ActorRegistry, model: StanceModel, jobs: int = 1,
        dask: Any = None, max_chars: int = BATCH_CHARS, part_chars: int = PART_CHARS) -> Iterator[BatchResult]:
    """Process ``documents`` in batches and yield each batch's result in input order.

    A document longer than ``part_chars`` (a corpus dumped into one file, not an article) is read
    in pieces, each a batch, so that the workers share it; each piece starts a fresh article
    context (people and bodies learned, the last speaker), and its rows are numbered as in the
    whole document.

    ``jobs``: worker processes on this machine (1 runs in this process). ``dask``: a
    ``distributed.Client``; when given, the batches run on its workers instead.
    """
    parts: deque[Part | None] = deque()

    def work() -> Iterator[list[Document]]:
        for batch, part in _planned(documents, max_chars, part_chars=part_chars):
            parts.append(part)  # results come back in this order, so each one pairs with its part
            yield batch

    results: Iterator[BatchResult]
    if dask is not None:
        results = _run_dask(work(), registry, model, dask)
    elif jobs <= 1:
        results = (process_batch(batch, registry, model) for batch in work())
    else:
        # fork shares the loaded model with the workers instead of pickling it to each one.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        pool = context.Pool(jobs, initializer=_init_worker, initargs=(registry, model))
        results = _pooled(pool, work(), 2 * jobs)
    seen: dict[str, BatchResult] = {}  # the pieces of a long document read so far
    for result in results:
        part = parts.popleft()
        yield result if part is None else _renumbered(result, part, seen)


def _pooled(pool: Any, work: Iterable[list[Document]], window: int) -> Iterator[BatchResult]:
    with pool:
        yield from _in_order(lambda b: pool.apply_async(_work, (b,)), lambda r: r.get(), work, window)


def _renumbered(result: BatchResult, part: Part, seen: dict[str, BatchResult]) -> BatchResult:
    """A piece's statements numbered as in the whole document: offsets, paragraphs, sentences and
    articles continue from the pieces before it; the document is counted once."""
    before = seen.pop(part.doc) if not part.first and part.doc in seen else BatchResult(pd.DataFrame(), 0, 0, 0)
    rows = result.statements.copy()
    if len(rows):
        rows["offset"] += part.start
        rows["paragraph"] += before.paragraphs
        rows["sentence_id"] += before.sentences
        rows["article"] = [f"{a.rsplit('#', 1)[0]}#{int(a.rsplit('#', 1)[1]) + before.articles}"
                           for a in rows["article"]]
    seen[part.doc] = BatchResult(pd.DataFrame(), 0, before.sentences + result.sentences, 0,
                                 before.paragraphs + result.paragraphs, before.articles + result.articles)
    return BatchResult(rows, int(part.first), result.sentences, result.characters, result.paragraphs,
                       result.articles)


def _run_dask(work: Iterable[list[Document]], registry: ActorRegistry, model: StanceModel,
              client: Any) -> Iterator[BatchResult]:
    # The registry and model travel to each worker once; every batch task refers to them.
    registry_future, model_future = client.scatter([registry, model], broadcast=True)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    yield from _in_order(lambda b: client.submit(process_batch, b, registry_future, model_future, pure=False),
                         lambda future: future.result(), work, 2 * workers)
