"""Flowables for short strings in any script: names in headings and table cells."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from safehaven.reports import fonts


class Text(Flowable):
    """One line, drawn run by run with the right face; shrinks (to 70%) rather than overflow.
    A name or a cell: one unit in its own direction within the report's, set on the side
    the report starts from (the right in Arabic: a heading's name under the title)."""

    def __init__(self, text: str, size: float = 9, *, bold: bool = False,
                 color: Color | None = None, min_scale: float = 0.7) -> None:
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
                 color: Color | None = None) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.leading = leading
        self.color = color
        self.lines: list[tuple[str, bool]] = []  # (line, right to left)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.lines = []
        rtl = fonts.document_rtl()
        for paragraph in self.text.splitlines() or [""]:
            words = paragraph.split(" ")
            while words:
                taken = self._fit(words, rtl, avail_width)
                self.lines.append((" ".join(words[:taken]), rtl))
                words = words[taken:]
        self.width, self.height = avail_width, self.leading * len(self.lines)
        return self.width, self.height

    def _fit(self, words: list[str], rtl: bool, avail_width: float) -> int:
        """How many of `words` the next line takes (at least one): as many as fit, word
        by word. Each word is measured once to guess, and the guess checked on the line
        itself (shaping and kerning across words are the line's), so a long note is not
        measured again from its start for every word it has."""
        def fits(count: int) -> bool:
            return fonts.string_width(" ".join(words[:count]), self.size,
                                      rtl=rtl) <= avail_width

        space = fonts.string_width(" ", self.size, rtl=rtl)
        taken, used = 0, 0.0
        for word in words:
            more = fonts.string_width(word, self.size, rtl=rtl) + (space if taken else 0.0)
            if taken and used + more > avail_width:
                break
            taken, used = taken + 1, used + more
        while taken > 1 and not fits(taken):
            taken -= 1
        while taken < len(words) and fits(taken + 1):
            taken += 1
        return taken

    def draw(self) -> None:
        if self.color is not None:
            self.canv.setFillColor(self.color)
        for i, (line, rtl) in enumerate(self.lines):
            x = self.width - fonts.string_width(line, self.size, rtl=rtl) if rtl else 0
            fonts.draw(self.canv, max(0.0, x), self.height - (i + 1) * self.leading + 3, line,
                       self.size, rtl=rtl)
