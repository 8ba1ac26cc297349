"""Generate a large plan (≈600 rows) as DOCX, PDF and HTML for the benchmarks.

Deliberately independent of magplan's own writers: the DOCX is built with
python-docx, the PDF printed from it by LibreOffice, and the HTML written as
a portal CMS would publish it.  Deterministic (seeded), so runs compare.
"""

from __future__ import annotations

import argparse
import html
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Pt

MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь"]
GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября"]
CITIES = ["Москва", "Санкт-Петербург", "Минск", "Казань", "Екатеринбург", "Астана", "Ереван", "Бишкек", "Душанбе"]
WHAT = ["Международная конференция", "Круглый стол", "Форум", "Заседание рабочей группы", "Семинар", "Конгресс"]
TOPIC = ["«Умный город»", "«Городская мобильность»", "«Цифровая трансформация»", "по жилищно-коммунальной сфере"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
SECTIONS = ["Международные мероприятия", "Участие в мероприятиях партнеров", "Информационная деятельность"]
HEADER = ["№ п/п", "Мероприятия", "Место, дата", "Примечание"]
YEAR = 2027


def rows(count: int, seed: int = 7) -> list[tuple[str, list[str]]]:
    """(section, [№, title, place/date, note]) rows; city sections at the end."""
    rnd = random.Random(seed)
    out: list[tuple[str, list[str]]] = []
    per_section = count // (len(SECTIONS) + 2)
    for section in SECTIONS:
        for n in range(1, per_section + 1):
            title = f"{rnd.choice(ROMAN)} {rnd.choice(WHAT)} {rnd.choice(TOPIC)}"
            if section.startswith("Участие"):
                title = "Участие в " + title[0].lower() + title[1:]
            when = rnd.choice(
                [rnd.choice(MONTHS), f"{rnd.randint(1, 20)}-{rnd.randint(21, 28)} {rnd.choice(GENITIVE)}"]
            )
            place = f"{rnd.choice(CITIES)}\n{when}" if not section.startswith("Информ") else "ежеквартально"
            note = f"Организаторы: МАГ, {rnd.choice(CITIES)}" if rnd.random() < 0.7 else ""
            out.append((section, [f"{n}.", title, place, note]))
    for section in ("Юбилеи городов МАГ", "Дни городов-столиц членов МАГ"):
        for n in range(1, per_section + 1):
            day = f"{rnd.randint(1, 28)} {rnd.choice(GENITIVE)}"
            out.append((section, [f"{n}.", rnd.choice(CITIES), f"{rnd.randint(100, 999)} лет", day]))
    return out


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def write_docx(path: Path, count: int) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"  # type: ignore[attr-defined]
    style.font.size = Pt(11)  # type: ignore[attr-defined]
    title = doc.add_paragraph()
    title.add_run(
        f"План мероприятий\nМеждународной Ассамблеи столиц и крупных городов (МАГ)\nна {YEAR} год"
    ).bold = True
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    _repeat_header(table.rows[0])
    section = None
    for heading, cells in rows(count):
        if heading != section:
            section = heading
            merged = table.add_row().cells
            merged[0].merge(merged[-1]).text = heading
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
    doc.add_paragraph()
    signature = doc.add_paragraph("Исполнительный вице-президент,\nгенеральный директор МАГ\tЮ.Н. Васюнькин")
    signature.paragraph_format.tab_stops.add_tab_stop(Pt(460))
    doc.save(str(path))


def write_html(path: Path, count: int) -> None:
    body = [f"<p><strong>План мероприятий<br>на {YEAR}&nbsp;год</strong></p>", '<table border="1"><tbody>']
    body.append("<tr>" + "".join(f"<td><strong>{h}</strong></td>" for h in HEADER) + "</tr>")
    section = None
    for heading, cells in rows(count):
        if heading != section:
            section = heading
            body.append(f'<tr><td colspan="4"><strong>{html.escape(heading)}</strong></td></tr>')
        body.append("<tr>" + "".join(f"<td>{html.escape(c).replace(chr(10), '<br>')}</td>" for c in cells) + "</tr>")
    body.append("</tbody></table><p><strong>Генеральный директор МАГ</strong></p><p>Ю.Н.&nbsp;Васюнькин</p>")
    page = '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>'
    page += '<div class="menu"><a href="/">Главная</a></div><div class="content">' + "\n".join(body)
    path.write_text(page + "</div></body></html>", encoding="utf-8")


def write_pdf(docx_path: Path, out_dir: Path) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to print the benchmark PDF: make sysdeps")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(out_dir), str(docx_path)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
    return out_dir / (docx_path.stem + ".pdf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=600)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    docx_path = args.out / "large-plan.docx"
    write_docx(docx_path, args.rows)
    write_html(args.out / "large-plan.html", args.rows)
    pdf = write_pdf(docx_path, args.out)
    print(f"wrote {docx_path}, {pdf}, {args.out / 'large-plan.html'}")


if __name__ == "__main__":
    main()
