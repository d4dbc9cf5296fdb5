; Inno Setup script for the Windows build (run on Windows after `pyinstaller packaging\safehaven.spec`).
; Installs per user (no administrator needed on a shared shelter laptop).
[Setup]
AppName=SafeHaven
AppVersion=0.1.0
AppPublisher=SafeHaven
DefaultDirName={localappdata}\Programs\SafeHaven
DefaultGroupName=SafeHaven
PrivilegesRequired=lowest
OutputBaseFilename=SafeHaven-Setup-0.1.0
SetupIconFile=..\..\resources\icons\safehaven.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\safehaven\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\SafeHaven"; Filename: "{app}\safehaven.exe"; Parameters: "gui"
Name: "{userdesktop}\SafeHaven"; Filename: "{app}\safehaven.exe"; Parameters: "gui"

[Run]
Filename: "{app}\safehaven.exe"; Parameters: "gui"; Description: "Start SafeHaven"; Flags: nowait postinstall skipifsilent
