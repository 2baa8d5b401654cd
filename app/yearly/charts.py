"""Charts for the yearly report, drawn with reportlab's own graphics.

A hidden count ("minder dan 5") is drawn as an empty bar with that text beside it, so
a chart never shows a small number either.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from app.dossier.styles import ACCENT, MUTED, RULE, fonts
from app.wording.yearly import MONTHS
from app.yearly.suppress import HIDDEN_TEXT, PublishedTable

WIDTH = 440
PREVIOUS = colors.HexColor("#9aa5b4")
REFERENCE = colors.HexColor("#b3261e")


def _axis_step(highest: float) -> int:
    """Ticks at multiples of 5, so even a chart's scale shows no small number."""
    return 5 * max(1, math.ceil(highest / 25))


def bar_chart(published: PublishedTable, labels: list[str]) -> Drawing:
    values = [cell.value for cell in published.cells]
    height = 24 + 18 * len(values)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 170, 10, WIDTH - 230, height - 20
    chart.data = [list(reversed(values))]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = fonts().sans
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    highest = max([v for v in values if v is not None] + [5])
    chart.valueAxis.valueStep = _axis_step(highest)
    chart.valueAxis.valueMax = highest * 1.1
    chart.valueAxis.labels.fontName = fonts().sans
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts().sans
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    step = chart.height / max(len(values), 1)
    for index, cell in enumerate(reversed(published.cells)):
        if cell.value is None:  # hidden or a range: say so instead of drawing a number
            drawing.add(String(chart.x + 4, chart.y + step * index + step / 2 - 3, cell.text,
                               fontName=fonts().italic, fontSize=7, fillColor=MUTED))
    return drawing


def month_chart(current: PublishedTable, previous: PublishedTable | None) -> Drawing:
    drawing = Drawing(WIDTH, 190)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 40, WIDTH - 60, 130
    series = [[cell.value if cell.value is not None else None for cell in current.cells]]
    if previous is not None:
        series.append([cell.value for cell in previous.cells])
    chart.data = [[v if v is not None else 0 for v in s] for s in series]
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 2
    if previous is not None:
        chart.lines[1].strokeColor = PREVIOUS
        chart.lines[1].strokeDashArray = (3, 2)
    chart.categoryAxis.categoryNames = [MONTHS[int(r.key[5:]) - 1][:3]
                                        for r in current.table.rows]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts().sans
        axis.labels.fontSize = 7
        axis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    highest = max([v for s in chart.data for v in s] + [5])
    chart.valueAxis.valueStep = _axis_step(highest)
    chart.valueAxis.valueMax = highest * 1.15
    drawing.add(chart)
    _legend(drawing, previous is not None)
    return drawing


def _legend(drawing: Drawing, with_previous: bool) -> None:
    items = [(ACCENT, "deze periode")]
    if with_previous:
        items.append((PREVIOUS, "dezelfde maanden een jaar eerder"))
    x = 40
    for colour, text in items:
        drawing.add(Line(x, 12, x + 18, 12, strokeColor=colour, strokeWidth=2))
        drawing.add(String(x + 22, 9, text, fontName=fonts().sans, fontSize=7, fillColor=MUTED))
        x += 140
    drawing.add(String(40, -2, f"Een maand met '{HIDDEN_TEXT}' of 'verborgen' staat als 0 "
                       "in de lijn.", fontName=fonts().italic, fontSize=6, fillColor=MUTED))


def reference_chart() -> Drawing:
    """The national figures as dashed reference lines: context, not the school's own."""
    drawing = Drawing(WIDTH, 90)
    left, right, bottom, scale = 40, WIDTH - 20, 20, 4.5
    drawing.add(Line(left, bottom, right, bottom, strokeColor=RULE))
    for percent, text, dy in ((11, "11%: groep 6-8 basisonderwijs", -9),
                              (12, "12%: voortgezet onderwijs", 3)):
        y = bottom + percent * scale
        drawing.add(Line(left, y, right, y, strokeColor=REFERENCE, strokeDashArray=(4, 3)))
        drawing.add(String(right, y + dy, text, fontName=fonts().sans, fontSize=7,
                           fillColor=REFERENCE, textAnchor="end"))
    drawing.add(String(left, bottom - 12, "Landelijk, schooljaar 2020-2021: leerlingen die "
                       "zeiden soms of vaker gepest te worden (context, geen cijfer van deze "
                       "school)", fontName=fonts().italic, fontSize=7, fillColor=MUTED))
    return drawing
