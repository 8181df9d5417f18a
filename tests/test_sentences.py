"""Sentence segmentation on news text."""

from pipeline.sentences import split_sentences


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
