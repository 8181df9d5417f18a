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
paragraph, sentence_id, offset, sentence, date, source, url, title, actor, speaker, cue, rule, government: the state
an unnamed "the authorities" of the sentence means),
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
from pipeline.memo import Memo
from pipeline.model import StanceModel
from pipeline.dates import fill_dates
from pipeline.targets import TARGET_COLUMNS, statement_targets

# Metadata a document carries into every one of its statements.
METADATA_COLUMNS = ["date", "source", "url", "title", "imprint"]
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
    imprint: str


@dataclass
class BatchResult:
    statements: pd.DataFrame
    documents: int
    sentences: int
    characters: int
    paragraphs: int = 0  # prose paragraphs read
    articles: int = 0  # one past the highest article number ("doc#n") read
    # per input document, in order: (statement rows, sentences, paragraphs, articles), so that
    # ``run`` can list a later copy of a document without sending it to a worker again
    per_document: list[tuple[int, int, int, int]] = dataclasses.field(default_factory=list)


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


@dataclass(frozen=True)
class _Read:
    """One document's reading: its statements (rows ``start:stop`` of its batch's frame, under the
    document's own id) and what it counted."""

    frame: pd.DataFrame
    start: int
    stop: int
    sentences: int
    paragraphs: int
    articles: int


# Documents read, by what their reading depends on: syndicated wire copy and re-scraped pages
# repeat whole articles word for word, and a copy is read once per process. A reading holds for
# one registry and one model: ``_READ_WITH`` keeps the pair the memo's readings were made with
# (strong references, so neither id can be reused), and another pair empties the memo first
# (the folds of ``stance evaluate`` read the same document with a model each).
_READ: Memo = Memo(2_000)
_READ_WITH: list[Any] = [None, None]


def _read_key(document: Document) -> tuple[str, str, str]:
    # The text, the date (office holders) and the title (a headline is context) decide the reading;
    # the id, outlet and address are only copied into the rows. (A page's outlet name and footer can
    # change its reading, "The Ministry" on a ministry's own site, but a syndicated copy under another
    # outlet takes the first copy's reading: wire copy repeats across outlets, ministry pages do not.)
    return (document.text, getattr(document, "date", "") or "", getattr(document, "title", "") or "")


def _read_documents(documents: Sequence[Document], registry: ActorRegistry, model: StanceModel) -> dict[str, _Read]:
    """Each document's reading, by id: the whole flow, run on the whole batch at once."""
    sentences, statements = extract(documents, registry)
    predicted = classify(statements, model, registry)
    predicted = predicted[predicted["actor"] != NOT_AN_ACTOR].reset_index(drop=True)
    # statements come in document order: each document's rows are one run
    docs = predicted["doc"].tolist()
    bounds: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        bounds.setdefault(doc, [i, i])[1] = i + 1
    counts: dict[str, tuple[int, int, int]] = {}
    if len(sentences):
        number = sentences["article"].map(lambda a: int(a.rsplit("#", 1)[1]))
        agg = sentences.assign(_number=number).groupby("doc", sort=False).agg(
            n=("paragraph", "size"), p=("paragraph", "nunique"), a=("_number", "max"))
        counts = {doc: (int(n), int(p), int(a) + 1) for doc, n, p, a in zip(agg.index, agg["n"], agg["p"], agg["a"])}
    return {d.id: _Read(predicted, *bounds.get(d.id, (0, 0)), *counts.get(d.id, (0, 0, 0))) for d in documents}


def _listed(readings: Sequence[_Read], documents: Sequence[Document]) -> pd.DataFrame:
    """The readings' statements, each under its own document: its id (in ``doc`` and ``article``),
    outlet and address (a copy's rows came from the first copy read)."""
    segments: list[list] = []  # [frame, start, stop], runs of one frame merged
    for r in readings:
        if segments and segments[-1][0] is r.frame and segments[-1][2] == r.start:
            segments[-1][2] = r.stop
        elif r.stop > r.start:
            segments.append([r.frame, r.start, r.stop])
    if not segments:
        return readings[0].frame.iloc[0:0].reset_index(drop=True)
    whole = len(segments) == 1 and segments[0][1] == 0 and segments[0][2] == len(segments[0][0])
    statements = segments[0][0] if whole else pd.concat([f.iloc[a:b] for f, a, b in segments], ignore_index=True)
    sizes = [r.stop - r.start for r in readings]
    ids = [d.id for d, n in zip(documents, sizes) for _ in range(n)]
    # a copy of the frame the memo keeps (cheap: pandas copies on write), so callers may change it
    statements = statements.copy(deep=False)
    if ids == statements["doc"].tolist():
        return statements  # no copies: every row is already under its own document
    statements["article"] = [new + article[len(old):]
                             for new, old, article in zip(ids, statements["doc"], statements["article"])]
    statements["doc"] = ids
    for column in ("source", "url"):
        if column in statements.columns:
            statements[column] = [getattr(d, column, "") or "" for d, n in zip(documents, sizes) for _ in range(n)]
    return statements


def process_batch(documents: Sequence[Document], registry: ActorRegistry, model: StanceModel) -> BatchResult:
    """The whole flow on one batch of documents. A document that repeats one read before (here or
    in an earlier batch of this process) is not read again: its statements are the first copy's."""
    if _READ_WITH[0] is not registry or _READ_WITH[1] is not model:
        _READ.clear()
        _READ_WITH[:] = [registry, model]
    keys = [_read_key(d) for d in documents]
    known: dict[tuple[str, str, str], _Read] = {k: _READ[k] for k in keys if k in _READ}
    fresh: dict[tuple[str, str, str], Document] = {}  # the first copy of each text not read before
    for key, document in zip(keys, documents):
        if key not in known:
            fresh.setdefault(key, document)
    if fresh:
        read = _read_documents(list(fresh.values()), registry, model)
        for key, document in fresh.items():
            known[key] = _READ.keep(key, read[document.id])
    readings = [known[k] for k in keys]
    statements = _listed(readings, documents) if readings else pd.DataFrame()
    return _result(statements, readings, documents)


def _result(statements: pd.DataFrame, readings: Sequence[_Read], documents: Sequence[Document]) -> BatchResult:
    return BatchResult(statements, len(documents), sum(r.sentences for r in readings),
                       sum(len(d.text) for d in documents), sum(r.paragraphs for r in readings),
                       max((r.articles for r in readings), default=0),
                       [(r.stop - r.start, r.sentences, r.paragraphs, r.articles) for r in readings])


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
    parts: deque[tuple[Part | None, _Copies.Plan | None]] = deque()
    copies = _Copies()

    def work() -> Iterator[list[Document]]:
        for batch, part in _planned(documents, max_chars, part_chars=part_chars):
            plan = copies.plan(batch) if part is None else None
            parts.append((part, plan))  # results come back in this order, so each pairs with its plan
            yield batch if plan is None else plan.sent

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
        part, plan = parts.popleft()
        if plan is not None:
            yield copies.restored(result, plan)
        else:
            yield result if part is None else _renumbered(result, part, seen)


class _Copies:
    """Documents already sent to a worker, by what their reading depends on (``_read_key``).

    Each worker process remembers its own readings, but a pool spreads the copies of a syndicated
    article over its workers, so each would read it again; here a copy of a document sent in an
    earlier batch (or earlier in its own) is not sent at all: its rows are the first copy's, listed
    under its own id when the batch's result comes back. Results come back in order, so the first
    copy's reading is always known by then."""

    @dataclass
    class Plan:
        batch: list[Document]  # the whole batch, in order
        sent: list[Document]  # the documents a worker reads: the first copy of each
        slots: list[list[Any]]  # per document of the batch, the one-element holder of its reading
        sent_slots: list[list[Any]]  # the same, per document sent

    def __init__(self, size: int = 2_000) -> None:
        self.slots: Memo = Memo(size)

    def plan(self, batch: list[Document]) -> "_Copies.Plan":
        sent, slots, sent_slots = [], [], []
        for document in batch:
            key = _read_key(document)
            slot = self.slots.get(key)
            if slot is None:
                slot = self.slots.keep(key, [None])
                sent.append(document)
                sent_slots.append(slot)
            slots.append(slot)
        return _Copies.Plan(batch, sent, slots, sent_slots)

    def restored(self, result: BatchResult, plan: "_Copies.Plan") -> BatchResult:
        """The batch's result with its copies listed, each under its own id, outlet and address."""
        start = 0
        for slot, (rows, sentences, paragraphs, articles) in zip(plan.sent_slots, result.per_document):
            slot[0] = _Read(result.statements, start, start + rows, sentences, paragraphs, articles)
            start += rows
        if len(plan.sent) == len(plan.batch):
            return result
        readings = [slot[0] for slot in plan.slots]
        return _result(_listed(readings, plan.batch), readings, plan.batch)


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
