"""Locality map: for every boundary (and for clients outside every boundary) which DPs its
clients see as local, which as remote and which they cannot use, from ``locality_table``.

One row per boundary, so the picture grows with boundaries, not boundaries x DPs; long lists
are cut to a few chips and a "+N more" chip whose tooltip names the rest. Boundaries where
clients get no content come first and are highlighted with the 8-hour fallback note.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cmplanner.diagrams.findings import FindingMap, tooltip, worst
from cmplanner.diagrams.parts import (
    BADGE_H,
    MARGIN,
    Block,
    add_mark,
    add_title,
    badge_width,
    legend_entry,
    pack_columns,
)
from cmplanner.diagrams.shapes import Diagram, Kind, Role, Shape, fit, text_width, wrap
from cmplanner.language import N_, gettext
from cmplanner.model.boundaries import Boundary, Connection
from cmplanner.model.plan import Plan
from cmplanner.rules.finding import Finding
from cmplanner.rules.locality import LocalityRow, locality_table

BOX_W = 230.0
LIST_W = 520.0
LABEL_W = 96.0
LINE_H = 24.0
MAX_CHIPS = 6
COLLAPSE_AT = 40
#: above this many boundaries named together, they are counted by kind in a small table
#: (first and last name of each kind) instead of one chip each: 100,000 chips took 24 s
#: to draw and said nothing a count does not
CHIPS_UP_TO = 500

FALLBACK_NOTE = (
    "No DP serves these clients, and no unprotected DP is there to fall back to "
    "(fallback needs one, the advertisement's permission and 8 hours)."
)

_KIND_TEXT = {
    "ip_subnet": "subnet",
    "ip_range": "range",
    "ad_site": "AD site",
    "ipv6_prefix": "IPv6 prefix",
}


def _chips(
    shapes: list[Shape],
    names: list[str],
    role: Role,
    protected: set[str],
    x: float,
    y: float,
    row_key: str,
    width: float,
) -> None:
    """As many chips as fit one line (at most MAX_CHIPS), then one '+N more' chip."""
    cx = x
    shown = 0
    for name in names:
        label = f"{name} [P]" if name.casefold() in protected else name
        w = min(badge_width(label), 170.0)
        rest = len(names) - shown - 1
        reserve = badge_width(f"+{rest} more") + 4 if rest else 0.0
        if shown >= MAX_CHIPS or cx + w + reserve > x + width:
            break
        tip = f"{name}: {'protected DP, ' if label.endswith('[P]') else ''}{role.value[5:]}"
        shapes.append(
            Shape(
                Kind.ROUNDED,
                role,
                cx,
                y,
                w,
                BADGE_H,
                text=fit(label, w - 8, 10.5),
                size=10.5,
                align="center",
                key=f"{row_key}:{role.value}:{name}",
                tooltip=tip,
            )
        )
        cx += w + 4
        shown += 1
    rest_names = names[shown:]
    if rest_names:
        label = f"+{len(rest_names)} more"
        listed = ", ".join(rest_names[:60]) + (" ..." if len(rest_names) > 60 else "")
        shapes.append(
            Shape(
                Kind.ROUNDED,
                Role.CHIP_MORE,
                cx,
                y,
                badge_width(label),
                BADGE_H,
                text=label,
                size=10.5,
                align="center",
                key=f"{row_key}:more:{role.value}",
                tooltip=listed,
            )
        )


def _row_block(
    row: LocalityRow,
    boundary: Boundary | None,
    findings: list[Finding],
    protected: set[str],
    b: int | None,
) -> Block:
    shapes: list[Shape] = []
    key = f"boundary:{row.boundary}" if boundary is not None else "boundary:(outside)"
    starved = row.starved
    lines: list[tuple[str, list[str], Role]] = []
    if boundary is None or boundary.connection is Connection.FAST or row.local:
        lines.append((N_("Local"), row.local, Role.CHIP_LOCAL))
    lines.append((N_("Remote"), row.remote, Role.CHIP_REMOTE))
    if row.fallback:
        lines.append((N_("Fallback"), row.fallback, Role.CHIP_FALLBACK))
    if row.unavailable:
        lines.append((N_("Cannot use"), row.unavailable, Role.CHIP_UNAVAILABLE))
    note = wrap(FALLBACK_NOTE.split(), LABEL_W + LIST_W, 11.5) if starved else []
    height = max(62.0, 8 + LINE_H * len(lines) + 17 * len(note) + 4)
    width = BOX_W + 12 + LABEL_W + LIST_W
    severity = worst(findings)
    if boundary is None:
        role, detail, link = Role.BOUNDARY_OUTSIDE, gettext("clients in no boundary"), ""
    else:
        slow = boundary.connection is Connection.SLOW
        role = Role.BOUNDARY_SLOW if slow else Role.BOUNDARY_FAST
        detail = f"{_KIND_TEXT[boundary.type.value]} {boundary.value}"
        link = gettext("SLOW or unreliable link") if slow else gettext("fast link (LAN)")
    summary_tip = (
        f"{row.boundary}: {detail} {link}\nlocal: {len(row.local)}, remote: "
        f"{len(row.remote)}, fallback only: {len(row.fallback)}, cannot use: "
        f"{len(row.unavailable)}"
    )
    if starved:
        summary_tip += "\n" + FALLBACK_NOTE
    tip = tooltip(summary_tip, findings)
    if starved:
        shapes.append(
            Shape(
                Kind.RECT,
                Role.STARVED,
                -6,
                -6,
                width + 12,
                height + 12,
                key=f"starved:{row.boundary}",
                tooltip=tip,
                severity="error",
            )
        )
    shapes.append(
        Shape(
            Kind.RECT,
            role,
            0,
            0,
            BOX_W,
            height,
            key=key,
            tooltip=tip,
            severity=severity,
            data={"subject": f"boundaries[{b}]"} if b is not None else {},
        )
    )
    shapes.append(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            8,
            6,
            BOX_W - 30,
            18,
            text=fit(
                row.boundary if boundary is not None else gettext(row.boundary), BOX_W - 30, 13
            ),
            size=13,
            bold=True,
            group=key,
        )
    )
    shapes.append(
        Shape(
            Kind.TEXT,
            Role.MUTED,
            8,
            26,
            BOX_W - 16,
            15,
            text=fit(detail, BOX_W - 16, 11),
            size=11,
            group=key,
        )
    )
    if link:
        shapes.append(
            Shape(
                Kind.TEXT,
                Role.MUTED,
                8,
                41,
                BOX_W - 16,
                15,
                text=link,
                size=11,
                bold=role is Role.BOUNDARY_SLOW,
                group=key,
            )
        )
    scratch = Diagram("scratch", "")
    mark = add_mark(
        scratch,
        "error" if starved else severity,
        width + 6 if starved else BOX_W,
        -6 if starved else 0,
        tip,
        row.boundary,
    )
    if mark:
        shapes.append(mark)
    y = 6.0
    for label, names, chip_role in lines:
        shapes.append(
            Shape(
                Kind.TEXT,
                Role.MUTED,
                BOX_W + 12,
                y + 1,
                LABEL_W,
                16,
                text=gettext(label) + ":",
                size=11.5,
                bold=True,
            )
        )
        if names:
            _chips(shapes, names, chip_role, protected, BOX_W + 12 + LABEL_W, y, key, LIST_W)
        else:
            noted = label == "Local" and boundary is not None
            shapes.append(
                Shape(
                    Kind.TEXT,
                    Role.NOTE if noted else Role.MUTED,
                    BOX_W + 12 + LABEL_W,
                    y + 1,
                    LIST_W,
                    16,
                    size=11.5,
                    text=gettext("none"),
                    key=f"{key}:{label.casefold()}:none",
                )
            )
        y += LINE_H
    for n, line in enumerate(note):
        shapes.append(
            Shape(
                Kind.TEXT,
                Role.NOTE,
                BOX_W + 12,
                y + 17 * n,
                LABEL_W + LIST_W,
                16,
                text=line,
                size=11.5,
                bold=True,
                key=f"note:{row.boundary}",
                tooltip=FALLBACK_NOTE,
            )
        )
    return Block(width, height, shapes)


#: the legend's entries: shape, role, meaning, and the sample's own size and mark
_LEGEND: tuple[tuple[Kind, Role, str, dict[str, Any]], ...] = (
    (Kind.RECT, Role.BOUNDARY_FAST, N_("fast boundary"), {}),
    (Kind.RECT, Role.BOUNDARY_SLOW, N_("slow boundary"), {}),
    (Kind.RECT, Role.BOUNDARY_OUTSIDE, N_("outside every boundary"), {}),
    (Kind.ROUNDED, Role.CHIP_LOCAL, N_("local DP"), {}),
    (Kind.ROUNDED, Role.CHIP_REMOTE, N_("remote DP"), {}),
    (
        Kind.ROUNDED,
        Role.CHIP_FALLBACK,
        N_("fallback only (advertisement allows, after 8 hours)"),
        {},
    ),
    (Kind.ROUNDED, Role.CHIP_UNAVAILABLE, N_("cannot use (protected elsewhere)"), {}),
    (Kind.TEXT, Role.TEXT, N_("protected DP"), {"text": "[P]"}),
    (Kind.RECT, Role.STARVED, N_("no content for these clients"), {"severity": "error"}),
    (
        Kind.ELLIPSE,
        Role.MARK_ERROR,
        N_("error"),
        {"w": 20.0, "h": 20.0, "text": "!", "severity": "error"},
    ),
    (
        Kind.TRIANGLE,
        Role.MARK_WARNING,
        N_("warning"),
        {"w": 20.0, "h": 20.0, "text": "!", "severity": "warning"},
    ),
)


def _legend(diagram: Diagram, y: float, right: float) -> float:
    """The legend in as many lines as it needs to stay within ``right`` (one row of
    boundaries wide), so that the legend never makes the picture wider than its rows and a
    printed page need not shrink the whole map to fit it; returns the last line's y."""
    x = MARGIN
    for kind, role, label, sample in _LEGEND:
        span = float(sample.get("w", 28.0)) + 6 + text_width(gettext(label), 11) + 22
        if x > MARGIN and x + span > right:
            x, y = MARGIN, y + 24
        mark = kind in (Kind.ELLIPSE, Kind.TRIANGLE)
        x = legend_entry(diagram, kind, role, x, y - 2 if mark else y, label, **sample)
    return y


def layout_locality(
    plan: Plan, findings: Iterable[Finding] | None = None, max_columns: int = 0, max_rows: int = 0
) -> Diagram:
    """The locality map of ``plan``; ``findings`` default to a fresh validation.
    ``max_columns`` caps the columns of boundary rows (one for a printed page); ``max_rows``
    caps the boundaries drawn as full rows (problems first), the rest are only named."""
    if findings is None:
        from cmplanner.rules.engine import validate

        findings = validate(plan)
    fmap = FindingMap.build(plan, findings)
    protected = {dp.name.casefold() for dp in plan.distribution_points if dp.protected}
    rows = locality_table(plan)
    indexed: list[tuple[LocalityRow, Boundary | None, int | None]] = [
        (row, plan.boundaries[b], b) for b, row in enumerate(rows[:-1])
    ]
    indexed.append((rows[-1], None, None))
    # Clients without content first, then the plan's order; outside-every-boundary last.
    order = sorted(
        range(len(indexed)), key=lambda i: (not indexed[i][0].starved, indexed[i][1] is None, i)
    )

    def found(i: int) -> list[Finding]:
        b = indexed[i][2]
        return fmap.boundaries.get(b, []) if b is not None else []

    collapsed: dict[str, list[int]] = {"fast": [], "slow": [], "more": []}
    if len(indexed) > COLLAPSE_AT:
        # A large estate: full rows only where something is local or wrong; the boundaries
        # where every DP is remote are named together, fast and slow apart.
        kept = []
        for i in order:
            row, boundary, _ = indexed[i]
            if boundary is None or row.starved or row.local or worst(found(i)):
                kept.append(i)
            else:
                collapsed[boundary.connection.value].append(i)
        order = kept
    if max_rows and len(order) > max_rows:
        outside = [i for i in order if indexed[i][1] is None]
        inside = [i for i in order if indexed[i][1] is not None]
        collapsed["more"] = inside[max_rows - len(outside) :]
        order = inside[: max_rows - len(outside)] + outside
    blocks = [
        _row_block(indexed[i][0], indexed[i][1], found(i), protected, indexed[i][2]) for i in order
    ]
    starved = sum(1 for row in rows if row.starved)

    diagram = Diagram(
        "locality", gettext("Where clients get content: %(plan)s") % {"plan": plan.name}
    )
    add_title(diagram)
    glance = gettext(
        "%(boundaries)s boundaries, %(dps)s DPs: %(starved)s place(s) where clients get no content"
    ) % {
        "boundaries": len(plan.boundaries),
        "dps": len(plan.distribution_points),
        "starved": starved,
    }
    if starved:
        glance += " " + gettext("(first, with a dashed border and !)")
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            MARGIN,
            MARGIN + 28,
            text_width(glance, 12),
            16,
            text=glance,
            size=12,
            key="summary",
        )
    )
    y = _legend(diagram, MARGIN + 54, MARGIN + BOX_W + 12 + LABEL_W + LIST_W)
    bottom = pack_columns(
        diagram, blocks, MARGIN + 6, y + 40, aspect=1.4, gap=22.0, max_columns=max_columns
    )
    diagram.fit_bounds()
    width = max(diagram.width - 2 * MARGIN, BOX_W + 12 + LABEL_W + LIST_W)
    for connection, members in collapsed.items():
        if members:
            bottom = _collapsed(
                diagram,
                [indexed[i][0] for i in members],
                [indexed[i][1] for i in members],
                connection,
                bottom + 10,
                width,
            )
    diagram.fit_bounds()
    return diagram


def _collapsed(
    diagram: Diagram,
    rows: list[LocalityRow],
    boundaries: list[Boundary | None],
    connection: str,
    y: float,
    width: float,
) -> float:
    """One block naming every boundary whose clients see every usable DP as remote."""
    slow = connection == "slow"
    if connection == "more":
        head = (
            f"{len(rows)} more boundaries, not drawn as rows here (the app and "
            "'cmplanner diagram --kind locality' show them all):"
        )
    else:
        head = (
            f"{len(rows)} {'slow' if slow else 'fast'} boundaries where no DP is local "
            f"(clients there use a remote DP{'' if slow else '; add a DP or a boundary'}):"
        )
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            MARGIN,
            y,
            text_width(head, 12.5, True),
            18,
            text=head,
            size=12.5,
            bold=True,
            key=f"collapsed:{connection}",
        )
    )
    y += 24
    if len(rows) > CHIPS_UP_TO:
        return _counted(diagram, rows, boundaries, connection, y)
    x = MARGIN
    role = Role.BOUNDARY_SLOW if slow else Role.BOUNDARY_FAST
    for row, boundary in zip(rows, boundaries, strict=True):
        if boundary is not None and connection == "more":
            role = (
                Role.BOUNDARY_SLOW if boundary.connection is Connection.SLOW else Role.BOUNDARY_FAST
            )
        w = badge_width(row.boundary)
        if x + w > MARGIN + width and x > MARGIN:
            x, y = MARGIN, y + BADGE_H + 4
        detail = (
            f"{_KIND_TEXT[boundary.type.value]} {boundary.value}\n" if boundary is not None else ""
        )
        diagram.add(
            Shape(
                Kind.RECT,
                role,
                x,
                y,
                w,
                BADGE_H,
                text=row.boundary,
                size=10.5,
                align="center",
                key=f"boundary-chip:{row.boundary}",
                tooltip=f"{row.boundary}: {detail}local: {len(row.local)}, remote: "
                f"{len(row.remote)}, cannot use: {len(row.unavailable)}",
            )
        )
        x += w + 4
    return y + BADGE_H + 12


def _counted(
    diagram: Diagram,
    rows: list[LocalityRow],
    boundaries: list[Boundary | None],
    connection: str,
    y: float,
) -> float:
    """The boundaries named together, as a table: per kind of boundary how many, and the
    first and last of them in the plan's order (a large estate's every subnet and site)."""
    kinds: dict[str, list[str]] = {}
    for row, boundary in zip(rows, boundaries, strict=True):
        kind = _KIND_TEXT[boundary.type.value] if boundary is not None else "other"
        kinds.setdefault(kind, []).append(row.boundary)
    slow = connection == "slow"
    role = Role.BOUNDARY_SLOW if slow else Role.BOUNDARY_FAST
    columns = (("kind", 130.0), ("boundaries", 110.0), ("first", 220.0), ("last", 220.0))
    header = {"kind": "Kind", "boundaries": "Boundaries", "first": "First", "last": "Last"}
    table = [header] + [
        {"kind": kind, "boundaries": f"{len(names):,}", "first": names[0], "last": names[-1]}
        for kind, names in kinds.items()
    ]
    for r, line in enumerate(table):
        x = MARGIN
        for name, width in columns:
            text = fit(line[name], width - 12, 11.5)
            chip = bool(r) and name == "kind"  # the kind, drawn like the boundary it counts
            diagram.add(
                Shape(
                    Kind.RECT if chip else Kind.TEXT,
                    role if chip else Role.MUTED if r else Role.TEXT,
                    x,
                    y if chip else y + 2,
                    width - 6,
                    BADGE_H,
                    text=text,
                    size=11.5,
                    bold=not r,
                    key=f"collapsed:{connection}:{line['kind']}:{name}" if r else "",
                    tooltip=(
                        f"{line['boundaries']} {line['kind']} boundaries with a "
                        f"{connection} link where no DP is local"
                    )
                    if r
                    else "",
                )
            )
            x += width
        y += BADGE_H + 4
    return y + 12
