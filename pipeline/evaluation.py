"""Honest held-out scores: leave-one-article-out over the seed articles.

Each fold trains on every other seed article plus all ``written`` rows and scores
the held-out article's seed rows; written rows are never scored. Articles, not
files, are the groups: seed 004 is a digest of nine articles.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import numpy as np
import pandas as pd
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from pipeline import config
from pipeline.aggregate import position
from pipeline.documents import paragraphs_frame
from pipeline.labels import document_text
from pipeline.model import LexiconBaseline, model_input, train_model


def article_groups(labels: pd.DataFrame, labels_path: Path) -> pd.Series:
    """Article id (``doc#N``) of each seed row; ``written`` for written rows."""
    cache: dict[Path, str | None] = {}
    paragraphs: dict[str, pd.DataFrame] = {}
    groups = []
    for row in labels.itertuples(index=False):
        if row.source != "seed":
            groups.append("written")
            continue
        if row.doc not in paragraphs:
            text = document_text(row.doc, row.source, labels_path, cache) or ""
            paragraphs[row.doc] = paragraphs_frame({row.doc: text})
        frame = paragraphs[row.doc]
        hit = frame[frame["text"].str.contains(row.sentence.strip()[:80], regex=False)]
        groups.append(hit["article"].iloc[0] if not hit.empty else f"{row.doc}#0")
    return pd.Series(groups, index=labels.index, name="article")


def held_out_splits(groups: pd.Series) -> Iterator[tuple[str, np.ndarray, np.ndarray]]:
    """(article, train positions, test positions) for each seed article."""
    values = groups.to_numpy()
    for article in sorted(set(values) - {"written"}):
        test = np.flatnonzero(values == article)
        train = np.flatnonzero(values != article)
        yield article, train, test


def cross_validated_predictions(labels: pd.DataFrame, groups: pd.Series,
                                params: dict[str, Any] | None = None,
                                progress: Any = None) -> pd.DataFrame:
    """Held-out predictions for every seed row, with both baselines beside them."""
    labels = labels.reset_index(drop=True)
    groups = groups.reset_index(drop=True)
    parts = []
    splits = list(held_out_splits(groups))
    for n, (article, train, test) in enumerate(splits, start=1):
        if progress is not None:
            progress(n, len(splits), article)
        train_rows, test_rows = labels.iloc[train], labels.iloc[test]
        model = train_model(train_rows, params)
        predicted = model.predict(test_rows.reset_index(drop=True))
        majority = train_rows["stance"].mode().iloc[0]
        part = test_rows[["doc", "sentence", "actor", "stance", "sentiment"]].reset_index(drop=True)
        part["article"] = article
        part["predicted"] = predicted["stance"].to_numpy()
        part["predicted_sentiment"] = predicted["sentiment"].to_numpy()
        part["confidence"] = predicted["confidence"].to_numpy()
        part["majority"] = majority
        part["lexicon"] = LexiconBaseline().fit(None).predict(model_input(test_rows))
        parts.append(part)
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def classification_scores(truth: pd.Series, predicted: pd.Series, classes: tuple[str, ...]) -> dict[str, Any]:
    p, r, f, support = precision_recall_fscore_support(truth, predicted, labels=list(classes), zero_division=0)
    return {
        "macro_f1": float(f1_score(truth, predicted, labels=list(classes), average="macro", zero_division=0)),
        "accuracy": float((truth.to_numpy() == predicted.to_numpy()).mean()) if len(truth) else 0.0,
        "per_class": {c: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]),
                          "support": int(support[i])} for i, c in enumerate(classes)},
        "confusion_matrix": {"labels": list(classes),
                             "matrix": confusion_matrix(truth, predicted, labels=list(classes)).tolist()},
    }


def positions(frame: pd.DataFrame, column: str) -> dict[str, str]:
    """Each actor's most frequent non-neutral stance in ``column`` (actors with one)."""
    out = {}
    for actor, rows in frame[frame["actor"] != ""].groupby("actor"):
        taken = position(rows[column].value_counts())
        if taken:
            out[actor] = taken
    return out


def summarise(predictions: pd.DataFrame) -> dict[str, Any]:
    """Scores of the model and both baselines, per class, per actor, and actor positions."""
    if predictions.empty:
        return {"rows": 0}
    truth = predictions["stance"]
    summary: dict[str, Any] = {
        "rows": int(len(predictions)),
        "articles": int(predictions["article"].nunique()),
        "stance": classification_scores(truth, predictions["predicted"], config.STANCES),
        "sentiment": classification_scores(predictions["sentiment"], predictions["predicted_sentiment"],
                                           config.SENTIMENTS),
        "baselines": {
            "majority": classification_scores(truth, predictions["majority"], config.STANCES),
            "lexicon": classification_scores(truth, predictions["lexicon"], config.STANCES),
        },
    }
    per_actor = {}
    for actor, rows in predictions[predictions["actor"] != ""].groupby("actor"):
        per_actor[actor] = {"statements": int(len(rows)),
                            "accuracy": float((rows["stance"] == rows["predicted"]).mean())}
    summary["per_actor"] = per_actor
    gold, pred = positions(predictions, "stance"), positions(predictions, "predicted")
    summary["positions"] = {
        "actors_with_position": len(gold),
        "correct": sum(pred.get(a) == p for a, p in gold.items()),
        "detail": {a: {"labelled": p, "predicted": pred.get(a, "")} for a, p in sorted(gold.items())},
    }
    return summary


def report_markdown(summary: dict[str, Any]) -> str:
    """The evaluation as a Markdown page a person reads."""
    if not summary.get("rows"):
        return "# Evaluation\n\nNo seed rows to score.\n"
    lines = ["# Evaluation: leave-one-article-out", "",
             f"{summary['rows']} labelled seed statements in {summary['articles']} articles. Each article is scored "
             "by a model trained on the other articles plus the written sentences.", "",
             "| model | stance macro-F1 | accuracy |", "|---|---|---|"]
    lines.append(f"| TF-IDF + LR | {summary['stance']['macro_f1']:.3f} | {summary['stance']['accuracy']:.3f} |")
    for name, scores in summary["baselines"].items():
        lines.append(f"| {name} baseline | {scores['macro_f1']:.3f} | {scores['accuracy']:.3f} |")
    lines += ["", f"Sentiment macro-F1: {summary['sentiment']['macro_f1']:.3f}", "", "## Stance per class", "",
              "| stance | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for stance, s in summary["stance"]["per_class"].items():
        lines.append(f"| {stance} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} | {s['support']} |")
    cm = summary["stance"]["confusion_matrix"]
    lines += ["", "## Confusion matrix (rows: labelled, columns: predicted)", "",
              "| | " + " | ".join(cm["labels"]) + " |", "|---" * (len(cm["labels"]) + 1) + "|"]
    for label, row in zip(cm["labels"], cm["matrix"]):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    pos = summary["positions"]
    lines += ["", f"## Actor positions: {pos['correct']} of {pos['actors_with_position']} right", "",
              "| actor | labelled | predicted |", "|---|---|---|"]
    for actor, d in pos["detail"].items():
        lines.append(f"| {actor} | {d['labelled']} | {d['predicted'] or '—'} |")
    lines += ["", "## Per actor", "", "| actor | statements | accuracy |", "|---|---|---|"]
    for actor, d in sorted(summary["per_actor"].items(), key=lambda kv: -kv[1]["statements"]):
        lines.append(f"| {actor} | {d['statements']} | {d['accuracy']:.2f} |")
    return "\n".join(lines) + "\n"
