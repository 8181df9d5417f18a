"""Every path and label set the project uses, in one place, anchored on the package."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"

SEEDS_DIR = PROJECT_DIR / "seeds"
LABELS_DIR = PROJECT_DIR / "labels"
MODELS_DIR = PROJECT_DIR / "models"
REPORTS_DIR = PROJECT_DIR / "reports"

STATEMENT_LABELS = LABELS_DIR / "statements.csv"
ACTOR_ALIASES = LABELS_DIR / "actors.csv"
BUILTIN_ACTORS = DATA_DIR / "organisations.csv"
BUILTIN_OFFICEHOLDERS = DATA_DIR / "officeholders.csv"
DEFAULT_MODEL = MODELS_DIR / "stance.joblib"

STANCES: tuple[str, ...] = ("condemning", "supporting", "neutral", "calling_for_talks")
# The model's probability of each stance, in the order of STANCES.
PROBABILITY_COLUMNS: list[str] = [f"p_{s}" for s in STANCES]
SENTIMENTS: tuple[str, ...] = ("negative", "neutral", "positive")
LABEL_SOURCES: tuple[str, ...] = ("seed", "written")

# Sentiment labels mapped onto [-1, 1] for the per-actor mean sentiment score.
SENTIMENT_SCORE: dict[str, float] = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}

RANDOM_STATE = 0
