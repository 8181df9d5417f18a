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
    low_<stance>, high_<stance>    90 % interval of each share (Jeffreys: see ``share_interval``)
    expected_<stance>              expected count: the summed probability of that stance
    tentative                      True when the position's interval overlaps the next
                                   non-neutral stance's, or the position rests on < 3 statements
"""

from __future__ import annotations

import functools
import heapq
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from scipy.stats import beta

from pipeline import config


def top_stance(counts: Mapping[str, int], mass: Mapping[str, float] | None = None) -> str:
    """Most frequent label; equal counts go to the one with more probability mass, then by name.
    ``counts`` and ``mass`` are dicts or Series by stance (plain dicts: the actor table calls this
    once per actor, where pandas' per-call overhead added up to seconds)."""
    counts = dict(counts)
    most = max(counts.values(), default=0)
    if most == 0:
        return ""
    best = [s for s, c in counts.items() if c == most]
    return max(sorted(best), key=lambda s: 0.0 if mass is None else mass.get(s, 0.0))


def position(counts: Mapping[str, int], mass: Mapping[str, float] | None = None) -> str:
    """An actor's position: its most frequent stance other than neutral ("" if none)."""
    return top_stance({s: c for s, c in dict(counts).items() if s != "neutral"}, mass)


def stance_mass(statements: pd.DataFrame) -> pd.Series:
    """Summed probability of each stance over some statements (the ``p_<stance>`` columns)."""
    return pd.Series({s: statements[f"p_{s}"].sum() for s in config.STANCES})


ACTOR_COLUMNS = ["actor", "statements", *[f"n_{s}" for s in config.STANCES],
                 *[f"share_{s}" for s in config.STANCES], "position", "position_share", "dominant",
                 "mean_confidence", "sentiment_score", *[f"evidence_{s}" for s in config.STANCES],
                 *[f"{b}_{s}" for s in config.STANCES for b in ("low", "high")],
                 *[f"expected_{s}" for s in config.STANCES], "tentative"]

# The interval beside each share, and the evidence a position needs before it is not tentative.
INTERVAL_LEVEL = 0.90
MIN_POSITION_STATEMENTS = 3


@functools.lru_cache(maxsize=65536)
def share_interval(k: int, n: int, level: float = INTERVAL_LEVEL) -> tuple[float, float]:
    """Equal-tailed ``level`` interval of a share of k in n: the Jeffreys interval, i.e. the
    quantiles of the share's Beta(k + 1/2, n - k + 1/2) posterior under the Jeffreys prior.

    Each stance's share is a binomial proportion (that stance or not); the Jeffreys interval keeps
    close to its nominal coverage even for a handful of statements, where the normal approximation
    collapses to a zero-width interval at 0 % or 100 %, and it needs only the counts, so the table
    stays incremental (a bootstrap would need every statement). By convention the bound is 0 at
    k = 0 and 1 at k = n."""
    if n <= 0:
        return 0.0, 1.0
    tail = (1 - level) / 2
    low = 0.0 if k == 0 else float(beta.ppf(tail, k + 0.5, n - k + 0.5))
    high = 1.0 if k == n else float(beta.ppf(1 - tail, k + 0.5, n - k + 0.5))
    return low, high


def is_tentative(counts: dict[str, int], taken: str, n: int) -> bool:
    """A position is tentative when it rests on fewer than ``MIN_POSITION_STATEMENTS`` statements,
    or when its interval overlaps the interval of the next non-neutral stance."""
    if not taken:
        return False
    if counts[taken] < MIN_POSITION_STATEMENTS:
        return True
    rivals = [s for s in config.STANCES if s not in ("neutral", taken)]
    runner_up = max(rivals, key=lambda s: counts[s])
    return share_interval(counts[taken], n)[0] <= share_interval(counts[runner_up], n)[1]


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
        # Plain lists: iterating pandas' Arrow-backed columns value by value is ten times slower.
        probabilities = rows[config.PROBABILITY_COLUMNS].to_numpy(dtype=float).tolist()
        columns = [rows[c].tolist() for c in ("actor", "doc", "sentence", "stance")]
        numbers = [rows[c].to_numpy(dtype=float).tolist() for c in ("confidence", "sentiment_score")]
        for (actor, doc, sentence, stance, confidence, sentiment), p_row in zip(zip(*columns, *numbers),
                                                                                probabilities):
            sums = self._sums.setdefault(actor, _ActorSums())
            sums.statements += 1
            sums.counts[stance] += 1
            for s, p in zip(config.STANCES, p_row):
                sums.mass[s] += p
            sums.confidence += confidence
            sums.sentiment += sentiment
            key = (-confidence, str(doc), str(sentence))
            if stance not in sums.evidence or key < sums.evidence[stance]:
                sums.evidence[stance] = key
        return self

    def table(self) -> pd.DataFrame:
        rows = [_actor_row(actor, self._sums[actor]) for actor in sorted(self._sums)]
        table = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
        return table.sort_values(["statements", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _actor_row(actor: str, sums: _ActorSums) -> dict[str, object]:
    n = sums.statements
    counts = {s: sums.counts[s] for s in config.STANCES}
    mass = sums.mass
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
    for s in config.STANCES:
        row[f"low_{s}"], row[f"high_{s}"] = (round(v, 3) for v in share_interval(int(counts[s]), n))
    for s in config.STANCES:
        row[f"expected_{s}"] = round(sums.mass[s], 2)
    row["tentative"] = is_tentative(sums.counts, stance_taken, n)
    return row


def actor_table(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per actor, most statements first."""
    return ActorTally().add(statements).table()


def actor_markdown(table: pd.DataFrame) -> str:
    """The actor table as Markdown: the summary first, then the evidence per actor."""
    if table.empty:
        return "# Per-actor stance\n\nNo statements were attributed to any actor.\n"
    header = ["actor", "statements", "position", *config.STANCES, "sentiment", "confidence"]
    lines = ["# Per-actor stance", "",
             "Each stance: statements (expected count, the summed probability) and share [90 % interval]. "
             "*tentative*: the position's interval overlaps the next stance's, or it rests on fewer than "
             f"{MIN_POSITION_STATEMENTS} statements.", "",
             "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in table.itertuples(index=False):
        position = position_text(row)
        shares = [share_text(row, s) for s in config.STANCES]
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


def position_text(row: Any) -> str:
    """"condemning 60 % [41–77 %]", with "tentative" when it is; "—" without a position."""
    if not row.position:
        return "—"
    text = (f"{row.position} {row.position_share:.0%} "
            f"[{getattr(row, f'low_{row.position}'):.0%}–{getattr(row, f'high_{row.position}'):.0%}]")
    return text + (" *tentative*" if row.tentative else "")


def share_text(row: Any, stance: str) -> str:
    """"3 (2.7) 60 % [25–87 %]": count, expected count, share and its interval."""
    return (f"{getattr(row, f'n_{stance}')} ({getattr(row, f'expected_{stance}'):.1f}) "
            f"{getattr(row, f'share_{stance}'):.0%} [{getattr(row, f'low_{stance}'):.0%}–"
            f"{getattr(row, f'high_{stance}'):.0%}]")


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# --- who targets whom ----------------------------------------------------------------------------

TARGET_TABLE_COLUMNS = ["source", "target", "stance", "count"]


class TargetTally:
    """(source actor, target actor, stance) counts, batch by batch; a statement with several
    targets counts once for each."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str, str], int] = {}

    def add(self, statements: pd.DataFrame) -> "TargetTally":
        rows = statements[(statements["actor"] != "") & (statements["target"].fillna("") != "")]
        for actor, targets, stance in zip(rows["actor"], rows["target"], rows["stance"]):
            for target in str(targets).split(";"):
                if target and target != actor:
                    key = (actor, target, stance)
                    self._counts[key] = self._counts.get(key, 0) + 1
        return self

    def table(self) -> pd.DataFrame:
        """Most frequent pairs first (ties by name)."""
        frame = pd.DataFrame([(*k, n) for k, n in self._counts.items()], columns=TARGET_TABLE_COLUMNS)
        return frame.sort_values(["count", "source", "target", "stance"], ascending=[False, True, True, True],
                                 kind="stable").reset_index(drop=True)


# --- stances over time ---------------------------------------------------------------------------

PERIODS = ("day", "week", "month")
TIMELINE_COLUMNS = ["actor", "period", "statements", *[f"n_{s}" for s in config.STANCES]]
# The span (in days) up to which a timeline is drawn by day, then by week; longer ones by month.
DAILY_UP_TO_DAYS = 31
WEEKLY_UP_TO_DAYS = 366


def choose_period(first: str, last: str) -> str:
    """Day for a span of up to a month, week up to a year, month beyond."""
    span = (pd.Timestamp(last) - pd.Timestamp(first)).days
    return "day" if span <= DAILY_UP_TO_DAYS else "week" if span <= WEEKLY_UP_TO_DAYS else "month"


def period_of(day: pd.Series, period: str) -> pd.Series:
    """ISO days -> period labels: the day, the Monday opening its week, or "YYYY-MM"."""
    stamps = pd.to_datetime(day)
    if period == "day":
        return stamps.dt.strftime("%Y-%m-%d")
    if period == "week":
        return (stamps - pd.to_timedelta(stamps.dt.day_of_week, unit="D")).dt.strftime("%Y-%m-%d")
    if period == "month":
        return stamps.dt.strftime("%Y-%m")
    raise ValueError(f"unknown period {period!r} (allowed: {', '.join(PERIODS)})")


class TimelineTally:
    """(actor, day, stance) counts of the dated statements, batch by batch; ``table`` groups the
    days into periods. Bounded by actors x days x stances, whatever the number of statements."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str, str], int] = {}
        self.undated = 0

    def add(self, statements: pd.DataFrame) -> "TimelineTally":
        rows = statements[statements["actor"] != ""]
        dates = rows["date"].fillna("").astype(str) if "date" in rows else pd.Series("", index=rows.index)
        self.undated += int((dates == "").sum())
        for actor, day, stance in zip(rows["actor"], dates, rows["stance"]):
            if day:
                key = (actor, day, stance)
                self._counts[key] = self._counts.get(key, 0) + 1
        return self

    def span(self) -> tuple[str, str] | None:
        days = sorted({day for _, day, _ in self._counts})
        return (days[0], days[-1]) if days else None

    def table(self, period: str | None = None) -> tuple[pd.DataFrame, str]:
        """(timeline table, period used): one row per actor and period with the stance counts;
        ``period`` None chooses it by the span."""
        span = self.span()
        if span is None:
            return pd.DataFrame(columns=TIMELINE_COLUMNS), period or "day"
        period = period or choose_period(*span)
        long = pd.DataFrame([(*k, n) for k, n in self._counts.items()], columns=["actor", "day", "stance", "n"])
        long["period"] = period_of(long["day"], period)
        wide = long.pivot_table(index=["actor", "period"], columns="stance", values="n", aggfunc="sum", fill_value=0)
        wide = wide.reindex(columns=list(config.STANCES), fill_value=0)
        wide.columns = [f"n_{s}" for s in wide.columns]
        wide = wide.reset_index()
        wide["statements"] = wide[[f"n_{s}" for s in config.STANCES]].sum(axis=1)
        wide = wide[TIMELINE_COLUMNS].astype({c: int for c in TIMELINE_COLUMNS[2:]})
        return wide.sort_values(["actor", "period"], kind="stable").reset_index(drop=True), period


# --- the statements shown in the HTML report ------------------------------------------------------

# At most this many statements per actor and stance are kept for the HTML page: the most confident.
SAMPLE_PER_STANCE = 50
SAMPLE_FIELDS = ["actor", "stance", "confidence", "sentence", "doc", "date", "source", "target"]


class StatementSample:
    """The ``per_stance`` most confident statements of every actor and stance, kept batch by batch
    in a bounded heap each, with the number seen, so memory does not grow with the corpus."""

    def __init__(self, per_stance: int = SAMPLE_PER_STANCE) -> None:
        self.per_stance = per_stance
        self._heaps: dict[tuple[str, str], list[tuple[float, int, dict[str, Any]]]] = {}
        self._seen: dict[tuple[str, str], int] = {}
        self._order = itertools.count()

    def add(self, statements: pd.DataFrame) -> "StatementSample":
        rows = statements[statements["actor"] != ""]
        columns = {f: rows[f].tolist() if f in rows else [""] * len(rows) for f in SAMPLE_FIELDS}
        for values in zip(*(columns[f] for f in SAMPLE_FIELDS)):
            record = dict(zip(SAMPLE_FIELDS, values))
            record["confidence"] = float(record["confidence"])
            for f in ("date", "source", "target"):
                record[f] = "" if pd.isna(record[f]) else str(record[f])
            key = (record["actor"], record["stance"])
            self._seen[key] = self._seen.get(key, 0) + 1
            heap = self._heaps.setdefault(key, [])
            # Earlier statements win ties: the order counter is negated so a later one ranks lower.
            item = (record["confidence"], -next(self._order), record)
            if len(heap) < self.per_stance:
                heapq.heappush(heap, item)
            elif item[:2] > heap[0][:2]:
                heapq.heapreplace(heap, item)
        return self

    def statements(self, actor: str, stance: str) -> list[dict[str, Any]]:
        """The kept statements of ``actor`` and ``stance``, most confident first."""
        return [r for _, _, r in sorted(self._heaps.get((actor, stance), []), key=lambda i: (-i[0], -i[1]))]

    def seen(self, actor: str, stance: str) -> int:
        return self._seen.get((actor, stance), 0)

    def kept(self) -> int:
        return sum(len(h) for h in self._heaps.values())
