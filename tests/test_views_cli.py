"""`stance predict`'s analyst views end to end: targets, timeline, date filters, report.html."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import TINY_LABELS

runner = CliRunner()

ARTICLES = [
    ("w1", "2023-10-02", "France condemned Azerbaijan's offensive. Italy said it welcomed the agreement and would send aid."),
    ("w2", "2023-10-03", "Germany denounced the illegal offensive by Azerbaijan. Spain urged Armenia to return to talks."),
    ("w3", "2023-10-20", "France condemned the attack by Azerbaijan on the city. Japan announced that 300 refugees had arrived."),
]


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("views")
    (root / "labels.csv").write_text(TINY_LABELS, encoding="utf-8")
    with (root / "news.jsonl").open("w", encoding="utf-8") as handle:
        for id_, day, text in ARTICLES:
            handle.write(json.dumps({"id": id_, "date": day, "source": "Wire", "text": text}) + "\n")
    (root / "undated.txt").write_text("Canada condemned Azerbaijan's offensive on the city.\n", encoding="utf-8")
    model = root / "model" / "stance.skops"
    assert run("train", "--no-cv", "--labels", root / "labels.csv", "--model", model).exit_code == 0
    return root


@pytest.fixture(scope="module")
def report(project: Path) -> Path:
    out = project / "reports"
    result = run("predict", project / "news.jsonl", project / "undated.txt", "--model",
                 project / "model" / "stance.skops", "--out", out, "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == f"report: {out / 'report.html'}"
    return out


def test_predict_writes_targets_timeline_and_the_report(report: Path):
    names = {p.name for p in report.iterdir()}
    assert {"targets.csv", "targets.png", "timeline.csv", "timeline.png", "report.html"} <= names
    targets = pd.read_csv(report / "targets.csv")
    assert list(targets.columns) == ["source", "target", "stance", "count"]
    assert "Azerbaijan" in set(targets["target"])
    timeline = pd.read_csv(report / "timeline.csv")
    assert set(timeline["period"]) == {"2023-10-02", "2023-10-03", "2023-10-20"}  # a 18-day span: by day
    assert timeline["statements"].sum() == 6  # the undated statement is not on the timeline
    actors = pd.read_csv(report / "actors.csv")
    assert {"low_condemning", "high_condemning", "expected_condemning", "tentative"} <= set(actors.columns)


def test_period_week(project: Path, tmp_path: Path):
    result = run("predict", project / "news.jsonl", "--model", project / "model" / "stance.skops",
                 "--out", tmp_path / "r", "--period", "week", "--jobs", "1")
    assert result.exit_code == 0, result.output
    timeline = pd.read_csv(tmp_path / "r" / "timeline.csv")
    assert set(timeline["period"]) == {"2023-10-02", "2023-10-16"}  # Mondays
    assert run("predict", project / "news.jsonl", "--model", project / "model" / "stance.skops",
               "--out", tmp_path / "r", "--period", "fortnight").exit_code == 2


def test_since_until_filter_by_date_and_drop_undated(project: Path, tmp_path: Path):
    result = run("predict", project / "news.jsonl", project / "undated.txt", "--model",
                 project / "model" / "stance.skops", "--out", tmp_path / "r", "--since", "2023-10-03",
                 "--until", "2023-10-19", "--jobs", "1")
    assert result.exit_code == 0, result.output
    statements = pd.read_csv(tmp_path / "r" / "statements.csv", keep_default_na=False)
    assert set(statements["date"]) == {"2023-10-03"}
    assert "1 statements without a date were left out" in result.stderr
    assert run("predict", project / "news.jsonl", "--model", project / "model" / "stance.skops",
               "--out", tmp_path / "r", "--since", "03/10/2023").exit_code == 2


def test_report_is_self_contained_and_lists_every_actor(report: Path):
    html = (report / "report.html").read_text(encoding="utf-8")
    actors = pd.read_csv(report / "actors.csv")["actor"]
    table = html.split('id="actor-table"', 1)[1].split("</table>", 1)[0]
    assert all(f'data-actor="{a}"' in table for a in actors)
    # Nothing fetched: no external script, style, image or font.
    assert not re.search(r'(?:src|href)\s*=\s*"(?:https?:)?//', html)
    assert html.count("data:image/png;base64,") >= 3  # stance chart, targets, timeline
    assert "model SHA-256" in html and "50 most confident" in html
    assert "France condemned Azerbaijan&#39;s offensive." in html


def test_report_without_dates_has_no_timeline(project: Path, tmp_path: Path):
    result = run("predict", project / "undated.txt", "--model", project / "model" / "stance.skops",
                 "--out", tmp_path / "r", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "r" / "timeline.csv").exists()
    assert "no dated statements" in result.stderr
    assert 'id="timeline"' not in (tmp_path / "r" / "report.html").read_text(encoding="utf-8")


def test_report_in_a_real_browser(report: Path, tmp_path: Path):
    """Headless Chromium loads the page: no console errors, the table lists the actors, typing in
    the text filter hides the rows that do not match, and the sort reorders the table."""
    pytest.importorskip("websocket", reason="websocket-client is not installed (pip install -e '.[test]')")
    from tests.browser import TABLE_ACTORS, VISIBLE_STATEMENTS, Chromium, find_chromium

    executable = find_chromium()
    if executable is None:
        pytest.skip("chromium is not installed: apt-get install chromium (make test does it when run as root)")
    page = tmp_path / "report.html"
    page.write_bytes((report / "report.html").read_bytes())
    actors = pd.read_csv(report / "actors.csv")["actor"].tolist()
    with Chromium(executable) as browser:
        browser.open(page)
        assert browser.evaluate(TABLE_ACTORS) == actors
        everything = browser.evaluate(VISIBLE_STATEMENTS)
        assert everything == 7
        browser.type_into("#filter-text", "denounced")
        assert browser.evaluate(VISIBLE_STATEMENTS) == 1
        assert browser.evaluate("document.querySelectorAll('section.actor:not(.hidden)').length") == 1
        browser.type_into("#filter-text", " no-such-word")
        assert browser.evaluate(VISIBLE_STATEMENTS) == 0
        browser.evaluate("document.querySelector('#actor-table th').click()")
        assert browser.evaluate(TABLE_ACTORS) == sorted(actors)
        browser.screenshot(tmp_path / "report.png")
        assert browser.errors == []
    assert (tmp_path / "report.png").read_bytes()[:4] == b"\x89PNG"
