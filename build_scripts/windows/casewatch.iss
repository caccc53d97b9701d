; CaseWatch: per-user Windows installer (Inno Setup 6.x; no admin rights, no UAC prompt).
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 build_scripts\windows\casewatch.iss
;
; Input: dist\CaseWatch (build_scripts/freeze.py or `pyinstaller build_scripts/casewatch.spec`)
; and build\icons\casewatch.ico (build_assets.py --icons, run by the spec).
; Output: dist\installer\CaseWatch-<version>-windows-x64-setup.exe.
; Saved as UTF-8 with a BOM: ISCC reads the Chinese text correctly only then.
;
; The names below are shared with the app; tests/test_packaging.py keeps them equal to
; desktop/core/autostart.py (APP_USER_MODEL_ID, WINDOWS_MUTEX, RUN_KEY, RUN_VALUE).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\CaseWatch"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\casewatch.ico"
#endif

#define AppName "CaseWatch"
#define AppDisplayName "CaseWatch 售后盯单"
#define AppExe "CaseWatch.exe"
#define AppUserModelID "CaseWatch.Desktop"
#define AppMutexName "CaseWatch.Running"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"
#define RunValue "CaseWatch"
; Official since Inno Setup 6.5; with an older ISCC the installer is English only.
#define HaveChinese FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")

[Setup]
; Never change AppId: upgrades find the installed copy by it.
AppId={{6F4C2A7E-3B1D-4E8F-9A65-0C7D2E9B4F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppDisplayName} {#AppVersion}
AppPublisher=CaseWatch
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppDisplayName} Setup
; Per user: %LOCALAPPDATA%\Programs\CaseWatch. The data folder (%LOCALAPPDATA%\CaseWatch) is
; elsewhere, so replacing or removing the program never touches the cases.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 uses the icu.dll that ships with Windows 10 1903 (build 18362) and later.
MinVersion=10.0.18362
OutputDir={#OutputDir}
OutputBaseFilename=CaseWatch-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppDisplayName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Upgrading in place: the Restart Manager finds the running CaseWatch (it holds files in {app})
; and closes it; "force" ends it if it does not answer, as a tray app may not. SQLite keeps the
; data safe either way. Silent installs close it without asking.
CloseApplications=force
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
UsePreviousTasks=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if HaveChinese
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
english.StartAtLoginGroup=Reminders:
english.StartAtLogin=Start CaseWatch in the tray when I sign in
english.StillRunning=CaseWatch is still running. Close it and go on with the uninstall?
english.DeleteData=Also delete your CaseWatch data?%n%n%1%n%nIt holds your cases, their history, backups and logs. Choose No to keep it; a later install picks it up again.
#if HaveChinese
chinesesimplified.StartAtLoginGroup=提醒：
chinesesimplified.StartAtLogin=登录 Windows 时自动在托盘中启动 CaseWatch
chinesesimplified.StillRunning=CaseWatch 仍在运行。要关闭它并继续卸载吗？
chinesesimplified.DeleteData=同时删除 CaseWatch 的数据吗？%n%n%1%n%n其中有你的售后单、处理记录、备份和日志。选“否”则保留，以后重新安装会接着使用。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; GroupDescription: "{cm:StartAtLoginGroup}"

[InstallDelete]
; An upgrade replaces the whole bundle: modules the new version no longer has must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#IconFile}"; DestDir: "{app}"; DestName: "casewatch.ico"; Flags: ignoreversion

[Icons]
; The shortcuts carry the AppUserModelID the app sets for itself, so the taskbar groups them and
; notifications show this name and icon.
Name: "{autoprograms}\{#AppDisplayName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppDisplayName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Registry]
; Start at login: the same value the app's Settings switch reads and writes.
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#RunValue}"; ValueData: """{app}\{#AppExe}"" --minimized"; Tasks: startatlogin; Flags: uninsdeletevalue
; The name and icon Windows shows on CaseWatch's notifications.
Root: HKCU; Subkey: "Software\Classes\AppUserModelId\{#AppUserModelID}"; ValueType: string; ValueName: "DisplayName"; ValueData: "{#AppDisplayName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\AppUserModelId\{#AppUserModelID}"; ValueType: string; ValueName: "IconUri"; ValueData: "{app}\casewatch.ico"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function CaseWatchRunning(): Boolean;
begin
  Result := CheckForMutexes('{#AppMutexName}');
end;

procedure CloseCaseWatch();
var
  ResultCode, Waited: Integer;
begin
  // Only this user's processes: a per-user uninstaller cannot end anyone else's.
  Exec(ExpandConstant('{sys}\taskkill.exe'), '/F /IM {#AppExe} /FI "USERNAME eq ' + GetUserNameString() + '"',
    '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  Waited := 0;
  while CaseWatchRunning() and (Waited < 50) do
  begin
    Sleep(100);
    Waited := Waited + 1;
  end;
end;

// The uninstaller has no Restart Manager step: it checks the mutex CaseWatch holds while it
// runs, and offers to close it (silent uninstalls close it without asking).
function InitializeUninstall(): Boolean;
begin
  Result := True;
  if CaseWatchRunning() then
  begin
    if UninstallSilent() then
      CloseCaseWatch()
    else if MsgBox(CustomMessage('StillRunning'), mbConfirmation, MB_YESNO) = IDYES then
      CloseCaseWatch()
    else
      Result := False;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usUninstall then
    // Also the entry the Settings switch wrote when the installer's task was not chosen.
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValue}');
  if CurUninstallStep = usPostUninstall then
  begin
    // The data stays unless the user says otherwise; "No" is the default button, and a silent
    // uninstall never deletes it.
    DataDir := ExpandConstant('{localappdata}\{#AppName}');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataDir]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
