"""The three task sequences the seed posts describe, built step for step.

- ``capture-only`` (seed "How to create a Capture Only Task Sequence with ConfigMgr 2007"):
  Join Workgroup (only when the reference machine is domain-joined), Prepare ConfigMgr Client,
  Prepare OS, Capture the Reference Machine; Install Deployment Tools first for Windows XP.
- ``usmt-hardlink`` (seed "ConfigMgr 2007, USMT 4.0 and using Hard-Links"): a refresh task
  sequence whose three variables carry exactly the seed's values, each set right before the
  step it serves; Request and Release State Store are left out. Around them stands the
  structure of the 2007 sample "existing operating system image" task sequence (what the New
  Task Sequence Wizard's "Install an existing image package" builds): Capture Windows Settings
  and Capture Network Settings before the image is applied, so the computer keeps its name
  and settings, and Apply Network Settings joins the domain (and OU) the plan names.
- ``error-catching`` (seed "Copy logs from a failed Task Sequence in ConfigMgr 2007"): any task
  sequence wrapped in a top group set to continue on error, then an error-catching group that
  runs when ``_SMSTSLastActionSucceeded`` equals ``false`` and copies the logs to a share.

What a builder was told is kept in ``TaskSequence.builder_options`` so the rules can check the
plan around it (reference machine in the boundaries, no mandatory assignment...). A builder
that cannot build for the given site or options raises :class:`BuilderRefused` with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cmplanner.model.site import ServicePack, SiteVersion
from cmplanner.model.tasksequence import Group, Step, TaskSequence
from cmplanner.sources import load_sources
from cmplanner.tasksequence.analysis import LAST_ACTION, find_catch_group
from cmplanner.tasksequence.catalog import load_variables
from cmplanner.tasksequence.factory import group, make_step, set_variable, variable_condition
from cmplanner.tasksequence.limits import MAX_DEPTH, element_depth
from cmplanner.tasksequence.logscript import (
    DEFAULT_DRIVE,
    DEFAULT_FOLDER,
    SCRIPT_NAME,
    log_copy_script,
)

# Where each builder's refusals and steps come from: ids of resources/sources.toml, printed
# through the registry like every other citation (:func:`cited_text`).
SEED_CAPTURE = "seed-capture-only"
SEED_HARDLINK = "seed-hardlinks"
HARDLINK_DOCS = "hardlink-2007-sp2"
USMT4_XP = "css-usmt4-hardlink"  # says "not XP to XP", as rule TS021 cites it
SEED_LOGS = "seed-copy-logs"
CATCH_GROUP = "Error Catching"
FAIL_STEP = "Fail the task sequence"
FAIL_COMMAND = "cmd.exe /c exit 1"
#: Cited for the practice of failing the task sequence on purpose after the error-catching
#: group ran, so its status does not report success (the registry entry says what the page
#: says, and that the command itself is the planner's own choice).
FAIL_SOURCE = "mdt-fail-after-catch"
#: a limit of the planner itself (no page to cite), said as such
OWN_CHECK = "the planner's own check"
WORK_GROUP = "Task Sequence"


def cited_text(source_id: str) -> str:
    """The printed citation of a source of the registry (``seed: ...``, ``Title: URL``)."""
    return load_sources().by_id[source_id].text


class BuilderRefused(Exception):
    """The builder cannot make this task sequence; ``reason`` says why, ``source`` where the
    rule comes from (a registry id, printed as its citation)."""

    def __init__(self, reason: str, source: str) -> None:
        self.reason = reason
        self.source = source if source == OWN_CHECK else cited_text(source)
        super().__init__(f"{reason} (source: {self.source})")


class BuilderOptionError(BuilderRefused, ValueError):
    """An option the builder does not know, or a value it cannot read or that cannot be
    (``image_index=0``): bad input (exit 2 on the command line). A kind of refusal, so a
    face that shows refusals (the wizards) shows this one too, with its reason."""

    def __init__(self, reason: str, source: str = OWN_CHECK) -> None:
        super().__init__(reason, source)

    def __str__(self) -> str:
        return self.reason


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off", "")


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("1", "true", "yes", "on")
    return bool(value)


def _is_xp(os_name: str) -> bool:
    folded = os_name.casefold().replace(" ", "")
    return folded in ("xp", "windowsxp", "winxp") or folded.startswith("windowsxp")


def _options(given: dict[str, Any], defaults: dict[str, Any], kind: str) -> dict[str, Any]:
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        raise BuilderOptionError(
            f"{kind} has no option {', '.join(unknown)}; it knows {', '.join(sorted(defaults))}"
        )
    for key, value in given.items():
        if (
            isinstance(defaults[key], bool)
            and isinstance(value, str)
            and value.strip().casefold() not in _TRUE + _FALSE
        ):
            raise BuilderOptionError(f"option {key}={value!r}: say true or false")
    return {**defaults, **given}


def _record(options: dict[str, Any]) -> dict[str, str]:
    out = {}
    for key, value in options.items():
        if isinstance(value, TaskSequence) or value is None:
            continue
        out[key] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return out


# --------------------------------------------------------------------------- capture-only

CAPTURE_DEFAULTS: dict[str, Any] = {
    "name": "Capture Only",
    "domain_joined": True,
    "workgroup": "WORKGROUP",
    "windows_xp": False,
    "sysprep_package_id": "",
    "capture_destination": r"\\SERVER\Captures\reference.wim",
    "capture_account": r"DOMAIN\capture-account",
    "start_in_winpe": False,
    "reference_machine": "",
    "mandatory_assignment": False,
    "local_admin_password_blank": True,
    "boot_image_id": "",
}


def capture_only(site_version: SiteVersion, **given: Any) -> TaskSequence:
    opts = _options(given, CAPTURE_DEFAULTS, "capture-only")
    if _flag(opts["start_in_winpe"]):
        raise BuilderRefused(
            "a capture-only task sequence runs its first steps in the full "
            "operating system, so it cannot start from WinPE (PXE or boot "
            "media); advertise it to the running reference machine instead",
            SEED_CAPTURE,
        )
    xp = _flag(opts["windows_xp"])
    if xp and not str(opts["sysprep_package_id"]).strip():
        raise BuilderRefused(
            "Windows XP needs an Install Deployment Tools step, which needs "
            "the package ID of the sysprep package (option "
            "sysprep_package_id)",
            SEED_CAPTURE,
        )
    steps: list[Step | Group] = []
    if xp:
        steps.append(
            make_step(
                "SMS_TaskSequence_InstallDeployToolsAction",
                values={"SysprepPackageID": str(opts["sysprep_package_id"])},
                description="Copies the Windows XP sysprep package to the reference machine",
            )
        )
    if _flag(opts["domain_joined"]):
        steps.append(
            make_step(
                "SMS_TaskSequence_JoinDomainWorkgroupAction",
                "Join Workgroup",
                {"Type": "1", "WorkgroupName": str(opts["workgroup"]), "SkipReboot": "false"},
                description="The reference machine must not be domain-joined when it is captured",
            )
        )
    steps.append(make_step("SMS_TaskSequence_PrepareSMSClientAction", "Prepare ConfigMgr Client"))
    steps.append(
        make_step(
            "SMS_TaskSequence_PrepareOSAction",
            "Prepare OS",
            {"BuildStorageDriverList": "false", "KeepActivation": "false"},
        )
    )
    steps.append(
        make_step(
            "SMS_TaskSequence_CaptureSystemImageAction",
            "Capture the Reference Machine",
            {
                "CaptureDestination": str(opts["capture_destination"]),
                "CaptureUsername": str(opts["capture_account"]),
            },
        )
    )
    return TaskSequence(
        name=str(opts["name"]),
        builder="capture-only",
        builder_options=_record(opts),
        boot_image_id=str(opts["boot_image_id"]),
        description="Capture part of Build and Capture; advertise it without a mandatory "
        "assignment and run it from Run Advertised Programs on the reference machine",
        steps=steps,
    )


# --------------------------------------------------------------------------- usmt-hardlink

HARDLINK_DEFAULTS: dict[str, Any] = {
    "name": "Refresh with USMT 4 hard-links",
    "source_os": "Windows XP",
    "target_os": "Windows 7",
    "capture_in_winpe": False,
    "usmt_package_id": "",
    "image_package_id": "",
    "image_index": "1",
    "client_package_id": "",
    "boot_image_id": "",
    "domain": "",
    "domain_ou": "",
    "domain_account": "",
}


def _image_index(value: Any) -> str:
    """The index of the image inside its WIM file: a whole number from 1 (ImageX and DISM
    number a WIM's images from 1, so 0 or a word names no image and Apply Operating System
    Image fails on the client)."""
    text = str(value).strip()
    if not text.isdecimal() or int(text) < 1:
        raise BuilderOptionError(
            f"option image_index={value!r}: the images in a WIM file are numbered from 1; "
            "say a whole number from 1"
        )
    return text


def usmt_hardlink(site_version: SiteVersion, **given: Any) -> TaskSequence:
    opts = _options(given, HARDLINK_DEFAULTS, "usmt-hardlink")
    opts["image_index"] = _image_index(opts["image_index"])
    if not site_version.at_least(ServicePack.SP2):
        raise BuilderRefused(
            f"USMT 4.0 hard-link migration needs ConfigMgr 2007 SP2; the site is {site_version}",
            HARDLINK_DOCS,
        )
    if _flag(opts["capture_in_winpe"]):
        raise BuilderRefused(
            "the hard-link capture uses the ConfigMgr Capture User Files and "
            "Settings step, which cannot capture in WinPE (offline)",
            SEED_HARDLINK,
        )
    if _is_xp(str(opts["source_os"])) and _is_xp(str(opts["target_os"])):
        raise BuilderRefused(
            "USMT 4.0 hard-link migration is not supported from Windows XP to Windows XP",
            USMT4_XP,
        )
    values = {v.name: v.value for v in load_variables().hardlink}
    # No _SMSTSInWinPE condition on the disk steps: they run in Windows PE only, so such a
    # condition is true whenever they run and guards nothing (see TS009).
    # The sample's first group and its first two steps are as the 2007 page shows them; the
    # names of the later groups follow the same sample (unverified beyond the first group).
    capture = group(
        "Capture File and Settings",
        [
            make_step(
                "SMS_TaskSequence_CaptureWindowsSettingsAction",
                values={
                    "MigrateComputerName": "true",
                    "MigrateRegistrationInfo": "true",
                    "MigrateTimeZone": "true",
                },
                description="Keeps the computer name, registration and time zone",
            ),
            make_step(
                "SMS_TaskSequence_CaptureNetworkSettingsAction",
                values={"MigrateNetworkMembership": "true", "MigrateAdapterSettings": "true"},
                description="Keeps the domain membership and network adapter settings",
            ),
            set_variable("OSDStateStorePath", values["OSDStateStorePath"]),
            set_variable(
                "OSDMigrateAdditionalCaptureOptions", values["OSDMigrateAdditionalCaptureOptions"]
            ),
            make_step(
                "SMS_TaskSequence_CaptureUserStateAction",
                "Capture User Files and Settings",
                {
                    "UsmtPackageID": str(opts["usmt_package_id"]),
                    "Mode": "Simple",
                    "ContinueOnLockedFiles": "true",
                },
            ),
        ],
    )
    install = group(
        "Install Operating System",
        [
            make_step(
                "SMS_TaskSequence_RebootAction",
                "Restart in Windows PE",
                {
                    "Target": "WinPE",
                    "MessageTimeout": "60",
                    "Message": "The computer restarts into Windows PE to install the new "
                    "operating system; files and settings stay on the disk (hard-links).",
                },
                run_in=None,
            ),
            make_step(
                "SMS_TaskSequence_ApplyOperatingSystemAction",
                "Apply Operating System Image",
                {
                    "ImagePackageID": str(opts["image_package_id"]),
                    "ImageIndex": str(opts["image_index"]),
                },
                description="Refresh: applies the image without formatting the disk, so the "
                "hard-link store survives",
            ),
            make_step(
                "SMS_TaskSequence_ApplyWindowsSettingsAction",
                values={"RandomAdminPassword": "true"},
            ),
            make_step(
                "SMS_TaskSequence_ApplyNetworkSettingsAction",
                values={
                    "NetworkJoinType": "0",  # join a domain (1 would be a workgroup)
                    "DomainName": str(opts["domain"]),
                    "DomainOUName": str(opts["domain_ou"]),
                    "DomainUsername": str(opts["domain_account"]),
                },
                description="Rejoins the domain; enter the join account's password in the "
                "console after import (exports never carry it)",
            ),
        ],
    )
    setup = group(
        "Setup Operating System",
        [
            make_step(
                "SMS_TaskSequence_SetupWindowsAndSMSAction",
                values={"ClientPackageID": str(opts["client_package_id"])},
            ),
        ],
    )
    restore = group(
        "Restore User Files and Settings",
        [
            set_variable(
                "OSDMigrateAdditionalRestoreOptions", values["OSDMigrateAdditionalRestoreOptions"]
            ),
            make_step(
                "SMS_TaskSequence_RestoreUserStateAction",
                "Restore User Files and Settings",
                {
                    "UsmtRestorePackageID": str(opts["usmt_package_id"]),
                    "Mode": "Simple",
                    "ContinueOnRestore": "true",
                },
            ),
        ],
    )
    steps: list[Step | Group] = [capture, install, setup, restore]
    return TaskSequence(
        name=str(opts["name"]),
        builder="usmt-hardlink",
        builder_options=_record(opts),
        boot_image_id=str(opts["boot_image_id"]),
        description="Computer refresh with a USMT 4.0 hard-link migration store: no state "
        "migration point, so no Request or Release State Store steps",
        steps=steps,
    )


# --------------------------------------------------------------------------- error-catching

CATCH_DEFAULTS: dict[str, Any] = {
    "name": "Task sequence with error catching",
    "wrap": None,
    "share": r"\\SERVER\Deploy$",
    "drive": DEFAULT_DRIVE,
    "account": r"DOMAIN\log-writer",
    "folder": DEFAULT_FOLDER,
    "fail_at_end": True,
}


def error_catching(site_version: SiteVersion, **given: Any) -> TaskSequence:
    opts = _options(given, CATCH_DEFAULTS, "error-catching")
    wrapped = opts["wrap"]
    if wrapped is not None and not isinstance(wrapped, TaskSequence):
        raise BuilderRefused("wrap must be a task sequence", SEED_LOGS)
    try:
        log_copy_script(str(opts["drive"]), str(opts["folder"]))
    except ValueError as exc:
        raise BuilderRefused(str(exc), SEED_LOGS) from None
    if wrapped is not None and find_catch_group(wrapped.steps) is not None:
        raise BuilderRefused(f"{wrapped.name!r} already has an error-catching group", SEED_LOGS)
    drive = str(opts["drive"]).upper()
    working = list(wrapped.steps) if wrapped is not None else []
    top = group(
        WORK_GROUP,
        [s.model_copy(deep=True) for s in working],
        continue_on_error=True,
        description="Holds the whole working sequence; set to continue on error so "
        "the error-catching group after it still runs when a step fails",
    )
    catch = group(
        CATCH_GROUP,
        [
            make_step(
                "SMS_TaskSequence_ConnectNetworkFolderAction",
                values={
                    "Path": str(opts["share"]),
                    "DriveLetter": drive,
                    "Username": str(opts["account"]),
                },
            ),
            make_step(
                "SMS_TaskSequence_RunCommandLineAction",
                "Copy Logs",
                {"CommandLine": f"cscript.exe //nologo {drive}\\{SCRIPT_NAME}"},
                action=f"cscript.exe //nologo {drive}\\{SCRIPT_NAME}",
                description=f"Copies _SMSTSLogPath to {drive}\\{opts['folder']}\\<machine>; "
                f"put {SCRIPT_NAME} (cmplanner ts new error-catching --script) on the share",
            ),
            *_fail_step(_flag(opts["fail_at_end"])),
        ],
        conditions=[variable_condition(LAST_ACTION, "equals", "false")],
        description="Runs only when the group above failed",
    )
    if wrapped is not None and element_depth(wrapped) >= MAX_DEPTH:
        raise BuilderRefused(
            f"{wrapped.name!r} nests {element_depth(wrapped)} levels deep; the top group "
            f"adds one more, and task sequences deeper than {MAX_DEPTH} levels cannot be "
            "read back",
            OWN_CHECK,
        )
    if wrapped is not None:
        result = wrapped.model_copy(deep=True)
        if str(given.get("name", "")).strip():
            result.name = str(given["name"]).strip()  # a name typed for the wrapped one
        result.steps = [top, catch]
        result.builder = "error-catching"
        # What the wrapped builder was told still matters to the rules (OS versions...).
        result.builder_options = {**wrapped.builder_options, **_record(opts)}
        if wrapped.builder:
            result.builder_options["wrapped_builder"] = wrapped.builder
        return result
    return TaskSequence(
        name=str(opts["name"]),
        builder="error-catching",
        builder_options=_record(opts),
        steps=[top, catch],
        description="Add the working steps to the top group",
    )


def _fail_step(wanted: bool) -> list[Step]:
    """The last step of the error-catching group: fail on purpose once the logs are copied,
    so the deployment's status says it failed (source: :data:`FAIL_SOURCE`)."""
    if not wanted:
        return []
    return [
        make_step(
            "SMS_TaskSequence_RunCommandLineAction",
            FAIL_STEP,
            {"CommandLine": FAIL_COMMAND},
            action=FAIL_COMMAND,
            description="Ends with exit code 1 after the logs are copied, so status "
            "messages report the failure instead of success; source: " + cited_text(FAIL_SOURCE),
        )
    ]


BUILDERS: dict[str, Callable[..., TaskSequence]] = {
    "capture-only": capture_only,
    "usmt-hardlink": usmt_hardlink,
    "error-catching": error_catching,
}


def build(kind: str, site_version: SiteVersion, **options: Any) -> TaskSequence:
    """A task sequence from one of :data:`BUILDERS`; :class:`BuilderRefused` when it cannot."""
    builder = BUILDERS.get(kind)
    if builder is None:
        raise BuilderRefused(
            f"no builder {kind!r}; choose one of {', '.join(BUILDERS)}",
            OWN_CHECK,
        )
    return builder(site_version, **options)
