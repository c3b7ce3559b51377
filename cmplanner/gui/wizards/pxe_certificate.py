"""PXE certificate import checklist: inspect the certificate file, then walk the steps.

The certificate page reads the chosen .pfx/.cer with ``cmplanner.certificates`` (the password
stays in memory for that one call and the field is cleared), records what it found in the
plan's PXE certificate, and lets the rules engine (PXE001/PXE002) say whether ConfigMgr will
accept it before Next is allowed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmplanner.certificates import CertificateReport, PasswordRequired, inspect_certificate
from cmplanner.checklists import find_run
from cmplanner.errors import InputError
from cmplanner.gui.commands import SetValueCommand
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.richtext import esc
from cmplanner.gui.wizards.base import RulesPage, add_row
from cmplanner.gui.wizards.checklist import ChecklistWizard
from cmplanner.model.pxe import PxeCertificate
from cmplanner.rules.finding import Finding

#: the step of the pxe-certificate-import pack that imports the file (its evidence is the
#: date and time of the import)
IMPORT_STEP = "browse-certificate"


class CertificateFileDialog:
    @classmethod
    def get_path(cls, parent: QWidget | None) -> Path | None:
        title = QCoreApplication.translate("CertificatePage", "Certificate file")
        name, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            "",
            QCoreApplication.translate(
                "CertificatePage", "Certificates (*.pfx *.p12 *.cer *.crt *.pem);;All files (*)"
            ),
        )
        return Path(name) if name else None


class _PxeCertificatePage(RulesPage):
    """A page of the PXE certificate wizard."""

    plan_wizard: PxeCertificateWizard  # the wizard these pages belong to


class CertificatePage(_PxeCertificatePage):
    """Choose the certificate file, give its password, and see what it holds."""

    def __init__(self, wizard: PxeCertificateWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Certificate"))
        self.setSubTitle(
            self.tr(
                "Inspect the certificate before importing it. The password "
                "is used once to open the file and is never saved."
            )
        )
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("&Browse..."))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.inspect = QPushButton(self.tr("&Inspect"))
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setObjectName("certificateReport")
        form = QFormLayout()
        add_row(form, self.tr("Certificate &file:"), self.path)
        add_row(form, self.tr("&Password:"), self.password)
        self.browse.setAccessibleName(self.tr("Browse for the certificate file"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.browse)
        buttons.addWidget(self.inspect)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.report)
        self.finish_layout(layout)
        self.browse.clicked.connect(self._browse)
        self.inspect.clicked.connect(self.run_inspection)
        # Enter in the file or password field inspects, and only that: the wizard would
        # otherwise take it as Next and leave the page before the report is read
        self.path.installEventFilter(self)
        self.password.installEventFilter(self)
        self._problem = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.path, self.password)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.run_inspection()
            return True
        return super().eventFilter(watched, event)

    def _browse(self) -> None:
        path = CertificateFileDialog.get_path(self)
        if path is not None:
            self.path.setText(str(path))

    def run_inspection(self) -> CertificateReport | None:
        wizard = self.plan_wizard
        text = self.path.text().strip()
        password = self.password.text() or None
        self.password.clear()  # the password lives only for this call
        self._problem = ""
        result: CertificateReport | None = None
        if not text:
            self._problem = self.tr("Choose a certificate file.")
        else:
            try:
                result = inspect_certificate(text, password)
            except PasswordRequired:
                self._problem = self.tr(
                    "The file is protected: type its password and inspect again."
                )
            except InputError as exc:
                self._problem = exc.describe()
        password = None
        if result is not None:
            wizard.set_certificate(result.to_model())
            self.report.setText(self.report_html(result))
        else:
            self.report.clear()
        self.revalidate()
        return result

    def page_problem(self) -> str:
        return self._problem

    def report_html(self, report: CertificateReport) -> str:
        """What the file holds, in the words of the certificate requirements."""
        yes, no = self.tr("yes"), self.tr("no")
        expires = report.expires.strftime("%Y-%m-%d %H:%M UTC")
        if report.expired():
            expires += " — " + self.tr("expired")
        valid_from = report.not_before.strftime("%Y-%m-%d %H:%M UTC")
        if report.not_yet_valid():
            valid_from += " — " + self.tr("not valid yet")
        rows = [
            (self.tr("Subject"), report.subject),
            (self.tr("Issuer"), report.issuer),
            (self.tr("Thumbprint"), report.thumbprint),
            (self.tr("Client Authentication EKU"), yes if report.client_authentication else no),
            (self.tr("Enhanced key usages"), ", ".join(report.enhanced_key_usages) or "—"),
            (self.tr("Key size"), f"{report.key_bits} bits" if report.key_bits else "?"),
            (self.tr("Private key in the file"), yes if report.has_private_key else no),
            (self.tr("Valid from"), valid_from),
            (self.tr("Expires"), expires),
        ]
        body = "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in rows)
        return f"<table cellspacing='4'>{body}</table>"

    def page_findings(self) -> list[Finding]:
        return self.plan_wizard.findings_under(["pxe"])

    FIELDS = frozenset({"certificate"})


class PxeCertificateWizard(ChecklistWizard):
    """Inspect, import and verify the PXE service point certificate, with sign-off."""

    PACK = "pxe-certificate-import"
    SECTION = "pxe"

    def __init__(self, doc: PlanDocument, settings: object = None, parent: object = None) -> None:
        super().__init__(doc, settings, parent)
        self.certificate: PxeCertificate | None = None
        self.certificate_page = CertificatePage(self)
        self.addPage(self.certificate_page)
        self.add_checklist_pages()

    def subject_problem(self) -> str:
        if self.doc.plan.pxe is None:
            return self.tr(
                "The plan has no PXE service point: add one first (Edit > Add PXE service point)."
            )
        return ""

    def set_certificate(self, cert: PxeCertificate) -> None:
        self.certificate = cert
        if self.work.pxe is not None:
            self.work.pxe.certificate = cert.model_copy()

    def recorded_certificate(self) -> PxeCertificate | None:
        """The inspected certificate as the plan keeps it: "Imported on" is when the import
        step was ticked (empty while it is not)."""
        if self.certificate is None:
            return None
        run = find_run(self.work, self.pack.id, self.subject)
        progress = run.steps.get(IMPORT_STEP) if run is not None else None
        imported = progress.at if progress is not None and progress.done else None
        return self.certificate.model_copy(update={"imported_on": imported})

    def extra_commands(self, doc: PlanDocument) -> list[QUndoCommand]:
        certificate = self.recorded_certificate()
        if certificate is None or doc.plan.pxe is None:
            return []
        if doc.plan.pxe.certificate == certificate:
            return []
        return [
            SetValueCommand(
                doc, "pxe.certificate", certificate, self.tr("Record the PXE certificate")
            )
        ]

    def result_prefixes(self) -> list[str]:
        return ["checklists", "pxe"]
