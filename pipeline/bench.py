"""Throughput benchmark: `make bench` (``BENCH_MB`` sets the corpus size, default 10).

Timings on a shared machine are noisy, so what it reports are rates and ratios measured back to
back in one run:

- MB/s of each stage (reading, paragraphs, sentences, attribution, classification) and of the
  whole engine with one worker and with two;
- the *bare floor*: the design card's model alone (a word 1-2-gram TF-IDF + logistic regression
  fitted on the labels) running ``predict_proba`` over the corpus's raw lines, and the ratio of
  the end-to-end rate to it;
- peak memory of ``stance predict`` (a child process) on a 10 MB and, with ``BENCH_MEMORY_MB``,
  a bigger corpus.

The corpus is article-sized files assembled from the paragraphs of the seeds and of the labelled
real-style pages (wire copy, live blogs, UN notes, scraped pages) by a seeded shuffle, so every run
measures the same text, with about the share of statements real coverage has.
"""

from __future__ import annotations

import dataclasses
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline import config, engine
from pipeline.actors import ActorRegistry
from pipeline.documents import paragraphs_frame
from pipeline.inputs import Document, read_all
from pipeline.labels import read_labels
from pipeline.memo import forget_all
from pipeline.persistence import load_model
from pipeline.sentences import sentences_frame

ARTICLE_PARAGRAPHS = 12
SYNDICATED_COPIES = 4


def corpus_paragraphs() -> list[str]:
    """The distinct prose paragraphs of the seeds and of the labelled real-style pages."""
    sources = [config.SEEDS_DIR, *(p.parent for p in (config.DEV_LABELS, config.PAGE_LABELS, config.CRISIS_LABELS))]
    pages = sorted(f for d in sources if d.is_dir() for f in d.iterdir() if f.suffix in (".txt", ".html"))
    documents, _ = read_all(pages)
    return list(dict.fromkeys(p for d in documents for p in d.text.split("\n") if len(p) > 80))


def write_corpus(folder: Path, megabytes: float, seed: int = 0) -> int:
    """Article-sized .txt files of paragraphs of the seeds and of the labelled real-style pages (a
    seeded shuffle) until ``megabytes``; returns bytes. Past the pages' own size, paragraphs repeat."""
    paragraphs = corpus_paragraphs()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    size, n = 0, 0
    while size < megabytes * 1e6:
        text = "\n\n".join(rng.sample(paragraphs, ARTICLE_PARAGRAPHS)) + "\n"
        (folder / f"article_{n:06d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        n += 1
    return size


def distinct_documents() -> list[Document]:
    """Every paragraph of the corpus once, in article-sized documents: the rate on text the
    memos of repeated sentences cannot help with."""
    paragraphs = corpus_paragraphs()
    return [Document(f"distinct_{i:05d}.txt", "\n\n".join(paragraphs[i:i + ARTICLE_PARAGRAPHS]) + "\n")
            for i in range(0, len(paragraphs), ARTICLE_PARAGRAPHS)]


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def bare_floor(lines: list[str]) -> float:
    """Seconds for the card's bare model to score every raw line."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    labels = read_labels(config.STATEMENT_LABELS)
    bare = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression(max_iter=2000))
    bare.fit(labels["sentence"], labels["stance"])
    return timed(lambda: bare.predict_proba(lines))[1]


def peak_memory_mb(corpus: Path, model: Path) -> tuple[float, float]:
    """(seconds, peak resident MB) of one ``stance predict`` run in a child process."""
    out = Path(tempfile.mkdtemp())
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "pipeline", "predict", str(corpus), "--model", str(model),
                              "--out", str(out / "reports"), "--jobs", "1"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # The child's own high-water mark (VmHWM, reset when it execs): its ru_maxrss would also count
    # the pages of this process it was forked from, and RUSAGE_CHILDREN the pool workers forked here.
    peak_kib = 0
    while child.poll() is None:
        peak_kib = max(peak_kib, _high_water_kib(child.pid))
        time.sleep(0.1)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, child.args)
    return time.perf_counter() - start, peak_kib / 1024


def _high_water_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)


def main() -> None:
    megabytes = float(os.environ.get("BENCH_MB", "10"))
    memory_mb = float(os.environ.get("BENCH_MEMORY_MB", "0"))
    model, _ = load_model(config.DEFAULT_MODEL)
    registry = ActorRegistry.load(config.ACTOR_ALIASES if config.ACTOR_ALIASES.is_file() else None)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        size = write_corpus(corpus, megabytes)
        mb = size / 1e6
        (documents, _), read_s = timed(lambda: read_all([corpus]))
        texts = {d.id: d.text for d in documents}
        paragraphs, para_s = timed(lambda: paragraphs_frame(texts))
        _, sent_s = timed(lambda: sentences_frame(paragraphs))
        (sentences, statements), extract_s = timed(lambda: engine.extract(documents, registry))
        attr_s = max(extract_s - para_s - sent_s, 1e-9)  # the engine's extraction less the two stages before
        _, class_s = timed(lambda: engine.classify(statements, model, registry))
        rates = {}
        for jobs in (1, 2):
            results, seconds = timed(lambda: list(engine.run(documents, registry, model, jobs=jobs)))
            rates[jobs] = mb / seconds
        distinct = distinct_documents()
        distinct_mb = sum(len(d.text.encode("utf-8")) for d in distinct) / 1e6
        forget_all()  # the timing starts cold
        _, distinct_s = timed(lambda: list(engine.run(distinct, registry, model, jobs=1)))
        copies = [dataclasses.replace(d, id=f"copy{n}_{d.id}") for n in range(SYNDICATED_COPIES) for d in distinct]
        forget_all()
        _, copies_s = timed(lambda: list(engine.run(copies, registry, model, jobs=2)))
        lines = [line for d in documents for line in d.text.split("\n") if line.strip()]
        floor_s = bare_floor(lines)
        print(f"corpus: {len(documents)} files, {mb:.1f} MB, {len(sentences):,} sentences "
              f"({sentences['sentence'].nunique():,} distinct: the pages' paragraphs repeat, as syndicated "
              f"copy does), {len(statements):,} statements")
        for name, seconds in [("read", read_s), ("paragraphs", para_s), ("sentences", sent_s),
                              ("attribution", attr_s), ("classification", class_s)]:
            print(f"  {name:<15} {mb / seconds:7.2f} MB/s")
        print(f"  end to end, --jobs 1 {rates[1]:7.2f} MB/s")
        print(f"  end to end, --jobs 2 {rates[2]:7.2f} MB/s  (speed-up {rates[2] / rates[1]:.2f})")
        floor = mb / floor_s
        print(f"  bare floor           {floor:7.2f} MB/s  (TF-IDF 1-2-grams + LR predict_proba on the raw lines)")
        print(f"  end to end / floor: {rates[1] / floor:.2f} with one worker, {rates[2] / floor:.2f} with two")
        print(f"  distinct text only, --jobs 1 {distinct_mb / distinct_s:5.2f} MB/s  ({distinct_mb:.2f} MB, every "
              f"paragraph once, memos emptied first): {distinct_mb / distinct_s / floor:.2f} of the floor")
        print(f"  whole articles repeated, --jobs 2 {SYNDICATED_COPIES * distinct_mb / copies_s:5.2f} MB/s  (the distinct "
              f"articles, {SYNDICATED_COPIES} copies each, as a wire story syndicated): "
              f"{SYNDICATED_COPIES * distinct_mb / copies_s / floor:.2f} of the floor")
        seconds, peak = peak_memory_mb(corpus, config.DEFAULT_MODEL)
        print(f"  stance predict on {mb:.0f} MB: {seconds:.1f} s including start-up, peak memory {peak:.0f} MB")
        if memory_mb:
            big = Path(tmp) / "big"
            write_corpus(big, memory_mb, seed=1)
            seconds, peak = peak_memory_mb(big, config.DEFAULT_MODEL)
            print(f"  stance predict on {memory_mb:.0f} MB: {seconds:.1f} s, peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
