"""Reading documents: encodings, non-prose lines, digests split into articles."""

from pathlib import Path

from pipeline import config
from pipeline.documents import is_heading, paragraphs_frame
from pipeline.inputs import decode, read_all


def test_decode_handles_bom_crlf_latin1_and_utf16():
    assert decode("\ufeffBaku said.\r\n".encode("utf-8")) == "Baku said.\r\n"
    assert decode("Élysée said.".encode("latin-1")) == "Élysée said."
    assert decode("Kyiv said.".encode("utf-16")) == "Kyiv said."
    assert decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") is None


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Paris said so.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Baku said so.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    documents, skipped = read_all([tmp_path])
    assert [d.id for d in documents] == ["1.txt", "2.txt"]
    assert skipped == []


def test_missing_path_and_empty_folder_are_reported_not_fatal(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    _, skipped = read_all([tmp_path / "nope.txt", tmp_path / "empty"])
    reasons = {Path(s.where).name: s.reason.split(" (")[0] for s in skipped}
    assert reasons["nope.txt"] == "no such file or folder"
    assert reasons["empty"].startswith("folder has no .txt")


def test_headings_bylines_urls_and_datelines_are_not_prose():
    text = (
        "Azerbaijan’s Aliyev pulls out of talks with Armenia and EU\n\nReuters\nOct 4 2023\n"
        "  • Azerbaijani leader drops out on eve of meeting in Spain\n"
        "Oct 4 (Reuters) – Azerbaijan's President Ilham Aliyev on Wednesday pulled out of a meeting.\n"
        "Reporting by Mark Trevelyan; Editing by Gareth Jones\n"
        "https://www.reuters.com/world/some-story/\n"
        "See alsoArmenia-Azerbaijan: Armenians join paramilitary groups\n"
    )
    frame = paragraphs_frame({"d.txt": text})
    assert frame["text"].tolist() == ["Azerbaijan's President Ilham Aliyev on Wednesday pulled out of a meeting."]
    # the offset points at the paragraph in the original text, dateline excluded
    row = frame.iloc[0]
    assert text[row.offset:row.offset + len(row.text)] == row.text


def test_heading_detection():
    assert is_heading("Proposed talks")
    assert is_heading("“Under the complicit eye of Russia”")
    assert not is_heading("Russia said it was “concerned.”")
    assert not is_heading("Paris believes that the EU must send the same signals as France does:")


def test_seed_digest_is_split_into_its_nine_articles():
    text = (config.SEEDS_DIR / "004_6a8481b3fac5c595.txt").read_text(encoding="utf-8")
    frame = paragraphs_frame({"004.txt": text})
    assert frame["article"].nunique() == 9
    plain = paragraphs_frame({"000.txt": (config.SEEDS_DIR / "000_14652ea6efdfef53.txt").read_text("utf-8")})
    assert plain["article"].nunique() == 1


def test_long_line_is_cut_into_bounded_paragraphs():
    text = ("word " * 10_000).strip() + "."
    frame = paragraphs_frame({"long.txt": text})
    assert frame["text"].str.len().max() <= 20_000
