from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline import config
from pipeline.actors import ActorRegistry, default_registry
from pipeline.labels import read_labels
from pipeline.model import StanceModel, train_model


@pytest.fixture(scope="session")
def registry() -> ActorRegistry:
    return default_registry(config.ACTOR_ALIASES)


@pytest.fixture(scope="session")
def labels() -> pd.DataFrame:
    return read_labels(config.STATEMENT_LABELS)


@pytest.fixture(scope="session")
def model(labels: pd.DataFrame, registry: ActorRegistry) -> StanceModel:
    """The project's model trained on all hand labels (behavioural tests need a real model)."""
    return train_model(labels, registry)


TINY_LABELS = """doc,sentence,actor,stance,sentiment,target,source
a.txt,France condemned the attack on the city.,France,condemning,negative,,seed
a.txt,Germany denounced the illegal offensive.,Germany,condemning,negative,,seed
a.txt,Italy said it welcomed the agreement and would send aid.,Italy,supporting,positive,,seed
a.txt,Spain urged both sides to return to talks.,Spain,calling_for_talks,neutral,,seed
b.txt,Japan announced that 300 refugees had arrived.,Japan,neutral,neutral,,seed
b.txt,Canada called for an immediate ceasefire and dialogue.,Canada,calling_for_talks,neutral,,seed
b.txt,Brazil voiced its support and pledged assistance.,Brazil,supporting,positive,,seed
b.txt,Norway said the meeting would take place on Monday.,Norway,neutral,neutral,,seed
"""


@pytest.fixture()
def tiny_project(tmp_path: Path) -> Path:
    """Two tiny documents and their labels in a temporary folder."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "France condemned the attack on the city. Germany denounced the illegal offensive.\n\n"
        "Italy said it welcomed the agreement and would send aid. Spain urged both sides to return to talks.\n",
        encoding="utf-8")
    (docs / "b.txt").write_text(
        "Japan announced that 300 refugees had arrived. Canada called for an immediate ceasefire and dialogue.\n\n"
        "Brazil voiced its support and pledged assistance. Norway said the meeting would take place on Monday.\n",
        encoding="utf-8")
    (docs / "labels.csv").write_text(TINY_LABELS, encoding="utf-8")
    return docs
