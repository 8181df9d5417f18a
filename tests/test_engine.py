"""The engine: one entry point, batches in order, the same output whatever runs it."""

from __future__ import annotations

import copy
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import engine
from pipeline.cli import app
from pipeline.inputs import Document

runner = CliRunner()


def documents(n: int) -> list[Document]:
    texts = ["France condemned the attack on the city. Germany urged both sides to return to talks.",
             "Italy said it welcomed the agreement and would send aid. Japan announced that 300 refugees arrived.",
             "Canada called for an immediate ceasefire. Brazil voiced its support and pledged assistance."]
    return [Document(id=f"d{i}.txt", text=texts[i % 3], date=f"2024-10-{i % 28 + 1:02d}", source="Wire")
            for i in range(n)]


def test_batches_close_at_the_size_limit_and_keep_the_order():
    docs = documents(7)
    groups = list(engine.batches(docs, max_chars=200))
    assert [d.id for g in groups for d in g] == [d.id for d in docs]
    assert all(sum(len(d.text) for d in g) < 200 + max(len(d.text) for d in docs) for g in groups)
    assert len(groups) > 1


def test_process_batch_carries_document_metadata(registry, model):
    result = engine.process_batch(documents(3), registry, model)
    rows = result.statements
    assert result.documents == 3 and result.sentences == 6
    assert rows["actor"].tolist() == ["France", "Germany", "Italy", "Japan", "Canada", "Brazil"]
    assert rows["date"].tolist() == ["2024-10-01"] * 2 + ["2024-10-02"] * 2 + ["2024-10-03"] * 2
    assert set(rows["source"]) == {"Wire"}
    assert {"stance", "confidence", "sentiment", "target"} <= set(rows.columns)


def test_a_repeated_document_is_read_once_and_listed_under_each_copy(registry, model, monkeypatch):
    text = "France condemned the attack on the city. Germany urged both sides to return to talks."
    copies = [Document(id=f"c{i}.txt", text=text, date="2024-10-01", source=f"Outlet {i}", url=f"https://x/{i}")
              for i in range(3)]
    engine._READ.clear()
    alone = pd.concat([engine.process_batch([d], registry, model).statements for d in copies], ignore_index=True)
    engine._READ.clear()
    read: list[int] = []
    real = engine._read_documents
    monkeypatch.setattr(engine, "_read_documents", lambda docs, *a: read.append(len(docs)) or real(docs, *a))
    first = engine.process_batch(copies, registry, model)
    later = engine.process_batch(copies[1:], registry, model)
    assert read == [1]  # three copies in one batch, then two in the next: one reading
    pd.testing.assert_frame_equal(first.statements, alone)
    assert first.statements["doc"].tolist() == ["c0.txt", "c0.txt", "c1.txt", "c1.txt", "c2.txt", "c2.txt"]
    assert first.statements["article"].tolist()[2:4] == ["c1.txt#0", "c1.txt#0"]
    assert first.statements["source"].tolist()[4] == "Outlet 2" and first.statements["url"].tolist()[4] == "https://x/2"
    assert (first.documents, first.sentences, first.paragraphs) == (3, 6, 3)
    pd.testing.assert_frame_equal(later.statements, alone.iloc[2:].reset_index(drop=True))


def test_run_sends_a_copy_of_an_earlier_document_to_no_worker(registry, model, monkeypatch):
    # a pool spreads syndicated copies over its workers, whose memos are their own: the copies
    # must be left out of the batches before they are sent, and listed when the results come back
    originals = documents(3)
    copies = [Document(id=f"copy{i}.txt", text=d.text, date=d.date, source="Other", url=f"https://y/{i}")
              for i, d in enumerate(originals)]
    docs = originals + copies
    sent: list[list[str]] = []
    real = engine.process_batch
    monkeypatch.setattr(engine, "process_batch", lambda b, *a: sent.append([d.id for d in b]) or real(b, *a))
    results = list(engine.run(docs, registry, model, jobs=1, max_chars=100))
    assert [i for batch in sent for i in batch] == [d.id for d in originals]
    rows = pd.concat([r.statements for r in results], ignore_index=True)
    assert rows["doc"].tolist() == [d.id for d in docs for _ in range(2)]
    assert rows["source"].tolist()[6:] == ["Other"] * 6 and rows["url"].tolist()[6] == "https://y/0"
    assert rows["actor"].tolist()[6:] == rows["actor"].tolist()[:6]
    assert sum(r.documents for r in results) == 6 and sum(r.sentences for r in results) == 12


def test_a_copy_with_another_date_is_read_again(registry, model):
    engine._READ.clear()
    text = "Foreign Minister Sergey Lavrov said Moscow condemned the strikes."
    rows = [engine.process_batch([Document(id=f"{d}.txt", text=text, date=d)], registry, model).statements
            for d in ("2024-01-01", "2026-01-01")]
    assert [r["date"].tolist() for r in rows] == [["2024-01-01"], ["2026-01-01"]]


def test_parallel_run_gives_the_same_rows_in_the_same_order(registry, model):
    docs = documents(40)
    one = pd.concat([r.statements for r in engine.run(docs, registry, model, jobs=1, max_chars=500)])
    two = pd.concat([r.statements for r in engine.run(docs, registry, model, jobs=2, max_chars=500)])
    pd.testing.assert_frame_equal(one.reset_index(drop=True), two.reset_index(drop=True))


def test_dask_run_gives_the_same_rows_as_the_local_run(registry, model):
    distributed = pytest.importorskip("distributed")
    docs = documents(30)
    local = pd.concat([r.statements for r in engine.run(docs, registry, model, max_chars=500)])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        remote = pd.concat([r.statements for r in engine.run(docs, registry, model, dask=client, max_chars=500)])
    pd.testing.assert_frame_equal(local.reset_index(drop=True), remote.reset_index(drop=True))


@pytest.fixture()
def saved_model(tiny_project: Path) -> Path:
    model = tiny_project / "model" / "stance.pkl"
    assert runner.invoke(app, ["train", "--no-cv", "--labels", str(tiny_project / "labels.csv"),
                               "--model", str(model)]).exit_code == 0
    return model


def test_jobs_do_not_change_a_single_byte_of_the_reports(tiny_project: Path, saved_model: Path):
    corpus = tiny_project / "corpus"
    corpus.mkdir()
    for doc in documents(60):
        (corpus / doc.id).write_text(doc.text, encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tiny_project / f"r{jobs}"
        result = runner.invoke(app, ["predict", str(corpus), "--model", str(saved_model), "--out", str(out),
                                     "--jobs", jobs])
        assert result.exit_code == 0, result.output
        outputs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outputs[0] == outputs[1]


def test_a_long_text_is_cut_into_pieces_at_sentence_ends():
    text = " ".join(f"Sentence number {i} is here." for i in range(200))
    pieces = engine.split_text(text, max_chars=500)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 500 for _, p in pieces) and len(pieces) > 5
    assert all(text[start:start + len(p)] == p for start, p in pieces)
    assert all(p.rstrip().endswith(".") for _, p in pieces)


def test_a_long_document_is_read_in_pieces_numbered_as_one(registry, model):
    # A corpus dumped on one line: its pieces go to different workers, its rows read as one document.
    text = " ".join(documents(60)[i].text for i in range(60))
    doc = Document(id="dump.txt", text=text, date="2024-10-01")
    runs = {jobs: list(engine.run([doc], registry, model, jobs=jobs, part_chars=1_000)) for jobs in (1, 2)}
    rows = pd.concat([r.statements for r in runs[1]]).reset_index(drop=True)
    assert len(runs[1]) > 3 and sum(r.documents for r in runs[1]) == 1
    assert all(text[o:o + len(s)] == s for o, s in zip(rows["offset"], rows["sentence"]))
    assert rows["sentence_id"].is_monotonic_increasing and rows["sentence_id"].iloc[-1] > 100
    assert rows["paragraph"].is_monotonic_increasing
    assert rows["actor"].tolist() == ["France", "Germany", "Italy", "Japan", "Canada", "Brazil"] * 20
    pd.testing.assert_frame_equal(rows, pd.concat([r.statements for r in runs[2]]).reset_index(drop=True))


def test_a_document_is_read_again_with_another_model(registry, model, monkeypatch):
    # the folds of `stance evaluate` read one document with a model each: no fold may see another's reading
    engine._READ.clear()
    read: list[int] = []
    real = engine._read_documents
    monkeypatch.setattr(engine, "_read_documents", lambda docs, *a: read.append(len(docs)) or real(docs, *a))
    document = documents(1)
    other = copy.deepcopy(model)
    engine.process_batch(document, registry, model)
    engine.process_batch(document, registry, other)
    engine.process_batch(document, registry, other)
    assert read == [1, 1]
