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

import multiprocessing
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

import pandas as pd

from pipeline.actors import NOT_AN_ACTOR, ActorRegistry
from pipeline.attribution import statements_from_paragraphs
from pipeline.documents import paragraphs_frame
from pipeline.model import StanceModel
from pipeline.dates import fill_dates
from pipeline.targets import TARGET_COLUMNS, statement_targets

# Metadata a document carries into every one of its statements.
METADATA_COLUMNS = ["date", "source", "url", "title"]
# A batch closes at this many characters or documents, whichever comes first: big enough that the
# model's vectorised work dominates, small enough that memory stays flat.
BATCH_CHARS = 1_000_000
BATCH_DOCUMENTS = 500


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
    return BatchResult(predicted, len(documents), len(sentences), sum(len(d.text) for d in documents))


def batches(documents: Iterable[Document], max_chars: int = BATCH_CHARS,
            max_documents: int = BATCH_DOCUMENTS) -> Iterator[list[Document]]:
    """Consecutive groups of documents, each closed at ``max_chars`` characters or ``max_documents``."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += len(document.text)
        if size >= max_chars or len(batch) >= max_documents:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


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
        dask: Any = None, max_chars: int = BATCH_CHARS) -> Iterator[BatchResult]:
    """Process ``documents`` in batches and yield each batch's result in input order.

    ``jobs``: worker processes on this machine (1 runs in this process). ``dask``: a
    ``distributed.Client``; when given, the batches run on its workers instead.
    """
    work = batches(documents, max_chars)
    if dask is not None:
        yield from _run_dask(work, registry, model, dask)
    elif jobs <= 1:
        for batch in work:
            yield process_batch(batch, registry, model)
    else:
        # fork shares the loaded model with the workers instead of pickling it to each one.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        with context.Pool(jobs, initializer=_init_worker, initargs=(registry, model)) as pool:
            yield from _in_order(lambda b: pool.apply_async(_work, (b,)), lambda r: r.get(), work, 2 * jobs)


def _run_dask(work: Iterable[list[Document]], registry: ActorRegistry, model: StanceModel,
              client: Any) -> Iterator[BatchResult]:
    # The registry and model travel to each worker once; every batch task refers to them.
    registry_future, model_future = client.scatter([registry, model], broadcast=True)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    yield from _in_order(lambda b: client.submit(process_batch, b, registry_future, model_future, pure=False),
                         lambda future: future.result(), work, 2 * workers)
