<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AddResidentDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="228" />
      <source>Add resident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="239" />
      <source>e.g. Spanish, English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="241" />
      <source>who referred them: police, a hotline...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="254" />
      <source>Preferred name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="255" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="256" />
      <source>Intake date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="257" />
      <source>Care stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="258" />
      <source>Pronouns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="259" />
      <source>Languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="260" />
      <source>Referral source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="275" />
      <source>Save (Ctrl+Enter)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="52" />
      <location filename="../../src/safehaven/ui/admin.py" line="319" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="53" />
      <location filename="../../src/safehaven/ui/admin.py" line="320" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="55" />
      <source>Gives medicines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="65" />
      <source>Add staff member…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="67" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="70" />
      <source>Set their passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="76" />
      <source>Only managers add or remove staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="78" />
      <location filename="../../src/safehaven/ui/admin.py" line="348" />
      <source>Trained to give medicines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="81" />
      <source>Change my passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="98" />
      <source>Yours: at most the house's limit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="106" />
      <source>min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="109" />
      <source>(the system's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="120" />
      <source>(none: no automatic backups)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="123" />
      <source>Choose folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="130" />
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="143" />
      <source>Daily backup to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="145" />
      <source>Backups kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="146" />
      <source>Lock after idle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="147" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="148" />
      <source>House idle-lock limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="149" />
      <source>House language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="151" />
      <source>Only managers set the house's idle-lock limit, language and backup folder. Your own language and a shorter idle lock are yours to choose.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="162" />
      <source>House settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="163" />
      <source>Case reviews, complaints, the financial year, approvals, decisions and restraint techniques</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="166" />
      <source>The house's other settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="167" />
      <source>Records are kept in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="168" />
      <source>Logs (no records in them)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="169" />
      <source>Settings file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="171" />
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="176" />
      <source>Supervision and records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="181" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="183" />
      <source>About SafeHaven…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="193" />
      <source>SafeHaven {0}

Encrypted, offline-first records for shelters and safe houses.
Free software under the GNU Affero General Public License, version 3 or later.

Records: {1}
Logs (no records in them): {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="199" />
      <source>About SafeHaven</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/admin.py" line="219" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="277" />
      <source>Folder for daily backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="297" />
      <source>Writing the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="301" />
      <source>Backup written to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="309" />
      <source>The same again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="314" />
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="329" />
      <source>Add staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="339" />
      <source>by role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>trained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>not trained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="346" />
      <source>No longer trained to give medicines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="362" />
      <source>Clinicians and managers give medicines by their role; the training is recorded for staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="365" />
      <source>{0} will no longer be able to record medicines as given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="367" />
      <source>{0} will be able to record medicines as given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="369" />
      <source>Training to give medicines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="386" />
      <source>Remove a staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="387" />
      <source>Remove {0}? They will no longer unlock SafeHaven on any laptop of the house. Their records stay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="422" />
      <source>New passphrase for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="425" />
      <source>%1 has a new passphrase, on every laptop of the house once they sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="432" />
      <source>Choose a staff member in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="322" />
      <source>Their passphrase (they type it themselves)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <source>Change my passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <location filename="../../src/safehaven/ui/admin.py" line="423" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="409" />
      <source>Your passphrase was changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ApprovalsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="55" />
      <source>Submitted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="56" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="57" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="61" />
      <source>Enter: approve or return it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="75" />
      <source>Approvals ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="78" />
      <source>Plans and closures waiting for your approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="82" />
      <source>Destruction of all records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="97" />
      <source>Approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="98" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="99" />
      <source>Approve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="100" />
      <source>Return with a comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="101" />
      <source>Comment (what to change, when returning)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="103" />
      <source>{0}: {1}, submitted {2}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="228" />
      <source>Audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="231" />
      <source>A young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="232" />
      <source>A staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="236" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="237" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="238" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="239" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="240" />
      <source>Young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="244" />
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="289" />
      <source>Entries: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="292" />
      <source>Save the audit as CSV</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackgroundSync</name>
    <message>
      <location filename="../../src/safehaven/ui/background_sync.py" line="93" />
      <source>The server cannot be reached; changes wait here safely and go out when it can.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BookDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="279" />
      <source>Book a session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="288" />
      <source>Resident and therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="289" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CareForms</name>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="75" />
      <source>Preferred name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="77" />
      <source>Legal name (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="80" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="82" />
      <source>Estimated age (when the date is unknown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="84" />
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="85" />
      <source>Pronouns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="86" />
      <source>e.g. she/her, he/him, they/them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="87" />
      <source>Languages (comma between)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="89" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="149" />
      <source>Interpreter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="90" />
      <source>needs an interpreter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="91" />
      <source>Interpreter's language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="93" />
      <source>Cultural and faith notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="95" />
      <source>Dietary needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="96" />
      <source>Key worker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="105" />
      <source>New stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="107" />
      <source>Why?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="109" />
      <source>Why does it skip a stage?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="111" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="155" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="112" />
      <source>Where the young person goes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="119" />
      <source>Need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="121" />
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="123" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="124" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="125" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="129" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="219" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="131" />
      <source>How it was met, or why it does not apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="135" />
      <source>Therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="137" />
      <source>Provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="138" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="139" />
      <source>Frequency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="141" />
      <source>Funded sessions (cap)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="143" />
      <source>Funded by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="144" />
      <source>Starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="146" />
      <source>Planned end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="148" />
      <source>Goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="150" />
      <source>language or name, if one joins the sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="154" />
      <source>Why is the plan ending?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="161" />
      <source>Therapy plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="162" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="206" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="239" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="163" />
      <source>Minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="165" />
      <source>Place (if not the plan's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="170" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="172" />
      <source>Shared with (service)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="175" />
      <source>Consent given by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="177" />
      <source>Name of guardian or agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="179" />
      <source>Consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="180" />
      <source>consent was given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="181" />
      <source>The young person's assent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="183" />
      <source>they agreed in their own words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="184" />
      <source>Given on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="186" />
      <source>Expires on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="191" />
      <source>Withdrawn on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="192" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="195" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="196" />
      <source>Relationship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="197" />
      <source>e.g. aunt, teacher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="198" />
      <source>Phone or other contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="202" />
      <source>Vetting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="204" />
      <source>How they were checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="207" />
      <source>Checked by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="208" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="221" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="328" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="213" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="215" />
      <source>Receiving service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="217" />
      <source>Contact person there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="224" />
      <source>Referred on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="228" />
      <source>Hand-off on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="229" />
      <source>Accompanied by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="230" />
      <source>Received by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="237" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="241" />
      <source>What happened, in plain words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="243" />
      <source>What was done at once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="244" />
      <source>Who was told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="246" />
      <source>Told at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="247" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="268" />
      <source>Police reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="249" />
      <source>Last seen at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="251" />
      <source>Last seen where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="253" />
      <source>Clothing and appearance (for the police)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="260" />
      <source>Back at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="261" />
      <source>How they came back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="262" />
      <source>alone, brought by police, found by staff…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="263" />
      <source>Where they were, and with whom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="265" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="280" />
      <source>Sealed: only clinicians and managers read it. Left empty, what was written is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="267" />
      <source>Injuries seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="275" />
      <source>Held at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="276" />
      <source>Held by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="277" />
      <source>ideally someone independent of the house</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="278" />
      <source>What was said, and the actions that follow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="286" />
      <source>Warning signs: what tells of a crisis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="288" />
      <source>What helps: coping strategies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="290" />
      <source>Safe people and places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="292" />
      <source>People and places to avoid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="294" />
      <source>Whom to call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="296" />
      <source>Reviewed with the young person on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="298" />
      <source>Next review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="303" />
      <source>Outcome: what was done and what follows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="307" />
      <source>First contact due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="308" />
      <source>How many contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="310" />
      <source>Every how many months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="315" />
      <source>Date of contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="316" />
      <source>How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="318" />
      <source>Spoke with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="319" />
      <source>the young person, a carer, a teacher…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="320" />
      <source>Wellbeing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="322" />
      <source>School or work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="324" />
      <source>Risk signs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="326" />
      <source>Re-trafficking risk</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseActions</name>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="38" />
      <source>Case closed on {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="41" />
      <source>Transfer to {0} sent on {1}: waiting for its receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="44" />
      <source>Closure waiting for a manager's approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="46" />
      <source>Closure returned: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="54" />
      <source>Reopen case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="57" />
      <source>Only a manager reopens a case.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="59" />
      <source>Close case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="63" />
      <source>Clinicians and managers close cases.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="73" />
      <source>Why is the case reopened?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="74" />
      <location filename="../../src/safehaven/ui/case_actions.py" line="78" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="76" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="79" />
      <source>Where the young person went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="80" />
      <source>Anything else</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="88" />
      <source>Close case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="89" />
      <source>{0} leaves Today and the weekly lists; follow-up contacts go on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="93" />
      <source>Reopen case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="94" />
      <source>{0}'s case was closed on {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="102" />
      <source>Case reopened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="103" />
      <source>Case closed: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="105" />
      <source>Transfer sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="107" />
      <source>Closure submitted: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="112" />
      <source>{0}: {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="260" />
      <source>Discard this check-in? What you typed will be lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="146" />
      <source>Check-in: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Very low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Okay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="150" />
      <source>Very good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Poor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Somewhat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="172" />
      <source>A risk that goes on: it stays on Today, for the manager too, until an incident is recorded for it. Space ticks or unticks it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="179" />
      <source>What happened, if anything: alerts the manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="182" />
      <source>Something that happened this shift (a fight, a visitor, an injury). Text here puts an alert on Today for the manager until an incident is recorded from it. A risk flag is different: a risk that goes on, not one event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="193" />
      <source>Check-in for {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="202" />
      <source>Mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="204" />
      <source>Sleep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="205" />
      <source>Appetite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="206" />
      <source>Feels safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="207" />
      <source>Engagement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="208" />
      <source>Risk flags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="210" />
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="212" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="215" />
      <source>Save (Ctrl+Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="252" />
      <source>ALLERGIES: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="304" />
      <source>Choose a face for today's mood.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckinsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="64" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="65" />
      <source>Shift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="66" />
      <source>Mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="67" />
      <source>Feels safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="68" />
      <source>Flags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="69" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="70" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="76" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Correct…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="78" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Void…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="104" />
      <source>void: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="107" />
      <source>voided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="108" />
      <source>corrected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="110" />
      <source>correction: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="133" />
      <source>Recorded by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="136" />
      <source>Voided by {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="137" />
      <source>Corrected by {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="140" />
      <source>Incidents: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="147" />
      <source>Choose a check-in in the table first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="178" />
      <source>Correct the check-in: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="181" />
      <source>What was wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="187" />
      <source>Why it is corrected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="194" />
      <source>Say why it is corrected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="220" />
      <source>Void the check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="221" />
      <source>Why it is voided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="222" />
      <source>recorded for the wrong child, or in error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="223" />
      <source>The check-in of {0} ({1}) is kept in the history and counted nowhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="225" />
      <source>Void</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComplaintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="161" />
      <source>Complaints (a manager answers each)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="162" />
      <source>Made on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="163" />
      <source>Complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="164" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="165" />
      <source>NOT ANSWERED YET</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="166" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="167" />
      <source>What they were told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="169" />
      <source>Write down a complaint…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="171" />
      <source>Answer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="180" />
      <source>A complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="187" />
      <source>Answer a complaint</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="284" />
      <source>Consent and assent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="285" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="287" />
      <source>Given by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>Assent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="289" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="290" />
      <source>Valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="293" />
      <source>Add consent…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="294" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="303" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="295" />
      <source>Withdraw…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="296" />
      <source>Trusted adults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="297" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="298" />
      <source>Relationship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="299" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="300" />
      <source>Vetting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="302" />
      <source>Add trusted adult…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="304" />
      <source>Record vetting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="316" />
      <source>The young person, with {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="321" />
      <source>withdrawn {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="323" />
      <source>expired {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="325" />
      <source>not valid (no consent or assent)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="326" />
      <source>until {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="330" />
      <source>NOT VETTED: no contact or hand-off yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="336" />
      <source>Add consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="343" />
      <source>Correct consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="350" />
      <source>Consent withdrawn: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="354" />
      <source>Add trusted adult</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="361" />
      <source>Edit trusted adult</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="369" />
      <source>Vetting: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="24" />
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="84" />
      <source>No-contact list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="25" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="26" />
      <source>Who they are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="27" />
      <source>Also known as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="28" />
      <source>Phone numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="29" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="32" />
      <source>Add to the list…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="33" />
      <source>Change…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="34" />
      <source>Take off the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="35" />
      <source>Visits, calls, messages and letters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="36" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="38" />
      <source>How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="39" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="40" />
      <source>Supervised by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="41" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="42" />
      <source>How it went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="45" />
      <source>Record a visit or call…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="46" />
      <source>Correct…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="60" />
      <source>(clinicians and managers only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="64" />
      <source>ON THE NO-CONTACT LIST</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="66" />
      <source>not allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="68" />
      <source>unknown person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="69" />
      <source>adult not yet vetted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="76" />
      <source>Add to the no-contact list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="89" />
      <source>Take {0} off the no-contact list? Staff will no longer be warned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="95" />
      <source>Record a visit or call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="102" />
      <source>Correct a contact</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateFields</name>
    <message>
      <location filename="../../src/safehaven/ui/date_fields.py" line="240" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DestructionForms</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="26" />
      <source>Destroy records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="27" />
      <source>Why (do not name the young person: this stays after the records are gone)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="30" />
      <source>Ask for every record of {0} to be destroyed on every laptop and on the server. Another manager must approve; until then nothing is erased. It cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="47" />
      <source>Destruction of records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="48" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="49" />
      <source>Decline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="50" />
      <source>Approve: destroy every record now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="52" />
      <source>Why not (when declining)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="54" />
      <source>{0} asked on {1} to destroy every record of {2} (case closed {3}): “{4}”. Approving erases them on this laptop at once, and on every other laptop and the server at their next sync. It cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="68" />
      <source>declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="70" />
      <source>waiting for a second manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="72" />
      <source>erased on {0} of {1} laptops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="75" />
      <source>erased on every laptop</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DestructionsDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="91" />
      <source>Destructions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="93" />
      <source>Asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="95" />
      <source>Young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="96" />
      <source>(records destroyed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="97" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="98" />
      <source>Laptops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="102" />
      <source>Enter: approve or decline one waiting for you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="117" />
      <source>{0} at {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="120" />
      <source>not yet: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DetailsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="50" />
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Your house and you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="70" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="71" />
      <source>House name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="72" />
      <source>Server address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="73" />
      <source>Enrolment code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="74" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="75" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="77" />
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Join your house</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="107" />
      <source>Fill in the server address, the code and your name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="109" />
      <source>Fill in the house name and your name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="114" />
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="283" />
      <source>Save a copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="306" />
      <source>This kind of file cannot be shown here. Save a copy to open it with another program.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="310" />
      <source>Added {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="52" />
      <source>Documents (drop a file here to add it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="53" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="54" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="55" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="157" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="257" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="56" />
      <source>Dated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="58" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="159" />
      <source>Who may open it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="59" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="60" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="62" />
      <source>Add a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="63" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="64" />
      <source>Save a copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="65" />
      <source>Correct…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="66" />
      <source>Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="82" />
      <source>Pictures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="133" />
      <source>Closed to your role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="134" />
      <source>Not on this laptop yet: fetched when opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="137" />
      <source>{0} KB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="138" />
      <source>{0} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="144" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="164" />
      <source>Add a document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="145" />
      <source>Pictures and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="154" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="255" />
      <source>What it is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="158" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="258" />
      <source>Date on the document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="161" />
      <source>A photo of the young person needs a current consent to photographs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="197" />
      <source>Fetching the document from the server…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="205" />
      <source>Fetching the document from the server… {0} of {1} parts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="217" />
      <source>This document's content is not on this laptop yet, and the server cannot be reached now. Connect to the house's network, then open it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="236" />
      <source>Save a copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="245" />
      <source>A copy in the clear is at {0}. Keep it safe and delete it when done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="254" />
      <source>Correct “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="265" />
      <source>Remove “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="266" />
      <source>Why it is removed (kept in the record)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FaceButton</name>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>not chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="65" />
      <source>Mood {0} of 5: {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="167" />
      <source>Set up SafeHaven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="181" />
      <source>Joining: fetching the house's records…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuardedDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="93" />
      <source>Esc again locks SafeHaven at once (what you typed is kept). To close this form, press Cancel.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HandoverButton</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="59" />
      <source>Since my last shift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="60" />
      <source>New incidents, flags, missed check-ins, sessions, notes and the house log since your last shift ended, and who wrote them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="75" />
      <source>Since my last shift ({0})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HandoverView</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="90" />
      <location filename="../../src/safehaven/ui/handover.py" line="112" />
      <source>Since my last shift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="93" />
      <location filename="../../src/safehaven/ui/handover.py" line="131" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="94" />
      <location filename="../../src/safehaven/ui/handover.py" line="129" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="95" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="96" />
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="97" />
      <source>Written by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="101" />
      <source>Your first shift here: the last day and night, since {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="102" />
      <source>Since your last shift ended: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="105" />
      <source>On shift now: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="107" />
      <source>Write a handover note…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="128" />
      <source>Handover note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="133" />
      <source>What the next shift needs to know</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthForms</name>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="32" />
      <source>No allergies recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="33" />
      <source>ALLERGIES: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="38" />
      <source>Allergies (comma between)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="40" />
      <source>e.g. penicillin, peanuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="41" />
      <source>Reactions, and what to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="43" />
      <source>Health conditions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="45" />
      <source>Doctor or clinic, and how to reach them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="47" />
      <source>Immunisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="51" />
      <source>Height (cm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="53" />
      <source>Weight (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="55" />
      <source>e.g. 41.5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="58" />
      <source>Pregnancy (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="64" />
      <source>Medicine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="110" />
      <source>Dose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <source>e.g. 500 mg, 1 tablet, 5 ml</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="66" />
      <source>How it is taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="68" />
      <source>Form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>Strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>e.g. 250 mg/5 ml</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="122" />
      <source>Active substances (comma between)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="71" />
      <source>checked against the allergies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="72" />
      <source>As needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="73" />
      <source>as needed (PRN), not at set times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="120" />
      <source>Times of day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <source>e.g. 08:00, 20:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="75" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="112" />
      <source>As needed: what for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="76" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="115" />
      <source>As needed: minutes at least between doses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="78" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="117" />
      <source>As needed: most doses in 24 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="80" />
      <source>Prescriber</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="81" />
      <source>Starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="82" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="124" />
      <source>Ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="83" />
      <source>Why it was prescribed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="84" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="125" />
      <source>Instructions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="85" />
      <source>Controlled drug</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="86" />
      <source>every dose given needs a witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="87" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="126" />
      <source>Units a dose takes from the stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="89" />
      <source>tablets, ml…; 1 when left empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="93" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="131" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="95" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="133" />
      <source>How many units (tablets, ml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="98" />
      <source>Batch number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="99" />
      <source>from the label; a return or disposal may name it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="100" />
      <source>Expires (stock received)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="138" />
      <source>Why it is stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="139" />
      <source>First day without it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="144" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="171" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="153" />
      <source>Scheduled dose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="177" />
      <source>How it helped (checked later)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="97" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="156" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="173" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="157" />
      <source>Dose given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="103" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="160" />
      <source>Witness (controlled drug)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="162" />
      <source>What it was needed for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="163" />
      <source>Why not given (if not given)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="105" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="135" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="164" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="174" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="130" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="170" />
      <source>Why it is corrected</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthTab</name>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="55" />
      <source>Health profile…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="61" />
      <source>Medicines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="62" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="85" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="93" />
      <source>Medicine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="64" />
      <source>Dose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="65" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="84" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="92" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="66" />
      <source>Prescriber</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="67" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="111" />
      <source>Stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="68" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="74" />
      <source>Record a dose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="76" />
      <source>Add prescription…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="77" />
      <source>Edit prescription…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="79" />
      <source>Stock…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="81" />
      <source>Stop…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="82" />
      <source>Print this week's chart…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="83" />
      <source>Doses (last two weeks)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="86" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="87" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="97" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="88" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="98" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="90" />
      <source>Correct or add the effect…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="91" />
      <source>Stock (last two weeks)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="94" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="95" />
      <source>Units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="96" />
      <source>Batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="102" />
      <source>Correct…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="110" />
      <source>Doses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="130" />
      <source>Prescriptions are copied by clinicians, managers and staff trained to give medicines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="138" />
      <source>Conditions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="139" />
      <source>Doctor or clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="140" />
      <source>Immunisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="141" />
      <source>Height and weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="142" />
      <source>Dietary needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="143" />
      <source>Pregnancy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="146" />
      <source>No health profile yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="157" />
      <source>{0} cm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="158" />
      <source>{0} kg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="165" />
      <source>as needed: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="170" />
      <source>stopped {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="171" />
      <source>controlled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="173" />
      <source>until {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="174" />
      <source>current</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="182" />
      <source>{0} (count: {1} expected {2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="185" />
      <source>{0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="191" />
      <source>no batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="195" />
      <source>{0} EXPIRED {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="196" />
      <source>{0} until {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="210" />
      <source>effect: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="211" />
      <source>corrected: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="213" />
      <source>witness {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="220" />
      <source>Health profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="229" />
      <source>Add prescription</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="237" />
      <source>Edit prescription: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="244" />
      <source>Correct a stock entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="251" />
      <source>Stop: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="260" />
      <source>Dose: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="270" />
      <source>Stock: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="279" />
      <source>Correct a dose record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="298" />
      <source>Medication chart: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HouseSettingsForm</name>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="48" />
      <source>Weeks between case reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="50" />
      <source>Days a complaint may wait for an answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="52" />
      <source>The financial year starts in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="54" />
      <source>for the funder summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="55" />
      <source>Largest document (MB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="57" />
      <source>Laptops fetch in the background</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="59" />
      <source>the rest of a document comes when it is opened; one laptop may choose less on its Sync page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="61" />
      <source>A manager approves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="62" />
      <source>therapy plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="63" />
      <source>safety plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="64" />
      <source>closures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="65" />
      <source>First-stage identification decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="67" />
      <source>one a line; a later decision confirms them (the NRM's reasonable grounds, say)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="69" />
      <source>Final identification decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="71" />
      <source>one a line: a shipped decision by its code, the house's own in its words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="73" />
      <source>Restraint techniques</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="75" />
      <source>one a line: those the house trains in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="79" />
      <source>These apply on every laptop of the house. Both lists of decisions or the techniques left empty: the shipped list. Records keep the decision or technique they were made with. The idle-lock limit and the house's language are on the Admin page; retention rules under Retention.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="85" />
      <source>Only a manager changes the house's settings: you can see them here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="87" />
      <source>House settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="98" />
      <source>Only a manager changes this.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IntakeProfileBox</name>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="24" />
      <source>Trafficking profile now (you may skip it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="37" />
      <source>the country, or its two-letter code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="44" />
      <source>Forms of exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="45" />
      <source>Country of origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="46" />
      <source>Citizenship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="47" />
      <source>How they were identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="48" />
      <source>Identified by</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LegalPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="100" />
      <source>Legal cases (details for clinicians and managers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="101" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="102" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="119" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="103" />
      <source>Began</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="104" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="105" />
      <source>Lawyer or advocate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="106" />
      <source>Special measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="109" />
      <source>Add case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="110" />
      <source>Edit case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="111" />
      <source>Add hearing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="112" />
      <source>Hearings and appointments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="113" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="114" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="115" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="116" />
      <source>Who goes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="117" />
      <source>NOBODY YET</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="118" />
      <source>Transport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="121" />
      <source>Who goes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="123" />
      <source>Edit hearing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="133" />
      <source>Add a legal case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="140" />
      <source>Edit a legal case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="147" />
      <source>Add a hearing or appointment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="154" />
      <source>Who goes with the young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="162" />
      <source>Edit a hearing or appointment</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LifeForms</name>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="31" />
      <source>Forms of exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="33" />
      <source>all that apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="34" />
      <source>Country of origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="36" />
      <source>Citizenship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="37" />
      <source>Where they were exploited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="38" />
      <source>countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="39" />
      <source>When, and for how long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="41" />
      <source>How they were identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="43" />
      <source>Identified by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="44" />
      <source>Immigration status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="46" />
      <source>Guardian or advocate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="47" />
      <source>an independent child trafficking guardian, say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="48" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="133" />
      <source>How to reach them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="57" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="195" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="60" />
      <source>Referred or applied on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="62" />
      <source>Decided on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="64" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="84" />
      <source>Reference (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="66" />
      <source>Note (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="70" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="76" />
      <source>Kind of case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="79" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="115" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="172" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="82" />
      <source>Began on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="86" />
      <source>Lawyer or advocate, and how to reach them (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="88" />
      <source>Special measures asked for (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="90" />
      <source>screens, a video link, an intermediary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="91" />
      <source>Outcome (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="93" />
      <source>Notes (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="99" />
      <source>Who goes with the young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="101" />
      <source>How they get there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="108" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="155" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="109" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="112" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="113" />
      <source>How long (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="118" />
      <source>What it is about, how to prepare (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="124" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="127" />
      <source>School, college or employer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="129" />
      <source>Class, year group or trade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="131" />
      <source>Designated teacher or tutor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="135" />
      <source>Starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="137" />
      <source>Ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="142" />
      <source>Week of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="143" />
      <source>any day of the week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="144" />
      <source>Sessions there were</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="146" />
      <source>Sessions attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="147" />
      <source>Why any were missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="152" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="154" />
      <source>What, in a few words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="156" />
      <source>Days (an exclusion)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="161" />
      <source>The goal, in their own words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="162" />
      <source>With the therapy plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="165" />
      <source>Set on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="170" />
      <source>How it is going, as they say it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="174" />
      <source>Reviewed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="179" />
      <source>What they said, in their words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="180" />
      <source>About</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="181" />
      <source>family, school, where to live, court…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="182" />
      <source>Said on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="187" />
      <source>The complaint, in their words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="188" />
      <source>Made on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="193" />
      <source>How it was looked into (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="194" />
      <source>What the young person was told (restricted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="197" />
      <source>Is the young person satisfied?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="199" />
      <source>Answered on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="204" />
      <source>Who took part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="205" />
      <source>the young person, key worker, therapist…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="206" />
      <source>The young person took part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="207" />
      <source>What the young person said, in their words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="209" />
      <source>What was decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="210" />
      <source>Held on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="211" />
      <source>Next review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="212" />
      <source>empty: after the house's usual weeks</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LifeTab</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="41" />
      <source>Legal case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="42" />
      <source>Profile and decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="43" />
      <source>School</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="44" />
      <source>Their voice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="45" />
      <source>Complaints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="46" />
      <source>Reviews</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeasuresTab</name>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="37" />
      <source>Scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="38" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="39" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="93" />
      <source>Measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="40" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="42" />
      <source>Band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="43" />
      <source>Subscales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="44" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="98" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="113" />
      <source>Given by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="47" />
      <source>Record a score…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="48" />
      <source>Correct…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="49" />
      <source>Remove (typed in error)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="50" />
      <source>Add a house scale…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="52" />
      <source>Scores over time, with each measure's published bands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="69" />
      <source>No scores recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="77" />
      <source>{0}: one score so far, {1} ({2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>improved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>worse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="80" />
      <source>no reliable change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="82" />
      <source>reliable change not available for this scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="83" />
      <source>{0}: {1} ({2}) on {3} → {4} ({5}) on {6}: {7}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="111" />
      <source>Total score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <source>the total on the publisher's form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="97" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="112" />
      <source>Taken on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="115" />
      <source>Subscale scores (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="100" />
      <source>e.g. intrusion=7, avoidance=3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="101" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="117" />
      <source>Note (no item answers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="103" />
      <source>Record a score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="119" />
      <source>Correct a score: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="130" />
      <source>Name of the scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="131" />
      <source>Lowest score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="132" />
      <source>Highest score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="133" />
      <source>Bands (lowest score=label)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="134" />
      <source>e.g. 0=Low, 10=Moderate, 20=High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="135" />
      <source>Direction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="136" />
      <source>A higher score is better</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="138" />
      <source>Add a house scale</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="141" />
      <source>Stabilization needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="142" />
      <source>Need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="143" />
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="144" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="145" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="146" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="147" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="150" />
      <source>Add need…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="151" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="152" />
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="153" />
      <source>Close (met or not applicable)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="162" />
      <source>Add need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="169" />
      <source>Edit need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="180" />
      <source>Close need: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="57" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="76" />
      <source>Select all rows</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfPane</name>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="38" />
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="40" />
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="59" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="73" />
      <source>Save as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="74" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="78" />
      <source>Saved to {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProfilePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="176" />
      <source>Trafficking profile…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="180" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="224" />
      <source>Trafficking profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="183" />
      <source>Identification and status decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="184" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="185" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="186" />
      <source>Referred</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="187" />
      <source>Decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="188" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="190" />
      <source>Add decision…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="191" />
      <source>Record the decision…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="205" />
      <source>No trafficking profile yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="207" />
      <source>Forms of exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="209" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="211" />
      <source>Where and when</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="213" />
      <source>Identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="215" />
      <source>Immigration status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="216" />
      <source>Guardian or advocate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="229" />
      <source>Add a decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="236" />
      <source>Record the decision</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReceiveDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="87" />
      <source>Receive a transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="88" />
      <source>Open a transfer file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="90" />
      <source>Open the file the sending house gave you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="93" />
      <source>Why it is declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="94" />
      <source>Accept…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="96" />
      <source>Decline…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="123" />
      <source>Transfer file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="132" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="179" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="184" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="136" />
      <source>{0}, from {1} ({2}), signed by {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="139" />
      <source>Signer's fingerprint: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="140" />
      <source>Records: {0} · documents: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="143" />
      <source>This transfer was already accepted or declined here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="154" />
      <source>Say why it is declined.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="156" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="161" />
      <source>Accept the transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="157" />
      <source>Is {0} the fingerprint the sending house's manager read to you?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="164" />
      <source>Save the receipt for the sending house</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="168" />
      <source>{0} is now a resident of this house. Give the receipt ({1}) to the sending house.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="170" />
      <source>Declined. Give the receipt ({0}) to the sending house.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="263" />
      <source>Discard this record? What you typed will be lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="147" />
      <source>Save (Ctrl+Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="127" />
      <source>{0} ({1}–{2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="310" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordReceipt</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="196" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="212" />
      <source>Transfer receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="202" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="218" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="206" />
      <source>{0} accepted {1}: the case will close as transferred.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="208" />
      <source>{0} declined {1}: the case stays open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="210" />
      <source>{0}

Signed by {1}. Fingerprint of {2}'s card: {3}

Record it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="216" />
      <source>The receipt was recorded.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="124" />
      <source>Your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="131" />
      <source>Print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="133" />
      <source>I have written it down and will keep it locked away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="136" />
      <source>If every passphrase is forgotten, this key is the only way back into the records. It is shown only once. Write it down or print it, and keep it locked away from this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="152" />
      <source>SafeHaven recovery key</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="378" />
      <source>Referrals and hand-offs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="379" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="380" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="381" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="383" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>Hand-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>{0}: with {1}, received by {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="388" />
      <source>Add referral…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="390" />
      <source>Update…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="392" />
      <source>Hand-off summary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="394" />
      <source>Follow-up contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="395" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="396" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="397" />
      <source>Spoke with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="398" />
      <source>Risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="399" />
      <source>Signs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="402" />
      <source>Plan follow-ups…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="403" />
      <source>Record contact…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="415" />
      <source>OVERDUE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="418" />
      <source>Add referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="425" />
      <source>Update referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="435" />
      <source>Hand-off summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="450" />
      <source>Include the legal name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="451" />
      <source>Include the clinical notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="452" />
      <source>Include the legal case's details and how they were exploited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="462" />
      <source>Share only what the receiving service needs and the young person has agreed to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="464" />
      <source>Receiving service (leave empty for the house's own file):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="488" />
      <source>No consent names this service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="491" />
      <source>Why must it be shared anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="517" />
      <source>Hand-off summary: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="523" />
      <source>Plan follow-up contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="530" />
      <source>Follow-up contact due {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="29" />
      <source>Weekly house report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="30" />
      <source>Funder summary (de-identified)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="34" />
      <source>Make report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="43" />
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="64" />
      <source>{0} (from {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="67" />
      <source>in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="82" />
      <source>Financial year from {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="92" />
      <source>Only managers print or save the weekly report: it shows every child's flags and incidents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="101" />
      <source>Making the report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="119" />
      <source>The choice changed while it was made: make the report again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResidentPage</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="60" />
      <source>← Residents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="65" />
      <source>Check in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="68" />
      <source>Move stage…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="232" />
      <source>Edit profile…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="109" />
      <source>Therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="92" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="95" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="96" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="97" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="101" />
      <source>Profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="103" />
      <source>Needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="105" />
      <source>Check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="115" />
      <source>Consent &amp;&amp; adults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals &amp;&amp; follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="119" />
      <source>Notes &amp;&amp; timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="104" />
      <source>Check-ins</source>
      <comment>short tab title</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="114" />
      <source>Consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="118" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/resident_detail.py" line="299" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n year</numerusform>
        <numerusform>%n years</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>Interpreter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="337" />
      <source>not needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="338" />
      <source>Cultural and faith notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="339" />
      <source>Dietary needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="426" />
      <source>{0} is now in: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="451" />
      <source>Profile: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="258" />
      <source>Mood over the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="72" />
      <source>Close case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="75" />
      <source>Transfer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="76" />
      <source>Transfer to another house of the organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="244" />
      <source>About them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="248" />
      <source>Documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="102" />
      <source>Profile, legal case, school and their own voice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="106" />
      <source>Safety</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="107" />
      <source>Health</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="108" />
      <source>Health and medicines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="113" />
      <source>Measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="267" />
      <source>Write a note…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="269" />
      <source>Save note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="302" />
      <source>needs an interpreter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="327" />
      <source>Preferred name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>Legal name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="331" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="332" />
      <source>estimated age {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="333" />
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="334" />
      <source>Pronouns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="335" />
      <source>Languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="340" />
      <source>Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="341" />
      <source>Referral source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="343" />
      <source>Key worker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="379" />
      <source>Clinical note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Amended note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="383" />
      <source>Stage: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="391" />
      <source>House log: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="394" />
      <source>Referral ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="425" />
      <source>Move stage</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResidentsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="56" />
      <source>Preferred name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="58" />
      <source>Age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Closed {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="63" />
      <source>Days since intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="65" />
      <source>Last check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="68" />
      <source>Open needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="69" />
      <source>Next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="75" />
      <source>Search by name…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="77" />
      <source>Search residents by name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="79" />
      <source>Clear the search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="84" />
      <source>All stages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Open cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Closed cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="91" />
      <source>Open and closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="93" />
      <source>Show open or closed cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="96" />
      <source>Add resident…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="98" />
      <source>Search notes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="99" />
      <source>Search the notes, check-ins, incidents and house log (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="118" />
      <source>Residents</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/residents.py" line="162" />
      <source>{0} of %n resident(s)</source>
      <translation>
        <numerusform>{0} of %n resident</numerusform>
        <numerusform>{0} of %n residents</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="191" />
      <source>Save a new record anyway?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestraintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="25" />
      <source>Restraints and physical interventions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="26" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="28" />
      <source>Technique</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="29" />
      <source>Minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="30" />
      <source>What led to it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="31" />
      <source>Debrief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="33" />
      <source>DUE: a manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="36" />
      <source>Record a restraint…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="37" />
      <source>Debrief…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="38" />
      <source>Manager's review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="40" />
      <source>Correct…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="52" />
      <source>DUE by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="58" />
      <source>Record a restraint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="69" />
      <source>Debrief after a restraint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="76" />
      <source>Manager's review of a restraint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="83" />
      <source>Correct a restraint record</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="321" />
      <source>Retention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="325" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="326" />
      <location filename="../../src/safehaven/ui/supervision.py" line="436" />
      <source>Young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="327" />
      <source>Records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="328" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="329" />
      <location filename="../../src/safehaven/ui/supervision.py" line="435" />
      <source>Legal hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="336" />
      <source>Whose law the defaults follow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="338" />
      <source>Place a legal hold…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="340" />
      <source>Lift the hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="341" />
      <location filename="../../src/safehaven/ui/supervision.py" line="408" />
      <source>Choose a held line in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="343" />
      <source>Destroy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="344" />
      <source>Ask for the chosen young person's records to be destroyed; a second manager approves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="347" />
      <source>Destructions…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="348" />
      <source>Destructions asked for, and which laptops have erased the records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="354" />
      <source>Destroying a young person's records needs two managers, reaches every laptop and the server, and cannot be undone; a legal hold keeps them whatever the date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="362" />
      <source>Defaults of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="389" />
      <source>Rules ({0}): {1}. Listed: due now or within a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>none chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>England</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="397" />
      <source>Scotland</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="419" />
      <source>Choose a line that is not held in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="437" />
      <source>Why the records are kept</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="195" />
      <source>Case reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="196" />
      <source>Held on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="197" />
      <source>Who took part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="198" />
      <source>Decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="199" />
      <source>Next review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="202" />
      <source>Review sheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="203" />
      <source>Record a review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="211" />
      <source>Record a case review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="227" />
      <source>Case review: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SafeguardingForms</name>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="27" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="28" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="52" />
      <source>Who they are to the young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="30" />
      <source>trafficker, recruiter, father, a friend of the family…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="31" />
      <source>Other names they use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="33" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="36" />
      <source>separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="34" />
      <source>Phone numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="37" />
      <source>What they look like, the car they drive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="41" />
      <source>Why (restricted: staff are warned, not told why)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="49" />
      <source>How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="51" />
      <source>Who (their name as given)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="54" />
      <source>Phone number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="55" />
      <source>Supervised by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="57" />
      <source>Why they came or called</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="59" />
      <source>How it went, and what the young person said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="61" />
      <source>Allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="62" />
      <source>Allowed (clear it if turned away or not put through)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="63" />
      <source>Unknown person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="65" />
      <source>Someone the house does not know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="68" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="103" />
      <source>Why it is corrected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="81" />
      <source>Began at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="83" />
      <source>How long (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="85" />
      <source>What led to it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="87" />
      <source>Technique</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="90" />
      <source>What was done, in plain words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="92" />
      <source>Held by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="93" />
      <source>Who else was present</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="95" />
      <source>Injuries to the young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="97" />
      <source>Injuries to staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="99" />
      <source>Checked afterwards by, and what they found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="109" />
      <source>Held at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="110" />
      <source>What the young person said, in their words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="112" />
      <source>Talked it through with them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="113" />
      <source>if not you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="118" />
      <source>Necessary and proportionate? What was learnt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="120" />
      <source>What follows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="126" />
      <source>Seen at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="127" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="128" />
      <source>Seen by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="129" />
      <source>a staff member, a teacher, the police, a neighbour…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="130" />
      <source>With whom, how they seemed, which way they went</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SafetyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="44" />
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="45" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="47" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="48" />
      <source>Who was told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="50" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="51" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="55" />
      <source>Record incident…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="56" />
      <source>Missing from care…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="57" />
      <source>Acknowledge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="58" />
      <source>Close…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="59" />
      <source>Sighting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="60" />
      <source>Returned…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="61" />
      <source>Return interview…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="62" />
      <source>Sheet for the police…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="66" />
      <source>Safety plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="69" />
      <source>Print for the young person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="70" />
      <source>One page in their language, when SafeHaven has it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="75" />
      <location filename="../../src/safehaven/ui/safety_tab.py" line="128" />
      <source>Safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="91" />
      <source>Incidents and safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="92" />
      <source>Visits and contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="94" />
      <source>Restraints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="114" />
      <source>No safety plan yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="116" />
      <source>Warning signs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="117" />
      <source>What helps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="118" />
      <source>Safe people and places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>To avoid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>Whom to call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="122" />
      <source>Reviewed {0}; next review {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="139" />
      <source>Safety plan: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="145" />
      <source>MISSING: not yet back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="148" />
      <source>back {0}; return interview due by {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="151" />
      <source>closed {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="153" />
      <source>acknowledged by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="154" />
      <source>OPEN: not yet acknowledged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="159" />
      <source>Record incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="169" />
      <source>Choose a missing-from-care incident.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="178" />
      <source>Sighting while missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="186" />
      <source>Back from missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="193" />
      <source>Return interview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="209" />
      <source>Missing person: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="222" />
      <source>Close incident: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SchedulePage</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="52" />
      <location filename="../../src/safehaven/ui/schedule.py" line="65" />
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="54" />
      <location filename="../../src/safehaven/ui/schedule.py" line="67" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="55" />
      <location filename="../../src/safehaven/ui/schedule.py" line="68" />
      <source>Resident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="56" />
      <location filename="../../src/safehaven/ui/schedule.py" line="197" />
      <source>Therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="57" />
      <source>Provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="58" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="69" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="70" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="71" />
      <source>Who goes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="72" />
      <source>NOBODY YET</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>← Previous week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>This week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="84" />
      <source>Next week →</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="90" />
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="91" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="92" />
      <source>Cancelled by provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="94" />
      <source>Cancelled by resident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="99" />
      <source>Reschedule…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="101" />
      <source>Book a session…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="103" />
      <source>Book a group session…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="110" />
      <source>Court and appointments this week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="127" />
      <source>Week of {0} to {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="143" />
      <source>Group: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="155" />
      <source>Cancel session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="156" />
      <location filename="../../src/safehaven/ui/schedule.py" line="169" />
      <source>Why was it cancelled?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="168" />
      <source>Cancel group session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="180" />
      <source>Attendance: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="181" />
      <source>Present (the others were absent)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="200" />
      <source>Name of the group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="201" />
      <source>e.g. Thursday circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="202" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="203" />
      <source>Minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="205" />
      <source>Residents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="206" />
      <source>each on an open plan of this therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="207" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="208" />
      <source>Led by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="210" />
      <source>Book a group session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="221" />
      <source>A group session is not moved: cancel it and book a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="228" />
      <source>Reschedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="229" />
      <source>Why is it moving?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SchoolPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="51" />
      <source>School and training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="52" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="53" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="54" />
      <source>Class or trade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="55" />
      <source>Designated teacher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="56" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="57" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="58" />
      <source>Until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="61" />
      <source>Add placement…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="62" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="63" />
      <source>Week's attendance…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="64" />
      <source>Achievement or exclusion…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="66" />
      <source>Attendance and what happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="67" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="68" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="69" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="78" />
      <source>Attended {0} of {1} sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="81" />
      <source>{0} ({1} days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="86" />
      <source>Add a school or training placement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="94" />
      <source>Edit a placement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="101" />
      <source>Attendance in a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="108" />
      <source>Achievement, qualification or exclusion</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="54" />
      <source>Search notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="57" />
      <source>Words in notes, check-ins, incidents, the house log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="59" />
      <source>Words to search for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="62" />
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="66" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="67" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="68" />
      <source>Young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="69" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="70" />
      <source>Found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="73" />
      <source>What was found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="83" />
      <source>Enter: search. Enter on a line: open the young person's page there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>House log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Sighting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Restraint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Debrief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="100" />
      <source>Review of a restraint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="103" />
      <source>Safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="104" />
      <source>No-contact list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Trusted adult</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Dose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>School</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>School attendance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>Goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Wish or feeling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Case review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Legal case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="125" />
      <source>Searching…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="132" />
      <source>The newest %n shown: add words to find fewer.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="135" />
      <source>%n found.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="137" />
      <source>Nothing found. Every word must be in the same note.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="151" />
      <source>This house log entry names no young person.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="89" />
      <source>Your role does not allow this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="97" />
      <source>Choose a row in the table first.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SendTransfer</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="51" />
      <source>The receiving house's card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="57" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="77" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="60" />
      <source>Send {0}'s whole record to {1} ({2})? The card was signed by {3}.

Fingerprint: {4}

Is it the fingerprint the receiving house's manager read to you?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="64" />
      <source>Transfer to another house</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="68" />
      <source>Save the transfer file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="73" />
      <source>The transfer was saved to {0}. It opens only for {1}'s managers; the case waits for their receipt.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Residents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Admin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="142" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="155" />
      <source>Lock (Ctrl+L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="157" />
      <source>Hides every record at once; a passphrase opens them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="161" />
      <source>Esc twice: hide everything now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="373" />
      <source>Risk flag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="374" />
      <source>{0}'s check-in has a risk flag. Record an incident now: what happened, what was done and who was told?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="378" />
      <source>Record incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="379" />
      <source>Later, from Today</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="28" />
      <source>Welcome to SafeHaven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="29" />
      <source>Set up this laptop for a new house</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="30" />
      <source>Join an existing house</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="33" />
      <source>Joining needs a one-time code from your house manager's laptop (Sync page, “Add a laptop”) and a connection to your organisation's server. The house's records then arrive on this laptop, encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="41" />
      <source>Records stay encrypted on this laptop. Nobody can read them without a passphrase.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="31" />
      <source>Passphrase strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="47" />
      <source>Too easy to guess</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="48" />
      <source>Almost: not hard enough to guess yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Strong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Very strong</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/strength.py" line="61" />
      <source>Use at least %n character(s); a few words are easiest to remember.</source>
      <translation>
        <numerusform>Use at least %n character; a few words are easiest to remember.</numerusform>
        <numerusform>Use at least %n characters; a few words are easiest to remember.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="64" />
      <source>This is one of the passphrases people use most, so it would be guessed first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="66" />
      <source>Repeated letters or words are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="67" />
      <source>Runs like “abcd”, “1234” or keyboard rows are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="69" />
      <source>Dates and years are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="70" />
      <source>Names, and your own or the house's name above all, are easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="72" />
      <source>This passphrase would be too easy to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="75" />
      <source>Add another uncommon word or two; a short sentence only you would think of works well.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SupervisionSection</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="57" />
      <source>Audit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="58" />
      <source>Who opened or changed a child's records, or what a staff member opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="61" />
      <source>Complete file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="62" />
      <source>Everything about one child, for a request for their records or a court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="65" />
      <source>Retention…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="66" />
      <source>How long closed cases are kept, legal holds, and what is due for destruction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="69" />
      <source>Restraint techniques…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="70" />
      <source>The techniques the restraint form offers: those the house trains in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="73" />
      <source>Receive a transfer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="75" />
      <source>Transfer receipt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="76" />
      <source>Record the receiving house's answer to a transfer this house sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="92" />
      <source>A manager approves:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="93" />
      <source>therapy plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="94" />
      <source>safety plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="95" />
      <source>closures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="152" />
      <source>Restraint techniques</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="153" />
      <source>One technique a line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="154" />
      <source>What the restraint form offers. A shipped technique may be written by its code: guiding, escort, standing-hold, seated-hold, other-technique. Left empty, the shipped list. Records keep the technique they were made with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="169" />
      <source>Complete file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="170" />
      <source>Young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="171" />
      <source>Take out the names of the other people her records name (trusted adults, the no-contact list, visitors and callers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="174" />
      <source>Other names to take out, one per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="175" />
      <source>The folder you choose next receives a PDF and a JSON file of everything about this young person, and copies of their documents. They are not encrypted: choose a safe place, such as an encrypted USB stick.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="187" />
      <source>Choose a folder to write it to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="195" />
      <source>Folder for the complete file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="202" />
      <source>The complete file was written to {0}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="78" />
      <source>Changes travel end-to-end encrypted: through your organisation's server when this laptop can reach it (in the background, every minute), or on a USB stick (export here, import on the other laptop). Nothing is lost while you wait.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="82" />
      <source>Sync now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="84" />
      <source>Export a bundle for a USB stick…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="87" />
      <source>Import a bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="92" />
      <source>Documents this laptop fetches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="95" />
      <source>Documents this laptop fetches:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="99" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="100" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="101" />
      <source>Kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="102" />
      <source>Not kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="105" />
      <source>Confirm the kept value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="107" />
      <source>Use the other value instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="112" />
      <source>Laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="113" />
      <source>Since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="114" />
      <source>Newest change here</source>
      <translation>Newest change here</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="115" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="118" />
      <source>Add a laptop…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="120" />
      <source>Revoke the selected laptop…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="127" />
      <source>Change set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="128" />
      <source>Why it was set aside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="131" />
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="138" />
      <source>Edited on two laptops at once (to review)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="141" />
      <source>This house's laptops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="144" />
      <source>Set aside (could not be verified or applied)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="161" />
      <source>As the house chose ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="171" />
      <source>Changes written on this laptop: {0} · received from other laptops: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="175" />
      <source>not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="176" />
      <source>Server: {0} · last sync: {1}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="182" />
      <source>This laptop's clock is %n minute(s) off the server's: set the date and time, or its changes may be set aside by the other laptops.</source>
      <translation>
        <numerusform>This laptop's clock is %n minute off the server's: set the date and time, or its changes may be set aside by the other laptops.</numerusform>
        <numerusform>This laptop's clock is %n minutes off the server's: set the date and time, or its changes may be set aside by the other laptops.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="283" />
      <source>Leave empty if only existing staff will use it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="289" />
      <source>New colleague's name (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="290" />
      <source>Their role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="293" />
      <source>Make the code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="314" />
      <source>Give the new laptop a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="338" />
      <source>On the new laptop, choose “Join an existing house” and type this code. It works once, until {0}. Read it out; do not send it by e-mail or chat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="368" />
      <source>Writing the bundle to {0}… Leave the USB stick in.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="371" />
      <source>%n change set(s) written to {0}. You can take the USB stick out now.</source>
      <translation>
        <numerusform>%n change set written to {0}. You can take the USB stick out now.</numerusform>
        <numerusform>%n change sets written to {0}. You can take the USB stick out now.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="390" />
      <source>%n damaged line(s) of the bundle dropped: export it again to bring what they carried.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="186" />
      <source>The server needs a newer SafeHaven ({0}) on this laptop: ask your administrator to update it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="190" />
      <source>SafeHaven {0} is available: ask your administrator to update this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="195" />
      <source>This laptop is not connected to a server; use USB bundles, or ask your administrator to connect it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="217" />
      <source>revoked</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="221" />
      <source>%n change(s) wait for a missing one</source>
      <translation>
        <numerusform>%n change waits for a missing one</numerusform>
        <numerusform>%n changes wait for a missing one</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="212" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>this laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="227" />
      <source>nothing yet</source>
      <translation>nothing yet</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="231" />
      <source>%1 (%n hour(s) ago)</source>
      <translation>
        <numerusform>%1 (%n hour ago)</numerusform>
        <numerusform>%1 (%n hours ago)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="253" />
      <source>Syncing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="255" />
      <source>Sent {0}, received {1}, conflicts {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="268" />
      <source>Choose a conflict in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="272" />
      <source>Done; the other laptops get it at the next sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="280" />
      <source>Add a laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="288" />
      <source>What should the new laptop be called?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="337" />
      <source>Enrolment code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="348" />
      <source>Choose a laptop in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="350" />
      <source>Revoke laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="351" />
      <source>Revoke “{0}”? It will no longer receive anything, and the house gets a new key for everything written from now on. Do this for a lost or stolen laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="358" />
      <source>Revoked. The server is told at the next sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="361" />
      <source>Export bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="363" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="376" />
      <source>Sync bundles (*.bundle)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="375" />
      <source>Import bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="384" />
      <source>Applied {0}, already here {1}, conflicts {2}, set aside {3}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TherapyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="187" />
      <source>Plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="188" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="201" />
      <source>Therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="189" />
      <source>Provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="190" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="191" />
      <source>Frequency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="192" />
      <source>Used / cap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="193" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="196" />
      <source>Add plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="197" />
      <source>Edit plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="198" />
      <source>Close plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="199" />
      <source>Sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="200" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="202" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="203" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="206" />
      <source>Book a session…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="207" />
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="208" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="218" />
      <source>Group: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="229" />
      <source>closed {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="230" />
      <source>open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="237" />
      <source>{0} of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="239" />
      <source>(over the cap)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="241" />
      <source>(cap reached)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="243" />
      <source>(nearly used)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="247" />
      <source>Add therapy plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="254" />
      <source>Edit therapy plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="261" />
      <source>Close plan: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="267" />
      <source>Book a session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="272" />
      <source>A group's attendance is recorded on the Schedule, for everyone at once.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="76" />
      <source>Resident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="77" />
      <source>Why first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="79" />
      <source>Urgency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="80" />
      <location filename="../../src/safehaven/ui/today.py" line="130" />
      <location filename="../../src/safehaven/ui/today.py" line="139" />
      <location filename="../../src/safehaven/ui/today.py" line="290" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="81" />
      <location filename="../../src/safehaven/ui/today.py" line="87" />
      <location filename="../../src/safehaven/ui/today.py" line="93" />
      <location filename="../../src/safehaven/ui/today.py" line="138" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="82" />
      <location filename="../../src/safehaven/ui/today.py" line="137" />
      <location filename="../../src/safehaven/ui/today.py" line="292" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="83" />
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="86" />
      <location filename="../../src/safehaven/ui/today.py" line="92" />
      <location filename="../../src/safehaven/ui/today.py" line="129" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="88" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="89" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="94" />
      <source>Medicine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="96" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="102" />
      <source>Check in (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="109" />
      <source>Record incident for this alert…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="111" />
      <source>Acknowledge with a note…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="112" />
      <source>Say what was done, or why it can wait; the alert leaves Today until something changes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="127" />
      <source>Enter: record this dose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="131" />
      <source>Who wrote it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="132" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="140" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>Who goes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>NOBODY YET</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="147" />
      <source>Add to the house log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="148" />
      <source>What happened in the house that is not about one young person: a stranger outside, a power cut…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="166" />
      <source>Hearings and legal appointments today and tomorrow, and who goes with the young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="170" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="176" />
      <source>Still to check in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="179" />
      <source>Alerts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="160" />
      <source>Today's sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="240" />
      <source>Group: {0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="253" />
      <source>%n still to check in</source>
      <translation>
        <numerusform>%n still to check in</numerusform>
        <numerusform>%n still to check in</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="254" />
      <source>%n alert(s)</source>
      <translation>
        <numerusform>%n alert</numerusform>
        <numerusform>%n alerts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="255" />
      <source>%n session(s) today</source>
      <translation>
        <numerusform>%n session today</numerusform>
        <numerusform>%n sessions today</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="256" />
      <source>%n dose(s) due</source>
      <translation>
        <numerusform>%n dose due</numerusform>
        <numerusform>%n doses due</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="258" />
      <source>{0} acknowledged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="260" />
      <source>waiting for your approval: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="272" />
      <source>Medicines due ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="275" />
      <source>House log, last 24 hours ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="278" />
      <source>Hearings ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="289" />
      <source>Add to the house log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="294" />
      <source>What happened, and what was done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="295" />
      <source>Young people it touched (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="311" />
      <source>Choose an alert first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="317" />
      <source>An open incident is acknowledged and closed on the resident's Safety tab, by a manager.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="322" />
      <source>This alert leaves Today when the return or the return interview is recorded on the resident's Safety tab.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="328" />
      <source>Your role does not allow acknowledging this alert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="332" />
      <source>Acknowledge: {0}, {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="334" />
      <source>What was done, or why it can wait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="341" />
      <source>{0} overdue needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="381" />
      <source>Dose: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="32" />
      <source>SafeHaven is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="43" />
      <source>Your passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="55" />
      <source>Opening the vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="57" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="60" />
      <source>Forgot the passphrase? Use the recovery key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="65" />
      <source>Who are you?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="66" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="97" />
      <source>Type your passphrase first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="105" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="106" />
      <source>Type the recovery key (groups of four):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase for {0}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="119" />
      <source>The passphrase was changed. Unlock with the new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="133" />
      <source>That passphrase does not open this vault. Check Caps Lock and try again; after a few tries each attempt waits a little longer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="137" />
      <source>Too many tries. Wait a moment and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="141" />
      <source>The vault could not be opened: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VoicePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="116" />
      <source>Their goals, in their own words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="117" />
      <source>Set on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="118" />
      <source>Goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="119" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="120" />
      <source>How it is going</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="121" />
      <source>Reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="124" />
      <source>Add goal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="125" />
      <source>Review goal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="126" />
      <location filename="../../src/safehaven/ui/life_panels.py" line="153" />
      <source>Wishes and feelings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="127" />
      <source>Said on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="128" />
      <source>About</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="129" />
      <source>In their words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="131" />
      <source>Add wishes and feelings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="142" />
      <source>A goal in their own words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="149" />
      <source>Review a goal</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>1 to 3 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>12-14</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>15-17</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>18 and over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>3 to 6 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>6 to 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Absent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Achieved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Achievement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Admin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Africa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afternoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency (guardian ad litem, court)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Americas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another appointment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another technique</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apprenticeship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Art therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As-needed doses closer than allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asylum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit of who opened the records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Awaiting decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Boy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By mouth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CATS (caregiver, 3-6)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CATS (caregiver, 7-17)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CATS (self-report, 7-17)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled by provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled by resident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capsule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case closure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case review due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Class or course</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clinical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clinician</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clinicians and managers only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clothing &amp; basics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compensation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Complaint not answered in time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent expiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent missing for therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent or assent form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact attempt by an unknown person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact from trafficker or unknown person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact with an adult not yet vetted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact with someone on the no-contact list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continued presence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cream or ointment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Criminal exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Crisis counselling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DBT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Debrief after a restraint due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Debrief after a restraint overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Debt or pressure to work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Died</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disclosure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposed of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dose not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drama therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>EMDR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Education</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eligibility letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Equine therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Escort by two staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Europe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every two weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everyone caring for the young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exclusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired medicine still in stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eye</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family tracing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up contact overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forced marriage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Foster care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Funded sessions nearly used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>General</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Girl</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guardian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guiding by the arm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handover note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Health and medicines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hearing or appointment tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hearing soon with nobody to go with them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Home visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hospital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>House log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Housing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Immigration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Immigration interview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Improved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident written at a check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Independent living</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Information sharing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inhaled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inhaler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Injection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interpreter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kinship care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Labour exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Later today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal / immigration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Liquid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Low mood lately</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Manager's review of a restraint due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Managers only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medical emergency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medicine refused twice in a row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medicine stock expiring within 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting with the lawyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mentoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mild</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minimal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing from care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing from care now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing school or work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moderate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moderate trauma-related distress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moderately severe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monthly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Morning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Music therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NGO hotline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NGO or hotline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NRM conclusive grounds decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NRM reasonable grounds decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Neither</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Night</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No check-in today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Non-binary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not applicable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not elevated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not upheld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not vetted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing until opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Oceania</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On the skin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outreach team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue high-priority need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partly upheld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Patch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Peer group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photographs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Placement breaking down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Police check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Police interview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Police investigation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Police visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Poor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Postponed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Power cut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Present</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Probable PTSD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prosecution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Psychosocial support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qualification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ran away and not found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recovery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rectal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reintegrated with family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reintegration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rescheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Research</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Residence permit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Return interview due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Return interview overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Returned to the pharmacy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Returned with a comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Risk flag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Risk flag at a check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Risk found at a follow-up contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Routine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Runaway risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Safe housing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Safeguarding records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Safety plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Safety plan review due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>School</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seated hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Self-harm concern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set aside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Severe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Social worker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something else</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Somewhat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stabilization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Standing hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stock count does not match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stranger outside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Submitted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Substance use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>T visa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TF-CBT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tablet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Talk or signs of running away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The young person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Therapy plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Through an agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thumbnails only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transferred to another house</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turned 18</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tutoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Twice a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two missed sessions in a row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unexplained money or gifts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unsafe relationship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upheld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urgent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vetted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Video call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Violence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visitor at the door</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vocational</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weekly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Withdrawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Withheld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working on it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Worse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yoga</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a year or more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>arrived in the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>attended therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>awaiting a decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>boy or young man</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cases closed, by where the young person went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by age at intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by age at the end of the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by arrival</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by care stage at the end of the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by citizenship region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by form of exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by going missing from care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by identification decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by length of stay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by referral source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by referral to another service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by restraint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by risk flags raised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>children served, by therapy attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>did not go missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fewer than two scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>follow-up contacts made, by re-trafficking risk found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>girl or young woman</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>health service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in the house before the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>incidents, by kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>interview later or not held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>interview within 72 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>missing episodes, by return interview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>more than one form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>needs met, by category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>needs opened, by category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>negative decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no decision recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no reliable change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no risk flag raised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no therapy attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not back or interview not yet due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not referred</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not restrained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>okay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one or more risk flags raised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>police or other law enforcement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>positive final decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>positive first-stage decision only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>referrals made, by kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>referred in the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reliable change not available for this scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reliably improved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reliably worse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>restrained in the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>risk not assessed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>self or family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>social services or child protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the house</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>therapy sessions attended or missed, by kind of therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>therapy sessions attended or missed, by status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>under 1 month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>under 12</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>very good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>very low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>went missing in the period</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>