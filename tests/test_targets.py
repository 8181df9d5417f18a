"""Targets from the statement's structure: each rule alone, then the order between them."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline import targets as t
from pipeline.evaluation import target_accuracy


def spans(sentence, registry):
    return t.actor_spans(sentence, registry)


def others(sentence, actor, registry):
    return t._others(spans(sentence, registry), actor)


def verbs(sentence, stance, actor, registry):
    s = spans(sentence, registry)
    return t._verbs(sentence, stance, [x for x in s if x.actor == actor])


def actors(found):
    return [s.actor for s in found]


@pytest.mark.parametrize("sentence, stance, expected", [
    ("Russia, a close partner of Armenia, said France condemned Azerbaijan.", "condemning", ["Azerbaijan"]),
    ("France accused Azerbaijan of ethnic cleansing, Russia said.", "condemning", ["Azerbaijan"]),
    ("With Armenia in mind, France called on Azerbaijan to stop.", "calling_for_talks", ["Azerbaijan"]),
    ("In Moscow, France urged Azerbaijan and Armenia to talk.", "calling_for_talks", ["Azerbaijan", "Armenia"]),
    ("Despite Russia, France backed Armenia.", "supporting", ["Armenia"]),
    ("Russia aside, France voiced its support for Armenia.", "supporting", ["Armenia"]),
])
def test_object_of_the_position_verb(registry, sentence, stance, expected):
    found = t.rule_verb_object(sentence, others(sentence, "France", registry), verbs(sentence, stance, "France", registry))
    assert actors(found) == expected
    assert t.target_of(sentence, "France", stance, registry).split(";") == expected


def test_agent_of_the_act_judged(registry):
    sentence = "France condemned the attack on Armenia by Azerbaijan's army."
    found = t.rule_agent_in_object(sentence, others(sentence, "France", registry),
                                   verbs(sentence, "condemning", "France", registry))
    assert actors(found) == ["Azerbaijan"]
    sentence = "France welcomed Armenia's decision to join the court, Russia said."
    assert t.target_of(sentence, "France", "supporting", registry) == "Armenia"
    sentence = "Japan condemned the strikes by Russia on the city."
    assert t.target_of(sentence, "Japan", "condemning", registry) == "Russia"


def test_victim_of_an_attack_is_not_the_target(registry):
    sentence = "Germany condemned the attack on Armenia."
    assert t.rule_verb_object(sentence, others(sentence, "Germany", registry),
                              verbs(sentence, "condemning", "Germany", registry)) == []


def test_addressee_of_an_appeal(registry):
    sentence = "“Armenia is our friend, and Azerbaijan must stop now,” the French minister said."
    assert actors(t.rule_addressee(sentence, others(sentence, "France", registry))) == ["Azerbaijan"]


def test_agent_anywhere(registry):
    sentence = "It is unacceptable for Armenia that Azerbaijan's offensive goes on."
    assert actors(t.rule_agent_anywhere(sentence, others(sentence, "France", registry))) == ["Azerbaijan"]


def test_first_other_is_only_the_fallback(registry):
    sentence = "France is worried about Armenia."
    assert t.find_targets(sentence, "France", "condemning", spans(sentence, registry)) == (["Armenia"], "first_other")
    # The old heuristic would say Russia here: the first other actor named.
    sentence = "Russia's ally France condemned Azerbaijan on Monday."
    assert t.first_other(sentence, "France", registry) == "Russia"
    assert t.target_of(sentence, "France", "condemning", registry) == "Azerbaijan"


def test_bare_demonyms_name_their_state(registry):
    sentence = "France condemned the Azerbaijani offensive."
    assert t.target_of(sentence, "France", "condemning", registry) == "Azerbaijan"


def test_neutral_statements_and_the_speaker_have_no_target(registry):
    assert t.target_of("France condemned Azerbaijan.", "France", "neutral", registry) == ""
    assert t.target_of("France praised France.", "France", "supporting", registry) == ""


def test_statement_targets_columns(registry):
    frame = pd.DataFrame({"sentence": ["Russia's ally France condemned Azerbaijan.", "France said so."],
                          "actor": ["France", "France"], "stance": ["condemning", "neutral"]})
    out = t.statement_targets(frame, registry)
    assert list(out.columns) == t.TARGET_COLUMNS
    assert out.iloc[0].tolist() == ["Azerbaijan", "object", "Russia"]
    assert out.iloc[1].tolist() == ["", "", ""]


def test_target_accuracy_scores_the_first_target_beside_the_old_heuristic():
    gold = pd.DataFrame({"doc": ["a", "a", "a"], "sentence": ["s1", "s2", "s3"], "actor": ["X", "X", "X"],
                         "target": ["Y", "Z", ""]})
    found = pd.DataFrame({"doc": ["a", "a", "a"], "sentence": ["s1", "s2", "s3"], "actor": ["X", "X", "X"],
                          "target": ["Y", "W;Z", "Y"], "target_rule": ["object", "agent", "object"],
                          "target_first": ["W", "W", "Y"]})
    scores = target_accuracy(gold, found)
    assert scores["labelled"] == 2 and scores["matched"] == 2
    assert scores["accuracy"] == 0.5 and scores["among"] == 1.0 and scores["first_other"] == 0.0
    assert scores["rules"]["object"] == {"targets": 1, "right": 1}


def test_a_capital_inside_another_name_is_not_an_actor(registry):
    sentence = "The EU welcomed the ratification of the Rome Statute by Armenia."
    assert t.target_of(sentence, "European Union", "supporting", registry) == "Armenia"


def test_a_co_speaker_is_not_the_target(registry):
    sentence = "Mali and Burkina Faso said they would treat any intervention in Niger as a declaration of war."
    assert t.target_of(sentence, "Mali", "condemning", registry) == "Niger"


def test_a_capital_named_as_a_place_is_only_a_last_resort(registry):
    sentence = "Senegal said it fully backed the decisions taken in Abuja by Niger's neighbours."
    assert t.target_of(sentence, "Senegal", "supporting", registry) == "Niger"
    sentence = "The men who seized power in Niamey still have time to step back, the Senegalese minister said."
    assert t.target_of(sentence, "Senegal", "condemning", registry) == "Niger"


def test_what_an_actor_has_is_a_target_of_support_not_of_condemnation(registry):
    assert t.target_of("Turkey voiced strong support for Somalia's sovereignty.", "Turkey", "supporting",
                       registry) == "Somalia"
    sentence = "The Arab League rejected any deal that infringed Somalia's sovereignty, Ethiopia's critics said."
    spans_ = t.actor_spans(sentence, registry)
    assert not t._is_agent(sentence, [s for s in spans_ if s.actor == "Somalia"][0], "condemning")


def test_told_reporters_is_not_an_appeal(registry):
    sentence = ("Greece's envoy told reporters outside the United Nations chamber that Athens "
                "called on North Korea to return to talks.")
    assert t.target_of(sentence, "Greece", "calling_for_talks", registry) == "North Korea"


def test_end_to_end_reports_target_accuracy():
    from pipeline.evaluation import _end_to_end_markdown, end_to_end

    gold = pd.DataFrame({"doc": ["a", "a"], "sentence": ["France condemned Azerbaijan.", "Japan backed Armenia."],
                         "actor": ["France", "Japan"], "stance": ["condemning", "supporting"],
                         "target": ["Azerbaijan", "Armenia"]})
    found = gold.assign(target=["Azerbaijan", ""], target_rule=["object", ""], target_first=["Azerbaijan", "Armenia"])
    for stance in ("condemning", "supporting", "neutral", "calling_for_talks"):
        found[f"p_{stance}"] = [0.7 if stance == s else 0.1 for s in found["stance"]]
    scores = end_to_end(gold, found)
    assert scores["targets"]["accuracy"] == 0.5 and scores["targets"]["first_other"] == 1.0
    assert any("target accuracy" in line for line in _end_to_end_markdown(scores))


def test_a_repeated_statement_is_read_once_for_its_targets(registry, monkeypatch):
    calls: list[str] = []
    original = t.find_targets
    monkeypatch.setattr(t, "find_targets", lambda sentence, *a: calls.append(sentence) or original(sentence, *a))
    frame = pd.DataFrame({"sentence": ["France condemned Azerbaijan."] * 3, "actor": ["France"] * 3,
                          "stance": ["condemning"] * 3})
    out = t.statement_targets(frame, registry)
    assert len(calls) == 1 and out["target"].tolist() == ["Azerbaijan"] * 3


def test_the_authorities_the_article_tied_are_a_target(registry):
    # "urged the authorities to release them": the state the statement's ``government`` column says they are; "the
    # government and the opposition" (two sides) and a government with a name of its own add nothing
    sentences = ["Amnesty International urged the authorities to release the journalists.",
                 "Amnesty International urged the government and the opposition to talk.",
                 "Amnesty International urged the government of Kenya to release the journalists."]
    frame = pd.DataFrame({"sentence": sentences, "actor": ["Amnesty International"] * 3,
                          "stance": ["calling_for_talks"] * 3})
    assert t.statement_targets(frame.assign(government="Ethiopia"), registry)["target"].tolist() == \
        ["Ethiopia", "", "Kenya"]
    assert t.statement_targets(frame, registry)["target"].tolist() == ["", "", "Kenya"]
    # the state's own statement about its government is no target of its own
    own = pd.DataFrame({"sentence": ["Ethiopia said the government would act."], "actor": ["Ethiopia"],
                        "stance": ["condemning"], "government": ["Ethiopia"]})
    assert t.statement_targets(own, registry)["target"].tolist() == [""]


def test_a_platform_named_as_the_channel_is_no_target(registry):
    assert t.target_of("The ministry wrote on its official Twitter account that the verdict was a disgrace.", "Poland",
                       "condemning", registry) == ""
    assert t.target_of("Nigeria condemned Twitter for deleting the president's post.", "Nigeria", "condemning",
                       registry) == "Twitter"


def test_a_speaker_going_on_in_its_paragraph_keeps_its_target(registry):
    # "It called the shelling unacceptable." after "France condemned Azerbaijan's offensive." in the same paragraph
    frame = pd.DataFrame({"doc": ["a.txt"] * 4, "paragraph": [1, 1, 1, 2],
                          "sentence": ["France condemned Azerbaijan's offensive.", "It called the shelling unacceptable.",
                                       "Germany said the shelling was unacceptable.",
                                       "France called the shelling unacceptable."],
                          "actor": ["France", "France", "Germany", "France"], "stance": ["condemning"] * 4})
    out = t.statement_targets(frame, registry)
    assert out["target"].tolist() == ["Azerbaijan", "Azerbaijan", "", ""]
    assert out["target_rule"].tolist()[1] == "previous"


def test_a_judgements_reported_subject_is_its_target(registry):
    # "said Russia was waging its war against marketplaces": the clause's subject, not the object of a later verb
    sentence = ("Germany said Russia was waging its war against marketplaces and that Berlin would keep supplying "
                "Ukraine with air defence.")
    assert t.find_targets(sentence, "Germany", "condemning", spans(sentence, registry)) == (["Russia"], "reported_subject")
    # (a call for talks' reported subject is whom it urges only when an appeal form says so)
    assert t.find_targets("Germany said Russia and Ukraine should talk.", "Germany", "calling_for_talks",
                          spans("Germany said Russia and Ukraine should talk.", registry))[1] != "reported_subject"


def test_whom_a_judgement_stands_with_is_no_target(registry):
    sentence = "Jordan condemned the attack and expressed its full solidarity with the United Arab Emirates."
    assert t.target_of(sentence, "Jordan", "condemning", registry) == ""
    assert t.target_of("Jordan condemned Iran's attack and expressed solidarity with the United Arab Emirates.", "Jordan",
                       "condemning", registry) == "Iran"


def test_the_speakers_own_list_holds_no_target(registry):
    # "Denmark, Finland, Iceland and Norway issued a joint message": Finland is a co-speaker, Sweden the target
    sentence = "Denmark, Finland, Iceland and Norway sent a joint message of condolence to the Swedish people."
    assert t.target_of(sentence, "Denmark", "supporting", registry) == "Sweden"
    assert t.target_of(sentence, "Norway", "supporting", registry) == "Sweden"
