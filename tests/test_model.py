"""Model tests: behaviour on hand-written sentences, masking, minimum functionality."""

import pandas as pd
import pytest

from pipeline import config
from pipeline.memo import forget_all
from pipeline.model import build_pipeline, mask_sentence, model_input, train_model


def predict(model, sentence: str, actor: str) -> str:
    return model.predict(pd.DataFrame({"sentence": [sentence], "actor": [actor]}))["stance"].iloc[0]


@pytest.mark.parametrize("sentence, actor, expected", [
    ("France condemned the offensive as illegal and unjustifiable.", "France", "condemning"),
    ("Japan announced it would provide humanitarian aid and voiced solidarity with the displaced.", "Japan",
     "supporting"),
    ("Russia urged both sides to stop the fighting and return to negotiations.", "Russia", "calling_for_talks"),
    ("The ministry said 12,000 refugees had crossed the border by Tuesday evening.", "Armenia", "neutral"),
])
def test_plain_statements_are_classified_right(model, sentence, actor, expected):
    assert predict(model, sentence, actor) == expected


@pytest.mark.parametrize("sentence", [
    "France condemned the offensive as illegal and unjustifiable.",
    "France welcomed the agreement and pledged assistance.",
    "France urged both sides to resume talks without delay.",
    "France said the meeting would be held in Granada on Thursday.",
])
def test_prediction_does_not_depend_on_the_actor_name(model, sentence):
    before = model.predict(pd.DataFrame({"sentence": [sentence], "actor": ["France"]}))
    swapped = sentence.replace("France", "Canada")
    after = model.predict(pd.DataFrame({"sentence": [swapped], "actor": ["Canada"]}))
    assert before["stance"].iloc[0] == after["stance"].iloc[0]
    assert before["confidence"].iloc[0] == pytest.approx(after["confidence"].iloc[0])


def test_masking_marks_speaker_and_other_actors(registry):
    masked = mask_sentence("France accused Azerbaijani troops and Baku of aggression.", "France", registry)
    assert masked == "SPEAKERX accused GENTILICX troops and ACTORX of aggression."


def test_probabilities_are_a_distribution(model):
    out = model.predict(pd.DataFrame({"sentence": ["Paris called for calm."], "actor": ["France"]}))
    total = sum(out[f"p_{s}"].iloc[0] for s in config.STANCES)
    assert total == pytest.approx(1.0)
    assert -1.0 <= out["sentiment_score"].iloc[0] <= 1.0


def test_minimum_functionality_on_tiny_data(registry):
    rows = pd.DataFrame({
        "sentence": ["X condemned the attack.", "X denounced the crimes.", "X welcomed the deal.",
                     "X praised the aid.", "X urged talks.", "X called for a ceasefire.",
                     "X said the count was 20.", "X announced the date."],
        "actor": ["X"] * 8,
        "stance": ["condemning", "condemning", "supporting", "supporting", "calling_for_talks",
                   "calling_for_talks", "neutral", "neutral"],
        "sentiment": ["negative", "negative", "positive", "positive", "neutral", "neutral", "neutral", "neutral"],
    })
    model = train_model(rows, registry)
    assert list(model.predict(rows)["stance"]) == list(rows["stance"])


def test_the_whole_model_is_one_pipeline_with_named_steps():
    pipe = build_pipeline({"clf__estimator__C": 0.5})
    assert [name for name, _ in pipe.steps] == ["mask", "features", "clf"]
    assert pipe.get_params()["clf__estimator__C"] == 0.5
    assert pipe.get_params()["clf__estimator__class_weight"] == "balanced"
    assert model_input(pd.DataFrame({"sentence": ["a"], "actor": [None]}))["actor"].tolist() == [""]


def test_speaker_clause_keeps_the_words_around_the_speaker():
    from pipeline.model import speaker_clause

    masked = "On Monday , SPEAKERX sharply condemned the raid on ACTORX , said a spokesman"
    assert speaker_clause(masked, after=3, before=2) == "On Monday SPEAKERX sharply condemned the"
    assert speaker_clause("he said it was over", after=3, before=2) == "NOSPEAKER"


def test_the_word_cached_char_vectorizer_gives_the_parents_features():
    import pickle

    from sklearn.feature_extraction.text import TfidfVectorizer

    from pipeline.model import CharNgramTfidf

    train = ["Kenya condemned the attack.", "Naïve   hope\tfor talks", "İstanbul talks resumed", "a b c"]
    test = [*train, "", "   ", "Unseen wörds and the attack again, the attack!", "x"]
    for params in ({"ngram_range": (3, 5), "sublinear_tf": True}, {"ngram_range": (1, 2), "lowercase": False}):
        plain = TfidfVectorizer(analyzer="char_wb", **params).fit(train)
        cached = CharNgramTfidf(analyzer="char_wb", **params).fit(train)
        for _ in range(2):  # the second pass reads every word from the cache
            a, b = plain.transform(test).tocsr(), cached.transform(test).tocsr()
            assert (a != b).nnz == 0 and a.shape == b.shape
    assert "_word_cache" in cached.__dict__ and "_word_cache" not in pickle.loads(pickle.dumps(cached)).__dict__


def test_a_repeated_statement_is_predicted_once_with_the_same_answer(model, monkeypatch):
    rows = pd.DataFrame({"sentence": ["Oslo urged both sides to return to talks.", "Oslo condemned the raid.",
                                      "Oslo urged both sides to return to talks."],
                         "actor": ["Norway", "Norway", "Norway"]})
    fresh = model.pipeline.predict_proba(rows)
    seen: list[int] = []
    original = model.pipeline.predict_proba
    monkeypatch.setattr(model.pipeline, "predict_proba", lambda X: seen.append(len(X)) or original(X))
    forget_all()
    first = model.predict(rows)
    again = model.predict(rows.iloc[::-1].reset_index(drop=True))
    assert seen == [2]  # two distinct statements, read once; the second call is all memo
    assert first["p_condemning"].tolist() == pytest.approx(list(fresh[0][:, model.classes["stance"].index("condemning")]))
    assert again["stance"].tolist() == first["stance"].tolist()[::-1]


def test_a_measure_against_a_party_is_a_threat_form_and_resumed_aid_is_not():
    from pipeline.cues import GUIDE_FORMS, form_counts

    threat = list(GUIDE_FORMS).index("threat")
    assert form_counts("France said it had suspended all development aid to Niger.")[threat] == 1
    assert form_counts("The EU cut off budget support to the junta.")[threat] == 1
    assert form_counts("Germany froze its budget support to the authorities.")[threat] == 1
    assert form_counts("Canada said it would resume development aid to Ethiopia.")[threat] == 0


def test_rejecting_any_resort_to_violence_is_an_appeal_and_usurping_power_a_judgement():
    from pipeline.cues import GUIDE_FORMS, form_counts

    names = list(GUIDE_FORMS)
    plain = form_counts("Mexico and Uruguay said they rejected any resort to violence.")
    assert plain[names.index("appeal")] == 1 and plain[names.index("judgement")] == 0
    assert form_counts("Russia rejected the annexation.")[names.index("judgement")] == 1
    assert form_counts("The move is an attempt to usurp power.")[names.index("judgement")] == 1


def test_sarcasm_about_solidarity_in_words_is_a_judgement():
    from pipeline.cues import GUIDE_FORMS, form_counts

    judgement = list(GUIDE_FORMS).index("judgement")
    assert form_counts("They only pay lip service to solidarity with Kyiv.")[judgement] == 1
    assert form_counts("Kiev's Western handlers express solidarity only in words.")[judgement] == 2


def test_a_measure_against_a_party_is_never_read_as_support():
    import numpy as np

    from pipeline.model import measures_are_never_support

    # columns in config.STANCES order: condemning, supporting, neutral, calling_for_talks
    read = np.array([[0.2, 0.6, 0.1, 0.1], [0.2, 0.6, 0.1, 0.1], [0.1, 0.2, 0.6, 0.1]])
    sentences = pd.Series(["France suspended all development aid to Niger.",
                           "France pledged development aid to Niger.",
                           "Norway expelled two diplomats, the ministry said."])
    out = measures_are_never_support(read, sentences)
    assert out[0].argmax() == 0 and abs(out[0].sum() - 1) < 1e-9  # moved to condemning
    assert (out[1] == read[1]).all() and (out[2] == read[2]).all()  # aid pledged; a neutral reading stands


def test_the_model_reads_suspended_aid_as_condemning(model):
    assert predict(model, "France announced it had suspended all development aid and budgetary support to Niger.",
                   "France") == "condemning"


def test_masking_reads_a_name_broken_over_lines(registry):
    assert mask_sentence("Foreign Minister Sergei\nLavrov condemned the strike.", "Russia", registry) == \
        "Foreign Minister SPEAKERX condemned the strike."


@pytest.mark.parametrize("masked, marked", [
    ("He said most of the leaders had been arrested.", "SPEAKERX said most of the leaders had been arrested."),
    ('" ACTORX must go," he said.', '" ACTORX must go," SPEAKERX said.'),
    ("The bloc said defence chiefs would meet.", "SPEAKERX said defence chiefs would meet."),
    ("Saree added that all vessels would be targets.", "SPEAKERX added that all vessels would be targets."),
    # a masked speaker is kept; no speaker phrase, nothing marked
    ("SPEAKERX said he would go.", "SPEAKERX said he would go."),
    ("ACTORX has failed to prove it.", "ACTORX has failed to prove it."),
])
def test_a_speaker_the_registry_cannot_name_is_marked(masked, marked):
    from pipeline.model import mark_implicit_speaker

    assert mark_implicit_speaker(masked) == marked


def test_masking_marks_an_implicit_speaker_unless_switched_off(registry):
    sentence = "The war could only end at the negotiating table, she said."
    assert mask_sentence(sentence, "Sudan", registry).endswith("SPEAKERX said.")
    assert mask_sentence(sentence, "Sudan", registry, implicit_speaker=False).endswith("she said.")


def test_reported_content_is_what_the_speaker_said():
    from pipeline.model import reported_content

    # after the speaker; before it when the speaker closes the sentence
    assert reported_content("Asked about the court, SPEAKERX said he would be tried at home.").strip() \
        == "said he would be tried at home."
    assert reported_content("The strikes must stop at once, SPEAKERX said.").strip() == "The strikes must stop at once,"
    assert reported_content("no speaker here") == "no speaker here"


@pytest.mark.parametrize("sentence, form, count", [
    # judgements with no stock word are judgements, and "set back" or "a stab in the back" backs no one
    ("Abbas dismissed the plan as a scheme to bury Palestinian statehood.", "judgement", 1),
    ("Kurtulmus called the resolution a grave error that history would judge harshly.", "judgement", 1),
    ("The ministry said the resolution would set back efforts to bring peace.", "judgement", 1),
    ("The ministry said the resolution would set back efforts to bring peace.", "backing", 0),
    ("He said normalisation before the end of the occupation was a stab in the back.", "backing", 0),
    ("He called the remarks an affront to the kingdom's judiciary.", "judgement", 1),
    # dismissing an accusation is a denial, not a judgement of the accuser
    ("Kampala dismissed the accusations as baseless.", "judgement", 0),
    ("Paris backed the plan.", "backing", 1),
    # refusing to yield to pressure is a judgement; a response "with equal force" or "in kind" is a threat
    ("The government will not succumb to any international pressure.", "judgement", 1),
    ("He said Iran would respond to the attack on its embassy in Damascus with equal force.", "threat", 1),
    ("Ankara vowed to respond in kind.", "threat", 1),
    ("The ministry will respond to the letter next week.", "threat", 0),
    # measures named after what they stop, and an ultimatum's deadline, are the threat form
    ("Downer announced a ban on the commander travelling, and said defence cooperation had been suspended.",
     "threat", 2),
    ("The agency said it was halting a five-year, $110 million programme.", "threat", 1),
    ("The committee gave the United States 15 days to vacate the airbase.", "threat", 1),
    ("The talks were halted last year.", "threat", 0),
])
def test_judgements_without_stock_words_are_the_judgement_form(sentence, form, count):
    from pipeline.cues import GUIDE_FORMS, form_counts

    assert form_counts(sentence)[list(GUIDE_FORMS).index(form)] == count


def test_criticism_regret_and_a_mistaken_order_are_judgements_and_counting_on_is_backing():
    # real coverage: "criticized Bolsonaro for having expressed solidarity" read as supporting without them
    from pipeline.cues import GUIDE_FORMS, form_counts

    names = list(GUIDE_FORMS)
    judgement, denial, backing = names.index("judgement"), names.index("denial"), names.index("backing")
    assert form_counts("The American official criticized Bolsonaro for his visit.")[judgement] == 1
    assert form_counts("Brazil regrets the content of the statement.")[judgement] == 1
    assert form_counts("We regret the loss of life.")[judgement] == 0
    assert form_counts("We call on the US to undo its mistaken order.")[judgement] == 1
    assert form_counts("The charges are sheer fabrication.")[denial] == 1
    assert form_counts("Scholz said Ukraine could count on Germany.")[backing] == 1
