"""Sentence segmentation on news text."""

import pytest

from pipeline.sentences import single_quotes_as_double, split_sentences


def sentences(text: str) -> list[str]:
    return [s for _, s in split_sentences(text)]


def test_abbreviations_do_not_end_sentences():
    text = "The U.S. State Department said on Oct. 4 that Mr. Blinken called Baku. Moscow said nothing."
    assert sentences(text) == [
        "The U.S. State Department said on Oct. 4 that Mr. Blinken called Baku.",
        "Moscow said nothing.",
    ]


def test_a_quotation_of_several_sentences_stays_with_its_speaker():
    text = ("“France has agreed to sign a treaty. It will provide equipment,” Colonna said. "
            "Baku protested.")
    assert sentences(text) == ["“France has agreed to sign a treaty. It will provide equipment,” Colonna said.",
                               "Baku protested."]


def test_straight_quotes_too():
    text = '"We support the measures. We admire this," he said. Ankara agreed.'
    assert sentences(text) == ['"We support the measures. We admire this," he said.', "Ankara agreed."]


def test_sentences_are_exact_substrings_with_offsets():
    text = "  Armenia urged restraint.   Azerbaijan refused!  "
    for start, sentence in split_sentences(text):
        assert text[start:start + len(sentence)] == sentence


def test_a_dotted_acronym_ends_a_sentence_only_before_an_opener():
    assert sentences("Sanctions were imposed by the U.S. The ministry protested.") == [
        "Sanctions were imposed by the U.S.", "The ministry protested."]
    assert sentences("He met the U.N. Secretary-General on Monday. Talks followed.") == [
        "He met the U.N. Secretary-General on Monday.", "Talks followed."]


def test_initials_and_times_do_not_end_sentences():
    assert sentences("John F. Kennedy spoke. At 5 p.m. Monday the talks began.") == [
        "John F. Kennedy spoke.", "At 5 p.m. Monday the talks began."]


def test_a_question_inside_quotes_before_its_speaker_is_not_an_end():
    assert sentences("“Why?” he asked. Nobody answered.") == ["“Why?” he asked.", "Nobody answered."]


def test_a_quotation_opened_after_a_colon_stays_whole_when_it_closes():
    text = "She said: “We will not leave. This is our land.” The army withdrew."
    assert sentences(text) == ["She said: “We will not leave. This is our land.”", "The army withdrew."]


def test_a_quotation_left_open_for_the_next_paragraph_is_split():
    # News style: a quotation continued in the next paragraph has no closing mark in this one.
    assert sentences("“We will not leave. This is our land.") == ["“We will not leave.", "This is our land."]


def test_the_splitter_keeps_up_with_a_large_text():
    text = "France condemned the strikes. “We support Kyiv. We always will,” Mr. Macron said. " * 2000
    assert len(sentences(text)) == 4000


def test_sentences_a_scraper_glued_together_are_split():
    from pipeline.sentences import split_sentences

    text = "Rockets flocked in.Kanaani emphasized that Israel is responsible. He visited St.Petersburg and news.com."
    assert [s for _, s in split_sentences(text)] == [
        "Rockets flocked in.", "Kanaani emphasized that Israel is responsible.",
        "He visited St.Petersburg and news.com."]


def test_a_single_quoted_quotation_of_several_sentences_stays_with_its_speaker():
    text = "'The attack was planned. Those responsible will be punished,' she said. Police left."
    assert [s for _, s in split_sentences(text)] == [
        "'The attack was planned. Those responsible will be punished,' she said.", "Police left."]
    curly = "‘The attack was planned. Those responsible will be punished,’ she said. Police left."
    assert len(split_sentences(curly)) == 2


@pytest.mark.parametrize("text, expected", [
    ("'This is reckless,' the ministry said.", "“This is reckless,” the ministry said."),
    ("‘We call on all sides,’ said Lavrov.", "“We call on all sides,” said Lavrov."),
    ("Those responsible will be punished,' she said.", "Those responsible will be punished,” she said."),
    ("'The attack was planned.", "“The attack was planned."),
    ("He called the claim 'baseless'.", "He called the claim “baseless”."),
    # apostrophes stay, and so do single marks inside a double-quoted quotation
    ("Russia’s envoy said the protesters' demands were heard.", "Russia’s envoy said the protesters' demands were heard."),
    ("‘The protesters’ demands are just,’ he said.", "“The protesters’ demands are just,” he said."),
    ("“He said ‘no’ to that,” she said.", "“He said ‘no’ to that,” she said."),
    ("In the '90s, it was different.", "In the '90s, it was different."),
])
def test_single_quote_marks_read_as_double_ones_character_for_character(text, expected):
    assert single_quotes_as_double(text) == expected


def test_a_quotation_closed_by_an_exclamation_stays_with_its_named_speaker():
    text = "“The United States stands with him!” Trump wrote. “Why now?” Macron asked. “Why?” The question hung."
    assert [s for _, s in split_sentences(text)] == [
        "“The United States stands with him!” Trump wrote.",
        "“Why now?” Macron asked.",
        "“Why?”",
        "The question hung.",
    ]
