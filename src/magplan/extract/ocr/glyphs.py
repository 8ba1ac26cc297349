"""Glyph checks on a recognised line, which Tesseract cannot do itself.

Tesseract reads a footnote marker («МАГ¹», «ⁱ Дни…») as a stray «!», «'» or
«i», a list bullet as «*», «°» or «¢», an en dash as an em dash, and small
Cyrillic letters shaped like capitals («июнь») as capitals.  Each is told
apart here by the shape of its ink on the page, measured against the line's
baseline (the median bottom of its letters) and the height of its capitals:
a marker is a small glyph raised to the capitals' top, a bullet a small
filled blob in the middle of the line, a dash is as long as it is.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from magplan.extract.ocr.image import Image, components
from magplan.extract.ocr.stats import median, percentile
from magplan.extract.pdf.words import ONE_LETTER_WORDS, Line, Word
from magplan.roman import roman_value
from magplan.text import LAST_DAY, PERIOD_WORDS

# Quotation marks stand raised at a word's start too; they are no footnote markers.
_QUOTES = set("\"“”„'‘’«")
# A quotation mark's glyph stands lower than this share of its word's median glyph.
_QUOTE_LOW = 0.85
# What Tesseract makes of a raised «¹» or «ⁱ» stuck to the end of a word (a closing quote too:
# the glyph's shape, not its reading, tells a quotation mark, `_quote_shaped`).
_MARKER_READINGS = set("1iIl!|'’‘`ⁱ¹*°^\"?”“")
# … of which these are also a figure's, a letter's or a bar's reading, as tall as the letters.
_FULL_HEIGHT_READINGS = set("1iIl!|")
# What it makes of a raised figure over its link's underline after a word («марафон=»).
_TAIL_READINGS = _MARKER_READINGS | set("=_")
# Units a raised figure after is their power, no marker («м²»).
_UNITS = frozenset({"м", "км", "см", "мм", "дм", "га"})
# A footnote's marker left unread stands within this many capitals' heights before its first word,
# at least this share of the capitals tall (a speck is smaller); its ink is looked for up to this
# many capitals' heights above the baseline (the line above stands higher).
_MARKER_ROOM = 1.5
# «**» takes about twice one star's room.
_STARS_ROOM = 2.5
# The dots of an «ё» stand within this share of its glyph's height above it, each this share of
# that height at most, their middles this share of it apart in height at most.
_DOTS_BAND = 0.6
_DOT_SIZE = 0.35
_DOTS_LEVEL = 0.15
# A breve read as a word of its own has its letter's ink under it across this share of its width.
_LETTER_UNDER = 0.6
# The two stars of «**» stand at one height: their middles this share of a star's height apart at most.
_STARS_LEVEL = 0.5
_MARKER_LEAST = 0.35
_MARKER_ABOVE = 1.3
# A marker kerned into the word's last letter: read as one of these marks after a word of at least
# this many characters; its glyph rises this share of the capitals' height above their top and is
# about this share of it wide.  Not the quotes «"», «”», «“»: a closing quote run into its letter
# rises as high (Calibri's «”» 0.11-0.13 of the capitals above them), and whether one closes a quote
# or is a marker misread only their pairing tells (`lines._unpaired_quotes`).
_KERNED_READINGS = set("!|'’‘`^*°?")
_KERNED_WORD = 3
_KERNED_RISE = 0.1
_KERNED_WIDTH = 0.35
# Closing marks a raised glyph after which is a marker Tesseract left out («»¹», «)¹»): they stand low.
_UNREAD_AFTER = "»)"
# Punctuation that may follow a footnote marker («МАГ¹:»).
_AFTER_MARKER = ",.:;"
# Letters whose tail below the baseline at their right Tesseract may read as a comma after them,
# in words at least this long (a letter and its comma, alone, say too little).
_TAILED_LETTERS = frozenset("дцщДЦЩ")
_TAILED_WORD = 3
# A raised «²» is read as «?» (its dot is no dot: the whole glyph stands raised).
_MARKER_DIGITS = str.maketrans("?", "2")
# «ф», «Ф»: a solid disc read as the letter's bowl (its stem makes the letter far taller than a bullet).
_BULLET_READINGS = set("*•·¢°©®@eеoо.«»фФ")
# … in at most this many of them.
_BULLET_READ_LONGEST = 2
# Capitals and ascenders stand about this share of the font size tall.
_CAP_PER_EM = 0.68
# Capitals are about this many x-heights tall; a letter this much taller than the x-height is one.
_CAPS_PER_X = 1.3
_TALLER = 1.15
# A line whose recognised letters are mostly capitals has no x-height to measure.
_CAPS_LINE = 0.6
# Raised: the glyph's bottom is this share of the capitals' height above the baseline …
_LIFT = 0.35
# … it is no taller than this share of it, and its top reaches this high (a hyphen stays lower).
_MARKER_SIZE = 0.8
_MARKER_REACH = 0.9
# A web page's raised marker is set «smaller» (5/6 of the text), its figure then up to 0.9 of the
# capitals tall, and in brackets («[1]», Google Docs) with an underline 1.3: one that tall is a
# marker where its top stands this far above the baseline (well over the capitals' top, where no
# letter's ink reaches), and no taller than this; its foot (a bracket's, under the underline) may
# come down to this share of the capitals above the baseline (a letter's stands on it).
_TALL_MARKER_REACH = 1.2
_TALL_MARKER_SIZE = 1.5
_TALL_MARKER_LIFT = 0.25
# A link's underline under a raised marker: rows inked across this share of the glyph's width at
# its foot, at most this share of the capitals thick with a figure's foot run into it (a «²» and
# its underline blurred into one bar of 8 pixels under capitals of 24), under ink at least this
# share of them tall.  A raised link's underline stands above the baseline (`_LIFT_LOW`); the
# text's own stands under it.
_UNDERLINE_ACROSS = 0.8
_UNDERLINE_THICK = 0.35
_OVER_UNDERLINE = 0.3
_DASHES = ("-", "–", "—")
# A dash inside a word stands between letters or digits (or ends the word at a line's end);
# it is at most this share of capitals tall.
_DASH_BETWEEN = re.compile(r"\w-\w")
_FLAT = 0.3
# A dash is at least this many times as long as it is thick.
_DASH_FLAT = 1.5
# Between words (or ending a line that wraps after it) a hyphen's ink is 0.3-0.4 capitals long
# and an en dash's 0.65-0.75 (Carlito, Times); blur lengthens both by a pixel or two.
_INNER_EN_DASH = 0.55
# … or against the word's small letters' width: a hyphen's ink is 0.5-0.65 of their median and an en
# dash's 0.85-1.0 (Carlito, Times, photos and 1-bit scans); at least this many of them measured.
_EN_DASH_SMALLS = 0.76
_SMALL_SAMPLES = 4
# Dash lengths in capitals' heights: a hyphen is shorter than this, an en dash than that.
# A hyphen's ink is 0.3-0.45 capitals long, an en dash's 0.65-0.75 (Carlito, Times); a line of
# small letters measures its capitals by its ascenders («б»), which stand a little taller.
_EN_DASH = 0.5
_EM_DASH = 1.15
# Measured against the figures of its line instead (a figure is half an em wide, as an en dash is,
# in every font, however condensed, and in a photo squeezed sideways): a hyphen's ink is 0.53-0.66
# of a figure's and an en dash's 0.78-1.04 (Carlito, Liberation, DejaVu), an em dash's 1.56-2.04.
_EN_DASH_FIGURES = 0.72
_EM_DASH_FIGURES = 1.35
# Figures a width is measured from: not the «1», narrower than the rest; at least this many.
_FIGURES = set("023456789")
# A range of figures read with a hyphen («20-22»); a blob this many figures wide holds more than one,
# and a dash run into a figure stands between these shares of the blob's height from its top.
_FIGURE_RANGE = re.compile(r"^\d{1,4}-\d{1,4}$")
_EM_RANGE = re.compile(r"^\d{1,4}—\d{1,4}$")
_MERGED_FIGURE = 1.4
_DASH_LOW, _DASH_HIGH = 0.2, 0.8
_FIGURE_SAMPLES = 2
_NUMBER_READ = re.compile(r"^\d+(?:[-–.,:]\d+)*[.,]?$")
# A gap inside a word at least this share of the font size is a space Tesseract missed.
_WORD_GAP = 0.18
# Small letters reach at most this share of the capitals' height (x-height ≈ 0.68 of it);
# punctuation stays below this share.
_SMALL = 0.78
_PUNCTUATION = 0.45
# Small letters measured taller than this share of the capitals were mismeasured.
_SMALL_MAX = 0.85
# Small letters standing between the baseline and the x-height (no ascender, no descender, no mark
# above), and what may stand round a word.
_X_LETTERS = set("аевгжиклмнопстхчшыьэюя")
_AROUND_LETTERS = ",.:;!?()«»\"'"
# Capitals with a tail, an accent or a stem above the others: no measure of the capitals' height.
_TALL_CAPITALS = set("дцщйёфб")
# Small letters whose ink rises above the others' (an ascender, a breve, two dots).
_ASCENDING = set("бфйё")
_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁ]")
# A word of two to five small letters without ascenders, that their capitals print as made larger:
# an abbreviation («ТОС», «СОШ») Tesseract may read in small letters (`_capitals`).
_ABBREVIATION_READ_SMALL = re.compile(rf"^[{''.join(sorted(_X_LETTERS - set('еыь')))}]{{2,5}}$")
# ... each of its glyphs this share of the capitals' height at least (small letters of a font with a
# large x-height stand three quarters of it), and this share at most (a larger font's small letters).
_ALL_CAPITALS = 0.9
_CAPITALS_MOST = 1.1
# Capitals whose small letter prints as the same shape made smaller (in serif and sans fonts alike):
# the height of the ink alone tells which was printed («июль», «до» read «Июль», «До»).
_SHAPE_CAPITALS = set("ВГДЖЗИКЛМНОПСТХЦЧШЩЪЬЭЮЯ")
# Small letters that stand on the baseline, from which the word's own x-height is measured.
_ON_BASELINE = _X_LETTERS - {"у"}
# A capital stands this many times as tall as small letters of its word (x-height ≈ 0.68 of the
# capitals); a first letter no taller than this share of them is a small one.
_SMALL_FIRST = 1.15
# A Roman numeral as read, in Latin letters or Cyrillic look-alikes, or as Tesseract misreads
# the bars of a sans-serif one («III» → «И!», «VIII» → «У!», «XII» → «ХИ», «XVIII» → «ХМИ»,
# a V run into the X before it read «М», «III» read «Ш»): checked against the glyphs, which
# must outnumber the letters read.
_ROMAN_LETTERS = re.compile(r"^[IVXХІИУМШ!|il1\[\]]+$")
# A word this short whose glyphs outnumber its letters may be a numeral misread whatever it
# reads («Ul.» for «III.», «№.» for «IV.»): its glyphs decide.
_SHORT_NUMERAL = 3
# An «и» left unread between two days: as tall as small letters (in capitals), as wide as tall (in
# its height) within these shares, its two stems inked down this share of its height at least.
_SMALL_LETTER = (0.55, 0.85)
_LETTER_WIDE = (0.5, 1.3)
_STEM_INKED = 0.7
# An underlined heading's numeral («IV квартал» read «_____ квартал»): its glyphs looked for this
# many capitals up from the baseline; a quarter's or a half-year's numeral has at most this many.
_UNDERLINED_REACH = 1.3
_NUMERAL_LETTERS = 4
# How far left of a period's word opening a line (in capitals) a numeral's bars may stand.
_BEFORE_PERIOD = 2.0
_BAR_BEFORE_PERIOD = 0.7
# «№» and its number read as one word («№5»): a space between them is this many capitals wide at
# least (a letter's spacing is about a tenth); a figure stands this many capitals tall at least.
_SIGN_AND_NUMBER = re.compile(r"^№\d{1,4}$")
_SPACE_AFTER_SIGN = 0.3
_FIGURE_HIGH = 0.6
# A marker with a colon's upper dot run into it stands this many times as tall as the dot at least.
_MARKER_OVER_DOT = 1.5
# Two short readings joined by a hyphen: perhaps a range of Roman numerals («И-М» for «III-IV»,
# «Ш-\У» for «III-IV»: a photo's slanted I read as a backslash, «1|-№», «(I-IV» for «III-IV»).
_SIDE = r"(?:[^\W\d_]|[|!\[\]1\\/№(]){1,5}"
_RANGE = re.compile(f"^{_SIDE}-{_SIDE}$")
# A short reading of capitals and bar marks only, no dash: perhaps such a range whose dash went
# unread («НМ» for «II-IV»), which its glyphs then show.
_UNDASHED_RANGE = re.compile(r"^[A-ZА-ЯЁ!|\[\]]{1,4}$")
# A short reading of marks and look-alikes, with or without its dash («И», «|-», «1-»): perhaps
# the bars and dash of a range of numerals, which its glyphs then show (a digit one's flag
# keeps it from passing for a bar).
_MARKS_AND_DASH = re.compile(r"^[IИШ!|il1\[\]-]{1,5}$")
# A word read as ones («1.», «11»), and what a plain bar is: this narrow for its height, this solid.
_ONES = re.compile(r"^1{1,3}[.)]?$")
# Marks Tesseract makes of a numeral's thin bar at 1 bit («{ квартал», «(-IV»); a word of them
# only is read by its ink (`_bar_marks_as_numeral`, `_roman_range`).
_BAR_MARKS = frozenset("{}()[]|!")
_BAR = 0.3
# A bar stands at least this many capitals tall (a capital I, not a stroke of something else).
_TALLER_BAR = 0.9
_SOLID = 0.85
# Where no digit was read, a bar eroded by a 1-bit scan is solid enough at this share.
_SOLID_ENOUGH = 0.75
# Width over height of a numeral's glyph: I is narrower than this, X and V wider than that;
# wider still, two letters have run together.
_NARROW = 0.5
_WIDE = 0.75
_MERGED = 1.4
# A condensed sans-serif X is this narrow; an L between narrow and wide has its stem at the left
# (this share of its rows), its foot (this share of its columns) and its upper right empty.
_NARROW_X = 0.6
_L_STEM = 0.85
_L_EMPTY = 0.08
_L_READINGS = set("ЕELЬБЦ[")
# A reading of two letters, one glyph, that may be two numeral letters run together («ХЕ»: X, L).
_TWO_RUN_TOGETHER = set("IVXLХІУ") | _L_READINGS
# A V's lower half shares at least this share of its ink with its mirror image (an «У» about 0.65).
_MIRRORED = 0.78
# An X's legs at its bottom stand at least this share of its width apart (a V's notch: a pixel).
_LEGS_APART = 0.06
# A full stop is at most this share of the capitals' height tall and wide.
_POINT = 0.35
# Readings no numeral is made of (a colon's two dots are no «XV»).
_NO_NUMERAL = set("-–—():;,")
# Capitals read glyph for glyph, all look-alikes of a numeral's letters («ХХИХ»): this many make
# no word (two may: «ИХ», «УМ»).
_NO_WORD = 3
# What Tesseract makes of a numeral's I that no word (of a Russian plan) holds.
_NUMERAL_MARKS = set("!|[]il")
# What Tesseract reads for a plain bar: the letter I, the figure one, or a mark.
_BAR_READINGS = _NUMERAL_MARKS - set("[]") | set("I1")
# One letter of a numeral is about this wide for its height; glyphs run together are parted
# where the ink is thinnest within this share of a letter's width of where the letters meet.
_LETTER_RATIO = 0.75
_CUT_WINDOW = 0.25
# In a range of numerals a glyph at most this much wider than the other side's I is an I.
_SAME_BAR = 1.25
# At the middle of its height a V's or an X's ink stands off both sides by this share of its width.
_EDGE_FREE = 0.12
_MIN_SAMPLES = 5
# The letters that are words by themselves (prepositions, conjunctions, a Roman numeral): a gap
# that would leave any other letter standing alone is a gap inside the word (a letter broken by a
# stamp's removal, a wide «П»), not a space.  The particle «б» is left out: too rare to part a
# word at a gap for.
_ONE_LETTER_WORDS = frozenset(
    {letter for word in ONE_LETTER_WORDS - {"б"} for letter in (word, word.upper())} | set("IVX")
)
# A bullet is at most this share of the capitals of its line (or of the word after it, if taller);
# a solid one in the line (`_SOLID_BULLET`) at most the larger share: a 1-bit scan's thresholding
# grows a blob by a pixel each side, and no letter is a solid disc.
_BULLET_SIZE = 0.65
# Signs no plan's text opens a line with, read for a bullet: such a blob may be as large as a solid one.
_SIGN_READINGS = frozenset("©®¢@")
_SOLID_BULLET_SIZE = 0.75
# A solid blob (this share of its box inked) centred between these shares of the capitals' height
# above the baseline stands in the line as a bullet does.
_SOLID_BULLET = 0.7
_BULLET_HIGH = 0.8
_LIFT_LOW = 0.15
# A hyphen's middle stands at most this share of the capitals' height above the baseline; blurred
# at a photo's resolution it is still this many times as long as thick.
_HYPHEN_HIGH = 0.6
_HYPHEN_FLAT = 1.3
# An asterisk is about as wide as it is tall: at least this share.
_STAR_WIDTH = 0.8
# A lone asterisk's ink is 0.6-1.5 times as wide as tall (Carlito, Liberation, DejaVu at 10-38 px;
# 6×4 at 16-20 px), two run into one blob 2.0: a blob this many times as wide holds two.
_TWO_STARS = 1.75
# A raised blob at least this wide for its height is a quotation mark's two strokes run together.
_QUOTE_WIDTH = 0.9
# Such a blob with ink down less than this share of its height in its middle column is a quote's
# two strokes (a star's upright arm runs down its middle).
_QUOTE_MIDDLE = 0.5
# A quotation mark's two ticks overlap across by at most this share of the narrower, and are alike
# in height (and level with each other) by this share.
_TICKS_OVERLAP = 0.5
_TICKS_ALIKE = 0.6
# Characters printed as more than one blob.
# Readings of a lone figure zero, which Tesseract gives for the preposition «о» now and then.
_ZERO_READINGS = frozenset({"0", "O"})
_MULTI_BLOB = set('ыЫйЙёЁij:;!?%"«»„“”=÷…')


@dataclass(slots=True, frozen=True)
class Blob:
    x0: int
    y0: int
    x1: int
    y1: int
    fill: float  # share of the blob's box that is ink


def without_phantom_marks(words: list[Word], bw: Image) -> list[Word]:
    """The words but marks read where there is no ink at all («—», «=»): Tesseract's phantoms of
    an erased ruling line's edge (one would hide the bullet before it) or of the empty band between
    a row's number and its event (a «—» there makes the two one run of words: a table found from
    the words' alignment then has no column boundary between them)."""
    return [w for w in words if any(ch.isalnum() for ch in w.text) or ink_blobs(bw, w.x0, w.top, w.x1, w.bottom)]


def ink_blobs(bw: Image, x0: float, y0: float, x1: float, y1: float) -> list[Blob]:
    """Ink blobs inside a box, in page coordinates, left to right."""
    left, top = max(int(x0), 0), max(int(y0), 0)
    crop = bw[top : int(y1) + 1, left : int(x1) + 1]
    if crop.size == 0:
        return []
    _count, _labels, stats = components(crop)
    blobs = []
    # The rows as Python ints in one call, not value by value (a quarter of the time spent here).
    for x, y, w, h, area in stats[1:].tolist():
        if area >= 4:
            blobs.append(Blob(left + x, top + y, left + x + w, top + y + h, area / float(w * h)))
    return sorted(blobs, key=lambda b: b.x0)


def is_roman_numeral(token: str) -> bool:
    """A Roman numeral in Latin or look-alike Cyrillic capitals («XIV», «ХІV»)."""
    return roman_value(token) is not None


def capital_height(words: list[Word], bw: Image, fewest: int = _MIN_SAMPLES) -> float | None:
    """The page's usual capital height: the first letter of its capitalised words («Москва»), of
    `fewest` of them at least.  Letter case is judged by it only where the page has the usual
    number of such words: a few on a page of a signature alone may mislead it."""
    heights = []
    for word in words:
        text = word.text.lstrip('«"(')
        if len(text) >= 3 and text[0].isupper() and text[1:3].isalpha() and text[1:3].islower():
            blobs = ink_blobs(bw, word.x0, word.top, word.x1, word.bottom)
            if blobs and text[0] not in _MULTI_BLOB and text[0].lower() not in _TALL_CAPITALS:
                first = blobs[0] if word.text[0] == text[0] else blobs[min(1, len(blobs) - 1)]
                heights.append(first.y1 - first.y0)
    return median(heights) if len(heights) >= fewest else None


def small_height(words: list[Word], bw: Image) -> float | None:
    """The page's usual height of small letters: words of small letters without ascenders or descenders."""
    heights: list[int] = []
    for word in words:
        text = word.text.strip(_AROUND_LETTERS)
        if len(text) < 3 or not set(text) <= _X_LETTERS:
            continue
        blobs = ink_blobs(bw, word.x0, word.top, word.x1, word.bottom)
        # «ы» is two blobs, its stem as tall; letters a photo's blur ran together («ст» one blob)
        # stand as tall as each; more blobs than letters are specks or something else's ink.
        if len(blobs) <= len(text) + text.count("ы"):
            heights.extend(b.y1 - b.y0 for b in blobs)
    return median(heights) if len(heights) >= 3 * _MIN_SAMPLES else None


def read_glyphs(
    line: Line, bw: Image, capital: float | None, small: float | None = None, sized: float | None = None
) -> None:
    """Markers, bullets, dashes and letter case of one line, from its ink; sets `line.size`.

    `capital` and `small` are the page's heights of capitals and small letters, when measured;
    `sized` a capital height to size the line by where `capital` is not measured.
    """
    line.size = line.bottom - line.top
    line.words = [part for w in line.words for part in _parted(w, bw)]
    blobs = {id(w): ink_blobs(bw, w.x0, w.top, w.x1, w.bottom) for w in line.words}
    _marks_own_their_ink(line.words, blobs)
    letters = [b for bs in blobs.values() for b in bs]
    if not letters:
        return
    # A mark read where there is no ink at all: Tesseract's phantom (`without_phantom_marks`).
    line.words = [w for w in line.words if blobs[id(w)] or any(ch.isalnum() for ch in w.text)]
    hosts = [None, *line.words[:-1]]  # each word's word before it
    line.words = [w for host, w in zip(hosts, line.words, strict=True) if not _diacritic_read_apart(host, w, bw)]
    baseline = median([b.y1 for b in letters])
    letter = _capital_height(line, letters, baseline, capital or sized)
    line.size = letter / _CAP_PER_EM
    _mark_bullet(line, blobs, bw, baseline, letter)
    joined_stars = _stars_together(line, blobs, baseline, letter)
    _join_at_unread_hyphens(line, blobs, bw, baseline, letter)
    _range_over_unboxed_bars(line, blobs, bw)
    _bar_marks_as_numeral(line, blobs, baseline, letter)
    figure = _figure_width(line, blobs)
    # A word alone on its line has no capital beside it to measure its case by (`_capitals`).
    alone = len(line.words) == 1
    for numeral, bars in [*_unread_numerals(line, bw, baseline, letter), *_unread_and(line, bw, baseline, letter)]:
        line.words.insert(line.words.index(numeral[1]), numeral[0])
        blobs[id(numeral[0])] = bars
        # A numeral boxed with its word: the word's letters are measured without the bars.
        blobs[id(numeral[1])] = [b for b in blobs[id(numeral[1])] if b not in bars]
    _numeral_over_underline(line, bw, baseline, letter)
    marker = _unread_marker(line, bw, baseline, letter)
    if marker is not None:
        line.words.insert(0, marker[0])
        blobs[id(marker[0])] = marker[1]
    out: list[Word] = []
    stars = _line_stars(line.words, blobs)
    for word in line.words:
        shape = blobs[id(word)]
        if word.text == "•" or id(word) in joined_stars:
            out.append(word)
        elif (
            len(line.words) > 1
            and len(word.text) <= 2
            and (ink := _raised_ink(shape, baseline, letter, None if word.text in _DASHES else bw)) is not None
            and not (word.text[:1] in _QUOTES and _quote_shaped(ink, word.text[:1]))
        ):
            word.raised, word.text = True, marker_text(word.text, ink, stars)
            out.append(word)
        elif word.text in _DASHES and len(shape) == 1:
            word.text = _dash(_whole_dash(line, word, shape[0], bw), letter, figure)
            out.append(word)
        else:
            _tail_read_as_comma(word, shape, baseline, letter)
            for head in _split_head(word, shape, baseline, letter):
                if head.raised:
                    out.append(head)
                    continue
                for part in _split_tail(head, shape, baseline, letter, bw):
                    for piece in _split_at_spaces(part, shape, line.size):
                        read = _diaeresis(_letters(piece, shape, bw, capital, small, alone), shape, bw)
                        out.append(_inner_dash(read, shape, letter, figure, bw))
    line.words = out


def _diacritic_read_apart(host: Word | None, word: Word, bw: Image) -> bool:
    """Is `word` the breve of a «й» (the dots of a «ё») in the word before it, read as a word of
    its own («мероприятий» and «ww» over its last letter, a large bold heading; `host`, the word
    read before it): a reading of two
    characters at most inside that word's box, its foot above the word's middle, a letter's ink
    under it across most of its width?  A footnote marker Tesseract boxed both on its own and in
    the word before it has no letter under it: it stands after the word's last letter."""
    if host is None or len(word.text) > 2:
        return False
    if not (
        any(ch in "йЙёЁ" for ch in host.text)
        and host.x0 <= word.x0
        and word.x1 <= host.x1
        and word.bottom <= (host.top + host.bottom) / 2
    ):
        return False
    under = bw[round(word.bottom) : round(host.bottom), round(word.x0) : round(word.x1) + 1] > 0
    return under.size > 0 and under.any(axis=0).mean() >= _LETTER_UNDER


def _marks_own_their_ink(words: list[Word], blobs: dict[int, list[Blob]]) -> None:
    """A mark boxed over the end of the word before it: the ink whose middle stands in the mark's
    box is the mark's alone, and whole.

    Tesseract may box a word («работа») over the star after it that it also
    reads as a «*» of its own: left in the word, the star is the word's raised
    tail, a marker of its own, and cut at the edge of the mark's box it is too
    narrow for a star (a photo's «работа**» read «работа¹¹*»).
    """
    for word, mark in itertools.pairwise(words):
        if mark.x0 >= word.x1 or any(ch.isalnum() for ch in mark.text):
            continue
        middle = (word.top + word.bottom) / 2
        moved = [
            b
            for b in blobs[id(word)]
            if mark.x0 <= (b.x0 + b.x1) / 2 <= mark.x1
            or (b.y1 <= middle and any(_overlap(b, m) for m in blobs[id(mark)]))
        ]
        if not moved:
            continue
        blobs[id(word)] = [b for b in blobs[id(word)] if b not in moved]
        cut = [b for b in blobs[id(mark)] if any(m.x0 <= (b.x0 + b.x1) / 2 <= m.x1 for m in moved)]
        # … and a sliver of the word's last letter the mark's box reached back over is the letter's.
        cut += [b for b in blobs[id(mark)] if any(_overlap(b, k) and b.x0 >= k.x0 for k in blobs[id(word)])]
        blobs[id(mark)] = sorted(moved + [b for b in blobs[id(mark)] if b not in cut], key=lambda b: b.x0)
        _drop_unlinked_tail(word, blobs[id(word)])


def _overlap(one: Blob, other: Blob) -> bool:
    """Do two blobs' boxes share pixels (the same ink boxed twice, cut at a box's edge)?"""
    return one.x0 < other.x1 and other.x0 < one.x1 and one.y0 < other.y1 and other.y0 < one.y1


def _drop_unlinked_tail(word: Word, kept: list[Blob]) -> None:
    """«МАГ”» + «*» → «МАГ» + «*»: the word's last marks read from the ink the mark after it took.

    Tesseract boxed the star both at the word's end, reading it as a quote, and
    as a word of its own; with that ink gone, no raised glyph is left after the
    word's letters (those reaching below its box's middle) for the marks to stand
    for.  A quote of its own ink before the star («"Форум"*») keeps its reading.
    """
    # Only the readings of a raised mark's shape: a figure or a letter («1», «I» of «2021», «XXI»)
    # that a mark may be read as has ink of its own down to the baseline, which this does not weigh.
    head = word.text.rstrip("".join(_MARKER_READINGS - _FULL_HEIGHT_READINGS))
    if head == word.text or not head or not kept:
        return
    middle = (word.top + word.bottom) / 2
    last_letter = max((b.x1 for b in kept if b.y1 > middle), default=None)
    if last_letter is not None and all(b.x0 < last_letter for b in kept):
        word.text = head


def _join_at_unread_hyphens(
    line: Line, blobs: dict[int, list[Blob]], bw: Image, baseline: float, letter: float
) -> None:
    """«вице президент» → «вице-президент»: a hyphen Tesseract left out between two words, by its ink.

    The one glyph standing between the two words' boxes is flat, at the
    height of a hyphen (above the baseline, below the capitals' middle) and
    as close to both words as letters of a word stand: the two are one word.
    """
    words = line.words
    k = 0
    while k + 1 < len(words):
        left, right = words[k], words[k + 1]
        if not (left.text[-1:].isalpha() and right.text[:1].isalpha()):
            k += 1
            continue
        found = ink_blobs(bw, left.x1, line.top, right.x0, line.bottom)
        # Strictly inside: a neighbour's letter cut by the box's edge is no glyph of the gap.
        inside = [b for b in found if b.x0 > left.x1 and b.x1 < right.x0]
        close = _WORD_GAP * letter / _CAP_PER_EM
        if len(inside) == 1 and _a_hyphen(inside[0], baseline, letter):
            dash = inside[0]
            if dash.x0 - left.x1 < close and right.x0 - dash.x1 < close:
                joined = Word(f"{left.text}-{right.text}", left.x0, right.x1, min(left.top, right.top),
                              max(left.bottom, right.bottom), left.size)  # fmt: skip
                blobs[id(joined)] = [*blobs[id(left)], dash, *blobs[id(right)]]
                words[k : k + 2] = [joined]
                continue
        k += 1


def _range_over_unboxed_bars(line: Line, blobs: dict[int, list[Blob]], bw: Image) -> None:
    """«1-» «И» → «I-III»: a range of numerals whose bars Tesseract boxed in part, by its ink.

    A photo's «I-III квартал» is read as two short words of marks and a
    dash whose boxes leave bars of the numeral outside them (in the gap
    between the words, or after the last one).  The words of such marks in a
    row, one of them with a dash, are read together with all the ink up to
    the next word: when it is plain bars around one dash, that is the range.
    """
    words = line.words
    k = 0
    while k < len(words):
        end = k
        while end < len(words) and _MARKS_AND_DASH.match(words[end].text):
            end += 1
        group = words[k:end]
        if not any("-" in w.text for w in group):
            k = max(end, k + 1)
            continue
        # Up to the next word's box; a glyph cut by that box's edge is the next word's.
        limit = words[end].x0 if end < len(words) else group[-1].x1
        ink = ink_blobs(bw, group[0].x0, line.top, limit, line.bottom)
        ink = [b for b in ink if b.x1 < limit - 1 or end == len(words)]
        bars = _bars_around_a_dash(ink) if ink else None
        if bars is not None:
            joined = Word(bars, group[0].x0, max(b.x1 for b in ink), min(w.top for w in group),
                          max(w.bottom for w in group), group[0].size)  # fmt: skip
            blobs[id(joined)] = ink
            words[k:end] = [joined]
        k += 1


def _a_hyphen(blob: Blob, baseline: float, letter: float) -> bool:
    """Flat, and standing between the baseline and the capitals' middle, as a hyphen does."""
    height, width = blob.y1 - blob.y0, blob.x1 - blob.x0
    centre = (blob.y0 + blob.y1) / 2
    return (
        height <= _FLAT * letter
        and width >= _HYPHEN_FLAT * height
        and baseline - _HYPHEN_HIGH * letter <= centre <= baseline - _LIFT_LOW * letter
    )


def _parted(word: Word, bw: Image) -> list[Word]:
    """A reading of several words in one box («® АГП», a second opinion's), parted at the widest gaps
    between its glyphs, so that each word's ink is its own (a bullet's, a marker's)."""
    parts = word.text.split()
    if len(parts) < 2:
        return [word]
    blobs = ink_blobs(bw, word.x0, word.top, word.x1, word.bottom)
    gaps = []
    right = blobs[0].x1 if blobs else 0
    for k in range(1, len(blobs)):
        gaps.append((blobs[k].x0 - right, k))
        right = max(right, blobs[k].x1)
    cuts = sorted(k for _gap, k in sorted(gaps, reverse=True)[: len(parts) - 1])
    if len(cuts) < len(parts) - 1 or any(gap <= 0 for gap, k in gaps if k in cuts):
        return [word]
    edges = [0, *cuts, len(blobs)]
    return [
        Word(part, blobs[a].x0, max(b.x1 for b in blobs[a:z]), word.top, word.bottom, word.size)
        for part, a, z in zip(parts, edges[:-1], edges[1:], strict=True)
    ]


def _letters(
    word: Word, blobs: list[Blob], bw: Image, capital: float | None, small: float | None, alone: bool = False
) -> Word:
    """Roman numerals and letter case of a word, checked against its own glyphs; `alone`: the word
    is its line's only one."""
    own = _own_blobs(word, blobs)
    if word.raised or not own:
        return word
    if capital and _SIGN_AND_NUMBER.match(word.text) and _spaced_after_sign(own, len(word.text) - 1, capital):
        word.text = f"№ {word.text[1:]}"  # «школы № 5»: the space after the sign went unread
        return word
    if word.text in _ZERO_READINGS and capital and len(own) == 1 and _small_high(own[0], capital, small):
        word.text = "о"  # «Отметка 0 выполнении»: a figure stands as tall as capitals, the letter as small ones
        return word
    if _ONES.match(word.text):
        return _bars_as_roman(word, own)
    if _MARKS_AND_DASH.match(word.text) and (bars := _bars_around_a_dash(own)):
        word.text = bars  # «И», «|-» read for the bars and dash of «I-III»
        return word
    if _RANGE.match(word.text):
        read = word.text
        if _roman_range(word, own, bw).text != read:
            return word
    elif _UNDASHED_RANGE.match(word.text) and (numerals := _range_in_ink(own, len(word.text), bw)):
        word.text = numerals
        return word
    if word.text == "У" and len(own) == 1 and _is_v(own[0], bw):
        word.text = "V"
        return word
    body = word.text.rstrip(".)")
    if _ROMAN_LETTERS.match(body) or (0 < len(body) <= _SHORT_NUMERAL and len(word.text) - len(body) <= 1):
        read = word.text
        word = _roman_by_shape(word, own, bw)
        if word.text != read or (_ROMAN_LETTERS.match(body) and not _CYRILLIC_CAPITAL.search(read)):
            return word
    if capital and word.text.isupper() and _CYRILLIC_CAPITAL.search(word.text):
        return _small_letters(word, own, capital, small)
    rest = word.text[1:]
    if capital and alone and _ABBREVIATION_READ_SMALL.match(word.text) and len(own) == len(word.text):
        word = _capitals(word, own, capital)
        if word.text.isupper():
            return word
    if capital and word.text[:1] in _X_LETTERS and rest.isalpha() and rest.islower() and not set(rest) & _ASCENDING:
        return _capital_first(word, own, capital, small)
    if capital and _capital_over_small(word.text):
        return _small_first(word, own, capital)
    return word


def small_first_letter(word: Word, bw: Image, capital: float | None) -> Word:
    """`word` with a first letter read as a capital but printed small put small (`_small_first`,
    in place: the reading of its line later would put it so), for a reader that looks at words
    before their lines are read (`unruled`): a header's second line «мероприятия» read
    «Мероприятия» under «Наименование» reads as a row opening there."""
    if not capital or not _capital_over_small(word.text):
        return word
    return _small_first(word, _own_blobs(word, ink_blobs(bw, word.x0, word.top, word.x1, word.bottom)), capital)


def _capital_over_small(text: str) -> bool:
    """A capital that prints as its small letter made larger, small letters after it: a word
    whose first letter's ink may say it was printed small (`_small_first`)."""
    rest = text[1:]
    return text[:1] in _SHAPE_CAPITALS and rest.isalpha() and rest.islower()


def _small_first(word: Word, blobs: list[Blob], capital: float) -> Word:
    """«Июль» → «июль», «До» → «до»: a first letter read as a capital whose ink stands no taller than
    the small letters after it (a 1-bit scan's or a photo's small «и» is read «И» now and then).

    Measured within the word, against its own small letters that stand on
    the baseline and rise no higher than the others («ероприятия»'s «е о и я
    т и я», not the descender of «р»), so that a smaller font (a footnote's)
    does not matter; each letter its own glyph, so that the heights are the
    letters'.  The letters after it must be small by the page's `capital`
    height too: glyphs all a capital's height tall are capitals read small,
    and say nothing of the first letter.
    """
    if len(blobs) != len(word.text):
        return word
    first = blobs[0]
    rest = [blob for blob, letter in zip(blobs[1:], word.text[1:], strict=True) if letter in _ON_BASELINE]
    if not rest:
        return word
    baseline = median([b.y1 for b in rest])
    x_height = median([baseline - b.y0 for b in rest])
    if not 0 < x_height < _SMALL * capital or any(abs(b.y1 - baseline) > _LIFT_LOW * x_height for b in rest):
        return word
    if baseline - first.y0 <= _SMALL_FIRST * x_height:
        word.text = word.text[0].lower() + word.text[1:]
    return word


def _diaeresis(word: Word, blobs: list[Blob], bw: Image) -> Word:
    """«молодежного» → «молодёжного»: an «е» with two dots over it, which Tesseract reads as «е».

    Told where the word's glyphs are its letters one to one (so the «е» is the glyph at its
    place): two small dots side by side at one height over that glyph, within its width, in the
    band of 0.6 of its height above it, nothing else there (the line above stands higher).  The dots
    may stand above the word's box: Tesseract boxes the letters, not the marks over them."""
    if "е" not in word.text or not word.text.isalpha():
        return word
    own = sorted(_own_blobs(word, blobs), key=lambda b: b.x0)
    if len(own) != len(word.text):
        return word
    letters = list(word.text)
    for at, ch in enumerate(letters):
        if ch != "е":
            continue
        if _two_dots(own[at], bw):
            letters[at] = "ё"
    word.text = "".join(letters)
    return word


def _two_dots(glyph: Blob, bw: Image) -> bool:
    """Does the band over `glyph` (`_DOTS_BAND` of its height, two pixels either side) hold two dots
    (an «ё»'s): each small, the two at one height, apart, neither cut by the band's edges (no stroke
    of the line above run into it, no bar of a letter beside kerned over it)?"""
    height = glyph.y1 - glyph.y0
    top = glyph.y0 - _DOTS_BAND * height
    band = ink_blobs(bw, glyph.x0 - 2, top, glyph.x1 + 2, glyph.y0 - 1)
    if len(band) != 2:
        return False
    first, second = band
    top = int(top)
    return (
        all(
            b.x1 - b.x0 <= _DOT_SIZE * height
            and b.y1 - b.y0 <= _DOT_SIZE * height
            and b.x0 > glyph.x0 - 2
            and b.x1 < glyph.x1 + 3
            and b.y0 > top
            for b in band
        )
        and _level_step(first, second) <= _DOTS_LEVEL * height
        and second.x0 > first.x1
    )


def _capitals(word: Word, blobs: list[Blob], capital: float) -> Word:
    """«тос» → «ТОС»: an abbreviation read in small letters, alone on its line (a cell's wrapped
    «Председатель» / «ТОС»), whose glyphs, one to a letter, all stand on the baseline as tall as
    the page's capitals, no taller (letters whose small form is the capital made smaller: only the
    height tells, and its line has no other letter to compare; a heading's small letters, set
    larger, stand taller still or as tall, and share their line with others)."""
    baseline = median([b.y1 for b in blobs])
    if all(
        abs(b.y1 - baseline) <= _LIFT_LOW * capital
        and _ALL_CAPITALS * capital <= b.y1 - b.y0 <= _CAPITALS_MOST * capital
        and b.x1 - b.x0 <= _MERGED * capital
        for b in blobs
    ):
        word.text = word.text.upper()
    return word


def _capital_first(word: Word, blobs: list[Blob], capital: float, small: float | None) -> Word:
    """«очно» → «Очно»: a first letter read small whose ink stands as tall as a capital.

    Small letters without ascenders («о», «с», «в», «к»…) print as their
    capitals made smaller, and Tesseract reads a capital of a 1-bit scan or a
    photo so now and then.  Taken only where the other letters rise no higher
    than small letters do and all their glyphs stand at that height, the
    first glyph on the baseline up to the capitals' (it may have run into the
    next letter: «Оч» one blob, as wide as the letters it holds).
    """
    baseline = median([b.y1 for b in blobs])
    limit = _tall(capital, small)
    first, rest = blobs[0], blobs[1:]
    held = max(len(word.text) - len(blobs) + 1, 1)
    # Not merged with a ruling or a stroke: a capital is about as wide as tall.
    alone = first.x1 - first.x0 <= _MERGED * capital * held
    tall = alone and abs(first.y1 - baseline) <= _LIFT_LOW * capital and baseline - first.y0 >= limit
    if tall and len(rest) >= 2 and all(baseline - b.y0 < limit for b in rest):
        word.text = word.text[0].upper() + word.text[1:]
    return word


def _spaced_after_sign(blobs: list[Blob], figures: int, capital: float) -> bool:
    """Does a space stand between «№» and the number after it in one word's glyphs: the last
    `figures` glyphs, each as tall as a figure, set off from the sign's by `_SPACE_AFTER_SIGN`
    capitals at least (a sign set close to its number, «№5», stands a letter's spacing off)?"""
    ordered = sorted(blobs, key=lambda b: b.x0)
    start = len(ordered) - figures
    if start < 1 or any(b.y1 - b.y0 < _FIGURE_HIGH * capital for b in ordered[start:]):
        return False
    return ordered[start].x0 - max(b.x1 for b in ordered[:start]) >= _SPACE_AFTER_SIGN * capital


def _roman_range(word: Word, blobs: list[Blob], bw: Image) -> Word:
    """«И-М» → «III-IV», «1-И» → «I-III»: a range of Roman numerals («… квартал»), side by side.

    Each side is checked as a numeral of its own (`_bars_as_roman`,
    `_roman_by_shape`) with the glyphs on its side of the dash; the range
    changes only when both sides come out as numerals.
    """
    left, right = word.text.split("-")
    # A blurred or 1-bit dash is thick: flat for its length, and low against the bars.
    tallest = max(b.y1 - b.y0 for b in blobs)
    flat = [b for b in blobs if (b.y1 - b.y0) * _DASH_FLAT <= b.x1 - b.x0 and b.y1 - b.y0 <= _FLAT * tallest]
    if len(flat) != 1:
        return word
    dash = flat[0]
    sides = []
    glyphs = []
    for text, x0, x1 in ((left, word.x0, dash.x0), (right, dash.x1, word.x1)):
        part = Word(text, x0, x1, word.top, word.bottom, word.size)
        own = [b for b in blobs if x0 <= (b.x0 + b.x1) / 2 < x1]
        if not own:
            return word
        # Ones read for fewer bars than stand there («1» for «II») are read by their glyphs.
        ones = _ONES.match(text) and text.count("1") == len(own)
        part = _bars_as_roman(part, own) if ones else _roman_by_shape(part, own, bw, guarded=False)
        sides.append(part.text)
        glyphs.append(own)
    # A blurred bar is less solid than `_bars_as_roman` asks; one as narrow as the I of the
    # other side's numeral is an I too (a digit one is wider by its flag).
    for side, other in ((0, 1), (1, 0)):
        bars = [b.x1 - b.x0 for b in glyphs[other] if b.x1 - b.x0 < _NARROW * (b.y1 - b.y0)]
        numeral = is_roman_numeral(sides[other]) and "I" in sides[other]
        narrow = all(b.x1 - b.x0 <= _SAME_BAR * max(bars or [0]) for b in glyphs[side])
        marks = set(sides[side]) <= _BAR_MARKS and len(glyphs[side]) == len(sides[side])
        if _ONES.match(sides[side]) and numeral and narrow:
            sides[side] = sides[side].replace("1", "I")
        elif marks and numeral and narrow and all(_bar_shaped(b) for b in glyphs[side]):
            sides[side] = "I" * len(glyphs[side])  # «(-IV»: the bar read as a bracket, one mark a bar
    if not all(is_roman_numeral(side) for side in sides):
        return word
    word.text = "-".join(sides)
    return word


def _stars_together(line: Line, blobs: dict[int, list[Blob]], baseline: float, letter: float) -> set[int]:
    """«*» «*» opening a line → «**»: a footnote's marker of two stars read as two words (no line
    opens with two markers of its own), each shaped as a star (`_star_shaped`: a narrow «¹» read
    «*» is no star).  Raised, the marker is too.  The ids of the words joined, which are not
    parted at their gap again."""
    words = line.words
    if len(words) < 3 or not set(words[0].text) == set(words[1].text) == {"*"} or set(words[2].text) == {"*"}:
        return set()  # (three stars or more: a divider «* * *», no marker)
    one, other = words[0], words[1]
    ink = blobs[id(one)] + blobs[id(other)]
    peers = _line_stars(words, blobs)
    if not ink or not all(_star_shaped(b, peers) for b in ink):
        return set()
    joined = Word(
        one.text + other.text, one.x0, other.x1, min(one.top, other.top), max(one.bottom, other.bottom), one.size
    )
    joined.raised = _raised(ink, baseline, letter)
    blobs[id(joined)] = ink
    words[0:2] = [joined]
    return {id(joined)}


def _range_in_ink(blobs: list[Blob], letters_read: int, bw: Image) -> str | None:
    """«НМ» for «II-IV», «ИМ» for «III-IV»: a range of numerals whose dash was not read, from its glyphs.

    The ink holds one hyphen (`_a_hyphen`: flat, at a hyphen's height) between
    glyphs as tall as capitals, each a numeral's letter by its width
    (`_roman_letter`) and its shape (`_shaped_as`), and more glyphs than
    letters were read; each side must be a numeral.  None otherwise.
    """
    if len(blobs) <= letters_read:
        return None
    tallest = max(b.y1 - b.y0 for b in blobs)
    baseline = max(b.y1 for b in blobs)
    flat = [b for b in blobs if _a_hyphen(b, baseline, tallest)]
    if len(flat) != 1 or any(b.y1 - b.y0 < 0.8 * tallest for b in blobs if b is not flat[0]):
        return None
    dash = flat[0]
    left, right = [b for b in blobs if b.x1 <= dash.x0], [b for b in blobs if b.x0 >= dash.x1]
    if len(left) + len(right) + 1 != len(blobs):
        return None  # a glyph over the dash: no range's
    sides = []
    for side in (left, right):
        numeral = ""
        for blob in side:
            pieces = _unmerge(blob, bw)
            for piece in pieces:
                letter = _roman_letter(piece, bw)
                if letter is None or not _shaped_as(letter, piece, len(pieces) > 1, bw):
                    return None
                numeral += letter
        if not is_roman_numeral(numeral):
            return None
        sides.append(numeral)
    return "-".join(sides)


def _shaped_as(letter: str, glyph: Blob, parted: bool, bw: Image) -> bool:
    """Is `glyph` (`parted` from a wider one or not) the numeral's `letter` by more than its width:
    an I of its own a plain bar (a digit one's flag keeps it wider), a V or an X with its strokes
    standing in from both sides (`_open_sides`)?"""
    if letter == "I":
        return parted or glyph.x1 - glyph.x0 <= _BAR * (glyph.y1 - glyph.y0)
    return letter not in "VX" or _open_sides(glyph, bw)


def _open_sides(blob: Blob, bw: Image) -> bool:
    """A V's or an X's middle: its strokes stand in from both sides (no stem at an edge, as the
    Cyrillic capitals Н, И, М have, and no crossbar the glyph's width)."""
    crop = bw[blob.y0 : blob.y1, blob.x0 : blob.x1] > 0
    middle = crop[crop.shape[0] // 2]
    edge = max(1, round(_EDGE_FREE * crop.shape[1]))
    return not middle[:edge].any() and not middle[-edge:].any()


def _bars_around_a_dash(blobs: list[Blob]) -> str | None:
    """«I-III» from its glyphs: one to three plain bars, a dash, one to three bars; else None."""
    tallest = max(b.y1 - b.y0 for b in blobs)
    kinds = []
    for b in blobs:
        height, width = b.y1 - b.y0, b.x1 - b.x0
        if height >= 0.8 * tallest and width <= _BAR * height and b.fill >= _SOLID_ENOUGH:
            kinds.append("I")
        elif height <= _FLAT * tallest and width >= _DASH_FLAT * height:
            kinds.append("-")
        else:
            return None
    left, dash, right = "".join(kinds).partition("-")
    if not dash or not 0 < len(left) <= 3 or not 0 < len(right) <= 3 or "-" in right:
        return None
    return f"{left}-{right}"


def _bars_as_roman(word: Word, blobs: list[Blob]) -> Word:
    """«1.» printed as a plain bar is the Roman «I.» of a numbered heading.

    A digit one has a flag at its top (and often a foot): its glyph is
    wide for its height and far from solid.  A bar as narrow and solid as a
    stroke is a sans-serif capital I, which Tesseract reads as «1».
    """
    tallest = max(b.y1 - b.y0 for b in blobs)
    glyphs = [b for b in blobs if b.y1 - b.y0 >= 0.8 * tallest]
    if len(glyphs) != word.text.count("1"):
        return word
    if all(b.x1 - b.x0 <= _BAR * (b.y1 - b.y0) and b.fill >= _SOLID for b in glyphs):
        word.text = word.text.replace("1", "I")
    return word


def _roman_by_shape(word: Word, blobs: list[Blob], bw: Image, guarded: bool = True) -> Word:
    """«XX» printed with three glyphs is «XIX»: Tesseract drops a narrow I between two X.

    When the glyphs outnumber the letters read, or as many glyphs were read
    as something no word is made of («М!» for «VI», «XXII]» for «XXIII»,
    «ХЕ» for «XL»), and each glyph is one letter: narrow is I, a stem
    standing on a foot is L, wide is X or V (a V ends in a point at the bottom).
    Letters run together (a photo's blur joins the serifs of «XXX») are
    parted where the reading looks like a numeral.  Without `guarded` (a
    side of a range of numerals, evidence enough) as many glyphs as letters
    read will do.
    """
    body = word.text.rstrip(".)")
    if all(ch in _NO_NUMERAL for ch in body):
        return word  # a dash, a bracket: no numeral was read there («№» may be one: «III» read so)
    if _ROMAN_LETTERS.match(body):
        # Letters run together are parted; not a point after them, wide for its height as it may be
        # («i.» for «II.» of a 1-bit scan: its point parted in two was no point, the numeral kept).
        tall = max(b.y1 - b.y0 for b in blobs)
        blobs = [piece for blob in blobs for piece in (_unmerge(blob, bw) if _letter_high(blob, tall) else [blob])]
    elif len(blobs) == 1 and len(body) == 2 and set(body) <= _TWO_RUN_TOGETHER:
        # «ХЕ» for «XL» of a 1-bit scan, the X's leg run into the L's foot: one glyph, two letters read.
        blobs = _unmerge(blobs[0], bw, into=2)
    tail = word.text[len(body) :]
    tallest = max(b.y1 - b.y0 for b in blobs)
    if tail:  # the list number's «.» or «)»: its glyph stands after the numeral's
        blobs = blobs[:-1]
        if not blobs or max(b.x1 for b in blobs) > word.x1 or max(b.y1 - b.y0 for b in blobs) < tallest:
            return word
    elif len(blobs) > 1 and _a_point(blobs[-1], blobs[:-1]):
        # The list number's «.» read into the last letter («ША» for «III.»).
        body, tail, blobs = word.text, ".", blobs[:-1]
    # A side of a range read as more bars than stand there («lIl-IV», «Il-IlV» for «II-IV»): the ink
    # counts them.
    stem = body[:-1] if body[-1:] in ("V", "X") else body
    bars_only = not guarded and bool(stem) and set(stem) <= _BAR_READINGS
    if (len(blobs) < len(body) and not bars_only) or any(b.y1 - b.y0 < 0.8 * tallest for b in blobs):
        return word
    letters = []
    for blob in blobs:
        letter = _roman_letter(blob, bw)
        if letter is None:
            return word
        letters.append(letter)
    numeral = "".join(letters)
    if not is_roman_numeral(numeral):
        return word
    if guarded and len(blobs) == len(body) and not _misread_numeral(body, numeral):
        return word
    word.text = numeral + tail
    return word


def _letter_high(blob: Blob, tallest: int) -> bool:
    """Does the glyph stand higher than a point does, beside glyphs at most `tallest` high?"""
    return blob.y1 - blob.y0 > _POINT * tallest


def _a_point(blob: Blob, before: list[Blob]) -> bool:
    """A full stop after `before`: a small blob, about as wide as tall, on their baseline."""
    tallest = max(b.y1 - b.y0 for b in before)
    height, width = blob.y1 - blob.y0, blob.x1 - blob.x0
    baseline = max(b.y1 for b in before)
    return (
        height <= _POINT * tallest
        and width <= _POINT * tallest
        and abs(blob.y1 - baseline) <= _POINT * tallest / 2
        and blob.x0 >= max(b.x1 for b in before)
    )


def _unmerge(blob: Blob, bw: Image, into: int | None = None) -> list[Blob]:
    """A glyph too wide for one letter, parted into letters where the ink between them is thinnest
    (into as many as it is wide for, or `into` when the reading says how many)."""
    width, height = blob.x1 - blob.x0, max(blob.y1 - blob.y0, 1)
    count = into or round(width / height / _LETTER_RATIO)
    if (into is None and width <= _MERGED * height) or count < 2:
        return [blob]
    crop = bw[blob.y0 : blob.y1, blob.x0 : blob.x1] > 0
    profile = crop.sum(axis=0)
    cuts = [0]
    for k in range(1, count):
        ideal, window = round(k * width / count), max(round(_CUT_WINDOW * width / count), 1)
        low = max(ideal - window, cuts[-1] + 1)
        high = min(ideal + window, width - 1)
        if low > high:
            return [blob]
        cuts.append(low + int(np.argmin(profile[low : high + 1])))
    cuts.append(width)
    return [
        Blob(blob.x0 + a, blob.y0, blob.x0 + b, blob.y1, float(crop[:, a:b].mean()))
        for a, b in itertools.pairwise(cuts)
    ]


def _roman_letter(blob: Blob, bw: Image, serif_stem: bool = False) -> str | None:
    """The Roman capital one glyph is: I, L, V or X; None for any other shape.  With `serif_stem`
    (glyphs known to be a numeral's), a bold serif I by its stem too (a figure «1» has one)."""
    ratio = (blob.x1 - blob.x0) / max(blob.y1 - blob.y0, 1)
    if ratio < _NARROW:
        return "I"
    if ratio > _MERGED:
        return None
    crop = bw[blob.y0 : blob.y1, blob.x0 : blob.x1] > 0
    band = max(crop.shape[0] // 6, 1)
    if ratio < _WIDE and _is_l(crop, band):
        return "L"
    if serif_stem and _a_stem(crop):
        return "I"  # a bold serif I: its serifs as wide as half its height, its stem narrow
    if ratio < _NARROW_X:
        return None
    return "V" if _stands_on_a_point(crop, band) else "X"


def _a_stem(crop: npt.NDArray[np.bool_]) -> bool:
    """Is the glyph's middle half (in height) one stem, its ink in no row spread wider than a bar
    (`_BAR` of its height)?"""
    height = crop.shape[0]
    middle = crop[height // 4 : height - height // 4]
    if middle.size == 0 or not middle.any(axis=1).all():
        return False
    # Serifs at both ends (an I's), not a bar across the top alone (a «Т»'s, a «Г»'s).
    band = max(height // 6, 1)
    top, foot = (_spread(crop[rows]) for rows in (slice(0, band), slice(height - band, height)))
    return _spread(middle) <= _BAR * height and foot >= 0.5 * top


def _spread(rows: npt.NDArray[np.bool_]) -> int:
    """How wide the ink of `rows` spreads, first to last inked column (0 for none)."""
    columns = np.flatnonzero(rows.any(axis=0))
    return int(columns[-1] - columns[0] + 1) if columns.size else 0


def _stands_on_a_point(crop: npt.NDArray[np.bool_], band: int) -> bool:
    """A V's bottom: one point in the middle, where an X stands on two legs apart.

    The middle, not the spread of the ink: the box may hold a neighbour's
    corner (a kerned «.» after the V) and a blurred photo thickens the point.
    A condensed X's legs reach into the middle band, but a row of its bottom
    still holds ink left and right of the centre with none at it.  Not a
    pixel's notch there: a V's inner corner may stand that low (Arial's at
    30-60 px, a crisp scan's), where its arms leave a pixel between them.
    """
    width = crop.shape[1]
    bottom = crop[-band:]
    if not bottom[:, int(0.4 * width) : max(int(0.6 * width) + 1, int(0.4 * width) + 1)].any():
        return False
    centre = width // 2
    apart = max(1.0, _LEGS_APART * width)
    for row in bottom:
        if row[centre]:
            continue
        left, right = np.flatnonzero(row[:centre]), np.flatnonzero(row[centre:])
        if left.size and right.size and centre + right[0] - left[-1] - 1 >= apart:
            return False
    return True


def _is_v(blob: Blob, bw: Image) -> bool:
    """A lone «У» that is the numeral V («Участие в V …»): its lower half mirrors itself.

    The V's point stands under the middle of its arms; the Cyrillic У's
    stem runs on down to the left, so its lower half and its mirror image
    share far less ink.
    """
    crop = bw[blob.y0 : blob.y1, blob.x0 : blob.x1] > 0
    lower = crop[crop.shape[0] // 2 :]
    ink = int(lower.sum())
    if not ink or _roman_letter(blob, bw) != "V":
        return False
    return float((lower & lower[:, ::-1]).sum()) / ink >= _MIRRORED


def _is_l(crop: npt.NDArray[np.bool_], band: int) -> bool:
    """A stem at the left standing on a foot to the right, nothing above the foot at the right."""
    height, width = crop.shape
    stem = crop[:, : max(width // 3, 1)].any(axis=1).mean() >= _L_STEM
    foot = crop[-band:, :].any(axis=0).mean() >= _L_STEM
    top_right = crop[: height // 2, width // 2 + 1 :]
    open_top = top_right.size > 0 and top_right.mean() <= _L_EMPTY  # a bar a pixel wide has no right half
    return bool(stem and foot and open_top)


def _misread_numeral(reading: str, numeral: str) -> bool:
    """Could `reading`, one character per glyph, be no word but `numeral` misread?

    A real word or number read glyph for glyph («ИХ», «12») is left alone:
    the reading must be more than one glyph and be three capitals or more of
    the numerals' look-alikes only, hold a mark Tesseract makes of a bar
    («!», «]», «|»), a Latin letter for another glyph's (a small one for a
    capital: «Iv»; any but I for a bar: «WV»), or an L read as a letter of
    its shape («Е»).
    """
    if len(reading) < 2:
        return False  # one mark («№», a footnote's «*») is a sign of its own
    if len(reading) >= _NO_WORD and _ROMAN_LETTERS.match(reading) and _CYRILLIC_CAPITAL.search(reading):
        return True  # no word of three or more capitals is made of «Х», «И», «М», «Ш», «У» alone
    if any(ch in _NUMERAL_MARKS for ch in reading):
        return True
    # A Latin letter read for another letter's glyph: a small one for a capital as tall as the
    # numeral's others («Iv.» for «IV.»), or a letter no bar is for a bar («WV» for «IV»).
    pairs = list(zip(reading, numeral, strict=False))
    if any(r.isascii() and r.isalpha() and r != n and (r.upper() == n or n == "I") for r, n in pairs):
        return True
    return any(n == "L" and r in _L_READINGS for r, n in pairs)


def _capital_height(line: Line, letters: list[Blob], baseline: float, page: float | None = None) -> float:
    """How tall the line's capitals are, from the letters standing on its baseline.

    Descenders would inflate the figure, so only letters ending at the
    baseline count; a line of small letters gets 1.3 x-heights, a line of
    capitals (its recognised text tells) the median letter.  A line of small
    letters misread in capitals («• МИНСК») has a median of small letters:
    where its tallest letter stands as high as the page's capitals (`page`)
    and the median well lower, the tallest is its capitals' height.
    """
    typical = median([b.y1 - b.y0 for b in letters])
    standing = [b.y1 - b.y0 for b in letters if abs(b.y1 - baseline) <= 0.15 * typical] or [int(typical)]
    # Digits stand as high as capitals (a date's «23-24» has no small letter to measure).
    text = [ch for w in line.words for ch in w.text if ch.isalnum()]
    if text and sum(ch.isupper() or ch.isdigit() for ch in text) >= _CAPS_LINE * len(text):
        # Not the points and commas among them.
        middle = median([h for h in standing if h >= _PUNCTUATION * max(standing)])
        if page and middle < _SMALL_MAX * page and abs(max(standing) - page) <= (1 - _SMALL_MAX) * page:
            return float(max(standing))
        return middle
    x_height = percentile(standing, 25)
    tall = [h for h in standing if h > _TALLER * x_height]
    return median(tall) if tall else _CAPS_PER_X * x_height


def _raised(blobs: list[Blob], baseline: float, letter: float, glued: bool = False) -> bool:
    """Small, above the baseline, and up at the height of capitals (a hyphen stays lower).  A mark
    `glued` to a word's end (one Tesseract word with it: the line's baseline is that word's) may
    be as tall as a web page's marker; a word of its own may be a line beside the line, set a
    little higher (initials «РФ» beside a title's line), which no word's end vouches for."""
    if not blobs:
        return False
    top, bottom = min(b.y0 for b in blobs), max(b.y1 for b in blobs)
    high = glued and baseline - top >= _TALL_MARKER_REACH * letter
    size, lift = (_TALL_MARKER_SIZE, _TALL_MARKER_LIFT) if high else (_MARKER_SIZE, _LIFT)
    reaches = baseline - top >= _MARKER_REACH * letter
    return reaches and bottom < baseline - lift * letter and bottom - top <= size * letter


def _raised_ink(
    blobs: list[Blob], baseline: float, letter: float, bw: Image | None, glued: bool = False
) -> list[Blob] | None:
    """`blobs` as a raised marker's ink, or None: as they are, or without the underline a web
    page's link draws at its foot («Праздники¹» with the «¹» a link to the note: the bar joins
    the figure's foot to the text's underline height, and the glyph no longer floats).  Without
    `bw` (a dash: no marker's reading), as they are only."""
    if _raised(blobs, baseline, letter, glued):
        return blobs
    if bw is None or not blobs or max(b.y1 for b in blobs) >= baseline - _LIFT_LOW * letter:
        return None
    bare = _underline_off(blobs, bw, letter)
    return bare if bare != blobs and _raised(bare, baseline, letter, glued) else None


def _over_underline(blob: Blob, baseline: float, letter: float, bw: Image) -> bool:
    """Is `blob`, glued to a word's end, a raised glyph over an underline whose foot stands lower
    than a marker's would (`_raised_ink`)?  Only a foot above the baseline is looked at."""
    return blob.y1 < baseline - _LIFT_LOW * letter and _raised_ink([blob], baseline, letter, bw, True) is not None


def _underline_off(blobs: list[Blob], bw: Image, letter: float) -> list[Blob]:
    """`blobs` without an underline at their foot: a bar of its own under another of them, or
    the bottom rows of one, inked across its width and thin, with ink over them."""
    thick = max(_UNDERLINE_THICK * letter, 2)
    out = []
    for blob in blobs:
        flat = blob.y1 - blob.y0 <= thick and blob.x1 - blob.x0 >= 2 * (blob.y1 - blob.y0)
        if flat and any(o is not blob and o.y1 <= blob.y0 + 1 and o.x0 < blob.x1 and blob.x0 < o.x1 for o in blobs):
            continue
        out.append(_glyph_over_bar(blob, bw, letter, thick))
    return out


def _glyph_over_bar(blob: Blob, bw: Image, letter: float, thick: float) -> Blob:
    """`blob` without the bar of its bottom rows, where one is there (see `_underline_off`)."""
    crop = bw[blob.y0 : blob.y1, blob.x0 : blob.x1] > 0
    across = crop.sum(axis=1) >= _UNDERLINE_ACROSS * crop.shape[1]
    bar = 0
    while bar < len(across) and across[len(across) - 1 - bar]:
        bar += 1
    glyph = crop[: len(across) - bar]
    rows = np.flatnonzero(glyph.any(axis=1))
    if not bar or bar > thick or not rows.size or rows[-1] - rows[0] + 1 < _OVER_UNDERLINE * letter:
        return blob
    glyph = glyph[rows[0] : rows[-1] + 1]
    cols = np.flatnonzero(glyph.any(axis=0))
    glyph = glyph[:, cols[0] : cols[-1] + 1]
    return Blob(
        blob.x0 + int(cols[0]),
        blob.y0 + int(rows[0]),
        blob.x0 + int(cols[-1]) + 1,
        blob.y0 + int(rows[-1]) + 1,
        float(glyph.mean()),
    )


def _split_tail(word: Word, blobs: list[Blob], baseline: float, letter: float, bw: Image) -> list[Word]:
    """«МАГ!» → «МАГ» + a raised «1» when the word ends in a raised glyph Tesseract misread.

    Punctuation after the marker («МАГ¹:» read «МАГ":») is set aside first
    and follows the marker.
    """
    stripped = word.text.rstrip(_AFTER_MARKER)
    trail = word.text[len(stripped) :]
    tail = _raised_tail(blobs, baseline, letter, bw)
    if trail == ":" and stripped and tail and not _quote_shaped(tail, trail):
        # «МАГ¹» read «МАГ:»: a colon's lower dot stands on the baseline, so ink after the last
        # glyph that reaches the baseline, all of it up at the capitals' height, is no colon.
        return _with_marker(word, stripped, trail, tail)
    if trail and stripped:
        count = sum(2 if ch in ":;" else 1 for ch in trail)
        marks = sorted(blobs, key=lambda b: b.x1)[-count:]
        if trail == ":" and len(marks) == 2 and (parted := _colon_run_into_marker(marks, baseline, letter)):
            # «форуме¹:»: the colon's upper dot ran into the marker before it.
            marker, dot = parted
            blobs = [marker if b in marks and b is not dot else b for b in blobs]
            marks = [dot]
        if len(blobs) <= len(marks) or any(b.y1 - b.y0 > _PUNCTUATION * letter for b in marks):
            return [word]
        cut = min(b.x0 for b in marks)
        rest = [b for b in blobs if b not in marks]
        parts = _split_tail(Word(stripped, word.x0, cut, word.top, word.bottom, word.size), rest, baseline, letter, bw)
        if len(parts) == 1:
            return [word]
        parts[-1].text += trail
        parts[-1].x1 = word.x1
        return parts
    if not tail:
        kerned = _kerned_marker(word, blobs, baseline, letter)
        return _with_marker(word, word.text[:-1], word.text[-1], [kerned]) if kerned else [word]
    last = word.text[-1:]
    if _quote_shaped(tail, last):
        return [word]
    head = word.text
    if last in _UNREAD_AFTER:
        pass  # «будущего»¹»: the raised glyph after the closing quote was not read at all
    elif not last.isalnum() and last not in _TAIL_READINGS:
        return [word]  # a glyph Tesseract read as punctuation of its own («"», «-»)
    # A marker is one or two glyphs read, or a run of stars (counted from the ink); a raised figure
    # read as such after a word's letters is its number («марафон²» read «марафон2»).
    while head and head[-1] in _TAIL_READINGS and (len(word.text) - len(head) < 2 or head[-1] == "*"):
        head = head[:-1]
    if head == word.text and len(head) > 1 and head[-1].isdecimal() and head[-2].isalpha():
        if head[:-1].lower() in _UNITS:
            return [word]  # «м²», «км²»: a unit's power
        head = head[:-1]
    if not head:
        return [word]
    return _with_marker(word, head, word.text[len(head) :], tail)


def _tail_read_as_comma(word: Word, blobs: list[Blob], baseline: float, letter: float) -> None:
    """«Новгород,» for «Новгород»: the tail of a last «д», «ц» or «щ» read as a comma after it.

    Those letters end in a stroke below the baseline at their right, where a
    comma stands.  A comma printed there is ink of its own after the letter
    (or, run into it, makes its glyph wider than tall); here the word's last
    glyph is the letter alone, standing on the baseline and a letter tall.
    """
    text = word.text
    if len(text) < _TAILED_WORD or text[-1] != "," or text[-2] not in _TAILED_LETTERS:
        return
    own = _own_blobs(word, blobs)
    if not own:
        return
    last = max(own, key=lambda b: b.x1)
    descends = last.y1 - baseline >= _LIFT_LOW * letter
    if descends and last.x1 - last.x0 <= last.y1 - last.y0 and last.y0 < baseline - _PUNCTUATION * letter:
        word.text = text[:-1]


def _colon_run_into_marker(marks: list[Blob], baseline: float, letter: float) -> tuple[Blob, Blob] | None:
    """A word's last two glyphs as a raised marker and the colon's lower dot, or None.

    Set close after a footnote marker («форуме¹:»), the colon's upper dot
    runs into the marker's ink: one raised glyph and one dot on the baseline
    are left where two dots were looked for.  The marker is what stands left
    of the dot (the upper dot widens it to a quotation mark's shape).
    """
    dots = [b for b in marks if b.y1 - b.y0 <= _PUNCTUATION * letter and abs(b.y1 - baseline) <= _LIFT * letter]
    raised = [b for b in marks if _raised([b], baseline, letter)]
    if len(dots) != 1 or len(raised) != 1 or dots[0] is raised[0]:
        return None
    dot, glyph = dots[0], raised[0]
    # (A raised glyph no taller than the dot is the colon's upper dot alone, a pixel aside.)
    if not glyph.x0 < dot.x0 < glyph.x1 or glyph.y1 - glyph.y0 < _MARKER_OVER_DOT * (dot.y1 - dot.y0):
        return None
    return Blob(glyph.x0, glyph.y0, dot.x0, glyph.y1, glyph.fill), dot


def _kerned_marker(word: Word, blobs: list[Blob], baseline: float, letter: float) -> Blob | None:
    """«МАГ¹» read «МАГ!» with the «¹» kerned into the «Г»: the marker's ink, as a blob of its own.

    The reading ends in a mark no letter of the word is, the glyphs are fewer
    than the characters read, and the last glyph rises above the capitals'
    top and above the word's other glyphs: its upper right is the marker.
    """
    own = _own_blobs(word, blobs)
    text = word.text
    if len(text) < _KERNED_WORD or text[-1] not in _KERNED_READINGS or not text[-2].isalpha() or not own:
        return None
    last = max(own, key=lambda b: b.x1)
    others = [b for b in own if b is not last]
    if not others or len(own) >= len(text) or baseline - last.y0 < (1 + _KERNED_RISE) * letter:
        return None
    if last.y0 > min(b.y0 for b in others) - _KERNED_RISE * letter:
        return None  # the other letters stand as high: no marker rises above them
    return Blob(round(last.x1 - _KERNED_WIDTH * letter), last.y0, last.x1, round(baseline - _LIFT * letter), last.fill)


def _raised_tail(blobs: list[Blob], baseline: float, letter: float, bw: Image) -> list[Blob] | None:
    """The ink after a word's last glyph that stands on the baseline, when all of it is raised (a
    raised glyph whose link's underline comes down near the baseline stands on no baseline)."""
    body = [b for b in blobs if b.y1 >= baseline - _LIFT * letter and not _over_underline(b, baseline, letter, bw)]
    if not body:
        return None
    tail = [b for b in blobs if b.x0 >= max(b.x1 for b in body) - 1]
    return _raised_ink(tail, baseline, letter, bw, glued=True) if tail else None


def _with_marker(word: Word, head: str, reading: str, tail: list[Blob]) -> list[Word]:
    """`word` as its `head` and the raised marker that `reading` (its `tail` of ink) stands for."""
    split = min(b.x0 for b in tail)
    return [
        Word(head, word.x0, split, word.top, word.bottom, word.size),
        Word(marker_text(reading, tail), split, word.x1, word.top, word.bottom, word.size, raised=True),
    ]


def _quote_shaped(blobs: list[Blob], reading: str) -> bool:
    """Is a raised glyph a quotation mark («"»), not a footnote marker?

    A quotation mark is two strokes side by side; blurred (a photo, a low
    resolution) they run into one blob at least as wide as it is tall,
    while «¹» and «ⁱ» stand narrow (the stacked dot of «ⁱ» is a second blob
    above, not beside).  A raised «*» is as wide, but Tesseract reads it so.
    """
    if len(blobs) > 1:
        return all(_side_by_side(blobs[0], b) for b in blobs[1:])
    return reading != "*" and blobs[0].x1 - blobs[0].x0 >= _QUOTE_WIDTH * (blobs[0].y1 - blobs[0].y0)


def _hollow_quote(blob: Blob, bw: Image) -> bool:
    """An opening quote («“») blurred into one blob, not an «*»: as wide as a star, but its two
    strokes leave its middle column nearly empty, where a star has its upright arm."""
    if blob.x1 - blob.x0 < _QUOTE_WIDTH * (blob.y1 - blob.y0):
        return False
    # A box an even number of pixels wide has its middle between two columns, and a thin arm stands
    # in either («*» of Times at 10 px: its arm one column left of `(x0 + x1) // 2`): the fuller one.
    middle = {(blob.x0 + blob.x1 - 1) // 2, (blob.x0 + blob.x1) // 2}
    ink = max(int(np.count_nonzero(bw[blob.y0 : blob.y1, x])) for x in middle)
    return ink < _QUOTE_MIDDLE * (blob.y1 - blob.y0)


def _side_by_side(first: Blob, other: Blob) -> bool:
    """Two strokes of a quotation mark: as tall as each other, at one height, the second to the right.

    Blurred, slanted ticks may overlap by a pixel or two across; a «¹» broken
    in two (its flag and stem) is no pair of equal strokes, nor an «ⁱ» (its dot above).
    """
    heights = sorted((first.y1 - first.y0, other.y1 - other.y0))
    narrower = min(first.x1 - first.x0, other.x1 - other.x0)
    across = min(first.x1, other.x1) - max(first.x0, other.x0)
    level = min(first.y1, other.y1) - max(first.y0, other.y0)
    return (
        other.x0 > first.x0
        and across <= _TICKS_OVERLAP * narrower
        and heights[0] >= _TICKS_ALIKE * heights[1]
        and level >= _TICKS_ALIKE * heights[0]
    )


def _inner_dash(
    word: Word, blobs: list[Blob], letter: float, figure: float | None = None, bw: Image | None = None
) -> Word:
    """«май-август» → «май–август»: a dash between two words without spaces, by its length.

    Tesseract reads every dash inside a word as a hyphen.  The one dash of
    the word is the flat blob between its letters; as long as an en dash,
    it is one (a hyphen is about half as long).  Measured against the line's
    figures where it has some (`figure`), else against the word's capitals.
    A 1-bit scan may run the dash of a range of figures into a figure
    («20–22»: «0–» one blob); its length is then the run of columns of that
    blob holding the dash's band alone (`bw` given).
    A range of figures read with an em dash («1—4») is measured as well:
    Tesseract reads a range's en dash so; as long as an em dash, it stays.
    """
    em = _EM_RANGE.match(word.text) is not None
    read = word.text.replace("—", "-") if em else word.text
    if read.count("-") != 1 or not (_DASH_BETWEEN.search(read) or read.endswith("-")):
        return word
    probe = replace(word, text=read) if em else word
    measured = _dash_length(probe, blobs, letter, figure, bw)
    if measured is None:
        return word
    length, own, letters = measured
    figure = figure or _own_figure(probe, own)
    if not _en_long(probe, length, letters, figure):
        return word
    if em and length >= (_EM_DASH_FIGURES * figure if figure else _EM_DASH * letter):
        return word
    word.text = read.replace("-", "–")
    return word


def _dash_length(
    word: Word, blobs: list[Blob], letter: float, figure: float | None, bw: Image | None
) -> tuple[float, list[Blob], list[Blob]] | None:
    """The length of the one dash inside `word` (read with a hyphen), with the word's own glyphs and
    those of its letters; None where no one dash shows."""
    own = _own_blobs(word, blobs)
    letters = [b for b in own if b.y1 - b.y0 > _FLAT * letter]
    if not letters:
        return None
    # Flat and between the letters' top and bottom: not the breve of a «й» above them.
    top = median([b.y0 for b in letters])
    flat = [b for b in own if b.y1 - b.y0 <= _FLAT * letter and b.x1 - b.x0 >= 2 * (b.y1 - b.y0) and b.y0 > top]
    if len(flat) == 1:
        return flat[0].x1 - flat[0].x0, own, letters
    if not flat and bw is not None and _FIGURE_RANGE.match(word.text):
        one = figure or median([b.x1 - b.x0 for b in letters])
        runs = [run for b in letters if b.x1 - b.x0 > _MERGED_FIGURE * one and (run := _flat_run(b, bw, letter))]
        if len(runs) == 1:
            return runs[0], own, letters
    return None


def _en_long(word: Word, length: float, letters: list[Blob], figure: float | None) -> bool:
    """Is a dash `length` long inside `word` as long as an en dash, against the figures' width
    (`figure`) or else the word's capitals or small letters?"""
    if figure is not None:
        return length >= _EN_DASH_FIGURES * figure
    # The word's own capitals' height: the line's may be misjudged on a line of small letters.
    # Not the quotes round it: lower than small letters, they set its x-height low («Соседи-фест»
    # in «»: its small letters taken for capitals, its hyphen for an en dash).
    letters = _without_quotes(word.text, letters)
    baseline = median([b.y1 for b in letters])
    capitals = _capital_height(Line([word]), letters, baseline)
    # Or its small letters' width, which a photo squeezes sideways as it does the dash, and which an
    # ascender («б», «д») does not stretch as it does the capitals' height.
    # Small letters only: not the quotes and commas round a word of capitals («МАГ-ИНФО»,).
    smalls = [
        b.x1 - b.x0
        for b in letters
        if _PUNCTUATION * capitals <= b.y1 - b.y0 < _SMALL_MAX * capitals and b.y1 >= baseline - _LIFT_LOW * capitals
    ]
    lower = sum(ch.islower() for ch in word.text) >= _SMALL_SAMPLES
    wide = lower and len(smalls) >= _SMALL_SAMPLES and length >= _EN_DASH_SMALLS * median(smalls)
    return length >= _INNER_EN_DASH * capitals or wide


def _without_quotes(text: str, letters: list[Blob]) -> list[Blob]:
    """The word's glyphs but those of the quotation marks it opens or ends with: the glyphs at that
    end lower than the median glyph (a «» is two small strokes)."""
    ordered = sorted(letters, key=lambda b: b.x0)
    typical = median([b.y1 - b.y0 for b in ordered])
    low = [b.y1 - b.y0 < _QUOTE_LOW * typical for b in ordered]
    start, end = 0, len(ordered)
    if text[:1] in _QUOTES:
        while start < end - 1 and low[start]:
            start += 1
    if text[-1:] in _QUOTES | {"»"}:
        while end > start + 1 and low[end - 1]:
            end -= 1
    return ordered[start:end]


def _own_figure(word: Word, own: list[Blob]) -> float | None:
    """The width of a range of figures' own figures, one glyph each («10-11»: its «0»), where the
    line has too few to measure (`_figure_width`): a figure is as wide as an en dash in any font,
    where a range's figures against the capitals' height vary with the font and the threshold."""
    if not _FIGURE_RANGE.match(word.text) or len(own) != len(word.text):
        return None
    widths = [b.x1 - b.x0 for ch, b in zip(word.text, own, strict=True) if ch in _FIGURES]
    return median(widths) if widths else None


def _flat_run(blob: Blob, bw: Image, letter: float) -> int:
    """The longest run of the blob's columns whose ink is one flat band at mid-height (a dash run
    into a figure), in pixels; 0 where there is none."""
    crop = bw[blob.y0 : blob.y1, blob.x0 : blob.x1] > 0
    height = blob.y1 - blob.y0
    longest = run = 0
    for column in crop.T:
        rows = np.flatnonzero(column)
        band = len(rows) and rows[-1] - rows[0] + 1 <= _FLAT * letter
        middle = band and height * _DASH_LOW < rows[0] and rows[-1] < height * _DASH_HIGH
        run = run + 1 if middle else 0
        longest = max(longest, run)
    return longest


def _own_blobs(word: Word, blobs: list[Blob]) -> list[Blob]:
    """The glyphs of `blobs` whose middle stands within `word`'s box."""
    return [b for b in blobs if word.x0 <= (b.x0 + b.x1) / 2 < word.x1]


def _split_head(word: Word, blobs: list[Blob], baseline: float, letter: float) -> list[Word]:
    """«¹По» → a raised «1» + «По»: a footnote marker opening a footnote, read into the word.

    Tesseract drops the small raised glyph or reads it as «'» or «1»; the
    word's box still holds it, standing apart before the letters.
    """
    body = [b for b in blobs if b.y1 >= baseline - _LIFT * letter and word.x0 <= b.x0 < word.x1]
    if not body or word.text[:1] in _QUOTES:
        return [word]
    start = min(b.x0 for b in body)
    head = [b for b in blobs if word.x0 - 1 <= b.x0 and b.x1 < start]
    if not head or not _raised(head, baseline, letter):
        return [word]
    if _quote_shaped(head, word.text[:1]):
        return [word]
    text = word.text
    if len(text) > 1 and text[0] in _MARKER_READINGS and text[1].isalnum():
        text = text[1:]
    return [
        Word(
            marker_text(word.text[: len(word.text) - len(text)]),
            word.x0,
            start,
            word.top,
            word.bottom,
            word.size,
            raised=True,
        ),
        Word(text, start, word.x1, word.top, word.bottom, word.size),
    ]


def _small_letters(word: Word, blobs: list[Blob], capital: float, small: float | None) -> Word:
    """A word read in capitals whose letters stand as high as small ones is written small.

    Tesseract reads Cyrillic small letters shaped like capitals («и», «н»,
    «ю», «в») as capitals.  Heights are measured from the baseline up, so
    descenders do not count; a first letter of capital height stays a capital.
    A word most of whose width stands as high as capitals stays as read.
    Where the page's small letters were measured (`small`), a letter is tall
    above the middle of the two heights: fonts differ in how tall small
    letters stand (0.65-0.77 of the capitals).
    """
    baseline = median([b.y1 for b in blobs])
    tops = [baseline - b.y0 for b in blobs]
    # Letters merged into one blob count by their width; punctuation (lower than small letters) not at all.
    letters = [(b.x1 - b.x0, top) for b, top in zip(blobs, tops, strict=True) if top >= _PUNCTUATION * capital]
    limit = _tall(capital, small)
    tall = sum(width for width, top in letters if top >= limit)
    if not letters or tall >= 0.5 * sum(width for width, _ in letters):
        return word
    text = word.text.lower()
    word.text = text[0].upper() + text[1:] if len(tops) > 1 and tops[0] >= limit else text
    return word


def _tall(capital: float, small: float | None) -> float:
    """The height above which a letter stands as a capital: where the page's small letters were
    measured, the middle of the two heights (fonts differ in how tall small letters stand, 0.65-0.77
    of the capitals)."""
    return (small + capital) / 2 if small and small < _SMALL_MAX * capital else _SMALL * capital


def _small_high(blob: Blob, capital: float, small: float | None) -> bool:
    """Does a glyph standing on the baseline (no descender: «0», «о») stand no taller than small letters,
    yet taller than punctuation?"""
    return _PUNCTUATION * capital <= blob.y1 - blob.y0 < _tall(capital, small)


def _dash(blob: Blob, letter: float, figure: float | None = None) -> str:
    """A dash standing alone, by its length: Tesseract reads «–» and «—» alike.

    Measured against the line's figures where it has some (`figure`), else
    against its capitals.
    """
    if figure is not None:
        length = (blob.x1 - blob.x0) / figure
        return "-" if length < _EN_DASH_FIGURES else "–" if length < _EM_DASH_FIGURES else "—"
    length = (blob.x1 - blob.x0) / max(letter, 1.0)
    return "-" if length < _EN_DASH else "–" if length < _EM_DASH else "—"


def _whole_dash(line: Line, word: Word, blob: Blob, bw: Image) -> Blob:
    """A lone dash's whole ink: Tesseract's box may hold a part of it («30 июля – 1 августа» in a
    photo: 4 of the dash's 11 pixels, read as a hyphen).  Its ink is looked for out to the
    neighbouring words' boxes; the flat blob there that holds the part is the dash."""
    at = line.words.index(word)
    left = line.words[at - 1].x1 + 1 if at > 0 else word.x0 - (word.bottom - word.top)
    right = line.words[at + 1].x0 - 1 if at + 1 < len(line.words) else word.x1 + (word.bottom - word.top)
    if left >= word.x0 and right <= word.x1:
        return blob
    around = ink_blobs(bw, min(left, word.x0), word.top, max(right, word.x1), word.bottom)
    for found in around:
        # As thin as the part: a dash run into a letter beside it is no longer dash.
        flat = found.x1 - found.x0 >= found.y1 - found.y0 and found.y1 - found.y0 <= 2 * (blob.y1 - blob.y0)
        if flat and found.x0 <= blob.x0 and found.x1 >= blob.x1 and found.y0 <= blob.y0 and found.y1 >= blob.y1:
            return found
    return blob


def _figure_width(line: Line, blobs: dict[int, list[Blob]]) -> float | None:
    """The median ink width of the line's figures (not «1»), from words read as numbers.

    Where every character is one glyph («17-19»), each figure's own width;
    where figures ran together («30» as one blob), a word of figures alone
    («2030») gives its width shared among them (the gaps between figures are
    a pixel or so).
    """
    widths: list[float] = []
    for word in line.words:
        shape = blobs[id(word)]
        if not _NUMBER_READ.match(word.text) or not shape:
            continue
        if len(shape) == len(word.text):
            widths.extend(b.x1 - b.x0 for ch, b in zip(word.text, shape, strict=True) if ch in _FIGURES)
        elif word.text.isdigit() and set(word.text) <= _FIGURES and len(shape) < len(word.text):
            share = (max(b.x1 for b in shape) - min(b.x0 for b in shape)) / len(word.text)
            widths.extend([share] * len(word.text))
    return median(widths) if len(widths) >= _FIGURE_SAMPLES else None


def _split_at_spaces(word: Word, blobs: list[Blob], size: float) -> list[Word]:
    """«ив» → «и», «в» where a space-wide gap parts the word's letters.

    Only when each character is one blob, so that the gap can be placed
    between the right characters (not in «ы», «й», «:» …).
    """
    inside = _own_blobs(word, blobs)
    if len(inside) < 2:
        return [word]
    if len(inside) != len(word.text) or any(ch in _MULTI_BLOB for ch in word.text):
        return _split_preposition(word, inside, size)
    words: list[Word] = []
    start = 0
    # A «1» takes a figure's room, its ink narrower: the room after it in «15» is no space.
    figures = [b.x1 - b.x0 for b, ch in zip(inside, word.text, strict=True) if ch.isdigit() and ch != "1"]
    figure = max(figures, default=0)
    for i in range(1, len(inside)):
        room = 0
        if word.text[i - 1] == "1" and word.text[i].isdigit():
            room = max(figure - (inside[i - 1].x1 - inside[i - 1].x0), 0)
        if inside[i].x0 - max(b.x1 for b in inside[:i]) >= _WORD_GAP * size + room:
            words.append(Word(word.text[start:i], inside[start].x0, inside[i - 1].x1, word.top, word.bottom, word.size))
            start = i
    if not words:
        return [word]
    words.append(Word(word.text[start:], inside[start].x0, word.x1, word.top, word.bottom, word.size))
    if any(len(w.text) == 1 and w.text.isalpha() and w.text not in _ONE_LETTER_WORDS for w in words):
        return [word]
    return words


def _split_preposition(word: Word, inside: list[Blob], size: float) -> list[Word]:
    """«всфере» → «в», «сфере», «разв» → «раз», «в»: a one-letter word glued to the next or to the
    one before, when letters have run together.

    Where the glyphs do not map one to one onto the characters read (two
    letters touching), a gap can still be placed after the first glyph (or
    before the last) when it is one letter wide and a word by itself.
    """
    average = (word.x1 - word.x0) / len(word.text)
    first, rest = word.text[:1], word.text[1:]
    if first in _ONE_LETTER_WORDS and rest[:1].isalpha() and first.isalpha():
        head = inside[0]
        if head.x1 - head.x0 <= 1.3 * average and inside[1].x0 - head.x1 >= _WORD_GAP * size:
            return [
                Word(first, head.x0, head.x1, word.top, word.bottom, word.size),
                Word(rest, inside[1].x0, word.x1, word.top, word.bottom, word.size),
            ]
    rest, last = word.text[:-1], word.text[-1:]
    if last in _ONE_LETTER_WORDS and last.isalpha() and last.islower() and rest[-1:].isalpha():
        tail, end = inside[-1], max(b.x1 for b in inside[:-1])
        if tail.x1 - tail.x0 <= 1.3 * average and tail.x0 - end >= _WORD_GAP * size:
            return [
                Word(rest, word.x0, end, word.top, word.bottom, word.size),
                Word(last, tail.x0, tail.x1, word.top, word.bottom, word.size),
            ]
    return [word]


def _unread_numerals(
    line: Line, bw: Image, baseline: float, letter: float
) -> list[tuple[tuple[Word, Word], list[Blob]]]:
    """«в III Международном форуме»: a Roman numeral of plain bars that Tesseract left out entirely.

    Its ink stands in the room between two words, in no word's box, before
    a capitalised word (the event's name after its edition): one to three
    bars as tall as the capitals, solid and narrow, standing on the
    baseline, and nothing else there.  Or it opens the line before a
    period's word («III квартал» read «квартал»), in the room as wide as a
    numeral and its space left of it, or inside the word's own box where
    that room is empty (`_bars_in_box`: the word then starts at its first
    letter).  Each such numeral as a new word and the word it goes before,
    with its bars.
    """
    found = []
    pairs: list[tuple[Word | None, Word]] = (
        [(None, line.words[0]), *itertools.pairwise(line.words)] if line.words else []
    )
    for before, after in pairs:
        if before is None:
            # A line of small letters only measures its capitals off the page's: its bars may
            # stand a little lower than that.
            if not after.text.lower().startswith(PERIOD_WORDS):
                continue
            start, tall = max(round(after.x0 - _BEFORE_PERIOD * letter), 0), _BAR_BEFORE_PERIOD
        elif not after.text[:1].isupper() or after.x0 - before.x1 < letter:
            continue
        else:
            start, tall = round(before.x1) + 2, _TALLER_BAR
        # Clear of the words' edges; before a period's word of small letters, up to the capitals' top.
        top = min(line.top, baseline - letter - 2) if before is None else line.top
        ink = ink_blobs(bw, start, top, after.x0 - 2, line.bottom)
        # (Bars swollen by noise only before a period's word: between words a thick stroke is a
        # letter's as often, «Д.А. | Орлов».)
        bars = [b for b in ink if _plain_bar(b, tall, baseline, letter, bw if before is None else None)]
        if before is None and not ink and (boxed := _bars_in_box(after, bw, tall, baseline, letter)) is not None:
            # The word's box took the numeral in: the word starts at its first letter.
            ink = bars = boxed[0]
            after.x0 = boxed[1]
        if not 0 < len(bars) <= 3 or len(bars) != len(ink):
            continue
        height = before or after
        word = Word("I" * len(bars), bars[0].x0, bars[-1].x1, height.top, height.bottom, height.size)
        found.append(((word, after), bars))
    return found


def _numeral_over_underline(line: Line, bw: Image, baseline: float, letter: float) -> None:
    """«I квартал» set as an underlined heading (a web page's link or <u>), read «_____ квартал»:
    Tesseract took the numeral and the underline under it for the underline alone.  Over the
    underline, before the period's word, each glyph standing on the baseline as tall as the
    capitals is one of the numeral's letters (`_roman_letter`, serifs and all)."""
    if len(line.words) < 2 or set(line.words[0].text) != {"_"}:
        return
    first, after = line.words[:2]
    if not after.text.lower().startswith(PERIOD_WORDS):
        return
    ink = ink_blobs(bw, first.x0, baseline - _UNDERLINED_REACH * letter, after.x0 - 2, baseline)
    if not 0 < len(ink) <= _NUMERAL_LETTERS:
        return
    if any(b.y1 - b.y0 < _TALLER_BAR * letter or abs(b.y1 - baseline) > _LIFT_LOW * letter for b in ink):
        return
    numeral = "".join(read for b in ink if (read := _roman_letter(b, bw, serif_stem=True)) is not None)
    if len(numeral) == len(ink) and is_roman_numeral(numeral):
        first.text, first.x0, first.x1 = numeral, ink[0].x0, ink[-1].x1


def _bar_marks_as_numeral(line: Line, blobs: dict[int, list[Blob]], baseline: float, letter: float) -> None:
    """«{ квартал», «( полугодие»: a line opening with marks Tesseract made of a Roman numeral's
    plain bars (a 1-bit scan's thin I read as a brace or a bracket) before a period's word; each
    mark one plain bar (`_plain_bar`), nothing else in its box, is an I."""
    if len(line.words) < 2 or not line.words[1].text.lower().startswith(PERIOD_WORDS):
        return
    first = line.words[0]
    ink = blobs[id(first)]
    if (
        first.text
        and set(first.text) <= _BAR_MARKS
        and len(ink) == len(first.text)
        and all(_plain_bar(b, _BAR_BEFORE_PERIOD, baseline, letter) for b in ink)
    ):
        first.text = "I" * len(ink)


def _bar_shaped(blob: Blob) -> bool:
    """Is the blob narrow and solid as a plain bar (a Roman I), whatever its height?"""
    return blob.x1 - blob.x0 <= _BAR * (blob.y1 - blob.y0) and blob.fill >= _SOLID_ENOUGH


def _plain_bar(blob: Blob, tall: float, baseline: float, letter: float, bw: Image | None = None) -> bool:
    """Is the blob a plain bar (a Roman I): `tall` capitals tall at least, narrow, solid, standing
    on the baseline?  With `bw`, narrow and solid by its rows where its box is not: a bar a
    scan's noise swelled by a pixel here and there (its box wider, emptier than its stroke)."""
    if blob.y1 - blob.y0 < tall * letter or abs(blob.y1 - baseline) > _LIFT_LOW * letter:
        return False
    return _bar_shaped(blob) or (bw is not None and _bar_by_rows(blob, bw))


def _bar_by_rows(blob: Blob, bw: Image) -> bool:
    """A stroke down the whole blob, its rows' ink no wider than a bar's (`_BAR` of its height) but
    where a pixel or two swell it, one run each."""
    crop = bw[blob.y0 : blob.y1, blob.x0 : blob.x1] > 0
    widths = crop.sum(axis=1)
    height = blob.y1 - blob.y0
    if not widths.all() or np.median(widths) > _BAR * height or widths.max() > 2 * np.median(widths):
        return False
    runs = (np.diff(crop.astype(np.int8), axis=1) == 1).sum(axis=1) + crop[:, 0]
    # Upright: the rows' middles stand within a stroke's width of each other (a bracket's curve).
    cols = np.arange(crop.shape[1])
    middles = (crop * cols).sum(axis=1) / widths
    return bool((runs == 1).mean() >= _SOLID and np.ptp(middles) <= max(2.0, float(np.median(widths))))


def _bars_in_box(word: Word, bw: Image, tall: float, baseline: float, letter: float) -> tuple[list[Blob], int] | None:
    """The plain bars (one to three) that open the word's own box a space or more before its first
    letter, and where that letter starts: Tesseract boxed «III квартал» as one word and read it
    «квартал».  (Asked of a word read as a period's, whose reading has no mark for them.)"""
    ink = ink_blobs(bw, word.x0, word.top, word.x1, word.bottom)
    bars: list[Blob] = []
    for blob in ink:
        if not _plain_bar(blob, tall, baseline, letter, bw):
            break
        bars.append(blob)
    rest = ink[len(bars) :]
    if not 0 < len(bars) <= 3 or not rest or rest[0].x0 - bars[-1].x1 < _SPACE_AFTER_SIGN * letter:
        return None
    return bars, rest[0].x0


def _unread_and(line: Line, bw: Image, baseline: float, letter: float) -> list[tuple[tuple[Word, Word], list[Blob]]]:
    """«13 и 14 сентября» read «13 14»: the «и» between two days that Tesseract left out.

    Its ink stands in the room between two days (the first before the
    second), in no word's box: one glyph of a small letter's height and
    width standing on the baseline, a stem down each side of it (no «х», «с»
    or «в»), nothing else there (no dash, no comma).  The month may stand
    on the next line of its cell, so it is not looked for.  Each such «и»
    as a new word and the day it goes before, with its glyph.
    """
    found = []
    for before, after in itertools.pairwise(line.words):
        first, second = before.text, after.text
        if not (first.isdecimal() and second.isdecimal() and 0 < int(first) < int(second) <= LAST_DAY):
            continue
        ink = ink_blobs(bw, before.x1 + 2, line.top, after.x0 - 2, line.bottom)  # clear of the words' edges
        if len(ink) != 1:
            continue
        glyph = ink[0]
        height, width = glyph.y1 - glyph.y0, glyph.x1 - glyph.x0
        small = _SMALL_LETTER[0] * letter <= height <= _SMALL_LETTER[1] * letter
        if (
            small
            and _LETTER_WIDE[0] * height <= width <= _LETTER_WIDE[1] * height
            and abs(glyph.y1 - baseline) <= _LIFT_LOW * letter
            and _two_stems(glyph, bw)
        ):
            word = Word("и", glyph.x0, glyph.x1, before.top, before.bottom, before.size)
            found.append(((word, after), [glyph]))
    return found


def _two_stems(glyph: Blob, bw: Image) -> bool:
    """Is the glyph inked down both its sides (two pixels in from each) over `_STEM_INKED` of its
    height, as «и», «н», «п» are and «х», «с», «в» are not?"""
    box = np.asarray(bw)[glyph.y0 : glyph.y1, glyph.x0 : glyph.x1] > 0
    if box.shape[1] < 4:
        return False
    return bool(box[:, :2].any(axis=1).mean() >= _STEM_INKED and box[:, -2:].any(axis=1).mean() >= _STEM_INKED)


def _unread_marker(line: Line, bw: Image, baseline: float, letter: float) -> tuple[Word, list[Blob]] | None:
    """«¹ Программа…», «** По согласованию…»: a footnote's marker that Tesseract did not read at all.

    Its ink stands just before the line's first word (a capital opens a
    footnote), small and raised to the capitals' top, in no word's box.
    """
    first = line.words[0]
    if first.raised or not first.text[:1].isupper():
        return None
    marks = _marks_before(first, bw, baseline, letter, _MARKER_ROOM)
    if marks is None:
        # «**» takes twice a star's room; looked for there only as two stars.
        marks = _marks_before(first, bw, baseline, letter, _STARS_ROOM)
        if marks is None or not _stars(marks, bw):
            return None
    reading = "**" if _stars(marks, bw) else "1"
    # Two strokes side by side are a quotation mark; one blob as wide as tall may be an «*».
    if max(b.y1 for b in marks) - min(b.y0 for b in marks) < _MARKER_LEAST * letter:
        return None
    if reading != "**" and len(marks) == 2 and _quote_shaped(marks, ""):
        return None
    if len(marks) == 1 and _hollow_quote(marks[0], bw):
        return None
    x0 = min(b.x0 for b in marks)
    return Word(reading, x0, first.x0, first.top, first.bottom, first.size, raised=True), marks


def _marks_before(first: Word, bw: Image, baseline: float, letter: float, room: float) -> list[Blob] | None:
    """The one or two raised blobs within `room` capitals' heights before `first`, nothing else there."""
    left = first.x0 - room * letter
    # Not up to the word's box: its first letter's ink may stand a pixel out of it.
    right = first.x0 - 2
    found = ink_blobs(bw, left, baseline - _MARKER_ABOVE * letter, right - 1, baseline)
    marks = [b for b in found if b.x0 > left and b.x1 < right]
    if len(marks) != len(found) or not 0 < len(marks) <= 2 or not _raised(marks, baseline, letter):
        return None
    return marks


def _stars(marks: list[Blob], bw: Image) -> bool:
    """«**» blurred into two dots: each as wide as tall and full down its middle (a quote's two
    strokes, the other raised pair, stand narrow or hollow), the two at one height (pieces of a
    stroke from the line above, a descender's tail broken by a photo's threshold, step down
    along it)."""
    if len(marks) != 2:
        return False
    first, second = marks
    return _level_step(first, second) <= _STARS_LEVEL * max(b.y1 - b.y0 for b in marks) and all(
        b.x1 - b.x0 >= _STAR_WIDTH * (b.y1 - b.y0) and not _hollow_quote(b, bw) for b in marks
    )


def _level_step(a: Blob, b: Blob) -> float:
    """How far apart in height the middles of two blobs stand."""
    return abs((a.y0 + a.y1) - (b.y0 + b.y1)) / 2


def marker_text(reading: str, shape: list[Blob] | None = None, peers: Sequence[Blob] = ()) -> str:
    """The marker as a digit for `superscript`: «ⁱ», «¹» and their misreadings are footnote 1.

    Asterisks read as such, each as wide as it is tall (`shape`: a «¹» is
    narrow) or the size of another star of the line (`peers`: a photo's blur
    leaves one of «**» a pixel narrower), stay asterisks: «**» is the second
    footnote, not the first.
    How many there are is counted from the ink, each about as wide as it is
    tall (two run together are one blob twice as wide): Tesseract reads a lone
    «*» after another word's as «**» («МАГ*» + «**» for «МАГ**»).
    """
    stars = reading.strip()
    if shape and stars and set(stars) == {"*"} and all(_star_shaped(b, peers) for b in shape):
        return "*" * sum(max(1, math.floor((b.x1 - b.x0) / max(b.y1 - b.y0, 1) + 2 - _TWO_STARS)) for b in shape)
    digits = [ch for ch in reading.translate(_MARKER_DIGITS) if ch.isdigit() and ch not in "01"]
    return digits[0] if len(digits) == 1 else "1"


def _star_shaped(blob: Blob, peers: Sequence[Blob] = ()) -> bool:
    """As wide as a star for its height, or of a size with one of `peers` (stars of the same line)."""
    width, height = blob.x1 - blob.x0, blob.y1 - blob.y0
    if width >= _STAR_WIDTH * height:
        return True
    return any(abs(p.x1 - p.x0 - width) <= 1 and abs(p.y1 - p.y0 - height) <= 1 for p in peers)


def _line_stars(words: list[Word], blobs: dict[int, list[Blob]]) -> list[Blob]:
    """The blobs of the line's marks read «*» that are shaped as stars by themselves."""
    return [b for w in words if w.text and set(w.text) == {"*"} for b in blobs[id(w)] if _star_shaped(b)]


def _has_hole(blob: Blob, bw: Image) -> bool:
    """Does the glyph enclose paper (a bullet is a solid disc, an «о» a ring however bold)?"""
    paper = (bw[blob.y0 : blob.y1, blob.x0 : blob.x1] == 0).astype(np.uint8)
    count, _labels, stats = components(paper, connectivity=4)
    height, width = paper.shape
    x, y, w, h, area = (stats[1:count, k] for k in range(5))
    # A pixel alone is a pinhole of the threshold, not a letter's counter.
    return bool(np.any((x > 0) & (y > 0) & (x + w < width) & (y + h < height) & (area >= 2)))


def _mark_bullet(line: Line, blobs: dict[int, list[Blob]], bw: Image, baseline: float, letter: float) -> None:
    """A small filled blob opening a line, centred on the next word's letters, is a bullet «•».

    One raised to the capitals' top is a footnote's marker («*», «¹») instead.
    """
    if len(line.words) < 2:
        return
    first, following = line.words[0], line.words[1]
    # Its one blob may be read as two marks («*®» of a 1-bit scan): the ink below decides.
    if not set(first.text) <= _BULLET_READINGS and not (len(first.text) == 1 and not first.text.isalnum()):
        return
    if len(first.text) > _BULLET_READ_LONGEST:
        return
    if set(first.text) == {"*"} and following.text == first.text:
        return  # a star again: a footnote's «**» read as two words, the first no bullet
    shape = blobs[id(first)]
    if len(shape) != 1 or shape[0].fill < 0.55 or _raised(shape, baseline, letter):
        return
    blob = shape[0]
    if _has_hole(blob, bw):
        return  # a bold «о» (a word's last letter cut onto the next line: «Правительств» / «о Москвы»)
    height = following.bottom - following.top
    width, tall = blob.x1 - blob.x0, blob.y1 - blob.y0
    centre = (blob.y0 + blob.y1) / 2
    # Measured against the capitals' height, or the next word's box when taller: a word without
    # capitals or descenders («секция») is only as tall as its small letters, and a bullet of a
    # sans-serif font stands over half as tall as capitals.
    centred = following.top + 0.2 * height <= centre <= following.bottom - 0.15 * height
    # A solid one may stand up at the capitals' middle, above the middle of a word of small letters
    # whose box a descender lengthens («секция»).
    solid_in_line = (
        blob.fill >= _SOLID_BULLET and baseline - _BULLET_HIGH * letter <= centre <= baseline - _LIFT_LOW * letter
    )
    # A sign no plan's text opens a line with («©» for a 1-bit scan's rounded bullet) may be as large.
    size = _SOLID_BULLET_SIZE if solid_in_line or first.text in _SIGN_READINGS else _BULLET_SIZE
    small_and_round = tall <= size * max(height, letter) and 0.6 <= width / max(tall, 1) <= 1.7
    if small_and_round and (centred or solid_in_line):
        first.text = "•"
