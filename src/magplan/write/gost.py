"""Layout values of the official plan document, after GOST R 7.0.97.

Every number the DOCX writer uses for layout lives here, in one frozen
dataclass, so that an organisation with its own instruction (or a later edition
of the standard) changes values, not code.

Edition note: GOST R 7.0.97-2025 replaced 7.0.97-2016 on 18.08.2025.  The
values below are those of 2016 where 2025 did not change them.  Where 2025
relaxed a rule (the typeface is now the organisation's choice; sizes 12-14
recommended) the 2016 choice is kept, since it satisfies both; where 2025
changed a value (a corner requisite such as «УТВЕРЖДАЮ» may be 8 cm wide,
not 7.5 cm) the 2025 value is used.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OfficialStyle:
    # A4 portrait.
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0
    # Minimum margins are left 20, right 10, top 20, bottom 20 mm; a plan is
    # archived for more than 10 years, for which the left margin is 30 mm.
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    margin_left_mm: float = 30.0
    margin_right_mm: float = 10.0
    # Page numbers stand in the top margin, at least 10 mm from the edge.
    header_distance_mm: float = 10.0
    footer_distance_mm: float = 10.0

    font_name: str = "Times New Roman"
    body_size_pt: float = 14.0
    # Smaller sizes are allowed in tables; 12 pt keeps a 4-column plan readable.
    table_size_pt: float = 12.0
    footnote_size_pt: float = 12.0
    page_number_size_pt: float = 12.0
    language: str = "ru-RU"

    # Multi-line requisites are set at single spacing.
    line_spacing: float = 1.0
    # Requisites are separated by 2-3 blank lines of body text.
    requisite_gap_lines: float = 2.0
    # Corner requisite («УТВЕРЖДАЮ» block): at most 8 cm wide (2016: 7.5 cm).
    approval_width_mm: float = 80.0

    # № п/п · Мероприятия · Место, дата · Примечание; they fill the text width.
    # A column whose longest word would not fit is widened, at the expense of «Мероприятия».
    column_widths_mm: tuple[float, ...] = (12.0, 70.0, 38.0, 50.0)
    # The same with a fifth «Ответственные» column, for plans that have one.
    column_widths_responsible_mm: tuple[float, ...] = (12.0, 52.0, 32.0, 40.0, 34.0)
    # Text cells (event, note) are left-aligned: justified text in columns this
    # narrow opens wide gaps between words.  Values: WD_ALIGN_PARAGRAPH names.
    text_cell_align: str = "LEFT"
    # Cell padding, so text does not touch the rules.  The right one is a little
    # smaller: a PDF reader that assumes the left padding on both sides then
    # never takes a wrapped line of the printed PDF for a paragraph break.
    cell_margin_left_mm: float = 2.0
    cell_margin_right_mm: float = 1.0

    # The signature block: the position fills the left part; the name, on the
    # right, ends at the right margin.
    signature_name_width_mm: float = 65.0
    # Words printed in the approval block and the signature block.
    approval_head: str = "УТВЕРЖДАЮ"
    act_approval_head: str = "УТВЕРЖДЕНО"
    signature_line: str = "__________"

    @property
    def text_width_mm(self) -> float:
        return self.page_width_mm - self.margin_left_mm - self.margin_right_mm

    @property
    def requisite_gap_pt(self) -> float:
        return self.requisite_gap_lines * self.body_size_pt * self.line_spacing


DEFAULT_STYLE = OfficialStyle()

__all__ = ["DEFAULT_STYLE", "OfficialStyle"]
