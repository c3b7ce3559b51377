"""Distribution-point topology: the site, every DP with its settings as badges, branch DPs
under the standard DP they pull from, DP groups as tags, and DPs with findings marked.

Each standard DP heads a block; its branch DPs hang below it, indented, with an arrow up to
the DP they pull from, so arrows never cross another box. Blocks are packed into columns to
keep 3 or 1,000 DPs in a readable, near-landscape picture.
"""

from __future__ import annotations

from collections.abc import Iterable

from cmplanner.diagrams.findings import FindingMap, summary, tooltip, worst
from cmplanner.diagrams.parts import (
    BADGE_H,
    BADGE_SIZE,
    MARGIN,
    Block,
    add_badges,
    add_mark,
    add_title,
    badge_rows,
    badge_width,
    legend_entry,
    legend_marks,
    pack_columns,
    shift,
)
from cmplanner.diagrams.shapes import Diagram, Kind, Role, Shape, fit, text_width, wrap
from cmplanner.language import N_, gettext
from cmplanner.model.distribution import DistributionPoint, DPHost
from cmplanner.model.plan import Plan
from cmplanner.rules.finding import Finding

NODE_W = 236.0
INDENT = 26.0
GAP = 10.0
PAD = 8.0


def dp_badges(dp: DistributionPoint, site_server: str) -> list[tuple[str, str]]:
    """(label, slug) of every setting worth a badge, in a fixed order."""
    found = [("Share" if dp.host is DPHost.SERVER_SHARE else "Server", "host")]
    if dp.branch or dp.standard:  # a server share is neither standard nor branch (seed table)
        found.append(("Branch" if dp.branch else "Standard", "kind"))
    flags = [
        (dp.bits_enabled, "BITS", "bits"),
        (dp.protected, "Protected", "protected"),
        (dp.mobile_device_support, "Mobile", "mobile"),
        (dp.internet_based, "Internet", "internet"),
        (dp.streaming, "Streaming", "streaming"),
        (dp.multicast, "Multicast", "multicast"),
        (dp.pxe, "PXE", "pxe"),
        (dp.often_off, "Often off", "often_off"),
    ]
    found.extend((label, slug) for on, label, slug in flags if on)
    if site_server and dp.server.casefold() == site_server.casefold():
        found.append(("Site server", "site_server"))
    return found


def _role(dp: DistributionPoint) -> tuple[Kind, Role, str]:
    if dp.host is DPHost.SERVER_SHARE:
        return Kind.ROUNDED, Role.SHARE_DP, f"server share {dp.share_name or ''}".strip()
    if dp.branch:
        return Kind.OCTAGON, Role.BRANCH_DP, "branch DP"
    return Kind.RECT, Role.DP, "standard DP"


class _Builder:
    def __init__(self, plan: Plan, findings: FindingMap) -> None:
        self.plan = plan
        self.findings = findings
        self.group_codes: dict[str, list[str]] = {}
        for g, group in enumerate(plan.dp_groups):
            for member in group.members:
                codes = self.group_codes.setdefault(member.dp.casefold(), [])
                code = f"G{g + 1}"
                if code not in codes:
                    codes.append(code)

    def node(self, out: list[Shape], d: int, x: float, y: float) -> Shape:
        dp = self.plan.distribution_points[d]
        kind, role, kind_text = _role(dp)
        found = self.findings.dps.get(d, [])
        severity = worst(found)
        inner = NODE_W - 2 * PAD
        labels = dp_badges(dp, self.plan.site.server)
        # Plain badges carry no tooltip: hovering one shows the DP's own.
        items = [(label, Role.BADGE, f"badge:{dp.name}:{slug}", "") for label, slug in labels]
        groups = self.plan.dp_groups
        for code in self.group_codes.get(dp.name.casefold(), []):
            items.append((code, Role.GROUP_CHIP, f"group:{dp.name}:{code}", ""))
        by_label = {item[0]: item for item in items}
        rows = [
            [by_label[label] for label in row] for row in badge_rows([i[0] for i in items], inner)
        ]
        if dp.branch and dp.pulls_from:
            kind_text += f", pulls from {dp.pulls_from}"
        host_line = dp.server or "no server named"
        notes = summary(found)
        height = 6 + 18 + 15 + 15 + 4 + len(rows) * 22 + (18 if notes else 0) + 4
        codes = self.group_codes.get(dp.name.casefold(), [])
        tip_title = "\n".join(
            [
                f"{dp.name} ({kind_text})",
                f"{host_line}, {dp.os.value}",
                "settings: " + ", ".join(label for label, _ in labels),
                "groups: "
                + (", ".join(f"{c} {groups[int(c[1:]) - 1].name}" for c in codes) or "none"),
            ]
        )
        shape = Shape(
            kind,
            role,
            x,
            y,
            NODE_W,
            height,
            key=f"dp:{dp.name}",
            tooltip=tooltip(tip_title, found),
            severity=severity,
            data={"subject": f"distribution_points[{d}]"},
        )
        out.append(shape)
        out.append(
            Shape(
                Kind.TEXT,
                Role.TEXT,
                x + PAD,
                y + 6,
                inner - 14,
                18,
                text=fit(dp.name, inner - 14, 13),
                size=13,
                bold=True,
                group=shape.key,
            )
        )
        out.append(
            Shape(
                Kind.TEXT,
                Role.MUTED,
                x + PAD,
                y + 24,
                inner,
                15,
                text=fit(kind_text, inner, 11),
                size=11,
                group=shape.key,
            )
        )
        out.append(
            Shape(
                Kind.TEXT,
                Role.MUTED,
                x + PAD,
                y + 39,
                inner,
                15,
                text=fit(host_line, inner, 11),
                size=11,
                group=shape.key,
            )
        )
        scratch = Diagram("scratch", "")
        by = add_badges(scratch, rows, x + PAD, y + 58)
        for badge in scratch.shapes:
            badge.group = shape.key
        out.extend(scratch.shapes)
        scratch.shapes.clear()
        if notes:
            out.append(
                Shape(
                    Kind.TEXT,
                    Role.TEXT,
                    x + PAD,
                    by,
                    inner,
                    16,
                    text=fit(notes, inner, 11.5),
                    size=11.5,
                    bold=True,
                    severity=severity,
                    group=shape.key,
                )
            )
        mark = add_mark(scratch, severity, x + NODE_W, y, shape.tooltip, dp.name)
        if mark:
            out.append(mark)
        return shape

    def ghost(self, out: list[Shape], name: str) -> Shape:
        shape = Shape(
            Kind.RECT,
            Role.MISSING_DP,
            0,
            0,
            NODE_W,
            44,
            key=f"missing:{name}",
            tooltip=f"{name}: named as a source by branch DPs, not a DP of this plan",
        )
        out.append(shape)
        out.append(
            Shape(
                Kind.TEXT,
                Role.TEXT,
                PAD,
                5,
                NODE_W - 2 * PAD,
                18,
                text=fit(name, NODE_W - 2 * PAD, 13),
                size=13,
                bold=True,
                group=shape.key,
            )
        )
        out.append(
            Shape(
                Kind.TEXT,
                Role.MUTED,
                PAD,
                24,
                NODE_W - 2 * PAD,
                15,
                text="not a DP of this plan",
                size=11,
                group=shape.key,
            )
        )
        return shape

    def block(self, root: int | str, children: dict[int | str, list[int]]) -> Block:
        """The root DP (or a missing one, by name) with its pulling DPs below, as a tree."""
        shapes: list[Shape] = []
        arrows: list[Shape] = []
        head = self.ghost(shapes, root) if isinstance(root, str) else self.node(shapes, root, 0, 0)
        y = head.bottom + GAP
        width = NODE_W
        stack = [(c, head, 1) for c in reversed(children.get(root, []))]
        seen = {root}
        while stack:
            d, parent, depth = stack.pop()
            if d in seen:
                continue
            seen.add(d)
            x = depth * INDENT
            node = self.node(shapes, d, x, y)
            trunk = parent.x + INDENT / 2
            mid = y + 16
            dp = self.plan.distribution_points[d]
            arrows.append(
                Shape(
                    Kind.ARROW,
                    Role.PULL_ARROW,
                    trunk,
                    parent.bottom,
                    0,
                    0,
                    key=f"pull:{dp.name}",
                    tooltip=f"{dp.name} pulls content from {dp.pulls_from}",
                    points=((x, mid), (trunk, mid), (trunk, parent.bottom)),
                )
            )
            width = max(width, x + NODE_W)
            y = node.bottom + GAP
            stack.extend((c, node, depth + 1) for c in reversed(children.get(d, [])))
        return Block(width, y - GAP, arrows + shapes)


def layout_topology(
    plan: Plan, findings: Iterable[Finding] | None = None, max_columns: int = 0, max_blocks: int = 0
) -> Diagram:
    """The topology picture of ``plan``; ``findings`` default to a fresh validation.
    ``max_columns`` caps the columns of DPs (a printed page holds about three);
    ``max_blocks`` caps the standard DPs drawn in full (with their branch DPs), those with
    errors first, then warnings; the others are only named, so a printed figure stays a few
    pages long."""
    if findings is None:
        from cmplanner.rules.engine import validate

        findings = validate(plan)
    fmap = FindingMap.build(plan, findings)
    builder = _Builder(plan, fmap)
    dps = plan.distribution_points
    by_name = {dp.name.casefold(): d for d, dp in enumerate(dps)}
    children: dict[int | str, list[int]] = {}
    parent_of: dict[int, int | str] = {}
    for d, dp in enumerate(dps):
        if dp.branch and dp.pulls_from:
            source = by_name.get(dp.pulls_from.casefold())
            if source != d:
                key: int | str = dp.pulls_from if source is None else source
                parent_of[d] = key
                children.setdefault(key, []).append(d)
    roots: list[int | str] = []
    for d in range(len(dps)):
        if d not in parent_of:
            roots.append(d)
    roots.extend(k for k in children if isinstance(k, str))
    blocks = [builder.block(r, children) for r in roots]
    placed = {s.key for b in blocks for s in b.shapes if s.key.startswith("dp:")}
    # DPs only reachable through a loop of branch DPs pulling from each other.
    for d, dp in enumerate(dps):
        if f"dp:{dp.name}" not in placed:
            blocks.append(builder.block(d, {}))
            placed.add(f"dp:{dp.name}")

    rest: list[Block] = []
    if max_blocks and len(blocks) > max_blocks:
        rank = {"error": 0, "warning": 1, "": 2}

        def worst_in(block: Block) -> int:
            return min(
                (rank[s.severity] for s in block.shapes if s.key.startswith("dp:")), default=2
            )

        chosen = set(
            sorted(range(len(blocks)), key=lambda i: (worst_in(blocks[i]), i))[:max_blocks]
        )
        rest = [b for i, b in enumerate(blocks) if i not in chosen]
        blocks = [b for i, b in enumerate(blocks) if i in chosen]

    diagram = Diagram("topology", gettext("Distribution points: %(plan)s") % {"plan": plan.name})
    add_title(diagram)
    bad = sum(1 for d in range(len(dps)) if worst(fmap.dps.get(d, [])) == "error")
    warned = sum(1 for d in range(len(dps)) if worst(fmap.dps.get(d, [])) == "warning")
    glance = (
        f"{len(dps)} distribution points: {bad} with errors, {warned} with warnings "
        "(marked with ! and a dashed or dotted border)"
    )
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
    grid = Diagram("scratch", "")
    bottom = pack_columns(grid, blocks, MARGIN, 0.0, max_columns=max_columns)
    grid.fit_bounds()
    width = max(grid.width - 2 * MARGIN, 520.0)
    erring = [d for d in range(len(dps)) if worst(fmap.dps.get(d, [])) == "error"]
    site_y = _error_index(diagram, plan, fmap, erring, MARGIN + 50, width)
    site = _site_banner(diagram, plan, fmap, site_y, width)
    top = site.bottom + 18
    diagram.shapes.extend(shift(s, 0.0, top) for s in grid.shapes)
    below = top + bottom + 10
    if rest:
        below = _not_drawn(diagram, rest, below, width)
    _legend(diagram, plan, fmap, below, width)
    diagram.fit_bounds()
    return diagram


ERROR_INDEX_LIMIT = 48


def _error_index(
    diagram: Diagram, plan: Plan, fmap: FindingMap, erring: list[int], y: float, width: float
) -> float:
    """Names of the DPs with errors, first, so a large picture says at once where to look.
    Returns the y below it."""
    if not erring:
        return y + 2
    label = gettext("DPs with errors:")
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            MARGIN,
            y + 1,
            text_width(label, 12, True) + 4,
            16,
            text=label,
            size=12,
            bold=True,
            severity="error",
        )
    )
    x0 = MARGIN + text_width(label, 12, True) + 10
    items = [
        (
            plan.distribution_points[d].name,
            tooltip(plan.distribution_points[d].name, fmap.dps.get(d, [])),
        )
        for d in erring
    ]
    shown, rest = items[:ERROR_INDEX_LIMIT], items[ERROR_INDEX_LIMIT:]
    if rest:
        shown.append((f"+{len(rest)} more", ", ".join(name for name, _ in rest[:80])))
    x = x0
    for name, tip in shown:
        w = badge_width(name)
        if x + w > MARGIN + width and x > x0:
            x, y = x0, y + BADGE_H + 4
        more = name.startswith("+") and name.endswith(" more")
        diagram.add(
            Shape(
                Kind.ROUNDED,
                Role.CHIP_MORE if more else Role.BADGE,
                x,
                y,
                w,
                BADGE_H,
                text=name,
                size=BADGE_SIZE,
                align="center",
                tooltip=tip,
                key="error-index:more" if more else f"error-index:{name}",
                severity="" if more else "error",
            )
        )
        x += w + 4
    return y + BADGE_H + 10


NOT_DRAWN_LIMIT = 400


def _not_drawn(diagram: Diagram, rest: list[Block], y: float, width: float) -> float:
    """Name the DPs left out of a capped picture, marked by their worst finding."""
    nodes = [s for b in rest for s in b.shapes if s.key.startswith("dp:")]
    head = f"{len(nodes)} more DPs, not drawn here (the app and 'cmplanner diagram' show every DP):"
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            MARGIN,
            y,
            text_width(head, 12, True),
            16,
            text=head,
            size=12,
            bold=True,
            key="not-drawn",
        )
    )
    y += 22
    x = MARGIN
    shown = nodes[:NOT_DRAWN_LIMIT]
    for node in shown:
        name = node.key[3:]
        w = badge_width(name)
        if x + w > MARGIN + width and x > MARGIN:
            x, y = MARGIN, y + BADGE_H + 4
        diagram.add(
            Shape(
                Kind.ROUNDED,
                Role.BADGE,
                x,
                y,
                w,
                BADGE_H,
                text=name,
                size=BADGE_SIZE,
                align="center",
                severity=node.severity,
                key=f"not-drawn:{name}",
                tooltip=node.tooltip,
            )
        )
        x += w + 4
    if len(nodes) > len(shown):
        label = f"+{len(nodes) - len(shown)} more"
        diagram.add(
            Shape(
                Kind.ROUNDED,
                Role.CHIP_MORE,
                x,
                y,
                badge_width(label),
                BADGE_H,
                text=label,
                size=BADGE_SIZE,
                align="center",
                key="not-drawn:more",
            )
        )
    return y + BADGE_H + 16


def _site_banner(diagram: Diagram, plan: Plan, fmap: FindingMap, y: float, width: float) -> Shape:
    site = plan.site
    line1 = f"Site {site.code} \u00b7 {site.name}"
    facts = [
        f"site server {site.server or '(not named)'}",
        f"ConfigMgr 2007 {site.version}",
        f"{site.security_mode.value} mode",
        f"{len(plan.distribution_points)} DPs",
        f"{len(plan.dp_groups)} DP groups",
        f"{len(plan.boundaries)} boundaries",
    ]
    if plan.pxe:
        facts.append(f"PXE service point on {plan.pxe.server}")
    lines = wrap(facts, width - 2 * PAD - 16, 11.5, sep=" \u00b7 ")
    severity = worst(fmap.site)
    tip = tooltip("\n".join([line1, *lines]), fmap.site)
    banner = diagram.add(
        Shape(
            Kind.RECT,
            Role.SITE,
            MARGIN,
            y,
            width,
            30 + 16 * len(lines),
            key="site",
            tooltip=tip,
            severity=severity,
        )
    )
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            MARGIN + PAD,
            y + 5,
            width - 2 * PAD,
            18,
            text=fit(line1, width - 2 * PAD - 16, 14),
            size=14,
            bold=True,
            group="site",
        )
    )
    for n, line in enumerate(lines):
        diagram.add(
            Shape(
                Kind.TEXT,
                Role.MUTED,
                MARGIN + PAD,
                y + 25 + 16 * n,
                width,
                16,
                text=line,
                size=11.5,
                group="site",
            )
        )
    add_mark(diagram, severity, banner.right, y, tip, "site")
    return banner


def _legend(diagram: Diagram, plan: Plan, fmap: FindingMap, y: float, width: float) -> None:
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            MARGIN,
            y,
            80,
            18,
            text=gettext("Legend"),
            size=13,
            bold=True,
            key="legend",
        )
    )
    y += 22
    x = MARGIN
    x = legend_entry(diagram, Kind.RECT, Role.DP, x, y, N_("standard DP"))
    x = legend_entry(diagram, Kind.OCTAGON, Role.BRANCH_DP, x, y, N_("branch DP"))
    x = legend_entry(diagram, Kind.ROUNDED, Role.SHARE_DP, x, y, N_("server share"))
    x = legend_entry(diagram, Kind.RECT, Role.MISSING_DP, x, y, N_("not in the plan"))
    diagram.add(
        Shape(
            Kind.ARROW,
            Role.PULL_ARROW,
            x,
            y + 8,
            0,
            0,
            key="legend:pull_arrow",
            points=((x + 28, y + 8), (x, y + 8)),
        )
    )
    x = legend_entry(diagram, Kind.TEXT, Role.TEXT, x, y, N_("pulls from"), w=28)
    legend_marks(diagram, x, y)
    y += 30
    if not plan.dp_groups:
        return
    head = gettext("DP groups (tags G1, G2... on each DP; a DP may be in several groups)")
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            MARGIN,
            y,
            text_width(head, 12, True),
            16,
            text=head,
            size=12,
            bold=True,
        )
    )
    y += 22
    blocks = []
    for g, group in enumerate(plan.dp_groups):
        code = f"G{g + 1}"
        found = fmap.groups.get(g, [])
        severity = worst(found)
        purpose = group.purpose.value.replace("_", " ")
        label = fit(f"{group.name} \u00b7 {purpose} \u00b7 {len(group.members)} DPs", 330, 11.5)
        tip = tooltip(
            f"{code}: {group.name} ({purpose}), members: "
            + ", ".join(m.dp for m in group.members[:40]),
            found,
        )
        shapes = [
            Shape(
                Kind.ROUNDED,
                Role.GROUP_CHIP,
                0,
                0,
                40,
                18,
                text=code,
                size=10.5,
                align="center",
                key=f"legend:group:{code}",
                tooltip=tip,
                severity=severity,
            ),
            Shape(Kind.TEXT, Role.TEXT, 68, 1, 330, 16, text=label, size=11.5, tooltip=tip),
        ]
        scratch = Diagram("scratch", "")
        mark = add_mark(scratch, severity, 62, 4, tip, f"group:{code}")
        if mark:
            mark.w = mark.h = 16
            shapes.append(mark)
        blocks.append(Block(400, 20, shapes))
    # As many group columns as fit beside the DPs, so the legend never widens the picture.
    pack_columns(
        diagram, blocks, MARGIN, y, aspect=6.0, gap=6.0, max_columns=max(1, int((width + 6) // 406))
    )
