"""Every path and label set the project uses, in one place.

Project paths are relative to the working directory and serve only as the CLI's defaults: the
library takes every path as an argument. Data shipped with the package is anchored on it.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
BUILTIN_ACTORS = DATA_DIR / "organisations.csv"
# The main parties and coalitions of each state since 2000 (actor,alias,kind,country,source)
BUILTIN_PARTIES = DATA_DIR / "parties.csv"

SEEDS_DIR = Path("seeds")
LABELS_DIR = Path("labels")
MODELS_DIR = Path("models")
REPORTS_DIR = Path("reports")

STATEMENT_LABELS = LABELS_DIR / "statements.csv"
DEV_LABELS = LABELS_DIR / "dev" / "statements.csv"
# Real-style pages, hand-labelled and trained on (source "page"): ten crises, and the Tigray war.
PAGE_LABELS = LABELS_DIR / "pages" / "statements.csv"
CRISIS_LABELS = LABELS_DIR / "crisis" / "tigray" / "statements.csv"
# The blind sets of earlier sessions, read and moved here once scored (source "page" since the twelfth
# session: they train the model; blind sets in labels/blind/ and labels/dev/ measure it).
HELDOUT_LABELS = LABELS_DIR / "heldout" / "statements.csv"
# What `stance train` and `stance evaluate` train on by default: the sentence labels and the labelled pages.
TRAIN_LABELS: tuple[Path, ...] = (STATEMENT_LABELS, PAGE_LABELS, CRISIS_LABELS, HELDOUT_LABELS)
ACTOR_ALIASES = LABELS_DIR / "actors.csv"
BUILTIN_OFFICEHOLDERS = DATA_DIR / "officeholders.csv"
# Cities of 100,000 people or more (GeoNames), whose name in a dateline says which state an article is filed from
BUILTIN_CITIES = DATA_DIR / "cities.csv"
DEFAULT_MODEL = MODELS_DIR / "stance.pkl"
# Where label rows' documents are looked for after the labels file's own folder.
LABEL_DOCUMENT_ROOTS: tuple[Path, ...] = (SEEDS_DIR,)

STANCES: tuple[str, ...] = ("condemning", "supporting", "neutral", "calling_for_talks")
# The model's probability of each stance, in the order of STANCES.
PROBABILITY_COLUMNS: list[str] = [f"p_{s}" for s in STANCES]
SENTIMENTS: tuple[str, ...] = ("negative", "neutral", "positive")
# seed: the seed articles; written: sentences written for training only; dev: real-style
# development articles, scored and never trained on; labelled: answers given in `stance label`
# (trained on, never scored by the seed cross-validation); page: real-style pages of other crises
# with every statement labelled (`labels/pages/`), trained on like an analyst's own labels.
LABEL_SOURCES: tuple[str, ...] = ("seed", "written", "dev", "labelled", "page")

# Sentiment labels mapped onto [-1, 1] for the per-actor mean sentiment score.
SENTIMENT_SCORE: dict[str, float] = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}

RANDOM_STATE = 0
