"""`stance actors suggest`: unknown speakers found, rows proposed from their roles, --write appends."""

from pathlib import Path

from typer.testing import CliRunner

from pipeline.actors import ActorRegistry, read_alias_csv
from pipeline.cli import app
from pipeline.suggest import suggest_actors
from pipeline.sentences import sentences_frame
from pipeline.documents import paragraphs_frame

ARTICLE = """ACCRA, March 3 (Reuters) - The Ghanaian government spokesman John Roe said on Monday that the border \
would stay closed until the attacks stopped.

"We will not accept this," Roe told reporters in Accra.

Amina Kallo, the Togolese foreign ministry spokeswoman, condemned the shelling of the border post. \
France urged restraint. Kallo added that Lome would ask for a meeting of the regional bloc.

The weather was cold and Monday Market stayed closed.
"""

ACTORS = "actor,alias,kind\nArmenia,Nikol Pashinyan,person\n"


def _sentences(text: str):
    return sentences_frame(paragraphs_frame({"a.txt": text}))


def test_two_unknown_spokespeople_are_found_with_their_states():
    registry = ActorRegistry.load(None)
    found = {s.name: s for s in suggest_actors(_sentences(ARTICLE), registry)}
    assert found["John Roe"].row.actor == "Ghana" and found["John Roe"].row.kind == "person"
    assert found["Amina Kallo"].row.actor == "Togo"
    # A surname alone takes the full name's state; every sentence naming it counts (the full name too).
    assert found["Roe"].row.actor == "Ghana" and found["Roe"].count == 2
    assert found["Kallo"].row.actor == "Togo"
    assert "border would stay closed" in found["John Roe"].examples[0][1]
    # Known actors and non-speaking capitalised words are not suggested.
    assert "France" not in found and "Monday Market" not in found and "Accra" not in found


def test_suggest_command_lists_and_writes_rows(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    actors = tmp_path / "actors.csv"
    actors.write_text(ACTORS, encoding="utf-8")
    runner = CliRunner()
    listed = runner.invoke(app, ["actors", "suggest", str(article), "--actors", str(actors)])
    assert listed.exit_code == 0, listed.output
    assert "Ghana,John Roe,person" in listed.output and "Togo,Amina Kallo,person" in listed.output
    assert actors.read_text() == ACTORS  # listing never writes
    # Answer y to every row, e to fix one, and run it twice: no alias is ever written twice.
    for _ in range(2):
        result = runner.invoke(app, ["actors", "suggest", str(article), "--actors", str(actors), "--write"],
                               input="y" * 10)
        assert result.exit_code == 0, result.output
    rows = read_alias_csv(actors)
    aliases = [r.alias for r in rows]
    assert len(aliases) == len(set(aliases))
    assert {("Ghana", "John Roe"), ("Ghana", "Roe"), ("Togo", "Amina Kallo"), ("Togo", "Kallo")} <= \
        {(r.actor, r.alias) for r in rows}
    assert ActorRegistry.load(actors).resolve("Amina Kallo") == "Togo"


def test_suggest_write_edit_and_refuses_an_invalid_file(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    actors = tmp_path / "actors.csv"
    actors.write_text(ACTORS, encoding="utf-8")
    runner = CliRunner()
    # First row edited to an independent person, then quit.
    result = runner.invoke(app, ["actors", "suggest", str(article), "--actors", str(actors), "--write"],
                           input="eJohn Roe,John Roe,person\nyq")
    assert result.exit_code == 0, result.output
    rows = read_alias_csv(actors)
    assert rows[-1].actor == "John Roe" and len(rows) == 2
    broken = tmp_path / "broken.csv"
    broken.write_text("actor,alias,kind\nGhana,,person\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "suggest", str(article), "--actors", str(broken), "--write"], input="y")
    assert result.exit_code == 1 and "not valid" in result.output
    assert broken.read_text() == "actor,alias,kind\nGhana,,person\n"


def test_yes_to_a_name_with_no_proposed_row_skips_it(tmp_path: Path):
    # "Hipper told reporters": no role, so no row is proposed; "y" moves on instead of asking forever
    article = tmp_path / "a.txt"
    article.write_text('"We will not accept this," Hipper told reporters.\n\nHipper added that talks were over.\n',
                       encoding="utf-8")
    actors = tmp_path / "actors.csv"
    actors.write_text(ACTORS, encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "suggest", str(article), "--actors", str(actors), "--write"],
                                input="y")
    assert result.exit_code == 0, result.output
    assert "no row proposed: skipped" in result.output
    assert actors.read_text() == ACTORS
