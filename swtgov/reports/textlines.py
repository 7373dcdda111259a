"""Wrapped text as a cheap table cell, for long tables.

A ``Paragraph`` parses markup and re-wraps itself every time a table measures
its rows, which a long table does again for every page it splits over. A
:class:`TextLines` cell is wrapped once, with cached glyph widths, knows its
height, and draws all its lines in one text object; text extraction still works.
A block may mix styles (a bold title followed by a grey note on the same line).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from swtgov.reports.base import FONT, INK


@lru_cache(maxsize=8192)
def _char_width(char: str, font: str) -> float:
    return stringWidth(char, font, 1000)


@lru_cache(maxsize=65536)
def _word_width(word: str, font: str) -> float:
    return sum(_char_width(char, font) for char in word)


def text_width(text: str, font: str, size: float) -> float:
    """``stringWidth`` from cached glyph widths (ReportLab does not kern, so they add up)."""
    return _word_width(text, font) * size / 1000


@dataclass(frozen=True)
class Style:
    """How a run of text is set."""

    font: str = FONT
    size: float = 8.5
    colour: colors.Color = INK

    @property
    def leading(self) -> float:
        return self.size * 1.18


Run = tuple[str, Style]
Line = list[Run]


def _words(text: str) -> list[str]:
    """The words of ``text``; a separator dot stays with the word before it."""
    words: list[str] = []
    for word in text.split():
        if word == "·" and words:
            words[-1] += " ·"
        else:
            words.append(word)
    return words


def wrap_runs(runs: Sequence[Run], width: float) -> list[Line]:
    """Greedy word wrap of styled runs to ``width`` points; a newline in a run breaks the line."""
    lines: list[Line] = [[]]
    used = 0.0
    for text, style in runs:
        space = text_width(" ", style.font, style.size)
        for number, part in enumerate(text.split("\n")):
            if number:
                lines.append([])
                used = 0.0
            whole = " ".join(part.split())
            need = text_width(whole, style.font, style.size)
            if whole and not lines[-1] and need <= width:  # the common case: it fits as it is
                lines[-1].append((whole, style))
                used = need
                continue
            for word in _words(part):
                need = text_width(word, style.font, style.size)
                line = lines[-1]
                if line and used + space + need > width:
                    lines.append([(word, style)])
                    used = need
                elif line and line[-1][1] is style:
                    line[-1] = (f"{line[-1][0]} {word}", style)
                    used += space + need
                else:
                    line.append((f" {word}" if line else word, style))
                    used += (space if len(line) > 1 else 0) + need
    return lines


def wrap_text(text: str, width: float, size: float = 8.5, font: str = FONT) -> list[str]:
    """Plain greedy word wrap in one font: the lines of ``text`` that fit ``width``
    (the one plain wrapper of the reports; styled runs use :func:`wrap_runs`)."""
    return simpleSplit(text, font, size, width)


class TextLines(Flowable):
    """Blocks of styled runs, each block starting on a new line, wrapped once to a width."""

    def __init__(self, blocks: Sequence[Sequence[Run]], width: float) -> None:
        super().__init__()
        self.lines: list[Line] = [line for block in blocks for line in wrap_runs(block, width) if line]
        self.leadings = [max(style.leading for _t, style in line) for line in self.lines]
        self.width = width
        self.height = sum(self.leadings)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # One text object for the whole cell, moving down with T* (no coordinates to
        # format per line): far cheaper than a drawString per line.
        if not self.lines:
            return
        first_size = max(style.size for _t, style in self.lines[0])
        text = self.canv.beginText(0, self.height - first_size)
        current: Style | None = None
        for line, leading in zip(self.lines, self.leadings, strict=True):
            text.setLeading(leading)
            for number, (part, style) in enumerate(line, start=1):
                if style is not current:
                    text.setFont(style.font, style.size)
                    if current is None or style.colour != current.colour:
                        text.setFillColor(style.colour)
                    current = style
                # The PDF advances by itself; textLine skips ReportLab's own width sum.
                if number < len(line):
                    text.textOut(part)
                else:
                    text.textLine(part)
        self.canv.drawText(text)
