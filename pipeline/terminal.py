"""Single keys and short lines from the terminal, for the interactive commands.

On a terminal, keys are read in cbreak mode (no Enter needed, Ctrl-C still interrupts) and the
terminal is always restored, whatever happens. Without a terminal (a pipe, a script) the same
calls read bytes from standard input, so the commands can be scripted. End of input reads as
``""``: a closed terminal quits instead of looping.
"""

from __future__ import annotations

import os
import sys
from types import TracebackType

try:
    import termios
    import tty
except ImportError:  # not a POSIX system: read keys as plain bytes
    termios = None  # type: ignore[assignment]
    tty = None  # type: ignore[assignment]


class KeyReader:
    """``with KeyReader() as keys: keys.key()``; ``keys.line(prompt)`` reads a line with echo."""

    def __init__(self, fd: int | None = None) -> None:
        self._saved: list | None = None
        self.stream = None
        if fd is None:
            try:
                fd = sys.stdin.fileno()
            except (AttributeError, OSError, ValueError):  # an in-memory stdin (tests, embedding)
                self.stream = sys.stdin
        self.fd = fd if fd is not None else -1
        self.is_tty = self.stream is None and termios is not None and os.isatty(self.fd)

    def _read(self, n: int) -> bytes:
        if self.stream is not None:
            text = self.stream.read(n)
            return text.encode("utf-8") if isinstance(text, str) else (text or b"")
        return os.read(self.fd, n)

    def __enter__(self) -> "KeyReader":
        if self.is_tty:
            self._saved = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd)
        return self

    def __exit__(self, kind: type | None, value: BaseException | None, trace: TracebackType | None) -> None:
        self._restore()

    def _restore(self) -> None:
        if self._saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    def key(self) -> str:
        """One key; ``""`` at end of input. Escape sequences (arrows) come back as ``"\\x1b"``."""
        try:
            data = self._read(1)
        except OSError:  # the terminal went away
            return ""
        if not data:
            return ""
        if data[0] >= 0x80:  # the rest of a UTF-8 character
            more = 1 if data[0] < 0xE0 else 2 if data[0] < 0xF0 else 3
            data += self._read(more)
        if data == b"\x1b" and self.is_tty:
            self._drain()
        if data == b"\x03":
            raise KeyboardInterrupt
        return data.decode("utf-8", "replace")

    def _drain(self) -> None:
        import select

        while select.select([self.fd], [], [], 0.01)[0]:
            if not os.read(self.fd, 16):
                break

    def line(self, prompt: str) -> str | None:
        """A line typed with echo and Enter (the terminal back in its usual mode meanwhile);
        None at end of input."""
        sys.stdout.write(prompt)
        sys.stdout.flush()
        if self._saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)
        try:
            data = b""
            while not data.endswith(b"\n"):
                try:
                    chunk = self._read(1)
                except OSError:
                    return None
                if not chunk:
                    return data.decode("utf-8", "replace") if data else None
                data += chunk
            return data.decode("utf-8", "replace").rstrip("\r\n")
        finally:
            if self._saved is not None:
                tty.setcbreak(self.fd)
