"""Code tests of the scoring: end-to-end matching, positions, cue words."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline import config
from pipeline.cues import cue_counts, takes_position
from pipeline.aggregate import actor_table
from pipeline.evaluation import end_to_end, positions


def gold_rows() -> pd.DataFrame:
    return pd.DataFrame({
        "doc": ["a.txt"] * 4,
        "sentence": ["France condemned the raid.", "France urged  talks.", "Italy sent aid.", "Peru said so."],
        "actor": ["France", "France", "Italy", ""],
        "stance": ["condemning", "calling_for_talks", "supporting", "neutral"],
    })


def with_probabilities(frame: pd.DataFrame, confidence: float = 0.7) -> pd.DataFrame:
    for stance in config.STANCES:
        frame[f"p_{stance}"] = [confidence if s == stance else (1 - confidence) / 3 for s in frame["stance"]]
    return frame


def found_rows() -> pd.DataFrame:
    return with_probabilities(pd.DataFrame({
        "doc": ["a.txt"] * 4,
        "sentence": ["France condemned the raid.", "France urged talks.", "Italy sent aid.", "Chile waved."],
        "actor": ["France", "France", "Spain", "Chile"],
        "stance": ["condemning", "condemning", "supporting", "neutral"],
    }))


def test_end_to_end_matches_by_document_sentence_and_actor():
    scores = end_to_end(gold_rows(), found_rows())
    # Unnamed speakers never count; whitespace differences do not break a match; a wrong actor is a miss.
    assert scores["labelled"] == 3 and scores["found"] == 4 and scores["matched"] == 2
    assert scores["attribution"]["precision"] == 0.5
    assert abs(scores["attribution"]["recall"] - 2 / 3) < 1e-9
    assert scores["stance"]["accuracy"] == 0.5


def test_end_to_end_positions_come_from_the_statements_found():
    positions = end_to_end(gold_rows(), found_rows())["positions"]
    assert positions["actors_with_position"] == 2
    assert positions["detail"]["France"]["predicted"] == "condemning"
    assert positions["detail"]["Italy"]["predicted"] == ""  # Italy's statement was given to Spain
    assert positions["correct"] == 0  # France: tie 1-1 in gold goes by name; found says condemning


def test_cue_words_match_at_word_starts():
    condemning, supporting, talks, negation = cue_counts("He said the situation was stable and the roads unsafe.")
    assert (condemning, supporting, talks, negation) == (0, 0, 0, 0)
    assert cue_counts("Italy sent aid and urged talks; it doesn't accept a red line.") == [1, 1, 2, 1]


def test_an_appeal_or_a_judgement_takes_a_position_and_narrative_does_not():
    assert takes_position("The EU must act before winter.")
    assert takes_position("It was a brutal blockade.")
    assert not takes_position("The convoy reached the border town on Sunday.")


def test_a_sentence_found_without_its_dateline_still_matches():
    gold = pd.DataFrame({"doc": ["r.txt"], "sentence": ["Oct 4 (Reuters) – Kenya pulled out of the summit on Friday."],
                         "actor": ["Kenya"], "stance": ["neutral"]})
    found = with_probabilities(pd.DataFrame({"doc": ["r.txt", "r.txt"],
                                             "sentence": ["Kenya pulled out of the summit on Friday.", "Kenya"],
                                             "actor": ["Kenya", "Kenya"], "stance": ["neutral", "neutral"]}))
    scores = end_to_end(gold, found)
    assert scores["matched"] == 1 and scores["found"] == 2  # a mere fragment is not a match


def test_a_tie_in_positions_is_broken_as_the_actor_table_breaks_it():
    found = with_probabilities(pd.DataFrame({
        "doc": ["a.txt"] * 2, "sentence": ["France condemned the raid.", "France urged talks."],
        "actor": ["France"] * 2, "stance": ["condemning", "calling_for_talks"]}))
    found.loc[0, "p_condemning"] = 0.9  # more probability behind the condemnation
    table = actor_table(found.assign(confidence=0.8, sentiment_score=0.0))
    scores = end_to_end(gold_rows(), found)
    assert scores["positions"]["detail"]["France"]["predicted"] == table.loc[0, "position"] == "condemning"


def test_expected_positions_weigh_each_statement_by_its_probabilities():
    frame = pd.DataFrame({"actor": ["A", "A", "A", "B"], "stance": ["neutral"] * 4})
    # A: three hesitant statements lean to talks in sum; B: one statement too sure of neutral to count.
    frame["p_condemning"] = [0.30, 0.05, 0.05, 0.2]
    frame["p_calling_for_talks"] = [0.25, 0.40, 0.40, 0.1]
    frame["p_supporting"] = [0.05, 0.05, 0.05, 0.0]
    frame["p_neutral"] = [0.40, 0.50, 0.50, 0.7]
    from pipeline.evaluation import expected_positions

    assert expected_positions(frame) == {"A": "calling_for_talks"}
    assert positions(frame, "stance") == {}


def test_end_to_end_counts_statements_per_attribution_rule():
    found = found_rows().assign(rule=["subject", "subject", "inversion", "pronoun"])
    scores = end_to_end(gold_rows(), found)
    assert scores["rules"] == {"subject": {"found": 2, "labelled": 2}, "inversion": {"found": 1, "labelled": 0},
                               "pronoun": {"found": 1, "labelled": 0}}
    assert scores["positions_expected"]["actors_with_position"] == 2


def test_reliability_bins_compare_confidence_with_accuracy():
    from pipeline.evaluation import reliability

    correct = pd.Series([True, True, False, True, False, False])
    confidence = pd.Series([0.95, 0.92, 0.91, 0.45, 0.42, 0.41])
    table = reliability(correct, confidence)
    bins = {row["bin"]: row for row in table["bins"]}
    assert bins["0.9-1.0"]["statements"] == 3 and round(bins["0.9-1.0"]["accuracy"], 2) == 0.67
    assert bins["0.4-0.5"]["accuracy"] == pytest.approx(1 / 3)
    # ECE: the count-weighted gap between mean probability and share right, here about 0.26.
    assert table["ece"] == pytest.approx((3 * abs(0.9267 - 2 / 3) + 3 * abs(0.4267 - 1 / 3)) / 6, abs=1e-3)


def test_vader_baseline_reads_polarity_words():
    from pipeline.evaluation import vader_sentiment

    labels = vader_sentiment(pd.Series(["We strongly condemn this horrible attack.", "We warmly welcome the deal.",
                                        "The meeting is on Tuesday."]))
    assert labels.tolist() == ["negative", "positive", "neutral"]
