"""The course's one look: colours, widths and the boxes every renderer, chart and calculator shares.

Change a colour here and every notebook, chart and calculator follows; nothing else in the library writes a
colour or a page width.
"""

from __future__ import annotations

# Colours. Each text colour meets WCAG AA (4.5:1) as small text on every background the course draws on: white,
# JupyterLab's striped table rows (#f5f5f5) and the tints below (TEXT_COLOURS on BACKGROUNDS, checked by
# tests/browser/test_accessibility.py). Contrast is a ratio of luminances, so the text stays as readable printed in
# black and white; what a colour tells is always said in words or marks too (STATUS_MARKS, "⚠"), never by the
# colour alone.
RED = "#b00020"  # errors, "engaged", what the law forbids
GREEN = "#1b5e20"  # "ready", what the law allows
AMBER = "#8f5600"  # caveats, open questions, the page's claims (4.8:1 on HIGHLIGHT, 5.4:1 on a caveat)
BLUE = "#1f4e9c"  # the law's figures in charts
GREY = "#616161"  # what does not apply (5.0:1 on HIGHLIGHT)
LIGHT_GREY = "#9e9e9e"  # chart guides and rules, never text (2.7:1 on white)
TEXT_GREY = "#444"  # secondary text: a chart's subtitle
BORDER_GREY = "#ccc"  # the frame of a box, a table or a chart
PALE_BLUE = "#5c7cba"  # chart bars beside a red one that stands out
CAVEAT_BACKGROUND = "#fff3cd"  # behind a caveat
HIGHLIGHT = "#fde0e0"  # behind a value to notice (a released column of a row)
LOST_BACKGROUND = "#e6f4ea"  # behind words a quotation lost (pale GREEN)
ADDED_BACKGROUND = "#fdecea"  # behind words a quotation added (pale RED)
LAW_BACKGROUND = "#e8f5e9"  # behind what the law says, beside a page's claim (pale GREEN)
PAGE_BACKGROUND = "#fafafa"  # behind a web page's text, quoted as written

#: the colours text is written in, and the backgrounds it is written on (JupyterLab's table rows are striped #f5f5f5)
TEXT_COLOURS = (RED, GREEN, AMBER, BLUE, GREY, TEXT_GREY)
BACKGROUNDS = (
    "#ffffff",
    "#f5f5f5",
    CAVEAT_BACKGROUND,
    HIGHLIGHT,
    LOST_BACKGROUND,
    ADDED_BACKGROUND,
    LAW_BACKGROUND,
    PAGE_BACKGROUND,
)
MIN_CONTRAST = 4.5  # WCAG 2 AA, small text

# Widths: a notebook's output area is about 840 px on a 1280×720 projector
PAGE_WIDTH = "900px"  # a calculator's or a table's maximum width
COLUMN_WIDTH = "440px"  # one of two columns side by side
CHART_WIDTH = 800  # pixels, everything included, for a Vega-Lite chart

# Boxes
CAVEAT_STYLE = f"background:{CAVEAT_BACKGROUND};border-left:4px solid {AMBER};padding:4px 8px;margin:4px 0"
BOX_STYLE = f"border:1px solid {BORDER_GREY};border-radius:4px;padding:8px;margin:8px 0;font-size:15px;line-height:1.6"
ERROR_STYLE = f"color:{RED}"
ERROR_BOX_STYLE = f"{ERROR_STYLE};border:1px solid {RED};border-radius:4px;padding:6px;margin:4px 0"  # a refused input

# A route's status (pilaw.teaching.routes.Status, by its value): colour and mark, in the matrix and the diagram
STATUS_COLOURS = {"engaged": RED, "open": AMBER, "not_engaged": GREY}
STATUS_MARKS = {"engaged": "●", "open": "◐", "not_engaged": "○"}
