"""SVG (through QtSvg's QSvgGenerator) and PNG (at print resolution) of a drawn diagram."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from cmplanner.diagrams.shapes import Diagram
from cmplanner.errors import InputError
from cmplanner.render.diagrams.scene import build_scene

PRINT_DPI = 300
SCREEN_DPI = 96
# A 1,000-DP picture at 300 dpi would need gigabytes; beyond this many pixels the scale drops.
MAX_PIXELS = 60_000_000


def scene_svg(scene: QGraphicsScene, title: str = "", description: str = "") -> str:
    """The scene as SVG text; 1 scene unit is one SVG user unit (a 96-dpi pixel)."""
    rect = scene.sceneRect()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(math.ceil(rect.width()), math.ceil(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    buffer.close()
    return bytes(QByteArray(buffer.data()).data()).decode("utf-8")


def scene_png(scene: QGraphicsScene, dpi: int = PRINT_DPI) -> QImage:
    """The scene as an image at ``dpi`` (fewer dots for very large pictures)."""
    rect = scene.sceneRect()
    scale = dpi / SCREEN_DPI
    pixels = rect.width() * rect.height() * scale * scale
    if pixels > MAX_PIXELS:
        scale *= math.sqrt(MAX_PIXELS / pixels)
    image = QImage(
        max(1, math.ceil(rect.width() * scale)),
        max(1, math.ceil(rect.height() * scale)),
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("#FFFFFF"))
    dots_per_metre = round(scale * SCREEN_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG in memory. The file is then written by Python, so a full disk
    is one :class:`OSError` (and libpng never prints its own "Write Error" first)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs want bytes, Qt takes str
        raise InputError(None, "the picture could not be encoded as PNG")
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def diagram_svg(diagram: Diagram) -> str:
    return scene_svg(build_scene(diagram), diagram.title, f"cmplanner {diagram.kind} diagram")


def write_scene(
    scene: QGraphicsScene, path: str | Path, title: str = "", dpi: int = PRINT_DPI
) -> None:
    """Write ``.svg`` or ``.png`` (chosen by the suffix) without leaving a half-written file."""
    from cmplanner.model.planfile import atomic_write_bytes, atomic_write_text

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".svg":
        atomic_write_text(target, scene_svg(scene, title), keep_backup=False)
    elif suffix == ".png":
        atomic_write_bytes(target, png_bytes(scene_png(scene, dpi)), keep_backup=False)
    else:
        raise InputError(str(target), "the output must end in .svg or .png")


def write_diagram(diagram: Diagram, path: str | Path, dpi: int = PRINT_DPI) -> None:
    write_scene(build_scene(diagram), path, diagram.title, dpi)
