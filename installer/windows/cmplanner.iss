; Inno Setup 6 script (6.3 or newer) of the cmplanner Windows installer.
;
; It packs the folder that installer/cmplanner.spec builds (PyInstaller, one folder) and adds
; a Start menu entry and the .cmplan file association. Build it with
; installer\windows\build.ps1, which builds the folder with installer\build.py and passes the
; version from cmplanner\__init__.py:
;
;   ISCC /DAppVersion=<version> /DNumericVersion=<x.y.z> /DBundleDir=<repo>\dist\cmplanner
;        installer\windows\cmplanner.iss
;
; The version is never written here: a build without /DAppVersion stops.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (installer\windows\build.ps1 does this)
#endif
#ifndef NumericVersion
  ; Windows file versions are numbers only (0.2.0 for 0.2.0rc1); build.ps1 passes both.
  #define NumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\cmplanner"
#endif

#define AppName "cmplanner"
#define AppDescription "Offline planning assistant for System Center Configuration Manager 2007"
#define AppGuiExe "cmplanner-gui.exe"
#define AppCliExe "cmplanner.exe"
#define PlanExtension ".cmplan"
#define PlanProgId "cmplanner.Plan"

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{CC77B57B-91CE-4517-8126-111B57841469}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments={#AppDescription}
VersionInfoVersion={#NumericVersion}
VersionInfoDescription={#AppDescription}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Admins may install for all users; anyone may install for themselves.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
InfoBeforeFile=what-is-installed.txt
UninstallDisplayIcon={app}\{#AppGuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "association"; Description: "Open {#PlanExtension} plans with {#AppName}"; GroupDescription: "File association:"
Name: "desktopicon"; Description: "A desktop shortcut"; GroupDescription: "Shortcuts:"; Flags: unchecked

[Files]
; The whole PyInstaller folder: both executables, the Python runtime, Qt and the app's data.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's internals whole, so no file of an old version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppGuiExe}"; Comment: "{#AppDescription}"
; A command prompt where "cmplanner validate PLAN" and the other subcommands just work.
Name: "{group}\{#AppName} command line"; Filename: "{cmd}"; Parameters: "/k set ""PATH={app};%PATH%"" && cmplanner --help"; WorkingDir: "{userdocs}"; Comment: "The cmplanner command: validate, dp check, runbook, ts, log"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppGuiExe}"; Tasks: desktopicon

[Registry]
; The .cmplan association, per user or per machine as the install is (HKA).
Root: HKA; Subkey: "Software\Classes\{#PlanExtension}"; ValueType: string; ValueName: ""; ValueData: "{#PlanProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#PlanExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#PlanProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}"; ValueType: string; ValueName: ""; ValueData: "cmplanner plan"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppGuiExe}"",0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppGuiExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppGuiExe}\SupportedTypes"; ValueType: string; ValueName: "{#PlanExtension}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppGuiExe}"; Description: "Start {#AppName} on the demo plan"; Flags: nowait postinstall skipifsilent
