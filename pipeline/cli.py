"""The ``stance`` command: one thin command per stage over the library functions.

Every path option defaults to a place in the working directory (``pipeline.config``); the
library never reads a path itself. Exit codes: 0 done; 1 failed (bad labels, no usable model,
nothing to read, output not writable); 2 usage error; 3 done, but some input was skipped.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Optional

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from pipeline import config, engine
from pipeline.actors import ActorRegistry
from pipeline.aggregate import PERIODS, ActorTally, StatementSample, TargetTally, TimelineTally, actor_markdown
from pipeline.html_report import render_report
from pipeline.inputs import Columns, Document, Skipped, find_inputs, iter_documents
from pipeline.labels import LabelError, load_valid_labels, read_labels, validate_labels
from pipeline.model import train_model
from pipeline.persistence import ModelError, atomic_write_bytes, load_model, save_model
from pipeline.report import OutputError, ReportFolder, csv_text, draw_charts, preload_charts

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn news coverage of a crisis into per-actor stance tables.")
# soft_wrap: every message stays one line, whatever the terminal width.
err = Console(stderr=True, soft_wrap=True)
EXIT_SKIPPED = 3
PROGRESS_FROM_BYTES = 1_000_000  # less input finishes before a progress bar is worth drawing

PREDICTION_COLUMNS = ["doc", "sentence", "actor", "speaker", "stance", "confidence",
                      *config.PROBABILITY_COLUMNS, "sentiment", "target", "date", "source"]
EXTRACT_COLUMNS = ["doc", "sentence", "actor", "speaker", "cue", "rule", "date", "source"]

ACTORS_HELP = "Crisis actors file (actor,alias,kind); built-in states, organisations and office holders are always known."
ActorsOption = typer.Option(config.ACTOR_ALIASES, "--actors", help=ACTORS_HELP)


def fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def load_registry(actors: Path) -> ActorRegistry:
    """The registry from the built-ins plus the crisis file; the default file may be absent."""
    if not actors.is_file():
        if actors != config.ACTOR_ALIASES:
            fail(f"no actors file at {actors}")
        err.print(f"[yellow]note[/] no {actors} here: using the built-in actors only", highlight=False)
        return ActorRegistry.load(None)
    try:
        return ActorRegistry.load(actors)
    except ValueError as error:
        fail(str(error))
    raise AssertionError("unreachable")


class InputLog:
    """Reports skipped inputs as they are met, and counts them for the exit code."""

    def __init__(self) -> None:
        self.skipped = 0
        self.documents = 0

    def documents_of(self, paths: list[Path], columns: Columns) -> Iterator[Document]:
        for item in iter_documents(paths, columns):
            if isinstance(item, Skipped):
                self.skipped += 1
                err.print(f"[yellow]skipped[/] {item.where}: {item.reason}", highlight=False)
            else:
                self.documents += 1
                yield item


def input_paths(inputs: Optional[list[Path]]) -> list[Path]:
    return inputs or [config.SEEDS_DIR]


def columns_option(text: str, id_: str, date: str, source: str, url: str, title: str) -> Columns:
    return Columns(text=text, id=id_, date=date, source=source, url=url, title=title)


TEXT_COLUMN = typer.Option("text", "--text-column", help="Column (or JSON key) holding the article text.")
ID_COLUMN = typer.Option("id", "--id-column", help="Column holding the article id.")
DATE_COLUMN = typer.Option("date", "--date-column", help="Column holding the publication date.")
SOURCE_COLUMN = typer.Option("source", "--source-column", help="Column holding the outlet.")
URL_COLUMN = typer.Option("url", "--url-column", help="Column holding the URL.")
TITLE_COLUMN = typer.Option("title", "--title-column", help="Column holding the headline.")
INPUTS_HELP = "Files and folders: .txt, .html, .jsonl, .json, .csv, .parquet (folders recursively); default: seeds/."


def write_text(path: Path, text: str) -> None:
    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as error:
        fail(f"cannot write {path} ({error.strerror or error})")


@app.command()
def extract(
    inputs: Optional[list[Path]] = typer.Argument(None, help=INPUTS_HELP),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="CSV file to write; stdout when absent."),
    actors: Path = ActorsOption,
    text_column: str = TEXT_COLUMN, id_column: str = ID_COLUMN, date_column: str = DATE_COLUMN,
    source_column: str = SOURCE_COLUMN, url_column: str = URL_COLUMN, title_column: str = TITLE_COLUMN,
) -> None:
    """Split documents into sentences and list the statements attributed to actors."""
    registry = load_registry(actors)
    log = InputLog()
    columns = columns_option(text_column, id_column, date_column, source_column, url_column, title_column)
    documents = list(log.documents_of(input_paths(inputs), columns))
    if not documents:
        fail("no readable documents in " + ", ".join(str(p) for p in input_paths(inputs)))
    sentences, statements = engine.extract(documents, registry)
    statements = statements[statements["actor"] != "-"]
    text = csv_text(statements[EXTRACT_COLUMNS])
    if out is None:
        sys.stdout.write(text)
    else:
        write_text(out, text)
    err.print(f"{len(documents)} documents, {len(sentences)} sentences, {len(statements)} statements, "
              f"{statements['actor'].nunique()} actors", highlight=False)
    for actor, n in statements["actor"].value_counts().items():
        err.print(f"  {actor}: {n}", highlight=False)
    if log.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def validate(labels: Path = typer.Argument(config.STATEMENT_LABELS, help="Labels CSV to check."),
             actors: Path = ActorsOption) -> None:
    """Check the hand labels: columns, allowed values, known actors, sentences, duplicates."""
    try:
        frame = read_labels(labels)
    except LabelError as error:
        print_problems(error)
        raise typer.Exit(1)
    result = validate_labels(frame, labels, load_registry(actors), config.LABEL_DOCUMENT_ROOTS)
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


def print_problems(error: LabelError) -> None:
    """Each problem a label file has, one line each, on standard error."""
    for problem in error.problems:
        err.print(problem, highlight=False)


def load_labels_or_exit(labels: Path, registry: ActorRegistry) -> pd.DataFrame:
    try:
        frame, result = load_valid_labels(labels, registry, config.LABEL_DOCUMENT_ROOTS)
    except LabelError as error:
        print_problems(error)
        fail(f"labels in {labels} are not valid; no model written")
    for warning in result.warnings:
        err.print(f"[yellow]warning[/] {warning}", highlight=False)
    return frame


def cross_validate(frame: pd.DataFrame, labels: Path, registry: ActorRegistry) -> tuple[dict, pd.DataFrame, pd.DataFrame]:
    """Held-out summary, predictions on the labelled statements, and on the statements found."""
    from pipeline.evaluation import article_groups, cross_validated_predictions, labelled_documents, summarise

    groups = article_groups(frame, labels, config.LABEL_DOCUMENT_ROOTS)
    if groups.nunique() - ("written" in set(groups)) < 2:
        err.print("fewer than two labelled articles: no cross-validation", highlight=False)
        return {"rows": 0}, pd.DataFrame(), pd.DataFrame()
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("cross-validating by article", total=None)

        def tick(n: int, total: int, article: str) -> None:
            progress.update(task, completed=n - 1, total=total, description=f"held out {article}")

        documents = labelled_documents(frame, labels, config.LABEL_DOCUMENT_ROOTS)
        predictions, found_predictions = cross_validated_predictions(frame, groups, registry, documents, progress=tick)
    return summarise(predictions, found_predictions), predictions, found_predictions


def development(frame: pd.DataFrame, dev: Path, registry: ActorRegistry) -> tuple[dict, pd.DataFrame]:
    """Scores on the development pages (labels in ``dev``, documents beside it); empty without them."""
    from pipeline.evaluation import development_scores, labelled_documents

    if not dev.is_file():
        if dev != config.DEV_LABELS:
            fail(f"no development labels at {dev}")
        return {}, pd.DataFrame()
    gold = load_labels_or_exit(dev, registry)
    documents = labelled_documents(gold, dev, config.LABEL_DOCUMENT_ROOTS, source="dev")
    with Progress(console=err, transient=True) as progress:
        progress.add_task(f"scoring {len(documents)} development pages", total=None)
        return development_scores(frame[frame["source"] != "dev"], gold, documents, registry)


DEV_OPTION = typer.Option(config.DEV_LABELS, "--dev", help="Development-set labels (scored, never trained on).")


def print_scores(summary: dict) -> None:
    if not summary.get("rows"):
        return
    from pipeline.evaluation import report_markdown

    err.print(report_markdown(summary, brief=True), highlight=False)


@app.command()
def train(
    labels: list[Path] = typer.Option(list(config.TRAIN_LABELS), "--labels",
                                      help="Labels CSV; give it several times to train on several files together."),
    model: Path = typer.Option(config.DEFAULT_MODEL, "--model", help="Where to save the model."),
    actors: Path = ActorsOption,
    cv: bool = typer.Option(True, "--cv/--no-cv", help="Report leave-one-article-out and development-set scores."),
    dev: Path = DEV_OPTION,
) -> None:
    """Validate the labels, train the stance and sentiment heads, save model + metadata."""
    registry = load_registry(actors)
    # Each file is validated on its own (its documents lie beside it), then all train together; the
    # cross-validation scores the seed articles, with every other row always in training.
    frame = pd.concat([load_labels_or_exit(path, registry) for path in labels], ignore_index=True).fillna("")
    sources = {("labels" if n == 0 else f"labels_{n + 1}"): path for n, path in enumerate(labels)}
    labels = labels[0]
    started = time.perf_counter()
    summary = cross_validate(frame, labels, registry)[0] if cv else {"rows": 0}
    if cv and summary.get("rows"):
        summary["development"] = development(frame, dev, registry)[0]
    print_scores(summary)
    trained = train_model(frame[frame["source"] != "dev"], registry)
    scores = {k: summary[k] for k in ("rows", "articles", "stance", "sentiment", "baselines", "end_to_end",
                                      "development") if k in summary}
    try:
        save_model(trained, model, {**sources, "actors": actors if actors.is_file() else None}, scores,
                   len(frame))
    except OSError as error:
        fail(f"cannot write the model to {model} ({error.strerror or error})")
    err.print(f"model saved to {model} ({len(frame)} labels, {time.perf_counter() - started:.0f} s)",
              highlight=False)


# Actors listed in the terminal: the rest are in actors.md and report.html, and a terminal of
# hundreds of rows hides the run's summary lines.
ACTORS_PRINTED = 40


def print_actor_table(table: pd.DataFrame, limit: int = ACTORS_PRINTED) -> None:
    out = Console()
    if not out.is_terminal:
        out = Console(width=110)  # piped or logged: no terminal width to fit, so do not squeeze
    view = Table(title="Per-actor stance (share of each actor's statements)",
                 caption="position: share [90 % interval]; tentative: the interval overlaps the next stance's, "
                         "or fewer than 3 statements", show_lines=False)
    # Short headers keep the table readable in an 80-column terminal.
    headers = {"condemning": "condemn", "supporting": "support", "neutral": "neutral",
               "calling_for_talks": "talks"}
    view.add_column("actor", max_width=24)
    view.add_column("n", justify="right")
    view.add_column("position", no_wrap=True)
    for stance in config.STANCES:
        view.add_column(headers[stance], justify="right")
    view.add_column("tone", justify="right")
    for row in table.head(limit).itertuples(index=False):
        position = (f"{headers[row.position]} {row.position_share:.0%} "
                    f"[{getattr(row, f'low_{row.position}'):.0%}–{getattr(row, f'high_{row.position}'):.0%}]"
                    + (" tentative" if row.tentative else "")) if row.position else "—"
        view.add_row(row.actor, str(row.statements), position,
                     *[f"{getattr(row, f'share_{s}'):.0%}" for s in config.STANCES], f"{row.sentiment_score:+.2f}")
    if len(table) > limit:
        view.caption += f"\n{len(table) - limit} more actors with fewer statements: see actors.md or report.html"
    out.print(view)


@contextmanager
def dask_client(address: Optional[str], jobs: int) -> Iterator[object]:
    """A ``distributed.Client`` for ``--dask`` ("local" starts a cluster on this machine), or None."""
    if not address:
        yield None
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        fail("--dask needs the 'distributed' package: pip install 'dask[distributed]'")
    if address == "local":
        with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=30)
    except OSError as error:
        fail(f"cannot reach the Dask scheduler at {address} ({error})")
    with client:
        yield client


def input_bytes(paths: list[Path]) -> int:
    files, _ = find_inputs(paths)
    return sum(f.stat().st_size for f in files if f.is_file())


def progress_bar(total: int) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                    TextColumn("{task.fields[docs]} documents, {task.fields[rate]}"), TimeRemainingColumn(),
                    console=err, transient=True, disable=total < PROGRESS_FROM_BYTES)


class Views:
    """The bounded tallies behind the analyst views, fed batch by batch beside the actor table."""

    def __init__(self) -> None:
        self.targets = TargetTally()
        self.timeline = TimelineTally()
        self.sample = StatementSample()

    def add(self, statements: pd.DataFrame) -> None:
        self.targets.add(statements)
        self.timeline.add(statements)
        self.sample.add(statements)


def in_date_range(rows: pd.DataFrame, since: Optional[str], until: Optional[str]) -> pd.Series:
    """Which statements fall in [since, until] (ISO days); undated ones never do once a bound is set."""
    dates = rows["date"].fillna("").astype(str)
    keep = dates != ""
    if since:
        keep &= dates >= since
    if until:
        keep &= dates <= until
    return keep


def stream_predictions(results: Iterable[engine.BatchResult], handle, total: int, views: Optional[Views] = None,
                       since: Optional[str] = None, until: Optional[str] = None) -> tuple[ActorTally, dict[str, int]]:
    """Write each batch's statements as it finishes and tally the actors (and ``views``); with
    ``since``/``until``, only the statements dated in that range. Returns the tally and counts."""
    tally = ActorTally()
    counts = {"documents": 0, "sentences": 0, "statements": 0, "undated_dropped": 0, "out_of_range": 0}
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(PREDICTION_COLUMNS)
    started = time.perf_counter()
    done = 0
    with progress_bar(total) as progress:
        task = progress.add_task("predicting", total=total or None, docs=0, rate="")
        for result in results:
            rows = result.statements
            if since or until:
                keep = in_date_range(rows, since, until)
                undated = int((rows["date"].fillna("") == "").sum())
                counts["undated_dropped"] += undated
                counts["out_of_range"] += int((~keep).sum()) - undated
                rows = rows[keep]
            rounded = rows[PREDICTION_COLUMNS].round({"confidence": 4, **dict.fromkeys(config.PROBABILITY_COLUMNS, 4)})
            handle.write(csv_text(rounded).split("\n", 1)[1])
            tally.add(rows)
            if views is not None:
                views.add(rows)
            counts["documents"] += result.documents
            counts["sentences"] += result.sentences
            counts["statements"] += len(rows)
            done += result.characters
            rate = done / max(time.perf_counter() - started, 1e-9) / 1e6
            progress.update(task, completed=min(done, total), docs=counts["documents"], rate=f"{rate:.2f} MB/s")
    return tally, counts


def _charts_preloaded(results: Iterator[engine.BatchResult]) -> Iterator[engine.BatchResult]:
    """The results, with matplotlib imported in the background once the first has come: by then
    any worker processes have been forked, so no thread is running when they are."""
    for i, result in enumerate(results):
        if i == 0:
            preload_charts()
        yield result


def day_option(value: Optional[str], name: str) -> Optional[str]:
    """An ISO day given on the command line, checked."""
    if value is None:
        return None
    try:
        return pd.Timestamp(value).date().isoformat() if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else _bad_day(value, name)
    except ValueError:
        return _bad_day(value, name)


def _bad_day(value: str, name: str) -> str:
    raise typer.BadParameter(f"{value!r} is not a day (YYYY-MM-DD)", param_hint=name)


def run_facts(model: Path, metadata: dict, paths: list[Path], counts: dict[str, int], since: Optional[str],
              until: Optional[str], period: str) -> dict[str, str]:
    """The facts of a run shown in report.html: what produced it, from what."""
    labels = metadata.get("sources", {}).get("labels", {})
    facts = {
        "report date": datetime.now(timezone.utc).date().isoformat(),
        "inputs": ", ".join(str(p) for p in paths),
        "documents, sentences, statements": f"{counts['documents']}, {counts['sentences']}, {counts['statements']}",
        "model file": str(model),
        "model SHA-256": str(metadata.get("model_sha256", "")),
        "training labels": f"{labels.get('file', '')} ({metadata.get('labels_rows', '?')} rows, "
                           f"SHA-256 {labels.get('sha256', '')})",
        "model trained at": str(metadata.get("trained_at", "")),
        "scikit-learn": str(metadata.get("versions", {}).get("scikit-learn", "")),
    }
    if since or until:
        facts["date filter"] = f"{since or '…'} to {until or '…'} (undated statements left out: {counts['undated_dropped']})"
    if period:
        facts["timeline period"] = period
    return facts


@app.command()
def predict(
    inputs: Optional[list[Path]] = typer.Argument(None, help=INPUTS_HELP),
    model: Path = typer.Option(config.DEFAULT_MODEL, "--model", help="Model to use."),
    out: Path = typer.Option(config.REPORTS_DIR, "--out", "-o", help="Report folder."),
    actors: Path = ActorsOption,
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (0: one per core)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on a Dask cluster: a scheduler address, or 'local'."),
    period: Optional[str] = typer.Option(None, "--period", help="Timeline period: day, week or month "
                                         "(default: by the span, day up to a month, week up to a year, month beyond)."),
    since: Optional[str] = typer.Option(None, "--since", help="Keep statements dated on or after this day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Keep statements dated on or before this day (YYYY-MM-DD)."),
    text_column: str = TEXT_COLUMN, id_column: str = ID_COLUMN, date_column: str = DATE_COLUMN,
    source_column: str = SOURCE_COLUMN, url_column: str = URL_COLUMN, title_column: str = TITLE_COLUMN,
) -> None:
    """Classify every attributed statement and write the per-actor stance tables, who targets whom,
    the timeline (when statements are dated) and one self-contained report.html."""
    if period is not None and period not in PERIODS:
        raise typer.BadParameter(f"{period!r} is not one of {', '.join(PERIODS)}", param_hint="--period")
    since, until = day_option(since, "--since"), day_option(until, "--until")
    try:
        trained, metadata = load_model(model)
    except ModelError as error:
        fail(str(error))
    registry = load_registry(actors)
    paths = input_paths(inputs)
    columns = columns_option(text_column, id_column, date_column, source_column, url_column, title_column)
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    log = InputLog()
    try:
        folder = ReportFolder(out)
    except OutputError as error:
        fail(str(error))
    try:
        with dask_client(dask, jobs) as client, folder.open("statements.csv") as handle:
            results = _charts_preloaded(engine.run(log.documents_of(paths, columns), registry, trained, jobs=jobs,
                                                   dask=client))
            views = Views()
            tally, counts = stream_predictions(results, handle, input_bytes(paths), views, since, until)
        if not log.documents:
            folder.discard()
            fail("no readable documents in " + ", ".join(str(p) for p in paths))
        table = tally.table()
        targets = views.targets.table()
        timeline, period_used = views.timeline.table(period)
        # a Dask client keeps threads running here, and a process must not fork under threads
        charts = draw_charts(table, targets, timeline, period_used, jobs if dask is None else 1)
        folder.write("actors.csv", csv_text(table))
        folder.write("actors.md", actor_markdown(table))
        folder.write("targets.csv", csv_text(targets))
        if len(timeline):
            folder.write("timeline.csv", csv_text(timeline))
        images = charts()
        for name, png in images.items():
            folder.write(f"{name}.png", png)
        facts = run_facts(model, metadata, paths, counts, since, until, period_used if len(timeline) else "")
        folder.write("report.html", render_report(table, views.sample, targets, images, facts,
                                                  period_used if len(timeline) else ""))
        folder.commit()
    except OutputError as error:
        fail(str(error))
    except BaseException:
        folder.discard()
        raise
    print_actor_table(table)
    if counts["undated_dropped"]:
        err.print(f"[yellow]note[/] {counts['undated_dropped']} statements without a date were left out "
                  "by --since/--until", highlight=False)
    if counts["out_of_range"]:
        err.print(f"{counts['out_of_range']} dated statements outside --since/--until left out", highlight=False)
    if not len(timeline):
        err.print("no dated statements: no timeline", highlight=False)
    err.print(f"{counts['documents']} documents, {counts['sentences']} sentences, {counts['statements']} statements, "
              f"{len(table)} actors; reports in {out}", highlight=False)
    Console(soft_wrap=True).print(f"report: {out / 'report.html'}", highlight=False)
    if log.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def evaluate(
    labels: list[Path] = typer.Option(list(config.TRAIN_LABELS), "--labels",
                                      help="Labels CSV, as for train: the seed articles of the first are scored "
                                      "leave-one-article-out, every other row always trains."),
    out: Path = typer.Option(config.REPORTS_DIR, "--out", "-o", help="Report folder."),
    actors: Path = ActorsOption,
    dev: Path = DEV_OPTION,
    learning_curve: Optional[Path] = typer.Option(
        None, "--learning-curve", help="A crisis's labels: simulate an analyst adding them to the training labels "
        "(--labels) most uncertain first and at random; writes learning_curve.md/.json to --out instead."),
) -> None:
    """Leave-one-article-out scores beside majority and lexicon baselines, and development-set scores."""
    from pipeline.evaluation import report_markdown

    registry = load_registry(actors)
    if learning_curve is not None:
        run_learning_curve(learning_curve, labels[0], out, registry)
        return
    frame = pd.concat([load_labels_or_exit(path, registry) for path in labels], ignore_index=True).fillna("")
    summary, predictions, found = cross_validate(frame, labels[0], registry)
    dev_found = pd.DataFrame()
    if summary.get("rows"):
        summary["development"], dev_found = development(frame, dev, registry)
    try:
        folder = ReportFolder(out)
        folder.write("evaluation.md", report_markdown(summary))
        folder.write("evaluation.json", json.dumps(summary, indent=2, sort_keys=True) + "\n")
        folder.write("evaluation_predictions.csv", csv_text(predictions) if len(predictions) else "")
        folder.write("evaluation_found.csv", csv_text(found.round(4)) if len(found) else "")
        folder.write("evaluation_development.csv", csv_text(dev_found.round(4)) if len(dev_found) else "")
        folder.commit()
    except OutputError as error:
        fail(str(error))
    print_scores(summary)
    err.print(f"evaluation written to {out}/evaluation.md", highlight=False)


@app.command()
def score(
    labels: Path = typer.Argument(..., help="Labels CSV of whole labelled pages, with the pages beside it "
                                  "(every statement of each page labelled, as in labels/dev/)."),
    model: Path = typer.Option(config.DEFAULT_MODEL, "--model", help="Model to score."),
    actors: Path = ActorsOption,
) -> None:
    """Score a saved model on your own labelled pages, end to end as `stance predict` runs: attribution
    precision, recall and F1 on (sentence, actor) pairs, stance and sentiment on the statements found,
    targets and actor positions. Actors the actors file does not know are scored as misses, not refused."""
    from pipeline.evaluation import labelled_documents, saved_model_scores, score_markdown

    try:
        trained, _ = load_model(model)
    except ModelError as error:
        fail(str(error))
    registry = load_registry(actors)
    try:
        gold = read_labels(labels)
    except LabelError as error:
        print_problems(error)
        fail(f"labels in {labels} cannot be read")
    documents = labelled_documents(gold, labels, config.LABEL_DOCUMENT_ROOTS, source=None)
    if not documents:
        fail(f"none of the pages {labels} labels was found beside it")
    with Progress(console=err, transient=True) as progress:
        progress.add_task(f"scoring {len(documents)} labelled pages", total=None)
        scores, _ = saved_model_scores(gold, documents, registry, trained)
    if "matched" not in scores:
        fail(f"nothing to score: {scores.get('found', 0)} statements found, {scores.get('labelled', 0)} labelled")
    typer.echo(score_markdown(scores), nl=False)


# --- a new crisis in an hour: stance actors suggest, stance label ---------------------------------

actors_app = typer.Typer(no_args_is_help=True, help="Work on the crisis actors file.")
app.add_typer(actors_app, name="actors")


def documents_or_exit(inputs: list[Path]) -> tuple[list[Document], InputLog]:
    log = InputLog()
    documents = list(log.documents_of(inputs, Columns()))
    if not documents:
        fail("no readable documents in " + ", ".join(str(p) for p in inputs))
    return documents, log


@actors_app.command("suggest")
def actors_suggest(
    inputs: list[Path] = typer.Argument(..., help=INPUTS_HELP),
    actors: Path = ActorsOption,
    write: bool = typer.Option(False, "--write", help="Ask about each proposed row (y/n/e/q) and append the "
                                                      "accepted ones to the actors file."),
) -> None:
    """List names that speak in the articles but resolve to no actor, with a proposed actors row."""
    from pipeline.suggest import ActorsFileError, alias_row_text, append_rows, check_actors_file, known_alias

    try:
        rows = check_actors_file(actors)
    except ActorsFileError as error:
        fail(f"the actors file is not valid, nothing written: {error}")
    registry = load_registry(actors)
    documents, log = documents_or_exit(inputs)
    from pipeline.suggest import suggest_actors

    sentences, _ = engine.extract(documents, registry)
    suggestions = [s for s in suggest_actors(sentences, registry) if not known_alias(s.name, rows, registry)]
    out = Console(soft_wrap=True, highlight=False)
    if not suggestions:
        out.print("no unknown speakers found")
    for n, item in enumerate(suggestions, start=1):
        proposed = alias_row_text(item.row) if item.row else "(no state or body in a role: press e to type a row)"
        out.print(f"[bold]{n}. {item.name}[/]  {item.count} sentence(s)  proposed: [cyan]{proposed}[/]")
        for doc, sentence in item.examples:
            out.print(f"    {doc}: {sentence}")
    if write and suggestions:
        accepted = ask_rows(suggestions, out)
        if accepted:
            try:
                written = append_rows(actors, accepted)
            except ActorsFileError as error:
                fail(f"the rows made the actors file invalid, it was restored: {error}")
            except OSError as error:
                fail(f"cannot write {actors} ({error.strerror or error})")
            out.print(f"{len(written)} row(s) appended to {actors}")
        else:
            out.print("nothing appended")
    if log.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def ask_rows(suggestions: list, out: Console) -> list:
    """One key per proposed row: y accept, n skip, e edit, q stop asking."""
    from pipeline.suggest import alias_row_text, parse_row
    from pipeline.terminal import KeyReader

    accepted = []
    with KeyReader() as keys:
        for item in suggestions:
            row = item.row
            while True:
                shown = alias_row_text(row) if row else "(none)"
                out.print(f"{item.name}: {shown}  add it? (y)es (n)o (e)dit (q)uit ", end="", markup=False)
                key = keys.key().lower()
                out.print(key)
                if key in ("q", ""):
                    return accepted
                if key == "n":
                    break
                if key == "y" and row:
                    accepted.append(row)
                    break
                if key == "y":
                    out.print("  no row proposed: skipped (press e to type one)")
                    break
                if key == "e":
                    typed = keys.line("actor,alias,kind: ")
                    if typed is None:
                        return accepted
                    row = parse_row(typed) or row
                    if not parse_row(typed):
                        out.print("  not a row: type actor,alias,kind (e.g. Ghana,John Roe,person)")
    return accepted


@app.command()
def label(
    inputs: list[Path] = typer.Argument(..., help=INPUTS_HELP),
    labels: Path = typer.Option(..., "--labels", help="Labels CSV to append the answers to (created if absent); "
                                                      "'not a statement' answers go to <name>.not_statements.csv."),
    model: Path = typer.Option(config.DEFAULT_MODEL, "--model", help="Model whose uncertainty orders the statements."),
    actors: Path = ActorsOption,
    train_labels: list[Path] = typer.Option([config.STATEMENT_LABELS], "--train-labels",
                                            help="Labels the background retraining starts from (repeatable)."),
    retrain_every: int = typer.Option(20, "--retrain-every", help="Retrain in the background every N answers "
                                                                  "(0: never)."),
) -> None:
    """Label the statements of INPUT in the terminal, most uncertain first; every answer is saved at once."""
    from pipeline.labelling import LabelStore, Retrainer, Session, candidates, run, score, sidecar_path
    from pipeline.terminal import KeyReader

    try:
        trained, _ = load_model(model)
    except ModelError as error:
        fail(str(error))
    registry = load_registry(actors)
    documents, _ = documents_or_exit(inputs)
    try:
        store = LabelStore(labels)
    except (ValueError, OSError, UnicodeDecodeError) as error:
        fail(f"cannot use {labels} for labels ({getattr(error, 'strerror', None) or error})")
    if store.repaired:
        err.print(f"[yellow]note[/] dropped a row cut short by an interrupted session in {labels}", highlight=False)
    base = pd.DataFrame(columns=["sentence", "actor", "stance", "sentiment"])
    if retrain_every > 0:
        frames = [load_labels_or_exit(path, registry) for path in train_labels if path.is_file()]
        if frames:
            base = pd.concat(frames, ignore_index=True)
            base = base[base["source"] != "dev"]
    found = candidates(documents, registry, labels)
    if found.empty:
        fail("no statements found in " + ", ".join(str(p) for p in inputs))
    session = Session(store, score(found, trained), registry,
                      Retrainer(base, registry) if retrain_every > 0 else None, retrain_every)
    console = Console(highlight=False, soft_wrap=True)
    skipped = len(found) - len(session.queue)
    console.print(f"{len(found)} statements in {len(documents)} documents; {skipped} already answered in {labels}",
                  markup=False)
    reason = "quit"
    try:
        with KeyReader() as keys:
            reason = run(session, keys, console)
    except KeyboardInterrupt:
        reason = "interrupted"
    total = len(store.labels.rows)
    console.print(f"{reason}: {session.answers} answer(s) this session; {labels} holds {total} label row(s), "
                  f"{sidecar_path(labels)} {len(store.rejected.rows)} 'not a statement' row(s)", markup=False)
    if reason == "done":
        console.print("every statement is answered", markup=False)


def run_learning_curve(crisis_labels: Path, labels: Path, out: Path, registry: ActorRegistry) -> None:
    """``stance evaluate --learning-curve``: the simulated analyst (pipeline.learning_curve)."""
    from pipeline.learning_curve import curve_json, curve_markdown, learning_curve

    train = load_labels_or_exit(labels, registry)
    crisis = load_labels_or_exit(crisis_labels, registry)
    train = train[train["source"] != "dev"]
    shared = set(zip(train["doc"], train["sentence"])) & set(zip(crisis["doc"], crisis["sentence"]))
    if shared:
        fail(f"{len(shared)} crisis statement(s) are also in {labels}: the curve needs them held out")
    with Progress(TextColumn("{task.description}"), console=err, transient=True) as progress:
        task = progress.add_task("learning curve", total=None)
        try:
            curve = learning_curve(train, crisis, registry,
                                   progress=lambda what: progress.update(task, description=f"training: {what}"))
        except ValueError as error:
            fail(str(error))
    text = curve_markdown(curve, f"Learning curve: {crisis_labels}")
    write_text(out / "learning_curve.md", text)
    write_text(out / "learning_curve.json", json.dumps(curve_json(curve), indent=2) + "\n")
    Console(soft_wrap=True, highlight=False).print(text, markup=False)
    err.print(f"learning curve written to {out}/learning_curve.md", highlight=False)


def main() -> None:
    """Entry point: anything unforeseen is still one line, unless STANCE_DEBUG asks for the traceback."""
    try:
        app()  # usage errors (exit 2) and typer.Exit are handled inside and leave by SystemExit
    except Exception as error:  # noqa: BLE001 - the last resort behind every specific message
        if os.environ.get("STANCE_DEBUG"):
            raise
        err.print(f"[bold red]error:[/] unexpected {type(error).__name__}: {error} "
                  "(set STANCE_DEBUG=1 to see the traceback)", highlight=False)
        sys.exit(1)
