"""The simulated analyst of `stance evaluate --learning-curve`, and `stance train --labels A --labels B`."""

import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from pipeline.actors import ActorRegistry
from pipeline.cli import app
from pipeline.labels import read_labels, validate_labels
from pipeline.learning_curve import crisis_folds, curve_markdown, curve_table, learning_curve, stance_head
from pipeline.model import train_model

SENTENCES = {
    "condemning": ["{a} condemned the shelling of the town.", "{a} denounced the attack as a crime.",
                   "{a} accused the army of killing civilians."],
    "supporting": ["{a} welcomed the truce and sent aid.", "{a} pledged food assistance to the region.",
                   "{a} voiced support for the agreement."],
    "neutral": ["{a} said 400 people had crossed the border.", "{a} announced the talks would open on Friday.",
                "{a} reported that the road was closed."],
    "calling_for_talks": ["{a} urged both sides to return to talks.", "{a} called for an immediate ceasefire.",
                          "{a} appealed for restraint and dialogue."],
}
ACTORS = ["Kenya", "Ghana", "Peru", "Chile"]


def crisis_rows() -> pd.DataFrame:
    rows = []
    for n, (stance, templates) in enumerate(SENTENCES.items()):
        for i, template in enumerate(templates):
            actor = ACTORS[(n + i) % 4]
            rows.append({"doc": f"crisis_{i}.txt", "sentence": template.format(a=actor), "actor": actor,
                         "stance": stance, "sentiment": "neutral", "target": "", "source": "dev"})
    return pd.DataFrame(rows)


def test_stance_head_is_the_full_models_stance(tiny_project: Path):
    registry = ActorRegistry.load(None)
    labels = read_labels(tiny_project / "labels.csv")
    full, head = train_model(labels, registry).predict(labels), stance_head(labels, registry).predict(labels)
    assert (full["stance"] == head["stance"]).all()
    assert (full[["p_condemning", "p_neutral"]] - head[["p_condemning", "p_neutral"]]).abs().max().max() < 1e-9


def test_curve_runs_both_orders_and_reports(tiny_project: Path):
    registry = ActorRegistry.load(None)
    train = read_labels(tiny_project / "labels.csv")
    crisis = crisis_rows()
    assert sorted(crisis_folds(crisis).unique()) == [0, 1, 2]
    seen = []

    def fit(rows, reg):
        seen.append(len(rows))
        return stance_head(rows, reg)

    curve = learning_curve(train, crisis, registry, checkpoints=(0, 2, 100), seeds=(0, 1), fit=fit)
    table = curve_table(curve)
    assert table["labels"].tolist() == [0, 2, 100]
    # The pool of each fold is the other folds' 8 statements: "100" means all 8.
    assert table["added"].tolist() == [0, 2, 8]
    # Training always starts from the training labels; 0 labels is the same model for both orders.
    assert min(seen) == len(train) and max(seen) == len(train) + 8
    row0 = table.iloc[0]
    assert row0.uncertainty_f1 == row0.random_f1 == row0.random_f1_min
    # Adding every pool statement gives one model whatever the order.
    last = table.iloc[-1]
    assert last.uncertainty_f1 == last.random_f1
    # per fold: base, whole pool, uncertainty at 2, two seeds at 2
    assert curve["trainings"] == 3 * (2 + 1 + 2)
    text = curve_markdown(curve)
    assert "| 100 (all 8) |" in text and "positions right" in text


def test_evaluate_learning_curve_cli(tiny_project: Path, tmp_path: Path):
    crisis = crisis_rows()
    folder = tmp_path / "crisis"
    folder.mkdir()
    for doc, rows in crisis.groupby("doc"):
        (folder / doc).write_text(" ".join(rows["sentence"]) + "\n", encoding="utf-8")
    crisis.to_csv(folder / "statements.csv", index=False)
    out = tmp_path / "reports"
    result = CliRunner().invoke(app, ["evaluate", "--labels", str(tiny_project / "labels.csv"),
                                      "--learning-curve", str(folder / "statements.csv"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    saved = json.loads((out / "learning_curve.json").read_text())
    assert [r["labels"] for r in saved["table"]] == [0, 25, 50, 100, 200]
    assert saved["crisis_rows"] == 12 and saved["folds"] == 3
    assert "uncertainty" in (out / "learning_curve.md").read_text()


def test_train_on_several_label_files(tiny_project: Path):
    lines = (tiny_project / "labels.csv").read_text().splitlines()
    (tiny_project / "first.csv").write_text("\n".join(lines[:5]) + "\n")
    (tiny_project / "second.csv").write_text("\n".join([lines[0], *lines[5:]]) + "\n")
    model = tiny_project / "m.skops"
    result = CliRunner().invoke(app, ["train", "--labels", str(tiny_project / "first.csv"), "--labels",
                                      str(tiny_project / "second.csv"), "--model", str(model), "--no-cv"])
    assert result.exit_code == 0, result.output
    meta = json.loads(model.with_suffix(".json").read_text())
    assert meta["labels_rows"] == 8
    assert meta["sources"]["labels"]["file"].endswith("first.csv")
    assert meta["sources"]["labels_2"]["file"].endswith("second.csv")


def test_crisis_set_validates(registry):
    """The Tigray crisis set (the curve's data) is valid: every actor known, every sentence in its article."""
    path = Path("labels/crisis/tigray/statements.csv")
    frame = read_labels(path)
    result = validate_labels(frame, path, registry)
    assert result.problems == [] and result.warnings == []
    assert len(frame) >= 200 and frame["doc"].nunique() == 12
