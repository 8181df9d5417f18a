"""Writing reports: every file whole or not at all, a report folder replaced whole."""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path
from typing import IO, Callable, TypeVar

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
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

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
