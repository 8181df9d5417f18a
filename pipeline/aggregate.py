"""Per-actor stance tables from predicted statements.

Actor table columns (``actor_table``):
    actor, statements
    n_<stance>, share_<stance>      count and share of each stance
    position, position_share       most frequent stance other than neutral (ties: higher
                                   summed probability), "" when every statement is neutral
    dominant                       most frequent stance, neutral included
    mean_confidence                mean probability of the predicted stance
    sentiment_score                mean sentiment in [-1, 1] (P(positive) - P(negative))
    evidence_<stance>              the most confident sentence predicted as that stance
"""

from __future__ import annotations

import pandas as pd

from pipeline import config


def top_stance(counts: pd.Series, mass: pd.Series | None = None) -> str:
    """Most frequent label; equal counts go to the one with more probability mass, then by name."""
    if counts.empty or counts.max() == 0:
        return ""
    best = counts[counts == counts.max()].index
    return max(sorted(best), key=lambda s: 0.0 if mass is None else mass.get(s, 0.0))


def position(counts: pd.Series, mass: pd.Series | None = None) -> str:
    """An actor's position: its most frequent stance other than neutral ("" if none)."""
    return top_stance(counts.drop("neutral", errors="ignore"), mass)


def stance_mass(statements: pd.DataFrame) -> pd.Series:
    """Summed probability of each stance over some statements (the ``p_<stance>`` columns)."""
    return pd.Series({s: statements[f"p_{s}"].sum() for s in config.STANCES})


def actor_table(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per actor, most statements first."""
    columns = ["actor", "statements", *[f"n_{s}" for s in config.STANCES], *[f"share_{s}" for s in config.STANCES],
               "position", "position_share", "dominant", "mean_confidence", "sentiment_score",
               *[f"evidence_{s}" for s in config.STANCES]]
    rows = []
    for actor, group in statements[statements["actor"] != ""].groupby("actor", sort=True):
        n = len(group)
        counts = group["stance"].value_counts().reindex(config.STANCES, fill_value=0)
        mass = stance_mass(group)
        stance_taken = position(counts, mass)
        row = {"actor": actor, "statements": n}
        for s in config.STANCES:
            row[f"n_{s}"] = int(counts[s])
            row[f"share_{s}"] = round(counts[s] / n, 3)
        row["position"] = stance_taken
        row["position_share"] = round(counts[stance_taken] / n, 3) if stance_taken else 0.0
        row["dominant"] = top_stance(counts, mass)
        row["mean_confidence"] = round(float(group["confidence"].mean()), 3)
        row["sentiment_score"] = round(float(group["sentiment_score"].mean()), 3)
        for s in config.STANCES:
            chosen = group[group["stance"] == s]
            row[f"evidence_{s}"] = (
                chosen.sort_values(["confidence", "doc", "sentence"], ascending=[False, True, True])["sentence"].iloc[0]
                if not chosen.empty else ""
            )
        rows.append(row)
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["statements", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


def actor_markdown(table: pd.DataFrame) -> str:
    """The actor table as Markdown: the summary first, then the evidence per actor."""
    if table.empty:
        return "# Per-actor stance\n\nNo statements were attributed to any actor.\n"
    header = ["actor", "statements", "position", *config.STANCES, "sentiment", "confidence"]
    lines = ["# Per-actor stance", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in table.itertuples(index=False):
        position = f"{row.position} ({row.position_share:.0%})" if row.position else "—"
        shares = [f"{getattr(row, f'n_{s}')} ({getattr(row, f'share_{s}'):.0%})" for s in config.STANCES]
        lines.append("| " + " | ".join([row.actor, str(row.statements), position, *shares,
                                          f"{row.sentiment_score:+.2f}", f"{row.mean_confidence:.2f}"]) + " |")
    lines += ["", "## Evidence", ""]
    for row in table.itertuples(index=False):
        lines.append(f"### {row.actor}")
        for s in config.STANCES:
            sentence = getattr(row, f"evidence_{s}")
            if sentence:
                lines.append(f"- **{s}**: {_md_escape(sentence)}")
        lines.append("")
    return "\n".join(lines)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
