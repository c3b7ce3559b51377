"""Pieces every diagram uses: finding marks, badges in rows, and packing blocks into columns."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from cmplanner.diagrams.shapes import Diagram, Kind, Role, Shape, text_width
from cmplanner.language import N_, gettext

MARK = 20.0
BADGE_H = 18.0
BADGE_SIZE = 10.5
BADGE_PAD = 5.0

# The space around every figure and before its title.
MARGIN = 16.0


def add_mark(
    diagram: Diagram, severity: str, right: float, top: float, tooltip: str, key: str
) -> Shape | None:
    """An error is a circle with '!', a warning a triangle with '!': shape tells them apart
    in greyscale, colour only repeats it."""
    if severity not in ("error", "warning"):
        return None
    kind, role = (
        (Kind.ELLIPSE, Role.MARK_ERROR)
        if severity == "error"
        else (Kind.TRIANGLE, Role.MARK_WARNING)
    )
    return diagram.add(
        Shape(
            kind,
            role,
            right - MARK * 0.75,
            top - MARK * 0.35,
            MARK,
            MARK,
            text="!",
            tooltip=tooltip,
            key=f"mark:{key}",
            size=13,
            bold=True,
            align="center",
            severity=severity,
        )
    )


def badge_width(text: str) -> float:
    # Badges hold names in capitals (AMS-SCCM01), wider than average text.
    return text_width(text, BADGE_SIZE) * 1.12 + 2 * BADGE_PAD


def badge_rows(labels: Sequence[str], width: float, gap: float = 4.0) -> list[list[str]]:
    """Badges wrapped into rows that fit ``width``."""
    rows: list[list[str]] = []
    row: list[str] = []
    used = 0.0
    for label in labels:
        w = badge_width(label)
        if row and used + gap + w > width:
            rows.append(row)
            row, used = [], 0.0
        used += (gap if row else 0.0) + w
        row.append(label)
    if row:
        rows.append(row)
    return rows


def add_badges(
    diagram: Diagram,
    rows: list[list[tuple[str, Role, str, str]]],
    x: float,
    y: float,
    gap: float = 4.0,
) -> float:
    """Draw badge rows (label, role, key, tooltip) from (x, y); returns the y below them."""
    for row in rows:
        cx = x
        for label, role, key, tip in row:
            w = badge_width(label)
            diagram.add(
                Shape(
                    Kind.ROUNDED,
                    role,
                    cx,
                    y,
                    w,
                    BADGE_H,
                    text=label,
                    key=key,
                    tooltip=tip,
                    size=BADGE_SIZE,
                    align="center",
                )
            )
            cx += w + gap
        y += BADGE_H + gap
    return y


@dataclass
class Block:
    """A laid-out unit (a DP with its branch DPs, a boundary row) with shapes relative to 0,0."""

    width: float
    height: float
    shapes: list[Shape] = field(default_factory=list)


def shift(shape: Shape, dx: float, dy: float) -> Shape:
    shape.x += dx
    shape.y += dy
    if shape.points:
        shape.points = tuple((px + dx, py + dy) for px, py in shape.points)
    return shape


def pack_columns(
    diagram: Diagram,
    blocks: Sequence[Block],
    x0: float,
    y0: float,
    aspect: float = 1.6,
    gap: float = 18.0,
    max_columns: int = 0,
) -> float:
    """Place blocks in equal-width columns, each into the shortest column so far, with as many
    columns as keep the picture near ``aspect`` (width / height). Returns the bottom y."""
    if not blocks:
        return y0
    col_w = max(b.width for b in blocks) + gap
    area = sum(col_w * (b.height + gap) for b in blocks)
    columns = max(1, min(len(blocks), round(math.sqrt(area * aspect) / col_w)))
    if max_columns:
        columns = min(columns, max_columns)
    heights = [0.0] * columns
    for block in blocks:
        c = min(range(columns), key=heights.__getitem__)
        for shape in block.shapes:
            diagram.add(shift(shape, x0 + c * col_w, y0 + heights[c]))
        heights[c] += block.height + gap
    return y0 + max(heights)


def legend_entry(
    diagram: Diagram,
    kind: Kind,
    role: Role,
    x: float,
    y: float,
    label: str,
    w: float = 28.0,
    h: float = 16.0,
    text: str = "",
    severity: str = "",
) -> float:
    """One sample shape with its meaning beside it; returns the x after the entry. The
    meaning is said in the language in force (callers mark it with ``N_``)."""
    label = gettext(label)
    diagram.add(
        Shape(
            kind,
            role,
            x,
            y,
            w,
            h,
            text=text,
            key=f"legend:{role.value}",
            size=10,
            align="center",
            severity=severity,
            bold=bool(text),
        )
    )
    diagram.add(
        Shape(Kind.TEXT, Role.TEXT, x + w + 6, y, text_width(label, 11) + 4, h, text=label, size=11)
    )
    return x + w + 6 + text_width(label, 11) + 22


def legend_marks(diagram: Diagram, x: float, y: float) -> float:
    """The legend entries of the error and warning marks a figure puts on its objects."""
    x = legend_entry(
        diagram,
        Kind.ELLIPSE,
        Role.MARK_ERROR,
        x,
        y - 2,
        N_("error"),
        w=20,
        h=20,
        text="!",
        severity="error",
    )
    return legend_entry(
        diagram,
        Kind.TRIANGLE,
        Role.MARK_WARNING,
        x,
        y - 2,
        N_("warning"),
        w=20,
        h=20,
        text="!",
        severity="warning",
    )


def add_title(diagram: Diagram) -> None:
    """The figure's title at its top left, the same in every figure."""
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TITLE,
            MARGIN,
            MARGIN,
            text_width(diagram.title, 17, True),
            24,
            text=diagram.title,
            size=17,
            bold=True,
        )
    )
