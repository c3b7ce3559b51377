"""No checklist pack id reaches a person: the tree, the editor, the undo texts and the
findings name a checklist run by its pack's title."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from cmplanner.checklists import load_packs
from cmplanner.gui.plan_tree import PATH_ROLE

pytestmark = pytest.mark.gui

TITLE = load_packs()["dp-group-creation"].title


def _shown_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text a person can read in the tree and the editor just now."""
    texts = []
    root = window.tree.invisibleRootItem()
    stack = [root]
    while stack:
        item = stack.pop()
        for i in range(item.childCount()):
            child = item.child(i)
            texts += [child.text(0), child.toolTip(0) or ""]
            stack.append(child)
    texts.append(window.editor.title.text())
    for widget in window.editor.findChildren(QLabel):
        texts += [widget.text(), widget.toolTip()]
    for edit in window.editor.findChildren(QLineEdit):
        texts += [edit.text(), edit.toolTip()]
    return texts


def _checklist_items(window):  # type: ignore[no-untyped-def]
    head = next(window.tree._items[path] for path in window.tree._items if path == "#checklists")
    return [head.child(i) for i in range(head.childCount())]


def test_the_tree_and_the_editor_name_checklists_by_title(window, qtbot) -> None:
    ids = set(load_packs())
    items = _checklist_items(window)
    assert [item.data(0, PATH_ROLE) for item in items] == [
        f"checklists[{i}]" for i in range(len(window.doc.plan.checklists))
    ]
    assert f"{TITLE} (All Netherlands DPs)" in [item.text(0) for item in items]
    for item in items:
        window.tree.setCurrentItem(item)
        qtbot.wait(1)  # let the form paint
        shown = _shown_texts(window)
        leaked = [text for text in shown if any(pack in text for pack in ids)]
        assert not leaked, leaked
    assert window.editor.title.text() == f"Checklists: {TITLE} (All Netherlands DPs)"
    assert window.minimumSizeHint().width() <= 1280  # a long title wraps, the tree stays
    field = window.editor.widgets["pack"]
    assert isinstance(field, QLabel) and field.text() == TITLE


def test_undo_texts_name_objects_not_positions(window) -> None:
    window.tree.select_path("checklists[2]")
    window.delete_selected()
    assert window.act_undo.text().endswith(f"{TITLE}: All Netherlands DPs")
    assert "checklists[" not in window.doc.undo_stack.undoText()
    window.doc.undo_stack.undo()
    window.add_item("distribution_points")
    assert window.doc.undo_stack.undoText() == "Add to Distribution points"


def test_an_unknown_pack_is_named_in_words(window, qtbot) -> None:
    run = window.doc.plan.checklists[0].model_copy(update={"pack": "made-up-pack"})
    from cmplanner.gui.commands import ReplaceItemCommand

    window.doc.push(ReplaceItemCommand(window.doc, "checklists", 0, run))
    assert "made-up-pack" not in window.doc.undo_stack.undoText()
    window.tree.select_path("checklists[0]")
    qtbot.wait(1)
    assert not [text for text in _shown_texts(window) if "made-up-pack" in text]
    assert "Unknown checklist" in window.editor.widgets["pack"].text()


def test_checklists_are_named_in_the_language_of_the_app(window, qtbot) -> None:
    """The tree and the checklist wizard name a pack by its title in the app's language."""
    from cmplanner.language import language

    with language("nl"):
        window.tree.rebuild()
        texts = [item.text(0) for item in _checklist_items(window)]
        assert "Een distributiepuntgroep maken (All Netherlands DPs)" in texts
        wizard = window.open_checklist("dp-group-creation")
        assert wizard.windowTitle() == "Een distributiepuntgroep maken"
        wizard.grab()
        wizard.reject()
