"""Attribution rules, one test each, on hand-written sentences."""


import pandas as pd
import pytest

from pipeline.attribution import Attributor, extract_statements


@pytest.fixture()
def attribute(registry):
    attributor = Attributor(registry)

    def run(*sentences: str) -> list[list[str]]:
        return [[a.actor for a in attributor.attribute(s)] for s in sentences]

    return run


def test_the_source_not_the_actor_mentioned(attribute):
    assert attribute("France accused Azerbaijan of aggression.") == [["France"]]


@pytest.mark.parametrize("sentence", [
    "Canada said the offensive was illegal.",
    "Canada told reporters the offensive was illegal.",
    "Canada called on Azerbaijan to stop.",
    "Canada urged Baku to allow aid in.",
    "Canada condemned the offensive.",
    "Canada warned of consequences.",
    "Canada announced new aid.",
    "Canada added that it was concerned.",
])
def test_reporting_verbs(attribute, sentence):
    assert attribute(sentence) == [["Canada"]]


def test_speaker_after_a_quotation(attribute):
    assert attribute("“Any action would give rise to robust reactions,” Colonna said.") == [["France"]]
    assert attribute("“We admire this,” said the Turkish foreign minister.") == [["Turkey"]]


def test_quoted_as_saying(attribute):
    assert attribute('"I will not resign," the state agency quoted Pashinyan as saying.') == [["Armenia"]]


def test_according_to(attribute):
    assert attribute("Some 28,000 refugees have arrived, according to Armenian authorities.") == [["Armenia"]]


def test_according_to_a_report_by_an_agency_is_no_ones_statement(attribute):
    # the last speaker (Russia) did not write the agency's report; a report by a named actor is its own
    assert attribute("Russia said it would talk.",
                     "There has been more contact with Kyiv, according to a report by the Interfax news agency.",
                     "Some 2,000 people fled, according to a report by the United Nations.") \
        == [["Russia"], [], ["United Nations"]]


def test_a_participle_after_a_comma_belongs_to_the_sentences_opening_subject(attribute):
    # not to Moscow, the mention nearest the verb
    assert attribute("Trump was coy about pressuring Moscow to agree to a truce, saying he could impose sanctions.") \
        == [["United States"]]


def test_the_high_commissioner_for_human_rights_is_the_un(attribute):
    assert attribute("The High Commissioner for Human Rights welcomed the decision of the government.") \
        == [["United Nations"]]


def test_a_quotation_paragraph_continues_its_speaker_though_it_names_a_subject(attribute):
    assert attribute("French President Emmanuel Macron wrote on X about the need for a ceasefire.",
                     '"While Ukraine accepted the proposal a month ago, Russia continues the war."') \
        == [["France"], ["France"]]


def test_the_department_is_the_ministry_the_article_last_named(attribute):
    assert attribute("The Ukrainian Foreign Ministry expressed solidarity with the expelled diplomats.",
                     "In a post on X, the department wrote that the decision was made for far-fetched reasons.") \
        == [["Ukraine"], ["Ukraine"]]


def test_a_capitals_representation_abroad_speaks_for_its_state(attribute):
    assert attribute("Moscow's representation in Washington rejected the statement by the spokesman.") == [["Russia"]]


def test_a_second_verb_joined_by_and_keeps_the_first_verbs_subject(attribute):
    # not Erdogan, the mention nearest "said"
    assert attribute("President Vladimir Putin conveyed condolences to President Recep Tayyip Erdogan and said "
                     "Russia was ready to cooperate.") == [["Russia"]]


def test_a_quotation_closed_by_an_unknown_name_continues_no_one(attribute):
    # Aziz is no actor the tool knows: the quotation is not the Turkish army's, who spoke last
    assert attribute("The Turkish General Staff said the car bomb targeted a bus.",
                     '"We condemn in the strongest possible terms the attack," said Aziz.',
                     '"It cannot be justified," he added.') == [["Turkey"], [], []]


def test_he_is_the_person_the_sentence_before_opened_with(attribute):
    # the last speaker is Russia, but "He" is Trump, whom the sentence before names as its subject
    assert attribute("Kremlin spokesman Dmitry Peskov said the talks were useful.",
                     "Donald Trump made his stance clear.",
                     "He said the war must end.") == [["Russia"], [], ["United States"]]


def test_he_after_a_minister_named_with_his_state_and_a_day(attribute):
    assert attribute("Iran said more than 200 people had been killed.",
                     "Israel's defence minister Israel Katz on Monday had to row back on his warning.",
                     "He later said Israel had no intention to harm the residents of Tehran.") \
        == [["Iran"], [], ["Israel"]]


def test_an_adverb_between_a_body_and_hopes(attribute):
    assert attribute("CARICOM earnestly hopes that Venezuela is not raising the prospect of using force.") \
        == [["CARICOM"]]


def test_a_possessive_opening_is_no_subject_of_a_verb_after_and(attribute):
    # "expressed" after "and" describes the intentions; Maduro's threats are what the speaker judges
    assert attribute("Maduro's threats and expressed intentions to annex Guyana must be condemned by all.") == [[]]
    assert attribute("Kuwait's ruler, Emir Sheikh Sabah al-Ahmad al-Sabah, telephoned Qatar's Emir Sheikh Tamim "
                     "bin Hamad Al Thani and asked him to allow time for mediation.") == [["Kuwait"]]


def test_the_office_is_the_office_the_article_named(attribute):
    assert attribute("The Taiwan Affairs Office of the State Council said the DPP authorities had sold out Taiwan.",
                     "Such a course, the office said, would only push the island toward disaster.") \
        == [["China"], ["China"]]


def test_a_house_speaker_introduced_by_state_speaks_for_it(attribute):
    assert attribute("China announced countermeasures against the visit by U.S. House Speaker Nancy Pelosi.",
                     "In a statement issued upon her arrival, Pelosi claimed that the visit showed commitment.") \
        == [["China"], ["United States"]]


def test_an_envoy_for_a_state_named_before_his_name_is_not_that_states(attribute):
    # "for Syria" is where the envoy is sent; the table knows Geir Pedersen as the UN's
    assert attribute("The Special Envoy for Syria, Geir Pedersen, told reporters that he stood ready to help.") \
        == [["United Nations"]]


def test_said_nothing_had_been_ruled_out_is_a_statement(attribute):
    assert attribute("Asked later whether military action was possible, Trump said nothing had been ruled out.") \
        == [["United States"]]


def test_members_of_a_bloc_speak_for_it(attribute):
    assert attribute("Most members of the Lima Group, a bloc of regional governments, said in a joint statement "
                     "that they recognised Guaido.") == [["Lima Group"]]


def test_the_verb_of_a_free_relative_has_no_speaker_before_what(attribute):
    # "described" belongs to the DPP authorities, not to Pelosi before "what"
    assert attribute("U.S. House Speaker Nancy Pelosi arrived in Taipei.",
                     "Tsai also presented Pelosi with a decoration for what the DPP authorities described as her "
                     "long-standing friendship.") == [[], []]


def test_a_title_and_an_unknown_name_are_no_body(attribute):
    # "Cabinet" is no body the article tied to Iran: the minister is someone the tool does not know
    assert attribute("Iran's foreign ministry said the strikes were a crime.",
                     "Cabinet minister Mel Stride on Friday said talks must resume.") == [["Iran"], []]


def test_he_after_a_role_opening_the_sentence_before(attribute):
    assert attribute("The Secretary-General spoke to reporters at the stakeout.",
                     "He said the seizure of power was one more coup the world must not accept.") \
        == [[], ["United Nations"]]


def test_an_untied_military_is_the_state_whose_army_the_headline_names(registry):
    text = ("IDF troops kill 50 gunmen in hospital raid\n\n"
            "IDF troops have killed more than 50 gunmen during their raid, the military said Tuesday.\n\n"
            "The military said it would continue to operate against the group.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Israel", "Israel"]


def test_a_states_official_news_agency_is_no_official(attribute):
    assert attribute("Jordanian official news agency Petra said seven health workers were hurt.",
                     "A Jordanian official said seven health workers were hurt.") == [[], ["Jordan"]]


def test_it_said_after_an_unknown_acronym_is_no_ones(attribute):
    assert attribute("Secretary of State Antony Blinken said Kenya would lead the mission.",
                     "MSS said officers thwarted potential attacks.",
                     "“Armed gangs had plotted to disrupt national stability,” it said.") == [["United States"], [], []]


def test_a_preface_to_the_reader_does_not_hide_the_speaker(attribute):
    assert attribute("As you will have seen, in his statement yesterday the Secretary-General also called for "
                     "the detained to be released.") == [["United Nations"]]


def test_a_body_after_an_opening_adverbial(attribute):
    assert attribute("Yesterday the Secretary-General called for the release of the prime minister.") \
        == [["United Nations"]]


def test_and_said_after_a_reported_clause_keeps_the_main_verbs_subject(attribute):
    # not Iraq, the subject of the clause Michel reports, nor the counterparts Pompeo spoke to
    assert attribute("Charles Michel, the president of the European Council, warned that Iraq risked becoming the "
                     "battlefield of a wider war and said all sides had to step back now.",
                     "Secretary of State Mike Pompeo said he had spoken to his counterparts in Britain, Germany and "
                     "China and told them that the United States wanted to lower tensions.") \
        == [["European Union"], ["United States"]]


def test_seats_of_government_speak_for_their_state(attribute):
    assert attribute("Itamaraty said Brazil would not recognise the result.",
                     "The Farnesina said it was following the situation closely.",
                     "Casa Rosada said Argentina backed the mission.") == [["Brazil"], ["Italy"], ["Argentina"]]


def test_seats_parliaments_and_named_ministries_with_no_state_word_are_their_states(attribute):
    # no demonym and no capital: the name itself is the state's
    assert attribute("Malacañang said the president had been briefed.",
                     "The Storting voted to back the package.",
                     "The Ministry of Foreign Affairs and Emigrants condemned the strike on the consulate.",
                     "La Moneda said the talks would resume.") \
        == [["Philippines"], ["Norway"], ["Lebanon"], ["Chile"]]


def test_a_body_with_its_members_in_brackets_is_the_speaker_not_its_members(attribute):
    assert attribute("The regional force G5 Sahel (Mauritania, Mali, Niger, Burkina Faso and Chad) condemned the "
                     "attempt.", "OPEC said output would stay unchanged.") == [["G5 Sahel"], ["OPEC"]]


def test_a_states_un_ambassador_speaks_for_the_state(attribute):
    assert attribute("Russia's U.N. Ambassador said the strikes were illegal.",
                     "The Council would meet again, the Russian Federation's top United Nations delegate said.") \
        == [["Russia"], ["Russia"]]


def test_un_meetings_coverage_names_delegates_by_name_of_state(attribute):
    assert attribute("Nikki Haley of the United States said the strikes had been aimed only at chemical sites.",
                     "The Netherlands' representative said his Government supported the action.") \
        == [["United States"], ["Netherlands"]]


def test_a_pronoun_after_the_sentences_own_speaker_is_that_speaker(attribute):
    # Austria spoke last, but "it" and the official source belong to this sentence's speaker
    assert attribute("Austria's foreign minister said Vienna had backed the EU decision.",
                     "In Moscow, the foreign ministry called the expulsions an unfriendly act, which it said "
                     "rested on no evidence.",
                     "Riyadh said it was closing its land border, according to an official source.") \
        == [["Austria"], ["Russia"], ["Saudi Arabia"]]


def test_a_condition_names_no_speaker_past_its_article(attribute):
    assert attribute("Erdogan dismissed the criticism and warned that if the EU called it an invasion, Turkey "
                     "would open its doors.") == [["Turkey"]]


def test_an_irregular_passive_is_no_position_of_its_subject(attribute):
    # India's envoy is the one sent home, not a speaker
    assert attribute("Foreign Minister Shah Mehmood Qureshi told parliament that India's envoy, Ajay Bisaria, "
                     "would be sent home.") == [["Pakistan"]]


def test_a_passive_with_an_adverb_is_no_position_of_its_subject(attribute):
    # the coup and the president it toppled are what was condemned, not who condemned
    assert attribute("The coup that toppled President Roch Marc Christian Kabore was widely condemned on "
                     "Tuesday.") == [[]]


def test_a_coalition_led_by_a_state_speaks_for_it(attribute):
    assert attribute("The Saudi-led military coalition fighting in Yemen said it was ending Qatar's role.") \
        == [["Saudi Arabia"]]


def test_a_call_made_to_condemn_is_the_callers_position_not_the_agencys_or_the_callees(attribute):
    assert attribute("Kuwait's emir, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, telephoned King Salman to condemn "
                     "the attack, the state news agency KUNA reported.") == [["Kuwait"]]


def test_a_leader_and_the_government_of_a_state_speak_together(attribute):
    assert attribute("Cuban President Miguel Diaz-Canel and the government of Bolivia also voiced support for Maduro.") \
        == [["Cuba", "Bolivia"]]


def test_title_and_name_in_apposition(attribute):
    assert attribute("The head of American diplomacy, Antony Blinken, called on Azerbaijan to protect civilians.") \
        == [["United States"]]


def test_pronouns_carry_the_last_speaker(attribute):
    assert attribute("Armenian diplomacy denounced a large-scale aggression.",
                     "She also judged that Russia must stop the offensive.") == [["Armenia"], ["Armenia"]]


def test_a_pronoun_is_the_last_sentences_speaker_not_a_subject_inside_what_it_said(attribute):
    # Seoul's refusal is reported inside Japan's words: "It" next is still Japan
    assert attribute("Japan's defence ministry released a recording of the signal on Friday.",
                     "The ministry said further meetings were pointless because Seoul had refused a joint inquiry.",
                     "It urged Seoul to admit what had happened.") \
        == [[], ["Japan", "South Korea"], ["Japan"]]


def test_the_vice_minister_is_the_deputy_the_article_just_named(attribute):
    assert attribute("Vice Foreign Minister Choi Jong-kun of South Korea told the envoy the remark hurt ties.",
                     "The vice minister urged Tokyo to take steps to prevent a repeat.") \
        == [["South Korea"], ["South Korea"]]


def test_a_group_opening_the_sentence_speaks_through_the_members_it_names(attribute):
    assert attribute("Several European governments, including France and Spain, condemned the raid.",
                     "Several governments, including Kenya and Ghana, said they would send troops.",
                     "Many countries, including Brazil, were hit by the tariffs.") \
        == [["France", "Spain"], ["Kenya", "Ghana"], []]


def test_an_act_reported_inside_what_someone_said_is_its_subjects(attribute):
    # the guide: a specific act reported as done is a statement, whoever reports it
    assert attribute("Officials said Poland had expelled two Russian envoys.",
                     "Zakharova said Warsaw had recalled its ambassador.",
                     "Officials said the sanctions would stay.") \
        == [["Poland"], ["Russia", "Poland"], []]


def test_definite_description_carries_the_last_speaker(attribute):
    assert attribute("The Russian Foreign Ministry urged restraint.",
                     "The ministry added that talks must resume.") == [["Russia"], ["Russia"]]


def test_quote_continued_in_the_next_sentence(attribute):
    assert attribute('"There was nothing secret about this meeting," Zakharova told reporters.',
                     '"We shall see how the West will present all this now."') == [["Russia"], ["Russia"]]


def test_position_of_x_reported_by_y(attribute):
    found = attribute('"The U.S. and EU approached us and asked us to hold a meeting," Zakharova told reporters.')[0]
    assert {"United States", "European Union"} <= set(found)


def test_two_actors_in_one_sentence(attribute):
    assert attribute("Baku said it had informed Moscow, and Moscow then said it had only been warned minutes before.") \
        == [["Azerbaijan", "Russia"]]


def test_coordinated_subjects(attribute):
    assert attribute("France and Germany objected to the request.") == [["France", "Germany"]]


@pytest.mark.parametrize("sentence", [
    "“They expelled us,” one man said as he walked past the soldiers.",
    "Two diplomatic sources told reporters the meeting could take place soon.",
    "Analysts believe that France will not refuse to supply weapons.",
    "Western officials have urged Baku to provide guarantees.",
])
def test_unnamed_speakers_yield_nothing(attribute, sentence):
    assert attribute(sentence) == [[]]


@pytest.mark.parametrize("sentence", [
    "Thousands of residents of Nagorno-Karabakh are seeking to flee.",
    "A fuel depot exploded in Stepanakert, killing at least 20 people.",
    "The EU must ensure this latest Azerbaijani offensive is its last.",
])
def test_sentences_without_a_position_yield_nothing(attribute, sentence):
    assert attribute(sentence) == [[]]


def test_another_crisis_is_attributed_without_editing_actors_csv(registry):
    article = (
        "Fighting between the army and the Rapid Support Forces spread to El Fasher on Monday.\n\n"
        "Kenya condemned the shelling of civilians and called for a ceasefire. "
        "The African Union urged both sides to return to talks in Jeddah. "
        "“We are deeply alarmed,” the Norwegian foreign ministry said in a statement.\n\n"
        "Egyptian President Abdel Fattah al-Sisi told reporters that Cairo would host a meeting of neighbours. "
        "According to the UNHCR, more than 10,000 people crossed into Chad.\n"
    )
    _, statements = extract_statements({"sudan.txt": article}, registry)
    assert statements["actor"].tolist() == ["Kenya", "African Union", "Norway", "Egypt", "UNHCR"]
    assert set(statements.columns) >= {"doc", "sentence", "actor", "speaker"}
    for row in statements.itertuples():
        assert row.sentence in article


def test_seed_statements_use_canonical_actors(registry):
    from pipeline import config
    from pipeline.inputs import read_all

    documents = {d.id: d.text for d in read_all([config.SEEDS_DIR])[0]}
    _, statements = extract_statements(documents, registry)
    found = set(statements["actor"])
    assert {"Armenia", "Azerbaijan", "Russia", "United States", "France", "European Union", "Turkey",
            "Japan", "Nagorno-Karabakh authorities", "ICRC", "International Crisis Group"} <= found
    assert found <= registry.actors


OPINION_PIECE = """The West Is Running Out of Time

Mar 3 2024

The EU must act before the next winter offensive.

Sanctions have been a brutal failure, and the blockade was allowed to drag on for months.

The convoy reached the border town on Sunday.

France condemned the shelling of the port on Monday.

Europe must offer Moldova real security guarantees.

Jane Roe is a security analyst at the Institute for Eastern Studies in Vienna.
"""


def test_an_opinion_piece_gives_its_own_judgements_to_its_author(registry):
    _, statements = extract_statements({"op.txt": OPINION_PIECE}, registry)
    by_author = statements[statements["rule"] == "author"]
    assert set(by_author["actor"]) == {"Jane Roe"}
    assert list(by_author["sentence"].str[:15]) == ["Sanctions have ", "Europe must off"]
    # The standfirst restates the argument, narrative takes no position, France speaks for itself.
    assert not statements["sentence"].str.startswith(("The EU must", "The convoy")).any()
    assert statements.loc[statements["sentence"].str.startswith("France"), "actor"].tolist() == ["France"]


def test_without_an_author_bio_nobody_owns_unattributed_sentences(registry):
    unsigned = OPINION_PIECE.rsplit("Jane Roe", 1)[0]
    _, statements = extract_statements({"news.txt": unsigned}, registry)
    assert "author" not in set(statements["rule"])


def test_extraction_reports_progress_in_characters(registry):
    text = "France condemned the raid. " * 50 + "\n\nItaly sent aid to the region. " * 20
    ticks: list[int] = []
    extract_statements({"d.txt": text}, registry, ticks.append)
    # Once over the text splitting it, once attributing: never more than twice its length.
    assert len(ticks) > 70 and 0.9 * 2 * len(text) < sum(ticks) <= 2 * len(text)


def test_a_news_agency_relays_the_position_of_the_one_it_reports(attribute):
    # Agencies are never actors; what they report an actor decided is that actor's statement.
    assert attribute("Reuters said Kenya would not attend any talks that included Ethiopia.") == [["Kenya"]]
    assert attribute("Reuters reported that Nairobi had been angered by the remarks.") == [["Kenya"]]
    assert attribute("Reuters said the convoy had arrived.") == [[]]


def test_he_said_is_the_speaker_not_the_one_his_quotation_mentions(attribute):
    said = attribute("Omer Celik, spokesman for the AK Party, backed the decision.",
                     '"Mr Aliyev cancelled his visit. We admire this," he said.')
    assert said[0] == ["Turkey"] and "Turkey" in said[1]


def test_a_forecast_inside_a_quotation_is_the_speaker_s_not_the_subject_s(attribute):
    said = attribute("Analyst Tigran Yekavyan said Paris was cautious.",
                     "“France will not refuse to supply some weapons, but it will be careful.”")
    assert said == [["Tigran Yekavyan"], ["Tigran Yekavyan"]]


def test_a_possessive_after_the_verb_is_an_object_not_a_speaker(attribute):
    assert attribute("Omer Celik, spokesman for Erdogan's ruling AK Party, backed Aliyev's decision.") \
        == [["Turkey"]]
    assert attribute('"We are ready," said Kenya\'s foreign minister.') == [["Kenya"]]


def test_an_aside_between_subject_and_verb_is_skipped(attribute):
    assert attribute("France, which said it would hold Azerbaijan responsible, estimated that the exodus "
                     "was the result of the offensive.") == [["France"]]


# --- every rule is pinned: removing it from the table changes what these sentences give ---------

from pipeline.attribution import RULES, Rule  # noqa: E402

RULE_EXAMPLES = {
    Rule.ACCORDING_TO: (["Some 28,000 refugees have arrived, according to Armenian authorities."], [["Armenia"]]),
    Rule.QUOTED_AS_SAYING: (['"I will not resign," the state agency quoted Pashinyan as saying.'], [["Armenia"]]),
    Rule.SUBJECT: (["France accused Azerbaijan of aggression."], [["France"]]),
    Rule.INVERSION: (["“Any action would give rise to robust reactions,” said Colonna."], [["France"]]),
    Rule.PASSIVE: (["The referendum was condemned by Ukraine as a sham."], [["Ukraine"]]),
    # ("said Amina Yusuf, a teacher in the town" is learned as an independent person, then read by inversion)
    Rule.PERSON: (["Amina Yusuf, one of the women who fled the town, said the shelling never stopped."],
                  [["Amina Yusuf"]]),
    Rule.ORGANISATION: (["The Zambia Council of Churches said it had filed a petition at the High Court."],
                        [["Zambia Council of Churches"]]),
    Rule.QUOTED_SUBJECT: (['"The U.S. and EU asked us to hold a meeting," Zakharova told reporters.'],
                          [["United States", "European Union", "Russia"]]),
    Rule.MEDIA: (["Reuters said Kenya would not attend any talks that included Ethiopia."], [["Kenya"]]),
    Rule.PRONOUN: (["Armenian diplomacy denounced a large-scale aggression.",
                    "She also judged that Russia must stop the offensive."], [["Armenia"], ["Armenia"]]),
    Rule.ON_BEHALF: (["ECOWAS leaders met in Abuja.",
                      "Speaking on behalf of the bloc, Nigerian President Bola Tinubu warned the junta."],
                     [[], ["ECOWAS"]]),
    Rule.BODY: (["Niger's junta expelled the French ambassador on Friday.",
                 "The junta said the decision was final."], [["Niger"], ["Niger"]]),
    Rule.CONTINUATION: (['"There was nothing secret about this meeting," Zakharova told reporters.',
                         '"We shall see how the West will present all this now."'], [["Russia"], ["Russia"]]),
    Rule.GROUP: (["India's foreign minister met his Chinese counterpart in Moscow.",
                  "The two ministers agreed to honour the disengagement steps."], [[], ["India", "China"]]),
    Rule.COLON_QUOTE: (['Orbán was unrepentant: "We will not bow to blackmail."'], [["Hungary"]]),
    Rule.REACTION_FROM: (["The strike drew sharp criticism from Egypt and Jordan."], [["Egypt", "Jordan"]]),
    Rule.AMONG: (["Brazil and Peru were among seven governments that signed a joint statement."], [["Brazil", "Peru"]]),
    Rule.DASH_CREDIT: (['"France stands with Denmark." - Foreign Minister Jean-Noël Barrot.'], [["France"]]),
}


def _run(registry, sentences, rules=None):
    attributor = Attributor(registry, rules=rules)
    return [[c.actor for c in attributor.attribute(s)] for s in sentences]


@pytest.mark.parametrize("rule", list(RULE_EXAMPLES), ids=str)
def test_every_rule_is_needed(registry, rule):
    sentences, expected = RULE_EXAMPLES[rule]
    assert _run(registry, sentences) == expected
    without = [row for row in RULES if row[0] is not rule]
    assert _run(registry, sentences, without) != expected, f"removing {rule} changes nothing"


def test_every_rule_in_the_table_has_an_example():
    # the author: opinion tests above; the transcript: its paragraphs, below
    assert {rule for rule, _ in RULES} == set(RULE_EXAMPLES) | {Rule.AUTHOR, Rule.TRANSCRIPT}


def test_the_rule_column_holds_the_rule_names(registry):
    _, statements = extract_statements({"a.txt": "France accused Azerbaijan of aggression.\n"}, registry)
    assert statements["rule"].tolist() == ["subject"]
    assert set(statements["rule"]) <= {r.value for r in Rule}


def test_the_author_rule_is_needed(registry):
    from pipeline.attribution import statements_frame
    from pipeline.documents import paragraphs_frame
    from pipeline.sentences import sentences_frame

    sentences = sentences_frame(paragraphs_frame({"op.txt": OPINION_PIECE}))
    with_author = statements_frame(sentences, registry)
    assert "author" in set(with_author["rule"])


# --- the helpers each rule leans on ---------------------------------------------------------------

def test_a_possessive_before_the_verb_is_not_its_subject(attribute):
    # the proposal's owner is not the one announcing it here; a possessive role is a speaker
    assert attribute("The Philippines' proposal, announced on Monday, drew wide support.") == [[]]
    assert attribute("The Philippines' foreign minister said the proposal stood.") == [["Philippines"]]
    assert attribute("Germany welcomed the Netherlands' decision and urged restraint.") == [["Germany"]]


def test_a_possessive_object_before_a_definite_speaker_is_not_the_speaker(attribute):
    assert attribute("Kosovo's foreign ministry rejected the claims.",
                     "Serbia's decision deepens the crisis, the ministry said.") == [["Kosovo"], ["Kosovo"]]


def test_an_object_of_a_preposition_is_not_a_subject(attribute):
    assert attribute("After talks with Kenya, officials said the border would reopen.") == [[]]


def test_a_capital_used_as_a_place_is_not_a_speaker(attribute):
    assert attribute("In Kenya's capital Nairobi, officials said the talks would resume.") == [[]]


def test_an_envoy_to_a_state_is_not_its_voice(attribute):
    assert attribute("In Washington, U.S. Special Envoy for Sudan Tom Perriello called the attacks unconscionable.") \
        == [["United States"]]
    assert attribute("Somalia has recalled its ambassador to Ethiopia, the state news agency reported.") == [["Somalia"]]


def test_a_descriptive_participle_takes_no_position(attribute):
    assert attribute("Niger, a country of 25 million people, was a key partner, hosting French troops.") == [[]]
    assert attribute("Kenya closed its border, saying the fighting had spread.") == [["Kenya"]]


@pytest.mark.parametrize("sentence, expected", [
    ("The governments of Chile, Peru, and Ecuador issued a joint statement condemning the coup.",
     ["Chile", "Peru", "Ecuador"]),
    ("Chile, Peru and Ecuador issued a joint statement condemning the coup.", ["Chile", "Peru", "Ecuador"]),
    ("Germany and Italy said in a joint statement that they were concerned.", ["Germany", "Italy"]),
    ("Norway, Germany and the Netherlands said in a joint statement that they would send aid.",
     ["Norway", "Germany", "Netherlands"]),
    ("The foreign ministers of Jordan, Egypt and Iraq said in a joint statement that they backed the talks.",
     ["Jordan", "Egypt", "Iraq"]),
])
def test_lists_and_joint_statements_give_one_statement_per_actor(attribute, sentence, expected):
    assert attribute(sentence) == [expected]


def test_issue_is_a_position_only_with_its_object(attribute):
    assert attribute("Kenya issued a warning to the rebels.") == [["Kenya"]]
    assert attribute("Kenya faces the issues raised by the war.") == [[]]


# --- article context: people introduced by role, office holders, bodies, quotes across sentences --

def _engine_rows(registry, text: str, date: str):
    """The statements of one dated document, read as ``stance predict`` reads it (headings kept)."""
    from pipeline import engine
    from pipeline.inputs import Document

    return engine.extract([Document("a.txt", text, date=date)], registry)[1]


def _statements(registry, documents, dates=None):
    from pipeline.attribution import statements_frame
    from pipeline.documents import paragraphs_frame
    from pipeline.sentences import sentences_frame

    if dates is None:
        return extract_statements(documents, registry)[1]
    sentences = sentences_frame(paragraphs_frame(documents))
    sentences["date"] = sentences["doc"].map(dates).fillna("")
    return statements_frame(sentences, registry)


def _pairs(statements):
    return [(row.sentence.split()[0] + " " + row.sentence.split()[1], row.actor) for row in statements.itertuples()]


ROLE_ARTICLE = """Canadian Foreign Minister Jane Doe said Ottawa was alarmed by the shelling.

John Roe, the Ghanaian government spokesman, told reporters that Accra wanted a truce.

President Okello Mbeki of Uganda warned against any escalation.

The president of Senegal, Awa Ndiaye, said the summit would go ahead.

Norway's ambassador to the UN, Kari Nordmann, said Oslo would host talks.

Doe added that Canada would send aid.

Roe replied that the claims were false.

Mbeki urged both sides to stop.

Ndiaye called for calm.

Ms Nordmann said the offer stood.
"""


def test_people_introduced_by_their_role_keep_their_actor_in_the_article(registry):
    statements = _statements(registry, {"roles.txt": ROLE_ARTICLE})
    assert _pairs(statements) == [
        ("Canadian Foreign", "Canada"), ("John Roe,", "Ghana"), ("President Okello", "Uganda"),
        ("The president", "Senegal"), ("Norway's ambassador", "Norway"),
        ("Doe added", "Canada"), ("Roe replied", "Ghana"), ("Mbeki urged", "Uganda"), ("Ndiaye called", "Senegal"),
        ("Ms Nordmann", "Norway"),
    ]


def test_people_learned_in_one_article_are_not_known_in_the_next(registry):
    statements = _statements(registry, {"a.txt": ROLE_ARTICLE, "b.txt": "Doe added that the claims were false.\n"})
    assert "b.txt" not in set(statements["doc"])


def test_well_known_office_holders_are_found_without_their_role(registry):
    statements = _statements(registry, {"a.txt": "Zelensky said Kyiv would not give up territory.\n\n"
                                                 "Guterres urged restraint.\n"})
    assert statements["actor"].tolist() == ["Ukraine", "United Nations"]


def test_the_document_date_picks_the_office_holder(registry):
    text = "Senegal's opposition met on Monday.\n\nSall said the vote would be held on time.\n"
    assert _statements(registry, {"a.txt": text}, {"a.txt": "2020-06-01"})["actor"].tolist() == ["Senegal"]
    # out of office on that date: Sall no longer speaks for Senegal
    assert _statements(registry, {"a.txt": text}, {"a.txt": "2025-06-01"})["actor"].tolist() == []


def test_the_article_s_own_role_wins_over_the_table(registry):
    text = ("Macky Sall, the Gambian foreign ministry spokesman, said Banjul was worried.\n\n"
            "Sall added that talks were needed.\n")
    assert _statements(registry, {"a.txt": text}, {"a.txt": "2020-06-01"})["actor"].tolist() == ["Gambia", "Gambia"]


def test_an_office_holder_merely_mentioned_is_not_a_speaker(registry):
    statements = _statements(registry, {"a.txt": "Kenya criticised Zelensky's remarks on Monday.\n\n"
                                                 "The talks with Zelensky ended without a deal.\n"})
    assert statements["actor"].tolist() == ["Kenya"]


def test_bodies_resolve_to_the_actor_the_article_tied_them_to(registry):
    text = ("Mali's foreign ministry summoned the Algerian ambassador on Monday.\n\n"
            "Algeria's army said the drone had entered its airspace.\n\n"
            "The ministry added that Bamako would file a complaint.\n\n"
            "The army said it had acted in self-defence.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Mali", "Algeria", "Mali", "Algeria"]


def test_a_headline_gives_the_body_its_actor_and_is_never_a_statement(registry):
    text = "Mali expels French envoy\n\nThe foreign ministry said the envoy had 72 hours to leave.\n"
    statements = _statements(registry, {"a.txt": text})
    assert statements["actor"].tolist() == ["Mali"]
    assert not statements["sentence"].str.startswith("Mali expels").any()
    assert "heading" not in statements.columns


def test_the_bloc_is_the_bloc_the_article_named_last(registry):
    text = ("ECOWAS leaders met in Abuja on Thursday.\n\n"
            "The bloc said sanctions would stay in force.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["ECOWAS"]


@pytest.mark.parametrize("sentence, actor", [
    ("The Pentagon said the strike had hit a depot.", "United States"),
    ("The IDF said its jets had struck a launch site.", "Israel"),
    ("The Israeli army said it had opened a corridor.", "Israel"),
    ("West African leaders warned the junta against any delay.", "ECOWAS"),
    ("The Hamas-run health ministry said 40 people had been killed.", "Hamas"),
])
def test_fixed_bodies_have_fixed_actors(attribute, sentence, actor):
    assert attribute(sentence) == [[actor]]


def test_a_state_news_agency_reporting_facts_is_no_actor(registry):
    text = ("Kenya condemned the attack.\n\n"
            "The state news agency reported that the convoy had reached the border.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Kenya"]


def test_a_quotation_opened_after_a_colon_stays_with_its_speaker(registry):
    from pipeline.attribution import statements_frame

    split = ["Canadian Foreign Minister Jane Doe blamed the rebels: “They broke the truce.", "They shelled the town.",
             "We will not wait forever.”", "The rain continued."]
    sentences = pd.DataFrame({"doc": "a.txt", "article": "a.txt#0", "paragraph": [0, 0, 0, 1],
                              "sentence_id": range(4), "offset": [0, 80, 110, 140], "sentence": split})
    statements = statements_frame(sentences, registry)
    assert statements["sentence"].tolist() == split[:3]
    assert statements["actor"].tolist() == ["Canada"] * 3


def test_a_paragraph_that_continues_an_open_quotation_is_the_speaker_s(registry):
    text = ("“We will respond to any attack,” Canadian Foreign Minister Jane Doe said. “The shelling must stop.\n\n"
            "“We remain ready to talk, but not under fire.”\n\nThe rain continued.\n")
    statements = _statements(registry, {"a.txt": text})
    assert statements["actor"].tolist() == ["Canada", "Canada", "Canada"]


def test_extra_input_columns_pass_through(registry):
    from pipeline.attribution import statements_frame
    from pipeline.documents import paragraphs_frame
    from pipeline.sentences import sentences_frame

    sentences = sentences_frame(paragraphs_frame({"a.txt": "France condemned the raid.\n"}))
    sentences["date"] = "2024-01-02"
    sentences["source"] = "wire"
    statements = statements_frame(sentences, registry)
    assert statements[["date", "source", "actor"]].values.tolist() == [["2024-01-02", "wire", "France"]]


def test_a_named_person_of_no_state_is_an_actor_of_their_own(attribute):
    assert attribute("Rania Khalaf, a political analyst at a Beirut institute, said the strikes would backfire.",
                     "Khalaf added that talks were the only way out.") == [["Rania Khalaf"], ["Rania Khalaf"]]
    # an official of a side the sentence does not name is not an independent person
    assert attribute("“We will respond,” said Omar Lutfi, an army spokesman.") == [[]]
    # unnamed people stay unnamed
    assert attribute("“They expelled us,” one man said as he walked past.") == [[]]


def test_attribution_stays_linear_on_a_long_article(registry):
    import time

    paragraph = ("Canadian Foreign Minister Jane Doe said Ottawa was alarmed. Doe added that talks must resume. "
                 "The ministry said aid would follow. “We are ready,” she said.\n\n")
    small, big = paragraph * 50, paragraph * 400
    timings = []
    for text in (small, big):
        start = time.perf_counter()
        _, statements = extract_statements({"long.txt": text}, registry)
        timings.append(time.perf_counter() - start)
    assert len(statements) == 4 * 400
    assert timings[1] < 12 * timings[0] + 1.0  # 8 times the text, not 64 times the time


def test_a_head_of_state_who_chairs_a_bloc_speaks_for_it(registry):
    text = ("ECOWAS leaders met in Abuja on Thursday.\n\n"
            "Nigerian President Bola Tinubu, who chairs the bloc, told his counterparts that force was a last resort.\n\n"
            "“The door to dialogue remains open,” Tinubu said.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["ECOWAS", "ECOWAS"]


def test_a_short_name_two_states_share_is_the_one_the_article_named(registry):
    text = ("Fighting spread across the Democratic Republic of Congo on Monday.\n\n"
            "Congo's foreign minister accused Rwanda of backing the rebels.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Democratic Republic of the Congo"]


def test_the_owner_of_a_subject_is_not_its_speaker(attribute):
    assert attribute("Beijing's drills gravely threaten the peace of the region, the ministry said.") == [[]]
    assert attribute("Syria's health ministry said 40 people had been killed.") == [["Syria"]]
    assert attribute("India's navy said it had rescued 21 sailors.") == [["India"]]


def test_a_body_word_that_modifies_a_noun_is_no_speaker(attribute):
    assert attribute("France condemned the raid.", "Government troops sent to the area were accused of looting.") \
        == [["France"], []]


def test_names_with_letters_beyond_ascii_are_names(attribute):
    assert attribute("“Nobody explained anything,” said Dragana Milić, who teaches in the town.") == [["Dragana Milić"]]


def test_a_date_column_of_timestamps_picks_the_office_holder(registry):
    from pipeline.attribution import statements_frame
    from pipeline.documents import paragraphs_frame
    from pipeline.sentences import sentences_frame

    sentences = sentences_frame(paragraphs_frame({"a.txt": "Senegal's opposition met.\n\nSall said the vote would be held on time.\n"}))
    sentences["date"] = pd.Timestamp("2020-06-01")
    assert statements_frame(sentences, registry)["actor"].tolist() == ["Senegal"]


def test_a_state_s_possessive_before_its_office_holder_is_no_first_name(attribute):
    assert attribute("Turkey's Erdogan said Ankara was ready to host talks.") == [["Turkey"]]


def test_a_speaker_named_after_the_verb_with_an_organisation_role(attribute):
    assert attribute('"Civilians pay the price," said Clementine Nkweta-Salami, the UN humanitarian coordinator.',
                     "Nkweta-Salami added that aid was blocked.") == [["United Nations"], ["United Nations"]]


def test_a_place_after_near_or_outside_is_not_a_speaker(attribute):
    assert attribute("Jordan condemned an attack on a village near Ramallah and called for restraint.") == [["Jordan"]]


def test_a_un_readout_and_a_ministry_statement(registry):
    text = ("The Secretary-General is deeply concerned by the shelling near the plant.\n\n"
            "He calls on all parties to refrain from any action that could endanger the facility.\n\n"
            "The Ministry of Foreign Affairs of Kazakhstan expresses deep concern over the escalation.\n\n"
            "The Ministry calls on the parties to show restraint.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == [
        "United Nations", "United Nations", "Kazakhstan", "Kazakhstan"]


def test_a_permanent_representative_to_the_un_speaks_for_the_state(registry):
    text = ("Russia's Permanent Representative to the UN Vassily Nebenzia said the Council must act.\n\n"
            "According to Nebenzia, the draft was unbalanced.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Russia", "Russia"]


def test_context_tables_name_canonical_actors():
    from pipeline.actors import ActorRegistry
    from pipeline.attribution import _BODY_DEFAULTS, _SHORT_NAMES, BLOCS

    actors = ActorRegistry.load(None).actors
    assert BLOCS <= actors
    assert set(_BODY_DEFAULTS.values()) <= actors
    assert {a for names in _SHORT_NAMES.values() for a in names} <= actors


def test_on_behalf_of_the_bloc_the_bloc_speaks(attribute):
    assert attribute("The East African Community will hold a summit in Kenya.",
                     "In a statement issued on behalf of the bloc, Ruto warned that the fighting could spread.") \
        == [[], ["East African Community"]]


def test_a_quotation_given_to_an_unnamed_speaker_does_not_continue_the_last_one(attribute):
    assert attribute("Kenya condemned the shelling.", "“We have nowhere to go,” one woman said.",
                     "“We have nowhere to go,” said a resident of the camp.") == [["Kenya"], [], []]
    # a quotation whose speaker is named but unknown still continues the article's speaker
    assert attribute("Hamid Omer, an adviser to the Kenyan foreign ministry, told reporters the talks had failed.",
                     "“They never wanted peace,” Omer said.") == [["Kenya"], ["Kenya"]]


def test_a_quotation_s_own_must_does_not_silence_its_speaker(attribute):
    assert attribute("Kenya's foreign ministry condemned the raid.",
                     "“Those responsible must be punished,” the ministry said.") == [["Kenya"], ["Kenya"]]


def test_a_person_introduced_as_adviser_to_a_group_speaks_for_it(registry):
    text = ("Hamid Omer, an adviser to RSF commander Mohamed Hamdan Dagalo, told reporters the army used shields.\n\n"
            "Omer added that the RSF would keep fighting.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Rapid Support Forces", "Rapid Support Forces"]


def test_reports_of_an_assault_by_x_are_not_x_s(attribute):
    assert attribute("Kenya said it had received reports of an assault by Ugandan troops near the border.") \
        == [["Kenya"]]
    assert attribute("Reports of an assault by Uganda on the town could not be verified.") == [[]]


def test_the_chairperson_is_the_chair_of_the_body_the_article_tied(registry):
    text = ("African Union Commission chairperson Amina Diallo arrived in Addis Ababa on Monday.\n\n"
            "The chairperson said the summit would focus on the crisis in Sudan.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["African Union"]


def test_the_group_and_the_rebels_are_the_group_the_article_named(registry):
    text = ("M23 fighters entered Goma on Monday.\n\n"
            "The rebels said they controlled the airport.\n\n"
            "Human Rights Watch documented abuses in the city.\n\n"
            "The group said both sides had killed civilians.\n\n"
            "The group of experts said the report would follow.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["M23", "Human Rights Watch"]


@pytest.mark.parametrize("sentence", [
    "Canada lashed out at the rebels over the attack.",
    "Canada hit out at the decision.",
    "Canada cautioned against any escalation.",
    "Canada pointed out that the border had been closed.",
    "Canada applauded the agreement.",
    "Canada congratulated the mediators.",
    "Canada severed diplomatic ties with the junta.",
    "Canada was quoted by state media as saying it would not attend.",
])
def test_more_reporting_verbs(attribute, sentence):
    assert attribute(sentence) == [["Canada"]]


@pytest.mark.parametrize("sentence", [
    "The explosion hit a market in the town.",
    "The point of the talks was unclear.",
    "A strong signal was sent to the markets.",
])
def test_their_nouns_and_other_senses_are_no_positions(attribute, sentence):
    assert attribute(sentence) == [[]]


def test_the_object_of_by_is_not_a_speaker_even_behind_a_government_of(attribute):
    assert attribute("The UN welcomed the ceasefire declared by the Government of Ethiopia and urged all parties "
                     "to respect it.") == [["United Nations"]]


def test_a_former_office_holder_does_not_speak_for_the_state(attribute):
    assert attribute("Former Nigerian president Amadu Bello said the deal would hold.") == [[]]


def test_what_it_called_is_no_statement_of_the_last_speaker(attribute):
    assert attribute("Kenya condemned the raid.", "The report laid to rest what it called false claims.") \
        == [["Kenya"], []]


def test_a_title_before_a_name_is_not_a_verb(attribute):
    assert attribute("Secretary of State Antony Blinken welcomed the announcement.") == [["United States"]]


def test_a_named_refugee_introduced_by_a_descriptor_is_an_actor_of_their_own(attribute):
    assert attribute("Another refugee, Haftom Kiros, a teacher from the town, said he hoped the fighting would end.") \
        == [["Haftom Kiros"]]


@pytest.mark.parametrize("text, iso", [
    ("November 5, 2020 10:14 AM GMT Updated 3 hours ago", "2020-11-05"),
    ("Khartoum | Wednesday, 9 December 2020", "2020-12-09"),
    ("Addis Ababa, November 26/2020(ENA) Prime Minister Abiy Ahmed today ordered", "2020-11-26"),
    ("Published 2024-03-05T10:00", "2024-03-05"),
    ("Talks resume in Cairo", None),
])
def test_dates_in_headline_blocks(text, iso):
    from pipeline.attribution import text_date

    assert text_date(text) == iso


def test_without_a_date_column_the_article_s_date_line_picks_the_office_holder(registry):
    dated = "Senegal holds vote\n\nMarch 3, 2020\n\nSall said the vote would be held on time.\n"
    assert _statements(registry, {"a.txt": dated})["actor"].tolist() == ["Senegal"]
    later = dated.replace("March 3, 2020", "March 3, 2025")
    assert _statements(registry, {"a.txt": later})["actor"].tolist() == []


def test_a_role_the_article_gives_wins_over_an_office_the_table_lacks(registry):
    text = ("April 2, 2025\n\nIn Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told reporters Japan was concerned.\n\n"
            "Hayashi said Tokyo hoped for dialogue.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Japan", "Japan"]


def test_an_office_holder_named_in_full_is_known_by_either_name_in_the_article(registry):
    text = ("Prime Minister Abiy Ahmed addressed parliament on Monday.\n\n"
            "Abiy said the operation would end soon.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Ethiopia"]


def test_a_place_behind_a_direction_or_naming_an_agreement_is_no_speaker(registry):
    assert _run(registry, ["Guterres said it was a tragedy for the people of northern Ethiopia and called for talks."]) \
        == [["United Nations"]]
    assert _run(registry, ["The Pretoria agreement was followed by a second deal, the ministry said."]) == [[]]


def test_saying_little_is_no_position(attribute):
    assert attribute("Eritrea, which was not at the table, has said little.") == [[]]


def test_a_title_case_role_before_a_body_word_is_that_body(attribute):
    assert attribute("The Ethiopian army said it had taken the town.",
                     "Deputy army chief Birhanu Jula told a news conference that troops were moving north.") \
        == [["Ethiopia"], ["Ethiopia"]]


def test_a_body_of_someone_unnamed_is_no_tied_body(attribute):
    # a department the actor files do not know (the real Department of Migrant Workers is now the
    # Philippines' in labels/actors.csv): "department" is not the Houthis' body tied earlier
    assert attribute("Houthi officials said the department had been warned.",
                     "Philippine Department of Seafarers' Welfare spokeswoman Maria Dizon said two sailors died.") \
        == [["Houthis"], []]


def test_a_coordinator_for_a_state_speaks_for_the_body_not_the_state(attribute):
    assert attribute('"Civilians pay the price," said Clementine Nkweta-Salami, the UN humanitarian coordinator '
                     'for Sudan.') == [["United Nations"]]


# --- rules learned from real-style pages of other crises (second development set) -------------

def test_a_state_that_acts_on_a_body_does_not_own_it(registry):
    # "welcomed the army's announcement" names Bangladesh's army, not a US one
    text = ("Bangladesh army lifts curfew\n\n"
            "The United States welcomed the army's announcement of an interim government.\n\n"
            "The army said the curfew had been lifted.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["United States", "Bangladesh"]


def test_the_government_in_a_speakers_clause_is_the_speakers_own(attribute):
    assert attribute("Ethiopia's government said the port deal stood.",
                     "A spokesman for Somalia's foreign ministry told reporters that the government had asked "
                     "the African Union to meet.") == [["Ethiopia"], ["Somalia"]]


def test_the_foreign_office_is_the_articles_own(registry):
    text = ("Pakistan shuts border crossings after clashes\n\n"
            "Kabul's failure to act against militants lies at the root of the crisis, the Foreign Office said.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Pakistan"]


def test_a_known_acronym_in_brackets_names_an_unknown_body(attribute):
    assert attribute("The Regional Office for Coordination of Things (IGAD) said fighting had displaced "
                     "60,000 people.") == [["IGAD"]]


def test_a_list_of_states_with_an_apposition_before_its_verb(attribute):
    assert attribute("Norway, the United Kingdom and the United States, the so-called Troika that backed the "
                     "deal, said in a joint statement that the arrest was a step backwards.") == [
        ["Norway", "United Kingdom", "United States"]]


def test_concern_stated_as_following_the_situation(attribute):
    assert attribute("The Secretary-General is following with grave concern the situation in the country.",
                     "He calls on all parties to show restraint.") == [["United Nations"], ["United Nations"]]


def test_an_office_with_no_state_is_the_articles_state(registry):
    text = ("Pakistan says Afghan forces fired on border posts\n\n"
            "Pakistan said on Sunday it had closed the Torkham crossing.\n\n"
            "Interior Minister Jane Doe said the firing was a flagrant violation of international law.\n\n"
            "Doe added that Pakistan would respond to any new attack.\n\n"
            "The president's press secretary, John Roe, told reporters the border would stay shut.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Pakistan"] * 4


def test_an_office_with_no_state_keeps_a_person_the_article_tied(registry):
    text = ("US sanctions Eritrea's army\n\n"
            "The United States imposed sanctions on Eritrea's army on Friday.\n\n"
            "Eritrea's information minister, Jane Doe, said the sanctions were illegal.\n\n"
            "Information Minister Jane Doe said the United States had no right to interfere.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["United States", "Eritrea", "Eritrea"]


def test_a_former_president_speaks_for_himself(registry):
    text = ("Colombia and the United States end tariff row\n\n"
            "Former president Jaime Roe, a fierce critic of the government, said the row had put jobs at risk.\n\n"
            "Roe added that Colombia had been humiliated.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Jaime Roe", "Jaime Roe"]


def test_a_three_word_name_is_known_by_its_middle_word_too(registry):
    text = ("Kenya's information minister, Samuel Ochieng Wafula, said the talks would resume.\n\n"
            "Ochieng said the army had been told to hold its fire.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Kenya", "Kenya"]


def test_a_first_name_blocks_a_surname_only_while_its_holder_is_in_office(registry):
    # Petro Poroshenko left office in 2019: in 2025 "Petro" is Gustavo Petro of Colombia
    assert registry.resolve("Petro", "2025-01-27") == "Colombia"
    assert registry.resolve("Petro", "2016-05-01") is None


def test_a_learned_surname_inside_a_longer_name_is_not_that_person(registry):
    text = ("Rafiq Islam, a coordinator of the student movement, said the students had proposed a leader.\n\n"
            "Mirza Fakhrul Islam Alamgir, the secretary-general of the party, urged members to keep the peace.\n")
    # the actors file knows him as the BNP's secretary-general: his own party's voice, never Rafiq Islam's
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Rafiq Islam", "Bangladesh Nationalist Party"]


def test_a_participle_aside_with_a_pronoun_is_skipped(attribute):
    assert attribute("Afghan Foreign Minister Amir Khan Muttaqi, speaking in New Delhi where he is on a visit, "
                     "said Afghan forces had done what was needed.") == [["Afghanistan"]]


def test_a_whose_aside_is_skipped(attribute):
    assert attribute("Albania, whose minister chairs the meeting, said the talks would resume.") == [["Albania"]]


def test_a_body_in_a_capital_opening_the_sentence_is_that_states(registry):
    text = ("Colombia and US end row over deportation flights\n\n"
            "Colombia's foreign ministry said the migrants would be met at the airport.\n\n"
            "In Brasília, the foreign ministry said it would ask Washington to explain the treatment of deportees.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Colombia", "Brazil"]


def test_a_two_word_role_after_a_possessive_speaks_for_the_state(attribute):
    assert attribute("Colombia’s air force said two of its planes had left.") == [["Colombia"]]


def test_a_former_leader_the_table_knows_keeps_the_tables_actor(registry):
    text = ("Cambodia and Thailand trade fire\n\n"
            "Former leader Hun Sen, who heads the Senate, wrote that Cambodia had been forced to defend itself.\n\n"
            "Prime Minister Hun Manet said Cambodia wanted an immediate ceasefire.\n")
    rows = _statements(registry, {"a.txt": text}, dates={"a.txt": "2025-07-25"})
    assert "Hun Sen" not in rows["actor"].tolist() and rows["actor"].tolist()[-1] == "Cambodia"


@pytest.mark.parametrize("sentence, actor", [
    ("Albanian Prime Minister Edi Rama, whose country holds the rotating chairmanship of the OSCE, said the "
     "OSCE was ready to help.", "OSCE"),
    ("Malaysian Prime Minister Anwar Ibrahim, speaking as this year's chair of ASEAN, said the bloc urged both "
     "governments to stand down.", "ASEAN"),
    ("Honduran President Xiomara Castro, who holds the rotating presidency of CELAC, called an emergency "
     "meeting of the bloc's leaders.", "CELAC"),
    ("Nigeria's President, Bola Tinubu, the Chairman of the ECOWAS Authority of Heads of State and Government, "
     "called for swift implementation of the resolutions.", "ECOWAS"),
])
def test_a_leader_speaking_as_chair_speaks_for_the_body(attribute, sentence, actor):
    assert attribute(sentence) == [[actor]]


def test_an_unknown_name_before_a_relative_clause_is_no_pronoun(attribute):
    assert attribute("Renamo said the ruling ignored evidence of fraud.",
                     "Mabote, who is due to be sworn in next month, said he would govern for all and invited the "
                     "opposition to talks.") == [["Renamo"], []]


def test_an_election_body_and_its_head_speak_for_the_state(registry):
    text = ("Belarus police detain protesters after vote\n\n"
            "Belarus said the vote had been fair.\n\n"
            "The Central Election Commission said the president had won 80.1% of the vote.\n\n"
            "Lidia Yermoshina, the head of the commission, denied that the count had been rigged.\n\n"
            "Yermoshina added that turnout had been high.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Belarus"] * 4


def test_un_readout_idioms_are_the_uns(attribute):
    assert attribute("Our humanitarian colleagues call on all parties to protect civilians.") == [["United Nations"]]


def test_an_office_with_no_state_in_an_attribution_tail(registry):
    text = ("Mozambique: 21 dead in post-election unrest\n\n"
            "Mozambique's police said roads had been blocked in the capital.\n\n"
            "At least 21 people have been killed since the ruling, Interior Minister Pascoal Roe said on Tuesday.\n\n"
            "Roe told reporters that 78 people had been arrested.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["Mozambique"] * 3


def test_the_spokesman_of_a_un_readout_is_the_uns(registry):
    text = ("The United Nations said aid convoys had reached Juba.\n\n"
            "UNHCR said arrivals in Ethiopia had doubled.\n\n"
            "Asked about the detention, the Spokesman said the UN was not in a position to comment.\n")
    assert _statements(registry, {"a.txt": text})["actor"].tolist() == ["United Nations", "UNHCR", "United Nations"]


def test_tokens_of_a_repeated_sentence_are_remembered_and_handed_out_as_a_copy():
    from pipeline import attribution

    sentence = "“We will not bow,” the minister said."
    attribution._TOKENS.clear()
    first = attribution.tokenize(sentence)
    first.pop()
    again = attribution.tokenize(sentence)
    assert (sentence, False) in attribution._TOKENS
    assert again == attribution._tokenize(sentence, False) and len(again) == len(first) + 1


PRESS_CONFERENCE = """Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on April 1, 2025

Reuters: Taiwan's defence ministry said it had sent forces to monitor the drills. What is your response?

Guo Jiakun: Taiwan is part of China's territory. We firmly oppose the remarks of the United States.

The exercises are a necessary step. Nobody should underestimate our resolve.

Kyodo News: Japan's chief cabinet secretary said Tokyo hoped the issue would be resolved through dialogue.

BEIJING, April 1 (Xinhua) -- The defence ministry of Brazil said it was watching the drills.
"""


def _transcript_statements(registry, rules=None):
    from pipeline.attribution import statements_frame
    from pipeline.documents import paragraphs_frame
    from pipeline.sentences import sentences_frame

    attributor_rules = rules
    sentences = sentences_frame(paragraphs_frame({"mfa.txt": PRESS_CONFERENCE}))
    if attributor_rules is None:
        return statements_frame(sentences, registry)
    import pipeline.attribution as attribution
    saved = attribution.RULES
    attribution.RULES = attributor_rules
    try:
        return statements_frame(sentences, registry)
    finally:
        attribution.RULES = saved


def test_a_speaker_label_gives_its_turn_and_the_paragraphs_after_it_to_the_speaker(registry):
    found = _transcript_statements(registry)
    pairs = [(s[:30], a) for s, a in zip(found["sentence"], found["actor"])]
    # the question relays Taiwan's and Japan's positions; the answers are China's, labelled or not
    assert pairs == [
        ("Taiwan's defence ministry said", "Taiwan"),  # the label, like a dateline, is cut off
        ("Taiwan is part of China's terr", "China"),
        ("We firmly oppose the remarks o", "China"),
        ("The exercises are a necessary ", "China"),
        ("Nobody should underestimate ou", "China"),
        ("Japan's chief cabinet secretar", "Japan"),
        ("The defence ministry of Brazil", "Brazil"),  # a new item with a speaker of its own ends the turns
    ]
    without = _transcript_statements(registry, [row for row in RULES if row[0] is not Rule.TRANSCRIPT])
    assert [(s[:30], a) for s, a in zip(without["sentence"], without["actor"])] != pairs


def test_a_surname_alone_from_the_table_needs_its_state_named(registry):
    # "Saleh" alone is Eritrea's foreign minister only in an article that names Eritrea
    libya = "The central bank row deepened on Monday.\n\nSaleh said the council had no authority to dismiss him.\n"
    eritrea = "Eritrea's government met on Monday.\n\nSaleh said the report was a fabrication.\n"
    dated = {"a.txt": "2024-08-27"}
    assert _statements(registry, {"a.txt": libya}, dated)["actor"].tolist() == []
    assert _statements(registry, {"a.txt": eritrea}, dated)["actor"].tolist() == ["Eritrea"]


def test_a_leaders_distinctive_surname_stands_alone_where_the_state_is_not_named(registry):
    # "Zelensky said" in a round-up that never writes "Ukraine"; "Saleh" (above) and "Davis" stay unplaced
    text = ("Talks on a truce resumed on Monday.\n\nZelensky said the strikes must stop.\n\n"
            "Netanyahu vowed to press on.\n\nDavis said the vote was fair.\n")
    assert _statements(registry, {"a.txt": text}, {"a.txt": "2025-03-11"})["actor"].tolist() == ["Ukraine", "Israel"]
    assert "Zelensky" in registry.well_known_surnames and "Davis" not in registry.well_known_surnames


def test_a_list_ending_in_and_other_countries_gives_every_listed_state(attribute):
    assert attribute("The United States, Britain, Germany and ten other Western countries said they were alarmed.") \
        == [["United States", "United Kingdom", "Germany"]]


def test_a_leader_who_chaired_the_summit_as_head_of_a_bloc_speaks_for_it(attribute):
    assert attribute("Djibouti's President Ismail Omar Guelleh, who chaired the summit as current head of IGAD, "
                     "said the region could not afford another conflict.") == [["IGAD"]]


def test_a_national_red_cross_society_is_not_the_icrc(attribute):
    assert attribute("The Kenya Red Cross Society said its volunteers had treated scores of people.",
                     "The Ukrainian Red Cross said it had evacuated 40 people.",
                     "The Red Cross said aid was blocked.") \
        == [["Kenya Red Cross Society"], ["Ukrainian Red Cross"], ["ICRC"]]


def test_an_unknown_organisation_named_in_full_speaks_under_its_own_name(attribute):
    assert attribute("The opposition Alliance for Democratic Renewal called for a new election.",
                     "The Baltic Shipping Federation and INTERTANKO said the attacks showed contempt for seafarers.") \
        == [["Alliance for Democratic Renewal"], ["Baltic Shipping Federation", "INTERTANKO"]]
    # state organs, a state's own council, an organisation that is an object: not organisations of their own
    assert attribute("The Constitutional Council ruled that the result stood.",
                     "An inquiry by the UN and the Lake Region Rights Commission said abuses were rife.") == [[], []]


def test_a_clause_before_an_attribution_tail_is_no_role_phrase(registry):
    # "Syria's interim authorities ... to trial, Rubio said": Rubio stays the US secretary of state
    text = ("The US secretary of state, Marco Rubio, condemned the killings.\n\n"
            "Syria's interim authorities had to bring those behind the massacres to trial, Rubio said.\n")
    assert _statements(registry, {"a.txt": text}, {"a.txt": "2025-03-11"})["actor"].tolist() == \
        ["United States", "United States"]


def test_congo_alone_is_the_democratic_republic_unless_the_article_names_the_other(attribute):
    assert attribute("Congo said the army still held parts of Goma.") == [["Democratic Republic of the Congo"]]
    assert attribute("Brazzaville hosted the talks.", "Congo said it would keep its border open.")[1] \
        == ["Republic of the Congo"]


def test_a_page_title_is_read_as_the_headline(registry):
    from pipeline import engine
    from pipeline.inputs import Document

    # the standfirst's "the ministry" is tied by the title kept apart from the page's text
    page = Document("p.html", "The ministry said the talks would resume on Monday.\n", title="Kenya's foreign ministry hails deal")
    _, statements = engine.extract([page], registry)
    assert statements["actor"].tolist() == ["Kenya"]


def test_the_current_chairman_of_a_bloc_speaks_for_it_also_after_a_possessive_role(attribute):
    assert attribute("Nigerian President Bola Tinubu, the current chairman of the ECOWAS Authority of Heads of State "
                     "and Government, told the summit that no option was off the table.",
                     "Dominica's prime minister, Roosevelt Skerrit, who chairs CARICOM, said the community stood "
                     "behind Guyana.") == [["ECOWAS"], ["CARICOM"]]


def test_an_ambassador_in_a_capital_is_not_that_capital_s_official(attribute):
    assert attribute("In Seoul, Ambassador Philip Goldberg said the alliance remained strong.") != [["South Korea"]]


def test_a_un_coordinator_posted_in_a_city_named_after_the_state_speaks_for_the_un(attribute):
    assert attribute("In a statement issued in Port Sudan, the Resident and Humanitarian Coordinator for Sudan, "
                     "Clementine Nkweta-Salami, said nine aid workers were among those killed.") == [["United Nations"]]


TRANSCRIPT_TURNS = """Foreign Ministry Spokesperson Esmaeil Baghaei's weekly press briefing

Question (IRNA): How will Iran respond to the European move?

Esmaeil Baghaei: Russia and China have stated clearly that they regard the European notification as void. We reject it.

Thank you all. See you next week.
"""


def test_a_turn_keeps_the_positions_it_reports_and_drops_its_formalities(registry):
    from pipeline.attribution import statements_frame
    from pipeline.documents import paragraphs_frame
    from pipeline.sentences import sentences_frame

    sentences = sentences_frame(paragraphs_frame({"mfa.txt": TRANSCRIPT_TURNS}))
    sentences["date"] = "2025-09-02"
    found = statements_frame(sentences, registry)
    pairs = sorted((s[:20], a) for s, a in zip(found["sentence"], found["actor"]))
    assert pairs == [("Russia and China hav", "China"), ("Russia and China hav", "Iran"),
                     ("Russia and China hav", "Russia"), ("We reject it.", "Iran")]


def test_an_organisation_with_an_apposition_and_a_titled_analyst_speak_as_themselves(attribute):
    assert attribute("The Korean Confederation of Trade Unions, the country's second-largest umbrella union, said "
                     "its members would strike.",
                     "Abuja-based security analyst Yusuf Danjuma told reporters that the force needed weeks.") \
        == [["Korean Confederation of Trade Unions"], ["Yusuf Danjuma"]]


def test_a_titled_independent_opening_the_sentence_or_with_a_workplace_or_clause_speaks_as_herself(attribute):
    # the trade's first word opens the sentence; the name carries an unknown workplace or a relative clause
    assert attribute("Security analyst Jane Kamara said the army had won the battle but could lose the peace.",
                     "Political analyst John Roe of the Centre for Steppe Studies said the reaction was muted.",
                     "Aid worker Mary Doe, who left the city on Friday, says families are too frightened to move.",
                     "She said the camps were full.") \
        == [["Jane Kamara"], ["John Roe"], ["Mary Doe"], ["Mary Doe"]]


def test_a_titled_analyst_of_a_known_body_is_the_body_s_voice(attribute):
    assert attribute("Senior analyst Jane Roe of the International Crisis Group said the talks were stuck.") \
        == [["International Crisis Group"]]


def test_the_article_s_own_officials_named_without_a_state_give_its_home(registry):
    # a Guyanese paper: "President Irfaan Ali" has no state word, so an untied vice president is Guyana's
    text = ("President Irfaan Ali said Venezuela's referendum was a threat to Guyana.\n\n"
            "Venezuela said the vote was binding. Venezuela's army moved troops. Caracas published a new map.\n\n"
            "Vice President Bharrat Jagdeo told reporters that the turnout figure was a fabrication.\n")
    rows = _statements(registry, {"a.txt": text}, {"a.txt": "2023-12-06"})
    assert rows["actor"].tolist()[-1] == "Guyana"


def test_a_cabinet_secretary_with_a_suffixed_name_is_the_home_state_s(registry):
    # a Philippine daily: "Interior Secretary X II" and "Social Welfare Secretary Y" carry no state word
    text = ("President Benigno Aquino III said troops would keep tightening the cordon around Zamboanga.\n\n"
            "Interior Secretary Manuel Roxas II said police were checking every evacuee.\n\n"
            "Social Welfare Secretary Corazon Soliman said her department was feeding 60,000 people.\n")
    rows = _statements(registry, {"a.txt": text}, {"a.txt": "2013-09-15"})
    assert rows["actor"].tolist() == ["Philippines"] * 3


def test_a_bloc_s_chair_by_title_speaks_for_the_bloc_over_the_office_in_the_apposition(registry):
    # the guide: a head of government speaking as a regional body's chair speaks for the body
    attributor = Attributor(registry, "2020-07-16")
    found = [[c.actor for c in attributor.attribute(s)] for s in (
        "CARICOM Chairman Ralph Gonsalves, the Prime Minister of St Vincent and the Grenadines, said the "
        "Community's position had not moved.",
        '"It would be a blow to the whole Community," Gonsalves said.')]
    assert found == [["CARICOM"], ["CARICOM"]]


def test_a_state_s_cabinet_or_legislature_by_name_is_the_state_s(attribute):
    assert attribute("Syria said the crowds were peaceful.",
                     "In Riyadh, the Council of Ministers condemned the storming of the embassy.",
                     "The U.S. Congress sent a bill broadening sanctions on North Korea to the president.") \
        == [["Syria"], ["Saudi Arabia"], ["United States"]]


def test_a_day_is_no_part_of_an_organisation_s_name_nor_a_possessive_its_first_word(attribute):
    found = attribute("Congress on Tuesday approved in a first vote a bill to bring elections forward.",
                      "His Maldivian Democratic Party said police had beaten dozens of its supporters.")
    assert "Congress on Tuesday" not in found[0] and "His Maldivian Democratic Party" not in found[1]


def test_a_titled_office_holder_with_a_relative_clause_is_no_independent_voice(attribute):
    found = attribute("Senator Raza Rabbani, who chairs the parliamentary committee on national security, said it "
                      "would place new terms of engagement before parliament.")
    assert "Senator Raza Rabbani" not in found[0] and "Raza Rabbani" not in found[0]


def test_a_quotation_gives_another_actor_what_it_asked_or_agreed_not_its_other_deeds(attribute):
    found = attribute('"The U.S. and EU approached us and asked us to hold a meeting," Zakharova told reporters.',
                      '"Washington has cancelled a summit to punish Russia for refusing to hand over one man," '
                      'Lavrov said.')
    assert {"United States", "European Union"} <= set(found[0]) and found[1] == ["Russia"]


def test_an_unnamed_person_with_a_place_speaks_for_no_one(attribute):
    # "in Sapporo" is where the worker lives; "a Japanese official" is an official of a named government
    assert attribute("Japan said the missile flew over Hokkaido.",
                     '"I heard the siren and had no idea where to go. I just stood in the kitchen," a 41-year-old office '
                     'worker in Sapporo said.',
                     '"We will protect our people," a Japanese official said.') == [["Japan"], [], ["Japan"]]


def test_a_prosecution_authority_speaking_in_a_capital_is_that_state_s(attribute):
    assert attribute("Australia said the man would get consular help.",
                     "In Stockholm, the prosecution authority said it would examine a request to reopen the case.") \
        == [["Australia"], ["Sweden"]]


def test_a_department_of_foreign_affairs_is_a_foreign_ministry(attribute):
    # the Philippines', Ireland's, South Africa's name for it: the place it speaks from ties it
    assert attribute("Egypt said the ship was safe.",
                     "In Manila, the Department of Foreign Affairs said it was in daily contact with the owners.") \
        == [["Egypt"], ["Philippines"]]


def test_a_role_owned_by_its_pronoun_belongs_to_the_subject_not_a_place_on_the_way(attribute):
    assert attribute("The MILF, whose talks with the government in Kuala Lumpur are in their final stages, said "
                     "through its chief negotiator, Mohagher Iqbal, that it would not be drawn in.",
                     "Iqbal said the use of civilians as shields has no place in any Moro struggle.") \
        == [["Moro Islamic Liberation Front"], ["Moro Islamic Liberation Front"]]


def test_an_unnamed_presidential_spokesman_is_the_article_s_state(registry):
    text = ("DHAKA, Jan 12 (Reuters) - Bangladesh's president declared a state of emergency on Thursday.\n\n"
            "A presidential spokesman said on Friday that the ban on news broadcasts had been withdrawn.\n")
    rows = _engine_rows(registry, text, "2007-01-12")
    assert rows["actor"].tolist() == ["Bangladesh", "Bangladesh"]


def test_an_untied_national_title_speaking_in_a_capital_is_that_capital_s(registry):
    # a British page: its own minister has no state word, but one who speaks in Quito is Ecuador's; Luxembourg
    # seats the EU's meetings, where any state's ministers speak
    text = ("Britain said the man would face its courts.\n\n"
            "Foreign Minister Jane Vasquez told reporters in Quito that his citizenship had been suspended.\n\n"
            "Interior Minister John Roe told reporters in Luxembourg that the asylum rules would stay.\n")
    rows = _statements(registry, {"a.txt": text}, {"a.txt": "2019-04-11"})
    assert rows["actor"].tolist() == ["United Kingdom", "Ecuador", "United Kingdom"]


def test_the_dateline_s_state_is_the_home_of_an_untied_national_title(registry):
    text = ("GEORGETOWN, Guyana – Venezuela said the vote was binding. Venezuela's army moved troops.\n\n"
            "Caracas published a new map of Guyana, and Venezuela named a governor.\n\n"
            "Vice President Bharrat Jagdeo told reporters that the turnout figure was a fabrication.\n")
    rows = _engine_rows(registry, text, "2023-12-06")
    assert rows["actor"].tolist()[-1] == "Guyana"


def test_a_title_case_dateline_gives_an_untied_ministry_its_state(registry):
    # a national agency's dateline: the headline's first state is the object of the condemnation
    text = ("Foreign Ministry Condemns Iran's Attacks on Israel\n\n"
            "Tallinn, April 14 (ERR) - The Foreign Affairs Ministry has denounced Iran's drone attack on Israel.\n\n"
            "The ministry said it was in contact with its embassies in the region.\n")
    rows = _engine_rows(registry, text, "2024-04-14")
    assert rows["actor"].tolist() == ["Estonia", "Estonia"]


def test_a_national_spokesperson_with_no_state_is_the_home_state_s(registry):
    # a Taipei paper: its president named by title, its spokespeople by office alone, a name in Chinese beside
    text = ("China launches drills around the island\n\n"
            "President William Lai convened a security meeting on Monday.\n\n"
            "The armed forces are watching every move, Presidential Office spokeswoman Karen Kuo (郭雅慧) said.\n\n"
            "\"Beijing should stop its provocations,\" Kuo said.\n")
    rows = _engine_rows(registry, text, "2024-10-14")
    assert rows["actor"].tolist() == ["Taiwan", "Taiwan"]


def test_the_article_s_office_for_a_former_office_holder_wins_over_the_table(registry):
    # Joseph Wu left the foreign ministry in May 2024; in October the article makes him security chief
    text = ("China launches drills around the island\n\n"
            "TAIPEI (Reuters) - Taiwan put its forces on alert.\n\n"
            "National Security Council Secretary-General Joseph Wu told reporters the drills broke the rules.\n\n"
            "The drills violate the UN Charter, Wu said.\n")
    rows = _engine_rows(registry, text, "2024-10-14")
    assert rows["actor"].tolist() == ["Taiwan", "Taiwan"]
    assert rows["sentence"].str.contains("Wu").all()


def test_a_text_the_article_announces_is_its_announcer_s(registry):
    text = ("Statement of the foreign ministry\n\n"
            "Pyongyang, October 31 (KCNA) -- A spokesman for the DPRK Foreign Ministry issued the following statement:\n\n"
            "The reckless military moves of the US have pushed the peninsula to the brink.\n\n"
            "The drill is a rehearsal for aggression, and the army will answer it with the most resolute measures.\n")
    rows = _engine_rows(registry, text, "2022-10-31")
    assert rows["actor"].tolist()[-2:] == ["North Korea", "North Korea"]
    passive = ("Sudan statement\n\nThe following statement was issued today by the Spokesman for the Secretary-General:\n\n"
               "There is an utter disregard for humanitarian law that is dangerous and disturbing.\n")
    assert _engine_rows(registry, passive, "2023-07-08")["actor"].tolist() == ["United Nations"]


def test_a_statement_attributable_to_a_spokesperson_is_theirs(registry):
    # the UN's own two forms: an opening line ending in a colon, and a heading with the topic after "on"
    line = ("Sahel statement\n\nThe following statement is attributable to the Spokesperson for the Secretary-General:"
            "\n\nIn the meantime, the parties must return to the talks they left in May.\n")
    assert _engine_rows(registry, line, "2023-07-08")["actor"].tolist() == ["United Nations"]
    heading = ("Statement attributable to the Spokesperson for the Secretary-General on the situation in Mali\n\n"
               "All sides must refrain from any step that could inflame the situation further.\n")
    assert _engine_rows(registry, heading, "2023-07-08")["actor"].tolist() == ["United Nations"]


def test_a_dateline_with_a_hyphenated_agency_leaves_the_speaker_first(registry):
    text = "Myanmar strike\n\nKUALA LUMPUR, April 13 (NNN-Bernama) — ASEAN condemned the air strike on a village.\n"
    rows = _engine_rows(registry, text, "2023-04-13")
    assert rows[["actor", "sentence"]].values.tolist() == [["ASEAN", "ASEAN condemned the air strike on a village."]]


def test_the_subject_of_a_clause_after_a_subordinator_is_its_speaker(attribute):
    # "after the US unilaterally withdrew": the US withdrew, not the states named in the aside before it
    assert attribute("Iran condemned the sanctions imposed by Western allies – France, Britain, and Germany – "
                     "on Iran, especially after the US unilaterally withdrew from the deal.") == [
        ["Iran", "United States"]]


def test_a_verb_in_a_short_partial_quotation_is_its_subject_s(attribute):
    assert attribute('ASEAN “strongly condemns” a military air strike on a village.',
                     'China "firmly opposes" the move, the ministry said.') == [["ASEAN"], ["China"]]
    # a longer quotation is the quotation's own clause: its "we" is no one named outside it
    assert attribute('Kenya said that "we condemn the attack and will respond".') == [["Kenya"]]


def test_the_agent_of_a_position_verb_in_the_passive_is_its_speaker(attribute):
    assert attribute("The move was criticised by Serbian authorities as an attempt to invade the north.",
                     "The plan has been firmly rejected by Kyiv and Warsaw.") == [["Serbia"], ["Ukraine", "Poland"]]
    # a relative clause, a modal, a mention that modifies a noun: no position stated
    assert attribute("Gallant, who was dismissed by Netanyahu last month, spoke later.",
                     "Any move could be blocked by a U.S. veto.",
                     "The shoal is claimed by China, the Philippines and Vietnam.") == [[], [], []]


def test_a_reminder_of_obligations_and_the_refugee_chief_s_title_are_positions(attribute):
    assert attribute("The Secretary-General reminds all parties of their obligation to protect civilians.",
                     "The High Commissioner for Refugees warns that emergency support is urgently needed.") == [
        ["United Nations"], ["UNHCR"]]


def test_the_statement_that_reads_is_its_issuer_s(attribute):
    assert attribute("The African Union said on Sunday it was alarmed by the fighting.",
                     "The Chairperson calls for an immediate ceasefire, the statement read.",
                     "The communique read out by the chair did not say when troops would move.") == [
        ["African Union"], ["African Union"], []]


def test_a_home_minister_titled_in_lower_case_and_a_based_group(registry):
    text = ("Burkina rejects report\n\n"
            "Military-ruled Burkina Faso has rejected a Human Rights Watch report.\n\n"
            "\"Such accusations are baseless,\" communications minister Jean Ouedraogo said in a statement.\n\n"
            "\"These killings may amount to crimes against humanity,\" the New York-based group said.\n")
    assert _engine_rows(registry, text, "2024-04-27")["actor"].tolist() == [
        "Burkina Faso", "Burkina Faso", "Human Rights Watch"]


def test_an_envoy_is_the_sender_s_and_a_diplomat_in_a_capital_is_no_one_s(attribute):
    assert attribute("The AU Special Representative for Somalia, Ambassador Francisco Madeira, condemned the attack.",
                     "Mr Madeira expressed solidarity with the families.",
                     "A Western diplomat in Chisinau said the coming weeks would be decisive.",
                     "A source in Aliyev's administration said he would not go.") == [
        ["African Union"], ["African Union"], [], ["Azerbaijan"]]


def test_short_names_news_copy_uses(attribute):
    assert attribute("The AU said it was alarmed.", "The Amisom said the mortars missed.",
                     "The SAF said it had retaken the bridge.", "The PLA Eastern Theater Command said drills began.",
                     "Nato allies said they would respond.") == [
        ["African Union"], ["African Union"], ["Sudan"], ["China"], ["NATO"]]


def test_a_ministry_with_a_long_portfolio_calls_upon_and_a_prosecutor_general(registry):
    text = ("Moldova calls on Russia\n\nCHISINAU (IPN) - Moldova summoned the Russian envoy.\n\n"
            "The Ministry of Foreign Affairs and European Integration calls upon the Russian Federation to mediate.\n\n"
            "The calls on Russia grew louder.\n\n"
            "A school was also damaged, according to Ukrainian Prosecutor General Andriy Kostin.\n")
    assert _engine_rows(registry, text, "2023-05-10")["actor"].tolist() == ["Moldova", "Moldova", "Ukraine"]


def test_asides_and_lists_after_together_with_are_not_the_speaker(attribute):
    assert attribute("Ambassador Li Wei of China, after meeting Talon in Cotonou, said Beijing hoped for dialogue.",
                     "The United Nations, together with Egypt, Qatar and the European Union, said it would host "
                     "a pledging event.",
                     "The World Court on Friday ordered Israel to halt its offensive.") == [
        ["China"], ["United Nations"], ["International Court of Justice"]]


def test_a_state_holding_a_body_s_presidency_speaks_for_it_on_behalf_of_its_members(attribute):
    assert attribute("Finland, which holds the European Union's rotating presidency, said in a statement on behalf "
                     "of the 25 member states that the bombing bore no relation to the attack.",
                     "Vietnam, which chairs Asean this year, issued a statement on behalf of the grouping hoping calm "
                     "would return.") == [["European Union"], ["ASEAN"]]


def test_on_behalf_of_its_members_with_no_chair_named_stays_the_speaker_s(attribute):
    assert attribute("Kenya said on behalf of its members that it welcomed the deal.") == [["Kenya"]]


def test_a_time_clause_before_the_saying_verb_is_no_deed_of_its_subject(attribute):
    assert attribute("MADRID, April 20, 2012 -- Spain protested.",
                     "Foreign Minister José Manuel García-Margallo, who has led the government's response since Argentine "
                     "President Cristina Fernández de Kirchner sent her bill to Congress on Monday, said the seizure "
                     "had damaged a relationship.",
                     "He said Spain would pursue the case in every court.") == [["Spain"], ["Spain"], ["Spain"]]


def test_a_demonym_before_a_named_armed_group_is_not_the_state(attribute):
    # Sudanese copy: "the Sudanese Rapid Support Forces" and "the Rapid Support" are the RSF, not Sudan
    assert attribute("The Sudanese Rapid Support Forces (RSF) on Sunday condemned the army's refusal to receive "
                     "prisoners.",
                     "The Rapid Support said in a statement that the refusal had no explanation.") == [
        ["Rapid Support Forces"], ["Rapid Support Forces"]]


def test_clarified_reports_a_position(attribute):
    assert attribute("The Kenyan foreign ministry clarified that it had received no request.") == [["Kenya"]]


def test_every_state_a_list_after_including_names_speaks_even_with_a_place_after_the_noun(attribute):
    assert sorted(attribute("Governments in Latin America, including Brazil, Colombia, Argentina and Uruguay have "
                            "criticized the arrest.")[0]) == ["Argentina", "Brazil", "Colombia", "Uruguay"]


def test_in_mourning_is_no_verb(attribute):
    assert attribute("The Ecuadorian government announced it was declaring Serur persona non grata after comments made "
                     "by López Obrador regarding the elections and the murder of the former presidential candidate "
                     "Fernando Villavicencio, as the country was still in mourning.") == [["Ecuador"]]


def test_he_went_on_and_he_continued_close_what_he_said(attribute):
    assert attribute("Peskov said the measures were unjust.",
                     "The measures London has taken are a violation of international law, he went on.",
                     "They are also a breach of common sense, Peskov continued.",
                     "The fighting went on.",
                     "Russia went on to bomb the city.") == [["Russia"], ["Russia"], ["Russia"], [], []]


def test_renewing_a_call_is_a_position_and_renewed_support_a_noun_phrase(attribute):
    assert attribute("Egypt renewed its call for a ceasefire.",
                     "The contract was renewed.") == [["Egypt"], []]
    # "with renewed political will": an adjective, which made Egypt, Ethiopia and Sudan speakers
    assert attribute("The Special Envoy of the Secretary-General for the Horn of Africa welcomed the African Union's "
                     "efforts to keep the parties engaged and encouraged Egypt, Ethiopia and Sudan to return to the "
                     "table with renewed political will.") == [["United Nations"]]


def test_a_partial_quote_closed_after_its_comma_before_a_definite_speaker(attribute):
    assert attribute("Japanese Chief Cabinet Secretary Katsunobu Kato expressed extreme regret over the visit.",
                     'The visit was "absolutely unacceptable and extremely regrettable," the top government '
                     'spokesman told a press conference.') == [["Japan"], ["Japan"]]


def test_went_on_to_stress_is_the_subject_s_next_position(attribute):
    assert attribute("The UAE condemned the attack.",
                     "The ministry went on to stress that such cowardly acts would not undermine the people's resolve.",
                     "Russia went on to bomb the city.") == [["United Arab Emirates"], ["United Arab Emirates"], []]


def test_both_diplomats_are_the_two_just_named_and_issuing_a_response_is_a_position(attribute):
    assert attribute("The Venezuelan minister for foreign affairs, Yván Gil, and his Guyanese counterpart, Hugh Todd, "
                     "have held a discussion via telephone.",
                     "Both diplomats noted that they have agreed to keep communication channels open.",
                     "Venezuela issued a forceful response.") == [[], ["Venezuela", "Guyana"], ["Venezuela"]]


def test_the_fo_is_the_foreign_office_the_article_tied(attribute):
    assert attribute("Pakistan's Foreign Office rejected the remarks.",
                     "Indian allegations, the FO said, are devoid of facts.",
                     "The FO stated that India's leadership will bear full responsibility.") == [
        ["Pakistan"], ["Pakistan"], ["Pakistan"]]


def test_the_presidential_spokesman_is_the_spokesman_just_quoted(attribute):
    assert attribute("Nigeria's presidential spokesman, Ajuri Ngelale, briefed correspondents on Tuesday.",
                     "He said President Tinubu had directed the central bank to apply the sanctions.",
                     "The presidential spokesperson stressed that the sanctions were a collective response.") == [
        ["Nigeria"], ["Nigeria"], ["Nigeria"]]


def test_the_note_and_the_readout_are_the_text_of_the_one_who_issued_it(attribute):
    assert attribute("Brazil's foreign ministry issued a note on Friday.",
                     "“Brazil respects the sovereignty of each country”, says the note.",
                     "“We are not a party to this dispute,” the readout said.") == [["Brazil"], ["Brazil"], ["Brazil"]]


def test_coup_leaders_and_putschists_are_the_junta_the_article_tied(attribute):
    assert attribute("ECOWAS imposed sanctions on the military junta in Niger.",
                     "However, the coup leaders dismissed the threats.",
                     "The putschists rejected the ultimatum.") == [["ECOWAS"], ["Niger"], ["Niger"]]


def test_the_junta_in_a_state_is_that_state_s_even_in_another_state_s_article(attribute):
    # a Nigerian page: the junta is Niger's because the article said where it rules, not the page's home state
    assert attribute("Nigeria's presidential spokesman, Ajuri Ngelale, said sanctions on the military junta in Niger "
                     "were a collective decision.",
                     "President Tinubu said Nigeria would enforce them.",
                     "However, the coup leaders dismissed the threats.") == [["Nigeria"], ["Nigeria"], ["Niger"]]


def test_a_hyphenated_state_written_with_a_space_is_one_state_in_a_list(attribute):
    # "Guinea Bissau" is not Guinea plus the capital Bissau: the list after "in" names no speaker
    assert attribute("ECOWAS leaders said the bloc welcomed the elections.",
                     "They highlighted peaceful elections in Nigeria, Guinea Bissau, Sierra Leone, and Liberia and "
                     "welcomed the resolution of disputes.") == [["ECOWAS"], ["ECOWAS"]]


def test_a_place_clause_a_message_and_a_participle_aside_are_not_the_speaker(attribute):
    # the actor inside ", where ...,", ", in a message to ...," or ", nominated to ...," is no speaker
    assert attribute("Kazakhstan, where the Soviet Union carried out hundreds of tests, said it hoped no country "
                     "would ever test again.",
                     "Russian President Vladimir Putin, in a message to Ayatollah Khamenei and President Raisi, condemned "
                     "the attack.",
                     "Estonia's prime minister Kaja Kallas, nominated to succeed Borrell, accused Orban of muddying "
                     "the waters.",
                     "Vietnam's foreign minister, in phone talks with Chinese State Councillor Yang Jiechi, protested "
                     "the placement of the rig.") == [["Kazakhstan"], ["Russia"], ["Estonia"], ["Vietnam"]]


def test_a_place_clause_with_a_comma_inside_is_not_skipped_whole(attribute):
    assert attribute("Speaking in Istanbul, where he was attending a meeting, Iran's foreign minister, Abbas "
                     "Araghchi, said Washington had committed a grave violation.") == [["Iran"]]


def test_a_question_clause_and_an_indefinite_apposition_hold_no_speaker(attribute):
    assert attribute("Asked whether the United States, Britain and Ukraine stood behind the attack, Russia said "
                     "it had no doubt.",
                     "In a message, JNIM, an al Qaeda affiliate active across the Sahel, said it had taken the town.",
                     "The death toll stood at 139, the Investigative Committee said.") == [
        ["Russia"], ["JNIM"], ["Russia"]]


def test_an_unknown_name_before_an_auxiliary_and_its_verb_is_no_actor_s(attribute):
    # "Belga News Agency has reported": the agency, not the states of the clause before the comma
    assert attribute("The EU called for calm between Kosovo and Serbia as fears grew, Belga News Agency has reported.") == [
        ["European Union"]]


def test_a_participle_describing_a_thing_is_no_verb_of_the_sentence_s_subject(attribute):
    # "a deal announced earlier this month" is no act of Biden's; "the ministry announced" still is
    assert attribute("President Joe Biden has been criticised for his support to Israel, with a $8bn arms "
                     "deal announced earlier this month.",
                     "Israel's defence ministry announced a new arms deal.") == [[], ["Israel"]]


def test_a_state_s_forces_its_emir_and_a_body_after_an_adverbial(attribute):
    assert attribute("The Israeli forces said in a statement most missiles were intercepted.",
                     "Qatar welcomed the deal.",
                     '"We hope the agreement will end the aggression," the Amir wrote.',
                     "Sudan's foreign ministry welcomed the council's statement.",
                     "In this connection the Ministry calls for more effective measures.") == [
        ["Israel"], ["Qatar"], ["Qatar"], ["Sudan"], ["Sudan"]]


def test_words_a_closing_colon_announces_are_the_speaker_s_for_a_few_paragraphs(registry):
    text = ("Coup attempt in Bolivia\n\nLA PAZ (Reuters) - Troops left the square on Wednesday.\n\n"
            "Venezuelan President Nicolas Maduro condemned the attempt on X:\n\n"
            "I call on the people of Bolivia to defend democracy.\n\n"
            "NO to the coup!\n\n"
            "The square was quiet by night.\n\nShops reopened.\n\nThe general was arrested.\n")
    rows = _engine_rows(registry, text, "2024-06-26")
    assert rows["actor"].tolist() == ["Venezuela", "Venezuela", "Venezuela"]
    assert not rows["sentence"].str.contains("arrested").any()


def _round_up_actors(registry, *paragraphs: str) -> list[str]:
    """The actors of a round-up of reactions: a headline, a first statement, the given paragraphs, narration."""
    text = "\n\n".join(["World reacts to the strike on Iran", "Israel said early on Friday it had struck nuclear targets.",
                        *paragraphs, "Markets fell after the news."]) + "\n"
    return _engine_rows(registry, text, "2025-06-13")["actor"].tolist()


def test_a_round_up_s_speaker_headings_own_the_quotations_under_them(registry):
    assert _round_up_actors(registry, "Here are some reactions from around the world:",
                            "Australian foreign minister Penny Wong",
                            "\u201cAustralia is alarmed by the escalation,\u201d she said.",
                            "\u201cWe call on all parties to refrain from actions.\u201d",
                            "UNITED NATIONS",
                            "\u201cThe Secretary-General condemns any military escalation in the Middle East.\u201d") == [
        "Israel", "Australia", "Australia", "United Nations"]


def test_an_official_named_after_the_verb_by_demonym_and_role(attribute):
    assert attribute('Arab states are "outraged by this massacre", said Riyad Mansour, the Palestinian UN ambassador.',
                     '"Saving lives is the most important thing," said Mansour.',
                     "The State Department official revealed that Washington was gravely concerned.") == [
        ["Palestine"], ["Palestine"], ["United States"]]


def test_unnamed_subjects_of_an_absolute_clause_are_no_actor(attribute):
    assert attribute("Global condemnation of Ecuador's government for its decision to storm the Mexican embassy "
                     "increased Sunday with more presidents and other leaders expressing disapproval and dismay.",
                     "Macron wrote to New Caledonia's leaders proposing talks in Paris.") == [[], ["France"]]


def test_a_round_up_paragraph_opening_with_its_speaker_is_that_speaker_s(registry):
    assert _round_up_actors(registry, "Germany: The foreign ministry condemned the attack and called for restraint.",
                            "Turkey: \"This aggression must stop,\" the presidency said.",
                            "China \u2013 \"We oppose any violation of Iran's sovereignty.\"",
                            "Mariam Al Hashimi: Praying for everyone in the region.") == [
        "Israel", "Germany", "Turkey", "China"]


def test_who_joins_others_in_a_position_holds_it_with_them(attribute):
    assert attribute("Egypt joined France and Jordan in calling for an immediate ceasefire.") == [
        ["Egypt", "France", "Jordan"]]
    # without "in ...ing" the one joined is an object: "joined the talks" is Egypt's alone
    assert attribute("Egypt joined France's talks and said a ceasefire was urgent.") == [["Egypt"]]


def test_a_pronoun_in_a_clause_describing_a_noun_is_no_speaker(attribute):
    # "the militias it backs": "it" is not the subject of the sentence's position
    assert attribute("Iran's foreign ministry condemned the strikes.",
                     "The US military struck 85 targets linked to the militias it backs in Iraq.") == [["Iran"], []]


def test_a_state_body_the_article_never_tied_is_its_own_states(attribute):
    # the guide: "the foreign ministry said" in an article about one state's reaction
    assert attribute("South Korea protested on Monday.",
                     "The unification ministry said the launches were irrational.",
                     "Police said 1,100 people had been arrested.") == [["South Korea"], ["South Korea"], ["South Korea"]]


def test_a_ministry_s_portfolio_is_tied_apart_from_another_states_ministry(attribute):
    assert attribute("South Korea protested on Monday, and South Korea's envoy was summoned.",
                     "India's external affairs ministry said it was watching.",
                     "The health ministry said 26 people had been killed.",
                     "Kenya's health ministry said two nurses were hurt.",
                     "The health ministry added that clinics had closed.") == [
        ["South Korea"], ["India"], ["South Korea"], ["Kenya"], ["Kenya"]]


def test_a_demonym_before_a_security_force_names_its_state(attribute):
    assert attribute("Indian police said they were searching for three suspects.") == [["India"]]
    assert attribute("The Chinese coast guard said it had expelled the boats.") == [["China"]]


def test_advising_citizens_is_a_position(attribute):
    assert attribute("Kuwait's foreign ministry advised its citizens to postpone travel to Iraq.") == [["Kuwait"]]


def test_a_bare_spokesperson_label_speaks_for_the_house_of_the_opening_remarks(registry):
    # a foreign-office briefing: the heading names no state; the opening remarks speak for Pakistan,
    # the first question names Iran most, and a later answer names the UN
    text = ("Transcript of the Weekly Press Briefing by the Spokesperson\n\n"
            "Good afternoon, and welcome to the Ministry.\n\n"
            "Pakistan once again calls for a ceasefire in Gaza. Pakistan supports the case at the Court.\n\n"
            "Question (Faisal Javed, Associated Press of Pakistan): Iran's foreign ministry summoned the envoy "
            "and Iran said Tehran would respond. How do you view Iran's statement?\n\n"
            "Spokesperson: It was a flagrant breach of our sovereignty and of the Charter of the United Nations.\n\n"
            "Question (Dawn): What next?\n\n"
            "Spokesperson: The measures we announced remain in place.\n")
    found = _statements(registry, {"a.txt": text})
    answers = found[found["sentence"].str.startswith(("It was", "The measures"))]
    assert answers["actor"].tolist() == ["Pakistan", "Pakistan"]


def test_a_ministry_named_in_full_is_the_ministry(attribute):
    assert attribute("Kuwait protested on Monday.",
                     "In Kuwait, the Ministry of Foreign Affairs said it was following the developments with concern.",
                     "Qatar's Ministry of Defence said two drones were shot down.") == [["Kuwait"], ["Kuwait"], ["Qatar"]]


def test_a_possessive_before_a_capitalised_body_names_its_owner(attribute):
    assert attribute("Poland's Operational Command said allied aircraft had been scrambled.",
                     "Belarus's general staff said its air defences had tracked the drones.") == [["Poland"], ["Belarus"]]


def test_a_person_introduced_by_a_possessive_role_belongs_to_the_possessor(attribute):
    assert attribute("Poland's foreign ministry summoned Russia's chargé d'affaires, Andrei Ordash, to protest.",
                     "Ordash told reporters that Warsaw had shown him no evidence.") == [["Poland"], ["Russia"]]


def test_his_spokesman_or_her_office_speaks_for_the_last_speaker(attribute):
    assert attribute("Guterres condemned the attack on Monday.",
                     "His spokesman said the UN was ready to help.",
                     "Its media office said the council would cooperate.") == [
        ["United Nations"], ["United Nations"], ["United Nations"]]
    assert attribute("His offices were raided on Monday.") == [[]]


def test_a_state_s_national_security_council_is_not_the_un_s(attribute):
    assert attribute("White House National Security Council spokesman John Kirby said Washington was watching.",
                     "Kirby said the United States was ready to help.") == [["United States"], ["United States"]]


def test_an_unnamed_spokesman_of_a_state_body_speaks_for_the_article_s_state(attribute):
    assert attribute("Haiti's transition council said it would appoint a prime minister.",
                     "A police spokesman said officers had pushed back an attack.",
                     "A man said he was afraid.") == [["Haiti"], ["Haiti"], []]


@pytest.mark.parametrize("sentence", [
    "Canada affirmed its full support for the mission.",
    "Canada extended its condolences to the families.",
])
def test_affirming_and_extending_are_positions(attribute, sentence):
    assert attribute(sentence) == [["Canada"]]


def test_a_state_organ_named_in_full_without_its_state_is_the_article_s_state(attribute):
    assert attribute("Iraq imposed a curfew on Monday, and Iraq's army deployed.",
                     "The Joint Operations Command said troops had gone beyond their orders.",
                     "The National Security Committee said its former head had been detained.",
                     "US Southern Command said a strike had destroyed a vessel.") == [
        ["Iraq"], ["Iraq"], ["Iraq"], ["United States"]]


def test_our_colleagues_at_an_agency_relay_the_agency(attribute):
    assert attribute("Our colleagues at UNICEF tell us that they will keep supporting classes for girls.") == [["UNICEF"]]


def test_the_party_is_the_party_the_article_last_named(attribute):
    assert attribute("Pakistan Tehreek-e-Insaf, the main opposition party, called protests on Monday.",
                     "The party said it would challenge the arrest in the Supreme Court.") == [
        ["Pakistan Tehreek-e-Insaf"], ["Pakistan Tehreek-e-Insaf"]]


def test_a_briefing_s_non_answers_are_no_statements(registry):
    text = ("Highlights of the noon briefing by the Spokesman for the Secretary-General\n\n"
            "The Secretary-General condemned the killings of civilians.\n\n"
            "Question: Has the Secretary-General spoken to the army?\n\n"
            "Spokesman: Not that I'm aware of. We've seen the statement. You would have to ask them. "
            "The Secretary-General urges the parties to stop the fighting.\n\n"
            "Question: And sanctions?\n\n"
            "Spokesman: Sanctions are a matter for Member States. All right, thank you.\n")
    found = _statements(registry, {"a.txt": text})
    assert [s[:28] for s in found["sentence"]] == ["The Secretary-General condem", "The Secretary-General urges "]


def test_its_foreign_ministry_is_the_last_speaker_s(attribute):
    assert attribute("Israel's foreign ministry accused Tehran of arming the Houthis.",
                     "Iran denied any role on Monday.",
                     "Its foreign ministry said in a statement that the claims were baseless.") == [
        ["Israel"], ["Iran"], ["Iran"]]


def test_a_pronoun_after_an_unnamed_speaker_is_no_actor_s(attribute):
    assert attribute("Blinken said Washington would not recognise the result.",
                     "An analyst at a Caracas think tank told us the images would be hard to watch.",
                     "\u201cThey hoped for maximum pressure,\u201d she said.") == [["United States"], [], []]
    # "said in a letter" opens no unnamed speaker: "He" stays the last speaker
    assert attribute("Blinken said in a letter that the talks would resume.",
                     "He thanked Qatar for its help.") == [["United States"], ["United States"]]


def test_postponing_a_trip_is_a_position(attribute):
    assert attribute("Blinken on Friday postponed a trip to Beijing.") == [["United States"]]


def test_they_after_unnamed_plural_speakers_is_theirs(attribute):
    assert attribute("Blinken said Washington was ready.",
                     "Residents of the capital said on Monday that they feared the row could spill over.",
                     "Russia and China said they opposed the sanctions.") == [
        ["United States"], [], ["Russia", "China"]]


def test_a_body_s_phrase_that_names_a_state_is_that_state_s(attribute):
    assert attribute("Poland protested on Monday, and Poland's army was put on alert.",
                     "Police in Belarus said 2,000 people were detained.") == [["Poland"], ["Belarus"]]


def test_unnamed_experts_places_of_analysts_and_objects_of_keep_are_no_speakers(attribute):
    assert attribute("A Russian military expert told TASS that the raids showed the need for tighter checks.",
                     "Analysts in Beirut and Amman cautioned that the rebels had little experience of governing.",
                     "A Western diplomat at the UN said the council was divided.",
                     "The minister accused Tehran of keeping the Houthis supplied with drones.",
                     "The foreign ministries of Saudi Arabia, Qatar and Egypt condemned the strikes.",
                     "Under the agreement, China will help Solomon Islands maintain social order.") == [
        [], [], [], [], ["Saudi Arabia", "Qatar", "Egypt"], ["China"]]


def test_an_opposition_or_spiritual_leader_is_not_the_state_s_voice(attribute):
    assert attribute("Kenya's opposition leader Jane Doe said the vote was rigged.",
                     "Jane Doe, Kenya's main opposition leader, said the count was a fraud.",
                     "Kenyan opposition leader Jane Doe said the vote was rigged.",
                     "Sheikh Nabil Qassar, the most influential of Syria's Druze spiritual leaders, said he would "
                     "not deal with the factions.",
                     "Kenya's foreign ministry said the vote was fair.") == [[], [], [], [], ["Kenya"]]


def test_press_services_rulers_and_acts_of_protest_bans_and_following_suit(attribute):
    assert attribute("Lukashenko's press service said the Belarusian leader had spent the day in talks.",
                     "Niger's military rulers on Saturday also barred French aircraft from its airspace.",
                     "Bangladesh lodged a formal protest with Myanmar over the mines.",
                     "Bahrain and the Maldives followed suit later in the day.") == [
        ["Belarus"], ["Niger"], ["Bangladesh"], ["Bahrain", "Maldives"]]


def test_unnamed_analysts_a_list_after_between_and_adding_a_thing_are_no_positions(attribute):
    assert attribute("The dispute is the worst between Prague and Moscow since 1989, analysts said.",
                     "Macron welcomed the contacts between Ankara and Moscow.",
                     "Macron wrote on X that Russia had added one more provocation to a long list.",
                     "Japan added its voice to the condemnation.",
                     "Russia added that the talks would go on.") == [
        [], ["France"], ["France"], ["Japan"], ["Russia"]]


def test_brussels_is_the_eu_unless_the_article_names_belgium(registry):
    eu = ("EU ministers meet\n\nEU foreign ministers met on Monday.\n\n"
          "Brussels said it would not accept pressure on any of its members.\n")
    belgium = ("Rwanda cuts ties with Belgium\n\nRwanda severed ties with Belgium.\n\n"
               "Brussels said the decision was disproportionate.\n")
    assert _engine_rows(registry, eu, "2024-05-01")["actor"].tolist()[-1] == "European Union"
    assert _engine_rows(registry, belgium, "2025-03-17")["actor"].tolist()[-1] == "Belgium"


def test_quick_to_conveyed_turned_down_and_charged_that(attribute):
    assert attribute("Britain was quick to condemn the attack.",
                     "Ankara also conveyed its condolences to the families of the dead.",
                     "Algeria charged that Morocco had used spyware against its officials.",
                     "Turkey was charged with the task of guarding the convoy.",
                     "Ethiopia turned down every offer of mediation.") == [
        ["United Kingdom"], ["Turkey"], ["Algeria"], [], ["Ethiopia"]]


def test_cut_ties_defended_a_decision_and_raised_concerns(attribute):
    assert attribute("Kinshasa cut diplomatic ties with Kigali on Sunday.",
                     "Chad's military rulers on Thursday defended their seizure of power.",
                     "The Pacific Islands Forum earlier raised concerns.",
                     "Denmark raised the alert level for its gas sector.",
                     "A spokesperson said the army was defending itself.") == [
        ["Democratic Republic of the Congo"], ["Chad"], ["Pacific Islands Forum"], [], []]


def test_quotations_in_single_quote_house_styles(registry):
    text = ("Russia condemns strike\n\nRussia's foreign ministry condemned the strike on Tuesday.\n\n"
            "'This is a reckless act that will not go unanswered,' the ministry said in a statement.\n\n"
            "‘We call on all sides to show restraint,’ said Sergei Lavrov.\n\n"
            "'The attack was planned in advance. Those responsible will be punished,' she said.\n")
    rows = _engine_rows(registry, text, "2024-05-01")
    assert rows["actor"].tolist() == ["Russia"] * 4
    assert rows["sentence"].str.startswith(("'", "‘", "Russia")).all()  # the sentences as they stand


def test_a_hard_wrapped_text_keeps_its_statements(registry):
    text = ("Kenya condemns attack on border post\n\n"
            "NAIROBI, March 3 (Reuters) - Kenya on Monday condemned an attack on\n"
            "its border post near Mandera, saying those responsible would be hunted\n"
            "down and brought to justice.\n\n"
            "\"This cowardly act will not go unpunished,\" Interior Minister Kipchumba\n"
            "Murkomen told reporters in Nairobi.\n")
    assert _engine_rows(registry, text, "2025-03-03")["actor"].tolist() == ["Kenya", "Kenya"]


# -- sixth session: forms of the real-style pages of batches 11a and 11b ---------------------------

@pytest.mark.parametrize("sentence, actors", [
    ("At least 10 people were killed, according to the Houthi-run health ministry.", ["Houthis"]),
    ("The Hamas-controlled interior ministry said the crossing was closed.", ["Hamas"]),
    ("Iran-backed Houthis said they fired missiles at the ship.", ["Houthis"]),  # a patron, not the speaker
])
def test_a_body_run_by_a_group_is_the_groups(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


@pytest.mark.parametrize("sentence, actors", [
    ("Reem Ketait, a senior UAE foreign ministry official, countered that Sudan had no case.",
     ["United Arab Emirates"]),
    ("Kenya laid the blame on the rebels for the attack.", ["Kenya"]),
    ("Algeria put the blame squarely on the French interior minister.", ["Algeria"]),
    ("Kenya moved troops to counter the threat.", []),
    ("Ghana laid a wreath at the memorial.", []),
    ("France put pressure on the junta.", []),
])
def test_countering_and_laying_blame_are_positions_with_their_object(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_pronoun_after_an_opening_adverbial_is_the_last_speaker(attribute):
    assert attribute("Kenya condemned the attack.", "In a later post he dismissed the charge as baseless.",
                     "In a statement she said the claim was false.") == [["Kenya"], ["Kenya"], ["Kenya"]]


def test_a_body_named_as_an_object_does_not_take_the_ministry_from_the_speaker(attribute):
    assert attribute("Algeria's foreign ministry declared 12 officials attached to France's interior ministry "
                     "persona non grata.",
                     "Any new attack will meet a firm response, the ministry warned.") == [["Algeria"], ["Algeria"]]


def test_a_leader_speaking_as_president_of_a_bloc_speaks_for_it(attribute):
    assert attribute("Argentina's Alberto Fernández, speaking as pro tempore president of the Community of Latin "
                     "American and Caribbean States (CELAC), said the bloc stood united behind Lula.") == [["CELAC"]]


def test_the_surname_of_a_person_out_of_office_is_theirs_later_in_the_article(registry):
    text = ("BRASILIA -- Supporters of former President Jair Bolsonaro stormed Congress on Sunday.\n\n"
            "Bolsonaro, who flew to Florida before the inauguration, wrote on Twitter that looting went beyond "
            "lawful protest.\n")
    assert _engine_rows(registry, text, "2023-01-09")["actor"].tolist() == ["Jair Bolsonaro"]


def test_a_titled_person_of_no_known_state_after_a_comma_is_no_earlier_actor(attribute):
    # the subject walk stops at the unknown name: the UN of "the UN Charter" is not the speaker
    assert attribute("Vietnam is deeply concerned about acts violating the UN Charter, Foreign Ministry "
                     "spokesperson Pham Thu Hang said on April 14.") == [["Vietnam"]]


def test_a_spokeswoman_of_a_body_named_by_its_possessive_is_the_bodys(attribute):
    assert attribute("Russia's foreign ministry condemned the move.",
                     "Britain’s ambassador will be summoned on Thursday, the ministry’s spokeswoman said.") == [
        ["Russia"], ["Russia"]]


@pytest.mark.parametrize("sentence", [
    "The Secretary-General’s Special Representative for Somalia said talks must resume.",
    "The Secretary-General’s Special Representative on Children and Armed Conflict, briefing the Security Council "
    "on threats to children, particularly in Syria, Mali and Central African Republic, said that she would visit "
    "Syria soon.",
])
def test_the_secretary_generals_envoy_speaks_for_the_un_not_the_places_named(attribute, sentence):
    assert attribute(sentence) == [["United Nations"]]


def test_a_body_in_an_aside_run_by_a_group_is_the_groups(attribute):
    assert attribute("France condemned a strike that killed a French foreign ministry staff member.",
                     "The health ministry in Gaza, which is run by Hamas, says 18,700 people have been killed.") == [
        ["France"], ["Hamas"]]


def test_a_sentence_adverb_is_no_name_and_a_relative_he_is_the_sentences_subject(attribute):
    assert attribute("Kenya condemned the attack.",
                     "Overnight, Ukraine’s president, Volodymyr Zelensky, released a video message in which he "
                     "expressed cautious hope about talks with Russia.",
                     "He argued that Russia knew victory was out of reach.",
                     "“They have realised that war achieves nothing”, Zelensky remarked.") == [
        ["Kenya"], ["Ukraine"], ["Ukraine"], ["Ukraine"]]


@pytest.mark.parametrize("sentence, actors", [
    ("Haiti's civil protection authorities report at least ten people killed in Mirebalais.", ["Haiti"]),
    ("The International Organization for Migration (IOM) reports that 36,000 people have been displaced.",
     ["International Organization for Migration"]),
    ("Kenya's latest report on the border was published today.", []),
])
def test_a_noun_like_verb_after_a_named_speaker_is_a_verb(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_briefing_transcript_is_its_spokespersons_where_no_one_else_speaks(registry):
    text = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
            "The following is a near-verbatim transcript of today's noon briefing by Jane Doe, Spokesperson for "
            "the Secretary-General.\n\n"
            "**Haiti\n\n"
            "Good afternoon. I will start with Haiti.\n\n"
            "More than 6,000 people have fled their homes, and families cannot reach the clinics.\n\n"
            "Haiti's civil protection authorities report at least ten people killed.\n\n"
            "We remind everyone that civilians must be protected at all times.\n")
    rows = _engine_rows(registry, text, "2025-04-03")
    assert list(zip(rows["actor"], rows["rule"])) == [
        ("United Nations", "transcript"), ("Haiti", "subject"), ("United Nations", "transcript")]


@pytest.mark.parametrize("sentences, actors", [
    (["Britain was quick to back Prague."], [["United Kingdom"]]),
    (["The bloc wants Belgrade and Pristina back at the dialogue, Hipper added."], [[]]),
    (["Hungary and Slovakia withheld their consent, according to two diplomats present."], [["Hungary", "Slovakia"]]),
    (["The M23 took the town.", "Kenya condemned the attacks and demanded that the group withdraw."],
     [[], ["Kenya"]]),
])
def test_backing_withholding_and_a_demanded_clause(attribute, sentences, actors):
    assert attribute(*sentences) == actors


def test_may_is_theresa_may_once_named_but_not_the_month(attribute):
    assert attribute("British Prime Minister Theresa May said Russia was culpable.",
                     "In London, May told lawmakers that allies had sent the Kremlin a message.",
                     "In May, the council said it would meet again.",
                     "Ukraine's presidential adviser mocked the Kremlin's handling of the crisis.") == [
        ["United Kingdom"], ["United Kingdom"], [], ["Ukraine"]]


def test_a_person_after_a_preposition_and_a_title_is_an_object(registry):
    text = ("BRASILIA -- Lula spoke on Monday.\n\n"
            "Opposition lawmakers allied with former President Jair Bolsonaro said they were gathering signatures.\n")
    assert _engine_rows(registry, text, "2024-02-19")["actor"].tolist() == []


@pytest.mark.parametrize("sentences, actors", [
    (["The representatives of Kenya, Mexico, and India also called for the corridor to be reopened."],
     [["Kenya", "Mexico", "India"]]),
    (["MOGADISHU -- Somalia said the siege was over.", "Security forces ended it, the country's health minister said."],
     [["Somalia"], ["Somalia"]]),
    (["A statement from the Cuban Foreign Ministry said Cuba rejected terrorism in all its forms."], [["Cuba"]]),
    (["Caracas rejected a statement by the Caribbean Community backing Guyana."], [["Venezuela"]]),
    (["Israeli officials declined to comment on the strike."], [["Israel"]]),
    (["Exports declined to a record low."], [[]]),
    (["Lithuania's State Border Guard Service said it had intercepted a dozen balloons."], [["Lithuania"]]),
])
def test_forms_of_the_fresh_blind_set_12(attribute, sentences, actors):
    assert attribute(*sentences) == actors


def test_a_named_office_holder_after_a_comma_keeps_the_tables_office(registry):
    text = ("TEHRAN (IRNA) -- Iran's foreign ministry spoke on Sunday.\n\n"
            "In a telephone conversation with Indian External Affairs Minister Subrahmanyam Jaishankar on Sunday "
            "evening, Foreign Minister Hossein Amir-Abdollahian said Tehran was looking into the matter.\n\n"
            "Amir-Abdollahian told his Indian counterpart that Iran had acted in self-defence.\n")
    assert _engine_rows(registry, text, "2024-04-14")["actor"].tolist()[-2:] == ["Iran", "Iran"]


def test_a_role_before_the_next_name_in_a_list_is_that_names(registry):
    text = ("The Secretary-General met the Prime Minister of Haiti, Garry Conille, the President of Kenya, "
            "William Ruto, and other leaders.\n\n"
            "Prime Minister Conille said his Government remained committed to holding elections.\n")
    assert _engine_rows(registry, text, "2024-09-25")["actor"].tolist() == ["Haiti"]


def test_the_opposition_is_the_party_the_article_named_as_the_opposition(attribute):
    assert attribute("Venezuela's electoral council declared Maduro the winner, but the opposition Unitary Platform "
                     "disputed it.",
                     "The opposition says its own tally sheets show González won by a wide margin.") == [
        ["Venezuela"], ["Unitary Platform"]]


def test_an_opposition_the_article_never_named_is_no_ones(attribute):
    assert attribute("Kenya said the vote was fair.", "The opposition said it was rigged.") == [["Kenya"], []]



@pytest.mark.parametrize("sentences, actors", [
    (["The governments of Mexico, Argentina, Colombia and Bolivia said Castillo had been hounded.",
      "The four countries, all governed by leftists, called on Peru's institutions to respect the verdict."],
     [["Mexico", "Argentina", "Colombia", "Bolivia"], ["Mexico", "Argentina", "Colombia", "Bolivia"]]),
    (["The foreign ministers of France, Germany and Poland visited Tbilisi on Friday.",
      "The three ministers also called on the ruling party to lower the temperature."],
     [[], ["France", "Germany", "Poland"]]),
    # a number that does not fit, or no number: no one
    (["The foreign ministers of France, Germany and Poland visited Tbilisi on Friday.",
      "The two ministers called for calm."], [[], []]),
    (["Saudi Arabia, Turkey and Qatar condemned the ban.", "The ministers said the ban was wrong."],
     [["Saudi Arabia", "Turkey", "Qatar"], []]),
])
def test_a_numbered_group_is_the_actors_named_just_before(attribute, sentences, actors):
    assert attribute(*sentences) == actors


def test_the_court_the_bank_and_the_union_are_the_ones_the_article_named(attribute):
    assert attribute("The International Criminal Court issued arrest warrants on Thursday.",
                     "In a statement, the court said its Pre-Trial Chamber had found reasonable grounds.",
                     "The World Bank suspended new funding to Uganda.",
                     "In a statement on Tuesday, the Washington-based bank said the law ran counter to its values.") == [
        [], ["International Criminal Court"], ["World Bank"], ["World Bank"]]


def test_a_court_the_article_never_named_is_no_ones(attribute):
    assert attribute("Kenya condemned the verdict.", "The court said the evidence was sufficient.") == [["Kenya"], []]


def test_a_ministry_press_conference_heading_gives_its_answers_to_the_spokesperson(registry):
    text = ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 12, 2024\n\n"
            "Q: Several aid workers were killed in an attack on a convoy. What is China's comment?\n\n"
            "A: We have noted the reports. The Chinese side strongly condemns the attack.\n\n"
            "Q: The Philippine coast guard said its boats were blocked. Do you have a response?\n\n"
            "A: The Philippine side deliberately sent vessels into the waters. The US should stop smearing China.\n")
    rows = _engine_rows(registry, text, "2024-03-12")
    assert list(zip(rows["actor"], rows["sentence"].str[:24])) == [
        ("China", "We have noted the report"), ("China", "The Chinese side strongl"),
        ("Philippines", "The Philippine coast gua"),
        ("China", "The Philippine side deli"), ("China", "The US should stop smear")]


def test_a_state_department_transcript_labels_its_spokesperson_in_capitals(registry):
    text = ("Department Press Briefing - February 6, 2024\n\n"
            "Matthew Miller, Spokesperson\n\n"
            "MR MILLER: Good afternoon. I have one announcement at the top. We urge all participants to engage "
            "peacefully.\n\n"
            "QUESTION: Has the Secretary spoken to the president?\n\n"
            "MR MILLER: He has not, but our ambassador has been in touch with the government.\n\n"
            "The Israeli prime minister rejected the proposal.\n\n"
            "Let's move on to Sudan.\n")
    rows = _engine_rows(registry, text, "2024-02-06")
    assert list(zip(rows["actor"], rows["sentence"].str[:20])) == [
        ("United States", "We urge all particip"), ("United States", "He has not, but our "),
        ("Israel", "The Israeli prime mi")]


@pytest.mark.parametrize("sentence, actors", [
    ("The Philippine coast guard said Chinese vessels blocked its boats.", ["Philippines"]),
    ("The Argentine foreign ministry said the embassy was under siege.", ["Argentina"]),
    ("The Nepali government said the road ran through its territory.", ["Nepal"]),
    ("The verdict was delivered on Thursday, the Ministry of External Affairs (MEA) said.", ["India"]),
])
def test_adjectival_demonyms_and_named_ministries(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_condition_or_an_embedded_question_is_no_position(attribute):
    assert attribute('"If the Philippine side insists on its claims, we will respond," the spokesperson said.',
                     '"The Philippine side insists on its claims," the spokesperson said.',
                     "Blinken said Washington wanted to know why the Kazakh government had felt the need to call in "
                     "troops.",
                     "The party said everything depended on how hard New Delhi pressed Doha.") == [
        [], ["Philippines"], ["United States"], []]


@pytest.mark.parametrize("sentences, actors", [
    (['"The world must act now," read the statement issued by the Jordanian foreign ministry.'], [["Jordan"]]),
    (['"The world must act now," read a communiqué from the Jordanian foreign ministry.'], [["Jordan"]]),
    (["Deputy Foreign Minister of Mongolia Batbayar Ulziibayar told reporters the parties must talk.",
      "Ulziibayar added that the talks must resume soon."], [["Mongolia"], ["Mongolia"]]),
    (["Spokesperson of the Ministry of Foreign Affairs of Mongolia Jane Doe said talks must resume."], [["Mongolia"]]),
])
def test_agency_copy_orders_read_the_statement_and_title_of_state_name(attribute, sentences, actors):
    assert attribute(*sentences) == actors


@pytest.mark.parametrize("sentences, actors", [
    (["The deputy chief of the Ghanaian army, Jane Doe, said Moscow had changed its targets."], [["Ghana"]]),
    (["Earlier, the deputy chief of the navy, John Roe, said Moscow had changed its targets."], [[]]),
    (["Ivan Petrenko, head of the Mykolaiv regional military administration, said two people were wounded.",
      '"Stay in your shelters," Petrenko said in a Telegram post.'], [["Ukraine"], ["Ukraine"]]),
])
def test_a_chief_an_apposed_name_before_said_and_ukraines_military_administrations(attribute, sentences, actors):
    assert attribute(*sentences) == actors


def test_agency_copy_that_names_its_speaker_after_the_words(registry):
    text = ("Jane Doe, vice-minister of Foreign Affairs of the DPRK, made public the following press statement on "
            "Tuesday:\n\n"
            "The drill near our waters is a reckless act.\n\n"
            "Pyongyang Notes\n\n"
            "Nobody asked for this drill. A spokesperson for the Kenyan foreign ministry said this on Wednesday.\n")
    rows = _engine_rows(registry, text, "2024-03-05")
    assert list(zip(rows["actor"], rows["rule"], rows["sentence"].str[:20])) == [
        ("North Korea", "transcript", "The drill near our w"),
        ("Kenya", "said_this", "Nobody asked for thi")]  # the sentence that says who spoke is no statement


def test_a_korean_family_name_first_and_a_shared_short_name_means_the_person_named_last(attribute):
    assert attribute("North Korean leader Kim Jong Un said the South was the primary foe.",
                     "Kim said the DPRK had wasted decades.",
                     "South Korean Unification Minister Kim Yung-ho said the decision was regrettable.",
                     "Kim added that Seoul would stay ready.",
                     "Kim Jong Un also inspected a munitions factory, KCNA said.",
                     "Kim said the army must be ready.") == [
        ["North Korea"], ["North Korea"], ["South Korea"], ["South Korea"], [], ["North Korea"]]


def test_speaking_also_on_behalf_of_a_list(attribute):
    assert attribute("JANE DOE (Kenya), speaking also on behalf of Niger, Tunisia and Ghana, said the dispute "
                     "should be settled through direct contacts.",
                     "Speaking in her national capacity, she said Kenya stood ready to help.",
                     "John Roe (Chile), speaking on behalf of Peru and Ecuador, said talks must resume.") == [
        ["Kenya", "Niger", "Tunisia", "Ghana"], ["Kenya"], ["Peru", "Ecuador"]]


@pytest.mark.parametrize("sentence, actors", [
    ('Speaking to reporters in Brussels, Orbán was unrepentant: "We will not bow to blackmail."', ["Hungary"]),
    ('Foreign ministry spokeswoman Maria Zakharova was blunter on Telegram: "This body is nothing to us."',
     ["Russia"]),
    ('The banner held up by protesters in Kyiv read: "Stop the war."', []),
    ('Jane Doe, a member of the Hamas political bureau, was blunt: "This war has failed."', ["Hamas"]),
])
def test_a_quotation_after_a_colon_is_the_clause_subjects(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_he_was_blunt_after_an_aside_about_others_is_the_last_speaker(attribute):
    assert attribute("Turkish President Recep Tayyip Erdogan spoke in Ankara.",
                     'Asked about statements from Tehran and Cairo, he was blunt: "They have no right to lecture us."'
                     ) == [[], ["Turkey"]]


def test_its_ministry_of_and_its_mission_are_the_last_speakers(attribute):
    assert attribute("Eritrea said on Sunday it would not be drawn into the row.",
                     "Its Ministry of Information dismissed the chatter as overblown.",
                     "Iran blamed foreign channels.",
                     "Its Mission said calm had returned.") == [["Eritrea"], ["Eritrea"], ["Iran"], ["Iran"]]


def test_a_council_for_national_security_is_the_states(attribute):
    assert attribute("Iraq condemned the shelling.",
                     "The Ministerial Council for National Security said Turkey had violated Iraqi sovereignty.",
                     "The National Council for Human Rights said the vote was flawed.") == [["Iraq"], ["Iraq"], []]


def test_his_message_was_simple_and_the_letter_put_it_plainly(attribute):
    assert attribute("Britain told its citizens to leave Lebanon.",
                     'His message to British nationals still in Lebanon was simple: "Leave now."',
                     "The TPLF wrote to the African Union.",
                     'The letter put it plainly: "Bring us to the table and we will come."') == [
        ["United Kingdom"], ["United Kingdom"], ["Tigray People's Liberation Front"],
        ["Tigray People's Liberation Front"]]


def test_key_points_are_context_never_statements(registry):
    text = ("Live: strikes on the capital\n\n"
            "• Kenyan Foreign Minister Jane Nyokabi says the attack on the convoy was a crime\n"
            "• Rights groups welcome the arrest of the commander\n\n"
            "Nyokabi told reporters on Tuesday that Nairobi would recall its envoy.\n")
    rows = _engine_rows(registry, text, "2024-05-01")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [("Kenya", "Nyokabi told")]


def test_the_ministers_and_they_after_a_joint_statement_are_all_who_made_it(attribute):
    assert attribute("The foreign ministers of Algeria, Bahrain, Chad and Egypt issued a joint statement on Tuesday.",
                     "The foreign ministers strongly condemned the strikes.",
                     "They called for an immediate ceasefire.") == [["Algeria", "Bahrain", "Chad", "Egypt"]] * 3


def test_a_body_with_its_acronym_in_brackets(attribute):
    assert attribute("The UAE condemned the attack.",
                     "In a statement, the Ministry of Foreign Affairs (MoFA) called for restraint.",
                     "MoFA reiterated the call for a ceasefire.") == [["United Arab Emirates"]] * 3


def test_the_diplomat_in_agency_copy_is_the_one_just_quoted(attribute):
    assert attribute("Moscow regards the sanctions as a hostile step, Russian Foreign Ministry Spokeswoman Maria "
                     "Zakharova said at a briefing on Thursday.",
                     '"We will respond in a way that takes our interests into account," the diplomat said.') == [
        ["Russia"], ["Russia"]]


def test_an_al_surname_opening_a_sentence_is_capitalised(attribute):
    assert attribute("Qatar's foreign ministry spokesman Majed al-Ansari said mediators remain in contact.",
                     "Al-Ansari told a weekly briefing in Doha that the talks had not collapsed.") == [
        ["Qatar"], ["Qatar"]]


def test_a_table_surname_with_al_opening_a_sentence(registry):
    assert [m.actor for m in registry.mentions("Al-Burhan said the army would fight on.", "2024-01-05")] == ["Sudan"]


def test_a_ministry_briefing_labels_name_and_role_before_the_colon(registry):
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson (May 9, 2025)\n\n"
            "Shri Randhir Jaiswal, Official Spokesperson: Good afternoon and welcome to this weekly briefing. "
            "Let me begin with the border.\n\n"
            "India has acted in a measured manner.\n\n"
            "Jane Roe, Daily Courier: Sir, has there been any contact with Islamabad?\n\n"
            "Shri Randhir Jaiswal, Official Spokesperson: The two sides are in contact.\n")
    rows = _engine_rows(registry, text, "2025-05-09")
    assert list(zip(rows["actor"], rows["sentence"].str[:20])) == [
        ("India", "India has acted in a"), ("India", "The two sides are in")]


def test_un_meetings_coverage_names_speakers_in_capitals_first(attribute):
    assert attribute("ROSEMARY DICARLO, Under-Secretary-General for Political Affairs, said the situation was grave.",
                     "VASSILY NEBENZIA (Russian Federation) said the draft was a step towards peace.",
                     "Ms. DiCarlo added that humanitarian access remained restricted.",
                     "Mr. Nebenzia, taking the floor a second time, said the veto was a green light.",
                     "GAZA CITY (Reuters) - Strikes hit the north overnight.") == [
        ["United Nations"], ["Russia"], ["United Nations"], ["Russia"], []]


def test_a_spokespersons_remarks_heading_names_the_speaker_not_the_topic(registry):
    text = ("Foreign Ministry Spokesperson Lin Jian's Remarks on the Philippines' Moves at Ren'ai Jiao\n\n"
            "Q: The Philippines said its boats were blocked. What is your comment?\n\n"
            "A: The Philippine side deliberately provoked the incident.\n")
    rows = _engine_rows(registry, text, "2024-06-18")
    assert list(zip(rows["actor"], rows["sentence"].str[:16])) == [
        ("Philippines", "The Philippines "), ("China", "The Philippine s")]


def test_an_embedded_post_is_the_one_the_line_before_announces(registry):
    text = ("Navalny died in prison on Friday.\n\n"
            "European Council President Charles Michel followed minutes later:\n\n"
            "Navalny fought for a free Russia, and the Russian authorities will have to answer for his death."
            "— Charles Michel (@CharlesMichel) February 16, 2024\n\n"
            "Foreign ministry spokeswoman Maria Zakharova posted on Telegram:\n\n"
            "Not one result is in, and yet London and Paris already know who the culprit is."
            "— Maria Zakharova, Telegram, 16 February 2024\n")
    rows = _engine_rows(registry, text, "2024-02-16")
    assert list(zip(rows["actor"], rows["sentence"].str[-12:])) == [
        ("European Union", "r his death."), ("Russia", " culprit is.")]


def test_an_interview_transcript_with_dash_labels_is_the_interviewees(registry):
    text = ('Interview of Mr Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, with "France 2"\n'
            "Paris, 18 September 2021\n\n"
            "Q - Minister, why go this far with two allies?\n\n"
            "THE MINISTER - That is simply not how it happened. Whatever Canberra says today, it hid its plans.\n\n"
            "(...)\n")
    rows = _engine_rows(registry, text, "2021-09-18")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [
        ("France", "That is simp"), ("France", "Whatever Can")]  # "whatever Canberra says": no position of its own


def test_a_question_labelled_with_its_outlet_and_a_dash_is_the_journalists(registry):
    # the French ministry's briefings: "Q (Reuters) - Back to Burkina Faso." asks; the spokesperson answers
    text = ("Live press briefing (18 April 2024)\n\nDeputy Spokesperson: Mr Christophe Lemoine\n\n"
            "Christophe Lemoine: Good afternoon. France condemns the expulsion of its diplomats.\n\n"
            "Q (Reuters) - Back to Burkina Faso. Is France considering closing its embassy?\n\n"
            "Christophe Lemoine: France will vote in favour of the draft resolution.\n")
    rows = _engine_rows(registry, text, "2024-04-18")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [
        ("France", "France conde"), ("France", "France will ")]


def test_a_kremlin_transcript_labels_title_and_name(registry):
    text = ("News conference following Russian-French talks\n\n"
            "President of Russia Vladimir Putin: As for Donbass, the Kiev authorities refuse the Minsk agreements.\n\n"
            "President of France Emmanuel Macron (retranslated): France stands by the sovereignty of Ukraine.\n")
    rows = _engine_rows(registry, text, "2022-02-07")
    assert "Russia" in rows[rows["sentence"].str.startswith("As for")]["actor"].tolist()
    assert rows[rows["sentence"].str.startswith("France stands")]["actor"].tolist() == ["France"]


def test_statement_pages_numbered_points_and_outlet_labels_cut_as_datelines(registry):
    text = ("Statement of the Ministry of Foreign Affairs of the People's Republic of China on the Award\n\n"
            "1. The arbitration was launched unilaterally by the former government of the Philippines.\n\n"
            "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 23, 2021\n\n"
            "CCTV: State Councilor Wang Yi held talks with Sergey Lavrov in Guilin on Monday.\n\n"
            "Hua Chunying: A handful of politicians in Washington, London, Ottawa and Brussels refuse to look at "
            "the facts.\n")
    rows = _engine_rows(registry, text, "2021-03-23")
    assert list(zip(rows["actor"], rows["sentence"].str[:14])) == [
        ("China", "The arbitratio"), ("China", "A handful of p")]


def test_a_round_ups_country_subheading_owns_the_bodies_under_it(registry):
    text = ("World reacts to the Mogadishu bombing\n\n"
            "The attack killed hundreds, Somali officials said.\n\n"
            "Kenya\n\n"
            "The foreign ministry said two aircraft with medicines would leave Nairobi on Tuesday.\n\n"
            "Qatar\n\n"
            "The foreign ministry condemned the bombing unreservedly.\n")
    rows = _engine_rows(registry, text, "2017-10-16")
    assert list(zip(rows["actor"], rows["sentence"].str[:22])) == [
        ("Somalia", "The attack killed hund"), ("Kenya", "The foreign ministry s"), ("Qatar", "The foreign ministry c")]


@pytest.mark.parametrize("sentence, actors", [
    ("The Polisario Front saluted what it called a sovereign decision.", ["Polisario Front"]),
    ("Kenya rebuked the senator for his remarks.", ["Kenya"]),
    ("Ghana lambasted the junta over the arrests.", ["Ghana"]),
])
def test_rebuke_salute_and_lambast_take_positions(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_the_kingdom_is_the_article_state_or_the_speakers_own(attribute):
    assert attribute("Jordan condemned the raid.", "The kingdom said the raid violated international law.",
                     "Saudi Arabia's Foreign Ministry said the kingdom was saddened by the rift.") == [
        ["Jordan"], ["Jordan"], ["Saudi Arabia"]]


@pytest.mark.parametrize("sentence, actors", [
    ("No 10 said the prime minister had spoken to the king.", ["United Kingdom"]),
    ("A foreign ministry spokesperson in The Hague said the decision was regrettable.", ["Netherlands"]),
    ("The International Court of Justice in The Hague said it would rule on Friday.",
     ["International Court of Justice"]),
])
def test_no_10_and_the_hague(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


@pytest.mark.parametrize("sentence", ["The Bolivarian government rejected the sanctions as illegal.",
                                      "Miraflores said the talks would resume."])
def test_the_bolivarian_government_and_miraflores_are_venezuelas(attribute, sentence):
    assert attribute(sentence) == [["Venezuela"]]


def test_the_foreign_office_with_its_acronym_under_a_dateline(registry):
    text = ("ISLAMABAD: The Foreign Office (FO) on Thursday strongly condemned the strikes.\n\n"
            "The FO said the international community must take notice.\n")
    rows = _engine_rows(registry, text, "2025-05-08")
    assert rows["actor"].tolist() == ["Pakistan", "Pakistan"]


def test_an_unquoted_question_is_no_statement(attribute):
    assert attribute("David, what are Kenyan officials telling you this morning?",
                     '"Who will pay for this?" the Kenyan foreign minister asked.') == [[], ["Kenya"]]


def test_a_joint_statements_heading_makes_the_ministers_its_signatories(registry):
    text = ("Joint statement by the Foreign Ministers of Egypt, France, Germany and Jordan on the Peace Process\n\n"
            "The Ministers warn that a unilateral move would feed instability across the region.\n\n"
            "The ministers agreed to remain in close contact.\n")
    rows = _engine_rows(registry, text, "2020-07-07")
    assert rows.groupby("sentence", sort=False)["actor"].apply(list).tolist() == [
        ["Egypt", "France", "Germany", "Jordan"]] * 2


def test_the_secretary_general_unhyphenated_is_the_one_the_article_named(attribute):
    assert attribute("OAS Secretary General Luis Almagro said troops must leave the Assembly.",
                     "The Secretary General added that he had spoken with the Foreign Minister.") == [
        ["Organization of American States"], ["Organization of American States"]]


def test_the_secretary_general_untied_is_the_uns(attribute):
    assert attribute("The Secretary General said the Council must act.") == [["United Nations"]]


def test_a_communiques_list_announcement_is_no_statement(registry):
    text = ("Communiqué of the Extraordinary Summit, issued by the SADC Secretariat\n\n"
            "Press statement by the SADC Secretariat\n\n"
            "The following Heads of State and Government took part:\n\n"
            "Summit condemned the events of 30 August in Maseru.\n")
    rows = _engine_rows(registry, text, "2014-09-15")
    assert rows["sentence"].str.startswith("The following").sum() == 0
    assert rows["actor"].tolist() == ["SADC"]


def test_a_ministry_speaking_in_a_capital_is_that_capitals(attribute):
    assert attribute("Mali expelled the French ambassador on Monday.",
                     '"Everyone should now step back and talk," a ministry spokesperson told reporters in Berlin.') == [
        ["Mali"], ["Germany"]]


def test_his_office_said_after_a_comma_is_the_opening_subjects_office(attribute):
    # not Syria, the last place named before the comma
    assert attribute("Guterres condemned the Israeli strikes on Sweida and central Damascus, his spokesman told "
                     "reporters in New York.") == [["United Nations"]]


def test_his_ministry_said_names_no_one_before_the_comma(attribute):
    assert attribute("Lebanon's foreign minister Abdallah Bou Habib said the crisis had to end.",
                     "Bou Habib later thanked his Omani counterpart, Badr Albusaidi, for the sultanate's stance, "
                     "his ministry said.") == [["Lebanon"], ["Lebanon"]]


def test_and_after_a_comma_continues_the_main_clause(registry):
    from pipeline.attribution import ArticleContext, SentenceView
    view = SentenceView.build("EU foreign policy chief Josep Borrell said on Twitter that Minsk would be making a grave "
                              "mistake by accepting the warheads, one that put the whole continent at risk, and warned "
                              "that Brussels had further sanctions ready.", ArticleContext(registry))
    warned = next(s for s in view.verbs if s.token.text == "warned")
    assert [m.actor for m in warned.subjects] == ["European Union"]  # Borrell's, not Minsk's


def test_a_gerund_after_for_is_no_position_of_the_one_before(attribute):
    assert attribute("Tokayev thanked Russian President Vladimir Putin and the other leaders of the CSTO for "
                     "responding so quickly.") == [["Kazakhstan"]]


def test_could_say_is_what_one_might_do(attribute):
    assert attribute("Belarus could still say no, analysts said.") == [[]]


def test_turned_into_is_no_position(attribute):
    assert attribute("Nepal's prime minister told parliament that India had turned the area into a disputed zone.") \
        == [["Nepal"]]


def test_a_states_judiciary_speaks_for_it(attribute):
    assert attribute("Iran's judiciary announced on Monday that the sentence had been carried out.") == [["Iran"]]


def test_the_notice_said_is_the_issuer_before(attribute):
    assert attribute("The Chinese commerce ministry said the firms were listed.",
                     "Their managers may not visit Taiwan or Japan, the notice said.") == [["China"], ["China"]]


def test_a_council_records_speaker_label_names_the_state_in_its_bracket(registry):
    text = ("Security Council, 9876th meeting\n\n"
            "The President: I now give the floor to the representative of the Russian Federation.\n\n"
            "Mr. Nebenzia (Russian Federation) (spoke in Russian): We strongly condemn the air strikes. "
            "Those responsible must be held to account.\n\n"
            "Mrs. Shea (United States of America): We welcome the agreement reached yesterday.\n")
    rows = _engine_rows(registry, text, "2025-03-14")
    assert rows["actor"].tolist() == ["Russia", "Russia", "United States"]


def test_the_president_after_a_sentence_opening_with_a_president_is_his(registry):
    text = ("Readout of a call\n\n"
            "President Joseph R. Biden, Jr. spoke today with President Recep Tayyip Erdoğan of Türkiye. "
            "The President reaffirmed his support for Israel's right to defend itself.\n")
    rows = _engine_rows(registry, text, "2023-10-22")
    assert rows["actor"].tolist() == ["United States"]


def test_a_readouts_two_leaders_are_the_sides_of_the_call(registry):
    text = ("Telephone conversation with President of France Emmanuel Macron\n\n"
            "On Tuesday Vladimir Putin had a telephone conversation with President of the French Republic "
            "Emmanuel Macron.\n\n"
            "The President of Russia described the shelling of the plant by Ukrainian forces as a provocation.\n\n"
            "The presidents agreed to keep in contact at various levels.\n")
    rows = _engine_rows(registry, text, "2022-08-19")
    last = rows[rows["sentence"].str.startswith("The presidents")]
    assert sorted(last["actor"]) == ["France", "Russia"]  # not Ukraine, named last


def test_the_sides_alone_are_not_the_callers(attribute):
    assert attribute("Putin spoke by phone with Trump on Monday.",
                     "The sides also agreed to exchange prisoners.")[-1] == []


def test_standing_with_or_by_is_a_position_and_a_standing_ceasefire_is_not(attribute):
    assert attribute("The EU stands with the people of Georgia.", "The United Nations stands ready to help.",
                     "The truce between Israel and Hamas still stands.") == [
        ["European Union"], ["United Nations"], []]


def test_made_the_remarks_gives_its_speaker_to_the_sentences_before_it(registry):
    text = ("BEIJING, Aug. 20 (Xinhua) -- The Philippine side deliberately rammed a Chinese coast guard vessel, which "
            "is a dangerous move. The Philippines must stop its provocations immediately.\n\n"
            "A Chinese Foreign Ministry spokesperson made the remarks on Tuesday in response to a question.\n")
    rows = _engine_rows(registry, text, "2024-08-20")
    assert rows["actor"].tolist() == ["China", "China"]
    assert not rows["sentence"].str.contains("made the remarks").any()  # it only says who spoke


def test_made_the_remarks_after_attributed_sentences_adds_nothing(registry):
    text = ('"We urge the U.S. side to stop arming Taiwan," Chinese Foreign Ministry spokesperson Mao Ning said.\n\n'
            "Mao made the remarks when asked to comment on the arms package.\n")
    assert _engine_rows(registry, text, "2023-06-19")["actor"].tolist() == ["China"]


def test_a_country_modifying_move_is_no_subject(attribute):
    assert attribute("The U.S. move severely violates the one-China principle and sends a wrong signal, "
                     "spokesperson Mao Ning said.") == [["China"]]


def test_a_ministrys_letterhead_and_press_statement_line_make_the_state_the_voice(registry):
    text = ("The Republic of Sudan\n\nMinistry of Foreign Affairs\n\nPress Statement\n\n"
            "It has become evident that the militia disregards every demand of the Council.\n\n"
            "The time has come for the international community to act against those responsible.\n")
    rows = _engine_rows(registry, text, "2025-04-18")
    assert rows["actor"].tolist() == ["Sudan", "Sudan"]


def test_a_letterhead_without_a_statement_line_gives_no_voice(registry):
    text = ("The Republic of Sudan\n\n"
            "It has become evident that the militia disregards every demand of the Council.\n")
    assert _engine_rows(registry, text, "2025-04-18").empty


def test_a_bracketed_acronym_then_backed_is_an_adjective(attribute):
    assert attribute("Al-Aiser noted that the attacks by the United Arab Emirates (UAE)-backed militia "
                     "came hours after the hearing.") == [[]]


def test_the_following_answer_belongs_to_the_ministry_not_to_the_one_it_answers(registry):
    text = ("Pyongyang, October 25 (KCNA) -- A spokesman for the Foreign Ministry of the DPRK gave the following "
            "answer to a question put by KCNA as regards remarks made by U.S. Special Representative Glyn Davis:\n\n"
            "The U.S., quite contrary to its commitments, wantonly violated the sovereignty of the DPRK.\n")
    assert _engine_rows(registry, text, "2012-10-25")["actor"].tolist() == ["North Korea"]


def test_a_portfolio_named_after_a_state_is_not_the_speaker(registry):
    text = ("Press Statement by Director-General of Department of U.S. Affairs of Foreign Ministry of DPRK\n\n"
            "Pyongyang, June 13 (KCNA) -- Kwon Jong Gun, director-general of the Department of U.S. Affairs of the "
            "Ministry of Foreign Affairs of the Democratic People's Republic of Korea, released the following "
            "statement on Saturday:\n\n"
            "I still remember that we advised them to drop out of the issue.\n")
    assert _engine_rows(registry, text, "2020-06-13")["actor"].tolist() == ["North Korea"]


def test_said_this_gives_the_sentence_before_and_is_no_statement_itself(registry):
    text = ("Pyongyang, August 11 (KCNA) -- We fully support the measures of the Chinese government. "
            "A spokesperson for the DPRK Foreign Ministry said this in an answer to a question.\n")
    rows = _engine_rows(registry, text, "2019-08-11")
    assert rows["actor"].tolist() == ["North Korea"] and rows["sentence"].str.startswith("We fully").all()


def test_this_was_stated_by_gives_the_sentence_before_even_across_a_paragraph(registry):
    # translated agency copy names the speaker after the words, in the passive
    text = ("Moscow on the talks\n\nThe West cares more about its own unity than about peace. This was stated at a "
            "briefing by the official representative of the Russian Foreign Ministry, Maria Zakharova.\n\n"
            "Kyiv must answer for every strike on the border regions.\n\n"
            "This was announced by Foreign Minister Sergei Lavrov.\n\n"
            "Nothing else was reported by the agency.\n")
    rows = _engine_rows(registry, text, "2025-03-06")
    assert rows[["actor", "rule"]].values.tolist() == [["Russia", "said_this"], ["Russia", "said_this"]]
    assert rows["sentence"].str.startswith(("The West", "Kyiv must")).all()


def test_said_this_week_is_no_back_reference(registry):
    text = ("The ceasefire collapsed overnight. Putin said this week that the plan was dead.\n\n"
            "Shelling resumed. Lavrov said this was a provocation.\n")
    rows = _engine_rows(registry, text, "2024-03-05")
    assert [s.split()[0] for s in rows["sentence"]] == ["Putin", "Lavrov"]


def test_a_long_capitalised_heading_is_no_letterhead_and_is_read_at_once():
    from pipeline.attribution import _LETTERHEAD
    # with an optional separator between words this took exponential time (a real bench hang)
    assert _LETTERHEAD.fullmatch("REPUBLICANMINISTRYOFFOREIGNAFFAIRSXXXXXXXXXXXXXXXXXXXXXXXXXX AFFAIRS WARNS x") is None


@pytest.mark.parametrize("sentence,actors", [
    ("The Russians said the claim was false.", ["Russia"]),
    ("The Emiratis say that's false.", ["United Arab Emirates"]),
    ("Ukrainians said they felt abandoned.", []),  # people, not a state: no "the"
])
def test_the_plural_demonym_after_the_is_its_state(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_role_of_a_states_named_group_is_the_groups(registry):
    text = ("Hassan Nasrallah, the leader of Lebanon's Hezbollah, said the Americans would pay.\n\n"
            "He called the killing a crime.\n")
    assert _engine_rows(registry, text, "2020-01-03")["actor"].tolist() == ["Hezbollah", "Hezbollah"]


def test_a_name_then_a_national_office_without_a_state_is_the_articles_state(registry):
    # the table knows Hamacek only as a foreign minister of 2018: the article's role wins
    text = ("PRAGUE (Reuters) - The Czech Republic expelled 18 Russian diplomats on Saturday.\n\n"
            "Jan Hamacek, the interior minister, said the diplomats had 48 hours to leave.\n\n"
            "Hamacek said he had called off his visit.\n")
    assert _engine_rows(registry, text, "2021-04-18")["actor"].tolist() == ["Czech Republic"] * 3


def test_a_religious_title_before_a_leaders_surname_is_no_other_first_name(registry):
    assert _engine_rows(registry, "Ayatollah Khamenei said the unrest was the work of enemies.\n",
                        "2019-11-20")["actor"].tolist() == ["Iran"]


@pytest.mark.parametrize("sentence,actors", [
    ("Turkish diplomatic sources said the statement was one-sided.", ["Turkey"]),
    ("Two diplomatic sources said the statement was one-sided.", []),  # unnamed (the guide)
    ("The Assad regime's foreign ministry described the operation as an aggression.", ["Syria"]),
])
def test_named_governments_sources_and_regime(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_court_named_in_the_sentence_is_not_the_group(registry):
    text = ("Hamas welcomed the Brazilian leader's words in a statement.\n\n"
            "The group asked the International Court of Justice to weigh the remarks.\n")
    assert _engine_rows(registry, text, "2024-02-19")["actor"].tolist() == ["Hamas", "Hamas"]


def test_the_ruling_party_opening_a_sentence_is_its_subject(attribute):
    assert attribute("The ruling People Power Party praised the plan.") == [["People Power Party"]]


@pytest.mark.parametrize("text,actor", [
    ("The ruling People Power Party praised the plan.\n\nIt accused the opposition of stoking anger.\n",
     "People Power Party"),
    # the sentence before has no speaker: "its" is the body it opened with, not the briefing's spokesman
    ("Spokesman: We are worried.\n\nQuestion: The African Union's Peace and Security Council met on Friday.\n\n"
     "Its communiqué condemned the M23's attacks.\n", "African Union"),
])
def test_it_is_the_body_the_sentence_before_opened_with(registry, text, actor):
    assert _engine_rows(registry, text, "2025-02-17")["actor"].tolist()[-1] == actor


@pytest.mark.parametrize("text,actor", [
    ("TEHRAN - Iran seized a tanker on Saturday.\n\nA spokesman for the foreign ministry said the ship had "
     "broken the rules.\n", "Iran"),
    ("TEHRAN - Iran seized a tanker on Saturday.\n\nThe spokesman for the Ministry of Foreign Affairs says the "
     "ship had broken the rules.\n", "Iran"),
])
def test_an_official_for_an_untied_body_speaks_for_its_state(registry, text, actor):
    assert _engine_rows(registry, text, "2024-04-14")["actor"].tolist() == [actor]


@pytest.mark.parametrize("sentence,actors", [
    ("In Yemen, the Houthis' political bureau said the crime would not go unanswered.", ["Houthis"]),
    ("Hamas's political bureau said the crime would not go unanswered.", ["Hamas"]),
    ("The Security Service of Ukraine (SBU) claimed that 41 aircraft had been hit.", ["Ukraine"]),
])
def test_a_groups_bureau_and_a_state_service_named_in_full(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_speaker_in_capitals_with_accents(registry):
    text = ("MIROSLAV JENČA, Assistant Secretary-General for Europe, said the Organization had no means of "
            "checking the reports.\n\nMr. Jenča said the road had to be reopened.\n")
    assert _engine_rows(registry, text, "2023-08-16")["actor"].tolist() == ["United Nations"] * 2


@pytest.mark.parametrize("text,actor", [
    ("QUITO - Ecuador declared a state of emergency.\n\nThe attorney general's office said one suspect had died.\n",
     "Ecuador"),
    ("ANKARA - Turkey launched the operation.\n\nThe Hatay Governor's Office said 11 rockets had struck Reyhanli.\n",
     "Turkey"),
])
def test_a_state_officials_office_speaks_for_the_articles_state(registry, text, actor):
    assert _engine_rows(registry, text, "2024-03-02")["actor"].tolist()[-1] == actor


@pytest.mark.parametrize("sentence,actors", [
    ("The strike drew condemnation from Egypt, Jordan and the Arab League.", ["Egypt", "Jordan", "Arab League"]),
    ("The move drew swift condemnation from Ankara, which called it a violation of international law.", ["Turkey"]),
    ("Israel struck the camp, prompting protests from residents.", []),
])
def test_a_reaction_drawn_from_actors_is_each_ones(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


@pytest.mark.parametrize("sentence,actors", [
    ("Israel struck Hamas, which said it would retaliate.", ["Hamas"]),
    # the draft called for a ceasefire, not Russia ("which" is no Russian position); tabling it is Russia's act
    ("The council rejected a draft tabled by Russia, which called for a ceasefire.", ["Russia"]),
    ("The council rejected a draft submitted by the Gulf states, which called for a ceasefire.", []),
    ("A Chinese embassy spokesperson in Manila dismissed the claims as groundless.", ["China"]),
])
def test_a_relatives_antecedent_and_a_named_speakers_place(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_live_blog_entry_heading_names_the_state_of_its_untitled_officials(registry):
    text = ("Live: Israel faces outrage over the strike on the convoy\n\n"
            "12:00 GMT - Israeli military reviews incident\n\n"
            "The Israeli military said it was reviewing the incident.\n\n"
            "11:30 GMT - Poland summons Israeli ambassador\n\n"
            "Poland's foreign ministry summoned the Israeli ambassador.\n\n"
            "Deputy Foreign Minister Andrzej Szejna said Warsaw expected an apology.\n\n"
            "11:00 GMT - Aid groups pause work\n\n"
            "The army said it had opened an inquiry.\n")  # the Polish section is over
    rows = _engine_rows(registry, text, "2024-04-02")
    assert rows["actor"].tolist() == ["Israel", "Poland", "Poland", "Israel"]


def test_a_delegate_of_a_state_speaks_for_it(attribute):
    assert attribute("The delegate of the Russian Federation rejected what he called one-sided accusations.") \
        == [["Russia"]]


def test_an_aside_after_a_bodys_comma_names_no_state_of_it(registry):
    text = ("ECOWAS said it had not been notified.\n\n"
            "The bloc's commission, in a statement issued in Abuja, said the three countries were important members.\n")
    assert _engine_rows(registry, text, "2024-01-29")["actor"].tolist() == ["ECOWAS", "ECOWAS"]


def test_the_juntas_of_a_list_of_states_are_each_ones(attribute):
    assert attribute("In a joint statement, the juntas of Niger, Mali and Burkina Faso said the bloc had "
                     "drifted away.") == [["Niger", "Mali", "Burkina Faso"]]


@pytest.mark.parametrize("sentence,actors", [
    ("The Houthi-run Saba news agency reported several strikes on the port.", []),  # an outlet reporting
    ("The Hamas-run health ministry said 40 people had been killed.", ["Hamas"]),
])
def test_a_group_run_outlet_is_no_speaker_but_its_ministry_is(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


@pytest.mark.parametrize("sentence,actors", [
    ("Haiti's transitional council welcomed the arrival.", ["Haiti"]),
    ("Sudan's Sovereignty Council said the army would not negotiate.", ["Sudan"]),
])
def test_a_states_council_after_its_possessive_speaks_for_it(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_on_behalf_of_needs_a_speaker_speaking_so(attribute):
    assert attribute("In a televised speech, the group's leader accused the royal family of waging the war on "
                     "behalf of Washington and Israel.") == [[]]


@pytest.mark.parametrize("sentence,actors", [
    # not Korea's Democratic Party: a party under its own name
    ("The Maldivian Democratic Party said its supporters had been arrested.", ["Maldivian Democratic Party"]),
    ("South Korea's main opposition Democratic Party called the plan a surrender.", ["Democratic Party of Korea"]),
])
def test_a_party_alias_inside_a_longer_name_is_no_mention(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


@pytest.mark.parametrize("text,actor", [
    # the kingdom the article named last, not the last speaker
    ("RIYADH - Saudi Arabia launched air strikes.\n\nIran condemned the strikes.\n\nThe kingdom said the strikes "
     "would continue.\n", "Saudi Arabia"),
    ("NICKOLAY MLADENOV, Special Coordinator for the Middle East Peace Process, said 60 people had been killed.\n",
     "United Nations"),
    ("Ahmed Asiri, a Saudi brigadier general who briefs reporters, said the first wave had hit the air defences.\n",
     "Saudi Arabia"),
    ("SANAA - The Houthis seized the capital.\n\nThe rebel-run Health Ministry in Sanaa said 18 civilians were "
     "killed.\n", "Houthis"),
])
def test_kingdoms_un_titles_ranks_and_rebel_run_bodies(registry, text, actor):
    assert _engine_rows(registry, text, "2015-03-26")["actor"].tolist()[-1] == actor


def test_a_list_of_parties_with_modifiers_and_acronyms_is_each_ones(attribute):
    assert attribute("The ruling AK Party, the main opposition Republican People's Party (CHP), the Nationalist "
                     "Movement Party (MHP) and the pro-Kurdish Peoples' Democratic Party (HDP) jointly condemned "
                     "the attempt.") == [["Turkey", "Republican People's Party", "Nationalist Movement Party",
                                          "Peoples' Democratic Party"]]


def test_a_clause_joined_after_an_acronym_is_no_list(attribute):
    assert attribute("The envoy is in contact with the Commission of the Economic Community of West African States "
                     "(ECOWAS), and the United Nations stands ready to support a dialogue.") == [["United Nations"]]


@pytest.mark.parametrize("text,date,actors", [
    ("BAKU - Azerbaijan said Armenia had shelled Ganja.\n\nAccording to the Prosecutor General's Office, four "
     "women are among the dead.\n", "2020-10-11", ["Azerbaijan", "Azerbaijan"]),
    ("MINSK - Belarus freed 1,000 detainees.\n\nInterior Minister Yuri Karayev, speaking on state television, "
     "apologised to passers-by who had been hurt.\n", "2020-08-14", ["Belarus"]),
])
def test_according_to_a_state_office_and_an_apology(registry, text, date, actors):
    assert _engine_rows(registry, text, date)["actor"].tolist() == actors


def test_downgrading_ties_is_a_position(attribute):
    assert attribute("Bahrain and Sudan severed diplomatic relations with Iran on Monday and the United Arab Emirates "
                     "downgraded its ties.") == [["Bahrain", "Sudan", "United Arab Emirates"]]


@pytest.mark.parametrize("sentence,actors", [
    ("The presidents of Lithuania, Latvia and Estonia put forward a joint plan for Belarus.",
     ["Lithuania", "Latvia", "Estonia"]),
    ("Lithuania put pressure on Minsk.", []),  # an act, not a proposal
])
def test_putting_forward_a_plan_is_a_position(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_according_to_a_titled_office_holder(registry):
    text = ("The shipping chamber condemned the seizure.\n\nIran had notified its neighbours in advance, "
            "according to Foreign Minister Amir-Abdollahian.\n")
    assert _engine_rows(registry, text, "2024-04-14")["actor"].tolist()[-1] == "Iran"


@pytest.mark.parametrize("sentence,actors", [
    # the speaker's claim about Paris, not a position of France's
    ("Senegal's prime minister said that Paris could not expect to set the terms of remembrance.", ["Senegal"]),
    ("Senegal's prime minister struck a harsher note, writing on social media that Paris could not expect "
     "to set the terms.", ["Senegal"]),
    ("Turkey's president hit back at Macron, posting a video on X that mocked the French leader.", ["Turkey"]),
    ("Thousands marched through the capital, writing slogans on walls.", []),
])
def test_writing_that_a_state_could_not_is_the_writers_position(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


@pytest.mark.parametrize("sentence", [
    "The chief of staff of Chad's armed forces told troops that the army was ready.",
    "The commander of Chad's armed forces said the army was ready.",
])
def test_a_commander_or_chief_of_staff_of_a_states_forces_speaks_for_it(attribute, sentence):
    assert attribute(sentence) == [["Chad"]]


def test_putting_a_toll_at_a_figure_is_a_statement(attribute):
    assert attribute("The ICRC puts the number of people who got out at several thousand.") == [["ICRC"]]


def test_a_ministry_in_a_territory_a_group_runs_is_the_groups(registry):
    text = ("Israel disputes Gaza toll\n\nMore than 100 people were killed, according to the health ministry in "
            "the Hamas-run territory, an account the Israeli military disputed.\n\nThe ministry put the toll at 112 "
            "and said the victims had been waiting for flour.\n")
    assert _engine_rows(registry, text, "2024-03-01")["actor"].tolist()[-1] == "Hamas"


def test_a_state_command_named_with_two_forces_is_the_states(registry):
    text = ("Syria vows to answer raid\n\nIn a statement, the General Command of the Army and Armed Forces warned "
            "that the army would answer any attack.\n")
    assert _engine_rows(registry, text, "2018-02-10")["actor"].tolist() == ["Syria"]


@pytest.mark.parametrize("sentence,actors", [
    ("The State Department held Iran responsible for the attack.", ["United States"]),
    ("Russia holds Kyiv fully responsible.", ["Russia"]),
    ("Kenya held talks with Somalia.", []),
    ("Israel admitted that one F-16 had crashed.", ["Israel"]),
])
def test_holding_someone_responsible_and_admitting_are_positions(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_participle_after_a_verb_of_an_unnamed_subject_is_not_its_objects(attribute):
    # the ministry (no state named) sent the letters: the Security Council only received them
    assert attribute("Meanwhile, the Foreign and Expatriates Ministry sent letters to the UN Secretary-General "
                     "and the President of the Security Council, describing the raid as a violation.") == [[]]


def test_ruling_generals_and_a_verb_after_but_keep_the_opening_subject(attribute):
    assert attribute("Sudan's ruling generals on Tuesday tore up the deal and said they would hold elections.",
                     "Ukraine's president did not mention Kursk by name but said the war had come home.") \
        == [["Sudan"], ["Ukraine"]]


def test_an_indefinite_ministry_official_after_a_comma_is_the_states(registry):
    text = "South Sudan's army said it held the city.\n\nAt least 272 people had been killed, a health ministry official said.\n"
    assert _engine_rows(registry, text, "2016-07-11")["actor"].tolist() == ["South Sudan", "South Sudan"]


def test_what_a_speaker_demands_of_another_is_not_its_position(attribute):
    assert attribute("Azerbaijan demanded that Moscow admit its guilt.") == [["Azerbaijan"]]


def test_a_role_inside_a_clause_before_a_name_does_not_introduce_the_name(attribute):
    # "commander" belongs to the remark's clause, not to Wang, who is no one the sentence ties to the US
    # (the US statement is the remark the question reports, not Wang's words)
    assert attribute("Asked about a US military commander's remark that the drills were worrying, Wang said "
                     "Washington was in no position to lecture others.") == [["United States"]]


def test_a_list_of_missions_speaks_and_the_missions_are_that_list_next(registry):
    text = ("The embassies of the United States, Britain and Germany issued a joint statement on Tuesday.\n\n"
            "The missions asked everyone involved to hold back.\n")
    rows = _engine_rows(registry, text, "2024-06-26")
    assert rows.groupby("sentence", sort=False)["actor"].apply(list).tolist() == [
        ["United States", "United Kingdom", "Germany"], ["United States", "United Kingdom", "Germany"]]


def test_a_group_after_an_opening_phrase_is_the_two_named_before(registry):
    text = ("South Korea and the United States held talks in Washington.\n\n"
            "In a joint statement after the talks, the two defence chiefs condemned the deployment.\n")
    assert sorted(_engine_rows(registry, text, "2024-11-01")["actor"]) == ["South Korea", "United States"]


@pytest.mark.parametrize("text,date,actor", [
    ("Trump threatens Colombia\\n\\nThe United States said it would impose tariffs.\\n\\nPress secretary Karoline "
     "Leavitt said the tariffs would be kept on the shelf.\\n", "2025-01-27", "United States"),
    ("LA PAZ, Bolivia (AP) — Bolivia's senate met.\\n\\nThe commander of the armed forces, General Williams Kaliman, "
     "said soldiers would join police.\\n", "2019-11-12", "Bolivia"),
    ("Eswatini unrest\\n\\nEswatini's prime minister said calm returned.\\n\\nA government statement said the king "
     "remained in the country.\\n", "2021-07-01", "Eswatini"),
    ("Bangladesh crisis\\n\\nBangladesh's army chief said an interim government would be formed.\\n\\nA statement "
     "from the president's office said parliament had been dissolved.\\n", "2024-08-06", "Bangladesh"),
    ("Myanmar fighting\\n\\nThe National Unity Government welcomed the gains.\\n\\nIts spokesman Kyaw Zaw said the "
     "NUG would coordinate with ethnic armed groups.\\n", "2023-11-04", "National Unity Government"),
])
def test_a_states_titled_official_and_its_texts_speak_for_it(registry, text, date, actor):
    assert _engine_rows(registry, text.replace("\\n", "\n"), date)["actor"].tolist()[-1] == actor


def test_a_military_source_is_tied_to_no_body(registry):
    # "a military source" is not the army the article tied last (Israel's), but the article's own state's, as "a
    # government source" is: here the headline's
    text = ("Syria says raid repelled\n\nIsraeli warplanes attacked a base, and Israel's army said it hit Iranian "
            "targets.\n\nThe raid was repelled, a military source said.\n")
    assert _engine_rows(registry, text, "2018-02-10")["actor"].tolist() == ["Israel", "Syria"]


def test_a_led_by_aside_after_a_subject_is_skipped(attribute):
    assert attribute("In N'Djamena, the opposition party Les Transformateurs, led by former prime minister Succès "
                     "Masra, said it supported the principle.") == [["Les Transformateurs"]]


@pytest.mark.parametrize("sentence", [
    "Venezuela's armed forces rejected the claim.",
    # the opposition leader is the object's, not the subject's role
    "Venezuela's army rejected opposition leader Juan Guaido's claim to the presidency.",
])
def test_a_states_armed_forces_speak_for_it(attribute, sentence):
    assert attribute(sentence) == [["Venezuela"]]


def test_a_body_after_a_time_adverbial_with_no_comma(registry):
    text = ("Jordan attack\n\nJordan's army said the attack was on US troops.\n\nHours later the government condemned "
            "what it called a terrorist attack.\n")
    assert _engine_rows(registry, text, "2024-01-28")["actor"].tolist() == ["Jordan", "Jordan"]


@pytest.mark.parametrize("sentence,actors", [
    ("Russia's Security Council said the strikes would go on.", ["Russia"]),
    ("Algeria's High Security Council decided to review relations with Morocco.", ["Algeria"]),
    ("The National Security Council said it would respond.", []),
    ("The alliance's Collective Security Council agreed to send troops.", []),
    ("The Security Council said it was alarmed.", ["United Nations"]),
])
def test_a_states_security_council_is_the_states(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_free_relative_after_a_speaker_is_no_position(attribute):
    assert attribute("Paris, for its part, called the checkpoint a breach of what Azerbaijan signed up to.") \
        == [["France"]]


def test_the_former_head_of_a_states_body_does_not_speak_for_the_state(registry):
    text = ("Rebels launch alliance\n\nAt Friday's launch, Jane Roe, the former head of Kenya's electoral commission "
            "who now lives in exile, said the alliance would fight.\n\nRoe added that the door was open.\n")
    assert "Kenya" not in _engine_rows(registry, text, "2023-12-16")["actor"].tolist()


def test_a_clause_after_a_name_is_no_apposition_that_gives_the_name_a_state(attribute):
    # "Hossein Amir-Abdollahian, told state television that Sweden's ambassador": Sweden's is the ambassador
    assert attribute("Iran's foreign minister, Hossein Amir-Abdollahian, told state television that Sweden's next "
                     "ambassador would not be received in Tehran.") == [["Iran"]]


@pytest.mark.parametrize("sentence,actors", [
    ("Greek Cypriot leader Nicos Anastasiades called the conversion an insult.", ["Cyprus"]),
    ("The Liaison Office of the Central People's Government in the HKSAR said it would back the police.", ["China"]),
    ("The Hong Kong police said they had arrested 370 people.", ["Hong Kong government"]),
])
def test_names_of_other_crises(registry, sentence, actors):
    from pipeline.attribution import Attributor

    assert [c.actor for c in Attributor(registry).attribute(sentence)] == actors


def test_putting_the_choice_plainly_before_a_quotation_is_speaking(registry):
    text = ("Gambia crisis\n\nECOWAS's commission president Marcel de Souza spoke to reporters.\n\n"
            "He put the choice plainly: \"If the talks fail, we will not wait another day.\"\n")
    assert _engine_rows(registry, text, "2017-01-20")["actor"].tolist() == ["ECOWAS"]


def test_a_free_relative_inside_a_quotation_is_no_ones_position(attribute):
    assert attribute('The ministry dismissed the appeal: "What Ottawa has said does not match the facts."') \
        != [["Canada"]]


def test_a_lower_case_army_chief_named_after_a_comma_is_the_home_states(registry):
    text = ("Gambia crisis\n\nGambia's president-elect Adama Barrow was sworn in.\n\nThe army chief, General Ousman "
            "Badjie, who had stayed loyal to Jammeh, told reporters that his men would not fight.\n")
    assert _engine_rows(registry, text, "2017-01-20")["actor"].tolist() == ["Gambia"]


@pytest.mark.parametrize("text,actor", [
    ("Burkina coup\n\nBurkina Faso's junta spoke.\n\nIn Accra, the Ministry of Foreign Affairs and Regional "
     "Integration advised Ghanaians to stay indoors.\n", "Ghana"),
    ("Kenya sends police\n\nKenya's police will lead the mission.\n\nInspector General of Police Japhet Koome told "
     "reporters that the contingent was ready.\n", "Kenya"),
    ("Iraq protests\n\nIraq's government spoke.\n\nParliament Speaker Jane Doe said the assembly would meet.\n", "Iraq"),
    ("Eswatini unrest\n\nEswatini's king spoke.\n\nOn Thursday, the Department of International Relations and "
     "Cooperation in Pretoria asked the soldiers to hold their fire.\n", "South Africa"),
])
def test_long_national_titles_and_ministry_names(registry, text, actor):
    assert _engine_rows(registry, text, "2023-01-01")["actor"].tolist()[-1] == actor


def test_a_ruling_party_after_its_states_possessive_is_the_partys(attribute):
    assert attribute("Azerbaijan's ruling New Azerbaijan Party, in a statement carried by state agency AZERTAC, praised "
                     "President Ilham Aliyev for the peace.") == [["New Azerbaijan Party"]]


def test_the_chair_of_a_bloc_speaks_for_it_even_when_a_name_file_ties_them_to_a_state(attribute):
    # Pashinyan is Armenia's in labels/actors.csv; the article makes him the chair of the CSTO's council
    assert attribute("Armenian Prime Minister Nikol Pashinyan, who chairs the CSTO's Collective Security Council this "
                     "year, announced that the bloc would send troops.") == [["CSTO"]]


@pytest.mark.parametrize("sentence", ["Russia did not provide evidence for the claim.", "Russia did not offer any details."])
def test_not_providing_evidence_is_no_position(attribute, sentence):
    assert attribute(sentence) == [[]]


@pytest.mark.parametrize("sentence,actors", [
    ("Senegal's Constitutional Council struck down the president's decree.", ["Senegal"]),
    ("Venezuela also closed its border with Colombia until Monday.", ["Venezuela"]),
    ("Iraq also put on hold the dispatch of a new ambassador to Ankara.", ["Iraq"]),
    ("Israel closed the session.", []),
    ("Russian jets struck targets in Idlib.", []),
])
def test_measures_by_act_closing_a_border_suspending_an_envoy_striking_down_a_decree(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_ranked_officer_named_after_a_comma_and_a_two_word_surname(registry):
    text = ("Algeria crisis\n\nAlgeria's army chief of staff, Lieutenant General Ahmed Gaid Salah, demanded that the "
            "president step down.\n\nGaid Salah said the constitution must be applied.\n")
    assert _engine_rows(registry, text, "2019-04-02")["actor"].tolist() == ["Algeria", "Algeria"]


def test_an_ousted_leader_named_after_his_states_possessive_does_not_speak_for_it(registry):
    text = ("Coup in Ouagadougou\n\nBurkina Faso's ousted military leader, Lieutenant Colonel Jane Roe, said she had "
            "agreed to step down.\n\nRoe added that she wanted no bloodshed.\n")
    rows = _engine_rows(registry, text, "2022-10-02")
    assert "Burkina Faso" not in rows.loc[rows["sentence"].str.startswith("Roe added"), "actor"].tolist()


def test_a_surname_the_article_introduced_wins_over_the_name_files(registry):
    # the files know "Michel" as the EU's (Charles Michel, Council president from 2019); in 2016 the
    # article's Prime Minister Charles Michel is Belgium's, and so is his surname
    text = ("Brussels attacks\n\nBelgium counted its dead.\n\nPrime Minister Charles Michel told a news conference "
            "that the country had been hit.\n\nThe government raised the terror alert, Michel said.\n")
    assert _engine_rows(registry, text, "2016-03-23")["actor"].tolist() == ["Belgium", "Belgium"]


def test_a_title_running_into_the_next_name_is_not_the_previous_names_apposition(registry):
    text = ("Name deal signed\n\nThe ministers signed in the presence of Prime Ministers Alexis Tsipras and Zoran Zaev, "
            "UN mediator Matthew Nimetz and EU foreign policy chief Federica Mogherini.\n\n"
            "Zaev thanked Tsipras for his courage.\n")
    rows = _engine_rows(registry, text, "2018-06-17")
    assert rows.loc[rows["sentence"].str.startswith("Zaev"), "actor"].tolist() == ["North Macedonia"]


@pytest.mark.parametrize("sentence,actors", [
    ("Secretary of State John Kerry said that UN sanctions would snap back if Iran cheated.", ["United States"]),
    ("The ceasefire, which Santos says will expire on Friday, must be extended, Colombia said.", ["Colombia"]),
])
def test_a_plural_noun_before_a_modal_is_no_verb(registry, sentence, actors):
    assert _engine_rows(registry, "Deal\n\n" + sentence + "\n", "2015-07-14")["actor"].tolist() == actors


@pytest.mark.parametrize("sentence,actors", [
    # the second verb, past its auxiliaries, is the first one's subject's, not the object's before "and"
    ("Ukraine's foreign ministry said that Bamako had acted rashly and had offered no proof.", ["Ukraine"]),
    # but a relative clause's second verb is the relative's own
    ("Nicaragua expelled the Dutch ambassador, Christine Pirenne, who is based in Costa Rica and had told "
     "reporters that the aid was suspended.", ["Nicaragua", "Netherlands"]),
])
def test_a_coordinated_verb_past_its_auxiliaries(registry, sentence, actors):
    assert _engine_rows(registry, "Row\n\n" + sentence + "\n", "2023-01-10")["actor"].tolist() == actors


def test_it_in_a_relative_clause_is_the_sentences_opening_body(attribute):
    assert attribute("Iran denied any role.",
                     "US Central Command released footage that it said showed an Iranian boat removing a mine.") \
        == [["Iran"], ["United States"]]


@pytest.mark.parametrize("sentence,actors", [
    ("The Norwegian Maritime Authority said the tanker had been hit by three explosions.", ["Norway"]),
    ("The Ukrainian Southern Command said it had shot down eleven drones.", ["Ukraine"]),
    ("The Palestinian Authority condemned the raid.", ["Palestine"]),
])
def test_a_national_authority_or_command_speaks_for_its_state(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_party_the_name_files_lack_is_its_own_actor_and_its_officials_speak_for_it(registry):
    text = ("Court annuls vote\n\nJubilee Party secretary-general Raphael Tuju accused the judges of ignoring the "
            "evidence.\n\nTuju said the party would not let its victory be taken away.\n\n"
            "The opposition VMRO-DPMNE called the accord a capitulation.\n")
    assert _engine_rows(registry, text, "2017-09-02")["actor"].tolist() == ["Jubilee Party", "Jubilee Party",
                                                                           "VMRO-DPMNE"]


def test_a_group_named_with_an_acronym_takes_the_name_the_article_uses_most(registry):
    once = ("Protests\n\nJaime Vargas, president of the Confederation of Indigenous Nationalities of Ecuador "
            "(CONAIE), said the people had won.\n\nCONAIE accused the security forces of killing protesters.\n\n"
            "Hours later CONAIE said it would accept talks.\n")
    rows = _engine_rows(registry, once, "2019-10-13")
    assert rows["actor"].tolist() == ["CONAIE"] * 3  # not Ecuador, whose name is inside the group's
    full = "Protests\n\nThe youth association RAJ (Rally for Youth Action) urged protesters to stay peaceful.\n"
    assert _engine_rows(registry, full, "2019-04-03")["actor"].tolist() == ["Rally for Youth Action"]


@pytest.mark.parametrize("sentence", [
    "The opposition National Party said the switch had been made behind the backs of Congress.",
    "The Communist Party said the government had rushed to expel diplomats.",
])
def test_a_party_name_many_states_share_is_not_learned(registry, sentence):
    # whose National Party, the name does not say: no actor rather than a wrong one
    assert _engine_rows(registry, "Row\n\n" + sentence + "\n", "2021-04-20")["actor"].tolist() == []


def test_a_question_put_to_the_spokesperson_by_first_name_is_not_the_spokespersons(registry):
    text = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
            "The following is a near-verbatim transcript of today's noon briefing by Farhan Haq, Deputy Spokesman for "
            "the Secretary-General.\n\n"
            "Good afternoon. I will start with Haiti.\n\n"
            "We remind everyone that civilians must be protected at all times.\n\n"
            "Question: Farhan, one of the gang leaders told a radio station that they had taken the town. "
            "Is the UN worried?\n")
    rows = _engine_rows(registry, text, "2025-04-03")
    assert rows["actor"].tolist() == ["United Nations"]  # not the gang leader's words, put to Farhan Haq


@pytest.mark.parametrize("sentence,actors", [
    ("Algeria answered by pulling its own envoys from Bamako.", ["Algeria"]),
    ("Iranian footage showed a Revolutionary Guard patrol boat pulling alongside the tanker.", []),
])
def test_pulling_is_a_measure_only_out_or_with_envoys_or_troops(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_kenyan_titles_and_a_name_with_an_apostrophe(registry):
    text = ("Kenya's Supreme Court annulled the presidential election.\n\n"
            "Chief Justice David Maraga said the electoral commission had committed irregularities.\n\n"
            "Acting Interior Cabinet Secretary Fred Matiang'i warned that police would act firmly.\n\n"
            "Matiang'i said the police were ready.\n")
    assert _engine_rows(registry, text, "2017-09-02")["actor"].tolist() == ["Kenya", "Kenya", "Kenya"]


@pytest.mark.parametrize("sentence,actors", [
    # an object relative clause describes someone: no statement of its subject, and not the main verb's subject
    ("The cleric, whom Ankara accuses of organising the coup attempt, denounced the killing.", []),
    ("Washington has been pressing both sides to agree a full ceasefire, which Kyiv accepted in March.", ["United States"]),
    # but a claim it reports is one
    ("The balloon, which US officials say was gathering intelligence, was shot down.", ["United States"]),
])
def test_an_object_relative_clause_is_a_description(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_the_acronym_of_a_state_body_introduces_its_officials(registry):
    text = ("Kenya's Supreme Court annulled the election.\n\nThe court said the Independent Electoral and Boundaries "
            "Commission (IEBC) had committed irregularities.\n\nIEBC chairman Wafula Chebukati told a news conference "
            "that he would not resign.\n\nChebukati added that he was ready.\n")
    assert _engine_rows(registry, text, "2017-09-02")["actor"].tolist() == ["Kenya", "Kenya", "Kenya"]


def test_an_armed_groups_acronym_is_not_its_host_states_body(registry):
    # a held-out page of Turkish state media: "the Free Syrian Army (FSA)" is no Turkish body, so
    # "An FSA commander told Anadolu" is not Turkey's
    from pipeline import config, engine
    from pipeline.inputs import read_all

    docs, _ = read_all([config.PACKAGE_DIR.parent / config.LABELS_DIR / "heldout" / "page_afrin_olivebranch_statemedia.txt"])
    rows = engine.extract(docs, registry)[1]
    assert rows.loc[rows["sentence"].str.startswith("An FSA commander"), "actor"].tolist() != ["Turkey"]


@pytest.mark.parametrize("sentence,actors", [
    ("The ambassador said Italy condemned the test.", ["Italy"]),
    ("In Seoul, the ambassador said Washington stood with the South Korean people.", ["United States"]),
    # a deed reported, or an owner, is no position of the one named
    ("Russia said Ukrainian forces had fired rockets at the prison.", ["Russia"]),
    ("The State Department said Beijing's threatening military moves were raising tensions.", ["United States"]),
])
def test_a_position_reported_in_a_clause_without_that(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_former_office_holder_the_article_gives_a_new_office_speaks_in_it(registry):
    # Adel al-Jubeir left the foreign ministry in 2018: the table makes him his own voice after it, but
    # the article names his new office
    text = ("Tanker attacks\n\nSaudi Arabia said the attacks were a threat.\n\nSaudi Minister of State for Foreign "
            "Affairs Adel al-Jubeir told CNN that the kingdom accepted Washington's conclusion.\n")
    assert _engine_rows(registry, text, "2019-06-14")["actor"].tolist() == ["Saudi Arabia", "Saudi Arabia"]


def test_a_governor_is_a_national_title(registry):
    text = ("Pulwama attack\n\nIndia said the attack would be answered.\n\n"
            "Jammu and Kashmir Governor Satya Pal Malik admitted on Friday that there had been a lapse.\n")
    assert _engine_rows(registry, text, "2019-02-16")["actor"].tolist() == ["India", "India"]


def test_the_two_are_the_two_people_the_sentence_named_before(registry):
    text = ("Deal reached\n\nTalks ended in Vienna after 18 days.\n\nIn a joint statement read out first in English by "
            "Federica Mogherini and then in Persian by Mohammad Javad Zarif, the two said the agreement was fair.\n")
    assert sorted(_engine_rows(registry, text, "2015-07-14")["actor"]) == ["European Union", "Iran"]


def test_a_ranked_officer_named_first_with_his_title_after(registry):
    text = ("Algeria crisis\n\nAlgeria's army demanded that the president step down.\n\nLt. Gen. Ahmed Gaid Salah, the "
            "chief of staff and deputy defence minister, said the constitution must be applied.\n")
    assert _engine_rows(registry, text, "2019-04-02")["actor"].tolist() == ["Algeria", "Algeria"]


def test_the_surname_of_a_person_who_is_an_actor_of_their_own(registry):
    text = ("Flotilla intercepted\n\nThe Swedish activist Greta Thunberg was among those detained.\n\n"
            "In a video released by the coalition, Thunberg asked supporters to press the Swedish government.\n")
    assert _engine_rows(registry, text, "2025-06-09")["actor"].tolist() == ["Greta Thunberg"]


def test_al_before_a_surname_may_be_dropped(registry):
    text = ("Riyadh cuts ties\n\nSaudi Foreign Minister Adel al-Jubeir announced that the kingdom was breaking off "
            "relations with Tehran.\n\nOn Monday Jubeir told Reuters that flights to Iran would stop.\n")
    assert _engine_rows(registry, text, "2016-01-04")["actor"].tolist() == ["Saudi Arabia", "Saudi Arabia"]


@pytest.mark.parametrize("sentence,actors", [
    ("Brazil, Colombia and Peru were among seven governments that signed a joint statement backing Moreno.",
     ["Brazil", "Colombia", "Peru"]),
    ("Canada and Argentina were among more than a dozen governments that followed Washington's lead.",
     ["Canada", "Argentina"]),
    ("France was among the countries hit by the storm.", []),
    ("Officials said Brazil was among the states that signed.", []),
])
def test_states_among_the_governments_that_took_a_position(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


@pytest.mark.parametrize("sentence,actors", [
    ("The council rejected a draft resolution tabled by the Russian Federation that would have condemned the strikes.",
     ["Russia"]),
    ("The text, sponsored by the United States, Canada and Chile among others, passed with 21 votes.",
     ["United States", "Canada", "Chile"]),
    ("The ship, owned by a Greek firm and sponsored by Norway's fund, sank.", []),
])
def test_a_text_tabled_or_sponsored_by_states_is_their_position(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


@pytest.mark.parametrize("sentence,actors", [
    ("Mexico broke off diplomatic relations with Ecuador.", ["Mexico"]),
    ("Nicaragua went further on Saturday, breaking off diplomatic relations with Ecuador.", ["Nicaragua"]),
    ("The ceasefire between Israel and Hamas broke down.", []),
])
def test_breaking_off_relations_is_a_measure(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_council_president_in_his_national_capacity_is_not_the_uns_voice(registry):
    text = ("Security Council meets\n\nThe Security Council met on Monday. UN Secretary-General Antonio Guterres "
            "said the test was a grave threat.\n\nSpeaking in his national capacity, he said Italy condemned the "
            "test.\n")
    rows = _engine_rows(registry, text, "2017-09-04")
    assert rows.loc[rows["sentence"].str.startswith("Speaking"), "actor"].tolist() == ["Italy"]


def test_the_authority_is_the_one_the_article_named(attribute):
    assert attribute("The Panama Canal Authority said transits would continue.",
                     "The authority said it was ready to hold a dialogue with US officials.",
                     "Elsewhere, the authority said the road was closed.") == [["Panama"], ["Panama"], ["Panama"]]



@pytest.mark.parametrize("text,actors", [
    # a name opening the sentence, cut neither at its head nor by a possessive before it
    ("The Confederation of Highland Farmers of Ruritania said the decree must go.",
     ["Confederation of Highland Farmers of Ruritania"]),
    ("Zoe Roe, spokeswoman for Jane Doe's Movement for Rural Change, said the vote was rigged.",
     ["Movement for Rural Change"]),
    # its last head decides whether the name is generic ("Liberal Front Party" is one party, "Liberal Party" is not)
    ("The Liberal Front Party said the vote was rigged.", ["Liberal Front Party"]),
    # generic words before the head, but a name after it: one front
    ("The red-shirt United Front for Democracy Against Dictatorship, whose chairman was among those held at the Army "
     "Club, said it would resist by peaceful means.",
     ["United Front for Democracy Against Dictatorship"]),
    # a name the article calls a party
    ("Rak Sangkhom, the party that led the ousted government, said the coup would set the country back.",
     ["Rak Sangkhom"]),
    # a known body inside the phrase, or its owner before it: not a new group
    ("The High Representative of the European Union for Foreign Affairs said talks must resume.", ["European Union"]),
])
def test_group_names_the_article_gives(registry, text, actors):
    assert _engine_rows(registry, "Row\n\n" + text + "\n", "2019-10-10")["actor"].tolist() == actors


def test_the_agency_is_the_body_the_article_named_not_a_news_agency(registry):
    text = ("Refugees\n\nArrivals have passed 100,000, according to the UN refugee agency (UNHCR).\n\n"
            "The agency said it had started moving refugees by boat.\n\n"
            "IRNA reported that a ship was seized. The agency said the crew were safe.\n")
    assert _engine_rows(registry, text, "2025-02-06")["actor"].tolist() == ["UNHCR", "UNHCR"]


def test_an_appositions_possessive_does_not_tie_its_body_to_the_possessor(registry):
    text = ("Hagia Sophia\n\nUNESCO, the UN's cultural agency, said it regretted the decision.\n\n"
            "The agency added that its committee would review the site.\n")
    assert "United Nations" not in _engine_rows(registry, text, "2020-07-11")["actor"].tolist()


@pytest.mark.parametrize("sentence,actors", [
    # a possessed noun with its own "was ...", then the attribution tail: the tail's speaker, not the possessor
    ("South Sudan's announcement of a withdrawal was an attempt to hide a defeat, the Assistant of the President, "
     "Dr. Jon Roe, told reporters.", []),
    # ... or its own "had" or "would"
    ("Washington's decision to strike the capital would damage the contacts both sides had built, said Suhail "
     "Shaheen, who heads the Taliban's political office.", ["Afghanistan"]),
    # a gerund after a possessive is a noun, not the possessor's act
    ("Russia's signing of the treaty had no basis in law, Chancellor Angela Merkel's spokesman, "
     "Steffen Seibert, said.", ["Germany"]),
])
def test_a_possessed_noun_opening_a_sentence_is_not_the_tails_speaker(registry, sentence, actors):
    assert _engine_rows(registry, "Reactions\n\n" + sentence + "\n", "2014-03-18")["actor"].tolist() == actors


def test_a_gerund_after_with_is_what_is_asked_of_its_subject(registry):
    text = ("Crimea\n\nPresident Barack Obama said more could follow.\n\n\"We would rather settle this at the table. "
            "That starts with Moscow pulling its soldiers off the streets,\" he told reporters.\n")
    rows = _engine_rows(registry, text, "2014-03-18")
    assert rows.loc[rows["sentence"].str.startswith("\"We"), "actor"].tolist() == ["United States"]


def test_a_ministry_spokesman_with_no_state_speaks_for_the_ministry_the_article_named(registry):
    text = ("Embassy storming\n\nPrime Minister David Cameron said Tehran had failed in its most basic duty.\n\n"
            "Iran's foreign ministry said in a statement that it regretted the unlawful acts.\n\n"
            "The expulsions were an overreaction, foreign ministry spokesman Ramin Mehmanparast said.\n")
    rows = _engine_rows(registry, text, "2011-11-30")
    assert rows.loc[rows["sentence"].str.startswith("The expulsions"), "actor"].tolist() == ["Iran"]


@pytest.mark.parametrize("sentence", [
    "The President of the Republic, Field Marshal Jon Doe Ahmed, said the aggressors would be punished.",
    "The Minister of Defence, Gen. Jon Roe Abdalla, has announced that the armed forces entered Heglig.",
])
def test_minister_of_a_portfolio_and_president_of_the_republic_are_the_home_states(registry, sentence):
    # state media names its own officials by title alone, with a rank before the name
    text = "Heglig liberated\n\nCrowds filled the streets of Khartoum, the capital of Sudan, on Friday.\n\n" + sentence + "\n"
    assert _engine_rows(registry, text, "2012-04-20")["actor"].tolist() == ["Sudan"]


@pytest.mark.parametrize("opening", [
    "Somalia went further.",  # the state the sentence before opened with
    "Somalia, which hosts the talks, went further.",  # past its relative clause
])
def test_an_official_with_no_state_after_a_sentence_about_a_state_is_that_states(registry, opening):
    text = ("Ports\n\nPrime Minister Abiy Ahmed said Ethiopia needed access to the sea.\n\n" + opening +
            " State Minister of Foreign Affairs Ali Omar said Mogadishu would not give up a port.\n")
    rows = _engine_rows(registry, text, "2023-10-20")
    assert rows.loc[rows["sentence"].str.startswith("State"), "actor"].tolist() == ["Somalia"]


def test_a_state_word_in_a_title_is_no_topic(registry):
    text = ("Ecuador\n\nPresident Lenin Moreno said the decree stood.\n\nUS Secretary of State Mike Pompeo said "
            "Washington supported the reforms.\n\nInterior Minister Maria Paula Romo said a thousand people were held.\n")
    rows = _engine_rows(registry, text, "2019-10-11")
    assert rows.loc[rows["sentence"].str.startswith("Interior"), "actor"].tolist() == ["Ecuador"]


@pytest.mark.parametrize("sentence,actors", [
    # the Council's president of the month speaks for its members (the guide's chair rule)
    ("Afterwards, the Council President, Ambassador Jane Roe of Argentina, told reporters that members were "
     "seriously concerned.", ["United Nations"]),
    ("Argentina's U.N. ambassador, Jane Roe, who holds the Security Council presidency this month, said the 15 "
     "members agreed that the killing had to stop.", ["United Nations"]),
    # not the European Council's president
    ("European Council President Charles Michel said the bloc stood with Bazoum.", ["European Union"]),
])
def test_the_security_councils_president_speaks_for_the_un(registry, sentence, actors):
    assert _engine_rows(registry, "Council\n\n" + sentence + "\n", "2023-08-01")["actor"].tolist() == actors


@pytest.mark.parametrize("text,actors", [
    # "the League", "the alliance": the bloc of that kind the article named last
    ("The Secretary-General of the League of Arab States condemned the attack.\n\nThe League's Deputy "
     "Secretary-General, Jon Roe, announced an emergency meeting.\n", ["Arab League", "Arab League"]),
    ("NATO Secretary-General Jaap de Hoop Scheffer said he was concerned.\n\nJon Roe, a spokesman for the alliance, "
     "said the use of force had gone far beyond peacekeeping.\n", ["NATO", "NATO"]),
    # no alliance named: no one's, not the state the article is about nor its last speaker
    ("The Kremlin said Russian troops had moved in.\n\nJon Roe, a spokesman for the alliance, said the use of force "
     "had gone far beyond peacekeeping.\n\nThe alliance said it was alarmed.\n", ["Russia"]),
])
def test_the_league_and_the_alliance_are_the_blocs_the_article_named(registry, text, actors):
    assert _engine_rows(registry, "Russia and Georgia at war\n\n" + text, "2008-08-12")["actor"].tolist() == actors


def test_a_bloc_named_again_takes_the_alliance_back_from_a_party(registry):
    text = ("Romania\n\nThe Alliance for the Union of Romanians said the vote was stolen.\n\nNATO Secretary General "
            "Mark Rutte told reporters that the alliance stood by Romania.\n\nThe alliance said its troops would stay.\n")
    rows = _engine_rows(registry, text, "2024-12-07")
    assert rows.loc[rows["sentence"].str.startswith("The alliance"), "actor"].tolist() == ["NATO"]


@pytest.mark.parametrize("sentence,actors", [
    # an unnamed spokesman in the tail speaks for the body the sentence opened with
    ("The Pentagon put all cooperation with the Thai armed forces under review, including a joint exercise that "
     "had already begun, a spokesman said.", ["United States"]),
    # no body opens the sentence: no one's
    ("Thousands of residents fled the town overnight, a spokesman said.", []),
])
def test_a_spokesman_in_the_tail_is_the_opening_bodys(registry, sentence, actors):
    assert _engine_rows(registry, "Coup\n\n" + sentence + "\n", "2014-05-22")["actor"].tolist() == actors


def test_a_person_after_by_and_an_owners_title_is_an_agent_not_the_subject(registry):
    text = ("Abuja summit\n\nWest African leaders chaired by Nigeria's President Goodluck Jonathan recognised Ouattara "
            "as president-elect and told Gbagbo to step aside.\n")
    assert _engine_rows(registry, text, "2010-12-08")["actor"].tolist() == ["ECOWAS"]


@pytest.mark.parametrize("sentence,actors", [
    # an unnamed official after "In <capital>,": the capital's state, past the agency that carried it
    ("In Riyadh, an official source quoted by the Saudi Press Agency said the kingdom stood with Egypt.",
     ["Saudi Arabia"]),
    # a named speaker after the capital is the speaker, not the place
    ("In Riyadh, Egyptian Foreign Minister Nabil Fahmy said the army had acted lawfully.", ["Egypt"]),
    # a state's own body after the capital is the capital's, whatever body the article tied before
    ("Egypt's government said the sit-ins were illegal. In Ouagadougou, the transitional government said it "
     "would notify the bloc.", ["Egypt", "Burkina Faso"]),
])
def test_an_unnamed_official_in_a_capital_speaks_for_its_state(registry, sentence, actors):
    assert _engine_rows(registry, "Reactions\n\n" + sentence + "\n", "2013-08-15")["actor"].tolist() == actors


@pytest.mark.parametrize("sentence,actors", [
    # adopting a resolution is a body's position; adopting a budget is not
    ("The United Nations General Assembly adopted by acclamation a resolution that condemns the coup.",
     ["United Nations"]),
    ("The Council of Europe adopted a new budget for the year on Tuesday.", []),
])
def test_adopting_a_resolution_is_a_position(registry, sentence, actors):
    assert _engine_rows(registry, "Coup\n\n" + sentence + "\n", "2009-06-30")["actor"].tolist() == actors


@pytest.mark.parametrize("text,actors", [
    # once the article names a Korea, "the North" and "the South" are its halves
    ("North Korea shelled the island.\n\nA spokesman for the North's Foreign Ministry said the United States bore "
     "the blame.\n", ["North Korea"]),
    # not in an article about another country, nor the South China Sea
    ("Italy's regions voted.\n\nA spokesman for the North's regional council said the result was fair.\n", []),
])
def test_the_north_and_the_south_are_the_halves_of_a_named_korea(registry, text, actors):
    assert _engine_rows(registry, "Clash\n\n" + text, "2010-11-24")["actor"].tolist() == actors


def test_the_authorities_in_a_de_facto_capital_are_its_authorities(registry):
    text = ("Lachin\n\nAzerbaijan's move is a criminal step designed to tighten the blockade, the authorities in "
            "Stepanakert said.\n")
    assert _engine_rows(registry, text, "2023-06-15")["actor"].tolist() == ["Nagorno-Karabakh authorities"]


@pytest.mark.parametrize("header", [
    "The following are excerpts from the near-verbatim transcript of today's noon briefing by Jon Roe, Deputy "
    "Spokesperson for the Secretary-General.",
    "Excerpts from the near-verbatim transcript of the noon briefing by Jon Roe, Deputy Spokesman for the "
    "Secretary-General.",
])
def test_a_briefing_transcripts_header_and_editors_note_state_nothing(registry, header):
    text = (f"Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n{header} Items on "
            f"other subjects have been left out.\n")
    assert _engine_rows(registry, text, "2013-08-23")["actor"].tolist() == []


@pytest.mark.parametrize("answer,actors", [
    # "we have seen" alone is a formality; with what the spokesperson then says, it is the UN's statement
    ("We have seen the reports.", []),
    ("We have seen the announcement, but what counts is what happens on the ground.", ["United Nations"]),
])
def test_a_spokespersons_we_have_seen_is_a_formality_only_alone(registry, answer, actors):
    _assert_briefing_answer(registry, answer, actors)


@pytest.mark.parametrize("answer,actors", [
    # nothing to give yet is no position; the same words with one are the UN's
    ("Not yet.", []),
    ("I have no calls to read out at this point.", []),
    ("If that changes, we will let you know.", []),
    ("I have a note on Afghanistan, which I will read now.", []),
    ("Not yet, but the Secretary-General urges both sides to talk.", ["United Nations"]),
])
def test_a_spokespersons_nothing_yet_is_a_formality(registry, answer, actors):
    _assert_briefing_answer(registry, answer, actors)


def _assert_briefing_answer(registry, answer, actors):
    text = ("Noon briefing\n\nThe following is the near-verbatim transcript of today's noon briefing by Jon Roe, "
            "Spokesman for the Secretary-General.\n\nQuestion: Jon, the RSF says it will investigate. Your "
            f"reaction?\n\nSpokesman: {answer}\n")
    rows = _engine_rows(registry, text, "2025-10-30")
    assert rows.loc[rows["sentence"].str.contains(answer[:8], regex=False), "actor"].tolist() == actors


@pytest.mark.parametrize("text,actors", [
    # "according to the police": the police the article tied, else its own state's
    ("Abu Dhabi police said a fire had set off explosions.\n\nThree people were killed, according to the police.\n",
     ["United Arab Emirates", "United Arab Emirates"]),
    # not "military and humanitarian sources", unnamed
    ("Ethiopian troops advanced on Mekelle.\n\nHundreds were killed, according to military and humanitarian "
     "sources.\n", []),
])
def test_according_to_a_state_body(registry, text, actors):
    assert _engine_rows(registry, "Ethiopia at war\n\n" + text, "2022-01-17")["actor"].tolist() == actors


@pytest.mark.parametrize("sentence,actors", [
    # presenting or casting something "as" what it is in the speaker's eyes is a position
    ("The Kremlin presented the results as a clear expression of the will of the people.", ["Russia"]),
    # presenting a report is not; nor an "as" after a comma, a conjunction
    ("The Kremlin presented its annual report on Tuesday.", []),
    ("The Kremlin presented a new budget, as two ministers resigned.", []),
])
def test_presenting_something_as_is_a_position(registry, sentence, actors):
    assert _engine_rows(registry, "Referendums\n\n" + sentence + "\n", "2022-09-28")["actor"].tolist() == actors


@pytest.mark.parametrize("sentence,actors", [
    # "said it would ...": the speaker's own "it", not a place before it
    ("On Wednesday, Thailand recalled its ambassador from Phnom Penh and said it would expel Cambodia's envoy.",
     ["Thailand"]),
    ("The Department of Foreign Affairs said it had lodged a protest with the Chinese embassy over the incident.",
     ["Philippines"]),
])
def test_it_after_said_is_the_speakers_own(registry, sentence, actors):
    text = "Shoal\n\nThe Philippines said its vessel was rammed.\n\n" + sentence + "\n"
    rows = _engine_rows(registry, text, "2024-08-31")
    assert rows.loc[~rows["sentence"].str.startswith("The Philippines said"), "actor"].tolist() == actors


@pytest.mark.parametrize("sentence,actors", [
    # a demonym before "statement" names the state whose text it is
    ('"The sanctions are a gross act of interference," the Cuban statement said.', ["Cuba"]),
    # a state's senate acts for the state; an owner's camp speaks for its owner
    ("Brazil's Senate voted 61 to 20 on Wednesday to remove the president from office.", ["Brazil"]),
    ("Opposition leader Raila Odinga rejected the results.\n\nNumbers that Raila Odinga's camp says are invented were read out.",
     ["Orange Democratic Movement", "Orange Democratic Movement"]),
])
def test_state_texts_senates_and_camps_speak_for_their_owner(registry, sentence, actors):
    assert _engine_rows(registry, "Reactions\n\n" + sentence + "\n", "2017-08-01")["actor"].tolist() == actors


@pytest.mark.parametrize("sentence,actors", [
    # the co-chairs of a body speak for it; "Minsk Group" is the OSCE's, not Belarus's capital
    ("The Co-Chairs of the OSCE Minsk Group appealed for an end to the shelling.", ["OSCE"]),
    ("The co-chairs of the Minsk Group appealed for calm on the line of contact.", ["OSCE"]),
    # a minister named as a body's Chairperson-in-Office speaks for the body (the guide's chair rule)
    ("The OSCE Chairperson-in-Office, German Foreign Minister Frank-Walter Steinmeier, called on the sides to "
     "respect the ceasefire.", ["OSCE"]),
    ("The OSCE chairman-in-office, German Foreign Minister Frank-Walter Steinmeier, called on the sides to "
     "respect the ceasefire.", ["OSCE"]),
])
def test_a_bodys_co_chairs_and_chair_in_office_speak_for_it(registry, sentence, actors):
    assert _engine_rows(registry, "Karabakh\n\n" + sentence + "\n", "2016-04-05")["actor"].tolist() == actors


def test_in_his_capacity_as_council_president_is_the_uns(registry):
    text = ("Gaza at the Council\n\nForeign Minister Wang Yi of China said the United States was blocking the "
            "Council.\n\nMr. Wang, in his capacity as President of the Council, said China, Norway and Tunisia would "
            "circulate a draft press statement.\n")
    assert _engine_rows(registry, text, "2021-05-16")["actor"].tolist() == ["China", "United Nations"]


@pytest.mark.parametrize("sentence,actors", [
    # "in which he called": the unknown man the sentence opens with, not the last speaker (the UN)
    ("Jean-Pierre Mbala released a video on Tuesday in which he called on the people to stop recognising the "
     "president.", []),
    ("President Joseph Kabila released a video in which he called for calm.", ["Democratic Republic of the Congo"]),
])
def test_a_pronoun_in_a_relative_clause_is_the_opening_persons(registry, sentence, actors):
    text = "Congo\n\nThe UN spokesman said the Secretary-General was concerned.\n\n" + sentence + "\n"
    rows = _engine_rows(registry, text, "2016-12-20")
    assert rows.loc[rows["sentence"] == sentence, "actor"].tolist() == actors


@pytest.mark.parametrize("sentence,actors", [
    # an organisation's named office "in" a country: the country is where it is, not who speaks
    ("The UN Joint Human Rights Office in Ukraine said at least 40 civilians were killed.", ["United Nations"]),
    # a state's own office in its capital is the state's
    ("The Basic Prosecution Office in Pristina said it had not authorised the operation.", ["Kosovo"]),
])
def test_an_organisations_office_in_a_country(registry, sentence, actors):
    assert _engine_rows(registry, "Reports\n\n" + sentence + "\n", "2022-05-01")["actor"].tolist() == actors


def test_his_press_secretary_speaks_for_the_one_his_is(registry):
    text = ("Kyrgyz unrest\n\nPresident Sooronbay Jeenbekov said the protesters had seized power illegally.\n\n"
            "His press secretary, Tolgonai Stamalieva, told reporters that the president was in Bishkek.\n")
    assert _engine_rows(registry, text, "2020-10-07")["actor"].tolist() == ["Kyrgyzstan", "Kyrgyzstan"]


@pytest.mark.parametrize("first,actor", [
    # a Gulf daily's "Khartoum:" opening the first sentence is its dateline: the police are Sudan's
    ("Khartoum: The head of Sudan's new military council stepped down on Friday night.", "Sudan"),
    # without it, the state the outlet's own furniture names (the headline's "Sudan's" is an owner)
    ("The head of Sudan's new military council stepped down on Friday night.", "United Arab Emirates"),
])
def test_a_colon_dateline_places_an_untied_body(registry, first, actor):
    text = ("The Gulf Ledger\n\nFriday, April 12, 2019 | Dubai 31°C\n\nHOME  UAE  GULF  MIDDLE EAST  WORLD\n\n"
            f"MIDDLE EAST > SUDAN\n\nSudan's army chief quits a day after toppling Bashir\n\n{first}\n\n"
            "A police spokesman said 16 people had been killed.\n")
    rows = _engine_rows(registry, text, "2019-04-12")
    assert rows.loc[rows["sentence"].str.startswith("A police"), "actor"].tolist() == [actor]


def test_a_reason_between_commas_holds_no_subject(registry):
    text = "Kyrgyz unrest\n\nDeputies, because the White House was unusable, voted to appoint a new premier.\n"
    assert _engine_rows(registry, text, "2020-10-07")["actor"].tolist() == []


def test_a_body_named_after_the_verb_does_not_retie_the_speaking_one(registry):
    # the Armenian ministry is what the Azerbaijani one rejects, not the one speaking, then or next
    text = ("Azerbaijan says Armenia broke truce\n\nBaku, April 5, AZERTAC\n\nThe Defense Ministry said the Armenian "
            "side had violated the ceasefire.\n\nThe ministry dismissed as groundless the claims spread by the Armenian "
            "Defense Ministry that Azerbaijani forces had lost helicopters.\n\nThe ministry added that the front was "
            "calm.\n")
    assert _engine_rows(registry, text, "2016-04-05")["actor"].tolist() == ["Azerbaijan"] * 3


@pytest.mark.parametrize("participle", ["informing", "assuring"])
def test_saying_participles_after_a_meeting(registry, participle):
    text = (f"Truce\n\nElmar Mammadyarov held talks with Sergey Lavrov, {participle} him that Baku wanted the "
            "fighting to stop.\n")
    assert _engine_rows(registry, text, "2016-04-05")["actor"].tolist() == ["Azerbaijan"]


def test_an_official_at_a_named_venue_is_the_venues(registry):
    # a Turkish agency's page: the untitled official at a Kremlin news conference is Russia's, not Turkey's
    text = ("Turkey S-400 row\n\nAnkara, July 17, AA\n\nAt a Kremlin news conference, government spokesman Ivan "
            "Petrov said the deal would go ahead.\n\nPetrov said Turkish firms would gain work.\n")
    assert _engine_rows(registry, text, "2019-07-17")["actor"].tolist() == ["Russia", "Russia"]


def test_a_participle_belongs_to_an_opening_title_with_of(registry):
    # not to the last person the meeting names (Kerry): the minister the sentence opens with
    text = ("Truce\n\nMinister of Foreign Affairs Elmar Mammadyarov held telephone conversations with Russian Foreign "
            "Minister Sergey Lavrov and US Secretary of State John Kerry, informing them that Armenia bore full "
            "responsibility.\n")
    assert _engine_rows(registry, text, "2016-04-05")["actor"].tolist() == ["Azerbaijan"]


@pytest.mark.parametrize("sentence,actors", [
    # an unnamed official of "the alliance" or "the bloc" the article named speaks for it
    ("Allies voiced their full support for Ukraine's sovereignty, an alliance official said.", ["NATO"]),
    ("The sanctions will stay, a bloc diplomat said.", ["NATO"]),
])
def test_an_unnamed_bloc_official_in_a_tail(registry, sentence, actors):
    text = "NATO backs Kyiv\n\nNATO foreign ministers met on Wednesday.\n\n" + sentence + "\n"
    rows = _engine_rows(registry, text, "2021-04-14")
    assert rows.loc[rows["sentence"] == sentence, "actor"].tolist() == actors


def test_a_chinese_speaker_in_capitals_is_mr_family_name_after(registry):
    # UN meetings coverage: "WANG YI (China)" first, then "Mr. Wang" (the family name first), who here
    # speaks as the Council's president; "said China, Norway and Tunisia would" is no inversion
    text = ("Security Council\n\nWANG YI (China), speaking in his national capacity, said the Council must act.\n\n"
            "Mr. Wang, in his capacity as President of the Council, said China, Norway and Tunisia would circulate "
            "a draft press statement.\n")
    assert _engine_rows(registry, text, "2021-05-16")["actor"].tolist() == ["China", "United Nations"]


@pytest.mark.parametrize("sentence,actors", [
    # the verb of "whose ties ... remain frozen" is the ties', not the antecedent's
    ("Even Washington's closest Arab partners, whose ties with Assad remain frozen, distanced themselves.", []),
    # but "whose government condemned": the state's own voice
    ("Kenya, whose government condemned the attack, is an ally.", ["Kenya"]),
])
def test_the_verb_after_whose_and_a_noun(registry, sentence, actors):
    assert _engine_rows(registry, "Golan\n\n" + sentence + "\n", "2019-03-26")["actor"].tolist() == actors


@pytest.mark.parametrize("sentence,actors", [
    # "whose" in an aside closed before the verb: the sentence's subject speaks
    ("Portugal, under whose flag the ship sails, said it was following the situation with concern.", ["Portugal"]),
    ("France, six of whose nationals were on board, asked Israel to let them return home.", ["France"]),
])
def test_whose_in_a_closed_aside(registry, sentence, actors):
    assert _engine_rows(registry, "Ship seized\n\n" + sentence + "\n", "2024-04-14")["actor"].tolist() == actors


@pytest.mark.parametrize("sentence, actors", [
    # a deed in a relative or time clause inside what the speaker said is background, no position
    ("Lavrov said the move broke the resolutions of the Security Council, which Washington had itself voted for.",
     ["Russia"]),
    ("Lavrov said the missile was of the type Azerbaijan fired last month.", ["Russia"]),
    ("Lavrov said ties could return to normal once the French government apologized.", ["Russia"]),
    ("Lavrov told reporters that he had been informed that the French delegation objected.", ["Russia"]),
    # the guide's reported positions stay: right after the verb of saying, a time clause, a speech act
    ("Lavrov said France and Germany asked for a meeting.", ["Russia", "France", "Germany"]),
    ("Lavrov said the talks collapsed after Azerbaijan refused to attend.", ["Russia", "Azerbaijan"]),
    ("Lavrov said it had dismissed the staff whom Azerbaijan accused of spying.", ["Russia", "Azerbaijan"]),
])
def test_a_deed_inside_what_a_speaker_said_is_no_position(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_state_news_agencys_own_government_and_officials(registry):
    text = ("Jordan condemns closure of holy site\n\n"
            "Amman, July 25 (Petra) -- The Government on Tuesday condemned the closure of the mosque.\n\n"
            "Minister of State for Media Affairs and Government Spokesperson, Dr. Samir Haddadin, said the "
            "measures violated the status quo.\n\n"
            "Israeli cabinet decision\n\n"
            "Lower House Speaker Omar Khalaileh described the closure as an assault on worship.\n\n"
            "Haddadin said the guard's status was a matter for the Vienna Convention.\n\n"
            "The US State Department said Washington was concerned about the tensions.\n\n"
            "On the day of the closure, the Government demanded that the mosque be reopened.\n")
    rows = _engine_rows(registry, text, "2017-07-25")
    # the capitalised Government of the house's dateline, not the last speaker's; a topic crosshead
    # with no verb ("Israeli cabinet decision") opens no Israeli section for the untitled speaker
    assert rows["actor"].tolist() == ["Jordan", "Jordan", "Jordan", "Jordan", "United States", "Jordan"]


@pytest.mark.parametrize("text, actors", [
    ("Saudi Arabia recalled its ambassador.\n\nIn Kuwait, an official source at the Ministry of Foreign Affairs "
     "told KUNA that the remarks were an intrusion.\n", ["Saudi Arabia", "Kuwait"]),
    ("Saudi Arabia recalled its ambassador.\n\nIn Stockholm, Foreign Ministry spokesman Erik Lind confirmed the "
     "recall and said the two countries still had full relations.\n\nLind added that talks would go on.\n",
     ["Saudi Arabia", "Sweden", "Sweden"]),
    ("TOKYO -- Japan protested after North Korea fired a missile over Hokkaido.\n\nHokkaido Gov. Haruka Mori said "
     "the launch was unacceptable.\n", ["Japan", "Japan"]),
])
def test_a_place_opening_or_a_home_office_names_the_speakers_state(registry, text, actors):
    assert _engine_rows(registry, text, "2017-08-29")["actor"].tolist() == actors


@pytest.mark.parametrize("text, actors", [
    # "the UN refugee agency UNHCR": "the agency" from then on, "also" after it no name it modifies
    ("Greece closed the border.\n\nThe UN refugee agency UNHCR said there was no basis for it.\n\n"
     "The agency also called on both countries to lower the tension.\n", ["Greece", "UNHCR", "UNHCR"]),
    ("Greece closed the border.\n\nThe aid agency Oxfam said there was no basis for it.\n\n"
     "The agency also called on both countries to lower the tension.\n", ["Greece", "Oxfam", "Oxfam"]),
    # "the council": the council the article named last
    ("Saudi Arabia recalled its envoy.\n\nThe Gulf Cooperation Council condemned the remarks.\n\n"
     "In a note, the council said lecturing others served no one.\n",
     ["Saudi Arabia", "Gulf Cooperation Council", "Gulf Cooperation Council"]),
    # a state's own directorate, its name in two capitalised words
    ("AMMAN -- Jordan condemned the shooting.\n\nThe Public Security Directorate said two citizens were killed.\n",
     ["Jordan", "Jordan"]),
    # an organisation's national branch is the organisation's
    ("Brazil rejected the aid.\n\nGreenpeace Brazil said the fires were the result of government policy.\n",
     ["Brazil", "Greenpeace"]),
    # a former office holder at a place opening speaks for himself
    ("Morocco welcomed the decision.\n\nIn Washington, former national security adviser Tom Barrow, who has long "
     "backed a referendum, called the decision a cynical trade.\n", ["Morocco", "Tom Barrow"]),
])
def test_bodies_named_by_apposition_and_branches_of_organisations(registry, text, actors):
    assert _engine_rows(registry, text, "2020-12-11")["actor"].tolist() == actors


def test_the_body_asked_to_act_is_no_speaker(attribute):
    # "asked the council to impose": the one asked; "the council" is a body the article named
    assert attribute("The Security Council condemned the attack.",
                     "The envoy asked the council to impose targeted sanctions on the commanders.") \
        == [["United Nations"], []]


@pytest.mark.parametrize("sentence, actors", [
    # an object relative of the narration describes its noun: the deed is background
    ("Greek police fired tear gas at thousands of migrants whom Turkey had sent towards the border.", []),
    # a speech act or a recognition in it is still the actor's position, and so is "in which"
    ("Edmundo Gonzalez, the candidate whom the United States recognises as the winner, thanked Washington.",
     ["United States", "Unitary Platform"]),
    ("The rupture capped a week in which Nicaragua also expelled the ambassador.", ["Nicaragua"]),
])
def test_a_deed_in_an_object_relative_of_the_narration_is_background(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_an_office_holders_aide_speaks_for_the_holders_actor(attribute):
    # "X, Bolsonaro's chief of staff,": later "X told" is Brazil's, not the last speaker's
    assert attribute("Macron offered the G7's aid.",
                     "The clearest explanation comes from Onyx Lorenzo, Bolsonaro's chief of staff.",
                     "“We thank them, but the country decides how the Amazon is protected,” Lorenzo told the G1 "
                     "news site.") == [["France"], [], ["Brazil"]]


def test_any_capitalised_portfolio_minister_is_a_home_office(registry):
    text = ("ANKARA -- Turkey condemned the Netherlands.\n\n"
            "Family and Social Policies Minister Fatma Sayan Kaya said she had been treated like a criminal.\n\n"
            "Kaya said the treatment would be remembered.\n")
    assert _engine_rows(registry, text, "2017-03-12")["actor"].tolist() == ["Turkey", "Turkey", "Turkey"]


def test_handing_a_note_of_protest_is_a_position_and_handing_over_prisoners_is_not(registry):
    text = ("Saudi Arabia recalled its envoy.\n\n"
            "The Gulf Cooperation Council handed a note of protest to Sweden's ambassador in Riyadh.\n\n"
            "Police handed over the prisoners to the Red Cross.\n")
    assert _engine_rows(registry, text, "2015-03-12")["actor"].tolist() == ["Saudi Arabia", "Gulf Cooperation Council"]


def test_a_person_named_before_an_owners_role_is_who_he_means_next(attribute):
    # "X, Ryanair's chief executive, has been speaking": no position, but the next "He" is X's
    assert attribute("Nato's Jens Stoltenberg said allies would meet.",
                     "Michael O'Leary, Ryanair's chief executive, has been speaking on Irish radio.",
                     "He described the diversion as a hijacking.") == [["NATO"], [], ["Ryanair"]]


def test_a_state_body_named_as_another_states_is_the_owners(attribute):
    # the name files give the Investigative Committee to Russia; "Belarus's" names Belarus's own
    assert attribute("Peskov said it was not for Moscow to judge.",
                     "Belarus's Investigative Committee said it had opened a criminal case.",
                     "Russia's Investigative Committee said it had opened a case.") \
        == [["Russia"], ["Belarus"], ["Russia"]]


def test_what_he_said_was_is_no_subject_of_the_verb_after_it(attribute):
    # "what he said was an email sent to": "sent" is the email's, not the last speaker's
    assert attribute("Kremlin spokesman Dmitry Peskov said it was not for Moscow to judge.",
                     "Artem Sikorsky, an aviation official, read out what he said was an email sent to Minsk "
                     "airport by Hamas.") == [["Russia"], []]


def test_a_prepositional_relative_has_its_own_subject(attribute):
    # "a summit at which several allies had hoped": the allies hoped, not NATO; "one of its
    # commanders" in such a relative is still the antecedent owner's
    assert attribute("NATO leaders meet in Madrid next week, a summit at which several allies had hoped to "
                     "welcome Sweden.") == [[]]
    assert attribute("The Islamic State group released a video in which one of its commanders threatened to "
                     "attack villages.") == [["Islamic State"]]


def test_a_place_the_speaker_left_is_no_inverted_speaker(attribute):
    # ", told reporters before leaving Canberra": Canberra is where he was, not who spoke
    assert attribute("Pierre Durand, the recalled envoy, told reporters before leaving Canberra that the "
                     "decision was a misjudgement.") == [[]]


def test_a_title_the_files_list_as_a_person_lends_no_name(attribute):
    # "High Commissioner for Human Rights" is a title: "Kurdistan Human Rights" is not the UN's person
    found = attribute("The High Commissioner for Human Rights, Nada Al-Nashif, asked for an inquiry.",
                      "Kurdistan Human Rights, a Norway-based group, said at least 215 people had been killed.")
    assert found[0] == ["United Nations"] and "United Nations" not in found[1]


def test_putting_someone_on_a_sanctions_list_is_a_measure(attribute):
    assert attribute("The United States put the morality police on its sanctions list on Sept. 22.",
                     "Washington put pressure on Tehran to list its assets.") == [["United States"], []]


def test_a_time_clause_inside_what_a_closing_speaker_said_is_background(attribute):
    # ", he said" closes the sentence: "once Moscow accepted" is his condition, not Russia's act
    assert attribute("Zelensky said the offensive would go on.",
                     "Ukraine's troops would have no reason to stay in Russia once Moscow accepted a just peace, "
                     "he said.") == [["Ukraine"], ["Ukraine"]]


def test_the_bloc_a_chair_chairs_is_the_one_the_sentence_named(attribute):
    # "On ECOWAS, ..., who chairs the bloc,": ECOWAS, though the article named the AU last before
    assert attribute("The African Union's commission chief Moussa Faki condemned the coup.",
                     "On ECOWAS, Ghana's President Nana Akufo-Addo, who chairs the bloc, said it demanded the "
                     "release of Mr. Conde.") == [["African Union"], ["ECOWAS"]]


def test_a_verb_after_and_shares_the_first_verbs_definite_subject(attribute):
    # "the Secretary-General ... said ... and demanded": the UN twice, never the state in between
    assert attribute("Guinea's junta said President Conde was safe.",
                     "As you will have seen, the Secretary-General, speaking over the weekend, said no seizure of "
                     "power could be accepted in Guinea and demanded that President Alpha Conde be released.") \
        == [["Guinea"], ["United Nations"]]
    # ... and the body a place opening gave the first verb ("In Accra"), not the one tied before
    assert attribute("France's foreign ministry condemned the coup.",
                     "In Accra, the Ministry of Foreign Affairs advised Ghanaians to stay indoors and said the "
                     "embassy remained open.") == [["France"], ["Ghana"]]


def test_a_noun_like_verb_form_ending_the_sentence_after_a_preposition_is_a_noun(attribute):
    # "under national and EU rules.": no ruling by the EU
    assert attribute("The Swedish government said decisions on arms exports were taken by an agency under "
                     "national and EU rules.") == [["Sweden"]]


def test_a_reason_clause_inside_what_a_speaker_said_is_background(attribute):
    # "since Erdogan had not raised objections": Niinisto's reason, not a position of Turkey's
    assert attribute("Finnish President Sauli Niinisto said he had been surprised by Ankara's stance, since "
                     "Erdogan had not raised objections when the two men spoke in April.") == [["Finland"]]


def test_a_position_someone_who_is_no_actor_told_the_speaker_is_background(attribute):
    # the group says Nijjar told members that Canadian officials warned him: a report of a report
    assert attribute("The World Sikh Organization of Canada said Nijjar had told community members that Canadian "
                     "security officials had warned him his life was in danger.") \
        == [["World Sikh Organization of Canada"]]
    # ... but "and said" is the same speaker's second verb: what it reports stays reported
    assert attribute("Armenia's foreign ministry said Aliyev had wanted his ally Turkey at the meeting, and said "
                     "that France and Germany had objected.") == [["Armenia", "France", "Germany"]]


@pytest.mark.parametrize("sentence, actors", [
    # "said the United States regretted": the article before the state does not hide the reported position
    ("Zakharova said the United States regretted the decision.", ["Russia", "United States"]),
    ("A senior administration official said the United States regretted the French decision.", ["United States"]),
    ("Officials said the European Union asked for a meeting.", ["European Union"]),
])
def test_a_reported_position_after_said_the(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_ministry_that_summons_a_states_envoy_is_not_that_states(attribute):
    # "summoned Russia's chargé d'affaires in Tallinn": the host's ministry, not the envoy's state's
    assert attribute("Russian jets violated Estonian airspace, Moscow said.",
                     "The foreign ministry summoned Russia's chargé d'affaires in Tallinn on Friday.") \
        == [["Russia"], ["Estonia"]]


def test_a_ministry_that_summons_a_states_envoy_with_no_host_named_is_no_one(attribute):
    # with no host named, no guess: the ministry the article tied is the envoy's own state's
    assert attribute("The US State Department said the embassy was safe.",
                     "The foreign ministry summoned the US ambassador on Monday over the raids.") \
        == [["United States"], []]


def test_a_speaker_the_sentence_cites_later_is_not_who_she_is(attribute):
    # "she said ... according to Lebanon's Ministry of Public Health": she is the briefer, and the next
    # "She" too; the ministry is a source she cites
    assert attribute("ROSEMARY DICARLO, Under-Secretary-General for Political and Peacebuilding Affairs, said the "
                     "fire ran counter to the resolutions.",
                     "Turning to the events of 17 September, she said the devices had blown up in homes, and that "
                     "according to Lebanon's Ministry of Public Health, 37 people had been killed.",
                     "She called on every party to hold back.") \
        == [["United Nations"], ["Lebanon", "United Nations"], ["United Nations"]]


def test_a_speaker_an_opening_participle_clause_reports_is_not_who_she_is(attribute):
    # "Noting that Hizbullah's leader had promised ..., she said": both speak; the next "she" is hers
    assert attribute("The representative of the United States said her country had not been involved.",
                     "Noting that Hizbullah's leader, Hassan Nasrallah, had promised on Thursday to make Israel pay, "
                     "she said further retaliation would only bring more suffering.",
                     "A broader war could still be avoided, she continued, urging all parties to refrain.") \
        == [["United States"], ["Hezbollah", "United States"], ["United States"]]


@pytest.mark.parametrize("sentence", [
    "A Tehran resident reached by phone said there had been long queues at petrol stations.",
    '"The damage is done," said a political scientist at a Seoul university who asked not to be named.',
])
def test_residents_and_scientists_of_a_place_are_no_actor(attribute, sentence):
    assert attribute(sentence) == [[]]


def test_a_states_diplomat_at_the_un_speaks_for_the_state(attribute):
    assert attribute("A North Korean diplomat at the United Nations in New York dismissed the reports as rumours.") \
        == [["North Korea"]]


def test_a_states_deputy_un_ambassador_is_the_states_not_the_uns(attribute):
    assert attribute("China's deputy U.N. ambassador Geng Shuang denied that Beijing supplied weapons.",
                     "Geng said Washington was stoking confrontation.") == [["China"], ["China"]]


def test_a_bodys_officer_with_two_words_before_the_role_speaks_for_it(attribute):
    # "the party's national communications director", "Its communications officer": the body's officers
    assert attribute("The governing New Patriotic Party defended the police.",
                     "Richard Ahiagbah, the party's national communications director, said officers had acted "
                     "lawfully.") == [["New Patriotic Party"], ["New Patriotic Party"]]
    assert attribute("The opposition National Democratic Congress condemned the arrests.",
                     "Its national communications officer, Sammy Gyamfi, said the police had turned a picket into a crime "
                     "scene.", "Gyamfi added that the arrests were shameful.") \
        == [["National Democratic Congress"]] * 3


def test_the_group_is_the_campaign_the_article_last_named_by_its_own_name(attribute):
    # a group of the name files' "group" kind ties "the group" as an organisation does; a generic word of that kind
    # ("separatists") does not, nor does a campaign after an armed group
    assert attribute("Human Rights Watch condemned the riots.", "Bodu Bala Sena denied any part in the riots.",
                     "The group said its members had acted in self-defence.") \
        == [["Human Rights Watch"], ["Bodu Bala Sena"], ["Bodu Bala Sena"]]
    assert attribute("Gunmen killed seven children at a school in Kumba.",
                     "No group has claimed responsibility for the attack.") == [[], []]  # no group at all


def test_a_generic_word_of_the_group_kind_does_not_take_the_group(attribute):
    # "separatists" is an alias of the group kind, but no name: "the group" stays the organisation's
    assert attribute("Human Rights Watch condemned the killings.", "The army blamed separatists for the attack.",
                     "The group said the attack was a war crime.")[2] == ["Human Rights Watch"]
    assert attribute("Sasna Tsrer gunmen seized a police compound in Yerevan on Sunday.",
                     "Founding Parliament called for the release of Jirair Sefilian.",
                     "The group said it would not surrender until Sefilian was freed.")[2] == ["Sasna Tsrer"]


def test_its_representative_named_in_commas_is_the_bodys(attribute):
    assert attribute("The UN human rights office in Colombia condemned the deaths.",
                     "Its representative, Juliette de Rivero, said her office was alarmed by the killings.") \
        == [["United Nations"], ["United Nations"]]


def test_its_director_is_the_bodys_officer(attribute):
    # "Its Niger director said": the body the sentence before spoke for, not the country in the title
    assert attribute("The International Rescue Committee said it was shocked by the killings.",
                     "Its Niger director said civilians in the west had never been so exposed.") \
        == [["International Rescue Committee"], ["International Rescue Committee"]]


def test_embassies_and_groups_including_named_members_each_speak(attribute):
    # "including those of the United States, the United Kingdom and Germany": each named member issued it; so with
    # "groups in Kenya, including Amnesty International Kenya, say"
    assert attribute("Yesterday, thirteen Western embassies in Nairobi, including those of the United States, the United "
                     "Kingdom and Germany, issued a joint statement calling on both sides to talk.",
                     "Human rights groups in Kenya, including Amnesty International Kenya, say more than 30 people "
                     "have been killed.") \
        == [["United States", "United Kingdom", "Germany"], ["Amnesty International"]]


def test_wishing_the_wounded_a_recovery_is_a_statement_wishing_to_join_is_not(attribute):
    assert attribute("Prime Minister Omar Razzaz wished the wounded a quick recovery.",
                     "Serbia will have to amend its law if it wishes to open the chapter.") == [["Jordan"], []]


def test_a_lawyer_speaks_for_the_client_never_for_the_city_or_state_of_the_practice(attribute):
    # "A lawyer for Kabund", "Kabund's lawyers": the client's voice, as the labels read a defence; "Her Moscow
    # lawyer, X," and "Igboho's lead lawyer in Nigeria, X," are no voice of Russia or Nigeria
    assert attribute("A lawyer for Jean-Marc Kabund said the charges were political.",
                     "Kabund's lawyers said their client had not been allowed to see his family.") \
        == [["Jean-Marc Kabund"], ["Jean-Marc Kabund"]]
    assert attribute("Her Moscow lawyer, Mikhail Mushailov, said the verdict would be appealed.")[0] != ["Russia"]
    assert attribute("Police in Cotonou held Sunday Igboho.",
                     "Igboho's lead lawyer in Nigeria, Yomi Alliyu, said the treaty did not apply.")[1] == ["Sunday Igboho"]


def test_a_role_once_held_gives_no_tie(attribute):
    # "who was once the Laude family's lawyer": the presidential spokesperson speaks for his state now
    assert attribute("Presidential spokesperson Harry Roque, who was once the Laude family's lawyer, said the "
                     "pardon was lawful.") != [["Laude family"]]


def test_its_spokesperson_named_in_commas_is_the_last_speakers(attribute):
    assert attribute("China's coast guard said the Philippine vessels had entered its waters.",
                     "Its spokesperson, Gan Yu, said the Philippines bore full responsibility.") == [["China"], ["China"]]


def test_its_spokesperson_after_a_body_that_did_not_speak_is_that_bodys(attribute):
    # the body the sentence before opened with, not the state that spoke before it
    assert attribute("Italy's government said the company had failed to maintain the viaduct.",
                     "The European Commission answered on Thursday.",
                     "Its spokesman, Christian Spahr, told reporters that Italy had been allocated EU funds.") \
        == [["Italy"], [], ["European Union"]]


def test_a_un_meetings_list_of_delegates_speaks_for_each_state(attribute):
    assert attribute("VANESSA FRAZIER (Malta), SAMUEL ŽBOGAR (Slovenia) and PASCALE BAERISWYL (Switzerland) each "
                     "stressed that the measures were binding.") == [["Malta", "Slovenia", "Switzerland"]]


def test_appeals_that_came_from_states_are_theirs(attribute):
    assert attribute("Similar appeals for restraint came from Malta and Ecuador.") == [["Malta", "Ecuador"]]
    assert attribute("The rockets came from Lebanon.") == [[]]


@pytest.mark.parametrize("sentence", [
    "The representatives of Lebanon, Israel and the Syrian Arab Republic participated under rule 37 of the "
    "Council's provisional rules of procedure.",
    "The representatives of Sierra Leone and Mozambique also took the floor, as did several delegations invited "
    "to participate under rule 37.",
])
def test_taking_part_in_a_meeting_is_no_statement(attribute, sentence):
    assert attribute(sentence) == [[]]


def test_a_text_named_in_the_tail_is_the_last_speakers(attribute):
    # "The bloc would back ..., the declaration adds": not the bloc in Denmark, the EU that issued it
    assert attribute("The EU's foreign policy chief, Josep Borrell, has issued a declaration.",
                     "The bloc would back the investigations under way in Denmark and Sweden, the declaration adds.") \
        == [["European Union"], ["European Union"]]


def test_the_president_after_a_party_spoke_is_the_one_the_article_titled(registry):
    # the party spoke last, but "the president" is the state's, whom the article called President
    attributor = Attributor(registry, date="2024-12-04")
    assert [[c.actor for c in attributor.attribute(s)] for s in ("President Yoon Suk Yeol lifted the decree at dawn, while the main opposition Democratic Party "
                     "called the decree an insurrection.",
                     "In the late-night address, the president accused the legislature of paralysing the state.")] \
        == [["Democratic Party of Korea"], ["South Korea"]]


@pytest.mark.parametrize("sentence, actors", [
    ("The Danish Energy Agency said more than half of the gas had escaped.", ["Denmark"]),
    ("The head of the Russian Federal Air Transport Agency, Dmitry Yadrov, said the skies were closed.", ["Russia"]),
    # ... but a state's news agency is an outlet, no one's voice
    ("The Turkish news agency reported that the talks had ended.", []),
])
def test_a_states_agency_named_by_its_demonym_is_the_states(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_minister_of_any_capitalised_portfolio_is_the_articles_states(attribute):
    # a state agency's page: "Minister of Digital Development and Transport X" is the state's, like "Transport Minister X"
    assert attribute("President of the Republic of Azerbaijan Ilham Aliyev has said the plane was hit from the ground.",
                     "Minister of Digital Development and Transport Rashad Nabiyev said on 27 December that the "
                     "survivors heard explosions.") == [["Azerbaijan"], ["Azerbaijan"]]


def test_on_behalf_of_members_listed_between_dashes(attribute):
    assert attribute("Speaking on behalf of the three African members of the Council — Gabon, Ghana and Kenya — the "
                     "representative of Ghana urged both sides to keep the fighting away from the plant.") \
        == [["Gabon", "Ghana", "Kenya"]]


def test_a_former_diplomat_of_a_state_is_no_longer_its_voice(attribute):
    assert attribute('"This is the language of war," a former US diplomat who served in Bogotá told us.') == [[]]


def test_a_person_named_of_a_party_speaks_for_it(attribute):
    # "Daniel Chapo of the ruling Frelimo party" ... "Chapo said": the party's man, not the last speaker's
    assert attribute("Mozambique's Constitutional Council on Monday confirmed Daniel Chapo of the ruling Frelimo "
                     "party as the winner.",
                     '"We have to sit down and talk," Chapo said.') == [["Mozambique"], ["Frelimo"]]
    # ... but the words of a body's name are no person's ("the Central Committee of the Workers' Party")
    assert attribute("Kim Yo Jong, first vice department director of the Central Committee of the Workers' Party "
                     "of Korea, said she had turned down the offer.") == [["North Korea"]]


def test_an_opening_place_does_not_take_another_states_known_office_holder(registry):
    # "In Tokyo, Prime Minister X" makes an unknown X Japan's, but Lloyd Austin was the US's in Manila too
    attributor = Attributor(registry, date="2024-07-31")
    assert [c.actor for c in attributor.attribute(
        "In Manila, Defense Secretary Lloyd Austin said the United States would help defend Israel.")] \
        == ["United States"]


def test_a_states_opposition_leader_named_in_commas_is_not_its_voice(attribute):
    # "Israel's opposition leader, X," is someone of Israel, not Israel (as "Kenya's opposition leader X" is)
    assert attribute("Kenya's opposition leader, Jane Wanjiru, said the vote was rigged.",
                     "Wanjiru added that her party would go to court.") == [[], []]


def test_a_place_named_job_at_an_organisation_is_the_organisations(attribute):
    # "China director at Amnesty International": Amnesty speaks, China only names the brief
    assert attribute("Sarah Brooks, China director at Amnesty International, said the ruling criminalised "
                     "journalism.") == [["Amnesty International"]]
    # ... but a state's envoy at an organisation stays the state's
    assert attribute("Russia's ambassador at the United Nations, Vassily Nebenzia, said the strikes were "
                     "illegal.") == [["Russia"]]


def test_an_independent_apposition_keeps_the_name_as_the_subject(attribute):
    # "NAME, a senior research fellow at X, said the Philippines had ...": no inversion to the clause's subject
    assert attribute("Zhang Mingyuan, a senior research fellow at the Hainan Institute of Ocean Policy, said the "
                     "Philippines had turned the humanitarian label into a tool.") == [["Zhang Mingyuan"]]


def test_an_inversion_stops_where_the_reported_clause_begins(attribute):
    assert attribute("An economist at a university in Niamey, who asked not to be named, said each week of "
                     "shutdown could cost Niger millions in lost revenue.") == [[]]
    assert attribute('"Ports can be shared through contracts," said a retired Ethiopian diplomat.') == [[]]


def test_a_region_named_after_a_city_is_not_the_citys_state(attribute):
    assert attribute("Elders from Lower Juba said they were trying to arrange the release of the soldiers.") == [[]]


def test_a_habit_described_with_of_is_no_act(attribute):
    assert attribute("The Committee to Protect Journalists said it was horrified and that Israel had a long record "
                     "of labelling journalists as militants.") == [["Committee to Protect Journalists"]]


def test_the_health_ministry_in_gaza_is_hamas(attribute):
    assert attribute("China said the talks would go on.",
                     "The health ministry in Gaza said 61,430 people had been killed.") == [["China"], ["Hamas"]]


def test_speaking_for_a_group_listed_in_commas(attribute):
    assert attribute("Speaking for the three African members of the Council, Gabon, Ghana and Mozambique, the "
                     "representative of Ghana said the three countries remained committed to dialogue.") \
        == [["Gabon", "Ghana", "Mozambique"]]
    # ... not a speaker's "speaking for" inside the sentence, nor a list after "including"
    assert attribute("Britain, speaking for 27 countries including Japan, Australia, and Canada, asked Beijing to "
                     "think again.") == [["United Kingdom"]]


def test_a_provincial_premier_is_the_articles_state(attribute):
    # "British Columbia Premier David Eby": a province, not the United Kingdom's demonym
    assert attribute("Ottawa said the tariffs were unjustified.",
                     "In Victoria, British Columbia Premier David Eby said the province would stop buying liquor "
                     "from U.S. states.",
                     "Ontario Premier Doug Ford said his province would impose a surcharge on electricity.") \
        == [["Canada"], ["Canada"], ["Canada"]]


def test_a_spokesman_for_the_president_named_in_commas_is_the_home_states(attribute):
    assert attribute("President Bola Tinubu said Nigeria was a secular state.",
                     "Daniel Bwala, a spokesman for the president, told reporters that the claims were false.",
                     "The militants, Bwala added, were killing Muslims and Christians alike.") \
        == [["Nigeria"], ["Nigeria"], ["Nigeria"]]


def test_diplomats_posted_in_a_country_posted_nothing(attribute):
    assert attribute("Prime Minister Anthony Albanese said the attacks were directed by Iran.",
                     "He said there was no evidence that Iranian diplomats posted in Australia had been "
                     "involved.") == [["Australia"], ["Australia"]]


def test_the_foundation_and_the_syndicate_are_the_ones_the_article_named(attribute):
    assert attribute("The Palestinian Journalists Syndicate said the killing was a crime.",
                     "In a statement, the syndicate accused Israel of hunting reporters.") \
        == [["Palestinian Journalists Syndicate"], ["Palestinian Journalists Syndicate"]]
    assert attribute("The Gaza Humanitarian Foundation began handing out food in May.",
                     "The Foundation said it had handed out aid without incident.") \
        == [[], ["Gaza Humanitarian Foundation"]]


def test_the_antecedent_of_a_relative_after_a_preposition_is_no_earlier_subject(attribute):
    assert attribute("The verdict would test Beijing's relations with London, which has sought closer economic "
                     "ties with China.") == [[]]


def test_a_participles_object_is_not_the_subject(attribute):
    assert attribute("Outside the venue, a street vendor selling G20 caps said business had been slow.") == [[]]


@pytest.mark.parametrize("answer,actors", [
    # the briefing's housekeeping states nothing; a position in the same briefing is the UN's
    ("Monica, all yours.", []),
    ("Tomorrow, my guest will be the Director of the Coordination Division at OCHA.", []),
    ("Slovenia has paid its regular budget dues in full, bringing the number of fully paid-up Member States to 101.",
     []),
    ("Obviously, the Secretary-General condemns the killings.", ["United Nations"]),
])
def test_a_briefings_housekeeping_is_no_statement(registry, answer, actors):
    _assert_briefing_answer(registry, answer, actors)


@pytest.mark.parametrize("date,sentence,actor", [
    # office holders the table gives by date: the article's date picks the office
    ("2024-11-22", "Home Secretary Yvette Cooper said the warnings were empty posturing.", "United Kingdom"),
    ("2025-11-03", "Senate President Godswill Akpabio told reporters that Nigeria would not be bullied.", "Nigeria"),
    ("2025-12-15", '"The judges did their duty," Lee told reporters.', "Hong Kong government"),
    ("2025-08-26", "The director-general of ASIO, Mike Burgess, said the attacks were traced to the IRGC.",
     "Australia"),
])
def test_office_holders_and_bodies_added_from_new_coverage(registry, date, sentence, actor):
    lead = "Hong Kong's leader John Lee welcomed the verdict." if "Lee" in sentence else "Officials met on Monday."
    attributor = Attributor(registry, date=date)
    attributor.attribute(lead)
    assert [c.actor for c in attributor.attribute(sentence)] == [actor]


def test_a_list_of_states_with_a_counted_apposition_speaks_for_each(attribute):
    assert attribute("The United States, the United Kingdom and France, three permanent members of the Council, "
                     "issued a joint statement saying the assault was intolerable.") \
        == [["United States", "United Kingdom", "France"]]


def test_a_negotiator_with_a_capital_is_not_its_voice(attribute):
    # "Caracas's chief negotiator with Washington": Caracas's man, learned with the second of his two roles
    assert attribute("Jorge Rodríguez, the president of the National Assembly and Caracas's chief negotiator with "
                     "Washington, told a news conference that the deportations were a crime.",
                     "Rodríguez said the government would send planes.") == [["Venezuela"], ["Venezuela"]]


def test_a_demonym_before_a_states_service(attribute):
    assert attribute("Finnish Customs said it had seized the vessel's cargo.",
                     "The Finnish Border Guard said a patrol vessel had been used.") == [["Finland"], ["Finland"]]


def test_his_highness_is_the_houses_own_ruler(registry):
    text = ("Kuwait rejects Iraqi ruling\n\nKUWAIT, Sept 26 (KUNA) -- The prime minister met Iraq's prime minister "
            "in New York on Wednesday.\n\nIraq's prime minister said the two governments would find a way "
            "through.\n\n\"Kuwait has always chosen dialogue,\" His Highness said.\n\nHis Highness the Prime "
            "Minister warned that walking away from treaties puts the region at risk.\n")
    rows = _engine_rows(registry, text, "2023-09-26")
    assert rows.loc[rows["sentence"].str.contains("Highness"), "actor"].tolist() == ["Kuwait", "Kuwait"]


def test_the_other_side_of_a_negotiator_is_no_speaker(attribute):
    assert attribute("Jane Roe, the chief negotiator with Washington, said the talks had failed.") == [[]]


def test_a_surname_alias_after_another_first_name_is_someone_else(attribute):
    # "Patel" is Vedant Patel's (United States), not Priti Patel's; "And Borrell" is still Borrell
    assert attribute("Britain signed the treaty on Thursday.",
                     "Shadow foreign secretary Priti Patel says today's events are a disgrace.",
                     "Deputy spokesperson Patel said the talks were useful.",
                     "And Borrell said the move flies in the face of the Union's calls.") \
        == [["United Kingdom"], [], ["United States"], ["European Union"]]


def test_a_surname_alias_before_another_name_word_opens_someone_elses_name(attribute):
    # "Michel" is Charles Michel's (European Union) alone, but "Michel Moto Muhima" and "Michel Dupont" are
    # other people, whom the article does not tie to the Union
    assert attribute("Michel Moto Muhima, a spokesman for the speaker, wrote on X that two guards had died.",
                     "Michel Dupont said the talks were useful.") == [[], []]
    assert attribute("Michel said the summit had done its work.") == [["European Union"]]


def test_she_after_an_unknown_person_opened_the_sentence_before_is_no_actors(attribute):
    assert attribute("The United Kingdom signed the treaty on Thursday.",
                     "Jane Roe, one of two claimants behind the legal challenge, spoke briefly outside the court.",
                     '"Our islands have been traded like furniture," she said.') \
        == [["United Kingdom"], [], []]
    # ... nor after a shadow minister the article gives no actor
    assert attribute("Mauritius signed the treaty on Thursday.",
                     "Shadow foreign secretary Jane Roe says the deal is a disgrace.",
                     "She said ministers had pushed the deal through.") == [["Mauritius"], [], []]


def test_a_portfolio_ministry_ties_the_ministry_that_follows(registry):
    # "The defence ministry said" (the home state's) then "The ministry said": not the foreign ministry of
    # another state the article named before
    text = ("Niger nationalises uranium mine\n\nNIAMEY — Niger's military government said it had nationalised "
            "the mine.\n\nIn Paris, the French foreign ministry said France had taken note of the decision.\n\n"
            "The defence ministry said 34 soldiers were killed near Banibangou.\n\nThe ministry said the "
            "attackers came in eight vehicles.\n")
    rows = _engine_rows(registry, text, "2025-06-21")
    assert rows.loc[rows["sentence"].str.contains("ministry said"), "actor"].tolist() == ["France", "Niger", "Niger"]


def test_prosecutors_a_supreme_court_and_defence_headquarters_are_the_states(attribute):
    assert attribute("Venezuela's government said the activist was a criminal.",
                     "The Supreme Court said both men had broken the terms of their house arrest.",
                     "Prosecutors said the man was being investigated for rebellion.",
                     "Defence Headquarters said troops had killed dozens of insurgents.") \
        == [["Venezuela"], ["Venezuela"], ["Venezuela"], ["Venezuela"]]


def test_an_adviser_on_a_country_at_an_organisation_speaks_for_the_organisation(attribute):
    assert attribute("Richard Horsey, senior adviser on Myanmar at the International Crisis Group, said the "
                     "countryside was held by resistance forces.") == [["International Crisis Group"]]


def test_a_person_who_leads_a_body_the_registry_lacks_speaks_for_the_body(attribute):
    assert attribute("Olivier Bancoult, who leads the Chagos Refugees Group and has fought in the courts for "
                     "decades, told local television the community had waited long enough.",
                     "Bancoult said the islanders would go home.") \
        == [["Chagos Refugees Group"], ["Chagos Refugees Group"]]


def test_the_company_is_the_company_the_article_named(attribute):
    assert attribute("Orano said the takeover breached its contracts.",
                     "The company said it remained ready to negotiate.",
                     "The group accused Niamey of stripping it of its assets.") \
        == [["Orano"], ["Orano"], ["Orano"]]
    # ... but "the group" of an article that named an armed group first stays that group's
    assert attribute("The Houthis seized the ship on Sunday, the group said.",
                     "Orano said the takeover breached its contracts.",
                     "The group said the crew were being treated well.") == [["Houthis"], ["Orano"], ["Houthis"]]


def test_a_call_made_to_thank_or_warn_is_the_callers_position(attribute):
    assert attribute("Biden telephoned Erdogan to thank him for his help.",
                     "Macron called Putin to warn him against escalation.") == [["United States"], ["France"]]


def test_a_position_shared_with_as_did_is_each_states(attribute):
    assert attribute("France condemned the strike, as did Germany and Italy.") == [["France", "Germany", "Italy"]]
    assert attribute("The plan was rejected, as had been expected.") == [[]]


def test_a_chair_named_after_the_body_and_a_state_speaking_in_the_bloc_s_name_speak_for_the_body(attribute):
    assert attribute("Ivorian President Alassane Ouattara, the current ECOWAS chairman, said the junta must go.",
                     "Austria, which holds the EU's rotating presidency, said in the bloc's name that it stood "
                     "with Denmark.",
                     "Wlodzimierz Cimoszewicz, Poland's foreign minister, who also chairs the Council of Europe's "
                     "Committee of Ministers until May, said in the Strasbourg body's name that the cheating was "
                     "worse.") == [["ECOWAS"], ["European Union"], ["Council of Europe"]]


def test_a_cleric_of_a_state_is_no_voice_of_the_state(attribute):
    assert attribute("Grand Ayatollah Ali al-Sistani, Iraq's most senior Shia cleric, called on every Iraqi to "
                     "volunteer.") == [["Ali al-Sistani"]]


def test_they_after_an_unnamed_plural_speaker_with_modifiers_is_no_actor(attribute):
    assert attribute("Iraq said the call was lawful.",
                     "Some Kurdish politicians in Erbil said privately that they feared the call would harden "
                     "sectarian lines.") == [["Iraq"], []]


def test_he_after_a_sentence_opening_with_a_person_s_possessive_is_that_person(registry):
    text = ("Kiev daily\n\nThe opposition demanded a new vote.\n\n"
            "Putin's first intervention came a day later, when he sent Yanukovych his congratulations.\n")
    rows = _engine_rows(registry, text, "2004-12-04")
    assert rows[["actor", "rule"]].values.tolist() == [["Russia", "pronoun"]]


def test_a_name_and_its_verb_after_a_long_clause_is_its_speaker_not_the_holder_of_a_role_in_it(attribute):
    # not Burma's ambassador: Machimura (unknown here) spoke; Japan is the clause's own subject
    assert attribute("Japan has already lodged a protest with Burma's ambassador in Tokyo over the killing, "
                     "Machimura added.",
                     "Norway's ambassador to the UN, Kari Nordmann said the vote was wrong.") == [["Japan"], ["Norway"]]


def test_an_office_holder_is_known_without_the_middle_initial(registry):
    text = "Wire\n\nIn a statement, George Bush said the world could not stand by.\n"
    assert _engine_rows(registry, text, "2007-09-28")["actor"].tolist() == ["United States"]


def test_made_clear_reports_a_position(registry):
    text = ("Wire\n\nChinese foreign ministry spokeswoman Jiang Yu said China wanted restraint.\n\n"
            "She made clear, though, that China regarded the matter as Burma's own affair.\n\n"
            "The move made progress harder.\n")
    assert _engine_rows(registry, text, "2007-09-28")["actor"].tolist() == ["China", "China"]


def test_leading_criticism_or_calls_is_a_position_and_a_vehicle_branded_with_a_logo_is_not(attribute):
    assert attribute("The United States and Britain led international criticism on Tuesday of the strike.",
                     "France is leading calls for a ceasefire.",
                     "Kenya led the delegation to Addis Ababa.",
                     "Israel said it would investigate.",
                     "The charity said it had been travelling in vehicles branded with its logo.",
                     "Iran branded the strike a crime.") == [
        ["United States", "United Kingdom"], ["France"], [], ["Israel"], [], ["Iran"]]


def test_giving_a_party_days_to_act_is_an_ultimatum_but_giving_up_is_not(attribute):
    assert attribute("The African Union's Peace and Security Council on Friday gave the military 15 days to return "
                     "to the barracks.",
                     "Beijing on Tuesday gave a Canadian consul four days to leave China.",
                     "Kenya gave a speech at the summit.",
                     "Egypt's military rulers took over a day after Hosni Mubarak gave up the presidency following "
                     "18 days of protests.") == [["African Union"], ["China"], [], []]


def test_the_summit_of_a_bloc_is_the_bloc(registry):
    text = ("ECOWAS meets on Niger\n\nABUJA - The Heads of State of the Economic Community of West African States "
            "(ECOWAS) met on Sunday.\n\nThe summit announced immediate sanctions on Niger.\n")
    rows = _engine_rows(registry, text, "2023-07-30")
    assert rows[["actor", "rule"]].values.tolist()[-1] == ["ECOWAS", "body"]


def test_the_summit_with_no_bloc_named_is_no_one(registry):
    text = "Talks in Geneva\n\nGENEVA - Delegates met on Sunday.\n\nThe summit announced a new round of talks.\n"
    assert _engine_rows(registry, text, "2023-07-30").empty


def test_a_short_sentence_in_an_announced_statement_is_its_speaker_s(registry):
    # the turn's speaker was found at a later word of the announcing sentence than the short one has
    text = ("DPRK Ministry of National Defence Issues Strong Warning\n\n"
            "Pyongyang, June 15 (KCNA) -- A spokesperson for the Ministry of National Defence of the DPRK issued "
            "the following strong warning through the Korean Central News Agency on Thursday as regards the "
            "drills:\n\nThe drill has been staged five times.\n\nOur response to this is inevitable.\n")
    assert _engine_rows(registry, text, "2023-06-15")["actor"].tolist()[-1:] == ["North Korea"]


def test_a_sentence_a_rule_fails_on_is_reported_and_the_others_are_kept(registry, monkeypatch):
    from pipeline import attribution

    def failing(view, found):
        if "inevitable" in view.text:
            raise ValueError("broken rule")
        return []

    monkeypatch.setattr(attribution, "RULES", [*attribution.RULES, (attribution.Rule.SUBJECT, failing)])
    text = "Wire\n\nKenya condemned the strike.\n\nKenya said a response was inevitable.\n\nGhana urged calm.\n"
    with pytest.warns(RuntimeWarning, match="broken rule"):
        rows = _engine_rows(registry, text, "2023-06-15")
    assert rows["actor"].tolist() == ["Kenya", "Ghana"]


def test_the_world_body_and_a_body_after_its_council_or_bloc(registry):
    text = ("UN statement\n\nThe Security Council adopted a statement on Syria.\n\n"
            "The 15-nation body warned that the situation would deteriorate.\n\n"
            "The African Union suspended Mali.\n\nThe continental body said it would not recognise the junta.\n\n"
            "The world body said aid was blocked.\n")
    rows = _engine_rows(registry, text, "2013-10-02")
    assert rows[rows["rule"] == "body"]["actor"].tolist() == ["United Nations", "African Union", "United Nations"]


def test_said_a_statement_from_or_issued_by_names_its_issuer(attribute):
    assert attribute('"We welcome the statement," said a statement from Kenya.',
                     '"The secretary-general welcomes the statement," said a statement issued by Guterres\'s '
                     'spokesperson.') == [["Kenya"], ["United Nations"]]


def test_an_independent_person_is_an_actor_under_their_own_name(registry):
    # the guide: analysts, scholars, former officials are actors under their own name, not the state
    # their description names; a spokesman or an employer the files know is not an independent voice
    text = ("Wire\n\nEgypt's military council condemned the attack.\n\n"
            "Avner Kolbin, a former Israeli diplomat who served in Cairo, said the peace had survived worse.\n\n"
            "Kolbin said both governments should agree quickly.\n\n"
            "Rania Soliman, who teaches political science at a university in Cairo, said the council was torn.\n\n"
            "Talant Bekmurzaev, a Bishkek political analyst, said the real test would come in June.\n\n"
            "\"The danger is real,\" said Farai Chidzero, a political scientist at a Johannesburg university.\n\n"
            "John Doe, a spokesman for the Egyptian foreign ministry, said the talks would fail.\n\n"
            "Morag Lindsay, professor of public law at the University of Lothian, says the debate matters.\n\n"
            "Tariq Anwar Qazi, a retired army brigadier who now writes on security, said the networks had grown.\n")
    assert _engine_rows(registry, text, "2011-09-11")["actor"].tolist() == [
        "Egypt", "Avner Kolbin", "Avner Kolbin", "Rania Soliman", "Talant Bekmurzaev", "Farai Chidzero", "Egypt",
        "Morag Lindsay", "Tariq Anwar Qazi"]


def test_an_expert_named_after_said_is_learned_and_whom_one_tells_is_no_speaker(registry):
    text = ("Wire\n\n\"Beijing will face more pressure,\" said North Korean expert Cai Jianhua of Fudan University.\n\n"
            "\"China will not give in,\" Professor Cai told The Straits Times.\n\n"
            "Carl Schusterman, a former director of operations at a US command, said the deployment was a message.\n")
    assert _engine_rows(registry, text, "2017-07-05")["actor"].tolist() == [
        "Cai Jianhua", "Cai Jianhua", "Carl Schusterman"]


def test_an_unknown_organisation_with_a_relative_clause_before_its_verb(attribute):
    assert attribute("The Grand Council of Elders, which had tried until the last hours to broker talks, said on "
                     "Thursday that it would not recognise the military government.") == [["Grand Council of Elders"]]


def test_the_leaders_after_a_bloc_spoke_are_the_bloc(attribute):
    assert attribute("ECOWAS called for the immediate release of President Bazoum.",
                     "The leaders also rejected any purported resignation by Bazoum.",
                     "Kenya said it was concerned.",
                     "The leaders also rejected the plan.") == [["ECOWAS"], ["ECOWAS"], ["Kenya"], []]


def test_a_numbered_press_release_under_a_ministry_letterhead_is_the_ministry_s(registry):
    text = ("No: 47, 22 March 2024, Regarding the Terrorist Attack in Moscow\n\n"
            "Republic Of Türkiye Ministry Of Foreign Affairs 22.03.2024\n\n"
            "We strongly condemn this heinous terrorist attack, which claimed the lives of many people.\n\n"
            "We express our deepest condolences to the Russian people.\n")
    assert _engine_rows(registry, text, "2024-03-22")["actor"].tolist() == ["Turkey", "Turkey"]


def test_he_after_the_blog_has_been_speaking_to_someone_is_that_person(registry):
    text = ("Live\n\nIran said the sailors were safe.\n\n"
            "We have been speaking to Commodore (retd) Malcolm Brayfield, a former Royal Navy officer who "
            "commanded frigates in the Gulf.\n\nHe expects an inquiry to begin within weeks.\n")
    assert _engine_rows(registry, text, "2007-04-04")["actor"].tolist() == ["Iran", "Malcolm Brayfield"]


def test_a_former_or_retired_official_is_independent_but_a_serving_one_is_not(registry):
    text = ("Wire\n\nTurkey said the funeral was calm.\n\n"
            "Selim Oranoglu, a retired ambassador who served in the Caucasus, said the funeral had created an "
            "opening.\n\nJohn Roebuck, a former defence minister, said the deal was thin.\n\n"
            "Mehmet Yalcinkaya, a Turkish foreign ministry official, said the talks would resume.\n")
    assert _engine_rows(registry, text, "2007-01-25")["actor"].tolist() == [
        "Turkey", "Selim Oranoglu", "John Roebuck", "Turkey"]


def test_a_bare_ministry_spokesman_is_the_state_whose_ministry_the_article_named(registry):
    text = ("China state media\n\nBEIJING, Nov 24\n\nChina's Defense Ministry announced the zone on Nov. 23.\n\n"
            "Ministry spokesman Yang Yujun said the zone threatened no country.\n")
    assert _engine_rows(registry, text, "2013-11-24")["actor"].tolist() == ["China", "China"]


def test_a_pronoun_in_a_clause_on_the_object_speaks_for_no_one(attribute):
    assert attribute("Yemen said the deal was signed.",
                     "He thanked the United States, the European Union, Russia and the United Nations for the help "
                     "they had given the Gulf mediators over seven months.") == [["Yemen"], ["Yemen"]]


def test_a_malay_name_goes_by_its_first_word_after_the_honorifics():
    from pipeline.attribution import _short_names

    assert "Amran" in _short_names("Datuk Seri Amran Tun Halim")
    assert "Tun" not in _short_names("Amran Tun Halim") and "Amran" in _short_names("Amran Tun Halim")
    assert "Rosli" in _short_names("Tan Sri Rosli Omar")
    assert "Tan" not in _short_names("Tan Kin Lian")  # a Chinese surname, no honorific


def test_a_malaysian_home_title_is_the_state_of_the_officials_the_article_named(registry):
    text = ("No truce\n\nKOTA KINABALU: Philippine President Benigno Aquino III urged the gunmen to surrender.\n\n"
            "Prime Minister Datuk Seri Najib Tun Razak rejected their offer on Friday.\n\n"
            "Najib said he had spoken to Aquino by telephone.\n\n"
            "Inspector-General of Police Tan Sri Rosli Omar said 12 gunmen had been detained.\n\n"
            "President Aquino, in a televised message, asked the gunmen to come home.\n")
    assert _engine_rows(registry, text, "2013-03-08")["actor"].tolist() == [
        "Philippines", "Malaysia", "Malaysia", "Malaysia", "Philippines"]


def test_a_state_s_high_commission_abroad_speaks_for_the_state_not_the_host(attribute):
    assert attribute("The Pakistan High Commission in London issued a statement saying the vote would go ahead.",
                     "The Kenyan High Commission in Ottawa said the report was false.") == [["Pakistan"], ["Kenya"]]


def test_a_bloc_in_a_minister_s_portfolio_is_no_speaker(attribute):
    assert attribute("Emre Kaya, Turkey's minister for EU affairs, accused Berlin of playing politics.",
                     "The Foreign and Commonwealth Office said the talks would resume.") == [["Turkey"],
                                                                                           ["United Kingdom"]]


def test_the_commonwealth_alone_is_the_organisation(attribute):
    assert attribute("The Commonwealth on Monday gave Pakistan ten days to lift the emergency.") == [["Commonwealth"]]


def test_then_secretary_general_is_the_office_held_at_the_time(registry):
    then = "Readout\n\nThen Secretary-General Kofi Annan voiced grave concern at the fighting.\n"
    former = "Readout\n\nFormer Secretary-General Kofi Annan said the talks had failed.\n"
    assert _engine_rows(registry, then, "2008-01-05")["actor"].tolist() == ["United Nations"]
    assert _engine_rows(registry, former, "2008-01-05")["actor"].tolist() == ["Kofi Annan"]


def test_the_bloc_is_the_one_named_or_speaking_before_not_the_blocs_its_statement_names(attribute):
    assert attribute("ECOWAS leaders met in Abuja on Saturday.",
                     "Nigeria's President Musa Bello, speaking as chairman of the bloc, said West Africa would ask the "
                     "AU, the European Union and the United Nations to help make the embargo bite.",
                     "The summit also warned that further sanctions would follow.") == [[], ["ECOWAS"], ["ECOWAS"]]


def test_a_minister_who_speaks_for_a_bloc_s_presidency_is_the_bloc(attribute):
    assert attribute("Jan Novak, the Czech industry minister who speaks for the EU's rotating presidency on energy, "
                     "said the bloc would judge the deal by the meters.") == [["European Union"]]


def test_a_name_then_the_body_s_spokesman_is_the_body_the_article_tied(registry):
    text = ("Live\n\nChina's foreign ministry answered the Turkish prime minister on Tuesday.\n\n"
            "Li Weimin, the ministry's spokesman, told the afternoon briefing that the word was false.\n\n"
            "He said the remarks turned the truth on its head.\n")
    assert _engine_rows(registry, text, "2009-07-14")["actor"].tolist() == ["China", "China"]


def test_a_known_leader_named_as_the_bloc_s_chairman_speaks_for_the_bloc(registry):
    text = ("Wire\n\nECOWAS leaders met in Abuja on Thursday.\n\n"
            "Nigerian President Bola Tinubu, the bloc's chairman, told reporters that force remained an option.\n\n"
            "Tinubu said the junta had one more week.\n")
    assert _engine_rows(registry, text, "2023-08-10")["actor"].tolist() == ["ECOWAS", "ECOWAS"]


def test_a_person_the_files_know_keeps_their_actor_as_another_body_s_spokesman(registry):
    text = ("Live\n\nThe Israeli military said its jets had hit Houthi military targets in the port.\n\n"
            "Rear Admiral Daniel Hagari, the military's chief spokesman, said all the aircraft had returned safely.\n")
    assert _engine_rows(registry, text, "2024-07-20")["actor"].tolist() == ["Israel", "Israel"]


def test_speaking_as_chairman_in_office_is_the_body(attribute):
    assert attribute("Kazakhstan's foreign minister, Jan Kaliev, speaking as chairman-in-office of the OSCE, "
                     "welcomed the government's plan.",
                     "Kaliev said the vote must go ahead.") == [["OSCE"], ["OSCE"]]


def test_an_opposition_leader_in_the_capital_is_not_the_state_s_voice(attribute):
    assert attribute("Kenya said the count was fair.",
                     "In Nairobi, opposition leader Jane Wanjiku said the vote was rigged.",
                     "In Nairobi, government spokesman John Kamau said the vote was fair.") == [
        ["Kenya"], [], ["Kenya"]]


def test_a_body_s_alias_inside_a_person_the_article_named_is_the_person(registry):
    text = ("Wire\n\nCongolese Foreign Minister Therese Kayikwamba Wagner signed the text on Friday.\n\n"
            '"This agreement will be judged by whether the guns fall silent," Kayikwamba Wagner said.\n\n'
            "Wagner told the council the rebels must withdraw.\n\n"
            "Maltese Prime Minister Joseph Muscat said the island had been left alone.\n\n"
            "Muscat said Europe had to share the burden.\n")
    assert _engine_rows(registry, text, "2025-06-27")["actor"].tolist() == [
        "Democratic Republic of the Congo", "Democratic Republic of the Congo", "Democratic Republic of the Congo",
        "Malta", "Malta"]


def test_wagner_alone_is_the_group_whatever_minister_shares_the_surname(registry):
    text = "Wire\n\nWagner, in a rare acknowledgement on its Telegram channel, said it had suffered losses.\n"
    assert _engine_rows(registry, text, "2024-07-30")["actor"].tolist() == ["Wagner Group"]


def test_a_position_reported_in_a_briefing_question_is_its_actor_s(attribute):
    assert attribute("The Secretary-General condemned the killing of the governor.",
                     "Asked about the Sovereignty Council's statement holding the RSF responsible, the Spokesman said "
                     "the Mission had taken note.",
                     "Asked about a statement by the Sudanese Government, the Spokesman said the UN would keep "
                     "talking to all parties.",
                     "Asked about condemnations by the United States and Britain, the Spokesman said the Mission "
                     "shared the concern.") == [
        ["United Nations"], ["Sudan", "United Nations"], ["United Nations"],
        ["United States", "United Kingdom", "United Nations"]]


def test_a_spokesperson_reporting_another_s_statement_is_not_its_speaker(registry):
    text = ("Foreign Ministry Spokesperson's Regular Press Conference\n\nQuestion: How has the world responded?\n\n"
            "Wang Wenbin: The agreement has been warmly received. Oman's foreign ministry said it welcomed the "
            "announcement. Washington said it wanted dialogue, but its actions say otherwise.\n")
    rows = _engine_rows(registry, text, "2023-03-13")
    assert sorted(zip(rows["actor"], rows["sentence"].str[:12])) == [
        ("China", "The agreemen"), ("China", "Washington s"), ("Oman", "Oman's forei"), ("United States", "Washington s")]


def test_another_s_words_quoted_only_to_wave_them_away_are_no_statement(attribute):
    assert attribute('"Whatever Moscow says in public, it has already lost the argument," said an analyst who asked '
                     'not to be named.',
                     '"Nothing Moscow has said so far explains why its forces opened fire," said a lawmaker.',
                     '"Moscow has said it will pull back its ships," said a lawmaker.') == [[], [], ["Russia"]]


def test_peoples_inside_a_groups_name_is_no_owner(registry):
    # "Sudan People's Liberation Movement" is one name: "People's" does not cut it to "Liberation Movement"
    text = ("Talks stall\n\nTamsin Okello, the spokeswoman of the Ruvuma People's Liberation Front, said the ceasefire "
            "was dead.\n\nOkello added that the front would not return to the talks.\n")
    assert _engine_rows(registry, text, "2019-03-02")["actor"].tolist() == ["Ruvuma People's Liberation Front"] * 2


@pytest.mark.parametrize("sentence", [
    "Jan Nowak, the head of the Warsaw Helsinki Group, said the law was a disgrace.",
    "The Paris Club said it would reschedule the debt.",
])
def test_a_place_opening_a_groups_name_is_not_its_state(attribute, sentence):
    assert attribute(sentence) == [[]]


@pytest.mark.parametrize("answer,actors", [
    # the briefing's housekeeping is no position; the same opening with one is the UN's
    ("Tomorrow's guest at the noon briefing will be the head of the mine action service.", []),
    ("On Friday, the guest at the noon briefing will be the Emergency Relief Coordinator.", []),
    ("Welcome to the briefing.", []),
    ("That's it for me.", []),
    ("Joining us today are two election observers back from the north.", []),
    ("I want to start with Yemen.", []),
    ("On the troop movements, I'd refer you to the Government.", []),
    ("Yes, Farhan.", []),
    ("I don't have the figures with me.", []),
    ("Farhan will be here tomorrow.", []),
    ("That was the statement.", []),
    ("Issued for the information media.", []),
    ("I want to start with Yemen, where the Secretary-General condemns the strikes on the port.", ["United Nations"]),
    ("Enjoy your afternoon.", []),
    ("I'll see you tomorrow.", []),
    ("James, and then we'll go to the chat.", []),
    ("Paulina will brief you on behalf of the President of the General Assembly.", []),
    ("I have one item off the top, and then I am happy to take your questions.", []),
    ("I hope you all had a restful weekend.", []),
    ("Welcome back, I hope you all had a restful weekend, because it will be the last one for a while.", []),
    ("I will say a word on this before I take questions.", []),
    ("We will meet again in two weeks.", []),
    ("In the name of God.", []),
    ("That is it for me.", []),
    ("Then I will leave you with Paulina.", []),
    ("After I am done, we will be joined by our colleagues from the Department of Economic and Social Affairs.", []),
    ("We will share his remarks with you as soon as they are delivered.", []),
    ("Let's wait for our guest.", []),
    ("Our colleagues at OCHA can give you the exact figures.", []),
    ("The full statement is online.", []),
    # (what the labels keep: the spokesperson declining is a position of the office)
    ("I'm not going to get into a back-and-forth between the Government and the embassies.", ["United Nations"]),
])
def test_a_spokespersons_housekeeping_is_no_position(registry, answer, actors):
    _assert_briefing_answer(registry, answer, actors)


def test_a_named_trade_at_a_body_speaks_for_the_body(registry):
    # "a senior researcher at Human Rights Watch": the body's staff speak for it, and so does the name later
    text = ("Crackdown\n\nTomas Berglund, a senior researcher at Human Rights Watch, said the police had fired "
            "on peaceful marchers.\n\nBerglund added that the curfew would make things worse.\n")
    assert _engine_rows(registry, text, "2016-10-12")["actor"].tolist() == ["Human Rights Watch"] * 2


def test_a_trade_with_no_article_and_a_states_beat_speaks_for_the_body(registry):
    # wire copy: "X, senior Libya researcher at Human Rights Watch, said": Libya is her beat, the body her employer
    text = ("Lawmaker seized\n\nHanan Zolat, senior Libya researcher at Human Rights Watch, said the raid fitted a "
            "pattern of reprisals.\n")
    assert _engine_rows(registry, text, "2019-07-18")["actor"].tolist() == ["Human Rights Watch"]


def test_a_trade_at_a_body_after_said_speaks_for_the_body(registry):
    # (the employer after the trade, to the clause's end, is the voice: no independent person "Jane Zolat")
    text = ('Lawmaker seized\n\n"The raid fits a pattern of reprisals," said Jane Zolat, a researcher at Human '
            "Rights Watch.\n")
    assert _engine_rows(registry, text, "2019-07-18")["actor"].tolist() == ["Human Rights Watch"]


def test_it_never_resolves_to_a_person_of_their_own(registry):
    text = ("Yerevan talks\n\nTigran Yekavyan said the talks had stalled and urged both sides to return.\n\n"
            "It called the blockade an attack on free movement.\n")
    rows = _engine_rows(registry, text, "2023-09-20")
    assert rows["actor"].tolist() == ["Tigran Yekavyan"]


def test_the_mission_is_the_mission_the_article_named(registry):
    text = ("TRIPOLI, Libya (MNW) - The United Nations mission in Libya called on Thursday for the release of a "
            "lawmaker taken from her home.\n\nTigran Yekavyan said the raid was a warning to every critic.\n\n"
            '"Women who hold public office must be able to speak their minds," the mission said in a statement.\n\n'
            "The Iranian mission said in a letter that the statement was one-sided.\n")
    rows = _engine_rows(registry, text, "2019-07-18")
    assert rows["actor"].tolist() == ["United Nations", "Tigran Yekavyan", "United Nations", "Iran"]


def test_a_place_in_the_bodys_own_earlier_clause_is_not_its_state(registry):
    # "The Mission has increased its patrols around Juba and says": the UN mission, not South Sudan
    text = ("South Sudan\n\nThe head of the UN Mission in South Sudan met officials today.\n\n"
            "The Mission has increased its patrols around Juba and says its protection sites are ready.\n")
    rows = _engine_rows(registry, text, "2025-03-27")
    assert rows[rows["sentence"].str.startswith("The Mission")]["actor"].tolist() == ["United Nations"]


def test_a_surname_after_a_title_ending_in_its_body_is_the_persons(registry):
    # "Member of the Presidency Komšić": the title's last word is a body, not the first half of a name
    text = ("Sarajevo\n\nMember of the Presidency of Bosnia and Herzegovina Željko Komšić said today that the plan was "
            "dangerous.\n\nMember of the Presidency Komšić also warned that the borders could not be redrawn.\n")
    assert _engine_rows(registry, text, "2021-04-15")["actor"].tolist() == ["Bosnia and Herzegovina"] * 2


def test_a_spokesman_for_the_presidential_administration_is_the_home_state(registry):
    text = ("BISHKEK (Reuters) - Kyrgyzstan blocks a broadcaster's websites.\n\nA spokesman for the presidential "
            "administration told the Courier that the ministry had acted within the law.\n")
    rows = _engine_rows(registry, text, "2022-10-27")
    assert rows[rows["sentence"].str.startswith("A spokesman")]["actor"].tolist() == ["Kyrgyzstan"]


def test_the_office_of_the_prime_minister_after_an_opening_adverbial_is_the_state(registry):
    # state media's order ("the Office of the Prime Minister"), after "Earlier in the day,": the home state's
    # office, not the ambassador who spoke last
    text = ("Addis Ababa, October 24/2020 (ENA) Minister of Foreign Affairs Gedu Andargachew today summoned the "
            "Ambassador of the United States, Michael Raynor.\n\nThe United States said it would pause part of its "
            "assistance.\n\nEarlier in the day, the Office of the Prime Minister issued a statement in which it "
            "reaffirmed that Ethiopia would keep working in good faith.\n\nIn a brief statement, the Ministry of "
            "Water and Energy said the filling would go ahead.\n")
    rows = _engine_rows(registry, text, "2020-10-24")
    assert rows["actor"].tolist() == ["Ethiopia", "United States", "Ethiopia", "Ethiopia"]


def test_police_and_court_officers_and_the_rights_defender_are_the_home_states(registry):
    text = ("YEREVAN, August 16 (Armenpress) -- A blast hit the market in Yerevan.\n\n"
            "Police inspector Anna Petrosyan said investigators had questioned several witnesses.\n\n"
            "Court spokesman Aram Vardanyan told reporters that the owner had been arrested.\n\n"
            "Human Rights Defender of the Republic of Armenia Kristinne Grigoryan called for a thorough investigation.\n")
    rows = _engine_rows(registry, text, "2022-08-16")
    assert rows.loc[~rows["sentence"].str.startswith("A blast"), "actor"].tolist() == ["Armenia"] * 3


def test_a_spokesperson_of_a_body_in_apposition_is_the_bodys_voice(registry):
    # state media's order: "X, Spokesperson of the Ministry of ..., said", a name the files do not know
    text = ("Phnom Penh, September 14, 2020 (AKP) -- Cambodia rejects the claims.\n\n"
            "H.E. Koy Kuong, Spokesperson of the Ministry of Foreign Affairs and International Cooperation, said that "
            "the claims were groundless.\n\nJane Roe, Spokesperson of the Ministry of Foreign Affairs of Japan, said "
            "the claims were false.\n")
    rows = _engine_rows(registry, text, "2020-09-14")
    assert rows.loc[~rows["sentence"].str.startswith("Cambodia"), "actor"].tolist() == ["Cambodia", "Japan"]


def test_its_officer_in_commas_speaks_for_the_body_before(registry):
    text = ("DHAKA (Reuters) - Hindu homes were burnt.\n\nAmnesty International said the attacks had to be "
            "investigated.\n\nIts general secretary, Rana Dasgupta, said the authorities had not delivered the "
            "security they promised.\n\n\"Our people were beaten in front of the police,\" Dasgupta said.\n")
    rows = _engine_rows(registry, text, "2021-10-18")
    assert rows["actor"].tolist()[-2:] == ["Amnesty International"] * 2  # and the name learned for later


def test_police_attorneys_immigration_commissioners_and_new_ministers_are_the_home_states(registry):
    text = ("OSLO (Reuters) - Five people were killed in Kongsberg, Norway.\n\nPolice attorney Ann Iren Svane "
            "Mathiassen told NRK that the suspect would be examined.\n\nThe new justice minister, Emilie Enger Mehl, "
            "said her first task would be to meet the police.\n\nImmigration Commissioner Jaime Morente said in a "
            "statement that the visa was cancelled.\n")
    rows = _engine_rows(registry, text, "2021-10-14")
    assert rows.loc[~rows["sentence"].str.startswith("Five"), "actor"].tolist() == ["Norway"] * 3


def test_the_president_of_the_republic_is_the_agencys_own_head_of_state(registry):
    # (and a state named before "the President X" in the same sentence gives him that state, no vote for a home:
    # "The Republic of Honduras, by instruction of the President Juan Orlando Hernández," on a Guatemalan page)
    text = ("AGN | Agencia Guatemalteca de Noticias\n\nGuatemala City, 7 June (AGN).– The President of the Republic, "
            "Jimmy Morales Cabrera, affirmed on Thursday that the Government will help.\n\nThe Republic of Honduras, "
            "by instruction of the President Juan Orlando Hernández, sent trucks with water.\n\nThe Minister of the "
            "Interior, Enrique Degenhart, warned that looters would be arrested.\n\nThe Guatemalan Red Cross asked the "
            "population to help.\n\nThe President of the Republic reiterated his call to the residents not to "
            "return.\n")
    rows = _engine_rows(registry, text, "2018-06-07")
    assert rows["actor"].tolist()[-3:] == ["Guatemala", "Guatemalan Red Cross", "Guatemala"]


def test_state_media_openers_and_a_presidents_directive(registry):
    # Zambian agency copy: "Republican President X has directed ...", paragraphs opening "And Vice-President X has said"
    text = ("LUSAKA, Saturday, 22nd February, 2020 (ZANIS) – Republican President Edgar Lungu has directed the defence "
            "wings to remain deployed.\n\nAnd Vice-President Inonge Mutukwa Wina has said the attacks appear to be a "
            "well-organised scheme.\n\nMrs Wina called on the clergy to help calm communities.\n")
    rows = _engine_rows(registry, text, "2020-02-22")
    assert rows["actor"].tolist() == ["Zambia"] * 3


@pytest.mark.parametrize("sentence, actors", [
    ("President Muhammadu Buhari has directed the police to hunt down the gunmen.", ["Nigeria"]),
    ("Muhammadu Buhari made a more direct appeal to the governors.", []),
    ("Tigran Yekavyan, who directs the Yerevan Policy Forum, was blunter.", []),
    ("Ivan Duque had directed what Caracas called a failed adventure.", []),
])
def test_directed_is_an_order_only_before_its_object(attribute, sentence, actors):
    assert attribute(sentence) == [actors]


def test_a_prosecutor_or_ombudsman_of_a_named_state_speaks_for_it(registry):
    text = ("Calm returned to Ganja.\n\nProsecutor General of the Republic of Azerbaijan Zakir Garalov said that "
            "criminal cases had been instituted.\n\nOn Togo, the prosecutor in Lomé said in a statement that the "
            "arrest was lawful.\n\nOmbudsman of the Republic of Azerbaijan Elmira Suleymanova said the right to life "
            "was fundamental.\n")
    rows = _engine_rows(registry, text, "2018-07-13")
    assert rows["actor"].tolist() == ["Azerbaijan", "Togo", "Azerbaijan"]


def test_a_bare_party_name_is_the_articles_states_party_where_the_files_name_one(registry):
    # the files name parties that share a name by their state, "Democratic Party (Italy)": in an Italian story the
    # bare name is Italy's, in a Korean one still the Korean party the bare alias means
    italian = ("ROME (Reuters) - Italy keeps the migrants at sea.\n\nMaurizio Martina, leader of the opposition "
               "Democratic Party, accused the government of turning a ship into a jail.\n")
    korean = "SEOUL (Reuters) - South Korea lifts martial law.\n\nThe Democratic Party said it would impeach Yoon.\n"
    norwegian = ("OSLO (Reuters) - Norway mourns.\n\nSylvi Listhaug, leader of the Progress Party, said the police "
                 "had been warned.\n")
    assert _engine_rows(registry, italian, "2018-08-26")["actor"].tolist()[-1:] == ["Democratic Party (Italy)"]
    assert _engine_rows(registry, korean, "2024-12-04")["actor"].tolist()[-1:] == ["Democratic Party of Korea"]
    assert _engine_rows(registry, norwegian, "2021-10-14")["actor"].tolist()[-1:] == ["Progress Party (Norway)"]


def test_gulf_medias_he_is_his_excellency_not_a_pronoun(registry):
    text = ("Qatar's mediation\n\nDoha / Information Office / The State of Qatar welcomed the release of the detainees."
            "\n\nThe Iranian Foreign Minister thanked Qatar for its efforts.\n\nDoha / Information Office / HE Minister of "
            "State at the Ministry of Foreign Affairs Dr. Mohammed Al-Khulaifi announced that the aircraft had left Tehran."
            "\n")
    rows = _engine_rows(registry, text, "2023-09-18")
    assert rows["actor"].tolist()[-1:] == ["Qatar"]


def test_a_bodys_capitalised_name_makes_reports_its_verb(registry):
    # "The Ministry of Foreign Affairs reports that ...": a verb after the body's name, not "reports" the noun
    text = ("Lawsuit against arms makers\n\nMEXICO CITY (SRE) - Mexico filed its response in Boston.\n\n"
            "The Ministry of Foreign Affairs reports that the companies filed their motions to dismiss.\n")
    rows = _engine_rows(registry, text, "2021-11-23")
    assert rows[rows["sentence"].str.startswith("The Ministry")]["actor"].tolist() == ["Mexico"]


def test_what_a_ministry_notes_or_receives_is_the_position_of_its_author(registry):
    # (the guide: a position of X reported by Y is X's) but welcoming a decision is the welcomer's own position
    text = ("BANGKOK - Bombs hit Hua Hin.\n\nThe Ministry of Foreign Affairs has received messages of sympathy and "
            "solidarity from the governments of Cambodia, China and Japan.\n\nThe Ministry has also noted the statement "
            "of the European Union, which criticised the arrests.\n\nThe Ministry welcomed the decision of the "
            "United States to lift the sanctions.\n")
    rows = _engine_rows(registry, text, "2016-08-12")
    found = rows.groupby("sentence", sort=False)["actor"].agg(list).tolist()
    assert set(found[-3]) >= {"Cambodia", "China", "Japan"}
    assert "European Union" in found[-2]
    assert "United States" not in found[-1]


def test_southeast_asian_foreign_ministers_are_asean(attribute):
    assert attribute("Southeast Asian foreign ministers urged the junta to free the detained leader.") == [["ASEAN"]]


def test_a_word_right_after_a_preposition_is_no_verb(attribute):
    # "rested on charges": a noun, so Iran, the possessor before it, takes no position here
    assert attribute("Canada told parliament that Iran's decision had no justification and rested on charges that "
                     "had no basis in fact.") == [["Canada"]]


def test_the_duma_and_the_presidential_press_service_are_the_states(registry):
    text = ("Moscow keeps its adoption ban\n\nThe Kremlin will not reconsider the ban, the presidential press service "
            "said on Tuesday.\n\nDuma Speaker Ivan Petrov said the law reflected the will of the majority.\n")
    assert _engine_rows(registry, text, "2013-01-15")["actor"].tolist() == ["Russia", "Russia"]


def test_a_rights_ombudsman_is_the_articles_own_states_office(registry):
    text = ("Moscow keeps its adoption ban\n\nChildren's rights ombudsman Ivan Sokolov said the children would stay "
            "in Russia.\n")
    assert _engine_rows(registry, text, "2013-01-15")["actor"].tolist() == ["Russia"]


def test_a_spokesman_for_the_interim_government_is_the_home_states(registry):
    text = ("Kyrgyzstan clears barricades\n\nAskar Beshimov, a spokesman for the interim government, said troops had "
            "removed the barricades.\n")
    assert _engine_rows(registry, text, "2010-06-19")["actor"].tolist() == ["Kyrgyzstan"]


def test_in_a_capital_a_capitalised_body_and_a_role_before_a_name_is_the_capitals(registry):
    # "In Brussels, Commission spokesman X": Brussels is the EU's, and so is the spokesman, later too
    text = ("Poland told to pay\n\nIn Brussels, Commission spokesman Jan Vermeer told reporters that Poland had to "
            "pay.\n\nVermeer said the fine stood.\n")
    assert _engine_rows(registry, text, "2021-10-01")["actor"].tolist() == ["European Union"] * 2


def test_a_blocs_rotating_presidency_named_by_demonym_is_the_bloc(attribute):
    # "The European Union's Slovenian presidency urged": the Union's voice, not Slovenia's
    assert attribute("The European Union's Slovenian presidency urged all parties to refrain from violence.",
                     "The Slovenian presidency said talks must resume.") == [["European Union"], ["Slovenia"]]


def test_a_bodys_brief_after_for_is_not_its_voice(attribute):
    # "the office for Kosovo": the office's brief; the person is the Serbian government's
    assert attribute("Marko Novak, head of the Serbian government's office for Kosovo, said the talks were "
                     "over.") == [["Serbia"]]


def test_any_or_every_before_an_actor_is_no_ones_act(attribute):
    # "any Swedish government official attending it": whoever might attend, not Sweden's position
    assert attribute("The Chinese ambassador warned that any Swedish government official attending it would not be "
                     "welcome.") == [["China"]]


@pytest.mark.parametrize("sentence,actors", [
    ("Party spokesman Sidi Yahya Tunis said the executive would meet.", [[]]),  # a surname, not Tunisia's capital
    ("Since Sunday Quito has expelled Colombia's ambassador.", [["Ecuador"]]),  # a weekday before the capital
])
def test_a_capital_ending_a_persons_name_is_no_place(attribute, sentence, actors):
    assert attribute(sentence) == actors


def test_speaking_for_a_bloc_in_an_apposition_is_the_blocs(attribute):
    assert attribute("Dutch Foreign Minister Bernard Bot, speaking for the EU presidency, said the Union expected "
                     "answers.") == [["European Union"]]


@pytest.mark.parametrize("sentence,actors", [
    # a possessive opening an apposition describes the actor named before it, who speaks
    ("Japan, Bangladesh's largest bilateral donor, said in a statement that it was concerned.", [["Japan"]]),
    ("France, Mali's former colonial ruler, said it was concerned.", [["France"]]),
    # not a list whose last item is a state body ("Iran, Russia's foreign ministry said")
    ("Russia's foreign ministry said it was concerned.", [["Russia"]]),
])
def test_a_possessive_in_an_apposition_describes_the_speaker(attribute, sentence, actors):
    assert attribute(sentence) == actors


@pytest.mark.parametrize("sentence,actors", [
    # the addressees of a call are no speakers, nor is a list inside a condition
    ("The co-chairs said, calling on Baku and Yerevan to respect the ceasefire, withdraw snipers from the front and "
     "return to talks.", [[]]),
    ("The envoy said help could come if both the Awami League and the BNP asked for it.", [[]]),
    # a list that opens the clause still speaks
    ("The representatives of Kenya, Mexico, and India also called for the corridor to be reopened.",
     [["Kenya", "Mexico", "India"]]),
])
def test_a_list_that_is_called_on_or_conditional_is_no_speaker(attribute, sentence, actors):
    assert attribute(sentence) == actors


@pytest.mark.parametrize("sentence,actors", [
    ("France opposed the plan.", [["France"]]),
    ("The EU encouraged the new President and the opposition to engage in an open dialogue.", [["European Union"]]),
    ("France was encouraged by the vote.", [["France"]]),  # the state of mind, as before
    # "encouraged" without a "to" is a charge against someone, not an appeal
    ("Sweden had encouraged hatred, Turkey's spokesman said.", [["Turkey"]]),
    ("SADC further notes with satisfaction the easing of tension in Antananarivo.", [["SADC"]]),
    ("SADC, the African Union and the United Nations took note of the Court's decision.",
     [["SADC", "African Union", "United Nations"]]),
    ("Kenya took part in the talks.", [[]]),
])
def test_opposing_encouraging_and_taking_note_are_positions(attribute, sentence, actors):
    assert attribute(sentence) == actors


def test_the_chair_of_a_bloc_named_before_the_head_of_state_is_the_bloc(attribute):
    assert attribute("The Chairperson of SADC, His Excellency President Cyril Ramaphosa of the Republic of South "
                     "Africa, calls on all Malagasy stakeholders to extend their full cooperation.") == [["SADC"]]


def test_the_council_president_of_a_state_holding_the_presidency_is_the_council(registry):
    text = ("Council statement\n\nReading out a presidential statement on behalf of the Council, Zalmay Khalilzad of "
            "the United States, which holds the Council presidency for June, also encouraged the Secretary-General to "
            "keep the Council informed.\n")
    assert _engine_rows(registry, text, "2008-06-12")["actor"].tolist() == ["United Nations"]


@pytest.mark.parametrize("sentence,actors", [
    ("Belarus's KGB said the organisers were suspects in a criminal case.", [["Belarus"]]),
    ("The FBI said its investigators had traced the intrusion.", [["United States"]]),
    # a body of the past is no state's voice today
    ("The Federal Security Service, the heir of the Soviet-era KGB, announced that it had detained him.",
     [["Russia"]]),
])
def test_security_services_speak_for_their_state(attribute, sentence, actors):
    assert attribute(sentence) == actors


def test_a_mastheads_bureaus_are_no_headline(registry):
    # the first capital of "Nairobi | Addis Ababa | Kampala" does not make an Ethiopian story Kenya's
    text = ("THE HORN DAILY | Nairobi | Addis Ababa | Kampala | Kigali\n\nLIVE: Ethiopia unrest after killing of a "
            "singer\n\nFederal police said 35 people had been arrested, including an opposition leader.\n")
    assert _engine_rows(registry, text, "2020-07-02")["actor"].tolist() == ["Ethiopia"]


def test_a_person_appointed_as_a_states_prime_minister_is_that_states(registry):
    # (the page is South Africa's: without the appointment its untied "Prime Minister" would be South Africa's)
    text = ("South Africa welcomes appointment\n\nPRETORIA, 6 June 2018 - South Africa welcomes the appointment of "
            "Mr Jean Rakoto as Prime Minister of the Republic of Madagascar.\n\nIn his first remarks, Prime Minister "
            "Rakoto said his government would be one of reconciliation.\n")
    assert _engine_rows(registry, text, "2018-06-06")["actor"].tolist() == ["South Africa", "Madagascar"]


@pytest.mark.parametrize("sentences,actor", [
    # a retired officer's rank is no part of the name, nor of the surname used later
    (("\"The timing sends a message,\" said Lt Gen (retd) Harbans Grewal, a former commander in Ladakh.",
      "Grewal said Delhi should press for a timetable."), "Harbans Grewal"),
    # the Philippines' "Ma." is a given name, not a sentence end
    (("Maritime law expert Ma. Teresa Lualhati of the Manila Institute for Ocean Affairs said the law was clear.",
      "\"You do not sail away,\" Lualhati said."), "Ma. Teresa Lualhati"),
])
def test_ranks_and_abbreviated_given_names_in_an_independent_persons_name(attribute, sentences, actor):
    assert attribute(*sentences) == [[actor], [actor]]


def test_a_list_before_a_together_with_aside_speaks_with_the_aside(attribute):
    # the aside adds a speaker; the list before it still speaks (not a place in the aside)
    assert attribute("A joint statement by the foreign ministers of Australia, Canada and Japan, together with the "
                     "European Union's foreign policy chief, said the killings were a crime.") == [
        ["Australia", "Canada", "Japan", "European Union"]]
    assert attribute("The embassies of Canada and Norway, together with the European Union delegation in Juba, "
                     "condemned the attack.") == [["Canada", "Norway", "European Union"]]


def test_an_untied_title_quoted_by_a_national_agency_is_the_agencys_state(registry):
    # a South Korean page: the untitled vice minister speaks through North Korea's agency
    text = ("Seoul on alert\n\nSEOUL, Oct 31 (Yonhap) - South Korea said the troops had moved.\n\nDays later, Vice "
            "Foreign Minister Kim Jong Gyu said in a statement carried by the state news agency KCNA that any "
            "deployment would be lawful.\n\nPress secretary Jane Roe said South Korea rejected the KCNA report as "
            "wrong.\n")
    rows = _engine_rows(registry, text, "2024-10-31")
    assert rows["actor"].tolist() == ["South Korea", "North Korea", "South Korea"]


def test_an_honorific_before_an_office_holder_of_the_name_files(registry):
    # "Sir Michael Somare" in 2003 is Papua New Guinea's prime minister, not the person of the actors file
    mentions = registry.mentions("Papua New Guinea's Prime Minister, Sir Michael Somare, said", "2003-07-24")
    assert [m.actor for m in mentions] == ["Papua New Guinea", "Papua New Guinea"]
    assert [m.actor for m in registry.mentions("Sir Michael Somare said", "2015-07-24")] == ["Michael Somare"]


@pytest.mark.parametrize("sentence,actors", [
    ("France complained that the vote had been rigged.", [["France"]]),
    ("Guinea's junta chief retorted on state television that nobody in Paris would choose its leaders.", [["Guinea"]]),
    ("The MNLA proclaimed the independence of the north.", [["National Movement for the Liberation of Azawad"]]),
    ("Cuba's president conceded that his government bore some responsibility.", [["Cuba"]]),
])
def test_complaining_retorting_proclaiming_and_conceding_are_positions(attribute, sentence, actors):
    assert attribute(sentence) == actors


def test_a_second_purpose_after_and_to_is_the_callers(attribute):
    # "telephoned Maduro ... to wish him well and to express ...": the caller's position, however far back
    assert "Turkey" in attribute("Turkish President Tayyip Erdoğan telephoned Maduro on Sunday to wish him well and "
                                 "to express Turkey's solidarity, according to Venezuela's communications ministry.")[0]


def test_a_prosecutor_general_and_an_election_commissioner_are_home_offices(registry):
    text = ("Archbishop detained\n\nYEREVAN, June 26 (Armenpress) - Armenia's security service said it had detained the "
            "archbishop.\n\nProsecutor General Anna Vardapetyan told journalists that the prosecution would ask for "
            "two months in custody.\n\nChief Election Commissioner Karen Hovhannisyan said there was no question of a "
            "fresh vote.\n")
    assert _engine_rows(registry, text, "2025-06-26")["actor"].tolist() == ["Armenia"] * 3


@pytest.mark.parametrize("sentence,actors", [
    # "went further" with the stronger words after it is a position; alone it leads into the next sentence
    ("Foreign Minister Seiji Maehara went further, suggesting that if anyone owed compensation it was the Chinese side.", [["Japan"]]),
    ("Foreign Minister Seiji Maehara went further.", [[]]),
    # a clause that "after" opens has its own subject, not an object of "after"
    ("The climbdown came hours after the U.S. embassy in Ankara said on Twitter that it would comply.",
     [["United States"]]),
    ("Prices rose after Russia cut supplies.", [[]]),
])
def test_going_further_and_clauses_after_a_conjunction(registry, sentence, actors):
    # (Seiji Maehara was Japan's foreign minister in September 2010)
    assert [[c.actor for c in Attributor(registry, "2010-09-30").attribute(sentence)]] == actors


def test_judges_and_state_ministers_are_home_offices_and_a_tied_title_votes_for_no_home(registry):
    # a Bangladeshi page whose headline names India first: "Indian Prime Minister" is tied, so it does not make
    # India the page's home; the untied state minister and judge are Bangladesh's
    text = ("Delhi, Beijing hail Hasina's win\n\nIndian Prime Minister Narendra Modi congratulated Prime Minister "
            "Sheikh Hasina on her win.\n\nState Minister for Foreign Affairs Md Shahriar Alam said the messages showed "
            "that friends accepted the verdict.\n\nChief Judge Rahim Uddin said the court would hear no appeal.\n")
    rows = _engine_rows(registry, text, "2019-01-02")
    assert rows["actor"].tolist() == ["India", "Bangladesh", "Bangladesh"]


@pytest.mark.parametrize("sentence,actors", [
    ("Nigerien President Mahamadou Issoufou, speaking in his capacity as chairman of the ECOWAS Authority of Heads of "
     "State and Government, said he hoped the three countries would settle the matter.", [["ECOWAS"]]),
    ("Ministers from Malaysia, Singapore and the Philippines voiced deep concern over the attack.",
     [["Malaysia", "Singapore", "Philippines"]]),
    ("Analysts in Beirut and Amman cautioned that the talks could fail.", [[]]),
    ("The decision came hours after U.S. Ambassador Laura Dogu told reporters she had been surprised.",
     [["United States"]]),
])
def test_a_chair_in_his_capacity_ministers_from_a_list_and_a_titled_clause_subject(registry, sentence, actors):
    assert [[c.actor for c in Attributor(registry, "2019-11-15").attribute(sentence)]] == actors


@pytest.mark.parametrize("sentence,actors", [
    # a noun-like word before a finite verb is that verb's subject, not a verb of the actor before it
    ("The question was China's internal affair, and the Taiwan question is purely China's internal affair, the "
     "spokesman said.", None),
    ("Katrin Vogel said the ministry's version and the Islamic State claim did not sit easily together.",
     [["Katrin Vogel"]]),
    ("France claims the vote was rigged.", [["France"]]),
])
def test_a_noun_like_word_before_a_finite_verb_is_a_noun(attribute, sentence, actors):
    if actors is not None:
        assert attribute(sentence) == actors
    else:
        assert "Taiwan" not in attribute(sentence)[0]


def test_a_live_blogs_new_entry_forgets_the_last_entrys_speaker_and_bodies(registry):
    # "Chad offers help" ties "presidency" to Chad; the next time-stamped entry's "The presidency said" is the
    # page's own state's, not Chad's and not the last entry's speaker's
    text = ("LIVE: Soldiers seize Gabon state radio, government says coup crushed\n\n17:00\nCalm in Libreville\n\n"
            "Gabon's government said calm had returned to Libreville and Gabon's institutions were working.\n\n"
            "16:05\nChad offers help\n\n"
            "Chad's presidency said the president had telephoned to express his solidarity.\n\n15:30\nUN chief "
            "denounces bid\n\nUN Secretary-General António Guterres denounced the soldiers' bid.\n\n13:55\nGovernment "
            "names the dead\n\nThe presidency said in a statement that two of the plotters had been killed.\n")
    assert _engine_rows(registry, text, "2019-01-07")["actor"].tolist() == ["Gabon", "Chad", "United Nations", "Gabon"]


def test_a_together_with_aside_may_hold_a_list(attribute):
    assert attribute("The Delegation of the European Union, together with the embassies of the United Kingdom, "
                     "Canada, Norway and Switzerland, said in a joint statement that the attacks were alarming.") == [
        ["European Union", "United Kingdom", "Canada", "Norway", "Switzerland"]]


def test_a_rank_between_a_home_title_and_the_name(registry):
    text = ("Biti handed over\n\nHARARE, Aug 10 - Zimbabwe's police said they had received Mr Biti.\n\nPolice "
            "spokesperson Senior Assistant Commissioner Charity Charamba said he had been treated like any other "
            "accused person.\n\n\"Nobody has laid a finger on him,\" she said.\n")
    assert _engine_rows(registry, text, "2018-08-10")["actor"].tolist() == ["Zimbabwe"] * 3


@pytest.mark.parametrize("sentence,actors", [
    # an apposition that only describes the person ("a longtime supporter of X") names no speaker
    ("U.S. Congressman Jim Hale, a longtime supporter of Georgia's bid to join NATO, called on the government to "
     "back down.", [["United States"]]),
    # one that names their role ties the person to the actor in it
    ("Ramon Cruz, a spokesman for the MNLF, said the fighters had come for a peaceful rally.",
     [["Moro National Liberation Front"]]),
    # after an acronym in brackets, "the party to which X belong" describes the actor before it
    ("The Oromo Federalist Congress (OFC), the party to which both men belong, has issued a statement denouncing "
     "their arrest.", [["Oromo Federalist Congress"]]),
])
def test_an_apposition_after_a_name_or_an_acronym(attribute, sentence, actors):
    assert attribute(sentence) == actors


@pytest.mark.parametrize("sentence,actors", [
    ("Speaker of the Arab Parliament Dr Ali Hamdan condemned the interference.", [["Arab Parliament"]]),
    ("The Speaker of the Arab Parliament condemned the interference.", [["Arab Parliament"]]),
])
def test_speaker_of_a_body_is_the_bodys(attribute, sentence, actors):
    assert attribute(sentence) == actors


def test_a_measure_left_to_whatever_an_actor_decides_is_no_position(attribute):
    assert "Kuwait" not in attribute("The League affirmed its support for whatever steps Kuwait deems necessary.")[0]
    assert attribute("Australia said it was ready to help in whatever way Port Moresby asked.") == [["Australia"]]


@pytest.mark.parametrize("sentence,actors", [
    # the channel of the remarks is an aside, not the speaker
    ("Russia's foreign ministry spokeswoman Maria Zakharova, in remarks carried by the state news agency RIA Novosti, "
     "called the ban an attempt to dictate to Serbs how they may mourn.", [["Russia"]]),
    # "the Embassy of X in Y" is X's
    ("The Embassy of the United States in Djibouti said Washington was following the matter.", [["United States"]]),
    # a condition's subject takes no position ("if Tripoli asked")
    ("The EU was ready to send forensic specialists if the authorities in Tripoli asked for them, Stano added.",
     [[]]),  # Stano, the EU spokesman, is no name the files know
    # the place of an embassy quoted by the media is not the one quoted
    ("A spokesman for Russia's embassy in Bamako was quoted by Malian media as saying Moscow respected the decision.",
     [["Russia"]]),
    # a person's title heading a body's name is no organisation of its own
    ("The Chair of the Permanent Council took note of the report.", [[]]),
])
def test_asides_owners_and_conditions(attribute, sentence, actors):
    assert attribute(sentence) == actors


def test_the_chair_of_a_body_named_in_several_words_speaks_for_it(attribute):
    assert attribute("The Chairman of the Caribbean Community, Prime Minister Timothy Harris of Saint Kitts and Nevis, "
                     "has voiced the hope that Venezuelans would find a peaceful way out.") == [["CARICOM"]]


def test_an_interviews_guests_speak_under_their_surnames_labels(registry):
    # the host introduces the guests; their capitals labels are theirs, and a position they report stays its actor's
    text = ("Radio transcripts\n\nAn expert on the detained fishermen\n\n"
            "HOST (Anna Verdi): Good evening. With me is Paola Conti, a professor of the law of the sea at the University "
            "of Bari, and on the line is Marco Ferrante, who heads a cooperative of shipowners. Professor, what happened?\n\n"
            "CONTI: Two boats were taken to Benghazi. That claim does not stand. Senegal asked Italy to treat its two "
            "citizens like the others.\n\nHOST: And the families?\n\nFERRANTE: People here are angry. Bring them home.\n")
    rows = _engine_rows(registry, text, "2020-10-15")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [
        ("Paola Conti", "Two boats we"), ("Paola Conti", "That claim d"), ("Senegal", "Senegal aske"),
        ("Marco Ferrante", "People here "), ("Marco Ferrante", "Bring them h")]


def test_a_transcript_label_naming_an_official_of_a_body(registry):
    text = ("Background briefing\n\nMODERATOR: Thank you for joining.\n\nQUESTION: What now?\n\n"
            "SENIOR STATE DEPARTMENT OFFICIAL: We hope the delegations will come back to the table.\n\n"
            "QUESTION: And the detainees?\n\nMODERATOR: Last question.\n")
    assert _engine_rows(registry, text, "2021-10-18")["actor"].tolist() == ["United States"]


def test_a_ministrys_own_site_speaks_as_the_ministry_in_each_of_its_statements(registry):
    # the masthead names the site's state; its "the Ministry" is that state's, in every statement of the page, even
    # after the page names another state's ministry
    text = ("HELLENIC REPUBLIC | Ministry of Foreign Affairs\n\nHome > Press Office > Statements\n\n"
            "Announcement on the death of a Greek citizen\n\nSunday, 28 October 2018\n\n"
            "The Ministry extends its condolences to his family.\n\n"
            "Announcement on the funeral\n\nThursday, 8 November 2018\n\n"
            "The Albanian Foreign Ministry accused Athens of politicising the case.\n\n"
            "The Ministry calls on the Albanian authorities to release the body without delay.\n")
    rows = _engine_rows(registry, text, "")
    assert list(zip(rows["actor"], rows["sentence"].str[:20])) == [
        ("Greece", "The Ministry extends"), ("Albania", "The Albanian Foreign"), ("Greece", "The Ministry calls o")]


@pytest.mark.parametrize("lines,owner", [
    (["Republic of the Philippines", "DEPARTMENT OF FOREIGN AFFAIRS"], "Philippines"),
    (["Norway in Russia | Royal Norwegian Embassy in Moscow"], "Norway"),  # not the host
    (["REPÚBLICA DE GUINEA ECUATORIAL", "Ministry of Foreign Affairs and Cooperation"], None),  # "Guinea" is no name
    (["The Daily Star | Dhaka", "Home | World | Foreign Ministry news"], None),  # a news site's menu
    (["OFFICE OF THE PRIME MINISTER", "Independent State of Papua New Guinea"], "Papua New Guinea"),  # state second
    (["U.S. DEPARTMENT of STATE", "Home > Briefings & Statements"], "United States"),
    (["U.S. Embassy in Guatemala", "Embajada de los Estados Unidos en Guatemala"], "United States"),  # not the host
])
def test_a_government_sites_masthead(registry, lines, owner):
    from pipeline.attribution import Attributor

    attributor = Attributor(registry, "2019-05-16")
    for line in lines:
        attributor.headline(line)
    assert attributor.context.site_owner == owner


def test_an_embassys_own_news_page_speaks_as_the_embassy(registry):
    # "The Embassy has requested", "The Ministry of Foreign Affairs has said": the site's own, past an auxiliary
    text = ("Norway in Russia | Royal Norwegian Embassy in Moscow\n\nNews\n\nNorwegian citizen detained\n\n"
            "6 December 2017\n\nRussia's FSB said it had detained a Norwegian citizen.\n\n"
            "The Embassy has requested consular access and is in contact with the family.\n\n"
            "The Ministry of Foreign Affairs has said that it does not comment on such questions.\n")
    assert _engine_rows(registry, text, "2017-12-06")["actor"].tolist() == ["Russia", "Norway", "Norway"]


def test_a_prime_ministers_office_speaks_as_the_prime_minister_whoever_it_named_before(registry):
    # the office's own releases: "the Prime Minister said" is its own head of government, not Australia's
    text = ("OFFICE OF THE PRIME MINISTER\nIndependent State of Papua New Guinea\n\nMedia Releases\n\n"
            "PM SPEAKS WITH AUSTRALIAN COUNTERPART\n\n"
            "The Prime Minister of Australia offered any assistance Papua New Guinea may require.\n\n"
            "The Prime Minister said no outside police had been requested at this stage.\n")
    rows = _engine_rows(registry, text, "2024-01-12")
    assert list(zip(rows["actor"], rows["sentence"].str[:16])) == [
        ("Australia", "The Prime Minist"), ("Papua New Guinea", "The Prime Minist")]


def test_a_state_department_briefings_unknown_spokesperson_speaks_for_the_united_states(registry):
    # "MS PORTER:" names no one the name files know; the site's masthead makes her answers the United States'
    text = ("U.S. DEPARTMENT of STATE\nHome > Briefings & Statements > Department Press Briefings\n\n"
            "Department Press Briefing - July 27, 2021\n\nJalina Porter, Principal Deputy Spokesperson\n"
            "Washington, DC\n\nMS PORTER: Good afternoon, everyone.\n\n"
            "QUESTION: Is this a suspension of all cooperation with Guatemala?\n\n"
            "MS PORTER: We are suspending our support to the Public Ministry of Guatemala.\n\n"
            "We expect President Giammattei and his government to support prosecutors who are doing their jobs.\n")
    rows = _engine_rows(registry, text, "2021-07-27")
    assert rows["actor"].tolist() == ["United States", "United States"]


def test_a_spokespersons_byline_under_the_masthead_holds_for_the_whole_page(registry):
    # the byline is read before the briefing's time stamp starts a new article: "MS PORTER:" there is still the
    # State Department's spokesperson; the briefing's own housekeeping is no one's
    text = ("U.S. DEPARTMENT of STATE\nHome > Briefings and Statements > Department Press Briefings\n\n"
            "Department Press Briefing - June 28, 2021\n\nJalina Porter, Principal Deputy Spokesperson\n\n"
            "Washington, D.C.\n\nJune 28, 2021\n\n2:19 p.m. EDT\n\n"
            "MS PORTER: Good afternoon. I have one item at the top and then I'll be happy to take your questions.\n\n"
            "The United States strongly condemns Friday's attack on the helicopter carrying President Ivan Duque.\n\n"
            "With that, I'm happy to take your questions.\n\n"
            "QUESTION: Do you believe the Maduro regime had any role in this?\n\n"
            "MS PORTER: The regime deflects blame every time it is asked about the armed groups it hosts.\n\n"
            "(The briefing was concluded at 2:58 p.m.)\n")
    rows = _engine_rows(registry, text, "2021-06-28")
    assert list(zip(rows["actor"], rows["sentence"].str[:15])) == [
        ("United States", "The United Stat"), ("United States", "The regime defl")]


def test_an_official_whose_brief_is_a_state_speaks_for_the_sites_state(registry):
    # "Director General for the United States" on Cuba's foreign ministry site: the state is her brief; the
    # site's footer of names is no one's statement
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF CUBA\n\nPress Room > Press Releases\n\n"
            "Statement by Josefina Vidal Ferreiro, Director General for the United States\n\nHavana, 4 October 2017\n\n"
            "Josefina Vidal Ferreiro said the reduction of both embassies would hurt ordinary Cubans above all.\n\n"
            "The Director General said Cuba had proposed to hold the next round of the dialogue as planned.\n\n"
            "Ministry of Foreign Affairs of the Republic of Cuba. Calzada No. 360, Vedado, Havana.\n")
    rows = _engine_rows(registry, text, "2017-10-04")
    assert list(zip(rows["actor"], rows["sentence"].str[:16])) == [
        ("Cuba", "Josefina Vidal F"), ("Cuba", "The Director Gen")]


def test_a_body_described_by_its_sponsor_speaks(attribute):
    # "U.S.-led" is one word, as "Saudi-led" is; a body no name file knows, described so, is no organisation named
    # in full
    assert attribute("The U.S.-led United Nations Command said North Korean troops had broken the armistice.",
                     "The U.S.-backed Syrian Democratic Forces said the strikes had to stop.",
                     "In Iraq itself, the U.S.-appointed Governing Council said the images were an insult.") \
        == [["United Nations Command"], ["Syrian Democratic Forces"], []]


def test_a_pages_site_name_is_its_masthead(registry):
    # "Ministry of Foreign Affairs of Chile" from the page's metadata: "The Ministry" is Chile's, though the page
    # named Bolivia's ministry last; without the site name it would be Bolivia's
    from pipeline import engine
    from pipeline.inputs import Document

    text = ("Chile proposes a commission on the Silala\n\nSantiago, 6 December 2022\n\n"
            "The Ministry of Foreign Affairs of Bolivia said the judgment recognised Bolivia's sovereignty.\n\n"
            "The Ministry recalls that Chile filed the application in June 2016.\n")
    rows = engine.extract([Document("a.html", text, date="2022-12-06", source="Ministry of Foreign Affairs of Chile")],
                          registry)[1]
    assert list(zip(rows["actor"], rows["sentence"].str[:14])) == [("Bolivia", "The Ministry o"), ("Chile", "The Ministry r")]


def test_an_embassys_own_page_takes_note_and_urges_once_again(registry):
    # "has taken note of" is a formal position as "took note of" is; adverbs between the site's body and its verb
    text = ("Embassy of the People's Republic of China in Australia\n\nEmbassy News\n\n"
            "The talks were held on Monday in the capital, officials said, and lasted three hours.\n\n"
            "The Embassy has taken note of remarks made on Sunday by the Australian Minister for Home Affairs.\n\n"
            "The Embassy once again urges the relevant Australian authorities to return all the items seized.\n\n"
            "The Embassy firmly opposes the searches.\n")
    rows = _engine_rows(registry, text, "2020-09-13")
    assert list(zip(rows["actor"], rows["sentence"].str[:22])) == [
        ("China", "The Embassy has taken "), ("China", "The Embassy once again"), ("China", "The Embassy firmly opp")]
    alone = ("Embassy of the People's Republic of China in Australia\n\nEmbassy News\n\n"
             "The talks were held on Monday in the capital, officials said, and lasted three hours.\n\n"
             "The Embassy firmly opposes the searches of the Australian authorities.\n")
    assert _engine_rows(registry, alone, "2020-09-13")["actor"].tolist() == ["China"]


def test_a_state_urging_once_again(attribute):
    assert attribute("The talks were held on Monday in the capital, officials said, and lasted three hours.",
                     "Pakistan once again calls for an immediate and unconditional ceasefire in Gaza.",
                     "Kenya once again urges the authorities to return the items.") == [[], ["Pakistan"], ["Kenya"]]


@pytest.mark.parametrize("source,home", [("Asunción Hoy English", "Paraguay"), ("Dhaka Tribune", "Bangladesh"),
                                         ("France 24", "Brazil"), ("", "Brazil")])
def test_an_outlet_named_for_a_capital_is_its_states_paper(registry, source, home):
    # a national paper names its own officials by title alone; an outlet named for a state ("France 24") or none
    # leaves the article's own state to what it names
    from pipeline import engine
    from pipeline.inputs import Document

    text = ("Kidnapping in the north\n\nThe Brazilian foreign ministry offered intelligence cooperation on Thursday.\n\n"
            "The interior minister said the abduction was above all a message to the State.\n")
    rows = engine.extract([Document("a.html", text, date="2020-09-11", source=source)], registry)[1]
    assert rows["actor"].tolist() == ["Brazil", home]


def test_a_title_and_an_honorific_before_an_unknown_name_is_the_home_states_official(attribute):
    assert attribute("Bahrain executed three men on Sunday.",
                     "Attorney General Dr Ali bin Fadhul Al Buainain said the convicts had enjoyed a fair trial.") \
        == [[], ["Bahrain"]]


def test_a_minister_for_a_portfolio_of_a_state_speaks_for_the_state(attribute):
    # "Minister for ... of Mali": the "for" of a title is no preposition governing the state (the UN's and the
    # Commonwealth's style), not the Special Representative who spoke before
    assert attribute("The Special Representative of the Secretary-General said the attack was a warning.",
                     "Amadou Kone, Minister for Foreign Affairs and International Cooperation of Mali, said his country "
                     "was in mourning.") == [["United Nations"], ["Mali"]]


def test_an_official_spokespersons_label_is_the_briefings_state_not_the_state_most_spoken_of(registry):
    # the heading names the ministry; "Official Spokesperson:" answers for India, though the page's opening
    # reported Italy's ministry
    text = ("National Broadcast News\n\nMEA briefing on the marines\n\n"
            "Italy's foreign ministry said the two marines would not return to India.\n\n"
            "FULL TEXT: Transcript of weekly media briefing by the Official Spokesperson, Ministry of External Affairs "
            "(March 14, 2013)\n\nQuestion: Has Italy said when the marines will return?\n\n"
            "Official Spokesperson: Italy's decision goes against the word its ambassador gave to our court.\n")
    rows = _engine_rows(registry, text, "2013-03-14")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [("Italy", "Italy's fore"), ("India", "Italy's deci")]


def test_an_official_spokespersons_label_on_a_ministrys_own_page_is_the_sites_state(registry):
    # no briefing heading: the masthead's state answers, not Canada, which the page's opening reported
    text = ("Ministry of External Affairs | Government of India\n\nQuestions on Canada\n\nNovember 30, 2023\n\n"
            "Canada's Prime Minister said on Wednesday that the case confirmed his charges against India.\n\n"
            "Question (Rao, CBN): Sir, your reaction?\n\n"
            "Official Spokesperson: We would not take lectures from Canada on this.\n")
    assert _engine_rows(registry, text, "2023-11-30")["actor"].tolist() == ["Canada", "India"]


def test_a_spokespersons_label_that_names_the_role_before_the_person_is_the_persons(registry):
    # "Official Spokesperson, Shri Arindam Bagchi:": India's spokesperson by the office-holder table, on a page
    # that names no ministry and opened with Canada's position
    text = ("Briefing notes\n\nNovember 30, 2023\n\n"
            "Canada's Prime Minister said on Wednesday that the case confirmed his charges against India.\n\n"
            "Question (Rao, CBN): Sir, your reaction?\n\n"
            "Official Spokesperson, Shri Arindam Bagchi: We would not take lectures from Canada on this.\n")
    assert _engine_rows(registry, text, "2023-11-30")["actor"].tolist() == ["Canada", "India"]


def test_the_signatories_of_a_joint_statement_the_narration_announced(attribute):
    # the sentence announcing the joint statement reports no position; its authors are whom "the signatories" mean
    assert attribute("Denmark, Finland and France have released a joint statement on the tariff threat.",
                     "The signatories said the exercise was defensive.") == [[], ["Denmark", "Finland", "France"]]


def test_a_group_that_spoke_is_whom_the_signatories_and_the_statement_mean(attribute):
    assert attribute("Norway, Sweden and Finland met on Monday.",
                     "The three governments said the tariffs were a mistake.",
                     "The signatories said they were willing to talk.",
                     "Using tariffs against allies was a mistake, the statement said.") \
        == [[], ["Norway", "Sweden", "Finland"], ["Norway", "Sweden", "Finland"], ["Norway", "Sweden", "Finland"]]


def test_a_briefings_opening_topic_that_carries_the_secretary_generals_position(registry):
    # "I will start with Haiti." is the briefing's business; "..., where the Secretary-General is horrified" is his
    text = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n19 February 2024\n\n"
            "PAPUA NEW GUINEA\n\nGood afternoon. I will start with Papua New Guinea, where the Secretary-General is "
            "horrified by the killing of dozens of people in Enga Province.\n\nHe condemns this senseless bloodshed.\n\n"
            "HAITI\n\nI will start with Haiti, as you might expect.\n")
    rows = _engine_rows(registry, text, "2024-02-19")
    assert list(zip(rows["actor"], rows["sentence"].str[:16])) == [
        ("United Nations", "I will start wit"), ("United Nations", "He condemns this")]


def test_its_after_and_is_the_state_the_sentence_opens_with(attribute):
    # not the state the sentence before opened with
    assert attribute("Guinea sent a chartered plane.",
                     "Mali repatriated 133 people, and its foreign ministry said a crisis cell was helping families.") \
        == [["Guinea"], ["Mali"]]


def test_a_states_opposition_is_not_the_state(registry):
    text = ("Haiti's opposition says the president's term ended on February 7.\n\n"
            "The opposition rejected the coup charge as a fabrication designed to justify a crackdown.\n")
    assert "The opposition" not in " ".join(_engine_rows(registry, text, "2021-02-10")["sentence"])


def test_a_body_listed_after_including_is_no_speaker(attribute):
    assert attribute("The Government remains committed to reconciliation through its own institutions, including the "
                     "Commission of Inquiry appointed by the President.") == [[]]


def test_an_unknown_organisations_member_named_before_it_is_no_part_of_its_name(attribute):
    assert attribute("Peter Mwangi of the Nairobi Law Society said the arrests were illegal.",
                     "The Council of the Lumiere Rights Foundation said the arrests were illegal.") \
        == [["Nairobi Law Society"], ["Council of the Lumiere Rights Foundation"]]  # a body's organ: one name


def test_a_place_after_in_within_a_list_of_speakers_is_where_one_sits(attribute):
    assert attribute("The international tribunal in The Hague and the International Court of Justice have described "
                     "it as genocide.",
                     "On 9 October the United Nations system in Ecuador and the Ecuadorian Episcopal Conference offered "
                     "to act as mediators.",
                     "Analysts in Beirut and Amman cautioned that the coalition had little experience.") \
        == [["International Court of Justice"], ["United Nations", "Ecuadorian Episcopal Conference"], []]


def test_observed_that_reports_a_view_observing_a_silence_is_a_deed(attribute):
    assert attribute("The Minister of Foreign Affairs of Sri Lanka observed that the measures could not be implemented.",
                     "Kenya observed a minute of silence for the victims.") == [["Sri Lanka"], []]


def test_a_ministrys_briefing_by_its_unnamed_spokesperson_speaks_for_the_sites_state(registry):
    # the masthead names the state ("Ministry for Europe and Foreign Affairs"), the heading an unnamed spokesperson:
    # every answer is the state's; the translator's note and the greeting are no one's
    text = ("France Diplomacy — Ministry for Europe and Foreign Affairs\n\nDAILY PRESS BRIEFING BY THE SPOKESPERSON\n\n"
            "Paris, 4 September 2023\n\nUnofficial translation. Only the spoken words are authentic.\n\n"
            "Welcome to the daily press briefing.\n\n"
            "Q: Has consular access been granted to the man who is being held?\n\n"
            "A: We have asked for consular access, and we are waiting for an answer.\n\n"
            "We expect the Algerian authorities to establish precisely what happened.\n")
    rows = _engine_rows(registry, text, "2023-09-04")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [("France", "We have aske"), ("France", "We expect th")]


def test_a_roundup_entrys_label_of_names_roles_and_where_they_spoke_is_its_speaker(registry):
    text = ("World reacts to the verdict\n\nFebruary 22, 2018\n\nGovernments reacted on Wednesday.\n\n"
            "Germany's human rights commissioner Bärbel Kofler: a call for Rajab's immediate release.\n\n"
            "Secretary General Jens Stoltenberg, at a news conference in Brussels: the alliance was looking into it.\n\n"
            "Argentine Foreign Minister Jorge Faurie on Twitter: Argentina \"will not stay silent\".\n\n"
            "The message from Washington was clear: sanctions would follow.\n\n"
            "Kofler added that Berlin would raise the case again.\n")
    rows = _engine_rows(registry, text, "2018-02-22")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [
        ("Germany", "a call for R"), ("NATO", "the alliance"), ("Argentina", "Argentina \"w"), ("Germany", "Kofler added")]


def test_a_meetings_unnamed_speaker_is_the_delegation_that_spoke_last(attribute):
    # "the speaker", "the representative" alone; never "The Speaker" of a parliament
    assert attribute("The representative of the Russian Federation said the meeting was a cynical exercise.",
                     "The speaker said his delegation would lend no legitimacy to what he called a show trial.",
                     "Those who planned the attack would answer for it, the representative said.",
                     "The Speaker of the National Assembly, Nedeljko Čubrilović, confirmed that the invitation had been sent.") \
        == [["Russia"], ["Russia"], ["Russia"], []]


def test_a_delegate_speaking_also_or_only_for_others(attribute):
    assert attribute("The representative of Gabon, speaking also for Ghana and Kenya, firmly rejected the attempted "
                     "seizure of power.",
                     "Speaking for Mexico, the delegate said the Council should be working to open humanitarian corridors.",
                     "Speaking also for Australia and New Zealand, the representative of Canada said that returns must be "
                     "voluntary.") \
        == [["Gabon", "Ghana", "Kenya"], ["Mexico"], ["Canada", "Australia", "New Zealand"]]


def test_a_delegate_speaking_for_a_group_listed_between_plain_hyphens(attribute):
    # the list between " - " as between dashes; "he" next is the delegate who spoke, the state named twice
    assert attribute('Speaking on behalf of the "A3" - Gabon, Ghana and Kenya - the representative of Kenya welcomed '
                     'the ceasefire agreed in Luanda.',
                     "He said the three African members hoped the regional force would create space for dialogue.") \
        == [["Gabon", "Ghana", "Kenya"], ["Kenya"]]


def test_an_interview_without_a_host_label_its_host_narrates_and_its_guests_speak(registry):
    # "SARAH WHITCOMBE:" is the host by her questions and "joining me now": her news is narration (the positions it
    # reports are their holders'), her questions no one's; "ÉLODIE RENARD:" (accented capitals) is a guest's turn;
    # a bare "Certainly." and the farewell are no one's
    text = ("Morning Edition\n\nFriday 16 June 2023\n\n"
            "SARAH WHITCOMBE: Good morning. The Kremlin said Australia was racing to outdo the West in hostility.\n\n"
            "SARAH WHITCOMBE: Joining me now is Élodie Renard, a former diplomat. Was it wise?\n\n"
            "ÉLODIE RENARD: Certainly. The government got to the right place, though it took a long route.\n\n"
            "SARAH WHITCOMBE: Will Moscow retaliate?\n\n"
            "ÉLODIE RENARD: I expect something symbolic, and Canberra should keep a channel open.\n\n"
            "SARAH WHITCOMBE: Élodie Renard, thank you.\n")
    rows = _engine_rows(registry, text, "2023-06-16")
    assert list(zip(rows["actor"], rows["sentence"].str[:14])) == [
        ("Russia", "The Kremlin sa"), ("Élodie Renard", "The government"), ("Élodie Renard", "I expect somet")]


def test_an_interview_guests_role_label_is_the_guest_the_bracket_named_first(registry):
    # "ÉLODIE RENARD (GUEST):" gives the role, and every later "GUEST:" turn is hers; the host's farewell
    # "Élodie Renard, thank you very much for joining us." addresses her and is no one's statement
    text = ("Morning Edition\n\nFriday 16 June 2023\n\n"
            "SARAH WHITCOMBE (HOST): Good morning. Joining me now is Élodie Renard, a former diplomat.\n\n"
            "ÉLODIE RENARD (GUEST): Thank you, Sarah. The expulsion was a mistake that Canberra will regret.\n\n"
            "HOST: Will Moscow retaliate?\n\n"
            "GUEST: I expect something symbolic, and Canberra should keep a channel open.\n\n"
            "HOST: Élodie Renard, thank you very much for joining us.\n\nGUEST: Thank you.\n")
    rows = _engine_rows(registry, text, "2023-06-16")
    assert list(zip(rows["actor"], rows["sentence"].str[:14])) == [
        ("Élodie Renard", "The expulsion "), ("Élodie Renard", "I expect somet")]


def test_an_interview_hosts_news_is_narration_not_a_turn(registry):
    # the host welcomes the listeners (so "MOYO-BANDA:" is the host's label): her report of the police's words is
    # the police's, read as an article's sentence, not a turn of her own nor a label before a subject
    text = ("The Southern Hour\n\n20 March 2015\n\n"
            "GRACE MOYO-BANDA: Good evening and welcome to The Southern Hour. Zimbabwe's police are under pressure.\n\n"
            "CHIKOMBA: The state knows where he is.\n\n"
            "MOYO-BANDA: Police spokeswoman Charity Charamba said this week that detectives were following up every lead.\n\n"
            "CHIKOMBA: We have heard that before.\n\nMOYO-BANDA: What now?\n\nCHIKOMBA: We go back to court.\n")
    rows = _engine_rows(registry, text, "2015-03-20")
    assert ("Zimbabwe", "Police spokeswoman Charity Charamba said this week that detectives were following up every "
            "lead.") in list(zip(rows["actor"], rows["sentence"]))


def test_a_ministrys_numbered_release_speaks_for_the_state_its_capitals_masthead_names(registry):
    # "REPUBLIC OF TÜRKİYE": a state's style and its name (with the dotted capital I); the numbered release's
    # unattributed sentences are the site's
    text = ("REPUBLIC OF TÜRKİYE\nMINISTRY OF FOREIGN AFFAIRS\n\nStatements and Press Releases, May 2018\n\n---\n\n"
            "No: 136, 14 May 2018, Press Release Regarding the Events at the Gaza Border\n\n"
            "We learned with profound sorrow that dozens of Palestinians lost their lives today by Israeli fire.\n\n"
            "We extend our condolences to the brotherly Palestinian people.\n")
    rows = _engine_rows(registry, text, "2018-05-14")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [("Turkey", "We learned w"), ("Turkey", "We extend ou")]


def test_a_ministrys_announced_statement_and_its_spokesperson_on_its_own_site(registry):
    # "Foreign Affairs and Trade" names New Zealand's ministry; "has issued the following statement." announces the
    # site's text; "Statement: ..." opens one; "The Spokesperson said" is the site's, though the page names the UN
    text = ("New Zealand Foreign Affairs and Trade | Manatū Aorere\n\nNews and media\n\n---\n\n18 February 2025\n\n"
            "Minister's statement on the action plan\n\n"
            "The Minister of Foreign Affairs has issued the following statement.\n\n"
            "\"We did not see that document before it was signed, under the United Nations Charter or otherwise.\n\n"
            "---\n\n12 February 2025\n\nStatement: the Prime Minister's visit\n\n"
            "\"Despite repeated requests, we have not been told what those agreements contain.\n\n"
            "---\n\n10 February 2025\n\nReadout: officials meet in Rarotonga\n\n"
            "Officials met in Rarotonga before the United Nations Ocean Conference.\n\n"
            "The Spokesperson said the Ministry was ready to meet at any time.\n")
    rows = _engine_rows(registry, text, "2025-02-18")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [
        ("New Zealand", "\"We did not "), ("New Zealand", "\"Despite rep"), ("New Zealand", "The Spokespe")]


def test_a_pronoun_after_with_is_read_without_failing_the_sentence(attribute):
    # "registered with it": "with" before a pronoun, which is no mention, once raised a KeyError that cost the
    # sentence its statement
    assert attribute("The U.N. refugee agency said at least six people registered with it were among those sent "
                     "back.") == [["UNHCR"]]


def test_a_state_office_before_a_party_head_speaks_for_the_state(attribute):
    # "who heads the ... party" makes a plain name the party's voice; a minister's title before it keeps the office's
    assert attribute("Defence Minister Panos Kammenos, who heads the nationalist Independent Greeks party, accused "
                     "Turkey of taking hostages.") == [["Greece"]]
    assert attribute("Jane Roe, who heads the Independent Greeks party, accused Turkey of taking hostages.") == [
        ["Independent Greeks"]]


def test_an_act_in_a_clause_describing_a_noun_is_no_position(attribute):
    # "a replacement that Venezuela accepted", "any assistance Maputo asked for": what the noun is, no statement;
    # a judgement there ("a decision that Israel hailed") and a noun of saying ("a statement that") still count
    assert attribute("Brazil said it would look after the mission until Argentina chose a replacement that Venezuela "
                     "accepted.", "South Africa said it was ready to give any assistance Maputo asked for.") == [
        ["Brazil"], ["South Africa"]]
    assert attribute("Syria said the recognition was an assault, a decision that Israel hailed as historic.") == [
        ["Syria", "Israel"]]
    assert attribute("Kenya said in a statement that Uganda condemned the attack.") == [["Kenya", "Uganda"]]


def test_a_states_body_opening_a_sentence_after_an_agency_spoke_is_the_articles_state(registry):
    # "The government calls ..." after the fisheries agency spoke: no agency has a government; the dateline's state
    text = ("HONIARA, Aug 30 (Reuters) - Solomon Islands has paused visits by foreign navy ships, the government said "
            "on Tuesday.\n\nThe Pacific Islands Forum Fisheries Agency said the patrol exercise had been completed "
            "successfully.\n\nThe government calls the pause a temporary measure.\n")
    rows = _engine_rows(registry, text, "2022-08-30")
    assert list(zip(rows["actor"], rows["sentence"].str[:14]))[-1] == ("Solomon Islands", "The government")


def test_the_royal_navy_is_britains_unless_another_state_follows_it(attribute):
    assert attribute("A Royal Navy spokesperson said HMS Spey had completed its patrol.",
                     "The Royal Air Force of Oman said the drill was over.") == [["United Kingdom"], []]



def test_a_ministry_site_naming_no_state_is_its_footers_or_domains_state(registry):
    # "Ministry of Foreign Affairs" names no state: its address, its phone's calling code or its domain does,
    # and then "The Ministry rejects ..." is the site's own, whichever state the release names
    from pipeline import engine
    from pipeline.inputs import Document

    text = "The Ministry rejects any suggestion that the Argentine post could stay on national territory.\n"

    def actors(**page: str) -> list[str]:
        doc = Document("a.html", text, date="2024-06-10", source="Ministry of Foreign Affairs", **page)
        return engine.extract([doc], registry)[1]["actor"].tolist()

    assert actors(imprint="Ministry of Foreign Affairs \u00b7 Teatinos 180, Santiago") == ["Chile"]
    assert actors(imprint="Al-Taawon Street \u00b7 Tel: +962 6 573 5150") == ["Jordan"]
    assert actors(url="https://www.minrel.gob.cl/statements/hito-1") == ["Chile"]
    assert actors() == []  # no imprint: the ministry of no state the page names
    # an embassy's footer gives its host's address and phone: not its own state
    embassy = Document("e.html", "The Embassy rejects any suggestion that the post could stay.\n", date="2025-05-20",
                       source="Embassy in Athens", imprint="Embassy in Athens | Athens | Tel. +30 210 000 0000")
    assert "Greece" not in engine.extract([embassy], registry)[1]["actor"].tolist()
    # a newspaper's footer address is its home (a country named there may be part of a name: not that)
    news = Document("c.html", text, date="2024-06-10", source="The Daily Example", imprint="Teatinos 180, Santiago")
    guinea = Document("d.html", text, date="2024-06-10", source="Gulf of Guinea Times",
                      imprint="\u00a9 2021 Gulf of Guinea Times Media Ltd.")
    assert [engine.extract([d], registry)[1]["actor"].tolist() for d in (news, guinea)] == [["Chile"], []]


def test_a_papers_own_state_comes_before_the_state_its_headline_leads_with(registry):
    # "Tallinn Herald" names its city; a footer address ("Av. Arequipa, Lima, Peru") names a paper's home too:
    # its officials named by title alone are that state's, though the headline leads with another state
    from pipeline import engine
    from pipeline.inputs import Document

    text = ("Russia threatens a response as Narva's tank is moved\n\n"
            "The interior minister said public order had been the government's first concern.\n")

    def actors(**page: str) -> list[str]:
        doc = Document("a.html", text, date="2022-08-16", title="Russia fumes as the tank is moved", **page)
        return engine.extract([doc], registry)[1]["actor"].tolist()

    assert actors(source="Tallinn Herald") == ["Estonia"]
    assert actors(source="The Border Herald", imprint="The Border Herald \u00b7 Pikk 2, Tallinn") == ["Estonia"]
    assert actors(source="The Border Herald") == ["Russia"]  # nothing names the paper's home: the headline's state


def test_a_quotation_credited_after_a_dash_is_the_credited_speakers(attribute):
    # live blogs and round-ups credit a quotation after a dash; a dash inside a sentence credits no one
    assert attribute('"Greenland belongs to its people. France stands with Denmark." - Foreign Minister Jean-Noël '
                     'Barrot.', '"We are watching closely" \u2014 the Kremlin.',
                     'Crowds chanted "we are watching" - the French embassy stayed shut.') == [["France"], ["Russia"], []]


def test_a_high_commissioner_is_a_commonwealth_states_envoy(attribute):
    # "High Commissioner" is what Commonwealth states call their ambassadors to one another (not the UN's, whose
    # own name comes first)
    assert attribute("British High Commissioner Philip Barton said the attack was cowardly.",
                     "UN High Commissioner for Human Rights Volker Türk said the attack was cowardly.") == [
        ["United Kingdom"], ["United Nations"]]


def test_those_who_join_a_list_before_its_verb_speak_with_it(attribute):
    assert attribute("France, joined by Germany, called for restraint.") == [["France", "Germany"]]


def test_the_three_agencies_are_the_three_just_named(attribute):
    assert attribute("UNHCR, the International Organization for Migration and UNICEF said in a joint statement they "
                     "were deeply concerned.", "The three agencies called on all states to protect the migrants.",
                     ) == [["UNHCR", "International Organization for Migration", "UNICEF"]] * 2


def test_who_briefs_next_and_a_bare_i_dont_have_are_a_briefings_formalities():
    from pipeline.attribution import _TURN_FORMALITY

    assert [bool(_TURN_FORMALITY.search(s)) for s in (
        "Farhan Haq will brief you tomorrow.", "I don't have those figures.", "I don't have a medical bulletin to share.",
        "I don't have independent confirmation of the numbers, but the Secretary-General is appalled by the killing.",
        "Tomorrow at 11 a.m., the Emergency Relief Coordinator will brief you here on the humanitarian overview.",
    )] == [True, True, True, False, False]


def test_a_government_sites_own_text_is_its_voice_but_not_its_notices_diary_or_others_words(registry):
    # a ministry's releases speak for it where no one else speaks, facts included ("users in Latvia have not been
    # affected"); its meetings and calls, the notices about the site and a sentence where another speaks do not
    text = ("Ministry of Foreign Affairs of the Republic of Latvia\n\nPress releases\n\n"
            "Latvia thanks Norway for its help\n\n"
            "Latvia is grateful to Norway for its rapid and professional cooperation.\n\n"
            "Data traffic has been rerouted, and users in Latvia have not been affected.\n\n"
            "On 27 January, the Foreign Minister held a telephone conversation with her Swedish counterpart.\n\n"
            "Latvia's Foreign Minister held a telephone conversation with her Swedish counterpart.\n\n"
            "Mr Ozols, a retired diplomat, was less forgiving of the handling of the case.\n\n"
            "Mr Ozols, a retired diplomat, said Latvia had handled the case poorly.\n\n"
            "Translations are unofficial.\n\nThis is the official website of the Latvian foreign ministry.\n")
    rows = _engine_rows(registry, text, "2025-02-04")
    assert list(zip(rows["actor"], rows["sentence"].str[:14])) == [
        ("Latvia", "Latvia is grat"), ("Latvia", "Data traffic h")]


def test_a_ministry_named_by_its_own_name_is_its_states_masthead(registry):
    # "Ministry for Europe and Foreign Affairs" names no state, but only France's ministry is called so
    text = ("Ministry for Europe and Foreign Affairs\n\nStatements by the Spokesperson\n\nTunisia - Situation\n\n"
            "The Ministry is following the situation in Tunisia with the greatest attention.\n\n"
            "The Embassy is in contact with the families of those concerned.\n")
    assert _engine_rows(registry, text, "2021-07-26")["actor"].tolist() == ["France", "France"]


def test_a_news_sites_narration_is_no_ones(registry):
    # the same sentences on a newspaper's page: no site voice
    text = ("The Baltic Times\n\nNews\n\nLatvia thanks Norway for its help\n\n"
            "Data traffic has been rerouted, and users in Latvia have not been affected.\n")
    assert _engine_rows(registry, text, "2025-02-04").empty


# A radio interview: the host links, the guest answers under his surname's label and reports the candidates
_INTERVIEW = ("NDAYA-MOREL: Patrick, did this come as a surprise?\n\n"
              "MBUYI KALALA: {opening}What I find reckless is the timing, because expelling an ambassador now tells the world "
              "that the authorities would rather not have witnesses on Sunday.\n\n"
              "NDAYA-MOREL: Patrick, what are the candidates saying?\n\n"
              "MBUYI KALALA: Martin Fayulu's Lamuka coalition called the expulsion one more sign that the regime is "
              "getting ready to steal the election.\n\n"
              "MBUYI KALALA: The UDPS secretary general, Jean-Marc Kabund, said the party regretted the expulsion but "
              "would not let it become a distraction.\n\n"
              "NDAYA-MOREL: Annelies, a last word from you.\n")
_INTERVIEW_ROWS = [("Patrick Mbuyi Kalala", "What I find "), ("Lamuka", "Martin Fayul"),
                   ("Union for Democracy and Social Progress", "The UDPS sec")]


def test_a_guest_reporting_anothers_act_or_position_gives_it_to_its_holder(registry):
    # a guest's "X's coalition called the expulsion a sign ..." is the coalition's alone, and a "but" inside the
    # reported clause is the reported actor's, not the guest's own aside
    rows = _engine_rows(registry, _INTERVIEW.format(opening=""), "2018-12-28")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == _INTERVIEW_ROWS


def test_an_answers_opening_addressed_to_the_host_takes_no_position(registry):
    rows = _engine_rows(registry, _INTERVIEW.format(opening="Not really, Claire. "), "2018-12-28")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == _INTERVIEW_ROWS


def test_a_guests_turn_over_several_labelled_paragraphs_is_still_a_dialogue(registry):
    # "MBUYI KALALA: Not really, Claire." then "MBUYI KALALA: What I find ...": one turn in two paragraphs, so
    # the labels still take turns with the host's (they had been read as a digest's datelines and cut)
    text = _INTERVIEW.replace("MBUYI KALALA: {opening}", "MBUYI KALALA: Not really, Claire.\n\nMBUYI KALALA: ")
    rows = _engine_rows(registry, text, "2018-12-28")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == _INTERVIEW_ROWS


def test_a_former_office_holder_the_article_gives_a_new_office_speaks_for_the_state(registry):
    # Ivica Dačić left the foreign ministry in 2024 (the table spells him "Ivica Dacic"); as interior minister
    # that summer he is Serbia's voice, whichever spelling the article uses
    text = ("Belgrade rally live\n\nBELGRADE, Aug 10 - Serbia braced for a large rally.\n\n"
            "Interior Minister Ivica Dačić said police had detained four people suspected of planning attacks.\n")
    rows = _engine_rows(registry, text, "2024-08-10")
    assert rows.loc[rows["sentence"].str.startswith("Interior"), "actor"].tolist() == ["Serbia"]


def test_an_office_of_an_actor_named_before_it_sits_in_the_place_after_it(attribute):
    # "Amnesty International's regional office in Dakar": Amnesty's office, Dakar only where it sits; a state's
    # own body in its capital still speaks for the state
    assert attribute("Amnesty International's regional office in Dakar said the detentions had become a habit.",
                     "The United Nations human rights office in Bangkok said the conviction added to a worrying "
                     "pattern.",
                     "Officials in Kyiv said the strike had hit a school.",
                     "The foreign ministry in Moscow said the claims were false.") \
        == [["Amnesty International"], ["United Nations"], ["Ukraine"], ["Russia"]]


@pytest.mark.parametrize("lede,sentence,state", [
    ("KAMPALA, March 5 - Uganda protested the closure.",
     "In parliament, Speaker Rebecca Kadaga said the government had to present a statement by Thursday.", "Uganda"),
    ("AMMAN - Jordan mourned the officer.",
     "Speaker of the House of Representatives Ahmad Al-Safadi condemned the attack on the security personnel.",
     "Jordan"),
    ("PORT-AU-PRINCE - Haiti's electoral council annulled the vote.",
     "Senate President Ronald Larêche said parliament would meet next week.", "Haiti"),
])
def test_the_speaker_of_the_articles_parliament_speaks_for_its_state(registry, lede, sentence, state):
    # a parliament's presiding officer, named by title alone, is the article's own state's (a state organ)
    rows = _engine_rows(registry, f"{state} reacts\n\n{lede}\n\n{sentence}\n", "2020-03-05")
    assert rows.loc[rows["sentence"] == sentence, "actor"].tolist() == [state]


@pytest.mark.parametrize("lede,sentence,state", [
    ("CARACAS - Venezuela closed the border.",
     "The Governor of Falcón state, Víctor Clark, said fishermen would receive credits while the closure lasted.",
     "Venezuela"),
    ("YAOUNDE - Cameroon counted its dead.",
     "In Douala, the governor of the Littoral region, Samuel Dieudonne Diboua, said four people had died in clashes.",
     "Cameroon"),
    ("RIO DE JANEIRO - Brazil mourned.", "Rio state Governor Luiz Fernando Pezão called the killing barbaric.", "Brazil"),
])
def test_a_provinces_governor_speaks_for_the_articles_state(registry, lede, sentence, state):
    # the labels' convention: a provincial official speaks for the state, as a minister does
    rows = _engine_rows(registry, f"{state} reacts\n\n{lede}\n\n{sentence}\n", "2018-03-05")
    assert rows.loc[rows["sentence"] == sentence, "actor"].tolist() == [state]


@pytest.mark.parametrize("lede,sentence,state", [
    ("TBILISI - Georgia arrested the former president.",
     "The Prosecutor's Office said Saakashvili must serve six years under two final sentences.", "Georgia"),
    ("BRUSSELS - Belgium raised its threat level.",
     "Federal prosecutor's office spokesman Eric Van Duyse said the man was believed to be the gunman.", "Belgium"),
])
def test_the_prosecutors_office_is_the_articles_states(registry, lede, sentence, state):
    # a prosecution service only a state has, untied by the article: the article's own state's
    rows = _engine_rows(registry, f"{state} reacts\n\n{lede}\n\n{sentence}\n", "2021-10-02")
    assert rows.loc[rows["sentence"] == sentence, "actor"].tolist() == [state]


def test_a_briefings_housekeeping_takes_no_position(registry):
    # the spokesperson's opening and the floor handed over; a communiqué's place and date of signature
    text = ("U.S. DEPARTMENT of STATE\n\nHome > Briefings & Statements\n\nDepartment Press Briefing\n\n"
            "Ned Price, Department Spokesperson\n\n"
            "MR PRICE: Good afternoon. A couple of things at the top, and then I'll take your questions.\n\n"
            "The United States condemns the attack on the convoy.\n\nQUESTION: Any comment on the talks?\n\n"
            "MR PRICE: We hope they resume soon.\n\nNow the floor is open.\n\nDone at Washington, 28 June 2021.\n")
    rows = _engine_rows(registry, text, "2021-06-28")
    assert list(zip(rows["actor"], rows["sentence"].str[:14])) == [
        ("United States", "The United Sta"), ("United States", "We hope they r")]


def test_a_capital_after_a_pronouns_office_is_where_it_sits(attribute):
    # "his office in London": where the deposed leader's office is, not Britain's voice; "their embassies in
    # Baghdad": where the three states' embassies are, not Iraq's
    assert attribute("In a statement issued through his office in London, the deposed prime minister said he would "
                     "take a break from politics.",
                     "Britain, France and Germany issued a joint statement through their embassies in Baghdad saying "
                     "the attacks had to stop.") \
        == [[], ["United Kingdom", "France", "Germany"]]


def test_a_ministry_footer_that_names_its_state_makes_the_site_its_voice(registry):
    # "Ministry of Foreign Affairs of the Republic of Guatemala · 2a. Avenida ...": the footer's first piece names
    # the institution and its state, where the page's title gave the site no name
    from pipeline import engine
    from pipeline.inputs import Document

    text = ("The Ministry of Foreign Affairs reports that two nationals were identified among the victims.\n\n"
            "The consulates of Guatemala in Tapachula have been placed on alert.\n")
    footer = "Ministry of Foreign Affairs of the Republic of Guatemala \u00b7 2a. Avenida 4-17, Zona 10"
    doc = Document("a.html", text, date="2021-12-14", source="Tragedy in Chiapas", imprint=footer)
    assert engine.extract([doc], registry)[1]["actor"].tolist() == ["Guatemala", "Guatemala"]
    # a newspaper's footer naming a ministry later in its text is not the ministry's site
    paper = Document("b.html", text, date="2021-12-14", source="The Daily Example",
                     imprint="The Daily Example \u00b7 licensed by the Ministry of Information of Guatemala")
    assert engine.extract([paper], registry)[1]["actor"].tolist() == []


def test_a_hyphenated_vice_minister_is_a_title_of_the_home_state(registry):
    text = ("GUATEMALA CITY, Dec 14 (Reuters) - Guatemala mourned the dead on Tuesday.\n\n"
            "Vice-Minister Rosa Ruiz said the families would be helped.\n\n"
            "The Vice-Minister for Migrants, Ana Lopez, said the bodies would come home.\n\n"
            "The vice-minister added that aid would follow.\n")
    rows = _engine_rows(registry, text, "2021-12-14")
    assert list(zip(rows["sentence"].str[:14], rows["actor"])) == [
        ("Guatemala mour", "Guatemala"), ("Vice-Minister ", "Guatemala"), ("The Vice-Minis", "Guatemala"),
        ("The vice-minis", "Guatemala")]
    assert not any(a.startswith("Vice-Minister") for a in rows["actor"])  # no person named "Vice-Minister Rosa Ruiz"


def test_a_ministry_named_in_full_after_another_state_spoke_is_the_datelines(registry):
    # a state agency's "The Ministry of Interior announced" is its own state's, though a foreign delegation spoke
    # last; "the ministry said" alone would still be the last speaker's
    text = ("AMMAN, May 18 (Petra) -- An official source at the Ministry of Foreign Affairs said on Thursday that "
            "the talks had been frank.\n\n"
            "The Philippine delegation said in a statement issued in Manila that the shelter would stay open.\n\n"
            "The Ministry of Interior announced at the time that a suspect had been arrested.\n")
    rows = _engine_rows(registry, text, "2023-05-18")
    assert rows["actor"].tolist() == ["Jordan", "Philippines", "Jordan"]


def test_the_executive_mansion_is_liberias_voice(attribute):
    assert attribute("The Executive Mansion thanked Liberians for keeping the peace.") == [["Liberia"]]


def test_a_closing_said_with_a_name_after_it_is_that_names_not_the_places_before(attribute):
    # ", said Laura Doe, a researcher": the clause before the comma is what she said, its capitals places; but
    # "said Armenia, which ..." opens a reported clause, its subject no speaker
    assert attribute("The cell differs from the lone attackers who struck Nice, Berlin and London, said Laura Doe, "
                     "a researcher at a Madrid institute.") == [["Laura Doe"]]
    assert attribute("The cell differs from the attackers who struck Berlin, said Lavrov.") == [["Russia"]]
    assert attribute("Azerbaijan, speaking in a right of reply, said Armenia, which occupied its lands, had no "
                     "moral standing.") == [["Azerbaijan"]]


@pytest.mark.parametrize("answer", [
    "I have nothing to share on that.", "Not to my knowledge.", "The press conference concluded.",
    "I hope to have something for you on Monday.", "I'll let them speak for themselves.",
    "Let me just go to Edie first, and then I'll come back to you.", "I've said what I have to say on that.",
    "I'd ask you to check with the Dutch Mission.", "I don't have a readout of a specific call.",
])
def test_a_spokespersons_nothing_to_give_is_no_position(registry, answer):
    # the floor passed on, nothing to give yet: no position of the spokesperson's state; a position after "Not to
    # my knowledge, and ..." still is one
    text = ("Noon briefing by the Spokesperson for the Secretary-General\n\n"
            "SPOKESPERSON: The Secretary-General condemns the attack on the convoy.\n\n"
            f"QUESTION: Any word from the authorities?\n\nSPOKESPERSON: {answer}\n\n"
            "QUESTION: Will the UN observe the vote?\n\n"
            "SPOKESPERSON: Not to my knowledge, and the UN needs a mandate from the Assembly to observe any vote.\n")
    rows = _engine_rows(registry, text, "2024-03-01")
    assert rows["sentence"].str[:14].tolist() == ["The Secretary-", "Not to my know"]


def test_one_untitled_foreign_leader_does_not_make_the_article_his_states(registry):
    # "President Donald Trump" with no state word votes the article American; once, against a headline that leads with
    # Tehran, it does not outweigh the headline: the untitled deputy minister is Iran's
    text = ("Tehran attacks: gunmen hit Iran's parliament\n\nAt least 12 people were killed in the Iranian capital.\n\n"
            "A White House statement issued in President Donald Trump's name offered prayers for the victims.\n\n"
            "Deputy Interior Minister Mohammad Zolfaghari told state television that the men wore women's clothing.\n")
    rows = _engine_rows(registry, text, "2017-06-07")
    assert rows["actor"].tolist() == ["United States", "Iran"]
    # twice, it does: the article is American copy
    twice = text.replace("At least 12", "President Donald Trump said at least 12")
    assert _engine_rows(registry, twice, "2017-06-07")["actor"].tolist()[-1] == "United States"


def test_a_defence_force_is_its_states_army(registry):
    # "the defence force said" (the Maldives', Papua New Guinea's, Ireland's Defence Forces): the state's own army
    text = ("MALE, Feb 5 (Reuters) - The Maldives faces a crisis.\n\n"
            "In a statement issued on Monday night, the defence force said its personnel had shown restraint.\n\n"
            "The Maldives National Defence Force said no member of parliament had been harmed.\n")
    assert _engine_rows(registry, text, "2017-07-25")["actor"].tolist() == ["Maldives", "Maldives"]


def test_a_surname_with_a_particle_is_known_when_it_opens_a_sentence(registry):
    # "Foreign Minister Hugo de Zela" ... "De Zela hit back": the surname with its particle, capitalised
    text = ("LIMA, Nov 4 (Reuters) - Peru broke ties with Mexico.\n\n"
            "Foreign Minister Hugo de Zela told reporters in Lima that the government had found out that morning.\n\n"
            "De Zela hit back on Tuesday, accusing Mexico of dressing up plotters as martyrs.\n")
    assert _engine_rows(registry, text, "2025-11-04")["actor"].tolist() == ["Peru", "Peru"]


def test_a_service_named_after_its_state_is_the_states(attribute):
    # "the Uganda Prisons Service", "the Israel Airports Authority": the state's own services; "China's Taiwan Affairs
    # Office" names its brief, not its owner
    assert attribute("Nyanzi could be freed next year, a spokesperson for the Uganda Prisons Service said.",
                     "Traffic resumed within an hour, the Israel Airports Authority said.",
                     "China's Taiwan Affairs Office said the vote was illegal.") == [["Uganda"], ["Israel"], ["China"]]


def test_the_head_of_state_is_the_president_the_article_named_not_the_last_person(registry):
    # "the head of state said" after an activist opened the sentence before: the president the article titled,
    # not her; and "Vice President X" titles no president
    text = ("MINSK, Aug 4 (BelTA) - Belarus holds 33 Russian contractors.\n\n"
            "President Alexander Lukashenko met the security council on Monday.\n\n"
            "Tatyana Gurinovich, an activist, said the arrests were staged.\n\n"
            "Speaking in his annual address, the head of state said the men had been brought in to destabilise the vote.\n")
    rows = _engine_rows(registry, text, "2020-08-04")
    assert rows.loc[rows["sentence"].str.startswith("Speaking"), "actor"].tolist() == ["Belarus"]
    argentina = ("Argentina condemns the attack\n\n"
                 "President Alberto Fernandez spoke to the nation on Thursday night.\n\n"
                 "Vice President Cristina Fernandez de Kirchner was unhurt, the police said.\n\n"
                 "Maria Lopez, a lawmaker, said the attack had shocked the country.\n\n"
                 "The head of State declared Friday a public holiday.\n")
    rows = _engine_rows(registry, argentina, "2022-09-02")
    assert rows.loc[rows["sentence"].str.startswith("The head"), "actor"].tolist() == ["Argentina"]


def test_our_colleagues_at_an_agency_are_the_agencys_voice(registry):
    # a noon briefing's "our colleagues at the ICRC tell us": the ICRC's statement, not the spokesperson's
    text = ("Noon briefing by the Spokesperson for the Secretary-General\n\n"
            "SPOKESPERSON: The Secretary-General condemns the attack.\n\n"
            "And our colleagues at the International Committee of the Red Cross tell us that they sent medical "
            "supplies.\n")
    assert _engine_rows(registry, text, "2019-09-02")["actor"].tolist() == ["United Nations", "ICRC"]


def test_the_federation_or_coalition_is_the_one_the_article_named(registry):
    # "the federation replied", "the coalition said": the federation or coalition named before, not the last speaker
    text = ("HONG KONG, Oct 10 (Reuters) - Hong Kong called off talks.\n\n"
            "The Hong Kong Federation of Students said the talks had to go ahead.\n\n"
            "China's foreign ministry said it was disappointed.\n\n"
            "The federation, which had threatened to occupy offices, replied in a statement that it welcomed the chance.\n")
    rows = _engine_rows(registry, text, "2014-10-10")
    assert rows["actor"].tolist()[-1] == "Hong Kong Federation of Students"


def test_a_state_written_in_capitals_is_that_state(attribute):
    # the UN's meetings summaries write speaking states in capitals: "The UNITED STATES said", "QATAR and SAUDI
    # ARABIA welcomed", "SWEDEN, speaking on behalf of the European Union, said"
    assert attribute("The UNITED STATES said it had voted against the resolution because the text was one-sided.",
                     "QATAR and SAUDI ARABIA welcomed the adoption of the text.",
                     "SWEDEN, speaking on behalf of the European Union, said the Union took the report seriously.") == [
        ["United States"], ["Qatar", "Saudi Arabia"], ["European Union"]]


def test_another_organisations_act_in_a_briefing_is_the_organisations(registry):
    # in the spokesperson's voice, "IOM is continuing to provide food" is IOM's act; "The OPCW is an independent
    # organization" says what it is, and stays the spokesperson's or no one's
    text = ("The following is a near-verbatim transcript of today's noon briefing by Stephane Dujarric, Spokesperson "
            "for the Secretary-General.\n\n"
            "The Secretary-General condemns the attack on the convoy.\n\n"
            "IOM is continuing to provide food, water and health care to migrants stranded in Yemen.\n\n"
            "The International Rescue Committee followed on Monday, halting most of its services.\n\n"
            "The OPCW is an independent organization with its own governing bodies.\n")
    rows = _engine_rows(registry, text, "2023-08-22")
    assert list(zip(rows["sentence"].str[:8], rows["actor"])) == [
        ("The Secr", "United Nations"), ("IOM is c", "International Organization for Migration"),
        ("The Inte", "International Rescue Committee"), ("The OPCW", "United Nations")]


@pytest.mark.parametrize("line", [
    "UTM Party president Saulos Chilima posted this on Facebook a few minutes ago:",
    "The Nigeria Police Force posted this on X a few minutes ago:",
    "Interior Minister Matteo Salvini, posting within minutes of the Spanish offer:",
    "The ECOWAS Commission issued the following statement in Abuja on Wednesday:",
    "US President Donald Trump posted a message in English and in Farsi:",
])
def test_a_line_that_announces_a_post_takes_no_position(attribute, line):
    # the post or the statement after the colon is the position; the line announcing it states nothing
    assert attribute(line) == [[]]


def test_a_source_that_reports_anothers_act_takes_no_position(attribute):
    # "X acted ..., according to Y": X's statement, not Y's (the guide: Y's only if Y takes a position); a source of the
    # facts a spokesperson reports keeps its own
    assert attribute("French President Emmanuel Macron called Rouhani to express his sympathy, according to the "
                     "Iranian presidency.",
                     "Cameroon and Benin also sent messages of condolence to N'Djamena, according to Chad's foreign "
                     "ministry.") == [["France"], ["Cameroon", "Benin"]]
    assert attribute("Our humanitarian colleagues tell us that 90,000 people have been displaced, according to the "
                     "International Organization for Migration.")[0].count("International Organization for Migration") == 1


def test_the_embassy_remains_committed_is_the_sites_own(registry):
    # on an embassy's page, "The Embassy remains committed to ..." is the site's own body, not the last state named
    from pipeline import engine
    from pipeline.inputs import Document

    text = ("The Embassy has read with surprise the statements of the Embassies of the United States and the United "
            "Kingdom in Sofia approving the decision.\n\n"
            "The Embassy remains committed to constructive work with its Bulgarian partners.\n")
    doc = Document("a.html", text, date="2019-10-30", source="Embassy of the Russian Federation in the Republic of "
                   "Bulgaria")
    rows = engine.extract([doc], registry)[1]
    assert rows.loc[rows["sentence"].str.startswith("The Embassy remains"), "actor"].tolist() == ["Russia"]


def test_sanctions_on_someone_are_a_noun_not_the_states_act(attribute):
    # "Wednesday's U.S. sanctions on 24 officials": the measures; "The United States sanctions Russia": the act
    assert attribute("Wang Yi singled out Wednesday's U.S. sanctions on 24 Chinese officials.",
                     "Britain's Foreign Office said EU sanctions on Syria had been breached.",
                     "The United States sanctions Russia again.") == [[], ["United Kingdom"], ["United States"]]


def test_a_states_chambers_regulators_and_commissions_named_in_full_are_the_states(registry):
    # "The Chamber of Senators approved ...", "The Telecommunications Regulatory Commission said ...", "The Guyana
    # Elections Commission said ...": a state's own organs, named with no state word, not organisations of their own
    text = ("GEORGETOWN, March 6 (Reuters) - Guyana's election count stalled.\n\n"
            "The Guyana Elections Commission said in a brief notice that it would meet again on Friday.\n\n"
            "The Telecommunications Regulatory Commission said social media would remain restricted.\n")
    assert _engine_rows(registry, text, "2020-03-06")["actor"].tolist() == ["Guyana", "Guyana"]


def test_a_national_human_rights_commission_is_its_own_actor_not_the_states(registry):
    # the labels keep a national human rights commission an actor of its own, whatever state the article named last
    text = ("STILFONTEIN, Jan 14 - Lesotho's foreign ministry said it had sent officials to identify the dead.\n\n"
            "The South African Human Rights Commission said its monitors were on site.\n")
    rows = _engine_rows(registry, text, "2025-01-14")
    assert rows.loc[rows["sentence"].str.startswith("The South African"), "actor"].tolist() \
        == ["South African Human Rights Commission"]


def test_a_ministry_masthead_with_a_dash_and_numbered_questions_and_answers(registry):
    # "MINISTRY OF FOREIGN AFFAIRS - SOCIALIST REPUBLIC OF VIET NAM" is a masthead, not a dateline; "2. Question
    # (Reuters): ..." is a journalist's turn; "Answer:" after it is the spokesperson who opened the conference
    text = ("MINISTRY OF FOREIGN AFFAIRS - SOCIALIST REPUBLIC OF VIETNAM\n"
            "Home | Ministry | Foreign Policy | Press Center | Contact\n"
            "English | Français\n\n"
            "Press Center > Spokesperson > Regular Press Conferences\n\n"
            "REGULAR PRESS CONFERENCE OF THE MINISTRY OF FOREIGN AFFAIRS\n\n"
            "Deputy Spokesperson Ngo Toan Thang: Good afternoon. As I know many of you have questions on the incident, "
            "I will go directly to your questions.\n\n"
            "1. Question (Reuters): The British police said the victims were Vietnamese. Can you confirm it?\n\n"
            "Answer: We highly appreciate the cooperation of the British Government in this case.\n\n"
            "2. Question (Kyodo News): The Chinese Foreign Ministry said its embassy had sent staff. Has Viet Nam "
            "been in contact with China?\n\n"
            "Answer: I reject any attempt to exploit the suffering of these families.\n")
    rows = _engine_rows(registry, text, "2019-11-07")
    answers = rows[rows["sentence"].str.contains("appreciate|reject any")]
    assert answers["actor"].tolist() == ["Vietnam", "Vietnam"]
    assert not rows["sentence"].str.match(r"\d\.$").any()
    assert not rows["sentence"].str.contains("go directly").any()  # the briefing's housekeeping
    assert "Vietnam" not in rows.loc[rows["sentence"].str.contains("British police|Chinese Foreign"), "actor"].tolist()


def test_the_ministrys_own_acronym_on_its_site_is_the_sites(registry):
    # "The Ministry of Foreign Affairs (MOFA) has learned ..." on Taiwan's ministry's page: "MOFA" is Taiwan's, though
    # the page named Guyana's ministry before
    from pipeline import engine
    from pipeline.inputs import Document

    text = ("Guyana's Ministry of Foreign Affairs said on February 4 that it had withdrawn from the agreement.\n\n"
            "The Ministry of Foreign Affairs (MOFA) has learned that the government of Guyana announced its decision.\n\n"
            "MOFA strongly condemns the Chinese government for using coercion against a small country.\n")
    doc = Document("a.html", text, date="2021-02-05", source="Ministry of Foreign Affairs, Republic of China (Taiwan)")
    rows = engine.extract([doc], registry)[1]
    assert rows.loc[rows["sentence"].str.startswith("MOFA strongly"), "actor"].tolist() == ["Taiwan"]


def test_the_minister_of_the_environment_is_the_home_states_minister(registry):
    # "The Minister of the Environment, Rubén Ramírez Mateo, indicated": a portfolio after "of the", not the last speaker's
    text = ("LIMA, Jan 21 (Andina) - Peru declared an environmental emergency.\n\n"
            "The United Nations system in Peru confirmed that specialists will travel to Lima.\n\n"
            "The Minister of the Environment, Rubén Ramírez Mateo, indicated that some 6,000 barrels reached the sea.\n")
    rows = _engine_rows(registry, text, "2022-01-21")
    assert rows.loc[rows["sentence"].str.startswith("The Minister"), "actor"].tolist() == ["Peru"]


def test_a_national_service_named_in_full_is_the_home_states(registry):
    # "The National Forest and Wildlife Service (Serfor) reported": a state's service, its acronym in mixed case;
    # "the Swedish Migration Agency": the state its name holds; neither an organisation of its own
    text = ("LIMA, Jan 21 (Andina) - Peru declared an environmental emergency.\n\n"
            "The United Nations system in Peru confirmed that specialists will travel to Lima.\n\n"
            "The National Forest and Wildlife Service (Serfor) reported that its specialists have rescued dozens of birds.\n\n"
            "The Swedish Migration Agency said it would review the case.\n")
    rows = _engine_rows(registry, text, "2022-01-21")
    assert rows.loc[rows["sentence"].str.contains("Serfor|Migration Agency"), "actor"].tolist() == ["Peru", "Sweden"]


def test_where_an_organisation_is_based_is_no_part_of_its_name(registry):
    text = ("NIAMEY, March 22 - Gunmen killed 44 worshippers.\n\n"
            "The Abu Dhabi-based Muslim Council of Elders said it condemned the attack without reservation.\n")
    assert _engine_rows(registry, text, "2025-03-22")["actor"].tolist()[-1] == "Muslim Council of Elders"


def test_a_scholar_named_after_the_trade_is_an_actor_of_her_own(registry):
    # "the professor of political science at the University of Kinshasa, Mrs Honorine Ndaya Tshimanga, considered"
    text = ("KINSHASA, July 14 (ACP) - An opposition MP was shot dead.\n\n"
            "Interviewed by ACP, the professor of political science at the University of Kinshasa, Mrs Honorine Ndaya "
            "Tshimanga, considered that the speed with which the Government had reacted was a positive sign.\n\n"
            "The researcher at Human Rights Watch, Jane Roe, said the arrests were illegal.\n")
    rows = _engine_rows(registry, text, "2023-07-14")
    assert rows.loc[rows["sentence"].str.contains("Tshimanga"), "actor"].tolist() == ["Honorine Ndaya Tshimanga"]
    assert "Jane Roe" not in rows["actor"].tolist()  # her workplace is a body the registry knows


def test_a_briefing_reports_a_places_authorities_and_declines_to_comment(registry):
    # the spokesperson's "In Haiti, the civil protection authorities have reported ..." is Haiti's; "I'm not going to
    # comment on ..." takes no position
    text = ("The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for "
            "the Secretary-General.\n\n"
            "Good afternoon. The Secretary-General is deeply saddened by the loss of life in the Caribbean.\n\n"
            "In Haiti, the civil protection authorities have reported more than 20 deaths.\n\n"
            "Question: The opposition says relief is too slow. Do you agree?\n\n"
            "Spokesman: I'm not going to comment on domestic political debates.\n")
    rows = _engine_rows(registry, text, "2025-10-31")
    assert rows.loc[rows["sentence"].str.startswith("In Haiti"), "actor"].tolist() == ["Haiti"]
    assert not rows["sentence"].str.contains("not going to comment").any()


def test_a_home_body_read_before_anything_named_the_state_is_settled_at_the_articles_end(registry):
    # a live blog's latest entry first: the police spokesperson speaks before the entry that names the president; the
    # article's own state, once read whole, is hers. With no sign of where the article is from (only states named as
    # others'), the police speak for no one.
    text = ("19:40\n\nPolice give updated figures\n\n"
            "Police spokesperson Brigadier Athlenda Mathe said 106 men had been brought to the surface alive.\n\n"
            "18:20\n\nPresidency asks for full report\n\n"
            "Presidential spokesperson Vincent Magwenya told journalists that President Cyril Ramaphosa was saddened by "
            "the loss of life.\n")
    rows = _engine_rows(registry, text, "2025-01-14")
    assert rows.loc[rows["sentence"].str.startswith("Police spokesperson"), "actor"].tolist() == ["South Africa"]
    text = ("Police said twelve people had died in the fire.\n\n"
            "France and Germany sent their condolences to the families.\n")
    rows = _engine_rows(registry, text, "2025-01-14")
    assert rows.loc[rows["sentence"].str.startswith("Police"), "actor"].tolist() == []


def test_two_home_officials_joined_by_and_and_the_police_minister(registry):
    # "Mineral and Petroleum Resources Minister Gwede Mantashe and Police Minister Senzo Mchunu have been briefed": both
    # the home state's; but "Australia's Foreign Minister X and Environment Minister Y": the first's state, not the home
    text = ("STILFONTEIN, Jan 14 - President Cyril Ramaphosa was saddened by the deaths.\n\n"
            "Mineral and Petroleum Resources Minister Gwede Mantashe and Police Minister Senzo Mchunu have been briefed "
            "by the rescue team.\n\n"
            "Mantashe rejected criticism of the government.\n\n"
            "Mchunu said the police would not apologise for enforcing the law.\n\n"
            "Australia's Foreign Minister Marise Payne and Environment Minister Melissa Price said in a joint statement "
            "that they regretted the decision.\n\n"
            "Price said Canberra would push for stronger protection.\n")
    rows = _engine_rows(registry, text, "2025-01-14")
    actors = rows.groupby("sentence")["actor"].apply(list)
    assert actors[actors.index.str.startswith("Mantashe")].tolist() == [["South Africa"]]
    assert actors[actors.index.str.startswith("Mchunu")].tolist() == [["South Africa"]]
    assert "South Africa" not in [a for found in actors[actors.index.str.contains("Price")] for a in found]


def test_the_head_of_a_service_named_in_full_speaks_for_its_state(registry):
    # "The head of the National Narcotics Agency, Budi Waseso, said": the home state's; "the Guatemalan Migration
    # Institute": the demonym's state, though no role word follows it
    text = ("JAKARTA, July 29 (Reuters) - Indonesia executed four drug convicts on Friday.\n\n"
            "The head of the National Narcotics Agency, Budi Waseso, said the executions were a message.\n\n"
            "Waseso said more would follow.\n\n"
            "The head of the Guatemalan Migration Institute, Guillermo Díaz, told reporters that anyone could go home.\n")
    rows = _engine_rows(registry, text, "2016-07-29")
    actors = rows.groupby("sentence")["actor"].apply(list)
    assert actors[actors.index.str.startswith("Waseso")].tolist() == [["Indonesia"]]
    assert actors[actors.index.str.contains("Guillermo")].tolist() == [["Guatemala"]]


def test_an_unnamed_official_of_the_home_administration_speaks_for_its_state(registry):
    # "A senior administration official told reporters": the home state's executive; "Officials said": no tie, no one
    text = ("WASHINGTON, Aug 1 (Reuters) - The United States killed al Qaeda leader Ayman al-Zawahiri.\n\n"
            "A senior administration official told reporters that two missiles struck the house.\n\n"
            "Officials said the strike was lawful.\n")
    rows = _engine_rows(registry, text, "2022-08-01")
    assert rows.loc[rows["sentence"].str.startswith("A senior"), "actor"].tolist() == ["United States"]
    assert rows.loc[rows["sentence"].str.startswith("Officials"), "actor"].tolist() == []
    # an "administration official" in wire copy filed elsewhere is still Washington's where the article names it
    text = ("KABUL, Aug 2 (Reuters) - Afghanistan's Taliban rulers condemned the U.S. drone strike.\n\n"
            "A senior administration official told reporters that two missiles struck the house.\n")
    rows = _engine_rows(registry, text, "2022-08-02")
    assert rows.loc[rows["sentence"].str.startswith("A senior"), "actor"].tolist() == ["United States"]


def test_a_spokesperson_at_the_body_the_sentence_opens_at(registry):
    # "At the State Department, spokesman Ian Kelly said": the department's state, and Kelly after it; "At the Foreign
    # Ministry in Beijing, a spokesman told reporters": the capital's state
    text = ("URUMQI, July 7 (Reuters) - Riots in Urumqi killed 156 people.\n\n"
            "At the State Department, spokesman Ian Kelly said the violence would come up in talks.\n\n"
            "At the Foreign Ministry in Beijing, a spokesman told reporters that the riots were an internal affair.\n\n"
            "Kelly said Washington was concerned.\n")
    rows = _engine_rows(registry, text, "2009-07-07")
    actors = rows.groupby("sentence")["actor"].apply(list)
    assert actors[actors.index.str.startswith("At the State")].tolist() == [["United States"]]
    assert actors[actors.index.str.startswith("At the Foreign")].tolist() == [["China"]]
    assert actors[actors.index.str.startswith("Kelly")].tolist() == [["United States"]]


def test_messages_of_sympathy_received_from_states_are_each_senders(attribute):
    # the senders of "Messages of ... were received from", not the source after "according to"
    assert attribute("Messages of solidarity were received from the Prime Ministers of Fiji, Solomon Islands and "
                     "Vanuatu.",
                     "Messages of sympathy have also been received from the Heads of State of Ghana and Togo, according "
                     "to the Presidency of Senegal.") \
        == [["Fiji", "Solomon Islands", "Vanuatu"], ["Ghana", "Togo"]]


def test_an_envoy_summoned_and_handed_a_protest_is_no_speaker(registry):
    # "was summoned ... and handed a strong protest": done to the envoy, the ministry's act; "France was consulted and
    # agreed": its own
    text = ("ISLAMABAD, Oct 3 - Pakistan protested the firing across the Line of Control.\n\n"
            "The Indian Chargé d'Affaires was summoned to the Ministry and handed a strong protest, the Ministry said.\n\n"
            "France was consulted and agreed to the plan.\n")
    rows = _engine_rows(registry, text, "2019-10-03")
    actors = rows.groupby("sentence")["actor"].apply(list)
    assert "India" not in actors[actors.index.str.contains("Chargé")].sum()
    assert actors[actors.index.str.startswith("France")].tolist() == [["France"]]


def test_a_state_office_the_article_gives_wins_over_a_partys_name_file(registry):
    # "Interior Minister Suleiman Frangieh" in 2005 is Lebanon's minister, though the name files make him the Marada
    # Movement's (its leader later); "Marada leader Suleiman Frangieh" stays the party's
    text = ("BEIRUT, Feb 15 - Lebanon mourned Rafik Hariri.\n\n"
            "Suleiman Frangieh arrived at the ministry early on Monday.\n\n"  # named before his title: still the state's
            "Interior Minister Suleiman Frangieh said the security services had received no warning of an attack.\n\n"
            "Frangieh said the state would find the killers.\n")
    assert _engine_rows(registry, text, "2005-02-15")["actor"].tolist() == ["Lebanon", "Lebanon", "Lebanon"]
    text = "ZGHARTA, Jan 9 - Lebanon elected a president.\n\nMarada leader Suleiman Frangieh said he would back Joseph Aoun.\n"
    rows = _engine_rows(registry, text, "2025-01-09")
    assert rows.loc[rows["sentence"].str.startswith("Marada"), "actor"].tolist() == ["Marada Movement"]
    # a minister's office only: a speaker of the house stays his party's, as the labels have it
    text = ("WASHINGTON, Feb 5 - The United States shot down a Chinese balloon.\n\n"
            "House Speaker Kevin McCarthy said the president had shown weakness.\n")
    rows = _engine_rows(registry, text, "2023-02-05")
    assert rows.loc[rows["sentence"].str.startswith("House"), "actor"].tolist() == ["Republican Party"]


def test_a_briefings_refusals_and_its_close_to_verbatim_heading_take_no_position(registry):
    text = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
            "Below is a close-to-verbatim record of the midday briefing given today at United Nations Headquarters by "
            "Stéphane Dujarric, Spokesman for the Secretary-General.\n\n"
            "The Secretary-General condemns the attack on the peacekeepers in the strongest terms.\n\n"
            "Question: Will the mission leave the town?\n\n"
            "Spokesman: I will not speculate. I think that speaks for itself. I've told you where we stand.\n\n"
            "Question: Is the Government to blame?\n\n"
            "Spokesman: I wouldn't accept that premise.\n")
    rows = _engine_rows(registry, text, "2022-02-08")
    assert rows["sentence"].tolist() == ["The Secretary-General condemns the attack on the peacekeepers in the strongest "
                                         "terms."]
    assert rows["actor"].tolist() == ["United Nations"]


def test_a_state_agencys_official_named_after_the_title_and_an_honorific(registry):
    # the Ethiopian agency's house style: a slashed year in the dateline, the title without "the", then "Her
    # Excellency Ms." and the name; "disclosed that" reports, and the agency's "Ms. Almaz" is the minister again
    text = ("ETHIOPIAN NEWS AGENCY\n\nAddis Ababa April 4/2019 (ENA) – Minister of Transport, Her Excellency Ms. Almaz "
            "Tesfaye, disclosed today that the crew had applied the emergency checklist again and again.\n\n"
            "Ms. Almaz urged the media to refrain from speculation until the final report is issued.\n")
    rows = _engine_rows(registry, text, "2019-04-04")
    assert rows["actor"].tolist() == ["Ethiopia", "Ethiopia"]
    # the Congolese agency's "(ACP).-", and "the Honourable" before a name with an apostrophe
    text = ("Kinshasa, 25 January 2023 (ACP).- The Government condemned the fire opened on the aircraft.\n\n"
            "The Sacred Union of the Nation, the ruling platform, in a declaration denounced an act of war.\n\n"
            "The President of the National Assembly, the Honourable Christophe Mboso N'Kodia Pwanga, expressed the "
            "solidarity of the elected representatives with the army and asked the Government to review its relations "
            "with Kigali.\n")
    rows = _engine_rows(registry, text, "2023-01-25")
    assert rows.loc[rows["sentence"].str.contains("National Assembly"), "actor"].tolist() == [
        "Democratic Republic of the Congo"]


def test_irish_offices_and_police(registry):
    # "Minister for Justice" (the Irish and British order), the Garda's commissioner and the gardaí are the state's
    text = ("DUBLIN, Nov 24 - Taoiseach Leo Varadkar said the rioters had disgraced the country.\n\n"
            "Minister for Justice Helen McEntee said gardaí had restored order within a few hours.\n\n"
            "Garda Commissioner Drew Harris blamed far-right agitators for the violence.\n\n"
            "Mr Harris said more arrests would follow.\n\n"
            "Gardaí said a man remained under guard in hospital and that they were looking for no one else.\n\n"
            "Mr Varadkar also paid tribute to the passers-by who stepped in during the attack.\n")
    rows = _engine_rows(registry, text, "2023-11-24")
    assert rows["actor"].tolist() == ["Ireland"] * 6
    # (no dateline: the gardaí are the state's the article's own officials name)
    text = ("Taoiseach Leo Varadkar said the rioters had disgraced the country.\n\n"
            "Gardaí have said an increased presence will remain in the city centre amid calls for further protests.\n")
    assert _engine_rows(registry, text, "2023-11-24")["actor"].tolist() == ["Ireland", "Ireland"]


def test_a_name_word_may_open_with_a_capital_and_an_apostrophe():
    import re

    from pipeline.attribution import _NAME
    assert all(re.fullmatch(_NAME, name) for name in ("Christophe Mboso N'Kodia Pwanga", "Jane O'Neill", "Ana D'Souza"))


def test_a_guests_turn_reports_others_positions_as_theirs(registry):
    # "Our foreign minister, X, told reporters": the minister's words, not the analyst's (the possessive is in the
    # subject); "The State Department has warned that": another actor's words told as such
    text = ("HOST: Good evening. The first direct flight from Moscow landed in Tbilisi on Friday.\n\n"
            "NINO KAPANADZE: Our foreign minister, Ilia Darchiashvili, told reporters that the government welcomed any step "
            "that made life easier for Georgian citizens.\n\n"
            "HOST: And Washington?\n\n"
            "NINO KAPANADZE: Yes. The State Department has warned that Georgian airports that service sanctioned aircraft "
            "could face penalties themselves.\n")
    rows = _engine_rows(registry, text, "2023-05-22")
    assert rows[["actor"]].assign(opening=rows["sentence"].str[:7]).values.tolist() == [
        ["Georgia", "Our for"], ["United States", "The Sta"]]


def test_a_party_known_by_its_full_name_is_called_by_the_acronym_the_article_gives(registry):
    text = ("ACCRA, Feb 1 - The Electoral Commission declared the candidate of the governing New Patriotic Party (NPP) "
            "the winner.\n\n"
            "NPP general secretary Kwame Ofori said his party had nothing to do with the gunmen.\n\n"
            "The NPP said the opposition had staged the confrontation.\n")
    rows = _engine_rows(registry, text, "2019-02-01")
    assert rows.loc[rows["sentence"].str.startswith("NPP") | rows["sentence"].str.startswith("The NPP"),
                    "actor"].tolist() == ["New Patriotic Party", "New Patriotic Party"]


def test_a_ministrys_official_representative_answers_its_briefings_questions(registry):
    from pipeline import engine
    from pipeline.inputs import Document

    text = ("Briefing of the Official Representative of the Ministry of Foreign Affairs Aibek Nurlanov\n\n"
            "Question: Some commentators say the affair has changed the country's position. Is that so?\n\n"
            "Answer: Our position is unchanged. The country stands for an end to hostilities and for a settlement "
            "through negotiations.\n")
    doc = Document("a.html", text, date="2022-10-05", source="Ministry of Foreign Affairs of the Republic of Kazakhstan")
    rows = engine.extract([doc], registry)[1]
    assert rows["actor"].tolist() == ["Kazakhstan", "Kazakhstan"]
    # with no site to say whose: the transcript's opening names who answers
    text = text.replace("Aibek Nurlanov\n\n", "Aibek Nurlanov\n\nAstana, 5 October 2022. The following are excerpts from the "
                        "answers of the Official Representative of the Ministry of Foreign Affairs of the Republic of "
                        "Kazakhstan, Aibek Nurlanov, to questions from journalists at the weekly briefing.\n\n")
    rows = engine.extract([Document("a.txt", text, date="2022-10-05")], registry)[1]
    assert rows["actor"].tolist() == ["Kazakhstan", "Kazakhstan"]


def test_an_embassys_page_names_its_own_foreign_minister_and_the_hosts_other_ministers(registry):
    from pipeline import engine
    from pipeline.inputs import Document

    text = ("2 April 2023\nVisit to China by Foreign Minister Tanaka Hiroshi\n\n"
            "Minister for Foreign Affairs Tanaka Hiroshi visited Beijing and held a meeting with his Chinese counterpart.\n\n"
            "Minister Tanaka stated that detaining a member of the business community without disclosing the charges "
            "leaves companies unable to judge what is lawful in China.\n\n"
            "Information Minister Wang Lihua told reporters in Beijing that the case was a matter for the courts of China.\n")
    doc = Document("a.html", text, date="2023-04-02", source="Embassy of Japan in the People's Republic of China")
    rows = engine.extract([doc], registry)[1]
    actors = dict(zip(rows["sentence"].str[:11], rows["actor"]))
    assert (actors["Minister Ta"[:11]], actors["Information"]) == ("Japan", "China")


def test_an_embedded_post_is_the_author_its_signature_names(registry):
    # a live blog's embedded post signs after its text; its words are the author's (and a name the files do not know
    # gives the post no actor)
    text = ("OTTAWA, Feb 14 - Canada invoked the Emergencies Act.\n\n"
            "This occupation has gone on far too long. New Democrats will support measures to end it.\n"
            "— Jagmeet Singh (@theJagmeetSingh) February 14, 2022\n\n"
            "We condemn this overreach in the strongest terms.\n"
            "— Jane Roe (@janeroe_writes) February 14, 2022\n")
    rows = _engine_rows(registry, text, "2022-02-14")
    assert rows.loc[~rows["sentence"].str.startswith("Canada"), ["sentence", "actor"]].values.tolist() == [
        ["This occupation has gone on far too long.", "New Democratic Party"],
        ["New Democrats will support measures to end it.", "New Democratic Party"]]


def test_an_embassys_post_is_the_sending_states_not_the_host_citys(registry):
    text = ("HAVANA, Oct 21 - Cuba's grid collapsed again.\n\n"
            "We are following the storm in the east. Our thoughts are with the families.\n"
            "— U.S. Embassy Havana (@USEmbCuba) October 21, 2024\n\n"
            "We stand with the people of Cuba.\n"
            "— EU Delegation to Cuba (@UEenCuba) October 21, 2024\n")
    rows = _engine_rows(registry, text, "2024-10-21")
    assert rows.loc[~rows["sentence"].str.startswith("Cuba"), "actor"].tolist() == [
        "United States", "United States", "European Union"]


def test_a_states_organ_signing_a_post_posts_for_the_state(registry):
    # "— Ghana Police Service (@GhPoliceService)": the state's name, then its organ's words
    text = ("ACCRA, Sept 21 - Police arrested dozens of protesters.\n\n"
            "Our attention has been drawn to reports that a journalist was arrested. This is not correct.\n"
            "— Ghana Police Service (@GhPoliceService) September 21, 2023\n")
    rows = _engine_rows(registry, text, "2023-09-21")
    assert rows["actor"].tolist() == ["Ghana", "Ghana"]


def test_a_state_agencys_long_title_before_an_unknown_name_is_the_states_official(registry):
    # "Chairman of the State Committee for ... Mubariz Gurbanli said": no comma, the name is the last two words before
    # the verb, the office is the home state's ("State", "Milli Majlis"); a title of no state's office is not
    text = ("Nardaran\n\nBAKU, November 27 (AZERTAC) - Azerbaijan police detained members of an armed group in "
            "Nardaran.\n\nChairman of the State Committee for Work with Religious Associations Mubariz Gurbanli said "
            "that the group had spread radical ideas.\n\nFirst Deputy Chairman of the Milli Majlis Ziyafat Asgarov "
            "stressed that the Parliament fully supported the operation.\n\nDirector of the Centre for Caucasus Studies "
            "Anar Valiyev said the raid had been long expected.\n")
    rows = _engine_rows(registry, text, "2015-11-27")
    assert list(zip(rows["actor"], rows["sentence"].str[:12])) == [("Azerbaijan", "Chairman of "),
                                                                   ("Azerbaijan", "First Deputy")]


def test_a_guest_the_host_gives_a_government_office_speaks_for_its_state(registry):
    # "X, the national government's Secretary of Human Rights": the article's own government, and "Santiago
    # Maldonado" is a man's name, no mention of Chile's capital that would make Chile the article's state
    text = ("HOST: Good evening. It is five weeks since Santiago Maldonado was last seen, and the UN has asked Argentina "
            "to search for him. With me is Claudio Ferrante, the national government's Secretary of Human Rights, and "
            "Julia Perez, a lawyer. Secretary Ferrante, where is Santiago Maldonado?\n\n"
            "CLAUDIO FERRANTE: The government is not hiding anything and is not protecting anyone.\n\n"
            "HOST: Julia Perez?\n\nJULIA PEREZ: I hope the government finds him.\n")
    rows = _engine_rows(registry, text, "2017-09-08")
    assert rows.loc[rows["sentence"].str.startswith("The government"), "actor"].tolist() == ["Argentina"]


def test_a_headlines_demonym_names_the_articles_state(registry):
    # "Indonesian submarine ... found": the article's own officials are Indonesia's, not those of the states its
    # standfirst lists; the armed forces' commander and the navy's spokesman, ranks and all, are the state's
    text = ("Indonesian submarine found broken into three parts off Bali\n"
            "Rescue ships from Singapore, Malaysia, Australia and India joined the search\n\n"
            "Armed forces commander Air Chief Marshal Adi Santoso told a news conference that all 53 on board had died.\n\n"
            "Navy spokesman First Admiral Budi Hartono rejected suggestions that the submarine had been overloaded.\n")
    rows = _engine_rows(registry, text, "2021-04-25")
    assert rows["actor"].tolist() == ["Indonesia", "Indonesia"]
    # (a demonym opening a place's name is no state's: "the Indian Ocean island")
    text = ("Voters in the Indian Ocean island shun the poll as the opposition boycotts\n\n"
            "The Interior Minister said the vote had gone ahead in most polling stations.\n\n"
            "Madagascar's electoral commission said turnout was low.\n")
    rows = _engine_rows(registry, text, "2023-11-16")
    assert "India" not in rows["actor"].tolist()


def test_burkina_fasos_president_is_the_president_of_faso(registry):
    text = ("Ouagadougou, 8 November 2019\n\nThe Government of Canada conveyed its condolences to the families.\n\n"
            "The President of Faso thanked all these friends of Burkina Faso for their messages.\n")
    rows = _engine_rows(registry, text, "2019-11-08")
    assert rows.loc[rows["sentence"].str.startswith("The President"), "actor"].tolist() == ["Burkina Faso"]


def test_an_operations_name_is_no_persons(registry):
    text = ("RIO DE JANEIRO, Oct 29 - The operation, called Operation Containment, mobilised about 2,500 police officers "
            "against the Comando Vermelho.\n\n"
            "The Minister announced that the Federal Government would place experts at the disposal of the State.\n")
    assert "Operation Containment" not in _engine_rows(registry, text, "2025-10-29")["actor"].tolist()


def test_messages_received_after_an_opening_phrase_are_each_senders(registry):
    text = ("TAIPEI - A strong earthquake struck Hualien.\n\n"
            "By the evening of April 3, messages of sympathy had been received from the leaders of diplomatic allies "
            "including Paraguay and Guatemala, as well as from senior officials of Japan.\n")
    rows = _engine_rows(registry, text, "2024-04-03")
    assert sorted(rows.loc[rows["sentence"].str.startswith("By the"), "actor"]) == ["Guatemala", "Japan", "Paraguay"]


def test_the_american_institute_in_taiwan_is_the_united_states(registry):
    text = ("TAIPEI - A strong earthquake struck Hualien.\n\n"
            "Director of the American Institute in Taiwan Sandra Oudkirk said her office stood ready to help.\n")
    rows = _engine_rows(registry, text, "2024-04-03")
    assert "United States" in rows.loc[rows["sentence"].str.startswith("Director"), "actor"].tolist()


def test_a_commonwealth_houses_honourable_minister_is_the_minister(registry):
    text = ("Ministry of Foreign Affairs of Nepal\n\nKathmandu, 20 February 2025\n\n"
            "Responding to the concerns raised by Hon. Members, the Hon. Minister said that the Government had treated "
            "the death with the utmost seriousness.\n\n"
            "The Rt. Hon. Prime Minister stated that the demand for justice remained.\n\n"
            "The students will be safe, the Hon. Minister added.\n")
    rows = _engine_rows(registry, text, "2025-02-20")
    assert rows["actor"].tolist() == ["Nepal", "Nepal", "Nepal"]
    assert rows["sentence"].str.startswith("The Rt. Hon. Prime Minister").sum() == 1  # "Rt." ends no sentence


def test_taking_serious_note_is_a_ministrys_position(attribute):
    assert attribute("Nepal's foreign ministry said on Monday it was in touch with the students.",
                     "The ministry has taken serious note of reports that the students were removed.",
                     "The ministry has taken part in the talks.") == [["Nepal"], ["Nepal"], []]


def test_a_forebears_name_inside_a_saudi_name_is_no_speaker(registry):
    text = ("Riyadh, December 07, 2019, SPA -- Her Royal Highness Princess Reema bint Bandar bin Sultan bin Abdulaziz, "
            "Ambassador of the Custodian of the Two Holy Mosques to the United States of America, affirmed that the "
            "Embassy is in contact with the US authorities.\n\n"
            "Her Royal Highness stated that the other Saudi trainees are cooperating fully with the investigators.\n\n"
            "The Custodian of the Two Holy Mosques further instructed the security authorities to work with the "
            "American agencies.\n")
    rows = _engine_rows(registry, text, "2019-12-07")
    assert rows["actor"].tolist() == ["Saudi Arabia", "Saudi Arabia", "Saudi Arabia"]


def test_a_bodys_head_named_after_its_title_of_the_body(attribute):
    assert attribute("Secretary General of the Muslim World League (MWL) Sheikh Dr. Mohammed bin Abdulkarim Al-Issa "
                     "condemned the shooting.",
                     "Sheikh Al-Issa called on the followers of all faiths to stand together.") == \
        [["Muslim World League"], ["Muslim World League"]]


def test_a_companys_chief_executive_speaks_for_it(attribute):
    assert attribute("Jane Doe, the chief executive of Gazprom, said the move was good news.") == [["Gazprom"]]


def test_niger_state_is_nigerias_not_niger(registry):
    text = ("ABUJA, Feb 17 (Reuters) - Gunmen abducted students from a school in Nigeria.\n\n"
            "According to the authorities in Niger State, 27 students were taken from the school.\n\n"
            "People in the Niger Delta said the oil spills continue.\n")
    assert "Niger" not in _engine_rows(registry, text, "2021-02-17")["actor"].tolist()


def test_a_citys_mayor_and_a_departments_governor_speak_for_the_home_state(registry):
    text = ("BOGOTA, Aug 21 (Reuters) - A police helicopter was downed in Colombia on Thursday.\n\n"
            "Antioquia governor Andrés Julián Rendón said the dissidents had brought down the aircraft.\n\n"
            "Cali mayor Alejandro Eder said six civilians had been killed.\n\n"
            "The mayor of Cali, Alejandro Eder, said the city would bar lorries at night.\n\n"
            "The Colombian Aerospace Force said the school's perimeter had not been breached.\n")
    assert _engine_rows(registry, text, "2025-08-21")["actor"].tolist() == ["Colombia"] * 4
    # (but a known city's mayor is its own state's: "Moscow Mayor Sergei Sobyanin" on a Turkish page)
    text = ("ANKARA, Aug 21 (Reuters) - Turkey said on Thursday it would send aid.\n\n"
            "Moscow Mayor Sergei Sobyanin said drones had been downed.\n")
    assert _engine_rows(registry, text, "2025-08-21")["actor"].tolist() == ["Turkey", "Russia"]


def test_a_language_in_a_sites_menu_is_no_state(registry):
    text = ("ETHIOPIAN NEWS AGENCY\n\n"
            "Home | Politics | Economy | Social | Africa | World | Amharic | Arabic | French\n\n"
            "Addis Ababa June 24/2018 (ENA) - A grenade exploded at a rally in Meskel Square.\n\n"
            "Federal Police Commissioner General Zeinu Jemal told the broadcaster that 30 suspects were in custody.\n")
    assert _engine_rows(registry, text, "2018-06-24")["actor"].tolist() == ["Ethiopia"]


def test_a_briefing_by_the_secretary_generals_spokesperson_in_capitals_is_the_uns(registry):
    text = ("DAILY PRESS BRIEFING BY THE OFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL\n\n"
            "**Refugees in Europe\n\n"
            "UNHCR repeats its call on European States to agree on a common response.\n\n"
            "UNHCR says several thousand people crossed into Croatia.\n\n"
            "**Questions and Answers\n\n"
            "Question: On Hungary. Does the Secretary-General accept that a State may close its border?\n\n"
            "Spokesman: Nobody disputes that a State has the right to manage its own borders.\n")
    rows = _engine_rows(registry, text, "2015-09-17")
    assert rows.loc[rows["sentence"].str.startswith("Nobody"), "actor"].tolist() == ["United Nations"]


def test_a_releases_issuing_department_owns_the_site_not_the_place_it_was_issued(registry):
    text = ("Canada imposes sanctions on former leaders of Haiti\n\n"
            "November 20, 2022 - Djerba, Tunisia - Global Affairs Canada\n\n"
            "The sanctions are imposed under the Special Economic Measures (Haiti) Regulations.\n\n"
            "The measures freeze any assets the three men hold.\n")
    assert set(_engine_rows(registry, text, "2022-11-20")["actor"]) == {"Canada"}


def test_a_ministry_of_foreign_and_diaspora_affairs_is_its_states_site(registry):
    from pipeline.attribution import Attributor

    attributor = Attributor(registry)
    attributor.context.learn_site_name("Ministry of Foreign and Diaspora Affairs - Republic of Kenya")
    assert attributor.context.site_owner == "Kenya"


def test_according_to_a_named_body_opening_the_sentence(registry):
    text = ("MINSK, Feb 3 (BelTA) - The Belarusian nuclear plant stopped generating power.\n\n"
            "According to the Ministry of Energy of Belarus, certain equipment at the plant has to be replaced.\n\n"
            "According to a statement from the Presidential Office, the demands remain unchanged.\n\n"
            "The men carried off his laptop and his telephone, according to the association he founded.\n")
    rows = _engine_rows(registry, text, "2021-02-03")
    assert rows["sentence"].str[:12].tolist() == ["According to", "According to"]
    assert rows["actor"].tolist() == ["Belarus", "Belarus"]


def test_the_governor_or_mayor_of_a_known_place_speaks_for_its_state(registry):
    text = ("NEW YORK, Feb 17 -- The Secretary-General is alarmed by the abduction of students in Nigeria.\n\n"
            "The governor of Niger State, meanwhile, has said he is open to talking to the kidnappers.\n\n"
            "The mayor of Kyiv said three people were dead.\n")
    rows = _engine_rows(registry, text, "2021-02-17")
    assert rows["actor"].tolist()[1:] == ["Nigeria", "Ukraine"]


def test_he_after_a_person_opening_a_sentence_past_a_participles_clause(attribute):
    assert attribute("Nicholas Haysom, the UN envoy for Somalia, briefed the Council.",
                     "Somalia's ambassador Abukar Dahir Osman said his country was grateful.",
                     "Haysom, addressing the same meeting by video link, did not mention his own position.",
                     "He warned that the political tension could undo much.") == \
        [["United Nations"], ["Somalia"], [], ["United Nations"]]
    # ... or past an apposition in lower case: "Haysom, a South African lawyer who has served the UN for years,"
    assert attribute("Somalia's ambassador Abukar Dahir Osman said his country was grateful.",
                     "Haysom, a South African lawyer who has served the UN for years, was more cautious.",
                     "He said the tension could undo much.") == [["Somalia"], [], ["United Nations"]]


def test_a_source_of_a_body_set_off_by_commas_speaks_for_it(attribute):
    # wire copy's "X, of the <body>, said": the body's voice, as "X of the United States said" is the state's
    assert attribute("Tomas Quintero, of Human Rights Watch, said residents had been kept away from the spot.") == \
        [["Human Rights Watch"]]


def test_a_chief_minister_title_before_a_name_is_a_home_title(registry):
    # "The chief security minister, Wiranto," is the article's own state's minister, and so is the name after it
    text = ("Indonesia curbs social media after riots\n\nJAKARTA, May 22 (Reuters) - Riots broke out in the Indonesian "
            "capital overnight.\n\nThe chief security minister, Wiranto, told a news conference that the government would restrict some "
            "features of social media.\n\nWiranto said investigators had identified the people who planned the unrest.\n")
    assert _engine_rows(registry, text, "2019-05-22")["actor"].tolist() == ["Indonesia", "Indonesia"]


def test_a_name_in_an_opening_participles_phrase_is_not_the_subject(attribute):
    # "Asked ... whether the government planned to contact Managua, the press office said": not Nicaragua's words
    assert attribute("Asked by reporters on Friday whether the government planned to contact Managua, the press "
                     "office said it would not comment.",
                     "Commenting on the request of the Office of the Prosecutor General of Ukraine, the supervising "
                     "body emphasised that citizens are not extradited.") == [[], []]
    # (but the body one speaks for still speaks, and a hyphenated name opening the sentence is no participle)
    assert attribute("Speaking for the governing Progressive Reform Party (VHP), its parliamentary leader said the "
                     "attack on the Assembly was an attack on every voter.") == [["Progressive Reform Party"]]
    assert attribute("Pro-Beijing lawmaker Junius Ho, who was filmed shaking hands with men in white shirts, has "
                     "denied any link to the attack.") == [["Junius Ho"]]


def test_an_inspector_generals_office_speaks_for_its_state(registry):
    text = ("BOGOTA, April 24 (Reuters) - Soldiers shot dead a former guerrilla in Colombia's north-east.\n\n"
            "The Inspector General's Office said separately that it had opened a disciplinary inquiry into the "
            "patrol's commanders.\n")
    assert _engine_rows(registry, text, "2019-04-24")["actor"].tolist() == ["Colombia"]


def test_a_chief_minister_is_no_minister_of_the_state(registry):
    # a state's chief minister holds no national office: the party the files give her, not India
    text = ("NEW DELHI, Feb 26 (Reuters) - Riots in the Indian capital have killed 27 people.\n\n"
            "West Bengal Chief Minister Mamata Banerjee accused the government of bringing the politics of riots to "
            "the capital.\n")
    assert _engine_rows(registry, text, "2020-02-26")["actor"].tolist() == ["All India Trinamool Congress"]


def test_a_round_ups_label_in_capitals_names_its_speaker(registry):
    # "EUROPEAN COURT OF HUMAN RIGHTS:" as the names files write it ("of", not "Of"); "GEORGIAN DREAM:", which the
    # dateline reading sets apart, owns the paragraph under it, as "Germany: The foreign ministry said" does
    text = ("How Georgia's partners reacted\n\nThe Supreme Court handed the channel to a former owner on 2 March.\n\n"
            "EUROPEAN COURT OF HUMAN RIGHTS: On 3 March a duty judge asked the government to wait.\n\n"
            "GEORGIAN DREAM: The ruling party said the opposition was turning a property case into a scandal.\n\n"
            "COUNCIL OF EUROPE: Secretary General Thorbjørn Jagland said interim measures were binding.\n\n"
            "The channel kept broadcasting.\n")
    rows = _engine_rows(registry, text, "2017-03-08")
    assert rows["actor"].tolist() == ["European Court of Human Rights", "Georgian Dream", "Council of Europe"]


def test_a_bodys_own_units_name_after_its_possessive_is_the_body(attribute):
    assert attribute("UNESCO's World Heritage Centre said it was following the situation with great concern.") == \
        [["UNESCO"]]


def test_a_prepositions_relative_clause_after_a_body_is_an_aside(attribute):
    # "Amnesty International, of which he was a member, said": the body speaks, not the member
    assert attribute("Amnesty International, of which he was once a member, said the state had let a doctor die.",
                     "The Collective Security Treaty Organization, to which both countries belong, said it "
                     "wanted the guns silenced.") == [["Amnesty International"], ["CSTO"]]


def test_a_bodys_general_secretariat_speaks_for_the_body(attribute):
    assert attribute("The general secretariat of the Organization of American States said his decree broke the "
                     "constitutional order.") == [["Organization of American States"]]


@pytest.mark.parametrize("sentence,actor", [
    ("European Commissioner for Development Louis Michel said the bloc would release 1.5 million euros.",
     "European Union"),
    ("Zanu PF spokesperson Simon Khaya Moyo said the ruling party was relieved.", "ZANU-PF"),
    # Iranian and Syrian state media's name for Israel
    ("The Zionist regime claimed that the strike had hit a weapons depot.", "Israel"),
])
def test_names_the_files_spell_as_the_press_does(attribute, sentence, actor):
    assert attribute(sentence) == [[actor]]


def test_a_statement_records_the_state_its_unnamed_government_means(registry):
    # the article's home: "the authorities" of a story filed from Addis Ababa are Ethiopia's; "the government of
    # Kenya" names its own, and a sentence with neither records nothing
    text = ("Ethiopia detains reporters\n\nADDIS ABABA, May 20 (Reuters) - Ethiopian police detained four reporters on "
            "Friday.\n\nAmnesty International urged the authorities to release the journalists.\n\n"
            "Human Rights Watch accused the security forces of beating them.\n\n"
            "Human Rights Watch urged the government of Kenya to shelter them.\n\n"
            "Human Rights Watch said the arrests were unlawful.\n")
    rows = _engine_rows(registry, text, "2022-05-20")
    assert rows[["actor", "government"]].values.tolist() == [
        ["Amnesty International", "Ethiopia"], ["Human Rights Watch", "Ethiopia"], ["Human Rights Watch", ""],
        ["Human Rights Watch", ""]]


def test_a_states_fire_force_and_municipality_named_after_it_are_the_states(attribute):
    # "the Kuwait Fire Force", "Kuwait Municipality": the state's own services, as "the Uganda Prisons Service" is
    assert attribute("The Kuwait Fire Force said the blaze began in the watchman's room.",
                     "Kuwait Municipality said its inspectors had closed seven basements.") == [["Kuwait"], ["Kuwait"]]


def test_a_kenyan_cabinet_secretary_of_any_portfolio_is_the_home_states(registry):
    # Kenya's ministers are cabinet secretaries: "Tourism and Wildlife Cabinet Secretary X", and the office's
    # acronym between title and name ("Public Works Cabinet Secretary (CS) James Macharia")
    text = ("NAIROBI, Aug 1 (KNA) -- Kenya reopened its airspace on Saturday.\n\n"
            "Tourism and Wildlife Cabinet Secretary Najib Balala said the resumption marked a first step.\n\n"
            "Speaking at the airport, Transport, Housing and Public Works Cabinet Secretary (CS) James Macharia said "
            "travellers remained free to enter.\n\n"
            "Macharia explained that the list would be reviewed daily.\n")
    rows = _engine_rows(registry, text, "2020-08-01")
    assert rows[["actor", "rule"]].values.tolist()[-3:] == [["Kenya", "subject"]] * 3


def test_the_head_of_a_state_department_in_commas_is_the_home_states(registry):
    text = ("VILNIUS, Nov 27 (Reuters) - Lithuania said on Wednesday that nothing pointed to sabotage.\n\n"
            "On Monday the head of the State Security Department, Darius Jauniskis, said terrorism could not be "
            "excluded.\n")
    assert _engine_rows(registry, text, "2024-11-27")["actor"].tolist() == ["Lithuania", "Lithuania"]


def test_the_airline_and_its_chief_executive_are_the_airline_the_article_named(registry):
    text = ("ADDIS ABABA, May 2 (Reuters) - Kenya barred flights operated by Ethiopian Airlines on Monday.\n\n"
            "The airline said it would comply with the order.\n\n"
            "The airline's Group Managing Director and Chief Executive Officer, Mr. Mesfin Tasew, said the carrier "
            "respected the decisions of sovereign governments.\n\n"
            "Tasew added that the route would reopen soon.\n")
    rows = _engine_rows(registry, text, "2023-05-02")
    assert rows["actor"].tolist()[-3:] == ["Ethiopian Airlines"] * 3


def test_the_hosts_thanks_for_coming_in_is_no_ones_statement(registry):
    text = ("Morning Edition\n\nFriday 16 June 2023\n\n"
            "SARAH WHITCOMBE (HOST): Good morning. Joining me now is Élodie Renard, a former diplomat.\n\n"
            "ÉLODIE RENARD (GUEST): Thank you, Sarah. The expulsion was a mistake that Canberra will regret.\n\n"
            "HOST: Will Moscow retaliate?\n\n"
            "GUEST: I expect something symbolic, and Canberra should keep a channel open.\n\n"
            "HOST: Dr Élodie Renard, thank you for coming in.\n\nGUEST: Thank you.\n")
    rows = _engine_rows(registry, text, "2023-06-16")
    assert rows["sentence"].str[:14].tolist() == ["The expulsion ", "I expect somet"]


def test_the_hosts_welcome_by_first_name_is_no_ones_statement(registry):
    # "Élodie, welcome." closes the host's introduction: addressed to the guest, not the guest's position
    text = ("Morning Edition\n\nFriday 16 June 2023\n\n"
            "SARAH WHITCOMBE (HOST): Good morning. Joining me now is Élodie Renard, a former diplomat. Élodie, welcome.\n\n"
            "ÉLODIE RENARD (GUEST): Thank you, Sarah. The expulsion was a mistake that Canberra will regret.\n\n"
            "HOST: Will Moscow retaliate?\n\n"
            "GUEST: I expect something symbolic, and Canberra should keep a channel open.\n\n"
            "HOST: Élodie Renard, thank you very much for joining us.\n\nGUEST: Thank you.\n")
    rows = _engine_rows(registry, text, "2023-06-16")
    assert rows["sentence"].str[:14].tolist() == ["The expulsion ", "I expect somet"]


def test_a_spokesman_who_is_also_the_bodys_deputy_head_speaks_for_the_body(registry):
    text = ("TAIPEI, Aug 1 (Reuters) - Taiwan expelled a Chinese woman on Tuesday.\n\n"
            "The Mainland Affairs Council said the case was closed.\n\n"
            "\"Beijing has no standing,\" Liang Wen-chieh, the council's deputy head and spokesman, told reporters.\n\n"
            "Liang added that the case was closed.\n")
    assert _engine_rows(registry, text, "2025-03-25")["actor"].tolist() == ["Taiwan"] * 4


def test_a_dateline_city_that_is_no_capital_gives_the_home_once_the_article_names_its_state(registry):
    # "UTRECHT –": the Netherlands, once the article names it, for the unnamed prosecutors that open it (not Turkey,
    # the suspect's birthplace, named first); "ST. PETERSBURG" is Russia's; "GENEVA" seats the UN's councils
    text = ("Prosecutors see terror motive in Utrecht shooting\n\n"
            "UTRECHT – Prosecutors said on Tuesday that a letter pointed to a terrorist motive.\n\n"
            "The suspect, a man born in Turkey, was arrested on Monday.\n\n"
            "The Netherlands mourned on Tuesday.\n")
    assert _engine_rows(registry, text, "2019-03-19")["actor"].tolist() == ["Netherlands", "Netherlands"]
    from pipeline.attribution import _dateline_city

    assert [_dateline_city(p) for p in ("St. Petersburg", "Davao City", "Geneva", "Hyderabad")] == \
        ["Russia", "Philippines", None, None]


def test_a_family_name_in_capitals_is_read_as_a_name(registry):
    # francophone agencies print family names in capitals ("Mr Issa Ousmane COULIBALY", "Minister COULIBALY"); a
    # body's acronym after "The" stays an acronym
    text = ("Bamako, 14 May 2025 (AMAP) - Mali dissolved all political parties on Tuesday.\n\n"
            "The Minister of Territorial Administration, Mr Issa Ousmane COULIBALY, said the decree would be applied.\n\n"
            "Minister COULIBALY added that the door remained open.\n")
    assert _engine_rows(registry, text, "2025-05-14")["actor"].tolist() == ["Mali", "Mali"]
    attributor = Attributor(registry)
    assert [c.actor for c in attributor.attribute("The Nigeria INGO Forum said its members had left Damasak.")] == \
        ["Nigeria INGO Forum"]


def test_a_body_word_before_its_people_is_no_body(registry):
    # "Airline pilots ... reported": pilots of airlines, not "the airline" (an untied one is the home state's)
    text = ("Finland and Norway point east after pilots lose satellite signals\n\n"
            "Airline pilots flying into Kirkenes and Ivalo reported losing their GPS signals for hours during the "
            "exercise.\n")
    assert _engine_rows(registry, text, "2018-11-12")["actor"].tolist() == []


def test_japans_chief_cabinet_secretary_is_no_home_title(registry):
    # "Chief Cabinet Secretary" is Japan's office, which other states' outlets quote without a state word: not the
    # home state's cabinet secretary, as Kenya's "Interior Cabinet Secretary" is
    text = ("DHAKA, July 2 (Reuters) - Bangladesh said gunmen had killed twenty hostages at a cafe.\n\n"
            "Deputy Chief Cabinet Secretary Koichi Hagiuda said seven Japanese nationals were unaccounted for.\n")
    assert "Bangladesh" not in _engine_rows(registry, text, "2016-07-02")["actor"].tolist()[1:]


def test_a_mastheads_bureaus_in_one_state_are_the_outlets_home(registry):
    # "Melbourne | Sydney | Brisbane | Perth": a national paper's bureaus, so its untitled minister is Australia's
    # though the live blog names Serbia more; a regional paper's bureaus in three states give no home
    text = ("Djokovic to be deported - as it happened | Southern Cross Daily\n\nSouthern Cross Daily\n\n"
            "Melbourne | Sydney | Brisbane | Perth\n\n"
            "Djokovic to be deported after court dismisses appeal\n\n"
            "Serbia's leaders accuse Canberra of mistreating their star.\n\n"
            "Serbian President Aleksandar Vucic said Serbia would welcome him as a champion in Serbia.\n\n"
            "Immigration Minister Alex Hawke said the court had confirmed that the power he used was lawful.\n")
    assert _engine_rows(registry, text, "2022-01-16")["actor"].tolist()[-1] == "Australia"


def test_a_malaysian_honorific_between_title_and_name(registry):
    text = ("GEORGE TOWN, Feb 13 (Bernama) -- Malaysia's police said three people were held.\n\n"
            "Meanwhile, in Putrajaya, Human Resources Minister Datuk Seri Richard Riot Jaem described the treatment "
            "as cruel and said the employer would be barred from hiring.\n")
    assert _engine_rows(registry, text, "2018-02-13")["actor"].tolist() == ["Malaysia", "Malaysia"]


def test_a_deed_in_case_of_which_one_acts_is_no_statement(registry):
    # "in case the North answers the defection": a condition, as "if" is, not North Korea's deed
    text = ("SEOUL, Aug 18 (Reuters) - South Korea said on Thursday a senior North Korean diplomat had defected.\n\n"
            "South Korea's military has also raised its guard along the border in case the North answers the "
            "defection with a provocation, a Joint Chiefs of Staff spokesman said on Thursday.\n")
    assert "North Korea" not in _engine_rows(registry, text, "2016-08-18")["actor"].tolist()


def test_a_regional_papers_bureaus_are_no_headline_and_its_city_dateline_owns_the_government(registry):
    # "Accra | Abidjan | Lagos | Dakar": bureaus in four states, not a headline naming Ghana first; "ABIDJAN -" makes
    # the untied "government spokesman" Ivory Coast's
    text = ("THE WEST AFRICAN STANDARD\nAccra | Abidjan | Lagos | Dakar\nThursday, August 9, 2018\n\n"
            "Simone Gbagbo walks free as rights groups attack amnesty\n\n"
            "ABIDJAN - Simone Gbagbo left detention on Wednesday, two days after President Alassane Ouattara announced "
            "an amnesty.\n\n"
            "A government spokesman rejected the criticism, saying that reconciliation could not wait.\n")
    assert _engine_rows(registry, text, "2018-08-09")["actor"].tolist()[-1] == "Ivory Coast"


def test_an_answer_label_on_a_ministrys_site_is_the_sites(registry):
    # "Question: ... Answer: ..." under "The Official Spokesperson of the Ministry ... answered": the site's state
    text = ("Ministry of Foreign Affairs Statement | Ministry of Foreign Affairs - Republic of Iraq\n\n"
            "Republic of Iraq – Ministry of Foreign Affairs\n\n"
            "Foreign Ministry Spokesperson Answers Journalists' Questions on the Strike\n\n"
            "The Official Spokesperson of the Ministry of Foreign Affairs answered on Thursday a number of questions "
            "from journalists.\n\n"
            "Question: Will Iraq bring the matter before the Security Council?\n\n"
            "Answer: All diplomatic and legal options are under study, and the Ministry is in contact with the "
            "Permanent Mission.\n")
    rows = _engine_rows(registry, text, "2024-02-08")
    assert rows.loc[rows["sentence"].str.startswith("All diplomatic"), "actor"].tolist() == ["Iraq"]


def test_a_bodys_spokesman_for_its_operations_and_its_head_before_the_name(registry):
    # "the group's spokesman for military operations, X," and "the mission's head, X,": the body the article tied
    text = ("MOGADISHU, Nov 11 (Reuters) - Somalia said on Sunday the toll had risen to 53.\n\n"
            "Al-Shabaab claimed the attack.\n\n"
            "Abdiasis Abu Musab, the group's spokesman for military operations, told Meridian by telephone that more "
            "operations would follow.\n\n"
            "The African Union Mission in Somalia (AMISOM) condemned the attack.\n\n"
            "In a separate message, the mission's head, Francisco Madeira, said AMISOM would give the national army "
            "whatever help it needed.\n")
    rows = _engine_rows(registry, text, "2018-11-11")
    assert rows.loc[rows["sentence"].str.startswith(("Abdiasis", "In a separate")), "actor"].tolist() == \
        ["Al-Shabaab", "African Union"]


def test_police_and_prosecutors_without_an_article_in_a_tail_are_the_home_states(registry):
    # wire copy's "..., police said on Sunday", as "Police said" opening a sentence
    text = ("MOGADISHU, Nov 11 (Reuters) - Somalia mourned on Sunday.\n\n"
            "The death toll from the bombing has risen to 53, police said on Sunday.\n\n"
            "The suspect was held for questioning, prosecutors said.\n")
    assert _engine_rows(registry, text, "2018-11-11")["actor"].tolist() == ["Somalia"] * 3


def test_a_communiques_wishes_to_state_is_a_statement(registry):
    # "Government wishes to state categorically that ...": a statement; "The party wishes to join" is none
    text = ("LILONGWE, Dec 9 (MANA) - Malawi said on Friday the arrest was unlawful.\n\n"
            "Government wishes to state categorically that no member of the Executive knew of the arrest.\n\n"
            "The party wishes to join the coalition.\n")
    assert _engine_rows(registry, text, "2022-12-09")["actor"].tolist() == ["Malawi", "Malawi"]


def test_one_officials_two_offices_before_the_name_in_commas(registry):
    text = ("Accra, May 1, GNA - Ghana said on Wednesday the suspension was lawful.\n\n"
            "The Attorney-General and Minister for Justice, Dr Dominic Akuritinga Ayine, told the Ghana News Agency "
            "that the State would file its response.\n")
    assert _engine_rows(registry, text, "2025-05-01")["actor"].tolist() == ["Ghana", "Ghana"]


def test_what_someone_had_said_names_a_saying_not_its_speakers_statement(attribute):
    # "second what the French president had said": no French statement; "what UNAMA said: ..." gives the words
    assert attribute("Chancellor Angela Merkel said she could only second what the French president had said.",
                     "I would refer you to what UNAMA said: the Mission will take this up directly.") == \
        [["Germany"], ["United Nations"]]


def test_a_security_council_with_a_name_before_it_is_not_the_uns(attribute):
    regional, russian, un = attribute("The Regional Security Council said it had met in Cape Coast.",
                                      "The Russian Security Council said it was alarmed.",
                                      "The UN Security Council said it was alarmed.")
    assert "United Nations" not in regional and (russian, un) == (["Russia"], ["United Nations"])


def test_neither_government_is_no_body(registry):
    text = ("ALGIERS, Oct 5 (Reuters) - Algeria rejected the protest on Saturday.\n\n"
            "Neither government has said when the joint committee might meet.\n")
    assert _engine_rows(registry, text, "2024-10-05")["actor"].tolist() == ["Algeria"]


def test_the_rights_group_is_the_organisation_named_before_not_a_militia(registry):
    text = ("NIAMEY, Oct 5 (Reuters) - Niger protested on Saturday.\n\n"
            "Amnesty International said the expulsions breached the law.\n\n"
            "The rights group urged Algiers to halt the removals.\n")
    assert _engine_rows(registry, text, "2024-10-05")["actor"].tolist() == ["Niger"] + ["Amnesty International"] * 2
    militia = ("MOGADISHU, Oct 5 (Reuters) - Somalia mourned on Saturday.\n\n"
               "Al-Shabaab said it carried out the attack.\n\n"
               "Kenya's foreign ministry said it was appalled.\n\n"
               "The rights group called for an inquiry.\n")
    assert "Al-Shabaab" not in _engine_rows(registry, militia, "2024-10-05").iloc[2:]["actor"].tolist()


def test_a_denial_of_a_charge_is_the_deniers_statement(attribute):
    # "a charge Islamabad denies", "..., which Azerbaijan denies": a denial; a description of a person or the
    # sanctions a state imposed is none
    assert attribute("India has long accused Pakistan of arming militants, a charge Islamabad denies.",
                     "France has accused Baku of stirring unrest in New Caledonia, which Azerbaijan denies.",
                     "Iran's foreign ministry called that sympathy hypocritical, given the sanctions Washington "
                     "has imposed.") == [["India", "Pakistan"], ["France", "Azerbaijan"], ["Iran"]]


def test_an_object_before_an_oxford_comma_and_a_new_subject_is_no_speaker(attribute):
    assert attribute("Nepal's foreign ministry sent condolences to the people of India, and Afghan President Ashraf "
                     "Ghani said in a statement that Afghans stood with India.",
                     "Chile, Peru, and Ecuador issued a joint statement.") == \
        [["Nepal", "Afghanistan"], ["Chile", "Peru", "Ecuador"]]


def test_a_new_person_in_a_home_title_is_the_articles_state_not_the_last_speaker(registry):
    text = ("SRINAGAR, India, July 11 (Reuters) - India mourned the pilgrims on Tuesday.\n\n"
            "Nepal's foreign ministry said it was shocked by the attack.\n\n"
            "The chief minister of Gujarat, Vijay Rupani, announced compensation for the families of the dead.\n\n"
            "Norway's foreign ministry said it was shocked.\n\n"
            "The spokesperson, Trude Maaseide, said Oslo stood with India.\n")
    assert _engine_rows(registry, text, "2017-07-11")["actor"].tolist() == \
        ["India", "Nepal", "India", "Norway", "Norway"]


def test_a_post_signed_by_the_white_house_is_the_united_states(registry):
    text = ("WASHINGTON, March 21 - Obama arrived in Havana.\n\n"
            "Human rights are on the agenda in every conversation.\n\n"
            "— The White House (@WhiteHouse) March 21, 2016\n")
    assert _engine_rows(registry, text, "2016-03-21")["actor"].tolist()[-1:] == ["United States"]



def test_an_aid_group_the_article_has_not_tied_is_not_the_headlines_state(registry):
    # a reactions page under a heading that names the group: "The aid group" is the group, never Niger's body
    text = ("SAHEL OBSERVER\n\n'A new line crossed': How the world reacted to the Tahoua massacre\n\n"
            "Governments mourn the 137 people killed, the deadliest attack on civilians in Niger's history\n\n"
            "24 March 2021\n\n"
            "Gunmen attacked villages in the Tahoua region of Niger on Sunday.\n\n"
            "NIGER\n\nGovernment spokesman Zakaria Abdourahamane said 137 people had been killed.\n\n"
            "INTERNATIONAL RESCUE COMMITTEE\n\nThe aid group said it was appalled.\n")
    rows = _engine_rows(registry, text, "2021-03-24")
    assert "Niger" not in rows.loc[rows["sentence"].str.startswith("The aid group"), "actor"].tolist()


@pytest.mark.parametrize("sentence", [
    "Jane Roe, a Moscow political scientist who writes on Baltic affairs, said Tallinn had handled the move clumsily.",
    "When a BBC reporter approached him before the broadcast, the teacher denied that he had made the videos.",
    "Police fired tear gas at demonstrators in Ramallah, witnesses and our correspondent say.",
])
def test_a_scholar_or_a_reporter_of_a_place_or_an_outlet_is_no_voice_of_it(attribute, sentence):
    assert not {"Russia", "BBC", "Palestine"} & set(attribute(sentence)[0])


def test_a_director_of_public_prosecutions_with_the_offices_acronym_is_the_home_state(registry):
    text = ("NAIROBI, July 5 (KNA) -- Kenya mourned the victims.\n\n"
            "The Director of Public Prosecutions (DPP), Mr. Noordin Haji, said nine people would be charged.\n\n"
            "Director of Public Prosecutions Noordin Haji said the file was complete.\n")
    assert _engine_rows(registry, text, "2018-07-05")["actor"].tolist() == ["Kenya"] * 3


def test_a_navy_media_spokesman_is_the_home_state(registry):
    text = ("Colombo, 03 June (Lankapuvath) - Sri Lanka mourned.\n\n"
            "The Navy Media Spokesman, Captain Indika de Silva, said that the vessel was resting on the seabed.\n")
    assert _engine_rows(registry, text, "2021-06-03")["actor"].tolist() == ["Sri Lanka"] * 2


def test_a_portfolio_joined_by_and_is_no_opening_participle(registry):
    text = ("KUALA LUMPUR, Nov 27 (Reuters) - Malaysia mourned.\n\n"
            "Housing and Local Government Minister Zuraida Kamaruddin, whose ministry runs the fire service, called "
            "the attack an act of pure cowardice.\n")
    assert _engine_rows(registry, text, "2018-11-27")["actor"].tolist() == ["Malaysia"] * 2


def test_a_platform_named_as_the_medium_is_no_speaker(attribute):
    # "a short Facebook post", "expressed on Twitter": where a speaker posts; "Facebook said" is the company
    assert attribute("The presenter has broken his silence in a short Facebook post.",
                     "Foreign Minister Félix Plasencia expressed on Twitter the firm support of his government.",
                     "Facebook said it had removed the accounts.") == [[], ["Venezuela"], ["Facebook"]]


def test_a_briefings_header_and_the_floor_given_are_no_statements(registry):
    text = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
            "Transcript (near-verbatim) of the noon briefing given today at Headquarters by Stéphane Dujarric, "
            "Spokesman for the Secretary-General.\n\n"
            "Good afternoon. We remind everyone that civilians must be protected at all times.\n\n"
            "Edie, go ahead.\n\n"
            "Question: Is the UN worried about the fighting?\n\n"
            "Spokesman: We are very worried.\n\n"
            "Iftikhar, and then Nabil.\n\n"
            "Below is an almost verbatim record of today's noon briefing by the Spokesman for the Secretary-General.\n\n"
            "Spokesman: Before your questions, three items.\n\n"
            "Spokesman: Now I am ready for your questions.\n")
    rows = _engine_rows(registry, text, "2025-04-03")
    assert rows["sentence"].str.contains("go ahead|then Nabil|Transcript|your questions|verbatim record").sum() == 0
    assert rows["actor"].tolist() == ["United Nations"] * len(rows) and len(rows) >= 2


def test_a_party_named_with_its_state_after_of_is_that_states_bare_name(registry):
    # "Democratic Party of Albania" in the files: "the opposition Democratic Party" of an article on Albania
    text = ("TIRANA, Dec 11 (Reuters) - Albania's prime minister Edi Rama apologised.\n\n"
            "The opposition Democratic Party said it would boycott the session.\n\n"
            "The Socialist Party's parliamentary group said it stood behind the apology.\n")
    assert _engine_rows(registry, text, "2020-12-11")["actor"].tolist()[1:] == \
        ["Democratic Party of Albania", "Socialist Party of Albania"]


def test_a_verb_form_after_a_possessive_is_a_noun(registry):
    text = ("TIRANA, Dec 11 (Reuters) - Albania's prime minister Edi Rama apologised.\n\n"
            "Basha rejected the prime minister's charge that his party had organised the unrest.\n")
    assert _engine_rows(registry, text, "2020-12-11")["actor"].tolist() == ["Albania"]


def test_a_chairwoman_of_a_named_party_speaks_for_it(attribute):
    assert attribute("Monika Kryemadhi, chairwoman of the Socialist Movement for Integration, said police director "
                     "Ardi Veliu should resign.") == [["Socialist Movement for Integration"]]


def test_a_bare_party_name_keeps_the_files_actor_on_a_page_whose_home_has_none_of_that_name(registry):
    # a Korean page that names Japan: "the main opposition Democratic Party" stays Korea's, not the Democratic Party
    # of Japan the bare name means on a Japanese page
    text = ("SEOUL, Aug 1 (Yonhap) - South Korea protested.\n\n"
            "Choo Mi-ae, leader of the main opposition Democratic Party, said Japan had broken its word.\n")
    assert _engine_rows(registry, text, "2017-08-01")["actor"].tolist() == ["South Korea", "Democratic Party of Korea"]


def test_a_state_named_before_a_bare_party_name_gives_its_own_party(registry):
    # on a Greek page, "Albania's opposition Democratic Party" is Albania's, though the home has no such party
    text = ("ATHENS, Aug 1 (AMNA) - Greece protested.\n\n"
            "Albania's opposition Democratic Party said the verdict showed the courts had been captured.\n")
    assert _engine_rows(registry, text, "2023-08-01")["actor"].tolist() == ["Greece", "Democratic Party of Albania"]


def test_tripoli_on_a_page_about_lebanon_is_lebanons(registry):
    # Libya's capital is Lebanon's second city too: a page whose headline names Lebanon (and never Libya) means it
    text = ("Tripoli boat sinking live: Lebanon mourns as anger grows over navy's role\n\n"
            "The boat sank off Tripoli late on Saturday.\n\n"
            "In its latest statement the army said 48 people had been pulled out of the water alive.\n")
    assert _engine_rows(registry, text, "2022-04-25")["actor"].tolist() == ["Lebanon"]
    libya = ("TRIPOLI, May 2 (Reuters) - Libya's unity government said it was alarmed.\n\n"
             "In Tripoli, the army said 48 people had died.\n")
    assert set(_engine_rows(registry, libya, "2022-05-02")["actor"]) == {"Libya"}


def test_messages_received_from_the_heads_of_state_of_a_list(attribute):
    assert attribute("Messages of condolence to President Shavkat Mirziyoyev have also come from the Presidents of "
                     "Tajikistan, Belarus and Georgia.",
                     "Messages were also received from the Heads of State of Chad, Mali and Nigeria.") == \
        [["Tajikistan", "Belarus", "Georgia"], ["Chad", "Mali", "Nigeria"]]


def test_a_list_of_reactions_is_not_whom_the_next_title_means(registry):
    text = ("NIAMEY, April 16 (ANP) - Niger mourned the pupils.\n\n"
            "President Mohamed Bazoum received messages of sympathy from abroad.\n\n"
            "Messages were also received from the Heads of State of Chad, Mali and Nigeria.\n\n"
            "The Head of State thanks all the friends of Niger who have stood beside the country.\n")
    rows = _engine_rows(registry, text, "2021-04-16")
    assert rows.loc[rows["sentence"].str.startswith("The Head of State"), "actor"].tolist() == ["Niger"]


def test_the_subject_of_a_passive_irregular_participle_suffered_it(attribute):
    # "has been withdrawn", "was frozen": done to the subject (and "the Interpol notice" is no Interpol act)
    assert attribute("He joked that the Interpol notice against him has not been withdrawn.",
                     "Russia has withdrawn from the treaty.") == [[], ["Russia"]]


def test_a_possessed_noun_with_its_phrase_or_aside_is_the_subject(attribute):
    # the owner is no speaker when its noun carries a phrase or a relative aside before the verb; its
    # people and its texts still speak for it
    assert attribute("The committee said that Orbán's speech about Germany's plans mocked the victims.",
                     "Even Washington's closest Arab partners, whose ties with Assad remain frozen, criticised the step.",
                     "Srpska Lista's deputies in the Kosovo assembly said they would stay away from its sessions.",
                     "The Kremlin's account of the call said Putin had told Biden to respect the Minsk agreements.",
                     "Putin's campaign, which handed in his papers on Wednesday, said it respected every candidate.") \
        == [[], [], ["Srpska Lista"], ["Russia"], ["Russia"]]


def test_officials_in_a_named_region_speak_for_it(attribute):
    # "officials in the semi-autonomous region of X" as "officials in X"; "President of the Republic of X" is X's
    assert attribute("Al-Shabaab released the hostages on Thursday, officials in the semi-autonomous region of "
                     "Somaliland said.",
                     "President of the Republic of Türkiye Recep Tayyip Erdogan said Türkiye had sent a team of experts.") \
        == [["Somaliland"], ["Turkey"]]


def test_an_organisations_experts_speak_for_it(attribute):
    # the UN's independent experts are the UN's (the labels); a state's unnamed expert is no one's
    assert attribute("A group of independent UN human rights experts said the trial was unfair.",
                     "UN experts have said the trial was unfair.",
                     "WHO investigators said the virus spread in the market.",
                     "A Russian military expert told reporters the drones were Iranian.") \
        == [["United Nations"], ["United Nations"], ["World Health Organization"], []]


def test_distancing_oneself_is_a_position_and_silence_is_none(attribute):
    assert attribute("The caretaker authorities in Damascus distanced themselves from the video.",
                     "The distance between Syria and Turkey grew.",
                     "The Kremlin has not yet responded to the report.",
                     "India's foreign ministry did not reply to questions.",
                     "Russia responded by expelling two diplomats.") == [["Syria"], [], [], [], ["Russia"]]


def test_also_speaking_on_behalf_of_others_keeps_the_speakers_own_voice(attribute):
    assert attribute("The representative of Sierra Leone, also speaking on behalf of Guyana and Mozambique, called "
                     "for a transparent investigation.",
                     "The representative of Sierra Leone, speaking on behalf of Guyana, said the council must act.") \
        == [["Sierra Leone", "Guyana", "Mozambique"], ["Guyana"]]


def test_revoking_and_repealing_are_acts_and_a_dare_is_a_position(attribute):
    assert attribute("The military authorities in Niamey repealed the 2015 law in November.",
                     "Paraguay's foreign ministry revoked the visa of a Chinese official.",
                     "Senator Jacqui Lambie challenged every other member of parliament to do the same.",
                     "Paraguay's lawyers had not challenged the timetable.",
                     "The International Criminal Court faced the biggest challenge in its history.") \
        == [["Niger"], ["Paraguay"], ["Jacqui Lambie Network"], [], []]


def test_a_time_clause_with_its_own_subject_is_not_the_sentences(attribute):
    # "after a federal judge turned down ...", "after a rally demanding ...": the clause's own subject, no actor;
    # a body a later rule resolves ("after the ministry rejected") stays
    assert attribute("Raila Odinga left the country after the Supreme Court rejected his petition.",
                     "Raila Odinga left the country a day after a federal judge rejected his appeal.",
                     "Russia left the talks after the ministry rejected the offer.",
                     "Imam Abdoulie Fatty, one of the backers of the bill, addressed supporters in the car park after "
                     "the vote and urged them to stay calm.") \
        == [[], [], ["Russia"], ["Abdoulie Fatty"]]


def test_an_object_after_both_the_is_no_inverted_speaker(attribute):
    # ", appealed to both the MCP and the DPP": the objects of the appeal; '"...," said the MCP' speaks
    assert attribute("The committee, the interfaith body that mediated in past crises, appealed to both the MCP and "
                     "the DPP to accept the result.",
                     '"We will not go back," said the MCP.') == [[], ["Malawi Congress Party"]]


def test_what_another_actor_tells_the_briefing_is_its_statement(registry):
    # "The World Health Organization tells us that ...": relayed in the agency's name inside the spokesman's turn
    text = ("Transcript (near-verbatim) of the noon briefing given today at Headquarters by Stéphane Dujarric, "
            "Spokesman for the Secretary-General.\n\n"
            "Spokesman: The World Health Organization tells us that crowded prisons are among the settings where the "
            "virus spreads fastest.\n")
    rows = _engine_rows(registry, text, "2024-09-03")
    assert "World Health Organization" in rows["actor"].tolist()


def test_a_named_spokesman_after_a_colon_speaks_for_his_state(attribute):
    # "...: its spokesman Geng Shuang accused": the clause after the colon opens with its own subject
    assert attribute("Rohan Fairleigh, a Canberra lawyer, said the law was sound.",
                     "Beijing's foreign ministry went further on Friday: its spokesman Geng Shuang accused the Prime "
                     "Minister of echoing prejudiced reports.") == [["Rohan Fairleigh"], ["China"]]


def test_organs_named_with_of_in_a_list_speak_for_their_states(attribute):
    # "the Embassy of A in <capital> and the Delegation of B": both; the capital is where the embassy sits
    assert attribute("The Embassy of the United States of America in Dushanbe and the Delegation of the European "
                     "Union to Tajikistan expressed their condolences.",
                     "The tribunal in The Hague and the ICJ have described the case.") \
        == [["United States", "European Union"], ["International Court of Justice"]]


def test_a_host_addressing_a_guest_by_name_gives_the_guest_no_statement(attribute):
    # "Mr Putin, the West says ...": the name is addressed; "Ms. X, the first ... minister, said" is an apposition
    assert attribute("Mr Putin, the West says you started this war.",
                     "Mr Putin, the Russian president, said the war would end.") == [[], ["Russia"]]


def test_the_church_is_the_church_the_article_named(attribute):
    assert attribute("The Serbian Orthodox Church rejected the law on Friday.",
                     "The church said it would keep holding processions.") \
        == [["Serbian Orthodox Church"], ["Serbian Orthodox Church"]]


def test_the_church_no_article_named_is_no_states(registry):
    # the page is filed under Egypt, but "the church" is no organ of the state
    page = ("World > Middle East > Egypt\n\nChurch bombings: how the world reacted\n\n"
            "The church said funerals would be held on Monday.\n")
    assert _statements(registry, {"egypt.txt": page}).empty


def test_the_vice_president_is_the_one_the_article_named(attribute):
    assert attribute("Vice President, Dr Bharrat Jagdeo, on Thursday said the Government would study the information.",
                     "The Vice President dismissed the claims as opportunistic.") == [["Guyana"], ["Guyana"]]


def test_a_vice_president_named_next_is_not_the_one_named_before(attribute):
    assert attribute("Vice President, Dr Bharrat Jagdeo, on Thursday said the Government would study the information.",
                     "Vice President Leni Robredo and several senators have called on Manila to take a firmer line.") \
        == [["Guyana"], []]


def test_a_legislature_acting_is_its_state(attribute):
    assert attribute("AMMAN - Jordan said on Monday it would review the law.",
                     "The House of Representatives approved the bill on Thursday after a debate of only a few days.",
                     "Parliament voted to approve the bill on Thursday.") == [["Jordan"], ["Jordan"], ["Jordan"]]


def test_parliament_after_the_european_parliament_is_the_eus(attribute):
    assert attribute("The European Parliament met in Strasbourg.",
                     "Parliament on Thursday called for the soldiers to be freed.") == [[], ["European Union"]]


def test_a_participle_after_an_adjective_and_its_noun_describes_the_noun(attribute):
    # "an extraordinary session called in ...": no one called anything
    assert attribute("The parliament stripped Nikol Pashinyan of his seat in an extraordinary session called in the "
                     "middle of the recess.") == [[]]


def test_a_regions_or_a_rival_camps_parliament_is_not_the_state(attribute):
    assert attribute("AMMAN - Jordan said on Monday it would review the law.",
                     "The regional parliament said the law was a crime.",
                     "The House of Representatives in Tobruk said the law was a crime.") == [["Jordan"], [], []]


def test_according_to_a_ministry_named_by_its_portfolio_is_the_articles_own_states(attribute):
    assert attribute("MALE, Maldives (Reuters) - The Maldives said on Monday it would stay open.",
                     "According to the Ministry of Tourism, arrivals from all markets continued normally.",
                     "According to the electoral commission (CENI), 92.5 percent of voters said yes.") \
        == [["Maldives"], ["Maldives"], ["Maldives"]]
    # another state's ministry is named with its state
    assert attribute("According to the Ministry of Foreign Affairs of Belarus, the talks were held.") == [["Belarus"]]
