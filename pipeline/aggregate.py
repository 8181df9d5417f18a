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

from dataclasses import dataclass, field

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


ACTOR_COLUMNS = ["actor", "statements", *[f"n_{s}" for s in config.STANCES],
                 *[f"share_{s}" for s in config.STANCES], "position", "position_share", "dominant",
                 "mean_confidence", "sentiment_score", *[f"evidence_{s}" for s in config.STANCES]]


@dataclass
class _ActorSums:
    statements: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(config.STANCES, 0))
    mass: dict[str, float] = field(default_factory=lambda: dict.fromkeys(config.STANCES, 0.0))
    confidence: float = 0.0
    sentiment: float = 0.0
    # Per stance, the best evidence so far as a sort key: (-confidence, doc, sentence).
    evidence: dict[str, tuple[float, str, str]] = field(default_factory=dict)


class ActorTally:
    """Per-actor sums that grow batch by batch, so the table never needs every statement at once.

    ``add`` takes predicted statements (actor, doc, sentence, stance, confidence, p_<stance>,
    sentiment_score); ``table`` gives the actor table (columns in the module docstring).
    """

    def __init__(self) -> None:
        self._sums: dict[str, _ActorSums] = {}

    def add(self, statements: pd.DataFrame) -> "ActorTally":
        rows = statements[statements["actor"] != ""]
        if rows.empty:
            return self
        probabilities = rows[config.PROBABILITY_COLUMNS].to_numpy(dtype=float)
        for i, (actor, doc, sentence, stance, confidence, sentiment) in enumerate(zip(
                rows["actor"], rows["doc"], rows["sentence"], rows["stance"], rows["confidence"],
                rows["sentiment_score"])):
            sums = self._sums.setdefault(actor, _ActorSums())
            sums.statements += 1
            sums.counts[stance] += 1
            for s, p in zip(config.STANCES, probabilities[i]):
                sums.mass[s] += float(p)
            sums.confidence += float(confidence)
            sums.sentiment += float(sentiment)
            key = (-float(confidence), str(doc), str(sentence))
            if stance not in sums.evidence or key < sums.evidence[stance]:
                sums.evidence[stance] = key
        return self

    def table(self) -> pd.DataFrame:
        rows = [_actor_row(actor, self._sums[actor]) for actor in sorted(self._sums)]
        table = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
        return table.sort_values(["statements", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _actor_row(actor: str, sums: _ActorSums) -> dict[str, object]:
    n = sums.statements
    counts = pd.Series(sums.counts).reindex(config.STANCES)
    mass = pd.Series(sums.mass)
    stance_taken = position(counts, mass)
    row: dict[str, object] = {"actor": actor, "statements": n}
    for s in config.STANCES:
        row[f"n_{s}"] = int(counts[s])
        row[f"share_{s}"] = round(counts[s] / n, 3)
    row["position"] = stance_taken
    row["position_share"] = round(counts[stance_taken] / n, 3) if stance_taken else 0.0
    row["dominant"] = top_stance(counts, mass)
    row["mean_confidence"] = round(sums.confidence / n, 3)
    row["sentiment_score"] = round(sums.sentiment / n, 3)
    for s in config.STANCES:
        row[f"evidence_{s}"] = sums.evidence[s][2] if s in sums.evidence else ""
    return row


def actor_table(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per actor, most statements first."""
    return ActorTally().add(statements).table()


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
