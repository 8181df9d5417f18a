"""One self-contained HTML page of a prediction run, rendered from ``templates/report.html.j2``.

Everything is inside the page: the charts as ``data:`` PNGs, the styles and the (hand-written)
script that sorts the actor table and filters the statements. Nothing is fetched.
"""

from __future__ import annotations

import base64
from typing import Any

import jinja2
import pandas as pd

from pipeline import config
from pipeline.aggregate import MIN_POSITION_STATEMENTS, StatementSample

STANCE_LABELS = {"condemning": "condemning", "supporting": "supporting", "neutral": "neutral",
                 "calling_for_talks": "calling for talks"}
# Rows of targets.csv listed in the page (the CSV has them all).
TARGET_ROWS_SHOWN = 300


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("pipeline", "templates"),
                              autoescape=jinja2.select_autoescape(["html", "j2"]),
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _actor_rows(table: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for i, row in enumerate(table.to_dict("records"), start=1):
        stances = []
        for s in config.STANCES:
            stances.append({"stance": s, "n": row[f"n_{s}"], "share": row[f"share_{s}"], "low": row[f"low_{s}"],
                            "high": row[f"high_{s}"], "expected": row[f"expected_{s}"]})
        position = row["position"]
        rows.append({**row, "stances": stances, "anchor": f"actor-{i}",
                     "position_low": row[f"low_{position}"] if position else 0.0,
                     "position_high": row[f"high_{position}"] if position else 0.0})
    return rows


def _statement_groups(table: pd.DataFrame, sample: StatementSample) -> list[dict[str, Any]]:
    groups = []
    for i, actor in enumerate(table["actor"], start=1):
        stances = []
        for s in config.STANCES:
            kept = sample.statements(actor, s)
            if kept:
                stances.append({"stance": s, "label": STANCE_LABELS[s], "statements": kept,
                                "seen": sample.seen(actor, s)})
        if stances:
            groups.append({"actor": actor, "stances": stances, "anchor": f"actor-{i}"})
    return groups


def render_report(table: pd.DataFrame, sample: StatementSample, targets: pd.DataFrame, images: dict[str, bytes],
                  facts: dict[str, Any], timeline_period: str = "") -> str:
    """The report page. ``images``: PNGs by name (``actors``, ``targets``, ``timeline``);
    ``facts``: the run's facts shown as a list (model hash, labels, date, inputs...)."""
    template = _environment().get_template("report.html.j2")
    return template.render(
        actors=_actor_rows(table),
        stances=[{"key": s, "label": STANCE_LABELS[s]} for s in config.STANCES],
        groups=_statement_groups(table, sample),
        targets=targets.head(TARGET_ROWS_SHOWN).to_dict("records"),
        targets_total=len(targets),
        targets_shown=TARGET_ROWS_SHOWN,
        images={name: data_uri(png) for name, png in images.items()},
        facts=facts,
        per_stance=sample.per_stance,
        min_statements=MIN_POSITION_STATEMENTS,
        timeline_period=timeline_period,
        target_names=sorted(set(targets["target"])) if len(targets) else [],
    )
