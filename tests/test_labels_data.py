"""Data tests: the hand labels' schema, values, coverage, duplicates and leakage."""

from pathlib import Path

import pytest

from pipeline import config
from pipeline.labels import LABEL_COLUMNS, LabelError, read_labels, validate_labels


def test_schema_and_allowed_values(labels):
    assert set(LABEL_COLUMNS) <= set(labels.columns)
    assert set(labels["stance"]) <= set(config.STANCES)
    assert set(labels["sentiment"]) <= set(config.SENTIMENTS)
    assert set(labels["source"]) <= set(config.LABEL_SOURCES)


def test_labels_validate_cleanly(labels, registry):
    result = validate_labels(labels, config.STATEMENT_LABELS, registry, config.LABEL_DOCUMENT_ROOTS)
    assert result.problems == []
    assert result.warnings == []


def test_every_seed_document_is_represented(labels):
    seeds = {p.name for p in config.SEEDS_DIR.glob("*.txt")}
    assert seeds == set(labels.loc[labels["source"] == "seed", "doc"])


def test_no_duplicate_statements(labels):
    assert not labels.duplicated(["doc", "sentence", "actor"]).any()


def test_written_sentences_do_not_leak_seed_text(labels):
    """Written rows are training-only; none may copy a seed sentence."""
    seed_text = " ".join(p.read_text(encoding="utf-8") for p in config.SEEDS_DIR.glob("*.txt"))
    written = labels[labels["source"] == "written"]
    assert not written.empty
    assert not any(sentence in seed_text for sentence in written["sentence"])


def test_label_distribution(labels, capsys):
    table = labels.groupby(["source", "stance"]).size().unstack(fill_value=0)
    with capsys.disabled():
        print("\nlabel distribution:\n" + table.to_string())
    seed = labels[labels["source"] == "seed"]
    assert len(seed) >= 200
    assert all(seed["stance"].value_counts().get(s, 0) > 0 for s in config.STANCES)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("row, message", [
    ("d.txt,Paris protested.,France,angry,negative,,seed", "unknown stance 'angry'"),
    ("d.txt,Paris protested.,France,condemning,furious,,seed", "unknown sentiment 'furious'"),
    ("d.txt,Paris protested.,Atlantis,condemning,negative,,seed", "unknown actor 'Atlantis'"),
    ("d.txt,,France,condemning,negative,,seed", "empty sentence"),
    ("d.txt,Rome protested.,France,condemning,negative,,seed", "sentence not found in document 'd.txt'"),
])
def test_each_problem_is_reported_with_file_and_line(tmp_path, registry, row, message):
    write(tmp_path / "d.txt", "Paris protested. Berlin agreed.")
    path = write(tmp_path / "labels.csv", ",".join(LABEL_COLUMNS) + "\n" + row + "\n")
    problems = validate_labels(read_labels(path), path, registry).problems
    assert problems == [f"{path}:2: {message}"] or (message in problems[0] and problems[0].startswith(f"{path}:2:"))


def test_a_label_is_found_in_an_html_page_that_writes_entities(tmp_path, registry):
    write(tmp_path / "p.html", "<html><body><p>Trump&#39;s envoy said talks would resume.</p></body></html>")
    path = write(tmp_path / "labels.csv", ",".join(LABEL_COLUMNS) + "\n"
                 "p.html,Trump's envoy said talks would resume.,United States,calling_for_talks,neutral,,page\n")
    assert validate_labels(read_labels(path), path, registry).problems == []


def test_a_label_is_found_in_an_html_page_that_marks_up_words_inside_it(tmp_path, registry):
    write(tmp_path / "p.html", "<html><body><p><strong>JEFFREY FELTMAN</strong>, Under-Secretary-General, said "
                               "talks must resume.</p></body></html>")
    path = write(tmp_path / "labels.csv", ",".join(LABEL_COLUMNS) + "\n"
                 "p.html,\"JEFFREY FELTMAN, Under-Secretary-General, said talks must resume.\",United Nations,"
                 "calling_for_talks,neutral,,page\n")
    assert validate_labels(read_labels(path), path, registry).problems == []


def test_duplicates_and_conflicts(tmp_path, registry):
    write(tmp_path / "d.txt", "Paris protested.")
    head = ",".join(LABEL_COLUMNS)
    path = write(tmp_path / "labels.csv", f"{head}\nd.txt,Paris protested.,France,condemning,negative,,seed\n"
                                          f"d.txt,Paris protested.,France,condemning,negative,,seed\n"
                                          f"d.txt,Paris protested.,France,neutral,negative,,seed\n")
    problems = validate_labels(read_labels(path), path, registry).problems
    assert problems[0].startswith(f"{path}:3: duplicate")
    assert problems[1].startswith(f"{path}:4: conflicting")


def test_missing_columns_and_non_csv(tmp_path):
    with pytest.raises(LabelError, match=r"labels.csv:1: missing column\(s\): stance"):
        read_labels(write(tmp_path / "labels.csv", "doc,sentence,actor,sentiment,target,source\n"))
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(LabelError, match="not a text CSV"):
        read_labels(binary)


def test_the_labelled_pages_validate(registry):
    """The labelled real-style pages (trained on): every actor known, every sentence in its page."""
    from pipeline.labels import read_labels, validate_labels

    path = config.PAGE_LABELS
    frame = read_labels(path)
    result = validate_labels(frame, path, registry)
    assert result.problems == [] and result.warnings == []
    assert set(frame["source"]) == {"page"} and frame["doc"].nunique() == 2125


def test_every_training_file_validates_and_trains_on_pages(registry):
    """Every file `stance train` reads by default validates; the held-out pages are training pages now."""
    from pipeline.labels import read_labels, validate_labels

    assert config.HELDOUT_LABELS in config.TRAIN_LABELS
    for path in config.TRAIN_LABELS[1:]:
        frame = read_labels(path)
        result = validate_labels(frame, path, registry)
        assert result.problems == [], (path, result.problems[:3])
        assert set(frame["source"]) == {"page"}, path


def test_the_helpers_states_file_is_the_registrys_states(registry):
    # labels/pages/states.csv lets the labelling helpers' tools (which read name files, never the pipeline) know
    # the states countryinfo gives the registry; it must list exactly those
    import csv

    with (Path(__file__).resolve().parents[1] / "labels" / "pages" / "states.csv").open(encoding="utf-8") as handle:
        listed = {row["actor"] for row in csv.DictReader(handle)}
    assert listed == set(registry.states)
