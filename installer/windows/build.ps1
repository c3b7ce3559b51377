<#
.SYNOPSIS
Build the cmplanner Windows installer: the PyInstaller folder, a smoke run, then Inno Setup.

.DESCRIPTION
Uses the same definition as the Linux build (installer\cmplanner.spec through
installer\build.py), so both platforms ship the same modules, data and executables. Then it
runs the built cmplanner.exe offscreen with an almost empty environment (no Python on PATH):
--version, demo, validate, runbook to PDF, and the app started on the demo plan and quit once
its main window is shown. Last, Inno Setup 6 packs the folder with the version read from
cmplanner\__init__.py (passed as /DAppVersion), into dist\installer\cmplanner-<version>-setup.exe.

Needs: Python 3.11+ with the project's installer extra (python -m pip install -e ".[installer]")
and Inno Setup 6 (ISCC.exe).

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

# 2. Smoke: the built app with no Python on PATH, offscreen, in a fresh home folder.
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
        $Plan = Join-Path $Work "demo.cmplan"
        $Pdf = Join-Path $Work "runbook.pdf"

        Invoke-Checked "cmplanner demo" { & $Cli demo -o $Plan }
        & $Cli validate $Plan --format json | Out-Null
        if ($LASTEXITCODE -gt 1) { throw "cmplanner validate failed (exit $LASTEXITCODE)" }
        Invoke-Checked "cmplanner runbook" { & $Cli runbook $Plan -o $Pdf }
        $Head = [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes($Pdf)[0..4])
        if ($Head -ne "%PDF-") { throw "runbook.pdf is not a PDF" }
        $Shown = & $Cli gui $Plan 2>&1 | Out-String
        if ($LASTEXITCODE -ne 0 -or $Shown -notmatch "main window shown:") {
            throw "the app did not show its main window: $Shown"
        }
        Write-Host "Smoke: demo, validate, runbook PDF and the main window all work"
    }
    finally {
        $env:PATH = $Saved.PATH
        $env:PYTHONPATH = $Saved.PYTHONPATH
        $env:PYTHONHOME = $Saved.PYTHONHOME
        Remove-Item Env:CMPLANNER_HOME, Env:QT_QPA_PLATFORM, Env:CMPLANNER_SMOKE -ErrorAction SilentlyContinue
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
Invoke-Checked "Inno Setup" { & $Iscc "/DAppVersion=$Version" "/DBundleDir=$Bundle" $Script }
Write-Host "Installer: $(Join-Path $Dist "installer\cmplanner-$Version-setup.exe")"
