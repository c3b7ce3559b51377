"""PXE003 asks to check the PXE certificate after the SP2 upgrade; a signed-off import of the
certificate dated after the upgrade answers it."""

from __future__ import annotations

from datetime import datetime

from cmplanner.checklists import fill, load_packs
from cmplanner.checklists.progress import sign_off, tick
from cmplanner.demo import demo_plan
from cmplanner.model.plan import Plan
from cmplanner.rules.engine import validate


def _signed(plan: Plan, pack: str, at: datetime, subject: str = "") -> Plan:
    for step in fill(load_packs()[pack], plan, subject):
        plan = tick(plan, pack, subject, step.id, "Sanne", at=at)
    return sign_off(plan, pack, subject, "Sanne", at=at)


def _pxe003(plan: Plan) -> bool:
    return any(f.rule == "PXE003" for f in validate(plan))


def _subject(plan: Plan, pack: str) -> str:
    from cmplanner.checklists import subjects

    return (subjects(load_packs()[pack], plan) or [""])[0]


def test_a_signed_off_reimport_after_the_upgrade_clears_the_recheck() -> None:
    plan = demo_plan()
    assert _pxe003(plan)
    pxe = _subject(plan, "pxe-certificate-import")
    upgraded = _signed(plan, "sp2-upgrade", datetime(2026, 2, 1), _subject(plan, "sp2-upgrade"))
    assert _pxe003(upgraded)
    after = _signed(upgraded, "pxe-certificate-import", datetime(2026, 2, 2), pxe)
    assert not _pxe003(after)


def test_an_import_signed_off_before_the_upgrade_does_not_count() -> None:
    plan = demo_plan()
    pxe = _subject(plan, "pxe-certificate-import")
    before = _signed(plan, "pxe-certificate-import", datetime(2026, 1, 1), pxe)
    upgraded = _signed(before, "sp2-upgrade", datetime(2026, 2, 1), _subject(plan, "sp2-upgrade"))
    assert _pxe003(upgraded)


def test_an_import_not_signed_off_does_not_count() -> None:
    plan = demo_plan()
    pxe = _subject(plan, "pxe-certificate-import")
    step = fill(load_packs()["pxe-certificate-import"], plan, pxe)[0]
    assert _pxe003(tick(plan, "pxe-certificate-import", pxe, step.id, "Sanne"))
