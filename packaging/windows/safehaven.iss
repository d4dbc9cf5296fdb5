; Inno Setup script for the Windows build (run on Windows after `pyinstaller packaging\safehaven.spec`).
; Installs per user (no administrator needed on a shared shelter laptop).
;
; The version is not typed here: it is read from the version resource the spec writes
; into safehavenw.exe from safehaven.__version__ (the one place it is typed).
#define AppExe "safehavenw.exe"
#define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + "..\..\dist\safehaven\" + AppExe, "ProductVersion")
#if AppVersion == ""
  #error "dist\safehaven\safehavenw.exe has no version: build it with packaging\safehaven.spec first"
#endif

[Setup]
; AppId identifies SafeHaven to Windows across versions: an update replaces the installed
; copy instead of installing a second one. Never change it.
AppId={{1679BEAC-ED2E-45B1-B331-2AC5F6FD688D}
AppName=SafeHaven
AppVersion={#AppVersion}
AppPublisher=SafeHaven
DefaultDirName={localappdata}\Programs\SafeHaven
DefaultGroupName=SafeHaven
PrivilegesRequired=lowest
OutputBaseFilename=SafeHaven-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\safehaven.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\safehaven\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

; The shortcuts start the windowed program (no console behind the window); safehaven.exe,
; beside it, is the command line for backups and scripts.
[Icons]
Name: "{group}\SafeHaven"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\SafeHaven"; Filename: "{app}\{#AppExe}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start SafeHaven"; Flags: nowait postinstall skipifsilent
