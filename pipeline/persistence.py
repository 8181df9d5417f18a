"""Saving and loading a model: a skops file, with its metadata JSON beside it.

Why skops and not joblib/pickle: loading a pickle runs whatever code the file names, so a model
file from someone else could run anything. A skops file is rebuilt from a description of the
objects, and the loader refuses any type outside an allow-list: scikit-learn's and NumPy's own
(skops' defaults) plus this package's three transformers, whose code is ours. The SHA-256 in
the metadata then proves the file is the one ``stance train`` wrote (integrity); it cannot prove
who wrote it (origin): anyone who can replace both files can replace the model, but not run code.

A model trained with another scikit-learn version is refused: the pipeline is only known to
behave as evaluated with the version it was fitted with.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import sklearn
import skops
import skops.io as sio

from pipeline.model import StanceModel

MODEL_FORMAT = 2
# Our own transformers: the only types outside skops' defaults a model file may hold.
TRUSTED_TYPES = frozenset({
    "pipeline.model.StatementMasker",
    "pipeline.model.CueCounts",
    "pipeline.model.SpeakerClause",
})


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
        "skops": skops.__version__,
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
    data = sio.dumps({"format": MODEL_FORMAT, "pipeline": model.pipeline, "params": model.params})
    metadata = {
        "model_file": model_path.name,
        "model_sha256": hashlib.sha256(data).hexdigest(),
        "sources": {name: ({"file": str(path), "sha256": sha256_file(path)} if path is not None and path.is_file()
                           else {"file": str(path) if path else "", "sha256": ""})
                    for name, path in sources.items()},
        "labels_rows": n_rows,
        "actor_aliases": len(model.pipeline.named_steps["mask"].actors or []),
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
    """Load a model only after its file matches the SHA-256 in its metadata and holds no type
    outside the allow-list."""
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
        unknown = set(sio.get_untrusted_types(data=data)) - TRUSTED_TYPES
        if unknown:
            raise ModelError(f"{model_path} holds types this tool does not trust ({', '.join(sorted(unknown))}): "
                             "refusing to load it; run `make train` to retrain")
        bundle = sio.loads(data, trusted=sorted(TRUSTED_TYPES))
    except ModelError:
        raise
    except Exception as err:  # a verified file that still fails to load is a broken install
        raise ModelError(f"{model_path} could not be loaded ({err}): run `make train` to retrain") from err
    return StanceModel(bundle["pipeline"], bundle["params"]), metadata
