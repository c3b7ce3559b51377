<#
.SYNOPSIS
Build the cmplanner Windows installer: the PyInstaller folder, a smoke run, then Inno Setup.

.DESCRIPTION
Uses the same definition as the Linux build (installer\cmplanner.spec through
installer\build.py), so both platforms ship the same modules, data and executables. Then it
runs the built executables offscreen with no Python on PATH: --version, demo, validate,
runbook to PDF, and the app (cmplanner.exe gui PLAN, cmplanner-gui.exe PLAN as the file
association starts it) quit once its main window is shown. Last, Inno Setup 6 packs the folder with the version read from
cmplanner\__init__.py (passed as /DAppVersion), into dist\installer\cmplanner-<version>-setup.exe.

Needs: Python 3.11+ with the project's installer extra (python -m pip install -e ".[installer]")
and Inno Setup 6.3 or newer (ISCC.exe).

.EXAMPLE
powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#>
[CmdletBinding()]
param(
    [string]$Python = "python",
    [string]$Iscc = "",
    [switch]$Clean,
    [switch]$SkipSmoke
)
$ErrorActionPreference = "Stop"

$Installer = Split-Path -Parent $PSScriptRoot
$Repo = Split-Path -Parent $Installer
$Dist = Join-Path $Repo "dist"
$Bundle = Join-Path $Dist "cmplanner"
$BuildPy = Join-Path $Installer "build.py"

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

# The version comes from cmplanner\__init__.py, the one place it is kept.
$Version = (& $Python $BuildPy --print-version).Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read the version" }
Write-Host "Building cmplanner $Version"

# 1. The folder, with the same spec as Linux; build.py checks the bundle's --version.
$BuildArgs = @($BuildPy, "--dist", $Dist)
if ($Clean) { $BuildArgs += "--clean" }
Invoke-Checked "PyInstaller build" { & $Python @BuildArgs }

# 2. Smoke: the built app with no Python on PATH, offscreen, in a fresh home folder. The
# bundle's smoke hook (CMPLANNER_SMOKE=1) quits the app once its main window is shown and
# reports anything loaded from outside the bundle, as installer/smoke does on Linux.
function Invoke-Bundle([string]$Exe, [string[]]$Arguments, [string]$Work) {
    $Out = Join-Path $Work "out.txt"
    $Err = Join-Path $Work "err.txt"
    # cmplanner-gui.exe has no stderr (no console): the hook also writes its lines here.
    $env:CMPLANNER_SMOKE_LOG = Join-Path $Work "smoke.log"
    Set-Content -Path $env:CMPLANNER_SMOKE_LOG -Value ""
    $Quoted = $Arguments | ForEach-Object { '"' + $_ + '"' }
    $Process = Start-Process -FilePath $Exe -ArgumentList $Quoted -NoNewWindow -Wait -PassThru `
        -RedirectStandardOutput $Out -RedirectStandardError $Err
    $Stderr = (Get-Content -Raw $Err) + (Get-Content -Raw $env:CMPLANNER_SMOKE_LOG)
    if ($Stderr -notmatch "everything loaded came from the bundle") {
        throw "$Exe $Arguments used something from outside the bundle: $Stderr"
    }
    return @{ Code = $Process.ExitCode; Stdout = (Get-Content -Raw $Out); Stderr = $Stderr }
}

if (-not $SkipSmoke) {
    $Work = Join-Path ([System.IO.Path]::GetTempPath()) ("cmplanner-smoke-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $Work | Out-Null
    $Saved = @{ PATH = $env:PATH; PYTHONPATH = $env:PYTHONPATH; PYTHONHOME = $env:PYTHONHOME }
    try {
        $env:PATH = Join-Path $env:SystemRoot "System32"
        $env:PYTHONPATH = $null
        $env:PYTHONHOME = $null
        $env:CMPLANNER_HOME = Join-Path $Work "home"
        $env:QT_QPA_PLATFORM = "offscreen"
        $env:CMPLANNER_SMOKE = "1"
        $Cli = Join-Path $Bundle "cmplanner.exe"
        $Gui = Join-Path $Bundle "cmplanner-gui.exe"
        $Plan = Join-Path $Work "demo.cmplan"
        $Pdf = Join-Path $Work "runbook.pdf"

        $Run = Invoke-Bundle $Cli @("--version") $Work
        if ("$($Run.Stdout)".Trim() -ne "cmplanner $Version") { throw "--version: $($Run.Stdout)" }
        $Run = Invoke-Bundle $Cli @("demo", "-o", $Plan) $Work
        if ($Run.Code -ne 0) { throw "cmplanner demo failed: $($Run.Stderr)" }
        # The demo plan is built to break rules: errors found is exit 1.
        $Run = Invoke-Bundle $Cli @("validate", $Plan, "--format", "json") $Work
        if ($Run.Code -ne 1 -or $Run.Stdout -notmatch '"rule": "DP') {
            throw "cmplanner validate: exit $($Run.Code): $($Run.Stderr)"
        }
        $Run = Invoke-Bundle $Cli @("runbook", $Plan, "-o", $Pdf) $Work
        $Head = [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes($Pdf)[0..4])
        if ($Run.Code -ne 0 -or $Head -ne "%PDF-") { throw "runbook PDF: $($Run.Stderr)" }
        # The app as the command starts it, then as the Start menu and a double-clicked plan do.
        $Run = Invoke-Bundle $Cli @("gui", $Plan) $Work
        if ($Run.Code -ne 0 -or $Run.Stderr -notmatch "main window shown:") {
            throw "cmplanner.exe gui did not show its main window: $($Run.Stderr)"
        }
        $Run = Invoke-Bundle $Gui @($Plan) $Work
        if ($Run.Code -ne 0 -or $Run.Stderr -notmatch "main window shown:") {
            throw "cmplanner-gui.exe did not show its main window: $($Run.Stderr)"
        }
        Write-Host "Smoke: version, demo, validate, runbook PDF and the main window all work"
    }
    finally {
        $env:PATH = $Saved.PATH
        $env:PYTHONPATH = $Saved.PYTHONPATH
        $env:PYTHONHOME = $Saved.PYTHONHOME
        Remove-Item Env:CMPLANNER_HOME, Env:QT_QPA_PLATFORM, Env:CMPLANNER_SMOKE, Env:CMPLANNER_SMOKE_LOG `
            -ErrorAction SilentlyContinue
        Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
    }
}

# 3. The installer, with the version from the build.
if (-not $Iscc) {
    $Iscc = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found; pass -Iscc <path>" }
$Script = Join-Path $PSScriptRoot "cmplanner.iss"
# Windows file versions are numbers only: 0.2.0rc1 is 0.2.0 there.
$NumericVersion = $Version -replace '[^0-9.].*$', ''
Invoke-Checked "Inno Setup" {
    & $Iscc "/DAppVersion=$Version" "/DNumericVersion=$NumericVersion" "/DBundleDir=$Bundle" $Script
}
Write-Host "Installer: $(Join-Path $Dist "installer\cmplanner-$Version-setup.exe")"
