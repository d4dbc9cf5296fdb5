<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
  <context>
    <name>AddResidentDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="228" />
      <source>Add resident</source>
      <translation>Nouvel accueil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="239" />
      <source>e.g. Spanish, English</source>
      <translation>p. ex. espagnol, anglais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="241" />
      <source>who referred them: police, a hotline...</source>
      <translation>qui l'a orienté·e : police, une ligne d'écoute...</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="254" />
      <source>Preferred name</source>
      <translation>Prénom d’usage</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="255" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="256" />
      <source>Intake date</source>
      <translation>Date d’accueil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="257" />
      <source>Care stage</source>
      <translation>Étape de l’accompagnement</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="258" />
      <source>Pronouns</source>
      <translation>Pronoms</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="259" />
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="260" />
      <source>Referral source</source>
      <translation>Origine de l’orientation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="275" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="52" />
      <location filename="../../src/safehaven/ui/admin.py" line="319" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="53" />
      <location filename="../../src/safehaven/ui/admin.py" line="320" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="55" />
      <source>Gives medicines</source>
      <translation>Donne les médicaments</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="65" />
      <source>Add staff member…</source>
      <translation>Ajouter un membre de l’équipe…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="67" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="70" />
      <source>Set their passphrase…</source>
      <translation>Définir sa phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="76" />
      <source>Only managers add or remove staff.</source>
      <translation>Seule la direction ajoute ou retire des membres de l’équipe.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="78" />
      <location filename="../../src/safehaven/ui/admin.py" line="348" />
      <source>Trained to give medicines</source>
      <translation>Formé·e à donner les médicaments</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="81" />
      <source>Change my passphrase…</source>
      <translation>Changer ma phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="98" />
      <source>Yours: at most the house's limit.</source>
      <translation>Le vôtre : au plus la limite de la maison.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="106" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="109" />
      <source>(the system's)</source>
      <translation>(celle du système)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="120" />
      <source>(none: no automatic backups)</source>
      <translation>(aucun : pas de sauvegarde automatique)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="123" />
      <source>Choose folder…</source>
      <translation>Choisir un dossier…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="130" />
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="143" />
      <source>Daily backup to</source>
      <translation>Sauvegarde quotidienne dans</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="145" />
      <source>Backups kept</source>
      <translation>Sauvegardes conservées</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="146" />
      <source>Lock after idle</source>
      <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="147" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="148" />
      <source>House idle-lock limit</source>
      <translation>Limite de verrouillage de la maison</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="149" />
      <source>House language</source>
      <translation>Langue de la maison</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="151" />
      <source>Only managers set the house's idle-lock limit, language and backup folder. Your own language and a shorter idle lock are yours to choose.</source>
      <translation>Seuls les responsables fixent la limite de verrouillage, la langue et le dossier de sauvegarde de la maison. Votre langue et un verrouillage plus court sont à votre choix.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="162" />
      <source>House settings…</source>
      <translation>Réglages de la maison…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="163" />
      <source>Case reviews, complaints, the financial year, approvals, decisions and restraint techniques</source>
      <translation>Révisions du dossier, plaintes, exercice financier, approbations, décisions et techniques de contention</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="166" />
      <source>The house's other settings</source>
      <translation>Autres réglages de la maison</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="167" />
      <source>Records are kept in</source>
      <translation>Les dossiers sont conservés dans</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="168" />
      <source>Logs (no records in them)</source>
      <translation>Journaux techniques (sans aucun dossier)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="169" />
      <source>Settings file</source>
      <translation>Fichier de réglages</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="171" />
      <source>Staff</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="176" />
      <source>Supervision and records</source>
      <translation>Supervision et dossiers</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="181" />
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="183" />
      <source>About SafeHaven…</source>
      <translation>À propos de SafeHaven…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="193" />
      <source>SafeHaven {0}

Encrypted, offline-first records for shelters and safe houses.
Free software under the GNU Affero General Public License, version 3 or later.

Records: {1}
Logs (no records in them): {2}</source>
      <translation>SafeHaven {0}

Des dossiers chiffrés, qui fonctionnent sans connexion, pour les foyers d’accueil et les lieux de mise à l’abri.
Logiciel libre sous licence publique générale GNU Affero, version 3 ou ultérieure.

Dossiers : {1}
Journaux techniques (sans aucun dossier) : {2}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="199" />
      <source>About SafeHaven</source>
      <translation>À propos de SafeHaven</translation>
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
      <translation>Dossier des sauvegardes quotidiennes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="297" />
      <source>Writing the backup…</source>
      <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="301" />
      <source>Backup written to {0}</source>
      <translation>Sauvegarde écrite dans {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="309" />
      <source>The same again</source>
      <translation>Retapez-la</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="314" />
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="322" />
      <source>Their passphrase (they type it themselves)</source>
      <translation>Sa phrase secrète (la personne la tape elle-même)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="329" />
      <source>Add staff member</source>
      <translation>Ajouter un membre de l’équipe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="339" />
      <source>by role</source>
      <translation>par son rôle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>trained</source>
      <translation>formé·e</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>not trained</source>
      <translation>non formé·e</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="346" />
      <source>No longer trained to give medicines</source>
      <translation>N'est plus formé(e) à donner les médicaments</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="362" />
      <source>Clinicians and managers give medicines by their role; the training is recorded for staff.</source>
      <translation>Les cliniciens et les responsables donnent les médicaments de par leur rôle ; la formation s'enregistre pour le personnel.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="365" />
      <source>{0} will no longer be able to record medicines as given.</source>
      <translation>{0} ne pourra plus enregistrer des médicaments comme donnés.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="367" />
      <source>{0} will be able to record medicines as given.</source>
      <translation>{0} pourra enregistrer des médicaments comme donnés.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="369" />
      <source>Training to give medicines</source>
      <translation>Formation à donner les médicaments</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="386" />
      <source>Remove a staff member</source>
      <translation>Retirer un membre du personnel</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="387" />
      <source>Remove {0}? They will no longer unlock SafeHaven on any laptop of the house. Their records stay.</source>
      <translation>Retirer {0} ? Cette personne ne pourra plus déverrouiller SafeHaven sur aucun ordinateur de la maison. Ses enregistrements restent.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <source>Change my passphrase</source>
      <translation>Changer ma phrase secrète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <location filename="../../src/safehaven/ui/admin.py" line="423" />
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="409" />
      <source>Your passphrase was changed.</source>
      <translation>Votre phrase secrète a été changée.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="422" />
      <source>New passphrase for %1</source>
      <translation>Nouvelle phrase secrète pour %1</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="425" />
      <source>%1 has a new passphrase, on every laptop of the house once they sync.</source>
      <translation>%1 a une nouvelle phrase secrète, valable sur tous les ordinateurs du foyer après leur synchronisation.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="432" />
      <source>Choose a staff member in the list first.</source>
      <translation>Choisissez d’abord un membre de l’équipe dans la liste.</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="55" />
      <source>Submitted</source>
      <translation>Soumis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="56" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="57" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="61" />
      <source>Enter: approve or return it</source>
      <translation>Entrée : approuver ou renvoyer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="75" />
      <source>Approvals ({0})</source>
      <translation>Approbations ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="78" />
      <source>Plans and closures waiting for your approval</source>
      <translation>Plans et clôtures en attente de votre approbation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="82" />
      <source>Destruction of all records</source>
      <translation>Destruction de tous les dossiers</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="97" />
      <source>Approval</source>
      <translation>Approbation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="98" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="99" />
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="100" />
      <source>Return with a comment</source>
      <translation>Renvoyer avec un commentaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="101" />
      <source>Comment (what to change, when returning)</source>
      <translation>Commentaire (ce qu'il faut changer, en cas de renvoi)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="103" />
      <source>{0}: {1}, submitted {2}</source>
      <translation>{0} : {1}, soumis le {2}</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="228" />
      <source>Audit</source>
      <translation>Journal d'accès</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="231" />
      <source>A young person</source>
      <translation>Un ou une jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="232" />
      <source>A staff member</source>
      <translation>Un membre du personnel</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="236" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="237" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="238" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="239" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="240" />
      <source>Young person</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="244" />
      <source>Export CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="289" />
      <source>Entries: {0}</source>
      <translation>Entrées : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="292" />
      <source>Save the audit as CSV</source>
      <translation>Enregistrer le journal d'accès en CSV</translation>
    </message>
  </context>
  <context>
    <name>BackgroundSync</name>
    <message>
      <location filename="../../src/safehaven/ui/background_sync.py" line="93" />
      <source>The server cannot be reached; changes wait here safely and go out when it can.</source>
      <translation>Le serveur est injoignable ; les modifications attendent ici en sécurité et partiront dès que possible.</translation>
    </message>
  </context>
  <context>
    <name>BookDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="279" />
      <source>Book a session</source>
      <translation>Réserver une séance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="288" />
      <source>Resident and therapy</source>
      <translation>Jeune et thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="289" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
  </context>
  <context>
    <name>CareForms</name>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="75" />
      <source>Preferred name</source>
      <translation>Prénom d’usage</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="77" />
      <source>Legal name (restricted)</source>
      <translation>Nom légal (accès restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="80" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="82" />
      <source>Estimated age (when the date is unknown)</source>
      <translation>Âge estimé (si la date est inconnue)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="84" />
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="85" />
      <source>Pronouns</source>
      <translation>Pronoms</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="86" />
      <source>e.g. she/her, he/him, they/them</source>
      <translation>p. ex. elle, il, iel</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="87" />
      <source>Languages (comma between)</source>
      <translation>Langues (séparées par des virgules)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="89" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="149" />
      <source>Interpreter</source>
      <translation>Interprète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="90" />
      <source>needs an interpreter</source>
      <translation>interprétariat nécessaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="91" />
      <source>Interpreter's language</source>
      <translation>Langue de l’interprète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="93" />
      <source>Cultural and faith notes</source>
      <translation>Notes culturelles et religieuses</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="95" />
      <source>Dietary needs</source>
      <translation>Besoins alimentaires</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="96" />
      <source>Key worker</source>
      <translation>Personne référente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="105" />
      <source>New stage</source>
      <translation>Nouvelle étape</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="107" />
      <source>Why?</source>
      <translation>Pourquoi ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="109" />
      <source>Why does it skip a stage?</source>
      <translation>Pourquoi sauter une étape ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="111" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="155" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="112" />
      <source>Where the young person goes</source>
      <translation>Où va le ou la jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="119" />
      <source>Need</source>
      <translation>Besoin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="121" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="123" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="124" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="125" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="129" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="219" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="131" />
      <source>How it was met, or why it does not apply</source>
      <translation>Comment il a été couvert, ou pourquoi il est sans objet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="135" />
      <source>Therapy</source>
      <translation>Thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="137" />
      <source>Provider</source>
      <translation>Thérapeute</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="138" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="139" />
      <source>Frequency</source>
      <translation>Fréquence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="141" />
      <source>Funded sessions (cap)</source>
      <translation>Séances financées (plafond)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="143" />
      <source>Funded by</source>
      <translation>Financé par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="144" />
      <source>Starts</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="146" />
      <source>Planned end</source>
      <translation>Fin prévue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="148" />
      <source>Goals</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="150" />
      <source>language or name, if one joins the sessions</source>
      <translation>langue ou nom, si un interprète participe aux séances</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="154" />
      <source>Why is the plan ending?</source>
      <translation>Pourquoi le plan se termine-t-il ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="161" />
      <source>Therapy plan</source>
      <translation>Plan de thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="162" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="206" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="239" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="163" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="165" />
      <source>Place (if not the plan's)</source>
      <translation>Lieu (s’il diffère de celui du plan)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="170" />
      <source>Purpose</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="172" />
      <source>Shared with (service)</source>
      <translation>Partagé avec (service)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="175" />
      <source>Consent given by</source>
      <translation>Consentement donné par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="177" />
      <source>Name of guardian or agency</source>
      <translation>Nom du représentant légal ou de l’organisme</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="179" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="180" />
      <source>consent was given</source>
      <translation>le consentement a été donné</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="181" />
      <source>The young person's assent</source>
      <translation>Accord du ou de la jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="183" />
      <source>they agreed in their own words</source>
      <translation>le ou la jeune a donné son accord avec ses propres mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="184" />
      <source>Given on</source>
      <translation>Donné le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="186" />
      <source>Expires on</source>
      <translation>Expire le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="191" />
      <source>Withdrawn on</source>
      <translation>Retiré le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="192" />
      <source>Why</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="195" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="196" />
      <source>Relationship</source>
      <translation>Lien</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="197" />
      <source>e.g. aunt, teacher</source>
      <translation>p. ex. tante, enseignante</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="198" />
      <source>Phone or other contact</source>
      <translation>Téléphone ou autre contact</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="202" />
      <source>Vetting</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="204" />
      <source>How they were checked</source>
      <translation>Comment la vérification a été faite</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="207" />
      <source>Checked by</source>
      <translation>Vérifié par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="208" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="221" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="328" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="213" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="215" />
      <source>Receiving service</source>
      <translation>Service destinataire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="217" />
      <source>Contact person there</source>
      <translation>Personne à contacter</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="224" />
      <source>Referred on</source>
      <translation>Date de l’orientation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="228" />
      <source>Hand-off on</source>
      <translation>Date du passage de relais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="229" />
      <source>Accompanied by</source>
      <translation>Accompagnement par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="230" />
      <source>Received by</source>
      <translation>Accueil par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="237" />
      <source>What happened</source>
      <translation>Ce qui s’est passé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="241" />
      <source>What happened, in plain words</source>
      <translation>Ce qui s’est passé, en mots simples</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="243" />
      <source>What was done at once</source>
      <translation>Ce qui a été fait tout de suite</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="244" />
      <source>Who was told</source>
      <translation>Qui a été prévenu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="246" />
      <source>Told at</source>
      <translation>Heure du signalement</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="247" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="268" />
      <source>Police reference</source>
      <translation>Référence de la police</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="249" />
      <source>Last seen at</source>
      <translation>Vu(e) pour la dernière fois à</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="251" />
      <source>Last seen where</source>
      <translation>Vu(e) pour la dernière fois où</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="253" />
      <source>Clothing and appearance (for the police)</source>
      <translation>Vêtements et apparence (pour la police)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="260" />
      <source>Back at</source>
      <translation>Revenu·e à</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="261" />
      <source>How they came back</source>
      <translation>Comment il ou elle est revenu·e</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="262" />
      <source>alone, brought by police, found by staff…</source>
      <translation>seul·e, ramené·e par la police, retrouvé·e par l’équipe…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="263" />
      <source>Where they were, and with whom</source>
      <translation>Où il ou elle était, et avec qui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="265" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="280" />
      <source>Sealed: only clinicians and managers read it. Left empty, what was written is kept.</source>
      <translation>Scellé : seuls les cliniciens et les responsables le lisent. Laissé vide, ce qui a été écrit est conservé.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="267" />
      <source>Injuries seen</source>
      <translation>Blessures constatées</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="275" />
      <source>Held at</source>
      <translation>Tenu le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="276" />
      <source>Held by</source>
      <translation>Mené par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="277" />
      <source>ideally someone independent of the house</source>
      <translation>idéalement une personne extérieure à la maison</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="278" />
      <source>What was said, and the actions that follow</source>
      <translation>Ce qui a été dit, et les actions qui suivent</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="286" />
      <source>Warning signs: what tells of a crisis</source>
      <translation>Signes avant-coureurs : ce qui annonce une crise</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="288" />
      <source>What helps: coping strategies</source>
      <translation>Ce qui aide : stratégies d’apaisement</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="290" />
      <source>Safe people and places</source>
      <translation>Personnes et lieux sûrs</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="292" />
      <source>People and places to avoid</source>
      <translation>Personnes et lieux à éviter</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="294" />
      <source>Whom to call</source>
      <translation>Qui appeler</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="296" />
      <source>Reviewed with the young person on</source>
      <translation>Revu avec le ou la jeune le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="298" />
      <source>Next review</source>
      <translation>Prochaine révision</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="303" />
      <source>Outcome: what was done and what follows</source>
      <translation>Résultat : ce qui a été fait et la suite</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="307" />
      <source>First contact due</source>
      <translation>Premier contact prévu le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="308" />
      <source>How many contacts</source>
      <translation>Nombre de contacts</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="310" />
      <source>Every how many months</source>
      <translation>Intervalle en mois</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="315" />
      <source>Date of contact</source>
      <translation>Date du contact</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="316" />
      <source>How</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="318" />
      <source>Spoke with</source>
      <translation>Échange avec</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="319" />
      <source>the young person, a carer, a teacher…</source>
      <translation>le ou la jeune, une personne qui s’en occupe, un enseignant…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="320" />
      <source>Wellbeing</source>
      <translation>Bien-être</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="322" />
      <source>School or work</source>
      <translation>École ou travail</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="324" />
      <source>Risk signs</source>
      <translation>Signes de risque</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="326" />
      <source>Re-trafficking risk</source>
      <translation>Risque de nouvelle exploitation</translation>
    </message>
  </context>
  <context>
    <name>CaseActions</name>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="38" />
      <source>Case closed on {0}: {1}</source>
      <translation>Dossier clôturé le {0} : {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="41" />
      <source>Transfer to {0} sent on {1}: waiting for its receipt</source>
      <translation>Transfert vers {0} envoyé le {1} : en attente de l’accusé de réception</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="44" />
      <source>Closure waiting for a manager's approval</source>
      <translation>Clôture en attente de l'approbation de la direction</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="46" />
      <source>Closure returned: {0}</source>
      <translation>Clôture renvoyée : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="54" />
      <source>Reopen case…</source>
      <translation>Rouvrir le dossier…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="57" />
      <source>Only a manager reopens a case.</source>
      <translation>Seule la direction rouvre un dossier.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="59" />
      <source>Close case…</source>
      <translation>Clôturer le dossier…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="63" />
      <source>Clinicians and managers close cases.</source>
      <translation>Les clinicien(ne)s et la direction clôturent les dossiers.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="73" />
      <source>Why is the case reopened?</source>
      <translation>Pourquoi le dossier est-il rouvert ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="74" />
      <location filename="../../src/safehaven/ui/case_actions.py" line="78" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="76" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="79" />
      <source>Where the young person went</source>
      <translation>Où le ou la jeune est parti(e)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="80" />
      <source>Anything else</source>
      <translation>Autre chose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="88" />
      <source>Close case</source>
      <translation>Clôturer le dossier</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="89" />
      <source>{0} leaves Today and the weekly lists; follow-up contacts go on.</source>
      <translation>{0} quitte Aujourd'hui et les listes de la semaine ; les contacts de suivi continuent.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="93" />
      <source>Reopen case</source>
      <translation>Rouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="94" />
      <source>{0}'s case was closed on {1}.</source>
      <translation>Le dossier de {0} a été clôturé le {1}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="102" />
      <source>Case reopened</source>
      <translation>Dossier rouvert</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="103" />
      <source>Case closed: {0}</source>
      <translation>Dossier clôturé : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="105" />
      <source>Transfer sent</source>
      <translation>Transfert envoyé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="107" />
      <source>Closure submitted: {0}</source>
      <translation>Clôture soumise : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="112" />
      <source>{0}: {1}</source>
      <translation>{0} : {1}</translation>
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="260" />
      <source>Discard this check-in? What you typed will be lost.</source>
      <translation>Abandonner ce point du jour ? Ce que vous avez saisi sera perdu.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="146" />
      <source>Check-in: {0}</source>
      <translation>Point du jour : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Very low</source>
      <translation>Très mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Low</source>
      <translation>Mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Okay</source>
      <translation>Ça va</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Good</source>
      <translation>Bien</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="150" />
      <source>Very good</source>
      <translation>Très bien</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Fair</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Poor</source>
      <translation>Mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Somewhat</source>
      <translation>Plus ou moins</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="172" />
      <source>A risk that goes on: it stays on Today, for the manager too, until an incident is recorded for it. Space ticks or unticks it.</source>
      <translation>Un risque qui dure : il reste sur Aujourd'hui, pour la direction aussi, jusqu'à ce qu'un incident soit enregistré pour lui. Espace le coche ou le décoche.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="179" />
      <source>What happened, if anything: alerts the manager</source>
      <translation>Ce qui s'est passé, le cas échéant : alerte la direction</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="182" />
      <source>Something that happened this shift (a fight, a visitor, an injury). Text here puts an alert on Today for the manager until an incident is recorded from it. A risk flag is different: a risk that goes on, not one event.</source>
      <translation>Quelque chose qui s'est passé pendant ce service (une bagarre, une visite, une blessure). Un texte ici place une alerte sur Aujourd'hui pour la direction jusqu'à ce qu'un incident soit enregistré à partir de lui. Un signalement de risque est différent : un risque qui dure, pas un seul événement.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="193" />
      <source>Check-in for {0}</source>
      <translation>Point du jour de {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="202" />
      <source>Mood</source>
      <translation>Humeur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="204" />
      <source>Sleep</source>
      <translation>Sommeil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="205" />
      <source>Appetite</source>
      <translation>Appétit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="206" />
      <source>Feels safe</source>
      <translation>Se sent en sécurité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="207" />
      <source>Engagement</source>
      <translation>Participation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="208" />
      <source>Risk flags</source>
      <translation>Signaux de risque</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="210" />
      <source>Incidents</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="212" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="215" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="252" />
      <source>ALLERGIES: {0}</source>
      <translation>ALLERGIES : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="304" />
      <source>Choose a face for today's mood.</source>
      <translation>Choisissez un visage pour l’humeur du jour.</translation>
    </message>
  </context>
  <context>
    <name>CheckinsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="64" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="65" />
      <source>Shift</source>
      <translation>Moment</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="66" />
      <source>Mood</source>
      <translation>Humeur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="67" />
      <source>Feels safe</source>
      <translation>Se sent en sécurité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="68" />
      <source>Flags</source>
      <translation>Signaux</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="69" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="70" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="76" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Correct…</source>
      <translation>Corriger…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="78" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Void…</source>
      <translation>Annuler…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="104" />
      <source>void: {0}</source>
      <translation>annulation : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="107" />
      <source>voided</source>
      <translation>annulé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="108" />
      <source>corrected</source>
      <translation>corrigé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="110" />
      <source>correction: {0}</source>
      <translation>correction : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="133" />
      <source>Recorded by {0}</source>
      <translation>Saisi par {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="136" />
      <source>Voided by {0}: {1}</source>
      <translation>Annulé par {0} : {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="137" />
      <source>Corrected by {0}: {1}</source>
      <translation>Corrigé par {0} : {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="140" />
      <source>Incidents: {0}</source>
      <translation>Incidents : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="147" />
      <source>Choose a check-in in the table first.</source>
      <translation>Choisissez d'abord un point du jour dans le tableau.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="178" />
      <source>Correct the check-in: {0}</source>
      <translation>Corriger le point du jour : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="181" />
      <source>What was wrong</source>
      <translation>Ce qui était faux</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="187" />
      <source>Why it is corrected</source>
      <translation>Pourquoi il est corrigé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="194" />
      <source>Say why it is corrected.</source>
      <translation>Dites pourquoi il est corrigé.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="220" />
      <source>Void the check-in</source>
      <translation>Annuler le point du jour</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="221" />
      <source>Why it is voided</source>
      <translation>Pourquoi il est annulé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="222" />
      <source>recorded for the wrong child, or in error</source>
      <translation>saisi pour le mauvais enfant, ou par erreur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="223" />
      <source>The check-in of {0} ({1}) is kept in the history and counted nowhere.</source>
      <translation>Le point du jour du {0} ({1}) est conservé dans l'historique et compté nulle part.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="225" />
      <source>Void</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="161" />
      <source>Complaints (a manager answers each)</source>
      <translation>Plaintes (un responsable répond à chacune)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="162" />
      <source>Made on</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="163" />
      <source>Complaint</source>
      <translation>Plainte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="164" />
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="165" />
      <source>NOT ANSWERED YET</source>
      <translation>PAS ENCORE DE RÉPONSE</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="166" />
      <source>Answered</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="167" />
      <source>What they were told</source>
      <translation>Ce qui lui a été dit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="169" />
      <source>Write down a complaint…</source>
      <translation>Noter une plainte…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="171" />
      <source>Answer…</source>
      <translation>Répondre…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="180" />
      <source>A complaint</source>
      <translation>Une plainte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="187" />
      <source>Answer a complaint</source>
      <translation>Répondre à une plainte</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="284" />
      <source>Consent and assent</source>
      <translation>Consentement et accord</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="285" />
      <source>Purpose</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="287" />
      <source>Given by</source>
      <translation>Donné par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>Assent</source>
      <translation>Accord</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="289" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="290" />
      <source>Valid</source>
      <translation>Validité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="293" />
      <source>Add consent…</source>
      <translation>Ajouter un consentement…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="294" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="303" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="295" />
      <source>Withdraw…</source>
      <translation>Retirer…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="296" />
      <source>Trusted adults</source>
      <translation>Adultes de confiance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="297" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="298" />
      <source>Relationship</source>
      <translation>Lien</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="299" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="300" />
      <source>Vetting</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="302" />
      <source>Add trusted adult…</source>
      <translation>Ajouter un adulte de confiance…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="304" />
      <source>Record vetting…</source>
      <translation>Enregistrer une vérification…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="316" />
      <source>The young person, with {0}</source>
      <translation>Le ou la jeune, avec {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="321" />
      <source>withdrawn {0}</source>
      <translation>retiré le {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="323" />
      <source>expired {0}</source>
      <translation>expiré le {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="325" />
      <source>not valid (no consent or assent)</source>
      <translation>non valable (ni consentement ni accord)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="326" />
      <source>until {0}</source>
      <translation>jusqu’au {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="330" />
      <source>NOT VETTED: no contact or hand-off yet</source>
      <translation>NON VÉRIFIÉ : pas encore de contact ni de passage de relais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="336" />
      <source>Add consent</source>
      <translation>Ajouter un consentement</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="343" />
      <source>Correct consent</source>
      <translation>Corriger le consentement</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="350" />
      <source>Consent withdrawn: {0}</source>
      <translation>Consentement retiré : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="354" />
      <source>Add trusted adult</source>
      <translation>Ajouter un adulte de confiance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="361" />
      <source>Edit trusted adult</source>
      <translation>Modifier l’adulte de confiance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="369" />
      <source>Vetting: {0}</source>
      <translation>Vérification : {0}</translation>
    </message>
  </context>
  <context>
    <name>ContactsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="24" />
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="84" />
      <source>No-contact list</source>
      <translation>Liste d’interdiction de contact</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="25" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="26" />
      <source>Who they are</source>
      <translation>Qui c’est</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="27" />
      <source>Also known as</source>
      <translation>Aussi appelé·e</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="28" />
      <source>Phone numbers</source>
      <translation>Numéros de téléphone</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="29" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="32" />
      <source>Add to the list…</source>
      <translation>Ajouter à la liste…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="33" />
      <source>Change…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="34" />
      <source>Take off the list</source>
      <translation>Retirer de la liste</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="35" />
      <source>Visits, calls, messages and letters</source>
      <translation>Visites, appels, messages et lettres</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="36" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="38" />
      <source>How</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="39" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="40" />
      <source>Supervised by</source>
      <translation>Supervisé par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="41" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="42" />
      <source>How it went</source>
      <translation>Comment cela s’est passé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="45" />
      <source>Record a visit or call…</source>
      <translation>Enregistrer une visite ou un appel…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="46" />
      <source>Correct…</source>
      <translation>Corriger…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="60" />
      <source>(clinicians and managers only)</source>
      <translation>(clinicien·nes et responsables seulement)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="64" />
      <source>ON THE NO-CONTACT LIST</source>
      <translation>SUR LA LISTE D’INTERDICTION DE CONTACT</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="66" />
      <source>not allowed</source>
      <translation>non autorisé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="68" />
      <source>unknown person</source>
      <translation>personne inconnue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="69" />
      <source>adult not yet vetted</source>
      <translation>adulte pas encore vérifié</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="76" />
      <source>Add to the no-contact list</source>
      <translation>Ajouter à la liste d’interdiction de contact</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="89" />
      <source>Take {0} off the no-contact list? Staff will no longer be warned.</source>
      <translation>Retirer {0} de la liste d’interdiction de contact ? L’équipe ne sera plus avertie.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="95" />
      <source>Record a visit or call</source>
      <translation>Enregistrer une visite ou un appel</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="102" />
      <source>Correct a contact</source>
      <translation>Corriger un contact</translation>
    </message>
  </context>
  <context>
    <name>DateFields</name>
    <message>
      <location filename="../../src/safehaven/ui/date_fields.py" line="240" />
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
  </context>
  <context>
    <name>DestructionForms</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="26" />
      <source>Destroy records</source>
      <translation>Détruire des dossiers</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="27" />
      <source>Why (do not name the young person: this stays after the records are gone)</source>
      <translation>Pourquoi (sans nommer le ou la jeune : ceci reste après la destruction des dossiers)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="30" />
      <source>Ask for every record of {0} to be destroyed on every laptop and on the server. Another manager must approve; until then nothing is erased. It cannot be undone.</source>
      <translation>Demander la destruction de tous les dossiers de {0} sur chaque ordinateur et sur le serveur. Un autre responsable doit approuver ; d'ici là rien n'est effacé. C'est irréversible.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="47" />
      <source>Destruction of records</source>
      <translation>Destruction de dossiers</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="48" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="49" />
      <source>Decline</source>
      <translation>Refuser</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="50" />
      <source>Approve: destroy every record now</source>
      <translation>Approuver : détruire tous les dossiers maintenant</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="52" />
      <source>Why not (when declining)</source>
      <translation>Pourquoi pas (en cas de refus)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="54" />
      <source>{0} asked on {1} to destroy every record of {2} (case closed {3}): “{4}”. Approving erases them on this laptop at once, and on every other laptop and the server at their next sync. It cannot be undone.</source>
      <translation>{0} a demandé le {1} la destruction de tous les dossiers de {2} (cas clos le {3}) : « {4} ». Approuver les efface tout de suite sur cet ordinateur, et sur les autres ordinateurs et le serveur à leur prochaine synchronisation. C'est irréversible.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="68" />
      <source>declined</source>
      <translation>refusée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="70" />
      <source>waiting for a second manager</source>
      <translation>en attente d'un second responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="72" />
      <source>erased on {0} of {1} laptops</source>
      <translation>effacés sur {0} ordinateurs sur {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="75" />
      <source>erased on every laptop</source>
      <translation>effacés sur tous les ordinateurs</translation>
    </message>
  </context>
  <context>
    <name>DestructionsDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="91" />
      <source>Destructions</source>
      <translation>Destructions</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="93" />
      <source>Asked</source>
      <translation>Demandée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="95" />
      <source>Young person</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="96" />
      <source>(records destroyed)</source>
      <translation>(dossiers détruits)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="97" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="98" />
      <source>Laptops</source>
      <translation>Ordinateurs</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="102" />
      <source>Enter: approve or decline one waiting for you</source>
      <translation>Entrée : approuver ou refuser une demande qui vous attend</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="117" />
      <source>{0} at {1}</source>
      <translation>{0} le {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="120" />
      <source>not yet: {0}</source>
      <translation>pas encore : {0}</translation>
    </message>
  </context>
  <context>
    <name>DetailsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="50" />
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Your house and you</source>
      <translation>Votre foyer et vous</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="70" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="71" />
      <source>House name</source>
      <translation>Nom du foyer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="72" />
      <source>Server address</source>
      <translation>Adresse du serveur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="73" />
      <source>Enrolment code</source>
      <translation>Code d’inscription</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="74" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="75" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="77" />
      <source>Passphrase again</source>
      <translation>Retapez la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Join your house</source>
      <translation>Rejoindre votre foyer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="107" />
      <source>Fill in the server address, the code and your name.</source>
      <translation>Indiquez l’adresse du serveur, le code et votre nom.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="109" />
      <source>Fill in the house name and your name.</source>
      <translation>Indiquez le nom du foyer et votre nom.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="114" />
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="283" />
      <source>Save a copy…</source>
      <translation>Enregistrer une copie…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="306" />
      <source>This kind of file cannot be shown here. Save a copy to open it with another program.</source>
      <translation>Ce type de fichier ne peut pas être affiché ici. Enregistrez une copie pour l’ouvrir avec un autre programme.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="310" />
      <source>Added {0}</source>
      <translation>Ajouté le {0}</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="52" />
      <source>Documents (drop a file here to add it)</source>
      <translation>Documents (déposez un fichier ici pour l’ajouter)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="53" />
      <source>Added</source>
      <translation>Ajouté</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="54" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="55" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="157" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="257" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="56" />
      <source>Dated</source>
      <translation>Daté du</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="58" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="159" />
      <source>Who may open it</source>
      <translation>Qui peut l’ouvrir</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="59" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="60" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="62" />
      <source>Add a file…</source>
      <translation>Ajouter un fichier…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="63" />
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="64" />
      <source>Save a copy…</source>
      <translation>Enregistrer une copie…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="65" />
      <source>Correct…</source>
      <translation>Corriger…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="66" />
      <source>Remove…</source>
      <translation>Retirer…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="82" />
      <source>Pictures</source>
      <translation>Images</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="133" />
      <source>Closed to your role</source>
      <translation>Fermé pour votre rôle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="134" />
      <source>Not on this laptop yet: fetched when opened</source>
      <translation>Pas encore sur cet ordinateur : récupéré à l'ouverture</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="137" />
      <source>{0} KB</source>
      <translation>{0} Ko</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="138" />
      <source>{0} MB</source>
      <translation>{0} Mo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="144" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="164" />
      <source>Add a document</source>
      <translation>Ajouter un document</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="145" />
      <source>Pictures and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>Images et documents (*.jpg *.jpeg *.png *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="154" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="255" />
      <source>What it is</source>
      <translation>Ce que c’est</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="158" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="258" />
      <source>Date on the document</source>
      <translation>Date sur le document</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="161" />
      <source>A photo of the young person needs a current consent to photographs.</source>
      <translation>Une photo du jeune demande un consentement en cours aux photographies.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="197" />
      <source>Fetching the document from the server…</source>
      <translation>Récupération du document depuis le serveur…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="205" />
      <source>Fetching the document from the server… {0} of {1} parts</source>
      <translation>Récupération du document depuis le serveur… {0} parties sur {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="217" />
      <source>This document's content is not on this laptop yet, and the server cannot be reached now. Connect to the house's network, then open it again.</source>
      <translation>Le contenu de ce document n'est pas encore sur cet ordinateur et le serveur est injoignable pour l'instant. Connectez-vous au réseau de la maison, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="236" />
      <source>Save a copy</source>
      <translation>Enregistrer une copie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="245" />
      <source>A copy in the clear is at {0}. Keep it safe and delete it when done.</source>
      <translation>Une copie en clair se trouve à {0}. Gardez-la en sécurité et supprimez-la ensuite.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="254" />
      <source>Correct “{0}”</source>
      <translation>Corriger « {0} »</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="265" />
      <source>Remove “{0}”</source>
      <translation>Retirer « {0} »</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="266" />
      <source>Why it is removed (kept in the record)</source>
      <translation>Pourquoi il est retiré (gardé au dossier)</translation>
    </message>
  </context>
  <context>
    <name>FaceButton</name>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>chosen</source>
      <translation>choisi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>not chosen</source>
      <translation>non choisi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="65" />
      <source>Mood {0} of 5: {1}</source>
      <translation>Humeur {0} sur 5 : {1}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="167" />
      <source>Set up SafeHaven</source>
      <translation>Configurer SafeHaven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="181" />
      <source>Joining: fetching the house's records…</source>
      <translation>Connexion au foyer : réception des dossiers…</translation>
    </message>
  </context>
  <context>
    <name>GuardedDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="93" />
      <source>Esc again locks SafeHaven at once (what you typed is kept). To close this form, press Cancel.</source>
      <translation>Un second Échap verrouille SafeHaven aussitôt (ce que vous avez tapé est gardé). Pour fermer ce formulaire, appuyez sur Annuler.</translation>
    </message>
  </context>
  <context>
    <name>HandoverButton</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="59" />
      <source>Since my last shift</source>
      <translation>Depuis ma dernière garde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="60" />
      <source>New incidents, flags, missed check-ins, sessions, notes and the house log since your last shift ended, and who wrote them</source>
      <translation>Nouveaux incidents, signaux, points du jour manqués, séances, notes et journal de la maison depuis la fin de votre dernière garde, et qui les a écrits</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="75" />
      <source>Since my last shift ({0})</source>
      <translation>Depuis ma dernière garde ({0})</translation>
    </message>
  </context>
  <context>
    <name>HandoverView</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="90" />
      <location filename="../../src/safehaven/ui/handover.py" line="112" />
      <source>Since my last shift</source>
      <translation>Depuis ma dernière garde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="93" />
      <location filename="../../src/safehaven/ui/handover.py" line="131" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="94" />
      <location filename="../../src/safehaven/ui/handover.py" line="129" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="95" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="96" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="97" />
      <source>Written by</source>
      <translation>Écrit par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="101" />
      <source>Your first shift here: the last day and night, since {0}</source>
      <translation>Votre première garde ici : la dernière journée et la dernière nuit, depuis {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="102" />
      <source>Since your last shift ended: {0}</source>
      <translation>Depuis la fin de votre dernière garde : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="105" />
      <source>On shift now: {0}</source>
      <translation>De garde maintenant : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="107" />
      <source>Write a handover note…</source>
      <translation>Écrire une note de relève…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="128" />
      <source>Handover note</source>
      <translation>Note de relève</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="133" />
      <source>What the next shift needs to know</source>
      <translation>Ce que la prochaine garde doit savoir</translation>
    </message>
  </context>
  <context>
    <name>HealthForms</name>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="32" />
      <source>No allergies recorded.</source>
      <translation>Aucune allergie enregistrée.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="33" />
      <source>ALLERGIES: {0}</source>
      <translation>ALLERGIES : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="38" />
      <source>Allergies (comma between)</source>
      <translation>Allergies (séparées par des virgules)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="40" />
      <source>e.g. penicillin, peanuts</source>
      <translation>p. ex. pénicilline, arachides</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="41" />
      <source>Reactions, and what to do</source>
      <translation>Réactions, et que faire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="43" />
      <source>Health conditions</source>
      <translation>Problèmes de santé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="45" />
      <source>Doctor or clinic, and how to reach them</source>
      <translation>Médecin ou clinique, et comment les joindre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="47" />
      <source>Immunisations</source>
      <translation>Vaccinations</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="51" />
      <source>Height (cm)</source>
      <translation>Taille (cm)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="53" />
      <source>Weight (kg)</source>
      <translation>Poids (kg)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="55" />
      <source>e.g. 41.5</source>
      <translation>p. ex. 41,5</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="58" />
      <source>Pregnancy (restricted)</source>
      <translation>Grossesse (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="64" />
      <source>Medicine</source>
      <translation>Médicament</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="110" />
      <source>Dose</source>
      <translation>Dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <source>e.g. 500 mg, 1 tablet, 5 ml</source>
      <translation>p. ex. 500 mg, 1 comprimé, 5 ml</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="66" />
      <source>How it is taken</source>
      <translation>Comment il est pris</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="68" />
      <source>Form</source>
      <translation>Forme</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>Strength</source>
      <translation>Dosage</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>e.g. 250 mg/5 ml</source>
      <translation>p. ex. 250 mg/5 ml</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="122" />
      <source>Active substances (comma between)</source>
      <translation>Substances actives (séparées par des virgules)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="71" />
      <source>checked against the allergies</source>
      <translation>comparées aux allergies</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="72" />
      <source>As needed</source>
      <translation>Si besoin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="73" />
      <source>as needed (PRN), not at set times</source>
      <translation>si besoin, pas à heures fixes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="120" />
      <source>Times of day</source>
      <translation>Heures de la journée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <source>e.g. 08:00, 20:00</source>
      <translation>p. ex. 08:00, 20:00</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="75" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="112" />
      <source>As needed: what for</source>
      <translation>Si besoin : pour quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="76" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="115" />
      <source>As needed: minutes at least between doses</source>
      <translation>Si besoin : minutes au moins entre deux doses</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="78" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="117" />
      <source>As needed: most doses in 24 hours</source>
      <translation>Si besoin : nombre maximal de doses en 24 heures</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="80" />
      <source>Prescriber</source>
      <translation>Prescripteur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="81" />
      <source>Starts</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="82" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="124" />
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="83" />
      <source>Why it was prescribed</source>
      <translation>Pourquoi il a été prescrit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="84" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="125" />
      <source>Instructions</source>
      <translation>Instructions</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="85" />
      <source>Controlled drug</source>
      <translation>Médicament contrôlé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="86" />
      <source>every dose given needs a witness</source>
      <translation>chaque dose donnée demande un témoin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="87" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="126" />
      <source>Units a dose takes from the stock</source>
      <translation>Unités qu'une dose prend au stock</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="89" />
      <source>tablets, ml…; 1 when left empty</source>
      <translation>comprimés, ml… ; 1 si laissé vide</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="93" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="131" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="95" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="133" />
      <source>How many units (tablets, ml)</source>
      <translation>Combien d'unités (comprimés, ml)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="98" />
      <source>Batch number</source>
      <translation>Numéro de lot</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="99" />
      <source>from the label; a return or disposal may name it</source>
      <translation>sur l'étiquette ; un retour ou une élimination peut l'indiquer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="100" />
      <source>Expires (stock received)</source>
      <translation>Péremption (stock reçu)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="138" />
      <source>Why it is stopped</source>
      <translation>Pourquoi il est arrêté</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="139" />
      <source>First day without it</source>
      <translation>Premier jour sans</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="144" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="171" />
      <source>What happened</source>
      <translation>Ce qui s'est passé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="153" />
      <source>Scheduled dose</source>
      <translation>Dose prévue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="177" />
      <source>How it helped (checked later)</source>
      <translation>Son effet (vérifié plus tard)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="97" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="156" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="173" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="157" />
      <source>Dose given</source>
      <translation>Dose donnée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="103" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="160" />
      <source>Witness (controlled drug)</source>
      <translation>Témoin (médicament contrôlé)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="162" />
      <source>What it was needed for</source>
      <translation>Pourquoi elle était nécessaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="163" />
      <source>Why not given (if not given)</source>
      <translation>Pourquoi non donnée (si elle ne l'a pas été)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="105" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="135" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="164" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="174" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="130" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="170" />
      <source>Why it is corrected</source>
      <translation>Pourquoi il est corrigé</translation>
    </message>
  </context>
  <context>
    <name>HealthTab</name>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="55" />
      <source>Health profile…</source>
      <translation>Profil de santé…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="61" />
      <source>Medicines</source>
      <translation>Médicaments</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="62" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="85" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="93" />
      <source>Medicine</source>
      <translation>Médicament</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="64" />
      <source>Dose</source>
      <translation>Dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="65" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="84" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="92" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="66" />
      <source>Prescriber</source>
      <translation>Prescripteur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="67" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="111" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="68" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="74" />
      <source>Record a dose…</source>
      <translation>Enregistrer une dose…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="76" />
      <source>Add prescription…</source>
      <translation>Ajouter une prescription…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="77" />
      <source>Edit prescription…</source>
      <translation>Modifier la prescription…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="79" />
      <source>Stock…</source>
      <translation>Stock…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="81" />
      <source>Stop…</source>
      <translation>Arrêter…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="82" />
      <source>Print this week's chart…</source>
      <translation>Imprimer la feuille de la semaine…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="83" />
      <source>Doses (last two weeks)</source>
      <translation>Doses (deux dernières semaines)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="86" />
      <source>What happened</source>
      <translation>Ce qui s'est passé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="87" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="97" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="88" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="98" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="90" />
      <source>Correct or add the effect…</source>
      <translation>Corriger ou ajouter l'effet…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="91" />
      <source>Stock (last two weeks)</source>
      <translation>Stock (deux dernières semaines)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="94" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="95" />
      <source>Units</source>
      <translation>Unités</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="96" />
      <source>Batch</source>
      <translation>Lot</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="102" />
      <source>Correct…</source>
      <translation>Corriger…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="110" />
      <source>Doses</source>
      <translation>Doses</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="130" />
      <source>Prescriptions are copied by clinicians, managers and staff trained to give medicines.</source>
      <translation>Les prescriptions sont recopiées par les cliniciens, les responsables et le personnel formé à donner les médicaments.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="138" />
      <source>Conditions</source>
      <translation>Problèmes de santé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="139" />
      <source>Doctor or clinic</source>
      <translation>Médecin ou clinique</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="140" />
      <source>Immunisations</source>
      <translation>Vaccinations</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="141" />
      <source>Height and weight</source>
      <translation>Taille et poids</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="142" />
      <source>Dietary needs</source>
      <translation>Besoins alimentaires</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="143" />
      <source>Pregnancy</source>
      <translation>Grossesse</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="146" />
      <source>No health profile yet.</source>
      <translation>Pas encore de profil de santé.</translation>
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
      <translation>si besoin : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="170" />
      <source>stopped {0}</source>
      <translation>arrêté le {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="171" />
      <source>controlled</source>
      <translation>contrôlé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="173" />
      <source>until {0}</source>
      <translation>jusqu'au {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="174" />
      <source>current</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="182" />
      <source>{0} (count: {1} expected {2})</source>
      <translation>{0} (comptage : {1}, attendu {2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="185" />
      <source>{0}: {1}</source>
      <translation>{0} : {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="191" />
      <source>no batch</source>
      <translation>sans lot</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="195" />
      <source>{0} EXPIRED {1}</source>
      <translation>{0} PÉRIMÉ {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="196" />
      <source>{0} until {1}</source>
      <translation>{0} jusqu'au {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="210" />
      <source>effect: {0}</source>
      <translation>effet : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="211" />
      <source>corrected: {0}</source>
      <translation>corrigé : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="213" />
      <source>witness {0}</source>
      <translation>témoin {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="220" />
      <source>Health profile</source>
      <translation>Profil de santé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="229" />
      <source>Add prescription</source>
      <translation>Ajouter une prescription</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="237" />
      <source>Edit prescription: {0}</source>
      <translation>Modifier la prescription : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="244" />
      <source>Correct a stock entry</source>
      <translation>Corriger une entrée de stock</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="251" />
      <source>Stop: {0}</source>
      <translation>Arrêter : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="260" />
      <source>Dose: {0}</source>
      <translation>Dose : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="270" />
      <source>Stock: {0}</source>
      <translation>Stock : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="279" />
      <source>Correct a dose record</source>
      <translation>Corriger un enregistrement de dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="298" />
      <source>Medication chart: {0}</source>
      <translation>Feuille de médication : {0}</translation>
    </message>
  </context>
  <context>
    <name>HouseSettingsForm</name>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="48" />
      <source>Weeks between case reviews</source>
      <translation>Semaines entre les révisions du dossier</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="50" />
      <source>Days a complaint may wait for an answer</source>
      <translation>Jours pendant lesquels une plainte peut attendre une réponse</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="52" />
      <source>The financial year starts in</source>
      <translation>L'exercice financier commence en</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="54" />
      <source>for the funder summary</source>
      <translation>pour le résumé aux financeurs</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="55" />
      <source>Largest document (MB)</source>
      <translation>Document le plus lourd (Mo)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="57" />
      <source>Laptops fetch in the background</source>
      <translation>Les ordinateurs récupèrent en arrière-plan</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="59" />
      <source>the rest of a document comes when it is opened; one laptop may choose less on its Sync page</source>
      <translation>le reste d'un document arrive à son ouverture ; un ordinateur peut choisir moins sur sa page Synchronisation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="61" />
      <source>A manager approves</source>
      <translation>Un responsable approuve</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="62" />
      <source>therapy plans</source>
      <translation>plans thérapeutiques</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="63" />
      <source>safety plans</source>
      <translation>plans de sécurité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="64" />
      <source>closures</source>
      <translation>clôtures</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="65" />
      <source>First-stage identification decisions</source>
      <translation>Décisions d'identification de première étape</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="67" />
      <source>one a line; a later decision confirms them (the NRM's reasonable grounds, say)</source>
      <translation>une par ligne ; une décision ultérieure les confirme (les motifs raisonnables du NRM, par exemple)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="69" />
      <source>Final identification decisions</source>
      <translation>Décisions d'identification définitives</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="71" />
      <source>one a line: a shipped decision by its code, the house's own in its words</source>
      <translation>une par ligne : une décision fournie par son code, celles de la maison dans ses mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="73" />
      <source>Restraint techniques</source>
      <translation>Techniques de contention</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="75" />
      <source>one a line: those the house trains in</source>
      <translation>une par ligne : celles auxquelles la maison forme</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="79" />
      <source>These apply on every laptop of the house. Both lists of decisions or the techniques left empty: the shipped list. Records keep the decision or technique they were made with. The idle-lock limit and the house's language are on the Admin page; retention rules under Retention.</source>
      <translation>Ils s'appliquent sur chaque ordinateur de la maison. Les deux listes de décisions ou les techniques laissées vides : la liste fournie. Les dossiers gardent la décision ou la technique avec laquelle ils ont été faits. La limite de verrouillage et la langue de la maison sont sur la page Administration ; les règles de conservation sous Conservation.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="85" />
      <source>Only a manager changes the house's settings: you can see them here.</source>
      <translation>Seul un responsable modifie les réglages de la maison : vous pouvez les voir ici.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="87" />
      <source>House settings</source>
      <translation>Réglages de la maison</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="98" />
      <source>Only a manager changes this.</source>
      <translation>Seul un responsable modifie ceci.</translation>
    </message>
  </context>
  <context>
    <name>IntakeProfileBox</name>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="24" />
      <source>Trafficking profile now (you may skip it)</source>
      <translation>Profil de traite maintenant (vous pouvez le passer)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="37" />
      <source>the country, or its two-letter code</source>
      <translation>le pays, ou son code à deux lettres</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="44" />
      <source>Forms of exploitation</source>
      <translation>Formes d'exploitation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="45" />
      <source>Country of origin</source>
      <translation>Pays d'origine</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="46" />
      <source>Citizenship</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="47" />
      <source>How they were identified</source>
      <translation>Comment la personne a été identifiée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="48" />
      <source>Identified by</source>
      <translation>Identifié·e par</translation>
    </message>
  </context>
  <context>
    <name>LegalPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="100" />
      <source>Legal cases (details for clinicians and managers)</source>
      <translation>Affaires judiciaires (détails pour les cliniciens et responsables)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="101" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="102" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="119" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="103" />
      <source>Began</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="104" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="105" />
      <source>Lawyer or advocate</source>
      <translation>Avocat ou référent</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="106" />
      <source>Special measures</source>
      <translation>Mesures spéciales</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="109" />
      <source>Add case…</source>
      <translation>Ajouter une affaire…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="110" />
      <source>Edit case…</source>
      <translation>Modifier l'affaire…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="111" />
      <source>Add hearing…</source>
      <translation>Ajouter une audience…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="112" />
      <source>Hearings and appointments</source>
      <translation>Audiences et rendez-vous</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="113" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="114" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="115" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="116" />
      <source>Who goes</source>
      <translation>Qui accompagne</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="117" />
      <source>NOBODY YET</source>
      <translation>PERSONNE ENCORE</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="118" />
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="121" />
      <source>Who goes…</source>
      <translation>Qui accompagne…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="123" />
      <source>Edit hearing…</source>
      <translation>Modifier l'audience…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="133" />
      <source>Add a legal case</source>
      <translation>Ajouter une affaire judiciaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="140" />
      <source>Edit a legal case</source>
      <translation>Modifier une affaire judiciaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="147" />
      <source>Add a hearing or appointment</source>
      <translation>Ajouter une audience ou un rendez-vous</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="154" />
      <source>Who goes with the young person</source>
      <translation>Qui accompagne le jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="162" />
      <source>Edit a hearing or appointment</source>
      <translation>Modifier une audience ou un rendez-vous</translation>
    </message>
  </context>
  <context>
    <name>LifeForms</name>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="31" />
      <source>Forms of exploitation</source>
      <translation>Formes d'exploitation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="33" />
      <source>all that apply</source>
      <translation>toutes celles qui s’appliquent</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="34" />
      <source>Country of origin</source>
      <translation>Pays d'origine</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="36" />
      <source>Citizenship</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="37" />
      <source>Where they were exploited</source>
      <translation>Où le jeune a été exploité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="38" />
      <source>countries</source>
      <translation>pays</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="39" />
      <source>When, and for how long</source>
      <translation>Quand, et pendant combien de temps</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="41" />
      <source>How they were identified</source>
      <translation>Comment la personne a été identifiée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="43" />
      <source>Identified by</source>
      <translation>Identifié·e par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="44" />
      <source>Immigration status</source>
      <translation>Statut migratoire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="46" />
      <source>Guardian or advocate</source>
      <translation>Tuteur ou référent</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="47" />
      <source>an independent child trafficking guardian, say</source>
      <translation>par exemple, un tuteur indépendant pour enfants victimes de traite</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="48" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="133" />
      <source>How to reach them</source>
      <translation>Comment les joindre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="57" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="195" />
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="60" />
      <source>Referred or applied on</source>
      <translation>Signalé ou demandé le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="62" />
      <source>Decided on</source>
      <translation>Décidée le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="64" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="84" />
      <source>Reference (restricted)</source>
      <translation>Référence (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="66" />
      <source>Note (restricted)</source>
      <translation>Note (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="70" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="76" />
      <source>Kind of case</source>
      <translation>Type d'affaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="79" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="115" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="172" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="82" />
      <source>Began on</source>
      <translation>Commencée le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="86" />
      <source>Lawyer or advocate, and how to reach them (restricted)</source>
      <translation>Avocat ou référent, et comment le joindre (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="88" />
      <source>Special measures asked for (restricted)</source>
      <translation>Mesures spéciales demandées (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="90" />
      <source>screens, a video link, an intermediary…</source>
      <translation>paravents, visioconférence, un intermédiaire…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="91" />
      <source>Outcome (restricted)</source>
      <translation>Issue (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="93" />
      <source>Notes (restricted)</source>
      <translation>Notes (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="99" />
      <source>Who goes with the young person</source>
      <translation>Qui accompagne le jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="101" />
      <source>How they get there</source>
      <translation>Comment y aller</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="108" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="155" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="109" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="112" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="113" />
      <source>How long (minutes)</source>
      <translation>Durée (minutes)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="118" />
      <source>What it is about, how to prepare (restricted)</source>
      <translation>De quoi il s'agit, comment se préparer (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="124" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="127" />
      <source>School, college or employer</source>
      <translation>École, lycée ou employeur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="129" />
      <source>Class, year group or trade</source>
      <translation>Classe, niveau ou métier</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="131" />
      <source>Designated teacher or tutor</source>
      <translation>Enseignant référent ou tuteur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="135" />
      <source>Starts</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="137" />
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="142" />
      <source>Week of</source>
      <translation>Semaine du</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="143" />
      <source>any day of the week</source>
      <translation>n'importe quel jour de la semaine</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="144" />
      <source>Sessions there were</source>
      <translation>Séances prévues</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="146" />
      <source>Sessions attended</source>
      <translation>Séances suivies</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="147" />
      <source>Why any were missed</source>
      <translation>Pourquoi certaines ont été manquées</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="152" />
      <source>What happened</source>
      <translation>Ce qui s’est passé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="154" />
      <source>What, in a few words</source>
      <translation>Quoi, en quelques mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="156" />
      <source>Days (an exclusion)</source>
      <translation>Jours (une exclusion)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="161" />
      <source>The goal, in their own words</source>
      <translation>L'objectif, avec ses propres mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="162" />
      <source>With the therapy plan</source>
      <translation>Avec le plan de thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="165" />
      <source>Set on</source>
      <translation>Fixé le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="170" />
      <source>How it is going, as they say it</source>
      <translation>Où cela en est, tel qu'il le dit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="174" />
      <source>Reviewed on</source>
      <translation>Revu le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="179" />
      <source>What they said, in their words</source>
      <translation>Ce qu'il a dit, avec ses mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="180" />
      <source>About</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="181" />
      <source>family, school, where to live, court…</source>
      <translation>famille, école, où vivre, tribunal…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="182" />
      <source>Said on</source>
      <translation>Dit le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="187" />
      <source>The complaint, in their words</source>
      <translation>La plainte, avec ses mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="188" />
      <source>Made on</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="193" />
      <source>How it was looked into (restricted)</source>
      <translation>Comment elle a été examinée (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="194" />
      <source>What the young person was told (restricted)</source>
      <translation>Ce qui a été dit au jeune (restreint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="197" />
      <source>Is the young person satisfied?</source>
      <translation>Le jeune est-il satisfait ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="199" />
      <source>Answered on</source>
      <translation>Réponse le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="204" />
      <source>Who took part</source>
      <translation>Qui a participé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="205" />
      <source>the young person, key worker, therapist…</source>
      <translation>le jeune, le référent, le thérapeute…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="206" />
      <source>The young person took part</source>
      <translation>Le jeune a participé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="207" />
      <source>What the young person said, in their words</source>
      <translation>Ce que le ou la jeune a dit, avec ses mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="209" />
      <source>What was decided</source>
      <translation>Ce qui a été décidé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="210" />
      <source>Held on</source>
      <translation>Tenue le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="211" />
      <source>Next review</source>
      <translation>Prochaine révision</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="212" />
      <source>empty: after the house's usual weeks</source>
      <translation>vide : après les semaines habituelles de la maison</translation>
    </message>
  </context>
  <context>
    <name>LifeTab</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="41" />
      <source>Legal case</source>
      <translation>Affaire judiciaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="42" />
      <source>Profile and decisions</source>
      <translation>Profil et décisions</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="43" />
      <source>School</source>
      <translation>École</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="44" />
      <source>Their voice</source>
      <translation>Sa voix</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="45" />
      <source>Complaints</source>
      <translation>Plaintes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="46" />
      <source>Reviews</source>
      <translation>Révisions</translation>
    </message>
  </context>
  <context>
    <name>MeasuresTab</name>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="37" />
      <source>Scores</source>
      <translation>Scores</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="38" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="39" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="93" />
      <source>Measure</source>
      <translation>Mesure</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="40" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="42" />
      <source>Band</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="43" />
      <source>Subscales</source>
      <translation>Sous-échelles</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="44" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="98" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="113" />
      <source>Given by</source>
      <translation>Administré par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="47" />
      <source>Record a score…</source>
      <translation>Enregistrer un score…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="48" />
      <source>Correct…</source>
      <translation>Corriger…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="49" />
      <source>Remove (typed in error)</source>
      <translation>Retirer (saisi par erreur)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="50" />
      <source>Add a house scale…</source>
      <translation>Ajouter une échelle propre au foyer…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="52" />
      <source>Scores over time, with each measure's published bands</source>
      <translation>Scores au fil du temps, avec les niveaux publiés de chaque mesure</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="69" />
      <source>No scores recorded yet.</source>
      <translation>Aucun score enregistré pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="77" />
      <source>{0}: one score so far, {1} ({2})</source>
      <translation>{0} : un seul score pour l’instant, {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>improved</source>
      <translation>amélioration</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>worse</source>
      <translation>aggravation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="80" />
      <source>no reliable change</source>
      <translation>pas de changement fiable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="82" />
      <source>reliable change not available for this scale</source>
      <translation>changement fiable non disponible pour cette échelle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="83" />
      <source>{0}: {1} ({2}) on {3} → {4} ({5}) on {6}: {7}</source>
      <translation>{0} : {1} ({2}) le {3} → {4} ({5}) le {6} : {7}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="111" />
      <source>Total score</source>
      <translation>Score total</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <source>the total on the publisher's form</source>
      <translation>le total indiqué sur le formulaire de l’éditeur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="97" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="112" />
      <source>Taken on</source>
      <translation>Passé le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="115" />
      <source>Subscale scores (optional)</source>
      <translation>Scores des sous-échelles (facultatif)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="100" />
      <source>e.g. intrusion=7, avoidance=3</source>
      <translation>p. ex. intrusion=7, avoidance=3</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="101" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="117" />
      <source>Note (no item answers)</source>
      <translation>Note (sans les réponses aux items)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="103" />
      <source>Record a score</source>
      <translation>Enregistrer un score</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="119" />
      <source>Correct a score: {0}</source>
      <translation>Corriger un score : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="130" />
      <source>Name of the scale</source>
      <translation>Nom de l’échelle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="131" />
      <source>Lowest score</source>
      <translation>Score minimal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="132" />
      <source>Highest score</source>
      <translation>Score maximal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="133" />
      <source>Bands (lowest score=label)</source>
      <translation>Niveaux (score minimal=nom)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="134" />
      <source>e.g. 0=Low, 10=Moderate, 20=High</source>
      <translation>p. ex. 0=Faible, 10=Modéré, 20=Élevé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="135" />
      <source>Direction</source>
      <translation>Sens</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="136" />
      <source>A higher score is better</source>
      <translation>Un score plus élevé est meilleur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="138" />
      <source>Add a house scale</source>
      <translation>Ajouter une échelle propre au foyer</translation>
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="141" />
      <source>Stabilization needs</source>
      <translation>Besoins de stabilisation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="142" />
      <source>Need</source>
      <translation>Besoin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="143" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="144" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="145" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="146" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="147" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="150" />
      <source>Add need…</source>
      <translation>Ajouter un besoin…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="151" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="152" />
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="153" />
      <source>Close (met or not applicable)…</source>
      <translation>Clore (couvert ou sans objet)…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="162" />
      <source>Add need</source>
      <translation>Ajouter un besoin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="169" />
      <source>Edit need</source>
      <translation>Modifier le besoin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="180" />
      <source>Close need: {0}</source>
      <translation>Clore le besoin : {0}</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="57" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation>Un problème est survenu ({0}) ; rien n’a été perdu.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="76" />
      <source>Select all rows</source>
      <translation>Sélectionner toutes les lignes</translation>
    </message>
  </context>
  <context>
    <name>PdfPane</name>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="38" />
      <source>Save as PDF…</source>
      <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="40" />
      <source>Print…</source>
      <translation>Imprimer…</translation>
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
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="74" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="78" />
      <source>Saved to {0}</source>
      <translation>Enregistré dans {0}</translation>
    </message>
  </context>
  <context>
    <name>ProfilePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="176" />
      <source>Trafficking profile…</source>
      <translation>Profil de traite…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="180" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="224" />
      <source>Trafficking profile</source>
      <translation>Profil de traite</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="183" />
      <source>Identification and status decisions</source>
      <translation>Décisions d'identification et de statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="184" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="185" />
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="186" />
      <source>Referred</source>
      <translation>Signalé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="187" />
      <source>Decided</source>
      <translation>Décidée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="188" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="190" />
      <source>Add decision…</source>
      <translation>Ajouter une décision…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="191" />
      <source>Record the decision…</source>
      <translation>Enregistrer la décision…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="205" />
      <source>No trafficking profile yet.</source>
      <translation>Pas encore de profil de traite.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="207" />
      <source>Forms of exploitation</source>
      <translation>Formes d'exploitation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="209" />
      <source>From</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="211" />
      <source>Where and when</source>
      <translation>Où et quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="213" />
      <source>Identified</source>
      <translation>Identification</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="215" />
      <source>Immigration status</source>
      <translation>Statut migratoire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="216" />
      <source>Guardian or advocate</source>
      <translation>Tuteur ou référent</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="229" />
      <source>Add a decision</source>
      <translation>Ajouter une décision</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="236" />
      <source>Record the decision</source>
      <translation>Enregistrer la décision</translation>
    </message>
  </context>
  <context>
    <name>ReceiveDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="87" />
      <source>Receive a transfer</source>
      <translation>Recevoir un transfert</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="88" />
      <source>Open a transfer file…</source>
      <translation>Ouvrir un fichier de transfert…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="90" />
      <source>Open the file the sending house gave you.</source>
      <translation>Ouvrez le fichier que le foyer qui envoie vous a remis.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="93" />
      <source>Why it is declined</source>
      <translation>Pourquoi il est refusé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="94" />
      <source>Accept…</source>
      <translation>Accepter…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="96" />
      <source>Decline…</source>
      <translation>Refuser…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="123" />
      <source>Transfer file</source>
      <translation>Fichier de transfert</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="132" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="179" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="184" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>Un problème est survenu ({0}) ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="136" />
      <source>{0}, from {1} ({2}), signed by {3}.</source>
      <translation>{0}, de {1} ({2}), signé par {3}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="139" />
      <source>Signer's fingerprint: {0}</source>
      <translation>Empreinte du signataire : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="140" />
      <source>Records: {0} · documents: {1}</source>
      <translation>Fiches : {0} · documents : {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="143" />
      <source>This transfer was already accepted or declined here.</source>
      <translation>Ce transfert a déjà été accepté ou refusé ici.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="154" />
      <source>Say why it is declined.</source>
      <translation>Indiquez pourquoi il est refusé.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="156" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="161" />
      <source>Accept the transfer</source>
      <translation>Accepter le transfert</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="157" />
      <source>Is {0} the fingerprint the sending house's manager read to you?</source>
      <translation>{0} est-elle l’empreinte que la direction du foyer qui envoie vous a lue ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="164" />
      <source>Save the receipt for the sending house</source>
      <translation>Enregistrer l’accusé de réception pour le foyer qui envoie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="168" />
      <source>{0} is now a resident of this house. Give the receipt ({1}) to the sending house.</source>
      <translation>{0} est maintenant accueilli·e dans ce foyer. Remettez l’accusé de réception ({1}) au foyer qui a envoyé.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="170" />
      <source>Declined. Give the receipt ({0}) to the sending house.</source>
      <translation>Refusé. Remettez l’accusé de réception ({0}) au foyer qui a envoyé.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="263" />
      <source>Discard this record? What you typed will be lost.</source>
      <translation>Abandonner cet enregistrement ? Ce que vous avez saisi sera perdu.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="147" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="127" />
      <source>{0} ({1}–{2})</source>
      <translation>{0} ({1}–{2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="310" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation>Un problème est survenu ({0}) ; rien n’a été perdu.</translation>
    </message>
  </context>
  <context>
    <name>RecordReceipt</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="196" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="212" />
      <source>Transfer receipt</source>
      <translation>Accusé de réception du transfert</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="202" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="218" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>Un problème est survenu ({0}) ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="206" />
      <source>{0} accepted {1}: the case will close as transferred.</source>
      <translation>{0} a accepté {1} : le dossier sera clôturé comme transféré.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="208" />
      <source>{0} declined {1}: the case stays open.</source>
      <translation>{0} a refusé {1} : le dossier reste ouvert.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="210" />
      <source>{0}

Signed by {1}. Fingerprint of {2}'s card: {3}

Record it?</source>
      <translation>{0}

Signé par {1}. Empreinte de la carte de {2} : {3}

L’enregistrer ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="216" />
      <source>The receipt was recorded.</source>
      <translation>L’accusé de réception a été enregistré.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="124" />
      <source>Your recovery key</source>
      <translation>Votre clé de secours</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="131" />
      <source>Print</source>
      <translation>Imprimer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="133" />
      <source>I have written it down and will keep it locked away</source>
      <translation>Je l’ai notée et je la garderai sous clé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="136" />
      <source>If every passphrase is forgotten, this key is the only way back into the records. It is shown only once. Write it down or print it, and keep it locked away from this laptop.</source>
      <translation>Si toutes les phrases secrètes sont oubliées, cette clé est le seul moyen de retrouver l’accès aux dossiers. Elle ne s’affiche qu’une seule fois. Notez-la ou imprimez-la, et gardez-la sous clé, loin de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="152" />
      <source>SafeHaven recovery key</source>
      <translation>Clé de secours SafeHaven</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="378" />
      <source>Referrals and hand-offs</source>
      <translation>Orientations et passages de relais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="379" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="380" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="381" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="383" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>Hand-off</source>
      <translation>Passage de relais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>{0}: with {1}, received by {2}</source>
      <translation>{0} : avec {1}, accueil par {2}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="388" />
      <source>Add referral…</source>
      <translation>Ajouter une orientation…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="390" />
      <source>Update…</source>
      <translation>Mettre à jour…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="392" />
      <source>Hand-off summary…</source>
      <translation>Synthèse pour le passage de relais…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="394" />
      <source>Follow-up contacts</source>
      <translation>Contacts de suivi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="395" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="396" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="397" />
      <source>Spoke with</source>
      <translation>Échange avec</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="398" />
      <source>Risk</source>
      <translation>Risque</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="399" />
      <source>Signs</source>
      <translation>Signes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="402" />
      <source>Plan follow-ups…</source>
      <translation>Planifier les contacts de suivi…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="403" />
      <source>Record contact…</source>
      <translation>Enregistrer un contact…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="415" />
      <source>OVERDUE</source>
      <translation>EN RETARD</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="418" />
      <source>Add referral</source>
      <translation>Ajouter une orientation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="425" />
      <source>Update referral</source>
      <translation>Mettre à jour l’orientation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="435" />
      <source>Hand-off summary</source>
      <translation>Synthèse pour le passage de relais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="450" />
      <source>Include the legal name</source>
      <translation>Inclure le nom légal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="451" />
      <source>Include the clinical notes</source>
      <translation>Inclure les notes cliniques</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="452" />
      <source>Include the legal case's details and how they were exploited</source>
      <translation>Inclure les détails de l'affaire judiciaire et la façon dont le jeune a été exploité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="462" />
      <source>Share only what the receiving service needs and the young person has agreed to.</source>
      <translation>Ne partagez que ce dont le service destinataire a besoin et ce que le ou la jeune a accepté.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="464" />
      <source>Receiving service (leave empty for the house's own file):</source>
      <translation>Service destinataire (laisser vide pour le dossier de la maison) :</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="488" />
      <source>No consent names this service</source>
      <translation>Aucun consentement ne nomme ce service</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="491" />
      <source>Why must it be shared anyway?</source>
      <translation>Pourquoi faut-il le partager malgré tout ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="517" />
      <source>Hand-off summary: {0}</source>
      <translation>Synthèse pour le passage de relais : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="523" />
      <source>Plan follow-up contacts</source>
      <translation>Planifier les contacts de suivi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="530" />
      <source>Follow-up contact due {0}</source>
      <translation>Contact de suivi prévu le {0}</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="29" />
      <source>Weekly house report</source>
      <translation>Rapport hebdomadaire du foyer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="30" />
      <source>Funder summary (de-identified)</source>
      <translation>Synthèse pour les financeurs (anonymisée)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="34" />
      <source>Make report</source>
      <translation>Créer le rapport</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="43" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="64" />
      <source>{0} (from {1})</source>
      <translation>{0} (à partir du {1})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="67" />
      <source>in progress</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="82" />
      <source>Financial year from {0}</source>
      <translation>Exercice à partir de {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="92" />
      <source>Only managers print or save the weekly report: it shows every child's flags and incidents.</source>
      <translation>Seuls les responsables impriment ou enregistrent le rapport hebdomadaire : il montre les signaux et incidents de chaque enfant.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="101" />
      <source>Making the report…</source>
      <translation>Création du rapport…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="119" />
      <source>The choice changed while it was made: make the report again.</source>
      <translation>Le choix a changé pendant sa création : refaites le rapport.</translation>
    </message>
  </context>
  <context>
    <name>ResidentPage</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="60" />
      <source>← Residents</source>
      <translation>← Jeunes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="65" />
      <source>Check in</source>
      <translation>Faire le point du jour</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="68" />
      <source>Move stage…</source>
      <translation>Changer d’étape…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="232" />
      <source>Edit profile…</source>
      <translation>Modifier le profil…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="92" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="95" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="96" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="97" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="101" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="103" />
      <source>Needs</source>
      <translation>Besoins</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="105" />
      <source>Check-ins</source>
      <translation>Points du jour</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="106" />
      <source>Safety</source>
      <translation>Sécurité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="109" />
      <source>Therapy</source>
      <translation>Thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="113" />
      <source>Measures</source>
      <translation>Mesures</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="115" />
      <source>Consent &amp;&amp; adults</source>
      <translation>Consentement et adultes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals &amp;&amp; follow-up</source>
      <translation>Orientations et suivi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="119" />
      <source>Notes &amp;&amp; timeline</source>
      <translation>Notes et historique</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="104" />
      <source>Check-ins</source>
      <comment>short tab title</comment>
      <translation>Points du jour</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="72" />
      <source>Close case…</source>
      <translation>Clôturer le dossier…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="75" />
      <source>Transfer…</source>
      <translation>Transférer…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="76" />
      <source>Transfer to another house of the organisation</source>
      <translation>Transférer vers un autre foyer de l’organisation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="244" />
      <source>About them</source>
      <translation>À son sujet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="248" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="102" />
      <source>Profile, legal case, school and their own voice</source>
      <translation>Profil, affaire judiciaire, école et sa propre voix</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="107" />
      <source>Health</source>
      <translation>Santé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="108" />
      <source>Health and medicines</source>
      <translation>Santé et médicaments</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="114" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals</source>
      <translation>Orientations</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="118" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="258" />
      <source>Mood over the last 30 days</source>
      <translation>Humeur sur les 30 derniers jours</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="267" />
      <source>Write a note…</source>
      <translation>Écrire une note…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="269" />
      <source>Save note</source>
      <translation>Enregistrer la note</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/resident_detail.py" line="299" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n an</numerusform>
        <numerusform>%n ans</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="302" />
      <source>needs an interpreter</source>
      <translation>interprétariat nécessaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="327" />
      <source>Preferred name</source>
      <translation>Prénom d’usage</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>Legal name</source>
      <translation>Nom légal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>not recorded</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="331" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="332" />
      <source>estimated age {0}</source>
      <translation>âge estimé {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="333" />
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="334" />
      <source>Pronouns</source>
      <translation>Pronoms</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="335" />
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>Interpreter</source>
      <translation>Interprète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="337" />
      <source>not needed</source>
      <translation>pas nécessaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="338" />
      <source>Cultural and faith notes</source>
      <translation>Notes culturelles et religieuses</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="339" />
      <source>Dietary needs</source>
      <translation>Besoins alimentaires</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="340" />
      <source>Intake</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="341" />
      <source>Referral source</source>
      <translation>Origine de l’orientation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="343" />
      <source>Key worker</source>
      <translation>Personne référente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="379" />
      <source>Clinical note</source>
      <translation>Note clinique</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Amended note</source>
      <translation>Note corrigée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="383" />
      <source>Stage: {0}</source>
      <translation>Étape : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="391" />
      <source>House log: {0}</source>
      <translation>Journal de la maison : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="394" />
      <source>Referral ({0})</source>
      <translation>Orientation ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="425" />
      <source>Move stage</source>
      <translation>Changer d’étape</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="426" />
      <source>{0} is now in: {1}</source>
      <translation>{0} est maintenant à l’étape : {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="451" />
      <source>Profile: {0}</source>
      <translation>Profil : {0}</translation>
    </message>
  </context>
  <context>
    <name>ResidentsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="56" />
      <source>Preferred name</source>
      <translation>Prénom d’usage</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="58" />
      <source>Age</source>
      <translation>Âge</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Closed {0}</source>
      <translation>Clôturé le {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="63" />
      <source>Days since intake</source>
      <translation>Jours depuis l’accueil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="65" />
      <source>Last check-in</source>
      <translation>Dernier point du jour</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="68" />
      <source>Open needs</source>
      <translation>Besoins ouverts</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="69" />
      <source>Next session</source>
      <translation>Prochaine séance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="75" />
      <source>Search by name…</source>
      <translation>Rechercher par nom…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="77" />
      <source>Search residents by name</source>
      <translation>Rechercher un ou une jeune par son nom</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="79" />
      <source>Clear the search</source>
      <translation>Effacer la recherche</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="84" />
      <source>All stages</source>
      <translation>Toutes les étapes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Open cases</source>
      <translation>Dossiers ouverts</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Closed cases</source>
      <translation>Dossiers clôturés</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="91" />
      <source>Open and closed</source>
      <translation>Ouverts et clôturés</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="93" />
      <source>Show open or closed cases</source>
      <translation>Afficher les dossiers ouverts ou clôturés</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="96" />
      <source>Add resident…</source>
      <translation>Nouvel accueil…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="98" />
      <source>Search notes…</source>
      <translation>Chercher dans les notes…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="99" />
      <source>Search the notes, check-ins, incidents and house log (Ctrl+F)</source>
      <translation>Chercher dans les notes, points du jour, incidents et le journal de la maison (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="118" />
      <source>Residents</source>
      <translation>Jeunes</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/residents.py" line="162" />
      <source>{0} of %n resident(s)</source>
      <translation>
        <numerusform>{0} sur %n jeune</numerusform>
        <numerusform>{0} sur %n jeunes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="191" />
      <source>Save a new record anyway?</source>
      <translation>Enregistrer quand même un nouveau dossier ?</translation>
    </message>
  </context>
  <context>
    <name>RestraintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="25" />
      <source>Restraints and physical interventions</source>
      <translation>Contentions et interventions physiques</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="26" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="28" />
      <source>Technique</source>
      <translation>Technique</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="29" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="30" />
      <source>What led to it</source>
      <translation>Ce qui y a conduit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="31" />
      <source>Debrief</source>
      <translation>Débriefing</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>Review</source>
      <translation>Examen</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>done</source>
      <translation>fait</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="33" />
      <source>DUE: a manager</source>
      <translation>À FAIRE : un·e responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="36" />
      <source>Record a restraint…</source>
      <translation>Enregistrer une contention…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="37" />
      <source>Debrief…</source>
      <translation>Débriefing…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="38" />
      <source>Manager's review…</source>
      <translation>Examen par un·e responsable…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="40" />
      <source>Correct…</source>
      <translation>Corriger…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="52" />
      <source>DUE by {0}</source>
      <translation>À FAIRE avant {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="58" />
      <source>Record a restraint</source>
      <translation>Enregistrer une contention</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="69" />
      <source>Debrief after a restraint</source>
      <translation>Débriefing après une contention</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="76" />
      <source>Manager's review of a restraint</source>
      <translation>Examen d’une contention par un·e responsable</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="83" />
      <source>Correct a restraint record</source>
      <translation>Corriger un enregistrement de contention</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="321" />
      <source>Retention</source>
      <translation>Conservation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="325" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="326" />
      <location filename="../../src/safehaven/ui/supervision.py" line="436" />
      <source>Young person</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="327" />
      <source>Records</source>
      <translation>Fiches</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="328" />
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="329" />
      <location filename="../../src/safehaven/ui/supervision.py" line="435" />
      <source>Legal hold</source>
      <translation>Conservation pour motif légal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="336" />
      <source>Whose law the defaults follow</source>
      <translation>La loi que suivent les valeurs par défaut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="338" />
      <source>Place a legal hold…</source>
      <translation>Placer en conservation pour motif légal…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="340" />
      <source>Lift the hold</source>
      <translation>Lever la conservation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="341" />
      <location filename="../../src/safehaven/ui/supervision.py" line="408" />
      <source>Choose a held line in the list first.</source>
      <translation>Choisissez d'abord une ligne conservée dans la liste.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="343" />
      <source>Destroy…</source>
      <translation>Détruire…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="344" />
      <source>Ask for the chosen young person's records to be destroyed; a second manager approves</source>
      <translation>Demander la destruction des dossiers du ou de la jeune choisi(e) ; un second responsable approuve</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="347" />
      <source>Destructions…</source>
      <translation>Destructions…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="348" />
      <source>Destructions asked for, and which laptops have erased the records</source>
      <translation>Destructions demandées, et quels ordinateurs ont effacé les dossiers</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="354" />
      <source>Destroying a young person's records needs two managers, reaches every laptop and the server, and cannot be undone; a legal hold keeps them whatever the date.</source>
      <translation>Détruire les dossiers d'un ou d'une jeune demande deux responsables, atteint chaque ordinateur et le serveur, et ne peut pas être annulé ; une conservation légale les garde quelle que soit la date.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="362" />
      <source>Defaults of:</source>
      <translation>Valeurs par défaut de :</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="389" />
      <source>Rules ({0}): {1}. Listed: due now or within a year.</source>
      <translation>Règles ({0}) : {1}. Liste : ce qui arrive à échéance maintenant ou dans l'année.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>none chosen</source>
      <translation>aucune choisie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>England</source>
      <translation>Angleterre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="397" />
      <source>Scotland</source>
      <translation>Écosse</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="419" />
      <source>Choose a line that is not held in the list first.</source>
      <translation>Choisissez d'abord une ligne de la liste qui n'est pas conservée.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="437" />
      <source>Why the records are kept</source>
      <translation>Pourquoi les fiches sont conservées</translation>
    </message>
  </context>
  <context>
    <name>ReviewsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="195" />
      <source>Case reviews</source>
      <translation>Révisions du dossier</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="196" />
      <source>Held on</source>
      <translation>Tenue le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="197" />
      <source>Who took part</source>
      <translation>Qui a participé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="198" />
      <source>Decisions</source>
      <translation>Décisions</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="199" />
      <source>Next review</source>
      <translation>Prochaine révision</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="202" />
      <source>Review sheet…</source>
      <translation>Fiche de révision…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="203" />
      <source>Record a review…</source>
      <translation>Enregistrer une révision…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="211" />
      <source>Record a case review</source>
      <translation>Enregistrer une révision du dossier</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="227" />
      <source>Case review: {0}</source>
      <translation>Révision du dossier : {0}</translation>
    </message>
  </context>
  <context>
    <name>SafeguardingForms</name>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="27" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="28" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="52" />
      <source>Who they are to the young person</source>
      <translation>Qui c’est pour le ou la jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="30" />
      <source>trafficker, recruiter, father, a friend of the family…</source>
      <translation>trafiquant, recruteur, père, un ami de la famille…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="31" />
      <source>Other names they use</source>
      <translation>Autres noms utilisés</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="33" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="36" />
      <source>separated by commas</source>
      <translation>séparés par des virgules</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="34" />
      <source>Phone numbers</source>
      <translation>Numéros de téléphone</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="37" />
      <source>What they look like, the car they drive</source>
      <translation>Son apparence, la voiture qu’il ou elle conduit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="41" />
      <source>Why (restricted: staff are warned, not told why)</source>
      <translation>Pourquoi (restreint : l’équipe est avertie, sans savoir pourquoi)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="49" />
      <source>How</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="51" />
      <source>Who (their name as given)</source>
      <translation>Qui (son nom tel que donné)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="54" />
      <source>Phone number</source>
      <translation>Numéro de téléphone</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="55" />
      <source>Supervised by</source>
      <translation>Supervisé par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="57" />
      <source>Why they came or called</source>
      <translation>Pourquoi la personne est venue ou a appelé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="59" />
      <source>How it went, and what the young person said</source>
      <translation>Comment cela s’est passé, et ce qu’en a dit le ou la jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="61" />
      <source>Allowed</source>
      <translation>Autorisé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="62" />
      <source>Allowed (clear it if turned away or not put through)</source>
      <translation>Autorisé (décochez si la personne a été éconduite ou l’appel non transmis)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="63" />
      <source>Unknown person</source>
      <translation>Personne inconnue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="65" />
      <source>Someone the house does not know</source>
      <translation>Quelqu’un que la maison ne connaît pas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="68" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="103" />
      <source>Why it is corrected</source>
      <translation>Pourquoi il est corrigé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="81" />
      <source>Began at</source>
      <translation>A commencé à</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="83" />
      <source>How long (minutes)</source>
      <translation>Durée (minutes)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="85" />
      <source>What led to it</source>
      <translation>Ce qui y a conduit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="87" />
      <source>Technique</source>
      <translation>Technique</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="90" />
      <source>What was done, in plain words</source>
      <translation>Ce qui a été fait, en termes simples</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="92" />
      <source>Held by</source>
      <translation>Tenu par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="93" />
      <source>Who else was present</source>
      <translation>Qui d’autre était présent</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="95" />
      <source>Injuries to the young person</source>
      <translation>Blessures du ou de la jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="97" />
      <source>Injuries to staff</source>
      <translation>Blessures de l’équipe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="99" />
      <source>Checked afterwards by, and what they found</source>
      <translation>Examiné ensuite par, et ce qui a été constaté</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="109" />
      <source>Held at</source>
      <translation>Tenu le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="110" />
      <source>What the young person said, in their words</source>
      <translation>Ce que le ou la jeune a dit, avec ses mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="112" />
      <source>Talked it through with them</source>
      <translation>En a parlé avec lui ou elle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="113" />
      <source>if not you</source>
      <translation>si ce n’est pas vous</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="118" />
      <source>Necessary and proportionate? What was learnt</source>
      <translation>Nécessaire et proportionnée ? Ce qui a été appris</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="120" />
      <source>What follows</source>
      <translation>Ce qui suit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="126" />
      <source>Seen at</source>
      <translation>Vu·e à</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="127" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="128" />
      <source>Seen by</source>
      <translation>Vu·e par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="129" />
      <source>a staff member, a teacher, the police, a neighbour…</source>
      <translation>un membre de l’équipe, un enseignant, la police, un voisin…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="130" />
      <source>With whom, how they seemed, which way they went</source>
      <translation>Avec qui, dans quel état, dans quelle direction</translation>
    </message>
  </context>
  <context>
    <name>SafetyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="44" />
      <source>Incidents</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="45" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="47" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="48" />
      <source>Who was told</source>
      <translation>Qui a été prévenu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="50" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="51" />
      <source>What happened</source>
      <translation>Ce qui s’est passé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="55" />
      <source>Record incident…</source>
      <translation>Enregistrer un incident…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="56" />
      <source>Missing from care…</source>
      <translation>Absence non autorisée…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="57" />
      <source>Acknowledge</source>
      <translation>Prendre en compte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="58" />
      <source>Close…</source>
      <translation>Clore…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="59" />
      <source>Sighting…</source>
      <translation>Signalement…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="60" />
      <source>Returned…</source>
      <translation>Revenu·e…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="61" />
      <source>Return interview…</source>
      <translation>Entretien de retour…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="62" />
      <source>Sheet for the police…</source>
      <translation>Fiche pour la police…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="66" />
      <source>Safety plan…</source>
      <translation>Plan de sécurité…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="69" />
      <source>Print for the young person…</source>
      <translation>Imprimer pour le ou la jeune…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="70" />
      <source>One page in their language, when SafeHaven has it</source>
      <translation>Une page dans sa langue, quand SafeHaven la propose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="75" />
      <location filename="../../src/safehaven/ui/safety_tab.py" line="128" />
      <source>Safety plan</source>
      <translation>Plan de sécurité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="91" />
      <source>Incidents and safety plan</source>
      <translation>Incidents et plan de sécurité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="92" />
      <source>Visits and contacts</source>
      <translation>Visites et contacts</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="94" />
      <source>Restraints</source>
      <translation>Contentions</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="114" />
      <source>No safety plan yet.</source>
      <translation>Pas encore de plan de sécurité.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="116" />
      <source>Warning signs</source>
      <translation>Signes avant-coureurs</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="117" />
      <source>What helps</source>
      <translation>Ce qui aide</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="118" />
      <source>Safe people and places</source>
      <translation>Personnes et lieux sûrs</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>To avoid</source>
      <translation>À éviter</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>Whom to call</source>
      <translation>Qui appeler</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="122" />
      <source>Reviewed {0}; next review {1}</source>
      <translation>Revu le {0} ; prochaine révision le {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="139" />
      <source>Safety plan: {0}</source>
      <translation>Plan de sécurité : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="145" />
      <source>MISSING: not yet back</source>
      <translation>ABSENT·E : pas encore revenu·e</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="148" />
      <source>back {0}; return interview due by {1}</source>
      <translation>revenu·e {0} ; entretien de retour avant {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="151" />
      <source>closed {0}</source>
      <translation>clos le {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="153" />
      <source>acknowledged by {0}</source>
      <translation>pris en compte par {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="154" />
      <source>OPEN: not yet acknowledged</source>
      <translation>OUVERT : pas encore pris en compte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="159" />
      <source>Record incident</source>
      <translation>Enregistrer un incident</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="169" />
      <source>Choose a missing-from-care incident.</source>
      <translation>Choisissez un incident d’absence non autorisée.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="178" />
      <source>Sighting while missing</source>
      <translation>Signalement pendant l’absence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="186" />
      <source>Back from missing</source>
      <translation>Retour après l’absence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="193" />
      <source>Return interview</source>
      <translation>Entretien de retour</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="209" />
      <source>Missing person: {0}</source>
      <translation>Personne disparue : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="222" />
      <source>Close incident: {0}</source>
      <translation>Clore l’incident : {0}</translation>
    </message>
  </context>
  <context>
    <name>SchedulePage</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="52" />
      <location filename="../../src/safehaven/ui/schedule.py" line="65" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="54" />
      <location filename="../../src/safehaven/ui/schedule.py" line="67" />
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="55" />
      <location filename="../../src/safehaven/ui/schedule.py" line="68" />
      <source>Resident</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="56" />
      <location filename="../../src/safehaven/ui/schedule.py" line="197" />
      <source>Therapy</source>
      <translation>Thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="57" />
      <source>Provider</source>
      <translation>Thérapeute</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="58" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="69" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="70" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="71" />
      <source>Who goes</source>
      <translation>Qui accompagne</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="72" />
      <source>NOBODY YET</source>
      <translation>PERSONNE ENCORE</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>← Previous week</source>
      <translation>← Semaine précédente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>This week</source>
      <translation>Cette semaine</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="84" />
      <source>Next week →</source>
      <translation>Semaine suivante →</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="90" />
      <source>Attended</source>
      <translation>Présence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="91" />
      <source>Missed</source>
      <translation>Absence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="92" />
      <source>Cancelled by provider</source>
      <translation>Annulée (thérapeute)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="94" />
      <source>Cancelled by resident</source>
      <translation>Annulée (jeune)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="99" />
      <source>Reschedule…</source>
      <translation>Changer la date…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="101" />
      <source>Book a session…</source>
      <translation>Réserver une séance…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="103" />
      <source>Book a group session…</source>
      <translation>Réserver une séance de groupe…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="110" />
      <source>Court and appointments this week</source>
      <translation>Tribunal et rendez-vous cette semaine</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="127" />
      <source>Week of {0} to {1}</source>
      <translation>Semaine du {0} au {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="143" />
      <source>Group: {0}</source>
      <translation>Groupe : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="155" />
      <source>Cancel session</source>
      <translation>Annuler la séance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="156" />
      <location filename="../../src/safehaven/ui/schedule.py" line="169" />
      <source>Why was it cancelled?</source>
      <translation>Pourquoi a-t-elle été annulée ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="168" />
      <source>Cancel group session</source>
      <translation>Annuler la séance de groupe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="180" />
      <source>Attendance: {0}</source>
      <translation>Présences : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="181" />
      <source>Present (the others were absent)</source>
      <translation>Présents (les autres étaient absents)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="200" />
      <source>Name of the group</source>
      <translation>Nom du groupe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="201" />
      <source>e.g. Thursday circle</source>
      <translation>p. ex. Cercle du jeudi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="202" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="203" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="205" />
      <source>Residents</source>
      <translation>Jeunes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="206" />
      <source>each on an open plan of this therapy</source>
      <translation>chacun avec un plan en cours pour cette thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="207" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="208" />
      <source>Led by</source>
      <translation>Animé par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="210" />
      <source>Book a group session</source>
      <translation>Réserver une séance de groupe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="221" />
      <source>A group session is not moved: cancel it and book a new one.</source>
      <translation>Une séance de groupe ne se déplace pas : annulez-la et réservez-en une nouvelle.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="228" />
      <source>Reschedule</source>
      <translation>Changer la date</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="229" />
      <source>Why is it moving?</source>
      <translation>Pourquoi la date change-t-elle ?</translation>
    </message>
  </context>
  <context>
    <name>SchoolPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="51" />
      <source>School and training</source>
      <translation>École et formation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="52" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="53" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="54" />
      <source>Class or trade</source>
      <translation>Classe ou métier</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="55" />
      <source>Designated teacher</source>
      <translation>Enseignant référent</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="56" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="57" />
      <source>From</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="58" />
      <source>Until</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="61" />
      <source>Add placement…</source>
      <translation>Ajouter une inscription…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="62" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="63" />
      <source>Week's attendance…</source>
      <translation>Assiduité de la semaine…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="64" />
      <source>Achievement or exclusion…</source>
      <translation>Réussite ou exclusion…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="66" />
      <source>Attendance and what happened</source>
      <translation>Assiduité et ce qui s'est passé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="67" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="68" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="69" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="78" />
      <source>Attended {0} of {1} sessions</source>
      <translation>A suivi {0} séances sur {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="81" />
      <source>{0} ({1} days)</source>
      <translation>{0} ({1} jours)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="86" />
      <source>Add a school or training placement</source>
      <translation>Ajouter une inscription scolaire ou de formation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="94" />
      <source>Edit a placement</source>
      <translation>Modifier une inscription</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="101" />
      <source>Attendance in a week</source>
      <translation>Assiduité sur une semaine</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="108" />
      <source>Achievement, qualification or exclusion</source>
      <translation>Réussite, qualification ou exclusion</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="54" />
      <source>Search notes</source>
      <translation>Chercher dans les notes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="57" />
      <source>Words in notes, check-ins, incidents, the house log…</source>
      <translation>Des mots dans les notes, points du jour, incidents, le journal de la maison…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="59" />
      <source>Words to search for</source>
      <translation>Mots à chercher</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="62" />
      <source>Search</source>
      <translation>Chercher</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="66" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="67" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="68" />
      <source>Young person</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="69" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="70" />
      <source>Found</source>
      <translation>Trouvé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="73" />
      <source>What was found</source>
      <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="83" />
      <source>Enter: search. Enter on a line: open the young person's page there.</source>
      <translation>Entrée : chercher. Entrée sur une ligne : ouvrir la page du ou de la jeune à cet endroit.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>House log</source>
      <translation>Journal de la maison</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Check-in</source>
      <translation>Point du jour</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Sighting</source>
      <translation>Signalement</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Restraint</source>
      <translation>Contention physique</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Debrief</source>
      <translation>Débriefing</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="100" />
      <source>Review of a restraint</source>
      <translation>Examen d'une contention</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Need</source>
      <translation>Besoin</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Referral</source>
      <translation>Orientation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="103" />
      <source>Safety plan</source>
      <translation>Plan de sécurité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="104" />
      <source>No-contact list</source>
      <translation>Liste d’interdiction de contact</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Trusted adult</source>
      <translation>Adulte de confiance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Dose</source>
      <translation>Dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>School</source>
      <translation>École</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>School attendance</source>
      <translation>Assiduité scolaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>Goal</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Wish or feeling</source>
      <translation>Souhait ou ressenti</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Complaint</source>
      <translation>Plainte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Case review</source>
      <translation>Révision du dossier</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Legal case</source>
      <translation>Affaire judiciaire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Hearing</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="125" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="132" />
      <source>The newest %n shown: add words to find fewer.</source>
      <translation>
        <numerusform>Le plus récent est affiché : ajoutez des mots pour en trouver moins.</numerusform>
        <numerusform>Les %n plus récents sont affichés : ajoutez des mots pour en trouver moins.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="135" />
      <source>%n found.</source>
      <translation>
        <numerusform>%n trouvé.</numerusform>
        <numerusform>%n trouvés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="137" />
      <source>Nothing found. Every word must be in the same note.</source>
      <translation>Rien trouvé. Tous les mots doivent être dans la même note.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="151" />
      <source>This house log entry names no young person.</source>
      <translation>Cette entrée du journal de la maison ne nomme aucun·e jeune.</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="89" />
      <source>Your role does not allow this.</source>
      <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="97" />
      <source>Choose a row in the table first.</source>
      <translation>Choisissez d’abord une ligne du tableau.</translation>
    </message>
  </context>
  <context>
    <name>SendTransfer</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="51" />
      <source>The receiving house's card</source>
      <translation>La carte du foyer qui reçoit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="57" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="77" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>Un problème est survenu ({0}) ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="60" />
      <source>Send {0}'s whole record to {1} ({2})? The card was signed by {3}.

Fingerprint: {4}

Is it the fingerprint the receiving house's manager read to you?</source>
      <translation>Envoyer le dossier complet de {0} à {1} ({2}) ? La carte a été signée par {3}.

Empreinte : {4}

Est-ce l’empreinte que la direction du foyer qui reçoit vous a lue ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="64" />
      <source>Transfer to another house</source>
      <translation>Transfert vers un autre foyer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="68" />
      <source>Save the transfer file</source>
      <translation>Enregistrer le fichier de transfert</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="73" />
      <source>The transfer was saved to {0}. It opens only for {1}'s managers; the case waits for their receipt.</source>
      <translation>Le transfert a été enregistré dans {0}. Seule la direction de {1} peut l’ouvrir ; le dossier attend son accusé de réception.</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Residents</source>
      <translation>Jeunes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Schedule</source>
      <translation>Planning</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Admin</source>
      <translation>Administration</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="142" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="155" />
      <source>Lock (Ctrl+L)</source>
      <translation>Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="157" />
      <source>Hides every record at once; a passphrase opens them again.</source>
      <translation>Masque tous les dossiers immédiatement ; une phrase secrète les rouvre.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="161" />
      <source>Esc twice: hide everything now</source>
      <translation>Échap deux fois : tout masquer maintenant</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="373" />
      <source>Risk flag</source>
      <translation>Signal de risque</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="374" />
      <source>{0}'s check-in has a risk flag. Record an incident now: what happened, what was done and who was told?</source>
      <translation>Le point du jour de {0} comporte un signal de risque. Enregistrer un incident maintenant : ce qui s’est passé, ce qui a été fait et qui a été prévenu ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="378" />
      <source>Record incident</source>
      <translation>Enregistrer un incident</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="379" />
      <source>Later, from Today</source>
      <translation>Plus tard, depuis Aujourd’hui</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="28" />
      <source>Welcome to SafeHaven</source>
      <translation>Bienvenue dans SafeHaven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="29" />
      <source>Set up this laptop for a new house</source>
      <translation>Préparer cet ordinateur pour un nouveau foyer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="30" />
      <source>Join an existing house</source>
      <translation>Rejoindre un foyer existant</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="33" />
      <source>Joining needs a one-time code from your house manager's laptop (Sync page, “Add a laptop”) and a connection to your organisation's server. The house's records then arrive on this laptop, encrypted.</source>
      <translation>Pour rejoindre un foyer, il faut un code à usage unique créé sur l’ordinateur de la direction du foyer (page Synchronisation, « Ajouter un ordinateur ») et une connexion au serveur de votre organisation. Les dossiers du foyer arrivent ensuite, chiffrés, sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="41" />
      <source>Records stay encrypted on this laptop. Nobody can read them without a passphrase.</source>
      <translation>Les dossiers restent chiffrés sur cet ordinateur. Personne ne peut les lire sans une phrase secrète.</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="31" />
      <source>Passphrase strength</source>
      <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="47" />
      <source>Too easy to guess</source>
      <translation>Trop facile à deviner</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="48" />
      <source>Almost: not hard enough to guess yet</source>
      <translation>Presque : pas encore assez difficile à deviner</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Strong</source>
      <translation>Solide</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Very strong</source>
      <translation>Très solide</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/strength.py" line="61" />
      <source>Use at least %n character(s); a few words are easiest to remember.</source>
      <translation>
        <numerusform>Utilisez au moins %n caractère ; quelques mots sont le plus facile à retenir.</numerusform>
        <numerusform>Utilisez au moins %n caractères ; quelques mots sont le plus facile à retenir.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="64" />
      <source>This is one of the passphrases people use most, so it would be guessed first.</source>
      <translation>C’est l’une des phrases secrètes les plus utilisées : elle serait devinée parmi les premières.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="66" />
      <source>Repeated letters or words are easy to guess.</source>
      <translation>Les lettres ou les mots répétés sont faciles à deviner.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="67" />
      <source>Runs like “abcd”, “1234” or keyboard rows are easy to guess.</source>
      <translation>Les suites comme « abcd », « 1234 » ou les rangées du clavier sont faciles à deviner.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="69" />
      <source>Dates and years are easy to guess.</source>
      <translation>Les dates et les années sont faciles à deviner.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="70" />
      <source>Names, and your own or the house's name above all, are easy to guess.</source>
      <translation>Les noms, et surtout le vôtre ou celui du foyer, sont faciles à deviner.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="72" />
      <source>This passphrase would be too easy to guess.</source>
      <translation>Cette phrase secrète serait trop facile à deviner.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="75" />
      <source>Add another uncommon word or two; a short sentence only you would think of works well.</source>
      <translation>Ajoutez un ou deux mots peu courants ; une courte phrase à laquelle personne d’autre ne penserait fonctionne bien.</translation>
    </message>
  </context>
  <context>
    <name>SupervisionSection</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="57" />
      <source>Audit…</source>
      <translation>Journal d'accès…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="58" />
      <source>Who opened or changed a child's records, or what a staff member opened</source>
      <translation>Qui a ouvert ou modifié les fiches d'un enfant, ou ce qu'un membre du personnel a ouvert</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="61" />
      <source>Complete file…</source>
      <translation>Dossier complet…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="62" />
      <source>Everything about one child, for a request for their records or a court</source>
      <translation>Tout sur un enfant, pour une demande d'accès à son dossier ou un tribunal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="65" />
      <source>Retention…</source>
      <translation>Conservation…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="66" />
      <source>How long closed cases are kept, legal holds, and what is due for destruction</source>
      <translation>Durée de conservation des dossiers clôturés, conservations pour motif légal et ce qui est à détruire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="69" />
      <source>Restraint techniques…</source>
      <translation>Techniques de contention…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="70" />
      <source>The techniques the restraint form offers: those the house trains in</source>
      <translation>Les techniques proposées par le formulaire de contention : celles auxquelles la maison forme</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="73" />
      <source>Receive a transfer…</source>
      <translation>Recevoir un transfert…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="75" />
      <source>Transfer receipt…</source>
      <translation>Accusé de réception…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="76" />
      <source>Record the receiving house's answer to a transfer this house sent</source>
      <translation>Enregistrer la réponse du foyer qui reçoit à un transfert envoyé par ce foyer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="92" />
      <source>A manager approves:</source>
      <translation>La direction approuve :</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="93" />
      <source>therapy plans</source>
      <translation>plans de thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="94" />
      <source>safety plans</source>
      <translation>plans de sécurité</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="95" />
      <source>closures</source>
      <translation>clôtures</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="152" />
      <source>Restraint techniques</source>
      <translation>Techniques de contention</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="153" />
      <source>One technique a line</source>
      <translation>Une technique par ligne</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="154" />
      <source>What the restraint form offers. A shipped technique may be written by its code: guiding, escort, standing-hold, seated-hold, other-technique. Left empty, the shipped list. Records keep the technique they were made with.</source>
      <translation>Ce que propose le formulaire de contention. Une technique fournie peut s'écrire par son code : guiding, escort, standing-hold, seated-hold, other-technique. Laissé vide : la liste fournie. Les fiches gardent la technique avec laquelle elles ont été faites.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="169" />
      <source>Complete file</source>
      <translation>Dossier complet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="170" />
      <source>Young person</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="171" />
      <source>Take out the names of the other people her records name (trusted adults, the no-contact list, visitors and callers)</source>
      <translation>Retirer les noms des autres personnes que ses dossiers nomment (adultes de confiance, liste d'interdiction de contact, visiteurs et appelants)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="174" />
      <source>Other names to take out, one per line</source>
      <translation>Autres noms à retirer, un par ligne</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="175" />
      <source>The folder you choose next receives a PDF and a JSON file of everything about this young person, and copies of their documents. They are not encrypted: choose a safe place, such as an encrypted USB stick.</source>
      <translation>Le dossier que vous choisirez ensuite recevra un PDF et un fichier JSON de tout ce qui concerne ce ou cette jeune, et des copies de ses documents. Ils ne sont pas chiffrés : choisissez un endroit sûr, comme une clé USB chiffrée.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="187" />
      <source>Choose a folder to write it to.</source>
      <translation>Choisissez un dossier où l'écrire.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="195" />
      <source>Folder for the complete file</source>
      <translation>Dossier pour le dossier complet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="202" />
      <source>The complete file was written to {0}.</source>
      <translation>Le dossier complet a été écrit dans {0}.</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="78" />
      <source>Changes travel end-to-end encrypted: through your organisation's server when this laptop can reach it (in the background, every minute), or on a USB stick (export here, import on the other laptop). Nothing is lost while you wait.</source>
      <translation>Les modifications voyagent chiffrées de bout en bout : par le serveur de votre organisation quand cet ordinateur peut le joindre (en arrière-plan, chaque minute), ou sur une clé USB (exportez ici, importez sur l’autre ordinateur). Rien ne se perd pendant l’attente.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="82" />
      <source>Sync now</source>
      <translation>Synchroniser maintenant</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="84" />
      <source>Export a bundle for a USB stick…</source>
      <translation>Exporter un paquet pour une clé USB…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="87" />
      <source>Import a bundle…</source>
      <translation>Importer un paquet…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="92" />
      <source>Documents this laptop fetches</source>
      <translation>Documents que récupère cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="95" />
      <source>Documents this laptop fetches:</source>
      <translation>Documents que récupère cet ordinateur :</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="99" />
      <source>Record</source>
      <translation>Élément</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="100" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="101" />
      <source>Kept</source>
      <translation>Valeur conservée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="102" />
      <source>Not kept</source>
      <translation>Valeur écartée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="105" />
      <source>Confirm the kept value</source>
      <translation>Confirmer la valeur conservée</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="107" />
      <source>Use the other value instead</source>
      <translation>Utiliser plutôt l’autre valeur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="112" />
      <source>Laptop</source>
      <translation>Ordinateur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="113" />
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="114" />
      <source>Newest change here</source>
      <translation>Dernière modification ici</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="115" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="118" />
      <source>Add a laptop…</source>
      <translation>Ajouter un ordinateur…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="120" />
      <source>Revoke the selected laptop…</source>
      <translation>Révoquer l’ordinateur sélectionné…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="127" />
      <source>Change set</source>
      <translation>Lot de modifications</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="128" />
      <source>Why it was set aside</source>
      <translation>Pourquoi il a été mis de côté</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="131" />
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="138" />
      <source>Edited on two laptops at once (to review)</source>
      <translation>Modifié sur deux ordinateurs en même temps (à vérifier)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="141" />
      <source>This house's laptops</source>
      <translation>Les ordinateurs de ce foyer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="144" />
      <source>Set aside (could not be verified or applied)</source>
      <translation>Mis de côté (impossible à vérifier ou à appliquer)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="161" />
      <source>As the house chose ({0})</source>
      <translation>Comme la maison l'a choisi ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="171" />
      <source>Changes written on this laptop: {0} · received from other laptops: {1}</source>
      <translation>Modifications écrites sur cet ordinateur : {0} · reçues des autres ordinateurs : {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="175" />
      <source>not yet</source>
      <translation>pas encore</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="176" />
      <source>Server: {0} · last sync: {1}</source>
      <translation>Serveur : {0} · dernière synchronisation : {1}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="182" />
      <source>This laptop's clock is %n minute(s) off the server's: set the date and time, or its changes may be set aside by the other laptops.</source>
      <translation>
        <numerusform>L’horloge de cet ordinateur a %n minute d’écart avec celle du serveur : réglez la date et l’heure, sinon les autres ordinateurs risquent de mettre ses modifications de côté.</numerusform>
        <numerusform>L’horloge de cet ordinateur a %n minutes d’écart avec celle du serveur : réglez la date et l’heure, sinon les autres ordinateurs risquent de mettre ses modifications de côté.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="186" />
      <source>The server needs a newer SafeHaven ({0}) on this laptop: ask your administrator to update it.</source>
      <translation>Le serveur demande une version plus récente de SafeHaven ({0}) sur cet ordinateur : demandez à votre administrateur de le mettre à jour.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="190" />
      <source>SafeHaven {0} is available: ask your administrator to update this laptop.</source>
      <translation>SafeHaven {0} est disponible : demandez à votre administrateur de mettre à jour cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="195" />
      <source>This laptop is not connected to a server; use USB bundles, or ask your administrator to connect it.</source>
      <translation>Cet ordinateur n’est relié à aucun serveur ; utilisez des paquets sur clé USB, ou demandez à votre administrateur de le relier.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="217" />
      <source>revoked</source>
      <translation>révoqué</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="221" />
      <source>%n change(s) wait for a missing one</source>
      <translation>
        <numerusform>%n modification attend une modification manquante</numerusform>
        <numerusform>%n modifications attendent une modification manquante</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="338" />
      <source>On the new laptop, choose “Join an existing house” and type this code. It works once, until {0}. Read it out; do not send it by e-mail or chat.</source>
      <translation>Sur le nouvel ordinateur, choisissez « Rejoindre un foyer existant » et tapez ce code. Il fonctionne une fois, jusqu'au {0}. Lisez-le à voix haute ; ne l'envoyez ni par e-mail ni par messagerie.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="390" />
      <source>%n damaged line(s) of the bundle dropped: export it again to bring what they carried.</source>
      <translation>
        <numerusform>%n ligne(s) endommagée(s) du paquet écartée(s) : exportez-le à nouveau pour apporter ce qu'elles portaient.</numerusform>
        <numerusform>%n ligne(s) endommagée(s) du paquet écartée(s) : exportez-le à nouveau pour apporter ce qu'elles portaient.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="212" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>this laptop</source>
      <translation>cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="227" />
      <source>nothing yet</source>
      <translation>rien pour l’instant</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="231" />
      <source>%1 (%n hour(s) ago)</source>
      <translation>
        <numerusform>%1 (il y a %n heure)</numerusform>
        <numerusform>%1 (il y a %n heures)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="253" />
      <source>Syncing…</source>
      <translation>Synchronisation en cours…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="255" />
      <source>Sent {0}, received {1}, conflicts {2}.</source>
      <translation>Envoyées : {0}, reçues : {1}, conflits : {2}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="268" />
      <source>Choose a conflict in the list first.</source>
      <translation>Choisissez d’abord un conflit dans la liste.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="272" />
      <source>Done; the other laptops get it at the next sync.</source>
      <translation>C’est fait ; les autres ordinateurs le recevront à la prochaine synchronisation.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="280" />
      <source>Add a laptop</source>
      <translation>Ajouter un ordinateur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="283" />
      <source>Leave empty if only existing staff will use it</source>
      <translation>Laisser vide si seule l’équipe actuelle l’utilisera</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="288" />
      <source>What should the new laptop be called?</source>
      <translation>Quel nom donner au nouvel ordinateur ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="289" />
      <source>New colleague's name (optional)</source>
      <translation>Nom de la nouvelle personne (facultatif)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="290" />
      <source>Their role</source>
      <translation>Son rôle</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="293" />
      <source>Make the code</source>
      <translation>Créer le code</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="314" />
      <source>Give the new laptop a name.</source>
      <translation>Donnez un nom au nouvel ordinateur.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="337" />
      <source>Enrolment code</source>
      <translation>Code d’inscription</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="348" />
      <source>Choose a laptop in the list first.</source>
      <translation>Choisissez d’abord un ordinateur dans la liste.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="350" />
      <source>Revoke laptop</source>
      <translation>Révoquer l’ordinateur</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="351" />
      <source>Revoke “{0}”? It will no longer receive anything, and the house gets a new key for everything written from now on. Do this for a lost or stolen laptop.</source>
      <translation>Révoquer « {0} » ? Il ne recevra plus rien, et le foyer recevra une nouvelle clé pour tout ce qui sera écrit à partir de maintenant. À faire pour un ordinateur perdu ou volé.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="358" />
      <source>Revoked. The server is told at the next sync.</source>
      <translation>Révoqué. Le serveur en sera informé à la prochaine synchronisation.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="361" />
      <source>Export bundle</source>
      <translation>Exporter un paquet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="363" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="376" />
      <source>Sync bundles (*.bundle)</source>
      <translation>Paquets de synchronisation (*.bundle)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="368" />
      <source>Writing the bundle to {0}… Leave the USB stick in.</source>
      <translation>Écriture du paquet dans {0}… Laissez la clé USB branchée.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="371" />
      <source>%n change set(s) written to {0}. You can take the USB stick out now.</source>
      <translation>
        <numerusform>%n lot de modifications écrit dans {0}. Vous pouvez retirer la clé USB.</numerusform>
        <numerusform>%n lots de modifications écrits dans {0}. Vous pouvez retirer la clé USB.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="375" />
      <source>Import bundle</source>
      <translation>Importer un paquet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="384" />
      <source>Applied {0}, already here {1}, conflicts {2}, set aside {3}.</source>
      <translation>Appliqués : {0}, déjà présents : {1}, conflits : {2}, mis de côté : {3}.</translation>
    </message>
  </context>
  <context>
    <name>TherapyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="187" />
      <source>Plans</source>
      <translation>Plans</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="188" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="201" />
      <source>Therapy</source>
      <translation>Thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="189" />
      <source>Provider</source>
      <translation>Thérapeute</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="190" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="191" />
      <source>Frequency</source>
      <translation>Fréquence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="192" />
      <source>Used / cap</source>
      <translation>Utilisées / plafond</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="193" />
      <source>State</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="196" />
      <source>Add plan…</source>
      <translation>Ajouter un plan…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="197" />
      <source>Edit plan…</source>
      <translation>Modifier le plan…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="198" />
      <source>Close plan…</source>
      <translation>Clore le plan…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="199" />
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="200" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="202" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="203" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="206" />
      <source>Book a session…</source>
      <translation>Réserver une séance…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="207" />
      <source>Attended</source>
      <translation>Présence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="208" />
      <source>Missed</source>
      <translation>Absence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="218" />
      <source>Group: {0}</source>
      <translation>Groupe : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="229" />
      <source>closed {0}</source>
      <translation>clos le {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="230" />
      <source>open</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="237" />
      <source>{0} of {1}</source>
      <translation>{0} sur {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="239" />
      <source>(over the cap)</source>
      <translation>(au-delà du plafond)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="241" />
      <source>(cap reached)</source>
      <translation>(plafond atteint)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="243" />
      <source>(nearly used)</source>
      <translation>(presque épuisées)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="247" />
      <source>Add therapy plan</source>
      <translation>Ajouter un plan de thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="254" />
      <source>Edit therapy plan</source>
      <translation>Modifier le plan de thérapie</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="261" />
      <source>Close plan: {0}</source>
      <translation>Clore le plan : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="267" />
      <source>Book a session</source>
      <translation>Réserver une séance</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="272" />
      <source>A group's attendance is recorded on the Schedule, for everyone at once.</source>
      <translation>Les présences d’un groupe s’enregistrent dans le Planning, pour tout le monde à la fois.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="76" />
      <source>Resident</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="77" />
      <source>Why first</source>
      <translation>Pourquoi en premier</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="79" />
      <source>Urgency</source>
      <translation>Urgence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="80" />
      <location filename="../../src/safehaven/ui/today.py" line="130" />
      <location filename="../../src/safehaven/ui/today.py" line="139" />
      <location filename="../../src/safehaven/ui/today.py" line="290" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="81" />
      <location filename="../../src/safehaven/ui/today.py" line="87" />
      <location filename="../../src/safehaven/ui/today.py" line="93" />
      <location filename="../../src/safehaven/ui/today.py" line="138" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="82" />
      <location filename="../../src/safehaven/ui/today.py" line="137" />
      <location filename="../../src/safehaven/ui/today.py" line="292" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="83" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="86" />
      <location filename="../../src/safehaven/ui/today.py" line="92" />
      <location filename="../../src/safehaven/ui/today.py" line="129" />
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="88" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="89" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="94" />
      <source>Medicine</source>
      <translation>Médicament</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="96" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="102" />
      <source>Check in (Enter)</source>
      <translation>Faire le point du jour (Entrée)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="109" />
      <source>Record incident for this alert…</source>
      <translation>Enregistrer un incident pour cette alerte…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="111" />
      <source>Acknowledge with a note…</source>
      <translation>Prendre en compte avec une note…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="112" />
      <source>Say what was done, or why it can wait; the alert leaves Today until something changes.</source>
      <translation>Indiquez ce qui a été fait, ou pourquoi cela peut attendre ; l’alerte quitte Aujourd’hui jusqu’à ce que quelque chose change.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="127" />
      <source>Enter: record this dose</source>
      <translation>Entrée : enregistrer cette dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="131" />
      <source>Who wrote it</source>
      <translation>Qui l’a écrit</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="132" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="140" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>Who goes</source>
      <translation>Qui accompagne</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>NOBODY YET</source>
      <translation>PERSONNE ENCORE</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="147" />
      <source>Add to the house log…</source>
      <translation>Ajouter au journal de la maison…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="148" />
      <source>What happened in the house that is not about one young person: a stranger outside, a power cut…</source>
      <translation>Ce qui s’est passé dans la maison sans concerner un·e seul·e jeune : un inconnu dehors, une coupure de courant…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="166" />
      <source>Hearings and legal appointments today and tomorrow, and who goes with the young person</source>
      <translation>Audiences et rendez-vous juridiques aujourd'hui et demain, et qui accompagne le jeune</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="170" />
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="176" />
      <source>Still to check in</source>
      <translation>Point du jour à faire</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="179" />
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="160" />
      <source>Today's sessions</source>
      <translation>Séances du jour</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="240" />
      <source>Group: {0} ({1})</source>
      <translation>Groupe : {0} ({1})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="253" />
      <source>%n still to check in</source>
      <translation>
        <numerusform>%n point du jour à faire</numerusform>
        <numerusform>%n points du jour à faire</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="254" />
      <source>%n alert(s)</source>
      <translation>
        <numerusform>%n alerte</numerusform>
        <numerusform>%n alertes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="255" />
      <source>%n session(s) today</source>
      <translation>
        <numerusform>%n séance aujourd’hui</numerusform>
        <numerusform>%n séances aujourd’hui</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="256" />
      <source>%n dose(s) due</source>
      <translation>
        <numerusform>%n dose à donner</numerusform>
        <numerusform>%n doses à donner</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="258" />
      <source>{0} acknowledged</source>
      <translation>{0} prises en compte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="260" />
      <source>waiting for your approval: {0}</source>
      <translation>en attente de votre approbation : {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="272" />
      <source>Medicines due ({0})</source>
      <translation>Médicaments à donner ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="275" />
      <source>House log, last 24 hours ({0})</source>
      <translation>Journal de la maison, dernières 24 heures ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="278" />
      <source>Hearings ({0})</source>
      <translation>Audiences ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="289" />
      <source>Add to the house log</source>
      <translation>Ajouter au journal de la maison</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="294" />
      <source>What happened, and what was done</source>
      <translation>Ce qui s’est passé, et ce qui a été fait</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="295" />
      <source>Young people it touched (optional)</source>
      <translation>Jeunes concerné·es (facultatif)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="311" />
      <source>Choose an alert first.</source>
      <translation>Choisissez d’abord une alerte.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="317" />
      <source>An open incident is acknowledged and closed on the resident's Safety tab, by a manager.</source>
      <translation>Un incident ouvert est pris en compte puis clos par la direction, dans l’onglet Sécurité du ou de la jeune.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="322" />
      <source>This alert leaves Today when the return or the return interview is recorded on the resident's Safety tab.</source>
      <translation>Cette alerte quitte Aujourd’hui quand le retour ou l’entretien de retour est enregistré dans l’onglet Sécurité du ou de la jeune.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="328" />
      <source>Your role does not allow acknowledging this alert.</source>
      <translation>Votre rôle ne permet pas de prendre en compte cette alerte.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="332" />
      <source>Acknowledge: {0}, {1}</source>
      <translation>Prendre en compte : {0}, {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="334" />
      <source>What was done, or why it can wait</source>
      <translation>Ce qui a été fait, ou pourquoi cela peut attendre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="341" />
      <source>{0} overdue needs</source>
      <translation>{0} besoins en retard</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="381" />
      <source>Dose: {0}</source>
      <translation>Dose : {0}</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="32" />
      <source>SafeHaven is locked</source>
      <translation>SafeHaven est verrouillé</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="43" />
      <source>Your passphrase</source>
      <translation>Votre phrase secrète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="55" />
      <source>Opening the vault…</source>
      <translation>Ouverture du coffre…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="57" />
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="60" />
      <source>Forgot the passphrase? Use the recovery key…</source>
      <translation>Phrase secrète oubliée ? Utilisez la clé de secours…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="65" />
      <source>Who are you?</source>
      <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="66" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="97" />
      <source>Type your passphrase first.</source>
      <translation>Tapez d’abord votre phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="105" />
      <source>Recovery key</source>
      <translation>Clé de secours</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="106" />
      <source>Type the recovery key (groups of four):</source>
      <translation>Tapez la clé de secours (par groupes de quatre) :</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase for {0}:</source>
      <translation>Nouvelle phrase secrète pour {0} :</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="119" />
      <source>The passphrase was changed. Unlock with the new one.</source>
      <translation>La phrase secrète a été changée. Déverrouillez avec la nouvelle.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="133" />
      <source>That passphrase does not open this vault. Check Caps Lock and try again; after a few tries each attempt waits a little longer.</source>
      <translation>Cette phrase secrète n’ouvre pas ce coffre. Vérifiez la touche Verr. Maj et réessayez ; après quelques essais, chaque tentative attend un peu plus longtemps.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="137" />
      <source>Too many tries. Wait a moment and try again.</source>
      <translation>Trop d’essais. Attendez un moment et réessayez.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="141" />
      <source>The vault could not be opened: {0}</source>
      <translation>Impossible d’ouvrir le coffre : {0}</translation>
    </message>
  </context>
  <context>
    <name>VoicePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="116" />
      <source>Their goals, in their own words</source>
      <translation>Ses objectifs, avec ses propres mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="117" />
      <source>Set on</source>
      <translation>Fixé le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="118" />
      <source>Goal</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="119" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="120" />
      <source>How it is going</source>
      <translation>Où cela en est</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="121" />
      <source>Reviewed</source>
      <translation>Revu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="124" />
      <source>Add goal…</source>
      <translation>Ajouter un objectif…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="125" />
      <source>Review goal…</source>
      <translation>Revoir l'objectif…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="126" />
      <location filename="../../src/safehaven/ui/life_panels.py" line="153" />
      <source>Wishes and feelings</source>
      <translation>Souhaits et ressentis</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="127" />
      <source>Said on</source>
      <translation>Dit le</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="128" />
      <source>About</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="129" />
      <source>In their words</source>
      <translation>Avec ses mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="131" />
      <source>Add wishes and feelings…</source>
      <translation>Ajouter souhaits et ressentis…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="142" />
      <source>A goal in their own words</source>
      <translation>Un objectif avec ses propres mots</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="149" />
      <source>Review a goal</source>
      <translation>Revoir un objectif</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>1 to 3 months</source>
      <translation>de 1 à 3 mois</translation>
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
      <translation>18 ans et plus</translation>
    </message>
    <message>
      <source>3 to 6 months</source>
      <translation>de 3 à 6 mois</translation>
    </message>
    <message>
      <source>6 to 12 months</source>
      <translation>de 6 à 12 mois</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Absent(e)</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Atteint</translation>
    </message>
    <message>
      <source>Achievement</source>
      <translation>Réussite</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Africa</source>
      <translation>Afrique</translation>
    </message>
    <message>
      <source>Afternoon</source>
      <translation>Après-midi</translation>
    </message>
    <message>
      <source>Agency (guardian ad litem, court)</source>
      <translation>Organisme (administrateur ad hoc, tribunal)</translation>
    </message>
    <message>
      <source>Agency confirmation</source>
      <translation>Confirmation par un organisme</translation>
    </message>
    <message>
      <source>Americas</source>
      <translation>Amériques</translation>
    </message>
    <message>
      <source>Another appointment</source>
      <translation>Un autre rendez-vous</translation>
    </message>
    <message>
      <source>Another decision</source>
      <translation>Une autre décision</translation>
    </message>
    <message>
      <source>Another service</source>
      <translation>Un autre service</translation>
    </message>
    <message>
      <source>Another technique</source>
      <translation>Une autre technique</translation>
    </message>
    <message>
      <source>Apprenticeship</source>
      <translation>Apprentissage</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approuvé</translation>
    </message>
    <message>
      <source>Art therapy</source>
      <translation>Art-thérapie</translation>
    </message>
    <message>
      <source>As needed</source>
      <translation>Selon les besoins</translation>
    </message>
    <message>
      <source>As-needed doses closer than allowed</source>
      <translation>Doses « si besoin » plus rapprochées que permis</translation>
    </message>
    <message>
      <source>Asia</source>
      <translation>Asie</translation>
    </message>
    <message>
      <source>Asylum</source>
      <translation>Asile</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Présence</translation>
    </message>
    <message>
      <source>Audit of who opened the records</source>
      <translation>Journal de qui a ouvert le dossier</translation>
    </message>
    <message>
      <source>Awaiting decision</source>
      <translation>En attente de décision</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>Réservée</translation>
    </message>
    <message>
      <source>Boy</source>
      <translation>Garçon</translation>
    </message>
    <message>
      <source>By mouth</source>
      <translation>Par la bouche</translation>
    </message>
    <message>
      <source>CATS (caregiver, 3-6)</source>
      <translation>CATS (version adulte, 3-6 ans)</translation>
    </message>
    <message>
      <source>CATS (caregiver, 7-17)</source>
      <translation>CATS (version adulte, 7-17 ans)</translation>
    </message>
    <message>
      <source>CATS (self-report, 7-17)</source>
      <translation>CATS (auto-évaluation, 7-17 ans)</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <source>Cancelled by provider</source>
      <translation>Annulée (thérapeute)</translation>
    </message>
    <message>
      <source>Cancelled by resident</source>
      <translation>Annulée (jeune)</translation>
    </message>
    <message>
      <source>Capsule</source>
      <translation>Gélule</translation>
    </message>
    <message>
      <source>Case closure</source>
      <translation>Clôture du dossier</translation>
    </message>
    <message>
      <source>Case file</source>
      <translation>Dossier de suivi</translation>
    </message>
    <message>
      <source>Case review due</source>
      <translation>Révision du dossier à faire</translation>
    </message>
    <message>
      <source>Check-in missed</source>
      <translation>Point du jour manqué</translation>
    </message>
    <message>
      <source>Class or course</source>
      <translation>Cours ou formation</translation>
    </message>
    <message>
      <source>Clinical</source>
      <translation>Clinique</translation>
    </message>
    <message>
      <source>Clinician</source>
      <translation>Équipe clinique</translation>
    </message>
    <message>
      <source>Clinicians and managers only</source>
      <translation>Cliniciens et responsables uniquement</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clos</translation>
    </message>
    <message>
      <source>Clothing &amp; basics</source>
      <translation>Vêtements et produits de base</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>Indemnisation</translation>
    </message>
    <message>
      <source>Complaint not answered in time</source>
      <translation>Plainte sans réponse dans les délais</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>Consent expired</source>
      <translation>Consentement expiré</translation>
    </message>
    <message>
      <source>Consent expiring</source>
      <translation>Consentement bientôt expiré</translation>
    </message>
    <message>
      <source>Consent missing for therapy</source>
      <translation>Consentement manquant pour la thérapie</translation>
    </message>
    <message>
      <source>Consent or assent form</source>
      <translation>Formulaire de consentement ou d’assentiment</translation>
    </message>
    <message>
      <source>Contact attempt by an unknown person</source>
      <translation>Tentative de contact d’une personne inconnue</translation>
    </message>
    <message>
      <source>Contact from trafficker or unknown person</source>
      <translation>Contact d’un trafiquant ou d’une personne inconnue</translation>
    </message>
    <message>
      <source>Contact with an adult not yet vetted</source>
      <translation>Contact avec un adulte pas encore vérifié</translation>
    </message>
    <message>
      <source>Contact with someone on the no-contact list</source>
      <translation>Contact avec une personne de la liste d’interdiction de contact</translation>
    </message>
    <message>
      <source>Continued presence</source>
      <translation>Présence prolongée (Continued Presence)</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Compté</translation>
    </message>
    <message>
      <source>Court hearing</source>
      <translation>Audience au tribunal</translation>
    </message>
    <message>
      <source>Court order</source>
      <translation>Décision de justice</translation>
    </message>
    <message>
      <source>Cream or ointment</source>
      <translation>Crème ou pommade</translation>
    </message>
    <message>
      <source>Criminal exploitation</source>
      <translation>Exploitation criminelle</translation>
    </message>
    <message>
      <source>Crisis counselling</source>
      <translation>Soutien en situation de crise</translation>
    </message>
    <message>
      <source>DBT</source>
      <translation>DBT</translation>
    </message>
    <message>
      <source>Debrief after a restraint due</source>
      <translation>Débriefing après une contention à faire</translation>
    </message>
    <message>
      <source>Debrief after a restraint overdue</source>
      <translation>Débriefing après une contention en retard</translation>
    </message>
    <message>
      <source>Debt or pressure to work</source>
      <translation>Dette ou pression pour travailler</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <source>Died</source>
      <translation>Décédé(e)</translation>
    </message>
    <message>
      <source>Disclosure</source>
      <translation>Révélation</translation>
    </message>
    <message>
      <source>Disposed of</source>
      <translation>Éliminé</translation>
    </message>
    <message>
      <source>Documents checked</source>
      <translation>Documents vérifiés</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>Servitude domestique</translation>
    </message>
    <message>
      <source>Dose not recorded</source>
      <translation>Dose non enregistrée</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <source>Drama therapy</source>
      <translation>Dramathérapie</translation>
    </message>
    <message>
      <source>Drops</source>
      <translation>Gouttes</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>À donner</translation>
    </message>
    <message>
      <source>EMDR</source>
      <translation>EMDR</translation>
    </message>
    <message>
      <source>Ear</source>
      <translation>Oreille</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Éducation</translation>
    </message>
    <message>
      <source>Eligibility letter</source>
      <translation>Lettre d'éligibilité</translation>
    </message>
    <message>
      <source>Equine therapy</source>
      <translation>Équithérapie</translation>
    </message>
    <message>
      <source>Escort by two staff</source>
      <translation>Accompagnement par deux membres de l’équipe</translation>
    </message>
    <message>
      <source>Europe</source>
      <translation>Europe</translation>
    </message>
    <message>
      <source>Every document</source>
      <translation>Tous les documents</translation>
    </message>
    <message>
      <source>Every two weeks</source>
      <translation>Toutes les deux semaines</translation>
    </message>
    <message>
      <source>Everyone caring for the young person</source>
      <translation>Toutes les personnes qui s’occupent du jeune</translation>
    </message>
    <message>
      <source>Exclusion</source>
      <translation>Exclusion</translation>
    </message>
    <message>
      <source>Expired medicine still in stock</source>
      <translation>Médicament périmé encore en stock</translation>
    </message>
    <message>
      <source>Eye</source>
      <translation>Œil</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Famille</translation>
    </message>
    <message>
      <source>Family court</source>
      <translation>Tribunal aux affaires familiales</translation>
    </message>
    <message>
      <source>Family therapy</source>
      <translation>Thérapie familiale</translation>
    </message>
    <message>
      <source>Family tracing</source>
      <translation>Recherche de la famille</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <source>Follow-up contact overdue</source>
      <translation>Contact de suivi en retard</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>Mariage forcé</translation>
    </message>
    <message>
      <source>Foster care</source>
      <translation>Famille d’accueil</translation>
    </message>
    <message>
      <source>Funded sessions nearly used</source>
      <translation>Séances financées presque épuisées</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Générale</translation>
    </message>
    <message>
      <source>Girl</source>
      <translation>Fille</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>Donnée</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Bien</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Représentant légal</translation>
    </message>
    <message>
      <source>Guiding by the arm</source>
      <translation>Guider par le bras</translation>
    </message>
    <message>
      <source>Hand-off</source>
      <translation>Passage de relais</translation>
    </message>
    <message>
      <source>Handover note</source>
      <translation>Note de relève</translation>
    </message>
    <message>
      <source>Health and medicines</source>
      <translation>Santé et médicaments</translation>
    </message>
    <message>
      <source>Hearing or appointment tomorrow</source>
      <translation>Audience ou rendez-vous demain</translation>
    </message>
    <message>
      <source>Hearing soon with nobody to go with them</source>
      <translation>Audience proche sans personne pour accompagner</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Réalisée</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Élevé</translation>
    </message>
    <message>
      <source>Home visit</source>
      <translation>Visite à domicile</translation>
    </message>
    <message>
      <source>Hospital</source>
      <translation>Hôpital</translation>
    </message>
    <message>
      <source>House log</source>
      <translation>Journal de la maison</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Logement</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>Identification</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Pièce d’identité</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Papiers d’identité</translation>
    </message>
    <message>
      <source>Immigration</source>
      <translation>Immigration</translation>
    </message>
    <message>
      <source>Immigration interview</source>
      <translation>Entretien d'immigration</translation>
    </message>
    <message>
      <source>Improved</source>
      <translation>Amélioration</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>En personne</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <source>Incident written at a check-in</source>
      <translation>Incident écrit lors d’un point quotidien</translation>
    </message>
    <message>
      <source>Independent living</source>
      <translation>Vie autonome</translation>
    </message>
    <message>
      <source>Information sharing</source>
      <translation>Partage d’informations</translation>
    </message>
    <message>
      <source>Inhaled</source>
      <translation>Inhalé</translation>
    </message>
    <message>
      <source>Inhaler</source>
      <translation>Inhalateur</translation>
    </message>
    <message>
      <source>Injection</source>
      <translation>Injection</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Admission</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Interprète</translation>
    </message>
    <message>
      <source>Kinship care</source>
      <translation>Accueil chez des proches</translation>
    </message>
    <message>
      <source>Labour exploitation</source>
      <translation>Exploitation par le travail</translation>
    </message>
    <message>
      <source>Later today</source>
      <translation>Plus tard aujourd'hui</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Juridique</translation>
    </message>
    <message>
      <source>Legal / immigration</source>
      <translation>Juridique / immigration</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Lettre</translation>
    </message>
    <message>
      <source>Liquid</source>
      <translation>Liquide</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <source>Low mood lately</source>
      <translation>Moral bas ces jours-ci</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Entretien</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Manager's review of a restraint due</source>
      <translation>Examen d’une contention à faire</translation>
    </message>
    <message>
      <source>Managers only</source>
      <translation>Responsables uniquement</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>Santé</translation>
    </message>
    <message>
      <source>Medical emergency</source>
      <translation>Urgence médicale</translation>
    </message>
    <message>
      <source>Medicine refused twice in a row</source>
      <translation>Médicament refusé deux fois de suite</translation>
    </message>
    <message>
      <source>Medicine stock expiring within 30 days</source>
      <translation>Stock de médicament périmant dans les 30 jours</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <source>Meeting with the lawyer</source>
      <translation>Rendez-vous avec l'avocat</translation>
    </message>
    <message>
      <source>Mentoring</source>
      <translation>Mentorat</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>Couvert</translation>
    </message>
    <message>
      <source>Mild</source>
      <translation>Léger</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>Minimal</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>Absence</translation>
    </message>
    <message>
      <source>Missing from care</source>
      <translation>Absence non autorisée</translation>
    </message>
    <message>
      <source>Missing from care now</source>
      <translation>Absent·e sans autorisation en ce moment</translation>
    </message>
    <message>
      <source>Missing school or work</source>
      <translation>Absences à l’école ou au travail</translation>
    </message>
    <message>
      <source>Moderate</source>
      <translation>Modéré</translation>
    </message>
    <message>
      <source>Moderate trauma-related distress</source>
      <translation>Détresse modérée liée au traumatisme</translation>
    </message>
    <message>
      <source>Moderately severe</source>
      <translation>Modérément sévère</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Une fois par mois</translation>
    </message>
    <message>
      <source>Morning</source>
      <translation>Matin</translation>
    </message>
    <message>
      <source>Music therapy</source>
      <translation>Musicothérapie</translation>
    </message>
    <message>
      <source>NGO hotline</source>
      <translation>Ligne d’écoute d’une ONG</translation>
    </message>
    <message>
      <source>NGO or hotline</source>
      <translation>ONG ou ligne d'écoute</translation>
    </message>
    <message>
      <source>NRM conclusive grounds decision</source>
      <translation>Décision NRM sur motifs concluants</translation>
    </message>
    <message>
      <source>NRM reasonable grounds decision</source>
      <translation>Décision NRM sur motifs raisonnables</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Négative</translation>
    </message>
    <message>
      <source>Neither</source>
      <translation>Ni école ni travail</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>Nuit</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>No check-in today</source>
      <translation>Point du jour pas encore fait</translation>
    </message>
    <message>
      <source>No safety plan</source>
      <translation>Pas de plan de sécurité</translation>
    </message>
    <message>
      <source>Non-binary</source>
      <translation>Non binaire</translation>
    </message>
    <message>
      <source>Nose</source>
      <translation>Nez</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>Sans objet</translation>
    </message>
    <message>
      <source>Not available</source>
      <translation>Non disponible</translation>
    </message>
    <message>
      <source>Not elevated</source>
      <translation>Non élevé</translation>
    </message>
    <message>
      <source>Not upheld</source>
      <translation>Non fondée</translation>
    </message>
    <message>
      <source>Not vetted</source>
      <translation>Non vérifié</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Nothing until opened</source>
      <translation>Rien avant l'ouverture</translation>
    </message>
    <message>
      <source>Oceania</source>
      <translation>Océanie</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>En suspens</translation>
    </message>
    <message>
      <source>On the skin</source>
      <translation>Sur la peau</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Open incident</source>
      <translation>Incident ouvert</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Outreach team</source>
      <translation>Équipe de rue</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Overdue high-priority need</source>
      <translation>Besoin prioritaire en retard</translation>
    </message>
    <message>
      <source>Partly upheld</source>
      <translation>En partie fondée</translation>
    </message>
    <message>
      <source>Patch</source>
      <translation>Patch</translation>
    </message>
    <message>
      <source>Peer group</source>
      <translation>Groupe de pairs</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Appel téléphonique</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <source>Photographs</source>
      <translation>Photographies</translation>
    </message>
    <message>
      <source>Placement breaking down</source>
      <translation>Placement en difficulté</translation>
    </message>
    <message>
      <source>Play therapy</source>
      <translation>Thérapie par le jeu</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Police</translation>
    </message>
    <message>
      <source>Police check</source>
      <translation>Vérification du casier judiciaire</translation>
    </message>
    <message>
      <source>Police interview</source>
      <translation>Audition par la police</translation>
    </message>
    <message>
      <source>Police investigation</source>
      <translation>Enquête de police</translation>
    </message>
    <message>
      <source>Police visit</source>
      <translation>Visite de la police</translation>
    </message>
    <message>
      <source>Poor</source>
      <translation>Mal</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>Positive</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Reportée</translation>
    </message>
    <message>
      <source>Power cut</source>
      <translation>Coupure de courant</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Présent(e)</translation>
    </message>
    <message>
      <source>Probable PTSD</source>
      <translation>TSPT probable</translation>
    </message>
    <message>
      <source>Prosecution</source>
      <translation>Poursuites pénales</translation>
    </message>
    <message>
      <source>Psychosocial support</source>
      <translation>Soutien psychosocial</translation>
    </message>
    <message>
      <source>Qualification</source>
      <translation>Qualification</translation>
    </message>
    <message>
      <source>Ran away and not found</source>
      <translation>Fugue, non retrouvé(e)</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <source>Recovery</source>
      <translation>Rétablissement</translation>
    </message>
    <message>
      <source>Rectal</source>
      <translation>Rectale</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <source>Reintegrated with family</source>
      <translation>Réintégré(e) dans sa famille</translation>
    </message>
    <message>
      <source>Reintegration</source>
      <translation>Réinsertion</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Non retenu</translation>
    </message>
    <message>
      <source>Rescheduled</source>
      <translation>Déplacée</translation>
    </message>
    <message>
      <source>Research</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Residence permit</source>
      <translation>Titre de séjour</translation>
    </message>
    <message>
      <source>Return interview due</source>
      <translation>Entretien de retour à faire</translation>
    </message>
    <message>
      <source>Return interview overdue</source>
      <translation>Entretien de retour en retard</translation>
    </message>
    <message>
      <source>Returned to the pharmacy</source>
      <translation>Retourné à la pharmacie</translation>
    </message>
    <message>
      <source>Returned with a comment</source>
      <translation>Renvoyé avec un commentaire</translation>
    </message>
    <message>
      <source>Risk flag</source>
      <translation>Signal de risque</translation>
    </message>
    <message>
      <source>Risk flag at a check-in</source>
      <translation>Signal de risque lors d'un point du jour</translation>
    </message>
    <message>
      <source>Risk found at a follow-up contact</source>
      <translation>Risque constaté lors d’un contact de suivi</translation>
    </message>
    <message>
      <source>Routine</source>
      <translation>Courant</translation>
    </message>
    <message>
      <source>Runaway risk</source>
      <translation>Risque de fugue</translation>
    </message>
    <message>
      <source>Safe housing</source>
      <translation>Hébergement sûr</translation>
    </message>
    <message>
      <source>Safeguarding records</source>
      <translation>Fiches de protection</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>Plan de sécurité</translation>
    </message>
    <message>
      <source>Safety plan review due</source>
      <translation>Révision du plan de sécurité à faire</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Prévue</translation>
    </message>
    <message>
      <source>School</source>
      <translation>École</translation>
    </message>
    <message>
      <source>Seated hold</source>
      <translation>Maintien assis</translation>
    </message>
    <message>
      <source>Self-harm concern</source>
      <translation>Risque d’automutilation</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Envoyée</translation>
    </message>
    <message>
      <source>Session held</source>
      <translation>Séance tenue</translation>
    </message>
    <message>
      <source>Session missed</source>
      <translation>Séance manquée</translation>
    </message>
    <message>
      <source>Set aside</source>
      <translation>Mis de côté</translation>
    </message>
    <message>
      <source>Severe</source>
      <translation>Sévère</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>Exploitation sexuelle</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Travailleur·se social·e</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Autre chose</translation>
    </message>
    <message>
      <source>Somewhat</source>
      <translation>Plus ou moins</translation>
    </message>
    <message>
      <source>Soon</source>
      <translation>Bientôt</translation>
    </message>
    <message>
      <source>Stabilization</source>
      <translation>Stabilisation</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Équipe éducative</translation>
    </message>
    <message>
      <source>Standing hold</source>
      <translation>Maintien debout</translation>
    </message>
    <message>
      <source>Stock count does not match</source>
      <translation>Le comptage du stock ne correspond pas</translation>
    </message>
    <message>
      <source>Stranger outside</source>
      <translation>Inconnu dehors</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Soumis</translation>
    </message>
    <message>
      <source>Substance use</source>
      <translation>Consommation de substances</translation>
    </message>
    <message>
      <source>T visa</source>
      <translation>Visa T</translation>
    </message>
    <message>
      <source>TF-CBT</source>
      <translation>TF-CBT</translation>
    </message>
    <message>
      <source>Tablet</source>
      <translation>Comprimé</translation>
    </message>
    <message>
      <source>Talk or signs of running away</source>
      <translation>Propos ou signes de fugue</translation>
    </message>
    <message>
      <source>The young person</source>
      <translation>Le ou la jeune</translation>
    </message>
    <message>
      <source>Therapy</source>
      <translation>Thérapie</translation>
    </message>
    <message>
      <source>Therapy plan</source>
      <translation>Plan de thérapie</translation>
    </message>
    <message>
      <source>Through an agency</source>
      <translation>Par un organisme</translation>
    </message>
    <message>
      <source>Thumbnails only</source>
      <translation>Vignettes uniquement</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Formation</translation>
    </message>
    <message>
      <source>Transferred to another house</source>
      <translation>Transféré(e) dans une autre maison</translation>
    </message>
    <message>
      <source>Turned 18</source>
      <translation>A eu 18 ans</translation>
    </message>
    <message>
      <source>Tutoring</source>
      <translation>Soutien scolaire</translation>
    </message>
    <message>
      <source>Twice a week</source>
      <translation>Deux fois par semaine</translation>
    </message>
    <message>
      <source>Two missed sessions in a row</source>
      <translation>Deux séances manquées de suite</translation>
    </message>
    <message>
      <source>Unexplained money or gifts</source>
      <translation>Argent ou cadeaux inexpliqués</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>Unsafe relationship</source>
      <translation>Relation à risque</translation>
    </message>
    <message>
      <source>Upheld</source>
      <translation>Fondée</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <source>Vetted</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>Appel vidéo</translation>
    </message>
    <message>
      <source>Violence</source>
      <translation>Violence</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Visite</translation>
    </message>
    <message>
      <source>Visitor at the door</source>
      <translation>Visiteur à la porte</translation>
    </message>
    <message>
      <source>Vocational</source>
      <translation>Insertion professionnelle</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Une fois par semaine</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retrait</translation>
    </message>
    <message>
      <source>Withheld</source>
      <translation>Retenue</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>Travail</translation>
    </message>
    <message>
      <source>Working on it</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Worse</source>
      <translation>Aggravation</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>Yoga</source>
      <translation>Yoga</translation>
    </message>
    <message>
      <source>a year or more</source>
      <translation>un an ou plus</translation>
    </message>
    <message>
      <source>another gender</source>
      <translation>autre genre</translation>
    </message>
    <message>
      <source>another source</source>
      <translation>autre source</translation>
    </message>
    <message>
      <source>arrived in the period</source>
      <translation>arrivés pendant la période</translation>
    </message>
    <message>
      <source>attended therapy</source>
      <translation>ont suivi une thérapie</translation>
    </message>
    <message>
      <source>awaiting a decision</source>
      <translation>en attente d'une décision</translation>
    </message>
    <message>
      <source>boy or young man</source>
      <translation>garçon ou jeune homme</translation>
    </message>
    <message>
      <source>cases closed, by where the young person went</source>
      <translation>dossiers clos, selon où est allé le jeune</translation>
    </message>
    <message>
      <source>children served, by age at intake</source>
      <translation>enfants accueillis, par âge à l'admission</translation>
    </message>
    <message>
      <source>children served, by age at the end of the period</source>
      <translation>enfants accueillis, par âge en fin de période</translation>
    </message>
    <message>
      <source>children served, by arrival</source>
      <translation>enfants accueillis, par arrivée</translation>
    </message>
    <message>
      <source>children served, by care stage at the end of the period</source>
      <translation>enfants accueillis, par étape de prise en charge en fin de période</translation>
    </message>
    <message>
      <source>children served, by citizenship region</source>
      <translation>enfants accueillis, par région de nationalité</translation>
    </message>
    <message>
      <source>children served, by form of exploitation</source>
      <translation>enfants accueillis, par forme d'exploitation</translation>
    </message>
    <message>
      <source>children served, by gender</source>
      <translation>enfants accueillis, par genre</translation>
    </message>
    <message>
      <source>children served, by going missing from care</source>
      <translation>enfants accueillis, par fugue ou disparition</translation>
    </message>
    <message>
      <source>children served, by identification decision</source>
      <translation>enfants accueillis, par décision d'identification</translation>
    </message>
    <message>
      <source>children served, by length of stay</source>
      <translation>enfants accueillis, par durée de séjour</translation>
    </message>
    <message>
      <source>children served, by referral source</source>
      <translation>enfants accueillis, par origine de l'orientation</translation>
    </message>
    <message>
      <source>children served, by referral to another service</source>
      <translation>enfants accueillis, par orientation vers un autre service</translation>
    </message>
    <message>
      <source>children served, by restraint</source>
      <translation>enfants accueillis, par contention</translation>
    </message>
    <message>
      <source>children served, by risk flags raised</source>
      <translation>enfants accueillis, par signaux de risque</translation>
    </message>
    <message>
      <source>children served, by therapy attended</source>
      <translation>enfants accueillis, par thérapie suivie</translation>
    </message>
    <message>
      <source>did not go missing</source>
      <translation>n'ont pas disparu</translation>
    </message>
    <message>
      <source>fewer than two scores</source>
      <translation>moins de deux scores</translation>
    </message>
    <message>
      <source>follow-up contacts made, by re-trafficking risk found</source>
      <translation>contacts de suivi, par risque de retour à la traite constaté</translation>
    </message>
    <message>
      <source>girl or young woman</source>
      <translation>fille ou jeune femme</translation>
    </message>
    <message>
      <source>good</source>
      <translation>bien</translation>
    </message>
    <message>
      <source>health service</source>
      <translation>service de santé</translation>
    </message>
    <message>
      <source>in the house before the period</source>
      <translation>dans la maison avant la période</translation>
    </message>
    <message>
      <source>incidents, by kind</source>
      <translation>incidents, par type</translation>
    </message>
    <message>
      <source>interview later or not held</source>
      <translation>entretien plus tard ou non tenu</translation>
    </message>
    <message>
      <source>interview within 72 hours</source>
      <translation>entretien sous 72 heures</translation>
    </message>
    <message>
      <source>low</source>
      <translation>mal</translation>
    </message>
    <message>
      <source>missing episodes, by return interview</source>
      <translation>épisodes de disparition, par entretien de retour</translation>
    </message>
    <message>
      <source>more than one form</source>
      <translation>plus d'une forme</translation>
    </message>
    <message>
      <source>needs met, by category</source>
      <translation>besoins satisfaits, par catégorie</translation>
    </message>
    <message>
      <source>needs opened, by category</source>
      <translation>besoins ouverts, par catégorie</translation>
    </message>
    <message>
      <source>negative decision</source>
      <translation>décision négative</translation>
    </message>
    <message>
      <source>no decision recorded</source>
      <translation>aucune décision enregistrée</translation>
    </message>
    <message>
      <source>no reliable change</source>
      <translation>pas de changement fiable</translation>
    </message>
    <message>
      <source>no risk flag raised</source>
      <translation>aucun signal de risque</translation>
    </message>
    <message>
      <source>no therapy attended</source>
      <translation>aucune thérapie suivie</translation>
    </message>
    <message>
      <source>not back or interview not yet due</source>
      <translation>pas revenu ou entretien pas encore dû</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <source>not referred</source>
      <translation>non orientés</translation>
    </message>
    <message>
      <source>not restrained</source>
      <translation>sans contention</translation>
    </message>
    <message>
      <source>okay</source>
      <translation>ça va</translation>
    </message>
    <message>
      <source>one or more risk flags raised</source>
      <translation>un ou plusieurs signaux de risque</translation>
    </message>
    <message>
      <source>police or other law enforcement</source>
      <translation>police ou autres forces de l'ordre</translation>
    </message>
    <message>
      <source>positive final decision</source>
      <translation>décision finale positive</translation>
    </message>
    <message>
      <source>positive first-stage decision only</source>
      <translation>seulement une décision positive de première étape</translation>
    </message>
    <message>
      <source>referrals made, by kind</source>
      <translation>orientations faites, par type</translation>
    </message>
    <message>
      <source>referred in the period</source>
      <translation>orientés pendant la période</translation>
    </message>
    <message>
      <source>reliable change not available for this scale</source>
      <translation>changement fiable non disponible pour cette échelle</translation>
    </message>
    <message>
      <source>reliably improved</source>
      <translation>amélioration fiable</translation>
    </message>
    <message>
      <source>reliably worse</source>
      <translation>aggravation fiable</translation>
    </message>
    <message>
      <source>restrained in the period</source>
      <translation>contenus pendant la période</translation>
    </message>
    <message>
      <source>risk not assessed</source>
      <translation>risque non évalué</translation>
    </message>
    <message>
      <source>self or family</source>
      <translation>le jeune lui-même ou sa famille</translation>
    </message>
    <message>
      <source>social services or child protection</source>
      <translation>services sociaux ou protection de l'enfance</translation>
    </message>
    <message>
      <source>the house</source>
      <translation>le foyer</translation>
    </message>
    <message>
      <source>therapy sessions attended or missed, by kind of therapy</source>
      <translation>séances de thérapie suivies ou manquées, par type de thérapie</translation>
    </message>
    <message>
      <source>therapy sessions attended or missed, by status</source>
      <translation>séances de thérapie suivies ou manquées, par statut</translation>
    </message>
    <message>
      <source>under 1 month</source>
      <translation>moins d'un mois</translation>
    </message>
    <message>
      <source>under 12</source>
      <translation>moins de 12 ans</translation>
    </message>
    <message>
      <source>very good</source>
      <translation>très bien</translation>
    </message>
    <message>
      <source>very low</source>
      <translation>très mal</translation>
    </message>
    <message>
      <source>went missing in the period</source>
      <translation>ont disparu pendant la période</translation>
    </message>
  </context>
</TS>