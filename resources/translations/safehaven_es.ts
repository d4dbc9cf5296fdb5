<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
  <context>
    <name>AddResidentDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="228" />
      <source>Add resident</source>
      <translation>Añadir residente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="239" />
      <source>e.g. Spanish, English</source>
      <translation>p. ej. español, inglés</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="241" />
      <source>who referred them: police, a hotline...</source>
      <translation>quién la/lo derivó: policía, una línea de ayuda...</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="254" />
      <source>Preferred name</source>
      <translation>Nombre preferido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="255" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="256" />
      <source>Intake date</source>
      <translation>Fecha de ingreso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="257" />
      <source>Care stage</source>
      <translation>Etapa de atención</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="258" />
      <source>Pronouns</source>
      <translation>Pronombres</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="259" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="260" />
      <source>Referral source</source>
      <translation>Quién la/lo derivó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="275" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Guardar (Ctrl+Intro)</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="52" />
      <location filename="../../src/safehaven/ui/admin.py" line="319" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="53" />
      <location filename="../../src/safehaven/ui/admin.py" line="320" />
      <source>Role</source>
      <translation>Función</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="55" />
      <source>Gives medicines</source>
      <translation>Administra medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="65" />
      <source>Add staff member…</source>
      <translation>Añadir miembro del equipo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="67" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="70" />
      <source>Set their passphrase…</source>
      <translation>Poner su frase de acceso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="76" />
      <source>Only managers add or remove staff.</source>
      <translation>Solo la dirección agrega o quita personal.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="78" />
      <location filename="../../src/safehaven/ui/admin.py" line="348" />
      <source>Trained to give medicines</source>
      <translation>Formado/a para administrar medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="81" />
      <source>Change my passphrase…</source>
      <translation>Cambiar mi frase de acceso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="98" />
      <source>Yours: at most the house's limit.</source>
      <translation>El suyo: como máximo el límite de la casa.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="106" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="109" />
      <source>(the system's)</source>
      <translation>(el del sistema)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="120" />
      <source>(none: no automatic backups)</source>
      <translation>(ninguna: sin copias automáticas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="123" />
      <source>Choose folder…</source>
      <translation>Elegir carpeta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="130" />
      <source>Back up now</source>
      <translation>Hacer copia ahora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="143" />
      <source>Daily backup to</source>
      <translation>Copia diaria en</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="145" />
      <source>Backups kept</source>
      <translation>Copias que se guardan</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="146" />
      <source>Lock after idle</source>
      <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="147" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="148" />
      <source>House idle-lock limit</source>
      <translation>Límite de bloqueo de la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="149" />
      <source>House language</source>
      <translation>Idioma de la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="151" />
      <source>Only managers set the house's idle-lock limit, language and backup folder. Your own language and a shorter idle lock are yours to choose.</source>
      <translation>Solo la coordinación fija el límite de bloqueo, el idioma y la carpeta de copias de la casa. Su propio idioma y un bloqueo más corto los elige usted.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="162" />
      <source>House settings…</source>
      <translation>Ajustes de la casa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="163" />
      <source>Case reviews, complaints, the financial year, approvals, decisions and restraint techniques</source>
      <translation>Revisiones del caso, quejas, el año fiscal, aprobaciones, decisiones y técnicas de contención</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="166" />
      <source>The house's other settings</source>
      <translation>Otros ajustes de la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="167" />
      <source>Records are kept in</source>
      <translation>Los registros se guardan en</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="168" />
      <source>Logs (no records in them)</source>
      <translation>Registros técnicos (sin datos de residentes)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="169" />
      <source>Settings file</source>
      <translation>Archivo de ajustes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="171" />
      <source>Staff</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="176" />
      <source>Supervision and records</source>
      <translation>Supervisión y expedientes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="181" />
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="183" />
      <source>About SafeHaven…</source>
      <translation>Acerca de SafeHaven…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="193" />
      <source>SafeHaven {0}

Encrypted, offline-first records for shelters and safe houses.
Free software under the GNU Affero General Public License, version 3 or later.

Records: {1}
Logs (no records in them): {2}</source>
      <translation>SafeHaven {0}

Registros cifrados, que funcionan sin conexión, para albergues y casas seguras.
Software libre bajo la Licencia Pública General Affero de GNU, versión 3 o posterior.

Registros: {1}
Registros de actividad (sin datos de residentes): {2}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="199" />
      <source>About SafeHaven</source>
      <translation>Acerca de SafeHaven</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/admin.py" line="219" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minutos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="277" />
      <source>Folder for daily backups</source>
      <translation>Carpeta para las copias diarias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="297" />
      <source>Writing the backup…</source>
      <translation>Escribiendo la copia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="301" />
      <source>Backup written to {0}</source>
      <translation>Copia escrita en {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="309" />
      <source>The same again</source>
      <translation>Otra vez, igual</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="314" />
      <source>The two passphrases differ.</source>
      <translation>Las dos frases de acceso no coinciden.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="329" />
      <source>Add staff member</source>
      <translation>Añadir miembro del equipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="339" />
      <source>by role</source>
      <translation>por su rol</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>trained</source>
      <translation>formado/a</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>not trained</source>
      <translation>sin formación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="346" />
      <source>No longer trained to give medicines</source>
      <translation>Ya no formado/a para dar medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="362" />
      <source>Clinicians and managers give medicines by their role; the training is recorded for staff.</source>
      <translation>Clínicos y responsables administran medicamentos por su rol; la formación se registra para el personal.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="365" />
      <source>{0} will no longer be able to record medicines as given.</source>
      <translation>{0} ya no podrá registrar medicamentos como dados.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="367" />
      <source>{0} will be able to record medicines as given.</source>
      <translation>{0} podrá registrar medicamentos como dados.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="369" />
      <source>Training to give medicines</source>
      <translation>Formación para dar medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="386" />
      <source>Remove a staff member</source>
      <translation>Quitar a un miembro del personal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="387" />
      <source>Remove {0}? They will no longer unlock SafeHaven on any laptop of the house. Their records stay.</source>
      <translation>¿Quitar a {0}? Ya no podrá desbloquear SafeHaven en ningún portátil de la casa. Sus registros se conservan.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="422" />
      <source>New passphrase for %1</source>
      <translation>Nueva frase de acceso para %1</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="425" />
      <source>%1 has a new passphrase, on every laptop of the house once they sync.</source>
      <translation>%1 tiene una frase de acceso nueva, en todos los portátiles de la casa cuando se sincronicen.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="432" />
      <source>Choose a staff member in the list first.</source>
      <translation>Elija primero a un miembro del personal en la lista.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="322" />
      <source>Their passphrase (they type it themselves)</source>
      <translation>Su frase de acceso (la escribe la propia persona)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <source>Change my passphrase</source>
      <translation>Cambiar mi frase de acceso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <location filename="../../src/safehaven/ui/admin.py" line="423" />
      <source>New passphrase</source>
      <translation>Nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="409" />
      <source>Your passphrase was changed.</source>
      <translation>Tu frase de acceso se ha cambiado.</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="55" />
      <source>Submitted</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="56" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="57" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="61" />
      <source>Enter: approve or return it</source>
      <translation>Intro: aprobar o devolver</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="75" />
      <source>Approvals ({0})</source>
      <translation>Aprobaciones ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="78" />
      <source>Plans and closures waiting for your approval</source>
      <translation>Planes y cierres pendientes de su aprobación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="82" />
      <source>Destruction of all records</source>
      <translation>Destrucción de todos los registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="97" />
      <source>Approval</source>
      <translation>Aprobación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="98" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="99" />
      <source>Approve</source>
      <translation>Aprobar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="100" />
      <source>Return with a comment</source>
      <translation>Devolver con un comentario</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="101" />
      <source>Comment (what to change, when returning)</source>
      <translation>Comentario (qué cambiar, al devolver)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="103" />
      <source>{0}: {1}, submitted {2}</source>
      <translation>{0}: {1}, enviado el {2}</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="228" />
      <source>Audit</source>
      <translation>Registro de accesos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="231" />
      <source>A young person</source>
      <translation>Una persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="232" />
      <source>A staff member</source>
      <translation>Un miembro del personal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="236" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="237" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="238" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="239" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="240" />
      <source>Young person</source>
      <translation>Persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="244" />
      <source>Export CSV…</source>
      <translation>Exportar CSV…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="289" />
      <source>Entries: {0}</source>
      <translation>Entradas: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="292" />
      <source>Save the audit as CSV</source>
      <translation>Guardar el registro de accesos como CSV</translation>
    </message>
  </context>
  <context>
    <name>BackgroundSync</name>
    <message>
      <location filename="../../src/safehaven/ui/background_sync.py" line="93" />
      <source>The server cannot be reached; changes wait here safely and go out when it can.</source>
      <translation>No se puede contactar con el servidor; los cambios esperan aquí a salvo y saldrán cuando se pueda.</translation>
    </message>
  </context>
  <context>
    <name>BookDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="279" />
      <source>Book a session</source>
      <translation>Reservar una sesión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="288" />
      <source>Resident and therapy</source>
      <translation>Residente y terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="289" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
  </context>
  <context>
    <name>CareForms</name>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="75" />
      <source>Preferred name</source>
      <translation>Nombre preferido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="77" />
      <source>Legal name (restricted)</source>
      <translation>Nombre legal (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="80" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="82" />
      <source>Estimated age (when the date is unknown)</source>
      <translation>Edad estimada (si no se sabe la fecha)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="84" />
      <source>Gender</source>
      <translation>Género</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="85" />
      <source>Pronouns</source>
      <translation>Pronombres</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="86" />
      <source>e.g. she/her, he/him, they/them</source>
      <translation>p. ej. ella, él, elle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="87" />
      <source>Languages (comma between)</source>
      <translation>Idiomas (separados por comas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="89" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="149" />
      <source>Interpreter</source>
      <translation>Intérprete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="90" />
      <source>needs an interpreter</source>
      <translation>necesita intérprete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="91" />
      <source>Interpreter's language</source>
      <translation>Idioma de interpretación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="93" />
      <source>Cultural and faith notes</source>
      <translation>Notas culturales y religiosas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="95" />
      <source>Dietary needs</source>
      <translation>Necesidades alimentarias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="96" />
      <source>Key worker</source>
      <translation>Persona de referencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="105" />
      <source>New stage</source>
      <translation>Nueva etapa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="107" />
      <source>Why?</source>
      <translation>¿Por qué?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="109" />
      <source>Why does it skip a stage?</source>
      <translation>¿Por qué se salta una etapa?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="111" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="155" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="112" />
      <source>Where the young person goes</source>
      <translation>Adónde va la/el joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="119" />
      <source>Need</source>
      <translation>Necesidad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="121" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="123" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="124" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="125" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="129" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="219" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="131" />
      <source>How it was met, or why it does not apply</source>
      <translation>Cómo se cubrió o por qué no aplica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="135" />
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="137" />
      <source>Provider</source>
      <translation>Profesional</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="138" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="139" />
      <source>Frequency</source>
      <translation>Frecuencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="141" />
      <source>Funded sessions (cap)</source>
      <translation>Sesiones financiadas (límite)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="143" />
      <source>Funded by</source>
      <translation>Financiado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="144" />
      <source>Starts</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="146" />
      <source>Planned end</source>
      <translation>Fin previsto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="148" />
      <source>Goals</source>
      <translation>Objetivos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="150" />
      <source>language or name, if one joins the sessions</source>
      <translation>idioma o nombre, si asiste a las sesiones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="154" />
      <source>Why is the plan ending?</source>
      <translation>¿Por qué termina el plan?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="161" />
      <source>Therapy plan</source>
      <translation>Plan de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="162" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="206" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="239" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="163" />
      <source>Minutes</source>
      <translation>Minutos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="165" />
      <source>Place (if not the plan's)</source>
      <translation>Lugar (si no es el del plan)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="170" />
      <source>Purpose</source>
      <translation>Finalidad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="172" />
      <source>Shared with (service)</source>
      <translation>Se comparte con (servicio)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="175" />
      <source>Consent given by</source>
      <translation>Quién da el consentimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="177" />
      <source>Name of guardian or agency</source>
      <translation>Nombre de la persona tutora o de la institución</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="179" />
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="180" />
      <source>consent was given</source>
      <translation>se dio el consentimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="181" />
      <source>The young person's assent</source>
      <translation>Asentimiento de la/el joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="183" />
      <source>they agreed in their own words</source>
      <translation>lo aceptó con sus propias palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="184" />
      <source>Given on</source>
      <translation>Dado el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="186" />
      <source>Expires on</source>
      <translation>Caduca el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="191" />
      <source>Withdrawn on</source>
      <translation>Retirado el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="192" />
      <source>Why</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="195" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="196" />
      <source>Relationship</source>
      <translation>Relación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="197" />
      <source>e.g. aunt, teacher</source>
      <translation>p. ej. tía, maestro</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="198" />
      <source>Phone or other contact</source>
      <translation>Teléfono u otro contacto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="202" />
      <source>Vetting</source>
      <translation>Verificación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="204" />
      <source>How they were checked</source>
      <translation>Cómo se verificó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="207" />
      <source>Checked by</source>
      <translation>Verificado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="208" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="221" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="328" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="213" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="215" />
      <source>Receiving service</source>
      <translation>Servicio receptor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="217" />
      <source>Contact person there</source>
      <translation>Persona de contacto allí</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="224" />
      <source>Referred on</source>
      <translation>Fecha de derivación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="228" />
      <source>Hand-off on</source>
      <translation>Fecha del traspaso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="229" />
      <source>Accompanied by</source>
      <translation>Acompañada/o por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="230" />
      <source>Received by</source>
      <translation>Recibida/o por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="237" />
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="241" />
      <source>What happened, in plain words</source>
      <translation>Qué pasó, en palabras sencillas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="243" />
      <source>What was done at once</source>
      <translation>Qué se hizo en el momento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="244" />
      <source>Who was told</source>
      <translation>A quién se avisó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="246" />
      <source>Told at</source>
      <translation>Aviso a las</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="247" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="268" />
      <source>Police reference</source>
      <translation>Referencia policial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="249" />
      <source>Last seen at</source>
      <translation>Vista/o por última vez a las</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="251" />
      <source>Last seen where</source>
      <translation>Vista/o por última vez en</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="253" />
      <source>Clothing and appearance (for the police)</source>
      <translation>Ropa y aspecto (para la policía)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="260" />
      <source>Back at</source>
      <translation>De vuelta a las</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="261" />
      <source>How they came back</source>
      <translation>Cómo volvió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="262" />
      <source>alone, brought by police, found by staff…</source>
      <translation>solo/a, traído/a por la policía, encontrado/a por el equipo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="263" />
      <source>Where they were, and with whom</source>
      <translation>Dónde estuvo y con quién</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="265" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="280" />
      <source>Sealed: only clinicians and managers read it. Left empty, what was written is kept.</source>
      <translation>Sellado: solo lo leen clínicos y responsables. Si lo deja vacío, se conserva lo escrito.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="267" />
      <source>Injuries seen</source>
      <translation>Lesiones observadas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="275" />
      <source>Held at</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="276" />
      <source>Held by</source>
      <translation>Hecha por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="277" />
      <source>ideally someone independent of the house</source>
      <translation>idealmente alguien ajeno a la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="278" />
      <source>What was said, and the actions that follow</source>
      <translation>Qué se dijo y qué acciones siguen</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="286" />
      <source>Warning signs: what tells of a crisis</source>
      <translation>Señales de alerta: qué anuncia una crisis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="288" />
      <source>What helps: coping strategies</source>
      <translation>Qué ayuda: estrategias de afrontamiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="290" />
      <source>Safe people and places</source>
      <translation>Personas y lugares seguros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="292" />
      <source>People and places to avoid</source>
      <translation>Personas y lugares que evitar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="294" />
      <source>Whom to call</source>
      <translation>A quién llamar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="296" />
      <source>Reviewed with the young person on</source>
      <translation>Revisado con la/el joven el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="298" />
      <source>Next review</source>
      <translation>Próxima revisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="303" />
      <source>Outcome: what was done and what follows</source>
      <translation>Resultado: qué se hizo y qué sigue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="307" />
      <source>First contact due</source>
      <translation>Primer contacto previsto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="308" />
      <source>How many contacts</source>
      <translation>Cuántos contactos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="310" />
      <source>Every how many months</source>
      <translation>Cada cuántos meses</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="315" />
      <source>Date of contact</source>
      <translation>Fecha del contacto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="316" />
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="318" />
      <source>Spoke with</source>
      <translation>Se habló con</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="319" />
      <source>the young person, a carer, a teacher…</source>
      <translation>la/el joven, una persona cuidadora, un/a docente…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="320" />
      <source>Wellbeing</source>
      <translation>Bienestar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="322" />
      <source>School or work</source>
      <translation>Estudios o trabajo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="324" />
      <source>Risk signs</source>
      <translation>Señales de riesgo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="326" />
      <source>Re-trafficking risk</source>
      <translation>Riesgo de nueva captación</translation>
    </message>
  </context>
  <context>
    <name>CaseActions</name>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="38" />
      <source>Case closed on {0}: {1}</source>
      <translation>Caso cerrado el {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="41" />
      <source>Transfer to {0} sent on {1}: waiting for its receipt</source>
      <translation>Traslado a {0} enviado el {1}: pendiente del acuse de recibo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="44" />
      <source>Closure waiting for a manager's approval</source>
      <translation>Cierre pendiente de aprobación de un responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="46" />
      <source>Closure returned: {0}</source>
      <translation>Cierre devuelto: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="54" />
      <source>Reopen case…</source>
      <translation>Reabrir caso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="57" />
      <source>Only a manager reopens a case.</source>
      <translation>Solo un responsable reabre un caso.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="59" />
      <source>Close case…</source>
      <translation>Cerrar caso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="63" />
      <source>Clinicians and managers close cases.</source>
      <translation>El personal clínico y los responsables cierran casos.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="73" />
      <source>Why is the case reopened?</source>
      <translation>¿Por qué se reabre el caso?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="74" />
      <location filename="../../src/safehaven/ui/case_actions.py" line="78" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="76" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="79" />
      <source>Where the young person went</source>
      <translation>Adónde fue la persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="80" />
      <source>Anything else</source>
      <translation>Algo más</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="88" />
      <source>Close case</source>
      <translation>Cerrar caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="89" />
      <source>{0} leaves Today and the weekly lists; follow-up contacts go on.</source>
      <translation>{0} sale de Hoy y de las listas semanales; los contactos de seguimiento continúan.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="93" />
      <source>Reopen case</source>
      <translation>Reabrir caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="94" />
      <source>{0}'s case was closed on {1}.</source>
      <translation>El caso de {0} se cerró el {1}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="102" />
      <source>Case reopened</source>
      <translation>Caso reabierto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="103" />
      <source>Case closed: {0}</source>
      <translation>Caso cerrado: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="105" />
      <source>Transfer sent</source>
      <translation>Traslado enviado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="107" />
      <source>Closure submitted: {0}</source>
      <translation>Cierre enviado: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="112" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="260" />
      <source>Discard this check-in? What you typed will be lost.</source>
      <translation>¿Descartar este registro diario? Lo que escribió se perderá.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="146" />
      <source>Check-in: {0}</source>
      <translation>Registro diario: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Good</source>
      <translation>Bien</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Very low</source>
      <translation>Muy mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Low</source>
      <translation>Mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Okay</source>
      <translation>Regular</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="150" />
      <source>Very good</source>
      <translation>Muy bien</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Fair</source>
      <translation>Regular</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Poor</source>
      <translation>Mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Somewhat</source>
      <translation>Más o menos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="172" />
      <source>A risk that goes on: it stays on Today, for the manager too, until an incident is recorded for it. Space ticks or unticks it.</source>
      <translation>Un riesgo que continúa: queda en Hoy, también para la dirección, hasta que se registre un incidente por él. Espacio lo marca o lo desmarca.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="179" />
      <source>What happened, if anything: alerts the manager</source>
      <translation>Qué pasó, si pasó algo: avisa a la dirección</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="182" />
      <source>Something that happened this shift (a fight, a visitor, an injury). Text here puts an alert on Today for the manager until an incident is recorded from it. A risk flag is different: a risk that goes on, not one event.</source>
      <translation>Algo que pasó en este turno (una pelea, una visita, una lesión). Lo escrito aquí pone un aviso en Hoy para la dirección hasta que se registre un incidente a partir de ello. Una señal de riesgo es distinta: un riesgo que continúa, no un hecho puntual.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="193" />
      <source>Check-in for {0}</source>
      <translation>Registro diario de {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="202" />
      <source>Mood</source>
      <translation>Ánimo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="204" />
      <source>Sleep</source>
      <translation>Sueño</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="205" />
      <source>Appetite</source>
      <translation>Apetito</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="206" />
      <source>Feels safe</source>
      <translation>Se siente segura/o</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="207" />
      <source>Engagement</source>
      <translation>Participación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="208" />
      <source>Risk flags</source>
      <translation>Señales de riesgo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="210" />
      <source>Incidents</source>
      <translation>Incidentes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="212" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="215" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="252" />
      <source>ALLERGIES: {0}</source>
      <translation>ALERGIAS: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="304" />
      <source>Choose a face for today's mood.</source>
      <translation>Elige una cara para el ánimo de hoy.</translation>
    </message>
  </context>
  <context>
    <name>CheckinsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="64" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="65" />
      <source>Shift</source>
      <translation>Turno</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="66" />
      <source>Mood</source>
      <translation>Ánimo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="67" />
      <source>Feels safe</source>
      <translation>Se siente segura/o</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="68" />
      <source>Flags</source>
      <translation>Señales</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="69" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="70" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="76" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Correct…</source>
      <translation>Corregir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="78" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Void…</source>
      <translation>Anular…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="104" />
      <source>void: {0}</source>
      <translation>anulación: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="107" />
      <source>voided</source>
      <translation>anulado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="108" />
      <source>corrected</source>
      <translation>corregido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="110" />
      <source>correction: {0}</source>
      <translation>corrección: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="133" />
      <source>Recorded by {0}</source>
      <translation>Registrado por {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="136" />
      <source>Voided by {0}: {1}</source>
      <translation>Anulado por {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="137" />
      <source>Corrected by {0}: {1}</source>
      <translation>Corregido por {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="140" />
      <source>Incidents: {0}</source>
      <translation>Incidentes: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="147" />
      <source>Choose a check-in in the table first.</source>
      <translation>Elija primero un registro diario en la tabla.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="178" />
      <source>Correct the check-in: {0}</source>
      <translation>Corregir el registro diario: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="181" />
      <source>What was wrong</source>
      <translation>Qué estaba mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="187" />
      <source>Why it is corrected</source>
      <translation>Por qué se corrige</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="194" />
      <source>Say why it is corrected.</source>
      <translation>Diga por qué se corrige.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="220" />
      <source>Void the check-in</source>
      <translation>Anular el registro diario</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="221" />
      <source>Why it is voided</source>
      <translation>Por qué se anula</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="222" />
      <source>recorded for the wrong child, or in error</source>
      <translation>registrado para otro niño, o por error</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="223" />
      <source>The check-in of {0} ({1}) is kept in the history and counted nowhere.</source>
      <translation>El registro diario del {0} ({1}) se conserva en el historial y no se cuenta en ningún lugar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="225" />
      <source>Void</source>
      <translation>Anular</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="161" />
      <source>Complaints (a manager answers each)</source>
      <translation>Quejas (un/a responsable responde a cada una)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="162" />
      <source>Made on</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="163" />
      <source>Complaint</source>
      <translation>Queja</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="164" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="165" />
      <source>NOT ANSWERED YET</source>
      <translation>SIN RESPUESTA TODAVÍA</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="166" />
      <source>Answered</source>
      <translation>Respondida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="167" />
      <source>What they were told</source>
      <translation>Lo que se le dijo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="169" />
      <source>Write down a complaint…</source>
      <translation>Anotar una queja…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="171" />
      <source>Answer…</source>
      <translation>Responder…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="180" />
      <source>A complaint</source>
      <translation>Una queja</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="187" />
      <source>Answer a complaint</source>
      <translation>Responder a una queja</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="284" />
      <source>Consent and assent</source>
      <translation>Consentimiento y asentimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="285" />
      <source>Purpose</source>
      <translation>Finalidad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="287" />
      <source>Given by</source>
      <translation>Dado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>Assent</source>
      <translation>Asentimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="289" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="290" />
      <source>Valid</source>
      <translation>Vigencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="293" />
      <source>Add consent…</source>
      <translation>Añadir consentimiento…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="294" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="303" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="295" />
      <source>Withdraw…</source>
      <translation>Retirar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="296" />
      <source>Trusted adults</source>
      <translation>Personas adultas de confianza</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="297" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="298" />
      <source>Relationship</source>
      <translation>Relación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="299" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="300" />
      <source>Vetting</source>
      <translation>Verificación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="302" />
      <source>Add trusted adult…</source>
      <translation>Añadir persona adulta de confianza…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="304" />
      <source>Record vetting…</source>
      <translation>Registrar verificación…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="316" />
      <source>The young person, with {0}</source>
      <translation>La/el joven, con {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="321" />
      <source>withdrawn {0}</source>
      <translation>retirado el {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="323" />
      <source>expired {0}</source>
      <translation>caducado el {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="325" />
      <source>not valid (no consent or assent)</source>
      <translation>no válido (sin consentimiento ni asentimiento)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="326" />
      <source>until {0}</source>
      <translation>hasta el {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="330" />
      <source>NOT VETTED: no contact or hand-off yet</source>
      <translation>SIN VERIFICAR: todavía sin contacto ni traspaso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="336" />
      <source>Add consent</source>
      <translation>Añadir consentimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="343" />
      <source>Correct consent</source>
      <translation>Corregir consentimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="350" />
      <source>Consent withdrawn: {0}</source>
      <translation>Consentimiento retirado: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="354" />
      <source>Add trusted adult</source>
      <translation>Añadir persona adulta de confianza</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="361" />
      <source>Edit trusted adult</source>
      <translation>Editar persona adulta de confianza</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="369" />
      <source>Vetting: {0}</source>
      <translation>Verificación: {0}</translation>
    </message>
  </context>
  <context>
    <name>ContactsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="24" />
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="84" />
      <source>No-contact list</source>
      <translation>Lista de contacto prohibido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="25" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="26" />
      <source>Who they are</source>
      <translation>Quién es</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="27" />
      <source>Also known as</source>
      <translation>También conocido/a como</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="28" />
      <source>Phone numbers</source>
      <translation>Teléfonos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="29" />
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="32" />
      <source>Add to the list…</source>
      <translation>Añadir a la lista…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="33" />
      <source>Change…</source>
      <translation>Cambiar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="34" />
      <source>Take off the list</source>
      <translation>Quitar de la lista</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="35" />
      <source>Visits, calls, messages and letters</source>
      <translation>Visitas, llamadas, mensajes y cartas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="36" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="38" />
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="39" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="40" />
      <source>Supervised by</source>
      <translation>Supervisado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="41" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="42" />
      <source>How it went</source>
      <translation>Cómo fue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="45" />
      <source>Record a visit or call…</source>
      <translation>Registrar una visita o llamada…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="46" />
      <source>Correct…</source>
      <translation>Corregir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="60" />
      <source>(clinicians and managers only)</source>
      <translation>(solo clínicos y responsables)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="64" />
      <source>ON THE NO-CONTACT LIST</source>
      <translation>EN LA LISTA DE CONTACTO PROHIBIDO</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="66" />
      <source>not allowed</source>
      <translation>no permitido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="68" />
      <source>unknown person</source>
      <translation>persona desconocida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="69" />
      <source>adult not yet vetted</source>
      <translation>adulto aún no verificado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="76" />
      <source>Add to the no-contact list</source>
      <translation>Añadir a la lista de contacto prohibido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="89" />
      <source>Take {0} off the no-contact list? Staff will no longer be warned.</source>
      <translation>¿Quitar a {0} de la lista de contacto prohibido? El equipo ya no recibirá avisos.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="95" />
      <source>Record a visit or call</source>
      <translation>Registrar una visita o llamada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="102" />
      <source>Correct a contact</source>
      <translation>Corregir un contacto</translation>
    </message>
  </context>
  <context>
    <name>DateFields</name>
    <message>
      <location filename="../../src/safehaven/ui/date_fields.py" line="240" />
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
  </context>
  <context>
    <name>DestructionForms</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="26" />
      <source>Destroy records</source>
      <translation>Destruir registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="27" />
      <source>Why (do not name the young person: this stays after the records are gone)</source>
      <translation>Por qué (no nombre a la persona joven: esto se conserva cuando los registros ya no están)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="30" />
      <source>Ask for every record of {0} to be destroyed on every laptop and on the server. Another manager must approve; until then nothing is erased. It cannot be undone.</source>
      <translation>Pedir que se destruyan todos los registros de {0} en todos los portátiles y en el servidor. Otra persona responsable debe aprobarlo; hasta entonces no se borra nada. No se puede deshacer.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="47" />
      <source>Destruction of records</source>
      <translation>Destrucción de registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="48" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="49" />
      <source>Decline</source>
      <translation>Rechazar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="50" />
      <source>Approve: destroy every record now</source>
      <translation>Aprobar: destruir todos los registros ahora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="52" />
      <source>Why not (when declining)</source>
      <translation>Por qué no (al rechazar)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="54" />
      <source>{0} asked on {1} to destroy every record of {2} (case closed {3}): “{4}”. Approving erases them on this laptop at once, and on every other laptop and the server at their next sync. It cannot be undone.</source>
      <translation>{0} pidió el {1} destruir todos los registros de {2} (caso cerrado el {3}): “{4}”. Aprobar los borra en este portátil enseguida, y en los demás portátiles y el servidor en su próxima sincronización. No se puede deshacer.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="68" />
      <source>declined</source>
      <translation>rechazada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="70" />
      <source>waiting for a second manager</source>
      <translation>esperando a una segunda persona responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="72" />
      <source>erased on {0} of {1} laptops</source>
      <translation>borrados en {0} de {1} portátiles</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="75" />
      <source>erased on every laptop</source>
      <translation>borrados en todos los portátiles</translation>
    </message>
  </context>
  <context>
    <name>DestructionsDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="91" />
      <source>Destructions</source>
      <translation>Destrucciones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="93" />
      <source>Asked</source>
      <translation>Pedida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="95" />
      <source>Young person</source>
      <translation>Persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="96" />
      <source>(records destroyed)</source>
      <translation>(registros destruidos)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="97" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="98" />
      <source>Laptops</source>
      <translation>Portátiles</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="102" />
      <source>Enter: approve or decline one waiting for you</source>
      <translation>Intro: aprobar o rechazar una que espera su decisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="117" />
      <source>{0} at {1}</source>
      <translation>{0} el {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="120" />
      <source>not yet: {0}</source>
      <translation>aún no: {0}</translation>
    </message>
  </context>
  <context>
    <name>DetailsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="50" />
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Your house and you</source>
      <translation>Tu casa y tú</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="70" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="71" />
      <source>House name</source>
      <translation>Nombre de la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="72" />
      <source>Server address</source>
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="73" />
      <source>Enrolment code</source>
      <translation>Código de alta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="74" />
      <source>Your name</source>
      <translation>Tu nombre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="75" />
      <source>Passphrase</source>
      <translation>Frase de acceso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="77" />
      <source>Passphrase again</source>
      <translation>Repite la frase de acceso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Join your house</source>
      <translation>Unirse a tu casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="107" />
      <source>Fill in the server address, the code and your name.</source>
      <translation>Escribe la dirección del servidor, el código y tu nombre.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="109" />
      <source>Fill in the house name and your name.</source>
      <translation>Escribe el nombre de la casa y tu nombre.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="114" />
      <source>The two passphrases differ.</source>
      <translation>Las dos frases de acceso no coinciden.</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="283" />
      <source>Save a copy…</source>
      <translation>Guardar una copia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="306" />
      <source>This kind of file cannot be shown here. Save a copy to open it with another program.</source>
      <translation>Este tipo de archivo no se puede mostrar aquí. Guarde una copia para abrirla con otro programa.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="310" />
      <source>Added {0}</source>
      <translation>Añadido el {0}</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="52" />
      <source>Documents (drop a file here to add it)</source>
      <translation>Documentos (suelte un archivo aquí para añadirlo)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="53" />
      <source>Added</source>
      <translation>Añadido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="54" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="55" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="157" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="257" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="56" />
      <source>Dated</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="58" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="159" />
      <source>Who may open it</source>
      <translation>Quién puede abrirlo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="59" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="60" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="62" />
      <source>Add a file…</source>
      <translation>Añadir un archivo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="63" />
      <source>Open</source>
      <translation>Abierta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="64" />
      <source>Save a copy…</source>
      <translation>Guardar una copia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="65" />
      <source>Correct…</source>
      <translation>Corregir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="66" />
      <source>Remove…</source>
      <translation>Retirar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="82" />
      <source>Pictures</source>
      <translation>Imágenes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="133" />
      <source>Closed to your role</source>
      <translation>Cerrado para su función</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="134" />
      <source>Not on this laptop yet: fetched when opened</source>
      <translation>Aún no está en este portátil: se descarga al abrirlo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="137" />
      <source>{0} KB</source>
      <translation>{0} KB</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="138" />
      <source>{0} MB</source>
      <translation>{0} MB</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="144" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="164" />
      <source>Add a document</source>
      <translation>Añadir un documento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="145" />
      <source>Pictures and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>Imágenes y documentos (*.jpg *.jpeg *.png *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="154" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="255" />
      <source>What it is</source>
      <translation>Qué es</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="158" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="258" />
      <source>Date on the document</source>
      <translation>Fecha que figura en el documento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="161" />
      <source>A photo of the young person needs a current consent to photographs.</source>
      <translation>Una foto del joven requiere un consentimiento vigente para fotografías.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="197" />
      <source>Fetching the document from the server…</source>
      <translation>Descargando el documento del servidor…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="205" />
      <source>Fetching the document from the server… {0} of {1} parts</source>
      <translation>Descargando el documento del servidor… {0} de {1} partes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="217" />
      <source>This document's content is not on this laptop yet, and the server cannot be reached now. Connect to the house's network, then open it again.</source>
      <translation>El contenido de este documento aún no está en este portátil y ahora no se puede contactar con el servidor. Conéctese a la red de la casa y vuelva a abrirlo.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="236" />
      <source>Save a copy</source>
      <translation>Guardar una copia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="245" />
      <source>A copy in the clear is at {0}. Keep it safe and delete it when done.</source>
      <translation>Hay una copia sin cifrar en {0}. Guárdela en lugar seguro y bórrela cuando termine.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="254" />
      <source>Correct “{0}”</source>
      <translation>Corregir «{0}»</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="265" />
      <source>Remove “{0}”</source>
      <translation>Retirar «{0}»</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="266" />
      <source>Why it is removed (kept in the record)</source>
      <translation>Por qué se retira (queda en el expediente)</translation>
    </message>
  </context>
  <context>
    <name>FaceButton</name>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>chosen</source>
      <translation>elegida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>not chosen</source>
      <translation>no elegida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="65" />
      <source>Mood {0} of 5: {1}</source>
      <translation>Ánimo {0} de 5: {1}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="167" />
      <source>Set up SafeHaven</source>
      <translation>Configurar SafeHaven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="181" />
      <source>Joining: fetching the house's records…</source>
      <translation>Uniéndose: recibiendo los registros de la casa…</translation>
    </message>
  </context>
  <context>
    <name>GuardedDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="93" />
      <source>Esc again locks SafeHaven at once (what you typed is kept). To close this form, press Cancel.</source>
      <translation>Esc otra vez bloquea SafeHaven al instante (lo escrito se guarda). Para cerrar este formulario, pulse Cancelar.</translation>
    </message>
  </context>
  <context>
    <name>HandoverButton</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="59" />
      <source>Since my last shift</source>
      <translation>Desde mi último turno</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="60" />
      <source>New incidents, flags, missed check-ins, sessions, notes and the house log since your last shift ended, and who wrote them</source>
      <translation>Incidentes, señales, registros diarios no hechos, sesiones, notas y registro de la casa nuevos desde que terminó tu último turno, y quién los escribió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="75" />
      <source>Since my last shift ({0})</source>
      <translation>Desde mi último turno ({0})</translation>
    </message>
  </context>
  <context>
    <name>HandoverView</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="90" />
      <location filename="../../src/safehaven/ui/handover.py" line="112" />
      <source>Since my last shift</source>
      <translation>Desde mi último turno</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="93" />
      <location filename="../../src/safehaven/ui/handover.py" line="131" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="94" />
      <location filename="../../src/safehaven/ui/handover.py" line="129" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="95" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="96" />
      <source>Detail</source>
      <translation>Detalle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="97" />
      <source>Written by</source>
      <translation>Escrito por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="101" />
      <source>Your first shift here: the last day and night, since {0}</source>
      <translation>Tu primer turno aquí: el último día y la última noche, desde {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="102" />
      <source>Since your last shift ended: {0}</source>
      <translation>Desde que terminó tu último turno: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="105" />
      <source>On shift now: {0}</source>
      <translation>De turno ahora: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="107" />
      <source>Write a handover note…</source>
      <translation>Escribir una nota de relevo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="128" />
      <source>Handover note</source>
      <translation>Nota de relevo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="133" />
      <source>What the next shift needs to know</source>
      <translation>Lo que el próximo turno necesita saber</translation>
    </message>
  </context>
  <context>
    <name>HealthForms</name>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="32" />
      <source>No allergies recorded.</source>
      <translation>No hay alergias registradas.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="33" />
      <source>ALLERGIES: {0}</source>
      <translation>ALERGIAS: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="38" />
      <source>Allergies (comma between)</source>
      <translation>Alergias (separadas por comas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="40" />
      <source>e.g. penicillin, peanuts</source>
      <translation>p. ej. penicilina, cacahuetes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="41" />
      <source>Reactions, and what to do</source>
      <translation>Reacciones y qué hacer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="43" />
      <source>Health conditions</source>
      <translation>Condiciones de salud</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="45" />
      <source>Doctor or clinic, and how to reach them</source>
      <translation>Médico o clínica, y cómo contactarlos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="47" />
      <source>Immunisations</source>
      <translation>Vacunas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="51" />
      <source>Height (cm)</source>
      <translation>Estatura (cm)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="53" />
      <source>Weight (kg)</source>
      <translation>Peso (kg)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="55" />
      <source>e.g. 41.5</source>
      <translation>p. ej. 41,5</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="58" />
      <source>Pregnancy (restricted)</source>
      <translation>Embarazo (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="64" />
      <source>Medicine</source>
      <translation>Medicamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="110" />
      <source>Dose</source>
      <translation>Dosis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <source>e.g. 500 mg, 1 tablet, 5 ml</source>
      <translation>p. ej. 500 mg, 1 comprimido, 5 ml</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="66" />
      <source>How it is taken</source>
      <translation>Cómo se toma</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="68" />
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>Strength</source>
      <translation>Concentración</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>e.g. 250 mg/5 ml</source>
      <translation>p. ej. 250 mg/5 ml</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="122" />
      <source>Active substances (comma between)</source>
      <translation>Principios activos (separados por comas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="71" />
      <source>checked against the allergies</source>
      <translation>se comparan con las alergias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="72" />
      <source>As needed</source>
      <translation>Si lo necesita</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="73" />
      <source>as needed (PRN), not at set times</source>
      <translation>si lo necesita (PRN), no a horas fijas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="120" />
      <source>Times of day</source>
      <translation>Horas del día</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <source>e.g. 08:00, 20:00</source>
      <translation>p. ej. 08:00, 20:00</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="75" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="112" />
      <source>As needed: what for</source>
      <translation>Si lo necesita: para qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="76" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="115" />
      <source>As needed: minutes at least between doses</source>
      <translation>Si lo necesita: minutos mínimos entre dosis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="78" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="117" />
      <source>As needed: most doses in 24 hours</source>
      <translation>Si lo necesita: máximo de dosis en 24 horas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="80" />
      <source>Prescriber</source>
      <translation>Quien prescribe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="81" />
      <source>Starts</source>
      <translation>Empieza</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="82" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="124" />
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="83" />
      <source>Why it was prescribed</source>
      <translation>Por qué se prescribió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="84" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="125" />
      <source>Instructions</source>
      <translation>Instrucciones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="85" />
      <source>Controlled drug</source>
      <translation>Medicamento controlado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="86" />
      <source>every dose given needs a witness</source>
      <translation>cada dosis dada necesita un testigo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="87" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="126" />
      <source>Units a dose takes from the stock</source>
      <translation>Unidades que una dosis toma de las existencias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="89" />
      <source>tablets, ml…; 1 when left empty</source>
      <translation>comprimidos, ml…; 1 si se deja vacío</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="93" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="131" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="95" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="133" />
      <source>How many units (tablets, ml)</source>
      <translation>Cuántas unidades (comprimidos, ml)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="98" />
      <source>Batch number</source>
      <translation>Número de lote</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="99" />
      <source>from the label; a return or disposal may name it</source>
      <translation>de la etiqueta; una devolución o eliminación puede indicarlo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="100" />
      <source>Expires (stock received)</source>
      <translation>Caduca (stock recibido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="138" />
      <source>Why it is stopped</source>
      <translation>Por qué se suspende</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="139" />
      <source>First day without it</source>
      <translation>Primer día sin él</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="144" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="171" />
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="153" />
      <source>Scheduled dose</source>
      <translation>Dosis programada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="177" />
      <source>How it helped (checked later)</source>
      <translation>Cómo ayudó (comprobado después)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="97" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="156" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="173" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="157" />
      <source>Dose given</source>
      <translation>Dosis dada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="103" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="160" />
      <source>Witness (controlled drug)</source>
      <translation>Testigo (medicamento controlado)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="162" />
      <source>What it was needed for</source>
      <translation>Para qué se necesitó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="163" />
      <source>Why not given (if not given)</source>
      <translation>Por qué no se dio (si no se dio)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="105" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="135" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="164" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="174" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="130" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="170" />
      <source>Why it is corrected</source>
      <translation>Por qué se corrige</translation>
    </message>
  </context>
  <context>
    <name>HealthTab</name>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="55" />
      <source>Health profile…</source>
      <translation>Perfil de salud…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="61" />
      <source>Medicines</source>
      <translation>Medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="62" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="85" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="93" />
      <source>Medicine</source>
      <translation>Medicamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="64" />
      <source>Dose</source>
      <translation>Dosis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="65" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="84" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="92" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="66" />
      <source>Prescriber</source>
      <translation>Quien prescribe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="67" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="111" />
      <source>Stock</source>
      <translation>Existencias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="68" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="74" />
      <source>Record a dose…</source>
      <translation>Registrar una dosis…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="76" />
      <source>Add prescription…</source>
      <translation>Añadir prescripción…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="77" />
      <source>Edit prescription…</source>
      <translation>Editar prescripción…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="79" />
      <source>Stock…</source>
      <translation>Existencias…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="81" />
      <source>Stop…</source>
      <translation>Suspender…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="82" />
      <source>Print this week's chart…</source>
      <translation>Imprimir la hoja de esta semana…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="83" />
      <source>Doses (last two weeks)</source>
      <translation>Dosis (últimas dos semanas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="86" />
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="87" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="97" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="88" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="98" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="90" />
      <source>Correct or add the effect…</source>
      <translation>Corregir o añadir el efecto…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="91" />
      <source>Stock (last two weeks)</source>
      <translation>Existencias (últimas dos semanas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="94" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="95" />
      <source>Units</source>
      <translation>Unidades</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="96" />
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="102" />
      <source>Correct…</source>
      <translation>Corregir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="110" />
      <source>Doses</source>
      <translation>Dosis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="130" />
      <source>Prescriptions are copied by clinicians, managers and staff trained to give medicines.</source>
      <translation>Las recetas las copian clínicos, responsables y personal formado para dar medicamentos.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="138" />
      <source>Conditions</source>
      <translation>Condiciones de salud</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="139" />
      <source>Doctor or clinic</source>
      <translation>Médico o clínica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="140" />
      <source>Immunisations</source>
      <translation>Vacunas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="141" />
      <source>Height and weight</source>
      <translation>Estatura y peso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="142" />
      <source>Dietary needs</source>
      <translation>Necesidades alimentarias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="143" />
      <source>Pregnancy</source>
      <translation>Embarazo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="146" />
      <source>No health profile yet.</source>
      <translation>Aún no hay perfil de salud.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="157" />
      <source>{0} cm</source>
      <translation>{0} cm</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="158" />
      <source>{0} kg</source>
      <translation>{0} kg</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="165" />
      <source>as needed: {0}</source>
      <translation>si lo necesita: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="170" />
      <source>stopped {0}</source>
      <translation>suspendido el {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="171" />
      <source>controlled</source>
      <translation>controlado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="173" />
      <source>until {0}</source>
      <translation>hasta el {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="174" />
      <source>current</source>
      <translation>vigente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="182" />
      <source>{0} (count: {1} expected {2})</source>
      <translation>{0} (recuento: {1}, se esperaban {2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="185" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="191" />
      <source>no batch</source>
      <translation>sin lote</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="195" />
      <source>{0} EXPIRED {1}</source>
      <translation>{0} CADUCADO {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="196" />
      <source>{0} until {1}</source>
      <translation>{0} hasta {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="210" />
      <source>effect: {0}</source>
      <translation>efecto: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="211" />
      <source>corrected: {0}</source>
      <translation>corregido: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="213" />
      <source>witness {0}</source>
      <translation>testigo {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="220" />
      <source>Health profile</source>
      <translation>Perfil de salud</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="229" />
      <source>Add prescription</source>
      <translation>Añadir prescripción</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="237" />
      <source>Edit prescription: {0}</source>
      <translation>Editar prescripción: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="244" />
      <source>Correct a stock entry</source>
      <translation>Corregir un movimiento de existencias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="251" />
      <source>Stop: {0}</source>
      <translation>Suspender: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="260" />
      <source>Dose: {0}</source>
      <translation>Dosis: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="270" />
      <source>Stock: {0}</source>
      <translation>Existencias: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="279" />
      <source>Correct a dose record</source>
      <translation>Corregir un registro de dosis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="298" />
      <source>Medication chart: {0}</source>
      <translation>Hoja de medicación: {0}</translation>
    </message>
  </context>
  <context>
    <name>HouseSettingsForm</name>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="48" />
      <source>Weeks between case reviews</source>
      <translation>Semanas entre revisiones del caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="50" />
      <source>Days a complaint may wait for an answer</source>
      <translation>Días que una queja puede esperar respuesta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="52" />
      <source>The financial year starts in</source>
      <translation>El año fiscal empieza en</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="54" />
      <source>for the funder summary</source>
      <translation>para el resumen para financiadores</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="55" />
      <source>Largest document (MB)</source>
      <translation>Documento más grande (MB)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="57" />
      <source>Laptops fetch in the background</source>
      <translation>Los portátiles descargan en segundo plano</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="59" />
      <source>the rest of a document comes when it is opened; one laptop may choose less on its Sync page</source>
      <translation>el resto de un documento llega al abrirlo; un portátil puede elegir menos en su página Sincronizar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="61" />
      <source>A manager approves</source>
      <translation>Un responsable aprueba</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="62" />
      <source>therapy plans</source>
      <translation>planes de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="63" />
      <source>safety plans</source>
      <translation>planes de seguridad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="64" />
      <source>closures</source>
      <translation>cierres</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="65" />
      <source>First-stage identification decisions</source>
      <translation>Decisiones de identificación de primera fase</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="67" />
      <source>one a line; a later decision confirms them (the NRM's reasonable grounds, say)</source>
      <translation>una por línea; una decisión posterior las confirma (los motivos razonables del NRM, por ejemplo)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="69" />
      <source>Final identification decisions</source>
      <translation>Decisiones de identificación finales</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="71" />
      <source>one a line: a shipped decision by its code, the house's own in its words</source>
      <translation>una por línea: una decisión de fábrica por su código, las de la casa con sus palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="73" />
      <source>Restraint techniques</source>
      <translation>Técnicas de contención</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="75" />
      <source>one a line: those the house trains in</source>
      <translation>una por línea: aquellas en las que se forma la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="79" />
      <source>These apply on every laptop of the house. Both lists of decisions or the techniques left empty: the shipped list. Records keep the decision or technique they were made with. The idle-lock limit and the house's language are on the Admin page; retention rules under Retention.</source>
      <translation>Se aplican en todos los portátiles de la casa. Si ambas listas de decisiones o las técnicas quedan vacías: la lista de fábrica. Los registros conservan la decisión o técnica con la que se hicieron. El límite de bloqueo por inactividad y el idioma de la casa están en la página de Administración; las reglas de conservación, en Conservación.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="85" />
      <source>Only a manager changes the house's settings: you can see them here.</source>
      <translation>Solo un responsable cambia los ajustes de la casa: aquí puede verlos.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="87" />
      <source>House settings</source>
      <translation>Ajustes de la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="98" />
      <source>Only a manager changes this.</source>
      <translation>Solo un responsable cambia esto.</translation>
    </message>
  </context>
  <context>
    <name>IntakeProfileBox</name>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="24" />
      <source>Trafficking profile now (you may skip it)</source>
      <translation>Perfil de trata ahora (puede omitirlo)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="37" />
      <source>the country, or its two-letter code</source>
      <translation>el país, o su código de dos letras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="44" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="45" />
      <source>Country of origin</source>
      <translation>País de origen</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="46" />
      <source>Citizenship</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="47" />
      <source>How they were identified</source>
      <translation>Cómo se la/lo identificó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="48" />
      <source>Identified by</source>
      <translation>Identificada/o por</translation>
    </message>
  </context>
  <context>
    <name>LegalPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="100" />
      <source>Legal cases (details for clinicians and managers)</source>
      <translation>Casos judiciales (detalles para clínicos y responsables)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="101" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="102" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="119" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="103" />
      <source>Began</source>
      <translation>Empezó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="104" />
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="105" />
      <source>Lawyer or advocate</source>
      <translation>Abogado/a o defensor/a</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="106" />
      <source>Special measures</source>
      <translation>Medidas especiales</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="109" />
      <source>Add case…</source>
      <translation>Añadir caso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="110" />
      <source>Edit case…</source>
      <translation>Editar caso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="111" />
      <source>Add hearing…</source>
      <translation>Añadir audiencia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="112" />
      <source>Hearings and appointments</source>
      <translation>Audiencias y citas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="113" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="114" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="115" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="116" />
      <source>Who goes</source>
      <translation>Quién va</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="117" />
      <source>NOBODY YET</source>
      <translation>NADIE TODAVÍA</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="118" />
      <source>Transport</source>
      <translation>Transporte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="121" />
      <source>Who goes…</source>
      <translation>Quién va…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="123" />
      <source>Edit hearing…</source>
      <translation>Editar audiencia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="133" />
      <source>Add a legal case</source>
      <translation>Añadir un caso judicial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="140" />
      <source>Edit a legal case</source>
      <translation>Editar un caso judicial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="147" />
      <source>Add a hearing or appointment</source>
      <translation>Añadir una audiencia o cita</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="154" />
      <source>Who goes with the young person</source>
      <translation>Quién acompaña a la persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="162" />
      <source>Edit a hearing or appointment</source>
      <translation>Editar una audiencia o cita</translation>
    </message>
  </context>
  <context>
    <name>LifeForms</name>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="31" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="33" />
      <source>all that apply</source>
      <translation>todas las que correspondan</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="34" />
      <source>Country of origin</source>
      <translation>País de origen</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="36" />
      <source>Citizenship</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="37" />
      <source>Where they were exploited</source>
      <translation>Dónde fue explotada/o</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="38" />
      <source>countries</source>
      <translation>países</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="39" />
      <source>When, and for how long</source>
      <translation>Cuándo y durante cuánto tiempo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="41" />
      <source>How they were identified</source>
      <translation>Cómo se la/lo identificó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="43" />
      <source>Identified by</source>
      <translation>Identificada/o por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="44" />
      <source>Immigration status</source>
      <translation>Situación migratoria</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="46" />
      <source>Guardian or advocate</source>
      <translation>Tutor/a o defensor/a</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="47" />
      <source>an independent child trafficking guardian, say</source>
      <translation>por ejemplo, un tutor independiente para menores víctimas de trata</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="48" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="133" />
      <source>How to reach them</source>
      <translation>Cómo contactarles</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="57" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="195" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="60" />
      <source>Referred or applied on</source>
      <translation>Derivada o solicitada el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="62" />
      <source>Decided on</source>
      <translation>Decidida el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="64" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="84" />
      <source>Reference (restricted)</source>
      <translation>Referencia (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="66" />
      <source>Note (restricted)</source>
      <translation>Nota (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="70" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="76" />
      <source>Kind of case</source>
      <translation>Tipo de caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="79" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="115" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="172" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="82" />
      <source>Began on</source>
      <translation>Empezó el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="86" />
      <source>Lawyer or advocate, and how to reach them (restricted)</source>
      <translation>Abogado/a o defensor/a, y cómo contactarle (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="88" />
      <source>Special measures asked for (restricted)</source>
      <translation>Medidas especiales solicitadas (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="90" />
      <source>screens, a video link, an intermediary…</source>
      <translation>biombos, videoconferencia, un intermediario…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="91" />
      <source>Outcome (restricted)</source>
      <translation>Resultado (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="93" />
      <source>Notes (restricted)</source>
      <translation>Notas (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="99" />
      <source>Who goes with the young person</source>
      <translation>Quién acompaña a la persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="101" />
      <source>How they get there</source>
      <translation>Cómo llegan</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="108" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="155" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="109" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="112" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="113" />
      <source>How long (minutes)</source>
      <translation>Cuánto duró (minutos)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="118" />
      <source>What it is about, how to prepare (restricted)</source>
      <translation>De qué trata, cómo prepararse (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="124" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="127" />
      <source>School, college or employer</source>
      <translation>Escuela, instituto o empleador</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="129" />
      <source>Class, year group or trade</source>
      <translation>Clase, curso u oficio</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="131" />
      <source>Designated teacher or tutor</source>
      <translation>Docente designado o tutor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="135" />
      <source>Starts</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="137" />
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="142" />
      <source>Week of</source>
      <translation>Semana del</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="143" />
      <source>any day of the week</source>
      <translation>cualquier día de la semana</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="144" />
      <source>Sessions there were</source>
      <translation>Sesiones que hubo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="146" />
      <source>Sessions attended</source>
      <translation>Sesiones a las que asistió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="147" />
      <source>Why any were missed</source>
      <translation>Por qué faltó a alguna</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="152" />
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="154" />
      <source>What, in a few words</source>
      <translation>Qué, en pocas palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="156" />
      <source>Days (an exclusion)</source>
      <translation>Días (una expulsión)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="161" />
      <source>The goal, in their own words</source>
      <translation>La meta, con sus propias palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="162" />
      <source>With the therapy plan</source>
      <translation>Con el plan de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="165" />
      <source>Set on</source>
      <translation>Fijada el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="170" />
      <source>How it is going, as they say it</source>
      <translation>Cómo va, tal como lo dice</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="174" />
      <source>Reviewed on</source>
      <translation>Revisada el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="179" />
      <source>What they said, in their words</source>
      <translation>Lo que dijo, con sus palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="180" />
      <source>About</source>
      <translation>Sobre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="181" />
      <source>family, school, where to live, court…</source>
      <translation>familia, escuela, dónde vivir, tribunal…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="182" />
      <source>Said on</source>
      <translation>Dicho el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="187" />
      <source>The complaint, in their words</source>
      <translation>La queja, con sus palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="188" />
      <source>Made on</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="193" />
      <source>How it was looked into (restricted)</source>
      <translation>Cómo se investigó (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="194" />
      <source>What the young person was told (restricted)</source>
      <translation>Lo que se le dijo a la persona joven (restringido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="197" />
      <source>Is the young person satisfied?</source>
      <translation>¿Está satisfecha/o la persona joven?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="199" />
      <source>Answered on</source>
      <translation>Respondida el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="204" />
      <source>Who took part</source>
      <translation>Quién participó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="205" />
      <source>the young person, key worker, therapist…</source>
      <translation>la persona joven, persona de referencia, terapeuta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="206" />
      <source>The young person took part</source>
      <translation>La persona joven participó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="207" />
      <source>What the young person said, in their words</source>
      <translation>Qué dijo el o la joven, con sus palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="209" />
      <source>What was decided</source>
      <translation>Lo que se decidió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="210" />
      <source>Held on</source>
      <translation>Celebrada el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="211" />
      <source>Next review</source>
      <translation>Próxima revisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="212" />
      <source>empty: after the house's usual weeks</source>
      <translation>vacío: tras las semanas habituales de la casa</translation>
    </message>
  </context>
  <context>
    <name>LifeTab</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="41" />
      <source>Legal case</source>
      <translation>Caso judicial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="42" />
      <source>Profile and decisions</source>
      <translation>Perfil y decisiones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="43" />
      <source>School</source>
      <translation>Escuela</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="44" />
      <source>Their voice</source>
      <translation>Su voz</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="45" />
      <source>Complaints</source>
      <translation>Quejas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="46" />
      <source>Reviews</source>
      <translation>Revisiones</translation>
    </message>
  </context>
  <context>
    <name>MeasuresTab</name>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="37" />
      <source>Scores</source>
      <translation>Puntuaciones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="38" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="39" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="93" />
      <source>Measure</source>
      <translation>Medida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="40" />
      <source>Score</source>
      <translation>Puntuación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="42" />
      <source>Band</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="43" />
      <source>Subscales</source>
      <translation>Subescalas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="44" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="98" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="113" />
      <source>Given by</source>
      <translation>Aplicada por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="47" />
      <source>Record a score…</source>
      <translation>Registrar una puntuación…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="48" />
      <source>Correct…</source>
      <translation>Corregir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="49" />
      <source>Remove (typed in error)</source>
      <translation>Quitar (escrita por error)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="50" />
      <source>Add a house scale…</source>
      <translation>Añadir una escala de la casa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="52" />
      <source>Scores over time, with each measure's published bands</source>
      <translation>Puntuaciones a lo largo del tiempo, con los niveles publicados de cada medida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="69" />
      <source>No scores recorded yet.</source>
      <translation>Aún no hay puntuaciones registradas.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="77" />
      <source>{0}: one score so far, {1} ({2})</source>
      <translation>{0}: una sola puntuación por ahora, {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>improved</source>
      <translation>mejoró</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>worse</source>
      <translation>empeoró</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="80" />
      <source>no reliable change</source>
      <translation>sin cambio fiable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="82" />
      <source>reliable change not available for this scale</source>
      <translation>cambio fiable no disponible para esta escala</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="83" />
      <source>{0}: {1} ({2}) on {3} → {4} ({5}) on {6}: {7}</source>
      <translation>{0}: {1} ({2}) el {3} → {4} ({5}) el {6}: {7}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="111" />
      <source>Total score</source>
      <translation>Puntuación total</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <source>the total on the publisher's form</source>
      <translation>el total del formulario del editor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="97" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="112" />
      <source>Taken on</source>
      <translation>Aplicada el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="115" />
      <source>Subscale scores (optional)</source>
      <translation>Puntuaciones de subescalas (opcional)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="100" />
      <source>e.g. intrusion=7, avoidance=3</source>
      <translation>p. ej. intrusion=7, avoidance=3</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="101" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="117" />
      <source>Note (no item answers)</source>
      <translation>Nota (sin respuestas a los ítems)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="103" />
      <source>Record a score</source>
      <translation>Registrar una puntuación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="119" />
      <source>Correct a score: {0}</source>
      <translation>Corregir una puntuación: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="130" />
      <source>Name of the scale</source>
      <translation>Nombre de la escala</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="131" />
      <source>Lowest score</source>
      <translation>Puntuación mínima</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="132" />
      <source>Highest score</source>
      <translation>Puntuación máxima</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="133" />
      <source>Bands (lowest score=label)</source>
      <translation>Niveles (puntuación mínima=nombre)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="134" />
      <source>e.g. 0=Low, 10=Moderate, 20=High</source>
      <translation>p. ej. 0=Bajo, 10=Moderado, 20=Alto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="135" />
      <source>Direction</source>
      <translation>Sentido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="136" />
      <source>A higher score is better</source>
      <translation>Una puntuación más alta es mejor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="138" />
      <source>Add a house scale</source>
      <translation>Añadir una escala de la casa</translation>
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="141" />
      <source>Stabilization needs</source>
      <translation>Necesidades de estabilización</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="142" />
      <source>Need</source>
      <translation>Necesidad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="143" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="144" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="145" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="146" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="147" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="150" />
      <source>Add need…</source>
      <translation>Añadir necesidad…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="151" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="152" />
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="153" />
      <source>Close (met or not applicable)…</source>
      <translation>Cerrar (cubierta o no aplica)…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="162" />
      <source>Add need</source>
      <translation>Añadir necesidad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="169" />
      <source>Edit need</source>
      <translation>Editar necesidad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="180" />
      <source>Close need: {0}</source>
      <translation>Cerrar necesidad: {0}</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="57" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation>Algo salió mal ({0}); no se perdió nada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="76" />
      <source>Select all rows</source>
      <translation>Seleccionar todas las filas</translation>
    </message>
  </context>
  <context>
    <name>PdfPane</name>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="38" />
      <source>Save as PDF…</source>
      <translation>Guardar como PDF…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="40" />
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="59" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n página</numerusform>
        <numerusform>%n páginas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="73" />
      <source>Save as PDF</source>
      <translation>Guardar como PDF</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="74" />
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="78" />
      <source>Saved to {0}</source>
      <translation>Guardado en {0}</translation>
    </message>
  </context>
  <context>
    <name>ProfilePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="176" />
      <source>Trafficking profile…</source>
      <translation>Perfil de trata…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="180" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="224" />
      <source>Trafficking profile</source>
      <translation>Perfil de trata</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="183" />
      <source>Identification and status decisions</source>
      <translation>Decisiones de identificación y de estatus</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="184" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="185" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="186" />
      <source>Referred</source>
      <translation>Derivada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="187" />
      <source>Decided</source>
      <translation>Decidida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="188" />
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="190" />
      <source>Add decision…</source>
      <translation>Añadir decisión…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="191" />
      <source>Record the decision…</source>
      <translation>Registrar la decisión…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="205" />
      <source>No trafficking profile yet.</source>
      <translation>Todavía no hay perfil de trata.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="207" />
      <source>Forms of exploitation</source>
      <translation>Formas de explotación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="209" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="211" />
      <source>Where and when</source>
      <translation>Dónde y cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="213" />
      <source>Identified</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="215" />
      <source>Immigration status</source>
      <translation>Situación migratoria</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="216" />
      <source>Guardian or advocate</source>
      <translation>Tutor/a o defensor/a</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="229" />
      <source>Add a decision</source>
      <translation>Añadir una decisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="236" />
      <source>Record the decision</source>
      <translation>Registrar la decisión</translation>
    </message>
  </context>
  <context>
    <name>ReceiveDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="87" />
      <source>Receive a transfer</source>
      <translation>Recibir un traslado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="88" />
      <source>Open a transfer file…</source>
      <translation>Abrir un archivo de traslado…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="90" />
      <source>Open the file the sending house gave you.</source>
      <translation>Abra el archivo que le dio la casa que envía.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="93" />
      <source>Why it is declined</source>
      <translation>Por qué se rechaza</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="94" />
      <source>Accept…</source>
      <translation>Aceptar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="96" />
      <source>Decline…</source>
      <translation>Rechazar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="123" />
      <source>Transfer file</source>
      <translation>Archivo de traslado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="132" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="179" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="184" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>Algo salió mal ({0}); no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="136" />
      <source>{0}, from {1} ({2}), signed by {3}.</source>
      <translation>{0}, de {1} ({2}), firmado por {3}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="139" />
      <source>Signer's fingerprint: {0}</source>
      <translation>Huella de quien firma: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="140" />
      <source>Records: {0} · documents: {1}</source>
      <translation>Registros: {0} · documentos: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="143" />
      <source>This transfer was already accepted or declined here.</source>
      <translation>Este traslado ya se aceptó o rechazó aquí.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="154" />
      <source>Say why it is declined.</source>
      <translation>Indique por qué se rechaza.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="156" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="161" />
      <source>Accept the transfer</source>
      <translation>Aceptar el traslado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="157" />
      <source>Is {0} the fingerprint the sending house's manager read to you?</source>
      <translation>¿Es {0} la huella que le leyó el responsable de la casa que envía?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="164" />
      <source>Save the receipt for the sending house</source>
      <translation>Guardar el acuse de recibo para la casa que envía</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="168" />
      <source>{0} is now a resident of this house. Give the receipt ({1}) to the sending house.</source>
      <translation>{0} es ahora residente de esta casa. Entregue el acuse de recibo ({1}) a la casa que envió.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="170" />
      <source>Declined. Give the receipt ({0}) to the sending house.</source>
      <translation>Rechazado. Entregue el acuse de recibo ({0}) a la casa que envió.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="263" />
      <source>Discard this record? What you typed will be lost.</source>
      <translation>¿Descartar este registro? Lo que escribió se perderá.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="147" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="127" />
      <source>{0} ({1}–{2})</source>
      <translation>{0} ({1}–{2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="310" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation>Algo salió mal ({0}); no se perdió nada.</translation>
    </message>
  </context>
  <context>
    <name>RecordReceipt</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="196" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="212" />
      <source>Transfer receipt</source>
      <translation>Acuse de recibo del traslado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="202" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="218" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>Algo salió mal ({0}); no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="206" />
      <source>{0} accepted {1}: the case will close as transferred.</source>
      <translation>{0} aceptó a {1}: el caso se cerrará como trasladado.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="208" />
      <source>{0} declined {1}: the case stays open.</source>
      <translation>{0} rechazó a {1}: el caso sigue abierto.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="210" />
      <source>{0}

Signed by {1}. Fingerprint of {2}'s card: {3}

Record it?</source>
      <translation>{0}

Firmado por {1}. Huella de la tarjeta de {2}: {3}

¿Registrarlo?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="216" />
      <source>The receipt was recorded.</source>
      <translation>Se registró el acuse de recibo.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="124" />
      <source>Your recovery key</source>
      <translation>Tu clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="131" />
      <source>Print</source>
      <translation>Imprimir</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="133" />
      <source>I have written it down and will keep it locked away</source>
      <translation>La he anotado y la guardaré bajo llave</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="136" />
      <source>If every passphrase is forgotten, this key is the only way back into the records. It is shown only once. Write it down or print it, and keep it locked away from this laptop.</source>
      <translation>Si se olvidan todas las frases de acceso, esta clave es la única manera de volver a los registros. Solo se muestra una vez. Anótala o imprímela y guárdala bajo llave, lejos de este portátil.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="152" />
      <source>SafeHaven recovery key</source>
      <translation>Clave de recuperación de SafeHaven</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="378" />
      <source>Referrals and hand-offs</source>
      <translation>Derivaciones y traspasos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="379" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="380" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="381" />
      <source>Service</source>
      <translation>Servicio</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="383" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>Hand-off</source>
      <translation>Traspaso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>{0}: with {1}, received by {2}</source>
      <translation>{0}: con {1}, recibida/o por {2}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="388" />
      <source>Add referral…</source>
      <translation>Añadir derivación…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="390" />
      <source>Update…</source>
      <translation>Actualizar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="392" />
      <source>Hand-off summary…</source>
      <translation>Resumen para el traspaso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="394" />
      <source>Follow-up contacts</source>
      <translation>Contactos de seguimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="395" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="396" />
      <source>Done</source>
      <translation>Realizado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="397" />
      <source>Spoke with</source>
      <translation>Se habló con</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="398" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="399" />
      <source>Signs</source>
      <translation>Señales</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="402" />
      <source>Plan follow-ups…</source>
      <translation>Programar seguimientos…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="403" />
      <source>Record contact…</source>
      <translation>Registrar contacto…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="415" />
      <source>OVERDUE</source>
      <translation>ATRASADO</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="418" />
      <source>Add referral</source>
      <translation>Añadir derivación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="425" />
      <source>Update referral</source>
      <translation>Actualizar derivación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="435" />
      <source>Hand-off summary</source>
      <translation>Resumen para el traspaso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="450" />
      <source>Include the legal name</source>
      <translation>Incluir el nombre legal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="451" />
      <source>Include the clinical notes</source>
      <translation>Incluir las notas clínicas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="452" />
      <source>Include the legal case's details and how they were exploited</source>
      <translation>Incluir los detalles del caso judicial y cómo fue explotada/o</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="462" />
      <source>Share only what the receiving service needs and the young person has agreed to.</source>
      <translation>Comparta solo lo que el servicio que recibe necesita y lo que la persona joven ha aceptado.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="464" />
      <source>Receiving service (leave empty for the house's own file):</source>
      <translation>Servicio receptor (déjelo vacío para el archivo de la casa):</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="488" />
      <source>No consent names this service</source>
      <translation>Ningún consentimiento nombra este servicio</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="491" />
      <source>Why must it be shared anyway?</source>
      <translation>¿Por qué debe compartirse de todos modos?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="517" />
      <source>Hand-off summary: {0}</source>
      <translation>Resumen para el traspaso: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="523" />
      <source>Plan follow-up contacts</source>
      <translation>Programar contactos de seguimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="530" />
      <source>Follow-up contact due {0}</source>
      <translation>Contacto de seguimiento previsto para el {0}</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="29" />
      <source>Weekly house report</source>
      <translation>Informe semanal de la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="30" />
      <source>Funder summary (de-identified)</source>
      <translation>Resumen para financiadores (anonimizado)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="34" />
      <source>Make report</source>
      <translation>Generar informe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="43" />
      <source>Reports</source>
      <translation>Informes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="64" />
      <source>{0} (from {1})</source>
      <translation>{0} (desde el {1})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="67" />
      <source>in progress</source>
      <translation>en curso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="82" />
      <source>Financial year from {0}</source>
      <translation>Año fiscal desde {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="92" />
      <source>Only managers print or save the weekly report: it shows every child's flags and incidents.</source>
      <translation>Solo la coordinación imprime o guarda el informe semanal: muestra las alertas e incidentes de cada niño.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="101" />
      <source>Making the report…</source>
      <translation>Generando el informe…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="119" />
      <source>The choice changed while it was made: make the report again.</source>
      <translation>La selección cambió mientras se hacía: vuelva a hacer el informe.</translation>
    </message>
  </context>
  <context>
    <name>ResidentPage</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="60" />
      <source>← Residents</source>
      <translation>← Residentes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="65" />
      <source>Check in</source>
      <translation>Registrar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="68" />
      <source>Move stage…</source>
      <translation>Cambiar de etapa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="232" />
      <source>Edit profile…</source>
      <translation>Editar perfil…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="109" />
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="92" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="95" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="96" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="97" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="101" />
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="103" />
      <source>Needs</source>
      <translation>Necesidades</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="105" />
      <source>Check-ins</source>
      <translation>Registros diarios</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="115" />
      <source>Consent &amp;&amp; adults</source>
      <translation>Consentimiento y adultos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals &amp;&amp; follow-up</source>
      <translation>Derivaciones y seguimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="119" />
      <source>Notes &amp;&amp; timeline</source>
      <translation>Notas y cronología</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="104" />
      <source>Check-ins</source>
      <comment>short tab title</comment>
      <translation>Registros diarios</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="114" />
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="118" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/resident_detail.py" line="299" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n año</numerusform>
        <numerusform>%n años</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>not recorded</source>
      <translation>no registrado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>Interpreter</source>
      <translation>Intérprete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="337" />
      <source>not needed</source>
      <translation>no necesita</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="338" />
      <source>Cultural and faith notes</source>
      <translation>Notas culturales y religiosas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="339" />
      <source>Dietary needs</source>
      <translation>Necesidades alimentarias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="426" />
      <source>{0} is now in: {1}</source>
      <translation>{0} está ahora en: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="451" />
      <source>Profile: {0}</source>
      <translation>Perfil: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="258" />
      <source>Mood over the last 30 days</source>
      <translation>Ánimo en los últimos 30 días</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="72" />
      <source>Close case…</source>
      <translation>Cerrar caso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="75" />
      <source>Transfer…</source>
      <translation>Trasladar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="76" />
      <source>Transfer to another house of the organisation</source>
      <translation>Trasladar a otra casa de la organización</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="244" />
      <source>About them</source>
      <translation>Sobre ella/él</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="248" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="102" />
      <source>Profile, legal case, school and their own voice</source>
      <translation>Perfil, caso judicial, escuela y su propia voz</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="106" />
      <source>Safety</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="107" />
      <source>Health</source>
      <translation>Salud</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="108" />
      <source>Health and medicines</source>
      <translation>Salud y medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="113" />
      <source>Measures</source>
      <translation>Medidas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="267" />
      <source>Write a note…</source>
      <translation>Escribe una nota…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="269" />
      <source>Save note</source>
      <translation>Guardar nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="302" />
      <source>needs an interpreter</source>
      <translation>necesita intérprete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="327" />
      <source>Preferred name</source>
      <translation>Nombre preferido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>Legal name</source>
      <translation>Nombre legal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="331" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="332" />
      <source>estimated age {0}</source>
      <translation>edad estimada {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="333" />
      <source>Gender</source>
      <translation>Género</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="334" />
      <source>Pronouns</source>
      <translation>Pronombres</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="335" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="340" />
      <source>Intake</source>
      <translation>Ingreso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="341" />
      <source>Referral source</source>
      <translation>Quién la/lo derivó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="343" />
      <source>Key worker</source>
      <translation>Persona de referencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="379" />
      <source>Clinical note</source>
      <translation>Nota clínica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Amended note</source>
      <translation>Nota corregida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="383" />
      <source>Stage: {0}</source>
      <translation>Etapa: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="391" />
      <source>House log: {0}</source>
      <translation>Registro de la casa: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="394" />
      <source>Referral ({0})</source>
      <translation>Derivación ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="425" />
      <source>Move stage</source>
      <translation>Cambiar de etapa</translation>
    </message>
  </context>
  <context>
    <name>ResidentsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="56" />
      <source>Preferred name</source>
      <translation>Nombre preferido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="58" />
      <source>Age</source>
      <translation>Edad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Closed {0}</source>
      <translation>Cerrado el {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="63" />
      <source>Days since intake</source>
      <translation>Días desde el ingreso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="65" />
      <source>Last check-in</source>
      <translation>Último registro</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="68" />
      <source>Open needs</source>
      <translation>Necesidades abiertas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="69" />
      <source>Next session</source>
      <translation>Próxima sesión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="75" />
      <source>Search by name…</source>
      <translation>Buscar por nombre…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="77" />
      <source>Search residents by name</source>
      <translation>Buscar residentes por nombre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="79" />
      <source>Clear the search</source>
      <translation>Borrar la búsqueda</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="84" />
      <source>All stages</source>
      <translation>Todas las etapas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Open cases</source>
      <translation>Casos abiertos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Closed cases</source>
      <translation>Casos cerrados</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="91" />
      <source>Open and closed</source>
      <translation>Abiertos y cerrados</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="93" />
      <source>Show open or closed cases</source>
      <translation>Mostrar casos abiertos o cerrados</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="96" />
      <source>Add resident…</source>
      <translation>Añadir residente…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="98" />
      <source>Search notes…</source>
      <translation>Buscar en las notas…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="99" />
      <source>Search the notes, check-ins, incidents and house log (Ctrl+F)</source>
      <translation>Buscar en las notas, registros diarios, incidentes y el registro de la casa (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="118" />
      <source>Residents</source>
      <translation>Residentes</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/residents.py" line="162" />
      <source>{0} of %n resident(s)</source>
      <translation>
        <numerusform>{0} de %n residente</numerusform>
        <numerusform>{0} de %n residentes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="191" />
      <source>Save a new record anyway?</source>
      <translation>¿Guardar un nuevo registro de todos modos?</translation>
    </message>
  </context>
  <context>
    <name>RestraintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="25" />
      <source>Restraints and physical interventions</source>
      <translation>Contenciones e intervenciones físicas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="26" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="28" />
      <source>Technique</source>
      <translation>Técnica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="29" />
      <source>Minutes</source>
      <translation>Minutos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="30" />
      <source>What led to it</source>
      <translation>Qué lo provocó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="31" />
      <source>Debrief</source>
      <translation>Conversación posterior</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>Review</source>
      <translation>Revisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>done</source>
      <translation>hecha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="33" />
      <source>DUE: a manager</source>
      <translation>PENDIENTE: una persona responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="36" />
      <source>Record a restraint…</source>
      <translation>Registrar una contención…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="37" />
      <source>Debrief…</source>
      <translation>Conversación posterior…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="38" />
      <source>Manager's review…</source>
      <translation>Revisión de responsable…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="40" />
      <source>Correct…</source>
      <translation>Corregir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="52" />
      <source>DUE by {0}</source>
      <translation>PENDIENTE antes de {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="58" />
      <source>Record a restraint</source>
      <translation>Registrar una contención</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="69" />
      <source>Debrief after a restraint</source>
      <translation>Conversación posterior a una contención</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="76" />
      <source>Manager's review of a restraint</source>
      <translation>Revisión de una contención por responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="83" />
      <source>Correct a restraint record</source>
      <translation>Corregir un registro de contención</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="321" />
      <source>Retention</source>
      <translation>Conservación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="325" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="326" />
      <location filename="../../src/safehaven/ui/supervision.py" line="436" />
      <source>Young person</source>
      <translation>Persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="327" />
      <source>Records</source>
      <translation>Registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="328" />
      <source>Closed</source>
      <translation>Cerrado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="329" />
      <location filename="../../src/safehaven/ui/supervision.py" line="435" />
      <source>Legal hold</source>
      <translation>Retención legal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="336" />
      <source>Whose law the defaults follow</source>
      <translation>Qué ley siguen los valores predeterminados</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="338" />
      <source>Place a legal hold…</source>
      <translation>Aplicar una retención legal…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="340" />
      <source>Lift the hold</source>
      <translation>Levantar la retención</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="341" />
      <location filename="../../src/safehaven/ui/supervision.py" line="408" />
      <source>Choose a held line in the list first.</source>
      <translation>Primero elija una línea retenida de la lista.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="343" />
      <source>Destroy…</source>
      <translation>Destruir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="344" />
      <source>Ask for the chosen young person's records to be destroyed; a second manager approves</source>
      <translation>Pedir que se destruyan los registros de la persona joven elegida; aprueba una segunda persona responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="347" />
      <source>Destructions…</source>
      <translation>Destrucciones…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="348" />
      <source>Destructions asked for, and which laptops have erased the records</source>
      <translation>Destrucciones pedidas y qué portátiles han borrado los registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="354" />
      <source>Destroying a young person's records needs two managers, reaches every laptop and the server, and cannot be undone; a legal hold keeps them whatever the date.</source>
      <translation>Destruir los registros de una persona joven requiere dos responsables, llega a todos los portátiles y al servidor, y no se puede deshacer; una retención legal los conserva sea cual sea la fecha.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="362" />
      <source>Defaults of:</source>
      <translation>Valores predeterminados de:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="389" />
      <source>Rules ({0}): {1}. Listed: due now or within a year.</source>
      <translation>Reglas ({0}): {1}. En la lista: lo que vence ahora o dentro de un año.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>none chosen</source>
      <translation>ninguna elegida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>England</source>
      <translation>Inglaterra</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="397" />
      <source>Scotland</source>
      <translation>Escocia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="419" />
      <source>Choose a line that is not held in the list first.</source>
      <translation>Elija primero una línea de la lista que no esté retenida.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="437" />
      <source>Why the records are kept</source>
      <translation>Por qué se conservan los registros</translation>
    </message>
  </context>
  <context>
    <name>ReviewsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="195" />
      <source>Case reviews</source>
      <translation>Revisiones del caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="196" />
      <source>Held on</source>
      <translation>Celebrada el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="197" />
      <source>Who took part</source>
      <translation>Quién participó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="198" />
      <source>Decisions</source>
      <translation>Decisiones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="199" />
      <source>Next review</source>
      <translation>Próxima revisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="202" />
      <source>Review sheet…</source>
      <translation>Hoja de revisión…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="203" />
      <source>Record a review…</source>
      <translation>Registrar una revisión…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="211" />
      <source>Record a case review</source>
      <translation>Registrar una revisión del caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="227" />
      <source>Case review: {0}</source>
      <translation>Revisión del caso: {0}</translation>
    </message>
  </context>
  <context>
    <name>SafeguardingForms</name>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="27" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="28" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="52" />
      <source>Who they are to the young person</source>
      <translation>Quién es para el o la joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="30" />
      <source>trafficker, recruiter, father, a friend of the family…</source>
      <translation>tratante, captador, padre, un amigo de la familia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="31" />
      <source>Other names they use</source>
      <translation>Otros nombres que usa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="33" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="36" />
      <source>separated by commas</source>
      <translation>separados por comas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="34" />
      <source>Phone numbers</source>
      <translation>Teléfonos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="37" />
      <source>What they look like, the car they drive</source>
      <translation>Su aspecto, el coche que conduce</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="41" />
      <source>Why (restricted: staff are warned, not told why)</source>
      <translation>Por qué (restringido: al equipo se le avisa, sin decirle por qué)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="49" />
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="51" />
      <source>Who (their name as given)</source>
      <translation>Quién (su nombre tal como lo dio)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="54" />
      <source>Phone number</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="55" />
      <source>Supervised by</source>
      <translation>Supervisado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="57" />
      <source>Why they came or called</source>
      <translation>Por qué vino o llamó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="59" />
      <source>How it went, and what the young person said</source>
      <translation>Cómo fue y qué dijo el o la joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="61" />
      <source>Allowed</source>
      <translation>Permitido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="62" />
      <source>Allowed (clear it if turned away or not put through)</source>
      <translation>Permitido (desmárquelo si no se le dejó pasar o no se pasó la llamada)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="63" />
      <source>Unknown person</source>
      <translation>Persona desconocida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="65" />
      <source>Someone the house does not know</source>
      <translation>Alguien a quien la casa no conoce</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="68" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="103" />
      <source>Why it is corrected</source>
      <translation>Por qué se corrige</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="81" />
      <source>Began at</source>
      <translation>Empezó a las</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="83" />
      <source>How long (minutes)</source>
      <translation>Cuánto duró (minutos)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="85" />
      <source>What led to it</source>
      <translation>Qué lo provocó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="87" />
      <source>Technique</source>
      <translation>Técnica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="90" />
      <source>What was done, in plain words</source>
      <translation>Qué se hizo, en palabras sencillas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="92" />
      <source>Held by</source>
      <translation>Sujetado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="93" />
      <source>Who else was present</source>
      <translation>Quién más estaba presente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="95" />
      <source>Injuries to the young person</source>
      <translation>Lesiones del o de la joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="97" />
      <source>Injuries to staff</source>
      <translation>Lesiones del personal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="99" />
      <source>Checked afterwards by, and what they found</source>
      <translation>Revisado después por, y qué encontró</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="109" />
      <source>Held at</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="110" />
      <source>What the young person said, in their words</source>
      <translation>Qué dijo el o la joven, con sus palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="112" />
      <source>Talked it through with them</source>
      <translation>Habló con él o ella</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="113" />
      <source>if not you</source>
      <translation>si no fue usted</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="118" />
      <source>Necessary and proportionate? What was learnt</source>
      <translation>¿Necesaria y proporcionada? Qué se aprendió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="120" />
      <source>What follows</source>
      <translation>Qué sigue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="126" />
      <source>Seen at</source>
      <translation>Visto/a a las</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="127" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="128" />
      <source>Seen by</source>
      <translation>Visto/a por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="129" />
      <source>a staff member, a teacher, the police, a neighbour…</source>
      <translation>alguien del equipo, un docente, la policía, un vecino…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="130" />
      <source>With whom, how they seemed, which way they went</source>
      <translation>Con quién, cómo se le veía, hacia dónde fue</translation>
    </message>
  </context>
  <context>
    <name>SafetyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="44" />
      <source>Incidents</source>
      <translation>Incidentes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="45" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="47" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="48" />
      <source>Who was told</source>
      <translation>A quién se avisó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="50" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="51" />
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="55" />
      <source>Record incident…</source>
      <translation>Registrar incidente…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="56" />
      <source>Missing from care…</source>
      <translation>Ausencia no autorizada…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="57" />
      <source>Acknowledge</source>
      <translation>Dar por recibido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="58" />
      <source>Close…</source>
      <translation>Cerrar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="59" />
      <source>Sighting…</source>
      <translation>Avistamiento…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="60" />
      <source>Returned…</source>
      <translation>Ha vuelto…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="61" />
      <source>Return interview…</source>
      <translation>Entrevista de regreso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="62" />
      <source>Sheet for the police…</source>
      <translation>Hoja para la policía…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="66" />
      <source>Safety plan…</source>
      <translation>Plan de seguridad…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="69" />
      <source>Print for the young person…</source>
      <translation>Imprimir para la persona joven…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="70" />
      <source>One page in their language, when SafeHaven has it</source>
      <translation>Una página en su idioma, cuando SafeHaven lo tiene</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="75" />
      <location filename="../../src/safehaven/ui/safety_tab.py" line="128" />
      <source>Safety plan</source>
      <translation>Plan de seguridad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="91" />
      <source>Incidents and safety plan</source>
      <translation>Incidentes y plan de seguridad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="92" />
      <source>Visits and contacts</source>
      <translation>Visitas y contactos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="94" />
      <source>Restraints</source>
      <translation>Contenciones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="114" />
      <source>No safety plan yet.</source>
      <translation>Todavía no hay plan de seguridad.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="116" />
      <source>Warning signs</source>
      <translation>Señales de alerta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="117" />
      <source>What helps</source>
      <translation>Qué ayuda</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="118" />
      <source>Safe people and places</source>
      <translation>Personas y lugares seguros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>To avoid</source>
      <translation>Evitar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>Whom to call</source>
      <translation>A quién llamar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="122" />
      <source>Reviewed {0}; next review {1}</source>
      <translation>Revisado el {0}; próxima revisión el {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="139" />
      <source>Safety plan: {0}</source>
      <translation>Plan de seguridad: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="145" />
      <source>MISSING: not yet back</source>
      <translation>AUSENTE: aún no ha vuelto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="148" />
      <source>back {0}; return interview due by {1}</source>
      <translation>de vuelta {0}; entrevista de regreso antes de {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="151" />
      <source>closed {0}</source>
      <translation>cerrado {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="153" />
      <source>acknowledged by {0}</source>
      <translation>recibido por {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="154" />
      <source>OPEN: not yet acknowledged</source>
      <translation>ABIERTO: aún sin recibir</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="159" />
      <source>Record incident</source>
      <translation>Registrar incidente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="169" />
      <source>Choose a missing-from-care incident.</source>
      <translation>Elija un incidente de ausencia no autorizada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="178" />
      <source>Sighting while missing</source>
      <translation>Avistamiento durante la ausencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="186" />
      <source>Back from missing</source>
      <translation>De vuelta tras la ausencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="193" />
      <source>Return interview</source>
      <translation>Entrevista de regreso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="209" />
      <source>Missing person: {0}</source>
      <translation>Persona desaparecida: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="222" />
      <source>Close incident: {0}</source>
      <translation>Cerrar incidente: {0}</translation>
    </message>
  </context>
  <context>
    <name>SchedulePage</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="52" />
      <location filename="../../src/safehaven/ui/schedule.py" line="65" />
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="54" />
      <location filename="../../src/safehaven/ui/schedule.py" line="67" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="55" />
      <location filename="../../src/safehaven/ui/schedule.py" line="68" />
      <source>Resident</source>
      <translation>Residente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="56" />
      <location filename="../../src/safehaven/ui/schedule.py" line="197" />
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="57" />
      <source>Provider</source>
      <translation>Profesional</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="58" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="69" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="70" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="71" />
      <source>Who goes</source>
      <translation>Quién va</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="72" />
      <source>NOBODY YET</source>
      <translation>NADIE TODAVÍA</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>← Previous week</source>
      <translation>← Semana anterior</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>This week</source>
      <translation>Esta semana</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="84" />
      <source>Next week →</source>
      <translation>Semana siguiente →</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="90" />
      <source>Attended</source>
      <translation>Asistió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="91" />
      <source>Missed</source>
      <translation>No asistió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="92" />
      <source>Cancelled by provider</source>
      <translation>Cancelada por el profesional</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="94" />
      <source>Cancelled by resident</source>
      <translation>Cancelada por la/el residente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="99" />
      <source>Reschedule…</source>
      <translation>Cambiar fecha…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="101" />
      <source>Book a session…</source>
      <translation>Reservar una sesión…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="103" />
      <source>Book a group session…</source>
      <translation>Reservar una sesión de grupo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="110" />
      <source>Court and appointments this week</source>
      <translation>Tribunal y citas esta semana</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="127" />
      <source>Week of {0} to {1}</source>
      <translation>Semana del {0} al {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="143" />
      <source>Group: {0}</source>
      <translation>Grupo: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="155" />
      <source>Cancel session</source>
      <translation>Cancelar sesión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="156" />
      <location filename="../../src/safehaven/ui/schedule.py" line="169" />
      <source>Why was it cancelled?</source>
      <translation>¿Por qué se canceló?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="168" />
      <source>Cancel group session</source>
      <translation>Cancelar la sesión de grupo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="180" />
      <source>Attendance: {0}</source>
      <translation>Asistencia: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="181" />
      <source>Present (the others were absent)</source>
      <translation>Presentes (los demás faltaron)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="200" />
      <source>Name of the group</source>
      <translation>Nombre del grupo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="201" />
      <source>e.g. Thursday circle</source>
      <translation>p. ej. Círculo del jueves</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="202" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="203" />
      <source>Minutes</source>
      <translation>Minutos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="205" />
      <source>Residents</source>
      <translation>Residentes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="206" />
      <source>each on an open plan of this therapy</source>
      <translation>cada uno con un plan abierto de esta terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="207" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="208" />
      <source>Led by</source>
      <translation>Dirigido por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="210" />
      <source>Book a group session</source>
      <translation>Reservar una sesión de grupo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="221" />
      <source>A group session is not moved: cancel it and book a new one.</source>
      <translation>Una sesión de grupo no se mueve: cancélala y reserva otra.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="228" />
      <source>Reschedule</source>
      <translation>Cambiar fecha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="229" />
      <source>Why is it moving?</source>
      <translation>¿Por qué se cambia?</translation>
    </message>
  </context>
  <context>
    <name>SchoolPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="51" />
      <source>School and training</source>
      <translation>Escuela y formación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="52" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="53" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="54" />
      <source>Class or trade</source>
      <translation>Clase u oficio</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="55" />
      <source>Designated teacher</source>
      <translation>Docente designado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="56" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="57" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="58" />
      <source>Until</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="61" />
      <source>Add placement…</source>
      <translation>Añadir plaza…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="62" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="63" />
      <source>Week's attendance…</source>
      <translation>Asistencia semanal…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="64" />
      <source>Achievement or exclusion…</source>
      <translation>Logro o expulsión…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="66" />
      <source>Attendance and what happened</source>
      <translation>Asistencia y lo que pasó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="67" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="68" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="69" />
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="78" />
      <source>Attended {0} of {1} sessions</source>
      <translation>Asistió a {0} de {1} sesiones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="81" />
      <source>{0} ({1} days)</source>
      <translation>{0} ({1} días)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="86" />
      <source>Add a school or training placement</source>
      <translation>Añadir una plaza escolar o de formación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="94" />
      <source>Edit a placement</source>
      <translation>Editar una plaza</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="101" />
      <source>Attendance in a week</source>
      <translation>Asistencia en una semana</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="108" />
      <source>Achievement, qualification or exclusion</source>
      <translation>Logro, titulación o expulsión</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="54" />
      <source>Search notes</source>
      <translation>Buscar en las notas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="57" />
      <source>Words in notes, check-ins, incidents, the house log…</source>
      <translation>Palabras en notas, registros diarios, incidentes, el registro de la casa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="59" />
      <source>Words to search for</source>
      <translation>Palabras que buscar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="62" />
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="66" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="67" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="68" />
      <source>Young person</source>
      <translation>Persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="69" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="70" />
      <source>Found</source>
      <translation>Encontrado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="73" />
      <source>What was found</source>
      <translation>Lo que se encontró</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="83" />
      <source>Enter: search. Enter on a line: open the young person's page there.</source>
      <translation>Intro: buscar. Intro sobre una línea: abrir allí la página de la/el joven.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>House log</source>
      <translation>Registro de la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Check-in</source>
      <translation>Registro diario</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Incident</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Sighting</source>
      <translation>Avistamiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Restraint</source>
      <translation>Contención física</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Debrief</source>
      <translation>Conversación posterior</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="100" />
      <source>Review of a restraint</source>
      <translation>Revisión de una contención</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Need</source>
      <translation>Necesidad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Follow-up</source>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Referral</source>
      <translation>Derivación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="103" />
      <source>Safety plan</source>
      <translation>Plan de seguridad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="104" />
      <source>No-contact list</source>
      <translation>Lista de contacto prohibido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Trusted adult</source>
      <translation>Adulto de confianza</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Dose</source>
      <translation>Dosis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>Score</source>
      <translation>Puntuación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>School</source>
      <translation>Escuela</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>School attendance</source>
      <translation>Asistencia escolar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>Goal</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Wish or feeling</source>
      <translation>Deseo o sentimiento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Complaint</source>
      <translation>Queja</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Case review</source>
      <translation>Revisión del caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Legal case</source>
      <translation>Caso judicial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Hearing</source>
      <translation>Audiencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="125" />
      <source>Searching…</source>
      <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="132" />
      <source>The newest %n shown: add words to find fewer.</source>
      <translation>
        <numerusform>Se muestra el más reciente: añada palabras para encontrar menos.</numerusform>
        <numerusform>Se muestran los %n más recientes: añada palabras para encontrar menos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="135" />
      <source>%n found.</source>
      <translation>
        <numerusform>%n encontrado.</numerusform>
        <numerusform>%n encontrados.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="137" />
      <source>Nothing found. Every word must be in the same note.</source>
      <translation>No se encontró nada. Todas las palabras deben estar en la misma nota.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="151" />
      <source>This house log entry names no young person.</source>
      <translation>Esta entrada del registro de la casa no nombra a ninguna/ningún joven.</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="89" />
      <source>Your role does not allow this.</source>
      <translation>Tu función no permite hacer esto.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="97" />
      <source>Choose a row in the table first.</source>
      <translation>Elige primero una fila de la tabla.</translation>
    </message>
  </context>
  <context>
    <name>SendTransfer</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="51" />
      <source>The receiving house's card</source>
      <translation>La tarjeta de la casa que recibe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="57" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="77" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>Algo salió mal ({0}); no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="60" />
      <source>Send {0}'s whole record to {1} ({2})? The card was signed by {3}.

Fingerprint: {4}

Is it the fingerprint the receiving house's manager read to you?</source>
      <translation>¿Enviar el expediente completo de {0} a {1} ({2})? La tarjeta la firmó {3}.

Huella: {4}

¿Es la huella que le leyó el responsable de la casa que recibe?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="64" />
      <source>Transfer to another house</source>
      <translation>Traslado a otra casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="68" />
      <source>Save the transfer file</source>
      <translation>Guardar el archivo de traslado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="73" />
      <source>The transfer was saved to {0}. It opens only for {1}'s managers; the case waits for their receipt.</source>
      <translation>El traslado se guardó en {0}. Solo lo abren los responsables de {1}; el caso espera su acuse de recibo.</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Residents</source>
      <translation>Residentes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Schedule</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Reports</source>
      <translation>Informes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Admin</source>
      <translation>Administración</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="142" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="155" />
      <source>Lock (Ctrl+L)</source>
      <translation>Bloquear (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="157" />
      <source>Hides every record at once; a passphrase opens them again.</source>
      <translation>Oculta todos los registros de inmediato; una frase de acceso los vuelve a abrir.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="161" />
      <source>Esc twice: hide everything now</source>
      <translation>Esc dos veces: ocultarlo todo ya</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="373" />
      <source>Risk flag</source>
      <translation>Señal de riesgo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="374" />
      <source>{0}'s check-in has a risk flag. Record an incident now: what happened, what was done and who was told?</source>
      <translation>El registro de {0} tiene una señal de riesgo. ¿Registrar ahora un incidente: qué pasó, qué se hizo y a quién se avisó?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="378" />
      <source>Record incident</source>
      <translation>Registrar incidente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="379" />
      <source>Later, from Today</source>
      <translation>Más tarde, desde Hoy</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="28" />
      <source>Welcome to SafeHaven</source>
      <translation>Bienvenida a SafeHaven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="29" />
      <source>Set up this laptop for a new house</source>
      <translation>Preparar este portátil para una casa nueva</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="30" />
      <source>Join an existing house</source>
      <translation>Unirse a una casa existente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="33" />
      <source>Joining needs a one-time code from your house manager's laptop (Sync page, “Add a laptop”) and a connection to your organisation's server. The house's records then arrive on this laptop, encrypted.</source>
      <translation>Para unirse hace falta un código de un solo uso del portátil de la dirección de la casa (página Sincronizar, «Añadir un portátil») y una conexión con el servidor de tu organización. Después los registros de la casa llegan cifrados a este portátil.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="41" />
      <source>Records stay encrypted on this laptop. Nobody can read them without a passphrase.</source>
      <translation>Los registros se guardan cifrados en este portátil. Nadie puede leerlos sin una frase de acceso.</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="31" />
      <source>Passphrase strength</source>
      <translation>Solidez de la frase de acceso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="47" />
      <source>Too easy to guess</source>
      <translation>Demasiado fácil de adivinar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="48" />
      <source>Almost: not hard enough to guess yet</source>
      <translation>Casi: todavía no es lo bastante difícil de adivinar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Strong</source>
      <translation>Sólida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Very strong</source>
      <translation>Muy sólida</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/strength.py" line="61" />
      <source>Use at least %n character(s); a few words are easiest to remember.</source>
      <translation>
        <numerusform>Usa al menos %n carácter; unas cuantas palabras son lo más fácil de recordar.</numerusform>
        <numerusform>Usa al menos %n caracteres; unas cuantas palabras son lo más fácil de recordar.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="64" />
      <source>This is one of the passphrases people use most, so it would be guessed first.</source>
      <translation>Es una de las frases de acceso que más gente usa, así que se adivinaría de las primeras.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="66" />
      <source>Repeated letters or words are easy to guess.</source>
      <translation>Las letras o palabras repetidas son fáciles de adivinar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="67" />
      <source>Runs like “abcd”, “1234” or keyboard rows are easy to guess.</source>
      <translation>Las series como «abcd», «1234» o las filas del teclado son fáciles de adivinar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="69" />
      <source>Dates and years are easy to guess.</source>
      <translation>Las fechas y los años son fáciles de adivinar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="70" />
      <source>Names, and your own or the house's name above all, are easy to guess.</source>
      <translation>Los nombres, y sobre todo el tuyo o el de la casa, son fáciles de adivinar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="72" />
      <source>This passphrase would be too easy to guess.</source>
      <translation>Esta frase de acceso sería demasiado fácil de adivinar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="75" />
      <source>Add another uncommon word or two; a short sentence only you would think of works well.</source>
      <translation>Añade una o dos palabras poco comunes; funciona bien una frase corta que solo se te ocurriría a ti.</translation>
    </message>
  </context>
  <context>
    <name>SupervisionSection</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="57" />
      <source>Audit…</source>
      <translation>Registro de accesos…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="58" />
      <source>Who opened or changed a child's records, or what a staff member opened</source>
      <translation>Quién abrió o cambió el expediente de un niño o niña, o qué abrió un miembro del personal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="61" />
      <source>Complete file…</source>
      <translation>Expediente completo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="62" />
      <source>Everything about one child, for a request for their records or a court</source>
      <translation>Todo sobre un niño o niña, para una solicitud de su expediente o un tribunal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="65" />
      <source>Retention…</source>
      <translation>Conservación…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="66" />
      <source>How long closed cases are kept, legal holds, and what is due for destruction</source>
      <translation>Cuánto tiempo se conservan los casos cerrados, retenciones legales y lo que toca destruir</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="69" />
      <source>Restraint techniques…</source>
      <translation>Técnicas de contención…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="70" />
      <source>The techniques the restraint form offers: those the house trains in</source>
      <translation>Las técnicas que ofrece el formulario de contención: aquellas en que se forma la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="73" />
      <source>Receive a transfer…</source>
      <translation>Recibir un traslado…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="75" />
      <source>Transfer receipt…</source>
      <translation>Acuse de recibo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="76" />
      <source>Record the receiving house's answer to a transfer this house sent</source>
      <translation>Registrar la respuesta de la casa que recibe a un traslado que envió esta casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="92" />
      <source>A manager approves:</source>
      <translation>Un responsable aprueba:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="93" />
      <source>therapy plans</source>
      <translation>planes de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="94" />
      <source>safety plans</source>
      <translation>planes de seguridad</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="95" />
      <source>closures</source>
      <translation>cierres</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="152" />
      <source>Restraint techniques</source>
      <translation>Técnicas de contención</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="153" />
      <source>One technique a line</source>
      <translation>Una técnica por línea</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="154" />
      <source>What the restraint form offers. A shipped technique may be written by its code: guiding, escort, standing-hold, seated-hold, other-technique. Left empty, the shipped list. Records keep the technique they were made with.</source>
      <translation>Lo que ofrece el formulario de contención. Una técnica de fábrica puede escribirse con su código: guiding, escort, standing-hold, seated-hold, other-technique. Si se deja vacío, la lista de fábrica. Los registros conservan la técnica con que se hicieron.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="169" />
      <source>Complete file</source>
      <translation>Expediente completo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="170" />
      <source>Young person</source>
      <translation>Persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="171" />
      <source>Take out the names of the other people her records name (trusted adults, the no-contact list, visitors and callers)</source>
      <translation>Quitar los nombres de las demás personas que nombran sus registros (personas adultas de confianza, lista de contacto prohibido, visitas y llamadas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="174" />
      <source>Other names to take out, one per line</source>
      <translation>Otros nombres que quitar, uno por línea</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="175" />
      <source>The folder you choose next receives a PDF and a JSON file of everything about this young person, and copies of their documents. They are not encrypted: choose a safe place, such as an encrypted USB stick.</source>
      <translation>La carpeta que elija a continuación recibirá un PDF y un archivo JSON con todo sobre esta persona joven, y copias de sus documentos. No están cifrados: elija un lugar seguro, como una memoria USB cifrada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="187" />
      <source>Choose a folder to write it to.</source>
      <translation>Elija una carpeta donde escribirlo.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="195" />
      <source>Folder for the complete file</source>
      <translation>Carpeta para el expediente completo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="202" />
      <source>The complete file was written to {0}.</source>
      <translation>El expediente completo se escribió en {0}.</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="78" />
      <source>Changes travel end-to-end encrypted: through your organisation's server when this laptop can reach it (in the background, every minute), or on a USB stick (export here, import on the other laptop). Nothing is lost while you wait.</source>
      <translation>Los cambios viajan cifrados de extremo a extremo: por el servidor de tu organización cuando este portátil puede llegar a él (en segundo plano, cada minuto) o en una memoria USB (exporta aquí, importa en el otro portátil). Mientras tanto no se pierde nada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="82" />
      <source>Sync now</source>
      <translation>Sincronizar ahora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="84" />
      <source>Export a bundle for a USB stick…</source>
      <translation>Exportar un paquete para una memoria USB…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="87" />
      <source>Import a bundle…</source>
      <translation>Importar un paquete…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="92" />
      <source>Documents this laptop fetches</source>
      <translation>Documentos que descarga este portátil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="95" />
      <source>Documents this laptop fetches:</source>
      <translation>Documentos que descarga este portátil:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="99" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="100" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="101" />
      <source>Kept</source>
      <translation>Se quedó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="102" />
      <source>Not kept</source>
      <translation>No se quedó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="105" />
      <source>Confirm the kept value</source>
      <translation>Confirmar el valor que se quedó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="107" />
      <source>Use the other value instead</source>
      <translation>Usar el otro valor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="112" />
      <source>Laptop</source>
      <translation>Portátil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="113" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="114" />
      <source>Newest change here</source>
      <translation>Último cambio aquí</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="115" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="118" />
      <source>Add a laptop…</source>
      <translation>Añadir un portátil…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="120" />
      <source>Revoke the selected laptop…</source>
      <translation>Retirar el portátil seleccionado…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="127" />
      <source>Change set</source>
      <translation>Conjunto de cambios</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="128" />
      <source>Why it was set aside</source>
      <translation>Por qué se apartó</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="131" />
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="138" />
      <source>Edited on two laptops at once (to review)</source>
      <translation>Editado en dos portátiles a la vez (para revisar)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="141" />
      <source>This house's laptops</source>
      <translation>Los portátiles de esta casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="144" />
      <source>Set aside (could not be verified or applied)</source>
      <translation>Apartado (no se pudo verificar ni aplicar)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="161" />
      <source>As the house chose ({0})</source>
      <translation>Como eligió la casa ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="171" />
      <source>Changes written on this laptop: {0} · received from other laptops: {1}</source>
      <translation>Cambios escritos en este portátil: {0} · recibidos de otros portátiles: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="175" />
      <source>not yet</source>
      <translation>todavía no</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="176" />
      <source>Server: {0} · last sync: {1}</source>
      <translation>Servidor: {0} · última sincronización: {1}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="182" />
      <source>This laptop's clock is %n minute(s) off the server's: set the date and time, or its changes may be set aside by the other laptops.</source>
      <translation>
        <numerusform>El reloj de este portátil va %n minuto desfasado respecto al del servidor: ajusta la fecha y la hora, o los demás portátiles podrían apartar sus cambios.</numerusform>
        <numerusform>El reloj de este portátil va %n minutos desfasado respecto al del servidor: ajusta la fecha y la hora, o los demás portátiles podrían apartar sus cambios.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="283" />
      <source>Leave empty if only existing staff will use it</source>
      <translation>Déjelo vacío si solo lo usará el personal que ya está</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="289" />
      <source>New colleague's name (optional)</source>
      <translation>Nombre de la nueva compañera o compañero (opcional)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="290" />
      <source>Their role</source>
      <translation>Su función</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="293" />
      <source>Make the code</source>
      <translation>Crear el código</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="314" />
      <source>Give the new laptop a name.</source>
      <translation>Ponga un nombre al nuevo portátil.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="338" />
      <source>On the new laptop, choose “Join an existing house” and type this code. It works once, until {0}. Read it out; do not send it by e-mail or chat.</source>
      <translation>En el nuevo portátil, elija «Unirse a una casa existente» y escriba este código. Funciona una sola vez, hasta {0}. Léalo en voz alta; no lo envíe por correo electrónico ni por chat.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="368" />
      <source>Writing the bundle to {0}… Leave the USB stick in.</source>
      <translation>Escribiendo el paquete en {0}… No saques la memoria USB.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="371" />
      <source>%n change set(s) written to {0}. You can take the USB stick out now.</source>
      <translation>
        <numerusform>%n conjunto de cambios escrito en {0}. Ya puedes sacar la memoria USB.</numerusform>
        <numerusform>%n conjuntos de cambios escritos en {0}. Ya puedes sacar la memoria USB.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="390" />
      <source>%n damaged line(s) of the bundle dropped: export it again to bring what they carried.</source>
      <translation>
        <numerusform>%n línea(s) dañada(s) del paquete descartada(s): expórtelo de nuevo para traer lo que llevaban.</numerusform>
        <numerusform>%n línea(s) dañada(s) del paquete descartada(s): expórtelo de nuevo para traer lo que llevaban.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="186" />
      <source>The server needs a newer SafeHaven ({0}) on this laptop: ask your administrator to update it.</source>
      <translation>El servidor necesita una versión más nueva de SafeHaven ({0}) en este portátil: pide a tu administrador que lo actualice.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="190" />
      <source>SafeHaven {0} is available: ask your administrator to update this laptop.</source>
      <translation>SafeHaven {0} ya está disponible: pide a tu administrador que actualice este portátil.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="195" />
      <source>This laptop is not connected to a server; use USB bundles, or ask your administrator to connect it.</source>
      <translation>Este portátil no está conectado a un servidor; usa paquetes USB o pide a tu administrador que lo conecte.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="217" />
      <source>revoked</source>
      <translation>retirado</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="221" />
      <source>%n change(s) wait for a missing one</source>
      <translation>
        <numerusform>%n cambio espera uno que falta</numerusform>
        <numerusform>%n cambios esperan uno que falta</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="212" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>this laptop</source>
      <translation>este portátil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>active</source>
      <translation>activo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="227" />
      <source>nothing yet</source>
      <translation>nada todavía</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="231" />
      <source>%1 (%n hour(s) ago)</source>
      <translation>
        <numerusform>%1 (hace %n hora)</numerusform>
        <numerusform>%1 (hace %n horas)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="253" />
      <source>Syncing…</source>
      <translation>Sincronizando…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="255" />
      <source>Sent {0}, received {1}, conflicts {2}.</source>
      <translation>Enviados {0}, recibidos {1}, conflictos {2}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="268" />
      <source>Choose a conflict in the list first.</source>
      <translation>Elige primero un conflicto de la lista.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="272" />
      <source>Done; the other laptops get it at the next sync.</source>
      <translation>Hecho; los demás portátiles lo recibirán en la próxima sincronización.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="280" />
      <source>Add a laptop</source>
      <translation>Añadir un portátil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="288" />
      <source>What should the new laptop be called?</source>
      <translation>¿Cómo se llamará el portátil nuevo?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="337" />
      <source>Enrolment code</source>
      <translation>Código de alta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="348" />
      <source>Choose a laptop in the list first.</source>
      <translation>Elige primero un portátil de la lista.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="350" />
      <source>Revoke laptop</source>
      <translation>Retirar portátil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="351" />
      <source>Revoke “{0}”? It will no longer receive anything, and the house gets a new key for everything written from now on. Do this for a lost or stolen laptop.</source>
      <translation>¿Retirar «{0}»? No recibirá nada más y la casa tendrá una clave nueva para todo lo que se escriba a partir de ahora. Hazlo con un portátil perdido o robado.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="358" />
      <source>Revoked. The server is told at the next sync.</source>
      <translation>Retirado. El servidor lo sabrá en la próxima sincronización.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="361" />
      <source>Export bundle</source>
      <translation>Exportar paquete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="363" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="376" />
      <source>Sync bundles (*.bundle)</source>
      <translation>Paquetes de sincronización (*.bundle)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="375" />
      <source>Import bundle</source>
      <translation>Importar paquete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="384" />
      <source>Applied {0}, already here {1}, conflicts {2}, set aside {3}.</source>
      <translation>Aplicados {0}, ya estaban {1}, conflictos {2}, apartados {3}.</translation>
    </message>
  </context>
  <context>
    <name>TherapyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="187" />
      <source>Plans</source>
      <translation>Planes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="188" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="201" />
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="189" />
      <source>Provider</source>
      <translation>Profesional</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="190" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="191" />
      <source>Frequency</source>
      <translation>Frecuencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="192" />
      <source>Used / cap</source>
      <translation>Usadas / límite</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="193" />
      <source>State</source>
      <translation>Situación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="196" />
      <source>Add plan…</source>
      <translation>Añadir plan…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="197" />
      <source>Edit plan…</source>
      <translation>Editar plan…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="198" />
      <source>Close plan…</source>
      <translation>Cerrar plan…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="199" />
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="200" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="202" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="203" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="206" />
      <source>Book a session…</source>
      <translation>Reservar una sesión…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="207" />
      <source>Attended</source>
      <translation>Asistió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="208" />
      <source>Missed</source>
      <translation>No asistió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="218" />
      <source>Group: {0}</source>
      <translation>Grupo: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="229" />
      <source>closed {0}</source>
      <translation>cerrado el {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="230" />
      <source>open</source>
      <translation>abierto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="237" />
      <source>{0} of {1}</source>
      <translation>{0} de {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="239" />
      <source>(over the cap)</source>
      <translation>(por encima del límite)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="241" />
      <source>(cap reached)</source>
      <translation>(límite alcanzado)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="243" />
      <source>(nearly used)</source>
      <translation>(casi agotadas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="247" />
      <source>Add therapy plan</source>
      <translation>Añadir plan de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="254" />
      <source>Edit therapy plan</source>
      <translation>Editar plan de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="261" />
      <source>Close plan: {0}</source>
      <translation>Cerrar plan: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="267" />
      <source>Book a session</source>
      <translation>Reservar una sesión</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="272" />
      <source>A group's attendance is recorded on the Schedule, for everyone at once.</source>
      <translation>La asistencia de un grupo se registra en la Agenda, para todos a la vez.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="76" />
      <source>Resident</source>
      <translation>Residente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="77" />
      <source>Why first</source>
      <translation>Por qué primero</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="79" />
      <source>Urgency</source>
      <translation>Urgencia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="80" />
      <location filename="../../src/safehaven/ui/today.py" line="130" />
      <location filename="../../src/safehaven/ui/today.py" line="139" />
      <location filename="../../src/safehaven/ui/today.py" line="290" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="81" />
      <location filename="../../src/safehaven/ui/today.py" line="87" />
      <location filename="../../src/safehaven/ui/today.py" line="93" />
      <location filename="../../src/safehaven/ui/today.py" line="138" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="82" />
      <location filename="../../src/safehaven/ui/today.py" line="137" />
      <location filename="../../src/safehaven/ui/today.py" line="292" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="83" />
      <source>Detail</source>
      <translation>Detalle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="86" />
      <location filename="../../src/safehaven/ui/today.py" line="92" />
      <location filename="../../src/safehaven/ui/today.py" line="129" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="88" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="89" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="94" />
      <source>Medicine</source>
      <translation>Medicamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="96" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="102" />
      <source>Check in (Enter)</source>
      <translation>Registrar (Intro)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="109" />
      <source>Record incident for this alert…</source>
      <translation>Registrar incidente de esta alerta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="111" />
      <source>Acknowledge with a note…</source>
      <translation>Dar por recibida con una nota…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="112" />
      <source>Say what was done, or why it can wait; the alert leaves Today until something changes.</source>
      <translation>Di qué se hizo o por qué puede esperar; la alerta sale de Hoy hasta que algo cambie.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="127" />
      <source>Enter: record this dose</source>
      <translation>Intro: registrar esta dosis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="131" />
      <source>Who wrote it</source>
      <translation>Quién lo escribió</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="132" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="140" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>Who goes</source>
      <translation>Quién va</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>NOBODY YET</source>
      <translation>NADIE TODAVÍA</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="147" />
      <source>Add to the house log…</source>
      <translation>Añadir al registro de la casa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="148" />
      <source>What happened in the house that is not about one young person: a stranger outside, a power cut…</source>
      <translation>Lo que pasó en la casa que no es sobre un solo joven: un desconocido fuera, un corte de luz…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="166" />
      <source>Hearings and legal appointments today and tomorrow, and who goes with the young person</source>
      <translation>Audiencias y citas legales hoy y mañana, y quién acompaña a la persona joven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="170" />
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="176" />
      <source>Still to check in</source>
      <translation>Falta registrar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="179" />
      <source>Alerts</source>
      <translation>Avisos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="160" />
      <source>Today's sessions</source>
      <translation>Sesiones de hoy</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="240" />
      <source>Group: {0} ({1})</source>
      <translation>Grupo: {0} ({1})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="253" />
      <source>%n still to check in</source>
      <translation>
        <numerusform>Falta %n registro</numerusform>
        <numerusform>Faltan %n registros</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="254" />
      <source>%n alert(s)</source>
      <translation>
        <numerusform>%n aviso</numerusform>
        <numerusform>%n avisos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="255" />
      <source>%n session(s) today</source>
      <translation>
        <numerusform>%n sesión hoy</numerusform>
        <numerusform>%n sesiones hoy</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="256" />
      <source>%n dose(s) due</source>
      <translation>
        <numerusform>%n dosis pendiente</numerusform>
        <numerusform>%n dosis pendientes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="258" />
      <source>{0} acknowledged</source>
      <translation>{0} recibidas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="260" />
      <source>waiting for your approval: {0}</source>
      <translation>pendientes de su aprobación: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="272" />
      <source>Medicines due ({0})</source>
      <translation>Medicamentos pendientes ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="275" />
      <source>House log, last 24 hours ({0})</source>
      <translation>Registro de la casa, últimas 24 horas ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="278" />
      <source>Hearings ({0})</source>
      <translation>Audiencias ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="289" />
      <source>Add to the house log</source>
      <translation>Añadir al registro de la casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="294" />
      <source>What happened, and what was done</source>
      <translation>Qué pasó y qué se hizo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="295" />
      <source>Young people it touched (optional)</source>
      <translation>Jóvenes a quienes afectó (opcional)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="311" />
      <source>Choose an alert first.</source>
      <translation>Elige primero una alerta.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="317" />
      <source>An open incident is acknowledged and closed on the resident's Safety tab, by a manager.</source>
      <translation>Un incidente abierto lo da por recibido y lo cierra una persona responsable, en la pestaña Seguridad del residente.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="322" />
      <source>This alert leaves Today when the return or the return interview is recorded on the resident's Safety tab.</source>
      <translation>Este aviso sale de Hoy cuando se registra el regreso o la entrevista de regreso en la pestaña Seguridad del residente.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="328" />
      <source>Your role does not allow acknowledging this alert.</source>
      <translation>Tu rol no permite dar por recibida esta alerta.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="332" />
      <source>Acknowledge: {0}, {1}</source>
      <translation>Dar por recibida: {0}, {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="334" />
      <source>What was done, or why it can wait</source>
      <translation>Qué se hizo, o por qué puede esperar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="341" />
      <source>{0} overdue needs</source>
      <translation>{0} necesidades vencidas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="381" />
      <source>Dose: {0}</source>
      <translation>Dosis: {0}</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="32" />
      <source>SafeHaven is locked</source>
      <translation>SafeHaven está bloqueado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="43" />
      <source>Your passphrase</source>
      <translation>Tu frase de acceso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="55" />
      <source>Opening the vault…</source>
      <translation>Abriendo el almacén…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="57" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="60" />
      <source>Forgot the passphrase? Use the recovery key…</source>
      <translation>¿Olvidaste la frase de acceso? Usa la clave de recuperación…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="65" />
      <source>Who are you?</source>
      <translation>¿Quién eres?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="66" />
      <source>Passphrase</source>
      <translation>Frase de acceso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="97" />
      <source>Type your passphrase first.</source>
      <translation>Escribe primero tu frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="105" />
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="106" />
      <source>Type the recovery key (groups of four):</source>
      <translation>Escribe la clave de recuperación (grupos de cuatro):</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase</source>
      <translation>Nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase for {0}:</source>
      <translation>Nueva frase de acceso para {0}:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="119" />
      <source>The passphrase was changed. Unlock with the new one.</source>
      <translation>La frase de acceso se ha cambiado. Desbloquea con la nueva.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="133" />
      <source>That passphrase does not open this vault. Check Caps Lock and try again; after a few tries each attempt waits a little longer.</source>
      <translation>Esa frase de acceso no abre este almacén. Revisa las mayúsculas y vuelve a intentarlo; tras varios intentos, cada uno espera un poco más.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="137" />
      <source>Too many tries. Wait a moment and try again.</source>
      <translation>Demasiados intentos. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="141" />
      <source>The vault could not be opened: {0}</source>
      <translation>No se pudo abrir el almacén: {0}</translation>
    </message>
  </context>
  <context>
    <name>VoicePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="116" />
      <source>Their goals, in their own words</source>
      <translation>Sus metas, con sus propias palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="117" />
      <source>Set on</source>
      <translation>Fijada el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="118" />
      <source>Goal</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="119" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="120" />
      <source>How it is going</source>
      <translation>Cómo va</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="121" />
      <source>Reviewed</source>
      <translation>Revisada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="124" />
      <source>Add goal…</source>
      <translation>Añadir meta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="125" />
      <source>Review goal…</source>
      <translation>Revisar meta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="126" />
      <location filename="../../src/safehaven/ui/life_panels.py" line="153" />
      <source>Wishes and feelings</source>
      <translation>Deseos y sentimientos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="127" />
      <source>Said on</source>
      <translation>Dicho el</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="128" />
      <source>About</source>
      <translation>Sobre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="129" />
      <source>In their words</source>
      <translation>Con sus palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="131" />
      <source>Add wishes and feelings…</source>
      <translation>Añadir deseos y sentimientos…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="142" />
      <source>A goal in their own words</source>
      <translation>Una meta con sus propias palabras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="149" />
      <source>Review a goal</source>
      <translation>Revisar una meta</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>1 to 3 months</source>
      <translation>de 1 a 3 meses</translation>
    </message>
    <message>
      <source>12-14</source>
      <translation>12-14</translation>
    </message>
    <message>
      <source>15-17</source>
      <translation>15-17</translation>
    </message>
    <message>
      <source>18 and over</source>
      <translation>18 o más</translation>
    </message>
    <message>
      <source>3 to 6 months</source>
      <translation>de 3 a 6 meses</translation>
    </message>
    <message>
      <source>6 to 12 months</source>
      <translation>de 6 a 12 meses</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Ausente</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Aceptada</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Lograda</translation>
    </message>
    <message>
      <source>Achievement</source>
      <translation>Logro</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>Administración</translation>
    </message>
    <message>
      <source>Africa</source>
      <translation>África</translation>
    </message>
    <message>
      <source>Afternoon</source>
      <translation>Tarde</translation>
    </message>
    <message>
      <source>Agency (guardian ad litem, court)</source>
      <translation>Institución (curador/a ad litem, juzgado)</translation>
    </message>
    <message>
      <source>Agency confirmation</source>
      <translation>Confirmación de una institución</translation>
    </message>
    <message>
      <source>Americas</source>
      <translation>Américas</translation>
    </message>
    <message>
      <source>Another appointment</source>
      <translation>Otra cita</translation>
    </message>
    <message>
      <source>Another decision</source>
      <translation>Otra decisión</translation>
    </message>
    <message>
      <source>Another service</source>
      <translation>Otro servicio</translation>
    </message>
    <message>
      <source>Another technique</source>
      <translation>Otra técnica</translation>
    </message>
    <message>
      <source>Apprenticeship</source>
      <translation>Aprendizaje profesional</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Aprobado</translation>
    </message>
    <message>
      <source>Art therapy</source>
      <translation>Arteterapia</translation>
    </message>
    <message>
      <source>As needed</source>
      <translation>Según necesidad</translation>
    </message>
    <message>
      <source>As-needed doses closer than allowed</source>
      <translation>Dosis «si lo necesita» más seguidas de lo permitido</translation>
    </message>
    <message>
      <source>Asia</source>
      <translation>Asia</translation>
    </message>
    <message>
      <source>Asylum</source>
      <translation>Asilo</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Asistió</translation>
    </message>
    <message>
      <source>Audit of who opened the records</source>
      <translation>Registro de quién abrió el expediente</translation>
    </message>
    <message>
      <source>Awaiting decision</source>
      <translation>Pendiente de decisión</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>Reservado</translation>
    </message>
    <message>
      <source>Boy</source>
      <translation>Chico</translation>
    </message>
    <message>
      <source>By mouth</source>
      <translation>Por boca</translation>
    </message>
    <message>
      <source>CATS (caregiver, 3-6)</source>
      <translation>CATS (cuidador, 3-6)</translation>
    </message>
    <message>
      <source>CATS (caregiver, 7-17)</source>
      <translation>CATS (cuidador, 7-17)</translation>
    </message>
    <message>
      <source>CATS (self-report, 7-17)</source>
      <translation>CATS (autoinforme, 7-17)</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <source>Cancelled by provider</source>
      <translation>Cancelada por el profesional</translation>
    </message>
    <message>
      <source>Cancelled by resident</source>
      <translation>Cancelada por la/el residente</translation>
    </message>
    <message>
      <source>Capsule</source>
      <translation>Cápsula</translation>
    </message>
    <message>
      <source>Case closure</source>
      <translation>Cierre del caso</translation>
    </message>
    <message>
      <source>Case file</source>
      <translation>Expediente del caso</translation>
    </message>
    <message>
      <source>Case review due</source>
      <translation>Revisión del caso pendiente</translation>
    </message>
    <message>
      <source>Check-in missed</source>
      <translation>Registro diario no hecho</translation>
    </message>
    <message>
      <source>Class or course</source>
      <translation>Clase o curso</translation>
    </message>
    <message>
      <source>Clinical</source>
      <translation>Clínica</translation>
    </message>
    <message>
      <source>Clinician</source>
      <translation>Terapeuta</translation>
    </message>
    <message>
      <source>Clinicians and managers only</source>
      <translation>Solo clínicos y responsables</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Cerrado</translation>
    </message>
    <message>
      <source>Clothing &amp; basics</source>
      <translation>Ropa y básicos</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>Indemnización</translation>
    </message>
    <message>
      <source>Complaint not answered in time</source>
      <translation>Queja sin respuesta a tiempo</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completada</translation>
    </message>
    <message>
      <source>Consent expired</source>
      <translation>Consentimiento caducado</translation>
    </message>
    <message>
      <source>Consent expiring</source>
      <translation>Consentimiento por caducar</translation>
    </message>
    <message>
      <source>Consent missing for therapy</source>
      <translation>Falta consentimiento para terapia</translation>
    </message>
    <message>
      <source>Consent or assent form</source>
      <translation>Formulario de consentimiento o asentimiento</translation>
    </message>
    <message>
      <source>Contact attempt by an unknown person</source>
      <translation>Intento de contacto de una persona desconocida</translation>
    </message>
    <message>
      <source>Contact from trafficker or unknown person</source>
      <translation>Contacto de tratante o persona desconocida</translation>
    </message>
    <message>
      <source>Contact with an adult not yet vetted</source>
      <translation>Contacto con un adulto aún no verificado</translation>
    </message>
    <message>
      <source>Contact with someone on the no-contact list</source>
      <translation>Contacto con alguien de la lista de contacto prohibido</translation>
    </message>
    <message>
      <source>Continued presence</source>
      <translation>Permanencia autorizada (Continued Presence)</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Contado</translation>
    </message>
    <message>
      <source>Court hearing</source>
      <translation>Audiencia judicial</translation>
    </message>
    <message>
      <source>Court order</source>
      <translation>Orden judicial</translation>
    </message>
    <message>
      <source>Cream or ointment</source>
      <translation>Crema o pomada</translation>
    </message>
    <message>
      <source>Criminal exploitation</source>
      <translation>Explotación delictiva</translation>
    </message>
    <message>
      <source>Crisis counselling</source>
      <translation>Atención en crisis</translation>
    </message>
    <message>
      <source>DBT</source>
      <translation>DBT</translation>
    </message>
    <message>
      <source>Debrief after a restraint due</source>
      <translation>Conversación posterior a una contención pendiente</translation>
    </message>
    <message>
      <source>Debrief after a restraint overdue</source>
      <translation>Conversación posterior a una contención atrasada</translation>
    </message>
    <message>
      <source>Debt or pressure to work</source>
      <translation>Deudas o presión para trabajar</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Rechazada</translation>
    </message>
    <message>
      <source>Died</source>
      <translation>Falleció</translation>
    </message>
    <message>
      <source>Disclosure</source>
      <translation>Revelación</translation>
    </message>
    <message>
      <source>Disposed of</source>
      <translation>Desechado</translation>
    </message>
    <message>
      <source>Documents checked</source>
      <translation>Documentos revisados</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>Servidumbre doméstica</translation>
    </message>
    <message>
      <source>Dose not recorded</source>
      <translation>Dosis sin registrar</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <source>Drama therapy</source>
      <translation>Dramaterapia</translation>
    </message>
    <message>
      <source>Drops</source>
      <translation>Gotas</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <source>EMDR</source>
      <translation>EMDR</translation>
    </message>
    <message>
      <source>Ear</source>
      <translation>Oído</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Educación</translation>
    </message>
    <message>
      <source>Eligibility letter</source>
      <translation>Carta de elegibilidad</translation>
    </message>
    <message>
      <source>Equine therapy</source>
      <translation>Terapia con caballos</translation>
    </message>
    <message>
      <source>Escort by two staff</source>
      <translation>Acompañamiento por dos personas del equipo</translation>
    </message>
    <message>
      <source>Europe</source>
      <translation>Europa</translation>
    </message>
    <message>
      <source>Every document</source>
      <translation>Todos los documentos</translation>
    </message>
    <message>
      <source>Every two weeks</source>
      <translation>Cada dos semanas</translation>
    </message>
    <message>
      <source>Everyone caring for the young person</source>
      <translation>Todas las personas que cuidan del joven</translation>
    </message>
    <message>
      <source>Exclusion</source>
      <translation>Expulsión</translation>
    </message>
    <message>
      <source>Expired medicine still in stock</source>
      <translation>Medicamento caducado aún en stock</translation>
    </message>
    <message>
      <source>Eye</source>
      <translation>Ojo</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>Regular</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Familia</translation>
    </message>
    <message>
      <source>Family court</source>
      <translation>Tribunal de familia</translation>
    </message>
    <message>
      <source>Family therapy</source>
      <translation>Terapia familiar</translation>
    </message>
    <message>
      <source>Family tracing</source>
      <translation>Búsqueda de familia</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <source>Follow-up contact overdue</source>
      <translation>Contacto de seguimiento atrasado</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>Matrimonio forzado</translation>
    </message>
    <message>
      <source>Foster care</source>
      <translation>Familia de acogida</translation>
    </message>
    <message>
      <source>Funded sessions nearly used</source>
      <translation>Sesiones financiadas casi agotadas</translation>
    </message>
    <message>
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Girl</source>
      <translation>Chica</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>Administrada</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Bien</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Tutor/a legal</translation>
    </message>
    <message>
      <source>Guiding by the arm</source>
      <translation>Guiar del brazo</translation>
    </message>
    <message>
      <source>Hand-off</source>
      <translation>Traspaso</translation>
    </message>
    <message>
      <source>Handover note</source>
      <translation>Nota de relevo</translation>
    </message>
    <message>
      <source>Health and medicines</source>
      <translation>Salud y medicamentos</translation>
    </message>
    <message>
      <source>Hearing or appointment tomorrow</source>
      <translation>Audiencia o cita mañana</translation>
    </message>
    <message>
      <source>Hearing soon with nobody to go with them</source>
      <translation>Audiencia próxima sin nadie que acompañe</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Realizada</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <source>Home visit</source>
      <translation>Visita domiciliaria</translation>
    </message>
    <message>
      <source>Hospital</source>
      <translation>Hospital</translation>
    </message>
    <message>
      <source>House log</source>
      <translation>Registro de la casa</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Vivienda</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Documento de identidad</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Documentos de identidad</translation>
    </message>
    <message>
      <source>Immigration</source>
      <translation>Inmigración</translation>
    </message>
    <message>
      <source>Immigration interview</source>
      <translation>Entrevista de inmigración</translation>
    </message>
    <message>
      <source>Improved</source>
      <translation>Mejoró</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>En persona</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <source>Incident written at a check-in</source>
      <translation>Incidente escrito en un registro diario</translation>
    </message>
    <message>
      <source>Independent living</source>
      <translation>Vida independiente</translation>
    </message>
    <message>
      <source>Information sharing</source>
      <translation>Compartir información</translation>
    </message>
    <message>
      <source>Inhaled</source>
      <translation>Inhalado</translation>
    </message>
    <message>
      <source>Inhaler</source>
      <translation>Inhalador</translation>
    </message>
    <message>
      <source>Injection</source>
      <translation>Inyección</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Ingreso</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Intérprete</translation>
    </message>
    <message>
      <source>Kinship care</source>
      <translation>Familia extensa</translation>
    </message>
    <message>
      <source>Labour exploitation</source>
      <translation>Explotación laboral</translation>
    </message>
    <message>
      <source>Later today</source>
      <translation>Más tarde hoy</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Legal</translation>
    </message>
    <message>
      <source>Legal / immigration</source>
      <translation>Legal / migratoria</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <source>Liquid</source>
      <translation>Líquido</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Baja</translation>
    </message>
    <message>
      <source>Low mood lately</source>
      <translation>Ánimo bajo estos días</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Mantenimiento</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <source>Manager's review of a restraint due</source>
      <translation>Revisión de una contención pendiente</translation>
    </message>
    <message>
      <source>Managers only</source>
      <translation>Solo responsables</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>Médica</translation>
    </message>
    <message>
      <source>Medical emergency</source>
      <translation>Emergencia médica</translation>
    </message>
    <message>
      <source>Medicine refused twice in a row</source>
      <translation>Medicamento rechazado dos veces seguidas</translation>
    </message>
    <message>
      <source>Medicine stock expiring within 30 days</source>
      <translation>Medicamento en stock que caduca en menos de 30 días</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Media</translation>
    </message>
    <message>
      <source>Meeting with the lawyer</source>
      <translation>Reunión con el/la abogado/a</translation>
    </message>
    <message>
      <source>Mentoring</source>
      <translation>Mentoría</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>Cubierta</translation>
    </message>
    <message>
      <source>Mild</source>
      <translation>Leve</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>Mínimo</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>No asistió</translation>
    </message>
    <message>
      <source>Missing from care</source>
      <translation>Ausencia no autorizada</translation>
    </message>
    <message>
      <source>Missing from care now</source>
      <translation>Ausente sin autorización ahora</translation>
    </message>
    <message>
      <source>Missing school or work</source>
      <translation>Faltas a clase o al trabajo</translation>
    </message>
    <message>
      <source>Moderate</source>
      <translation>Moderado</translation>
    </message>
    <message>
      <source>Moderate trauma-related distress</source>
      <translation>Malestar moderado relacionado con el trauma</translation>
    </message>
    <message>
      <source>Moderately severe</source>
      <translation>Moderadamente grave</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Mensual</translation>
    </message>
    <message>
      <source>Morning</source>
      <translation>Mañana</translation>
    </message>
    <message>
      <source>Music therapy</source>
      <translation>Musicoterapia</translation>
    </message>
    <message>
      <source>NGO hotline</source>
      <translation>Línea de ayuda de una ONG</translation>
    </message>
    <message>
      <source>NGO or hotline</source>
      <translation>ONG o línea de ayuda</translation>
    </message>
    <message>
      <source>NRM conclusive grounds decision</source>
      <translation>Decisión NRM de motivos concluyentes</translation>
    </message>
    <message>
      <source>NRM reasonable grounds decision</source>
      <translation>Decisión NRM de motivos razonables</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Negativa</translation>
    </message>
    <message>
      <source>Neither</source>
      <translation>Ni estudia ni trabaja</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>Noche</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>No check-in today</source>
      <translation>Sin registro hoy</translation>
    </message>
    <message>
      <source>No safety plan</source>
      <translation>Sin plan de seguridad</translation>
    </message>
    <message>
      <source>Non-binary</source>
      <translation>No binaria</translation>
    </message>
    <message>
      <source>Nose</source>
      <translation>Nariz</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>No aplica</translation>
    </message>
    <message>
      <source>Not available</source>
      <translation>No disponible</translation>
    </message>
    <message>
      <source>Not elevated</source>
      <translation>No elevado</translation>
    </message>
    <message>
      <source>Not upheld</source>
      <translation>Desestimada</translation>
    </message>
    <message>
      <source>Not vetted</source>
      <translation>Sin verificar</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Nothing until opened</source>
      <translation>Nada hasta que se abra</translation>
    </message>
    <message>
      <source>Oceania</source>
      <translation>Oceanía</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>En pausa</translation>
    </message>
    <message>
      <source>On the skin</source>
      <translation>Sobre la piel</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abierta</translation>
    </message>
    <message>
      <source>Open incident</source>
      <translation>Incidente abierto</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otra</translation>
    </message>
    <message>
      <source>Outreach team</source>
      <translation>Equipo de calle</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Atrasada</translation>
    </message>
    <message>
      <source>Overdue high-priority need</source>
      <translation>Necesidad prioritaria vencida</translation>
    </message>
    <message>
      <source>Partly upheld</source>
      <translation>Estimada en parte</translation>
    </message>
    <message>
      <source>Patch</source>
      <translation>Parche</translation>
    </message>
    <message>
      <source>Peer group</source>
      <translation>Grupo de iguales</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Llamada</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <source>Photographs</source>
      <translation>Fotografías</translation>
    </message>
    <message>
      <source>Placement breaking down</source>
      <translation>Convivencia en riesgo de ruptura</translation>
    </message>
    <message>
      <source>Play therapy</source>
      <translation>Terapia de juego</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Policía</translation>
    </message>
    <message>
      <source>Police check</source>
      <translation>Comprobación de antecedentes penales</translation>
    </message>
    <message>
      <source>Police interview</source>
      <translation>Declaración ante la policía</translation>
    </message>
    <message>
      <source>Police investigation</source>
      <translation>Investigación policial</translation>
    </message>
    <message>
      <source>Police visit</source>
      <translation>Visita de la policía</translation>
    </message>
    <message>
      <source>Poor</source>
      <translation>Mal</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>Positiva</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Aplazada</translation>
    </message>
    <message>
      <source>Power cut</source>
      <translation>Corte de luz</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Presente</translation>
    </message>
    <message>
      <source>Probable PTSD</source>
      <translation>TEPT probable</translation>
    </message>
    <message>
      <source>Prosecution</source>
      <translation>Proceso penal</translation>
    </message>
    <message>
      <source>Psychosocial support</source>
      <translation>Apoyo psicosocial</translation>
    </message>
    <message>
      <source>Qualification</source>
      <translation>Titulación</translation>
    </message>
    <message>
      <source>Ran away and not found</source>
      <translation>Se fugó y no fue encontrado/a</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <source>Recovery</source>
      <translation>Recuperación</translation>
    </message>
    <message>
      <source>Rectal</source>
      <translation>Rectal</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Rechazada</translation>
    </message>
    <message>
      <source>Reintegrated with family</source>
      <translation>Reintegrado/a con la familia</translation>
    </message>
    <message>
      <source>Reintegration</source>
      <translation>Reintegración</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rechazada</translation>
    </message>
    <message>
      <source>Rescheduled</source>
      <translation>Cambiada de fecha</translation>
    </message>
    <message>
      <source>Research</source>
      <translation>Investigación</translation>
    </message>
    <message>
      <source>Residence permit</source>
      <translation>Permiso de residencia</translation>
    </message>
    <message>
      <source>Return interview due</source>
      <translation>Entrevista de regreso pendiente</translation>
    </message>
    <message>
      <source>Return interview overdue</source>
      <translation>Entrevista de regreso atrasada</translation>
    </message>
    <message>
      <source>Returned to the pharmacy</source>
      <translation>Devuelto a la farmacia</translation>
    </message>
    <message>
      <source>Returned with a comment</source>
      <translation>Devuelto con un comentario</translation>
    </message>
    <message>
      <source>Risk flag</source>
      <translation>Señal de riesgo</translation>
    </message>
    <message>
      <source>Risk flag at a check-in</source>
      <translation>Señal de riesgo en un registro diario</translation>
    </message>
    <message>
      <source>Risk found at a follow-up contact</source>
      <translation>Riesgo detectado en un seguimiento</translation>
    </message>
    <message>
      <source>Routine</source>
      <translation>Rutina</translation>
    </message>
    <message>
      <source>Runaway risk</source>
      <translation>Riesgo de fuga</translation>
    </message>
    <message>
      <source>Safe housing</source>
      <translation>Alojamiento seguro</translation>
    </message>
    <message>
      <source>Safeguarding records</source>
      <translation>Registros de protección</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>Plan de seguridad</translation>
    </message>
    <message>
      <source>Safety plan review due</source>
      <translation>Revisión del plan de seguridad pendiente</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Programada</translation>
    </message>
    <message>
      <source>School</source>
      <translation>Escuela</translation>
    </message>
    <message>
      <source>Seated hold</source>
      <translation>Sujeción sentada</translation>
    </message>
    <message>
      <source>Self-harm concern</source>
      <translation>Riesgo de autolesión</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Enviada</translation>
    </message>
    <message>
      <source>Session held</source>
      <translation>Sesión realizada</translation>
    </message>
    <message>
      <source>Session missed</source>
      <translation>Sesión perdida</translation>
    </message>
    <message>
      <source>Set aside</source>
      <translation>Dejada de lado</translation>
    </message>
    <message>
      <source>Severe</source>
      <translation>Grave</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>Explotación sexual</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Trabajador/a social</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Otra cosa</translation>
    </message>
    <message>
      <source>Somewhat</source>
      <translation>Más o menos</translation>
    </message>
    <message>
      <source>Soon</source>
      <translation>Pronto</translation>
    </message>
    <message>
      <source>Stabilization</source>
      <translation>Estabilización</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <source>Standing hold</source>
      <translation>Sujeción de pie</translation>
    </message>
    <message>
      <source>Stock count does not match</source>
      <translation>El recuento de existencias no coincide</translation>
    </message>
    <message>
      <source>Stranger outside</source>
      <translation>Desconocido fuera</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <source>Substance use</source>
      <translation>Consumo de sustancias</translation>
    </message>
    <message>
      <source>T visa</source>
      <translation>Visado T</translation>
    </message>
    <message>
      <source>TF-CBT</source>
      <translation>TF-CBT</translation>
    </message>
    <message>
      <source>Tablet</source>
      <translation>Comprimido</translation>
    </message>
    <message>
      <source>Talk or signs of running away</source>
      <translation>Habla o señales de escaparse</translation>
    </message>
    <message>
      <source>The young person</source>
      <translation>La/el joven</translation>
    </message>
    <message>
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <source>Therapy plan</source>
      <translation>Plan de terapia</translation>
    </message>
    <message>
      <source>Through an agency</source>
      <translation>A través de una institución</translation>
    </message>
    <message>
      <source>Thumbnails only</source>
      <translation>Solo miniaturas</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Formación</translation>
    </message>
    <message>
      <source>Transferred to another house</source>
      <translation>Trasladado/a a otra casa</translation>
    </message>
    <message>
      <source>Turned 18</source>
      <translation>Cumplió 18 años</translation>
    </message>
    <message>
      <source>Tutoring</source>
      <translation>Tutoría</translation>
    </message>
    <message>
      <source>Twice a week</source>
      <translation>Dos veces por semana</translation>
    </message>
    <message>
      <source>Two missed sessions in a row</source>
      <translation>Dos sesiones seguidas sin asistir</translation>
    </message>
    <message>
      <source>Unexplained money or gifts</source>
      <translation>Dinero o regalos sin explicación</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Desconocida</translation>
    </message>
    <message>
      <source>Unsafe relationship</source>
      <translation>Relación de riesgo</translation>
    </message>
    <message>
      <source>Upheld</source>
      <translation>Estimada</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <source>Vetted</source>
      <translation>Verificada</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>Videollamada</translation>
    </message>
    <message>
      <source>Violence</source>
      <translation>Violencia</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <source>Visitor at the door</source>
      <translation>Visita en la puerta</translation>
    </message>
    <message>
      <source>Vocational</source>
      <translation>Formación laboral</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Semanal</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirado</translation>
    </message>
    <message>
      <source>Withheld</source>
      <translation>Retenida</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>Trabajo</translation>
    </message>
    <message>
      <source>Working on it</source>
      <translation>En ello</translation>
    </message>
    <message>
      <source>Worse</source>
      <translation>Empeoró</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>Yoga</source>
      <translation>Yoga</translation>
    </message>
    <message>
      <source>a year or more</source>
      <translation>un año o más</translation>
    </message>
    <message>
      <source>another gender</source>
      <translation>otro género</translation>
    </message>
    <message>
      <source>another source</source>
      <translation>otra fuente</translation>
    </message>
    <message>
      <source>arrived in the period</source>
      <translation>llegaron en el periodo</translation>
    </message>
    <message>
      <source>attended therapy</source>
      <translation>asistieron a terapia</translation>
    </message>
    <message>
      <source>awaiting a decision</source>
      <translation>a la espera de una decisión</translation>
    </message>
    <message>
      <source>boy or young man</source>
      <translation>niño o joven varón</translation>
    </message>
    <message>
      <source>cases closed, by where the young person went</source>
      <translation>casos cerrados, según adónde fue el joven</translation>
    </message>
    <message>
      <source>children served, by age at intake</source>
      <translation>niños atendidos, por edad al ingreso</translation>
    </message>
    <message>
      <source>children served, by age at the end of the period</source>
      <translation>niños atendidos, por edad al final del periodo</translation>
    </message>
    <message>
      <source>children served, by arrival</source>
      <translation>niños atendidos, por llegada</translation>
    </message>
    <message>
      <source>children served, by care stage at the end of the period</source>
      <translation>niños atendidos, por etapa de atención al final del periodo</translation>
    </message>
    <message>
      <source>children served, by citizenship region</source>
      <translation>niños atendidos, por región de ciudadanía</translation>
    </message>
    <message>
      <source>children served, by form of exploitation</source>
      <translation>niños atendidos, por forma de explotación</translation>
    </message>
    <message>
      <source>children served, by gender</source>
      <translation>niños atendidos, por género</translation>
    </message>
    <message>
      <source>children served, by going missing from care</source>
      <translation>niños atendidos, por desaparición del cuidado</translation>
    </message>
    <message>
      <source>children served, by identification decision</source>
      <translation>niños atendidos, por decisión de identificación</translation>
    </message>
    <message>
      <source>children served, by length of stay</source>
      <translation>niños atendidos, por duración de la estancia</translation>
    </message>
    <message>
      <source>children served, by referral source</source>
      <translation>niños atendidos, por origen de la derivación</translation>
    </message>
    <message>
      <source>children served, by referral to another service</source>
      <translation>niños atendidos, por derivación a otro servicio</translation>
    </message>
    <message>
      <source>children served, by restraint</source>
      <translation>niños atendidos, por contención física</translation>
    </message>
    <message>
      <source>children served, by risk flags raised</source>
      <translation>niños atendidos, por alertas de riesgo</translation>
    </message>
    <message>
      <source>children served, by therapy attended</source>
      <translation>niños atendidos, por terapia recibida</translation>
    </message>
    <message>
      <source>did not go missing</source>
      <translation>no desaparecieron</translation>
    </message>
    <message>
      <source>fewer than two scores</source>
      <translation>menos de dos puntuaciones</translation>
    </message>
    <message>
      <source>follow-up contacts made, by re-trafficking risk found</source>
      <translation>contactos de seguimiento, por riesgo de nueva trata detectado</translation>
    </message>
    <message>
      <source>girl or young woman</source>
      <translation>niña o joven mujer</translation>
    </message>
    <message>
      <source>good</source>
      <translation>bien</translation>
    </message>
    <message>
      <source>health service</source>
      <translation>servicio de salud</translation>
    </message>
    <message>
      <source>in the house before the period</source>
      <translation>en la casa antes del periodo</translation>
    </message>
    <message>
      <source>incidents, by kind</source>
      <translation>incidentes, por tipo</translation>
    </message>
    <message>
      <source>interview later or not held</source>
      <translation>entrevista más tarde o no realizada</translation>
    </message>
    <message>
      <source>interview within 72 hours</source>
      <translation>entrevista en 72 horas</translation>
    </message>
    <message>
      <source>low</source>
      <translation>bajo</translation>
    </message>
    <message>
      <source>missing episodes, by return interview</source>
      <translation>episodios de desaparición, por entrevista de regreso</translation>
    </message>
    <message>
      <source>more than one form</source>
      <translation>más de una forma</translation>
    </message>
    <message>
      <source>needs met, by category</source>
      <translation>necesidades cubiertas, por categoría</translation>
    </message>
    <message>
      <source>needs opened, by category</source>
      <translation>necesidades abiertas, por categoría</translation>
    </message>
    <message>
      <source>negative decision</source>
      <translation>decisión negativa</translation>
    </message>
    <message>
      <source>no decision recorded</source>
      <translation>ninguna decisión registrada</translation>
    </message>
    <message>
      <source>no reliable change</source>
      <translation>sin cambio fiable</translation>
    </message>
    <message>
      <source>no risk flag raised</source>
      <translation>ninguna alerta de riesgo</translation>
    </message>
    <message>
      <source>no therapy attended</source>
      <translation>sin terapia</translation>
    </message>
    <message>
      <source>not back or interview not yet due</source>
      <translation>sin regresar o entrevista aún no vencida</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>no registrado</translation>
    </message>
    <message>
      <source>not referred</source>
      <translation>no derivados</translation>
    </message>
    <message>
      <source>not restrained</source>
      <translation>sin contención</translation>
    </message>
    <message>
      <source>okay</source>
      <translation>regular</translation>
    </message>
    <message>
      <source>one or more risk flags raised</source>
      <translation>una o más alertas de riesgo</translation>
    </message>
    <message>
      <source>police or other law enforcement</source>
      <translation>policía u otras fuerzas del orden</translation>
    </message>
    <message>
      <source>positive final decision</source>
      <translation>decisión final positiva</translation>
    </message>
    <message>
      <source>positive first-stage decision only</source>
      <translation>solo decisión positiva de primera fase</translation>
    </message>
    <message>
      <source>referrals made, by kind</source>
      <translation>derivaciones hechas, por tipo</translation>
    </message>
    <message>
      <source>referred in the period</source>
      <translation>derivados en el periodo</translation>
    </message>
    <message>
      <source>reliable change not available for this scale</source>
      <translation>cambio fiable no disponible para esta escala</translation>
    </message>
    <message>
      <source>reliably improved</source>
      <translation>mejoría fiable</translation>
    </message>
    <message>
      <source>reliably worse</source>
      <translation>empeoramiento fiable</translation>
    </message>
    <message>
      <source>restrained in the period</source>
      <translation>con contención en el periodo</translation>
    </message>
    <message>
      <source>risk not assessed</source>
      <translation>riesgo no evaluado</translation>
    </message>
    <message>
      <source>self or family</source>
      <translation>el propio joven o su familia</translation>
    </message>
    <message>
      <source>social services or child protection</source>
      <translation>servicios sociales o protección infantil</translation>
    </message>
    <message>
      <source>the house</source>
      <translation>la casa</translation>
    </message>
    <message>
      <source>therapy sessions attended or missed, by kind of therapy</source>
      <translation>sesiones de terapia asistidas o perdidas, por tipo de terapia</translation>
    </message>
    <message>
      <source>therapy sessions attended or missed, by status</source>
      <translation>sesiones de terapia asistidas o perdidas, por estado</translation>
    </message>
    <message>
      <source>under 1 month</source>
      <translation>menos de 1 mes</translation>
    </message>
    <message>
      <source>under 12</source>
      <translation>menos de 12</translation>
    </message>
    <message>
      <source>very good</source>
      <translation>muy bien</translation>
    </message>
    <message>
      <source>very low</source>
      <translation>muy bajo</translation>
    </message>
    <message>
      <source>went missing in the period</source>
      <translation>desaparecieron en el periodo</translation>
    </message>
  </context>
</TS>