"""`stance label` driven through a pseudo-terminal: keys, undo, a kill mid-session, resume, retraining."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.actors import ActorRegistry
from pipeline.inputs import Document
from pipeline.labelling import (LabelStore, Retrainer, Session, candidates, margins, score, sidecar_path,
                                uncertainty_order)
from pipeline.labels import read_labels, validate_labels
from pipeline.model import train_model
from pipeline.persistence import save_model

pexpect = pytest.importorskip("pexpect")

STANCE = str(Path(sys.executable).with_name("stance"))
TIMEOUT = 60


@pytest.fixture()
def project(tiny_project: Path) -> Path:
    """The tiny documents, a tiny model trained on their labels, and no labels answered yet."""
    registry = ActorRegistry.load(None)
    model = train_model(read_labels(tiny_project / "labels.csv"), registry)
    save_model(model, tiny_project / "model.skops", {"labels": tiny_project / "labels.csv"}, {}, 8)
    return tiny_project


def spawn(project: Path, *extra: str, retrain_every: int = 0):
    args = ["label", "a.txt", "b.txt", "--labels", "answers.csv", "--model", "model.skops",
            "--train-labels", "labels.csv", "--retrain-every", str(retrain_every), *extra]
    env = {**os.environ, "TERM": "dumb", "COLUMNS": "200", "LINES": "50", "NO_COLOR": "1"}
    # A run started in the background (make test under `cmd &`, some CI shells) inherits SIGINT
    # ignored; an analyst's terminal delivers it, so the child gets the default back.
    child = pexpect.spawn(STANCE, args, cwd=str(project), env=env, encoding="utf-8", timeout=TIMEOUT,
                          dimensions=(50, 200),
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler))
    return child


def press(child, key: str, then: str = "key> ") -> None:
    child.expect_exact("key> ")
    child.send(key)
    if key in "cnstx":
        child.expect_exact("saved")


def answers(project: Path) -> pd.DataFrame:
    return read_labels(project / "answers.csv")


def assert_valid(project: Path) -> None:
    frame = read_labels(project / "answers.csv")
    result = validate_labels(frame, project / "answers.csv", ActorRegistry.load(None))
    assert result.ok, result.problems
    assert not result.warnings, result.warnings  # every document found, every sentence checked


def finish(child) -> None:
    child.expect_exact("key> ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_keys_map_to_labels_and_undo(project: Path):
    child = spawn(project)
    press(child, "c")
    child.expect_exact("key> ")
    child.send("3")  # sentiment positive, then supporting
    child.expect_exact("[3 positive]")
    press(child, "s")
    press(child, "n")
    child.expect_exact("key> ")
    child.send("1")
    press(child, "t")
    press(child, "x")
    child.expect_exact("key> ")
    child.send("a")
    child.expect_exact("actor (")
    child.sendline("Nowhere Land")  # not an actor: refused, the statement stays
    child.expect_exact("unknown actor")
    child.send("a")
    child.expect_exact("actor (")
    child.sendline("Lima")  # an alias (a capital no tiny document names): resolved to its canonical actor
    child.expect_exact("actor: Peru")
    press(child, "c")
    # Undo: the answer leaves its file and the same statement comes back.
    press(child, "x")
    assert len(pd.read_csv(sidecar_path(project / "answers.csv"))) == 2
    child.expect_exact("key> ")
    child.send("u")
    child.expect_exact("undone")
    assert len(pd.read_csv(sidecar_path(project / "answers.csv"))) == 1
    press(child, "n")
    undone = answers(project).iloc[-1]["sentence"]
    child.expect_exact("key> ")
    child.send("u")
    child.expect_exact("undone")
    assert len(answers(project)) == 5
    press(child, "s")
    assert answers(project).iloc[-1]["sentence"] == undone
    # Ctrl-C ends the session cleanly: the terminal is restored and every answer is kept.
    child.expect_exact("key> ")
    child.sendintr()
    child.expect_exact("interrupted: 7 answer(s) this session")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    frame = answers(project)
    assert frame["stance"].tolist() == ["condemning", "supporting", "neutral", "calling_for_talks", "condemning",
                                        "supporting"]
    assert frame.loc[1, "sentiment"] == "positive" and frame.loc[3, "sentiment"] == "negative"
    assert set(frame["source"]) == {"labelled"}
    corrected = frame.iloc[4]
    assert corrected["actor"] == "Peru" and corrected["extracted_actor"] != "Peru"
    assert corrected["note"] == f"actor corrected from {corrected['extracted_actor']}"
    rejected = pd.read_csv(sidecar_path(project / "answers.csv"))
    assert len(rejected) == 1 and rejected.loc[0, "actor"] not in set(frame["extracted_actor"])
    assert_valid(project)


def test_kill_mid_session_leaves_a_valid_file_and_resume_skips(project: Path):
    child = spawn(project)
    press(child, "c")
    press(child, "n")
    child.expect_exact("key> ")
    child.kill(signal.SIGKILL)
    child.close(force=True)
    frame = answers(project)
    assert frame["stance"].tolist() == ["condemning", "neutral"]
    assert_valid(project)
    first = set(zip(frame["doc"], frame["sentence"]))
    # A row cut short by a kill during a write is dropped on the next start.
    with (project / "answers.csv").open("a", encoding="utf-8") as handle:
        handle.write('b.txt,"Brazil voiced its supp')
    child = spawn(project)
    child.expect_exact("2 already answered")
    for _ in range(6):
        press(child, "s")
    child.expect_exact("every statement is answered")
    child.expect(pexpect.EOF)
    frame = answers(project)
    assert len(frame) == 8 and not frame.duplicated(["doc", "sentence", "actor"]).any()
    # The second session showed only what the first had not answered.
    assert not first & set(zip(frame["doc"][2:], frame["sentence"][2:]))
    assert frame["stance"].tolist() == ["condemning", "neutral", *["supporting"] * 6]
    assert_valid(project)


def test_background_retraining_reorders(project: Path):
    registry = ActorRegistry.load(None)
    base = read_labels(project / "labels.csv")
    model = train_model(base, registry)
    store = LabelStore(project / "answers.csv")
    documents = [Document(id=name, text=(project / name).read_text(), path=str(project / name))
                 for name in ("a.txt", "b.txt")]
    scored = score(candidates(documents, registry, project / "answers.csv"), model)
    calls = []

    def counting_train(rows, reg):
        calls.append(len(rows))
        return train_model(rows, reg)

    session = Session(store, scored, registry, Retrainer(base, registry, counting_train), retrain_every=2)
    first = session.scored.loc[session.queue[0]].to_dict()
    for stance in ("supporting", "supporting"):  # two answers: a retrain starts in the background
        item = session.scored.loc[session.queue[0]].to_dict()
        store.answer(item, stance, "neutral", item["actor"])
        session.queue = session.queue[1:]
        session.after_answer()
    session.retrainer.wait(30)
    assert calls == [len(base) + 2]
    assert session.refresh() and session.retrainer.runs == 1
    assert len(session.queue) == 6 and first["sentence"] not in set(session.scored.loc[session.queue, "sentence"])
    # The new model learned the answers: the order is recomputed from its margins.
    assert session.scored.loc[session.queue, "margin"].is_monotonic_increasing or len(
        session.scored.loc[session.queue].groupby(["actor", "doc"])) > 1


def test_store_and_order_units(tmp_path: Path):
    frame = pd.DataFrame({"doc": ["a", "a", "a", "b"], "actor": ["X", "X", "Y", "X"],
                          "margin": [0.1, 0.2, 0.5, 0.3]})
    # Most uncertain first, one per (actor, doc) group before a group's second statement.
    assert uncertainty_order(frame) == [0, 3, 2, 1]
    assert uncertainty_order(frame, spread=False) == [0, 1, 3, 2]
    assert margins(pd.DataFrame([[0.5, 0.3, 0.1, 0.1]]).to_numpy()).round(2).tolist() == [0.2]
    store = LabelStore(tmp_path / "l.csv")
    item = {"doc": "a", "sentence": "S, with a comma \"and quotes\".", "actor": "France", "speaker": "Paris"}
    store.answer(item, "condemning", "negative", "France")
    again = LabelStore(tmp_path / "l.csv")
    assert ("a", item["sentence"], "France") in again.done
    assert again.labels.rows[0]["sentence"] == item["sentence"]
