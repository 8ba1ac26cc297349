"""Words of a PDF page → lines → text, for `magplan.extract.pdf`.

A PDF has no paragraphs, only positioned words.  Lines are rebuilt from the
words' vertical overlap, footnote markers from their size and raised
baseline, and paragraphs from the geometry of line wrapping: a line ends a
paragraph when the next line's first word would have fitted after it (the
writer broke the line on purpose), and continues it otherwise.

Where the writer leaves the space glyph at the end of a wrapped line (as
LibreOffice does, unless the space itself would overflow the line), a line
that ends without one, short of the edge by more than a space, was broken on
purpose even when the next word would not have fitted (``Москвы`` /
``Организаторы: …``), or it holds the start of a word too long for the
column, which the layout engine breaks without a hyphen (``Екатеринбу`` /
``рг``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from magplan.normalize import lexicon
from magplan.normalize.dates import looks_like_period
from magplan.normalize.organizers import opens_organizers
from magplan.text import (
    BULLET_GLYPHS,
    FUNCTION_WORDS,
    OPENING_QUOTES,
    PREPOSITION_END,
    bare,
    clean,
    known_word,
    number_joined,
    superscript,
)

# A glyph's box: this many font sizes above and below its baseline.
ASCENT = 0.8
DESCENT = 0.2
# Glyphs whose baselines differ by at most this many font sizes stand on one line.
BASELINE_SLACK = 0.15
# A gap wider than this many font sizes between two glyphs separates words
# (kerning stays far below it, the narrowest space is about 0.2).
WORD_GAP = 0.12
# A space glyph narrower than this many font sizes, within a letter or touching the next, prints
# nothing: a zero-width character (a zero-width space, a word joiner, a byte-order mark) that
# Chromium prints as a space of no width.  (Where a gap follows it, it is the space there.)
ZERO_WIDTH = 0.01
# Font sizes closer than this (points) are one size.
SIZE_STEP = 0.05
# Gaps between words wider than this many font sizes are tab stops or columns, not spaces.
MAX_SPACE = 0.6
# A footnote marker lifted onto a line of its own is this many characters at most («[12]», «*»).
MARKER_LENGTH = 4
# A marker is printed smaller than its line and raised above its baseline.
RAISED_SIZE = 0.85
RAISED_LIFT = 0.2
# …or (a browser's <sup>) hardly smaller but raised by a third of the line's size.
SLIGHTLY_SMALLER = 0.95
HIGH_LIFT = 0.33
# The next line of a paragraph stands at most this many font sizes lower.
WRAP_PITCH = 2.0
# A gap of this many font sizes inside a line is a tab stop, not a space
# («генеральный директор МАГ      Ю.Н. Васюнькин»).
TAB_GAP = 2.0
# A letter that starts this many font sizes off the end of the one before it, inside it or apart,
# may begin another text: a spreadsheet's text clipped under the next cell's own leaves part of its
# last letter there (0.06 to 0.3 over it seen) or ends at the rule, the next text a padding after
# it (0.1 apart).  Kerning moves some pairs («Го», «Р.») as far (to 0.18): a mark to test only where
# a text runs across a column rule (`read._overflowed_across`), never alone.
SEAM = 0.05
# A letter that starts this many font sizes inside the one before it prints over it: two texts on
# one baseline (a word too long for its cell run on over the next cell's).  Kerned pairs overlap
# by a few hundredths of an em.
OVERPRINT = 0.2
# Width of the space that would precede a word moved up a line, in font sizes.
SPACE_WIDTH = 0.25
# Slack (points) for rounding in the writer's line-fitting decision.  Wrapped
# lines of real documents miss by as little as a quarter point, so none over the
# edge; and a word that would have ended less than 0.3 pt short of it counts as
# not fitting (Chromium's layout units round the other way: «Мэрия» / «Минска,»
# 0.03 pt short of a cell's edge, wrapped; «МАГ» / «(Исполнительный» 0.2 pt).
FIT_TOLERANCE = -0.3
# Words this short («г.», «в», «на»), numbers and Roman numerals are usually bound to
# the next one by a non-breaking space, which PDFs print like any other space.
BOUND_WORD = 2
# A word broken without a hyphen fills its line: less than this many average
# character widths of the rest of the word are left before the right edge.
BROKEN_WORD_SLACK = 1.2
# A line that starts this close (points) to the box's left edge is left-aligned, not centred.
LEFT_SLACK = 1.0
# A line whose middle is this close (font sizes) to the box's middle is centred.
CENTRE_SLACK = 0.2
# A list entry's wrapped lines stand under its text, or up to this many font sizes right of it (a
# Word page's hanging indent: the bullet and its spaces on the first line, the wraps at the margin).
HANGING_INDENT = 1.0
# An empty band between lines wider than the usual one by this many font sizes is paragraph spacing.
PARAGRAPH_EXTRA = 0.35
# The rest of a word cut at a narrow column's edge, as the writers cut them, is this many letters
# at most («общественнос» / «тью», «Правительств» / «а»): a longer rest is a word of its own.
CUT_REST = 4
# A word cut over more lines than this (a column a few letters wide) is not looked up whole.
LEXICAL_RUN = 5
# Vowelless words («в течение года», «с 1 по 5 июля»): any other lower-case
# word without a vowel, or one that starts with «ь», «ъ», «ы», is the rest of
# a word broken at the line end («Екатеринбу» / «рг», «исполнительн» / «ый»).
_VOWELLESS_WORDS = {"в", "к", "с"}
# The Russian words of one letter; any other lone lower-case letter is the end of a word («согласовани» / «ю»).
ONE_LETTER_WORDS = frozenset("абвжикосуя")
_VOWELS = set("аеёиоуыэюяaeiouy")
# Suffixes that open no Russian word: a line opening with one is the rest of a word cut at the
# edge of a narrow column («внешнеэкономи» / «ческих», «ОРГАНИЗ» / «АЦИОННАЯ»).
# So are adjectives' «-ск-» and «-льн-» with their endings and «-нн-» («Чуков» / «ского», «Центр» /
# «альная», «муниципа» / «льных»).
_SUFFIX_OPENINGS = (
    *("ческ", "ацион", "ционн", "тельн", "ственн", "ованн", "ировани", "ность", "ности", "ностью"),
    *("ский", "ская", "ское", "ские", "ского", "ской", "скому", "ским", "ских", "скую"),
    *("альн", "ельн", "льный", "льная", "льное", "льные", "льного", "льной", "льному", "льным", "льных"),
    *("нн", "тств"),
)
_WORD_END = ',;:)»”"'

_BULLET = re.compile(f"^[{BULLET_GLYPHS}]")
_DASH_ITEM = re.compile("^[-\u2013\u2014] ")
_ROMAN = re.compile("[IVXLCDMІХ]+")
# A short lower-case abbreviation with its period («им.», «ул.», «г.»).
_ABBREVIATION = re.compile(r"[а-яё]{1,3}\.")
_PRIVATE_USE = re.compile("[\uf000-\uf0ff]")
_CLOSING = set(")]}»”,.;:!?")
# A line ending in a hyphen after a letter: the word goes on on the next line.
_HYPHEN_END = re.compile(r"(?<=\w)[-\u2010\u00ad]$")
# The endings of the prepositional case («о Москве», «о работах», «о новом», «о всех»), and how long
# a word after «о» is to be told by its ending (pronouns are short: «о нас», «о чём»).
_PREPOSITIONAL_ENDS = ("е", "ё", "и", "ах", "ях", "ом", "ем", "ём", "ой", "ей", "ых", "их", "ех")
_CASE_WORD = 4
# Prepositions that end no surname or word as often as «-на», «-ко» do («Никити» / «на»,
# «Шевчен» / «ко»): a line opening with one is no short rest of a cut word («директора» / «по ВР»).
_LONE_PREPOSITIONS = frozenset(("по", "для", "от", "до", "за", "из", "при", "над", "под", "без"))
# The letters before a line's closing hyphen (U+2010, the typesetter's; or any, where `hyphenated`
# is asked of a scan's text), and those that open the next line.
_HYPHENATED_HEAD = re.compile(r"[^\W\d_]+(?=\u2010$)")
_ANY_HYPHEN_HEAD = re.compile(r"[^\W\d_]+(?=[-\u2010]$)")
_HYPHENATED_REST = re.compile(r"[^\W\d_]+")
# The vowels that link a compound adjective's parts («жилищно-коммунальный», «военно-морской»).
_LINKING_VOWELS = "оеё"
# A line ending in a dash glued to the word before it («январь–»): the wording goes on.
_DASH_END = re.compile(r"(?<=\w)[\u2013\u2014]$")
# A footnote reference as Google Docs prints it: the marker's number in brackets («[1]»).
_BRACKETED_MARKER = re.compile(r"\[\d{1,3}\]")


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    raised: bool = False
    # The writer printed a space glyph right after the word (see the module docstring).
    space_after: bool = False
    bold: bool = False  # every letter of it set in a bold face
    # Its text box ends after it: no space glyph follows, though the line goes on a space or so
    # further, where the writer prints spaces as glyphs (set by `plain` on a table's lines).
    box_end: bool = False
    # Where a letter does not start where the one before it ends (`SEAM`): inside it (two texts
    # printed over each other) or a little apart, as a spreadsheet sets the next cell's text after
    # a text it clipped at their rule.
    seams: tuple[float, ...] = ()

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class Line:
    words: list[Word] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    def text(self, tabs: bool = False) -> str:
        """The line's words; a raised marker glued to the word it follows."""
        parts: list[str] = []
        previous: Word | None = None
        for word in self.words:
            if word.raised:
                # A footnote reference printed «[1]» (Google Docs) is the marker 1.
                parts.append(superscript(word.text.strip("[]")))
            else:
                if previous is not None:
                    wide = tabs and word.x0 - previous.x1 > TAB_GAP * self.size
                    parts.append("\t" if wide else " ")
                parts.append(word.text)
            previous = word
        return "".join(parts)


@dataclass(slots=True, frozen=True)
class Typography:
    """What a document shows about how its writer sets lines, measured over all its pages."""

    space_em: float = SPACE_WIDTH  # the width of a space, in font sizes
    # The writer ends every wrapped line with a space glyph (LibreOffice does).
    marks_wraps: bool = False
    # The usual empty band between two lines of one paragraph, in font sizes (None: unknown).
    line_gap: float | None = None
    # The document's words (bare, lower case): a word cut at a line end is often printed whole elsewhere.
    vocabulary: frozenset[str] = frozenset()
    # The words printed with a space glyph after them: whole words, never the start of a cut one.
    spaced: frozenset[str] = frozenset()


@dataclass(slots=True)
class Glyph:
    """One printed character, as every PDF engine reports it.

    The box is rebuilt from the baseline and the font size alone, so that two
    engines that agree on where a glyph stands give the same box whatever font
    metrics they read (``top``/``bottom`` of a 12 pt glyph are 9.6 pt above and
    2.4 pt below its baseline).
    """

    text: str
    x0: float
    x1: float
    base: float  # the baseline, from the top of the page
    size: float
    bold: bool = False  # set in a bold face (the font's name says so: «…-Bold», «…-BoldMT»)

    @property
    def top(self) -> float:
        return self.base - ASCENT * self.size

    @property
    def bottom(self) -> float:
        return self.base + DESCENT * self.size


@dataclass(slots=True)
class PageWords:
    words: list[Word]
    # Sure wraps (the next line of the column starts in lower case) with / without
    # a space glyph at their end: evidence of whether the writer marks wraps with one.
    marked_wraps: int
    unmarked_wraps: int
    # Gaps between the words of a line, in font sizes: the width of a space.
    space_gaps: list[float]


def page_words(glyphs: list[Glyph]) -> PageWords:
    """The page's words from its upright glyphs.

    Glyphs on one baseline, left to right, make words; a space glyph, a gap
    wider than `WORD_GAP` font sizes or a change of font size ends a word
    (so a raised marker stands apart).
    """
    words: list[Word] = []
    gaps: list[float] = []
    rows: list[list[list[Word]]] = []  # per baseline: runs of words (a column's line each)
    order: dict[int, int] = {}  # a glyph's place in the content stream, built when a row needs it
    for row in _baseline_rows(glyphs):
        if _overprinted(row):
            order = order or {id(glyph): index for index, glyph in enumerate(glyphs)}
            parted = (word for run in _overprinted_runs(row, order) for word in _run_words(run))
            found = sorted(parted, key=lambda w: w.x0)
        else:
            found = _run_words(row)
        runs: list[list[Word]] = []
        for word in found:
            if runs:
                left = runs[-1][-1]
                gap = (word.x0 - left.x1) / left.size
                if gap < MAX_SPACE:
                    if gap > 0 and abs(left.size - word.size) <= SIZE_STEP:
                        gaps.append(gap)
                    runs[-1].append(word)
                    continue
            runs.append([word])
        rows.append(runs)
        words.extend(found)
    marked, unmarked = _wrap_evidence(rows)
    return PageWords(words, marked, unmarked, gaps)


def _run_words(row: list[Glyph]) -> list[Word]:
    """The words of a row of glyphs, left to right (see `page_words`)."""
    found: list[Word] = []
    current: list[Glyph] = []
    for index, glyph in enumerate(row):
        if glyph.text.isspace():
            if _prints_nothing(glyph, current[-1] if current else None, row[index + 1 : index + 2]):
                continue  # sorted among the letters it stands between: no end of a word
            if current:
                found.append(_word(current, space_after=True))
                current = []
            continue
        if current:
            last = current[-1]
            if glyph.x0 - last.x1 > WORD_GAP * glyph.size or abs(glyph.size - last.size) > SIZE_STEP:
                found.append(_word(current, space_after=False))
                current = []
        current.append(glyph)
    if current:
        found.append(_word(current, space_after=False))
    return found


def _overprinted_runs(row: list[Glyph], order: dict[int, int]) -> list[list[Glyph]]:
    """A baseline row of glyphs parted into the runs of text that print over one another.

    A word too long for its cell runs on over the next cell's text (WeasyPrint, Chromium
    with `table-layout: fixed`: «Ежеквартально» over «Отдел культуры»); sorted left to right
    the two texts' letters interleave («ЕжекварталОьтндоел»).  In the order the page writes
    them (`order`: the glyph's place in its content stream) each text runs left to right, and
    the next starts back over it: a run ends where the next glyph starts well left of its end.
    """
    runs: list[list[Glyph]] = []
    for glyph in sorted(row, key=lambda g: order[id(g)]):
        if runs and not _overprints(runs[-1][-1], glyph):
            runs[-1].append(glyph)
        else:
            runs.append([glyph])
    return [sorted(run, key=lambda g: g.x0) for run in runs]


def _overprinted(row: list[Glyph]) -> bool:
    """Do two texts print over each other on this row (sorted left to right)?  Two letters that
    start well inside the one before them at least: a kerned pair, an italic letter's overhang
    or a letter drawn twice for a bold face is one at most."""
    return sum(_overprints(a, b) for a, b in pairwise(row)) >= 2


def _overprints(before: Glyph, glyph: Glyph) -> bool:
    """Does `glyph` start well inside the letter before it (by more than `OVERPRINT` of its size)?"""
    return (
        before.x1 - glyph.x0 > OVERPRINT * glyph.size
        and glyph.text != before.text
        and not glyph.text.isspace()
        and not before.text.isspace()
        and not unicodedata.combining(glyph.text[:1])
    )


def _wrap_evidence(rows: list[list[list[Word]]]) -> tuple[int, int]:
    """Sure wraps (a line whose next line in the same column starts in lower case) that end with
    a space glyph, and those that do not.

    A line of one word without the space may be a word too long for its column, cut at
    the edge; counted, narrow columns full of such cuts would hide the writer's habit.
    """
    marked = unmarked = 0
    for index, runs in enumerate(rows):
        following = [run for below in rows[index + 1 : index + 3] for run in below]
        for run in runs:
            last = run[-1]
            if len(run) < 2 and not last.space_after:
                continue
            for other in following:
                first = other[0]
                if abs(first.x0 - run[0].x0) <= LEFT_SLACK and 0 < first.top - last.top <= WRAP_PITCH * last.size:
                    if first.text[:1].islower():
                        marked += last.space_after
                        unmarked += not last.space_after
                    break
    return marked, unmarked


def _baseline_rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs that share a baseline (within a fraction of their size), each row left to right."""
    rows: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.base, g.x0)):
        if rows and glyph.base - rows[-1][-1].base <= BASELINE_SLACK * glyph.size:
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    for row in rows:
        row.sort(key=lambda g: g.x0)
    return rows


def _prints_nothing(glyph: Glyph, last: Glyph | None, following: list[Glyph]) -> bool:
    """Is the space `glyph` one of no width that stands where the next letter starts, or inside the
    letter before it with no gap to the next (see `ZERO_WIDTH`)?  A space glyph of its own (a text
    object of a space alone, placed at its origin with no width) may start a hair inside the
    letter before it, kerned: a gap after it says it is the space there («IV» / «квартала»)."""
    tiny = ZERO_WIDTH * glyph.size
    if glyph.x1 - glyph.x0 >= tiny:
        return False
    if any(g.x0 - glyph.x1 <= tiny for g in following):
        return True
    if last is None or glyph.x0 >= last.x1 - tiny:
        return False
    return not any(g.x0 - last.x1 > WORD_GAP * g.size for g in following)


def _word(glyphs: list[Glyph], space_after: bool) -> Word:
    text = "".join(g.text for g in glyphs)
    if _PRIVATE_USE.search(text):
        text = clean(text)  # Symbol-font bullets from the private use area read as «•»
    size = glyphs[0].size
    base = max(g.base for g in glyphs)
    top, bottom = base - ASCENT * size, base + DESCENT * size
    bold = all(g.bold for g in glyphs)
    # (A letter twice a hair apart is a bold face drawn twice, no two texts.)
    seams = tuple(b.x0 for a, b in pairwise(glyphs) if abs(b.x0 - a.x1) > SEAM * a.size and b.text != a.text)
    return Word(text, glyphs[0].x0, glyphs[-1].x1, top, bottom, size, space_after=space_after, bold=bold, seams=seams)


def bold_face(font: str) -> bool:
    """Is a font of this name a bold face («Carlito-Bold», «AAAAAA+LiberationSerif-Bold», «Arial-BoldMT»)?"""
    return "bold" in font.lower()


def group_lines(words: Iterable[Word]) -> list[Line]:
    """Words into lines, top to bottom; words of a line ordered left to right."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        line = lines[-1] if lines else None
        # Half of the smaller height must overlap: a raised marker still joins its line. A word
        # over one of the line's is on a line of its own: a browser centres a row's cells, so a
        # one-line title stands half over the first and half over the second line of the place
        # beside it, and the line grown by it would take the place's second line in too.
        if (
            line is not None
            and min(line.bottom, word.bottom) - max(line.top, word.top)
            >= 0.5 * min(line.bottom - line.top, word.bottom - word.top)
            and not any(_stacked(word, other) for other in line.words)
        ):
            line.words.append(word)
            line.top, line.bottom = min(line.top, word.top), max(line.bottom, word.bottom)
        else:
            lines.append(Line([word], word.top, word.bottom))
    lines = _with_lifted_markers(lines)
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        # A pictograph set larger than the text and lower (Notion's callout icon «💡») is no text's
        # size: measured against it every word of its line stood raised, each a marker glued on.
        # Nor is a bracketed reference: a wrap may open a line with it («[1]» / «:»).
        lettered = [w for w in line.words if any(c.isalnum() for c in w.text) and not _bracketed_marker(w.text)]
        lettered = lettered or line.words
        base = max(lettered, key=lambda w: w.size)
        line.size = max(w.size for w in line.words)
        previous: Word | None = None
        for word in line.words:
            # A marker is raised above the word it is glued to; the line's largest word may stand
            # in another cell, on another baseline (a browser centres cells in their rows).
            glued = previous is not None and word.x0 - previous.x1 < WORD_GAP * previous.size
            ref = previous if glued and previous is not None and not previous.raised else base
            lift = ref.bottom - word.bottom
            # Glued to the word before and lifted by a third of its size: a superscript even at
            # almost its size (WeasyPrint's <sup>, 0.97 of the text).
            # So is a bracketed reference apart from the word before (a wrap may leave its word
            # on the line above: «[1]» / «:» opening a line).
            close = glued or _bracketed_marker(word.text)
            smaller = word.size <= ref.size if close else word.size < SLIGHTLY_SMALLER * ref.size
            word.raised = (word.size < RAISED_SIZE * ref.size and lift > RAISED_LIFT * ref.size) or (
                smaller and lift > HIGH_LIFT * ref.size
            )
            previous = word
    return lines


def _bracketed_marker(text: str) -> bool:
    """Is the word a bracketed footnote reference («[1]»)?  (Asked of every word of a page: the
    bracket first.)"""
    return text[:1] == "[" and _BRACKETED_MARKER.fullmatch(text) is not None


def _stacked(word: Word, other: Word) -> bool:
    """Does `word` stand over or under `other`: both with letters or digits, the shorter at least
    half as tall as the other, half its height or more lower or higher, over half the narrower's
    width (no kerned pair's)?  A speck a scan's reading took for a letter inside a word's box
    («7» in «№»), or the dots of an «ё» it read apart («..» over «волонтёров»), is no line of its
    own.  Told for every word against its line's words: the cheap tests of boxes first."""
    overlap = min(word.x1, other.x1) - max(word.x0, other.x0)
    if overlap <= 0.5 * min(word.x1 - word.x0, other.x1 - other.x0):
        return False
    low, high = sorted((word.bottom - word.top, other.bottom - other.top))
    if low < 0.5 * high or abs(word.top - other.top) < 0.5 * low:
        return False
    return any(ch.isalnum() for ch in word.text) and any(ch.isalnum() for ch in other.text)


def _with_lifted_markers(lines: list[Line]) -> list[Line]:
    """`lines` with each marker lifted onto a line of its own put back on the line it marks.

    A browser stacks nested superscripts (Word's HTML sets a footnote reference in two
    `vertical-align: super` spans): «[1]» then stands most of a line above the word it is
    glued to, too high to share its line.  A word of a few characters alone on its line, its
    box touching the next line's, its foot raised above it by a third of its size, a space at
    most from a word of that line and over none of them is that line's marker."""
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if above is not None and len(above.words) == 1 and _lifted_onto(above.words[0], line):
            marker = above.words[0]
            line.words.append(marker)
            line.top = min(line.top, marker.top)
            out[-1] = line
            continue
        out.append(line)
    return out


def _lifted_onto(marker: Word, line: Line) -> bool:
    size = marker.size
    if len(marker.text) > MARKER_LENGTH or marker.bottom < line.top - SIZE_STEP:
        return False
    if line.bottom - marker.bottom <= HIGH_LIFT * size:
        return False
    # Over none: touching the word it follows (a hundredth of a point into it, as WeasyPrint sets it) is no overlap.
    if any(w.x0 < marker.x1 - SIZE_STEP and marker.x0 < w.x1 - SIZE_STEP for w in line.words):
        return False
    gaps = [gap for w in line.words for gap in (marker.x0 - w.x1, w.x0 - marker.x1)]
    return any(-SIZE_STEP <= gap <= MAX_SPACE * size for gap in gaps)


def _binds(text: str) -> bool:
    """Is the word usually bound to the next by a non-breaking space («г. Москва», «XIII конкурса», «2024 год»)?"""
    bare_text = text.rstrip(".,")
    return len(bare_text) <= BOUND_WORD or bare_text.isdigit() or bool(_ROMAN.fullmatch(bare_text))


def _fits(previous: Line, line: Line, left: float | None, right: float, space_em: float) -> bool:
    """Would the first word of `line` have fitted at the end of `previous`?

    A line that stands away from the box's left edge and is centred in the box
    (and the next line does not start where it does, as an indented block's
    lines do) had the whole width of the box; any other line had up to `right`.
    """
    words = line.words
    unit_end = words[1].x1 if len(words) > 1 and _binds(words[0].text) else words[0].x1
    needed = space_em * previous.size + (unit_end - words[0].x0)
    # Lines of an indented block (a list) start at one x; centred lines where their width puts them.
    # A list's item is set from the left, however near the middle its line ends: its wrapped
    # line starts under the item's text, right of the bullet («• ● СГЦСЗ» / «России»).
    if (
        left is not None
        and previous.x0 - left > LEFT_SLACK
        and abs(line.x0 - previous.x0) > LEFT_SLACK
        and not _BULLET.match(previous.words[0].text)
    ):
        centre = (left + right) / 2
        if abs((previous.x0 + previous.x1) / 2 - centre) < CENTRE_SLACK * previous.size:
            return previous.x1 - previous.x0 + needed <= right - left + FIT_TOLERANCE
        # Lines set flush right (an approval block in a layout table's wide cell) had the whole
        # width too: their ends stand at the box's right edge, their starts where their widths put them.
        flush = CENTRE_SLACK * previous.size
        if right - previous.x1 < flush and right - line.x1 < flush:
            return previous.x1 - previous.x0 + needed <= right - left + FIT_TOLERANCE
    return previous.x1 + needed <= right + FIT_TOLERANCE


def wrap_marks(lines: list[Line], left: float, right: float, space_em: float) -> tuple[int, int]:
    """Sure wraps in a box whose edges are known (a table cell) that end with a space glyph, and
    those that do not: evidence of whether the writer marks wraps (`Typography.marks_wraps`).

    A sure wrap is a left-aligned line of several words whose next line goes on in lower
    case and would not have fitted after it, with room for a space left at the edge (where
    the space itself would overflow, no writer prints it); a line ending in a hyphen or in a
    word cut at the edge is no evidence.
    """
    marked = unmarked = 0
    for above, below in pairwise(lines):
        last = above.words[-1]
        if (
            len(above.words) > 1
            and below.words[0].text[:1].islower()
            and not _HYPHEN_END.search(last.text)
            and above.x0 - left < LEFT_SLACK
            and right - above.x1 > space_em * above.size
            and not _fits(above, below, left, right, space_em)
        ):
            marked += last.space_after
            unmarked += not last.space_after
    return marked, unmarked


def _cut_word(previous: Line, line: Line, left: float | None, right: float) -> bool:
    """Does `previous` end with the start of a word that goes on at the start of `line`?

    Only a word too long for a whole line is cut without a hyphen: it is the
    only word of its line (or the rest of such a word), it fills the line to
    the edge, and the engine would have broken it at a hyphen if it had one.
    Its rest goes on in lower case, or in capitals when the word is in capitals; a number's
    rest in digits («14.08.202» / «9»).
    """
    last, first = previous.words[-1], line.words[0]
    char = (first.x1 - first.x0) / max(len(first.text), 1)
    return (
        len(previous.words) == 1
        and (left is None or previous.x0 - left < LEFT_SLACK)
        and (last.text[-1:].isalpha() or _number_cut(previous, line))
        and "-" not in last.text
        # The writer printed a space after it: the word ended there (a marked wrap).
        and not last.space_after
        and (first.text[:1].isalpha() or _number_cut(previous, line))
        and (
            first.text[:1].islower()
            or (last.text.isupper() and first.text[:1].isupper())
            or _number_cut(previous, line)
        )
        and right - last.x1 < BROKEN_WORD_SLACK * char
    )


def _number_cut(previous: Line, line: Line) -> bool:
    """Do the digits of `previous`'s last word go on at the start of `line` (a date too long for
    a narrow column, «14.08.202» / «9»)?  Told from two numbers by the date they make (`_joint`)."""
    return previous.words[-1].text[-1:].isdigit() and line.words[0].text[:1].isdigit()


def not_a_word(text: str) -> bool:
    """A lower-case word that Russian spelling rules out: the rest of a broken word.

    Besides letters no word starts with («ь», «ъ», «ы»), words without a vowel and
    lone letters that are no word («ю»), a single letter before a hyphen
    («о-аналитического») starts none.
    """
    letters = text.rstrip(_WORD_END)
    if len(letters) == 2 and letters[0].isalpha() and letters[1] == "-":
        return True
    if len(letters) == 1 and letters.islower() and "\u0430" <= letters <= "\u044f":
        return letters not in ONE_LETTER_WORDS
    return (
        letters.isalpha()
        and letters.islower()
        and (letters[0] in "ьъы" or (letters not in _VOWELLESS_WORDS and not _VOWELS & set(letters)))
    )


def rest_of_a_cut_word(text: str) -> bool:
    """Does `text` open as no Russian word does (`not_a_word`, `suffix_rest`): the rest of a word
    cut at a column's edge («й комитет МАГ», «ческих связей»)?"""
    return not_a_word(text) or suffix_rest(text)


def suffix_rest(text: str) -> bool:
    """Does `text` open with a suffix that no Russian word opens with (`_SUFFIX_OPENINGS`)?"""
    return bare(text).startswith(_SUFFIX_OPENINGS)


def _o_without_its_case(line: Line) -> bool:
    """Does the line open with «о» before a word in no form of the prepositional case, which
    «о» asks for («о Москвы», «о Комиссии» is one)?  Then the «о» may be the rest of a word
    cut at the column's edge («Правительств» / «о Москвы»; the caller asks the dictionary
    for the word joined: «о метро», an indeclinable, is no proof).  Words in capitals (an
    abbreviation), figures and short pronouns («о нас») say nothing."""
    if len(line.words) < 2 or line.words[0].text != "о":
        return False
    word = bare(line.words[1].text)
    return (
        len(word) >= _CASE_WORD
        and word.isalpha()
        and not word.isupper()
        and not word.lower().endswith(_PREPOSITIONAL_ENDS)
    )


def _joint(lines: list[Line], texts: list[str], index: int, box: _Box) -> str:
    """What joins line `index` to the one before it: "\n" (a paragraph break), " " (a wrap) or ""."""
    previous, line = lines[index - 1], lines[index]
    text, before = texts[index], texts[index - 1]
    typography = box.typography
    if _BULLET.match(text) or "\t" in text + before or opens_organizers(text):
        return "\n"
    # A heading set in capitals ends with its preposition in capitals («… АССОЦИАЦИИ В» / «2027 ГОДУ»);
    # a capital letter alone after a line in mixed case is no preposition («Корпус В»).
    if (
        box.loose
        and not text[:1].islower()
        and not PREPOSITION_END.search(before.lower() if before.isupper() else before)
    ):
        return "\n"
    if dash_item(text, before):
        return "\n"
    gap = typography.line_gap
    if gap is not None and line.top - previous.bottom > (gap + PARAGRAPH_EXTRA) * max(line.size, previous.size):
        return "\n"  # paragraph spacing
    # The engine drops the wrap's space only where it would overflow the line (and in centred
    # lines): a left-aligned line short of the edge by more than a space ended on purpose.
    # Outside tables the edge is only a guess (a block may end short of the margin).
    marked = typography.marks_wraps and not box.loose and not previous.words[-1].space_after
    aligned = box.left is None or previous.x0 - box.left < LEFT_SLACK
    short = marked and aligned and box.right - previous.x1 > typography.space_em * previous.size
    # A word too long for the column, cut at the edge without a hyphen (browsers never cut
    # one): told from a wrap by a line short of the edge without the wrap space, by its rest
    # that cannot be a word or opens with a suffix, by the whole word printed elsewhere, or by the cell reading as
    # a date wording only when joined («ежекварталь» / «но»); a date wording below is never
    # the rest of a word.  A writer that marks wraps cuts only a word that an empty line
    # cannot hold, so a line of that one word filling the line without the wrap space, followed
    # by a short rest, is cut («общественнос» / «тью»); but a wrap whose space would overflow
    # the line is unmarked too, so not where the rest is a one-letter preposition
    # («согласованию» / «с …») or the word is printed whole elsewhere («Руководители» / «рабочих»).
    # Anything else that fills its line is a wrap.
    first = line.words[0].text
    # A date or time is cut only where its rest would have overflowed the line («1.» / «12.2026»
    # with room for «12.2026» beside it is an item number and a date, not «1.12.2026»).
    overflows = previous.x1 + line.words[0].x1 - line.words[0].x0 > box.right
    if overflows and number_joined(previous.words[-1].text, first):
        return ""
    alone = (
        marked
        and len(previous.words) == 1
        and first not in _VOWELLESS_WORDS
        and first not in _LONE_PREPOSITIONS
        and len(bare(first)) <= CUT_REST
        and bare(previous.words[-1].text) not in typography.spaced
        and not _word_before_letter_word(previous.words[-1].text, line)
    )
    head = previous.words[-1].text
    cut = _cut_word(previous, line, box.left, box.right) and (
        not _number_cut(previous, line) or _period_when_joined(texts, index)
    )
    # The Russian dictionary settles what the rules below leave: a cut where joined the parts
    # are a known form and not both are words («Месячни» / «к безопасности», «Литер» /
    # «атурная»), two words where both are and joined they are none («коллегии» / «управления»
    # in a column four letters wide, whose short lines look like cut rests).  Asked only where the
    # geometry allows a cut (the dictionary is read on the first question).
    lexical = _lexical_cut(lines, index, box) if cut else None
    if (
        cut
        # The document printing the joined word whole elsewhere outweighs the dictionary, which
        # lacks many names and new words («медиа» / «форум» where «медиафорум» stands whole).
        and (lexical is not False or known_word(head + first, typography.vocabulary))
        # «в», «к», «с» before a word open a wrapped line as often as they end a cut word; not
        # where a wrap would have left its space glyph («Начальни» / «к отдела»).
        and (short or lexical or not (first in _VOWELLESS_WORDS and len(line.words) > 1))
        and (
            short
            or alone
            or bool(lexical)
            or rest_of_a_cut_word(first)
            or (_o_without_its_case(line) and lexicon.russian_word(bare(head + first)))
            or known_word(head + first, typography.vocabulary)
            or _period_when_joined(texts, index)
            # A preposition or a conjunction leans on a word after it: alone at the box's end it
            # is the rest of a cut word («библиоте» / «к», «март» / «а», «Шымкент» / «а»); not
            # where the dictionary knows the word above and not the two joined (a page break cut
            # the cell after «согласованию» / «с»).
            or (
                index == len(texts) - 1
                and len(line.words) == 1
                and first in FUNCTION_WORDS
                and not (lexicon.russian_word(bare(head)) and not lexicon.russian_word(bare(head + first)))
            )
        )
        and not looks_like_period(bare(first).rstrip("-"))
        and not looks_like_period(" ".join(texts[index:]))
        and not _abbreviation_before_name(line, head, typography.vocabulary)
    ):
        return ""
    if _under_bullet_text(lines, index, box.left):
        return " "
    if short or _fits(previous, line, box.left, box.right, typography.space_em):
        return "\n"  # the writer broke the line although the next word would have fitted
    return " "


def _abbreviation_before_name(line: Line, head: str, vocabulary: frozenset[str]) -> bool:
    """Does `line` open with a short abbreviation before a name («им. А.М. Горького», «ул. Ленина»),
    which no word cut at the line before ends with unless the two make a known word
    («конференц» / «ия. Далее»)?  A column as wide as «библиотека» wraps there without its space."""
    if len(line.words) < 2 or not _ABBREVIATION.fullmatch(line.words[0].text):
        return False
    joined = bare(head) + line.words[0].text[:-1]
    return line.words[1].text[:1].isupper() and not (known_word(joined, vocabulary) or lexicon.russian_word(joined))


def _word_before_letter_word(head: str, line: Line) -> bool:
    """Does `line` open with a word of one letter («и», «а», «о») and more words after it, the
    word `head` before the line end a known one that joined with the letter is none («культура» /
    «и спорт»)?  Then the end is a wrap whose space would have overflowed the line, unmarked for
    that, not a cut word («Ассоциаци» / «и», «Правительств» / «а Москвы» join into words)."""
    letter, rest = bare(line.words[0].text), bare(head)
    return (
        len(line.words) > 1
        and letter in ONE_LETTER_WORDS
        and lexicon.russian_word(rest)
        and not lexicon.russian_word(rest + letter)
    )


def _under_bullet_text(lines: list[Line], index: int, left: float | None = None) -> bool:
    """Does line `index`, which opens with no bullet, stand under a bulleted line's text, where a
    list's hanging indent sets its wrapped lines («• Крестный ход … у храма святых» / «Кирилла и
    Мефодия»)?  A list's next entry opens with its bullet, so such a line is a wrap, whatever the
    width told of the next word fitting (a browser's list is narrower than its cell by the list's
    own margins).  A Word page's list sets the wraps at its hanging indent, a little right of the
    text after the bullet and its spaces.  So does a list whose bullets stand inside its lines
    (`list-style-position: inside`), at the bullet's own place, where the list is indented off
    the box's `left` edge, the line going on in small letters or a quote (a paragraph after the
    list opens with a capital, however far its first line is indented)."""
    for above in reversed(lines[:index]):
        words = above.words
        if _BULLET.match(words[0].text):
            if len(words) < 2:
                return False
            x0 = lines[index].x0
            opening = lines[index].words[0].text[:1]  # small letters or a quote: the item goes on
            inside = (
                left is not None
                and words[0].x0 - left > LEFT_SLACK
                and abs(x0 - words[0].x0) <= LEFT_SLACK
                and (opening.islower() or opening in OPENING_QUOTES + "(")
            )
            return inside or words[1].x0 - LEFT_SLACK <= x0 <= words[1].x0 + max(
                LEFT_SLACK, HANGING_INDENT * words[1].size
            )
        if abs(above.x0 - lines[index].x0) > LEFT_SLACK:
            return False  # a line between that stands elsewhere: no wrapped run of one entry
    return False


def _lexical_cut(lines: list[Line], index: int, box: _Box) -> bool | None:
    """Is the line end before line `index` inside one word (True) or between two (False), by the
    Russian dictionary (`lexicon`)?  None where it cannot tell.

    A column a few letters wide cuts a word over several lines («Мес» / «ячни» / «к», «Литер» /
    «атурн» / «ая»): the run of lines around this end that each hold one word cut at the edge
    is read.  Any stretch of it across this end that makes one word (`lexicon.one_word`) makes
    the end a cut; where the run before the end is a word, the run after it is one, and no
    stretch across it is («колл» / «егии» | «упра» / «влен» / «ия»), the end is between words.
    """
    start = index - 1
    while start > 0 and index - start < LEXICAL_RUN and _cut_word(lines[start - 1], lines[start], box.left, box.right):
        start -= 1
    end = index
    while (
        end + 1 < len(lines)
        and end - index < LEXICAL_RUN
        and _cut_word(lines[end], lines[end + 1], box.left, box.right)
    ):
        end += 1
    parts = [bare(lines[k].words[-1 if k == start else 0].text) for k in range(start, end + 1)]
    at = index - start  # the end between parts[at - 1] and parts[at]
    # A compound's first word too long for the column is cut before its hyphen's other half
    # («университето» / «в-партнёров»): what the dictionary is asked about ends at that hyphen.
    if "-" in parts[at]:
        parts = [*parts[:at], parts[at].split("-", 1)[0]]
    across = [parts[a:b] for a in range(at) for b in range(at + 1, len(parts) + 1)]
    if any(lexicon.one_word(stretch) for stretch in across):
        return True
    if lexicon.two_words("".join(parts[:at]), "".join(parts[at:])) and not any(
        lexicon.russian_word("".join(s)) for s in across
    ):
        return False
    return None


def dash_item(text: str, before: str) -> bool:
    """Is line `text`, under line `before`, an item of a list typed with dashes?

    «- ЖКХ» under «…специалистов:» or under «- транспорта».  A wrap can open a
    line with a spaced dash too («Москва» / «- Минск»), but not after a colon or
    under another such line.
    """
    return bool(_DASH_ITEM.match(text)) and (before.endswith(":") or bool(_DASH_ITEM.match(before)))


def _period_when_joined(texts: list[str], index: int) -> bool:
    """Does the text read as a date wording only with line `index` joined to the one before?

    («по мере поступления обращений» reads as one either way: no evidence of a cut.)
    """
    before, after = " ".join(texts[: index - 1]), " ".join(texts[index + 1 :])
    if looks_like_period(" ".join(texts)):
        return False
    return looks_like_period(" ".join(filter(None, [before, texts[index - 1] + texts[index], after])))


@dataclass(slots=True, frozen=True)
class _Box:
    left: float | None
    right: float
    loose: bool
    typography: Typography


def hyphenated(out: str, text: str, any_hyphen: bool = False) -> bool:
    """Did the typesetter break a word at the end of `out` with a hyphen of its own, U+2010 (what
    browsers and WeasyPrint print under `hyphens: auto`: «просветитель‐» / «ская»)?  Only where the
    two parts joined are a word of the dictionary; a compound word's own hyphen («смотр‐» /
    «конкурса») stays.  `any_hyphen`: a hyphen-minus ends `out` as well (a scan's text, where the
    two hyphens look alike); then a compound adjective's hyphen after its first part's linking
    vowel stays too, both parts words, where the dictionary knows the two run together as well
    («жилищно-» / «коммунального»; not «просветитель-» / «ская», though «ская» is a form too)."""
    head = (_ANY_HYPHEN_HEAD if any_hyphen else _HYPHENATED_HEAD).search(out)
    rest = _HYPHENATED_REST.match(text)
    if head is None or rest is None or not lexicon.russian_word(head[0] + rest[0]):
        return False
    return not (any_hyphen and head[0][-1].lower() in _LINKING_VOWELS and lexicon.two_parts(head[0], rest[0]))


def join_lines(
    lines: list[Line],
    right: float,
    tabs: bool = False,
    loose: bool = False,
    typography: Typography | None = None,
    left: float | None = None,
) -> str:
    """Lines of one text box (a cell, a paragraph) as text: ``\\n`` only between paragraphs.

    `left` and `right` are where the box's lines may start and end.  A line
    ends a paragraph where the next line's first word would have fitted after
    it, where paragraph spacing stands between them, before a bullet and, when
    the writer marks wraps with a space glyph (`Typography.marks_wraps`), where
    a left-aligned line without one stops short of the edge.  A word broken at
    a hyphen is joined back, keeping the hyphen («смотр-» + «конкурса») unless the
    typesetter set it (`_hyphenated`), and one cut at the edge without a hyphen is
    joined whole.  With `loose` (text
    outside tables, whose right edge is only a guess), a wrapped line must
    also go on in lower case: approval and signature blocks stack short lines
    («_____ И.П. Соколов», «25» декабря…) that wrapping cannot explain.
    """
    box = _Box(left, right, loose, typography or Typography())
    texts = [line.text(tabs) for line in lines]
    out = texts[0] if texts else ""
    for index in range(1, len(lines)):
        text = texts[index]
        if _HYPHEN_END.search(out) and text[:1].isalnum():
            out = (out[:-1] if out.endswith("\u00ad") or hyphenated(out, text) else out) + text
        elif (
            (out.endswith("/") and not out[-2:-1].isspace() and text[:1].isalnum())
            or text[:1] in _CLOSING
            or (_DASH_END.search(out) and text[:1].isalnum())
        ):
            # Browsers break after a slash («п/» + «п»; one set between spaces keeps them: «алаң /
            # Центральная») and after a dash set without spaces («январь–» + «февраль»); only a
            # too narrow column breaks before «)».
            out += text
        else:
            out += _joint(lines, texts, index, box) + text
    return out


@dataclass(frozen=True, slots=True)
class TurnedGlyph:
    """A character printed turned a quarter round (a table header cell set bottom to top, Word's
    and LibreOffice's «btLr», or top to bottom, «tbRl»), in page coordinates from the top left."""

    text: str
    start: float  # where it begins along its line, in reading order (upward text: the page's -y)
    end: float
    across: float  # its baseline across the line (the page's x)
    size: float
    upward: bool  # bottom to top (its letters' tops face the page's left)
    bold: bool = False


def quarter_turned(a: float, b: float, c: float, d: float) -> bool:
    """Whether a glyph's matrix turns it a quarter round, either way (writers round the zeros)."""
    return abs(a) + abs(d) < 1e-3 * abs(b) and b * c < 0


# Turned glyphs are read only where they are a few among upright ones (header cells); a page of
# turned text alone is a page printed sideways, which the reader does not turn.
TURNED_SHARE = 0.2


def upright_glyphs(
    turned: list[TurnedGlyph], upright: int, cells: list[tuple[float, float, float, float]]
) -> list[Glyph]:
    """Turned lines inside the cells of a ruled table set upright where they stand: each
    paragraph of turned lines (lines side by side, their spans overlapping) becomes one line of
    text across the band its lines fill, at the middle of their span, its characters squeezed
    into that band, its lines in reading order with a space between them. Its words come out
    inside the cell it was printed in, read as the cell's text; turned text outside a table (a
    note up the margin) stays unread, as before."""
    if not turned or len(turned) > TURNED_SHARE * upright:
        return []
    glyphs: list[Glyph] = []
    for paragraph in _turned_paragraphs(_turned_lines(turned)):
        if any(_inside(_turned_box(paragraph), cell) for cell in cells):
            glyphs.extend(_set_upright(paragraph))
    return glyphs


def _turned_box(paragraph: list[list[TurnedGlyph]]) -> tuple[float, float, float, float]:
    """Where a paragraph of turned lines is printed: (left, top, right, bottom) from the page's top."""
    upward = paragraph[0][0].upward
    rise = ASCENT if upward else DESCENT
    left = paragraph[0][0].across - rise * paragraph[0][0].size
    right = paragraph[-1][0].across - rise * paragraph[-1][0].size + paragraph[-1][0].size
    start = min(line[0].start for line in paragraph)
    end = max(line[-1].end for line in paragraph)
    top, bottom = (-end, -start) if upward else (start, end)
    return left, top, right, bottom


def _inside(box: tuple[float, float, float, float], cell: tuple[float, float, float, float]) -> bool:
    slack = 1.0  # points: glyph boxes rebuilt from the font size may touch the cell's rules
    left, top, right, bottom = cell
    return box[0] >= left - slack and box[1] >= top - slack and box[2] <= right + slack and box[3] <= bottom + slack


def _turned_lines(turned: list[TurnedGlyph]) -> list[list[TurnedGlyph]]:
    """Turned glyphs on one baseline, in reading order, split where a gap along it is a column's."""
    lines: list[list[TurnedGlyph]] = []
    for glyph in sorted(turned, key=lambda g: (g.upward, g.across, g.start)):
        line = lines[-1] if lines else None
        if (
            line
            and line[-1].upward == glyph.upward
            and abs(glyph.across - line[-1].across) <= BASELINE_SLACK * glyph.size
            and glyph.start - line[-1].end <= TAB_GAP * glyph.size
        ):
            line.append(glyph)
        else:
            lines.append([glyph])
    return lines


def _turned_paragraphs(lines: list[list[TurnedGlyph]]) -> list[list[list[TurnedGlyph]]]:
    """Lines of one direction next to one another (within a line pitch) whose spans overlap."""
    paragraphs: list[list[list[TurnedGlyph]]] = []
    for line in sorted(lines, key=lambda ln: (ln[0].upward, ln[0].across)):
        last = paragraphs[-1][-1] if paragraphs else None
        if (
            last
            and last[0].upward == line[0].upward
            and line[0].across - last[0].across <= WRAP_PITCH * line[0].size
            and line[0].start < last[-1].end
            and last[0].start < line[-1].end
        ):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def _set_upright(paragraph: list[list[TurnedGlyph]]) -> list[Glyph]:
    upward = paragraph[0][0].upward
    size = paragraph[0][0].size
    left, top, right, bottom = _turned_box(paragraph)
    base = (top + bottom) / 2 + (ASCENT - DESCENT) / 2 * size  # the box centred on the span's middle
    # The band the lines fill cut into one slot a line, in reading order left to right: an upward
    # paragraph's first line is its leftmost (its letters' tops face left), a downward one's its
    # rightmost.
    slot = (right - left) / len(paragraph)
    glyphs: list[Glyph] = []
    for index, line in enumerate(paragraph if upward else paragraph[::-1]):
        texts = [line[0].text]
        for before, glyph in pairwise(line):
            if glyph.start - before.end > WORD_GAP * glyph.size and not before.text.isspace():
                texts.append(" ")  # a space the writer left as a gap along the line
            texts.append(glyph.text)
        x = left + index * slot
        step = 0.8 * slot / len(texts)
        glyphs.extend(
            Glyph(text, x + i * step, x + (i + 1) * step, base, size, line[0].bold) for i, text in enumerate(texts)
        )
        glyphs.append(Glyph(" ", x + 0.8 * slot, x + 0.9 * slot, base, size))
    return glyphs
