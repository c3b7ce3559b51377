"""Pen, brush and text colour for each role: colour plus a border style or fill pattern, so
errors, warnings, slow boundaries and failed steps stay apart in greyscale print and for
colour-blind readers. Colours are from the Okabe-Ito palette."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from cmplanner.diagrams.shapes import Role

VERMILLION = "#D55E00"
ORANGE = "#E69F00"
BLUE = "#0072B2"
GREEN = "#009E73"
PURPLE = "#CC79A7"
INK = "#1A1A1A"
GREY = "#666666"


@dataclass(frozen=True)
class Look:
    fill: str | None = None
    border: str | None = INK
    width: float = 1.2
    line: Qt.PenStyle = Qt.PenStyle.SolidLine
    hatch: Qt.BrushStyle | None = None
    hatch_colour: str = "#555555"
    text: str = INK


LOOKS: dict[Role, Look] = {
    Role.TITLE: Look(border=None),
    Role.TEXT: Look(border=None),
    Role.MUTED: Look(border=None, text="#4D4D4D"),
    Role.SITE: Look("#DCE6F0", INK, 2.0),
    Role.DP: Look("#E6F0F8", BLUE, 1.6),
    Role.BRANCH_DP: Look("#E3F4EC", GREEN, 1.6),
    Role.SHARE_DP: Look("#F5EAF1", PURPLE, 1.6),
    Role.MISSING_DP: Look(
        "#FFFFFF", GREY, 1.4, Qt.PenStyle.DashLine, Qt.BrushStyle.BDiagPattern, "#BBBBBB"
    ),
    Role.BADGE: Look("#F2F2F2", "#7A7A7A", 0.8),
    Role.GROUP_CHIP: Look("#FFFFFF", BLUE, 1.2, text=BLUE),
    Role.PULL_ARROW: Look(INK, "#333333", 1.5),
    Role.MARK_ERROR: Look(VERMILLION, INK, 1.0, text="#FFFFFF"),
    Role.MARK_WARNING: Look(ORANGE, INK, 1.0),
    Role.LEGEND: Look("#FFFFFF", GREY, 0.8),
    Role.BOUNDARY_FAST: Look("#FFFFFF", INK, 1.6),
    Role.BOUNDARY_SLOW: Look(
        "#FFFFFF", INK, 1.6, Qt.PenStyle.DashLine, Qt.BrushStyle.BDiagPattern, "#C4C4C4"
    ),
    Role.BOUNDARY_OUTSIDE: Look("#F4F4F4", GREY, 1.4, Qt.PenStyle.DotLine),
    Role.CHIP_LOCAL: Look("#CDEBDD", "#00604A", 2.0),
    Role.CHIP_REMOTE: Look("#FFFFFF", GREY, 1.2, Qt.PenStyle.DashLine),
    Role.CHIP_FALLBACK: Look("#FFFFFF", GREY, 1.0, Qt.PenStyle.DashDotLine, text="#555555"),
    Role.CHIP_UNAVAILABLE: Look(
        "#EFEFEF",
        "#8A8A8A",
        1.0,
        Qt.PenStyle.SolidLine,
        Qt.BrushStyle.DiagCrossPattern,
        "#C8C8C8",
        text="#555555",
    ),
    Role.CHIP_MORE: Look("#FFFFFF", GREY, 1.0, Qt.PenStyle.DotLine, text="#333333"),
    Role.STARVED: Look("#FBE1D3", VERMILLION, 2.6, Qt.PenStyle.DashLine),
    Role.ERROR_BAND: Look("#FBE1D3", VERMILLION, 1.6, Qt.PenStyle.DashLine),
    Role.NOTE: Look(border=None, text="#7A2E00"),
    Role.AXIS: Look(None, INK, 1.2),
    Role.GRID: Look(None, "#C8C8C8", 0.8, Qt.PenStyle.DotLine),
    Role.PHASE_WINPE: Look("#E6EEF6", None),
    Role.PHASE_FULL_OS: Look("#FFFFFF", None),
    Role.GAP: Look(
        "#F2F2F2", "#8A8A8A", 0.8, Qt.PenStyle.DashLine, Qt.BrushStyle.FDiagPattern, "#9A9A9A"
    ),
    Role.BAR_OK: Look(GREEN, "#00604A", 1.0),
    Role.BAR_FAILED: Look(
        VERMILLION, INK, 2.4, Qt.PenStyle.DashLine, Qt.BrushStyle.DiagCrossPattern, INK
    ),
    Role.BAR_IGNORED: Look(
        ORANGE, INK, 1.6, Qt.PenStyle.DotLine, Qt.BrushStyle.BDiagPattern, "#5A3E00"
    ),
    Role.BAR_UNKNOWN: Look("#BDBDBD", GREY, 1.0),
}

SEVERITY_PEN = {
    "error": (VERMILLION, 3.2, Qt.PenStyle.DashLine),
    "warning": (ORANGE, 2.6, Qt.PenStyle.DotLine),
}
SEVERITY_TEXT = {"error": "#A33F00", "warning": "#7A5200"}


@lru_cache(maxsize=256)
def pen_for(role: Role, severity: str = "") -> QPen:
    look = LOOKS.get(role, Look())
    if severity in SEVERITY_PEN and role not in (Role.MARK_ERROR, Role.MARK_WARNING):
        colour, width, line = SEVERITY_PEN[severity]
    elif look.border is None:
        return QPen(Qt.PenStyle.NoPen)
    else:
        colour, width, line = look.border, look.width, look.line
    pen = QPen(QColor(colour), width, line)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@lru_cache(maxsize=256)
def brush_for(role: Role) -> QBrush:
    look = LOOKS.get(role, Look())
    if look.fill is None:
        return QBrush(Qt.BrushStyle.NoBrush)
    return QBrush(QColor(look.fill))


@lru_cache(maxsize=256)
def hatch_for(role: Role) -> QBrush | None:
    """The pattern drawn over the fill, for roles that must read in greyscale."""
    look = LOOKS.get(role, Look())
    if look.hatch is None:
        return None
    return QBrush(QColor(look.hatch_colour), look.hatch)


@lru_cache(maxsize=256)
def text_colour(role: Role, severity: str = "", filled_shape: bool = False) -> QColor:
    if severity in SEVERITY_TEXT and not filled_shape:
        return QColor(SEVERITY_TEXT[severity])
    return QColor(LOOKS.get(role, Look()).text)


def text_brush(role: Role, severity: str = "", filled_shape: bool = False) -> QBrush:
    return QBrush(text_colour(role, severity, filled_shape))


@lru_cache(maxsize=256)
def text_pen(role: Role, severity: str = "", filled_shape: bool = False) -> QPen:
    return QPen(text_colour(role, severity, filled_shape))
