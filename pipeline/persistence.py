"""Saving and loading a model: a pickle read through an allow-list, with its metadata JSON beside it.

Why not plain joblib/pickle: loading a pickle calls whatever the file names, so a model file from
someone else could run anything. This loader resolves a name only if it is on ``ALLOWED``: the
dozen scikit-learn and NumPy classes and constructors a stance model is made of, and this
package's own transformers. Anything else (``os.system``, ``builtins.eval``, any other class)
stops the load before it is called. skops does the same for any scikit-learn model, but importing
it imports every scikit-learn estimator, seconds on each start of ``stance predict``; a stance
model needs a fixed handful of types, so the list is short and written out.

The SHA-256 in the metadata then proves the file is the one ``stance train`` wrote (integrity); it
cannot prove who wrote it (origin): anyone who can replace both files can replace the model, but
not make the loader run code.

A model trained with another scikit-learn version is refused: the pipeline is only known to
behave as evaluated with the version it was fitted with.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import platform
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import sklearn

from pipeline.model import StanceModel

MODEL_FORMAT = 3
# Every name a stance model file may make the loader resolve: classes whose state is plain data,
# and NumPy's array constructors (under their NumPy 1 and NumPy 2 module names).
ALLOWED: frozenset[tuple[str, str]] = frozenset({
    ("numpy", "dtype"), ("numpy", "float64"), ("numpy", "int64"), ("numpy", "int32"), ("numpy", "ndarray"),
    ("numpy._core.multiarray", "_reconstruct"), ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.numeric", "_frombuffer"), ("numpy.core.numeric", "_frombuffer"),
    ("sklearn.feature_extraction.text", "TfidfTransformer"), ("sklearn.feature_extraction.text", "TfidfVectorizer"),
    ("sklearn.linear_model._logistic", "LogisticRegression"), ("sklearn.multioutput", "MultiOutputClassifier"),
    ("sklearn.pipeline", "FeatureUnion"), ("sklearn.pipeline", "Pipeline"),
    ("pipeline.model", "StatementMasker"), ("pipeline.model", "CueCounts"), ("pipeline.model", "GuideForms"),
    ("pipeline.model", "SpeakerClause"), ("pipeline.model", "ReportedContent"), ("pipeline.model", "CharNgramTfidf"),
})


class _AllowListUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in ALLOWED:
            raise ModelError(f"the model file names {module}.{name}, which this tool does not trust")
        return super().find_class(module, name)


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


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()}


def save_model(model: StanceModel, model_path: Path, sources: dict[str, Path | None], scores: dict[str, Any],
               n_rows: int) -> dict[str, Any]:
    """Save the model and its metadata JSON; returns the metadata.

    ``sources``: the files the model was made from (labels, actors), whose SHA-256 is recorded.
    """
    data = pickle.dumps({"format": MODEL_FORMAT, "pipeline": model.pipeline, "params": model.params},
                        protocol=pickle.HIGHEST_PROTOCOL)
    metadata = {
        "model_file": model_path.name,
        "model_sha256": hashlib.sha256(data).hexdigest(),
        "sources": {name: ({"file": str(path), "sha256": sha256_file(path)} if path is not None and path.is_file()
                           else {"file": str(path) if path else "", "sha256": ""})
                    for name, path in sources.items()},
        "labels_rows": n_rows,
        "actor_rows": max(0, model.pipeline.named_steps["mask"].actors.count("\n") - 1),
        "versions": library_versions(),
        "params": _jsonable(model.params),
        "stance_labels": model.classes["stance"],
        "sentiment_labels": model.classes["sentiment"],
        "cross_validation": scores,
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "format": MODEL_FORMAT,
    }
    # Metadata first: a model file never stands without the hash that vouches for it.
    atomic_write_bytes(metadata_path(model_path), json.dumps(metadata, indent=2).encode())
    atomic_write_bytes(model_path, data)
    return metadata


def read_metadata(model_path: Path) -> dict[str, Any]:
    meta_path = metadata_path(model_path)
    if not meta_path.exists():
        raise ModelError(f"model metadata {meta_path} is missing: refusing to load an unverified model; "
                         "run `make train` to retrain")
    try:
        return json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelError(f"model metadata {meta_path} is unreadable ({err}): run `make train` to retrain") from err


def load_model(model_path: Path) -> tuple[StanceModel, dict[str, Any]]:
    """Load a model only after its file matches the SHA-256 in its metadata, resolving only the
    names on the allow-list."""
    if not model_path.exists():
        raise ModelError(f"no model at {model_path}: run `make train` (or `stance train`) first")
    metadata = read_metadata(model_path)
    data = model_path.read_bytes()
    if hashlib.sha256(data).hexdigest() != metadata.get("model_sha256"):
        raise ModelError(f"{model_path} does not match the SHA-256 in {metadata_path(model_path).name} "
                         "(tampered or truncated): refusing to load it; run `make train` to retrain")
    trained_with = metadata.get("versions", {}).get("scikit-learn")
    if trained_with != sklearn.__version__:
        raise ModelError(f"{model_path} was trained with scikit-learn {trained_with}, this is "
                         f"{sklearn.__version__}: retrain with `make train` (or `stance train`)")
    try:
        bundle = _AllowListUnpickler(io.BytesIO(data)).load()
    except ModelError as err:
        raise ModelError(f"{model_path}: {err}: refusing to load it; run `make train` to retrain") from err
    except Exception as err:  # a verified file that still fails to load is a broken install
        raise ModelError(f"{model_path} could not be loaded ({err}): run `make train` to retrain") from err
    return StanceModel(bundle["pipeline"], bundle["params"]), metadata
