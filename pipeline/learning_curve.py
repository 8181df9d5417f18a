"""Measure the hour: a simulated analyst labelling a new crisis, most uncertain first or at random.

Start from the training labels (what the shipped model is trained on). The crisis's articles are
split into folds (3 by default, articles dealt round-robin in name order); for each fold, the
other folds' statements are the *pool* the analyst labels and the fold's own statements are held
out. The analyst adds pool labels

- in **uncertainty** order: the pool ranked by the current model's margin (top stance
  probability minus the second), recomputed at each checkpoint with the model retrained on what
  was added so far (``spread=True`` uses the label tool's own order instead: round-robin over
  (actor, document) groups);
- in **random** order: a fixed permutation per seed (3 seeds, averaged).

At each checkpoint (0, 25, 50, 100, 200 labels; capped at the pool's size, about 160 statements
for a 240-statement crisis) the model trained on training + added labels predicts the held-out
fold. Each crisis statement is predicted once per (order, checkpoint) by its fold's model; the
predictions of the folds together give the stance macro-F1 and the actor positions (most frequent
non-neutral stance, ties by summed probability, as in the actor table) against the labels.
Retraining happens only at checkpoints, never per label, so the cost is about
``folds * (2 + 3 * (1 + seeds))`` trainings.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
import pandas as pd

from pipeline import config
from pipeline.actors import ActorRegistry
from pipeline.evaluation import classification_scores, positions
from pipeline.labelling import margins, uncertainty_order
from pipeline.model import DEFAULT_WEIGHTS, StanceModel, actor_table_text, build_pipeline, model_input, sample_weights

CHECKPOINTS: tuple[int, ...] = (0, 25, 50, 100, 200)
SEEDS: tuple[int, ...] = (0, 1, 2)
FOLDS = 3
TRAIN_COLUMNS = ["sentence", "actor", "stance", "sentiment"]


@dataclass
class CurvePoint:
    order: str
    labels: int          # labels asked for at this checkpoint
    added: float         # labels actually added (mean over folds; the pool may be smaller)
    macro_f1: float
    positions_right: int
    positions_total: int


class StanceHead:
    """The stance head alone, fitted exactly as ``train_model`` fits it (``MultiOutputClassifier``
    fits each head on its own, from the same features and seed), so its stance probabilities are
    the full model's; the curve needs no sentiment, and skipping that head halves the cost."""

    def __init__(self, labels: pd.DataFrame, registry: ActorRegistry) -> None:
        self.pipeline = build_pipeline(None, actor_table_text(registry))
        self.pipeline.fit(model_input(labels), labels[["stance"]].to_numpy(),
                          clf__sample_weight=sample_weights(labels, DEFAULT_WEIGHTS))
        self.classes = [str(c) for c in self.pipeline.classes_[0]]

    def predict(self, statements: pd.DataFrame) -> pd.DataFrame:
        proba = self.pipeline.predict_proba(model_input(statements))[0]
        out = pd.DataFrame(index=statements.index)
        for stance in config.STANCES:
            out[f"p_{stance}"] = proba[:, self.classes.index(stance)] if stance in self.classes else 0.0
        out.insert(0, "stance", [config.STANCES[i] for i in np.argmax(out[config.PROBABILITY_COLUMNS].to_numpy(), 1)])
        return out


def stance_head(labels: pd.DataFrame, registry: ActorRegistry) -> StanceHead:
    return StanceHead(labels, registry)


def crisis_folds(crisis: pd.DataFrame, folds: int = FOLDS) -> pd.Series:
    """Fold number of each crisis row: its document's place in name order, dealt round-robin."""
    docs = sorted(set(crisis["doc"]))
    if len(docs) < 2:
        raise ValueError("the learning curve needs a crisis with at least two articles")
    folds = min(folds, len(docs))
    number = {doc: i % folds for i, doc in enumerate(docs)}
    return crisis["doc"].map(number)


def _predict(model: StanceModel, rows: pd.DataFrame) -> pd.DataFrame:
    predicted = model.predict(rows[["sentence", "actor"]].reset_index(drop=True))
    out = rows[["doc", "sentence", "actor", "stance"]].reset_index(drop=True).copy()
    out["predicted"] = predicted["stance"].to_numpy()
    out[config.PROBABILITY_COLUMNS] = predicted[config.PROBABILITY_COLUMNS].to_numpy()
    return out


def _scores(predictions: pd.DataFrame) -> tuple[float, int, int]:
    f1 = classification_scores(predictions["stance"], predictions["predicted"], config.STANCES)["macro_f1"]
    gold = positions(predictions, "stance")
    got = positions(predictions, "predicted", with_mass=True)
    return f1, sum(got.get(a) == p for a, p in gold.items()), len(gold)


def learning_curve(train: pd.DataFrame, crisis: pd.DataFrame, registry: ActorRegistry,
                   checkpoints: tuple[int, ...] = CHECKPOINTS, seeds: tuple[int, ...] = SEEDS, folds: int = FOLDS,
                   spread: bool = False, fit: Callable[..., Any] = stance_head,
                   progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """The curve (see the module docstring): ``{"points": [CurvePoint...], ...}``."""
    train = train[TRAIN_COLUMNS].reset_index(drop=True)
    crisis = crisis.reset_index(drop=True)
    fold_of = crisis_folds(crisis, folds)
    checkpoints = tuple(sorted(set(checkpoints)))
    uncertainty = "uncertainty (tool order)" if spread else "uncertainty"
    predictions: dict[tuple[str, int], list[pd.DataFrame]] = {}
    added: dict[tuple[str, int], list[int]] = {}
    trainings = 0
    started = time.perf_counter()

    def fitted(rows: pd.DataFrame, what: str) -> StanceModel:
        nonlocal trainings
        if progress is not None:
            progress(what)
        trainings += 1
        return fit(pd.concat([train, rows[TRAIN_COLUMNS]], ignore_index=True), registry)

    for fold in sorted(set(fold_of)):
        test = crisis[fold_of == fold]
        pool = crisis[fold_of != fold].reset_index(drop=True)
        base = fitted(pool.iloc[:0], f"fold {fold + 1}: training labels only")
        everything = None

        def model_for(selected: pd.DataFrame, what: str) -> StanceModel:
            nonlocal everything
            if len(selected) == len(pool):  # the whole pool: the same model whatever the order
                if everything is None:
                    everything = fitted(pool, f"fold {fold + 1}: the whole pool ({len(pool)} labels)")
                return everything
            return fitted(selected, what)

        # Uncertainty: rank what is left by the current model's margin at each checkpoint.
        chosen: list[int] = []
        model = base
        for k in checkpoints:
            k_eff = min(k, len(pool))
            if k_eff > len(chosen):
                left = pool.drop(index=chosen)
                scored = left.copy()
                p = model.predict(left[["sentence", "actor"]])
                scored["margin"] = margins(p[config.PROBABILITY_COLUMNS].to_numpy())
                chosen += uncertainty_order(scored, spread=spread)[:k_eff - len(chosen)]
                model = model_for(pool.loc[chosen], f"fold {fold + 1}: {uncertainty} {k_eff}")
            predictions.setdefault((uncertainty, k), []).append(_predict(model if k_eff else base, test))
            added.setdefault((uncertainty, k), []).append(k_eff)
        # Random: a permutation per seed.
        for seed in seeds:
            order = np.random.default_rng(seed + 1000 * fold).permutation(len(pool))
            for k in checkpoints:
                k_eff = min(k, len(pool))
                model = base if k_eff == 0 else model_for(pool.iloc[order[:k_eff]],
                                                          f"fold {fold + 1}: random seed {seed} {k_eff}")
                predictions.setdefault((f"random {seed}", k), []).append(_predict(model, test))
                added.setdefault((f"random {seed}", k), []).append(k_eff)

    points = []
    for (order, k), parts in predictions.items():
        f1, right, total = _scores(pd.concat(parts, ignore_index=True))
        points.append(CurvePoint(order, k, float(np.mean(added[(order, k)])), f1, right, total))
    return {"points": points, "folds": int(fold_of.nunique()), "crisis_rows": int(len(crisis)),
            "articles": int(crisis["doc"].nunique()), "training_rows": int(len(train)), "seeds": list(seeds),
            "checkpoints": list(checkpoints), "uncertainty": uncertainty, "trainings": trainings,
            "seconds": round(time.perf_counter() - started, 1)}


def curve_table(curve: dict[str, Any]) -> pd.DataFrame:
    """One row per checkpoint: uncertainty's scores, random's mean (and range) over the seeds."""
    points = pd.DataFrame([vars(p) for p in curve["points"]])
    unc = points[points["order"] == curve["uncertainty"]].set_index("labels")
    rnd = points[points["order"].str.startswith("random")].groupby("labels")
    table = pd.DataFrame({
        "labels": unc.index,
        "added": unc["added"].to_numpy(),
        "uncertainty_f1": unc["macro_f1"].to_numpy(),
        "uncertainty_positions": unc["positions_right"].to_numpy(),
        "random_f1": rnd["macro_f1"].mean().reindex(unc.index).to_numpy(),
        "random_f1_min": rnd["macro_f1"].min().reindex(unc.index).to_numpy(),
        "random_f1_max": rnd["macro_f1"].max().reindex(unc.index).to_numpy(),
        "random_positions": rnd["positions_right"].mean().reindex(unc.index).to_numpy(),
        "positions_total": unc["positions_total"].to_numpy(),
    })
    return table.reset_index(drop=True)


def curve_markdown(curve: dict[str, Any], title: str = "Learning curve") -> str:
    table = curve_table(curve)
    lines = [f"# {title}", "",
             f"{curve['crisis_rows']} labelled statements in {curve['articles']} articles of one crisis, held out by "
             f"article in {curve['folds']} folds; training starts from {curve['training_rows']} training labels. "
             f"Labels are added from the other folds' articles in {curve['uncertainty']} order (margin recomputed "
             f"at each checkpoint) or at random (seeds {', '.join(map(str, curve['seeds']))}, mean and range). "
             f"Positions: actors whose most frequent non-neutral stance is right, of "
             f"{int(table['positions_total'].iloc[0])} with a labelled position. "
             f"{curve['trainings']} trainings, {curve['seconds']:.0f} s.", "",
             "| labels added | stance macro-F1, uncertainty | stance macro-F1, random | positions right, "
             "uncertainty | positions right, random |", "|---|---|---|---|---|"]
    for row in table.itertuples(index=False):
        shown = f"{row.labels}" if row.added == row.labels else f"{row.labels} (all {row.added:.0f})"
        lines.append(f"| {shown} | {row.uncertainty_f1:.3f} | {row.random_f1:.3f} "
                     f"({row.random_f1_min:.3f}–{row.random_f1_max:.3f}) | {row.uncertainty_positions} "
                     f"| {row.random_positions:.1f} |")
    at50 = table[table["labels"] == 50]
    if len(at50):
        row = at50.iloc[0]
        verdict = "beats" if row.uncertainty_f1 > row.random_f1_max else (
            "is within the range of" if row.uncertainty_f1 >= row.random_f1_min else "trails")
        lines += ["", f"At 50 labels uncertainty order {verdict} random order "
                      f"({row.uncertainty_f1:.3f} against {row.random_f1:.3f}, range "
                      f"{row.random_f1_min:.3f}–{row.random_f1_max:.3f})."]
    return "\n".join(lines) + "\n"


def curve_json(curve: dict[str, Any]) -> dict[str, Any]:
    return {**{k: v for k, v in curve.items() if k != "points"},
            "points": [vars(p) for p in curve["points"]],
            "table": curve_table(curve).round(4).to_dict(orient="records")}
