"""Intervals, tentative positions, and the bounded tallies behind targets, timeline and HTML."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline import config
from pipeline.aggregate import (ActorTally, StatementSample, TargetTally, TimelineTally, actor_markdown,
                                choose_period, is_tentative, share_interval)


def statements(rows):
    """Predicted statements from (actor, stance[, date, target]) tuples, confidence 0.8."""
    out = []
    for i, row in enumerate(rows):
        actor, stance, date, target = (*row, "", "")[:4]
        p = {f"p_{s}": (0.8 if s == stance else 0.2 / 3) for s in config.STANCES}
        out.append({"doc": f"d{i}.txt", "sentence": f"s{i}", "actor": actor, "stance": stance, "confidence": 0.8,
                    "sentiment_score": 0.0, "date": date, "target": target, "source": "", **p})
    return pd.DataFrame(out)


def test_jeffreys_intervals_cover_the_true_share_about_90_percent_of_the_time():
    rng = np.random.default_rng(0)
    actors = 2000
    n = rng.integers(1, 41, actors)             # 1 to 40 statements per actor
    share = rng.uniform(0, 1, actors)           # the true share of one stance
    k = rng.binomial(n, share)
    bounds = np.array([share_interval(int(ki), int(ni)) for ki, ni in zip(k, n)])
    covered = (bounds[:, 0] <= share) & (share <= bounds[:, 1])
    assert 0.87 <= covered.mean() <= 0.94
    # Small actors (under 5 statements) are where a naive interval fails; Jeffreys holds there too.
    small = n < 5
    assert 0.85 <= covered[small].mean() <= 0.97


def test_coverage_through_the_tally_on_simulated_actors():
    """Statements drawn from a known stance mix per actor, tallied batch by batch."""
    rng = np.random.default_rng(1)
    truth, rows = {}, []
    for a in range(400):
        mix = rng.dirichlet(np.ones(4))
        truth[f"A{a}"] = mix
        for stance in rng.choice(config.STANCES, size=int(rng.integers(3, 30)), p=mix):
            rows.append((f"A{a}", stance))
    frame = statements(rows)
    tally = ActorTally()
    for start in range(0, len(frame), 500):
        tally.add(frame.iloc[start:start + 500])
    table = tally.table().set_index("actor")
    inside = [table.at[a, f"low_{s}"] <= mix[i] <= table.at[a, f"high_{s}"]
              for a, mix in truth.items() for i, s in enumerate(config.STANCES)]
    assert 0.86 <= np.mean(inside) <= 0.95


def test_interval_narrows_with_more_statements():
    low3, high3 = share_interval(2, 3)
    low40, high40 = share_interval(27, 40)
    assert high3 - low3 > 2 * (high40 - low40)
    assert share_interval(0, 4)[0] == 0.0 and share_interval(4, 4)[1] == 1.0


def test_tentative_positions():
    counts = dict.fromkeys(config.STANCES, 0)
    assert is_tentative({**counts, "supporting": 2}, "supporting", 3)          # 2 statements only
    assert not is_tentative({**counts, "supporting": 27, "condemning": 2}, "supporting", 40)
    assert is_tentative({**counts, "supporting": 5, "condemning": 4}, "supporting", 12)  # overlap
    assert not is_tentative(counts, "", 0)


def test_actor_table_has_intervals_expected_counts_and_tentative():
    frame = statements([("France", "supporting")] * 2 + [("France", "neutral")]
                       + [("Japan", "condemning")] * 20 + [("Japan", "supporting")])
    table = ActorTally().add(frame).table().set_index("actor")
    assert table.at["France", "tentative"] and not table.at["Japan", "tentative"]
    assert table.at["Japan", "expected_condemning"] == pytest.approx(20 * 0.8 + 0.2 / 3, abs=0.01)
    assert table.at["Japan", "low_condemning"] < table.at["Japan", "share_condemning"] < table.at["Japan", "high_condemning"]
    markdown = actor_markdown(ActorTally().add(frame).table())
    assert "*tentative*" in markdown and "[" in markdown and "(16.1)" in markdown


def test_target_tally_counts_each_target():
    frame = statements([("France", "condemning", "", "Azerbaijan"), ("France", "condemning", "", "Azerbaijan;Russia"),
                        ("Turkey", "supporting", "", "Azerbaijan"), ("Japan", "neutral", "", "")])
    table = TargetTally().add(frame).table()
    assert table.iloc[0].tolist() == ["France", "Azerbaijan", "condemning", 2]
    assert len(table) == 3 and set(table["source"]) == {"France", "Turkey"}


def test_timeline_by_day_week_and_month():
    frame = statements([("France", "condemning", "2023-10-02"), ("France", "supporting", "2023-10-04"),
                        ("France", "condemning", "2023-10-04"), ("Japan", "neutral", ""), ("Japan", "neutral", "2023-10-09")])
    tally = TimelineTally().add(frame)
    assert tally.undated == 1
    daily, period = tally.table()
    assert period == "day"
    assert daily[daily["actor"] == "France"][["period", "statements", "n_condemning"]].values.tolist() == [
        ["2023-10-02", 1, 1], ["2023-10-04", 2, 1]]
    weekly, _ = tally.table("week")
    assert weekly[["actor", "period", "statements"]].values.tolist() == [
        ["France", "2023-10-02", 3], ["Japan", "2023-10-09", 1]]
    assert tally.table("month")[0]["period"].unique().tolist() == ["2023-10"]
    assert choose_period("2023-01-01", "2023-01-20") == "day"
    assert choose_period("2023-01-01", "2023-06-20") == "week"
    assert choose_period("2021-01-01", "2023-06-20") == "month"


def test_statement_sample_keeps_the_most_confident_per_actor_and_stance():
    frame = statements([("France", "condemning")] * 200)
    frame["confidence"] = np.linspace(0.3, 0.99, 200)
    sample = StatementSample(per_stance=5)
    for start in range(0, 200, 37):
        sample.add(frame.iloc[start:start + 37])
    kept = sample.statements("France", "condemning")
    assert [round(r["confidence"], 3) for r in kept] == [round(v, 3) for v in frame["confidence"].iloc[::-1][:5]]
    assert sample.seen("France", "condemning") == 200 and sample.kept() == 5


def test_timeline_chart_keeps_gaps_in_time():
    from pipeline.report import all_periods

    assert all_periods(["2023-10-02", "2023-10-23"], "week") == ["2023-10-02", "2023-10-09", "2023-10-16", "2023-10-23"]
    assert all_periods(["2023-01", "2023-04"], "month") == ["2023-01", "2023-02", "2023-03", "2023-04"]


def test_the_terminal_lists_the_busiest_actors_and_says_how_many_more(capsys):
    from pipeline.cli import print_actor_table

    frame = statements([("France", "supporting")] * 3 + [("Japan", "condemning")] * 2 + [("Chile", "neutral")])
    print_actor_table(ActorTally().add(frame).table(), limit=2)
    shown = capsys.readouterr().out
    assert "France" in shown and "Japan" in shown and "Chile" not in shown
    assert "1 more actors with fewer statements" in shown


def test_positions_read_plain_dicts_and_series_alike():
    from pipeline.aggregate import position, top_stance

    counts = {"condemning": 2, "supporting": 2, "neutral": 5, "calling_for_talks": 0}
    mass = {"condemning": 1.4, "supporting": 1.9, "neutral": 4.0, "calling_for_talks": 0.2}
    # neutral is no position; the tie between two stances goes to the one with more probability mass
    assert position(counts, mass) == position(pd.Series(counts), pd.Series(mass)) == "supporting"
    assert top_stance(counts) == top_stance(pd.Series(counts)) == "neutral"
    assert position({"neutral": 3}) == position(pd.Series({"neutral": 3})) == ""
