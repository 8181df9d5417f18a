"""Throughput benchmark: `make bench`. Reports rates and ratios measured in one run.

Timings on a shared machine are noisy, so the numbers that matter are the ratios
between stages measured back to back, and the per-statement cost of the model.
"""

from __future__ import annotations

import time

from pipeline import config
from pipeline.actors import default_registry
from pipeline.attribution import extract_statements
from pipeline.documents import read_documents
from pipeline.model import load_model

REPEATS = 5


def best_of(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    documents = read_documents([config.SEEDS_DIR]).documents
    registry = default_registry(config.ACTOR_ALIASES)
    chars = sum(len(t) for t in documents.values())
    read_s = best_of(lambda: read_documents([config.SEEDS_DIR]))
    extract_s = best_of(lambda: extract_statements(documents, registry))
    sentences, statements = extract_statements(documents, registry)
    model, _ = load_model(config.DEFAULT_MODEL)
    predict_s = best_of(lambda: model.predict(statements))
    total = read_s + extract_s + predict_s
    print(f"seeds: {len(documents)} documents, {chars:,} characters, {len(sentences)} sentences, "
          f"{len(statements)} statements (best of {REPEATS} runs)")
    print(f"read       {read_s * 1000:8.1f} ms")
    print(f"extract    {extract_s * 1000:8.1f} ms  {len(sentences) / extract_s:8.0f} sentences/s")
    print(f"predict    {predict_s * 1000:8.1f} ms  {len(statements) / predict_s:8.0f} statements/s")
    print(f"predict / extract time ratio: {predict_s / extract_s:.2f}")
    print(f"end to end: {chars / total / 1000:.0f} k characters/s")


if __name__ == "__main__":
    main()
