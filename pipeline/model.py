"""The stance and sentiment model: two scikit-learn Pipelines, saved as one bundle.

Each head is ``mask -> features (word TF-IDF + char TF-IDF + cue counts + speaker clause) -> clf``.
Masking sits inside the pipeline so that training and prediction can never
differ: the speaker's mentions become ``SPEAKERX``, other actors ``ACTORX`` and
bare demonyms ``GENTILICX``, so the model learns how things are said, not who says them.

Model input is a DataFrame with columns ``sentence`` and ``actor``.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import pandas as pd
import scipy.sparse as sp
import sklearn
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from pipeline import config
from pipeline.actors import default_registry
from pipeline.cues import STANCE_CUES, cue_counts

MODEL_FORMAT = 1

# Words keep inner apostrophes and hyphens ("don't", "anti-terrorist"): both carry stance.
WORD_PATTERN = r"(?u)\b\w[\w'-]*\b"

DEFAULT_PARAMS: dict[str, Any] = {
    "features__word__ngram_range": (1, 2),
    "features__word__min_df": 1,
    "features__word__sublinear_tf": True,
    "features__char__ngram_range": (2, 5),
    "features__char__sublinear_tf": True,
    "features__speaker__clause__after": 4,
    "features__speaker__clause__before": 2,
    "clf__C": 3.0,
}


class StatementMasker(BaseEstimator, TransformerMixin):
    """Replace actor mentions by placeholder tokens (see module docstring)."""

    def fit(self, X: pd.DataFrame, y: Any = None) -> "StatementMasker":
        return self

    def transform(self, X: pd.DataFrame) -> np.ndarray:
        registry = default_registry(config.ACTOR_ALIASES)
        out = []
        for sentence, actor in zip(X["sentence"], X["actor"]):
            out.append(mask_sentence(sentence, actor, registry))
        return np.asarray(out, dtype=object)


def mask_sentence(sentence: str, actor: str, registry) -> str:
    spans = [(m.start, m.end, " SPEAKERX " if m.actor == actor and actor else " ACTORX ")
             for m in registry.mentions(sentence)]
    taken = [(a, b) for a, b, _ in spans]
    for a, b in registry.demonyms(sentence):
        if not any(a < y and x < b for x, y in taken):
            spans.append((a, b, " GENTILICX "))
    text = sentence
    for start, end, token in sorted(spans, reverse=True):
        text = text[:start] + token + text[end:]
    return re.sub(r"\s+", " ", text).strip()


class CueCounts(BaseEstimator, TransformerMixin):
    """Counts of each stance's cue words and of negations: the guide's cues as features."""

    def fit(self, X: Any, y: Any = None) -> "CueCounts":
        return self

    def transform(self, X: Any) -> sp.csr_matrix:
        rows = [cue_counts(text) for text in X]
        return sp.csr_matrix(np.log1p(np.asarray(rows, dtype=float)))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray([f"cue_{s}" for s in STANCE_CUES] + ["negation"], dtype=object)


class LexiconBaseline(BaseEstimator, ClassifierMixin):
    """Keyword-lexicon baseline: the stance with most cue words; none gives neutral."""

    def fit(self, X: pd.DataFrame, y: Any = None) -> "LexiconBaseline":
        self.classes_ = np.asarray(config.STANCES)
        return self

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        out = []
        for sentence in X["sentence"]:
            counts = dict(zip(STANCE_CUES, cue_counts(sentence)))
            best = max(counts, key=lambda s: counts[s])
            out.append(best if counts[best] > 0 else "neutral")
        return np.asarray(out)


class SpeakerClause(BaseEstimator, TransformerMixin):
    """The words around the speaker ("SPEAKERX sharply condemned", "said SPEAKERX"): the reporting
    verb and its clause carry the stance, and a vocabulary of their own keeps them apart from
    the same words elsewhere in the sentence."""

    def __init__(self, after: int = 4, before: int = 2) -> None:
        self.after = after
        self.before = before

    def fit(self, X: Any, y: Any = None) -> "SpeakerClause":
        return self

    def transform(self, X: Any) -> np.ndarray:
        return np.asarray([speaker_clause(text, self.after, self.before) for text in X], dtype=object)


def speaker_clause(masked: str, after: int, before: int) -> str:
    words = re.findall(r"\w[\w'-]*", masked)
    spots = [i for i, w in enumerate(words) if w == "SPEAKERX"]
    if not spots:
        return "NOSPEAKER"
    window = []
    for i in spots:
        window += words[max(0, i - before):i] + ["SPEAKERX"] + words[i + 1:i + 1 + after]
    return " ".join(window)


def build_pipeline(params: dict[str, Any] | None = None) -> Pipeline:
    pipe = Pipeline(
        [
            ("mask", StatementMasker()),
            (
                "features",
                FeatureUnion(
                    [
                        ("word", TfidfVectorizer(lowercase=True, token_pattern=WORD_PATTERN)),
                        ("char", TfidfVectorizer(analyzer="char_wb", lowercase=True)),
                        ("cues", CueCounts()),
                        ("speaker", Pipeline([("clause", SpeakerClause()),
                                              ("tfidf", TfidfVectorizer(lowercase=True, ngram_range=(1, 2),
                                                                        token_pattern=WORD_PATTERN))])),
                    ]
                ),
            ),
            (
                "clf",
                LogisticRegression(class_weight="balanced", max_iter=5000, random_state=config.RANDOM_STATE),
            ),
        ]
    )
    params = params or {}
    # A step switched off ("drop") takes no parameters: leave its defaults out.
    dropped = [name for name, value in params.items() if isinstance(value, str) and value in ("drop", "passthrough")]
    defaults = {k: v for k, v in DEFAULT_PARAMS.items() if not any(k.startswith(f"{d}__") for d in dropped)}
    pipe.set_params(**{**defaults, **params})
    return pipe


def model_input(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[["sentence", "actor"]].fillna("").astype(str).reset_index(drop=True)


@dataclass
class StanceModel:
    """Both heads and what they were trained with."""

    stance: Pipeline
    sentiment: Pipeline
    params: dict[str, Any]

    def predict(self, statements: pd.DataFrame) -> pd.DataFrame:
        """Stance, its probabilities and confidence, and sentiment for each statement row."""
        X = model_input(statements)
        out = pd.DataFrame(index=statements.index)
        if X.empty:
            for column in ["stance", "confidence", *config.PROBABILITY_COLUMNS, "sentiment", "sentiment_score"]:
                out[column] = pd.Series(dtype=float if column.startswith(("p_", "conf", "sentiment_s")) else object)
            return out
        proba = self.stance.predict_proba(X)
        classes = list(self.stance.classes_)
        for stance in config.STANCES:
            out[f"p_{stance}"] = proba[:, classes.index(stance)] if stance in classes else 0.0
        probabilities = out[config.PROBABILITY_COLUMNS]
        out["stance"] = [config.STANCES[i] for i in np.argmax(probabilities.to_numpy(), axis=1)]
        out["confidence"] = probabilities.max(axis=1)
        s_proba = self.sentiment.predict_proba(X)
        s_classes = list(self.sentiment.classes_)
        out["sentiment"] = [s_classes[i] for i in np.argmax(s_proba, axis=1)]
        score = np.zeros(len(X))
        for name, weight in config.SENTIMENT_SCORE.items():
            if name in s_classes:
                score += weight * s_proba[:, s_classes.index(name)]
        out["sentiment_score"] = score
        return out


def train_model(labels: pd.DataFrame, params: dict[str, Any] | None = None) -> StanceModel:
    X = model_input(labels)
    stance = build_pipeline(params).fit(X, labels["stance"].to_numpy())
    sentiment = build_pipeline(params).fit(X, labels["sentiment"].to_numpy())
    return StanceModel(stance, sentiment, {**DEFAULT_PARAMS, **(params or {})})


# --- persistence -------------------------------------------------------------------


class ModelError(Exception):
    """A model that cannot be used, with a message that says what to do."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def metadata_path(model_path: Path) -> Path:
    return model_path.with_suffix(".json")


def library_versions() -> dict[str, str]:
    import scipy

    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "joblib": joblib.__version__,
    }


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` then rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_model(model: StanceModel, model_path: Path, labels_path: Path, scores: dict[str, Any],
               n_rows: int) -> dict[str, Any]:
    """Save the bundle and its metadata JSON; returns the metadata."""
    model_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=model_path.parent, prefix=f".{model_path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        joblib.dump({"format": MODEL_FORMAT, "stance": model.stance, "sentiment": model.sentiment,
                     "params": model.params}, tmp)
        model_hash = sha256_file(Path(tmp))
        metadata = {
            "model_file": model_path.name,
            "model_sha256": model_hash,
            "labels_file": str(labels_path),
            "labels_sha256": sha256_file(labels_path),
            "labels_rows": n_rows,
            "versions": library_versions(),
            "params": {k: list(v) if isinstance(v, tuple) else v for k, v in model.params.items()},
            "stance_labels": list(model.stance.classes_),
            "sentiment_labels": list(model.sentiment.classes_),
            "cross_validation": scores,
            "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "format": MODEL_FORMAT,
        }
        # Metadata first: a model file never stands without the hash that vouches for it.
        atomic_write_bytes(metadata_path(model_path), json.dumps(metadata, indent=2).encode())
        os.replace(tmp, model_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return metadata


def load_model(model_path: Path) -> tuple[StanceModel, dict[str, Any]]:
    """Load a model only after its file matches the SHA-256 in its metadata."""
    if not model_path.exists():
        raise ModelError(f"no model at {model_path}: run `make train` (or `stance train`) first")
    meta_path = metadata_path(model_path)
    if not meta_path.exists():
        raise ModelError(f"model metadata {meta_path} is missing: refusing to load an unverified model; "
                         "run `make train` to retrain")
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelError(f"model metadata {meta_path} is unreadable ({err}): run `make train` to retrain") from err
    if sha256_file(model_path) != metadata.get("model_sha256"):
        raise ModelError(f"{model_path} does not match the SHA-256 in {meta_path.name} (tampered or truncated): "
                         "refusing to load it; run `make train` to retrain")
    trained_with = metadata.get("versions", {}).get("scikit-learn")
    if trained_with != sklearn.__version__:
        raise ModelError(f"{model_path} was trained with scikit-learn {trained_with}, this is "
                         f"{sklearn.__version__}: retrain with `make train` (or `stance train`)")
    try:
        bundle = joblib.load(model_path)
    except Exception as err:  # a verified file that still fails to load is a broken install
        raise ModelError(f"{model_path} could not be loaded ({err}): run `make train` to retrain") from err
    return StanceModel(bundle["stance"], bundle["sentiment"], bundle["params"]), metadata
