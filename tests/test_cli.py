"""The CLI end to end on tiny fixtures: exit codes, files and messages."""

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import PREDICTION_COLUMNS, app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def trained(tiny_project: Path) -> Path:
    model = tiny_project / "model" / "stance.pkl"
    result = run("train", "--labels", tiny_project / "labels.csv", "--model", model)
    assert result.exit_code == 0, result.output
    return model


def test_extract_writes_csv_and_summary(tiny_project: Path):
    out = tiny_project / "statements.csv"
    result = run("extract", tiny_project / "a.txt", tiny_project / "b.txt", "--out", out)
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out)
    assert list(frame.columns[:4]) == ["doc", "sentence", "actor", "speaker"]
    assert frame["actor"].tolist() == ["France", "Germany", "Italy", "Spain", "Japan", "Canada", "Brazil", "Norway"]
    assert "2 documents" in result.output


def test_extract_to_stdout(tiny_project: Path):
    result = run("extract", tiny_project / "a.txt")
    assert result.exit_code == 0
    assert "France condemned the attack on the city." in result.stdout


def test_train_writes_model_and_metadata(trained: Path, tiny_project: Path):
    meta = json.loads(trained.with_suffix(".json").read_text())
    assert meta["stance_labels"] == sorted(["condemning", "supporting", "neutral", "calling_for_talks"])
    assert len(meta["model_sha256"]) == 64 and len(meta["sources"]["labels"]["sha256"]) == 64
    assert "scikit-learn" in meta["versions"] and "clf__estimator__C" in meta["params"]
    assert meta["cross_validation"]["rows"] == 8  # two documents: leave-one-out over both


def test_predict_writes_the_four_reports(trained: Path, tiny_project: Path):
    out = tiny_project / "reports"
    result = run("predict", tiny_project / "a.txt", tiny_project / "b.txt", "--model", trained, "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["actors.csv", "actors.md", "actors.png", "report.html",
                                                     "statements.csv", "targets.csv", "targets.png"]
    statements = pd.read_csv(out / "statements.csv")
    assert list(statements.columns) == PREDICTION_COLUMNS
    actors = pd.read_csv(out / "actors.csv")
    assert set(actors["actor"]) == {"France", "Germany", "Italy", "Spain", "Japan", "Canada", "Brazil", "Norway"}
    assert {"position", "dominant", "mean_confidence", "sentiment_score", "evidence_condemning"} <= set(actors.columns)
    assert (out / "actors.png").read_bytes()[:4] == b"\x89PNG"
    assert "Per-actor stance" in result.stdout


def test_predict_is_deterministic(trained: Path, tiny_project: Path):
    first, second = tiny_project / "r1", tiny_project / "r2"
    for out in (first, second):
        assert run("predict", tiny_project / "a.txt", "--model", trained, "--out", out).exit_code == 0
    for name in ("statements.csv", "actors.csv", "actors.md", "actors.png"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_evaluate_writes_reports(tiny_project: Path):
    out = tiny_project / "eval"
    result = run("evaluate", "--labels", tiny_project / "labels.csv", "--out", out)
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "evaluation.json").read_text())
    assert summary["rows"] == 8 and "lexicon" in summary["baselines"]
    # End to end: the extractor finds each labelled statement in the held-out document itself.
    assert summary["end_to_end"]["matched"] == 8
    assert summary["end_to_end"]["attribution"]["recall"] == 1.0
    report = (out / "evaluation.md").read_text()
    assert "leave-one-article-out" in report and "End-to-end actor positions" in report


# --- bad input: one clear line, the right exit code, nothing lost --------------------


def test_bad_documents_are_skipped_and_the_rest_processed(tiny_project: Path, trained: Path):
    bad = tiny_project / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (bad / "latin1.txt").write_bytes("L'Élysée a condamné. France condemned the attack.".encode("latin-1"))
    (bad / "utf16.txt").write_bytes("Spain urged both sides to return to talks.".encode("utf-16"))
    out = tiny_project / "out"
    result = run("predict", bad, tiny_project / "missing.txt", "--model", trained, "--out", out)
    assert result.exit_code == 3, result.output
    for name in ("empty.txt: empty document", "blank.txt: empty document", "image.txt: not text",
                 "missing.txt: no such file or folder"):
        assert name in result.output
    assert "Traceback" not in result.output
    assert set(pd.read_csv(out / "statements.csv")["actor"]) == {"France", "Spain"}


def test_unreadable_file_is_reported(tiny_project: Path, monkeypatch: pytest.MonkeyPatch):
    locked = tiny_project / "locked.txt"
    locked.write_text("France said so.", encoding="utf-8")
    real_read = Path.read_bytes

    def deny(self: Path) -> bytes:  # chmod 0 does not stop root, so refuse the read here
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    result = run("extract", locked, tiny_project / "a.txt")
    assert result.exit_code == 3 and "cannot be read" in result.output


def test_nothing_readable_fails(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    result = run("extract", tmp_path / "empty")
    assert result.exit_code == 1
    assert "folder has no" in result.output and "no readable documents" in result.output


def test_huge_single_line_file_is_processed(tmp_path: Path):
    big = tmp_path / "big.txt"
    filler = "The fighting went on near the border. " * 30_000
    big.write_text(filler + "Kenya urged restraint. " + filler + "France condemned the attack.", encoding="utf-8")
    assert big.stat().st_size > 2_000_000
    result = run("extract", big, "--out", tmp_path / "s.csv")
    assert result.exit_code == 0, result.output
    # nothing in the middle of the line is lost, and every sentence is counted
    assert pd.read_csv(tmp_path / "s.csv")["actor"].tolist() == ["Kenya", "France"]
    assert "60002 sentences" in result.output


def test_bad_labels_exit_1_and_write_no_model(tiny_project: Path):
    labels = tiny_project / "labels.csv"
    labels.write_text(labels.read_text().replace("condemning,negative,,seed", "condemning,furious,,seed", 1))
    model = tiny_project / "m" / "stance.pkl"
    result = run("train", "--labels", labels, "--model", model)
    assert result.exit_code == 1
    assert f"{labels}:2: unknown sentiment 'furious'" in result.output
    assert not model.exists()


def test_validate_reports_every_problem(tiny_project: Path):
    labels = tiny_project / "labels.csv"
    text = labels.read_text()
    labels.write_text(text + "a.txt,Rome protested.,Atlantis,condemning,negative,,seed\n")
    result = run("validate", labels)
    assert result.exit_code == 1
    assert f"{labels}:10: unknown actor 'Atlantis'" in result.output
    assert f"{labels}:10: sentence not found in document 'a.txt'" in result.output


def test_no_model_says_to_train(tiny_project: Path):
    result = run("predict", tiny_project / "a.txt", "--model", tiny_project / "none.pkl")
    assert result.exit_code == 1 and "make train" in result.output and "Traceback" not in result.output


def test_tampered_or_truncated_model_is_refused(trained: Path, tiny_project: Path):
    data = trained.read_bytes()
    trained.write_bytes(data[: len(data) // 2])
    result = run("predict", tiny_project / "a.txt", "--model", trained, "--out", tiny_project / "r")
    assert result.exit_code == 1 and "does not match the SHA-256" in result.output


def test_model_without_metadata_is_refused(trained: Path, tiny_project: Path):
    trained.with_suffix(".json").unlink()
    result = run("predict", tiny_project / "a.txt", "--model", trained)
    assert result.exit_code == 1 and "metadata" in result.output


def test_model_from_another_sklearn_version_is_refused(trained: Path, tiny_project: Path):
    meta_path = trained.with_suffix(".json")
    meta = json.loads(meta_path.read_text())
    meta["versions"]["scikit-learn"] = "0.0.1"
    meta_path.write_text(json.dumps(meta))
    result = run("predict", tiny_project / "a.txt", "--model", trained)
    assert result.exit_code == 1 and "scikit-learn 0.0.1" in result.output and "retrain" in result.output


def test_existing_report_is_replaced_whole(trained: Path, tiny_project: Path):
    out = tiny_project / "reports"
    assert run("predict", tiny_project / "a.txt", "--model", trained, "--out", out).exit_code == 0
    before = (out / "statements.csv").read_text()
    assert run("predict", tiny_project / "b.txt", "--model", trained, "--out", out).exit_code == 0
    after = (out / "statements.csv").read_text()
    assert before != after and "Japan" in after and "France" not in after
    assert not [p for p in tiny_project.iterdir() if p.name.startswith(".reports")]


def test_unwritable_output_fails_and_keeps_earlier_report(trained: Path, tiny_project: Path):
    out = tiny_project / "reports"
    assert run("predict", tiny_project / "a.txt", "--model", trained, "--out", out).exit_code == 0
    before = (out / "actors.csv").read_bytes()
    blocker = tiny_project / "file"
    blocker.write_text("not a folder")
    result = run("predict", tiny_project / "a.txt", "--model", trained, "--out", blocker / "reports")
    assert result.exit_code == 1 and "cannot write" in result.output and "Traceback" not in result.output
    assert (out / "actors.csv").read_bytes() == before


@pytest.mark.parametrize("args", [["predict", "--no-such-option"], ["evaluate", "--labels"], ["train", "--labels"]])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.exit_code == 2
    assert "Usage" in result.output or "requires an argument" in result.output


def test_score_reports_a_saved_models_scores_on_labelled_pages(tiny_project: Path, trained: Path):
    result = run("score", tiny_project / "labels.csv", "--model", trained)
    assert result.exit_code == 0, result.output
    assert "statements found 8, labelled 8, matched 8" in result.stdout
    assert "attribution precision 1.00, recall 1.00, F1 1.00" in result.stdout


def test_score_counts_an_actor_the_actors_file_lacks_as_a_miss(tiny_project: Path, trained: Path):
    # a gold actor no name file knows is what a score measures, not a bad label
    labels = tiny_project / "labels.csv"
    text = labels.read_text(encoding="utf-8") + (
        "b.txt,Norway said the meeting would take place on Monday.,Ruritanian Relief Council,neutral,neutral,,page\n")
    (tiny_project / "gold.csv").write_text(text, encoding="utf-8")
    result = run("score", tiny_project / "gold.csv", "--model", trained)
    assert result.exit_code == 0, result.output
    assert "statements found 8, labelled 9, matched 8" in result.stdout


def test_score_without_the_pages_fails_clearly(tmp_path: Path, trained: Path):
    (tmp_path / "gold.csv").write_text("doc,sentence,actor,stance,sentiment,target,source\n"
                                       "gone.txt,France condemned it.,France,condemning,negative,,page\n",
                                       encoding="utf-8")
    result = run("score", tmp_path / "gold.csv", "--model", trained)
    assert result.exit_code == 1 and "none of the pages" in result.output
