"""The neutral drawing description shared by every diagram: shapes with roles, not colours.

Layout code says *what* a shape means (a branch DP, an error mark, a slow boundary); the render
layer alone decides colour, border and pattern, so the meaning survives greyscale printing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

# Average advance of one character as a share of the font's pixel size. Conservative, so a
# text that fits here fits when drawn; the renderer elides with real metrics anyway.
CHAR_WIDTH = 0.6


class Kind(StrEnum):
    """The outline of a shape."""

    RECT = "rect"
    ROUNDED = "rounded"
    OCTAGON = "octagon"
    ELLIPSE = "ellipse"
    TRIANGLE = "triangle"
    TEXT = "text"
    LINE = "line"
    ARROW = "arrow"


class Role(StrEnum):
    """What a shape means; the renderer maps each role to pen, brush and pattern."""

    TITLE = "title"
    TEXT = "text"
    MUTED = "muted"
    SITE = "site"
    DP = "dp"
    BRANCH_DP = "branch_dp"
    SHARE_DP = "share_dp"
    MISSING_DP = "missing_dp"
    BADGE = "badge"
    GROUP_CHIP = "group_chip"
    PULL_ARROW = "pull_arrow"
    MARK_ERROR = "mark_error"
    MARK_WARNING = "mark_warning"
    LEGEND = "legend"
    BOUNDARY_FAST = "boundary_fast"
    BOUNDARY_SLOW = "boundary_slow"
    BOUNDARY_OUTSIDE = "boundary_outside"
    CHIP_LOCAL = "chip_local"
    CHIP_REMOTE = "chip_remote"
    CHIP_FALLBACK = "chip_fallback"
    CHIP_UNAVAILABLE = "chip_unavailable"
    CHIP_MORE = "chip_more"
    STARVED = "starved"
    ERROR_BAND = "error_band"
    NOTE = "note"
    AXIS = "axis"
    GRID = "grid"
    PHASE_WINPE = "phase_winpe"
    PHASE_FULL_OS = "phase_full_os"
    GAP = "gap"
    BAR_OK = "bar_ok"
    BAR_FAILED = "bar_failed"
    BAR_IGNORED = "bar_ignored"
    BAR_UNKNOWN = "bar_unknown"


@dataclass(slots=True)
class Shape:
    """One drawn thing. ``severity`` ('error'/'warning') makes the outline stand out;
    ``key`` names what it stands for (``dp:AMS-DP02``) so views and tests can find it;
    ``data`` carries what a click should open (e.g. log lines); ``group`` names the shape
    it belongs to, so the renderer can draw a DP and its contents as one item."""

    kind: Kind
    role: Role
    x: float
    y: float
    w: float = 0.0
    h: float = 0.0
    text: str = ""
    tooltip: str = ""
    key: str = ""
    size: float = 12.0
    bold: bool = False
    align: str = "left"
    severity: str = ""
    points: tuple[tuple[float, float], ...] = ()
    data: dict[str, object] = field(default_factory=dict)
    group: str = ""  # key of the shape this one is part of (a badge inside its DP)

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass
class Diagram:
    """A finished layout: the shapes in drawing order and the size they occupy."""

    kind: str
    title: str
    shapes: list[Shape] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0

    def add(self, shape: Shape) -> Shape:
        self.shapes.append(shape)
        return shape

    def fit_bounds(self, margin: float = 16.0) -> None:
        """Grow width and height to hold every shape plus a margin."""
        right = bottom = 0.0
        for s in self.shapes:
            if s.points:
                right = max(right, *(p[0] for p in s.points))
                bottom = max(bottom, *(p[1] for p in s.points))
            right = max(right, s.x + s.w)
            bottom = max(bottom, s.y + s.h)
        self.width = max(self.width, right + margin)
        self.height = max(self.height, bottom + margin)

    def find(self, key: str) -> list[Shape]:
        return [s for s in self.shapes if s.key == key]

    def with_role(self, role: Role, legend: bool = False) -> list[Shape]:
        """Shapes of ``role``; the legend's samples only when ``legend`` is true."""
        return [
            s for s in self.shapes if s.role is role and (legend or not s.key.startswith("legend:"))
        ]

    def texts(self) -> Iterator[str]:
        return (s.text for s in self.shapes if s.text)


def text_width(text: str, size: float = 12.0, bold: bool = False) -> float:
    """Estimated drawn width of ``text`` at pixel size ``size`` (bold runs wider)."""
    return len(text) * size * CHAR_WIDTH * (1.12 if bold else 1.0)


def fit(text: str, width: float, size: float = 12.0) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width``."""
    room = int(width / (size * CHAR_WIDTH))
    if len(text) <= room:
        return text
    return text[: max(room - 1, 1)] + "\u2026"


def wrap(words: list[str], width: float, size: float = 12.0, sep: str = " ") -> list[str]:
    """Greedy word wrap of ``words`` into lines no wider than ``width``."""
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line}{sep}{word}" if line else word
        if line and text_width(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return [fit(ln, width, size) for ln in lines]
