"""Persistence: what a saved model carries, and what the loader refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.actors import ActorRegistry, Alias
from pipeline.model import train_model
from pipeline.persistence import ModelError, load_model, save_model

ROWS = pd.DataFrame({
    "sentence": ["Jane Doe condemned the attack.", "Jane Doe denounced the crimes.", "Jane Doe welcomed the deal.",
                 "Jane Doe praised the aid.", "Jane Doe urged talks.", "Jane Doe called for a ceasefire.",
                 "Jane Doe said the count was 20.", "Jane Doe announced the date."],
    "actor": ["Canada"] * 8,
    "stance": ["condemning", "condemning", "supporting", "supporting", "calling_for_talks", "calling_for_talks",
               "neutral", "neutral"],
    "sentiment": ["negative", "negative", "positive", "positive", "neutral", "neutral", "neutral", "neutral"],
    "source": ["seed"] * 8,
})


@pytest.fixture()
def saved(tmp_path: Path) -> Path:
    registry = ActorRegistry([Alias("Canada", "Canada", "country"), Alias("Canada", "Jane Doe", "person")], [])
    model = train_model(ROWS, registry)
    labels = tmp_path / "labels.csv"
    ROWS.to_csv(labels, index=False)
    path = tmp_path / "stance.pkl"
    save_model(model, path, {"labels": labels, "actors": None}, {}, len(ROWS))
    return path


def test_the_saved_model_masks_with_the_actor_table_it_was_trained_with(saved: Path):
    model, meta = load_model(saved)
    masker = model.pipeline.named_steps["mask"]
    # The registry travels inside the model: no actors file is read at prediction time.
    assert masker.transform(pd.DataFrame({"sentence": ["Jane Doe said so."], "actor": ["Canada"]}))[0] \
        == "SPEAKERX said so."
    assert meta["actor_rows"] == 2 and len(meta["sources"]["labels"]["sha256"]) == 64


class Payload:
    """What a hostile model file would carry: unpickling it calls os.system."""

    def __reduce__(self):
        import os

        return (os.system, ("touch /tmp/stance-pwned",))


def test_a_model_file_naming_anything_outside_the_allow_list_is_refused(saved: Path, tmp_path: Path):
    # A file that passes the hash check but names a callable outside the allow-list is never run.
    import pickle

    foreign = pickle.dumps({"format": 3, "pipeline": Payload(), "params": {}})
    saved.write_bytes(foreign)
    meta_path = saved.with_suffix(".json")
    meta = json.loads(meta_path.read_text())
    import hashlib

    meta["model_sha256"] = hashlib.sha256(foreign).hexdigest()
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="posix.system|os.system"):
        load_model(saved)
    assert not Path("/tmp/stance-pwned").exists()
