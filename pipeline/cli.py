"""The ``stance`` command: one thin command per stage over the library functions.

Exit codes: 0 done; 1 failed (bad labels, no usable model, nothing to read, output
not writable); 2 usage error; 3 done, but some input documents were skipped.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import pandas as pd
import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from pipeline import config
from pipeline.actors import default_registry
from pipeline.aggregate import actor_markdown, actor_table
from pipeline.attribution import extract_statements, guess_target
from pipeline.documents import ReadResult, read_documents
from pipeline.labels import LabelError, load_valid_labels, read_labels, validate_labels
from pipeline.model import ModelError, atomic_write_bytes, load_model, save_model, train_model
from pipeline.report import OutputError, csv_text, plot_png, write_report_folder

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn news coverage of a crisis into per-actor stance tables.")
# soft_wrap: every message stays one line, whatever the terminal width.
err = Console(stderr=True, soft_wrap=True)
EXIT_SKIPPED = 3
PROGRESS_FROM = 20  # documents; fewer finish before a progress bar is worth drawing
PROGRESS_FROM_CHARS = 1_000_000  # or this much text (about ten seconds of work)

PREDICTION_COLUMNS = ["doc", "sentence", "actor", "speaker", "stance", "confidence",
                      *config.PROBABILITY_COLUMNS, "sentiment", "target"]


def fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def read_inputs(inputs: list[Path]) -> ReadResult:
    result = read_documents(inputs)
    for skipped in result.skipped:
        err.print(f"[yellow]skipped[/] {skipped.path}: {skipped.reason}", highlight=False)
    if not result.documents:
        fail("no readable documents in " + ", ".join(str(p) for p in inputs))
    return result


def summary_line(result: ReadResult, sentences: pd.DataFrame, statements: pd.DataFrame) -> str:
    return (f"{len(result.documents)} documents, {len(sentences)} sentences, {len(statements)} statements, "
            f"{statements['actor'].nunique() if len(statements) else 0} actors")


def write_text(path: Path, text: str) -> None:
    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as error:
        fail(f"cannot write {path} ({error.strerror or error})")


@app.command()
def extract(
    inputs: list[Path] = typer.Argument(..., help="Files and folders (*.txt, recursively)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="CSV file to write; stdout when absent."),
) -> None:
    """Split documents into sentences and list the statements attributed to actors."""
    result = read_inputs(inputs)
    sentences, statements = extract_statements(result.documents, default_registry(config.ACTOR_ALIASES))
    columns = ["doc", "sentence", "actor", "speaker", "cue", "rule"]
    text = csv_text(statements[columns])
    if out is None:
        sys.stdout.write(text)
    else:
        write_text(out, text)
    err.print(summary_line(result, sentences, statements), highlight=False)
    for actor, n in statements["actor"].value_counts().items():
        err.print(f"  {actor}: {n}", highlight=False)
    if result.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def validate(labels: Path = typer.Argument(config.STATEMENT_LABELS, help="Labels CSV to check.")) -> None:
    """Check the hand labels: columns, allowed values, known actors, sentences, duplicates."""
    try:
        frame = read_labels(labels)
    except LabelError as error:
        for problem in error.problems:
            err.print(problem, highlight=False)
        raise typer.Exit(1)
    result = validate_labels(frame, labels, default_registry(config.ACTOR_ALIASES))
    for warning in result.warnings:
        err.print(f"[yellow]warning[/] {warning}", highlight=False)
    for problem in result.problems:
        err.print(problem, highlight=False)
    if not result.ok:
        err.print(f"{len(result.problems)} problem(s) in {labels}", highlight=False)
        raise typer.Exit(1)
    counts = frame["stance"].value_counts().to_dict()
    err.print(f"{labels}: {len(frame)} rows OK ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})",
              highlight=False)


def load_labels_or_exit(labels: Path) -> pd.DataFrame:
    try:
        frame, result = load_valid_labels(labels, default_registry(config.ACTOR_ALIASES))
    except LabelError as error:
        for problem in error.problems:
            err.print(problem, highlight=False)
        fail(f"labels in {labels} are not valid; no model written")
    for warning in result.warnings:
        err.print(f"[yellow]warning[/] {warning}", highlight=False)
    return frame


def cross_validate(frame: pd.DataFrame, labels: Path) -> tuple[dict, pd.DataFrame, pd.DataFrame]:
    """Held-out summary, predictions on the labelled statements, and on the statements found."""
    from pipeline.evaluation import article_groups, cross_validated_predictions, seed_statements, summarise

    groups = article_groups(frame, labels)
    if groups.nunique() - ("written" in set(groups)) < 2:
        err.print("fewer than two labelled articles: no cross-validation", highlight=False)
        return {"rows": 0}, pd.DataFrame(), pd.DataFrame()
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("cross-validating by article", total=None)

        def tick(n: int, total: int, article: str) -> None:
            progress.update(task, completed=n - 1, total=total, description=f"held out {article}")

        found = seed_statements(frame, labels, default_registry(config.ACTOR_ALIASES))
        predictions, found_predictions = cross_validated_predictions(frame, groups, found, progress=tick)
    return summarise(predictions, found_predictions), predictions, found_predictions


def print_scores(summary: dict) -> None:
    if not summary.get("rows"):
        return
    from pipeline.evaluation import report_markdown

    err.print(report_markdown(summary, brief=True), highlight=False)


@app.command()
def train(
    labels: Path = typer.Option(config.STATEMENT_LABELS, "--labels", help="Labels CSV."),
    model: Path = typer.Option(config.DEFAULT_MODEL, "--model", help="Where to save the model bundle."),
    cv: bool = typer.Option(True, "--cv/--no-cv", help="Report leave-one-article-out scores."),
) -> None:
    """Validate the labels, train the stance and sentiment heads, save model + metadata."""
    frame = load_labels_or_exit(labels)
    started = time.perf_counter()
    summary = cross_validate(frame, labels)[0] if cv else {"rows": 0}
    print_scores(summary)
    trained = train_model(frame)
    scores = {k: summary[k] for k in ("rows", "articles", "stance", "sentiment", "baselines", "end_to_end")
              if k in summary}
    try:
        save_model(trained, model, labels, scores, len(frame))
    except OSError as error:
        fail(f"cannot write the model to {model} ({error.strerror or error})")
    err.print(f"model saved to {model} ({len(frame)} labels, {time.perf_counter() - started:.0f} s)",
              highlight=False)


def print_actor_table(table: pd.DataFrame) -> None:
    out = Console()
    if not out.is_terminal:
        out = Console(width=110)  # piped or logged: no terminal width to fit, so do not squeeze
    view = Table(title="Per-actor stance (share of each actor's statements)", show_lines=False)
    # Short headers keep the table readable in an 80-column terminal.
    headers = {"condemning": "condemn", "supporting": "support", "neutral": "neutral",
               "calling_for_talks": "talks"}
    view.add_column("actor", max_width=24)
    view.add_column("n", justify="right")
    view.add_column("position", no_wrap=True)
    for stance in config.STANCES:
        view.add_column(headers[stance], justify="right")
    view.add_column("tone", justify="right")
    for row in table.itertuples(index=False):
        position = f"{headers[row.position]} {row.position_share:.0%}" if row.position else "—"
        view.add_row(row.actor, str(row.statements), position,
                     *[f"{getattr(row, f'share_{s}'):.0%}" for s in config.STANCES], f"{row.sentiment_score:+.2f}")
    out.print(view)


@app.command()
def predict(
    inputs: Optional[list[Path]] = typer.Argument(None, help="Files and folders; default: seeds/."),
    model: Path = typer.Option(config.DEFAULT_MODEL, "--model", help="Model bundle to use."),
    out: Path = typer.Option(config.REPORTS_DIR, "--out", "-o", help="Report folder."),
) -> None:
    """Classify every attributed statement and write the per-actor stance tables."""
    try:
        trained, _ = load_model(model)
    except ModelError as error:
        fail(str(error))
    result = read_inputs(inputs or [config.SEEDS_DIR])
    registry = default_registry(config.ACTOR_ALIASES)
    parts = []
    docs = list(result.documents.items())
    volume = sum(len(text) for _, text in docs)
    quiet = len(docs) < PROGRESS_FROM and volume < PROGRESS_FROM_CHARS
    with Progress(console=err, transient=True, disable=quiet) as progress:
        # Counted in characters, twice (splitting, then attributing), so one huge file moves the bar too.
        task = progress.add_task("reading documents", total=2 * volume)
        done = 0
        for doc, text in docs:
            parts.append(extract_statements({doc: text}, registry, lambda n: progress.advance(task, n)))
            done += 2 * len(text)
            progress.update(task, completed=done)  # dropped headings and datelines were never counted
    sentences = pd.concat([p[0] for p in parts], ignore_index=True)
    statements = pd.concat([p[1] for p in parts], ignore_index=True)
    predicted = pd.concat([statements, trained.predict(statements)], axis=1)  # both on one RangeIndex
    predicted["target"] = [guess_target(s, a, registry) if st != "neutral" else ""
                           for s, a, st in zip(predicted["sentence"], predicted["actor"], predicted["stance"])]
    table = actor_table(predicted)
    rounded = predicted[PREDICTION_COLUMNS].round({"confidence": 4, **dict.fromkeys(config.PROBABILITY_COLUMNS, 4)})
    try:
        write_report_folder(out, {
            "statements.csv": csv_text(rounded),
            "actors.csv": csv_text(table),
            "actors.md": actor_markdown(table),
            "actors.png": plot_png(table),
        })
    except OutputError as error:
        fail(str(error))
    print_actor_table(table)
    err.print(summary_line(result, sentences, statements) + f"; reports in {out}", highlight=False)
    if result.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def evaluate(
    labels: Path = typer.Option(config.STATEMENT_LABELS, "--labels", help="Labels CSV."),
    out: Path = typer.Option(config.REPORTS_DIR, "--out", "-o", help="Report folder."),
) -> None:
    """Leave-one-article-out scores beside majority and lexicon baselines."""
    from pipeline.evaluation import report_markdown

    frame = load_labels_or_exit(labels)
    summary, predictions, found = cross_validate(frame, labels)
    try:
        write_report_folder(out, {
            "evaluation.md": report_markdown(summary),
            "evaluation.json": json.dumps(summary, indent=2, sort_keys=True) + "\n",
            "evaluation_predictions.csv": csv_text(predictions) if len(predictions) else "",
            "evaluation_found.csv": csv_text(found.round(4)) if len(found) else "",
        })
    except OutputError as error:
        fail(str(error))
    print_scores(summary)
    err.print(f"evaluation written to {out}/evaluation.md", highlight=False)


def main() -> None:
    """Entry point: anything unforeseen is still one line, unless STANCE_DEBUG asks for the traceback."""
    import os

    try:
        app()  # usage errors (exit 2) and typer.Exit are handled inside and leave by SystemExit
    except Exception as error:  # noqa: BLE001 - the last resort behind every specific message
        if os.environ.get("STANCE_DEBUG"):
            raise
        err.print(f"[bold red]error:[/] unexpected {type(error).__name__}: {error} "
                  "(set STANCE_DEBUG=1 to see the traceback)", highlight=False)
        sys.exit(1)
