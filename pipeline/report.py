"""Writing reports: every file whole or not at all, a report folder replaced whole."""

from __future__ import annotations

import io
import multiprocessing
import shutil
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, Callable, TypeVar

import numpy as np
import pandas as pd

from pipeline import config

T = TypeVar("T")

# Stance colours chosen to read at a glance and to survive greyscale printing.
STANCE_COLOURS = {"condemning": "#c0392b", "supporting": "#27ae60", "neutral": "#bdc3c7",
                  "calling_for_talks": "#2e86c1"}


class OutputError(Exception):
    """An output that cannot be written."""


def csv_text(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


def plot_png(table: pd.DataFrame) -> bytes:
    """Horizontal stacked bars of each actor's stance shares, most statements on top."""
    matplotlib, plt = _pyplot()
    shown = table.head(40).iloc[::-1]
    height = max(2.5, 0.38 * len(shown) + 1.4)
    fig, ax = plt.subplots(figsize=(9, height), dpi=100)
    left = pd.Series(0.0, index=shown.index)
    for stance in config.STANCES:
        values = shown[f"share_{stance}"].astype(float)
        ax.barh(shown["actor"] + "  (" + shown["statements"].astype(str) + ")", values, left=left,
                color=STANCE_COLOURS[stance], label=stance.replace("_", " "), edgecolor="white", linewidth=0.5)
        left += values
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel("share of the actor's statements (number of statements in brackets)")
    ax.set_title("Stance by actor")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 if len(shown) > 3 else -0.3), ncol=4, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buffer = io.BytesIO()
    # No "Software" stamp (it carries the matplotlib version): the PNG is byte-identical run to run.
    fig.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(fig)
    return buffer.getvalue()


class ReportFolder:
    """A report folder written whole or not at all.

    Files go into a fresh staging folder beside ``out_dir`` (``path`` / ``write`` / ``open``, so a
    long run can stream a file into it); ``commit`` then moves the old folder aside and renames
    the new one into place. Files of the old report that this run does not write (e.g.
    evaluation.md beside a new prediction) are kept. ``discard`` drops the staging folder.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir.resolve()
        try:
            self.out_dir.parent.mkdir(parents=True, exist_ok=True)
            self.path = Path(tempfile.mkdtemp(dir=self.out_dir.parent, prefix=f".{self.out_dir.name}.new."))
        except OSError as err:
            raise OutputError(f"cannot write to {self.out_dir.parent} ({err.strerror or err})") from err

    def write(self, name: str, content: bytes | str) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        self._guard(lambda: (self.path / name).write_bytes(data))

    def open(self, name: str) -> IO[str]:
        return self._guard(lambda: (self.path / name).open("w", encoding="utf-8", newline=""))

    def _guard(self, action: Callable[[], T]) -> T:
        try:
            return action()
        except OSError as err:
            self.discard()
            raise OutputError(f"cannot write the report to {self.out_dir} ({err.strerror or err})") from err

    def commit(self) -> None:
        out_dir, staging = self.out_dir, self.path
        try:
            if out_dir.exists() and not out_dir.is_dir():
                raise OutputError(f"{out_dir} exists and is not a folder")
            if not out_dir.exists():
                staging.rename(out_dir)
                return
            for old in out_dir.iterdir():
                if old.is_file() and not (staging / old.name).exists():
                    shutil.copy2(old, staging / old.name)
            backup = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.old."))
            backup.rmdir()
            out_dir.rename(backup)
            try:
                staging.rename(out_dir)
            except OSError:
                backup.rename(out_dir)
                raise
            shutil.rmtree(backup, ignore_errors=True)
        except OSError as err:
            self.discard()
            raise OutputError(f"cannot write the report to {out_dir} ({err.strerror or err})") from err
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def write_report_folder(out_dir: Path, files: dict[str, bytes | str]) -> None:
    """Write ``files`` into ``out_dir``, replacing the earlier report whole."""
    folder = ReportFolder(out_dir)
    try:
        for name, content in files.items():
            folder.write(name, content)
    except BaseException:
        folder.discard()
        raise
    folder.commit()


# --- who targets whom, and stances over time ------------------------------------------------------

_PRELOAD: list[threading.Thread] = []


def preload_charts() -> None:
    """Import matplotlib in a background thread while the statements are still being read (the
    import takes a quarter of a second that the charts would otherwise wait for)."""
    thread = threading.Thread(target=_pyplot, daemon=True)
    thread.start()
    _PRELOAD.append(thread)


def draw_charts(table: pd.DataFrame, targets: pd.DataFrame, timeline: pd.DataFrame, period: str,
                jobs: int = 1) -> Callable[[], dict[str, bytes]]:
    """Start drawing the report's charts (``actors``, ``targets`` and, with dated statements,
    ``timeline``); the returned function waits for them and gives the PNGs by name.

    Drawing takes seconds on a big run (matplotlib lays out every label), as long as the engine's
    own work on a corpus of repeated articles; with ``jobs`` > 1 the charts are drawn side by side
    in forked processes while the caller writes the tables. The PNGs are the same bytes either way."""
    work: dict[str, tuple[Callable[..., bytes], tuple]] = {
        "actors": (plot_png, (table,)), "targets": (targets_png, (targets, table))}
    if len(timeline):
        work["timeline"] = (timeline_png, (timeline, table, period))
    methods = multiprocessing.get_all_start_methods()
    if jobs <= 1 or "fork" not in methods:
        drawn = {name: draw(*args) for name, (draw, args) in work.items()}
        return lambda: drawn
    for thread in _PRELOAD:
        thread.join()  # no thread may be inside an import when the process forks
    pool = ProcessPoolExecutor(min(jobs, len(work)), mp_context=multiprocessing.get_context("fork"))
    futures = {name: pool.submit(draw, *args) for name, (draw, args) in work.items()}

    def collect() -> dict[str, bytes]:
        with pool:
            return {name: future.result() for name, future in futures.items()}

    return collect


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return matplotlib, plt


def _png(fig) -> bytes:
    _, plt = _pyplot()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(fig)
    return buffer.getvalue()


# Stances drawn in the targets matrix (neutral statements have no target).
TARGET_STANCES = ("condemning", "supporting", "calling_for_talks")
TARGET_COLOURMAPS = {"condemning": "Reds", "supporting": "Greens", "calling_for_talks": "Blues"}


def top_actors(table: pd.DataFrame, n: int) -> list[str]:
    """The ``n`` actors with the most statements (the actor table's order)."""
    return table["actor"].head(n).tolist()


def targets_png(targets: pd.DataFrame, table: pd.DataFrame, top: int = 12) -> bytes:
    """One matrix per stance: rows the speaking actors, columns their targets, each cell the
    number of statements, limited to the ``top`` speakers by statements and their most named targets."""
    matplotlib, plt = _pyplot()
    speakers = [a for a in top_actors(table, top) if a in set(targets["source"])] if len(targets) else []
    shown = targets[targets["source"].isin(speakers)] if speakers else targets.iloc[0:0]
    aimed = shown.groupby("target")["count"].sum().sort_values(ascending=False, kind="stable").head(top).index.tolist()
    fig, axes = plt.subplots(1, len(TARGET_STANCES), dpi=100,
                             figsize=(4.6 * len(TARGET_STANCES), max(3.0, 0.42 * len(speakers) + 2.4)), squeeze=False)
    for ax, stance in zip(axes[0], TARGET_STANCES):
        cells = shown[shown["stance"] == stance].pivot_table(index="source", columns="target", values="count",
                                                              aggfunc="sum", fill_value=0)
        cells = cells.reindex(index=speakers, columns=aimed, fill_value=0)
        label = stance.replace("_", " ")
        if cells.empty:
            ax.text(0.5, 0.5, "no targets", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
            ax.set_title(label)
            continue
        values = cells.to_numpy()
        ax.imshow(values, cmap=TARGET_COLOURMAPS[stance], vmin=0, vmax=max(1, values.max()), aspect="auto")
        for (i, j), v in np.ndenumerate(values):
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                        color="white" if v > values.max() * 0.6 else "black")
        ax.set_xticks(range(len(aimed)), [a[:18] for a in aimed], rotation=60, ha="right", fontsize=8)
        ax.set_yticks(range(len(speakers)), [a[:22] for a in speakers], fontsize=8)
        ax.set_title(label, fontsize=11)
        ax.set_xlabel("target")
    fig.suptitle("Who targets whom: rows speak, columns are their targets (number of statements; top actors)")
    fig.tight_layout()
    return _png(fig)


# At most this many period labels under each panel.
MAX_TICKS = 14
_PERIOD_FREQUENCY = {"day": ("D", "%Y-%m-%d"), "week": ("W-MON", "%Y-%m-%d"), "month": ("MS", "%Y-%m")}


def all_periods(present: list[str], period: str) -> list[str]:
    """Every period from the first to the last present, so that gaps in time show as gaps."""
    if not present:
        return []
    frequency, form = _PERIOD_FREQUENCY[period]
    first, last = pd.Timestamp(present[0]), pd.Timestamp(present[-1])
    return [d.strftime(form) for d in pd.date_range(first, last, freq=frequency)] or present


def _stacked_bars(ax, x: np.ndarray, values: np.ndarray, bottom: np.ndarray, colour: str, width: float = 0.8) -> None:
    """One stance's segments of a stacked bar chart, drawn as one collection: over years of periods
    ``ax.bar`` adds a patch per bar and took seconds; empty segments are not drawn."""
    from matplotlib.collections import PolyCollection

    drawn = values > 0
    left, low, high = x[drawn] - width / 2, bottom[drawn], bottom[drawn] + values[drawn]
    boxes = [[(l, b), (l, t), (l + width, t), (l + width, b)] for l, b, t in zip(left, low, high)]
    if boxes:
        bars = PolyCollection(boxes, facecolors=colour, edgecolors="none", linewidths=0)
        bars.set_in_layout(False)
        ax.add_collection(bars, autolim=False)


def timeline_png(timeline: pd.DataFrame, table: pd.DataFrame, period: str, top: int = 8) -> bytes:
    """Small multiples: for each of the ``top`` actors (by statements) with dated statements, the
    statements per period stacked by stance, the number of statements written above each bar."""
    matplotlib, plt = _pyplot()
    dated = set(timeline["actor"])
    actors = [a for a in table["actor"] if a in dated][:top]
    periods = all_periods(sorted(timeline["period"].unique()), period)
    columns = 2 if len(actors) > 1 else 1
    rows = max(1, -(-len(actors) // columns))
    fig, axes = plt.subplots(rows, columns, dpi=100, figsize=(6.2 * columns, 2.5 * rows + 0.8),
                             squeeze=False, sharex=True)
    top_count = int(timeline["statements"].max()) if len(timeline) else 1
    for ax in axes.flat[len(actors):]:
        ax.set_axis_off()
    for ax, actor in zip(axes.flat, actors):
        rows_ = timeline[timeline["actor"] == actor].drop(columns="actor").set_index("period").reindex(periods, fill_value=0)
        x = np.arange(len(periods))
        bottom = np.zeros(len(periods))
        for stance in config.STANCES:
            values = rows_[f"n_{stance}"].to_numpy(dtype=float)
            _stacked_bars(ax, x, values, bottom, STANCE_COLOURS[stance])
            bottom += values
        for xi, total in zip(x, bottom):
            if total:
                # inside the axes (the y limit leaves a quarter above the tallest bar): the layout
                # need not measure it, and measuring hundreds of labels took seconds
                ax.text(xi, total, str(int(total)), ha="center", va="bottom", fontsize=7).set_in_layout(False)
        ax.set_ylim(0, top_count * 1.25)
        ax.set_xlim(-0.6, max(len(periods), 4) - 0.4)  # a bar stays a bar when there are few periods
        ax.set_title(actor, fontsize=10, loc="left")
        step = max(1, -(-len(periods) // MAX_TICKS))
        ax.set_xticks(x[::step], periods[::step], rotation=45, ha="right", fontsize=7)
        ax.spines[["top", "right"]].set_visible(False)
    handles = [matplotlib.patches.Patch(color=STANCE_COLOURS[s], label=s.replace("_", " ")) for s in config.STANCES]
    fig.legend(handles=handles, loc="lower center", ncol=4, frameon=False)
    fig.suptitle(f"Statements per {period} by stance (number of statements above each bar)")
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return _png(fig)
