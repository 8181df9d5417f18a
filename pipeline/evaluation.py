"""Honest held-out scores: leave-one-article-out over the seed articles.

Each fold trains on every other seed article plus all ``written`` rows and scores
the held-out article's seed rows; written rows are never scored. Articles, not
files, are the groups: seed 004 is a digest of nine articles.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import numpy as np
import pandas as pd
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from pipeline import config
from pipeline.actors import ActorRegistry
from pipeline.aggregate import position, stance_mass
from pipeline.documents import paragraphs_frame
from pipeline.engine import process_batch
from pipeline.inputs import Document, read_all
from pipeline.labels import document_path, document_text
from pipeline.model import LexiconBaseline, model_input, train_model


def article_groups(labels: pd.DataFrame, labels_path: Path, roots: tuple[Path, ...] = ()) -> pd.Series:
    """Article id (``doc#N``) of each seed row; ``written`` for written rows."""
    cache: dict[Path, str | None] = {}
    paragraphs: dict[str, pd.DataFrame] = {}
    groups = []
    for row in labels.itertuples(index=False):
        if row.source != "seed":
            groups.append("written")
            continue
        if row.doc not in paragraphs:
            text = document_text(row.doc, labels_path, cache, roots) or ""
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


def labelled_documents(labels: pd.DataFrame, labels_path: Path, roots: tuple[Path, ...] = (),
                       source: str | None = "seed") -> list[Document]:
    """The documents the ``source`` rows (every row for None) were labelled in, read as ``stance predict``
    reads them."""
    paths = []
    rows = labels if source is None else labels[labels["source"] == source]
    for doc in sorted(set(rows["doc"])):
        path = document_path(doc, labels_path, roots)
        if path is not None:
            paths.append(path)
    documents, _ = read_all(paths)
    return documents


def cross_validated_predictions(labels: pd.DataFrame, groups: pd.Series, registry: ActorRegistry,
                                documents: list[Document] | None = None, params: dict[str, Any] | None = None,
                                progress: Any = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Held-out predictions for every seed row (with both baselines beside them), and end to end:
    each held-out article's document run through ``engine.process_batch`` with the fold's model,
    exactly as ``stance predict`` runs it, keeping the statements of the held-out article."""
    labels = labels.reset_index(drop=True)
    groups = groups.reset_index(drop=True)
    by_id = {d.id: d for d in documents or []}
    labelled, extracted = [], []
    splits = list(held_out_splits(groups))
    for n, (article, train, test) in enumerate(splits, start=1):
        if progress is not None:
            progress(n, len(splits), article)
        train_rows, test_rows = labels.iloc[train], labels.iloc[test]
        model = train_model(train_rows, registry, params)
        labelled.append(_labelled_part(model, train_rows, test_rows, article))
        document = by_id.get(article.rsplit("#", 1)[0])
        if document is not None:
            found = process_batch([document], registry, model).statements
            found = found[found["article"] == article]
            if len(found):
                extracted.append(found)
    return (pd.concat(labelled, ignore_index=True) if labelled else pd.DataFrame(),
            pd.concat(extracted, ignore_index=True) if extracted else pd.DataFrame())


def _labelled_part(model: Any, train_rows: pd.DataFrame, test_rows: pd.DataFrame, article: str) -> pd.DataFrame:
    predicted = model.predict(test_rows.reset_index(drop=True))
    part = test_rows[["doc", "sentence", "actor", "stance", "sentiment",
                      *(["target"] if "target" in test_rows else [])]].reset_index(drop=True)
    part["article"] = article
    part["predicted"] = predicted["stance"].to_numpy()
    part["predicted_sentiment"] = predicted["sentiment"].to_numpy()
    part["confidence"] = predicted["confidence"].to_numpy()
    part[config.PROBABILITY_COLUMNS] = predicted[config.PROBABILITY_COLUMNS].to_numpy()
    part["majority"] = train_rows["stance"].mode().iloc[0]
    part["lexicon"] = LexiconBaseline().fit(None).predict(model_input(test_rows))
    return part


def _sentence_key(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip()


# A sentence found matches a labelled one that contains it or that it contains, when the shorter
# is most of the longer: splitters differ on a dateline ("Oct 4 (Reuters) – ...") or a closing quote.
_CONTAINED_SHARE = 0.6


def _aligned(found: pd.DataFrame, gold: pd.DataFrame) -> pd.Series:
    """Each found sentence, replaced by the labelled sentence of its document it matches."""
    by_doc = {doc: sorted(set(rows["sentence"])) for doc, rows in gold.groupby("doc")}
    out = []
    for doc, sentence in zip(found["doc"], found["sentence"]):
        candidates = by_doc.get(doc, [])
        if sentence in candidates:
            out.append(sentence)
            continue
        near = [g for g in candidates if (sentence in g or g in sentence)
                and min(len(g), len(sentence)) >= _CONTAINED_SHARE * max(len(g), len(sentence))]
        out.append(near[0] if len(near) == 1 else sentence)
    return pd.Series(out, index=found.index, dtype=object)


def end_to_end(gold: pd.DataFrame, found: pd.DataFrame) -> dict[str, Any]:
    """Score extracted-and-classified statements against the labelled ones, as an outside gold would:
    attribution by (doc, sentence, actor), a sentence matching when it is (most of) the labelled one;
    stance (and sentiment) on the statements found; positions per actor by both rules; and per
    attribution rule, how many statements it found and how many of them are labelled ones."""
    labelled_targets = gold
    columns = ["doc", "sentence", "actor", "stance", *(["sentiment"] if "sentiment" in gold else [])]
    gold = gold.loc[gold["actor"] != "", columns]
    if found.empty or gold.empty:
        return {"found": int(len(found)), "labelled": int(len(gold))}
    key = ["doc", "sentence", "actor"]
    gold = gold.assign(sentence=gold["sentence"].map(_sentence_key))
    found = found.assign(sentence=found["sentence"].map(_sentence_key))
    found = found.assign(sentence=_aligned(found, gold)).drop_duplicates(key)
    predicted = found[[*key, "stance", *(["sentiment"] if "sentiment" in found else []),
                       *(["confidence"] if "confidence" in found else []), *(["rule"] if "rule" in found else [])]]
    matched = gold.merge(predicted.rename(columns={"stance": "predicted", "sentiment": "predicted_sentiment"}), on=key)
    precision = len(matched) / len(found)
    recall = len(matched) / len(gold)
    gold_positions = positions(gold, "stance")
    scores: dict[str, Any] = {
        "found": int(len(found)),
        "labelled": int(len(gold)),
        "matched": int(len(matched)),
        "attribution": {"precision": precision, "recall": recall,
                        "f1": 2 * precision * recall / (precision + recall) if matched.size else 0.0},
        "stance": classification_scores(matched["stance"], matched["predicted"], config.STANCES),
        "positions": _position_agreement(gold_positions, positions(found, "stance", with_mass=True)),
    }
    if set(config.PROBABILITY_COLUMNS) <= set(found.columns):
        scores["positions_expected"] = _position_agreement(gold_positions, expected_positions(found))
    if "predicted_sentiment" in matched and "sentiment" in matched:
        scores["sentiment"] = classification_scores(matched["sentiment"], matched["predicted_sentiment"],
                                                    config.SENTIMENTS)
        scores["sentiment_vader"] = classification_scores(matched["sentiment"], vader_sentiment(matched["sentence"]),
                                                          config.SENTIMENTS)
    if "confidence" in matched:
        scores["reliability"] = reliability(matched["stance"] == matched["predicted"], matched["confidence"])
    if "target" in labelled_targets and "target" in found:
        scores["targets"] = target_accuracy(labelled_targets, found)
    if "rule" in found:
        correct = matched["rule"].value_counts()
        scores["rules"] = {rule: {"found": int(n), "labelled": int(correct.get(rule, 0))}
                           for rule, n in found["rule"].value_counts().items()}
    return scores


# An expected-count position needs at least half a statement's worth of probability behind it.
EXPECTED_POSITION_FLOOR = 0.5


def expected_positions(frame: pd.DataFrame) -> dict[str, str]:
    """Each actor's non-neutral stance with the largest summed probability, once that sum is worth
    at least one statement: the position by expected counts, which lets a statement the model is
    unsure of count for what it is worth."""
    out = {}
    for actor, rows in frame[frame["actor"] != ""].groupby("actor"):
        mass = stance_mass(rows).drop("neutral")
        if mass.max() >= EXPECTED_POSITION_FLOOR:
            out[actor] = str(mass.idxmax())
    return out


def development_scores(train: pd.DataFrame, dev: pd.DataFrame, documents: list[Document], registry: ActorRegistry,
                       params: dict[str, Any] | None = None) -> tuple[dict[str, Any], pd.DataFrame]:
    """Train on ``train``, run ``documents`` through the engine, score against the ``dev`` labels."""
    return saved_model_scores(dev, documents, registry, train_model(train, registry, params))


def saved_model_scores(gold: pd.DataFrame, documents: list[Document], registry: ActorRegistry,
                       model: Any) -> tuple[dict[str, Any], pd.DataFrame]:
    """Run ``documents`` through the engine with ``model``, exactly as ``stance predict`` does, and
    score the statements found against the ``gold`` labels of those documents (``end_to_end``)."""
    found = process_batch(documents, registry, model).statements
    return {"documents": len(documents), **end_to_end(gold, found)}, found


SCORE_INTRO = ("The labelled pages are run through `stance predict`'s engine with the saved model; statements "
               "are matched to their labels by (document, sentence, actor).")


def score_markdown(scores: dict[str, Any]) -> str:
    """The report of ``stance score``: attribution, stance, sentiment, targets, per rule, positions."""
    return "\n".join(_end_to_end_markdown(scores, title="Scores of a saved model on labelled pages",
                                           intro=SCORE_INTRO, name="Labelled pages")).strip() + "\n"


def _position_agreement(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, Any]:
    return {
        "actors_with_position": len(gold),
        "correct": sum(predicted.get(a) == p for a, p in gold.items()),
        "detail": {a: {"labelled": p, "predicted": predicted.get(a, "")} for a, p in sorted(gold.items())},
    }


# VADER's own thresholds on its compound score (its authors' recommendation).
VADER_THRESHOLD = 0.05
RELIABILITY_BINS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def vader_sentiment(sentences: pd.Series) -> pd.Series:
    """The VADER baseline's sentiment label for each sentence."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    scores = [analyzer.polarity_scores(s)["compound"] for s in sentences]
    return pd.Series(["positive" if c >= VADER_THRESHOLD else "negative" if c <= -VADER_THRESHOLD else "neutral"
                      for c in scores], index=sentences.index, dtype=object)


def reliability(correct: pd.Series, confidence: pd.Series) -> dict[str, Any]:
    """Reliability table of the predicted stance's probability: in each bin of confidence, how often
    the prediction was right; and the expected calibration error (the count-weighted gap)."""
    frame = pd.DataFrame({"correct": correct.to_numpy(dtype=float), "confidence": confidence.to_numpy(dtype=float)})
    frame["bin"] = pd.cut(frame["confidence"], RELIABILITY_BINS, include_lowest=True)
    rows, gap = [], 0.0
    for interval, group in frame.groupby("bin", observed=True):
        rows.append({"bin": f"{max(interval.left, 0.0):.1f}-{interval.right:.1f}", "statements": int(len(group)),
                     "mean_confidence": float(group["confidence"].mean()), "accuracy": float(group["correct"].mean())})
        gap += len(group) * abs(group["confidence"].mean() - group["correct"].mean())
    return {"bins": rows, "ece": gap / max(len(frame), 1)}


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


def positions(frame: pd.DataFrame, column: str, with_mass: bool = False) -> dict[str, str]:
    """Each actor's most frequent non-neutral stance in ``column`` (actors with one); ``with_mass``
    breaks ties by summed probability (``p_<stance>`` columns) exactly as the actor table does."""
    out = {}
    for actor, rows in frame[frame["actor"] != ""].groupby("actor"):
        taken = position(rows[column].value_counts(), stance_mass(rows) if with_mass else None)
        if taken:
            out[actor] = taken
    return out


def summarise(predictions: pd.DataFrame, found: pd.DataFrame | None = None) -> dict[str, Any]:
    """Scores of the model and both baselines, per class, per actor, and actor positions; with
    ``found`` (held-out predictions on extracted statements), the end-to-end scores too."""
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
        "sentiment_baselines": {"vader": classification_scores(predictions["sentiment"],
                                                               vader_sentiment(predictions["sentence"]),
                                                               config.SENTIMENTS)},
        "reliability": reliability(truth == predictions["predicted"], predictions["confidence"]),
    }
    per_actor = {}
    for actor, rows in predictions[predictions["actor"] != ""].groupby("actor"):
        per_actor[actor] = {"statements": int(len(rows)),
                            "accuracy": float((rows["stance"] == rows["predicted"]).mean())}
    summary["per_actor"] = per_actor
    summary["positions"] = _position_agreement(positions(predictions, "stance"),
                                               positions(predictions, "predicted", with_mass=True))
    if found is not None:
        summary["end_to_end"] = end_to_end(predictions, found)
    return summary


def report_markdown(summary: dict[str, Any], brief: bool = False) -> str:
    """The evaluation as a Markdown page a person reads; ``brief`` keeps the scores and leaves out
    the position and per-actor tables (what ``stance train`` prints)."""
    if not summary.get("rows"):
        return "# Evaluation\n\nNo seed rows to score.\n"
    lines = ["# Evaluation: leave-one-article-out", "",
             f"{summary['rows']} labelled seed statements in {summary['articles']} articles. Each article is scored "
             "by a model trained on the other articles plus the written sentences.", "",
             "| model | stance macro-F1 | accuracy |", "|---|---|---|"]
    lines.append(f"| TF-IDF + LR | {summary['stance']['macro_f1']:.3f} | {summary['stance']['accuracy']:.3f} |")
    for name, scores in summary["baselines"].items():
        lines.append(f"| {name} baseline | {scores['macro_f1']:.3f} | {scores['accuracy']:.3f} |")
    lines += ["", f"Sentiment macro-F1: {summary['sentiment']['macro_f1']:.3f} (VADER baseline "
              f"{summary['sentiment_baselines']['vader']['macro_f1']:.3f})", "", "## Stance per class", "",
              "| stance | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for stance, s in summary["stance"]["per_class"].items():
        lines.append(f"| {stance} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} | {s['support']} |")
    cm = summary["stance"]["confusion_matrix"]
    lines += ["", "## Confusion matrix (rows: labelled, columns: predicted)", "",
              "| | " + " | ".join(cm["labels"]) + " |", "|---" * (len(cm["labels"]) + 1) + "|"]
    for label, row in zip(cm["labels"], cm["matrix"]):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    if brief:
        lines += _end_to_end_markdown(summary.get("end_to_end"), with_positions=False)
        lines += _end_to_end_markdown(summary.get("development"), with_positions=False,
                                      title="Development set: real-style news pages", intro=DEV_INTRO)
        return "\n".join(lines) + "\n"
    lines += ["", "## Reliability of the stance probabilities (labelled statements, held out)", "",
              *_reliability_markdown(summary["reliability"])]
    lines += _positions_markdown("Actor positions", summary["positions"])
    lines += _end_to_end_markdown(summary.get("end_to_end"))
    lines += _end_to_end_markdown(summary.get("development"), title="Development set: real-style news pages",
                                  intro=DEV_INTRO, name="Development-set")
    lines += ["", "## Per actor", "", "| actor | statements | accuracy |", "|---|---|---|"]
    for actor, d in sorted(summary["per_actor"].items(), key=lambda kv: -kv[1]["statements"]):
        lines.append(f"| {actor} | {d['statements']} | {d['accuracy']:.2f} |")
    return "\n".join(lines) + "\n"


def _positions_markdown(title: str, agreement: dict[str, Any]) -> list[str]:
    lines = ["", f"## {title}: {agreement['correct']} of {agreement['actors_with_position']} right", "",
             "| actor | labelled | predicted |", "|---|---|---|"]
    for actor, d in agreement["detail"].items():
        lines.append(f"| {actor} | {d['labelled']} | {d['predicted'] or '—'} |")
    return lines


SEED_INTRO = ("Each held-out article is run through extraction, attribution and the fold's model, as a user "
              "would run `stance predict`; statements are matched to the labels by (document, sentence, actor).")
DEV_INTRO = ("The development pages (never trained on) are run through `stance predict`'s engine with a model "
             "trained on all the training labels; statements are matched to their labels by (document, sentence, "
             "actor).")


def _end_to_end_markdown(scores: dict[str, Any] | None, with_positions: bool = True,
                         title: str = "End to end: the statements the extractor found", intro: str = SEED_INTRO,
                         name: str = "End-to-end") -> list[str]:
    if not scores or "matched" not in scores:
        return []
    a = scores["attribution"]
    lines = ["", f"## {title}", "", intro,
             "", f"- statements found {scores['found']}, labelled {scores['labelled']}, matched {scores['matched']}",
             f"- attribution precision {a['precision']:.2f}, recall {a['recall']:.2f}, F1 {a['f1']:.2f}",
             f"- stance macro-F1 on the matched statements {scores['stance']['macro_f1']:.3f} "
             f"(accuracy {scores['stance']['accuracy']:.3f})"]
    if "sentiment" in scores:
        lines.append(f"- sentiment macro-F1 on the matched statements {scores['sentiment']['macro_f1']:.3f} "
                     f"(VADER baseline {scores['sentiment_vader']['macro_f1']:.3f})")
    if "targets" in scores and scores["targets"].get("labelled"):
        lines.append(target_markdown(scores["targets"]))
    if "positions_expected" in scores:
        hard, expected = scores["positions"], scores["positions_expected"]
        lines.append(f"- actor positions right: {hard['correct']} of {hard['actors_with_position']} by counts, "
                     f"{expected['correct']} of {expected['actors_with_position']} by expected counts")
    if not with_positions:
        return lines
    lines += ["", "| stance | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for stance, c in scores["stance"]["per_class"].items():
        lines.append(f"| {stance} | {c['precision']:.2f} | {c['recall']:.2f} | {c['f1']:.2f} | {c['support']} |")
    if "rules" in scores:
        lines += ["", "| attribution rule | statements found | of them labelled |", "|---|---|---|"]
        for rule, n in sorted(scores["rules"].items(), key=lambda kv: -kv[1]["found"]):
            lines.append(f"| {rule} | {n['found']} | {n['labelled']} |")
    if "reliability" in scores:
        lines += ["", *_reliability_markdown(scores["reliability"])]
    lines += _positions_markdown(f"{name} actor positions", scores["positions"])
    return lines


def _reliability_markdown(table: dict[str, Any]) -> list[str]:
    lines = ["| stance probability | statements | mean probability | share right |", "|---|---|---|---|"]
    for row in table["bins"]:
        lines.append(f"| {row['bin']} | {row['statements']} | {row['mean_confidence']:.2f} | {row['accuracy']:.2f} |")
    return [*lines, "", f"Expected calibration error: {table['ece']:.3f}"]


def target_accuracy(gold: pd.DataFrame, found: pd.DataFrame) -> dict[str, Any]:
    """Target accuracy on the statements found end to end that carry a labelled target.

    A statement found is matched to its label by (document, sentence, actor) as in ``end_to_end``.
    ``accuracy``: the first predicted target is the labelled one; ``among``: the labelled target is
    one of the predicted targets; ``first_other``: the old heuristic (the first other actor named)
    on the same statements. Per rule: how many targets each rule of ``pipeline.targets`` gave and
    how many were right."""
    key = ["doc", "sentence", "actor"]
    gold = gold.loc[(gold["actor"] != "") & (gold["target"].fillna("") != ""), [*key, "target"]]
    if gold.empty or found.empty:
        return {"labelled": 0}
    gold = gold.assign(sentence=gold["sentence"].map(_sentence_key))
    columns = [*key, "target", *(c for c in ("target_rule", "target_first") if c in found)]
    found = found.assign(sentence=found["sentence"].map(_sentence_key))[columns]
    found = found.assign(sentence=_aligned(found, gold)).drop_duplicates(key)
    matched = gold.merge(found.rename(columns={"target": "predicted"}), on=key)
    if matched.empty:
        return {"labelled": int(len(gold)), "matched": 0}
    predicted = matched["predicted"].fillna("").astype(str)
    first = predicted.str.split(";").str[0]
    right = first == matched["target"]
    scores: dict[str, Any] = {
        "labelled": int(len(gold)),
        "matched": int(len(matched)),
        "accuracy": float(right.mean()),
        "among": float(sum(t in p.split(";") for t, p in zip(matched["target"], predicted)) / len(matched)),
    }
    if "target_first" in matched:
        scores["first_other"] = float((matched["target_first"].fillna("") == matched["target"]).mean())
    if "target_rule" in matched:
        rules = matched["target_rule"].fillna("").replace("", "none")
        scores["rules"] = {rule: {"targets": int((rules == rule).sum()), "right": int(right[rules == rule].sum())}
                           for rule in sorted(set(rules))}
    return scores


def target_markdown(scores: dict[str, Any]) -> str:
    """One line: target accuracy beside the old heuristic."""
    if not scores.get("matched"):
        return f"- targets: none of the {scores.get('labelled', 0)} labelled targets matched"
    line = (f"- target accuracy on the {scores['matched']} matched statements with a labelled target: "
            f"{scores['accuracy']:.2f} (labelled target among the targets {scores['among']:.2f})")
    if "first_other" in scores:
        line += f"; old heuristic (first other actor) {scores['first_other']:.2f}"
    return line
