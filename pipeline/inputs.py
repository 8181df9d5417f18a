"""Reading every input an analyst has: files and folders in, documents with metadata out.

Formats: plain text (``.txt``, and any file named explicitly whatever its suffix),
web pages (``.html``/``.htm``, main text only), and tables of articles (``.jsonl``,
``.json``, ``.csv``, ``.parquet``) with one article per row.

Reading is a generator (``iter_documents``): rows are yielded as they are read, so a
corpus of any size goes through in bounded memory, and a bad row or file becomes a
``Skipped`` with its place and reason instead of stopping the run.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import html
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, timezone
from html.parser import HTMLParser
from itertools import chain
from numbers import Integral
from pathlib import Path
from typing import Any

from pipeline.memo import Memo

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".jsonl", ".json", ".csv", ".parquet")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + TABLE_SUFFIXES

NOT_TEXT = "not text (binary, or an encoding that cannot be detected)"
EMPTY = "empty document"
NO_MAIN_TEXT = "no main text found"

# Bytes read to choose a CSV file's encoding before streaming it.
_SAMPLE_BYTES = 1 << 20
_PARQUET_BATCH_ROWS = 1024


@dataclass(frozen=True)
class Document:
    """One article. ``date`` is an ISO day ("YYYY-MM-DD") or ""; ``source`` the outlet."""

    id: str
    text: str
    date: str = ""
    source: str = ""
    url: str = ""
    title: str = ""
    path: str = ""
    imprint: str = ""  # a page's footer (address, phone): which state an institution's site belongs to


@dataclass(frozen=True)
class Skipped:
    """An input, or one row of it (``where`` = "path:row"), left out, with the reason shown to the user."""

    where: str
    reason: str


@dataclass(frozen=True)
class Columns:
    """Column (or JSON key) names of the tables; the CLI lets the user rename them."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    source: str = "source"
    url: str = "url"
    title: str = "title"


# --------------------------------------------------------------------------- finding


def find_inputs(paths: list[Path]) -> tuple[list[Path], list[Skipped]]:
    """Files as given, folders expanded recursively (sorted) to the supported suffixes.

    A file named explicitly is read whatever its suffix (as plain text unless the suffix
    says otherwise); the same file reached twice is read once.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES and p.is_file())
            if not found:
                skipped.append(Skipped(str(path), f"folder has no {', '.join(SUPPORTED_SUFFIXES)} files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            skipped.append(Skipped(str(path), "not a regular file"))
        else:
            skipped.append(Skipped(str(path), "no such file or folder"))
    return _unique(files), skipped


def _unique(files: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for path in files:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never appear in text (tab, newlines and form feed excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Non-letters that Western prose puts right against a word: quotes, dashes, units, marks.
_NEAR_LETTERS_OK = set("“”‘’„‚«»‹›–—…•°·™®©²´")


def detect_encoding(raw: bytes) -> str | None:
    """The codec that reads ``raw`` as text, or ``None`` when the bytes are not text.

    A BOM is decisive; then strict UTF-8 (what nearly every file is); then Windows-1252
    when its reading looks like Western European prose, because that is the usual
    legacy encoding of news text and charset-normalizer, on short or Western texts,
    picks a sibling code page (cp1250, cp1257) that garbles accents; last,
    charset-normalizer for everything else (Cyrillic, Greek, CJK, Central European).
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec
    if b"\x00" in raw:
        return None
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        if looks_western(raw.decode("cp1252")):
            return "cp1252"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # imported here: only legacy non-Western files need it

    best = charset_normalizer.from_bytes(raw).best()
    if best is None or _mixes_scripts(str(best)):
        return None
    return best.encoding


def decode(raw: bytes) -> str | None:
    """Text of ``raw`` (BOM removed), or ``None`` for binary or undetectable bytes."""
    codec = detect_encoding(raw)
    if codec is None:
        return None
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if is_mostly_printable(text) else None


def is_mostly_printable(text: str) -> bool:
    """Binary that decodes by chance is full of control characters; text is not."""
    controls = sum(1 for _ in _CONTROL.finditer(text))
    return controls <= 0.01 * max(len(text), 1)


def looks_western(text: str) -> bool:
    """Whether a Windows-1252 reading looks like Western European prose.

    Cyrillic or Greek read as Windows-1252 is nearly all accented letters; Polish gives
    symbols inside words ("powiedzia³", "mo¿e", "£ódŸ"); neither is Western prose.
    """
    non_ascii = [(m.start(), m.group()) for m in re.finditer(r"[^\x00-\x7f]", text)]
    accented = sum(ch.isalpha() for _, ch in non_ascii)
    letters = accented + sum(len(word) for word in re.findall(r"[A-Za-z]+", text))
    if accented > 0.4 * max(letters, 1):
        return False
    for i, ch in non_ascii:
        if ch.isalpha() or ch in _NEAR_LETTERS_OK:
            continue
        before = i > 0 and text[i - 1].isalpha()
        after = i + 1 < len(text) and text[i + 1].isalpha()
        if before or (after and ch not in "¿¡"):  # "¿Qué" opens a Spanish question
            return False
    return True


def _mixes_scripts(text: str) -> bool:
    """A word mixing Latin letters with CJK ones is a wrong guess ("匜ys嶪" for "Élysée")."""
    return bool(re.search(r"[A-Za-z][\u3040-\u9fff\uac00-\ud7af]|[\u3040-\u9fff\uac00-\ud7af][A-Za-z]", text))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def declared_charset(raw: bytes) -> str | None:
    """The codec a page declares in ``<meta charset>`` (first 4 KB), if Python knows it.

    Latin-1 and ASCII declarations mean Windows-1252, as browsers read them.
    """
    match = _META_CHARSET.search(raw[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def decode_html(raw: bytes) -> str | None:
    """Decode a page: BOM, then strict UTF-8, then its declared charset, then detection."""
    if not raw.startswith(tuple(bom for bom, _ in _BOMS)):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        codec = declared_charset(raw)
        if codec and not codec.startswith("utf"):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                pass
    return decode(raw)


# --------------------------------------------------------------------------- dates


def _month(group: str) -> str:
    """An English month name or abbreviation ("Sept.", "October") as a named group."""
    return (
        rf"(?P<{group}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    )


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_TIME = (
    r"(?:(?:[T ]|,?\s+(?:at\s+)?)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,5}(?:[+-]\d{1,4})?)?)?"
)
_ISO = re.compile(rf"(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}}){_TIME}", re.IGNORECASE)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_NAMED = re.compile(
    rf"(?:{_WEEKDAY})?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_month('m1')},?"
    rf"|{_month('m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<year>\d{{4}}){_TIME}",
    re.IGNORECASE,
)


def _is_missing(value: object) -> bool:
    """None, or a null that tables carry as a value (NaN, NaT: the only values unequal to themselves)."""
    return value is None or value != value  # noqa: PLR0124


def parse_date(value: object) -> str:
    """ISO day of a publication date, "" when there is none; ``ValueError`` otherwise.

    Accepted: ISO dates and date-times, RFC 2822 ("Fri, 04 Oct 2024 13:00:00 +0000"),
    "Oct 4, 2024", "4 October 2024", epoch seconds as an integer, and date or datetime
    objects (pandas Timestamps from Parquet). Numeric forms such as "04/10/2024" are
    refused: day and month cannot be told apart. A date-time keeps its own calendar day
    (the publisher's), it is not moved to UTC.
    """
    if _is_missing(value):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Integral) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(int(value), tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError) as err:
            raise ValueError(f"epoch seconds out of range: {value}") from err
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    if not text:
        return ""
    if match := _ISO.fullmatch(text):
        day, month = int(match["day"]), int(match["month"])
    elif match := _NAMED.fullmatch(text):
        day = int(match["d1"] or match["d2"])
        month = _MONTHS.index((match["m1"] or match["m2"])[:3].lower()) + 1
    else:
        raise ValueError(f"not a date: {value!r}")
    return date(int(match["year"]), month, day).isoformat()  # ValueError for 31 February


# --------------------------------------------------------------------------- rows


def _field(row: Mapping[str, object], column: str) -> str:
    """An optional metadata field as a string; missing and null are ""."""
    value = row.get(column)
    if _is_missing(value):
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"column '{column}' holds {type(value).__name__}, not text")


# Markup in a table's text cell: news APIs and scrapers often export an article's body with its <p>
# tags and entities, or the whole page.
_HTML_PAGE = re.compile(r"(?i)<(?:!doctype|html|body)\b")
_HTML_TAG = re.compile(r"(?i)</?(?:p|br|div|span|a|li|ul|ol|h[1-6]|strong|em|b|i|blockquote|figure|figcaption|img|"
                       r"table|article|section)\b[^>]*>")
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


class _FragmentText(HTMLParser):
    """The text of an HTML fragment, one line per block (paragraph, list item, heading, line break);
    scripts, styles and figure captions left out."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
              "article", "header", "footer", "ul", "ol", "table"}
    SKIPPED = {"script", "style", "noscript", "figcaption", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_fragment_text(markup: str) -> str:
    """An HTML fragment's text, one paragraph per line."""
    parser = _FragmentText()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def cell_text(text: str) -> tuple[str, dict[str, str]]:
    """The article in a table's text cell and any metadata its markup gives: a whole page is read as a
    ``.html`` file is (main text, title, date), a fragment's tags and entities as text; plain text
    stays as it is."""
    if _HTML_PAGE.search(text[:2000]):
        page = extract_html(text)
        if page is not None:
            return page.pop("text"), page
    if _HTML_TAG.search(text):
        return html_fragment_text(text), {}
    if _HTML_ENTITY.search(text):
        return html.unescape(text), {}
    return text, {}


def document_from_row(row: object, columns: Columns, prefix: str, number: int, path: str) -> Document:
    """A row of a table as a document; ``ValueError`` says why a row is not one.

    The id is "<file name>:<row id>", or the row number when the row has no id. A text cell
    holding HTML is read as text (``cell_text``); the row's own metadata wins over the page's.
    """
    if not isinstance(row, Mapping):
        raise ValueError(f"not an object with columns (got {type(row).__name__})")
    text = row.get(columns.text)
    if text is None or (isinstance(text, str) and not text.strip()):
        raise ValueError(f"no text in column '{columns.text}'")
    if not isinstance(text, str):
        raise ValueError(f"column '{columns.text}' holds {type(text).__name__}, not text")
    try:
        day = parse_date(row.get(columns.date))
    except ValueError as err:
        raise ValueError(f"unparsable date in column '{columns.date}' ({err})") from err
    text, page = cell_text(text)
    if not text.strip():
        raise ValueError(f"no text in column '{columns.text}' once its markup is read")
    return Document(
        id=f"{prefix}:{_field(row, columns.id) or number}",
        text=text,
        date=day or page.get("date", ""),
        source=_field(row, columns.source) or page.get("source", ""),
        url=_field(row, columns.url) or page.get("url", ""),
        title=_field(row, columns.title) or page.get("title", ""),
        path=path,
        imprint=page.get("imprint", ""),
    )


def _rows_to_documents(
    rows: Iterator[tuple[int, object]], columns: Columns, prefix: str, path: Path
) -> Iterator[Document | Skipped]:
    """Documents from numbered rows; bad rows and repeated ids become ``Skipped``.

    A repeated id would merge two articles' statements under one document.
    """
    first_seen: dict[str, int] = {}
    for number, row in rows:
        where = f"{path}:{number}"
        if isinstance(row, Skipped):
            yield row
            continue
        try:
            doc = document_from_row(row, columns, prefix, number, str(path))
        except ValueError as err:
            yield Skipped(where, str(err))
            continue
        if doc.id in first_seen:
            yield Skipped(where, f"duplicate id '{doc.id}' (first at {path}:{first_seen[doc.id]})")
            continue
        first_seen[doc.id] = number
        yield doc


# --------------------------------------------------------------------------- formats


def _read_text(path: Path, prefix: str, columns: Columns) -> Iterator[Document | Skipped]:
    text = decode(path.read_bytes())
    if text is None:
        yield Skipped(str(path), NOT_TEXT)
    elif not text.strip():
        yield Skipped(str(path), EMPTY)
    else:
        yield Document(id=prefix, text=text, path=str(path))


# Pages extracted, by the SHA-1 of their markup: the same page saved twice (a re-scrape, a mirror)
# is extracted once.
_EXTRACTED: Memo = Memo(1_000)


def extract_html(html: str) -> dict[str, str] | None:
    """``_extract_html``, once per distinct page."""
    key = hashlib.sha1(html.encode("utf-8", "surrogatepass")).digest()
    if key not in _EXTRACTED:
        _EXTRACTED.keep(key, _extract_html(html))
    page = _EXTRACTED[key]
    return dict(page) if page is not None else None


def _extract_html(html: str) -> dict[str, str] | None:
    """Main text (paragraphs one per line), title, ISO date, site name and URL of a page.

    trafilatura drops navigation, menus, cookie banners, share boxes, related links,
    comments and footers. Dates come from the page's metadata and markup only: the
    "extensive" search would take a footer's "© 2021" for a publication date. The
    headline is kept as ``title``, not as the first paragraph.
    """
    import trafilatura  # imported here: it is slow to import and only pages need it

    result = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return None
    page: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()  # trafilatura 1.x gives a dict
    text = (page.get("text") or "").strip()
    if not text:
        return None
    title = (page.get("title") or "").strip()
    lines = text.split("\n")
    if title and lines[0].strip() == title and len(lines) > 1:
        lines = lines[1:]
    lines = _with_post_signatures(html, _with_sibling_articles(html, lines))
    try:
        day = parse_date(page.get("date"))
    except ValueError:
        day = ""
    sitename = (page.get("sitename") or "").strip()
    return {
        "text": "\n".join(lines),
        "title": title,
        "date": day,
        # (trafilatura's site name is at times the title less its last part: "Press Releases: ... | Ministry of ...")
        "source": sitename if sitename and " | " not in sitename else _site_from_title(html, title) or sitename,
        "url": (page.get("url") or "").strip(),
        "imprint": _footer_text(html),
    }


# A ministry's or an embassy's news list: several releases, each an <article> of its own. trafilatura keeps the one
# it judges the page's main text and drops the others, which are as much the page's statements.
_ARTICLE_BLOCK = re.compile(r"(?is)<article\b[^>]*>(.*?)</article>")
_PARAGRAPH_BLOCK = re.compile(r"(?is)<p\b[^>]*>(.*?)</p>")
_BLOCK_HEADING = re.compile(r"(?is)<h[1-4]\b[^>]*>(.*?)</h[1-4]>")
# A paragraph of prose, not a teaser card's line: this many words, closed by a full stop or a quote
_RELEASE_PARAGRAPH_WORDS = 8
_RELEASE_PARAGRAPHS = 2
_PROSE_ENDS = (".", "!", "?", '"', "”", "’")


def _squeezed(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def _block_text(markup: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", markup))).strip()


def _with_sibling_articles(html_text: str, lines: list[str]) -> list[str]:
    """The main text's lines with the page's other <article> releases that trafilatura dropped, each in its
    place in the page (before or after the one it kept), its heading first. An article counts as dropped when
    two or more of its prose paragraphs are missing from the main text: a related-story card's one-line
    teaser is no release."""
    blocks = _ARTICLE_BLOCK.findall(html_text)
    if len(blocks) < 2:
        return lines
    kept = _squeezed("\n".join(lines))
    missing: list[bool] = []
    covered: list[int] = []
    for block in blocks:
        prose = [_squeezed(t) for t in map(_block_text, _PARAGRAPH_BLOCK.findall(block))
                 if len(t.split()) >= _RELEASE_PARAGRAPH_WORDS and t.rstrip().endswith(_PROSE_ENDS)]
        absent = sum(1 for t in prose if t and t not in kept)
        missing.append(absent >= _RELEASE_PARAGRAPHS)
        covered.append(len(prose) - absent)
    if not any(missing):
        return lines
    main = max(range(len(blocks)), key=lambda i: covered[i])
    before: list[str] = []
    after: list[str] = []
    for i, block in enumerate(blocks):
        if missing[i] and i != main:
            (before if i < main else after).extend(["", *_release_lines(block)])
    return [*before[1:], *([""] if before else []), *lines, *after]


# An embedded post: its text in <p>s, then its signature ("— Alexei Navalny (@navalny) June 12, 2019"), which trafilatura
# drops with the markup around it. Without it the post is the last speaker's.
_BLOCKQUOTE = re.compile(r"(?is)<blockquote\b[^>]*>(.*?)</blockquote>")
_SIGNATURE_DASHES = ("—", "–")


def _with_post_signatures(html_text: str, lines: list[str]) -> list[str]:
    """The main text's lines with each embedded post's dropped signature on its own line after the post's text
    (``documents`` moves it before the post, as the post's heading)."""
    out = list(lines)
    for block in _BLOCKQUOTE.findall(html_text):
        head, closed, tail = block.rpartition("</p>")
        signature = _block_text(tail)
        texts = [_block_text(p) for p in _PARAGRAPH_BLOCK.findall(head + closed)]
        if closed and not signature and len(texts) > 1 and texts[-1].startswith(_SIGNATURE_DASHES):
            # the signature in the post's last <p> ('<p class="embed-meta">— U.S. Embassy Havana (@USEmbCuba) ...')
            signature, texts = texts[-1], texts[:-1]
        paragraphs = [_squeezed(text) for text in texts]
        if not closed or not signature.startswith(_SIGNATURE_DASHES) or len(signature.split()) < 3:
            continue
        end = paragraphs[-1][-60:] if paragraphs else ""
        at = next((i for i, line in enumerate(out) if end and end in _squeezed(line)), None)
        mark = _squeezed(signature)
        if at is None or any(mark in _squeezed(line) for line in out[at:at + 2]):
            continue  # the post is not in the text, or its signature is already there
        out.insert(at + 1, signature)
    return out


def _release_lines(block: str) -> list[str]:
    """A dropped release's heading and paragraphs, one per line."""
    heading = _BLOCK_HEADING.search(block)
    paragraphs = [t for t in map(_block_text, _PARAGRAPH_BLOCK.findall(block)) if t]
    return ([_block_text(heading.group(1))] if heading else []) + paragraphs


_FOOTER = re.compile(r"(?is)<footer\b[^>]*>(.*?)</footer>")
_TAG = re.compile(r"(?s)<[^>]+>")


def _footer_text(html_text: str) -> str:
    """The text of a page's last ``<footer>`` (a ministry's "Teatinos 180, Santiago · +56 2 2827 4200"), which
    trafilatura drops with the page furniture: where a site's name ("Ministry of Foreign Affairs") names no state,
    its address does. At most 500 characters: an imprint, not a second article."""
    found = _FOOTER.findall(html_text[-100_000:])
    if not found:
        return ""
    text = html.unescape(_TAG.sub(" ", found[-1]))
    return re.sub(r"\s+", " ", text).strip()[:500]


_TITLE_TAG = re.compile(r"(?is)<title[^>]*>(.*?)</title>")
_TITLE_PARTS = re.compile(r"\s+(?:\||–|—|-)\s+")


def _site_from_title(html_text: str, headline: str) -> str:
    """The site's name a page's ``<title>`` ends on ("Press Releases - Sudan | Ministry of Foreign Affairs, Arab
    Republic of Egypt"), where the page names none in its metadata: a ministry's site often gives its name there
    only (its masthead sits in navigation trafilatura drops)."""
    hit = _TITLE_TAG.search(html_text[:50_000])
    if hit is None:
        return ""
    title = html.unescape(re.sub(r"\s+", " ", hit.group(1))).strip()
    # after the last bar, the site's whole name, dashes and all ("... | Ministry of Foreign and Diaspora Affairs -
    # Republic of Kenya"); with no bar, the last part
    parts = title.rsplit(" | ", 1) if " | " in title else _TITLE_PARTS.split(title)
    site = parts[-1].strip() if len(parts) > 1 else ""
    return site if site and site != headline and site[:1].isupper() and len(site.split()) <= 12 else ""


def _read_html(path: Path, prefix: str, columns: Columns) -> Iterator[Document | Skipped]:
    html = decode_html(path.read_bytes())
    if html is None:
        yield Skipped(str(path), NOT_TEXT)
        return
    if not html.strip():
        yield Skipped(str(path), EMPTY)
        return
    page = extract_html(html)
    if page is None:
        yield Skipped(str(path), NO_MAIN_TEXT)
        return
    yield Document(id=prefix, path=str(path), **page)


def _json_value(raw: bytes) -> object:
    """Parse JSON from bytes; UTF-8 by the standard, legacy encodings rescued by ``decode``."""
    try:
        return json.loads(raw)
    except UnicodeDecodeError:
        text = decode(raw)
        if text is None:
            raise ValueError(NOT_TEXT) from None
        return json.loads(text)


def _jsonl_rows(path: Path) -> Iterator[tuple[int, object]]:
    """(line number, object) for each non-blank line, read one line at a time."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            try:
                yield number, _json_value(line)
            except ValueError as err:  # JSONDecodeError is a ValueError
                yield number, Skipped(f"{path}:{number}", f"invalid JSON ({err})")


def _read_jsonl(path: Path, prefix: str, columns: Columns) -> Iterator[Document | Skipped]:
    return _rows_to_documents(_jsonl_rows(path), columns, prefix, path)


def _read_json(path: Path, prefix: str, columns: Columns) -> Iterator[Document | Skipped]:
    """A list of objects (numbered from 1) or one object; JSON Lines misnamed .json also work."""
    try:
        value = _json_value(path.read_bytes().removeprefix(codecs.BOM_UTF8))
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":  # several values, one per line: JSON Lines
            yield from _read_jsonl(path, prefix, columns)
        else:
            yield Skipped(str(path), f"invalid JSON ({err})")
        return
    except ValueError as err:
        yield Skipped(str(path), str(err))
        return
    if isinstance(value, dict):
        yield from _rows_to_documents(iter([(1, value)]), columns, prefix, path)
    elif isinstance(value, list):
        yield from _rows_to_documents(enumerate(value, start=1), columns, prefix, path)
    else:
        yield Skipped(str(path), f"a JSON file must hold an object or a list of objects, not {type(value).__name__}")


def _csv_encoding(path: Path) -> str | None:
    """Encoding of a CSV file, chosen on its first megabyte (cut at a line end)."""
    with path.open("rb") as handle:
        sample = handle.read(_SAMPLE_BYTES)
    if len(sample) == _SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]
    codec = detect_encoding(sample)
    return "utf-8-sig" if codec == "utf-8" else codec


def csv_delimiter(header_line: str) -> str:
    """Comma, or the semicolon or tab that European spreadsheets export, by the header."""
    counts = {d: header_line.count(d) for d in ",;\t"}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path, prefix: str, columns: Columns) -> Iterator[Document | Skipped]:
    codec = _csv_encoding(path)
    if codec is None:
        yield Skipped(str(path), NOT_TEXT)
        return
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))  # article bodies exceed the 128 KB default
    with path.open("rb") as binary, io.TextIOWrapper(binary, encoding=codec, newline="") as handle:
        records = _csv_records(handle, path, codec)
        _, header = next(records, (1, []))
        if isinstance(header, Skipped):
            yield header
            return
        header = [name.strip() for name in header]
        if not any(header):
            yield Skipped(str(path), EMPTY)
            return
        if columns.text not in header:
            yield Skipped(str(path), f"no '{columns.text}' column (columns found: {', '.join(header)})")
            return
        yield from _rows_to_documents(_csv_rows(records, header, path), columns, prefix, path)


def _csv_records(handle: io.TextIOWrapper, path: Path, codec: str) -> Iterator[tuple[int, list[str] | Skipped]]:
    """(line where the record starts, its fields); a quoted field may span lines.

    Blank lines are passed over; a decoding or CSV error ends the file with a ``Skipped``,
    since the reader cannot tell where the next record starts.
    """
    first = handle.readline()
    reader = csv.reader(chain([first], handle), delimiter=csv_delimiter(first))
    start = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            yield start, Skipped(f"{path}:{start}", f"not {codec} text from here on: rest of the file skipped")
            return
        except csv.Error as err:
            yield start, Skipped(f"{path}:{start}", f"not valid CSV ({err}): rest of the file skipped")
            return
        if any(v.strip() for v in values):
            yield start, values
        start = reader.line_num + 1


def _csv_rows(
    records: Iterator[tuple[int, list[str] | Skipped]], header: list[str], path: Path
) -> Iterator[tuple[int, object]]:
    """Records as dicts by the header; a record with another number of fields is skipped."""
    for start, values in records:
        if isinstance(values, Skipped):
            yield start, values
        elif len(values) != len(header):
            yield start, Skipped(f"{path}:{start}", f"expected {len(header)} fields, found {len(values)}")
        else:
            yield start, dict(zip(header, values, strict=True))


def _read_parquet(path: Path, prefix: str, columns: Columns) -> Iterator[Document | Skipped]:
    """Rows in record batches, reading only the columns the documents use."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as err:
        yield Skipped(str(path), f"not a Parquet file ({err})")
        return
    with table:
        names = table.schema_arrow.names
        if columns.text not in names:
            yield Skipped(str(path), f"no '{columns.text}' column (columns found: {', '.join(names) or 'none'})")
            return
        wanted = {getattr(columns, f.name) for f in fields(Columns)}
        batches = table.iter_batches(batch_size=_PARQUET_BATCH_ROWS, columns=[c for c in names if c in wanted])
        yield from _rows_to_documents(_parquet_rows(batches, path), columns, prefix, path)


def _parquet_rows(batches: Iterator[Any], path: Path) -> Iterator[tuple[int, object]]:
    """(row number from 1, row as a dict); a damaged row group ends the file with a ``Skipped``."""
    import pyarrow as pa

    number = 0
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (pa.ArrowException, OSError) as err:
            where = f"{path}:{number + 1}"
            yield number + 1, Skipped(where, f"unreadable from here on ({err}): rest of the file skipped")
            return
        for row in batch.to_pylist():
            number += 1
            yield number, row


_READERS = {
    ".html": _read_html,
    ".htm": _read_html,
    ".jsonl": _read_jsonl,
    ".json": _read_json,
    ".csv": _read_csv,
    ".parquet": _read_parquet,
}


# --------------------------------------------------------------------------- reading


def iter_documents(paths: list[Path], columns: Columns = Columns()) -> Iterator[Document | Skipped]:
    """Every document of the inputs, in a deterministic order, one at a time.

    Problems with the inputs come first, then each file in ``find_inputs`` order, its
    rows in file order with bad ones as ``Skipped`` in place. A document's id starts
    with its file name, or its full path when an earlier input had the same name
    (one id for two files would mix their statements).
    """
    files, skipped = find_inputs(paths)
    yield from skipped
    names: set[str] = set()
    for path in files:
        prefix = str(path) if path.name in names else path.name
        names.add(path.name)
        reader = _READERS.get(path.suffix.lower(), _read_text)
        try:
            yield from reader(path, prefix, columns)
        except OSError as err:
            yield Skipped(str(path), f"cannot be read ({err.strerror or err})")


def read_all(paths: list[Path], columns: Columns = Columns()) -> tuple[list[Document], list[Skipped]]:
    """All documents and skips at once, for small inputs (tests, labels)."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for item in iter_documents(paths, columns):
        if isinstance(item, Document):
            documents.append(item)
        else:
            skipped.append(item)
    return documents, skipped
