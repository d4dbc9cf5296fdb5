"""Flowables for short strings in any script: names in headings and table cells."""

from __future__ import annotations

from reportlab.platypus import Flowable

from safehaven.reports import fonts


class Text(Flowable):
    """One line, drawn run by run with the right face; shrinks (to 70%) rather than overflow.
    A name or a cell: one unit in its own direction within the report's, set on the side
    the report starts from (the right in Arabic: a heading's name under the title)."""

    def __init__(self, text: str, size: float = 9, *, bold: bool = False,
                 color: object = None, min_scale: float = 0.7) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.bold = bold
        self.color = color
        self.min_scale = min_scale
        self._drawn_size = size
        self.hAlign = "RIGHT" if fonts.document_rtl() else "LEFT"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = fonts.string_width(self.text, self.size, self.bold, isolated=True)
        self._drawn_size = self.size
        if width > avail_width > 0:
            self._drawn_size = self.size * max(self.min_scale, avail_width / width)
            width = min(avail_width, fonts.string_width(self.text, self._drawn_size, self.bold,
                                                        isolated=True))
        self.width, self.height = width, self.size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.color is not None:
            canvas.setFillColor(self.color)
        fonts.draw(canvas, 0, self.size * 0.3, self.text, self._drawn_size, self.bold,
                   isolated=True)


class Lines(Flowable):
    """Free text that needs shaping or right-to-left order, wrapped by words and drawn line
    by line (`fonts.draw`): reportlab's Paragraph has no bidi without its `rlbidi` add-on,
    and its shaped glyphs would not read back as the text. Lines run in the report's
    direction (flush right when it is right to left): "{name}: in progress" stays an
    English sentence with an Arabic name in it, and a Hebrew note keeps its words in order."""

    def __init__(self, text: str, size: float = 9, leading: float = 12,
                 color: object = None) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.leading = leading
        self.color = color
        self.lines: list[tuple[str, bool]] = []  # (line, right to left)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.lines = []
        for paragraph in self.text.splitlines() or [""]:
            rtl = fonts.document_rtl()
            line = ""
            for word in paragraph.split(" "):
                candidate = f"{line} {word}" if line else word
                if line and fonts.string_width(candidate, self.size, rtl=rtl) > avail_width:
                    self.lines.append((line, rtl))
                    line = word
                else:
                    line = candidate
            self.lines.append((line, rtl))
        self.width, self.height = avail_width, self.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        if self.color is not None:
            self.canv.setFillColor(self.color)
        for i, (line, rtl) in enumerate(self.lines):
            x = self.width - fonts.string_width(line, self.size, rtl=rtl) if rtl else 0
            fonts.draw(self.canv, max(0.0, x), self.height - (i + 1) * self.leading + 3, line,
                       self.size, rtl=rtl)
